"""Waits of the kinds a first run of held-out 20 missed, in other words: Hindi "after" and
"until" said after what they govern ("Holi ke baad", "June tak"), a month's payout or review
before it being that month ("March wala bonus ke baad": March); and a vesting cliff dated by
its day ("my stock cliff is 10 March", "options cliff 03/04/27"), kept to that day. Their
near-miss twins (a cliff that was, by month or by day, a Hindi "baad mein" with no
time) are no wait. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 12))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Holi ke baad baat karte hain.", "2027-03-01"),
        ("June tak notice period hai, uske baad free.", "2027-06-01"),
        ("march wala bonus ke baad hi resign karungi", "2027-03-01"),
        ("Feb appraisal ke baad shift kar sakta hoon", "2027-02-01"),
        ("My stock cliff is 10 March 2027, staying till then.", "2027-03-01"),
        ("options cliff 03/04/27 - no moves before that", "2027-04-01"),
    ],
)
def test_the_wait_is_read(text, until):
    assert wait_until(text) == until


def test_a_cliff_dated_to_the_day_waits_to_that_day():
    waits = [
        c
        for c in read("vesting cliff 20/01/27, not moving before", said_at=date(2026, 10, 12))
        if c.facet == "wait"
    ]
    assert waits and waits[0].value.get("day") == "2027-01-20"


@pytest.mark.parametrize(
    "text",
    [
        "my cliff was in April, all vested, free now",
        "her cliff was 1 March, all vested now",
        # a cliff already reached, said by its month (wrongly waited for until next year before)
        "Reached my cliff in August and I vest monthly now, happy to talk",
        "passed her cliff in September, open to a move",
        "baad mein baat karte hain, abhi busy hoon",
    ],
)
def test_a_near_miss_is_no_wait(text):
    assert wait_until(text) is None
