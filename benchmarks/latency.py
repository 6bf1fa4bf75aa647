"""Query latency of ``Matcher.match`` at pool sizes such as 10,000 and 100,000 candidates.

The pool's vectors are random unit vectors written straight to ``candidate_vector`` (no
model), and the query side uses ``QueryStub``, so what is timed is the matcher itself,
excluding embedding the opening's text. Every opening is matched once untimed (warm-up, and
it fills the matcher's text cache), then ``repeats`` times timed. The index's and matcher's
steps are wrapped with a stopwatch to show where the time goes.

``run_isolated`` runs one size in a fresh interpreter, so the memory the index takes is not
hidden by memory an earlier step freed (and the model's threads are not around).

``vectors="static"`` instead embeds the same people for real with the static backend (whole
profiles), timing ``encore index``'s two steps end to end
(reading notes, then embedding), and the matcher embeds queries with that model; the query
vectors are cached by the untimed warm-up, as with the stub.

``vectors="read_random"`` is the MiniLM column beside a static pool: the same people, notes
read into conditions the same way, with random MiniLM-shaped vectors instead (a copy of the
static pool when one was built, so only the vectors differ between the two columns).

``vectors="static_shape"``: random vectors shaped like the static model's (256 dimensions,
one a profile), with no notes read — for pool sizes too large to read and embed here (1M) —
searched with the static backend's weights (semantic 0), as its own vectors would be.

A pool is built in one child process and searched in another (``run_isolated``), as the
dashboard loads a pool that ``encore index`` built elsewhere.

``backend="postgres"`` builds the same pool in PostgreSQL (``benchmarks.pg``), fills the
pgvector column and builds the HNSW index (its time is reported), and matches through
``PgVectorPreselector``: no whole-pool index in memory, so the load and RSS figures there
are those of the pool-wide counts and sample only.
"""

import gc
import hashlib
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

import numpy as np
import psutil
from sqlalchemy import text as sql_text
from sqlmodel import Session, select

from benchmarks import synthetic
from benchmarks.pool import (
    NOW,
    cluster_centres,
    cluster_count,
    fresh_engine,
    insert_history,
    insert_openings,
    insert_people,
    insert_random_vectors,
    open_engine,
)
from data import pgvector_store
from data.models import Opening
from matching.engine import Matcher
from matching.role import role_from_opening
from matching.weights import STATIC_WEIGHTS

MODEL = "bench-random-384"
STATIC_SHAPE_MODEL = "bench-random-256"
STATIC_SHAPE = {"dim": 256, "one_profile_vector": True}
RESULT = "RESULT "
# PoolIndex methods and Matcher steps timed separately (those present in this version).
INDEX_STEPS = (
    "exclusions",
    "indexed_mask",
    "semantic",
    "lexical",
    "coverage",
    "best_motivation_sims",
    "motivation_offer_sims",
)
# Parts of preselect_total, shown beside it but not added to it again.
NESTED_STEPS = {"ann_search", "load_preselected"}
MATCHER_STEPS = {
    "pool_index": "stamp_check",
    "_score_shortlist": "shortlist_scoring",
    "_explain_fit": "fit_reasons",
}


