"""Narrowing the pool before a search: ``filter_candidate_ids`` turns the Search page's filters
(location, remote, stage reached, outcome, last contact, tags) into the set of ids the matcher
may rank (``only_ids``)."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, select

from data.models import Application, Candidate, Motivation, Touchpoint
from data.timeutil import utcnow
from data.vocab import STAGE_ORDER, MotivationCategory

LAST_CONTACT_CHOICES = {
    "any": "Any time",
    "never": "Never contacted",
    "over_90": "Not in the last 3 months",
    "over_180": "Not in the last 6 months",
    "over_365": "Not in the last year",
    "within_90": "In the last 3 months",
}


@dataclass(frozen=True)
class PoolFilter:
    """What the recruiter narrowed the pool to. Empty fields do not filter."""

    location: str = ""
    remote_only: bool = False
    min_stage: str | None = None
    outcomes: tuple[str, ...] = ()
    last_contact: str = "any"
    tags: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(
            self.location.strip()
            or self.remote_only
            or self.min_stage
            or self.outcomes
            or self.last_contact != "any"
            or self.tags
        )


def filter_candidate_ids(
    filt: PoolFilter, *, session: Session, today: date | None = None
) -> set[int] | None:
    """The ids that pass every filter, or None when no filter is set (rank everyone)."""
    if not filt.active:
        return None
    today = today or utcnow().date()
    query = select(Candidate.id)
    if text := filt.location.strip():
        query = query.where(func.lower(Candidate.location).contains(text.lower()))
    if filt.remote_only:
        wants_remote = select(Motivation.candidate_id).where(
            Motivation.category == MotivationCategory.remote
        )
        query = query.where(
            or_(Candidate.id.in_(wants_remote), func.lower(Candidate.location).contains("remote"))
        )
    if filt.min_stage:
        floor = STAGE_ORDER.get(filt.min_stage, 0)
        stages = [s for s, order in STAGE_ORDER.items() if order >= floor]
        query = query.where(
            Candidate.id.in_(
                select(Application.candidate_id).where(Application.stage_reached.in_(stages))
            )
        )
    if filt.outcomes:
        query = query.where(
            Candidate.id.in_(
                select(Application.candidate_id).where(Application.outcome.in_(filt.outcomes))
            )
        )
    if filt.last_contact != "any":
        query = _last_contact_clause(query, filt.last_contact, today)
    ids = set(session.exec(query))
    if filt.tags and ids:
        wanted = {t.lower() for t in filt.tags}
        rows = session.exec(select(Candidate.id, Candidate.tags).where(Candidate.id.in_(ids)))
        ids = {cid for cid, tags in rows if wanted & {t.lower() for t in tags or []}}
    return ids


def _last_contact_clause(query, choice: str, today: date):
    last = select(Touchpoint.candidate_id, func.max(Touchpoint.at).label("last_at")).group_by(
        Touchpoint.candidate_id
    )
    if choice == "never":
        return query.where(Candidate.id.not_in(select(Touchpoint.candidate_id)))
    if choice not in LAST_CONTACT_CHOICES:
        raise ValueError(f"unknown last-contact choice '{choice}'")
    days = int(choice.split("_")[1])
    cutoff = datetime(today.year, today.month, today.day) - timedelta(days=days)
    sub = last.subquery()
    recent = select(sub.c.candidate_id).where(sub.c.last_at >= cutoff)
    if choice.startswith("within"):
        return query.where(Candidate.id.in_(recent))
    # "Not in the last N days" includes people never contacted at all.
    return query.where(Candidate.id.not_in(recent))


def known_tags(*, session: Session) -> list[str]:
    tags: set[str] = set()
    for row in session.exec(select(Candidate.tags)):
        tags.update(row or [])
    return sorted(tags, key=str.lower)
