"""Saved drafts as the Drafts page shows them: who, for which role, and the text to edit.

Listing goes through ``outreach.actions.list_drafts``; this module adds the person's name and
address and the role's title. The edits a recruiter makes before sending are
``outreach.draft_edits``.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from data.models import Candidate, Opening
from outreach.actions import list_drafts
from outreach.drafts import DraftText


@dataclass(frozen=True)
class DraftRow:
    id: int
    candidate_id: int
    candidate_name: str
    email: str | None
    opening_id: int | None
    opening_title: str | None
    tone: str
    subject: str
    body: str
    status: str
    created_at: datetime
    sent_at: datetime | None

    def text(self) -> DraftText:
        """The same draft as a composed text, for the mailto link and the .eml file."""
        return DraftText(
            candidate_id=self.candidate_id,
            opening_id=self.opening_id,
            tone=self.tone,
            to=self.email,
            to_name=self.candidate_name,
            subject=self.subject,
            body=self.body,
        )


def draft_rows(*, session: Session, status: str | None = "draft") -> list[DraftRow]:
    drafts = list_drafts(session=session, status=status)
    people = {
        c.id: c
        for c in session.exec(
            select(Candidate).where(Candidate.id.in_({d.candidate_id for d in drafts}))
        )
    }
    titles = dict(
        session.exec(
            select(Opening.id, Opening.title).where(
                Opening.id.in_({d.opening_id for d in drafts if d.opening_id})
            )
        ).all()
    )
    return [
        DraftRow(
            d.id,
            d.candidate_id,
            people[d.candidate_id].full_name,
            people[d.candidate_id].email,
            d.opening_id,
            titles.get(d.opening_id),
            d.tone,
            d.subject,
            d.body,
            d.status,
            d.created_at,
            d.sent_at,
        )
        for d in drafts
    ]
