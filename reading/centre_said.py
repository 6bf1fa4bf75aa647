"""The middle of town judged on its own: "Downtown is fine now", "the CBD is too far" - a journey
there accepted or refused, as "commuting downtown is fine" is. Read by ``reading.where`` for each
clause; the centre is whichever town the role is in (``matching.verdict``).
"""

from __future__ import annotations

import re

from reading.direction import overlaps
from reading.where_commute import CENTRES, centre_name

_JUDGED = re.compile(
    r"\b(?P<centre>"
    + "|".join(sorted(map(re.escape, CENTRES), key=len, reverse=True))
    + r")(?:\s+\w+)?\s+(?:is|'s|would be|will be)\s+(?:(?P<fine>fine|ok|okay|doable|grand|manageable|"
    r"no problem|not a problem|easy)|(?P<far>too far|a no|too much|a nightmare|out))\b"
)


def centre_judged(t: str, start: int, end: int, out, taken: list) -> None:
    """A journey to the centre accepted or refused in ``t[start:end]``."""
    m = _JUDGED.search(t, start, end)
    if not m or overlaps(m.start(), m.end(), taken):
        return
    if re.search(
        r"\b(?:not|never|isn't|wasn't)\b|n't\b", t[max(start, m.start() - 20) : m.start()]
    ):
        return  # "it's not that downtown is fine": too tangled to read
    polarity = "wish" if m["fine"] else "avoid"
    out.add(
        "commute",
        polarity,
        {"minutes": None, "to": centre_name(m["centre"])},
        m.start(),
        m.end(),
        0.7,
        "rule:commute",
    )
    taken.append(m.span())
