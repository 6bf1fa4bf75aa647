"""People pinned by hand to a week's reconnect list (from Search), with the role they were
pinned for: shown on the Reconnect page beside the computed weekly list."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from data.models import Candidate, Opening, ReconnectPin


@dataclass(frozen=True)
class PinRow:
    candidate_id: int
    name: str
    email: str | None
    opening_title: str | None
    recruiter: str | None


def pins_for_week(*, session: Session, week_of: date) -> list[PinRow]:
    rows = session.exec(
        select(ReconnectPin, Candidate.full_name, Candidate.email, Opening.title)
        .join(Candidate, Candidate.id == ReconnectPin.candidate_id)
        .join(Opening, Opening.id == ReconnectPin.opening_id, isouter=True)
        .where(ReconnectPin.week_of == week_of)
        .order_by(ReconnectPin.created_at)
    ).all()
    return [
        PinRow(pin.candidate_id, name, email, title, pin.recruiter)
        for pin, name, email, title in rows
    ]
