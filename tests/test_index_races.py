"""`encore index` while someone else forgets, merges or edits: the run finishes, writes the
vectors of what still exists as it was read, and the next run embeds only what is missing.

The race is driven for real: the embedder below is the test embedder plus one action another
recruiter takes while the model runs (after the indexer read the texts, before it writes the
vectors), committed through its own session on the same database.
"""

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import event, text
from sqlmodel import select

from data.db import make_engine, session_scope
from data.merge import merge_candidates
from data.models import Candidate, CandidateVector, Motivation
from data.motivation_edits import delete_motivation
from data.privacy import forget_person
from matching.indexer import candidate_profile, index_pool
from matching.texts import content_hash
from tests.factories import make_candidate

pytestmark = pytest.mark.both_backends


class MeanwhileEmbedder:
    """The test embedder; on its first call, someone else changes the pool and commits."""

    def __init__(self, inner, meanwhile: Callable[[], None]):
        self.inner, self.meanwhile = inner, meanwhile
        self.name, self.dim, self.max_tokens = inner.name, inner.dim, inner.max_tokens

    def encode(self, texts, **kw):
        if self.meanwhile is not None:
            action, self.meanwhile = self.meanwhile, None
            action()
        return self.inner.encode(texts, **kw)

    def count_tokens(self, texts):
        return self.inner.count_tokens(texts)


def _vectors(engine) -> dict[int, list[tuple[str, int | None]]]:
    with session_scope(engine) as s:
        rows = s.exec(
            select(
                CandidateVector.candidate_id, CandidateVector.part, CandidateVector.motivation_id
            )
        ).all()
    held: dict[int, list[tuple[str, int | None]]] = {}
    for cid, part, mid in rows:
        held.setdefault(cid, []).append((part, mid))
    return {cid: sorted(v, key=str) for cid, v in held.items()}


def _pool(engine, n: int = 4) -> list[int]:
    with session_scope(engine) as s:
        return [
            make_candidate(
                s,
                resume_text=f"Engineer number {i} building services.",
                motivations=[f"Wants remote work, reason {i}"],
            ).id
            for i in range(n)
        ]


def _assert_complete(engine, ids: list[int]) -> None:
    """Every person still here has one vector per text, none for anything gone."""
    held = _vectors(engine)
    assert sorted(held) == sorted(ids)
    with session_scope(engine) as s:
        for cid in ids:
            mids = s.exec(select(Motivation.id).where(Motivation.candidate_id == cid)).all()
            assert held[cid] == sorted(
                [("profile", None), *(("motivation", m) for m in mids)], key=str
            )


def test_forgetting_a_person_mid_index_keeps_the_rest_of_the_batch(engine, fake_embedder):
    ids = _pool(engine)
    gone = ids[1]

    def forget():
        with session_scope(engine) as s:
            forget_person(session=s, candidate_id=gone)

    report = index_pool(engine, MeanwhileEmbedder(fake_embedder, forget))
    assert report.texts_embedded == 6 and report.texts_skipped == 2
    _assert_complete(engine, [i for i in ids if i != gone])
    assert index_pool(engine, fake_embedder).texts_embedded == 0


def test_a_merge_mid_index_leaves_only_what_a_second_run_completes(engine, fake_embedder):
    ids = _pool(engine)
    keep, other = ids[0], ids[2]
    with session_scope(engine) as s:  # something for the merge to add to the kept profile
        s.get(Candidate, other).skills = ["Rust"]

    def merge():
        with session_scope(engine) as s:
            merge_candidates(session=s, keep_id=keep, other_id=other)

    report = index_pool(engine, MeanwhileEmbedder(fake_embedder, merge))
    # The kept profile changed and the other's motivation moved: neither is written as read.
    assert report.texts_skipped == 3 and report.texts_embedded == 5
    assert other not in _vectors(engine)
    again = index_pool(engine, fake_embedder)
    assert again.texts_embedded == 2  # the merged profile and the moved motivation
    _assert_complete(engine, [i for i in ids if i != other])
    assert index_pool(engine, fake_embedder).texts_embedded == 0


def test_a_motivation_deleted_mid_index_gets_no_vector(engine, fake_embedder):
    ids = _pool(engine)
    with session_scope(engine) as s:
        doomed = s.exec(select(Motivation.id).where(Motivation.candidate_id == ids[3])).one()

    def delete():
        with session_scope(engine) as s:
            delete_motivation(session=s, motivation_id=doomed)

    report = index_pool(engine, MeanwhileEmbedder(fake_embedder, delete))
    assert report.texts_embedded == 7 and report.texts_skipped == 1
    _assert_complete(engine, ids)
    assert index_pool(engine, fake_embedder).texts_embedded == 0


def test_a_profile_edited_mid_index_is_not_stored_under_its_old_text(engine, fake_embedder):
    ids = _pool(engine)

    def edit():
        with session_scope(engine) as s:
            s.get(Candidate, ids[0]).resume_text = "Now a nurse working night shifts."

    index_pool(engine, MeanwhileEmbedder(fake_embedder, edit))
    with session_scope(engine) as s:
        current = content_hash(candidate_profile(s.get(Candidate, ids[0])))
        stored = s.exec(
            select(CandidateVector.source_hash).where(
                CandidateVector.candidate_id == ids[0], CandidateVector.part == "profile"
            )
        ).all()
    assert all(h == current for h in stored)  # nothing stale, at most a gap
    assert index_pool(engine, fake_embedder).texts_embedded == 1
    _assert_complete(engine, ids)


def test_the_pgvector_copy_is_written_for_survivors_only(engine, fake_embedder, backend):
    if backend != "postgres":
        pytest.skip("the halfvec copy exists on PostgreSQL only")
    ids = _pool(engine)

    def forget():
        with session_scope(engine) as s:
            forget_person(session=s, candidate_id=ids[0])

    index_pool(engine, MeanwhileEmbedder(fake_embedder, forget))
    with engine.connect() as conn:
        copies = (
            conn.execute(
                text(
                    "SELECT candidate_id FROM candidate_vector"
                    " WHERE part = 'profile' AND embedding IS NOT NULL ORDER BY candidate_id"
                )
            )
            .scalars()
            .all()
        )
    assert copies == ids[1:]


def test_an_erasure_that_starts_while_a_batch_is_written_waits_and_leaves_nothing(
    engine, fake_embedder, backend
):
    """PostgreSQL lets others write while a batch is being stored: the batch holds the rows it
    checked, so the erasure waits for its commit, then removes the new vectors with the person."""
    if backend != "postgres":
        pytest.skip("SQLite writes one transaction at a time")
    ids = _pool(engine)

    def forget():
        with session_scope(engine) as s:
            forget_person(session=s, candidate_id=ids[0])

    erasure = threading.Thread(target=forget, daemon=True)

    def once_people_are_held(conn, cursor, statement, *_):
        if (
            not erasure.is_alive()
            and "FOR KEY SHARE" in statement
            and "FROM candidate " in statement
        ):
            erasure.start()
            _wait_until_someone_waits_on_a_lock(engine)

    event.listen(engine, "after_cursor_execute", once_people_are_held)
    report = index_pool(engine, fake_embedder)
    erasure.join(timeout=30)
    assert report.texts_embedded == 8 and not erasure.is_alive()
    _assert_complete(engine, ids[1:])


def _wait_until_someone_waits_on_a_lock(engine) -> None:
    watcher = make_engine(engine.url.render_as_string(hide_password=False))
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with watcher.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                ).scalar()
            if waiting:
                return
            time.sleep(0.05)
        raise AssertionError("the erasure never waited for the batch")
    finally:
        watcher.dispose()
