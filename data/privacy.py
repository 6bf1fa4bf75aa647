"""Respect for the person: consent, do-not-contact, erasure ("forget this person") and access
requests ("export this person").

Every function here writes an audit entry naming the action, the actor and the record id,
never a name, an email or the free text of a reason. Ranking and drafts already honour
``do_not_contact`` and ``consent_until``; these functions are how they get set.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, select

from data import audit
from data.crud import UnknownRecord, require_candidate
from data.models import (
    Application,
    Candidate,
    CandidateVector,
    Draft,
    DuplicateDismissal,
    DuplicateFlag,
    Motivation,
    Opening,
    ReconnectPin,
    Touchpoint,
)
from data.timeutil import utcnow

EXPORT_FORMAT = 1


UnknownCandidate = UnknownRecord  # the name callers of this module know it by


def set_do_not_contact(
    *,
    session: Session,
    candidate_id: int,
    reason: str | None = None,
    actor: str | None = None,
    on: bool = True,
) -> Candidate:
    """Mark (or, with ``on=False``, unmark) a person as not to be contacted, with why and when."""
    reason = (reason or "").strip() or None
    if on and not reason:
        raise ValueError("say why this person must not be contacted (a few words are enough)")
    candidate = require_candidate(session=session, candidate_id=candidate_id)
    candidate.do_not_contact = on
    candidate.do_not_contact_reason = (reason or None) if on else None
    candidate.do_not_contact_at = utcnow() if on else None
    candidate.updated_at = utcnow()
    audit.record(
        session=session,
        action="do_not_contact",
        actor=actor,
        subject_kind="candidate",
        subject_id=candidate_id,
        detail={"on": on, "reason_given": bool(reason)},
    )
    session.flush()
    return candidate


def set_consent(
    *, session: Session, candidate_id: int, until: date | None, actor: str | None = None
) -> Candidate:
    """Record until when the person agreed to be kept and contacted (``None``: no consent date)."""
    candidate = require_candidate(session=session, candidate_id=candidate_id)
    candidate.consent_until = until
    candidate.updated_at = utcnow()
    audit.record(
        session=session,
        action="consent",
        actor=actor,
        subject_kind="candidate",
        subject_id=candidate_id,
        detail={"until": until.isoformat() if until else None},
    )
    session.flush()
    return candidate


@dataclass(frozen=True)
class Erasure:
    candidate_id: int
    removed: dict[str, int]  # rows removed, by table


def forget_person(*, session: Session, candidate_id: int, actor: str | None = None) -> Erasure:
    """Remove a person and everything held about them, in every table; the caller commits.

    The audit entry keeps only the (now meaningless) id and the counts removed.
    """
    require_candidate(session=session, candidate_id=candidate_id)
    removed: dict[str, int] = {}
    for model in (CandidateVector, ReconnectPin, Draft, Touchpoint, Application, Motivation):
        result = session.exec(delete(model).where(model.candidate_id == candidate_id))
        removed[model.__tablename__] = result.rowcount or 0
    result = session.exec(
        delete(DuplicateDismissal).where(
            (DuplicateDismissal.first_id == candidate_id)
            | (DuplicateDismissal.second_id == candidate_id)
        )
    )
    removed["duplicate_dismissal"] = result.rowcount or 0
    result = session.exec(
        delete(DuplicateFlag).where(
            (DuplicateFlag.first_id == candidate_id) | (DuplicateFlag.second_id == candidate_id)
        )
    )
    removed["duplicate_flag"] = result.rowcount or 0
    session.exec(delete(Candidate).where(Candidate.id == candidate_id))
    removed["candidate"] = 1
    # Nothing of the person stays in this session's memory either.
    for obj in list(session.identity_map.values()):
        if getattr(obj, "candidate_id", None) == candidate_id or (
            isinstance(obj, Candidate) and obj.id == candidate_id
        ):
            session.expunge(obj)
    audit.record(
        session=session,
        action="erasure",
        actor=actor,
        subject_kind="candidate",
        subject_id=candidate_id,
        count=sum(removed.values()),
        detail={"removed": removed},
    )
    session.flush()
    return Erasure(candidate_id=candidate_id, removed=removed)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: _plain(v) for k, v in obj.model_dump().items() if k not in skip}


def export_person(
    *, session: Session, candidate_id: int, actor: str | None = None
) -> dict[str, Any]:
    """Everything held about one person, as JSON-ready data, for an access request."""
    candidate = require_candidate(session=session, candidate_id=candidate_id)
    openings = {o.id: o for o in session.exec(select(Opening))}

    def opening_of(row: dict[str, Any]) -> dict[str, Any]:
        opening = openings.get(row.get("opening_id"))
        if opening is not None:
            row["opening"] = {"external_id": opening.external_id, "title": opening.title}
        return row

    def children(model) -> list:
        query = select(model).where(model.candidate_id == candidate_id)
        return list(session.exec(query.order_by(model.id)))

    vectors = session.exec(
        select(CandidateVector.model, func.count())
        .where(CandidateVector.candidate_id == candidate_id)
        .group_by(CandidateVector.model)
    ).all()
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": utcnow().isoformat(),
        "candidate": _row(candidate),
        "motivations": [_row(m) for m in children(Motivation)],
        "applications": [opening_of(_row(a)) for a in children(Application)],
        "touchpoints": [opening_of(_row(t)) for t in children(Touchpoint)],
        "drafts": [opening_of(_row(d)) for d in children(Draft)],
        "reconnect_pins": [opening_of(_row(p)) for p in children(ReconnectPin)],
        # Vectors are numbers computed from the texts above; their count says they exist.
        "embeddings": [{"model": model, "count": n} for model, n in vectors],
        "not_duplicate_of": sorted(
            d.second_id if d.first_id == candidate_id else d.first_id
            for d in session.exec(
                select(DuplicateDismissal).where(
                    (DuplicateDismissal.first_id == candidate_id)
                    | (DuplicateDismissal.second_id == candidate_id)
                )
            )
        ),
    }
    audit.record(
        session=session,
        action="export_person",
        actor=actor,
        subject_kind="candidate",
        subject_id=candidate_id,
    )
    session.flush()
    return data
