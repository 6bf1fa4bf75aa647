"""Waits of the kinds a first run of held-out 38 misread, in other words: how long a business
or intra-company visa stays valid ("L1 stamped till 2028", "a B1 stamped till 2029") is no
wait; a dated thing named back with its owner ("mock exams in Jan-Feb, won't
switch till his exams are done") is one; a return on a day already gone ("(back 2 Oct)" said in
November) is none; and busy until a date but free to interview meanwhile ("on release duty till
20 Dec, but free for calls in the evenings") is none. Twins: a trip on that visa till a month
with "call after that" waits; no date at all waits for nothing; "back 28 Nov" said on the
10th is still ahead; "free for interviews after that" keeps the wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 10))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "Has an L1 stamped till 2028, went to Austin last year.",
        "Got a B1 stamped till 2029 - happy to do short trips.",
        "Her passport is stamped with an H4 till 2028.",
    ],
)
def test_how_long_a_visa_or_passport_holds_is_no_wait(text):
    assert wait_until(text) is None


def test_a_trip_on_the_visa_till_a_month_still_waits():
    assert wait_until("On a B1 trip till February, call after that.") == "2027-02-01"


def test_a_dated_thing_named_back_waits_for_it():
    note = "Younger one has mock exams Jan-Feb, won't switch till his exams are done"
    assert wait_until(note) == "2027-02-01"
    assert wait_until("Won't switch till his exams are done") is None


@pytest.mark.parametrize(
    "text",
    [
        "Onam trip to Thrissur done (back 2 Oct).",
        "Trip done, back on 4 Nov - ready for interviews.",
    ],
)
def test_a_return_on_a_day_gone_is_no_wait(text):
    assert wait_until(text) is None


def test_a_return_on_a_day_ahead_still_waits():
    assert wait_until("On leave in Kerala, back 28 Nov.") == "2026-11-01"


def test_busy_till_a_date_but_free_meanwhile_is_no_wait():
    note = "On release duty till 20 Dec, but free for calls in the evenings."
    assert wait_until(note) is None
    assert wait_until("On release duty till 20 Dec, free for calls after that.") == "2026-12-01"
