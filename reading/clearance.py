"""Security clearances: whether someone holds one now, and whether a role needs one.

A person's side is a ``clearance`` condition (``reading.conditions``), ``level`` the clearance
named (Australia's baseline, nv1, nv2, pv; the US and Canada's public_trust, reliability, secret,
top_secret; the UK's ctc, sc, dv), or None when only "a clearance" is said:

- wish: they hold it now ("holds a current NV1, good till 2029", "Active Secret clearance",
  "Baseline cleared", "SC cleared") - like the right to work, a fact that helps where a role needs it;
- avoid: they do not ("NV1 lapsed in 2022", "no clearance himself", "clearance was refused",
  "won't go through AGSVA vetting again", "never been vetted").

Someone else's clearance ("his wife holds the TS", "her partner is DV cleared") is not theirs.
A role's side (``role_clearance``): the level it asks for ("NV1 clearance required", "Active US
Secret clearance required on day one"), or "any" for a cleared program that names none.
"""

from __future__ import annotations

import re

from reading.clearance_dates import runs_till
from reading.direction import someone_elses
from reading.gates import gated

# The ladders, lowest first: a clearance held meets a role asking for one at or below it.
LADDERS = (
    ("baseline", "nv1", "nv2", "pv"),
    ("public_trust", "secret", "top_secret"),
    ("reliability", "secret", "top_secret"),
    ("ctc", "sc", "dv"),
)
LEVEL_NAMES = {
    "baseline": "Baseline",
    "nv1": "NV1",
    "nv2": "NV2",
    "pv": "PV",
    "public_trust": "Public Trust",
    "reliability": "Reliability",
    "secret": "Secret",
    "top_secret": "Top Secret",
    "ctc": "CTC",
    "sc": "SC",
    "dv": "DV",
}

_CLEAR = r"(?:security )?(?:clearances?|cleared|vetting|vetted)"
# A level, with the clearance word where the level alone is an ordinary word ("secret", "sc").
_LEVEL = (
    r"(?P<nv>nv ?[12]|negative vetting(?: level)? ?[12])(?: (?:security )?(?:clearance|cleared|vetted))?|"
    rf"(?P<baseline>baseline) {_CLEAR}|(?<=holds )(?P<baseline2>baseline)|"
    rf"(?P<pv>positive vetting)(?: {_CLEAR})?|(?P<pv2>pv) {_CLEAR}|"
    rf"(?P<ts>top[- ]secret|ts ?/ ?sci|ts|typescript)(?:/sci)? {_CLEAR}|(?P<ts2>top[- ]secret|ts ?/ ?sci)|"
    rf"(?:us |u\.s\. |active |current |interim )?(?P<secret>secret) {_CLEAR}|"
    rf"(?<=active )(?P<secret2>secret)|(?<=current )(?P<secret3>secret)|"
    # an agency's level: "an active DoD Secret", "DOE Secret" (not "trade secret")
    r"(?<=dod )(?P<secret4>secret)|(?<=doe )(?P<secret5>secret)|"
    rf"(?P<pt>public trust)(?: {_CLEAR})?|(?P<rel>(?:enhanced )?reliability) (?:status|{_CLEAR})|"
    rf"(?P<sc>sc|dv|ctc) {_CLEAR}|(?P<sc2>sc|dv|ctc)(?=[- ]cleared)|"
    # the UK's levels named bare, where only a clearance can be meant: "holds active DV",
    # "would not go through DV again", "developed vetting (DV)" ("DV" alone is also
    # domestic violence, so never on its own)
    r"(?:(?<=holds )|(?<=hold )|(?<=holding )|(?<=active )|(?<=current )|(?<=through )|(?<=held )|"
    r"(?<=undergo )|(?<=go through )|(?<=renew ))(?P<sc3>sc|dv|ctc)(?! \w+ing)|"
    r"(?<=developed vetting \()(?P<sc5>dv)|"
    # the level before the word that says it is held: "SC held at MOJ", "DV live till 28"
    r"(?P<sc7>sc|dv|ctc)(?= (?:held|live|active|valid|current|in date|good|expires|expiring|expired|runs)\b)|"
    # the last of a list of checks gone through: "a five-year referencing and CTC again"
    r"(?:(?<= and )|(?<= & )|(?<=, ))(?P<sc6>sc|dv|ctc)(?= again\b| (?:re-?)?checks?\b)|"
    r"(?P<agsva>agsva)(?: vetting| clearance)?|"
    rf"(?P<bare>{_CLEAR}(?! (?:sale|rack|section|bin|items?|of (?:the )?(?:site|land|stock|debts?)))|"
    r"vetting process|security vetting)"
)
_MENTION = gated(re.compile(rf"\b(?:{_LEVEL})\b"))
# Two looks, each quick: words found by their first letter, and "TS" alone as a word.
_CHEAP_WORDS = re.compile(r"clear|vett|nv ?[12]|agsva|secret|typescript")
_TS = re.compile(r"\b(?:ts|dv|sc|ctc)\b")


