"""Encoding backends compared on the same texts: torch (sentence-transformers), ONNX Runtime
(``matching.onnx_embedder``, the ``ENCORE_EMBED_BACKEND=onnx`` path) and, for reference,
ONNX with int8 dynamic quantization (faster, but its vectors differ; not offered).

Each backend runs in a process of its own (in one process, ONNX Runtime's and torch's thread
pools slow each other: torch measured 27 texts/s beside ONNX and 37 alone), once per round,
in an order that turns each round; the median run counts. Each backend's vectors are
compared with torch's (cosine).
"""

import importlib
import json
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from data.settings import DEFAULT_MODEL


def onnx_missing() -> str | None:
    """Why the ONNX backend cannot run here, or None when it can."""
    for module in ("onnxruntime", "onnx"):
        try:
            importlib.import_module(module)
        except Exception as exc:  # ImportError, or a broken install raising anything else
            return f"{module}: {type(exc).__name__}: {exc}".splitlines()[0][:200]
    return None


def make_embedder(backend: str, work_dir: Path, model_name: str = DEFAULT_MODEL):
    from matching.onnx_embedder import OnnxEmbedder
    from matching.torch_embedder import SentenceTransformerEmbedder

    if backend == "torch":
        return SentenceTransformerEmbedder(model_name)
    onnx = OnnxEmbedder(model_name, cache_dir=work_dir / "onnx")
    return onnx if backend == "onnx" else _quantized(onnx, work_dir)


def _run_child(backend: str, texts_file: Path, work_dir: Path) -> tuple[np.ndarray, float]:
    out = work_dir / f"vectors-{backend}.npy"
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.backends_child", backend, str(texts_file),
         str(out), str(work_dir)],
        cwd=root, capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    return np.load(out), seconds


def _quantized(embedder, work_dir: Path):
    """A copy of ``embedder`` over an int8 dynamic quantization of its export."""
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from matching.onnx_embedder import OnnxEmbedder

    target = work_dir / "onnx-int8" / embedder.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        quiet = logging.getLogger().level
        logging.getLogger().setLevel(logging.ERROR)  # its advice on pre-processing is noise here
        try:
            quantize_dynamic(str(embedder.path), str(target), weight_type=QuantType.QInt8)
        finally:
            logging.getLogger().setLevel(quiet)
    quantized = OnnxEmbedder.__new__(OnnxEmbedder)
    quantized.__dict__.update(embedder.__dict__)
    options = onnxruntime.SessionOptions()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    quantized.session = onnxruntime.InferenceSession(
        str(target), options, providers=["CPUExecutionProvider"]
    )
    return quantized


def compare_backends(
    texts: list[str],
    work_dir: Path,
    *,
    model_name: str = DEFAULT_MODEL,
    rounds: int = 3,
    progress: Callable[[str], None] = print,
) -> dict:
    missing = onnx_missing()
    if missing:
        progress("onnx: not installed")
        return {"status": "onnx: not installed", "reason": missing}
    names = ("torch", "onnx", "onnx-int8")
    texts_file = work_dir / "backend_texts.json"
    texts_file.write_text(json.dumps(texts))
    try:  # the export (and quantization) once, untimed, before the timed runs
        make_embedder("onnx-int8", work_dir, model_name)
    except Exception as exc:  # the export needs nothing online; report whatever broke
        return {"status": "onnx: export failed", "reason": f"{type(exc).__name__}: {exc}"[:300]}
    progress(f"backends: {len(texts)} texts, each backend in its own process, {rounds} rounds")
    vectors: dict[str, np.ndarray] = {}
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):  # the order turns each round, so none always goes first
        for name in names[r % 3 :] + names[: r % 3]:
            vectors[name], took = _run_child(name, texts_file, work_dir)
            seconds[name].append(took)
    base = vectors["torch"]
    torch_s = float(np.median(seconds["torch"]))
    rows: dict[str, dict] = {}
    for name in names:
        cosine = np.sum(vectors[name] * base, axis=1)
        median = float(np.median(seconds[name]))
        rows[name] = {
            "texts_per_s": len(texts) / median,
            "seconds": median,
            "speedup_vs_torch": torch_s / median,
            "mean_cosine_vs_torch": float(cosine.mean()),
            "min_cosine_vs_torch": float(cosine.min()),
        }
    return {"status": "ok", "texts": len(texts), "rounds": rounds, "backends": rows}
