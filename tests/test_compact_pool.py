"""A loaded pool held compactly (issue 14's memory per person): facts packed and unpacked for
the shortlist only, motivation vectors at half precision, and profile vectors read only when
a search weighs meaning. Each must change nothing a recruiter sees."""

from datetime import UTC, date, datetime

import numpy as np

from data.conditions import read_pool
from matching.engine import Matcher
from matching.facts import load_facts
from matching.indexer import index_pool
from matching.packed_facts import PackedFacts, pack, unpack
from matching.pool_index import load_pool_index
from matching.weights import Weights
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint


def _pool(session, engine):
    role = make_opening(session, title="Platform Engineer", salary_max=120_000, currency="GBP")
    people = []
    for n, words in enumerate(
        (
            ["No on-call please, and two days in the office at most", "Wants to lead a team"],
            ["Would love a fintech scale-up; not before March"],
            [],
        )
    ):
        person = make_candidate(
            session,
            full_name=f"Person {n}",
            skills=["Python", "Kubernetes"] if n else [],
            years_experience=None if n == 2 else 4.5 + n,
            motivations=words,
        )
        make_application(
            session,
            person,
            opening_id=role.id if n != 1 else None,
            stage_reached="onsite",
            reason_note="Went with someone local" if n == 0 else None,
            decided_at=datetime(2025, 4, 2, 15, 30, 12, 345678, tzinfo=UTC),
        )
        make_touchpoint(session, person, note="Said to ping after Easter")
        people.append(person)
    session.commit()
    read_pool(engine)
    return role, people


def test_packed_facts_give_back_every_persons_facts_as_stored(engine, session):
    _, people = _pool(session, engine)
    facts = load_facts(session)
    packed = PackedFacts(facts.values())
    assert len(packed) == len(facts) and set(packed) == set(facts)
    for person in people:
        back = packed[person.id]
        assert back == facts[person.id]
        assert back.applications[0].decided_at.tzinfo is not None  # still aware UTC
    assert any(c.said_at for p in people for c in packed[p.id].conditions)
    assert 10_000 not in packed and packed.get(10_000) is None
    # Packed, a person is a fraction of their objects.
    assert packed.nbytes < 1_500 * len(facts)


def test_a_naive_time_or_a_missing_one_comes_back_as_it_was():
    person = load_like(
        at=datetime(2024, 2, 29, 23, 59, 59, 1),
        said=date(2024, 2, 29),
    )
    back = unpack(pack(person))
    assert back == person and back.touchpoints[0].at.tzinfo is None
    assert back.applications[0].applied_at is None


def load_like(*, at, said):
    from matching.facts import ApplicationFact, PersonFacts, TouchpointFact
    from matching.judgements import ConditionFact

    return PersonFacts(
        7,
        None,
        "Zoë “Z” O'Brien\u202e",
        None,
        None,
        None,
        None,
        [],
        [],
        [ApplicationFact(1, None, None, None, "applied", None, None, None, None, None, None)],
        [TouchpointFact(3, at, "inbound", "email", None)],
        [ConditionFact(4, "pay", "must", {"amount": 90000, "currency": None}, "", said, "note", 3)],
    )


def test_a_whole_pool_search_ranks_and_explains_as_the_unpacked_facts_do(engine, session):
    """The shortlist's facts come from the packed store: the same people, scores and
    reasons as scoring the facts loaded for just them."""
    from matching.embedder import HashingEmbedder

    role, _ = _pool(session, engine)
    embedder = HashingEmbedder()
    index_pool(engine, embedder)
    matcher = Matcher(engine, embedder)
    packed = matcher.match_opening(role.id, top_k=10)
    index = matcher.pool_index()
    assert isinstance(index.facts, PackedFacts)
    index.facts = load_facts(session)  # the same pool, its facts as plain objects
    plain = matcher.match_opening(role.id, top_k=10)
    assert [(r.candidate_id, r.score, [e.sentence for e in r.reasons]) for r in packed.results] == [
        (r.candidate_id, r.score, [e.sentence for e in r.reasons]) for r in plain.results
    ]


def test_profile_vectors_are_read_only_when_a_search_weighs_meaning(engine, session):
    from matching.embedder import HashingEmbedder

    role, _ = _pool(session, engine)
    embedder = HashingEmbedder()
    index_pool(engine, embedder)
    lean = load_pool_index(engine, embedder.name, profile_vectors=False)
    full = load_pool_index(engine, embedder.name)
    assert lean.profile.matrix is None
    assert lean.indexed_mask().tolist() == full.indexed_mask().tolist()
    query = embedder.encode(["Python and Kubernetes on a platform team"])[0]
    np.testing.assert_array_equal(lean.semantic(query), full.semantic(query))
    assert lean.profile.matrix is not None  # kept for the next search

    # Through the matcher: a search that weighs meaning on a pool loaded without them ranks
    # as one loaded with them.
    matcher = Matcher(engine, embedder)
    matcher.default_weights = Weights(semantic=0.0)
    assert matcher.pool_index().profile.matrix is None
    meaning = Weights(semantic=0.5)
    late = matcher.match_opening(role.id, top_k=10, weights=meaning)
    ahead = Matcher(engine, embedder).match_opening(role.id, top_k=10, weights=meaning)
    assert [(r.candidate_id, r.score) for r in late.results] == [
        (r.candidate_id, r.score) for r in ahead.results
    ]
    assert any(r.components["semantic"] > 0 for r in late.results)


def test_half_precision_motivations_move_a_cosine_by_less_than_a_thousandth(engine, session):
    from sqlmodel import Session

    from matching.embedder import HashingEmbedder
    from matching.pool_index import _vectors

    _pool(session, engine)
    embedder = HashingEmbedder()
    index_pool(engine, embedder)
    index = load_pool_index(engine, embedder.name)
    assert index.motivation.matrix.dtype == np.float16
    with Session(engine) as s:
        cids, _, stored = _vectors(s, embedder.name, "motivation", None)  # float32, as stored
    offers = embedder.encode(["A team to lead", "No on-call rota", "Fintech scale-up"])
    everyone = np.arange(index.size)
    best = index.best_motivation_sims(offers, everyone)
    for pos, cid in enumerate(index.candidate_ids):
        mine = stored[cids == cid]
        expected = (mine @ offers.T).max() if len(mine) else 0.0
        assert abs(best[pos] - expected) < 1e-3
    assert (best > 0).sum() == 2  # the third person told us nothing


def test_people_shortlisted_lately_are_kept_unpacked_up_to_a_bound(engine, session):
    _, people = _pool(session, engine)
    packed = PackedFacts(load_facts(session).values(), recent=2)
    first = packed[people[0].id]
    assert packed[people[0].id] is first  # kept: a search again finds the same object
    packed[people[1].id], packed[people[2].id]  # two more: the first one falls out
    assert packed[people[0].id] is not first and packed[people[0].id] == first
