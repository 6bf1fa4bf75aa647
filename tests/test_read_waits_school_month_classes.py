"""The month schools go back, when a note names it: "once the kids are back at school in
September" waits for September, not for the next term after the coming holiday; with no month
named, the next term it stays."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 1))


@pytest.mark.parametrize(
    "note",
    [
        "once the kids are back at school in September",
        "after the twins go back to school in Sept",
        "when school goes back in September she'll look",
    ],
)
def test_a_school_return_with_its_month_waits_for_that_month(note):
    assert AT.wait_until(note) == "2027-09-01"


def test_a_school_return_with_no_month_waits_for_the_next_term():
    assert AT.wait_until("once the kids are back at school") == "2027-01-01"
