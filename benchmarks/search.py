"""Search at scale: the preselection step alone, on pools of up to millions of profile
vectors, on both backends, against exact search.

The vectors are random unit vectors around cluster centres (people of one trade resemble
each other), written without the model. Each query is a point near a centre, like a role.

- ``sqlite``: what ``WholePool`` does — every vector in one NumPy matrix (read from the
  SQLite file: that is the load time), an exact matrix-vector product and a top-N.
- ``postgres``: pgvector's HNSW index over the ``halfvec`` column (``nearest_profiles``, the
  query ``PgVectorPreselector`` runs); the build time is the ``CREATE INDEX``.

Recall@50 compares the approximate top 50 with the exact top 50 of the same vectors (exact
cosine in float32). Coverage@50 is the share of the exact top 50 inside the whole
preselection (``PRESELECT_SIZE`` candidates), which is what full scoring then sees.
"""

import gc
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from time import perf_counter

import numpy as np
from sqlalchemy import insert, text
from sqlmodel import Session

from benchmarks.pool import (
    BATCH,
    cluster_centres,
    cluster_count,
    clustered_rows,
    copy_vectors_postgres,
    fresh_engine,
)
from data import pgvector_store
from data.models import Candidate, CandidateVector
from matching.pool_index import _vectors
from matching.preselect import PRESELECT_SIZE

MODEL = "bench-clustered-384"
DIM = 384
NOW = datetime(2026, 11, 23, tzinfo=UTC)
EF_SEARCH = (40, 100, 200, 400, 1000)
CHUNK = 50_000


def clustered_vectors(n: int, *, seed: int, dim: int = DIM, spread: float = 1.0):
    """``n`` unit vectors around ``cluster_count(n)`` random centres, in chunks."""
    rng = np.random.default_rng(seed)
    centres = cluster_centres(cluster_count(n), seed=seed, dim=dim)
    for start in range(0, n, CHUNK):
        yield start, clustered_rows(rng, centres, min(CHUNK, n - start), spread=spread)


def queries(n: int, count: int, *, seed: int, dim: int = DIM) -> np.ndarray:
    """Role-like queries: near the pool's centres (same seed, same centres)."""
    centres = cluster_centres(cluster_count(n), seed=seed, dim=dim)
    return clustered_rows(np.random.default_rng(seed + 1), centres, count)


def _pct(values, q) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def _exact_top(matrix: np.ndarray, query: np.ndarray, k: int) -> np.ndarray:
    sims = matrix @ query
    top = np.argpartition(-sims, k - 1)[:k]
    return top[np.argsort(-sims[top])] + 1  # row i holds candidate i + 1


def _write_sqlite(path: Path, n: int, seed: int) -> tuple[object, float]:
    engine = fresh_engine(path)
    start = perf_counter()
    with Session(engine) as session:
        for first in range(0, n, BATCH * 10):
            rows = [
                {"id": i, "full_name": f"P{i}", "created_at": NOW, "updated_at": NOW}
                for i in range(first + 1, min(first + BATCH * 10, n) + 1)
            ]
            session.execute(insert(Candidate), rows)
        for first, block in clustered_vectors(n, seed=seed):
            session.execute(
                insert(CandidateVector),
                [
                    {
                        "candidate_id": first + i + 1,
                        "part": "profile",
                        "chunk": 0,
                        "model": MODEL,
                        "content_hash": "0" * 64,
                        "vector": row.tobytes(),
                        "created_at": NOW,
                    }
                    for i, row in enumerate(block)
                ],
            )
        session.commit()
    return engine, perf_counter() - start


def _write_postgres(work_dir: Path, n: int, seed: int) -> tuple[object, float]:
    from benchmarks.pg import fresh_database

    engine = fresh_database(work_dir, f"bench_search_{n}")
    start = perf_counter()
    raw = engine.raw_connection()
    try:
        with raw.driver_connection.cursor() as cur:
            with cur.copy(
                "COPY candidate (id, full_name, skills, tags, do_not_contact, created_at,"
                " updated_at) FROM STDIN"
            ) as copy:
                for i in range(1, n + 1):
                    copy.write_row((i, f"P{i}", "[]", "[]", False, NOW, NOW))
        raw.driver_connection.commit()
    finally:
        raw.close()
    copy_vectors_postgres(
        engine,
        MODEL,
        (
            ([(first + i + 1, None, "profile", 0) for i in range(len(block))], block)
            for first, block in clustered_vectors(n, seed=seed)
        ),
    )
    with engine.begin() as c:
        c.execute(text("ANALYZE candidate_vector"))
        c.execute(text("SELECT setval('candidate_id_seq', :n)"), {"n": n})
    return engine, perf_counter() - start


