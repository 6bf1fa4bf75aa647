"""Rows written by ``BulkInsert`` (``read_pool``'s fast path) read back exactly as rows the ORM
wrote: JSON values, days, UTC timestamps, true/false and missing values alike."""

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from data.bulk_insert import BulkInsert
from data.models import CandidateCondition
from data.sessions import session_scope
from tests.factories import make_candidate

COLUMNS = ("candidate_id", "source_kind", "source_id", "facet", "polarity", "key", "value")
COLUMNS += ("span_start", "span_end", "span_text", "said_at", "confidence", "method", "status")
COLUMNS += ("active", "recruiter", "created_at")


def _values(candidate_id: int, n: int, source_id: int) -> dict:
    return {
        "candidate_id": candidate_id,
        "source_kind": "touchpoint",
        "source_id": source_id,
        "facet": "pay",
        "polarity": "must",
        "key": f"pay|must|{n}",
        "value": {"amount": 90000 + n, "currency": "EUR", "note": "“quoted” ünïcode ₹"},
        "span_start": n,
        "span_end": n + 19,
        "span_text": "won't go below €90k" if n % 2 else None,
        "said_at": date(2026, 3, n + 1),
        "confidence": 0.85,
        "method": "rule:pay",
        "status": "read",
        "active": bool(n % 2),
        "recruiter": None,
        "created_at": datetime(2026, 11, 26, 9, 30, n, 123456, tzinfo=UTC),
    }


def _read_back(session, source_ids: range) -> list[tuple]:
    rows = session.exec(
        select(CandidateCondition).where(CandidateCondition.source_id.in_(list(source_ids)))
    ).all()
    return sorted(
        (tuple(getattr(row, c) for c in COLUMNS if c != "source_id") for row in rows), key=repr
    )


@pytest.mark.both_backends
def test_bulk_written_rows_read_back_like_rows_the_orm_wrote(engine):
    with session_scope(engine) as session:
        person = make_candidate(session)
        orm = [CandidateCondition(**_values(person.id, n, n)) for n in range(4)]
        session.add_all(orm)
        BulkInsert(CandidateCondition.__table__, COLUMNS).execute(
            session.connection(),
            [tuple(_values(person.id, n, 10 + n)[c] for c in COLUMNS) for n in range(4)],
        )
    with session_scope(engine) as session:
        by_orm = _read_back(session, range(4))
        by_bulk = _read_back(session, range(10, 14))
    assert len(by_bulk) == 4
    assert by_bulk == by_orm
    assert by_bulk[0][-1].tzinfo is not None  # timestamps come back aware, as the ORM's do
