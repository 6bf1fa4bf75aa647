"""An open role's vectors are kept: after `encore index` (or its first search) a search of
that role needs no model at all, so the dashboard's first search after a start does not wait
for one. Storage only: the hashing stand-in is enough, no ranking is judged."""

import pytest
from sqlmodel import select

from data.db import session_scope
from data.models import Opening
from data.role_vectors import RoleVector
from matching.embedder import LazyEmbedder
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate, make_opening

pytestmark = pytest.mark.both_backends


def _no_model():
    raise AssertionError("the model was loaded")


def _pool(session, opening_overrides=None):
    people = (
        ("Ana", ["Python", "Kafka"], "Data engineer: Python and Kafka pipelines."),
        ("Ben", ["Go", "Kubernetes"], "Platform engineer: Go and Kubernetes operators."),
        ("Cy", ["Excel"], "Analyst: Excel reporting and spreadsheets."),
    )
    for name, skills, resume in people:
        make_candidate(
            session,
            full_name=name,
            skills=skills,
            resume_text=resume,
            current_title=resume.split(":")[0],
            motivations=["Wants remote work"],
        )
    role = make_opening(
        session,
        requirements="Python and Kafka pipelines",
        offers=["Fully remote", "Four-day week"],
        **(opening_overrides or {}),
    )
    session.commit()
    return role.id


def _names(result) -> list[str]:
    return [r.full_name for r in result.results]


def test_after_indexing_a_search_of_an_open_role_never_loads_the_model(
    engine, fake_embedder, session
):
    opening_id = _pool(session)
    report = index_pool(engine, fake_embedder)
    assert report.role_vectors_added == 3  # what it asks for, and its two offers

    lazy = LazyEmbedder(fake_embedder.name, _no_model, dim=fake_embedder.dim)
    cold = Matcher(engine, lazy).match_opening(opening_id)
    assert not lazy.loaded
    warm = Matcher(engine, fake_embedder).match_opening(opening_id)
    assert _names(cold) == _names(warm) and _names(cold)[0] == "Ana"
    assert [r.score for r in cold.results] == [r.score for r in warm.results]


def test_a_pasted_description_or_an_edited_role_loads_the_model_and_the_edit_is_kept(
    engine, fake_embedder, session
):
    opening_id = _pool(session)
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        s.get(Opening, opening_id).requirements = "Go and Kubernetes operators"

    lazy = LazyEmbedder(fake_embedder.name, lambda: fake_embedder, dim=fake_embedder.dim)
    assert _names(Matcher(engine, lazy).match_opening(opening_id))[0] == "Ben"
    assert lazy.loaded  # the edited text was not stored: it had to be embedded

    again = LazyEmbedder(fake_embedder.name, _no_model, dim=fake_embedder.dim)
    assert _names(Matcher(engine, again).match_opening(opening_id))[0] == "Ben"
    assert not again.loaded  # the first search kept the edited role's vector

    pasted = LazyEmbedder(fake_embedder.name, lambda: fake_embedder, dim=fake_embedder.dim)
    Matcher(engine, pasted).match_text("Spreadsheets and Excel reporting")
    assert pasted.loaded


def test_indexing_drops_the_vectors_of_a_role_that_closed(engine, fake_embedder, session):
    opening_id = _pool(session)
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        s.get(Opening, opening_id).status = "closed"
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        assert s.exec(select(RoleVector)).all() == []


def test_vectors_stored_for_one_model_are_never_used_for_another(engine, fake_embedder, session):
    opening_id = _pool(session)
    index_pool(engine, fake_embedder)
    other = LazyEmbedder("another-model", lambda: fake_embedder, dim=fake_embedder.dim)
    Matcher(engine, other).match_opening(opening_id)
    assert other.loaded


def test_whether_open_roles_can_be_ranked_without_the_model(engine, fake_embedder, session):
    from matching.query_vectors import QueryVectors, open_roles

    _pool(session)
    lazy = LazyEmbedder(fake_embedder.name, _no_model, dim=fake_embedder.dim)
    assert not QueryVectors(engine, lazy).all_stored(open_roles(engine))
    index_pool(engine, fake_embedder)
    assert QueryVectors(engine, lazy).all_stored(open_roles(engine))
    assert not lazy.loaded


def test_searching_a_kept_role_again_writes_nothing(engine, fake_embedder, session):
    from sqlalchemy import event

    opening_id = _pool(session)
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    matcher.match_opening(opening_id)
    writes: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        said = statement.lstrip().upper()
        if said.startswith(("INSERT", "UPDATE", "DELETE")) or "IMMEDIATE" in said:
            writes.append(statement)  # a write, or SQLite's write lock taken for one

    event.listen(engine, "before_cursor_execute", seen)
    try:
        matcher.match_opening(opening_id)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert writes == []
