"""A stance given up for another: "used to insist on remote, now fine with 2 days in", "was open
to relo last year, not anymore", "was fine with hybrid until he moved to Cornwall - remote only
now". The past one is dropped where the present names the same facet, turned over by "not any
more" / "fine with it now", and dropped otherwise. ``reading.reader`` asks it of a note that says
"now".
"""

from __future__ import annotations

import re

from reading.conditions import Condition
from reading.reader_collector import Collector

# A stance given up for another: "used to insist on remote, now fine with 2 days in", "was open to
# relo last year, not anymore", "was fine with hybrid until he moved to Cornwall - remote only now".
NOW = re.compile(
    r"\b(?:now|nowadays|these days|any ?more|no longer|since then|this time(?: round| around)?)\b"
)
# The past a stance was held in: a time ("last year", "back in 2023", "last time round") or a
# verb in the past tense ("needed sponsorship last time", "only wanted contract work").
_PAST = re.compile(
    r"\b(?:used to|use to|previously|in the past|back then|at first|originally|at one point|was|were|"
    r"had been|last (?:time|year|round|go)|back in (?:(?:\w+ )?(?:19|20)\d\d|the day)|at the time|needed|wanted|insisted|refused|"
    r"would(?:n't| not) (?:consider|look at|do|entertain))\b"
)
_PART_BREAK = re.compile(r"[,;.!?\n]|\s[-–—]\s|\b(?:but|though|although|however|whereas)\b")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
_STILL = re.compile(r"\b(?:still|too|also|as well|again)\b")
_NOW_FINE = re.compile(
    r"\b(?:fine|ok|okay|happy|open|keen|comfortable|good|likes?|enjoys?|come round|came round|"
    r"warmed (?:up )?to|relaxed|up for|willing|cool|alright|all right|no (?:problem|issue))\b"
)
_NOW_NOT = re.compile(r"\b(?:not|no longer|never|done|over it|off it|nope)\b|n't\b")
_FLIP = {"wish": "avoid", "must": "avoid", "avoid": "wish"}


def current_stance(t: str, out: Collector) -> list[Condition]:
    """Conditions with a stance given up replaced by the one held now: the past one is dropped when
    the present names the same facet, turned over by "not any more" / "fine with it now", and
    dropped otherwise."""
    items = list(out.items)
    for now in NOW.finditer(t):
        start = max(
            (m.end() for m in _PART_BREAK.finditer(t, max(0, now.start() - 120), now.start())),
            default=0,
        )
        stop = _PART_BREAK.search(t, now.end())
        stop = stop.start() if stop else len(t)
        # the past said in the same sentence ("; " and " - " join the two halves)
        sentence = max((m.end() for m in _SENTENCE_STOP.finditer(t, 0, start)), default=0)
        past = list(_PAST.finditer(t, max(sentence, start - 120), start))
        if not past:
            continue
        p = past[0].start()
        now_part = t[start:stop]
        if _STILL.search(now_part):
            continue  # "remote only, was last year too": nothing given up

        def span(c):
            return out.at.get(id(c), (-1, -1))

        gone = [c for c in items if c.facet not in ("contact", "wait") and p <= span(c)[0] < start]
        if not gone:
            continue
        current = {c.facet for c in items if start <= span(c)[0] < stop}
        kept = []
        for c in items:
            if c not in gone:
                kept.append(c)
                continue
            if c.facet in current or (c.facet == "location" and "relocation" in current):
                continue  # "used to insist on remote, now fine with 2 days in"
            if c.facet == "location" and any(g.facet == "relocation" for g in gone):
                continue  # the place of a move given up
            if _NOW_FINE.search(now_part) and not _NOW_NOT.search(now_part):
                if c.polarity == "avoid":  # "used to hate Django, fine with it now"
                    kept.append(_turned(c, "wish"))
                continue
            if _NOW_NOT.search(now_part):
                kept.append(_turned(c, _FLIP[c.polarity]))  # "was open to relo, not anymore"
            # otherwise the stance is simply past
        items = kept
    return items


def _turned(c: Condition, polarity: str) -> Condition:
    value = dict(c.value)
    if c.facet == "relocation":
        value["willing"] = not value.get("willing")
        polarity = "wish" if value["willing"] else "must"
    return Condition(c.facet, polarity, value, c.start, c.end, c.confidence, c.method, c.said_at)
