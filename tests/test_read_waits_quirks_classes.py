"""Waits of the kinds a quirks round found misread, in other words:
- how long a past event took ("expanded the clinic to nine sites in four years", "in three
  years she rebuilt the whole pipeline", "has halved churn in 18 months") is no wait; its twins
  still wait: a wait reported in the past ("she told us to check back in 4 months", "said to
  ring her again in a year"), one ahead ("will be ready in two years", "in a year's time"), and a
  past deed followed, in its own clause, by a wait ("opened the Leeds branch, try her again in a
  year");
- "after mid-<month>" (and "after the middle of", "after early <month>") ends in that month, on
  its middle (or its tenth), not the month after; "after <month>" and "after late <month>" stay
  the month after, and "from mid-<month>" / "mid-<month> onwards" stay that month;
- "the last week of <month>", "the final days of <month>" and "the end of the month" hold through
  the month to its last day, as "the end of <month>" does; "the last week of <month>" said of
  something past is no wait.
Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_SAID = date(2026, 11, 20)
_AT = ReadAt(_SAID)
wait_until = _AT.wait_until


def _wait(text: str) -> dict | None:
    waits = [c.value for c in read(text, said_at=_SAID) if c.facet == "wait"]
    return waits[0] if waits else None


@pytest.mark.parametrize(
    "text",
    [
        "Expanded the clinic to nine sites in four years.",
        "She has halved churn in 18 months.",
        "Sold his first company in three years.",
        "She's grown the charity's income fourfold in 3 years.",
        "In three years she rebuilt the whole pipeline from nothing.",
        "the team he inherited shrank to four in a year, then grew back",
    ],
)
def test_how_long_a_past_event_took_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("She told us to check back in 4 months.", "2027-03-01"),
        ("Said to ring her again in a year.", "2027-11-01"),
        ("He asked us to get in touch in six months.", "2027-05-01"),
        ("Will be ready for a move in two years.", "2028-11-01"),
        ("Not now. In a year's time, maybe.", "2027-11-01"),
        ("Opened the Leeds branch last spring, try her again in a year.", "2027-11-01"),
        ("Doubled the team in a year and wants to move in 6 months.", "2027-05-01"),
    ],
)
def test_a_wait_said_beside_the_past_still_waits(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    ("text", "until", "day"),
    [
        ("No chats till after mid-March.", "2027-03-01", "2027-03-15"),
        ("try her after mid-Feb", "2027-02-01", "2027-02-15"),
        ("Reach out after the middle of April.", "2027-04-01", "2027-04-15"),
        ("After early January, once the rota settles.", "2027-01-01", "2027-01-10"),
    ],
)
def test_after_the_middle_of_a_month_ends_in_that_month(text, until, day):
    assert _wait(text) == {"until": until, "day": day}


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Try her after March.", "2027-04-01"),
        ("after late March please", "2027-04-01"),
        ("Free from mid-March.", "2027-03-01"),
        ("mid-March onwards works", "2027-03-01"),
    ],
)
def test_the_twins_of_after_the_middle_keep_their_month(text, until):
    assert _wait(text) == {"until": until}


@pytest.mark.parametrize(
    ("text", "until", "day"),
    [
        (
            "Audit eats the last week of Jan - nothing till they're done.",
            "2027-01-01",
            "2027-01-31",
        ),
        ("Not before the final days of April.", "2027-04-01", "2027-04-30"),
        ("hold off till the last week of June pls", "2027-06-01", "2027-06-30"),
        ("Swamped till the end of the month.", "2026-11-01", "2026-11-30"),
        ("Bonus lands end of March, talk after.", "2027-03-01", "2027-03-31"),
    ],
)
def test_the_last_stretch_of_a_month_holds_through_it(text, until, day):
    assert _wait(text) == {"until": until, "day": day}


@pytest.mark.parametrize(
    "text",
    [
        "I was off sick the last week of October.",
        "Interviewed with us the last week of September.",
    ],
)
def test_the_last_week_of_a_month_gone_by_is_no_wait(text):
    assert _wait(text) is None
