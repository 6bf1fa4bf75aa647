"""Waits of the kinds a first run of held-out 32 missed, in other words: a ship's or a boat's
contract that ends when the crew member signs off ("signing off in May", ATS "SOff approx
April", "disembarks in March") is waited for like "contract ends in May"; a recovery ahead with
its length ("two months of physio", "rehab 6 weeks", "ten weeks' recovery") is a wait from the
day said. Their near-miss twins are not: an approval signed off ("signs off on the rota", "will
sign off my sea time"), a contract already signed off; physio or rehab as a trade or a ward ("4
years physio", "6 months physio experience", "3 months rehab nursing cover") and a recovery gone
by ("did eight weeks of rehab after the op"). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Signing off the ship in May, it is a long contract.", "2027-05-01"),
        ("SOn 01/09, 8mo contract, SOff approx April.", "2027-04-01"),
        ("disembarks in March, contract can't be broken", "2027-03-01"),
        ("He signs off in December - can't leave the ship early.", "2026-12-01"),
        ("Knee op last week, two months of physio before I can teach again.", "2026-11-01"),
        ("Ankle reconstruction done, rehab 6 weeks before the pool.", "2026-10-01"),
        ("Ten weeks' recovery after the shoulder, nothing before that.", "2026-11-01"),
    ],
)
def test_a_sign_off_or_a_recovery_ahead_is_waited_for(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "The head of department signs off on the rota in March.",
        "The GM signs off the budget in March.",
        "The captain will sign off my sea time in February.",
        "Signed off in August, home in Durban and free.",
        "4 years physio, wants a role in a sports club.",
        "6 months physio experience in a hospital, looking for spa work.",
        "3 months rehab nursing cover at the Royal, now wants ships.",
        "Did eight weeks of rehab after the op in 2024, fully fit now.",
    ],
)
def test_an_approval_a_trade_or_a_recovery_gone_by_is_no_wait(text):
    assert wait_until(text) is None
