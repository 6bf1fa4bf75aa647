"""Where and how far, read in one clause: office days, relocation, commute, visa, travel, places.

The matchers are in ``reading.mobility``; this module decides which of their finds are the
person's conditions and in which direction.
"""

from __future__ import annotations

import re

from reading import mobility
from reading.clauses import Clause
from reading.direction import MAX_WORDS, REPORTED, overlaps, polarity, segment_at
from reading.negation import cue_at
from reading.normalise import Normalised

_COMMUTE_HURTS = re.compile(
    r"\b(?:too (?:much|far|long)|long|killed|killing|draining|exhausting|brutal|nightmare|awful|grim)\b"
)


def read_mobility(t: str, clause: Clause, out, taken: list, norm: Normalised) -> None:
    """Office days, relocation, location, commute, visa and travel in one clause."""
    relocation_seen = relocation_willing = False
    days_spans: list[
        tuple[int, int]
    ] = []  # a place inside office days ("1d/wk Ldn max") still counts
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
            capped = MAX_WORDS.search(seg) or re.search(r"\b(?:not|no) more\b|\bmax\b", clause_text)
            pol = "must" if capped else (cue_at(seg, a, b) or "wish")
            mode = "onsite" if n >= 5 else "hybrid"
            out.add(
                "work_mode", pol, {"mode": mode, "days": n}, a + s, b + s, 0.85, "rule:office_days"
            )
            days_spans.append((a + s, b + s))
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
            elif minutes is not None and (
                capped or re.search(r"\b(?:over|more than|beyond)\b", seg)
            ):
                pol = "must"  # "anything over 30 minutes is too far": a cap
            elif cue == "avoid" and not capped or _COMMUTE_HURTS.search(seg):
                pol = "avoid"  # "can't do the 2 hour round trip any more", "was too much for him"
            elif minutes is not None:
                pol = "must"
            else:
                pol = cue if cue == "avoid" or not REPORTED.search(seg) else None
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
    taken.extend(days_spans)
    text = t[clause.start : clause.end]
    for place, a, b in mobility.places(text, norm.source, lambda p: norm.origin(p + clause.start)):
        a, b = a + clause.start, b + clause.start
        if overlaps(a, b, taken) and not overlaps(a, b, days_spans):
            continue
        s, e = segment_at(t, clause, a)
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
            and MAX_WORDS.search(t[s:e])
            and not re.search(r"\bonly\b", t[s:e])
        ):
            pol = "wish"  # "1d/wk Ldn max": the cap is on the days, not on the place
        if pol is None and (mobility.stays(text) or relocation_willing):
            pol = "wish"
        if pol is None and mobility.place_is_background(t[s:a]):
            continue
        if pol is None:
            pol = polarity(t, clause, a, b)
        if (
            pol is None
            and re.search(r"\b(?:in|near|around)\W*$", t[s:a])
            and not REPORTED.search(text)
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
