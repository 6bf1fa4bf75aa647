"""``encore index``: embed what changed since the last run, and nothing else.

Each stored vector carries the model name and the hash of its text, so a run compares
hashes and embeds only new or edited profiles and motivations (or everything, for a new
model). Work is committed in batches: an interrupted run keeps what it finished, and the
next run resumes from there.

Nothing is locked while the model runs, so people and motivations may change under a run:
forgotten, merged, edited, deleted. Each batch re-reads its texts in the transaction that
writes it and stores only the vectors whose text still exists and hashes the same; the rest
are skipped (counted in ``texts_skipped``) and the next run embeds what is then missing.

On PostgreSQL each profile vector is also written to the pgvector column that the HNSW
index searches (``data.pgvector_store``), in the same transaction as its row.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload
from sqlmodel import Session, select

from data import pgvector_store
from data.db import session_scope
from data.models import Candidate, CandidateVector, Motivation
from data.timeutil import utcnow
from matching.embedder import Embedder
from matching.query_vectors import keep_open_roles
from matching.texts import chunk_texts, content_hash, profile_text

Key = tuple[str, int | None, int]  # (part, motivation_id, chunk)


@dataclass
class IndexReport:
    candidates: int = 0
    candidates_changed: int = 0
    texts_embedded: int = 0
    vectors_removed: int = 0
    texts_skipped: int = 0  # changed or removed while the model ran; the next run catches up
    role_vectors_added: int = 0  # open roles' texts, so searching them needs no model


@dataclass
class _Item:
    candidate_id: int
    key: Key
    text: str
    hash: str
    source_hash: str | None


def _stored_state(session: Session, model: str) -> dict[int, dict[Key, tuple[str, str | None]]]:
    rows = session.exec(
        select(
            CandidateVector.candidate_id,
            CandidateVector.part,
            CandidateVector.motivation_id,
            CandidateVector.chunk,
            CandidateVector.content_hash,
            CandidateVector.source_hash,
        ).where(CandidateVector.model == model)
    ).all()
    state: dict[int, dict[Key, tuple[str, str | None]]] = defaultdict(dict)
    for cid, part, mid, chunk, h, sh in rows:
        state[cid][(part, mid, chunk)] = (h, sh)
    return state


def candidate_profile(candidate: Candidate) -> str:
    return profile_text(
        current_title=candidate.current_title,
        headline=candidate.headline,
        skills=candidate.skills or [],
        years_experience=candidate.years_experience,
        resume_text=candidate.resume_text,
    )


def _changes(
    candidates: list[Candidate], stored: dict[int, dict[Key, tuple[str, str | None]]], embedder
) -> list[tuple[int, list[_Item], list[Key]]]:
    """Per changed candidate: texts to embed, and stored keys to delete (removed, or about
    to be replaced). Changed profiles are chunked together, in one tokenizer call."""
    kept: dict[int, set[Key]] = {}
    new_profiles: list[tuple[int, str, str]] = []  # candidate id, profile, its hash
    to_embed: dict[int, list[_Item]] = defaultdict(list)
    for candidate in candidates:
        mine = stored.get(candidate.id, {})
        kept[candidate.id] = keep = set()
        profile = candidate_profile(candidate)
        source = content_hash(profile)
        stored_profile = [k for k in mine if k[0] == "profile"]
        if stored_profile and all(mine[k][1] == source for k in stored_profile):
            keep.update(stored_profile)  # unchanged profile: no need to re-chunk it
        else:
            new_profiles.append((candidate.id, profile, source))
        for motivation in candidate.motivations:
            key = ("motivation", motivation.id, 0)
            digest = content_hash(motivation.statement)
            if mine.get(key, (None,))[0] == digest:
                keep.add(key)
            else:
                to_embed[candidate.id].append(
                    _Item(candidate.id, key, motivation.statement, digest, None)
                )
    chunked = chunk_texts(
        [profile for _, profile, _ in new_profiles],
        max_tokens=embedder.max_tokens,
        count_tokens=embedder.count_tokens,
    )
    for (cid, _, source), chunks in zip(new_profiles, chunked, strict=True):
        to_embed[cid][:0] = [
            _Item(cid, ("profile", None, i), text, content_hash(text), source)
            for i, text in enumerate(chunks)
        ]
    pending = []
    for candidate in candidates:
        stale = [k for k in stored.get(candidate.id, {}) if k not in kept[candidate.id]]
        todo = to_embed.get(candidate.id, [])
        if todo or stale:
            pending.append((candidate.id, todo, stale))
    return pending


def index_pool(
    engine: Engine,
    embedder: Embedder,
    *,
    progress: Callable[[int, int], None] | None = None,
    batch_texts: int = 512,
) -> IndexReport:
    report = IndexReport()
    postgres = pgvector_store.is_postgres(engine)
    if postgres:  # vectors stored before the pgvector column existed, or by a cut-short run
        pgvector_store.fill_missing_embeddings(engine, embedder.name)
    with session_scope(engine) as session:
        stored = _stored_state(session, embedder.name)
        candidates = session.exec(
            select(Candidate).options(selectinload(Candidate.motivations)).order_by(Candidate.id)
        ).all()
        report.candidates = len(candidates)
        pending = _changes(list(candidates), stored, embedder)
        session.expunge_all()
    report.candidates_changed = len(pending)
    _delete_stale(engine, embedder.name, [(cid, stale) for cid, _, stale in pending], report)
    # Similar lengths in one batch waste the least padding; longest first so the progress
    # bar's estimate errs on the safe side.
    items = sorted((i for _, todo, _ in pending for i in todo), key=lambda i: -len(i.text))
    total = len(items)
    if progress:
        progress(0, total)
    for start in range(0, total, batch_texts):
        _write_batch(engine, embedder, items[start : start + batch_texts], report)
        if progress:
            progress(min(start + batch_texts, total), total)
    if postgres:
        pgvector_store.ensure_ann_index(engine, embedder.name, embedder.dim)
    report.role_vectors_added = keep_open_roles(engine, embedder)
    return report


def _delete_stale(engine, model: str, stale: list[tuple[int, list[Key]]], report) -> None:
    """Vectors of removed or edited texts go first; a run cut short leaves gaps that the next
    run fills (their keys are missing), never stale vectors."""
    with session_scope(engine) as session:
        for candidate_id, keys in stale:
            for part, mid, chunk in keys:
                condition = [
                    CandidateVector.candidate_id == candidate_id,
                    CandidateVector.model == model,
                    CandidateVector.part == part,
                    CandidateVector.chunk == chunk,
                    CandidateVector.motivation_id.is_(None)
                    if mid is None
                    else CandidateVector.motivation_id == mid,
                ]
                result = session.execute(delete(CandidateVector).where(*condition))
                report.vectors_removed += result.rowcount or 0


def _still_current(session: Session, items: list[_Item]) -> np.ndarray:
    """Which items' text is, in this transaction, still what was embedded (a boolean mask).

    On PostgreSQL the rows read are held with FOR KEY SHARE until the commit, so a
    concurrent erasure or merge waits for this batch instead of deleting a row it refers to
    (motivations first, then people: the order in which erasure deletes them)."""
    people = sorted({item.candidate_id for item in items})
    statements = sorted({item.key[1] for item in items if item.key[1] is not None})
    motivations = {
        mid: (cid, content_hash(statement))
        for mid, cid, statement in session.exec(
            select(Motivation.id, Motivation.candidate_id, Motivation.statement)
            .where(Motivation.id.in_(statements))
            .order_by(Motivation.id)
            .with_for_update(read=True, key_share=True)
        )
    }
    profiles = {
        row.id: content_hash(candidate_profile(row))
        for row in session.exec(
            select(
                Candidate.id,
                Candidate.current_title,
                Candidate.headline,
                Candidate.skills,
                Candidate.years_experience,
                Candidate.resume_text,
            )
            .where(Candidate.id.in_(people))
            .order_by(Candidate.id)
            .with_for_update(read=True, key_share=True)
        )
    }

    def current(item: _Item) -> bool:
        if item.candidate_id not in profiles:
            return False
        if item.key[0] == "profile":
            return profiles[item.candidate_id] == item.source_hash
        return motivations.get(item.key[1]) == (item.candidate_id, item.hash)

    return np.array([current(item) for item in items], dtype=bool)


def _write_batch(engine, embedder: Embedder, items: list[_Item], report: IndexReport) -> None:
    vectors = np.asarray(embedder.encode([item.text for item in items]), dtype=np.float32)
    now = utcnow()
    # One executemany in one transaction: the ORM's per-object bookkeeping is not needed
    # for rows that are written once and never read back here.
    with session_scope(engine) as session:
        current = _still_current(session, items)
        report.texts_skipped += int((~current).sum())
        items, vectors = [i for i, ok in zip(items, current, strict=True) if ok], vectors[current]
        if not items:
            return
        rows = [
            {
                "candidate_id": item.candidate_id,
                "motivation_id": item.key[1],
                "part": item.key[0],
                "chunk": item.key[2],
                "model": embedder.name,
                "content_hash": item.hash,
                "source_hash": item.source_hash,
                "vector": vector.tobytes(),
                "created_at": now,
            }
            for item, vector in zip(items, vectors, strict=True)
        ]
        if not pgvector_store.is_postgres(session):
            session.execute(insert(CandidateVector), rows)
        else:  # the ids, in order, for the pgvector copy written in the same transaction
            ids = session.scalars(
                insert(CandidateVector).returning(CandidateVector.id, sort_by_parameter_order=True),
                rows,
            ).all()
            profile = [i for i, item in enumerate(items) if item.key[0] == "profile"]
            pgvector_store.write_embeddings(session, [ids[i] for i in profile], vectors[profile])
    report.texts_embedded += len(items)
