"""The four kinds of record an import writes, and the columns of each (PRODUCT.md §5).

For every kind, the column each field is read from and the parser that reads it, and which
columns a file must have. The pipeline (``generic``), the column mapping (``mapping``) and the
generic preset (``presets``) all read this table, so it sits below them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from data.importers import fields as f
from data.vocab import (
    Channel,
    Direction,
    OpeningStatus,
    Outcome,
    RemotePolicy,
    Seniority,
    Stage,
    TouchpointKind,
    TouchpointOutcome,
)

Parser = Callable[[str], Any]


@dataclass(frozen=True)
class KindSpec:
    columns: dict[str, Parser]
    # Each inner tuple: at least one of these columns must be present in the file.
    required: tuple[tuple[str, ...], ...]


KINDS: dict[str, KindSpec] = {
    "candidates": KindSpec(
        columns={
            "external_id": f.text,
            "full_name": f.text,
            "email": f.email,
            "phone": f.text,
            "location": f.text,
            "headline": f.text,
            "current_title": f.text,
            "skills": f.comma_list,
            "years_experience": f.number,
            "resume_text": f.text,
            "motivations": f.statements,
            "tags": f.comma_list,
            "do_not_contact": f.boolean,
            "consent_until": f.a_date,
            "source": f.text,
        },
        required=(("full_name",), ("external_id", "email")),
    ),
    "openings": KindSpec(
        columns={
            "external_id": f.text,
            "title": f.text,
            "department": f.text,
            "location": f.text,
            "remote_policy": f.vocabulary(RemotePolicy),
            "seniority": f.vocabulary(Seniority),
            "salary_min": f.integer,
            "salary_max": f.integer,
            "description": f.text,
            "requirements": f.text,
            "offers": f.statements,
            "status": f.vocabulary(OpeningStatus),
        },
        required=(("external_id",), ("title",)),
    ),
    "applications": KindSpec(
        columns={
            "candidate_external_id": f.text,
            "opening_external_id": f.text,
            "role_title": f.text,
            "applied_at": f.a_datetime,
            "stage_reached": f.vocabulary(Stage),
            "outcome": f.vocabulary(Outcome),
            "reason": f.text,  # mapped below: unknown words become "other", text kept
            "reason_note": f.text,
            "feedback_given": f.boolean,
            "decided_at": f.a_datetime,
            "rating": f.number,
        },
        required=(("candidate_external_id",), ("opening_external_id", "role_title")),
    ),
    "touchpoints": KindSpec(
        columns={
            "candidate_external_id": f.text,
            "at": f.a_datetime,
            "channel": f.vocabulary(Channel),
            "direction": f.vocabulary(Direction),
            "kind": f.vocabulary(TouchpointKind),
            "note": f.text,
            "outcome": f.vocabulary(TouchpointOutcome),
        },
        required=(("candidate_external_id",), ("at",)),
    ),
}


def missing_columns(kind: str, fields: list[str]) -> list[str]:
    """Required fields (as "a or b") that no column of the file fills."""
    present = {c.strip().lower() for c in fields}
    return [" or ".join(group) for group in KINDS[kind].required if not present & set(group)]
