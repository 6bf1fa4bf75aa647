"""Entry point of one isolated latency run (``latency.run_isolated`` starts it): measures one
pool size and prints progress lines, then the figures as one JSON line."""

import json
import sys
from pathlib import Path

from benchmarks.latency import RESULT, bench_latency

if __name__ == "__main__":
    work, pool_size, openings_n, repeats_n, backend, reuse, vectors = sys.argv[1:8]
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
