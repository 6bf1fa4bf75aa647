"""Holidays and feasts a wait can name beyond the common ones in ``reading.calendar``: Three
Kings (6 January), the Mexican Guadalupe-Reyes stretch (12 December to 6 January), Obon (mid
August), Holy Week (Semana Santa: Palm Sunday to Easter Sunday), Japan's Golden Week (29 April
to 5 May), the Dutch King's Day (Koningsdag, 27 April), Sinterklaas (5 and 6 December), Boxing
Day, Songkran (13-15 April), the Super Bowl, the Calgary Stampede, Québec's construction holiday, Pohela Boishakh (the Bengali New Year, 14 April in Bangladesh), Ferragosto (15 August), the long weekends of a Monday holiday
(``MONDAY_HOLIDAYS``: Victoria Day, Memorial Day, the King's Birthday, the UK's bank holidays) and
the Jewish holidays (Rosh Hashanah, Yom Kippur, Sukkot, "the chagim", Hanukkah, Purim, Passover /
Pesach, Shavuot), computed from the Hebrew calendar for any year.

Kept apart from ``reading.calendar``'s own table so that either can grow without touching the
other; ``reading.calendar`` asks here for the days of any name it does not know itself.
"""

from __future__ import annotations

from datetime import date, timedelta

from reading import anz_fixtures
from reading.easter import easter, orthodox_easter
from reading.industry_events import EVENT_NAMES, EVENT_WORDS, event_days

