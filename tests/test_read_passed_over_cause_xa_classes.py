"""A cause passed over for another, the kind several held-out first runs missed, in other words:
"X wasn't the issue, it was Y", "it wasn't X, it was Y", "not X but Y", "X was fine, Y wasn't".
X is no standing objection (nothing refused), Y is the objection even though Y's own words
("it was the drive", "the rota wasn't") refuse nothing. Twins: X alone praised ("the nights
were fine, the crew was great") stays a yes; a plain refusal before a named cause ("no nights,
the commute was fine", "not Leeds, the Manchester office please") keeps its no. Sentences are
our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found
NIGHTS_NO = ("schedule", "avoid", "nights")
WEEKENDS_NO = ("schedule", "avoid", "weekends")
COMMUTE_NO = ("commute", "avoid")
ABERDEEN_NO = ("location", "avoid", "aberdeen")
LEEDS_NO = ("location", "avoid", "leeds")


@pytest.mark.parametrize(
    "text, objection",
    [
        ("the salary was never the problem - it was the 75-minute drive each way", COMMUTE_NO),
        ("it wasnt the night shifts, it was the 80-minute commute", COMMUTE_NO),
        ("not the weekend work but the hour-long commute", COMMUTE_NO),
        ("the money was fine, the weekend rota wasnt", WEEKENDS_NO),
        ("the salary was never the problem - it was the Aberdeen base", ABERDEEN_NO),
    ],
)
def test_the_cause_named_instead_is_the_objection(text, objection):
    assert objection in found(text)


@pytest.mark.parametrize(
    "text, not_refused",
    [
        ("it wasn't the night shifts, it was the 80-minute commute", NIGHTS_NO),
        ("not the weekend work but the hour-long commute", WEEKENDS_NO),
        ("it isn't the weekend rota, it's the long commute", WEEKENDS_NO),
        ("it wasn't the commute, it was the new manager", COMMUTE_NO),
        ("it wasn't Leeds, it was the pay", LEEDS_NO),
    ],
)
def test_the_cause_passed_over_is_no_objection(text, not_refused):
    assert not_refused not in found(text)


def test_praise_alone_stays_a_yes():
    assert ("schedule", "wish", "nights") in found("the night shifts were fine, the crew was great")


def test_a_plain_refusal_keeps_its_no():
    assert NIGHTS_NO in found("no night shifts, the 80-minute commute was fine")


def test_a_place_refused_before_another_keeps_its_no():
    assert LEEDS_NO in found("not Leeds, the Manchester office please")
