"""Waits of the kinds several held-out first runs missed, in other words:

- a probation counted from the day or month the job began, however the start is written
  ("on a three-month probation from 1 Oct", "probation of six months from the 2nd of
  September", "began October 1st; probation is three months") - a wait to the month it ends;
  twins: a probation already over ("began in February, six-month probation") and one another
  person is on ("his line manager is still on probation till April", "their new CTO began in
  September on a 6 month probation") - no wait of the person's own;
- Monday holidays and their long weekends as anchors: Victoria Day ("the May long weekend",
  "May two-four"), Memorial Day, the King's (Queen's) Birthday (the second Monday of June, as
  most Australian states keep it), the UK's May, spring and August bank holidays. The day after
  the Monday is the day the wait ends; a plain month ("after May") still reads as the month.

Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
wait_until = _AT.wait_until


def _day(text):
    from reading import read

    waits = [c.value for c in read(text, said_at=date(2026, 11, 20)) if c.facet == "wait"]
    return waits[0].get("day") or waits[0]["until"] if waits else None


@pytest.mark.parametrize(
    "text, until",
    [
        ("Now on a three-month probation from 1 Oct, so nothing before that ends.", "2027-01-01"),
        ("Probation of six months from the 2nd of September - then we can talk.", "2027-03-01"),
        ("Began October 1st; probation is three months.", "2027-01-01"),
        ("She joined September, four month probation.", "2027-01-01"),
    ],
)
def test_a_probation_counts_from_when_the_job_began(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "His line manager is still on probation till April, so the team is in flux.",
        "Their new CTO began in September on a 6 month probation.",
        "Her boss only joined in October and is on probation.",
    ],
)
def test_someone_elses_probation_is_no_wait(text):
    assert wait_until(text) is None


def test_a_probation_already_over_is_no_wait():
    assert wait_until("Began in February, six-month probation, all signed off.") is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("Try me again after Victoria Day.", "2027-05-25"),
        ("Let's pick this up after the May long weekend, the cottage is calling.", "2027-05-25"),
        ("Not before May two-four, please.", "2027-05-22"),
        ("Ping me after Memorial Day weekend.", "2027-06-01"),
        ("Nothing till after the King's Birthday long weekend.", "2027-06-15"),
        ("After the Queen's Birthday weekend works.", "2027-06-15"),
        ("Give me till after the May bank holiday.", "2027-05-04"),
        ("after the early May bank holiday weekend please", "2027-05-04"),
        ("Call after the spring bank holiday.", "2027-06-01"),
        ("Back in touch after the August bank holiday.", "2027-08-31"),
    ],
)
def test_a_monday_holiday_is_a_wait_anchor(text, day):
    assert _day(text) == day


def test_a_plain_month_is_still_the_month():
    assert wait_until("Give me till after May.") == "2027-06-01"
