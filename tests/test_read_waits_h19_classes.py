"""Waits of the kinds a first run of held-out 19 misread, in other words:

- school terms are terms, not seasons: the UK's autumn term ends in December, so "till the end
  of the autumn term" said in November is this December (not next November); the numbered
  terms of Australia and New Zealand ("Term 1" from February, "Term 3" from July) are waits
  when a cue governs them, the next such term unless a year is named; a term taught or behind
  them is not;
- "I want out now" after an earlier wait taken back ("ignore what I said about spring") is open
  from the day said; said on its own it is no wait;
- a check or registration "current till 2030" is how long it runs, not a wait ("a current
  contract till March" still is);
- a start looked for ("hoping for a Term 2 start", "looking for April starts") is when they
  would start, so no wait ("at the earliest" still holds them off);
- what fills the months named after it ("reports eat up May and June") is when they are busy,
  not when they are free ("busy till June" still waits);
- "after" a dated event of the public sector or a school ("after the May elections", "after the
  February mocks") is that month, as "after the March bonus" is ("after May" alone is June).
Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 4))
wait_until = _AT.wait_until


def waits(text: str, said_at: date) -> list[str]:
    return sorted(c.value["until"] for c in read(text, said_at=said_at) if c.facet == "wait")


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("Nothing till the end of the autumn term, please.", date(2026, 11, 4), "2026-12-01"),
        ("Not moving until after the autumn term.", date(2026, 10, 4), "2027-01-01"),
        (
            "Happy to talk once the spring term is over - so after the spring term.",
            date(2026, 11, 4),
            "2027-04-01",
        ),
        ("Ring me in Term 1, I'm on leave till then.", date(2026, 11, 4), "2027-02-01"),
        ("Not before Term 3 next year.", date(2026, 11, 4), "2027-07-01"),
        ("Leave it till Term 2 2027.", date(2026, 11, 4), "2027-04-01"),
        ("Don't bother her until after Term 4.", date(2026, 9, 1), "2027-01-01"),
    ],
)
def test_a_school_term_is_waited_for(text, said_at, until):
    assert wait_until(text, said_at) == until


@pytest.mark.parametrize(
    "text",
    [
        "Taught Term 3 at a kura in Hamilton.",
        "Covered the autumn term at a school in Hull.",
        "Back from leave since Term 2, keen now.",
    ],
)
def test_a_term_taught_or_behind_them_is_no_wait(text):
    # "back from leave …, keen now" opens from the day said: a wait already over (it lifts an
    # older note's wait), never one still running
    until = wait_until(text)
    assert until is None or until <= "2026-11-04"


def test_wanting_out_now_after_a_wait_taken_back_is_open_now():
    assert wait_until("Ignore what I said about spring - I need to get out now.") == "2026-11-01"
    assert wait_until("I want out now") is None


@pytest.mark.parametrize(
    "text",
    [
        "Blue card current till 2030.",
        "DBS in date until June 2028.",
        "Her registration is current to 2029.",
    ],
)
def test_a_check_current_till_a_year_is_no_wait(text):
    assert wait_until(text) is None


def test_a_current_contract_till_a_month_still_waits():
    assert wait_until("On a current contract until March, then free.") == "2027-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Relocating to Hobart - hoping for a Term 2 start.",
        "Looking for April starts in Darwin.",
        "Keen for a Term 3 start.",
    ],
)
def test_a_start_looked_for_is_no_wait(text):
    assert wait_until(text) is None


def test_a_start_at_the_earliest_still_waits():
    assert wait_until("Looking for an April start at the earliest.") == "2027-04-01"


def test_the_months_a_task_fills_are_no_wait():
    said = date(2026, 6, 1)
    assert waits("Ping me after the summer hols - exam marking eats up June and July.", said) == [
        "2026-09-01"
    ]
    assert waits("Busy till July, then free.", said) == ["2026-07-01"]


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Not moving until after the May elections.", "2027-05-01"),
        ("Ring me after the February mocks, please.", "2027-02-01"),
        ("Nothing till after the March inspection.", "2027-03-01"),
    ],
)
def test_after_a_dated_public_or_school_event_is_its_month(text, until):
    assert wait_until(text, date(2026, 10, 19)) == until


def test_after_a_month_alone_is_still_the_month_after():
    assert wait_until("Not moving until after May.", date(2026, 10, 19)) == "2027-06-01"
