"""Runs the rediscovery scenarios through the real pipeline (database, index, matcher)."""

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from data.db import make_engine, upgrade
from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.motivation_words import categorise
from matching.embedder import Embedder
from matching.engine import Matcher
from matching.evaluation.metrics import Scores
from matching.evaluation.profiles import PROFILES, ROLES
from matching.evaluation.scenarios import CASES, Case
from matching.indexer import index_pool
from matching.weights import Weights

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def _add_case(session: Session, number: int, case: Case) -> tuple[int, dict[str, int]]:
    opening = Opening(
        external_id=f"S{number:02d}", status="open", **{**ROLES[case.role], **case.opening}
    )
    session.add(opening)
    session.flush()
    people = list(enumerate(case.people))
    random.Random(number).shuffle(people)  # ties in a baseline must not favour the answer
    grades = {}
    for j, person in people:
        extra = dict(person.overrides)
        consent_days = extra.pop("consent_days", 365)
        candidate = Candidate(
            external_id=f"S{number:02d}-{j}",
            full_name=person.name,
            email=f"s{number:02d}.{j}@example.org",
            location=extra.pop("location", "Lisbon, Portugal"),
            consent_until=(NOW + timedelta(days=consent_days)).date(),
            **{**PROFILES[person.profile], **extra},
        )
        session.add(candidate)
        session.flush()
        grades[candidate.external_id] = person.grade
        for statement in person.motivations:
            session.add(
                Motivation(
                    candidate_id=candidate.id,
                    statement=statement,
                    category=categorise(statement) or "other",
                )
            )
        for a in person.apps:
            a = dict(a)
            past, days = a.pop("past"), a.pop("days")
            past_id = None
            if past:
                old = Opening(title=a["role_title"], status="filled", **past)
                session.add(old)
                session.flush()
                past_id = old.id
            session.add(
                Application(
                    candidate_id=candidate.id,
                    opening_id=past_id,
                    applied_at=_ago(days + 30),
                    decided_at=_ago(days),
                    **a,
                )
            )
        for t in person.touches:
            t = dict(t)
            session.add(Touchpoint(candidate_id=candidate.id, at=_ago(t.pop("days")), **t))
    return opening.id, grades


def run_scenarios(
    embedder: Embedder, weightings: dict[str, Weights], *, work_dir: Path
) -> tuple[dict[str, dict[str, float]], list[dict]]:
    """Mean metrics per weighting, and per-case detail for the first weighting."""
    engine = make_engine(f"sqlite:///{work_dir / 'scenarios.db'}")
    upgrade(engine)
    with Session(engine) as session:
        cases = [(case, *_add_case(session, n, case)) for n, case in enumerate(CASES, start=1)]
        session.commit()
    index_pool(engine, embedder)
    matcher = Matcher(engine, embedder)
    scores = {name: Scores(ks=()) for name in weightings}
    details = []
    first = next(iter(weightings))
    for case, opening_id, grades in cases:
        for name, weights in weightings.items():
            result = matcher.match_opening(opening_id, top_k=500, weights=weights, now=NOW)
            ranked = [r.external_id for r in result.results if r.external_id in grades]
            scores[name].add(ranked, grades, pairwise=_pairwise(ranked, grades))
            if name == first:
                by_id = {r.external_id: r for r in result.results}
                details.append(
                    {
                        "case": case.name,
                        "pairwise": _pairwise(ranked, grades),
                        "order": [
                            (by_id[c].full_name, round(by_id[c].score, 1), grades[c])
                            for c in ranked
                        ],
                    }
                )
    engine.dispose()
    return {name: s.means() for name, s in scores.items()}, details


def _pairwise(ranked: list[str], grades: dict[str, int]) -> float:
    """Share of (better, worse) pairs in the right order; an absent person ranks last."""
    pos = {c: i for i, c in enumerate(ranked)}
    pairs = [(a, b) for a in grades for b in grades if grades[a] > grades[b]]
    if not pairs:
        return 1.0
    right = sum(pos.get(a, 10**6) < pos.get(b, 10**6 + 1) for a, b in pairs)
    return right / len(pairs)
