"""Creating or changing an opening from the dashboard.

Saving validates through the model (lengths, ranges, vocabularies) and raises
``OpeningRefused`` naming the field, so the page shows what to fix and stores nothing half-done.
"""

from typing import Any

from pydantic import ValidationError
from sqlmodel import Session

from data import audit
from data.models import Opening, OpeningBase
from data.timeutil import utcnow
from data.vocab import OpeningStatus, RemotePolicy, Seniority

EDITABLE = (
    "title",
    "department",
    "location",
    "remote_policy",
    "seniority",
    "salary_min",
    "salary_max",
    "currency",
    "description",
    "requirements",
    "offers",
    "status",
)


class OpeningRefused(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field.replace('_', ' ')}: {message}")
        self.field = field


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in values or key == "offers":
            continue
        value = values[key]
        if isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    if "offers" in values:
        offers = values["offers"] or []
        if isinstance(offers, str):
            offers = offers.splitlines()
        out["offers"] = [o.strip(" -•*\t") for o in offers if o.strip(" -•*\t")]
    for key, vocab in (
        ("remote_policy", RemotePolicy),
        ("seniority", Seniority),
        ("status", OpeningStatus),
    ):
        if out.get(key) is not None and out[key] not in vocab.__members__:
            raise OpeningRefused(key, f"'{out[key]}' is not one of {', '.join(vocab)}")
    return out


def save_opening(
    *, session: Session, values: dict[str, Any], opening_id: int | None = None
) -> Opening:
    """Create an opening (no ``opening_id``) or update one; ``offers`` may be one per line."""
    values = _clean(values)
    if opening_id is None and not values.get("title"):
        raise OpeningRefused("title", "is required")
    if "title" in values and not values["title"]:
        raise OpeningRefused("title", "cannot be empty")
    try:
        OpeningBase.model_validate({"title": "?", **values})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise OpeningRefused(str(first["loc"][0]), first["msg"]) from None
    opening = session.get(Opening, opening_id) if opening_id is not None else None
    if opening_id is not None and opening is None:
        raise OpeningRefused("opening", f"no opening with id {opening_id}")
    lo = values.get("salary_min", opening.salary_min if opening else None)
    hi = values.get("salary_max", opening.salary_max if opening else None)
    if lo is not None and hi is not None and lo > hi:
        raise OpeningRefused("salary_max", f"{hi:,} is below the minimum {lo:,}")
    if opening is None:
        opening = Opening(**{"status": "open", **values}, opened_at=utcnow())
        action = "opening.created"
    else:
        for key, value in values.items():
            setattr(opening, key, value)
        opening.updated_at = utcnow()
        action = "opening.updated"
    session.add(opening)
    session.flush()
    audit.record(
        session=session,
        action=action,
        subject_kind="opening",
        subject_id=opening.id,
        count=1,
        detail={"fields": sorted(values)},
    )
    return opening
