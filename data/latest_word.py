"""The latest word on a subject: which of a person's conditions a later one contradicts.

A person's notes pile up over years: "no travel while the kids are small" in 2023, "kids at uni,
travel's fine" in 2026. Two conditions on the same facet and subject that point opposite ways
(a refusal and an acceptance, a cap and a wish) cannot both count: the later one does (the day
it was said, then the order of sources and of the text), and a recruiter's row beats anything
read. Conditions that merely sit side by side on one facet (a remote wish and a two-day office
cap; two technologies) are not a contradiction and both stay.

``superseded`` is pure: ``data.conditions.refresh_active`` gives it the active rows of a few
people and switches off the ids it returns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from reading.conditions import FACETS as READ_FACETS
from reading.places import city_key

# Facets with a latest word. Pay asks and floors move by amount (a lowered ask is a new ask, not
# a refusal); contact has its own take-back (opt-in); waits run out on their own.
FACETS = frozenset(READ_FACETS) - {"pay", "contact", "wait"}
# What a subject is, per facet: the value fields that must agree (empty: the facet itself).
# A place left unsaid ("won't relocate") is about every place.
SUBJECT = {
    "work_mode": ("mode",),
    "location": ("place",),
    "relocation": ("place",),
    "schedule": ("kind",),
    "contract": ("kind",),
    "management": ("kind",),
    "company": ("kind",),
    "industry": ("name",),
    "mission": ("name",),
    "technology": ("name",),
    "title": ("title",),
    "seniority": ("level",),
    "visa": ("kind",),
    "clearance": (),
    "language": ("language",),  # "Dutch A2" in 2024, "Dutch C1 now" in 2026: the later level
    "topic": ("words",),
}
OPEN_FIELDS = frozenset({"place"})  # unsaid means any
SOURCE_ORDER = {"motivation": 0, "profile": 0, "application": 1, "touchpoint": 2}
RECRUITER = frozenset({"confirmed", "corrected"})


def _sign(facet: str, polarity: str, value: dict) -> int:
    """Which way a condition points: +1 towards the thing, -1 against it."""
    if facet == "relocation":
        return -1 if value.get("willing") is False else 1
    if facet == "travel" and polarity == "must":
        return -1  # a cap on travel ("no more than 20%") is against travel
    return -1 if polarity == "avoid" else 1


def _norm(v: Any) -> Any:
    return v.strip().casefold() if isinstance(v, str) else v


def _same_subject(facet: str, a: dict, b: dict) -> bool:
    if facet == "contract" and a.get("form") and b.get("form"):
        return a["form"] == b["form"]  # a US form is the subject: "W2 works", then "no W2"
    for field in SUBJECT.get(facet, ()):
        x, y = _norm(a.get(field)), _norm(b.get(field))
        if x != y and not (field in OPEN_FIELDS and (x is None or y is None)):
            return False
    return True


def superseded(rows: Iterable[Any]) -> set[int]:
    """Ids of rows a later row on the same facet and subject contradicts. Each row has ``id``,
    ``candidate_id``, ``facet``, ``polarity``, ``value``, ``said_at``, ``source_kind``,
    ``source_id``, ``span_start`` and ``status``."""
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        if r.facet in FACETS:
            groups[(r.candidate_id, r.facet)].append(r)
    out: set[int] = set()
    for (_, facet), group in groups.items():
        if len(group) < 2:
            continue
        group.sort(key=_order)
        for i, earlier in enumerate(group):
            sign = _sign(facet, earlier.polarity, earlier.value or {})
            for later in group[i + 1 :]:
                if (
                    _sign(facet, later.polarity, later.value or {}) != sign
                    and _same_subject(facet, earlier.value or {}, later.value or {})
                    or _both_only(facet, earlier, later)
                    or _status_changed(facet, earlier, later)
                    or _travel_cap_moved(facet, earlier, later)
                ):
                    out.add(earlier.id)
                    break
    return out | _moves(rows) | _modes(rows)


def _modes(rows: Iterable[Any]) -> set[int]:
    """The latest word on how they work, across modes: a mode held to alone and later given up
    for another ("remote only, no office days" in March, "two days in is fine now" in October),
    or one fine before and later given up for one held to alone ("hybrid's fine", then "remote
    only from now on"). Only a later day counts: "remote ideally, hybrid 2 days max" in one
    note is one stance."""
    people: dict[Any, list] = defaultdict(list)
    for r in rows:
        if r.facet == "work_mode" and (r.value or {}).get("mode"):
            people[r.candidate_id].append(r)
    out: set[int] = set()
    for group in people.values():
        if len(group) < 2:
            continue
        group.sort(key=_order)
        for i, earlier in enumerate(group):
            mode = earlier.value["mode"]
            for later in group[i + 1 :]:
                if later.said_at is None or earlier.said_at is None:
                    continue
                if later.said_at <= earlier.said_at and later.status not in RECRUITER:
                    continue
                other = later.value["mode"]
                if other == mode or later.polarity == "avoid":
                    continue
                more_office = _OFFICE_SHARE[other] > _OFFICE_SHARE[mode]
                if (
                    _exclusive(earlier)  # "remote only", then "two days in is fine now"
                    or (_exclusive(later) and not more_office)  # "hybrid's fine", "remote only"
                    or (earlier.polarity == "must" and more_office)  # "2 days max", "5 days fine"
                    or (earlier.polarity == "avoid" and more_office)
                ):
                    out.add(earlier.id)
                    break
    return out


def _exclusive(r) -> bool:
    """A mode held to alone ("remote only", "on-site or nothing"), not a cap on office days
    ("office 2 days a week max" sits beside a remote wish)."""
    v = r.value or {}
    return r.polarity == "must" and not (v.get("mode") == "hybrid" and v.get("days") is not None)


# How much of the week each mode spends in the office.
_OFFICE_SHARE = {"remote": 0, "hybrid": 1, "onsite": 2}


def _both_only(facet: str, earlier, later) -> bool:
    """Another form wanted where one was wanted alone: "C2C only", then "wants W2 now"."""
    a, b = earlier.value or {}, later.value or {}
    pols = {earlier.polarity, later.polarity}
    return (
        facet == "contract"
        and "must" in pols
        and "avoid" not in pols
        and bool(a.get("form") and b.get("form"))
        and a["form"] != b["form"]
    )


# The two sides of a visa status: one said later replaces the other ("needs an H-1B transfer",
# then "green card approved, no sponsorship needed").
_VISA_SIDES = frozenset({"needs_sponsorship", "has_right_to_work"})


def _status_changed(facet: str, earlier, later) -> bool:
    """Only a later day's word: one note naming both ("she needs a transfer; her husband's the
    citizen") speaks of two people, not of a change."""
    kinds = {(earlier.value or {}).get("kind"), (later.value or {}).get("kind")}
    return (
        facet == "visa"
        and kinds == _VISA_SIDES
        # "needs sponsorship for the US", then "has the right to work in Canada": two countries
        and (earlier.value or {}).get("country") == (later.value or {}).get("country")
        and earlier.said_at is not None
        and later.said_at is not None
        and later.said_at > earlier.said_at
    )


def _travel_cap(r) -> float | None:
    """How much travel a word allows: "no travel" none, "up to 50%" half; None for a wish or a
    scope of its own ("no overnights", "won't fly"), which is another subject."""
    v = r.value or {}
    if v.get("scope") is not None:
        return None
    if r.polarity == "avoid":
        return v.get("share") or 0.0
    if r.polarity == "must" and v.get("share") is not None:
        return v["share"]
    return None


def _travel_cap_moved(facet: str, earlier, later) -> bool:
    """Travel allowed loosened or tightened on a later day: "no travel while the twins are
    small", then "up to half the time is fine now" (both caps, so no opposite sign), or "up to
    50%" then "none at all now". Only a later day's word: "no overnights, up to 20%" in one note
    is one stance."""
    if facet != "travel" or earlier.said_at is None or later.said_at is None:
        return False
    a, b = _travel_cap(earlier), _travel_cap(later)
    return a is not None and b is not None and a != b and later.said_at > earlier.said_at


def _moves(rows: Iterable[Any]) -> set[int]:
    """The latest word on moving, across location and relocation: a move wanted later
    gives up a stay said before ("won't leave Dublin", then "moving to Galway"); a move refused
    later gives up the places a move was wanted to ("open to Galway", then "not moving anywhere
    now")."""

    def place(r) -> str | None:
        p = (r.value or {}).get("place")
        return city_key(p) if p else None

    people: dict[Any, list] = defaultdict(list)
    for r in rows:
        if r.facet in ("location", "relocation"):
            people[r.candidate_id].append(r)
    out: set[int] = set()
    for group in people.values():
        group.sort(key=_order)
        for i, later in enumerate(group):
            if later.facet != "relocation":
                continue
            willing = (later.value or {}).get("willing")
            for earlier in group[:i]:
                if _order(earlier)[:2] >= _order(later)[:2]:
                    continue  # said in the same note
                if willing is True and earlier.facet == "location":
                    to = place(later)
                    if earlier.polarity == "must" and (to is None or place(earlier) != to):
                        out.add(earlier.id)  # the stay is given up
                    elif earlier.polarity == "avoid" and to is not None and place(earlier) == to:
                        out.add(earlier.id)  # "not Galway", then "moving to Galway"
                elif (
                    willing is False and earlier.facet == "location" and earlier.polarity != "avoid"
                ):
                    targets = {
                        place(r)
                        for r in group[:i]
                        if r.facet == "relocation" and (r.value or {}).get("willing") is True
                    }
                    if place(earlier) in targets:
                        out.add(earlier.id)  # the place they would have moved to
    return out


def _order(r) -> tuple:
    return (
        r.status in RECRUITER,
        r.said_at or date.min,
        SOURCE_ORDER.get(r.source_kind, 3),
        r.source_id or 0,
        r.span_start or 0,
        r.id or 0,
    )
