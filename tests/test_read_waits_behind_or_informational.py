"""Months that are not waits, and a wait counted from a new job: a return from leave in the
month just gone ("back from leave in August", said in September) is behind them, a payout
already collected dates an event, months a thing recurs in ("vests quarterly - Feb, May, Aug,
Nov") or a date flagged "not a blocker" are for information, and a notice period beside "free to
interview any evening" does not hold the talking back. But "not looking till I've done a full
year there" waits a year from the day said. Each beside a twin that still waits. Our own words.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

SEP = ReadAt(date(2026, 9, 21))


@pytest.mark.parametrize(
    "text",
    [
        "Came off mat leave - back at work since July, keen to hear what's out there.",
        "Back from reserve duty in August; send roles my way.",
        "back from sabbatical in sept, open to a chat",
        "Pocketed her annual bonus in March, now quietly looking.",
        "Cashed out my RSUs in June, no reason to stay.",
        "Grants vest twice a year, March and September - FYI for the package.",
        "Cliff is in January. Not a blocker, just so you know when it is.",
        "Notice is 3 months (negotiable). Free for a call any evening after 7.",
        "90-day notice but happy to interview any weekday lunchtime.",
    ],
)
def test_a_month_behind_them_or_only_for_information_is_no_wait(text):
    assert SEP.wait_until(text) is None


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("On parental leave, back in December.", "2026-12-01"),
        ("back from sabbatical in November, talk then", "2026-11-01"),
        ("Her bonus pays out in March - she'll collect it first.", "2027-03-01"),
        ("RSUs vest quarterly; the big tranche is February, not moving till then.", "2027-02-01"),
        ("Cliff in January - it's a blocker, won't leave before it.", "2027-01-01"),
        ("Notice is 3 months.", "2026-12-01"),
        ("Notice 3 months. Free any evening from January.", "2027-01-01"),
        ("Just joined Atlassian - not moving till I've done a full year there.", "2027-09-01"),
        ("not looking until she hits her one-year mark", "2027-09-01"),
        ("New gig - won't look before I've put in 18 months.", "2028-03-01"),
    ],
)
def test_a_wait_still_ahead_is_read(text, until):
    assert SEP.wait_until(text) == until


def test_a_year_already_done_is_no_wait():
    assert SEP.wait_until("Done a full year there now - happy to look.") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bonus pays in February; reach out after it clears.", "2027-02-28"),
        ("Hike letter comes in April, talk once that's done.", "2027-04-30"),
        ("She'll move after her bonus in March.", "2027-03-31"),
        ("Bonus lands in March. Call me in March.", None),
        ("Try him in March.", None),
    ],
)
def test_after_a_payout_in_a_month_holds_through_that_month(text, day):
    waits = [c.value for c in read(text, said_at=SEP.said_at) if c.facet == "wait"]
    assert waits and waits[0].get("day") == day
