"""The Search page, headless: choosing an open role and searching shows ranked people."""

import pytest

from data.db import session_scope
from matching.indexer import index_pool
from tests.app_fixtures import result_cards, run_app
from tests.factories import make_candidate, make_opening


@pytest.mark.model
def test_searching_an_open_role_lists_ranked_people_with_reasons(app_env, engine, embedder):
    with session_scope(engine) as session:
        make_opening(
            session,
            title="Senior Backend Engineer (Python)",
            requirements="Python\nDjango\nPostgreSQL",
            remote_policy="remote",
        )
        make_candidate(
            session,
            full_name="Rita Remote",
            skills=["Python", "Django"],
            motivations=["Wants fully remote work"],
        )
        make_candidate(
            session,
            full_name="Dina Designer",
            current_title="Product Designer",
            skills=["Figma"],
            resume_text="Designs mobile apps in Figma.",
        )
        make_candidate(
            session, full_name="Never Again", skills=["Python", "Django"], do_not_contact=True
        )
    index_pool(engine, embedder)
    at = run_app()
    at.switch_page("app/pages/search.py").run()
    assert not at.exception
    at.button(key="search_go").click().run(timeout=120)
    assert not at.exception
    names = list(result_cards(at))
    assert names[0] == "Rita Remote"
    assert "Never Again" not in names
    assert any("1 do not contact" in c.value for c in at.caption)
    assert any("fully remote" in m.value for m in at.markdown)
