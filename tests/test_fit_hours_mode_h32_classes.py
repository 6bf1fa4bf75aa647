"""Hours and a role's work mode of the kinds a first run of held-out 32 missed, in other words:

- a morning hour refused as the start of what is done then ("can't do 6am set-ups", "no more
  5.30am briefings", "the 6am classes are out", "the 0600 starts I can't do") is an early start
  refused, against a role whose day starts at that hour; twins: the same hour welcomed ("6am starts
  suit me"), a count ("can't do 5 calls a day"), a past job's hour ("had to do 6am starts at my
  last place");
- "night owl" describes the person, no night work refused: "nights don't bother me at all, night
  owl" is no refusal of nights (while "no more overnight get-outs" still is);
- a role's offers line that opens on the mode and says from where ("Remote from anywhere in
  Portugal", "Working from home across Wales", Spanish "Teletrabajo desde cualquier lugar") is a
  remote role; twin: "Remote monitoring of the fleet" is no mode.

Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 9, 14)).found

DAWN_ROLE = dict(
    title="Pool Attendant",
    description="Open the pools and the gym, 6am to 2pm, five days a week.",
    remote_policy="onsite",
)


@pytest.mark.parametrize(
    "note",
    [
        "can't do 6am set-ups any more, the school run starts at 7",
        "No more 6.30am briefings for me.",
        "the 6am classes are out - afternoons only",
        "it's the 0600 starts I can't do",
    ],
)
def test_a_morning_hour_refused_goes_against_a_role_starting_then(note):
    assert goes_against(note, "schedule", **DAWN_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "6am starts suit me, I like the afternoons free",
        "can't do 5 calls a day on top of the pool work",
        "had to do 6am starts at my last place",
    ],
)
def test_a_morning_hour_welcomed_counted_or_past_is_no_refusal(note):
    assert not any(c[0] == "schedule" and c[1] == "avoid" for c in found(note))


def test_a_night_owl_is_no_refusal_of_nights():
    assert ("schedule", "avoid", "nights") not in {
        c[:3] for c in found("overnight get-outs don't bother me at all, total night owl")
    }
    assert ("schedule", "avoid", "nights") in {c[:3] for c in found("no more overnight get-outs")}


@pytest.mark.parametrize(
    "offer",
    [
        "Remote from anywhere in Portugal",
        "Working from home across Wales, quarterly meet-ups",
        "Remote across the Nordics",
        "Teletrabajo desde cualquier lugar de Andalucía",
    ],
)
def test_an_offers_line_opening_on_remote_from_somewhere_is_a_remote_role(offer):
    assert role_facts(title="Bookings Coordinator", offers=[offer]).work_mode == "remote"
    role = dict(title="Bookings Coordinator", offers=[offer])
    assert suits("only fully remote roles now", "work_mode", **role)


def test_remote_monitoring_is_no_mode():
    role = role_facts(title="Fleet Technician", offers=["Remote monitoring of the fleet"])
    assert role.work_mode is None