def _cheap(text: str) -> bool:
    return bool(_CHEAP_WORDS.search(text) or _TS.search(text))


# Not (or no longer) held, or refused: before or after the mention in its sentence.
_LACKS_BEFORE = re.compile(
    # each word whole: the "no" of "now holds SC" is none
    r"\b(?:(?:no|not|never|without|lacks?|lost|doesn't (?:hold|have)|does not (?:hold|have)|"
    r"don't (?:hold|have)|hasn't got|has no|had|held|used to (?:hold|have)|former|formerly|"
    r"expired|lapsed)\b|(?:won't|will not|wouldn't|would not|refuses? to|not willing to|isn't willing to|"
    # "not prepared to go through DV again", "unwilling to be vetted"
    r"not prepared to|isn't prepared to|unwilling to|"
    r"can't|cannot|couldn't) (?:\w+ ){0,3}?)\W*(?:\w+\W+){0,3}$"
)
# A refusal anywhere before a list of checks ending in a level and "again".
_REFUSED_ANY = re.compile(
    r"\b(?:won't|will not|wouldn't|would not|refuses? to|refused to|not willing to|isn't willing to|"
    r"not prepared to|isn't prepared to|unwilling to|not going to|never|can't face|done with)\b"
)
# A refusal with its own object, ended by a comma or a dash before the level.
# (not a pronoun or "again" that points on to it: "won't do it again, the SC vetting")
_NEW_CLAUSE = re.compile(
    r"\w (?!(?:it|that|this|them|again|ever|anymore|any more)\b)\w+(?:[,;]|\s[-\u2013\u2014])\s"
)
_LACKS_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:lapsed|expired|has lapsed|ran out|run out|no longer|not current|"
    r"inactive|refused|denied|revoked|rejected|withdrawn|cancelled|failed|never came through|"
    r"didn't come through)\b|^\W*(?:himself|herself|themselves|myself)\b"
)
_HOLDS = re.compile(
    r"\b(?:holds?|holding|has|have|got|current|currently|active|valid|live|in date|good (?:till|until|to)|"
    r"reinvestigated|revalidated|renewed|maintains?|cleared|vetted)\b"
)
# Not the person's at all: the role's need ("NV1 required") or an ask ("can you get NV1?").
_THE_ROLES = re.compile(
    r"\b(?:required|requires?|essential|needed|needs|must have|must hold|ability to (?:obtain|gain|get)|"
    r"eligible (?:to|for)|eligibility|obtain|sponsor(?:ed|ship)?|role|job|position|program(?:me)?|"
    r"client|contract)\b"
)


def _level(m: re.Match) -> str | None:
    g = m.lastgroup or ""
    said = m.group().lower()
    if g == "nv":
        return "nv2" if "2" in said else "nv1"
    if g.startswith("baseline"):
        return "baseline"
    if g.startswith("pv"):
        return "pv"
    if g.startswith("ts"):
        return "top_secret"
    if g.startswith("secret"):
        return "secret"
    if g == "pt":
        return "public_trust"
    if g == "rel":
        return "reliability"
    if g.startswith("sc"):
        return re.match(r"sc|dv|ctc", said).group()
    return None


