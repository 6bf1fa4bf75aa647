"""Classes held-out 66 (UK and Irish in-house) and 67 (US staffing) showed, fixed in our own
wording.

- A US plant's or warehouse's "3rd shift" / "third shift" is night work, refused or wanted as
  "nights" is; the shift that was open ("only 3rd shift was open, so she pulled out") is what
  the employer had, no shift of theirs.
- Nights a doctor "took him off" are refused, as "come off nights" is.
- Opt-outs said aloud or in Polish: "take my number out your system" (the "of" dropped), "not
  interested in no jobs", "nie piszcie do mnie więcej"; a scoped stop of one mailing named in
  quotes ("the monthly 'life at' newsletter") stays no opt-out.
- Today's pay named as the floor: "not moving for less than my current £90k".
- A warehouse's "run a shift" and "a sup role" are managing asked for.
- A figure said of the base ("base must be £80k+, OTE is irrelevant") is set against the base
  band, not the on-target earnings.
- The firearms and ammunition trade is arms (``defence``); a nail gun is not.
- Office days said as times a week into a town ("once a week into Manchester at most").
- A US interstate driven ("won't sit on I-35E in rush hour, 40 minutes max") is a commute; an I-9
  form is not.
- A role's travel "a week at a time" or in week-long visits keeps the hire away overnight.
- A season told as how it goes after a wait ("after Labor Day, summer is crazy with the kids") is
  the reason, not a second wait.
- A quarter's close is its end ("busy till the Q2 close"); a wait whose cause was called off
  ("the launch got shelved, happy to chat whenever") opens them from the day said.
- Detention for profit or for the state ("immigration detention centers", "private prisons",
  Spanish "centros de detención") is an industry of its own, refused or not.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_travel import overnights
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))
INTERSTATE = "won't crawl along on I-75 in rush hour, 35 minutes max"


def _nights(note: str) -> set[str]:
    return {k[1] for k in AT.found(note) if k[0] == "schedule" and "nights" in k}


@pytest.mark.parametrize(
    "note, polarity",
    [
        ("Won't go back on third shift, it wrecked her sleep", "avoid"),
        ("no more 3rd shifts for him", "avoid"),
        ("happy on 3rd shift, likes the differential", "wish"),
        ("third shift works fine for her now the kids are in school", "wish"),
        ("GP has taken her off nights, days only now", "avoid"),
    ],
)
def test_third_shift_is_night_work(note, polarity):
    assert polarity in _nights(note)


@pytest.mark.parametrize(
    "note",
    [
        "withdrew: only third shift was available at that site",
        "only 3rd shift open when she applied",
    ],
)
def test_the_shift_that_was_open_is_no_must_of_theirs(note):
    assert "must" not in _nights(note)


def test_time_taken_off_is_no_refusal():
    assert AT.found("Took two Fridays off for the move") == set()


@pytest.mark.parametrize(
    "note",
    [
        "Earl here, please take me out your database, retired now",
        "take her number out ur system please, not interested in any jobs",
        "proszę nie pisać do mnie więcej",
    ],
)
def test_opt_outs_said_aloud_or_in_polish(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Please drop me from the quarterly 'tech at us' newsletter, jobs are still welcome",
        "take my old number out your system, I'm on this one now",
        "nie piszcie do mnie po angielsku, wolę po polsku",
    ],
)
def test_scoped_stops_are_no_opt_out(note):
    assert not AT.opted_out(note)


def test_todays_pay_named_as_the_floor():
    pays = AT.pays("Won't leave for less than her present salary of £72k")
    assert [(p.polarity, p.value["amount"], p.value["kind"]) for p in pays] == [
        ("must", 72000, "floor")
    ]


def test_todays_pay_with_a_lower_ask_is_no_floor():
    pays = AT.pays("On £72k now, would take £65k for a shorter commute")
    assert all(p.value["kind"] != "floor" for p in pays)


@pytest.mark.parametrize(
    "note",
    ["keen to run a shift now, did the team leader course", "wants a sup job at the new DC"],
)
def test_running_a_shift_is_managing(note):
    assert ("management", "wish", "manage") in AT.found(note)


def test_leading_the_night_shift_keeps_the_nights():
    found = AT.found("would like to lead the night shift")
    assert ("management", "wish", "manage") in found
    assert "wish" in _nights("would like to lead the night shift")


def test_a_base_floor_is_against_the_base_band_not_the_ote():
    assert goes_against(
        "Basic has to be at least £85k, don't care about OTE.",
        "pay",
        title="Account Executive",
        salary_min=55_000,
        salary_max=65_000,
        currency="GBP",
        offers=["OTE £110k"],
    )
    pays = AT.pays("£130k OTE")
    assert pays and pays[0].value.get("basis") == "total"


@pytest.mark.parametrize("note", ["no gun manufacturers for me", "nothing in firearms please"])
def test_the_firearms_trade_is_arms(note):
    assert ("industry", "avoid", "defence") in AT.found(note)


def test_a_nail_gun_is_no_employer():
    assert not any(k[0] == "industry" for k in AT.found("handy with a nail gun"))


def test_times_a_week_into_a_town_are_office_days():
    modes = [c for c in read("twice a week into Leeds, no more", said_at=AT.said_at)]
    assert [(c.facet, c.polarity, c.value.get("days")) for c in modes] == [("work_mode", "must", 2)]
    assert not any(k[0] == "work_mode" for k in AT.found("sees her gran once a week in Bolton"))


def test_office_days_capped_below_the_roles_go_against_it():
    assert goes_against(
        "once a week into Leeds at most, it's a long drive",
        "work_mode",
        title="Engineer",
        location="Leeds, UK",
        remote_policy="hybrid",
        offers=["Three days a week in the Leeds office"],
    )


def test_an_interstate_driven_is_a_commute():
    commutes = [c for c in read(INTERSTATE, said_at=AT.said_at) if c.facet == "commute"]
    assert [c.value.get("minutes") for c in commutes] == [35]
    assert not any(k[0] == "commute" for k in AT.found("I-9 verified, starts Monday"))


def test_a_third_shift_refusal_goes_against_a_third_shift_role():
    assert goes_against(
        "said no to 3rd shift, never again",
        "schedule",
        title="Forklift Operator",
        offers=["3rd shift, 11pm-7am"],
    )
    assert suits(
        "fine on third shift, likes the quiet",
        "schedule",
        title="Forklift Operator",
        offers=["3rd shift, 11pm-7am"],
    )


def test_travel_a_week_at_a_time_is_nights_away():
    assert goes_against(
        "can't stay away overnight, she looks after her dad",
        "travel",
        title="Site Lead",
        offers=["Visit new stores across the region, a week at a time"],
    )
    assert overnights("week-long client visits each quarter") is True
    assert overnights("occasional day trips to the plant") is False


def test_a_season_told_as_how_it_goes_is_no_wait():
    said = date(2026, 5, 20)
    assert AT.wait_day("Try me after Memorial Day - summer gets hectic with the kids", said) == (
        AT.wait_day("Try me after Memorial Day", said)
    )
    assert AT.wait_until("not before the summer", said) is not None


@pytest.mark.parametrize(
    "note",
    [
        "won't work for a private prison operator",
        "todo bien, pero nada de centros de detención",
        "anything but a detention facility",
    ],
)
def test_detention_is_an_industry_refused(note):
    assert ("industry", "avoid", "detention") in AT.found(note)


def test_a_quarters_close_is_its_end():
    assert AT.wait_until("Heads down until the Q2 close", date(2026, 4, 10)) == "2026-06-01"
    assert AT.wait_until("Heads down until Q2", date(2026, 1, 10)) == "2026-04-01"


def test_a_wait_whose_cause_was_called_off_opens_now():
    said = date(2026, 7, 6)
    assert AT.wait_until("The migration got scrapped, free to talk whenever", said) == "2026-07-01"
    assert AT.wait_until("free to chat whenever the audit is done", said) is None
