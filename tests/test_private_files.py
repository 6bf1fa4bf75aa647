"""Every file Encore writes holds people's data, so only its owner can read it: the SQLite
database and its -wal/-shm, the folder Encore creates for it, `export-person` output and the
drafts, calendars, zips and CSVs the outreach commands write. Checked under the usual umask
(022), with which a plain open() gives everyone read access."""

import os
import stat
from pathlib import Path

import pytest

from data.db import make_engine, session_scope, upgrade
from data.settings import get_settings
from matching.embedder import HASHING_MODEL
from tests.cli_runner import run_encore
from tests.factories import make_application, make_candidate, make_remote_backend_opening


@pytest.fixture(autouse=True)
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def hashing_model(monkeypatch):
    """`encore` commands load the instant test embedder instead of the real model."""
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_the_folder_made_for_it_are_private(tmp_path):
    folder = tmp_path / "encore-data" / "pool"
    engine = make_engine(f"sqlite:///{folder / 'encore.db'}")
    upgrade(engine)
    with session_scope(engine) as session:
        make_candidate(session)
        names = {p.name: mode(p) for p in folder.iterdir()}  # while the log is open
    engine.dispose()
    assert names == {"encore.db": 0o600, "encore.db-wal": 0o600, "encore.db-shm": 0o600}
    assert mode(folder) == mode(folder.parent) == 0o700


def test_export_person_writes_a_private_file_even_over_a_readable_one(engine, db_url, tmp_path):
    with session_scope(engine) as session:
        cid = make_candidate(session).id
    fresh, existing = tmp_path / "fresh.json", tmp_path / "existing.json"
    existing.write_text("old")
    assert mode(existing) == 0o644
    for target in (fresh, existing):
        assert (
            run_encore("export-person", str(cid), "--out", str(target), db_url=db_url).exit_code
            == 0
        )
        assert mode(target) == 0o600 and str(cid) in target.read_text()


def test_drafts_calendars_zips_and_csvs_from_the_cli_are_private(
    engine, db_url, tmp_path, hashing_model
):
    with session_scope(engine) as session:
        opening = make_remote_backend_opening(session)
        person = make_candidate(session, motivations=["Wants fully remote work"])
        make_application(
            session, person, stage_reached="final", reason="other_candidate", feedback_given=False
        )
    assert run_encore("index", db_url=db_url).exit_code == 0
    written = {
        "draft.eml": ("draft", str(person.id), "--opening", str(opening.id), "--eml"),
        "week.ics": ("reconnect", "--format", "ics", "--out"),
        "week.csv": ("reconnect", "--format", "csv", "--out"),
        "drafts.zip": ("shortlist-drafts", "--opening", str(opening.id), "--zip"),
        "merge.csv": ("shortlist-drafts", "--opening", str(opening.id), "--mail-merge"),
    }
    for name, args in written.items():
        result = run_encore(*args, str(tmp_path / name), db_url=db_url)
        assert result.exit_code == 0, result.stderr
    drafts = tmp_path / "feedback"
    assert run_encore("feedback-owed", "--drafts", str(drafts), db_url=db_url).exit_code == 0
    files = {name: mode(tmp_path / name) for name in written}
    files |= {p.name: mode(p) for p in drafts.iterdir()}
    assert len(files) == len(written) + 1
    assert set(files.values()) == {0o600}, files
    assert mode(drafts) == 0o700
