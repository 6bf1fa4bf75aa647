"""Reading and editing one candidate, and narrowing the pool before a search.

``filter_candidate_ids`` turns the Search page's filters (location, remote, stage reached,
outcome, last contact, tags) into the set of ids the matcher may rank (``only_ids``); the rest
of the module backs the Candidate page: the whole record in one call, motivations added,
edited and removed, do-not-contact and consent set. Writes leave an audit entry without
personal data.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, select

from data.crud import UnknownRecord, require_candidate
from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.motivation_words import categorise
from data.timeutil import utcnow
from data.vocab import STAGE_ORDER, MotivationCategory

# --- filters ---------------------------------------------------------------------------

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


# --- edits -----------------------------------------------------------------------------


class EditRefused(ValueError):
    """An edit that cannot be made as asked; the message says what to change."""


def _candidate(session: Session, candidate_id: int) -> Candidate:
    try:
        return require_candidate(session=session, candidate_id=candidate_id)
    except UnknownRecord as exc:  # shown on the page like any refused edit
        raise EditRefused(str(exc)) from exc


def _statement(text: str) -> str:
    statement = " ".join(text.split())
    if not statement:
        raise EditRefused("a motivation needs a few words (what would make a move worth it)")
    return statement


def _touch(session: Session, candidate: Candidate) -> None:
    # The profile's updated_at is what the indexer and the matcher's pool stamp watch.
    candidate.updated_at = utcnow()
    session.add(candidate)


def add_motivation(
    *, session: Session, candidate_id: int, statement: str, category: str | None = None
) -> Motivation:
    candidate = _candidate(session, candidate_id)
    statement = _statement(statement)
    motivation = Motivation(
        candidate_id=candidate_id,
        statement=statement,
        category=category or categorise(statement) or MotivationCategory.other.value,
        stated_at=utcnow(),
        source="dashboard",
    )
    session.add(motivation)
    _touch(session, candidate)
    session.flush()
    return motivation


def update_motivation(
    *, session: Session, motivation_id: int, statement: str, category: str | None = None
) -> Motivation:
    motivation = session.get(Motivation, motivation_id)
    if motivation is None:
        raise EditRefused(f"no motivation with id {motivation_id}")
    statement = _statement(statement)
    if statement != motivation.statement:
        motivation.statement = statement
        if category is None:
            category = categorise(statement) or motivation.category
    if category:
        motivation.category = category
    motivation.updated_at = utcnow()
    session.add(motivation)
    _touch(session, _candidate(session, motivation.candidate_id))
    session.flush()
    return motivation


def delete_motivation(*, session: Session, motivation_id: int) -> None:
    motivation = session.get(Motivation, motivation_id)
    if motivation is None:
        raise EditRefused(f"no motivation with id {motivation_id}")
    _touch(session, _candidate(session, motivation.candidate_id))
    session.delete(motivation)
    session.flush()
