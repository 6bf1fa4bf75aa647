"""How long a clearance runs: "SC held at MOJ till 2029", "NV1 valid to 2028", "DV expires
Mar 2030", the ATS's "SC live till 28".

The date after a clearance says when it lapses, not when the person is free to talk: it is no
wait. Against the day it was said it also tells whether the clearance is held now - a year to
come is a clearance held ("SC held till 2029"), a year gone one that has lapsed ("held NV1 at
ASD till 2025").
"""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "till 2029", "until March 2028", "to end 2027", "expires 2030", "till 28" (a bare two-digit
# year only where nothing follows it in the clause, so "till 28 March" stays a day)
_RUNS_TILL = re.compile(
    r"\b(?:till|til|until|to|thru|through|expires?|expiring|expiry|exp|lapses|valid to)\s+"
    r"(?:(?:the )?end(?: of)?\s+|early\s+|mid[- ]?|late\s+)?"
    rf"(?:{_MONTH}\s+|\d{{1,2}}/)?"
    r"(?:(?P<full>20\d\d)\b|'?(?P<short>\d\d)(?=\s*(?:[.,;)!]|-|$)))"
)
# What may stand between the clearance and its date: a few words, no new sentence or clause
# about being free ("SC cleared, free after March" is a wait).
_BETWEEN = re.compile(
    r"[^.;!?\n]{0,30}?(?=\b(?:till|til|until|to|thru|through|expires?|expiring|expiry|exp|"
    r"lapses|valid to)\b)"
)
_FREE_WORDS = re.compile(
    r"\b(?:availab\w*|free|open|wait\w*|contact|call|notice|leave|back|start\w*|after|busy)\b"
)


def runs_till(t: str, b: int, end: int) -> tuple[int, int, int] | None:
    """(year, start, end) of the date the clearance mentioned up to ``b`` runs till, said after
    it in the same sentence (which ends at ``end``), or None."""
    gap = _BETWEEN.match(t, b, end)
    if gap is None or _FREE_WORDS.search(gap.group()):
        return None
    found = _RUNS_TILL.match(t, gap.end(), end)
    if found is None:
        return None
    year = int(found.group("full") or "20" + found.group("short"))
    return year, found.start(), found.end()
