"""Reading CSV and XLSX files into plain records, whatever encoding or delimiter they use, within
the import limits of the settings, so that no file can take the machine's memory.

A file is checked before anything is parsed: a path must be a regular file (not a device, a
pipe or a folder) and no file may be larger than ``import_max_mb``; an XLSX may not declare more
than that unpacked, nor a part packed tighter than ``MAX_PACKING`` to 1 (a decompression bomb).
Rows are then read one at a time, afresh on each pass over ``Table.records``, so memory stays
flat whatever the file's length. A cell longer than ``import_max_cell_kb`` refuses its row, not
the file (``generic.parse_rows`` names it).
"""

import codecs
import csv
import io
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from data.importers.errors import ImportRefused
from data.settings import get_settings

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
XLSX_MAGIC = b"PK\x03\x04"
MAX_PACKING = 100  # no spreadsheet part may unpack to more than this many times its size
_PACKING_FLOOR = 2**20  # ...once it is over a megabyte (small parts of repeated XML pack well)
_CHUNK = 2**18

Record = tuple[int, dict[str, str]]  # (row number as a spreadsheet shows it, {column: cell})


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_cell: int  # characters

    @classmethod
    def current(cls) -> "Limits":
        settings = get_settings()
        return cls(int(settings.import_max_mb * 2**20), settings.import_max_cell_kb * 1024)

    @property
    def max_cell_kb(self) -> int:
        return self.max_cell // 1024


def megabytes(size: float) -> str:
    return f"{size / 2**20:.2f}".rstrip("0").rstrip(".") + " MB"


def _over_the_cap(what: str, size: int, limits: Limits) -> ImportRefused:
    return ImportRefused(
        f"{what} {megabytes(size)}, over the {megabytes(limits.max_bytes)} import limit "
        "(set ENCORE_IMPORT_MAX_MB to change it)"
    )


class Rows:
    """Records produced afresh on each iteration (each pass reads the file again)."""

    def __init__(self, produce: Callable[[], Iterator[Record]]):
        self._produce = produce

    def __iter__(self) -> Iterator[Record]:
        return self._produce()


@dataclass(frozen=True)
class Table:
    columns: list[str]  # as the file names them, in order (a name may repeat)
    records: Iterable[Record]


# --- the source: a path or an upload's bytes -----------------------------------------------


class _Capped(io.RawIOBase):
    """A file that refuses to be read past the cap (a file that grows, or a /proc file whose
    size reads as 0)."""

    def __init__(self, file: BinaryIO, limits: Limits):
        self._file, self._limits, self._seen = file, limits, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._file.readinto(buffer)
        self._seen += n or 0
        if self._seen > self._limits.max_bytes:
            raise _over_the_cap("the file is more than", self._seen, self._limits)
        return n

    def close(self) -> None:
        self._file.close()
        super().close()


