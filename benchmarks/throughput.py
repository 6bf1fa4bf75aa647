"""Indexing throughput against its own baseline, in one run on the same texts:

- ``index_pool`` on a fresh synthetic pool vs the raw ``model.encode`` of exactly the texts it
  embedded (profile chunks and motivation statements), in texts per second. The model is
  warmed up on those texts first, then the two are run in interleaved rounds (A-B-B-A,
  A-B-B-A…) so neither gains from going second or loses to a burst of load on a shared
  machine; each run is reported, and the ratio is taken of the medians (and of the means);
- a re-index after 1% of the people changed (half a motivation, half a résumé), as a share
  of the full index time; and a re-run with nothing changed (the fixed scan cost).
"""

import random
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

import numpy as np
from sqlalchemy import delete
from sqlalchemy.orm import selectinload
from sqlmodel import Session, select

from benchmarks import synthetic
from benchmarks.pool import fresh_engine, insert_people
from benchmarks.reading import pool_reading, reader_speed
from data.db import session_scope
from data.models import Candidate, CandidateVector, Motivation
from data.timeutil import utcnow
from matching.indexer import candidate_profile, index_pool
from matching.texts import chunk_text


class TimedEmbedder:
    """Forwards to an embedder, adding up the time spent encoding and counting tokens."""

    def __init__(self, inner):
        self.inner = inner
        self.encode_s = 0.0
        self.count_s = 0.0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode(self, texts, *, progress=None):
        start = perf_counter()
        try:
            return self.inner.encode(texts, progress=progress)
        finally:
            self.encode_s += perf_counter() - start

    def count_tokens(self, texts):
        start = perf_counter()
        try:
            return self.inner.count_tokens(texts)
        finally:
            self.count_s += perf_counter() - start


def indexed_texts(engine, embedder) -> list[str]:
    """The texts ``index_pool`` embeds for a fresh pool, rebuilt the way it builds them."""
    texts: list[str] = []
    with Session(engine) as session:
        people = session.exec(
            select(Candidate).options(selectinload(Candidate.motivations)).order_by(Candidate.id)
        ).all()
        for person in people:
            texts += chunk_text(
                candidate_profile(person),
                max_tokens=embedder.max_tokens,
                count_tokens=embedder.count_tokens,
            )
            texts += [m.statement for m in person.motivations]
    return texts


def sample_texts(work_dir: Path, embedder, sample: int) -> list[str]:
    """The texts ``index_pool`` would embed for a fresh synthetic pool of ``sample`` people."""
    engine = fresh_engine(work_dir / "bench_texts.db")
    try:
        insert_people(engine, synthetic.people(sample, seed=0))
        return indexed_texts(engine, embedder)
    finally:
        engine.dispose()


def raw_encode(embedder, texts: list[str]):
    """The baseline: one call straight into the model, no chunking, hashing or database."""
    model = getattr(embedder, "model", None)
    if model is None:  # a test stand-in without a model
        return embedder.encode(texts)
    return model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)