class QueryStub:
    """Query-side embedder without a model: a text's vector is seeded by its hash. Given
    the pool's cluster centres, each text lands near one of them, as a role lands near the
    people of its trade (what an approximate index is tuned for)."""

    def __init__(self, name: str = MODEL, dim: int = 384, centres: np.ndarray | None = None):
        self.name = name
        self.dim = dim
        self.max_tokens = 256
        self.centres = centres

    def encode(self, texts, *, progress=None) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            rng = np.random.default_rng(seed)
            vec = rng.standard_normal(self.dim).astype(np.float32)
            if self.centres is not None:
                vec = self.centres[rng.integers(len(self.centres))] + vec / self.dim**0.5
            rows.append(vec / np.linalg.norm(vec))
        return np.vstack(rows).astype(np.float32) if rows else np.zeros((0, self.dim), np.float32)

    def count_tokens(self, texts) -> list[int]:
        return [len(t.split()) * 4 // 3 + 1 for t in texts]


class Stopwatch:
    def __init__(self):
        self.totals: dict[str, float] = defaultdict(float)

    def wrap(self, obj, name: str, label: str | None = None) -> None:
        fn = getattr(obj, name, None)
        if fn is None:
            return
        key = label or name

        def timed(*args, **kwargs):
            start = perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.totals[key] += perf_counter() - start

        setattr(obj, name, timed)


def _open_pool(path: Path, backend: str):
    if backend == "postgres":
        from benchmarks.pg import fresh_pool, open_pool

        return fresh_pool, open_pool
    return fresh_engine, open_engine


def static_embedder():
    """The static backend as configured (model, data directory), distilled if need be."""
    from data.settings import get_settings
    from matching.static_embedder import StaticEmbedder

    settings = get_settings()
    return StaticEmbedder(settings.model, cache_dir=settings.data_dir / "static")


def _index_static(engine, progress: Callable[[str], None]) -> dict:
    """What ``encore index`` runs on a new pool, timed: read notes, then embed."""
    from data.conditions import read_pool
    from matching.indexer import index_pool

    embedder = static_embedder()
    start = perf_counter()
    read_pool(engine)
    read_s = perf_counter() - start
    report = index_pool(engine, embedder)
    index_s = perf_counter() - start - read_s
    progress(
        f"static index: read {read_s:.0f} s, embedded {report.texts_embedded} in {index_s:.0f} s"
    )
    with engine.connect() as conn:
        counts = dict(
            conn.execute(
                sql_text("SELECT part, count(*) FROM candidate_vector GROUP BY part")
            ).all()
        )
    return {
        "model": embedder.name,
        "dim": embedder.dim,
        "read_seconds": read_s,
        "embed_seconds": index_s,
        "index_seconds": read_s + index_s,
        "texts_embedded": report.texts_embedded,
        "profile_vectors": counts.get("profile", 0),
        "motivation_vectors": counts.get("motivation", 0),
    }


def build_pool(
    path: Path,
    size: int,
    *,
    n_openings: int,
    backend: str = "sqlite",
    reuse: bool = False,
    vectors: str = "random",
    progress: Callable[[str], None] = print,
    resume_words: tuple[int, int] = (20, 60),
) -> tuple[object, dict]:
    """A synthetic pool of ``size`` people with histories and clustered vectors (or, with
    ``vectors="static"``, the static model's vectors). With ``reuse``, a pool an earlier run
    built completely at this path is opened (and migrated) instead: a million-candidate pool
    takes the better part of an hour to build here."""
    fresh, existing = _open_pool(path, backend)
    done = path.with_name(f"{path.stem}.{backend}.json")
    if reuse and done.exists():
        return existing(path), {**json.loads(done.read_text()), "reused": True}
    done.unlink(missing_ok=True)
    if vectors == "read_random" and backend == "sqlite":
        static = path.with_name(path.name.replace("_read_random", "_static"))
        if static.with_name(f"{static.stem}.sqlite.json").exists():
            return _random_vectors_on(static, path, done, progress)
    start = perf_counter()
    engine = fresh(path)
    people = synthetic.people(size, seed=size, resume_words=resume_words)
    owners = insert_people(engine, people)
    del people
    opening_ids = insert_openings(engine, synthetic.openings(n_openings))
    apps, touches = insert_history(engine, size, opening_ids)
    model, dim, indexed = (
        (STATIC_SHAPE_MODEL, 256, {}) if vectors == "static_shape" else (MODEL, 384, {})
    )
    if vectors == "static":
        indexed = _index_static(engine, progress)
        model, dim = indexed["model"], indexed["dim"]
        counts = {k: indexed[k] for k in ("profile_vectors", "motivation_vectors")}
    else:
        if vectors == "read_random":
            from data.conditions import read_pool

            read_pool(engine)
        counts = insert_random_vectors(
            engine,
            model,
            size,
            owners,
            clusters=cluster_count(size),
            **STATIC_SHAPE if vectors == "static_shape" else {},
        )
    ann_s = None
    if backend == "postgres":
        pgvector_store.fill_missing_embeddings(engine, model)
        with engine.begin() as conn:
            conn.execute(sql_text("ANALYZE"))
        ann_start = perf_counter()
        pgvector_store.ensure_ann_index(engine, model, dim, maintenance_work_mem="4GB")
        ann_s = perf_counter() - ann_start
    info = {
        "backend": backend,
        "vectors": vectors,
        "build_seconds": perf_counter() - start,
        "hnsw_build_seconds": ann_s,
        "motivations": len(owners),
        "applications": apps,
        "touchpoints": touches,
        "static_index": indexed or None,
        **counts,
    }
    done.write_text(json.dumps(info))
    return engine, {**info, "reused": False}


def _random_vectors_on(static: Path, path: Path, done: Path, progress) -> tuple[object, dict]:
    """A copy of a built static pool whose vectors are replaced by MiniLM-shaped random ones."""
    start = perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    checkpoint = open_engine(static)
    with checkpoint.connect() as conn:  # everything in the file itself, none in its log
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.dispose()
    shutil.copyfile(static, path)
    engine = open_engine(path)
    with engine.begin() as conn:
        conn.execute(sql_text("DELETE FROM candidate_vector"))
        size = conn.execute(sql_text("SELECT count(*) FROM candidate")).scalar_one()
        owners = [
            (mid, cid)
            for mid, cid in conn.execute(sql_text("SELECT id, candidate_id FROM motivation"))
        ]
    counts = insert_random_vectors(engine, MODEL, size, owners, clusters=cluster_count(size))
    progress(f"latency: {size} people of {static.name} with random MiniLM-shaped vectors")
    info = {
        **json.loads(static.with_name(f"{static.stem}.sqlite.json").read_text()),
        "vectors": "read_random",
        "build_seconds": perf_counter() - start,
        "static_index": None,
        **counts,
    }
    done.write_text(json.dumps(info))
    return engine, {**info, "reused": False}


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q)) if values else float("nan")


