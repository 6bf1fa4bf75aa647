"""What the shortlist is scored on, held in memory beside the vectors.

Scoring a shortlist needs each person's motivations, applications (with the past role's
policy, place and band) and touchpoints. Loading them from the database for every query
costs more than all the arithmetic; four bulk queries at index load make it free. Plain
slotted records with the same attribute names as the tables, so ``matching.signals`` reads
either.

Held for a whole pool, they are most of its memory (more than the vectors): the values that
repeat from person to person (a facet, a stage, a skill, ``{"kind": "on_call"}``, a day) are
kept once and shared (``Shared``). Nothing downstream changes a fact in place.
"""

import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Integer, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, select

from data.models import (
    Application,
    Candidate,
    CandidateCondition,
    Motivation,
    Opening,
    Touchpoint,
)
from matching.fit import ConditionFact
from matching.rehire import rehire_words


@dataclass(slots=True, frozen=True)
class PastRole:
    title: str
    remote_policy: str | None
    location: str | None
    salary_max: int | None
    currency: str | None
    seniority: str | None


@dataclass(slots=True, frozen=True)
class MotivationFact:
    id: int
    statement: str
    category: str


@dataclass(slots=True, frozen=True)
class ApplicationFact:
    id: int
    role_title: str | None
    applied_at: datetime | None
    decided_at: datetime | None
    stage_reached: str
    outcome: str | None
    reason: str | None
    reason_note: str | None
    feedback_given: bool | None
    rating: float | None
    opening: PastRole | None


@dataclass(slots=True, frozen=True)
class TouchpointFact:
    id: int
    at: datetime
    direction: str
    kind: str
    outcome: str | None
    # The team's "not eligible for rehire" or a client's do-not-return in the note, if said
    rehire: str | None = None


@dataclass(slots=True)
class PersonFacts:
    id: int
    external_id: str | None
    full_name: str
    location: str | None
    current_title: str | None
    headline: str | None
    years_experience: float | None
    skills: list[str]
    motivations: list[MotivationFact] = field(default_factory=list)
    applications: list[ApplicationFact] = field(default_factory=list)
    touchpoints: list[TouchpointFact] = field(default_factory=list)
    # What they told us, read into conditions (active ones only: corrections applied).
    conditions: list[ConditionFact] = field(default_factory=list)

    @property
    def last_process(self) -> "ApplicationFact | None":
        """The latest process with the team: what "last time" refers to."""
        return latest_process(self.applications)


def latest_process(applications):
    """The most recent application (decided, else applied), or None."""
    dated = [a for a in applications if (a.decided_at or a.applied_at)]
    if not dated:
        return applications[-1] if applications else None
    return max(dated, key=lambda a: (a.decided_at or a.applied_at, a.id))