# The churches whose Easter is the Orthodox one: "after Greek Easter", "till Orthodox Easter".
ORTHODOX_CHURCHES = (
    *("orthodox", "greek", "russian", "serbian", "romanian", "bulgarian", "ukrainian", "georgian"),
    *("coptic", "ethiopian", "eritrean"),
)
# How a note names each one (the normalised English; ``reading.foreign`` rewrites the local
# names - "Reyes", "Trzech Króli", "Semana Santa", "お盆" - to these).
FEAST_WORDS = (
    # Monday holidays and their long weekends (``MONDAY_HOLIDAYS``): "after Victoria Day", "till
    # the May long weekend", "after Memorial Day weekend", "not before the King's Birthday long
    # weekend", "after the May bank holiday"
    r"victoria day(?: (?:long )?weekend)?|(?:the )?may (?:long weekend|two-four|2-4)(?: weekend)?|"
    r"memorial day(?: (?:long )?weekend)?|(?:the )?(?:king|queen)'?s birthday(?: (?:long )?weekend)?|"
    r"(?:the )?(?:(?:early|first) )?may(?: day)? bank holiday(?: weekend| monday)?|"
    r"(?:the )?(?:spring|late may|last may) bank holiday(?: weekend| monday)?|"
    r"(?:the )?(?:august|summer) bank holiday(?: weekend| monday)?|"
    r"(?:the )?three kings(?:'? day)?|(?:the )?epiphany|(?:the )?guadalupe-reyes(?: marathon)?|"
    r"(?:the )?o-?bon(?: holidays?| festival)?|(?:the )?bon festival|(?:the )?holy week|"
    # "GW" is Golden Week only right after a word of waiting ("nothing until after GW")
    r"(?:the )?golden week(?: holidays?)?|(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until )|"
    r"(?<=before ))gw|koningsdag|koninginnedag|(?:the )?king'?s ?day|sinterklaas(?:avond)?|pakjesavond|"
    # Test cricket with fixed days: the Boxing Day Test (Melbourne, from 26 December) and the
    # New Year's (Sydney, "Pink") Test in the first days of January. The Ashes or a World Cup
    # move from year to year and are not here.
    r"(?:the )?boxing day test|"
    # Orthodox Easter, weeks after the Western one in most years: "after Greek Easter", "till
    # Orthodox Easter", "not before Pascha" (``reading.foreign`` rewrites Paște, Великден, Πάσχα)
    rf"(?:(?:the )?(?:{'|'.join(ORTHODOX_CHURCHES)}) easter|pascha)(?: holidays?| break| weekend)?|"
    # North American fixtures a trade plans around: the Super Bowl (the second Sunday of
    # February) and the Calgary Stampede (ten days from the first Friday on or after 3 July) -
    # "not till after the Super Bowl", "busy until the Stampede's done"
    r"(?:the )?super ?bowl(?: sunday| weekend)?|(?:the (?:calgary )?|calgary )stampede|"
    # Québec's construction holiday, the last two full weeks of July ("les vacances de la
    # construction", rewritten by ``reading.foreign``): "back after the construction holiday"
    r"(?:the )?(?:qu[ée]bec )?construction (?:holidays?|holiday weeks|break|shutdown)|"
    # Fixed days a season or a store's peak turns on: Boxing Day (26 December, the sales), Thai
    # New Year (Songkran, 13-15 April), the Italian August holiday (Ferragosto, the 15th)
    r"boxing day(?! test)|songkran|(?:the )?thai new year|ferragosto|"
    # National days with fixed dates: Anzac Day (AU/NZ), Waitangi Day (NZ), Australia Day, Canada
    # Day, Heritage Day (ZA), St Patrick's Day (IE): "not going anywhere until after Anzac Day"
    r"anzac(?: day)?|waitangi(?: day)?|australia day|canada day|heritage day|"
    # the Bengali New Year, 14 April in Bangladesh: "after Pohela Boishakh", "till Pahela Baishakh"
    r"p[oa](?:hela|ila|yla|hla) b[oa]i?sh?akh|(?:the )?(?:bengali|bangla) new year|nobo ?b[oa]rsh[oa]|"
    r"(?:st\.? |saint )?patrick'?s day|paddy'?s day|(?:the )?(?:sydney|new year'?s?|pink) test|"
    # The Jewish holidays, in their common English spellings (Hanukkah and Passover are in
    # ``reading.waits``' own list): "after Pesach", "not before the chagim", "till Sukkot"
    r"pesa(?:ch|h)|pessach|hann?uk?kah?|chann?uk?kah?|rosh hasha(?:nah?|nnah)|rosh hashonah|"
    r"yom kipp?ur|sukk?(?:ot|os|oth)|succ?(?:ot|os|oth)|(?:the )?feast of tabernacles|"
    r"simc?hat torah|shemini atzeret|purim|shavu(?:ot|os|oth)|(?:the )?(?:chagg?im|hagim|"
    r"high holy ?days|high holidays|jewish holidays|tishrei holidays|jewish new year)|"
    # trade fairs, festivals and award shows (``reading.industry_events``); Matariki, the
    # Melbourne Cup and the Australian Open (``reading.anz_fixtures``)
    + EVENT_WORDS
    + "|"
    + anz_fixtures.WORDS
)
# (word in what was said, name) - looked for before the common holidays' words.
FEAST_NAMES = (
    *anz_fixtures.NAMES,
    ("victoria", "victoria day"),
    ("may long", "victoria day"),
    ("may two", "victoria day"),
    ("may 2", "victoria day"),
    ("memorial", "memorial day"),
    ("birthday", "king's birthday"),
    ("spring bank", "spring bank holiday"),
    ("late may bank", "spring bank holiday"),
    ("last may bank", "spring bank holiday"),
    ("may bank", "may bank holiday"),
    ("may day bank", "may bank holiday"),
    ("august bank", "august bank holiday"),
    ("summer bank", "august bank holiday"),
    ("three kings", "three kings"),
    ("epiphany", "three kings"),
    ("guadalupe", "guadalupe-reyes"),
    ("bon", "obon"),
    ("holy week", "holy week"),
    ("golden week", "golden week"),
    ("gw", "golden week"),
    ("koning", "king's day"),
    ("king", "king's day"),
    ("sinterklaas", "sinterklaas"),
    ("pakjesavond", "sinterklaas"),
    ("super", "super bowl"),
    ("stampede", "stampede"),
    ("construction", "construction holiday"),
    *((f"{church} easter", "orthodox easter") for church in ORTHODOX_CHURCHES),
    ("pascha", "orthodox easter"),
    ("boxing day test", "boxing day test"),
    ("boxing day", "boxing day"),
    ("songkran", "songkran"),
    ("thai new year", "songkran"),
    ("ferragosto", "ferragosto"),
    ("shakh", "pohela boishakh"),
    ("sakh", "pohela boishakh"),
    ("bengali new year", "pohela boishakh"),
    ("bangla new year", "pohela boishakh"),
    ("borsho", "pohela boishakh"),
    ("barsho", "pohela boishakh"),
    ("anzac", "anzac day"),
    ("waitangi", "waitangi day"),
    ("australia day", "australia day"),
    ("canada day", "canada day"),
    ("heritage day", "heritage day"),
    ("patrick", "st patrick's day"),
    ("paddy", "st patrick's day"),
    ("sydney test", "sydney test"),
    ("pink test", "sydney test"),
    ("new year's test", "sydney test"),
    ("new years test", "sydney test"),
    ("pesa", "passover"),
    ("pessach", "passover"),
    ("passover", "passover"),
    ("anuk", "hanukkah"),
    ("annuk", "hanukkah"),
    ("rosh hash", "rosh hashanah"),
    ("jewish new year", "rosh hashanah"),
    ("kip", "yom kippur"),
    ("simc", "simchat torah"),
    ("simhat", "simchat torah"),
    ("atzeret", "simchat torah"),
    ("ukk", "sukkot"),
    ("ukot", "sukkot"),
    ("ukos", "sukkot"),
    ("succ", "sukkot"),
    ("tabernacles", "sukkot"),
    ("purim", "purim"),
    ("shavu", "shavuot"),
    ("chag", "chagim"),
    ("hagim", "chagim"),
    ("high holidays", "chagim"),
    ("jewish holidays", "chagim"),
    ("tishrei", "chagim"),
    ("high holy", "high holy days"),
    *EVENT_NAMES,
)


