"""The ONNX Runtime backend gives the vectors the torch backend gives, token counts and all,
so switching ``ENCORE_EMBED_BACKEND`` never calls for re-indexing."""

import numpy as np
import pytest

from benchmarks import synthetic
from matching.texts import profile_text

pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def onnx_embedder(tmp_path_factory):
    from matching.onnx_embedder import OnnxEmbedder

    return OnnxEmbedder("all-MiniLM-L6-v2", cache_dir=tmp_path_factory.mktemp("onnx"))


def _texts() -> list[str]:
    people = synthetic.people(40, seed=9)
    profiles = [
        profile_text(
            current_title=p.current_title,
            headline=p.headline,
            skills=p.skills,
            years_experience=p.years_experience,
            resume_text=p.resume_text * 4,  # past the 256-token window: truncated alike
        )
        for p in people
    ]
    return profiles + [m for p in people for m, _ in p.motivations] + ["Remote, please."]


def test_onnx_vectors_match_the_torch_vectors(onnx_embedder, embedder):
    texts = _texts()
    ours, theirs = onnx_embedder.encode(texts), embedder.encode(texts)
    assert ours.shape == theirs.shape == (len(texts), 384)
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() > 0.9999
    assert onnx_embedder.count_tokens(texts) == embedder.count_tokens(texts)
    assert onnx_embedder.max_tokens == embedder.max_tokens == 256


def test_the_export_is_made_once_and_reused(onnx_embedder):
    from matching.onnx_embedder import OnnxEmbedder

    exported = onnx_embedder.path
    assert [p.name for p in exported.parent.iterdir()] == [exported.name]  # no partial left
    stamp = exported.stat().st_mtime_ns
    again = OnnxEmbedder("all-MiniLM-L6-v2", cache_dir=exported.parent)
    assert again.path == exported and exported.stat().st_mtime_ns == stamp
    assert np.allclose(again.encode(["Kubernetes"]), onnx_embedder.encode(["Kubernetes"]))
