"""When nobody in the pool clears the bar for a role, Search and `encore match` say so plainly
instead of presenting the closest people as a confident ranking (hashing stand-in model:
the floor is absolute, so no ranking is judged here)."""

import json

import pytest

from data.db import session_scope
from matching.embedder import HashingEmbedder
from matching.indexer import index_pool
from tests.app_fixtures import app_reading, open_page, result_cards
from tests.cli_runner import run_encore
from tests.factories import make_candidate

NONSENSE = "Underwater basket weaving instructor"


@pytest.fixture
def pool(db_url, engine):
    with app_reading(db_url):
        with session_scope(engine) as session:
            for _ in range(6):
                make_candidate(session)
        index_pool(engine, HashingEmbedder())
        yield engine


def test_search_says_nobody_clears_the_bar_and_shows_only_the_closest_three(pool):
    at = open_page("search")
    at.radio(key="search_mode").set_value("A pasted job description").run()
    at.text_area(key="search_text").input(NONSENSE).run()
    at.button(key="search_go").click().run()
    assert not at.exception
    assert any("No strong matches for this role in your pool" in w.value for w in at.warning)
    cards = list(result_cards(at).values())
    assert len(cards) == 3
    assert all(" — weak match" in card and " — score" not in card for card in cards)


def test_encore_match_says_nobody_clears_the_bar_in_the_table_and_beside_json(pool, db_url):
    table = run_encore("match", "--text", NONSENSE, db_url=db_url)
    assert table.exit_code == 0
    assert "No strong matches: nobody in your pool clears the bar" in table.stdout
    as_json = run_encore("match", "--text", NONSENSE, "--format", "json", db_url=db_url)
    assert json.loads(as_json.stdout)["weak"] is True
    assert "No strong matches for this text" in as_json.stderr

    strong = run_encore("match", "--text", "Backend Engineer: Python, PostgreSQL", db_url=db_url)
    assert strong.exit_code == 0 and "No strong matches" not in strong.stdout
