"""Waits said in a country's shorthand: its holidays, its seasons, its way of writing a date,
a quarter's end in ATS shorthand; and notes full of months that ask for no wait at all."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

NOV = ReadAt(date(2026, 11, 4))


@pytest.mark.parametrize(
    "text",
    [
        "try me post-xmas, year end is chaos",
        "She said call post Xmas, not before",
        "let's pick it up post-christmas",
    ],
)
def test_post_christmas_said_in_november_waits_till_january(text):
    assert NOV.wait_until(text) == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    ["ping me after thanksgiving", "He asked us to reach out after Thanksgiving weekend"],
)
def test_after_us_thanksgiving_is_the_monday_after_its_long_weekend(text):
    # its long weekend ends on Sunday 29 November 2026: the list for the week of the 30th has them
    assert NOV.wait_day(text) == "2026-11-30"


def test_after_thanksgiving_in_a_canadian_note_is_after_the_october_long_weekend():
    said = date(2026, 9, 20)
    assert NOV.wait_until("Toronto based, after thanksgiving works better", said) == "2026-10-01"


@pytest.mark.parametrize(
    "text", ["reach out after labor day", "after Labour Day please, cottage season till then"]
)
def test_after_labor_day_is_september(text):
    assert NOV.wait_until(text, date(2026, 7, 1)) == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "deal's due to close EOQ1, not moving till then",
        "Retention bonus pays out EOQ1, so nothing until then",
        "EOQ1 at the earliest for her",
    ],
)
def test_end_of_q1_in_ats_shorthand_waits_till_march(text):
    assert NOV.wait_until(text) == "2027-03-01"


@pytest.mark.parametrize(
    "text, said, until",
    [
        ("not before 20/01 - on a project till then", date(2026, 11, 4), "2027-01-01"),
        ("available from 14/02", date(2026, 11, 4), "2027-02-01"),
        ("hit me up after 11/20, slammed till then", date(2026, 8, 1), "2026-11-01"),
        ("free after 9/30", date(2026, 8, 1), "2026-09-01"),
    ],
)
def test_a_numeric_date_is_day_first_or_month_first_when_one_half_is_past_twelve(text, said, until):
    assert NOV.wait_until(text, said) == until


@pytest.mark.parametrize(
    "text",
    [
        # the 3rd of April or the 4th of March: with clues both ways, left alone (with none it
        # is read day first: tests/test_reader_event_waits.py)
        "not before 3/4 - NYC based, asking £90k",
        "24/7 on-call until the rota changes",
        "did 4/5 days in the office after the merger",
    ],
)
def test_an_ambiguous_or_non_date_fraction_is_no_wait(text):
    assert NOV.wait_until(text) is None


@pytest.mark.parametrize(
    "text, said, until",
    [
        ("after the summer hols eh", date(2026, 11, 10), "2027-02-01"),
        ("after the summer break, back mid Jan", date(2026, 12, 1), "2027-02-01"),
        ("call her after the winter school holidays", date(2026, 6, 1), "2026-09-01"),
    ],
)
def test_a_seasons_school_holidays_said_when_the_souths_are_near_are_the_souths(text, said, until):
    assert NOV.wait_until(text, said) == until


def test_a_seasons_holidays_said_when_the_norths_are_near_stay_northern():
    assert NOV.wait_until("after the summer holidays", date(2026, 6, 10)) == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "Back from honeymoon in Sept, switched teams in Oct, promoted in March. Open to a chat "
        "any time.",
        "she's doing christmas with the in-laws and a trip in january but keen to talk now, "
        "the sooner the better",
        "passport's sorted, B1/B2 valid till 2031, happy to fly",
        "visa valid until 2029, no sponsorship needed",
    ],
)
def test_a_note_full_of_dates_that_asks_for_no_wait_has_none(text):
    assert NOV.wait_until(text) is None


def test_an_explicit_until_still_waits_beside_an_open_now():
    assert NOV.wait_until("open to a chat any time, but can't move until March") == "2027-03-01"


def test_a_summer_spent_with_the_kids_is_not_a_wait_after_a_holiday():
    assert NOV.wait_until("after labor day pls, summer with the kids", date(2026, 7, 10)) == (
        "2026-09-01"
    )
