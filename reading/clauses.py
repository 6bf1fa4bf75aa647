"""Cutting a note into clauses and a clause into segments, keeping offsets.

A long note ("Declined in March over pay. Would come back for 95k, remote; no agencies please")
holds several conditions, and a negation in one part must not reach the next: "no on-call but
happy with weekends" is two clauses. Offsets index the normalised text (``reading.normalise``),
which maps them back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reading.negation import SEGMENT

# Sentence ends: . ! ? ; or a line break - but not the dot of "p.d.", "e.g.", "approx." or "2.5".
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$|[\"')\]])|;|\n+|\s[-–—]{1,2}\s(?=\w)|\s\|\s|\s•\s?")
# A dot after these is not the end of a sentence ("e.g.", "p.d.", "St. Albans").
_NOT_AN_END = re.compile(r"(?:^|[\s.(])(?:[a-z]|e\.g|i\.e|etc|vs|st|mr|ms|dr|approx|incl|re)$")
# A shortened bound or "about" before its number ("max. 10 %", "ca. 40 %", "mind. 2
# Tage"): the dot shortens the word, the number after it belongs to the same thought. Before
# anything else the dot may end a sentence ("20% travel max. Remote pls").
_BOUND_BEFORE_NUMBER = re.compile(r"(?:^|[\s(])(?:max|mind|ca|approx)$")
_NUMBER_NEXT = re.compile(r"\s?\d")
# The Nordic crown's "kr." before its period ("58.000 kr. a month", "kr. om måneden" once read):
# the amount and its period are one thought.
_CROWN = re.compile(r"\d\s?kr$")
_PERIOD_NEXT = re.compile(r"\s(?:a|an|per|pr|each)\s(?:month|year|week|day|hour)\b")
# A question answered at once that it is fine: "Weekends? No problem", "nights? fine by me".
_ANSWERED = re.compile(
    r"\s*(?:no problem|not a problem|no issues?|not an issue|no worries|no bother|fine\b|all good|"
    r"happy to)"
)
# Where a clause turns: the negation or wish before it does not carry over.
_TURN = re.compile(
    # "anything but gambling": one refusal, not a turn (\b first: the look-behinds are tried only
    # where a word starts)
    r"\b(?<!\banything )(?<!\banywhere )(?<!\bnothing )(?<!\beverything )(?<!\ball )"
    r"(?:but|though|although|however|whereas|yet|otherwise|while|whilst|"
    r"instead|unlike|apart from that)\b(?! of)"
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    segments: tuple[tuple[int, int], ...]

    def segment_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.segments):
            if a <= pos < b:
                return i
        return len(self.segments) - 1


def sentences(text: str) -> list[tuple[int, int]]:
    return list(_sentences(text))


# A note is cut into sentences three times as it is read (its questions, its clauses, the role's
# terms): the cut is kept for the last few texts.
@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _NOT_AN_END.search(text, max(0, m.start() - 8), m.start()):
            continue
        if (
            m.group() == "."
            and _NUMBER_NEXT.match(text, m.end())
            and _BOUND_BEFORE_NUMBER.search(text, max(0, m.start() - 8), m.start())
        ):
            continue
        if (
            m.group() == "."
            and _PERIOD_NEXT.match(text, m.end())
            and _CROWN.search(text, max(0, m.start() - 6), m.start())
        ):
            continue
        if text[m.start()] == "?" and _ANSWERED.match(text, m.end()):
            continue  # "weekends? no problem": the question and its answer are one thought
        if m.start() > last:
            spans.append((last, m.start()))
        last = m.end()
    if last < len(text):
        spans.append((last, len(text)))
    return tuple(s for s in spans if text[s[0] : s[1]].strip())


def clauses(text: str) -> list[Clause]:
    """Every clause of ``text`` with its segments; offsets are into ``text``."""
    out = []
    for s_start, s_end in sentences(text):
        cut = s_start
        for m in _TURN.finditer(text, s_start, s_end):
            if m.start() > cut:
                out.append(_clause(text, cut, m.start()))
            cut = m.end()
        if cut < s_end:
            out.append(_clause(text, cut, s_end))
    return [c for c in out if text[c.start : c.end].strip()]


def _clause(text: str, start: int, end: int) -> Clause:
    segs, cut = [], start
    for m in SEGMENT.finditer(text, start, end):
        if m.start() > cut:
            segs.append((cut, m.start()))
        cut = m.end()
    if cut < end:
        segs.append((cut, end))
    return Clause(start, end, tuple(segs) or ((start, end),))


# Where the sentence around a find ends or starts, by its stops alone (a cheaper cut than
# ``sentences``, for rules that look a little way either side of what they matched).
def sentence_end(text: str, pos: int, stops: str = ".!?;\n") -> int:
    found = re.search(f"[{stops}]", text[pos:])
    return pos + found.start() if found else len(text)


# "58.000 kr. a month": the crown's dot before the amount's period ends no sentence (the crown
# is ``_CROWN`` above)
_DOT_THEN_PERIOD = re.compile(r"\.\s(?:a|an|per|pr|each)\s")


def sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ".!?;\n")
    while (
        cut > 2 and _DOT_THEN_PERIOD.match(text, cut) and _CROWN.search(text, max(0, cut - 5), cut)
    ):
        cut = max(text.rfind(c, 0, cut) for c in ".!?;\n")
    return cut + 1