def feast_days(name: str, year: int) -> list[tuple[date, date]]:
    """(first day, last day) of ``name`` in ``year`` and the years around it; [] if unknown."""
    out = []
    for y in (year - 1, year, year + 1):
        if name == "three kings":
            out.append((date(y, 1, 6), date(y, 1, 6)))
        elif name == "guadalupe-reyes":
            out.append((date(y, 12, 12), date(y + 1, 1, 6)))
        elif name == "obon":
            out.append((date(y, 8, 13), date(y, 8, 16)))
        elif name == "orthodox easter":  # Good Friday to Easter Monday, as Western Easter's
            sunday = orthodox_easter(y)
            out.append((sunday - timedelta(days=2), sunday + timedelta(days=1)))
        elif name == "boxing day test":
            out.append((date(y, 12, 26), date(y, 12, 31)))  # five days, then New Year's Eve
        elif name == "super bowl":  # the second Sunday of February
            sunday = date(y, 2, 1) + timedelta(days=(6 - date(y, 2, 1).weekday()) % 7 + 7)
            out.append((sunday, sunday))
        elif name == "stampede":
            friday = date(y, 7, 3) + timedelta(days=(4 - date(y, 7, 3).weekday()) % 7)
            out.append((friday, friday + timedelta(days=9)))
        elif name == "construction holiday":  # the two weeks from July's second-last Sunday
            last = date(y, 7, 31) - timedelta(days=(date(y, 7, 31).weekday() + 1) % 7)
            out.append((last - timedelta(days=7), last + timedelta(days=6)))
        elif name == "songkran":
            out.append((date(y, 4, 13), date(y, 4, 15)))
        elif name == "sydney test":
            out.append((date(y, 1, 3), date(y, 1, 7)))
        elif name in MONDAY_HOLIDAYS:  # the long weekend: Saturday to the Monday
            monday = MONDAY_HOLIDAYS[name](y)
            out.append((monday - timedelta(days=2), monday))
        elif name in _NATIONAL_DAYS:
            month, day = _NATIONAL_DAYS[name]
            out.append((date(y, month, day), date(y, month, day)))
        elif name == "golden week":  # Shōwa Day to Children's Day
            out.append((date(y, 4, 29), date(y, 5, 5)))
        elif name == "king's day":
            out.append((date(y, 4, 27), date(y, 4, 27)))
        elif name == "sinterklaas":  # pakjesavond (the 5th) and the saint's day
            out.append((date(y, 12, 5), date(y, 12, 6)))
        elif name == "holy week":
            sunday = easter(y)
            out.append((sunday - timedelta(days=7), sunday))
        elif name in JEWISH_HOLIDAYS:
            out.append(jewish_holiday(name, y))
    return out + event_days(name, year) + anz_fixtures.fixture_days(name, year)


