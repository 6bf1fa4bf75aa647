"""A place refused only as a daily journey: "won't commute out to Mississauga every day",
"not schlepping to Jersey City from Brooklyn every day", "won't trek out to Stellenbosch daily",
"Gurgaon daily is out for her". The journey there each day is what they refuse, not the place:
a hybrid role there, a day or two a week, is still open, so it is a commute refused with the place
it goes to (and four office days a week at most), not a location refused.
"""

from __future__ import annotations

import re

from reading.gates import gated

_DAILY = r"(?:every ?day|daily|each day|five days a week|5 days a week|every morning)"
# the refusal and the verb of going, before "to" and the place (``t`` is the lower-case copy)
_REFUSED_GOING = gated(
    re.compile(
        r"\b(?:won't|wont|will not|wouldn't|can't|cannot|not|never|refuses? to|no more|not going to)\s+"
        r"(?:(?:be|keep|start)\s+)?(?:commut(?:e|ing)|go(?:ing)?|trek(?:king)?|schlep(?:ping)?|head(?:ing)?|"
        r"travell?(?:ing)?|trail(?:ing)?|slog(?:ging)?|"
        # the road named: "won't do the Federal Highway up to Canberra every day"
        r"do(?:ing)?\s+the\s+(?:[\w-]+\s+){1,3}?)\s*(?:(?:out|in|up|down|over|across|all the way)\s+)?"
        r"(?=(?:to|into)\s)"
    )
)
# after the place: where from, then how often ("from Brooklyn every day")
_DAILY_AFTER = re.compile(rf"(?:\s+from\s+(?:[\w-]+\s+){{0,3}}?)?\s*{_DAILY}\b")
# "Gurgaon daily is out for her", "Canary Wharf every day is a no": the place opens the sentence
_DAILY_IS_OUT = gated(
    re.compile(
        rf"\s+{_DAILY}\s+(?:is|'s)\s+(?:out|a no|a hard no|not happening|off the table|a no-go|"
        r"not an option)\b"
    )
)
_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")


def _place_at(source: str, pos: int) -> tuple[str, int] | None:
    """The capitalised name starting at ``source[pos]`` (a suburb or a business park the
    gazetteer may not hold) and where it ends."""
    m = _NAME.match(source, pos)
    return (m.group(), m.end()) if m else None


def refused_daily(t: str, start: int, end: int, source: str) -> tuple[str, int, int] | None:
    """(place, start, end) of a daily journey refused in ``t[start:end]``, or None. ``t`` is the
    lower-case copy of ``source`` (same offsets when only case changed)."""
    if len(t) != len(source):
        return None  # a rewritten note: its offsets no longer match the words as written
    m = _REFUSED_GOING.search(t, start, end)
    if m:
        to = re.match(r"(?:to|into)\s+(?:the\s+)?", t[m.end() : end])
        found = _place_at(source, m.end() + to.end()) if to else None
        daily = _DAILY_AFTER.match(t, found[1], end) if found else None
        if daily:
            return found[0], m.start(), daily.end()
    out = _DAILY_IS_OUT.search(t, start, end)
    if out:
        head = max(source.rfind(x, 0, out.start()) for x in ".!?;:\n-–—") + 1
        head += len(source[head:]) - len(source[head:].lstrip())
        found = _place_at(source, head)
        if found and found[1] == out.start():
            return found[0], head, out.end()
    return None
