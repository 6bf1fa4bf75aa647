"""The import pipeline every preset shares: PRODUCT.md §5 columns, validated row by row and
upserted. A preset (``data.importers.presets``) and an explicit column mapping
(``data.importers.mapping``) first turn a tool's export into these columns.

Order of work: the file's header is read and checked for its required columns (a file missing
one is refused whole); then rows are streamed, one at a time: each is parsed into typed values
(bad cells become ``RowError``s naming the row and the field) and, if good, written inside a
savepoint so a row the database refuses is rolled back alone and never half-written. The
whole file sits in one savepoint too, so a file refused part-way changes nothing. Re-importing
the same file changes nothing: rows are matched by external id (or email) and empty cells
never erase what is stored. The do-not-contact flag is only ever set by an import, never lifted.
"""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session

from data import audit, crud
from data.importers.errors import ImportRefused, ImportReport, RowError
from data.importers.kinds import KINDS, missing_columns
from data.importers.mapping import parse_mapping, translate
from data.importers.presets import get_preset
from data.importers.presets.preset import header_key
from data.importers.reading import Limits, Record, Table, read_source
from data.motivation_words import categorise
from data.privacy import set_do_not_contact
from data.vocab import MotivationCategory, Reason


def _check_columns(kind: str, shaped: Table, original: Table) -> None:
    if missing := missing_columns(kind, shaped.columns):
        found = ", ".join(c for c in original.columns if c)[:300] or "none"
        raise ImportRefused(
            f"the {kind} file is missing the required column {', '.join(missing)} "
            f"(columns found: {found}; choose a preset or map columns with --map)"
        )


def parse_rows(
    kind: str, records: Iterable[Record], *, max_cell: int | None = None
) -> Iterator[tuple[int, dict[str, Any] | None, list[RowError]]]:
    """Each row, as it is read: its typed values (``None`` if it has an error) and an error for
    every bad cell. A cell over ``max_cell`` characters is an error of its row, unread."""
    spec = KINDS[kind]
    max_cell = max_cell or Limits.current().max_cell
    for row, record in records:
        values: dict[str, Any] = {}
        row_errors: list[RowError] = []
        lowered = {k.strip().lower(): v for k, v in record.items()}
        for column, parse in spec.columns.items():
            raw = lowered.get(column)
            if raw is None or not str(raw).strip():
                continue
            if len(raw) > max_cell:
                row_errors.append(
                    RowError(
                        row,
                        column,
                        f"is {len(raw) // 1024} KB long; a cell may hold at most "
                        f"{max_cell // 1024} KB (ENCORE_IMPORT_MAX_CELL_KB)",
                    )
                )
                continue
            try:
                values[column] = parse(str(raw))
            except ValueError as exc:
                row_errors.append(RowError(row, column, str(exc)))
        for group in spec.required:
            if not any(values.get(c) not in (None, "", []) for c in group):
                if not any(e.field in group for e in row_errors):
                    row_errors.append(RowError(row, " or ".join(group), "is empty"))
        if row_errors:
            yield row, None, row_errors
            continue
        if kind == "applications" and "reason" in values:
            values["reason"], values["reason_note"] = _canonical_reason(
                values["reason"], values.get("reason_note")
            )
        if kind == "candidates" and "motivations" in values:
            values["motivations"] = [
                {"statement": s, "category": guess_category(s)} for s in values["motivations"]
            ]
        yield row, values, []


def _canonical_reason(raw: str, note: str | None) -> tuple[str, str | None]:
    word = raw.strip().lower().replace(" ", "_").replace("-", "_")
    if word in Reason.__members__:
        return word, note
    # Keep the recruiter's words: an unknown reason is "other", with the text preserved.
    return Reason.other.value, f"{raw.strip()} — {note}" if note else raw.strip()


def guess_category(statement: str) -> str:
    """A first guess at a motivation's category from its words; recruiters can correct it."""
    return categorise(statement) or MotivationCategory.other.value


_WRITERS = {
    "candidates": crud.upsert_candidate,
    "openings": crud.upsert_opening,
    "applications": crud.upsert_application,
    "touchpoints": crud.upsert_touchpoint,
}


