"""Holidays and feasts a wait can name beyond the common ones in ``reading.calendar``: Three
Kings (6 January), the Mexican Guadalupe-Reyes stretch (12 December to 6 January), Obon (mid
August), Holy Week (Semana Santa: Palm Sunday to Easter Sunday), Japan's Golden Week (29 April
to 5 May), the Dutch King's Day (Koningsdag, 27 April) and Sinterklaas (5 and 6 December).

Kept apart from ``reading.calendar``'s own table so that either can grow without touching the
other; ``reading.calendar`` asks here for the days of any name it does not know itself.
"""

from __future__ import annotations

from datetime import date, timedelta

from reading.easter import easter

# How a note names each one (the normalised English; ``reading.foreign`` rewrites the local
# names - "Reyes", "Trzech Króli", "Semana Santa", "お盆" - to these).
FEAST_WORDS = (
    r"(?:the )?three kings(?:'? day)?|(?:the )?epiphany|(?:the )?guadalupe-reyes(?: marathon)?|"
    r"(?:the )?o-?bon(?: holidays?| festival)?|(?:the )?bon festival|(?:the )?holy week|"
    # "GW" is Golden Week only right after a word of waiting ("nothing until after GW")
    r"(?:the )?golden week(?: holidays?)?|(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until )|"
    r"(?<=before ))gw|koningsdag|koninginnedag|(?:the )?king'?s ?day|sinterklaas(?:avond)?|pakjesavond|"
    # Test cricket with fixed days: the Boxing Day Test (Melbourne, from 26 December) and the
    # New Year's (Sydney, "Pink") Test in the first days of January. The Ashes or a World Cup
    # move from year to year and are not here.
    r"(?:the )?boxing day test|(?:the )?(?:sydney|new year'?s?|pink) test"
)
# (word in what was said, name) - looked for before the common holidays' words.
FEAST_NAMES = (
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
    ("boxing day test", "boxing day test"),
    ("sydney test", "sydney test"),
    ("pink test", "sydney test"),
    ("new year's test", "sydney test"),
    ("new years test", "sydney test"),
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
        elif name == "boxing day test":
            out.append((date(y, 12, 26), date(y, 12, 31)))  # five days, then New Year's Eve
        elif name == "sydney test":
            out.append((date(y, 1, 3), date(y, 1, 7)))
        elif name == "golden week":  # Shōwa Day to Children's Day
            out.append((date(y, 4, 29), date(y, 5, 5)))
        elif name == "king's day":
            out.append((date(y, 4, 27), date(y, 4, 27)))
        elif name == "sinterklaas":  # pakjesavond (the 5th) and the saint's day
            out.append((date(y, 12, 5), date(y, 12, 6)))
        elif name == "holy week":
            sunday = easter(y)
            out.append((sunday - timedelta(days=7), sunday))
    return out
