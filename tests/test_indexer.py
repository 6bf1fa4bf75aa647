"""`encore index` embeds only what changed, keeps long résumés whole, and resumes."""

import pytest
from sqlmodel import select

from data.db import session_scope
from data.models import CandidateVector, Motivation
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate

pytestmark = pytest.mark.both_backends


def test_a_second_run_embeds_nothing(engine, fake_embedder, session):
    for _ in range(5):
        make_candidate(session, motivations=["Wants remote work", "Better pay"])
    session.commit()
    first = index_pool(engine, fake_embedder)
    assert first.candidates_changed == 5 and first.texts_embedded == 15
    second = index_pool(engine, fake_embedder)
    assert (second.candidates_changed, second.texts_embedded) == (0, 0)


def test_a_changed_motivation_re_embeds_only_that_statement(engine, fake_embedder, session):
    people = [make_candidate(session, motivations=["Wants remote work"]) for _ in range(4)]
    session.commit()
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        m = s.exec(select(Motivation).where(Motivation.candidate_id == people[2].id)).one()
        m.statement = "Wants to lead a team of engineers"
    report = index_pool(engine, fake_embedder)
    assert (report.candidates_changed, report.texts_embedded) == (1, 1)
    with session_scope(engine) as s:
        rows = s.exec(select(CandidateVector).where(CandidateVector.part == "motivation")).all()
        assert len(rows) == 4  # replaced, not added beside the old one


def test_an_edited_profile_re_embeds_that_profile_and_a_deleted_motivation_goes(
    engine, fake_embedder, session
):
    person = make_candidate(session, motivations=["Wants remote work", "Better pay"])
    make_candidate(session)
    session.commit()
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        from data.models import Candidate

        c = s.get(Candidate, person.id)
        c.resume_text = "Now a staff engineer leading the platform team."
        s.delete(c.motivations[0])
    report = index_pool(engine, fake_embedder)
    assert report.candidates_changed == 1
    assert report.texts_embedded == 1  # the profile; the remaining motivation is unchanged
    with session_scope(engine) as s:
        rows = s.exec(
            select(CandidateVector).where(CandidateVector.candidate_id == person.id)
        ).all()
        assert sorted(r.part for r in rows) == ["motivation", "profile"]


def test_a_new_model_embeds_everything_again(engine, fake_embedder, session):
    from matching.embedder import HashingEmbedder

    make_candidate(session, motivations=["Wants remote work"])
    session.commit()
    index_pool(engine, fake_embedder)
    report = index_pool(engine, HashingEmbedder(name="another-model"))
    assert report.texts_embedded == 2


@pytest.mark.model
def test_a_long_resume_is_split_so_its_end_is_still_searchable(engine, embedder, session):
    filler = " ".join(
        f"In role {i} I maintained internal reporting dashboards for the finance team."
        for i in range(40)
    )
    person = make_candidate(
        session,
        skills=[],
        current_title="Analyst",
        resume_text=filler + " Finally, I built a Kubernetes operator in Rust for GPU scheduling.",
    )
    session.commit()
    index_pool(engine, embedder)
    with session_scope(engine) as s:
        chunks = s.exec(
            select(CandidateVector).where(
                CandidateVector.candidate_id == person.id, CandidateVector.part == "profile"
            )
        ).all()
    assert len(chunks) >= 3
    matcher = Matcher(engine, embedder)
    query = matcher.query_vector("Built a Kubernetes operator in Rust")
    chunked = float(matcher.pool_index().semantic(query).max())
    # What a single embedding of the whole text sees: the model truncates at 256 tokens.
    truncated = float(embedder.encode([person.resume_text])[0] @ query)
    assert chunked > truncated + 0.2


def test_interrupted_indexing_keeps_finished_batches_and_resumes(engine, fake_embedder, session):
    for _ in range(6):
        make_candidate(session)
    session.commit()

    class Interrupt(Exception):
        pass

    def stop_after_first_batch(done, total):
        if done >= 2:
            raise Interrupt

    with pytest.raises(Interrupt):
        index_pool(engine, fake_embedder, batch_texts=2, progress=stop_after_first_batch)
    resumed = index_pool(engine, fake_embedder)
    assert resumed.texts_embedded == 4
    assert index_pool(engine, fake_embedder).texts_embedded == 0
