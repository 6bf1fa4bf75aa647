"""Pay of the kind a first run of held-out 19 misread, in other words: a bare figure that
measures a length of time ("a 48-week contract", "a 35-hour week", "needs 52 weeks' pay") is
how long, not how much - no pay floor of 48,000. The twins still read: a bare figure asked for
("needs 48"), one with "k", and an amount per day or hour. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

first_pay = ReadAt(date(2026, 11, 20)).first_pay


@pytest.mark.parametrize(
    "text",
    [
        "She needs a 48-week contract, not term-time only.",
        "Wants a 35-hour week so she can do the school run.",
        "Needs 52 weeks a year - can't manage the holidays unpaid.",
        "looking for a 12 month secondment",
    ],
)
def test_a_length_of_time_is_no_pay(text):
    assert first_pay(text) is None


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        ("Needs 48 at least.", 48000, "year"),
        ("needs 48k", 48000, "year"),
        ("Wants 180 a day for supply.", 180, "day"),
    ],
)
def test_a_figure_asked_for_still_reads(text, amount, period):
    pay = first_pay(text)
    assert pay and (pay["amount"], pay["period"]) == (amount, period)
