"""The same model run by ONNX Runtime instead of torch: identical vectors, less time per text.

sentence-transformers' own ONNX backend goes through ``optimum``, whose releases on the
package index do not install beside sentence-transformers 6; this needs only
``onnxruntime``. The transformer is exported once from the bundled weights (torch's
exporter, offline) into ``<data dir>/onnx/``; after that each run loads the file. Pooling
and normalisation are the model's own (mean over tokens, unit length), so a vector matches
the torch one to float rounding and the index need not be rebuilt when switching.
"""

import json
import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from data.files import private_dir
from matching.model_files import resolve_model_path, weights_digest

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def onnx_path(model_dir: Path, cache_dir: Path) -> Path:
    """Where the export of this model directory lives: named by the weights' digest, so
    another model (or new weights under the same name) gets a file of its own."""
    return cache_dir / f"{model_dir.name}-{weights_digest(model_dir)}.onnx"


def export(model_dir: Path, target: Path) -> Path:
    """Write the transformer (token ids in, token vectors out) as ONNX, atomically."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)

    class TokenVectors(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    sample = tokenizer(["an example", "a longer example"], padding=True, return_tensors="pt")
    private_dir(target.parent)  # may be the first thing made in the data directory
    partial = target.with_suffix(f".{os.getpid()}.partial")
    axes = {"batch": 0, "tokens": 1}
    # The exporter's notes on tracing are about models unlike this one; a user need not see them.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            TokenVectors(model),
            tuple(sample[name] for name in INPUTS),
            str(partial),
            input_names=list(INPUTS),
            output_names=["token_vectors"],
            dynamic_axes={
                name: {i: label for label, i in axes.items()} for name in (*INPUTS, "token_vectors")
            },
            opset_version=17,
            dynamo=False,
        )
    partial.replace(target)
    return target


class OnnxEmbedder:
    """An ``Embedder`` over ONNX Runtime. ``cache_dir`` holds the exported model."""

    def __init__(self, name: str, *, cache_dir: Path, batch_size: int = 64, threads: int = 0):
        import onnxruntime
        from transformers import AutoTokenizer

        self.name = name
        self.batch_size = batch_size
        model_dir = Path(resolve_model_path(name))
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        config = model_dir / "sentence_bert_config.json"
        self.max_tokens = int(
            json.loads(config.read_text()).get("max_seq_length", 256) if config.exists() else 256
        )
        self.path = path = onnx_path(model_dir, cache_dir)
        if not path.exists():
            export(model_dir, path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or (os.cpu_count() or 1)
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Idle worker threads would otherwise spin for a while after each batch, taking the
        # CPU from whatever runs next (the dashboard, the database, a torch run beside it).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        self.dim = int(self.encode(["dimension"]).shape[1])

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, getattr(self, "dim", 0)), dtype=np.float32)
        # Longest first, in batches of similar length: the least padding, as
        # sentence-transformers does.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out: np.ndarray | None = None
        for start in range(0, len(texts), self.batch_size):
            rows = order[start : start + self.batch_size]
            batch = self.tokenizer(
                [texts[i] for i in rows],
                padding=True,
                truncation=True,
                max_length=self.max_tokens,
                return_tensors="np",
            )
            feed = {name: batch[name].astype(np.int64) for name in INPUTS}
            tokens = self.session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (tokens * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            if out is None:
                out = np.zeros((len(texts), pooled.shape[1]), dtype=np.float32)
            out[rows] = pooled
            if progress:
                progress(len(rows))
        return out

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        encoded = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]