def bench_latency(
    work_dir: Path,
    size: int,
    *,
    n_openings: int = 30,
    repeats: int = 3,
    progress: Callable[[str], None] = print,
    backend: str = "sqlite",
    reuse: bool = False,
    vectors: str = "random",
) -> dict:
    engine, info = build_pool(
        pool_path(work_dir, size, vectors),
        size,
        n_openings=n_openings,
        backend=backend,
        reuse=reuse,
        vectors=vectors,
        progress=progress,
    )
    how = "reused" if info["reused"] else "built"
    progress(f"latency {backend} {size}: pool {how} (build {info['build_seconds']:.0f} s); loading")
    try:
        if vectors == "static":
            query_side = static_embedder()
        elif vectors == "static_shape":
            query_side = QueryStub(
                STATIC_SHAPE_MODEL, 256, cluster_centres(cluster_count(size), dim=256)
            )
        else:
            query_side = QueryStub(centres=cluster_centres(cluster_count(size)))
        matcher = Matcher(engine, query_side)
        if vectors == "static_shape":  # the static backend's weights, as for its own vectors
            matcher.default_weights = STATIC_WEIGHTS
        process = psutil.Process()
        gc.collect()
        rss_before = process.memory_info().rss
        start = perf_counter()
        if backend == "postgres":  # the pool-wide counts and sample are all it keeps
            matcher.preselector.pool_stats(NOW.date())
            matrix_bytes = matcher.preselector.pool_stats(NOW.date()).sample.nbytes
            facts_bytes = None
        else:
            index = matcher.pool_index()  # load_pool_index, plus the stamp query
            held = (index.profile.matrix, index.motivation.matrix)  # None: not read
            matrix_bytes = sum(m.nbytes for m in held if m is not None)
            facts_bytes = getattr(index.facts, "nbytes", None)
        load_s = perf_counter() - start
        gc.collect()
        rss_delta = process.memory_info().rss - rss_before

        watch = Stopwatch()
        if backend == "postgres":
            from matching import preselect
            from matching.nearest_index import NearestIndex

            watch.wrap(matcher.preselector, "nearest", "ann_search")
            watch.wrap(matcher.preselector, "scope", "preselect_total")
            watch.wrap(preselect, "load_nearest", "load_preselected")
            watch.wrap(NearestIndex, "facts_for", "shortlist_facts")
        else:
            for name in INDEX_STEPS:
                watch.wrap(index, name)
        for name, label in MATCHER_STEPS.items():
            watch.wrap(matcher, name, label)
        with Session(engine) as session:
            roles = [role_from_opening(o) for o in session.exec(select(Opening)).all()]
        for role in roles:  # warm-up, untimed: caches the query and offer vectors
            matcher.match(role, top_k=20, now=NOW)
        watch.totals.clear()

        totals, steps = [], defaultdict(list)
        for _ in range(repeats):
            for role in roles:
                before = dict(watch.totals)
                start = perf_counter()
                result = matcher.match(role, top_k=20, now=NOW)
                totals.append(perf_counter() - start)
                for key, value in watch.totals.items():
                    steps[key].append(value - before.get(key, 0.0))
        excluded = result.excluded
    finally:
        engine.dispose()
    step_ms = {k: float(np.mean(v) * 1000) for k, v in steps.items()}
    top_level = [v for k, v in step_ms.items() if k not in NESTED_STEPS]
    step_ms["other"] = float(np.mean(totals) * 1000) - sum(top_level)
    return {
        "candidates": size,
        **info,
        "load_seconds": load_s,
        "rss_delta_mb": rss_delta / 2**20,
        "rss_bytes_per_candidate": rss_delta / size,
        "vector_bytes_per_candidate": matrix_bytes / size,
        "packed_facts_bytes_per_candidate": facts_bytes / size if facts_bytes else None,
        "queries": len(totals),
        "p50_ms": _pct(totals, 50),
        "p95_ms": _pct(totals, 95),
        "max_ms": _pct(totals, 100),
        "shortlist_p50_ms": _pct(steps.get("shortlist_scoring", []), 50),
        "shortlist_p95_ms": _pct(steps.get("shortlist_scoring", []), 95),
        "steps_mean_ms": step_ms,
        "excluded": excluded,
        "shortlist": matcher.shortlist,
    }


