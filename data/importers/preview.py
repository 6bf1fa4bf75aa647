"""What the Import page shows before anything is written: the file's columns, the mapping a
preset suggests, the first rows as they would be stored, and every row error.

The file is read once, row by row (never held whole): the first rows are kept, every error is
counted. ``suggest_preset`` reads only the header row. ``preview_file`` never raises for a bad
file: a file that would be refused whole comes back with ``refused`` set (and the columns it
could read, if any), so a page can show the reason and let the user pick another preset or
map columns. It never touches the database; rows
that refer to unknown candidates or openings are only found by ``import_file(dry_run=True)``.

Typical use on a page::

    preview = preview_file(uploaded.getvalue(), "candidates", preset="lever")
    if preview.refused: show(preview.refused)
    mapping = edit(preview.suggested_mapping)           # {their column: our field or ""}
    with session_scope(engine) as s:
        report = import_file(session=s, kind="candidates", source=uploaded.getvalue(),
                             preset="lever", mapping=changed_entries_of(mapping), dry_run=True)
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from data.importers.errors import ImportRefused, RowError
from data.importers.generic import _in_their_words, parse_rows
from data.importers.kinds import KINDS, missing_columns
from data.importers.mapping import parse_mapping, resolve_columns, targets, translate
from data.importers.presets import detect_preset, get_preset
from data.importers.reading import read_source


@dataclass
class Preview:
    kind: str
    preset: str
    file_kind: str | None = None  # "csv" | "xlsx"
    columns: list[str] = field(default_factory=list)  # as the file names them
    # {their column: our field, or "" when the column is not imported}
    suggested_mapping: dict[str, str] = field(default_factory=dict)
    fields: tuple[str, ...] = ()  # what a column may be mapped to
    suggested_preset: str = "generic"  # the preset whose headers fit the file best
    missing_required: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # first rows, typed as stored
    total_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    refused: str | None = None  # why the whole file would be refused

    @property
    def ok(self) -> bool:
        return self.refused is None


def preview_file(
    source: Path | str | bytes,
    kind: str,
    *,
    preset: str = "generic",
    mapping: dict[str, str] | list[str] | None = None,
    limit: int = 10,
) -> Preview:
    """Read the file once, row by row, keeping the first ``limit`` good rows and every error."""
    preview = Preview(kind=kind, preset=preset)
    if kind not in KINDS:
        preview.refused = f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})"
        return preview
    preview.fields = targets(kind)
    try:
        table, preview.file_kind = read_source(source)
        preview.columns = [c for c in table.columns if c]
        preview.suggested_preset = detect_preset(preview.columns, kind)
        chosen = get_preset(preset)
        mapping = parse_mapping(mapping)
        resolved = resolve_columns(chosen, kind, table.columns, mapping)
        preview.suggested_mapping = {c: resolved.get(c, "") for c in preview.columns}
        shaped, source_of = translate(chosen, kind, table, mapping)
        preview.missing_required = missing_columns(kind, shaped.columns)
        if preview.missing_required:
            preview.refused = (
                f"the {kind} file is missing the required column "
                f"{', '.join(preview.missing_required)}"
            )
        for row, values, errors in parse_rows(kind, shaped.records):
            preview.total_rows += 1
            preview.errors.extend(_in_their_words(e, source_of) for e in errors)
            if values is not None and len(preview.rows) < limit:
                preview.rows.append({"row": row, **values})
    except ImportRefused as exc:
        preview.refused = str(exc)
    return preview


def suggest_preset(source: Path | str | bytes, kind: str) -> str:
    """The preset whose headers fit the file best, from its header row alone ("generic" for a
    file that cannot be read: its preview says why)."""
    try:
        table, _ = read_source(source)
    except ImportRefused:
        return "generic"
    return detect_preset([c for c in table.columns if c], kind)
