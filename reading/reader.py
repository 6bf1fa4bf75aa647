"""The reader: free text about a person -> conditions (see ``reading.conditions``).

Steps: normalise (lower case, shorthand expanded, typos corrected, offsets kept); read the
whole-text facets that do not depend on one clause (opt-outs, waits); then cut the text into
clauses and segments and read every other facet in each, giving each mention the direction of
the cue words of its segment. Everything is rules and word lists: no model, no network.
"""

from __future__ import annotations

import re
from datetime import date

from reading import mobility, titles
from reading.clauses import Clause, clauses
from reading.conditions import Condition
from reading.contact import channels, opt_outs
from reading.facets import BARE_IS_WISH, mentions
from reading.negation import carried, cue_at, trailing
from reading.normalise import Normalised, normalise
from reading.pay import find_pay
from reading.waits import find_waits

# Words that make a mention background ("worked in fintech", "led a team") rather than a wish.
_BACKGROUND = re.compile(
    r"(?:'m a|'s a|\bam a|\bare a)\b|\b(?:worked|works|working (?:at|in|on|with|for)|led|leads|ran|runs|built|builds|shipped|spent|"
    r"used|uses|using|has|had|have been|has been|was|were|did|joined|currently|previously|"
    r"former(?:ly)?|experience|years?|background|comes from|came from|coming from|knows|"
    r"familiar|expert|specialist|skilled|certified|managed|manages|mentored|grew|scaled|"
    r"delivered|owns|owned|migrated|designed|wrote|maintains|maintained|strong|solid|deep|"
    r"proficient|fluent|at|is a|is an|as a|as an|role was|job was|interviewed|applied|went|switched|"
    r"became|stopped|moved)\b"
)
# "move from Java to Kotlin": what they leave is not named as a refusal.
_FROM_TO = re.compile(r"\bfrom\W*$")
# A clause that reports the past or the present ("day rate last contract was £600", "perm since")
# gives no wish to a bare mention.
_REPORTED = re.compile(
    r"\b(?:was|were|had|did|last|since|previous(?:ly)?|used to|current(?:ly)?|contracted|worked|"
    r"spent|ago|before|prior)\b"
)
_MAX_WORDS = re.compile(
    r"\b(?:max(?:imum)?|at most|no more than|not more than|up to|only|tops|limit)\b"
)
_PART_TIME_HARD = re.compile(r"\b(?:part time|0\.\d fte|\d days a week|days a week)\b")


def read(text: str, *, said_at: date | None = None) -> list[Condition]:
    """Every condition in ``text``; spans index ``text``; waits resolve relative to ``said_at``."""
    if not text or not text.strip():
        return []
    said_at = said_at or date.today()
    norm = normalise(text)
    t = norm.text
    out = _Collector(norm, said_at)
    blocked: list[tuple[int, int]] = []
    opted = opt_outs(t)
    for a, b in opted:
        out.add(
            "contact", "avoid", {"kind": "opt_out", "channel": None}, a, b, 0.95, "rule:opt_out"
        )
        blocked.append((a, b))
    waits = find_waits(t, said_at, text)
    if waits:
        # One wait per note: where several dates are named, the last one is when they are free.
        day, a, b = max(waits)
        out.add("wait", "must", {"until": day.isoformat()}, a, b, 0.9, "rule:wait")
        blocked.extend((a, b) for _, a, b in waits)
    for clause in clauses(t):
        _read_clause(t, clause, out, blocked, opted, norm)
    return out.conditions()


class _Collector:
    def __init__(self, norm: Normalised, said_at: date):
        self.norm, self.said_at, self.items = norm, said_at, []

    def add(self, facet, polarity, value, a, b, confidence=0.8, method="rule") -> None:
        start, end = self.norm.span(a, b)
        self.items.append(
            Condition(facet, polarity, value, start, end, confidence, method, self.said_at)
        )

    def conditions(self) -> list[Condition]:
        seen, kept = set(), []
        if any(c.facet == "work_mode" and c.value.get("days") for c in self.items):
            # "hybrid, 3 days in the office at most": one condition, the one with the days
            self.items = [
                c
                for c in self.items
                if not (
                    c.facet == "work_mode"
                    and c.value.get("mode") == "hybrid"
                    and not c.value.get("days")
                )
            ]
        commutes = [c for c in self.items if c.facet == "commute"]
        if len(commutes) > 1:
            keep = next((c for c in commutes if c.value.get("minutes") is not None), commutes[0])
            self.items = [c for c in self.items if c.facet != "commute" or c is keep]
        cued = {(c.facet, *c.key()[2:]) for c in self.items if c.method != "rule:bare"}
        items = [
            c for c in self.items if c.method != "rule:bare" or (c.facet, *c.key()[2:]) not in cued
        ]
        for c in sorted(items, key=lambda c: (c.start, -c.end)):
            if c.key() not in seen:
                seen.add(c.key())
                kept.append(c)
        return kept


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _polarity(t: str, clause: Clause, a: int, b: int) -> str | None:
    """The cue-given direction of the mention at t[a:b], carried along a list if it has none."""
    i = clause.segment_of(a)
    s, e = clause.segments[i]
    own = cue_at(t[s:e], a - s, b - s)
    if own == "wish" and re.search(r"\bonly\b", t[s:a]):
        own = "must"  # "only interested in climate": the hardness word wins over the wish
    if own == "wish" and i + 1 < len(clause.segments):
        ns, ne = clause.segments[i + 1]
        if trailing(t[ns:ne]) == "must":
            own = "must"  # "wants the title Principal Engineer, nothing less"
    if own is not None:
        return own
    if _BACKGROUND.search(t[s:a]) or _FROM_TO.search(t[s:a]) and re.match(r"\W*to\b", t[b:e]):
        return "background"
    for j in range(i - 1, -1, -1):
        ps, pe = clause.segments[j]
        got = carried(t[ps:pe])
        if got is not None:
            return got
    for j in range(i + 1, len(clause.segments)):
        ns, ne = clause.segments[j]
        got = trailing(t[ns:ne])
        if got is not None:
            return got
    return None


