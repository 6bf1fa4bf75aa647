"""The weights a search starts from follow the vectors in use (issue 14): the static
backend's leave the semantic part out, the transformer's (MiniLM, torch or onnx) are the
ones they always were — in the matcher, `encore match --weight`, `encore eval` and the pages.
Which search then ranks as measured is judged with the real model in test_static_embedder."""

import pytest

from app.cli.match_cmds import parse_weights
from data.settings import DEFAULT_MODEL, get_settings
from evaluation.report import weightings
from matching.embedder import HASHING_MODEL, HashingEmbedder, stored_model_name
from matching.static_embedder import static_name
from matching.weights import DEFAULT_WEIGHTS, STATIC_WEIGHTS, Weights, default_weights


@pytest.fixture
def configured(monkeypatch):
    """Configure a model and a backend as ``ENCORE_MODEL`` / ``ENCORE_EMBED_BACKEND`` do."""

    def configure(backend: str, model: str = DEFAULT_MODEL) -> None:
        monkeypatch.setenv("ENCORE_MODEL", model)
        monkeypatch.setenv("ENCORE_EMBED_BACKEND", backend)
        get_settings.cache_clear()

    yield configure
    get_settings.cache_clear()


def test_static_vectors_start_without_the_semantic_part_and_minilm_keeps_its_weights():
    static = default_weights(static_name(DEFAULT_MODEL))
    assert static == STATIC_WEIGHTS and static.semantic == 0
    others = {k: v for k, v in static.as_dict().items() if k != "semantic"}
    assert others == {k: v for k, v in DEFAULT_WEIGHTS.as_dict().items() if k != "semantic"}
    # MiniLM's defaults are the ones measured before issue 14, unchanged.
    assert default_weights(DEFAULT_MODEL) is DEFAULT_WEIGHTS
    assert DEFAULT_WEIGHTS == Weights(
        semantic=0.05,
        lexical=0.25,
        coverage=0.20,
        motivation=0.22,
        past_reason=0.13,
        history=0.09,
        relationship=0.06,
    )
    # A model merely named like the static suffix elsewhere is not a static model's vectors.
    assert default_weights("my-static-model") is DEFAULT_WEIGHTS


@pytest.mark.parametrize("backend", ["torch", "onnx", "static"])
def test_the_configured_backend_names_its_vectors_without_loading_a_model(configured, backend):
    configured(backend)
    expected = static_name(DEFAULT_MODEL) if backend == "static" else DEFAULT_MODEL
    assert stored_model_name() == expected
    configured(backend, model=HASHING_MODEL)  # the UI tests' stand-in is never a static model
    assert stored_model_name() == HASHING_MODEL


def test_encore_match_weight_overrides_start_from_the_configured_backends_defaults(configured):
    configured("static")
    assert parse_weights(["motivation=0.4"]) == Weights(
        **{**STATIC_WEIGHTS.as_dict(), "motivation": 0.4}
    )
    assert parse_weights(["semantic=0.05"]).semantic == 0.05  # given back on request
    configured("torch")
    assert parse_weights(["motivation=0.4"]) == Weights(
        **{**DEFAULT_WEIGHTS.as_dict(), "motivation": 0.4}
    )


def test_encore_eval_ranks_encore_with_the_weights_of_the_vectors_it_evaluates():
    as_static = HashingEmbedder(name=static_name(DEFAULT_MODEL))
    assert weightings(as_static)["Encore"] == STATIC_WEIGHTS
    assert weightings(HashingEmbedder(name=DEFAULT_MODEL))["Encore"] is DEFAULT_WEIGHTS
    # The baselines do not move with the backend.
    assert weightings(as_static)["BM25 alone"] == weightings(HashingEmbedder())["BM25 alone"]
