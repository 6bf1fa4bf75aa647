"""Months, seasons, quarters and holidays as calendar arithmetic (data and small helpers).

Every wait resolves to the first day of a month ("month precision", see the reading
conventions): the month a person is open again.
"""

from __future__ import annotations

from datetime import date, timedelta

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# The month a season starts, and the month after it ends (northern hemisphere).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_AFTER = {"spring": 6, "summer": 9, "autumn": 12, "fall": 12, "winter": 3}
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}

NUMBERS = {
    "a": 1,
    "another": 1,
    "one more": 1,
    "a further": 1,
    "a whole": 1,
    "a full": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "couple of": 2,
    "a couple of": 2,
    "couple": 2,
    "a couple": 2,
    "few": 3,
    "a few": 3,
    "several": 3,
    "some": 3,
    "a month or two": 2,
    "one or two": 2,
    "1-2": 2,
    "2-3": 3,
    "3-4": 4,
    "two or three": 3,
    "three or four": 4,
    "half a": 0.5,
}


def first(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def next_month_named(month: int, said_at: date) -> date:
    """``month`` with no year: the next such month strictly after the month it was said in."""
    year = said_at.year if month > said_at.month else said_at.year + 1
    return date(year, month, 1)


def add_months(day: date, months: int) -> date:
    return first(day.year, day.month + months)


def add_weeks(day: date, weeks: float) -> date:
    later = day + timedelta(days=round(7 * weeks))
    return date(later.year, later.month, 1)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)
