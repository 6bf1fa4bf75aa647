"""Waits, directions and hours of the kinds a first run of held-out 33 missed, in other words:

- "ping me the week after" a busy time: after the time just said, a few days' grace included;
  twin: "spent the week after it away" (a trip, no wait);
- Hinglish "<month> ke end tak": to the end of that month; twin: the month's start stays the
  English reading of "<month> tak";
- "out of X and into Y" with the second half a phrase of its own: Y is where they go; twins:
  "not into Y" and "no X and no Y" still refuse.
- a North American time zone after a clock time ("until 4 PT") is Pacific time, not part time;
  twin: "PT work" is still part time.
- a ten-hour day refused ("can't do 10-hour days", "would hate ...") caps the day; twins: ten-hour
  days welcomed, and "no 10s" (not said of shifts).
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 5))
found, wait_until = _AT.found, _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "Swamped through Christmas - get in touch the week after.",
        "Flat out through Thanksgiving - touch base the week after.",
    ],
)
def test_the_week_after_a_busy_time_is_a_wait(text):
    assert wait_until(text) is not None


def test_a_week_after_a_holiday_spent_away_is_no_wait():
    assert wait_until("Spent the week after Easter in Lisbon, loved it.") is None


def test_hinglish_month_end_is_the_end_of_that_month():
    got = [c.value for c in _AT_read("Jan ke end tak free nahi hoon.") if c.facet == "wait"]
    assert got and got[0].get("day") == "2027-01-31"


def _AT_read(text):
    from reading import read

    return read(text, said_at=_AT.said_at)


@pytest.mark.parametrize(
    "text, tech",
    [
        ("Wants out of PHP and into Rust on the backend.", "rust"),
        ("Keen to get away from Java and into Kotlin.", "kotlin"),
    ],
)
def test_out_of_one_and_into_another_wishes_the_other(text, tech):
    assert ("technology", "wish", tech) in found(text)


@pytest.mark.parametrize(
    "text, tech",
    [("He's not into Rust at all.", "rust"), ("No PHP and no Rust please.", "rust")],
)
def test_a_refusal_of_the_second_stays_one(text, tech):
    assert ("technology", "avoid", tech) in found(text)


@pytest.mark.parametrize(
    "text", ["Free for calls until 4 PT most days.", "Standups at 8:30 PT are fine by me."]
)
def test_a_time_zone_after_a_clock_time_is_no_part_time(text):
    assert not any(f[0] == "schedule" and "part_time" in f for f in found(text))


def test_part_time_said_as_pt_is_still_read():
    assert any(
        f[0] == "schedule" and "part_time" in f for f in found("Looking for PT work, school hours.")
    )


@pytest.mark.parametrize(
    "text", ["Can't do 10-hour days, school pickup at 4.", "She'd hate 10 hour days."]
)
def test_a_ten_hour_day_refused_caps_the_day(text):
    assert ("schedule", "avoid", "long_shifts") in {f[:3] for f in found(text)}


@pytest.mark.parametrize("text", ["Happy with 10-hour days if Fridays are off.", "no 10s"])
def test_ten_hour_days_taken_or_unsaid_are_no_cap(text):
    assert ("schedule", "avoid", "long_shifts") not in {f[:3] for f in found(text)}
