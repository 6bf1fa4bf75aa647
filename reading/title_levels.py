"""Titles and seniority levels read in one clause: which of ``reading.titles``' finds are the
person's (a title wanted or refused, a level floor) and in which direction.
"""

from __future__ import annotations

import re

from reading import titles
from reading.clauses import Clause
from reading.direction import overlaps, polarity
from reading.normalise import Normalised

_FLOOR_BEFORE = re.compile(
    r"\b(?:below|under|short of|less than|lower than|beneath|hold(?:s|ing)? out for)\W+(?:the\W+)?"
    r"(?:\w+\W+)?$"
)
_FLOOR_AFTER = re.compile(
    r"\W*(?:\w+\W+)?(?:\+|or above|and above|or higher|or more senior|minimum)"
)
# The level an employer put on them: "they'd only level her as mid", "offered him senior".
_THEIR_LEVEL = re.compile(
    r"\b(?:they|client|company|employer|hiring manager|(?:would|'d|could) only)\b[^.;]{0,20}?\b"
    r"(?:level(?:led|ed|ing)?|bring|brought|offer(?:ed|ing)?|slot(?:ted)?|hire[ds]?|take|took)\W+"
    r"(?:her|him|them|me)\W+(?:in\W+)?(?:as|at)\W+(?:an?\W+)?$"
)
_EXECUTIVE = ("vp", "cto", "ceo", "coo", "cfo", "cpo", "cio", "chief")


def read_titles(
    t: str, clause: Clause, out, taken: list, title_hits: list, norm: Normalised
) -> None:
    """Titles and levels in one clause; ``title_hits`` are ``titles.titles`` of the clause."""
    c0, c1 = clause.start, clause.end
    text = t[c0:c1]
    title_spans, before = [], None
    # A note of titles alone ("VP Data or CDO") names the ones wanted.
    bare_list = titles.only_titles(t, [(x, a + c0, b + c0) for x, a, b in title_hits])
    for title, a, b in title_hits:
        a, b = a + c0, b + c0
        title_spans.append((a, b, title))
        people_lead = titles.PEOPLE_LEAD.get(title)
        spelled = people_lead and norm.source[slice(*norm.span(a, b))].casefold() == title
        if overlaps(a, b, taken) and not spelled:
            continue  # "EM" read as managing people: the shorthand is not taken as a title
        pol = polarity(t, clause, a, b)
        if before and re.fullmatch(r"\s*(?:or|/|,)\s*", t[before[1] : a]):
            pol = before[0]  # "only CTO or VP Engineering": the list shares the first one's cue
        if pol is None and bare_list:
            pol = "wish"
        if pol in (None, "background"):
            continue
        out.add("title", pol, {"title": title}, a, b, 0.7, "rule:title")
        before = (pol, b)
        if spelled:
            out.add("seniority", pol, {"level": people_lead}, a, b, 0.6, "rule:seniority")
    level_hits = titles.levels(text)
    level_hits += titles.leading_levels(title_hits, level_hits)
    for level, a, b in level_hits:
        a, b = a + c0, b + c0
        if overlaps(a, b, taken):
            continue
        inside = [title for s, e, title in title_spans if s <= a and b <= e]
        if inside and (titles.head_level(inside[0]) or (level,))[0] != level:
            continue  # "Senior Director" names a director
        if inside and not (inside[0].startswith(t[a:b]) or level == "director"):
            continue
        if inside and t[a:b] not in ("senior", "staff", "lead", "junior", "director", *_EXECUTIVE):
            continue  # "Head of Engineering" names a title; only a plain level word is also a level
        pol = polarity(t, clause, a, b)
        if pol is None and bare_list and inside:
            pol = "wish"
        if _FLOOR_BEFORE.search(t[c0:a]) or _FLOOR_AFTER.match(t[b:c1]):
            pol = (
                "must"  # "nothing below Director", "Dir+", "senior or above": the level is a floor
            )
        if _THEIR_LEVEL.search(t[c0:a]):
            pol = "avoid"  # "they'd only level her as mid": the level they offered, not hers
        if pol in (None, "background"):
            continue
        out.add("seniority", pol, {"level": level}, a, b, 0.7, "rule:seniority")
