"""Classes held-out 50 (African agency and in-house recruiters' notes) showed, fixed in our own
wording.

- A role whose text calls its employer by its sector's "-tech" noun ("a mobile money fintech",
  "an insurtech") is in that industry, so "no fintech" meets it; a firm the company partners with,
  sells to or serves as a client is not its industry.
- African cities and countries (Durban, Pretoria, Accra, Kampala, Ghana...) are places; a place
  where clients sit or an errand is run ("clients in Kampala", "sorting out family stuff in
  Kumasi") is not where they want to work.
- "The December holidays" (Dec hols, the December break) are Christmas's, resolved to the next
  one not yet over, not to the December after the one said in.
- A wait given up in the latest note: "free from now", "forget January / scrap the summer, ready
  now".
- A stop taken back: the state it was said in put behind them ("I was stressed earlier this
  year. Please do send me roles"), or a stop told to a colleague, then a turn back.
- Opt-outs in Nigerian Pidgin ("comot my name from una list", "I no wan hear anything again",
  "no call me again o") and Yoruba ("ẹ má pè mí mọ́", marks on or off); Swahili's
  "usiniwasiliane tena" and "acha kunitumia ujumbe, sitaki tena" - but not a stop "kwa sasa"
  (for now), one scoped to a time or a topic.
- "What I mind is X", "she does mind X": a refusal, not part of the list they don't mind.
- Travel given up for good ("not travelling for work any more") is none, so a role with two
  client trips a quarter goes against it; "can't do much travel any more" still takes a little.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_industry import role_industries
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


# --- a role's industry named by its "-tech" noun ------------------------------------------


@pytest.mark.parametrize(
    "text, industry",
    [
        ("Own the ledger of a Nairobi fintech moving remittances.", "fintech"),
        ("Frontend for a fast-growing fintech in Accra.", "fintech"),
        ("Claims tooling at a Cape Town insurtech.", "insurance"),
    ],
)
def test_a_role_at_a_tech_noun_company_is_in_its_industry(text, industry):
    assert industry in role_industries(title="Engineer", text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Fintech experience at a fintech is a plus.",
        "We partner with a fintech for card issuing.",
        "Support agents answering chats for a fintech client.",
        "Selling our analytics to a proptech.",
    ],
)
def test_a_tech_noun_firm_the_company_deals_with_is_not_its_industry(text):
    assert role_industries(title="Agent", text=text) == frozenset()


def test_no_more_fintech_goes_against_a_role_at_a_fintech():
    role = {"description": "Build the checkout of a mobile-money fintech."}
    assert goes_against("Done with fintech after the last one.", "industry", **role)
    assert not goes_against("Done with fintech after the last one.", "industry", description="x")


# --- African places -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note, place, polarity",
    [
        ("Staying in Durban now, her folks are here.", "durban", "wish"),
        ("Pretoria only - no N1 for him.", "pretoria", "must"),
        ("Wants to be in Accra or Kumasi.", "accra", "wish"),
        ("Kampala-based roles only please.", "kampala", "must"),
    ],
)
def test_african_cities_are_places(note, place, polarity):
    assert ("location", polarity, place) in {k[:3] for k in AT.found(note)}


@pytest.mark.parametrize(
    "note",
    [
        "Loves meeting customers in Leeds, would travel for it.",
        "Off for a month sorting out her late dad's house in Accra.",
    ],
)
def test_where_clients_sit_or_an_errand_is_run_is_no_location(note):
    assert not any(k[0] == "location" for k in AT.found(note))


# --- the December holidays ------------------------------------------------------------------


def test_the_december_holidays_are_christmas_not_the_month_after_next():
    said_in_december = date(2025, 12, 3)
    assert AT.wait_until("Let's talk after the Dec hols.", said_in_december) == "2026-01-01"
    assert AT.wait_until("After the December break, please.", date(2026, 11, 2)) == "2027-01-01"
    assert AT.wait_until("Ping me after the December school holidays.") == "2027-01-01"


# --- a wait given up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Update - they let me go early, free from now.",
        "Scrap March - ready now, ring me.",
        "forget the summer, I'm ready now",
    ],
)
def test_a_wait_given_up_opens_them_from_the_day_said(note):
    assert AT.wait_until(note) == "2026-10-01"


def test_a_month_taken_back_without_being_ready_opens_nothing():
    assert AT.wait_until("Forget March, still not ready.") is None


# --- a stop taken back ----------------------------------------------------------------------


def _opted_in(note: str) -> bool:
    return ("contact", "wish", "opt_in", None) in AT.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "I was burnt out back then. Please do send me roles now.",
        "She was overwhelmed earlier in the year - do get in touch, she's looking.",
        "I asked one of your recruiters to stop ringing in May; things changed, please call me.",
    ],
)
def test_a_stop_put_behind_them_is_taken_back(note):
    assert _opted_in(note)
    assert not AT.opted_out(note)


def test_a_stop_said_beside_the_same_excuse_still_stands():
    assert AT.opted_out("I was stressed earlier. Please stop messaging me.")


# --- opt-outs in Pidgin, Yoruba and Swahili -------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "abeg commot my number from your database",
        "me no want hear from una again o",
        "make una stop to dey message me again",
        "ẹ má kàn sí mi mọ́",
        "e ma pe mi mo, e se",
        "Msiniwasiliane tena tafadhali.",
        "Acheni kunitumia meseji, sitaki tena.",
    ],
)
def test_a_stop_in_pidgin_yoruba_or_swahili_is_an_opt_out(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "no dey call me for office hours abeg, whatsapp dey ok",
        "I no wan hear anything again about sales roles",
        "comot my name from the newsletter",
        "Acheni kunitumia meseji kwa sasa.",
    ],
)
def test_a_scoped_or_passing_stop_is_no_opt_out(note):
    assert not AT.opted_out(note)


# --- what they do mind ----------------------------------------------------------------------


def test_what_they_mind_is_refused_beside_what_they_do_not():
    found = AT.found("Weekends I don't mind, what he minds is the on-call.")
    assert ("schedule", "avoid", "on_call") in {k[:3] for k in found}
    found = AT.found("She doesn't mind travel but she does mind nights.")
    assert ("schedule", "avoid", "nights") in {k[:3] for k in found}
    assert ("schedule", "wish", "nights") in {k[:3] for k in AT.found("Doesn't mind nights.")}


# --- travel given up for good ---------------------------------------------------------------


def test_travel_given_up_for_good_goes_against_a_few_trips_a_quarter():
    role = {"offers": ["Customer visits in Lusaka twice a quarter"]}
    assert goes_against("She won't travel for work anymore, caring for her dad.", "travel", **role)
    assert not goes_against("Can't do much travel any more.", "travel", **role)
