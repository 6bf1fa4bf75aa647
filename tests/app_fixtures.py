"""Fixtures for the dashboard tests: the demo pool, built once, copied per test module.

The template is loaded at ``DEMO_AS_OF`` and indexed with the hashing stand-in embedder (the
app loads the same one through ``ENCORE_MODEL=test-hashing``): these tests judge what the
pages show and store, not ranking quality, which the matching tests judge with the real model.
"""

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from streamlit.testing.v1 import AppTest

from data.db import make_engine, session_scope, upgrade
from data.settings import get_settings
from matching.embedder import HASHING_MODEL, load_embedder
from matching.indexer import index_pool
from tests.conftest import DEMO_AS_OF

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from data.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
    index_pool(engine, load_embedder(HASHING_MODEL))
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def demo_app(demo_template, tmp_path_factory):
    """A private copy of the demo pool and the environment the app reads it from."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(demo_template, path)
    with app_reading(f"sqlite:///{path}") as engine:
        yield engine


@contextmanager
def app_reading(url: str) -> Iterator[Engine]:
    """The environment in which the app reads this database (hashing model, errors raised)."""
    import streamlit as st

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DATABASE_URL", url)
        mp.setenv("ENCORE_MODEL", HASHING_MODEL)
        mp.setenv("ENCORE_RAISE_ERRORS", "1")
        get_settings.cache_clear()
        st.cache_resource.clear()
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()
            get_settings.cache_clear()
            st.cache_resource.clear()


@pytest.fixture
def app_env(db_url, monkeypatch):
    """The app reads this test's database (the model as configured; errors raised)."""
    import streamlit as st

    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("ENCORE_RAISE_ERRORS", "1")
    get_settings.cache_clear()
    st.cache_resource.clear()
    yield
    get_settings.cache_clear()
    st.cache_resource.clear()


def run_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30)
    return at.run()


def open_page(page: str, **query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    return at.switch_page(f"app/pages/{page}.py").run()


def table_with(at: AppTest, column: str):
    """The first table on the page that has this column (display tables carry no key)."""
    for frame in at.dataframe:
        if column in frame.value.columns:
            return frame.value
    raise AssertionError(f"no table with a '{column}' column on the page")


CARD_HEAD = re.compile(r"^\*\*(\d+)\. (.+?)\*\* — ")


def shown(markdown: str) -> str:
    """Markdown as a reader sees it: the escapes ``app.ui.plain`` adds taken out again."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def result_cards(at: AppTest) -> dict[str, str]:
    """The Search page's result cards, by the name they show, in rank order (as read)."""
    cards = {}
    for element in at.markdown:
        if found := CARD_HEAD.match(element.value):
            cards[shown(found.group(2))] = shown(element.value)
    return cards


def open_buttons(at: AppTest) -> list:
    """The Search results' "Details" buttons, in rank order."""
    return [b for b in at.button if b.key and b.key.startswith("search_open_")]
