"""From the file's own columns to our fields: a preset's headers, overridden by an explicit
mapping (``--map "Their column=field"``), then each row shaped by the preset.

The result is a ``Table`` whose columns are our field names, which the generic parser reads
as if a generic file had been given, plus where each field came from (to name the file's own
column in error messages). A file whose columns would fill one field twice (a repeated
header, or a mapped column on a field already filled) is refused, naming them.
"""

from collections.abc import Iterator

from data.importers.errors import ImportRefused
from data.importers.kinds import KINDS
from data.importers.presets import Preset
from data.importers.presets.preset import HELPERS, header_key
from data.importers.presets.shaping import shape
from data.importers.reading import Record, Rows, Table


def parse_mapping(items: list[str] | dict[str, str] | None) -> dict[str, str]:
    """``["Their column=field", ...]`` as a dict; ``"Their column="`` ignores that column."""
    if not items:
        return {}
    if isinstance(items, dict):
        return dict(items)
    mapping = {}
    for item in items:
        if "=" not in item:
            raise ImportRefused(f"--map '{item}' should read \"Their column=field\"")
        their, ours = item.rsplit("=", 1)
        if not their.strip():
            raise ImportRefused(f"--map '{item}' names no column")
        mapping[their.strip()] = ours.strip()
    return mapping


def targets(kind: str) -> tuple[str, ...]:
    """Every field a column may be mapped to for this kind (ours, then the helpers)."""
    return (*KINDS[kind].columns, *HELPERS[kind])


def resolve_columns(
    preset: Preset, kind: str, columns: list[str], mapping: dict[str, str] | None = None
) -> dict[str, str]:
    """{file column: our field} for every column the preset or the mapping places."""
    allowed = targets(kind)
    by_key = {header_key(c): c for c in columns if c}
    resolved: dict[str, str] = {}
    headers = preset.headers(kind)
    for column in columns:
        if column and (field := headers.get(header_key(column))):
            resolved[column] = field
    for their, ours in (mapping or {}).items():
        column = by_key.get(header_key(their))
        if column is None:
            raise ImportRefused(
                f"the mapping names a column '{their}' that is not in the file "
                f"(columns found: {', '.join(c for c in columns if c) or 'none'})"
            )
        if not ours:
            resolved.pop(column, None)
            continue
        field = ours.strip().lower()
        if field not in allowed:
            raise ImportRefused(
                f"'{ours}' is not a {kind} field (use one of: {', '.join(allowed)})"
            )
        resolved[column] = field
    return resolved


def one_column_per_field(
    preset: Preset,
    kind: str,
    columns: list[str],
    resolved: dict[str, str],
    mapping: dict[str, str] | None = None,
) -> None:
    """Refuse a file in which two columns would fill one field: a header repeated (the cells of
    one would be lost), or a column the mapping sends to a field another column fills (which to
    keep cannot be guessed). A preset's own alternative headers for one field ("Rejected On",
    "Hired On") may both be present: the first non-empty cell wins, as the preset intends."""
    placed_by_preset = preset.headers(kind)
    remapped = {
        header_key(their)
        for their, ours in (mapping or {}).items()
        if ours and placed_by_preset.get(header_key(their)) != ours.strip().lower()
    }
    filling: dict[str, list[str]] = {}
    for column in columns:  # in file order, a repeated name once per time it appears
        if column and (field := resolved.get(column)):
            filling.setdefault(field, []).append(column)
    for field, names in filling.items():
        seen: dict[str, str] = {}
        for name in names:
            if (key := header_key(name)) in seen:
                first = seen[key]
                spelled = f" ('{first}' and '{name}')" if first != name else ""
                raise ImportRefused(
                    f"the file has the column '{first}' twice{spelled}: rename or delete one "
                    "of them, so that no cell is lost"
                )
            seen[key] = name
        if len(names) > 1 and remapped & set(seen):
            first, second = names[0], names[1]
            raise ImportRefused(
                f"the columns '{first}' and '{second}' would both fill {field}: leave one out "
                f'(map it to nothing, e.g. --map "{second}=") or map it to another field'
            )


def translate(
    preset: Preset, kind: str, table: Table, mapping: dict[str, str] | None = None
) -> tuple[Table, dict[str, str]]:
    """The table in our fields (its rows shaped as they are read), and {our field: the file
    column it was read from}. Refuses a file in which two columns fill one field."""
    resolved = resolve_columns(preset, kind, table.columns, mapping)
    one_column_per_field(preset, kind, table.columns, resolved, mapping)
    source: dict[str, str] = {}
    for column, field in resolved.items():
        source.setdefault(field, column)

    def records() -> Iterator[Record]:
        for row, record in table.records:
            values: dict[str, str] = {}
            for column, field in resolved.items():
                cell = record.get(column, "")
                if cell.strip() and field not in values:  # a preset's alternatives: first wins
                    values[field] = cell
            yield row, shape(preset, kind, values)

    # Shaping fills some fields from helpers (full_name from first/last name).
    fields = set(resolved.values())
    if {"first_name", "last_name"} & fields:
        fields.add("full_name")
        source.setdefault(
            "full_name", " + ".join(source[f] for f in ("first_name", "last_name") if f in source)
        )
    if "reason" in fields:
        fields.update({"outcome", "reason_note"})
    if {"status", "disqualified", "reason_type"} & fields:
        fields.add("outcome")
    if "profile_url" in fields:
        fields.add("tags")
    columns = [f for f in targets(kind) if f in fields and f not in HELPERS[kind]]
    return Table(columns=columns, records=Rows(records)), source
