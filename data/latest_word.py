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
                if _sign(facet, later.polarity, later.value or {}) != sign and _same_subject(
                    facet, earlier.value or {}, later.value or {}
                ):
                    out.add(earlier.id)
                    break
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
