"""Titles and seniority levels read in one clause: which of ``reading.titles``' finds are the
person's (a title wanted or refused, a level floor) and in which direction.
"""

from __future__ import annotations

import re

from reading import titles
from reading.clauses import Clause
from reading.direction import overlaps, polarity
from reading.normalise import Normalised
from reading.title_shorthand import product_setting

_FLOOR_BEFORE = re.compile(
    r"\b(?:below|under|short of|less than|lower than|beneath|hold(?:s|ing)? out for)\W+(?:the\W+)?"
    r"(?:\w+\W+)?$"
)
_FLOOR_AFTER = re.compile(
    r"\W*(?:\w+\W+)?(?:\+|or above|and above|or higher|or more senior|minimum|or up\b|and up\b)"
)
# The level an employer put on them: "they'd only level her as mid", "offered him senior".
_THEIR_LEVEL = re.compile(
    r"\b(?:they|client|company|employer|hiring manager|(?:would|'d|could) only)\b[^.;]{0,20}?\b"
    r"(?:level(?:led|ed|ing)?|bring|brought|offer(?:ed|ing)?|slot(?:ted)?|hire[ds]?|take|took)\W+"
    r"(?:her|him|them|me)\W+(?:in\W+)?(?:as|at)\W+(?:an?\W+)?$"
)
# A title named and then said to be wanted: "Staff Data Scientist is the title she's holding out
# for", "A Head of Eng seat is what he's after", "Head of Platform Engineering is the next step".
_NAMED_AS_WANTED = re.compile(
    r"^\W*(?:\w+\W+)?(?:is|'s|would be|will be)\s+(?:(?:the|a|an|her|his|their|my|what)\s+)?"
    r"(?:(?:next|real|only|one|obvious|natural)\s+)?(?:(?:title|seat|role|job|post|position|level)\s+)?"
    r"(?:(?:that\s+)?(?:she|he|they|i)(?:'s|'re|'m| is| are| am|'d| would)?\s+)?(?:(?:really|still)\s+)?"
    r"(?P<cue>holding out for|holds out for|after|wants?|looking for|aiming for|targeting|chasing|"
    r"step|move|bar|minimum|floor|accept|take)\b"
)
_OR_NOT_INTERESTED = re.compile(
    r"\bor (?:(?:she|he|they|i)(?:'s|'m|'re| is| am| are) )?(?:not interested|walks|staying put)\b"
)


# A step down and the title it went to: "title downgrade (Mgr -> Sr Analyst)", "demoted to Analyst".
_DOWNGRADE_TO = re.compile(
    r"\b(?:downgrade|demotion|demoted|step(?:ping)? down|down-?level(?:led|ed)?)\b[^.;]{0,40}?"
    r"(?:->|→|=>|\bto\b|\binto\b)\s*(?:an? )?$"
)


# No step down from the level held: "won't step down a title", "no going backwards on level".
_NO_STEP_DOWN = re.compile(
    r"\b(?:won't|wont|will not|wouldn't|would not|not|never|refuses? to|no|isn't|is not)\s+"
    r"(?:\w+\s+)?(?:step(?:ping)?|go(?:ing)?|mov(?:e|ing)|tak(?:e|ing) a step)\s+"
    r"(?:down|backwards?|back)\b(?!\s+(?:to|into)\b)|"
    r"\bno (?:title |level )?(?:step(?:s|ping)? down|downgrade|demotion|down-?level\w*)\b|"
    r"\b(?:won't|wont|will not|wouldn't|would not|not) (?:take|accept) (?:a )?(?:lower|smaller|"
    r"junior|lesser) (?:title|level)\b"
)
_CURRENT = re.compile(
    r"\b(?:currently|current(?:ly)? (?:title|level)|now|already|is|'s|as)\W+(?:an? )?$"
)


# The level reached, said after the step refused: "no step back now she's made FC".
_REACHED = re.compile(
    r"\b(?:after|since|now (?:that )?(?:she|he|they|i)(?:'s|'ve| has| have)?|having) "
    r"(?:making|made|reaching|reached|getting to|got to|becoming|become|being made)\W+(?:an? )?$"
)


def _held_against_a_step_down(t: str, a: int, b: int) -> bool:
    """The level they hold, with no step down from it in the same sentence: "currently Lead
    Engineer, won't step down a title", "won't step down from staff"."""
    start = max(t.rfind(".", 0, a), t.rfind("\n", 0, a), t.rfind(";", 0, a)) + 1
    ends = [i for i in (t.find(".", b), t.find("\n", b), t.find(";", b)) if i >= 0]
    end = min(ends) if ends else len(t)
    before, after = t[start:a], t[b:end]
    if re.search(r"\bstep(?:ping)? down from (?:an? )?$|\bdown from (?:an? )?$", before):
        return bool(_NO_STEP_DOWN.search(before))
    if _REACHED.search(before):
        return bool(_NO_STEP_DOWN.search(before))  # "won't take a step back after making FC"
    return bool(_CURRENT.search(before) and _NO_STEP_DOWN.search(after))