class Source:
    """A file's bytes, checked for kind and size before anything is read, opened anew for each
    pass."""

    def __init__(self, source: "Path | str | bytes", limits: Limits):
        self.limits = limits
        self._raw: bytes | None = None
        self._path: Path | None = None
        if isinstance(source, bytes | bytearray | memoryview):
            self._raw = bytes(source)
            self.size = len(self._raw)
        else:
            self._path = Path(source)
            self.size = self._stat_size(self._path)
        if self.size > limits.max_bytes:
            raise _over_the_cap("the file is", self.size, limits)

    @staticmethod
    def _stat_size(path: Path) -> int:
        try:
            info = path.stat()
        except FileNotFoundError:
            raise ImportRefused(f"no such file: {path}") from None
        except OSError as exc:
            raise ImportRefused(f"cannot read {path}: {exc.strerror}") from None
        if stat.S_ISDIR(info.st_mode):
            raise ImportRefused(f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ImportRefused(
                f"{path} is not a regular file (a device, a pipe or a socket has no end to "
                "import up to): save the export as a file and import that"
            )
        return info.st_size

    def open(self, *, seekable: bool = False) -> BinaryIO:
        """The bytes from the start: a stream that stops at the cap, or (for a zip, read by
        offsets within the size already checked) a seekable file."""
        if self._raw is not None:
            return io.BytesIO(self._raw)
        try:
            file = self._path.open("rb")
        except OSError as exc:
            raise ImportRefused(f"cannot read {self._path}: {exc.strerror}") from None
        return file if seekable else io.BufferedReader(_Capped(file, self.limits), _CHUNK)

    def head(self, n: int) -> bytes:
        with self.open() as f:
            return f.read(n)

    def chunks(self) -> Iterator[bytes]:
        with self.open() as f:
            while chunk := f.read(_CHUNK):
                yield chunk


# --- CSV ---------------------------------------------------------------------------------


def _scan(source: Source, encoding: str) -> tuple[bool, bool]:
    """(whether the whole file decodes as ``encoding``, whether it holds any non-blank text),
    reading it a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    has_text = False
    try:
        for chunk in source.chunks():
            has_text = has_text or bool(decoder.decode(chunk).strip())
        has_text = bool(decoder.decode(b"", final=True).strip()) or has_text
    except UnicodeDecodeError:
        return False, has_text
    return True, has_text


def _encoding(source: Source) -> str:
    head = source.head(4096)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            decodes, has_text = _scan(source, encoding)
            if not decodes:
                raise ImportRefused(
                    f"the file says it is {encoding.upper()} but is not valid {encoding.upper()}"
                )
            if not has_text:
                raise ImportRefused("the file is empty")
            return encoding
    if b"\x00" in head:
        # UTF-16 without a BOM shows NULs in every other byte; anything else is binary.
        for encoding in ("utf-16-le", "utf-16-be"):
            start = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
            if (start.isprintable() or "\n" in start) and _scan(source, encoding)[0]:
                return encoding
        raise ImportRefused("this is not a text CSV file (it contains binary data)")
    # Excel on Windows writes cp1252; latin-1 accepts every byte as a last resort.
    for encoding in ("utf-8", "cp1252"):
        decodes, has_text = _scan(source, encoding)
        if decodes:
            break
    else:
        encoding, has_text = "latin-1", True
    if not has_text:
        raise ImportRefused("the file is empty")
    return encoding


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _clean_header(name: object) -> str:
    return " ".join(str("" if name is None else name).replace("\ufeff", "").split())


def _csv_reader(source: Source, encoding: str, delimiter: str) -> Iterator[list[str]]:
    # The cap bounds a cell as it bounds the file; a cell over the cell limit refuses its row.
    csv.field_size_limit(max(csv.field_size_limit(), source.limits.max_bytes))
    with source.open() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        try:
            yield from csv.reader(text, delimiter=delimiter)
        except UnicodeDecodeError:  # the file changed since it was checked
            raise ImportRefused(f"the file is no longer valid {encoding.upper()}") from None


def read_csv(source: Source) -> Table:
    encoding = _encoding(source)
    with source.open() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        delimiter = _sniff_delimiter(text.readline(2**20))
    try:
        header = next(_csv_reader(source, encoding, delimiter))
    except StopIteration:
        raise ImportRefused("the file is empty") from None
    except csv.Error as exc:
        raise ImportRefused(f"the header row cannot be read: {exc}") from None
    columns = [_clean_header(h) for h in header]
    if not any(columns):
        raise ImportRefused("the first row holds no column names")

    def records() -> Iterator[Record]:
        rows = _csv_reader(source, encoding, delimiter)
        next(rows)
        row_number = 1
        try:
            for cells in rows:
                row_number += 1
                if any(c.strip() for c in cells):
                    yield row_number, _pair(columns, cells)
        except csv.Error as exc:
            raise ImportRefused(f"row {row_number + 1} cannot be read as CSV: {exc}") from None

    return Table(columns=columns, records=Rows(records))


def _pair(columns: list[str], cells: list[str]) -> dict[str, str]:
    record = {c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns) if c}
    if len(cells) > len(columns):
        extra = [c for c in cells[len(columns) :] if c.strip()]
        if extra:
            record["__extra__"] = "; ".join(extra)
    return record


# --- XLSX --------------------------------------------------------------------------------


def too_tightly_packed(part: zipfile.ZipInfo) -> bool:
    """Whether a zip member declares it unpacks past ``MAX_PACKING`` times its packed size
    (a decompression bomb does; résumé zips and Word files are checked the same way)."""
    return part.file_size > _PACKING_FLOOR and part.file_size > MAX_PACKING * part.compress_size


def _check_packing(source: Source) -> None:
    """Refuse a workbook by what its zip directory declares, before any part is unpacked
    (Python's zipfile stops a part at its declared size, so the declaration holds)."""
    try:
        with source.open(seekable=True) as raw, zipfile.ZipFile(raw) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportRefused(f"the spreadsheet cannot be opened: {exc}") from None
    unpacked = sum(p.file_size for p in parts)
    for part in parts:
        if too_tightly_packed(part):
            raise ImportRefused(
                f"the spreadsheet would unpack to {megabytes(unpacked)} from "
                f"{megabytes(source.size)}: a part of it is packed more than {MAX_PACKING} to 1, "
                "as a decompression bomb is, so it was not opened"
            )
    if unpacked > source.limits.max_bytes:
        raise _over_the_cap("the spreadsheet unpacks to", unpacked, source.limits)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _sheet_rows(source: Source, **bounds: int) -> Iterator[tuple]:
    """Rows of the first sheet as tuples of values, parsed as they are read."""
    # openpyxl takes a third of a second to import: only an XLSX import pays that.
    from openpyxl import load_workbook

    with source.open(seekable=True) as raw:
        try:
            book = load_workbook(raw, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged workbook
            raise ImportRefused(f"the spreadsheet cannot be opened: {exc}") from None
        try:
            if not book.worksheets:
                raise ImportRefused("the workbook has no sheet")
            sheet = book.worksheets[0]
            # The declared dimensions may be anything; only the cells present count.
            sheet.reset_dimensions()
            yield from sheet.iter_rows(values_only=True, **bounds)
        except ImportRefused:
            raise
        except Exception as exc:
            raise ImportRefused(f"the spreadsheet cannot be read: {exc}") from None
        finally:
            book.close()


def read_xlsx(source: Source) -> Table:
    _check_packing(source)
    header = next(_sheet_rows(source, min_row=1, max_row=1), ())
    columns = [_clean_header(h) for h in header]
    while columns and not columns[-1]:
        columns.pop()
    if not any(columns):
        raise ImportRefused("the first row holds no column names")

    def records() -> Iterator[Record]:
        # Cells right of the last named column are not read (a row may claim column XFD).
        rows = _sheet_rows(source, min_row=2, max_col=len(columns))
        for row_number, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                yield row_number, _pair(columns, cells)

    return Table(columns=columns, records=Rows(records))


# --- either ------------------------------------------------------------------------------


def read_source(source: "Path | str | bytes", limits: Limits | None = None) -> tuple[Table, str]:
    """A table from a path or from the file's bytes (an upload), and "csv" or "xlsx". Only the
    header is read here; the records are read on each pass over ``Table.records``."""
    checked = Source(source, limits or Limits.current())
    if checked.head(len(XLSX_MAGIC)) == XLSX_MAGIC:
        return read_xlsx(checked), "xlsx"
    return read_csv(checked), "csv"
