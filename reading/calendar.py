"""Months, seasons, quarters and holidays as calendar arithmetic (data and small helpers).

Every wait resolves to the first day of a month ("month precision", see the reading
conventions): the month a person is open again.
"""

from __future__ import annotations

from datetime import date, timedelta

from reading.easter import easter
from reading.feasts import feast_days

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
# English month words as notes in other languages write them, full and short, each with the
# month it names ("feb se free hoon", "Diwali ke baad, March mein")
MONTH_WORDS: tuple[tuple[str, str], ...] = tuple((m, m) for m in MONTHS) + (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "september"),
    ("sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
# The month a season starts, and the month after it ends (northern hemisphere).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_AFTER = {"spring": 6, "summer": 9, "autumn": 12, "fall": 12, "winter": 3}
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
# South of the equator the seasons are the other way round: summer is December to February,
# so "after the summer" said in Sydney is March (and its school summer holidays end in late
# January, so "after the summer holidays" there is February).
SOUTHERN_START = {"spring": 9, "summer": 12, "autumn": 3, "fall": 3, "winter": 6}
SOUTHERN_AFTER = {"spring": 12, "summer": 3, "autumn": 6, "fall": 6, "winter": 9}
SOUTHERN_END = {"spring": 11, "summer": 2, "autumn": 5, "fall": 5, "winter": 8}
SOUTHERN_SUMMER_HOLIDAYS_AFTER = 2

NUMBERS = {
    "a": 1,
    "another": 1,
    "one more": 1,
    "a further": 1,
    "a whole": 1,
    "a full": 1,
    "a good": 1,  # "give me a good year": a year, said roomily
    "a solid": 1,
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


# Festivals whose date moves with a lunar or lunisolar calendar: (first day, days it lasts) by
# year, from published calendars. "After Diwali" is the month of the day after it ends; "till
# Diwali" the month it starts. Past the table: a fixed approximate day for the lunisolar ones
# (Diwali early November, Holi mid March, Lunar New Year early February), and for the Islamic
# ones the table's last date moved by an Islamic year (354.37 days) at a time. The Jewish
# holidays (Hanukkah, Passover and the rest) are computed from the Hebrew calendar for any year
# (``reading.feasts``).
FESTIVALS: dict[str, tuple[int, tuple[str, ...], tuple[int, int] | None]] = {
    # name: (days it lasts, first days, approximate (month, day) past the table or None)
    "diwali": (
        4,
        (
            "2024-11-01 2025-10-20 2026-11-08 2027-10-29 2028-10-17 2029-11-05 2030-10-26 "
            "2031-11-14 2032-11-02 2033-10-22 2034-11-10 2035-10-30"  # Lakshmi Puja
        ).split(),
        (11, 1),
    ),
    "holi": (
        2,
        (
            "2024-03-25 2025-03-14 2026-03-04 2027-03-22 2028-03-11 2029-03-01 2030-03-20 "
            "2031-03-09 2032-03-27 2033-03-16 2034-03-05 2035-03-24"
        ).split(),
        (3, 15),
    ),
    "lunar new year": (
        8,
        (
            "2024-02-10 2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-03 "
            "2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08"
        ).split(),
        (2, 5),
    ),
    # Korea's Chuseok (the Mid-Autumn Festival, 中秋): the day before the full moon of the eighth
    # lunar month to the day after
    "chuseok": (
        3,
        (
            "2024-09-16 2025-10-05 2026-09-24 2027-09-14 2028-10-02 2029-09-21 2030-09-11 "
            "2031-09-30 2032-09-18 2033-09-07 2034-09-26 2035-09-15"
        ).split(),
        (9, 20),
    ),
    "eid al-fitr": (
        3,
        (
            "2024-04-10 2025-03-30 2026-03-20 2027-03-10 2028-02-27 2029-02-15 2030-02-05 "
            "2031-01-25 2032-01-14"
        ).split(),
        None,
    ),
    "eid al-adha": (
        4,
        (
            "2024-06-16 2025-06-06 2026-05-27 2027-05-16 2028-05-05 2029-04-24 2030-04-13 "
            "2031-04-02 2032-03-22"
        ).split(),
        None,
    ),
    "ramadan": (
        29,
        (
            "2024-03-11 2025-03-01 2026-02-18 2027-02-08 2028-01-28 2029-01-16 2030-01-06 "
            "2030-12-26 2031-12-15"
        ).split(),
        None,
    ),
}
_ISLAMIC_YEAR = 354.37


def _festival_days(name: str, year_from: int) -> list[tuple[date, date]]:
    """(first day, last day) of ``name`` from ``year_from`` on, a few years ahead."""
    length, days, approx = FESTIVALS[name]
    starts = [date.fromisoformat(d) for d in days]
    last = starts[-1]
    for year in range(last.year + 1, year_from + 3):
        if approx:
            starts.append(date(year, *approx))
        else:
            while last.year < year:
                last += timedelta(days=_ISLAMIC_YEAR)
                starts.append(last)
    return [(s, s + timedelta(days=length - 1)) for s in starts if s.year >= year_from - 1]


# Feasts that move with Easter: (first day, last day) in days from Easter Sunday. Carnival runs
# from the Saturday before Ash Wednesday to Shrove Tuesday (Mardi Gras); Lent from Ash Wednesday
# to Holy Saturday; Ascension is the 40th day; Pentecost (Whitsun) Sunday and Whit Monday.
EASTER_FEASTS = {
    "carnival": (-51, -47),
    "lent": (-46, -1),
    "ascension": (39, 39),
    "pentecost": (49, 50),
}


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first_day = date(year, 11, 1)
    return first_day + timedelta(days=(3 - first_day.weekday()) % 7 + 21)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month: Labor Day is the first Monday of September."""
    first_day = date(year, month, 1)
    return first_day + timedelta(days=(weekday - first_day.weekday()) % 7 + 7 * (n - 1))


def holiday_periods(name: str, year: int) -> list[tuple[date, date]]:
    """(first day, last day) of a holiday or festival in ``year`` and the years around it."""
    out = []
    for y in (year - 1, year, year + 1):
        if name == "christmas":
            out.append((date(y, 12, 20), date(y + 1, 1, 4)))  # the holidays around it
        elif name == "summer holidays":
            out.append((date(y, 7, 20), date(y, 9, 4)))  # schools out until early September
        elif name == "easter":
            sunday = easter(y)
            out.append((sunday - timedelta(days=2), sunday + timedelta(days=1)))
        elif name == "easter holidays":
            sunday = easter(y)
            out.append((sunday - timedelta(days=7), sunday + timedelta(days=8)))
        elif name in EASTER_FEASTS:  # Carnival, Lent, Ascension, Pentecost: counted from Easter
            sunday = easter(y)
            first_day, last_day = EASTER_FEASTS[name]
            out.append((sunday + timedelta(days=first_day), sunday + timedelta(days=last_day)))
        elif name == "pongal":  # Thai Pongal / Makar Sankranti: 14 January, four days
            out.append((date(y, 1, 14), date(y, 1, 17)))
        elif name == "thanksgiving":
            day = thanksgiving(y)
            out.append((day, day + timedelta(days=3)))
        elif name == "black friday":  # the day after Thanksgiving to Cyber Monday
            day = thanksgiving(y)
            out.append((day + timedelta(days=1), day + timedelta(days=4)))
        elif name == "canadian thanksgiving":  # the second Monday of October, its long weekend
            day = nth_weekday(y, 10, 0, 2)
            out.append((day - timedelta(days=2), day))
        elif name == "labor day":  # US and Canada: the first Monday of September, its weekend
            day = nth_weekday(y, 9, 0, 1)
            out.append((day - timedelta(days=2), day))
    if name in FESTIVALS:
        out = _festival_days(name, year)
    out += feast_days(name, year)
    if name == "eid":
        out = _festival_days("eid al-fitr", year) + _festival_days("eid al-adha", year)
    return sorted(out)


def holiday_wait(name: str, said_at: date, after: bool) -> date:
    """The day someone waiting "till" (or "after", ``after``) a holiday is open again: its next
    occurrence not yet over on the day said (its first day, or the day after it). The wait is
    read to the month; the day is kept beside it, so that "after Easter" said in January holds
    through a March whose last days Easter takes."""
    if name == "holidays":  # "the holidays": the summer's from May to August, else Christmas
        name = "summer holidays" if 5 <= said_at.month <= 8 else "christmas"
    if name == "school holidays":  # the next of Easter, the summer and Christmas
        name = min(
            ("easter holidays", "summer holidays", "christmas"),
            key=lambda n: next(e for s, e in holiday_periods(n, said_at.year) if e >= said_at),
        )
    periods = holiday_periods(name, said_at.year)
    start, end = next((s, e) for s, e in periods if e >= said_at)
    if after:
        # "back after Koningsdag" said two days after it: that one, now passed - not next year's
        last = [e for s, e in periods if e < said_at]
        if last and (said_at - last[-1]).days <= JUST_AFTER_DAYS and (start - said_at).days > 120:
            end = last[-1]
    day = end + timedelta(days=1) if after else max(start, said_at)
    return day


# A feast said up to two weeks after it ended is that one, now passed ("back after Easter" said
# in Easter week's next week); said later, the next one.
JUST_AFTER_DAYS = 14


def school_resumes(said_at: date) -> date:
    """The month schools go back after the next school holiday (Easter, summer, Christmas)."""
    day = holiday_wait("school holidays", said_at, after=True)
    return date(day.year, day.month, 1)
