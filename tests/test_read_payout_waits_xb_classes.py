"""Waits on a year-end extra month's pay, of the kind several held-out sets missed on a first
run: "once the 13th month is paid", "not before the thirteenth salary", "after the
Weihnachtsgeld", "receber o décimo terceiro antes" hold them until the payout month (December;
November for the German Christmas money), then they are free. Their near-miss twins - the extra
month as a part of the pay ("base plus 13th month", "+ 13th month"), one already paid, one an
employer cut - are no wait. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text, until",
    [
        ("Happy to talk, but only once her 13th month has been paid out.", "2026-12-01"),
        ("He won't hand in notice before the thirteenth-month salary lands.", "2026-12-01"),
        ("staying put till my 13th month pay, then let's chat", "2026-12-01"),
        ("Erst nach dem Weihnachtsgeld kündige ich.", "2026-11-01"),
        ("Vou esperar o décimo terceiro, depois a gente conversa.", "2026-12-01"),
    ],
)
def test_a_wait_on_the_thirteenth_month_ends_in_its_payout_month(text, until):
    assert wait_until(text) == until


def test_said_after_the_payout_it_is_next_years():
    assert (
        wait_until("Not moving until the 13th month is paid.", date(2026, 12, 28)) == "2027-12-01"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wants base plus 13th month, nothing less.",
        "Asking S$7k a month + 13th month, open to a chat.",
        "Received my 13th month last week, so free to move now.",
        "Left because they cut the 13th month salary.",
    ],
)
def test_the_extra_month_as_pay_paid_or_cut_is_no_wait(text):
    assert wait_until(text) is None


def test_the_wait_holds_to_the_day_it_is_paid_by():
    got = [
        c.value for c in read("won't resign until my 13th month salary is in", said_at=_AT.said_at)
    ]
    assert {"until": "2026-12-01", "day": "2026-12-20"} in got


def test_after_the_extra_month_in_a_month_named_holds_through_that_month():
    got = [
        c.value for c in read("moving after the 13th month salary in December", said_at=_AT.said_at)
    ]
    assert {"until": "2026-12-01", "day": "2026-12-31"} in got
