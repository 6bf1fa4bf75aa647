"""Static embeddings (``ENCORE_EMBED_BACKEND=static``): one vector per word piece, averaged.

A static model is distilled once from the bundled transformer (``model2vec``: every word
piece of the vocabulary is run through all-MiniLM-L6-v2 alone, the outputs are reduced to
``DIMS`` dimensions by PCA and weighted by how rare the piece is). After that, embedding a
text is a table look-up and a mean — no transformer runs, so a whole résumé is embedded in
well under a millisecond and has no 256-token window: a profile is one vector.

The distilled model is written into ``<data dir>/static/`` the first time it is needed
(one to a few minutes on two cores, shown with a progress bar) and loaded from there afterwards.
It is made offline from the bundled weights; nothing is downloaded. Its vectors differ from
the transformer's, so they are stored under their own model name (``static_name``) and
switching backends re-embeds the pool, while the other backend's vectors stay for a switch
back.
"""

import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from data.files import private_dir
from matching.model_files import resolve_model_path, weights_digest

DIMS = 256  # PCA dimensions: two thirds of MiniLM's 384, and the size measured (README)
ENCODE_BATCH = 1024


def static_name(base: str, dims: int = DIMS) -> str:
    """The model name stored with static vectors: the transformer they were distilled from
    and how, so they are never mixed with that transformer's own vectors."""
    return f"{base}+static{dims}"


def is_static_name(name: str) -> bool:
    """Whether vectors stored under ``name`` are a static model's (``static_name``)."""
    return re.fullmatch(r".+\+static\d+", name) is not None


def static_model_dir(model_dir: Path, cache_dir: Path, dims: int = DIMS) -> Path:
    return cache_dir / f"{model_dir.name}-{weights_digest(model_dir)}-static{dims}"


def static_model_ready(base: str, *, cache_dir: Path, dims: int = DIMS) -> bool:
    """Whether the static model of ``base`` is distilled in ``cache_dir`` already (False where
    ``base`` has no local model directory: loading it will say why)."""
    try:
        model_dir = Path(resolve_model_path(base))
    except (OSError, ValueError, ImportError):
        return False
    return model_dir.is_dir() and static_model_dir(model_dir, cache_dir, dims).exists()


Progress = Callable[[int, int], None]


@contextmanager
def _token_progress(progress: Progress | None) -> Iterator[None]:
    """model2vec reports its one long step (a forward pass per word piece) through tqdm;
    while distilling, that bar is replaced by ``progress(done, total)`` (the CLI's bar)."""
    from model2vec.distill import inference

    original = getattr(inference, "tqdm", None)
    if progress is None or original is None:
        yield
        return

    class _Bar:
        def __init__(self, *args, total: int | None = None, **kwargs):
            self.total, self.done = int(total or 0), 0
            progress(0, self.total)

        def update(self, n: int = 1) -> None:
            self.done += n
            progress(self.done, self.total)

        def close(self) -> None:
            pass

    inference.tqdm = _Bar
    try:
        yield
    finally:
        inference.tqdm = original


def distil(model_dir: Path, target: Path, *, dims: int = DIMS, progress: Progress | None = None):
    """Distil the transformer in ``model_dir`` into a static model at ``target``, offline.
    Written beside the target and renamed into place, so a run cut short leaves no half
    model that a later start would load."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import logging

    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    logging.getLogger("model2vec").setLevel(logging.WARNING)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    with _token_progress(progress):
        static = distill_from_model(model=model, tokenizer=tokenizer, pca_dims=dims, device="cpu")
    private_dir(target.parent)  # may be the first thing made in the data directory
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    static.save_pretrained(str(partial))
    try:
        partial.rename(target)
    except OSError:  # another process finished first: theirs is the same model
        shutil.rmtree(partial, ignore_errors=True)
    return target


class StaticEmbedder:
    """An ``Embedder`` over a model2vec static model distilled from ``base``.

    ``on_distil(message)`` is called once, before a distillation starts, so a caller can say
    why the first start waits; ``progress(done, total)`` then follows it."""

    # No window: a text is embedded whole, so a profile is never cut into chunks.
    max_tokens = None

    def __init__(
        self,
        base: str,
        *,
        cache_dir: Path,
        dims: int = DIMS,
        on_distil: Callable[[str], None] | None = None,
        progress: Progress | None = None,
    ):
        from model2vec import StaticModel

        self.base = base
        self.name = static_name(base, dims)
        model_dir = Path(resolve_model_path(base))
        if not model_dir.is_dir():
            raise OSError(f"no local model directory for '{base}' to distil from")
        self.path = path = static_model_dir(model_dir, cache_dir, dims)
        self.distilled_now = not path.exists()
        if self.distilled_now:
            if on_distil:
                on_distil(
                    f"Distilling a static model from {base} into {path} "
                    "(once, offline; one to a few minutes on two cores)"
                )
            distil(model_dir, path, dims=dims, progress=progress)
        self.model = StaticModel.from_pretrained(str(path), normalize=True)
        self.dim = int(self.model.dim)

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), ENCODE_BATCH):
            part = list(texts[start : start + ENCODE_BATCH])
            # max_length=None: the whole text (the model's own default cuts at 512 pieces).
            out[start : start + len(part)] = self.model.encode(
                part, max_length=None, batch_size=ENCODE_BATCH, use_multiprocessing=False
            )
            if progress:
                progress(len(part))
        return out

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.model.tokenize(list(texts))]
