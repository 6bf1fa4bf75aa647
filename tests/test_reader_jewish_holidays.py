"""A wait timed by a Jewish holiday resolves to that holiday's next occurrence, like Easter or
Diwali: "after Sukkot" said in August is October, "till Purim" said in December is March.

The holidays are computed from the Hebrew calendar (``reading.feasts``), so the dates must agree
with published calendars; the sentences are our own.
"""

from datetime import date

import pytest

from reading.feasts import jewish_holiday, rosh_hashanah
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 8, 3))
wait_until, found = _AT.wait_until, _AT.found


@pytest.mark.parametrize(
    "year, rosh, kippur, hanukkah_eve, passover_eve, purim, shavuot",
    [
        # first full day unless said: Rosh Hashanah, Yom Kippur, Purim, Shavuot;
        # the evening it starts: the first Hanukkah candle, the first seder
        (2025, "2025-09-23", "2025-10-02", "2025-12-14", "2025-04-12", "2025-03-14", "2025-06-02"),
        (2026, "2026-09-12", "2026-09-21", "2026-12-04", "2026-04-01", "2026-03-03", "2026-05-22"),
        (2027, "2027-10-02", "2027-10-11", "2027-12-24", "2027-04-21", "2027-03-23", "2027-06-11"),
        (2028, "2028-09-21", "2028-09-30", "2028-12-12", "2028-04-10", "2028-03-12", "2028-05-31"),
        (2029, "2029-09-10", "2029-09-19", "2029-12-01", "2029-03-30", "2029-03-01", "2029-05-20"),
        (2030, "2030-09-28", "2030-10-07", "2030-12-20", "2030-04-17", "2030-03-19", "2030-06-07"),
    ],
)
def test_the_computed_holidays_fall_on_the_published_days(
    year, rosh, kippur, hanukkah_eve, passover_eve, purim, shavuot
):
    assert rosh_hashanah(year + 3761).isoformat() == rosh
    assert jewish_holiday("yom kippur", year)[1].isoformat() == kippur
    assert jewish_holiday("hanukkah", year)[0].isoformat() == hanukkah_eve
    assert jewish_holiday("passover", year)[0].isoformat() == passover_eve
    assert (
        jewish_holiday("purim", year)[0].isoformat()
        < purim
        <= jewish_holiday("purim", year)[1].isoformat()
    )
    assert jewish_holiday("shavuot", year)[0].isoformat() < shavuot


@pytest.mark.parametrize(
    "text, said_at, until",
    [
        # after it: the month of the day after it ends
        ("Hold off till after Sukkot please, the kids are home.", date(2026, 8, 3), "2026-10-01"),
        (
            "Can we speak once Rosh Hashanah is behind us? After Rosh Hashana works.",
            date(2026, 7, 6),
            "2026-09-01",
        ),
        ("not before Yom Kippur", date(2026, 8, 3), "2026-09-01"),
        ("Reach out after Purim, we're slammed until then.", date(2026, 12, 7), "2027-03-01"),
        ("after Shavuot would suit me better", date(2027, 1, 11), "2027-06-01"),
        ("Try me after Pessach.", date(2026, 11, 2), "2027-04-01"),
        ("Let's pick this up after the chagim.", date(2026, 8, 3), "2026-10-01"),
        ("After the High Holidays, when things calm down.", date(2027, 7, 5), "2027-10-01"),
        # till it: the month it starts
        ("Nothing until Pesah, busy with inventory.", date(2026, 12, 7), "2027-04-01"),
        # Hanukkah of a year whose dates were never in a table: computed all the same
        ("after Chanukah", date(2031, 10, 6), "2031-12-01"),
    ],
)
def test_a_wait_named_by_a_jewish_holiday_is_read_to_its_next_occurrence(text, said_at, until):
    assert wait_until(text, said_at) == until


@pytest.mark.parametrize(
    "text",
    [
        "Celebrated Purim with the whole family last week, lovely time.",
        "Sukkot was great, thanks for asking!",
        "She organised the Rosh Hashanah dinner for the whole team.",
    ],
)
def test_a_jewish_holiday_that_only_dates_an_event_is_no_wait(text):
    assert wait_until(text) is None
