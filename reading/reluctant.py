"""Terms accepted reluctantly are no wish: "would do nights at a push", "could relocate if she
really had to", "contract work as a last resort", "English-only at a pinch".

Said so, a term is what a person puts up with, not what draws them: a role that has it should not
lift them above someone who said nothing, as "loves nights" or "fine with nights" does. The wish
(or a "must" the same words made, "English only at a push") is dropped; a language keeps a low
level ("French at a push" is not fluent French). A bound said reluctantly still bounds: office
days, a commute's length, a travel share and pay are the most they will take, and stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reading.conditions import Condition
from reading.gates import gated

_RELUCTANT = gated(
    re.compile(
        r"\b(?:at a push|at a pinch|in a pinch|if pushed|if push comes to shove|"
        r"if (?:she|he|they|i|we) (?:really |absolutely )?(?:had|has|have) to|"
        r"if (?:really |absolutely )?needs? be|if needs must|if it came to it|if it comes to it|"
        r"(?:be)?grudgingly|reluctantly|as a (?:last|final) resort|under duress|"
        r"if (?:there (?:is|was|were) )?no (?:other )?(?:choice|option)|if desperate|only if desperate)\b"
    )
)
# A part of a sentence: the reluctance of one term does not reach the next ("happy with nights,
# weekends at a push").
_BREAK = re.compile(r"[,;.!?\n(]|\s[-–—]\s|\b(?:but|though|although|whereas|while)\b")
# Facets whose wish is a bound rather than a draw: kept whatever words surround it.
_BOUNDS = frozenset({"pay", "commute", "wait", "contact"})


def _part(t: str, a: int, b: int) -> tuple[int, int]:
    start = max((m.end() for m in _BREAK.finditer(t, max(0, a - 80), a)), default=max(0, a - 80))
    stop = _BREAK.search(t, b)
    return start, stop.start() if stop else len(t)


def _a_bound(c: Condition) -> bool:
    if c.facet in _BOUNDS:
        return True
    if c.facet == "work_mode":
        return bool(c.value.get("days"))
    if c.facet == "travel":
        return c.value.get("share") is not None
    return False


def reluctant(t: str, items: list[Condition], at: dict[int, tuple[int, int]]) -> list[Condition]:
    """``items`` with the terms accepted reluctantly no longer wished (see the module)."""
    if not _RELUCTANT.search(t):
        return items
    kept = []
    for c in items:
        span = at.get(id(c))
        if span is None or c.polarity == "avoid" or _a_bound(c):
            kept.append(c)
            continue
        start, stop = _part(t, *span)
        if not _RELUCTANT.search(t, start, stop):
            kept.append(c)
        elif c.facet == "language" and c.value.get("level") is not None:
            low = replace(
                c, polarity="wish", value={**c.value, "level": min(c.value["level"], 2)}
            )  # basic
            at[id(low)] = span
            kept.append(low)
    return kept
