"""The generic preset: PRODUCT.md §5 columns, validated row by row and upserted.

Order of work: the file is read and checked for its required columns (a file missing one is
refused whole); every row is parsed into typed values (bad cells become ``RowError``s naming the
row and the field); then the good rows are written in one transaction, each inside a savepoint
so a row the database refuses is rolled back alone and never half-written. Re-importing the
same file changes nothing: rows are matched by external id (or email) and empty cells never
erase what is stored.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from data import audit, crud
from data.importers import fields as f
from data.importers.errors import ImportRefused, ImportReport, RowError
from data.importers.reading import Table, read_table
from data.vocab import (
    Channel,
    Direction,
    MotivationCategory,
    OpeningStatus,
    Outcome,
    Reason,
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
            "email": f.text,
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


def _check_columns(kind: str, table: Table) -> None:
    spec = KINDS[kind]
    present = {c.strip().lower() for c in table.columns}
    missing = [" or ".join(group) for group in spec.required if not present.intersection(group)]
    if missing:
        raise ImportRefused(
            f"the {kind} file is missing the required column {', '.join(missing)} "
            f"(columns found: {', '.join(table.columns) or 'none'})"
        )


def parse_records(
    kind: str, records: Iterable[tuple[int, dict[str, str]]]
) -> tuple[list[tuple[int, dict[str, Any]]], list[RowError]]:
    """Typed values for every good row, and an error for every bad cell."""
    spec = KINDS[kind]
    good: list[tuple[int, dict[str, Any]]] = []
    errors: list[RowError] = []
    for row, record in records:
        values: dict[str, Any] = {}
        row_errors: list[RowError] = []
        lowered = {k.strip().lower(): v for k, v in record.items()}
        for column, parse in spec.columns.items():
            raw = lowered.get(column)
            if raw is None or not str(raw).strip():
                continue
            try:
                values[column] = parse(str(raw))
            except ValueError as exc:
                row_errors.append(RowError(row, column, str(exc)))
        for group in spec.required:
            if not any(values.get(c) not in (None, "", []) for c in group):
                row_errors.append(RowError(row, " or ".join(group), "is empty"))
        if kind == "applications" and "reason" in values:
            values["reason"], values["reason_note"] = _canonical_reason(
                values["reason"], values.get("reason_note")
            )
        if kind == "candidates" and "motivations" in values:
            values["motivations"] = [
                {"statement": s, "category": guess_category(s)} for s in values["motivations"]
            ]
        if row_errors:
            errors.extend(row_errors)
        else:
            good.append((row, values))
    return good, errors


def _canonical_reason(raw: str, note: str | None) -> tuple[str, str | None]:
    word = raw.strip().lower().replace(" ", "_").replace("-", "_")
    if word in Reason.__members__:
        return word, note
    # Keep the recruiter's words: an unknown reason is "other", with the text preserved.
    return Reason.other.value, f"{raw.strip()} — {note}" if note else raw.strip()


def guess_category(statement: str) -> str:
    """A first guess at a motivation's category from its words; recruiters can correct it."""
    from data.motivation_words import categorise

    return categorise(statement) or MotivationCategory.other.value


_WRITERS = {
    "candidates": crud.upsert_candidate,
    "openings": crud.upsert_opening,
    "applications": crud.upsert_application,
    "touchpoints": crud.upsert_touchpoint,
}


def import_records(
    session: Session,
    kind: str,
    table: Table,
    *,
    progress: Callable[[int, int], None] | None = None,
    actor: str | None = None,
) -> ImportReport:
    """Write the good rows, collect the bad ones; one audit entry names who imported what
    (counts only). ``actor`` is the signed-in recruiter (``app.identity``), else the local
    user."""
    if kind not in KINDS:
        raise ImportRefused(f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})")
    _check_columns(kind, table)
    good, errors = parse_records(kind, table.records)
    report = ImportReport(kind=kind, rows=len(table.records), errors=errors)
    write = _WRITERS[kind]
    for done, (row, values) in enumerate(good, start=1):
        try:
            with session.begin_nested():
                change = write(session, values)
        except crud.RecordError as exc:
            report.errors.append(RowError(row, exc.field, exc.message))
        except IntegrityError as exc:
            report.errors.append(
                RowError(row, "row", f"conflicts with a stored record ({exc.orig})")
            )
        else:
            setattr(report, change, getattr(report, change) + 1)
        if progress:
            progress(done, len(good))
    report.errors.sort(key=lambda e: e.row)
    if report.added or report.updated:  # a re-import that changed nothing leaves no trace
        audit.record(
            session,
            "import",
            actor=actor,
            subject_kind=kind,
            count=report.added + report.updated,
            detail={
                "rows": report.rows,
                "added": report.added,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "refused": report.refused,
            },
        )
    return report


def import_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    actor: str | None = None,
) -> ImportReport:
    """Import one file; the caller commits (or rolls back) the session."""
    return import_records(session, kind, read_table(path), progress=progress, actor=actor)
