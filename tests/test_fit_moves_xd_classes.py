"""Moves of the kinds several held-out first runs missed, in other words:

- a US state, Canadian province or Australian state named as where someone would (or would not)
  live ("keen to move out to Arizona", "not leaving Tennessee", "would take anything in
  Queensland"), met by a role in that state, written by its name or its postal code
  ("Phoenix, AZ") or by one of its cities alone ("Nashville"), and missed by one elsewhere;
- the latest word on moving: "open to relocating" and, a later note, "not relocating any more"
  (or the reverse) - the later note decides; so does a later place wanted over an earlier place
  held to ("won't leave Leeds", later "Manchester-area roles welcome") and a move called off
  over the move planned.

Twins left alone: a state as the issuer of a licence ("Oregon licence in hand") and a state as
past history ("spent six years in Kansas"); a later refusal of one named place leaves an
earlier wish for another standing, and two places wanted at different times both stand.
Sentences are our own."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
EARLY, LATE, TODAY = date(2026, 2, 10), date(2026, 8, 20), date(2026, 11, 20)


def _kinds(notes, home=None, **role):
    role.setdefault("title", "Engineer")
    role.setdefault("remote_policy", "onsite")
    facts, i = [], 0
    for said, note in notes:
        for c in read(note, said_at=said):
            facts.append(
                ConditionFact(
                    i, c.facet, c.polarity, c.value, note[c.start : c.end], said, "motivation", 1
                )
            )
            i += 1
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), person_location=home, today=TODAY):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


def _places(text):
    return {c.value.get("place") for c in read(text) if c.facet in ("location", "relocation")}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Keen to move out to Arizona once the lease ends.", "Arizona"),
        ("He is not leaving Tennessee, his mum is there.", "Tennessee"),
        ("Would take anything in Queensland.", "Queensland"),
        ("wants to relocate to Oregon with her partner", "Oregon"),
        ("Open to New Brunswick if the money is right.", "New Brunswick"),
        ("Would consider moving to Georgia for family.", "Georgia"),
    ],
)
def test_a_state_named_as_where_they_would_live_is_read(text, place):
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oregon licence in hand, no restrictions.",
        "Tennessee registration already issued.",
        "Spent six years in Kansas before moving here.",
        "Did 4 yrs in Oregon, back home since 2022.",
    ],
)
def test_a_state_that_issued_a_licence_or_is_past_history_is_no_place_wish(text):
    assert not _places(text)


@pytest.mark.parametrize(
    "note, location",
    [
        ("Not leaving Tennessee, his mum is there.", "Nashville, TN"),
        ("Not leaving Tennessee, his mum is there.", "Nashville"),
        ("Would take anything in Queensland.", "Brisbane, QLD 4000"),
        ("Keen to move out to Arizona once the lease ends.", "Phoenix, Arizona, USA"),
    ],
)
def test_a_role_in_the_state_meets_it(note, location):
    got = _kinds([(EARLY, note)], home="Leeds, UK", location=location)
    assert "location" in got.get("met", set()) and "unmet" not in got


@pytest.mark.parametrize(
    "note, location",
    [
        ("Not leaving Tennessee, his mum is there.", "Denver, CO"),
        ("Would take anything in Queensland.", "Perth, WA"),
    ],
)
def test_a_role_in_another_state_misses_it(note, location):
    got = _kinds([(EARLY, note)], location=location)
    assert "location" in got.get("unmet", set())


def test_a_later_refusal_to_move_outweighs_an_earlier_yes():
    got = _kinds(
        [
            (EARLY, "Open to relocating for the right team."),
            (LATE, "Has bought a flat now, not prepared to relocate any more."),
        ],
        home="Leeds, UK",
        location="Bristol, UK",
    )
    assert "location" in got.get("unmet", set())


def test_a_later_yes_to_moving_outweighs_an_earlier_refusal():
    got = _kinds(
        [
            (EARLY, "Will not relocate at the moment."),
            (LATE, "Kids have left home, now happy to relocate anywhere."),
        ],
        home="Leeds, UK",
        location="Bristol, UK",
    )
    assert "unmet" not in got


def test_the_earlier_word_alone_still_stands():
    got = _kinds([(EARLY, "Will not relocate at the moment.")], home="Leeds", location="Bristol")
    assert "location" in got.get("unmet", set())


def test_a_later_no_to_one_place_leaves_a_wish_for_another():
    got = _kinds(
        [(EARLY, "Happy to relocate to Bristol."), (LATE, "Won't move to London, too dear.")],
        home="Leeds, UK",
        location="Bristol, UK",
    )
    assert "unmet" not in got


def test_a_later_place_wanted_outweighs_an_earlier_place_held_to():
    got = _kinds(
        [
            (EARLY, "Won't leave Leeds."),
            (LATE, "They've bought a place over there - Manchester-area roles are welcome now."),
        ],
        home="Leeds, UK",
        location="Manchester, UK",
    )
    assert "location" in got.get("met", set()) and "unmet" not in got


def test_a_move_called_off_later_outweighs_the_move_planned():
    got = _kinds(
        [(EARLY, "Hoping to move to Bristol next year."), (LATE, "The Bristol move is off.")],
        home="Leeds, UK",
        location="Bristol, UK",
    )
    assert "location" in got.get("unmet", set()) and "met" not in got


def test_two_places_wanted_at_different_times_both_stand():
    got = _kinds(
        [(EARLY, "Open to Leeds roles."), (LATE, "Open to York roles as well.")],
        home="Harrogate, UK",
        location="Leeds, UK",
    )
    assert "location" in got.get("met", set())  # the earlier wish still counts
