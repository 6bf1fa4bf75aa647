"""A lower-case, de-abbreviated, typo-corrected copy of a text that still points at the original.

The rules in this package are written against one plain spelling ("work from home", "kubernetes",
"team lead"); people write "WFH", "k8s", "TL" and "remtoe". ``normalise`` rewrites each word to
the plain spelling and keeps, for every character of the copy, the span of the original it came
from, so a match in the copy gives back the exact span of what the person wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from reading.lexicon import ABBREVIATIONS, COMMON_WORDS, TYPO_TARGETS

# A word: letters and digits with inner apostrophes ("don't", "4dw", "k8s"); anything else is a
# single character, and runs of white space are one space.
_TOKEN = re.compile(r"\b[wW]/(?=\s)|[^\W_]+(?:['’][^\W_]+)*|\s+|.", re.S)


@dataclass(frozen=True)
class Normalised:
    """``text`` is the rewritten copy; ``starts``/``ends`` give each of its characters' source span."""

    source: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind ``text[start:end]`` (white space at the edges dropped)."""
        while start < end and self.text[start] == " ":
            start += 1
        while end > start and self.text[end - 1] == " ":
            end -= 1
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        raw, a, b = m.group(), m.start(), m.end()
        if raw.isspace():
            piece = " "
        elif raw.lower() == "w/":
            piece = "with"
        elif raw[0].isalnum():
            piece = rewrite(raw.replace("’", "'").lower())
        else:
            piece = "'" if raw == "’" else raw.lower()
        if piece == raw.lower() and len(piece) == b - a:
            # Same length: keep a character-by-character map (spans stay exact inside words).
            out.append(piece)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            out.append(piece)
            starts.extend([a] * len(piece))
            ends.extend([b] * len(piece))
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))


@lru_cache(maxsize=20000)
def rewrite(word: str) -> str:
    """One lower-case word in its plain spelling: an abbreviation expanded, a typo corrected."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if len(word) < 5 or word in COMMON_WORDS or word in TYPO_TARGETS or not word.isalpha():
        return word
    limit = 1 if len(word) < 8 else 2
    # Typos rarely touch the first letter; asking for it keeps "reach" from becoming "react".
    choices = _BY_INITIAL.get(word[0], ())
    found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
    if found is None:
        return word
    # A tie between two targets is not a correction, it is a guess.
    best = found[1]
    ties = [c for c in choices if abs(len(c) - len(word)) <= limit and OSA.distance(word, c) == best]
    return found[0] if len(ties) == 1 else word


_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _t in sorted(TYPO_TARGETS):
    _BY_INITIAL.setdefault(_t[0], ())
    _BY_INITIAL[_t[0]] += (_t,)
