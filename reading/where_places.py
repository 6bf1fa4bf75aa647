"""The place a clause names after a move or a journey, and whether it is the person's to refuse.

"won't relocate to Berlin or Munich" (the place listed after the refused one is refused too),
"to the Hague", "Declined — commute." (a bare reason after a decline), "won't relocate unless
it's Cape Town" (the one exception), a place said to be fine or home after a break. Helpers of
``reading.where``.
"""

from __future__ import annotations

import re

from reading import mobility
from reading.clauses import Clause
from reading.normalise import Normalised
from reading.places import DISTRICT_BEFORE

MOVE_NAMED_AFTER = re.compile(r"\b(?:relocat\w*|mov(?:e|ing)) to\b")
# A place said to be fine or home, after a break: the place they are content with.
FINE_AFTER = re.compile(
    r"\W*(?:(?:is|'s|are|would be|will be|be)\W+(?:\w+\W+)?(?:home|fine|ok|okay|good|great|perfect|"
    r"doable|where (?:i|he|she|they|we)\b)|suits?\b|works?\b|(?:i|he|she|they)(?:'d| would)? "
    r"(?:love|like|prefer)\b)"
)
AFTER_A_BREAK = re.compile(r"(?:[,;:]|\s[-–—]|^)\s*(?:but\s+|though\s+|whereas\s+)?$")


# "Declined — commute.": the reason named after a decline is what they turned down.
_DECLINED_BEFORE = re.compile(
    r"\b(?:declined|decl|turned (?:it |us |the \w+ )?down|withdrew|pulled out|rejected)\W*$"
)


def declined_for(t: str, clause: Clause, seg: str) -> bool:
    """Whether a bare reason (a clause of a few words) follows a decline."""
    return len(seg.split()) <= 3 and bool(
        _DECLINED_BEFORE.search(t[max(0, clause.start - 40) : clause.start])
    )


def anchored(t: str, start: int, refused_here: bool) -> bool:
    """Whether a move was refused in this clause or the ones before it."""
    if refused_here:
        return True
    reloc = mobility.relocation(t[max(0, start - 120) : start])
    return bool(reloc) and not reloc[0]


def alternative(t: str, start: int) -> bool:
    """ "won't relocate to Berlin or Munich": a place listed after the refused one."""
    return bool(re.search(r"\b(?:or|nor)\W*$", t[max(0, start - 6) : start]))


def to_a_place(t: str, start: int, end: int, norm: Normalised) -> bool:
    return place_after(t, start, end, norm) is not None


_TO_PLACE = r"\W*(?:back )?(?:to|for|into|in)\W+"


def place_after(
    t: str, start: int, end: int, norm: Normalised, lead: str = _TO_PLACE
) -> str | None:
    found = place_span_after(t, start, end, norm, lead)
    return found[0] if found else None


def place_span_after(
    t: str, start: int, end: int, norm: Normalised, lead: str = _TO_PLACE
) -> tuple[str, int, int] | None:
    """(place, start, end) of the place right after ``lead`` at ``t[start:end]``."""
    m = re.match(lead, t[start:end])
    if not m:
        return None
    rest_start = start + m.end()
    for place, a, b in mobility.places(
        t[rest_start:end], norm.source, lambda p: norm.origin(p + rest_start)
    ):
        if a == 0 or re.fullmatch(
            rf"\s*(?:the|{DISTRICT_BEFORE})?\s*", t[rest_start : rest_start + a]
        ):
            return place, rest_start + a, rest_start + b  # "to the Hague", "to Downtown Toronto"
    return None


# A refused move with its one exception: "won't relocate unless it's Cape Town", "not moving
# anywhere except Lisbon", "won't relocate, except maybe to Berlin".
EXCEPT = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:unless|except|other than|apart from|save|but)\W+(?:(?:maybe|perhaps|"
    r"possibly|probably|for|to|in|it'?s|it is|it was|it were|that's|if it'?s)\W+)*"
)
