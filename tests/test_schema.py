"""The schema on SQLite and PostgreSQL: migrations, constraints, cascades, timezone-aware
timestamps."""

from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from data import crud
from data.db import current_revision, head_revision, make_engine, session_scope, upgrade
from data.models import Application, Candidate, Motivation, Touchpoint
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint

pytestmark = pytest.mark.both_backends


def test_upgrade_from_an_empty_database_reaches_head_and_is_repeatable(db_url):
    engine = make_engine(db_url)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    upgrade(engine)  # a second `encore init` is a no-op
    tables = set(inspect(engine).get_table_names())
    assert {"candidate", "motivation", "opening", "application", "touchpoint"} <= tables


def _pgvector_only(obj, name, type_, reflected, compare_to) -> bool:
    """PostgreSQL's search columns (pgvector, full text) and their indexes live outside the
    models."""
    outside = {"embedding", "search_doc", "ix_candidate_search_doc"}
    return not (name in outside or (name or "").startswith("ix_candidate_vector_ann_"))


@pytest.mark.filterwarnings("ignore:Did not recognize type")
def test_the_migrations_build_exactly_the_schema_the_models_declare(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _pgvector_only})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_sqlite_runs_with_wal_and_foreign_keys(engine, backend):
    if backend != "sqlite":
        pytest.skip("SQLite settings")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_deleting_a_candidate_removes_their_motivations_applications_and_touchpoints(engine):
    with session_scope(engine) as session:
        keep = make_candidate(session, motivations=["Wants remote"])
        gone = make_candidate(session, motivations=["Wants to lead a team", "Better pay"])
        opening = make_opening(session)
        make_application(session, gone, opening_id=opening.id)
        make_touchpoint(session, gone)
        make_touchpoint(session, keep)
        gone_id, keep_id = gone.id, keep.id
    with session_scope(engine) as session:
        assert crud.delete_candidate(session=session, candidate_id=gone_id)
    with session_scope(engine) as session:
        for model in (Motivation, Application, Touchpoint):
            assert session.exec(select(model).where(model.candidate_id == gone_id)).all() == []
        assert len(session.exec(select(Motivation).where(Motivation.candidate_id == keep_id)).all())
        assert crud.find_opening(session=session, external_id=opening.external_id) is not None


def test_database_level_cascade_works_without_the_orm(engine):
    with session_scope(engine) as session:
        person = make_candidate(session, motivations=["Wants remote"])
        make_touchpoint(session, person)
        person_id = person.id
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM candidate WHERE id = :id"), {"id": person_id})
        assert conn.execute(text("SELECT count(*) FROM motivation")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM touchpoint")).scalar() == 0


def test_emails_are_normalised_and_unique(engine):
    with session_scope(engine) as session:
        person = make_candidate(session, email="  Ana.Silva@Example.COM ")
        assert person.email == "ana.silva@example.com"
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        make_candidate(session, email="ana.silva@example.com")


def test_external_ids_are_unique(engine):
    with session_scope(engine) as session:
        make_candidate(session, external_id="GH-1")
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        make_candidate(session, external_id="GH-1")


def test_timestamps_come_back_timezone_aware_in_utc(engine):
    berlin_evening = datetime(2025, 3, 14, 19, 30, tzinfo=UTC) + timedelta(hours=0)
    with session_scope(engine) as session:
        person = make_candidate(session)
        make_touchpoint(session, person, at=berlin_evening)
        person_id = person.id
    with session_scope(engine) as session:
        stored = session.exec(select(Touchpoint).where(Touchpoint.candidate_id == person_id)).one()
        assert stored.at == berlin_evening
        assert stored.at.tzinfo is not None
        assert session.get(Candidate, person_id).created_at.tzinfo is not None


def test_deleting_an_opening_keeps_the_history_of_who_applied(engine):
    with session_scope(engine) as session:
        person = make_candidate(session)
        opening = make_opening(session)
        make_application(session, person, opening_id=opening.id, role_title="Data Engineer")
        opening_id = opening.id
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM opening WHERE id = :id"), {"id": opening_id})
    with session_scope(engine) as session:
        application = session.exec(select(Application)).one()
        assert application.opening_id is None
        assert application.role_title == "Data Engineer"
