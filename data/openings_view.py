"""Openings for the dashboard: the list with counts, and one opening to edit (saving one is
``data.opening_edits``)."""

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from data.models import Application, Draft, Opening, ReconnectPin


@dataclass(frozen=True)
class OpeningRow:
    id: int
    external_id: str | None
    title: str
    location: str | None
    remote_policy: str | None
    seniority: str | None
    status: str
    past_applications: int
    drafts: int
    pinned: int

    @property
    def label(self) -> str:
        where = ", ".join(p for p in (self.location, self.remote_policy) if p)
        return self.title + (f" — {where}" if where else "")


def _counts(session: Session, column, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.exec(select(column, func.count()).where(column.in_(ids)).group_by(column)).all()
    return {oid: n for oid, n in rows}


def list_openings(*, session: Session, status: str | None = "open") -> list[OpeningRow]:
    query = select(Opening).order_by(Opening.id)
    if status:
        query = query.where(Opening.status == status)
    openings = list(session.exec(query))
    ids = [o.id for o in openings]
    apps = _counts(session, Application.opening_id, ids)
    drafts = _counts(session, Draft.opening_id, ids)
    pins = _counts(session, ReconnectPin.opening_id, ids)
    return [
        OpeningRow(
            o.id,
            o.external_id,
            o.title,
            o.location,
            o.remote_policy,
            o.seniority,
            o.status,
            apps.get(o.id, 0),
            drafts.get(o.id, 0),
            pins.get(o.id, 0),
        )
        for o in openings
    ]


def get_opening(*, session: Session, opening_id: int) -> Opening | None:
    return session.get(Opening, opening_id)
