"""Days Australians and New Zealanders wait on that no other calendar table holds: Matariki
(New Zealand's public holiday, set each year by the Matariki star cluster), the Melbourne Cup
(the first Tuesday of November, "Cup Day", and the week around it) and the Australian Open (the
last fortnight of January): "busy till Matariki", "nothing until after the Melbourne Cup",
"after the Australian Open".

``reading.feasts`` asks here for the words, the names and the days, as it does of
``reading.industry_events``. A Cup or an Open with no name ("the Cup", "the Open") could be a
World Cup, an America's Cup or a golf Open, so only the named ones are here.
"""

from __future__ import annotations

from datetime import date, timedelta

WORDS = (
    r"matariki(?: (?:weekend|long weekend|holiday|public holiday))?|"
    r"(?:the )?melbourne cup(?: day| week| carnival)?|(?:the )?cup (?:day|week)(?= |$|[.,;!?])|"
    r"(?:the )?australian open(?: tennis)?"
)
# (word in what was said, name)
NAMES = (
    ("matariki", "matariki"),
    ("melbourne cup", "melbourne cup"),
    ("cup day", "melbourne cup"),
    ("cup week", "melbourne cup"),
    ("australian open", "australian open"),
)
# Matariki's Friday, as the Te Kāhui o Matariki Public Holiday Act 2022 sets it.
_MATARIKI = {
    2022: (6, 24),
    2023: (7, 14),
    2024: (6, 28),
    2025: (6, 20),
    2026: (7, 10),
    2027: (6, 25),
    2028: (7, 14),
    2029: (7, 6),
    2030: (6, 21),
    2031: (7, 11),
    2032: (7, 2),
    2033: (6, 24),
    2034: (7, 7),
    2035: (6, 29),
}


def _first_tuesday_of_november(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7)


def fixture_days(name: str, year: int) -> list[tuple[date, date]]:
    """(first day, last day) of ``name`` in ``year`` and the years around it; [] if unknown."""
    out = []
    for y in (year - 1, year, year + 1):
        if name == "matariki":  # the Friday and its long weekend; past the table, late June
            month, day = _MATARIKI.get(y, (6, 28))
            friday = date(y, month, day)
            out.append((friday, friday + timedelta(days=2)))
        elif name == "melbourne cup":  # Cup Day; "after the Cup" is the days after it
            tuesday = _first_tuesday_of_november(y)
            out.append((tuesday, tuesday))
        elif name == "australian open":  # the last two weeks of January, to the men's final
            out.append((date(y, 1, 12), date(y, 1, 31)))
    return out