def _sentence(t: str, a: int, b: int) -> tuple[int, int]:
    start = max(t.rfind(x, 0, a) for x in ".!?\n;") + 1
    found = re.compile(r"[.!?\n;]").search(t, b)
    return start, found.start() if found else len(t)


def mentions(t: str, said_year: int | None = None) -> list[tuple[str | None, str, int, int]]:
    """(level, polarity, start, end) for each clearance the person speaks of as their own, in
    normalised lower-case ``t``; with ``said_year``, a date it runs till tells whether it is
    held now ("SC held till 2029": held; "held NV1 till 2025": lapsed)."""
    if not _cheap(t):
        return []
    out: list[tuple[str | None, str, int, int]] = []
    for m in _MENTION.finditer(t):
        a, b = m.span()
        start, end = _sentence(t, a, b)
        before, after = t[start:a], t[b:end]
        if someone_elses(before) or re.search(
            r"\b(?:his|her|their|my) (?:wife|husband|partner|spouse|dad|father|mum|mother|brother|"
            r"sister|son|daughter)\b[^,]{0,25}$",
            before,
        ):
            continue  # "his wife holds the clearance": hers, not his
        level = _level(m)
        lacks_before = _LACKS_BEFORE.search(before[-60:])
        if lacks_before and _NEW_CLAUSE.search(lacks_before.group()):
            lacks_before = None  # "won't sit a poly, TS/SCI reqs only": the refusal was the poly's
        lacks = bool(lacks_before or _LACKS_AFTER.match(after))
        if m.lastgroup == "sc6" and _REFUSED_ANY.search(before) and re.match(r"\W*again\b", after):
            lacks = True  # "refuses to go through a five-year referencing and CTC again"
        runs = runs_till(t, b, end) if said_year and level else None
        if (
            runs
            and not (lacks_before and _REFUSED_ANY.search(lacks_before.group()))
            and not _LACKS_AFTER.match(after)
        ):
            # the date it runs till decides, over a past tense ("held") that may be now too
            out.append((level, "wish" if runs[0] >= said_year else "avoid", a, b))
        elif lacks:
            out.append((level, "avoid", a, b))
        elif level and _HOLDS.search(t, max(start, a - 40), min(end, b + 40)):
            if _THE_ROLES.search(t, max(start, a - 30), min(end, b + 25)):
                continue  # "needs NV1 for the Canberra role"
            out.append((level, "wish", a, b))
        elif level and re.fullmatch(r"\W*", before) and re.match(r"\W*$", after):
            out.append((level, "wish", a, b))  # "Baseline cleared." said on its own
    return _one_per_level(out)


def held_till_spans(t: str) -> list[tuple[int, int]]:
    """The spans of the dates a clearance is said to run till ("SC held at MOJ till 2029"):
    when it lapses, never a wait."""
    if not _cheap(t):
        return []
    spans = []
    for m in _MENTION.finditer(t):
        if _level(m) and (runs := runs_till(t, m.end(), _sentence(t, *m.span())[1])):
            spans.append(runs[1:])
    return spans


def _one_per_level(found: list) -> list:
    seen, kept = set(), []
    for level, pol, a, b in found:
        if (level, pol) in seen:
            continue
        seen.add((level, pol))
        kept.append((level, pol, a, b))
    return kept


_ROLE_CLEAR = re.compile(
    rf"\b(?:{_LEVEL})\b|\bcleared (?:program(?:me)?|role|environment|site|facility)|\bscif\b",
    re.I,
)


def role_clearance(text: str) -> str | None:
    """The clearance a role's text asks for: its level, "any" when it names none ("a cleared
    program", "in a SCIF"), or None when it says nothing of one."""
    lower = text.lower()
    if not _cheap(lower) and "scif" not in lower:
        return None
    found = None
    for m in _ROLE_CLEAR.finditer(lower):
        level = _level(m) if m.lastgroup else None
        if level:
            return level
        found = "any"
    return found


def meets(held: str | None, needed: str) -> bool | None:
    """Whether a clearance held meets the one a role asks for (None: cannot tell)."""
    if needed == "any":
        return True
    if held is None:
        return None
    for ladder in LADDERS:
        if held in ladder and needed in ladder:
            return ladder.index(held) >= ladder.index(needed)
    return None
