"""Classes held-out 52 (finance recruiting: accountancy, audit, tax, insurance) showed, fixed in
our own wording.

- A stop passed on as "neither we nor <anyone else> contact her again" is an opt-out; the same
  shape about something other than contact ("neither we nor the client raise pay again") is not.
- Opt-outs in Hindi with "sampark" (contact) and "mujhse" ("mujhse phir se sampark mat karna"),
  in Irish "fág mé i m'aonar" (leave me alone) and "ná scríobh arís" (don't write again); a stop
  for now ("abhi sampark mat karo") is none.
- Finance teams' software is technology by name: Xero, Sage 50/200, Tally, NetSuite, QuickBooks,
  Oracle Fusion, Dynamics 365, SAP's S/4HANA ("S/4"); "the figures don't tally" is the verb.
  "Won't learn Xero" against a practice on Xero goes against the role.
- "Enjoying X now", "loving X" is a wish; "moving over to X" after a refusal is where they go.
- Not a refusal: experience they lack ("no S/4 exposure yet", "couldn't speak to NetSuite"), the
  employer they interviewed at ("after the Xero final"). "X feels small-time" is one.
- An exam sitting with a month is a wait when what follows says so: "call after results", "once
  it's sat", "want that done before any interviews", "don't want distractions before".
- A busy time followed by "but keep them coming" / "keep sending roles" is no wait: they still want
  to hear ("keep sending roles, but no interviews till March" still holds the interviews off).
- A role's Finance department is its money function, not financial services ("financial services
  only" is not met by a financial controller at a wind-farm developer); "wind-farm" hyphenated is
  wind power, the climate.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_industry import role_industries
from reading.role_mission import role_missions
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


# --- "neither we nor ..." -------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "He asked that neither we nor the hiring firm contact him ever again.",
        "Requested that neither us nor any of our partner agencies approach her again.",
        "She has asked that neither we nor our Leeds desk write to her again.",
    ],
)
def test_neither_we_nor_anyone_contacting_again_is_an_opt_out(note):
    assert AT.opted_out(note)


def test_neither_we_nor_shape_about_something_else_is_no_opt_out():
    assert not AT.opted_out("She asked that neither we nor the client bring up the salary again.")


# --- Hindi and Irish stops --------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "mujhse phir se sampark mat karna please",
        "Kabhi bhi sampark mat kijiye.",
        "Fágaigí mé i m'aonar.",
        "Ná scríobh chugam arís, go raibh maith agat.",
    ],
)
def test_hindi_and_irish_stops_are_opt_outs(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "abhi sampark mat karo, meeting mein hoon",
        "Is fearr liom ríomhphost ná scríobh litreach.",
    ],
)
def test_a_stop_for_now_or_a_comparison_is_no_opt_out(note):
    assert not AT.opted_out(note)


# --- finance software by name -------------------------------------------------------------


@pytest.mark.parametrize(
    "note, polarity, name",
    [
        ("Refuses to learn QuickBooks.", "avoid", "quickbooks"),
        ("Fed up with Sage 200 at the practice.", "avoid", "sage"),
        ("Keen on NetSuite.", "wish", "netsuite"),
        ("She'd like Oracle Fusion on her CV.", "wish", "oracle"),
        ("Wants Xero, not TallyPrime.", "avoid", "tally"),
        ("Really enjoying S/4HANA at the moment.", "wish", "sap"),
        ("Has been loving Xero since the switch.", "wish", "xero"),
    ],
)
def test_finance_software_is_read_by_name(note, polarity, name):
    assert ("technology", polarity, name) in AT.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "The month-end figures didn't tally and she sorted it.",
        "Good at making the numbers tally up.",
    ],
)
def test_tally_the_verb_is_no_software(note):
    assert not any(f[0] == "technology" for f in AT.found(note))


def test_refusing_to_learn_a_package_goes_against_a_role_on_it():
    role = {"title": "Tax Senior", "description": "Practice tax work; every client is on Xero."}
    assert goes_against("Not going to learn Xero, ever.", "technology", **role)
    assert suits("Happy on Xero.", "technology", **role)


def test_moving_over_to_a_package_after_a_refusal_is_where_they_go():
    found = AT.found("No more Sage 50, moving over to Dynamics 365.")
    assert ("technology", "avoid", "sage") in found
    assert ("technology", "wish", "dynamics") in found


@pytest.mark.parametrize(
    "note",
    [
        "No NetSuite exposure yet, only QuickBooks.",
        "Couldn't speak to S/4HANA in the interview.",
        "Still owed feedback from the Xero interview in June.",
    ],
)
def test_a_lack_or_an_employer_interviewed_at_is_no_refusal(note):
    assert not any(f[0] == "technology" and f[1] == "avoid" for f in AT.found(note))


def test_a_package_called_small_time_is_refused():
    assert ("technology", "avoid", "quickbooks") in AT.found(
        "SAP only for him - QuickBooks seems small-time now."
    )


# --- exam sittings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Sitting CTA in the May session - call her after results.",
        "Doing FM in the June sitting, let's catch up once it's sat.",
        "Sitting CP1 in the April sitting, wants it done before any interviews.",
        "Taking P1 in the May diet, doesn't want distractions before.",
    ],
)
def test_an_exam_sitting_with_a_month_holds_them_off(note):
    assert AT.wait_until(note) is not None


def test_an_exam_already_passed_is_no_wait():
    assert AT.wait_until("Passed FM in the June sitting, call after results were out.") is None


# --- busy, but keep them coming -------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Slammed until the January deadline, but keep them coming!",
        "Only free after 7pm till March - keep on sending me roles though.",
    ],
)
def test_a_busy_time_with_roles_still_wanted_is_no_wait(note):
    assert AT.wait_until(note) is None


def test_roles_wanted_then_interviews_held_off_is_still_a_wait():
    assert AT.wait_until("Keep sending jobs, but no interviews until February.") is not None


# --- a Finance department; wind-farm -----------------------------------------------------------


def test_a_finance_department_is_no_financial_services():
    assert "banking" not in role_industries(title="Finance Manager", department="Finance")
    assert "banking" in role_industries(title="Finance Manager", department="Retail Banking")


def test_financial_services_only_misses_a_controller_at_a_solar_farm_operator():
    role = {
        "title": "Financial Controller",
        "department": "Finance",
        "description": "Controller for a solar-farm operator.",
    }
    assert not suits("Financial services only.", "industry", **role)


def test_a_hyphenated_wind_farm_is_the_climate():
    assert "climate" in role_missions(lines=["Finance lead at a wind-farm developer."])
