"""Encoding backends compared on the same texts: torch (sentence-transformers), ONNX Runtime
(``matching.onnx_embedder``, the ``ENCORE_EMBED_BACKEND=onnx`` path) and, for reference,
ONNX with int8 dynamic quantization (faster, but its vectors differ; not offered).

The texts are encoded in ``rounds`` interleaved slices, so a load that changes during the run
weighs on every backend alike. Each backend's vectors are compared with torch's (cosine).
"""

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

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


def _interleaved(embedders: dict, texts: list[str], rounds: int) -> dict[str, tuple]:
    """(vectors in text order, seconds) per embedder."""
    for embedder in embedders.values():
        embedder.encode(texts[:64])  # warm-up
    parts: dict[str, list] = {name: [] for name in embedders}
    seconds = dict.fromkeys(embedders, 0.0)
    for r in range(rounds):
        piece = texts[r::rounds]
        for name, embedder in embedders.items():
            start = perf_counter()
            parts[name].append(embedder.encode(piece))
            seconds[name] += perf_counter() - start
    order = np.argsort(np.concatenate([np.arange(r, len(texts), rounds) for r in range(rounds)]))
    return {name: (np.vstack(parts[name])[order], seconds[name]) for name in embedders}


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
    torch_embedder=None,
    model_name: str = DEFAULT_MODEL,
    rounds: int = 3,
    progress: Callable[[str], None] = print,
) -> dict:
    missing = onnx_missing()
    if missing:
        progress("onnx: not installed")
        return {"status": "onnx: not installed", "reason": missing}
    from matching.embedder import SentenceTransformerEmbedder
    from matching.onnx_embedder import OnnxEmbedder

    embedders = {"torch": torch_embedder or SentenceTransformerEmbedder(model_name)}
    rows: dict[str, dict] = {}
    start = perf_counter()
    try:
        embedders["onnx"] = OnnxEmbedder(model_name, cache_dir=work_dir / "onnx")
    except Exception as exc:  # the export needs nothing online; report whatever broke
        return {"status": "onnx: export failed", "reason": f"{type(exc).__name__}: {exc}"[:300]}
    rows["onnx"] = {"export_seconds": perf_counter() - start}
    start = perf_counter()
    embedders["onnx-int8"] = _quantized(embedders["onnx"], work_dir)
    rows["onnx-int8"] = {"export_seconds": perf_counter() - start}
    progress(f"backends: encoding {len(texts)} texts with {', '.join(embedders)}")
    measured = _interleaved(embedders, texts, rounds)
    base = measured["torch"][0]
    for name, (vectors, seconds) in measured.items():
        cosine = np.sum(vectors * base, axis=1)
        rows[name] = {
            **rows.get(name, {}),
            "texts_per_s": len(texts) / seconds,
            "seconds": seconds,
            "speedup_vs_torch": measured["torch"][1] / seconds,
            "mean_cosine_vs_torch": float(cosine.mean()),
            "min_cosine_vs_torch": float(cosine.min()),
        }
    return {"status": "ok", "texts": len(texts), "rounds": rounds, "backends": rows}
