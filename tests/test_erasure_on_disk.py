"""After `encore forget` on SQLite, the erased rows are gone from the files on disk too, or the
recruiter is told plainly that another connection keeps them in the write-ahead log."""

import sqlite3
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from data.db import compact_after_erasure, session_scope
from data.privacy import forget_person
from tests.cli_runner import run_encore
from tests.factories import make_candidate

EMAIL = "erase.me.8431@example.org"


def _on_disk(db_url: str) -> dict[str, bool]:
    """Whether the erased email's bytes are in the database file and in its log."""
    path = Path(make_url(db_url).database)
    return {
        name: EMAIL.encode() in f.read_bytes() if f.exists() else False
        for name, f in (("file", path), ("log", Path(f"{path}-wal")))
    }


def _person(engine) -> int:
    with session_scope(engine) as session:
        return make_candidate(session, email=EMAIL, resume_text="Erase me entirely.").id


def test_forget_leaves_no_copy_in_the_file_or_its_log(engine, db_url):
    cid = _person(engine)
    assert any(_on_disk(db_url).values())
    result = run_encore("forget", str(cid), "--yes", db_url=db_url)
    assert result.exit_code == 0 and result.stderr == ""
    assert _on_disk(db_url) == {"file": False, "log": False}


def test_a_reader_holding_the_log_gets_a_plain_warning_not_a_claim_of_success(engine, db_url):
    cid = _person(engine)
    reader = sqlite3.connect(make_url(db_url).database, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM candidate").fetchone() == (1,)  # holds a snapshot
    try:
        result = run_encore("forget", str(cid), "--yes", db_url=db_url)
        assert result.exit_code == 0
        assert "erased" in result.stdout
        warning = " ".join(result.stderr.split())
        assert "still reading this database" in warning
        assert "erased rows may remain in" in warning and "encore.db-wal" in warning
        assert any(_on_disk(db_url).values())  # the warning is true
    finally:
        reader.execute("COMMIT")
        reader.close()
    # Once the reader is gone, the next compaction finishes the job.
    assert compact_after_erasure(engine).complete
    assert _on_disk(db_url) == {"file": False, "log": False}


def test_a_reader_that_finishes_within_the_wait_does_not_stop_the_compaction(engine, db_url):
    cid = _person(engine)
    reader = sqlite3.connect(
        make_url(db_url).database, isolation_level=None, check_same_thread=False
    )
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidate").fetchone()
    with session_scope(engine) as session:
        forget_person(session=session, candidate_id=cid)
    threading.Timer(0.3, lambda: (reader.execute("COMMIT"), reader.close())).start()
    assert compact_after_erasure(engine, wait_seconds=5).complete
    assert _on_disk(db_url) == {"file": False, "log": False}
