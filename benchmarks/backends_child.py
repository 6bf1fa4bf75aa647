"""One encoding backend in a process of its own (``backends.compare_backends`` starts it):
ONNX Runtime and torch each set up thread pools, and in one process they slow each other.
Encodes the texts once after a warm-up, saves the vectors, prints the seconds."""

import json
import sys
from pathlib import Path
from time import perf_counter

import numpy as np

if __name__ == "__main__":
    backend, texts_file, out_file, work_dir = sys.argv[1:5]
    from benchmarks.backends import make_embedder

    texts = json.loads(Path(texts_file).read_text())
    embedder = make_embedder(backend, Path(work_dir))
    embedder.encode(sorted(texts, key=len, reverse=True)[:64])  # warm-up
    start = perf_counter()
    vectors = embedder.encode(texts)
    seconds = perf_counter() - start
    np.save(out_file, np.asarray(vectors, dtype=np.float32))
    print(json.dumps({"seconds": seconds}), flush=True)
