"""Shared fixtures: a real SQLite file per test, migrated to head by Alembic."""

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from data.db import make_engine, session_scope, upgrade

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# The demo pool's dates are offsets from this day, so tests see the same pool every run.
DEMO_AS_OF = date(2026, 11, 23)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'encore.db'}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with session_scope(engine) as s:
        yield s


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2, loaded once for the whole run."""
    from matching.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def fake_embedder():
    from matching.embedder import HashingEmbedder

    return HashingEmbedder()


# The demo pool for the dashboard tests (built once, copied per module): see app_fixtures.
from tests.app_fixtures import demo_app, demo_template  # noqa: E402, F401
