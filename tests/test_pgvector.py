"""PostgreSQL + pgvector: the indexer fills the pgvector column and its HNSW index, the
search uses that index, and a preselected shortlist ranks like the whole pool."""

import numpy as np
import pytest
from sqlalchemy import text

from data import pgvector_store
from data.db import session_scope
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.preselect import PgVectorPreselector, WholePool
from tests.factories import make_candidate, make_opening

ROLES = [
    ("Backend Engineer", ["Python", "Django", "PostgreSQL"], "Builds Python APIs on PostgreSQL."),
    ("Product Designer", ["Figma", "User research"], "Runs user research, designs in Figma."),
    ("Data Engineer", ["Spark", "Airflow", "SQL"], "Builds Spark and Airflow data pipelines."),
    ("Account Executive", ["Salesforce", "Negotiation"], "Closes enterprise deals, Salesforce."),
    ("Nurse", ["Triage", "Patient care"], "Emergency nurse doing triage and patient care."),
]


@pytest.fixture
def backend() -> str:
    return "postgres"


def _pool(session, n: int) -> None:
    for i in range(n):
        title, skills, resume = ROLES[i % len(ROLES)]
        make_candidate(
            session,
            current_title=title,
            skills=skills,
            resume_text=f"{resume} Project {i}: shipped version {i % 7}.",
            do_not_contact=(i == 7),
        )


def test_indexing_fills_the_pgvector_column_and_builds_the_hnsw_index(engine, fake_embedder):
    with session_scope(engine) as session:
        _pool(session, 10)
    index_pool(engine, fake_embedder)
    with engine.connect() as conn:
        filled = conn.execute(
            text("SELECT count(*) FROM candidate_vector WHERE embedding IS NOT NULL")
        ).scalar()
        profiles = conn.execute(
            text("SELECT count(*) FROM candidate_vector WHERE part = 'profile'")
        ).scalar()
        index = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"),
            {"n": pgvector_store.ann_index_name(fake_embedder.name)},
        ).scalar()
    assert filled == profiles == 10
    assert "hnsw" in index and "halfvec_ip_ops" in index


def test_the_nearest_search_goes_through_the_hnsw_index_and_finds_the_closest(
    engine, fake_embedder
):
    with session_scope(engine) as session:
        _pool(session, 20)
        designer = make_candidate(
            session, current_title="Service Designer", skills=["Figma"], resume_text="Figma."
        )
    index_pool(engine, fake_embedder)
    query = fake_embedder.encode(["Service Designer Figma Figma."])[0]
    with engine.connect() as conn, conn.begin():
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table scans otherwise
        near = pgvector_store.nearest_profiles(conn, fake_embedder.name, query, limit=5)
        plan = conn.execute(
            text(
                "EXPLAIN SELECT id FROM candidate_vector WHERE "
                f"{pgvector_store.ann_predicate(fake_embedder.name)} ORDER BY "
                f"{pgvector_store.ann_expression(fake_embedder.dim)} <#> "
                f"CAST(:q AS halfvec({fake_embedder.dim})) LIMIT 5"
            ),
            {"q": "[" + ",".join(["0.1"] * fake_embedder.dim) + "]"},
        ).all()
    assert near[0][0] == designer.id
    assert len(near) == 5 and near[0][1] >= near[-1][1]
    assert pgvector_store.ann_index_name(fake_embedder.name) in " ".join(r[0] for r in plan)


def test_vectors_stored_before_the_pgvector_column_are_filled_on_the_next_index(
    engine, fake_embedder
):
    with session_scope(engine) as session:
        _pool(session, 6)
    index_pool(engine, fake_embedder)
    with engine.begin() as conn:  # as after upgrading a database indexed before 0004
        conn.execute(text("UPDATE candidate_vector SET embedding = NULL"))
    assert index_pool(engine, fake_embedder).texts_embedded == 0
    with engine.connect() as conn:
        missing = conn.execute(
            text(
                "SELECT count(*) FROM candidate_vector WHERE part = 'profile' AND embedding IS NULL"
            )
        ).scalar()
        stored = conn.execute(
            text("SELECT vector, embedding::text FROM candidate_vector LIMIT 1")
        ).one()
    assert missing == 0
    halfvec = np.array(stored[1].strip("[]").split(","), dtype=np.float32)
    assert np.allclose(np.frombuffer(stored[0], dtype=np.float32), halfvec, atol=1e-3)


