"""A recruiter's corrections to what Encore read: confirm, correct, re-date, dismiss, add,
restore.

Corrections are rows of their own (``CandidateCondition`` with a recruiter status), so they
win over the reader and survive re-reading: when the note is read again, the fresh reader row
with the same source and key is still overridden. Every change is audited (ids, facet and
field names only — never the words themselves).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from data import audit
from data.conditions import OPT_OUT_KEY, READ, condition_key, refresh_active
from data.models import Candidate, CandidateCondition
from data.privacy import set_do_not_contact
from reading.conditions import FACETS, KEY_FIELDS, POLARITIES, Condition


class ConditionError(ValueError):
    pass


def _require(session: Session, condition_id: int) -> CandidateCondition:
    row = session.get(CandidateCondition, condition_id)
    if row is None or row.facet == "none":
        raise ConditionError(f"no condition with id {condition_id}")
    return row


def _check(facet: str, polarity: str, value: dict[str, Any]) -> str:
    if facet not in FACETS:
        raise ConditionError(f"unknown facet '{facet}' (one of: {', '.join(FACETS)})")
    if polarity not in POLARITIES:
        raise ConditionError(f"unknown polarity '{polarity}' (must, avoid or wish)")
    missing = [
        k
        for k in KEY_FIELDS[facet]
        if k not in value
        and not (
            facet == "contact" and k == "channel" and value.get("kind") in ("opt_out", "opt_in")
        )
    ]
    if missing:
        raise ConditionError(f"a {facet} condition needs {', '.join(missing)}")
    return condition_key(Condition(facet, polarity, value))


def _log(session: Session, action: str, row: CandidateCondition, actor: str | None) -> None:
    audit.record(
        session=session,
        action=action,
        actor=actor,
        subject_kind="candidate",
        subject_id=row.candidate_id,
        count=1,
        detail={"condition_id": row.id, "facet": row.facet, "source": row.source_kind},
    )


def _recruiter_row(
    original: CandidateCondition, *, status: str, actor: str | None, **changes: Any
) -> CandidateCondition:
    fields = {
        k: getattr(original, k)
        for k in (
            "candidate_id",
            "source_kind",
            "source_id",
            "facet",
            "polarity",
            "key",
            "value",
            "span_start",
            "span_end",
            "span_text",
            "said_at",
        )
    }
    fields.update(changes)
    return CandidateCondition(
        **fields,
        status=status,
        method="recruiter",
        confidence=1.0,
        overrides=original.key if original.status == READ else original.overrides,
        recruiter=actor,
    )


def _replace(
    session: Session, row: CandidateCondition, new: CandidateCondition, action: str, actor
) -> CandidateCondition:
    if row.status != READ:
        session.delete(row)  # a recruiter row is edited in place of itself
    session.add(new)
    session.flush()
    refresh_active(session=session, candidate_ids=[row.candidate_id])
    _log(session, action, new, actor)
    return new


def confirm(*, session: Session, condition_id: int, actor: str | None = None) -> CandidateCondition:
    """The reading is right: keep it whatever a later reader makes of the note."""
    row = _require(session, condition_id)
    new = _recruiter_row(row, status="confirmed", actor=actor)
    return _replace(session, row, new, "condition_confirmed", actor)


def dismiss(*, session: Session, condition_id: int, actor: str | None = None) -> CandidateCondition:
    """The reading is wrong: it stops counting, now and after any re-reading."""
    row = _require(session, condition_id)
    new = _recruiter_row(row, status="dismissed", actor=actor)
    return _replace(session, row, new, "condition_dismissed", actor)


def correct(
    *,
    session: Session,
    condition_id: int,
    polarity: str | None = None,
    value: dict[str, Any] | None = None,
    said_at: date | None = None,
    actor: str | None = None,
) -> CandidateCondition:
    """What the note really means (another polarity or value), or when it was said."""
    row = _require(session, condition_id)
    polarity = polarity or row.polarity
    value = {**row.value, **(value or {})}
    key = _check(row.facet, polarity, value)
    new = _recruiter_row(
        row,
        status="corrected",
        actor=actor,
        polarity=polarity,
        value=value,
        key=key,
        said_at=said_at or row.said_at,
    )
    return _replace(session, row, new, "condition_corrected", actor)


def add(
    *,
    session: Session,
    candidate_id: int,
    facet: str,
    polarity: str,
    value: dict[str, Any],
    said_at: date | None = None,
    actor: str | None = None,
) -> CandidateCondition:
    """Something the person told a recruiter that no note records."""
    if session.get(Candidate, candidate_id) is None:
        raise ConditionError(f"no candidate with id {candidate_id}")
    key = _check(facet, polarity, value)
    row = CandidateCondition(
        candidate_id=candidate_id,
        source_kind="recruiter",
        facet=facet,
        polarity=polarity,
        key=key,
        value=value,
        said_at=said_at,
        status="corrected",
        method="recruiter",
        recruiter=actor,
    )
    session.add(row)
    session.flush()
    refresh_active(session=session, candidate_ids=[candidate_id])
    _log(session, "condition_added", row, actor)
    return row


def opt_outs_to_confirm(*, session: Session) -> list[CandidateCondition]:
    """Opt-outs read from people's words whose record is not do-not-contact yet."""
    rows = session.exec(
        select(CandidateCondition)
        .join(Candidate, Candidate.id == CandidateCondition.candidate_id)
        .where(
            CandidateCondition.key == OPT_OUT_KEY,
            CandidateCondition.active.is_(True),
            Candidate.do_not_contact.is_(False),
        )
        .order_by(CandidateCondition.said_at.desc(), CandidateCondition.id)
    ).all()
    return list(rows)


