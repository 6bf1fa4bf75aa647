"""Entry point of one isolated latency run (``latency.run_isolated`` starts it): builds
(mode ``build``) or measures (``reuse`` / ``fresh``) one pool size, printing progress lines,
then the figures as one JSON line."""

import json
import sys
from pathlib import Path

from benchmarks.latency import RESULT, bench_latency, build_pool, pool_path

if __name__ == "__main__":
    work, pool_size, openings_n, repeats_n, backend, reuse, vectors = sys.argv[1:8]
    if reuse == "build":
        engine, info = build_pool(
            pool_path(Path(work), int(pool_size), vectors),
            int(pool_size),
            n_openings=int(openings_n),
            backend=backend,
            vectors=vectors,
            progress=lambda message: print(message, flush=True),
        )
        engine.dispose()
        print(RESULT + json.dumps(info), flush=True)
        sys.exit(0)
    figures = bench_latency(
        Path(work),
        int(pool_size),
        n_openings=int(openings_n),
        repeats=int(repeats_n),
        progress=lambda message: print(message, flush=True),
        backend=backend,
        reuse=reuse == "reuse",
        vectors=vectors,
    )
    print(RESULT + json.dumps(figures), flush=True)