def bench_sqlite(work_dir: Path, n: int, qs: np.ndarray, seed: int, progress) -> dict:
    engine, write_s = _write_sqlite(work_dir / f"bench_search_{n}.db", n, seed)
    progress(f"search sqlite {n:,}: written in {write_s:.0f} s; loading the matrix")
    start = perf_counter()
    with Session(engine) as session:
        _, _, matrix = _vectors(session, MODEL, "profile", DIM)
    load_s = perf_counter() - start
    engine.dispose()
    times = []
    for q in qs:
        t = perf_counter()
        _exact_top(matrix, q, PRESELECT_SIZE)
        times.append(perf_counter() - t)
    return {
        "backend": "sqlite",
        "candidates": n,
        "method": "exact (NumPy, in memory)",
        "write_seconds": write_s,
        "build_seconds": load_s,
        "memory_mb": matrix.nbytes / 2**20,
        "runs": [{"ef_search": None, "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95),
                  "recall_at_50": 1.0, "coverage_at_50": 1.0}],
    }  # fmt: skip


def bench_postgres(
    work_dir: Path,
    n: int,
    qs: np.ndarray,
    exact: list[np.ndarray],
    seed: int,
    progress,
    *,
    m: int = pgvector_store.HNSW_M,
    ef_construction: int = pgvector_store.HNSW_EF_CONSTRUCTION,
    ef_search: Sequence[int] = EF_SEARCH,
) -> dict:
    engine, write_s = _write_postgres(work_dir, n, seed)
    progress(f"search postgres {n:,}: written in {write_s:.0f} s; building the HNSW index")
    start = perf_counter()
    pgvector_store.ensure_ann_index(
        engine, MODEL, DIM, m=m, ef_construction=ef_construction, maintenance_work_mem="6GB"
    )
    build_s = perf_counter() - start
    progress(f"search postgres {n:,}: HNSW built in {build_s:.0f} s; querying")
    with engine.connect() as conn:
        index_mb = (
            conn.execute(
                text("SELECT pg_relation_size(:i)"), {"i": pgvector_store.ann_index_name(MODEL)}
            ).scalar()
            / 2**20
        )
        table_mb = (
            conn.execute(text("SELECT pg_total_relation_size('candidate_vector')")).scalar() / 2**20
        )
    runs = []
    for ef in ef_search:
        times, recall, coverage = [], [], []
        with engine.connect() as conn:
            for _ in range(3):  # warm the cache and the connection, untimed
                with conn.begin():
                    pgvector_store.nearest_profiles(conn, MODEL, qs[0], limit=PRESELECT_SIZE)
            for q, truth in zip(qs, exact, strict=True):
                t = perf_counter()
                with conn.begin():
                    near = pgvector_store.nearest_profiles(
                        conn, MODEL, q, limit=PRESELECT_SIZE, ef_search=ef
                    )
                times.append(perf_counter() - t)
                ids = [cid for cid, _ in near]
                recall.append(len(set(ids[:50]) & set(truth[:50].tolist())) / 50)
                coverage.append(len(set(ids) & set(truth[:50].tolist())) / 50)
        runs.append(
            {
                "ef_search": ef,
                "p50_ms": _pct(times, 50),
                "p95_ms": _pct(times, 95),
                "recall_at_50": float(np.mean(recall)),
                "coverage_at_50": float(np.mean(coverage)),
            }
        )
        progress(f"search postgres {n:,}: ef_search {ef}: {runs[-1]}")
    engine.dispose()
    return {
        "backend": "postgres",
        "candidates": n,
        "method": f"HNSW (pgvector, halfvec, m={m}, ef_construction={ef_construction})",
        "write_seconds": write_s,
        "build_seconds": build_s,
        "memory_mb": index_mb,
        "table_mb": table_mb,
        "runs": runs,
    }


def bench_search(
    work_dir: Path,
    sizes: Sequence[int],
    *,
    backends: Sequence[str] = ("sqlite", "postgres"),
    n_queries: int = 100,
    progress: Callable[[str], None] = print,
    hnsw_m: int = pgvector_store.HNSW_M,
    hnsw_ef_construction: int = pgvector_store.HNSW_EF_CONSTRUCTION,
) -> list[dict]:
    rows = []
    for n in sizes:
        seed = n
        qs = queries(n, n_queries, seed=seed)
        exact = None
        if "postgres" in backends:  # ground truth: exact search over the same vectors
            matrix = np.vstack([block for _, block in clustered_vectors(n, seed=seed)])
            exact = [_exact_top(matrix, q, 50) for q in qs]
            del matrix
        if "sqlite" in backends:
            rows.append(bench_sqlite(work_dir, n, qs, seed, progress))
            (work_dir / f"bench_search_{n}.db").unlink(missing_ok=True)
        if "postgres" in backends:
            rows.append(
                bench_postgres(
                    work_dir,
                    n,
                    qs,
                    exact,
                    seed,
                    progress,
                    m=hnsw_m,
                    ef_construction=hnsw_ef_construction,
                )  # fmt: skip
            )
        gc.collect()
    return rows
