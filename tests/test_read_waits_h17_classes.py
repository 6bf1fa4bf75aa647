"""Waits of the kinds a first run of held-out 17 missed, in other words: the retail peak after
US Thanksgiving named as Black Friday, Cyber Monday, BFCM or Cyber Week ("after that" said back
to it is after it); a notice whose length follows a dash and which holds "till it's served"
(the end waited for, not a notice gone by); and a season's end followed by "nothing till I'm
back" (a hold-off said back to it). Their near misses (a Black Friday sale mentioned, a notice
served last year, a month with no hold-off) are no wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

wait_until = ReadAt(date(2026, 11, 2)).wait_until


@pytest.mark.parametrize(
    "text, month",
    [
        ("BFCM is mental at the warehouse - after that, happy to chat.", "2026-12"),
        ("Nothing till after Cyber Monday please, we're flat out.", "2026-12"),
        ("Cyber Week is all hands in the contact centre; once it's over, call me.", "2026-12"),
        ("Resigned this morning, my notice is 8 weeks - nothing till it's served.", "2026-12"),
        ("Gave notice Friday: three months. Not moving until it's served.", "2027-02"),
        ("Season in Verbier finishes end of March - nothing until I'm home.", "2027-03"),
        ("On the Christmas markets, they close mid-January, not looking till I'm back.", "2027-01"),
    ],
)
def test_the_wait_is_read_to_its_month(text, month):
    assert (wait_until(text) or "")[:7] == month


@pytest.mark.parametrize(
    "text",
    [
        "Black Friday deals at the outlet were great this year.",
        "Her notice was 3 months at the bank, she served it last year.",
        "My sister visits in April - nothing much else going on, free to chat.",
    ],
)
def test_a_near_miss_is_no_wait(text):
    assert wait_until(text) is None
