"""A lower-case, de-abbreviated, typo-corrected copy of a text that still points at the original.

The rules in this package are written against one plain spelling ("work from home", "kubernetes",
"team lead"); people write "WFH", "k8s", "TL" and "remtoe". ``normalise`` rewrites each word to
the plain spelling and keeps, for every character of the copy, the span of the original it came
from, so a match in the copy gives back the exact span of what the person wrote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from reading.foreign import phrases
from reading.lexicon import ABBREVIATIONS, COMMON_WORDS, PLACE_TARGETS, TYPO_TARGETS
from reading.title_shorthand import project_setting

# A word: letters and digits with inner apostrophes ("don't", "4dw", "k8s"); anything else is a
# single character, and runs of white space are one space. "Sr." / "Jr." before a word are one
# word with their dot.
_TOKEN = re.compile(
    # the shorthand under one \b, tried only where a word starts
    r"\b(?:[fF]/[uU]\b|[bB]/[cC]\b|[sSjJ][rR]\.(?= [A-Za-z])|[wW]/(?=\s))|[^\W_]+(?:['’][^\W_]+)*|\s{2,}|[^\S \n]|’"
)


@dataclass(frozen=True)
class Normalised:
    """``text`` is the rewritten copy of ``source``.

    ``pieces`` are runs (text start, text end, source start, source end, same): a run marked
    ``same`` maps character by character (only case changed); any other run is one rewritten
    word (or one run of white space) that maps as a whole.
    """

    source: str
    text: str
    pieces: tuple[tuple[int, int, int, int, bool], ...]

    def origin(self, pos: int) -> int:
        """The index in ``source`` of the character at ``text[pos]``."""
        if not self.pieces:
            return pos
        a, _, src, _, same = self.pieces[max(0, bisect_right(self._starts, pos) - 1)]
        return src + (pos - a) if same else src

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind ``text[start:end]`` (white space at the edges dropped)."""
        while start < end and self.text[start] == " ":
            start += 1
        while end > start and self.text[end - 1] == " ":
            end -= 1
        if start >= end:
            pos = self.origin(start) if start < len(self.text) else len(self.source)
            return pos, pos
        if not self.pieces:
            return start, end
        a, _, src, src_end, same = self.pieces[max(0, bisect_right(self._starts, end - 1) - 1)]
        last = src + (end - a) if same else src_end
        return self.origin(start), last

    @cached_property
    def _starts(self) -> list[int]:
        return [p[0] for p in self.pieces]


# An amount of money right before: "130k ", "₦3.5m ", "80,000 ".
_AN_AMOUNT = re.compile(r"(?:\d\s?(?:[kKmM]|mil)|\d[,.\s]\d{3})\s?$")


# After German "im" comes a noun, capitalised: "im Moment", "im Büro" ("im OK with it" stays "I'm").
_GERMAN_IM = re.compile(r" [A-ZÄÖÜ][a-zäöüß]")


# North American time zones after a clock time: "until 5 PT", "10am ET", "before 9 MT" ("PT" is
# otherwise part time).
_ZONES = {"pt": "pacific time", "mt": "mountain time", "et": "eastern time", "ct": "central time"}
_CLOCK_BEFORE = re.compile(
    r"(?:\d\s?(?:am|pm|a\.m\.|p\.m\.)|\d:[0-5]\d|\b(?:before|after|at|by|until|till|til|from|to|past|"
    r"around)\s+(?:[1-9]|1[0-2])|\d\s?[-–]\s?(?:[1-9]|1[0-2]))\s*$",
    re.I,
)


def normalise(text: str) -> Normalised:
    out: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    pos = done = 0  # end of the copy so far; end of the source consumed so far
    lowered = text.lower() if len(text.lower()) == len(text) else None
    for raw, a, b, english in _tokens(text):
        if english is not None:
            piece = english  # a cue in another language, in the English the rules know
        elif raw.isspace():
            piece = "\n" if "\n" in raw else " "
        elif raw in ("w/", "W/"):
            piece = "with"
        elif raw.lower() == "f/u":
            piece = "follow up"
        elif raw.lower() in ("pm", "ph") and _AN_AMOUNT.search(text, 0, a):
            piece = "p" + raw[1].lower()  # "R130k pm": per month (per hour), not a product manager
        elif raw.lower() in ("pm", "pms") and project_setting(lowered or text.lower()):
            piece = "project manager" + raw[2:].lower()  # "site PM", "PM on a hospital build"
        elif (
            raw.lower() in _ZONES
            and (raw == "ET" or raw.lower() != "et")  # French "9:00 et 17:00" is "and"
            and _CLOCK_BEFORE.search(text, max(0, a - 24), a)
        ):
            piece = _ZONES[raw.lower()]  # "until 5 PT": Pacific time, not part time
        elif raw.lower() == "b/c":
            piece = "because"  # "pulled out b/c of the pager rota": the reason, not a slash
        elif raw.lower() in ("sr.", "jr."):
            piece = ABBREVIATIONS[raw.lower()[:2]]  # "Sr. SWE": the dot shortens, it ends nothing
        elif raw == "’":
            piece = "'"
        else:
            low = raw.replace("’", "'").lower()
            piece = low if low in _NAME_OR_MONTH and _a_name(text, a, b) else rewrite(low)
            if low == "im" and _GERMAN_IM.match(text, b):
                piece = low  # "im Gegenteil", "im Januar": German "in the", not "I'm"
            if piece == low and len(low) == b - a:
                continue  # only case changed: stays in the plain run
        if a > done:  # the plain run before this token
            plain = lowered[done:a] if lowered is not None else text[done:a].lower()
            same = len(plain) == a - done
            pieces.append((pos, pos + len(plain), done, a, same))
            out.append(plain)
            pos += len(plain)
        same = len(piece) == b - a and not raw.isspace() or raw == piece
        pieces.append((pos, pos + len(piece), a, b, same or len(raw) == 1 == len(piece)))
        out.append(piece)
        pos += len(piece)
        done = b
    if done < len(text):
        plain = lowered[done:] if lowered is not None else text[done:].lower()
        pieces.append((pos, pos + len(plain), done, len(text), len(plain) == len(text) - done))
        out.append(plain)
    if all(p[4] and p[0] == p[2] for p in pieces):
        pieces = []  # the copy is the source in lower case: positions map one to one
    return Normalised(text, "".join(out), tuple(pieces))


