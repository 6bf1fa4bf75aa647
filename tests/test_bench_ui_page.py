"""The old Search page that ``encore bench --ui`` times beside today's is served from
``benchmarks/ui_pages`` when ``ENCORE_BENCH_PAGES=1``: the router names it by its path."""

from data.db import session_scope
from matching.embedder import HASHING_MODEL
from tests.app_fixtures import run_app
from tests.factories import make_candidate, make_opening

OLD_PAGE = "benchmarks/ui_pages/search_before.py"


def test_the_ui_benchmark_finds_the_old_search_page(app_env, engine, monkeypatch):
    monkeypatch.setenv("ENCORE_BENCH_PAGES", "1")
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    with session_scope(engine) as session:
        make_opening(session, title="Data Engineer")
        make_candidate(session, full_name="Ana Silva")
    at = run_app()
    at.switch_page(OLD_PAGE).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Search the pool"]
    assert at.button(key="search_go").label == "Search"