def change_one_percent(engine, *, seed: int = 7) -> dict[str, int]:
    """Edit 1% of people: even picks get a motivation reworded, odd ones a résumé line."""
    with Session(engine) as session:
        ids = list(session.exec(select(Candidate.id).order_by(Candidate.id)).all())
    picks = random.Random(seed).sample(ids, k=max(1, len(ids) // 100))
    edited = {"motivations": 0, "resumes": 0}
    with session_scope(engine) as session:
        for n, cid in enumerate(picks):
            person = session.get(Candidate, cid)
            motivation = session.exec(
                select(Motivation).where(Motivation.candidate_id == cid).limit(1)
            ).first()
            if n % 2 == 0 and motivation is not None:
                motivation.statement += " Open to relocating for the right team."
                motivation.updated_at = utcnow()
                edited["motivations"] += 1
            else:
                person.resume_text = (person.resume_text or "") + " Recently led a migration."
                edited["resumes"] += 1
            person.updated_at = utcnow()
    edited["candidates"] = len(picks)
    return edited


WARM_UP_TEXTS = 256  # the longest texts of the set: every padded shape the runs will meet


def _order(rounds: int) -> list[str]:
    """A-B-B-A repeated: each side goes first as often as second."""
    return [
        side
        for n in range(rounds)
        for side in (("index", "raw") if n % 2 == 0 else ("raw", "index"))
    ]


def bench_index(
    work_dir: Path,
    embedder,
    sample: int,
    progress: Callable[[str], None] = print,
    *,
    rounds: int = 2,
) -> tuple[dict, list[str]]:
    """``rounds`` pairs of runs; 2 gives A-B-B-A. Every index run starts from an empty
    vector table, so each embeds the whole pool."""
    engine = fresh_engine(work_dir / "bench_index.db")
    try:
        insert_people(engine, synthetic.people(sample, seed=0))
        texts = indexed_texts(engine, embedder)
        progress(f"index: {sample} synthetic candidates, {len(texts)} texts; warming the model up")
        raw_encode(embedder, sorted(texts, key=len, reverse=True)[:WARM_UP_TEXTS])

        runs: list[dict] = []
        for side in _order(rounds):
            if side == "index":
                with session_scope(engine) as session:
                    session.execute(delete(CandidateVector))
                timed = TimedEmbedder(embedder)
                start = perf_counter()
                report = index_pool(engine, timed)
                seconds = perf_counter() - start
                run = {
                    "side": side,
                    "texts": report.texts_embedded,
                    "seconds": seconds,
                    "encode_seconds": timed.encode_s,
                    "count_tokens_seconds": timed.count_s,
                }
            else:
                start = perf_counter()
                raw_encode(embedder, texts)
                seconds = perf_counter() - start
                run = {"side": side, "texts": len(texts), "seconds": seconds}
            run["texts_per_s"] = run["texts"] / seconds
            runs.append(run)
            progress(f"index: run {len(runs)} ({side}) {run['texts_per_s']:.1f} texts/s")

        index_runs = [r for r in runs if r["side"] == "index"]
        index_s = float(np.median([r["seconds"] for r in index_runs]))
        edited = change_one_percent(engine)
        start = perf_counter()
        again = index_pool(engine, embedder)
        reindex_s = perf_counter() - start
        start = perf_counter()
        noop = index_pool(engine, embedder)
        noop_s = perf_counter() - start
        reading = pool_reading(engine)
    finally:
        engine.dispose()
    raw_runs = [r for r in runs if r["side"] == "raw"]
    index_rates = [r["texts_per_s"] for r in index_runs]
    raw_rates = [r["texts_per_s"] for r in raw_runs]
    embedded = index_runs[0]["texts"]
    words = [len(t.split()) for t in texts]
    results = {
        "candidates": sample,
        "texts": embedded,
        "texts_match_baseline": all(r["texts"] == len(texts) for r in index_runs),
        "mean_words_per_text": round(sum(words) / len(words), 1),
        "runs": runs,
        "index_seconds": index_s,
        "index_encode_seconds": float(np.median([r["encode_seconds"] for r in index_runs])),
        "index_count_tokens_seconds": float(
            np.median([r["count_tokens_seconds"] for r in index_runs])
        ),
        "index_texts_per_s": float(np.median(index_rates)),
        "raw_seconds": float(np.median([r["seconds"] for r in raw_runs])),
        "raw_texts_per_s": float(np.median(raw_rates)),
        "ratio": float(np.median(index_rates) / np.median(raw_rates)),
        "ratio_of_means": float(np.mean(index_rates) / np.mean(raw_rates)),
        "reading": {
            **reading,
            **{f"reader_{k}": v for k, v in reader_speed().items()},
            "share_of_index": reading["seconds"] / index_s,
        },
        "reindex": {
            **edited,
            "texts_embedded": again.texts_embedded,
            "vectors_removed": again.vectors_removed,
            "seconds": reindex_s,
            "share_of_full": reindex_s / index_s,
            "noop_seconds": noop_s,
            "noop_texts_embedded": noop.texts_embedded,
        },
    }
    return results, texts
