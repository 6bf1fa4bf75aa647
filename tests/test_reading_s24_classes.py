"""Classes of the twelfth-plus session's own, found on the first runs of held-out 63-65 after
the battery rounds (tests in our own wording):

- a visit told with its time or reason ("heading to Cork next week for a christening", "vou ao
  Porto em julho") is a trip, not where they want to work; a move ("moving to Cork in June")
  still is;
- a refusal of travel that often ("no weekly trips", "just not weekly flights") caps it at about
  a day a week: a trip a quarter is within it, and it is not a refusal of all travel.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 2))
found = _AT.found


def _places(text):
    return {c.value.get("place") for c in read(text, said_at=_AT.said_at) if c.facet == "location"}


@pytest.mark.parametrize(
    "text",
    [
        "heading to Cork next week for a christening, back after",
        "I'll be in Valencia over Christmas with the in-laws",
        "Só depois do verão, vou ao Porto em julho.",
        "going to Vienna in March for a conference",
    ],
)
def test_a_visit_told_with_its_time_is_no_place_wish(text):
    assert _places(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [("moving to Cork in June, wants roles there", "Cork"), ("wants Vienna only", "Vienna")],
)
def test_a_move_or_a_place_asked_for_is_still_read(text, place):
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    ["no weekly trips to the Frankfurt office", "happy with the odd trip, just not weekly flights"],
)
def test_travel_refused_that_often_is_a_cap_not_a_refusal_of_all_travel(text):
    got = found(text)
    assert ("travel", "must") in {k[:2] for k in got}
    assert not any(k[:2] == ("travel", "avoid") for k in got)


def test_no_travel_at_all_is_still_refused():
    assert ("travel", "avoid") in {k[:2] for k in found("no travel, full stop")}
