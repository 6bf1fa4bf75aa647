"""Encoding backends compared on the same texts: torch, ONNX, and int8-quantized ONNX.

sentence-transformers runs ONNX through ``optimum`` and ``onnxruntime``; when either is
missing the comparison is skipped and reported as ``onnx: not installed``. The export works
offline from the bundled weights: the model directory is copied into the bench's work
directory first, so nothing is written into the installed package.
"""

import importlib
import os
import platform
import shutil
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

import numpy as np

from data.settings import DEFAULT_MODEL
from matching.embedder import resolve_model_path


def onnx_missing() -> str | None:
    """Why the ONNX backend cannot run here, or None when it can."""
    for module in ("onnxruntime", "optimum.onnxruntime"):
        try:
            importlib.import_module(module)
        except Exception as exc:  # ImportError, or a broken install raising anything else
            return f"{module}: {type(exc).__name__}: {exc}".splitlines()[0][:200]
    return None


def _quantization_config() -> str:
    if platform.machine().lower() in {"arm64", "aarch64"}:
        return "arm64"
    flags = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    if "avx512_vnni" in flags:
        return "avx512_vnni"
    return "avx512" if "avx512f" in flags else "avx2"


def _interleaved(models: dict, texts: list[str], rounds: int) -> dict[str, tuple]:
    """Encode the texts with every model, in ``rounds`` slices taken in turn, so a load that
    changes during the run weighs on every backend alike. Returns (vectors, seconds)."""
    for model in models.values():
        model.encode(texts[:64], batch_size=64, show_progress_bar=False)  # warm-up
    parts: dict[str, list] = {name: [] for name in models}
    seconds = dict.fromkeys(models, 0.0)
    for r in range(rounds):
        piece = texts[r::rounds]
        for name, model in models.items():
            start = perf_counter()
            parts[name].append(
                model.encode(
                    piece, batch_size=64, normalize_embeddings=True, show_progress_bar=False
                )
            )
            seconds[name] += perf_counter() - start
    order = np.argsort(np.concatenate([np.arange(r, len(texts), rounds) for r in range(rounds)]))
    return {
        name: (np.vstack(parts[name]).astype(np.float32)[order], seconds[name]) for name in models
    }


def _error(exc: Exception) -> dict:
    return {"error": f"{type(exc).__name__}: {exc}".splitlines()[0][:300]}


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
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer, export_dynamic_quantized_onnx_model

    local = work_dir / "onnx_model"
    shutil.rmtree(local, ignore_errors=True)
    shutil.copytree(resolve_model_path(model_name), local)
    kw = {"device": "cpu", "local_files_only": True}
    models = {"torch": SentenceTransformer(str(local), **kw)}
    rows: dict[str, dict] = {}
    try:
        start = perf_counter()
        models["onnx"] = SentenceTransformer(str(local), backend="onnx", **kw)
        rows["onnx"] = {"export_seconds": perf_counter() - start}
    except Exception as exc:  # the export needs nothing online; report whatever broke
        rows["onnx"] = _error(exc)
        return {"status": "onnx: export failed", "texts": len(texts), "backends": rows}
    config = _quantization_config()
    label = f"onnx-int8 ({config})"
    try:
        start = perf_counter()
        export_dynamic_quantized_onnx_model(models["onnx"], config, str(local))
        # "qint8" or "quint8" depending on the configuration
        (exported,) = (local / "onnx").glob(f"model_*int8_{config}.onnx")
        models[label] = SentenceTransformer(
            str(local),
            backend="onnx",
            model_kwargs={"file_name": f"onnx/{exported.name}"},
            **kw,
        )
        rows[label] = {"export_seconds": perf_counter() - start}
    except Exception as exc:
        rows[label] = _error(exc)
    progress(f"backends: encoding {len(texts)} texts with {', '.join(models)}")
    measured = _interleaved(models, texts, rounds)
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
