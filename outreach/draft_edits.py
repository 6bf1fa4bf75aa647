"""A saved draft edited before sending, or discarded, from the Drafts page."""

from sqlmodel import Session

from data.models import Draft
from data.timeutil import utcnow
from outreach.actions import UnknownRecord


def update_draft(*, session: Session, draft_id: int, subject: str, body: str) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise UnknownRecord(f"no draft with id {draft_id}")
    if draft.status != "draft":
        raise ValueError("this draft was already sent; write a new one instead")
    subject, body = " ".join(subject.split()), body.strip()
    if not subject or not body:
        raise ValueError("a draft needs both a subject and a body")
    draft.subject, draft.body, draft.updated_at = subject, body + "\n", utcnow()
    session.add(draft)
    session.flush()
    return draft


def discard_draft(*, session: Session, draft_id: int) -> None:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise UnknownRecord(f"no draft with id {draft_id}")
    draft.status, draft.updated_at = "discarded", utcnow()
    session.add(draft)
    session.flush()