def _monday_on_or_before(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _first_monday(year: int, month: int) -> date:
    return _monday_on_or_before(date(year, month, 7))


# Holidays kept on a Monday, by the day it falls on in a year. Where countries or states differ the
# common one is kept: the King's Birthday is the second Monday of June (most Australian states;
# New Zealand's is a week earlier, Western Australia's and Queensland's in the spring); "the May
# bank holiday" is the UK's early May one, and the August one is England's last Monday (Scotland's
# first). Labour Day is ``reading.calendar``'s (the US and Canada, September).
MONDAY_HOLIDAYS = {
    # Canada: the Monday before 25 May, "the May long weekend", "May two-four"
    "victoria day": lambda y: _monday_on_or_before(date(y, 5, 24)),
    "memorial day": lambda y: _monday_on_or_before(date(y, 5, 31)),  # the US: May's last Monday
    "king's birthday": lambda y: _first_monday(y, 6) + timedelta(days=7),
    "may bank holiday": lambda y: _first_monday(y, 5),
    "spring bank holiday": lambda y: _monday_on_or_before(date(y, 5, 31)),
    "august bank holiday": lambda y: _monday_on_or_before(date(y, 8, 31)),
}


_NATIONAL_DAYS = {
    "anzac day": (4, 25),
    "waitangi day": (2, 6),
    "australia day": (1, 26),
    "canada day": (7, 1),
    "heritage day": (9, 24),
    "st patrick's day": (3, 17),
    "boxing day": (12, 26),
    "ferragosto": (8, 15),
    "pohela boishakh": (4, 14),
}


# The Jewish holidays, as (first day, last day) counted from the day they are fixed to in the
# Hebrew calendar. Each begins at sundown, so the first day here is the evening it starts (the
# seder night, the first candle). Passover is 15-22 Nisan (eight days, as kept outside Israel),
# Shavuot 6-7 Sivan, Purim 14 Adar (Adar II in a leap year) and Shushan Purim; Rosh Hashanah is
# 1-2 Tishrei, Yom Kippur 10 Tishrei, Sukkot 15 Tishrei to Simchat Torah on the 23rd; "the
# chagim" (the High Holidays) run from Rosh Hashanah to Simchat Torah, "the high holy days" to
# Yom Kippur; Hanukkah is 25 Kislev for eight days.
JEWISH_HOLIDAYS = frozenset(
    {
        "passover",
        "shavuot",
        "purim",
        "rosh hashanah",
        "yom kippur",
        "sukkot",
        "simchat torah",
        "chagim",
        "high holy days",
        "hanukkah",
    }
)
# From 1 Tishrei (Rosh Hashanah) of the year that starts in the autumn: (first, last) day.
_FROM_ROSH_HASHANAH = {
    "rosh hashanah": (-1, 1),
    "yom kippur": (8, 9),
    "sukkot": (13, 22),
    "simchat torah": (20, 22),
    "chagim": (-1, 22),
    "high holy days": (-1, 9),
}
# From 15 Nisan (Passover's first day) in the spring: (first, last) day.
_FROM_PASSOVER = {"passover": (-1, 7), "shavuot": (49, 51), "purim": (-31, -29)}


def jewish_holiday(name: str, year: int) -> tuple[date, date]:
    """(first day, last day) of a Jewish holiday in the Gregorian ``year``. Passover's first day
    is always 163 days before the next Rosh Hashanah (Nisan to Elul have fixed lengths), Purim
    30 days before it and Shavuot 50 days after; Hanukkah's 25 Kislev is 83 days after Rosh
    Hashanah, 84 in a "complete" year (Heshvan of 30 days: a year of 355 or 385 days)."""
    new_year = rosh_hashanah(year + 3761)  # the Hebrew year that begins in this autumn
    if name in _FROM_PASSOVER:
        first_day, last_day = _FROM_PASSOVER[name]
        passover = new_year - timedelta(days=163)
        return passover + timedelta(days=first_day), passover + timedelta(days=last_day)
    if name == "hanukkah":
        length = (rosh_hashanah(year + 3762) - new_year).days
        first_day = new_year + timedelta(days=84 if length in (355, 385) else 83)
        return first_day - timedelta(days=1), first_day + timedelta(days=7)
    first_day, last_day = _FROM_ROSH_HASHANAH[name]
    return new_year + timedelta(days=first_day), new_year + timedelta(days=last_day)


# The Hebrew calendar's arithmetic (Reingold and Dershowitz, "Calendrical Calculations"): a new
# year falls on the day of the mean new moon (the molad) of Tishrei, moved a day or two by the
# postponement rules. Checked against published calendars for 2024-2030 (tests/test_reader_
# jewish_holidays.py); it holds for any year.
_HEBREW_EPOCH = -1373427  # 1 Tishrei AM 1 as a proleptic Gregorian ordinal (date.toordinal)


def rosh_hashanah(hebrew_year: int) -> date:
    """1 Tishrei of ``hebrew_year`` (5787 began on 12 September 2026)."""
    return date.fromordinal(
        _HEBREW_EPOCH + _elapsed_days(hebrew_year) + _year_length_correction(hebrew_year)
    )


def _elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19  # months before this year, at 235 in every 19 years
    parts = 12084 + 13753 * months  # the molad, in parts of an hour (1080 to the hour)
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day  # not on a Sunday, Wednesday or Friday


def _year_length_correction(year: int) -> int:
    before, this, after = _elapsed_days(year - 1), _elapsed_days(year), _elapsed_days(year + 1)
    if after - this == 356:  # a year may not last 356 days
        return 2
    if this - before == 382:  # nor a leap year 382
        return 1
    return 0
