"""A write shows in the very next search with no call from whoever wrote: the commit tells
the matcher (``data.events``). A commit that wrote nothing costs the next search nothing."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from data import crud
from data.db import make_engine, session_scope, upgrade
from data.importers import import_file
from data.privacy import set_do_not_contact
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate, make_remote_backend_opening


@pytest.fixture
def searched(engine, session, fake_embedder):
    """A small pool, indexed, and a matcher that has searched it once (its pool is loaded)."""
    role = make_remote_backend_opening(session)
    ana = make_candidate(session, full_name="Ana Silva", current_title="Backend Engineer")
    make_candidate(session, full_name="Bo Chen", current_title="Backend Engineer")
    session.commit()
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    first = matcher.match_opening(role.id, top_k=10)
    assert {r.full_name for r in first.results} == {"Ana Silva", "Bo Chen"}
    return matcher, role, ana


def statements_run(engine, call) -> int:
    count = [0]

    def counted(*_args):
        count[0] += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return count[0]


def test_a_person_marked_do_not_contact_leaves_the_very_next_search_without_any_call(
    engine, searched
):
    matcher, role, ana = searched
    with session_scope(engine) as session:
        set_do_not_contact(session=session, candidate_id=ana.id, reason="asked us to stop")
    again = matcher.match_opening(role.id, top_k=10)
    assert [r.full_name for r in again.results] == ["Bo Chen"]
    assert again.excluded["do_not_contact"] == 1


def test_a_new_person_is_ranked_by_the_next_search_once_indexed(engine, fake_embedder, searched):
    matcher, role, _ = searched
    with session_scope(engine) as session:
        make_candidate(session, full_name="Cy Diaz", current_title="Backend Engineer")
    index_pool(engine, fake_embedder)
    names = {r.full_name for r in matcher.match_opening(role.id, top_k=10).results}
    assert names == {"Ana Silva", "Bo Chen", "Cy Diaz"}


def test_a_commit_that_only_read_leaves_the_loaded_pool_unchecked(engine, searched):
    matcher, _, ana = searched
    with session_scope(engine) as session:
        assert crud.get_candidate(session=session, candidate_id=ana.id) is not None
    assert statements_run(engine, matcher.pool_index) == 0


def test_a_checked_import_writes_nothing_and_leaves_the_loaded_pool_unchecked(
    engine, searched, tmp_path: Path
):
    matcher, _, _ = searched
    export = tmp_path / "people.csv"
    export.write_text("external_id,full_name,email\nX-1,Dee Evans,dee@example.com\n")
    with session_scope(engine) as session:
        report = import_file(session=session, source=export, kind="candidates", dry_run=True)
    assert report.added == 1  # what it would add; a savepoint took it back
    assert statements_run(engine, matcher.pool_index) == 0


def test_a_write_to_another_database_leaves_the_loaded_pool_unchecked(
    engine, searched, tmp_path: Path
):
    matcher, _, _ = searched
    other = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(other)
    with session_scope(other) as session:
        make_candidate(session, full_name="Someone Else")
    assert statements_run(engine, matcher.pool_index) == 0
    other.dispose()


def test_another_process_marking_someone_do_not_contact_shows_once_the_pool_is_looked_at(
    engine, searched, monkeypatch
):
    """A write this process is never told of (another process's ``encore import``): the
    matcher notices it at its next look at the pool."""
    if engine.dialect.name != "sqlite":
        pytest.skip("another process's write on PostgreSQL is the stamp's, as before")
    matcher, role, ana = searched
    monkeypatch.setattr("matching.engine.STAMP_TTL_SECONDS", 0.0)
    with sqlite3.connect(engine.url.database) as outside:  # no SQLAlchemy, no events
        outside.execute(
            "UPDATE candidate SET do_not_contact = 1, updated_at = datetime('now', '+1 minute')"
            " WHERE id = ?",
            (ana.id,),
        )
    again = matcher.match_opening(role.id, top_k=10)
    assert [r.full_name for r in again.results] == ["Bo Chen"]


def test_looking_at_a_pool_nobody_wrote_to_runs_no_query_over_its_tables(
    engine, searched, monkeypatch
):
    """The stamp counts rows in every pool table (milliseconds at 100,000 people): with no
    commit anywhere since the last one, it is not taken again."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's data_version; elsewhere the stamp is taken as before")
    matcher, _, _ = searched
    monkeypatch.setattr("matching.engine.STAMP_TTL_SECONDS", 0.0)
    loaded = matcher.pool_index()
    assert statements_run(engine, matcher.pool_index) == 0
    assert matcher.pool_index() is loaded
