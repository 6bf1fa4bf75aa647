"""The static backend against the transformer, in one run on the same people:

- throughput: ``index_pool`` with the static model (whole profiles, one vector a person,
  database writes included) against the raw ``model.encode`` of MiniLM over the same profiles
  chunked for its 256-token window — the work each backend must do for those people — in
  people per second. After a warm-up of both, in interleaved rounds (A-B-B-A); the static
  side is fast enough to be timed as the median of several runs within its round;
- the pool sizes of ``--pool`` built, read and embedded end to end with the static model,
  then searched (``latency.bench_latency`` with ``vectors="static"``), each in a fresh
  interpreter; and the same people with random MiniLM-shaped vectors (``"read_random"``), so
  memory and latency compare with only the vectors changed.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from time import perf_counter

import numpy as np
from sqlalchemy import delete

from benchmarks import synthetic
from benchmarks.latency import run_isolated, static_embedder
from benchmarks.pool import fresh_engine, insert_people
from benchmarks.throughput import WARM_UP_TEXTS, _order, indexed_texts, raw_encode
from data.db import session_scope
from data.models import CandidateVector
from matching.indexer import index_pool

STATIC_REPEATS = 5  # static index runs per round (each takes about a second here)


def bench_static(
    work_dir: Path,
    transformer,
    sample: int,
    sizes: Sequence[int],
    progress: Callable[[str], None] = print,
    *,
    rounds: int = 2,
    reuse: bool = False,
) -> dict:
    start = perf_counter()
    static = static_embedder()
    load_s = perf_counter() - start
    progress(
        f"static: model {'distilled and ' if static.distilled_now else ''}loaded in {load_s:.0f} s"
    )
    engine = fresh_engine(work_dir / "bench_static.db")
    try:
        insert_people(engine, synthetic.people(sample, seed=0))
        chunked = indexed_texts(engine, transformer)
        whole = indexed_texts(engine, static)
        progress(f"static: {sample} people, {len(whole)} texts whole, {len(chunked)} chunked")
        raw_encode(transformer, sorted(chunked, key=len, reverse=True)[:WARM_UP_TEXTS])
        static.encode(whole)
        runs = []
        for side in _order(rounds):
            if side == "index":
                seconds = []
                for _ in range(STATIC_REPEATS):
                    with session_scope(engine) as session:
                        session.execute(delete(CandidateVector))
                    began = perf_counter()
                    report = index_pool(engine, static)
                    seconds.append(perf_counter() - began)
                run = {"side": "static index", "texts": report.texts_embedded}
                run["seconds"] = float(np.median(seconds))
            else:
                began = perf_counter()
                raw_encode(transformer, chunked)
                run = {"side": "MiniLM raw encode", "texts": len(chunked)}
                run["seconds"] = perf_counter() - began
            run["people_per_s"] = sample / run["seconds"]
            run["texts_per_s"] = run["texts"] / run["seconds"]
            runs.append(run)
            progress(f"static: run {len(runs)} ({run['side']}) {run['people_per_s']:.1f} people/s")
        began = perf_counter()
        static.encode(whole)
        static_raw_s = perf_counter() - began
    finally:
        engine.dispose()

    def median(side: str, key: str) -> float:
        return float(np.median([r[key] for r in runs if r["side"] == side]))

    ours, theirs = (
        median("static index", "people_per_s"),
        median("MiniLM raw encode", "people_per_s"),
    )
    pools = []
    for size in sizes:
        pools.append(run_isolated(work_dir, size, progress=progress, reuse=reuse, vectors="static"))
        # Beside it, the same people with MiniLM-shaped vectors: only the vectors differ.
        pools.append(
            run_isolated(work_dir, size, progress=progress, reuse=reuse, vectors="read_random")
        )
    return {
        "model": static.name,
        "dim": static.dim,
        "load_seconds": load_s,
        "distilled_now": static.distilled_now,
        "candidates": sample,
        "texts_whole": len(whole),
        "texts_chunked": len(chunked),
        "runs": runs,
        "static_people_per_s": ours,
        "minilm_people_per_s": theirs,
        "ratio": ours / theirs,
        "static_raw_people_per_s": sample / static_raw_s,
        "pools": pools,
    }
