"""Known misses of held-out 71 (Canadian recruiting, English and Québec French), by class, in our
own words:

- A Québec recruiter's do-not-contact note drops the "ne": "plus jamais la contacter", "jamais
  plus le relancer" is a stop of everything; narrowed ("pour des mandats contractuels") it is not.
- A refused travel share is met only by clearly less travel: someone who turned down 60% is not
  suited by 50%, but is by a fifth of the time.
- French "j'ai" / "n'ai" is "I have", never AI.
- A terse role line that opens on what the company is ("Defence contractor for the navy",
  "Munitions maker, 400 staff") names its industry; experience asked for, or clients served,
  does not.
- Travel possible again is wanted: "she's able to travel again", "I can do trips again" ("can't
  travel again" stays a refusal).
- A bare figure taken as enough is thousands a year: "140 would do", "125 lui irait".
- Weekends away from home are nights away, not weekend work; a role's "home weekends" works none.
- Free again with the thing waited on off: "the contract fell through, I'm available" and Québec's
  "je suis dispo, le mandat a sauté" lift an earlier wait ("I'm not available" does not).
- Québec's construction holiday (the last two weeks of July) is a wait, in English and French.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


# --- Québec do-not-contact notes without "ne" ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Appel tendu. Plus jamais la contacter, elle a été claire.",
        "jamais plus le relancer svp",
        "plus jamais les solliciter - demande de retrait",
    ],
)
def test_a_quebec_dnc_note_without_ne_is_an_opt_out(note):
    assert AT.opted_out(note)


def test_a_narrowed_quebec_stop_is_no_opt_out():
    assert not AT.opted_out("plus jamais la contacter pour du temps partiel, le reste ça va")


# --- a refused share of travel -------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Turned us down, 70% on the road was too much", "can't do 60% travel again"]
)
def test_a_refused_share_still_stands_a_little_below_it(note):
    assert goes_against(note, "travel", title="Field Engineer", offers=["Roughly 55% travel"])
    assert suits(note, "travel", title="Field Engineer", offers=["About 20% travel"])


# --- French "j'ai" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["j'ai changé d'avis, 140 minimum", "Je n'ai rien contre le bureau", "j’ai hâte"]
)
def test_french_j_ai_is_no_ai(note):
    assert not any(f[0] == "technology" and "ai" in f for f in AT.found(note))


def test_ai_itself_is_still_read():
    assert ("technology", "wish", "ai") in AT.found("keen on AI work")


# --- a role's terse line on what the company is --------------------------------------------


@pytest.mark.parametrize(
    "line, industry",
    [
        ("Defence contractor for the navy's ship programs", "defence"),
        ("Tobacco manufacturer, 2,000 staff", "tobacco"),
    ],
)
def test_a_line_opening_on_the_company_names_its_industry(line, industry):
    assert industry in role_facts(title="Engineer", offers=[line]).industries


@pytest.mark.parametrize(
    "line",
    ["Defence contractor experience an asset", "Gambling company clients across Ontario"],
)
def test_experience_or_clients_name_no_industry(line):
    assert not role_facts(title="Engineer", offers=[line]).industries


def test_a_defence_refusal_goes_against_a_defence_contractor():
    note = "Won't touch weapons or defence work"
    assert goes_against(note, "industry", offers=["Defence contractor for the navy"])


# --- travel possible again ----------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Mum's care is sorted, she's able to travel again", "I can do trips again"]
)
def test_travel_possible_again_is_wanted(note):
    assert ("travel", "wish") in {f[:2] for f in AT.found(note)}


def test_cannot_travel_again_is_still_a_refusal():
    assert ("travel", "wish") not in {f[:2] for f in AT.found("I can't travel again this year")}


# --- a bare figure taken as enough ---------------------------------------------------------


@pytest.mark.parametrize(
    "note, amount", [("honestly 140 would do", 140_000), ("125 lui irait", 125_000)]
)
def test_a_figure_taken_as_enough_is_thousands(note, amount):
    assert [p.value["amount"] for p in AT.pays(note)] == [amount]


def test_a_weeks_hours_taken_as_enough_is_no_pay():
    assert not AT.pays("37.5 would be fine")


# --- weekends away from home ---------------------------------------------------------------


def test_weekends_away_are_nights_away_not_weekend_work():
    found = AT.found("Trips are fine but no weekends away from home")
    assert not any(f[0] == "schedule" for f in found)
    assert any(f[:2] == ("travel", "avoid") for f in found)


def test_a_role_home_at_weekends_works_none():
    role = role_facts(title="Driver", offers=["Regional loads Monday to Friday, home weekends"])
    assert "weekends" in role.no_schedule and "weekends" not in role.schedule
    assert not goes_against("no weekend work", "schedule", title="Driver", offers=["home weekends"])


# --- free again, the thing waited on off ---------------------------------------------------


@pytest.mark.parametrize(
    "note",
    ["Update: the contract fell through, I'm available.", "je suis dispo, le mandat a sauté"],
)
def test_free_with_the_thing_waited_on_off_is_open_now(note):
    assert AT.wait_until(note) == "2026-10-01"


def test_not_available_after_a_cancellation_is_no_opening():
    assert AT.wait_until("the project got cancelled but I'm not available") is None


# --- Québec's construction holiday ---------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    ["back in touch after the construction holiday", "pas avant les vacances de la construction"],
)
def test_the_construction_holiday_is_a_wait(note):
    assert AT.wait_until(note) in ("2027-07-01", "2027-08-01")


def test_after_the_construction_holiday_is_august():
    assert AT.wait_until("after the construction holiday", said_at=date(2026, 5, 4)) == "2026-08-01"