def _segment(t: str, clause: Clause, a: int) -> tuple[int, int]:
    return clause.segments[clause.segment_of(a)]


def _read_clause(t: str, clause: Clause, out: _Collector, blocked, opted, norm: Normalised) -> None:
    c0, c1 = clause.start, clause.end
    text = t[c0:c1]
    taken: list[tuple[int, int]] = []
    _mobility(t, clause, out, taken, norm)
    for v, pol, a, b in find_pay(text):
        a, b = a + c0, b + c0
        if _overlaps(a, b, blocked):
            continue
        if v["amount"] is None and _polarity(t, clause, a, b) in (None, "background"):
            continue
        out.add("pay", pol, v, a, b, 0.85, "rule:pay")
        taken.append((a, b))
        if v.get("period") == "day":
            # A day rate is a contractor's pay: the person is after contract work.
            out.add("contract", "wish", {"kind": "contract"}, a, b, 0.6, "rule:bare")
    for m in mentions(text):
        a, b = m.start + c0, m.end + c0
        if _overlaps(a, b, taken) or _overlaps(a, b, blocked):
            continue
        pol = _polarity(t, clause, a, b)
        if pol == "background":
            continue
        method = "rule:lexicon"
        if pol is None:
            if m.facet not in BARE_IS_WISH or _REPORTED.search(text):
                continue
            pol, method = "wish", "rule:bare"
        if m.facet == "schedule" and m.value["kind"] == "part_time" and pol == "wish":
            s, e = _segment(t, clause, a)
            if (
                _PART_TIME_HARD.search(t[s:e])
                and re.search(r"\d", t[s:e])
                and not re.search(r"\b(?:wants?|would|prefer|ideally|keen|open)", t[s:e])
            ):
                pol = "must"
        if m.facet == "management" and re.match(r"\W*titles?\b", t[b:]):
            continue  # "only looking at Engineering Manager titles": a title, read below
        s, e = _segment(t, clause, a)
        if t[a:b] == "office" and cue_at(t[s:e], a - s, b - s) != "avoid":
            continue  # a bare "office" says something only when refused ("no office")
        if m.facet == "schedule" and m.value["kind"] == "nights" and re.search(r"\d\W*$", t[c0:a]):
            continue  # "2 nights a month" is travel, not night work
        taken.append((a, b))
        out.add(m.facet, pol, dict(m.value), a, b, 0.8 if method == "rule:lexicon" else 0.6, method)
    title_spans = []
    for title, a, b in titles.titles(text):
        a, b = a + c0, b + c0
        title_spans.append((a, b, title))
        if _overlaps(a, b, taken):
            continue
        pol = _polarity(t, clause, a, b)
        if pol in (None, "background"):
            continue
        out.add("title", pol, {"title": title}, a, b, 0.7, "rule:title")
    for level, a, b in titles.levels(text):
        a, b = a + c0, b + c0
        if _overlaps(a, b, taken):
            continue
        inside = [title for s, e, title in title_spans if s <= a and b <= e]
        if inside and not inside[0].startswith(t[a:b]):
            continue
        if inside and t[a:b] not in ("senior", "staff", "lead", "junior"):
            continue  # "Head of Engineering" names a title; only a plain level word is also a level
        pol = _polarity(t, clause, a, b)
        if pol in (None, "background"):
            continue
        out.add("seniority", pol, {"level": level}, a, b, 0.7, "rule:seniority")
    if _overlaps(c0, c1, opted):
        return  # a clause that opts out names channels only to refuse them all
    for s, e in clause.segments:
        for channel, pol, a, b in channels(t[s:e]):
            a, b = a + s, b + s
            if not _overlaps(a, b, blocked):
                out.add(
                    "contact",
                    pol,
                    {"kind": "channel", "channel": channel},
                    a,
                    b,
                    0.8,
                    "rule:channel",
                )


