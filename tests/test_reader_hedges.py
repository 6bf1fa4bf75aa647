"""Negations and hedges that turn a reading around: a refusal denied by its frame ("it's not that
I wouldn't do weekends") accepts; the level someone holds with no step down from it is a floor
("currently Lead, won't step down a title"), while a title that does not matter is no condition;
a move to a place named in shorthand ("would move to SG", "KL only") is read as that place."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 5, 1))


@pytest.mark.parametrize(
    "text, kind",
    [
        ("It's not that I wouldn't do weekends - happy to if it's on a proper rota.", "weekends"),
        ("its not like she won't do on-call", "on_call"),
        ("it is not that he doesn't want weekends, just not every one", "weekends"),
    ],
)
def test_a_refusal_denied_by_its_frame_accepts(text, kind):
    found = AT.found(text)
    assert ("schedule", "avoid", kind) not in found
    assert ("schedule", "wish", kind) in found


@pytest.mark.parametrize(
    "text", ["I wouldn't do weekends. Sundays are church.", "she won't do weekends"]
)
def test_a_plain_refusal_still_refuses(text):
    assert ("schedule", "avoid", "weekends") in AT.found(text)


@pytest.mark.parametrize(
    "text, level",
    [
        ("Currently Lead Engineer, won't step down a title.", "lead"),
        ("she is a Staff Engineer now - not going backwards on title", "staff"),
        ("cand currently senior engineer, wont take a lower title", "senior"),
        ("I won't step down from staff.", "staff"),
    ],
)
def test_the_level_held_with_no_step_down_is_a_floor(text, level):
    assert ("seniority", "must", level) in AT.found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Title doesn't bother her - it's the work that matters.",
        "currently lead engineer, open to stepping down to senior",
        "Currently Lead Engineer, looking for remote.",
    ],
)
def test_a_title_that_does_not_matter_or_a_step_down_accepted_is_no_floor(text):
    assert not any(k[0] == "seniority" and k[1] == "must" for k in AT.found(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Would move to SG for this kind of role, that's the plan.", "singapore"),
        ("happy to relocate to HK", "hong kong"),
    ],
)
def test_a_move_to_a_place_in_shorthand_is_a_relocation_wish(text, place):
    assert ("relocation", "wish", True) in {k[:3] for k in AT.found(text)}
    assert ("location", "wish", place) in AT.found(text)


def test_a_place_in_shorthand_only_is_a_location_must():
    assert ("location", "must", "kuala lumpur") in AT.found("KL only for me, my parents are here.")


def test_lower_case_shorthand_words_are_not_places():
    assert not any(k[0] == "location" for k in AT.found("sg ok, kl"))