def _named_as_wanted(after: str) -> str | None:
    m = _NAMED_AS_WANTED.match(after)
    if not m:
        return None
    return (
        "must"
        if m["cue"] in ("holding out for", "holds out for", "bar", "minimum", "floor")
        else "wish"
    )


def _before_brackets(t: str, clause: Clause, a: int, hits: list) -> str | None:
    """The direction of what the brackets elaborate: the level or title just before the "("."""
    c0 = clause.start
    opened = t.rfind("(", c0, a)
    for _, x, y in titles.levels(t[c0:opened]) + list(hits):
        if c0 + y <= opened:
            got = polarity(t, clause, c0 + x, c0 + y)
            if got not in (None, "background"):
                return got
    return None


_EXECUTIVE = ("vp", "cto", "ceo", "coo", "cfo", "cpo", "cio", "chief")
_PLAIN_LEVELS = (
    "senior staff",
    "senior principal",
    "senior",
    "staff",
    "lead",
    "junior",
    "director",
    *_EXECUTIVE,
)


# A title as the floor: "won't go below Head of ...", "nothing under a Director title".
_BELOW = re.compile(
    r"\b(?:below|under|beneath|less than|short of|lower than)\W+(?:(?:a|an|the)\W+)?$"
)


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
        title_spans.append((a, b, title, None))
        people_lead = titles.PEOPLE_LEAD.get(title)
        said = norm.source[slice(*norm.span(a, b))].casefold()
        spelled = people_lead and said == title
        if overlaps(a, b, taken) and not spelled:
            continue  # "EM" read as managing people: the shorthand is not taken as a title
        pol = polarity(t, clause, a, b)
        if before and re.fullmatch(r"\s*(?:or|/|,)\s*", t[before[1] : a]):
            pol = before[0]  # "only CTO or VP Engineering": the list shares the first one's cue
        if pol is None and bare_list:
            pol = "wish"
        if pol in (None, "background"):
            pol = _named_as_wanted(t[b:c1]) or pol
        if pol is None and re.search(r"\(\W*(?:[\w ]+\W+)?$", t[c0:a]):
            pol = _before_brackets(t, clause, a, title_hits)  # "Exec roles only (COO/CEO)"
        if _DOWNGRADE_TO.search(t[c0:a]):
            pol = "avoid"  # "title downgrade (Lead -> Senior Engineer)": the title offered
        if pol == "wish" and _OR_NOT_INTERESTED.search(t[b:c1]):
            pol = "must"  # "needs 'Head of Data' on the door or he's not interested"
        if pol == "avoid" and _BELOW.search(t, max(c0, a - 30), a):
            pol = "must"  # "won't go back below a Head of Engineering title": the floor
        if pol in (None, "background", "avoid") and _held_against_a_step_down(t, a, b):
            continue  # "no step back after making FC": the level held is the floor, read below
        if pol in (None, "background"):
            continue
        value = {"title": title}
        if (
            re.fullmatch(r"pms?", said.strip())
            and title.startswith("product manager")
            and not product_setting(t)
        ):
            value["said"] = "pm"  # a bare "PM" in a note of neither setting: either one
        out.add("title", pol, value, a, b, 0.7, "rule:title")
        title_spans[-1] = (a, b, title, pol)
        before = (pol, b)
        if spelled:
            out.add("seniority", pol, {"level": people_lead}, a, b, 0.6, "rule:seniority")
    level_hits = titles.levels(text)
    level_hits += titles.leading_levels(title_hits, level_hits)
    for level, a, b in level_hits:
        a, b = a + c0, b + c0
        if overlaps(a, b, taken):
            continue
        inside = [title for s, e, title, _ in title_spans if s <= a and b <= e]
        held = [p for s, e, _, p in title_spans if s <= a and b <= e and p]
        if inside and (titles.head_level(inside[0]) or (level,))[0] != level:
            continue  # "Senior Director" names a director
        whole = inside and inside[0] in titles.TITLE_LEVELS  # "FC": the title is the level
        if (
            inside
            and not whole
            and not (
                inside[0].startswith(t[a:b].replace("principle", "principal"))
                or level == "director"
            )
        ):
            continue
        if inside and not whole and t[a:b] not in _PLAIN_LEVELS:
            continue  # "Head of Engineering" names a title; only a plain level word is also a level
        pol = polarity(t, clause, a, b)
        if pol is None and bare_list and inside:
            pol = "wish"
        if pol in (None, "background") and held:
            pol = held[0]  # "Staff Data Scientist is the title she's holding out for"
        if _FLOOR_BEFORE.search(t[c0:a]) or _FLOOR_AFTER.match(t[b:c1]):
            pol = (
                "must"  # "nothing below Director", "Dir+", "senior or above": the level is a floor
            )
        if pol in (None, "background", "avoid") and _held_against_a_step_down(t, a, b):
            pol = "must"  # "currently Lead, won't step down a title": the level held is a floor
        if _THEIR_LEVEL.search(t[c0:a]):
            pol = "avoid"  # "they'd only level her as mid": the level they offered, not hers
        if pol in (None, "background"):
            continue
        out.add("seniority", pol, {"level": level}, a, b, 0.7, "rule:seniority")
