"""Query and write functions over the tables. Callers own the session and the transaction.

Upserts return what happened to the record ("added", "updated" or "unchanged") so an import
can report it; they raise ``RecordError`` for a row that refers to something unknown.
"""

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from data.models import (
    Application,
    Candidate,
    CandidateBase,
    Motivation,
    Opening,
    OpeningBase,
    Touchpoint,
    normalise_email,
    normalise_external_id,
)
from data.timeutil import utcnow


class RecordError(Exception):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class UnknownRecord(LookupError):
    """An id that names no stored record."""


# --- lookups ---------------------------------------------------------------------------


def get_candidate(*, session: Session, candidate_id: int) -> Candidate | None:
    return session.get(Candidate, candidate_id)


def require_candidate(*, session: Session, candidate_id: int) -> Candidate:
    """The candidate, or ``UnknownRecord`` naming the id."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise UnknownRecord(f"no candidate with id {candidate_id}")
    return candidate


def find_candidate(
    *, session: Session, external_id: str | None = None, email: str | None = None
) -> Candidate | None:
    external_id, email = normalise_external_id(external_id), normalise_email(email)
    if external_id:
        found = session.exec(select(Candidate).where(Candidate.external_id == external_id)).first()
        if found:
            return found
    if email:
        return session.exec(select(Candidate).where(Candidate.email == email)).first()
    return None


def get_opening(*, session: Session, opening_id: int) -> Opening | None:
    return session.get(Opening, opening_id)


def find_opening(*, session: Session, external_id: str) -> Opening | None:
    external_id = normalise_external_id(external_id)
    return session.exec(select(Opening).where(Opening.external_id == external_id)).first()


def list_openings(*, session: Session, status: str | None = "open") -> Sequence[Opening]:
    query = select(Opening).order_by(Opening.id)
    if status:
        query = query.where(Opening.status == status)
    return session.exec(query).all()


def count_rows(*, session: Session) -> dict[str, int]:
    return {
        model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
        for model in (Candidate, Motivation, Opening, Application, Touchpoint)
    }


def delete_candidate(*, session: Session, candidate_id: int) -> bool:
    """Delete a person and, by cascade, their motivations, applications and touchpoints."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        return False
    session.delete(candidate)
    session.flush()
    return True


# --- upserts ---------------------------------------------------------------------------


def _apply(obj: Any, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def _validated(model: type[SQLModel], values: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    """Run the model's own checks (lengths, ranges, normalisation) on the given values."""
    try:
        return model.model_validate(values).model_dump(include=keep)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "row"
        raise RecordError(field, first["msg"]) from None


def upsert_candidate(*, session: Session, values: dict[str, Any]) -> str:
    values = dict(values)
    motivations = values.pop("motivations", [])
    values = _validated(CandidateBase, {"full_name": "?", **values}, set(values))
    candidate = find_candidate(
        session=session, external_id=values.get("external_id"), email=values.get("email")
    )
    if candidate is not None and values.get("email"):
        other = find_candidate(session=session, email=values["email"])
        if other is not None and other.id != candidate.id:
            raise RecordError("email", f"{values['email']} already belongs to another candidate")
    change = "unchanged"
    if candidate is None:
        if "full_name" not in values:
            raise RecordError("full_name", "is required for a new candidate")
        candidate = Candidate(**values)
        session.add(candidate)
        change = "added"
    elif _apply(candidate, values):
        candidate.updated_at = utcnow()
        change = "updated"
    session.flush()
    if add_motivations(session=session, candidate=candidate, motivations=motivations) and (
        change == "unchanged"
    ):
        change = "updated"
    return change


def add_motivations(
    *, session: Session, candidate: Candidate, motivations: list[dict[str, Any]]
) -> int:
    """Add statements not already on record (compared case- and space-insensitively)."""
    known = {" ".join(m.statement.lower().split()) for m in candidate.motivations}
    added = 0
    for item in motivations:
        key = " ".join(item["statement"].lower().split())
        if key in known:
            continue
        known.add(key)
        session.add(Motivation(candidate_id=candidate.id, **item))
        added += 1
    if added:
        session.flush()
        session.refresh(candidate, ["motivations"])
    return added


def upsert_opening(*, session: Session, values: dict[str, Any]) -> str:
    values = _validated(OpeningBase, {"title": "?", **values}, set(values))
    lo, hi = values.get("salary_min"), values.get("salary_max")
    if lo is not None and hi is not None and lo > hi:
        raise RecordError("salary_max", f"{hi} is below salary_min {lo}")
    opening = find_opening(session=session, external_id=values["external_id"])
    if opening is None:
        session.add(Opening(**values))
        session.flush()
        return "added"
    if _apply(opening, values):
        opening.updated_at = utcnow()
        session.flush()
        return "updated"
    return "unchanged"


def _resolve_candidate(*, session: Session, ref: str) -> Candidate:
    candidate = find_candidate(session=session, external_id=ref, email=ref if "@" in ref else None)
    if candidate is None:
        raise RecordError("candidate_external_id", f"no candidate with external id '{ref}'")
    return candidate


def upsert_application(*, session: Session, values: dict[str, Any]) -> str:
    values = dict(values)
    candidate = _resolve_candidate(session=session, ref=values.pop("candidate_external_id"))
    opening = None
    if ref := values.pop("opening_external_id", None):
        opening = find_opening(session=session, external_id=ref)
        if opening is None:
            raise RecordError("opening_external_id", f"no opening with external id '{ref}'")
        values.setdefault("role_title", opening.title)
    query = select(Application).where(Application.candidate_id == candidate.id)
    if opening is not None:
        query = query.where(Application.opening_id == opening.id)
    else:
        query = query.where(
            Application.opening_id.is_(None), Application.role_title == values.get("role_title")
        )
    application = session.exec(query).first()
    if application is None:
        session.add(
            Application(
                candidate_id=candidate.id, opening_id=opening.id if opening else None, **values
            )
        )
        session.flush()
        return "added"
    if _apply(application, values):
        session.flush()
        return "updated"
    return "unchanged"


def upsert_touchpoint(*, session: Session, values: dict[str, Any]) -> str:
    values = dict(values)
    candidate = _resolve_candidate(session=session, ref=values.pop("candidate_external_id"))
    if ref := values.pop("opening_external_id", None):
        opening = find_opening(session=session, external_id=ref)
        if opening is None:
            raise RecordError("opening_external_id", f"no opening with external id '{ref}'")
        values["opening_id"] = opening.id
    # The same moment, channel and kind for the same person is the same touchpoint.
    existing = session.exec(
        select(Touchpoint).where(
            Touchpoint.candidate_id == candidate.id,
            Touchpoint.at == values["at"],
            Touchpoint.channel == values.get("channel", "email"),
            Touchpoint.kind == values.get("kind", "check_in"),
        )
    ).first()
    if existing is None:
        session.add(Touchpoint(candidate_id=candidate.id, **values))
        session.flush()
        return "added"
    if _apply(existing, values):
        session.flush()
        return "updated"
    return "unchanged"
