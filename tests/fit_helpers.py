"""A note read and judged against a role's terms, in the shape the fit tests assert: the kinds of
judgement (met, unmet, unknown, location…) and the facets each was about."""

from __future__ import annotations

from datetime import date

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)


def judged(note: str, person_location: str | None = None, **role) -> dict[str, set[str]]:
    """{judgement kind: {facets}} for ``note`` (said on ``SAID``) against the role's fields."""
    role.setdefault("title", "Engineer")
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), person_location=person_location, today=SAID):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


def goes_against(note: str, facet: str, person_location: str | None = None, **role) -> bool:
    return facet in judged(note, person_location, **role).get("unmet", set())


def suits(note: str, facet: str, person_location: str | None = None, **role) -> bool:
    got = judged(note, person_location, **role)
    return facet in got.get("met", set()) and "unmet" not in got