def run_isolated(
    work_dir: Path,
    size: int,
    *,
    n_openings: int = 30,
    repeats: int = 3,
    progress: Callable[[str], None] = print,
    backend: str = "sqlite",
    reuse: bool = False,
    vectors: str = "random",
) -> dict:
    """``bench_latency`` in a child interpreter; its progress lines are passed on. A pool to
    build is built in a child of its own first, then searched in a fresh one: the dashboard
    loads a pool that ``encore index`` built in another process, and a process that has just
    read and embedded 100,000 people carries that work's heap (and its garbage collector's
    full generations) into every query it times."""
    build = None
    if not (reuse and _done_marker(work_dir, size, backend, vectors).exists()):
        build = _child(work_dir, size, n_openings, repeats, backend, "build", vectors, progress)
    result = _child(work_dir, size, n_openings, repeats, backend, "reuse", vectors, progress)
    if build is not None:  # what the build took, not the reuse that timed the queries
        result.update({k: build[k] for k in ("build_seconds", "static_index", "reused")})
    return result


def pool_path(work_dir: Path, size: int, vectors: str) -> Path:
    """Where the pool of this size and kind of vectors is built (and found again)."""
    suffix = "" if vectors == "random" else f"_{vectors}"
    return work_dir / f"bench_pool_{size}{suffix}.db"


def _done_marker(work_dir: Path, size: int, backend: str, vectors: str) -> Path:
    path = pool_path(work_dir, size, vectors)
    return path.with_name(f"{path.stem}.{backend}.json")


def _child(work_dir, size, n_openings, repeats, backend, mode, vectors, progress) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.latency_child",
        str(work_dir),
        str(size),
        str(n_openings),
        str(repeats),
        backend,
        mode,
        vectors,
    ]
    root = Path(__file__).resolve().parents[1]
    result = None
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=root) as child:
        for line in child.stdout:
            if line.startswith(RESULT):
                result = json.loads(line[len(RESULT) :])
            else:
                progress(line.rstrip())
    if child.returncode or result is None:
        raise RuntimeError(f"latency {mode} for {size} candidates failed ({child.returncode})")
    return result
