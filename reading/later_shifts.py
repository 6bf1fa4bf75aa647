"""Afternoons or evenings asked for alone, and mornings refused: the morning is not worked.

"Only afternoons or evenings", "afternoon shift only", "lates only", "can't do mornings",
"mornings are out" (a nursery run, another job, a partner's shift): the person will not start
before noon, read as ``early_start`` avoid at 12:00, so a 6-to-2 morning shift clashes and a 2-to-10
afternoon shift does not. Twins left alone: someone else's mornings ("my husband works
mornings"), mornings worked before ("did mornings at Lidl"), mornings wanted ("mornings
preferred"), a morning offered beside it ("earlies or lates only"), evenings for a while
("evenings only till year-end"), and the afternoon as a time of day ("calls in the afternoon",
"free afternoons").
"""

from __future__ import annotations

import re

_LATER = (
    r"(?:afternoons?|evenings?|lates|late shifts?|afternoon shifts?|evening shifts?|"
    r"(?:2nd|second) shift|pm shifts?)"
)
_LATER_PAIR = rf"{_LATER}(?:\s*(?:or|and|/|&)\s*{_LATER})?"
# asked for alone: "only afternoons", "afternoons or evenings only", "can only do lates"
_ONLY_LATER = re.compile(
    rf"\b(?:only|just|(?:can|will) only (?:do|work)|only (?:does|do|works|work))\s+(?:the\s+)?"
    rf"(?P<a>{_LATER_PAIR})\b|\b(?P<b>{_LATER_PAIR})\s*(?:only|or nothing)\b"
)
_MORNINGS = (
    r"(?:mornings|morning shifts?|the morning shift|earlies|early shifts?|(?:1st|first) shift)"
)
# mornings refused: "no mornings", "can't do mornings", "mornings are out", "not mornings"
_MORNINGS_REFUSED = re.compile(
    rf"\b(?:no|not|never|can't do|cannot do|can't work|cannot work|won't do|won't work|"
    rf"unable to (?:do|work))\s+(?:the\s+)?{_MORNINGS}\b|"
    rf"\b{_MORNINGS}\s+(?:are|is)\s+(?:out|impossible|not possible|a no)\b"
)
# the morning offered beside it: "earlies or lates only", "days/evenings only"
_EITHER = re.compile(
    r"\b(?:mornings?|earl\w*|days?|day shifts?|(?:1st|first)(?: shift)?)\s*(?:or|/|and|&)\s*$"
)
# for a while only, or not the working day at all: "evenings only till year-end is done"
_FOR_NOW = re.compile(r"\s*(?:till|until|for now|for the moment|this week|this month)\b")
# not theirs, or not now: "my husband works mornings", "used to do afternoons"
_NOT_THEIRS = re.compile(
    r"\b(?:husband|wife|partner|mum|mom|dad|mother|father|used to|previously|did|"
    r"was on|were on|last job|old job|calls?|meetings?|free|interviews?)\b[^.;,]{0,20}$"
)


def find_later_shifts(t: str) -> list[tuple[dict, str, int, int]]:
    """(value, polarity, start, end) of each morning refused in lower-case ``t``."""
    if "morning" not in t and "afternoon" not in t and "evening" not in t and "late" not in t:
        return []
    out: list[tuple[dict, str, int, int]] = []
    for pattern in (_ONLY_LATER, _MORNINGS_REFUSED):
        for m in pattern.finditer(t):
            before = t[max(0, m.start() - 30) : m.start()]
            if _NOT_THEIRS.search(before) or _EITHER.search(before) or _FOR_NOW.match(t, m.end()):
                continue
            out.append(({"kind": "early_start", "time": "12:00"}, "avoid", m.start(), m.end()))
    return out