def _tokens(text: str):
    """(raw, start, end, English or None): the words of ``text``, a foreign cue phrase
    (``reading.foreign``) standing as one word with its English."""
    foreign = phrases(text)
    if not foreign:
        for m in _TOKEN.finditer(text):
            yield m.group(), m.start(), m.end(), None
        return
    pos = 0
    for fa, fb, english in foreign:
        for m in _TOKEN.finditer(text, pos, fa):
            yield m.group(), m.start(), m.end(), None
        yield text[fa:fb], fa, fb, english
        pos = fb
    for m in _TOKEN.finditer(text, pos):
        yield m.group(), m.start(), m.end(), None


# Month abbreviations that are also first names ("Spoke to Jan", "Jun said"): a name when a
# person's context surrounds them and no date does.
_NAME_OR_MONTH = frozenset({"jan", "jun"})
_NAME_BEFORE = re.compile(
    r"(?:\b(?:with|w/|and|&|cc|hi|hey|dear|thanks|thx|met|told|asked|fao|(?:spoke|speak|speaking|talked|"
    r"talk|talking|chatted|chat|call|called|rang|emailed|wrote|replied|introduced|sent|passed|"
    r"referred|mentioned) to)|^|[.!?;]|\n)\W*$"
)
_NAME_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:said|says|mentioned|thinks|thought|wants|wanted|reckons|asked|told|called|"
    r"rang|replied|emailed|messaged|confirmed|agreed|is (?:keen|happy|open|interested|looking|not)|"
    r"who|today|yesterday|earlier|and (?:i|we|he|she)|[-–:(,])"
)
# A date around it: "Jan 2027", "2 Jan", "mid-Jan", "Dec/Jan", "in Jan", "till Jan".
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DATE_AROUND = re.compile(rf"^\s*(?:'?\d|[/–-]\s*{_MON}|onwards|start|ish|-ish|or {_MON})", re.I)
_DATE_BEFORE = re.compile(
    rf"(?:\d|{_MON}\s*[/–-]|\b(?:in|until|till|til|from|after|before|by|since|of|end|start|mid|early|late|"
    r"next|this|last|around|during|over|through|b4|or))\W*$",
    re.I,
)


def _a_name(text: str, a: int, b: int) -> bool:
    """Whether "Jan" or "Jun" at ``text[a:b]`` names a person rather than a month."""
    before, after = text[max(0, a - 30) : a], text[b : b + 30]
    if _DATE_AROUND.match(after) or _DATE_BEFORE.search(before):
        return False
    return bool(_NAME_BEFORE.search(before) and _NAME_AFTER.match(after))


_NUMBER_UNIT = re.compile(r"^(\d{1,2}(?:\.5)?)(mos?|mths?|months?|wks?|weeks?|yrs?|years?)$")
_UNITS = {"mo": "months", "mos": "months", "mth": "months", "mths": "months", "month": "months"}
_UNITS |= {"months": "months", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks"}
_UNITS |= {"yr": "years", "yrs": "years", "year": "years", "years": "years"}


@lru_cache(maxsize=20000)
def rewrite(word: str) -> str:
    """One lower-case word in its plain spelling: an abbreviation expanded, a typo corrected."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    joined = _NUMBER_UNIT.match(word)
    if joined:  # "6mo", "3wks", "2yrs": a number and its unit typed as one word
        return f"{joined[1]} {_UNITS[joined[2]]}"
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
    if best > 1 and found[0] in PLACE_TARGETS:
        return word
    ties = [
        c for c in choices if abs(len(c) - len(word)) <= limit and OSA.distance(word, c) == best
    ]
    if found[0] in _MONTH_NAMES and _name_shaped(word, found[0]):
        return word  # "Marco", "Augustin": a name, not a misspelt month
    if len(ties) == 1:
        return found[0]
    # Between equally close words, the likelier typo: swapped letters ("contarct" -> "contract"),
    # then a letter left out ("gambing" -> "gambling").
    swapped = [c for c in ties if sorted(c) == sorted(word)]
    dropped = [c for c in ties if len(c) == len(word) + 1 and _subsequence(word, c)]
    for kind in (swapped, dropped):
        if len(kind) == 1:
            return kind[0]
    return word


_MONTH_NAMES = frozenset(
    "january february march april june july august september october november december".split()
)


def _name_shaped(word: str, month: str) -> bool:
    """A month with letters added at its end ("augusto") or its last letter changed ("marco"):
    the shape of a first name; a typo of a month drops or swaps letters inside it."""
    return word.startswith(month) or (len(word) == len(month) and word[:-1] == month[:-1])


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _t in sorted(TYPO_TARGETS):
    _BY_INITIAL.setdefault(_t[0], ())
    _BY_INITIAL[_t[0]] += (_t,)
