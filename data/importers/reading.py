"""Reading CSV and XLSX files into plain records, whatever encoding or delimiter they use."""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from data.importers.errors import ImportRefused

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Table:
    columns: list[str]
    # (row number as a spreadsheet shows it, {column: cell text})
    records: list[tuple[int, dict[str, str]]]


def decode(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise ImportRefused(
                    f"the file says it is {encoding.upper()} but is not valid {encoding.upper()}"
                ) from None
    if b"\x00" in raw[:4096]:
        # UTF-16 without a BOM shows NULs in every other byte; anything else is binary.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or "\n" in text:
                return text
        raise ImportRefused("this is not a text CSV file (it contains binary data)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Windows writes cp1252; latin-1 accepts every byte as a last resort.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _clean_header(name: str) -> str:
    return " ".join(str(name).replace("\ufeff", "").split())


def read_csv_text(text: str) -> Table:
    if not text.strip():
        raise ImportRefused("the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportRefused(f"the header row cannot be read: {exc}") from None
    columns = [_clean_header(h) for h in header]
    if not any(columns):
        raise ImportRefused("the first row holds no column names")
    records: list[tuple[int, dict[str, str]]] = []
    row_number = 1
    try:
        for cells in reader:
            row_number += 1
            if not any(c.strip() for c in cells):
                continue
            records.append((row_number, _pair(columns, cells)))
    except csv.Error as exc:
        raise ImportRefused(f"row {row_number + 1} cannot be read as CSV: {exc}") from None
    return Table(columns=columns, records=records)


def _pair(columns: list[str], cells: list[str]) -> dict[str, str]:
    record = {c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns) if c}
    if len(cells) > len(columns):
        extra = [c for c in cells[len(columns) :] if c.strip()]
        if extra:
            record["__extra__"] = "; ".join(extra)
    return record


def read_xlsx_bytes(raw: bytes) -> Table:
    import pandas as pd

    try:
        frame = pd.read_excel(io.BytesIO(raw), dtype=str, keep_default_na=False, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise ImportRefused(f"the spreadsheet cannot be opened: {exc}") from None
    columns = [_clean_header(c) for c in frame.columns]
    records = []
    for offset, values in enumerate(frame.itertuples(index=False, name=None)):
        cells = ["" if v is None else str(v) for v in values]
        if any(c.strip() for c in cells):
            records.append((offset + 2, _pair(columns, cells)))
    return Table(columns=columns, records=records)


def read_table(path: Path) -> Table:
    return read_source(path)[0]


def read_source(source: "Path | str | bytes") -> tuple[Table, str]:
    """A table from a path or from the file's bytes (an upload), and "csv" or "xlsx"."""
    if isinstance(source, bytes | bytearray):
        raw = bytes(source)
    else:
        try:
            raw = Path(source).read_bytes()
        except FileNotFoundError:
            raise ImportRefused(f"no such file: {source}") from None
        except IsADirectoryError:
            raise ImportRefused(f"{source} is a folder, not a file") from None
        except OSError as exc:
            raise ImportRefused(f"cannot read {source}: {exc.strerror}") from None
    if not raw.strip():
        raise ImportRefused("the file is empty")
    if raw.startswith(XLSX_MAGIC):
        return read_xlsx_bytes(raw), "xlsx"
    return read_csv_text(decode(raw)), "csv"
