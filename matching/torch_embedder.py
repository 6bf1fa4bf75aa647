"""The model run by sentence-transformers on torch (``ENCORE_EMBED_BACKEND=torch``)."""

import os
from collections.abc import Callable, Sequence

import numpy as np

from data.settings import DEFAULT_MODEL
from matching.model_files import resolve_model_path


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
