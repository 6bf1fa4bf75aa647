"""Text → unit vectors: what an embedder offers, and which backend ``load_embedder`` gives.

Each backend has a module of its own — ``torch_embedder`` (sentence-transformers),
``onnx_embedder`` (ONNX Runtime, the same vectors) and ``static_embedder`` (a static model
distilled from the same transformer) — and finds its model through ``model_files``; none of
them imports this module, and this one imports a backend only when it is asked for it.

``HashingEmbedder`` is a small deterministic stand-in for UI and storage tests that do not
judge ranking quality; every ranking test uses the real model.
"""

import hashlib
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    name: str  # stored with every vector: vectors of another name are never mixed in
    dim: int
    max_tokens: int | None  # the model's window; None: texts are embedded whole

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


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


BACKENDS = ("static", "torch", "onnx")


def load_embedder(
    name: str | None = None,
    *,
    backend: str | None = None,
    on_distil: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Embedder:
    """The configured model on the configured backend. ``on_distil`` and ``progress`` are
    told about the static backend's one-time distillation, if this start needs it."""
    from data.settings import get_settings

    settings = get_settings()
    name = name or settings.model
    backend = backend or settings.embed_backend
    if name == HASHING_MODEL:
        return HashingEmbedder(name=HASHING_MODEL)
    if backend == "static":
        from matching.static_embedder import StaticEmbedder

        return StaticEmbedder(
            name, cache_dir=settings.data_dir / "static", on_distil=on_distil, progress=progress
        )
    if backend == "onnx":
        from matching.onnx_embedder import OnnxEmbedder

        return OnnxEmbedder(name, cache_dir=settings.data_dir / "onnx")
    if backend != "torch":
        raise ValueError(f"unknown embedding backend '{backend}': use {', '.join(BACKENDS)}")
    from matching.torch_embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(name)


class LazyEmbedder:
    """An embedder that loads its model the first time it has to embed or count something.

    The dashboard builds its matcher with one: a search of an open role whose vectors are
    stored (see ``matching.query_vectors``) then never loads the model, and a page that never
    embeds never waits for torch to import. ``dim`` comes from the stored vectors when known."""

    def __init__(self, name: str, load: Callable[[], Embedder], *, dim: int | None = None):
        self.name = name
        self._load = load
        self._dim = dim
        self._model: Embedder | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def model(self) -> Embedder:
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    @property
    def dim(self) -> int:
        return self._dim if self._dim is not None else self.model().dim

    @property
    def max_tokens(self) -> int | None:
        return self.model().max_tokens

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        return self.model().encode(texts, progress=progress)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.model().count_tokens(texts)


def lazy_embedder(
    name: str | None = None,
    *,
    stored_dim: Callable[[str], int | None] | None = None,
    load: Callable[[], Embedder] | None = None,
) -> Embedder:
    """The configured model as a ``LazyEmbedder``: named (as its vectors are stored) at
    once, loaded on first use. ``stored_dim`` tells the size of the vectors stored under a
    name, if any, so knowing it does not load the model; ``load`` replaces
    ``load_embedder`` (the CLI's reports its errors its own way). The hashing stand-in needs
    no loading."""
    from data.settings import get_settings

    name = name or get_settings().model
    if name == HASHING_MODEL:
        return HashingEmbedder(name=HASHING_MODEL)
    stored_as = stored_model_name(name)
    dim = stored_dim(stored_as) if stored_dim else None
    return LazyEmbedder(stored_as, load or (lambda: load_embedder(name)), dim=dim)


def stored_model_name(name: str | None = None) -> str:
    """The name the configured backend stores this model's vectors under (the configured
    model by default), without loading it: the static backend's are kept apart."""
    from data.settings import get_settings

    settings = get_settings()
    name = name or settings.model
    if settings.embed_backend == "static" and name != HASHING_MODEL:
        from matching.static_embedder import static_name

        return static_name(name)
    return name
