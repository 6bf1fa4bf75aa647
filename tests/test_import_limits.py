"""Imports are bounded: a file over the size cap, a spreadsheet that would unpack far beyond
it, a device that never ends and an over-long cell each get a clear message, and reading a
file within the cap streams it rather than holding it whole."""

import io
import os
import resource
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from data.db import session_scope
from data.importers import ImportRefused, import_file, preview_file
from data.models import Candidate
from data.settings import get_settings
from tests.cli_runner import run_encore
from tests.utils import snapshot

ROOT = Path(__file__).resolve().parent.parent
HEADER = "external_id,full_name,email,current_title,resume_text\n"


@pytest.fixture
def cap_mb(monkeypatch):
    """Set the import size cap (in MB) for one test."""

    def set_cap(mb: float) -> None:
        monkeypatch.setenv("ENCORE_IMPORT_MAX_MB", str(mb))
        get_settings.cache_clear()

    yield set_cap
    get_settings.cache_clear()


def people_csv(rows: int) -> bytes:
    lines = [HEADER] + [
        f"P{i},Person {i},person{i}@example.com,Engineer,Built services in Python for years.\n"
        for i in range(rows)
    ]
    return "".join(lines).encode()


def test_a_file_over_the_size_cap_is_refused_saying_the_cap_and_how_to_change_it(
    engine, db_url, tmp_path, cap_mb
):
    cap_mb(0.1)
    payload = people_csv(1400)  # ~117 KB, just over 0.1 MB
    assert 0.1 * 2**20 < len(payload) < 0.2 * 2**20
    path = tmp_path / "big.csv"
    path.write_bytes(payload)
    before = snapshot(engine)
    for source in (path, payload):
        with pytest.raises(
            ImportRefused, match=r"over the 0\.1 MB import limit.*ENCORE_IMPORT_MAX_MB"
        ):
            with session_scope(engine) as session:
                import_file(session=session, kind="candidates", source=source)
        assert "0.1 MB import limit" in preview_file(source, "candidates").refused
    assert snapshot(engine) == before
    result = run_encore("import", "candidates", str(path), db_url=db_url)
    assert result.exit_code == 2 and "ENCORE_IMPORT_MAX_MB" in result.stderr
    cap_mb(1)
    within = preview_file(path, "candidates")
    assert within.ok and within.total_rows == 1400


PEAK_OF_A_PREVIEW = """
import sys
from data.importers import preview_file

def peak_kb():  # this process's own high-water mark (ru_maxrss would include the parent's)
    status = open("/proc/self/status").read()
    return int(status.split("VmHWM:")[1].split()[0])

preview_file(b"full_name,email\\nAna,ana@example.com\\n", "candidates")  # imports, warmed
before = peak_kb()
preview = preview_file(sys.argv[1], "candidates")
assert preview.ok and len(preview.rows) == 10, preview.refused
print(preview.total_rows, peak_kb() - before)
"""


