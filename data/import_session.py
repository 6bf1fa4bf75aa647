"""The dashboard's import flow: keep an uploaded file, preview it, check it without writing,
then import it — all through ``data.importers`` so the CLI and the page take the same rows.

``run_import`` is the one seam for what the Import page passes on: ``preset`` and ``mapping``
(a recruiter's column → our field) are accepted here so the page can offer them; only the
generic preset without a mapping exists in this version, and anything else is refused with a
plain message rather than silently ignored.
"""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, false
from sqlalchemy.engine import Engine
from sqlmodel import Session

from data.db import session_scope
from data.importers import KINDS, ImportRefused, ImportReport, import_file
from data.importers.reading import Table, read_table
from data.models import AuditEvent

PRESETS = ("generic",)
PREVIEW_ROWS = 20


def keep_upload(raw: bytes, name: str) -> Path:
    """Write an uploaded file where the importer can read it (kept for this server process)."""
    suffix = Path(name).suffix.lower() if Path(name).suffix else ".csv"
    folder = Path(tempfile.mkdtemp(prefix="encore-upload-"))
    path = folder / f"upload{suffix}"
    path.write_bytes(raw)
    return path


@dataclass(frozen=True)
class Preview:
    columns: list[str]
    rows: list[dict[str, str]]
    total_rows: int
    known: list[str]  # columns the chosen kind reads
    unused: list[str]  # columns it will ignore


def preview(path: Path, kind: str) -> Preview:
    """The first rows as they were read, and which columns the import will use."""
    if kind not in KINDS:
        raise ImportRefused(f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})")
    table: Table = read_table(path)
    fields = set(KINDS[kind].columns)
    known = [c for c in table.columns if c.strip().lower() in fields]
    unused = [c for c in table.columns if c and c.strip().lower() not in fields]
    return Preview(
        columns=table.columns,
        rows=[record for _, record in table.records[:PREVIEW_ROWS]],
        total_rows=len(table.records),
        known=known,
        unused=unused,
    )


def _check_options(preset: str, mapping: dict[str, str] | None) -> None:
    if preset not in PRESETS:
        raise ImportRefused(f"the '{preset}' preset is not available in this version")
    if mapping:
        raise ImportRefused("column mapping is not available in this version")


def _open_transaction(session: Session) -> None:
    """Make sure a real transaction is open before the importer's per-row savepoints.

    Python's sqlite3 driver only opens a transaction in front of a data-changing statement; a
    SAVEPOINT issued first starts one the driver does not know about, and releasing it commits.
    A statement that changes nothing opens the transaction properly, so the rollback below
    undoes every row (PostgreSQL needs none of this and is not affected).
    """
    session.exec(delete(AuditEvent).where(false()))


def run_import(
    engine: Engine,
    kind: str,
    path: Path,
    *,
    preset: str = "generic",
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import the file; with ``dry_run`` every row is checked against the database as it
    would be written, and everything is rolled back."""
    _check_options(preset, mapping)
    if dry_run:
        with Session(engine) as session:
            try:
                _open_transaction(session)
                return import_file(session, kind, path, progress=progress)
            finally:
                session.rollback()
    with session_scope(engine) as session:
        return import_file(session, kind, path, progress=progress)
