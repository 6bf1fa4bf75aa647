"""One candidate as the Candidate page shows them: the whole record in one call, and finding
someone by name, email or id. Their motivations are edited through ``data.motivation_edits``."""

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, select

from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.vocab import STAGE_ORDER

# --- one candidate ---------------------------------------------------------------------


@dataclass
class ApplicationRow:
    id: int
    role_title: str | None
    opening_title: str | None
    applied_at: datetime | None
    decided_at: datetime | None
    stage_reached: str
    outcome: str | None
    reason: str | None
    reason_note: str | None
    feedback_given: bool | None
    rating: float | None
    feedback_waived_reason: str | None = None

    @property
    def feedback(self) -> str:
        interviewed = STAGE_ORDER.get(self.stage_reached, 0) >= STAGE_ORDER["interview"]
        if self.feedback_given and self.feedback_waived_reason:
            return f"not needed: {self.feedback_waived_reason}"
        if self.feedback_given:
            return "given"
        if self.feedback_given is False and interviewed and self.outcome == "rejected":
            return "owed"
        return "not recorded" if self.feedback_given is None else "not given"


@dataclass
class CandidateProfile:
    candidate: Candidate
    motivations: list[Motivation] = field(default_factory=list)
    applications: list[ApplicationRow] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)

    @property
    def last_contact(self) -> datetime | None:
        return max((t.at for t in self.touchpoints), default=None)


def candidate_profile(*, session: Session, candidate_id: int) -> CandidateProfile | None:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        return None
    motivations = list(
        session.exec(
            select(Motivation)
            .where(Motivation.candidate_id == candidate_id)
            .order_by(Motivation.id)
        )
    )
    apps = session.exec(
        select(Application, Opening.title)
        .join(Opening, Application.opening_id == Opening.id, isouter=True)
        .where(Application.candidate_id == candidate_id)
        .order_by(Application.applied_at.desc(), Application.id.desc())
    ).all()
    touchpoints = list(
        session.exec(
            select(Touchpoint)
            .where(Touchpoint.candidate_id == candidate_id)
            .order_by(Touchpoint.at.desc(), Touchpoint.id.desc())
        )
    )
    rows = [
        ApplicationRow(
            a.id,
            a.role_title,
            title,
            a.applied_at,
            a.decided_at,
            a.stage_reached,
            a.outcome,
            a.reason,
            a.reason_note,
            a.feedback_given,
            a.rating,
            a.feedback_waived_reason,
        )
        for a, title in apps
    ]
    return CandidateProfile(candidate, motivations, rows, touchpoints)


@dataclass(frozen=True)
class CandidateHit:
    id: int
    full_name: str
    external_id: str | None
    current_title: str | None

    @property
    def label(self) -> str:
        extra = " · ".join(p for p in (self.current_title, self.external_id) if p)
        return f"{self.full_name}" + (f" ({extra})" if extra else "")


def find_candidates(*, session: Session, text: str, limit: int = 50) -> list[CandidateHit]:
    """People whose name, email, external id or title contains the text."""
    text = text.strip().lower()
    query = select(Candidate).order_by(Candidate.full_name).limit(limit)
    if text:
        query = query.where(
            or_(
                func.lower(Candidate.full_name).contains(text),
                func.lower(Candidate.email).contains(text),
                func.lower(Candidate.external_id).contains(text),
                func.lower(Candidate.current_title).contains(text),
            )
        )
    return [
        CandidateHit(c.id, c.full_name, c.external_id, c.current_title) for c in session.exec(query)
    ]
