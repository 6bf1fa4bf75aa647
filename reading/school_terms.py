"""School terms as waits: "back in Term 1", "till the end of the autumn term", "after the
summer term".

A school's year is cut into terms, and teachers time a move by them. The UK's three terms
(autumn September to mid-December, spring January to Easter, summer Easter to late July; a
"fall" or "winter" term as North America names them) and the four numbered terms of Australia
and New Zealand (Term 1 from late January or early February to April, Term 2 April to June or
early July, Term 3 July to September, Term 4 October to mid-December). "In" or "till" a term is
the month it starts, "the end of" it the month it ends, "after" it the month after that; the
term is the next one not yet over on the day said, unless a year is named ("Term 1 2027",
"Term 1 next year"). A term left unnamed ("the end of this term") is the one the day said falls
in, or the next one in a break.
"""

from __future__ import annotations

from datetime import date

from reading.calendar import add_months

# (first month, last month) of each term.
_TERMS = {
    "autumn": (9, 12),
    "fall": (9, 12),
    "winter": (1, 4),
    "spring": (1, 3),
    "summer": (4, 7),
    "1": (2, 4),
    "2": (4, 6),
    "3": (7, 9),
    "4": (10, 12),
}


def names_a_term(said: str) -> bool:
    """Whether a season's time expression names a school term ("the autumn term")."""
    return said.endswith(" term")


def term_wait(term: str, mod: str, after_it: bool, year: str | None, said_at: date) -> date:
    """The month a wait on school term ``term`` ("autumn", "1") ends."""
    start, end = _TERMS[term]
    if year == "next year":
        y = said_at.year + 1
    elif year == "this year":
        y = said_at.year
    elif year:
        y = int(year)
    else:
        # the next such term not yet over: said in November, Term 4 is this year's, Term 1 next
        y = said_at.year if said_at.month <= end else said_at.year + 1
    if after_it:
        return add_months(date(y, end, 1), 1)
    if "end" in mod or "late" in mod or "second half" in mod:
        return date(y, end, 1)
    return date(y, start, 1)


def current_term(said_at: date, south: bool) -> str:
    """The term ``said_at`` falls in (the next one in a break): the UK's three, or Australia's
    and New Zealand's four."""
    m = said_at.month
    if south:
        return "1" if m <= 4 else "2" if m <= 6 else "3" if m <= 9 else "4"
    return "spring" if m <= 3 else "summer" if m <= 7 else "autumn"
