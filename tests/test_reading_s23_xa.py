"""Session 23, cross-set classes (xa):

1. Someone else's move: a partner's, spouse's or relative's move the person is said not to
   follow is no move of theirs (the place they move to is no wish; the person's own stay stands),
   while moving with a partner, following one, or moving one's family is their own move.
2. "X wasn't the issue, Y was": the cause passed over is no objection, the one named instead is
   (a kitchen's "the splits" as split shifts, pay named instead as a pay ask), and travel passed
   over is no refusal of travel.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from tests.fit_helpers import goes_against, judged

SAID = date(2026, 10, 1)


def _read(note: str) -> list:
    return read(note, said_at=SAID)


def _places(note: str, facet: str) -> set:
    return {c.value.get("place") for c in _read(note) if c.facet == facet and c.polarity != "avoid"}


def _facets(note: str) -> set[tuple[str, str]]:
    return {(c.facet, c.polarity) for c in _read(note)}


LISBON_ONSITE = dict(title="Data Analyst", location="Lisbon, Portugal", remote_policy="onsite")


# --- 1. someone else's move ----------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Her fiance is relocating to Lisbon in March, but she is staying in Porto.",
        "wife's moving to lisbon w/ her firm - he's not going, kids at school in Porto",
        "My husband is being posted to Lisbon; I'm not following him.",
        "his partner moves to Lisbon next year. He has no plans to follow.",
    ],
)
def test_a_relatives_move_not_followed_is_no_wish_for_that_place(note):
    assert "Lisbon" not in _places(note, "location")
    assert "Lisbon" not in _places(note, "relocation")


def test_the_persons_own_stay_still_stands():
    assert "Porto" in _places(
        "Her fiance is relocating to Lisbon in March, but she is staying in Porto.", "location"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Relocating to Lisbon with her fiance in the spring.",
        "following his wife to Lisbon next year, wants something lined up there",
        "Taking the whole family to Lisbon - moving her family to Lisbon in June.",
        "She and her partner are moving to Lisbon in March.",
    ],
)
def test_a_move_with_or_after_a_partner_is_their_own(note):
    assert "Lisbon" in _places(note, "location")


def test_a_relatives_move_followed_later_is_still_theirs():
    note = "Her husband moves to Lisbon first; she's staying with her mum till the flat sells."
    assert "Lisbon" in _places(note, "location")


def test_someone_who_follows_ranks_above_someone_who_stays():
    stays = "Her fiance is relocating to Lisbon in March, but she is staying in Porto."
    goes = "Following her fiance to Lisbon in March - keen on something there."
    assert "location" in judged(goes, "Porto, Portugal", **LISBON_ONSITE).get("met", set())
    assert "location" not in judged(stays, "Porto, Portugal", **LISBON_ONSITE).get("met", set())


# --- 2. "X wasn't the issue, Y was" ----------------------------------------------------------

KITCHEN = dict(
    title="Head Chef",
    location="York, UK",
    offers=["Split shifts five days a week: 11-3 and 5-10"],
)


@pytest.mark.parametrize(
    "note",
    [
        "Pay wasn't really the problem at the hotel - it was the splits.",
        "the hours weren't the issue, the splits were",
        "hated the splits at the Marriott",
    ],
)
def test_splits_named_as_the_cause_go_against_a_split_shift_kitchen(note):
    assert goes_against(note, "schedule", **KITCHEN)


@pytest.mark.parametrize(
    "note",
    [
        "It wasn't the splits, it was the money.",
        "Ran the sums: the splits are 70/30 with the agency now.",
    ],
)
def test_splits_passed_over_or_a_fee_split_are_no_objection(note):
    assert not goes_against(note, "schedule", **KITCHEN)


@pytest.mark.parametrize(
    "note",
    [
        "The travel was never the issue - it was the salary.",
        "it wasnt the commute that put him off, it was the money",
        "Nights weren't the problem, the basic was.",
    ],
)
def test_pay_named_instead_reads_as_pay(note):
    assert ("pay", "wish") in _facets(note)


def test_travel_passed_over_is_no_refusal_of_travel():
    note = "It wasn't the travel, it was the pay."
    assert ("travel", "avoid") not in _facets(note)
    assert ("pay", "wish") in _facets(note)


def test_pay_passed_over_for_a_base_is_no_pay_ask():
    assert ("pay", "wish") not in _facets("The money wasn't the problem - the Gatwick base was.")


@pytest.mark.parametrize(
    "note",
    ["The salary was why he walked last time.", "money was the real issue with the last offer"],
)
def test_pay_said_plainly_as_the_cause_reads_as_pay(note):
    assert ("pay", "wish") in _facets(note)


def test_pay_denied_as_the_cause_reads_no_pay():
    assert ("pay", "wish") not in _facets("The money wasn't why he walked.")
