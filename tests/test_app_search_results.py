"""Search results a recruiter can scan: who each person is now (title, company, location with
a flag when it goes against the role), when we last spoke, the best reasons and what is
missing, and — opened — the evidence in sentences and the score's parts in words."""

from datetime import UTC, datetime

import pytest

from data.db import make_engine, session_scope, upgrade
from matching.embedder import HASHING_MODEL, load_embedder
from matching.indexer import index_pool
from tests.app_fixtures import app_reading, open_buttons, open_page, result_cards, shown
from tests.factories import make_candidate, make_opening, make_touchpoint

TECHNICAL = ("semantic", "lexical", "coverage", "past_reason", "{", "}")


@pytest.fixture(scope="module")
def berlin_pool(tmp_path_factory):
    """An on-site role in Berlin; one person lives there, one in Porto, one in Lisbon."""
    path = tmp_path_factory.mktemp("results") / "results.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        make_opening(
            session,
            title="Senior Backend Engineer",
            location="Berlin, Germany",
            remote_policy="onsite",
            requirements="Python\nPostgreSQL\nKubernetes",
            offers=["Office in Berlin Mitte"],
        )
        lena = make_candidate(
            session,
            full_name="Lena Local",
            location="Berlin, Germany",
            current_title="Backend Engineer",
            headline="Backend Engineer at Acme Payments · Python, PostgreSQL",
            skills=["Python", "PostgreSQL"],
        )
        make_touchpoint(session, lena, at=datetime(2026, 10, 1, 10, tzinfo=UTC))
        make_candidate(
            session,
            full_name="Paulo Porto",
            location="Porto, Portugal",
            current_title="Senior Backend Engineer",
            headline=None,
            skills=["Python", "PostgreSQL"],
        )
        make_candidate(
            session,
            full_name="Rui Remote",
            location="Berlin, Germany",
            current_title="Python Developer",
            skills=["Python"],
            motivations=["Only fully remote roles from now on"],
        )
    index_pool(engine, load_embedder(HASHING_MODEL))
    engine.dispose()
    with app_reading(f"sqlite:///{path}") as app_engine:
        yield app_engine


def _searched():
    at = open_page("search")
    at.button(key="search_go").click().run()
    assert not at.exception
    return at


def test_each_result_shows_title_company_location_and_last_contact(berlin_pool):
    cards = result_cards(_searched())
    assert set(cards) == {"Lena Local", "Paulo Porto", "Rui Remote"}
    lena = cards["Lena Local"]
    assert "Backend Engineer at Acme Payments" in lena
    assert "Berlin, Germany" in lena and "wrong_location" not in lena
    assert "Last contact 01 Oct 2026" in lena
    assert "Never contacted" in cards["Paulo Porto"]
    assert "Senior Backend Engineer" in cards["Paulo Porto"]


def test_a_location_or_work_mode_that_goes_against_the_role_is_flagged_beside_it(berlin_pool):
    cards = result_cards(_searched())
    porto = cards["Paulo Porto"]
    assert "Porto, Portugal :orange[:material/wrong_location:" in porto
    assert "Lives in Porto; this role is on-site in Berlin." in porto
    remote = cards["Rui Remote"]
    assert ":material/wrong_location:" in remote and "fully remote" in remote.lower()


def test_what_is_missing_is_said_whole(berlin_pool):
    cards = result_cards(_searched())
    assert "Not in the profile: Kubernetes" in cards["Lena Local"]
    # Nothing cut to fit a cell: no sentence ends in an ellipsis.
    assert not any("…" in card for card in cards.values())


def test_opened_details_give_evidence_in_sentences_and_score_parts_in_words(berlin_pool):
    at = _searched()
    ranked_before = at.session_state["search_cache"]
    names = list(result_cards(at))
    open_buttons(at)[names.index("Lena Local")].click().run()
    assert not at.exception
    assert at.session_state["search_person"] is not None
    parts = next(shown(m.value) for m in at.markdown if m.value.startswith("**Score parts**"))
    for words in ("Skills:", "What they want:", "Last time:", "History:", "Relationship:"):
        assert words in parts
    page_text = " ".join(shown(m.value) for m in [*at.markdown, *at.caption])
    assert "Requirements not found in the profile: Kubernetes." in page_text
    assert not [word for word in TECHNICAL if word in page_text.lower()]
    assert not at.json  # no evidence as a data structure
    # Switching to another person opens theirs and does not rank the pool again.
    open_buttons(at)[names.index("Paulo Porto")].click().run()
    assert at.session_state["search_cache"] is ranked_before
    assert any(m.value.startswith("### Paulo Porto") for m in at.markdown)
    assert not any(m.value.startswith("### Lena Local") for m in at.markdown)


def test_the_weights_are_named_as_the_score_parts_are(berlin_pool):
    at = open_page("search")
    labels = {s.key: s.label for s in at.slider if s.key.startswith("search_w_")}
    assert labels == {
        "search_w_semantic": "Skills: meaning",
        "search_w_lexical": "Skills: same words",
        "search_w_coverage": "Skills: requirements covered",
        "search_w_motivation": "What they want",
        "search_w_past_reason": "Last time",
        "search_w_history": "History",
        "search_w_relationship": "Relationship",
    }
