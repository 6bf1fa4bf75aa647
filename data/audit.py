"""The audit log: one row per import, merge, erasure, export or outreach action.

Entries name the action, the actor and a record id, with counts and field names as detail.
They never hold a name, an email or free text, so the log survives an erasure request.
"""

from sqlmodel import Session, select

from data.models import AuditEvent

LOCAL_ACTOR = "local"


def record(
    *,
    session: Session,
    action: str,
    actor: str | None = None,
    subject_kind: str | None = None,
    subject_id: int | None = None,
    count: int = 0,
    detail: dict | None = None,
) -> AuditEvent:
    event = AuditEvent(
        action=action,
        actor=actor or LOCAL_ACTOR,
        subject_kind=subject_kind,
        subject_id=subject_id,
        count=count,
        detail=detail or {},
    )
    session.add(event)
    return event


def recent(*, session: Session, limit: int = 200, action: str | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action == action)
    return list(session.exec(query))
