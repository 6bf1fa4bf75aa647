"""CSV cells that a spreadsheet will show as text, never run as a formula."""

import csv
import io

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Prefix text that a spreadsheet would treat as a formula with an apostrophe.

    Numbers are left alone (a negative number is a number, not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: list[str], rows: list[list[object]], *, bom: bool = True) -> bytes:
    """A CSV file as bytes: formula-safe cells, UTF-8 with a BOM so Excel reads accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")