def _write(
    *, session: Session, kind: str, values: dict[str, Any], actor: str | None
) -> tuple[str, str | None]:
    """Upsert one row: what happened to the record, and to its do-not-contact flag ("set", or
    "kept" when the row asked to lift it). An import only ever sets the flag, through the
    audited privacy action with the reason "import"; lifting it is a recruiter's act."""
    if kind != "candidates" or "do_not_contact" not in values:
        return _WRITERS[kind](session=session, values=values), None
    values = dict(values)
    wanted = values.pop("do_not_contact")
    change = crud.upsert_candidate(session=session, values=values)
    person = crud.find_candidate(
        session=session, external_id=values.get("external_id"), email=values.get("email")
    )
    if wanted and not person.do_not_contact:
        set_do_not_contact(session=session, candidate_id=person.id, reason="import", actor=actor)
        return ("updated" if change == "unchanged" else change), "set"
    if not wanted and person.do_not_contact:
        return change, "kept"
    return change, None


def import_records(
    *,
    session: Session,
    kind: str,
    table: Table,
    preset: str = "generic",
    mapping: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    actor: str | None = None,
) -> ImportReport:
    """Write the good rows of a table as they are read; the caller commits or rolls back.

    Rows are parsed and written one at a time, so memory does not grow with the file; with
    ``progress``, a first pass counts the rows so the bar has an end."""
    if kind not in KINDS:
        raise ImportRefused(f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})")
    shaped, source = translate(get_preset(preset), kind, table, mapping)
    _check_columns(kind, shaped, table)
    total = sum(1 for _ in table.records) if progress else 0
    report = ImportReport(kind=kind, preset=preset)
    for row, values, errors in parse_rows(kind, shaped.records):
        report.rows += 1
        if values is None:
            report.errors.extend(errors)
            continue
        try:
            with session.begin_nested():
                change, flag = _write(session=session, kind=kind, values=values, actor=actor)
        except crud.RecordError as exc:
            report.errors.append(RowError(row, exc.field, exc.message))
        except IntegrityError as exc:
            report.errors.append(
                RowError(row, "row", f"conflicts with a stored record ({exc.orig})")
            )
        except DBAPIError as exc:  # e.g. PostgreSQL refusing a value too long for its column
            report.errors.append(RowError(row, "row", f"the database refused it ({exc.orig})"))
        else:
            setattr(report, change, getattr(report, change) + 1)
            report.do_not_contact_set += flag == "set"
            report.do_not_contact_kept += flag == "kept"
        if progress:
            progress(report.rows, max(total, report.rows))
    report.errors = sorted((_in_their_words(e, source) for e in report.errors), key=lambda e: e.row)
    return report


def _in_their_words(error: RowError, source: dict[str, str]) -> RowError:
    """Name the file's own column beside our field ("Applied On (applied_at)")."""
    column = source.get(error.field)
    if column and header_key(column) != header_key(error.field):
        return RowError(error.row, f"{column} ({error.field})", error.message)
    return error


def import_file(
    *,
    session: Session,
    kind: str,
    source: Path | str | bytes,
    preset: str = "generic",
    mapping: dict[str, str] | list[str] | None = None,
    dry_run: bool = False,
    actor: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import one file (a path, or an upload's bytes) with a preset and an optional mapping.

    Raises ``ImportRefused`` (and changes nothing) for a file that cannot be read, an unknown
    preset or mapping, or a missing required column. Otherwise returns the report: rows
    added, updated, unchanged, and each refused row with its field and reason. With
    ``dry_run`` every row is tried and then rolled back, so the report says what *would*
    happen. An import that changed something leaves an audit entry with the counts (no file
    name, no row content).
    The caller commits the session.
    """
    table, file_kind = read_source(source)
    mapping = parse_mapping(mapping)
    # One savepoint around the whole file: a file refused part-way (a row that cannot be read
    # as CSV, a file grown past the cap) takes back the rows already written.
    outer = session.begin_nested()
    try:
        report = import_records(
            session=session,
            kind=kind,
            table=table,
            preset=preset,
            mapping=mapping,
            progress=progress,
            actor=actor,
        )
    except BaseException:
        outer.rollback()
        raise
    if dry_run:
        outer.rollback()
        report.dry_run = True
        return report
    outer.commit()
    if not (report.added or report.updated):
        return report  # nothing changed, nothing to account for (re-imports stay idempotent)
    audit.record(
        session=session,
        action="import",
        actor=actor,
        subject_kind=kind,
        count=report.added + report.updated,
        detail={
            "preset": preset,
            "file_kind": file_kind,
            "mapped_columns": len(mapping),
            "rows": report.rows,
            "added": report.added,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "refused": report.refused,
            "do_not_contact_set": report.do_not_contact_set,
            "do_not_contact_lift_ignored": report.do_not_contact_kept,
        },
    )
    session.flush()
    return report