class Shared:
    """One object for equal values: the first one seen is returned for every equal one after.
    Strings are interned; dicts (a condition's value) are keyed by their JSON."""

    def __init__(self):
        self._seen: dict = {}

    def __call__(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return sys.intern(value)
        key = json.dumps(value, sort_keys=True, default=str) if isinstance(value, dict) else value
        return self._seen.setdefault((type(value), key), value)


def only_these(session: Session, query, column, only: Sequence[int] | None):
    """``query`` limited to the given candidate ids (all candidates when ``only`` is None).
    PostgreSQL gets them as one array parameter: hundreds of ``IN`` parameters cost more
    to send than the rows they fetch."""
    if only is None:
        return query
    ids = [int(i) for i in only]
    if session.get_bind().dialect.name == "postgresql":
        return query.where(column == any_(bindparam(None, ids, type_=ARRAY(Integer))))
    return query.where(column.in_(ids))


def load_facts(session: Session, *, only: Sequence[int] | None = None) -> dict[int, PersonFacts]:
    """What the shortlist is scored on, for everyone or (``only``) for the given ids. Plain
    rows through the session's connection: the ORM's per-statement work is not needed."""
    conn = session.connection()
    share = Shared()
    people = {
        row[0]: PersonFacts(
            *row[:3],
            share(row[3]),
            share(row[4]),
            *row[5:7],
            [share(skill) for skill in row[7] or []],
        )
        for row in conn.execute(
            only_these(
                session,
                select(
                    Candidate.id,
                    Candidate.external_id,
                    Candidate.full_name,
                    Candidate.location,
                    Candidate.current_title,
                    Candidate.headline,
                    Candidate.years_experience,
                    Candidate.skills,
                ),
                Candidate.id,
                only,
            )
        ).all()
    }
    for mid, cid, statement, category in conn.execute(
        only_these(
            session,
            select(
                Motivation.id, Motivation.candidate_id, Motivation.statement, Motivation.category
            ).order_by(Motivation.id),
            Motivation.candidate_id,
            only,
        )
    ).all():
        if cid in people:
            people[cid].motivations.append(MotivationFact(mid, statement, share(category)))
    roles = {
        row[0]: PastRole(*(share(v) for v in row[1:]))
        for row in conn.execute(
            select(
                Opening.id,
                Opening.title,
                Opening.remote_policy,
                Opening.location,
                Opening.salary_max,
                Opening.currency,
                Opening.seniority,
            )
        ).all()
    }
    apps: dict[int, list[ApplicationFact]] = defaultdict(list)
    app_query = select(
        Application.id,
        Application.candidate_id,
        Application.opening_id,
        Application.role_title,
        Application.applied_at,
        Application.decided_at,
        Application.stage_reached,
        Application.outcome,
        Application.reason,
        Application.reason_note,
        Application.feedback_given,
        Application.rating,
    ).order_by(Application.id)
    for row in conn.execute(only_these(session, app_query, Application.candidate_id, only)).all():
        aid, cid, oid, title, applied, decided, stage, outcome, reason, note, given, rating = row
        apps[cid].append(
            ApplicationFact(
                aid,
                share(title),
                applied,
                decided,
                share(stage),
                share(outcome),
                share(reason),
                note,
                given,
                rating,
                roles.get(oid),
            )
        )
    for cid, items in apps.items():
        if cid in people:
            people[cid].applications = items
    touch_query = select(
        Touchpoint.id,
        Touchpoint.candidate_id,
        Touchpoint.at,
        Touchpoint.direction,
        Touchpoint.kind,
        Touchpoint.outcome,
        Touchpoint.note,
    ).order_by(Touchpoint.id)
    for tid, cid, at, direction, kind, outcome, note in conn.execute(
        only_these(session, touch_query, Touchpoint.candidate_id, only)
    ).all():
        if cid in people:
            people[cid].touchpoints.append(
                TouchpointFact(
                    tid, at, share(direction), share(kind), share(outcome), rehire_words(note)
                )
            )
    for cid, items in condition_facts(session, only=only, share=share).items():
        if cid in people:
            people[cid].conditions = items
    return people


def condition_facts(
    session: Session, *, only: Sequence[int] | None = None, share: Shared | None = None
) -> dict[int, list[ConditionFact]]:
    """Each person's active conditions (what counts now, corrections applied)."""
    share = share or Shared()
    cc = CandidateCondition
    query = (
        select(
            cc.candidate_id,
            cc.id,
            cc.facet,
            cc.polarity,
            cc.value,
            cc.span_text,
            cc.said_at,
            cc.source_kind,
            cc.source_id,
            cc.status,
        )
        .where(cc.active.is_(True))
        .order_by(cc.candidate_id, cc.id)
    )
    found: dict[int, list[ConditionFact]] = defaultdict(list)
    for cid, cond_id, *rest, source_id, status in session.connection().execute(
        only_these(session, query, cc.candidate_id, only)
    ):
        # facet, polarity, value, span, said_at and source kind repeat across the pool.
        found[cid].append(ConditionFact(cond_id, *map(share, rest), source_id, share(status)))
    return found