def test_a_preselected_shortlist_ranks_like_the_whole_pool(engine, fake_embedder):
    with session_scope(engine) as session:
        _pool(session, 60)
        opening = make_opening(
            session,
            title="Backend Engineer",
            requirements="Backend Engineer: Python, Django, PostgreSQL APIs.",
        )
    index_pool(engine, fake_embedder)
    whole = Matcher(engine, fake_embedder, preselector=WholePool())
    # Fewer than the pool, so the search really narrows it.
    narrow = PgVectorPreselector(engine, fake_embedder.name, size=25)
    part = Matcher(engine, fake_embedder, preselector=narrow)
    expected = whole.match_opening(opening.id, top_k=5)
    got = part.match_opening(opening.id, top_k=5)
    assert (
        got.excluded
        == expected.excluded
        == {
            "do_not_contact": 1,
            "consent_expired": 0,
            "opted_out": 0,
            "spam_or_duplicate": 0,
        }
    )
    assert got.not_indexed == expected.not_indexed == 0
    assert [r.candidate_id for r in got.results] == [r.candidate_id for r in expected.results]


def test_words_are_scored_over_the_preselection_as_over_the_whole_pool(engine, fake_embedder):
    """With every candidate preselected, BM25 and requirement coverage (computed from cached
    token counts) give each person the same figures as the in-memory pool's bm25s index."""
    with session_scope(engine) as session:
        _pool(session, 30)
        opening = make_opening(
            session,
            title="Data Engineer",
            requirements="Data Engineer: Spark, Airflow, SQL pipelines; Python a plus.",
        )
    index_pool(engine, fake_embedder)
    whole = Matcher(engine, fake_embedder, preselector=WholePool())
    everyone = PgVectorPreselector(engine, fake_embedder.name, size=50)
    part = Matcher(engine, fake_embedder, preselector=everyone)
    expected = {r.candidate_id: r for r in whole.match_opening(opening.id, top_k=30).results}
    got = part.match_opening(opening.id, top_k=30).results
    assert len(got) == len(expected) == 29  # one is do-not-contact
    for r in got:
        for part_name in ("lexical", "coverage"):
            assert r.components[part_name] == pytest.approx(
                expected[r.candidate_id].components[part_name], abs=1e-4
            ), (r.candidate_id, part_name)


def test_a_profile_edited_after_a_search_is_scored_on_its_new_words(engine, fake_embedder):
    with session_scope(engine) as session:
        _pool(session, 20)
        nurse = make_candidate(
            session, current_title="Nurse", skills=["Triage"], resume_text="Ward nurse."
        )
        opening = make_opening(
            session, title="Quantum Engineer", requirements="Qiskit, quantum circuits, Qiskit."
        )
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    before = {r.candidate_id: r for r in matcher.match_opening(opening.id, top_k=25).results}
    assert before[nurse.id].components["lexical"] == 0
    with session_scope(engine) as session:  # edited, not re-indexed: same vector, new words
        session.get(type(nurse), nurse.id).resume_text = "Retrained: Qiskit quantum circuits."
    matcher.invalidate()
    after = matcher.match_opening(opening.id, top_k=25).results
    assert after[0].candidate_id == nurse.id
    assert after[0].components["lexical"] == 1.0


def test_the_excluded_count_follows_a_do_not_contact_mark_at_once(engine, fake_embedder):
    with session_scope(engine) as session:
        _pool(session, 12)
        person = make_candidate(session, current_title="Backend Engineer")
        opening = make_opening(session, title="Backend Engineer", requirements="Python, Django.")
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    assert isinstance(matcher.preselector, PgVectorPreselector)
    first = matcher.match_opening(opening.id, top_k=20)
    assert person.id in [r.candidate_id for r in first.results]
    with session_scope(engine) as session:
        session.get(type(person), person.id).do_not_contact = True
    matcher.invalidate()
    again = matcher.match_opening(opening.id, top_k=20)
    assert person.id not in [r.candidate_id for r in again.results]
    assert again.excluded["do_not_contact"] == first.excluded["do_not_contact"] + 1


def test_a_rare_skill_outside_the_nearest_people_is_found_by_the_word_net(engine, fake_embedder):
    """pgvector's nearest are chosen by meaning; the full-text net adds whoever names the
    role's rare words, so an exact skill is not lost to a small preselection."""
    with session_scope(engine) as session:
        for i in range(30):
            make_candidate(
                session,
                current_title="Backend Engineer",
                skills=["Python", "Django"],
                resume_text=f"Backend engineer: Python and Django APIs, project {i}.",
            )
        physicist = make_candidate(
            session,
            current_title="Research Physicist",
            skills=["Qiskit"],
            resume_text="Lab physicist; wrote Qiskit circuits for trapped ions.",
        )
        opening = make_opening(
            session,
            title="Backend Engineer",
            requirements="Backend engineer for Python and Django APIs; Qiskit experience.",
        )
    index_pool(engine, fake_embedder)

    def found(words: int) -> list[int]:
        near = PgVectorPreselector(engine, fake_embedder.name, size=5, words=words)
        matcher = Matcher(engine, fake_embedder, preselector=near)
        result = matcher.match_opening(opening.id, top_k=40)
        assert result.not_indexed == 0  # found by words, but scored with their vector too
        return {r.candidate_id: r for r in result.results}

    assert physicist.id not in found(words=0)  # not among the 5 nearest: never scored
    assert found(words=10)[physicist.id].components["lexical"] > 0
