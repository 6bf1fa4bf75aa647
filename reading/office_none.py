"""No office at all: an office refused in whole is remote-only, not just "not five days in".

"no office at all", "zero office days", "zero days in the office", "never working in an office
again", "not an office, whatsoever", "no commuting of any kind": the refusal leaves no day in, so a
hybrid role misses it as surely as an on-site one. Read plainly, "no office" is an on-site refusal
(a hybrid role meets it); with a word that makes it total it becomes remote as a must.

Twins left alone: "no office every day", "not in the office full time" (a full week refused),
"no office on Fridays" (a day refused), "no commute over an hour" (a cap).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reading.conditions import Condition

# What makes the refusal total, right after the office (or commute) it refuses: "at all",
# "whatsoever", "of any kind", "ever again", "again" (after "never"), ", ever".
_TOTAL_AFTER = re.compile(
    r"(?:\s(?:days?|time|visits?|work|based|roles?|jobs?|for me|for (?:him|her|them)))*"
    r"\W{0,3}(?:at all|whatsoever|of any (?:kind|sort)|in any form|ever again|"
    r"(?<=\W)ever\b(?! since| been| had| did| was| so)|(?P<again>again\b(?!,? (?:until|till|til|before|after|for|this|next|in|once|when)\b)))"
)
# Or before it: "zero office days", "zero days in the office", "not a single day in an office".
_TOTAL_BEFORE = re.compile(
    r"\b(?:zero|not (?:a|one) single|not one|no single)(?: days?)?(?: (?:in|at|into))?"
    r"(?: (?:the|an|a))?\W*$"
)
_HAD = re.compile(r"\b(?:had|has|have|there's|there is|there was|with|without)\b")
_NEVER = re.compile(r"\b(?:never|not|no)\b")
# A cap or a part of the week beside it: "no office more than once a month", "every day"
_PART = re.compile(
    r"\s(?:every|each|full[- ]time|five|5|more than|over|on (?:mon|tue|wed|thu|fri)|"
    r"(?:mon|tue|wed|thu|fri)\w*)\b"
)


def _start(t: str, a: int) -> int:
    return max(t.rfind(x, 0, a) for x in ".!?;\n") + 1


def total(t: str, a: int, b: int) -> bool:
    """Whether the office (or commute) at t[a:b] is refused in whole."""
    s = _start(t, a)
    if _HAD.search(t, max(s, a - 25), a):
        return False  # "the startup had no office at all": what a place lacked
    if _TOTAL_BEFORE.search(t, max(s, a - 30), a):
        return True
    if _PART.match(t, b):
        return False
    after = _TOTAL_AFTER.match(t, b)
    if not after:
        return False
    # "again" alone makes it total only after a never: "never in an office again"
    return not after["again"] or bool(_NEVER.search(t, max(s, a - 40), b))


def remote_only(items: list[Condition], at: dict[int, tuple[int, int]], t: str) -> None:
    """An on-site refusal (or a refused commute with no length) said in whole adds remote as a
    must; a remote wish said as an office refused ("never in an office again") becomes one."""
    for i, c in enumerate(list(items)):
        span = at.get(id(c))
        if span is None or not _office_or_commute(c, t[span[0] : span[1]]):
            continue
        if not total(t, *span):
            continue
        if c.facet == "commute" or c.polarity == "avoid":
            # the refusal stays ("no office" still refuses five days in); remote is the must
            new = Condition(
                "work_mode", "must", {"mode": "remote"}, c.start, c.end, 0.8, c.method, c.said_at
            )
            items.append(new)
            at[id(new)] = span
            continue
        items[i] = new = replace(c, polarity="must", value={"mode": "remote"})
        at[id(new)] = span


def _office_or_commute(c: Condition, said: str) -> bool:
    if c.facet == "work_mode":
        mode = c.value.get("mode")
        # a remote wish said as an office refused: "never in an office" (not "remote" itself)
        return (mode == "onsite" and c.polarity == "avoid") or (
            mode == "remote" and c.polarity == "wish" and "office" in said
        )
    return (
        c.facet == "commute"
        and c.polarity == "avoid"
        and c.value.get("minutes") is None
        and c.value.get("days") is None
    )