def _mobility(t: str, clause: Clause, out: _Collector, taken: list, norm: Normalised) -> None:
    """Office days, relocation, location, commute, visa and travel in one clause."""
    relocation_seen = relocation_willing = False
    for s, e in clause.segments:
        seg = t[s:e]
        days = mobility.office_days(seg)
        if days and re.search(
            r"\b(?:role|job|it|they|position|offer) (?:was|were|is|wanted|required|needed)\b",
            seg[: days[1]],
        ):
            days = None  # "the role was 4 days on site": the role's terms, not the person's
        if days:
            n, a, b = days
            clause_text = t[clause.start : clause.end]
            capped = _MAX_WORDS.search(seg) or re.search(
                r"\b(?:not|no) more\b|\bmax\b", clause_text
            )
            pol = "must" if capped else (cue_at(seg, a, b) or "wish")
            mode = "onsite" if n >= 5 else "hybrid"
            out.add(
                "work_mode", pol, {"mode": mode, "days": n}, a + s, b + s, 0.85, "rule:office_days"
            )
            taken.append((a + s, b + s))
        reloc = mobility.relocation(seg)
        if reloc:
            willing, a, b = reloc
            place = _place_after(t, s + b, e, norm)
            value = {"willing": willing, "place": place}
            pol = "wish" if willing else "must"
            out.add("relocation", pol, value, a + s, b + s, 0.85, "rule:relocation")
            taken.append((a + s, b + s))
            relocation_seen, relocation_willing = True, willing
        com = mobility.commute(seg)
        if com:
            minutes, capped, a, b = com
            cue = cue_at(seg, a, b)
            if minutes is not None and re.search(
                r"\b(?:ideally|prefer\w*|would like|'d like|nice)\b", seg
            ):
                pol = "wish"
            elif minutes is not None:
                pol = "must"
            else:
                pol = cue
            if pol:
                out.add("commute", pol, {"minutes": minutes}, a + s, b + s, 0.8, "rule:commute")
                taken.append((a + s, b + s))
        vis = mobility.visa(seg)
        if vis:
            kind, a, b = vis
            pol = "must" if kind == "needs_sponsorship" else "wish"
            out.add("visa", pol, {"kind": kind}, a + s, b + s, 0.85, "rule:visa")
            taken.append((a + s, b + s))
        trav = mobility.travel(seg)
        if trav:
            share, capped, a, b = trav
            cue = cue_at(seg, a, b)
            pol = "must" if share is not None and capped else cue
            if pol:
                out.add("travel", pol, {"share": share}, a + s, b + s, 0.75, "rule:travel")
                taken.append((a + s, b + s))
    text = t[clause.start : clause.end]
    for place, a, b in mobility.places(text, norm.source, lambda p: norm.origin(p + clause.start)):
        a, b = a + clause.start, b + clause.start
        if _overlaps(a, b, taken):
            continue
        s, e = _segment(t, clause, a)
        if mobility.visa(t[s:e]):
            continue  # "no visa issues for UK roles": where the right to work holds
        role = mobility.place_role(t[clause.start : a], t[b:e])
        if role == "skip":
            continue
        if relocation_seen and not relocation_willing and re.search(r"\b(?:to|in)\W*$", t[s:a]):
            continue  # "won't relocate to Manchester": the place is the relocation's, not a wish
        if mobility.moving_to(t[clause.start : a]):
            out.add("location", "wish", {"place": place}, a, b, 0.8, "rule:location")
            if not relocation_seen:
                out.add(
                    "relocation",
                    "wish",
                    {"willing": True, "place": place},
                    a,
                    b,
                    0.8,
                    "rule:relocation",
                )
            continue
        pol = role or cue_at(t[s:e], a - s, b - s)
        if (
            pol == "must"
            and role is None
            and _MAX_WORDS.search(t[s:e])
            and not re.search(r"\bonly\b", t[s:e])
        ):
            pol = "wish"  # "1d/wk Ldn max": the cap is on the days, not on the place
        if pol is None and (mobility.stays(text) or relocation_willing):
            pol = "wish"
        if pol is None and mobility.place_is_background(t[s:a]):
            continue
        if pol is None:
            pol = _polarity(t, clause, a, b)
        if (
            pol is None
            and re.search(r"\b(?:in|near|around)\W*$", t[s:a])
            and not _REPORTED.search(text)
        ):
            pol = "wish"  # "lead roles only, in London or remote"
        if pol in (None, "background"):
            continue
        out.add("location", pol, {"place": place}, a, b, 0.75, "rule:location")


def _place_after(t: str, start: int, end: int, norm: Normalised) -> str | None:
    m = re.match(r"\W*(?:back )?(?:to|for|into|in)\W+", t[start:end])
    if not m:
        return None
    rest_start = start + m.end()
    for place, a, _ in mobility.places(
        t[rest_start:end], norm.source, lambda p: norm.origin(p + rest_start)
    ):
        if a == 0 or t[rest_start : rest_start + a].strip() in ("the", ""):
            return place
    return None