def confirm_opt_out(*, session: Session, condition_id: int, actor: str | None = None) -> Candidate:
    """Make a read opt-out a do-not-contact flag (audited by ``data.privacy``)."""
    row = _require(session, condition_id)
    if row.facet != "contact" or row.value.get("kind") != "opt_out":
        raise ConditionError(f"condition {condition_id} is not an opt-out")
    when = f" on {row.said_at:%d %B %Y}" if row.said_at else ""
    confirm(session=session, condition_id=condition_id, actor=actor)
    return set_do_not_contact(
        session=session,
        candidate_id=row.candidate_id,
        on=True,
        reason=f"Asked not to be contacted ({row.source_kind} note{when})",
        actor=actor,
    )


def restore(*, session: Session, condition_id: int, actor: str | None = None) -> None:
    """Undo a dismissal: the reading (or the recruiter's own condition) counts again."""
    row = session.get(CandidateCondition, condition_id)
    if row is None or row.status != "dismissed":
        raise ConditionError(f"no dismissed condition with id {condition_id}")
    reading_left = (
        row.key == row.overrides
        and session.exec(
            select(CandidateCondition.id).where(
                CandidateCondition.candidate_id == row.candidate_id,
                CandidateCondition.source_kind == row.source_kind,
                CandidateCondition.source_id == row.source_id,
                CandidateCondition.key == row.key,
                CandidateCondition.status == READ,
            )
        ).first()
    )
    session.delete(row)  # with a reading left underneath, that reading counts again
    if not reading_left:
        # It was a recruiter's own condition: it comes back as theirs. A new row, not an
        # edit in place, so the matcher's pool stamp (row count, last id) sees the change.
        fields = row.model_dump(exclude={"id", "created_at", "status", "active", "recruiter"})
        session.add(CandidateCondition(**fields, status="corrected", recruiter=actor))
    session.flush()
    refresh_active(session=session, candidate_ids=[row.candidate_id])
    audit.record(
        session=session,
        action="condition_restored",
        actor=actor,
        subject_kind="candidate",
        subject_id=row.candidate_id,
        count=1,
        detail={"condition_id": condition_id, "facet": row.facet, "source": row.source_kind},
    )
