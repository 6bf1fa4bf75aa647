"""A notice period read to its end: the last working day said ahead ("LWD", "relieving date",
"my last day at Infosys is 28 Feb") is a wait until the day after it, and "serving NP" with no
length is a notice of three months (the reading conventions). A last day already gone by, or a
last day for something else, is no wait. Sentences are our own.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 10, 5)
_AT = ReadAt(SAID)
wait_until = _AT.wait_until


def _day(text: str, said_at: date = SAID) -> str | None:
    """The day the wait holds to (its own day when kept, else the month's first)."""
    waits = [c.value for c in read(text, said_at=said_at) if c.facet == "wait"]
    return (waits[0].get("day") or waits[0]["until"]) if waits else None


@pytest.mark.parametrize(
    "text, said_at, until",
    [
        ("Resigned last week; LWD is 14th March.", date(2026, 11, 9), "2027-03-15"),
        (
            "Serving notice, last working day 28/02/2027 - can interview after that",
            SAID,
            "2027-03-01",
        ),
        ("Relieving date: Dec 19", SAID, "2026-12-20"),
        ("She'll be relieved from Cognizant on 31 Dec.", SAID, "2027-01-01"),
        ("my last day at Tata Steel is the 6th of November", SAID, "2026-11-07"),
        # the last day said beside a notice's length: the later of the two
        ("NP 60 days but LWD already agreed as 20 Feb.", SAID, "2027-02-21"),
    ],
)
def test_a_last_working_day_said_ahead_is_a_wait_until_the_day_after(text, said_at, until):
    assert _day(text, said_at) == until


def test_serving_np_with_no_length_is_a_notice_of_three_months():
    assert wait_until("Currently serving NP, will share LWD soon.") == "2027-01-01"
    assert wait_until("serving her NP") == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Relieved from Infosys on 30 Sep, now at a startup.",
        "His last day at HCL was 15 Aug.",
        "Last day to submit the form is 30 Nov.",
        "LWD 2 Oct, between jobs since.",
        "np, will call later",
    ],
)
def test_a_last_day_gone_by_or_not_at_work_is_no_wait(text):
    assert wait_until(text) is None


def test_a_new_job_begun_after_the_last_day_holds_them_back_not_the_day():
    # the job just begun is what holds them (``reading.new_start``), not the last day gone by
    assert wait_until("LWD 2 Oct, joined the new place this week.") > "2027-01-01"
