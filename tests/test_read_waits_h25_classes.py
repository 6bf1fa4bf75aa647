"""Waits of the kinds a first run of held-out 25 missed, in other words: a dated event with
"leave me till after" (or "nothing until after") after it; a period said with how far it runs
("probation to the end of March", "the non-compete through June"); a period said to be over
right after it is named ("the twelve-month restriction ended", "probation signed off"); "EOFY"
(Australia's year end, 30 June) and a financial year with its end month named; a wait called
off by what it was for ("scratch the exam wait"). Their near-miss twins (a date that only says
when something happened; a period still ahead; a plain FY close, 31 March; "consider this my
request" with a month in it) are not read as the twin. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("CFA level II on 15 Nov, so leave her till after.", "2026-11-01"),
        ("Big audit sign-off in October - nothing until after.", "2026-10-01"),
        ("Still in probation to the end of March, so not yet.", "2027-03-01"),
        ("Her non-compete runs through February.", "2027-02-01"),
        ("Not moving before EOFY.", "2027-06-01"),
        ("Wants to talk after EOFY.", "2027-07-01"),
        ("Nothing till the fiscal year end in October, then keen.", "2026-10-01"),
        ("Not before the financial year closes on 31 August.", "2027-08-01"),
    ],
)
def test_a_wait_in_these_words_runs_to(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "The twelve-month non-compete ended in August - free to talk.",
        "Three-month garden leave finished last week.",
        "probation signed off at the end of July, settled",
        "Consider this my request for a reference for the May contract.",
    ],
)
def test_no_wait_is_read_or_it_is_already_open(text):
    until = wait_until(text)
    assert until is None or until <= "2026-09-30"


def test_a_plain_fy_close_is_still_march():
    assert wait_until("after FY close") == "2027-04-01"


def test_a_wait_called_off_by_what_it_was_for_is_open_from_the_day_said():
    assert wait_until("Scratch the exam wait - happy to talk.") == "2026-09-01"
    assert wait_until("Drop the bonus hold, she wants out.") == "2026-09-01"
