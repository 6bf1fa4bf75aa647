"""Dates people asked us to wait for, read from what they told us.

Recruiters write down "not looking until my shares vest in March" or "back from sabbatical
in June 2027" far more often than they fill in a date field. This reads such a sentence and
returns the first day of the month named, resolved to the next such month after the day it
was said. A sentence without a waiting cue ("led the March release") is not a restraint.
"""

import re
from datetime import date

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

_WAITING = re.compile(
    r"\b(until|till|after|from|before|not (?:looking|taking|starting|before)|won't|can only|"
    r"waiting|back from|ends?|vests?|closes|pays out|renewal|finishing|promised|committed|"
    r"notice|once|open again|reconsider|starts)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    r"(?:\s+(?P<year>20\d\d))?\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"\bnot before (?P<iso>20\d\d-\d\d-\d\d)\b", re.IGNORECASE)


def parse_not_before(text: str | None, said_on: date) -> date | None:
    """The first day of the month this sentence asks us to wait for, or None."""
    if not text:
        return None
    iso = _ISO.search(text)
    if iso:
        try:
            return date.fromisoformat(iso["iso"])
        except ValueError:
            return None
    if not _WAITING.search(text):
        return None
    found = []
    for m in _MONTH.finditer(text):
        word = m["month"].lower()
        # "may" is also a verb; only count it with a year or capitalised mid-sentence.
        if word == "may" and not (m["year"] or m["month"][0] == "M"):
            continue
        month = MONTHS[word]
        if m["year"]:
            day = date(int(m["year"]), month, 1)
        else:
            year = said_on.year + (1 if month < said_on.month else 0)
            day = date(year, month, 1)
        if day > said_on:
            found.append(day)
    return max(found, default=None)
