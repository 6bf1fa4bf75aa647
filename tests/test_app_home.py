"""The dashboard's first page, headless (AppTest) and served for real (HTTP)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from data.db import session_scope
from data.settings import get_settings
from tests.app_fixtures import run_app
from tests.factories import make_candidate, make_opening

ROOT = Path(__file__).resolve().parent.parent


def test_an_empty_pool_says_how_to_fill_it(app_env, engine):
    at = run_app()
    assert not at.exception
    assert any("encore demo" in info.value for info in at.info)


def test_a_database_never_initialised_still_renders_with_guidance(app_env):
    at = run_app()
    assert not at.exception
    assert any("encore init" in info.value for info in at.info)


def test_the_home_page_shows_pool_figures(app_env, engine):
    with session_scope(engine) as session:
        make_candidate(session, motivations=["Wants remote work"])
        make_candidate(session)
        make_opening(session)
    at = run_app()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Candidates"] == "2"
    assert metrics["Open roles"] == "1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_encore_serve_answers_over_http(db_url, engine):
    port = _free_port()
    # The transformer backend: on a fresh machine the default (static) one would first distil
    # its model before serving (a minute or two; `tests/test_static_embedder.py` covers that).
    env = {**os.environ, "DATABASE_URL": db_url, "ENCORE_EMBED_BACKEND": "torch"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as r:
                    assert r.read() == b"ok"
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    detail = proc.stderr.read().decode() if proc.poll() else "timeout"
                    raise AssertionError(detail) from None
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
            assert r.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_the_demo_pool_loads_from_an_empty_database_with_one_click(app_env, db_url, monkeypatch):
    from matching.embedder import HASHING_MODEL

    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    at = run_app()
    at.button(key="home_demo").click().run(timeout=300)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Candidates"].replace(",", "")) > 400


def test_an_unreachable_database_gives_a_message_not_a_traceback(monkeypatch):
    import streamlit as st

    monkeypatch.setenv("DATABASE_URL", "postgresql://encore:secret@127.0.0.1:1/encore")
    monkeypatch.delenv("ENCORE_RAISE_ERRORS", raising=False)
    get_settings.cache_clear()
    st.cache_resource.clear()
    try:
        at = run_app()
        assert not at.exception
        assert any("unexpected problem" in e.value and "Settings" in e.value for e in at.error)
        assert not any("secret" in e.value for e in at.error)
    finally:
        get_settings.cache_clear()
        st.cache_resource.clear()