def test_previewing_a_file_streams_it_so_memory_does_not_grow_with_its_length(tmp_path):
    resume = "Built payment services in Python and Go; led a team of four. " * 7
    path = tmp_path / "many.csv"
    path.write_text(
        HEADER
        + "".join(f"P{i},Person {i},p{i}@example.com,Engineer,{resume}\n" for i in range(18_000))
    )
    size_kb = path.stat().st_size // 1024  # ~8 MB
    proc = subprocess.run(
        [sys.executable, "-c", PEAK_OF_A_PREVIEW, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "ENCORE_IMPORT_MAX_MB": "10"},
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows, grown_kb = map(int, proc.stdout.split())
    assert rows == 18_000
    # Holding the file once would already be 1x its size; rows held as dicts were 10x and more.
    assert grown_kb < size_kb / 4, f"peak grew {grown_kb} KB for a {size_kb} KB file"


def _xlsx_with_sheet(sheet_xml: bytes) -> bytes:
    """A real workbook whose first sheet is replaced by the given XML."""
    from openpyxl import Workbook

    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(["full_name", "email"])
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = sheet_xml if item.filename == "xl/worksheets/sheet1.xml" else src.read(item)
            dst.writestr(item.filename, data)
    return out.getvalue()


def _sheet(rows: int) -> bytes:
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Person {r}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>p{r}@example.com</t></is></c></row>'
        for r in range(2, rows + 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>full_name</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>email</t></is></c></row>'
        f"{cells}</sheetData></worksheet>"
    ).encode()


def test_an_xlsx_decompression_bomb_is_refused_before_it_is_unpacked(tmp_path, cap_mb):
    cap_mb(50)
    padding = b"<!--" + b" " * (20 * 2**20) + b"-->"  # 20 MB of nothing, packed into ~20 KB
    bomb = _xlsx_with_sheet(_sheet(3).replace(b"<sheetData>", padding + b"<sheetData>"))
    assert len(bomb) < 100_000
    tracemalloc.start()
    try:
        refused = preview_file(bomb, "candidates").refused
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "decompression bomb" in refused
    assert peak < 2 * 2**20


def test_an_xlsx_that_unpacks_beyond_the_cap_is_refused_and_one_within_it_is_read(cap_mb):
    workbook = _xlsx_with_sheet(_sheet(3000))  # 0.42 MB of sheet XML, packed ~10 to 1
    cap_mb(0.2)
    assert "unpacks to 0.42 MB, over the 0.2 MB import limit" in (
        preview_file(workbook, "candidates").refused
    )
    cap_mb(1)
    within = preview_file(workbook, "candidates")
    assert within.ok and within.total_rows == 3000
    assert within.rows[0] == {"row": 2, "full_name": "Person 2", "email": "p2@example.com"}


def test_a_device_that_never_ends_is_refused_with_a_message(db_url, tmp_path):
    run_encore("init", db_url=db_url)

    def at_most_1_gb():  # so a regression fails with MemoryError instead of eating the machine
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "import", "candidates", "/dev/zero"],
        capture_output=True,
        text=True,
        env={**os.environ, "DATABASE_URL": db_url, "HF_HUB_OFFLINE": "1", "COLUMNS": "200"},
        cwd=ROOT,
        timeout=120,
        preexec_fn=at_most_1_gb,
    )
    assert proc.returncode == 2
    assert "not a regular file" in proc.stderr
    assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr


def test_an_over_long_cell_refuses_its_row_not_the_file(engine, tmp_path):
    limit_kb = 128  # the default
    long_resume = "Python " * (limit_kb * 1024 // 7 + 100)
    path = tmp_path / "people.csv"
    path.write_text(
        HEADER
        + "L1,Ana Silva,ana@example.com,Engineer,Short\n"
        + f'L2,Bo Chen,bo@example.com,Engineer,"{long_resume}"\n'
        + "L3,Cy Diaz,cy@example.com,Engineer,Short\n"
    )
    with session_scope(engine) as session:
        report = import_file(session=session, kind="candidates", source=path)
    assert (report.added, report.refused) == (2, 1)
    (error,) = report.errors
    assert (error.row, error.field) == (3, "resume_text")
    assert f"at most {limit_kb} KB" in error.message
    assert len(error.message) < 200  # the message does not repeat the cell
    with session_scope(engine) as session:
        assert [c.external_id for c in session.exec(select(Candidate))] == ["L1", "L3"]


def test_a_long_cell_in_a_link_column_does_not_stall_the_preview():
    import time

    hostile = "a" * 40_000 + "." + "b" * 40_000  # no link in it, only letters to backtrack over
    payload = f"Contact ID,Full Name,Links\nL-1,Lee Park,{hostile} linkedin.com/in/lee\n"
    started = time.monotonic()
    preview = preview_file(payload.encode(), "candidates", preset="lever")
    assert time.monotonic() - started < 5
    assert preview.rows[0]["tags"] == ["profile:linkedin.com/in/lee"]
