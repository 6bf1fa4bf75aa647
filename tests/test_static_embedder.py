"""The static backend (``ENCORE_EMBED_BACKEND=static``): distilled once, offline, from the
bundled model into the data directory; reused on every later start; whole profiles, one
vector a person; its vectors kept apart from the transformer's, so switching re-embeds.

Distilling takes about a minute on two cores, so it happens once per test session
(``static_data_dir``) and every test here shares that model."""

import socket

import numpy as np
import pytest
from sqlmodel import select

from data.db import session_scope
from data.models import CandidateVector
from data.settings import DEFAULT_MODEL, get_settings
from matching.engine import Matcher, combine
from matching.indexer import index_pool
from matching.static_embedder import DIMS, StaticEmbedder, static_name
from matching.weights import DEFAULT_WEIGHTS, STATIC_WEIGHTS
from tests.cli_runner import run_encore
from tests.factories import make_candidate

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def static_data_dir(tmp_path_factory):
    """A data directory whose ``static/`` holds a model distilled in this session, with the
    network closed while it was made: what the first start on a machine without internet
    does. Yields the directory, the first embedder, its messages and progress calls."""
    data_dir = tmp_path_factory.mktemp("data")
    attempts: list[object] = []
    original = socket.socket.connect

    def refuse(self, address):
        attempts.append(address)
        raise OSError("the network is closed in this test")

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        mp.setattr(socket.socket, "connect", refuse)
        messages: list[str] = []
        progress: list[tuple[int, int]] = []
        first = StaticEmbedder(
            DEFAULT_MODEL,
            cache_dir=data_dir / "static",
            on_distil=messages.append,
            progress=lambda done, total: progress.append((done, total)),
        )
    assert socket.socket.connect is original
    return data_dir, first, messages, progress, attempts


@pytest.fixture
def static(static_data_dir) -> StaticEmbedder:
    return static_data_dir[1]


def test_the_first_start_distils_offline_with_a_message_and_progress(static_data_dir):
    data_dir, first, messages, progress, attempts = static_data_dir
    assert first.distilled_now
    assert attempts == []  # nothing tried to reach the network
    assert len(messages) == 1 and "Distilling a static model" in messages[0]
    assert str(data_dir / "static") in messages[0]
    done, total = progress[-1]
    assert total > 20_000 and done == total  # every word piece of the vocabulary
    assert first.path.parent == data_dir / "static" and (first.path / "model.safetensors").exists()
    assert not list((data_dir / "static").glob("*.partial"))


def test_a_second_start_loads_the_distilled_model_without_distilling(static_data_dir):
    data_dir, first, *_ = static_data_dir

    def must_not_distil(message):
        raise AssertionError(f"distilled again: {message}")

    again = StaticEmbedder(DEFAULT_MODEL, cache_dir=data_dir / "static", on_distil=must_not_distil)
    assert not again.distilled_now and again.path == first.path
    texts = ["Kubernetes platform engineer", "Night-shift ICU nurse"]
    assert np.array_equal(again.encode(texts), first.encode(texts))


def test_static_vectors_are_deterministic_unit_length_and_of_the_dimension_claimed(static):
    texts = [
        "Senior Python engineer, Django and PostgreSQL",
        "Payroll specialist",
        "Kubernetes on-call rotations. " * 500,  # no window: all of it is read
    ]
    one, two = static.encode(texts), static.encode(list(texts))
    assert static.dim == DIMS == one.shape[1] and one.shape[0] == 3
    assert one.dtype == np.float32 and np.array_equal(one, two)
    assert np.allclose(np.linalg.norm(one, axis=1), 1.0, atol=1e-3)
    # A text of word pieces the model does not know is a zero vector (cosine 0), never NaN.
    assert not static.encode(["x" * 5000]).any()
    assert static.name == static_name(DEFAULT_MODEL) != DEFAULT_MODEL
    # Meaning survives the distillation: a related role is nearer than an unrelated one.
    query = static.encode(["Backend developer writing Python services"])[0]
    related, unrelated = one[:2] @ query
    assert related > unrelated


def test_a_long_resume_is_one_vector_and_its_end_is_searchable(engine, session, static):
    filler = " ".join(
        f"In role {i} I maintained internal reporting dashboards for the finance team."
        for i in range(60)  # far past a transformer's 256-token window
    )
    person = make_candidate(
        session,
        current_title="Analyst",
        skills=[],
        resume_text=filler + " Most recently I ran the hospital's neonatal intensive care unit.",
    )
    make_candidate(session, current_title="Analyst", skills=[], resume_text=filler)
    session.commit()
    index_pool(engine, static)
    with session_scope(engine) as s:
        profiles = s.exec(
            select(CandidateVector).where(
                CandidateVector.candidate_id == person.id, CandidateVector.part == "profile"
            )
        ).all()
    assert len(profiles) == 1 and len(profiles[0].vector) == 4 * DIMS
    found = Matcher(engine, static).match_text("Neonatal intensive care unit nurse", top_k=2)
    assert found.results[0].candidate_id == person.id


def test_switching_backend_re_embeds_and_switching_back_reuses_what_is_stored(
    engine, session, static, embedder
):
    people = [
        make_candidate(session, motivations=["Wants fully remote work"]),
        make_candidate(session, motivations=["Would relocate to Berlin"]),
    ]
    session.commit()
    assert index_pool(engine, static).texts_embedded == 4  # 2 whole profiles, 2 motivations
    torch_run = index_pool(engine, embedder)  # the transformer's own vectors, all of them
    assert torch_run.texts_embedded == 4 and torch_run.vectors_removed == 0
    assert index_pool(engine, static).texts_embedded == 0  # back: nothing to redo

    with session_scope(engine) as s:
        person = s.get(type(people[0]), people[0].id)
        person.resume_text = "Now a Rust developer writing embedded firmware."
    again = index_pool(engine, static)  # one profile changed: only it, and only for static
    assert (again.texts_embedded, again.vectors_removed) == (1, 1)
    with session_scope(engine) as s:
        sizes = {(row.model, len(row.vector)) for row in s.exec(select(CandidateVector)).all()}
    assert sizes == {(static.name, 4 * DIMS), (embedder.name, 4 * embedder.dim)}
    found = Matcher(engine, static).match_text("Rust firmware developer", top_k=1)
    assert found.results[0].candidate_id == people[0].id


def test_encore_index_and_match_run_on_the_static_backend(
    db_url, engine, session, static_data_dir, monkeypatch
):
    monkeypatch.setenv("ENCORE_DATA_DIR", str(static_data_dir[0]))
    monkeypatch.setenv("ENCORE_EMBED_BACKEND", "static")
    get_settings.cache_clear()
    try:
        make_candidate(session, external_id="C1", motivations=["Wants fully remote work"])
        session.commit()
        indexed = run_encore("index", db_url=db_url)
        assert indexed.exit_code == 0, indexed.output
        assert static_name(DEFAULT_MODEL) in indexed.output
        assert "Distilling" not in indexed.output  # the session's model was found and reused
        found = run_encore("match", "--text", "Python backend engineer", db_url=db_url)
        assert found.exit_code == 0 and "C1" in found.output
    finally:
        get_settings.cache_clear()


def test_a_static_search_scores_by_words_and_requirements_unless_asked_for_meaning(
    engine, session, static
):
    # Static vectors lowered the ranking on RJDB (issue 14): their semantic part starts at 0.
    said = make_candidate(
        session,
        current_title="Python backend engineer",
        skills=["Python", "PostgreSQL"],
        resume_text="Built Python services on PostgreSQL.",
    )
    meant = make_candidate(
        session,
        current_title="Server-side software developer",
        skills=["web APIs"],
        resume_text="Wrote the server side of web applications.",
    )
    session.commit()
    index_pool(engine, static)
    matcher = Matcher(engine, static)
    assert matcher.default_weights == STATIC_WEIGHTS
    role = "Backend engineer writing Python services on PostgreSQL"
    found = {r.candidate_id: r for r in matcher.match_text(role, top_k=5).results}
    assert found[said.id].score > found[meant.id].score
    # Counting for nothing, it is not worked out: no product over every profile vector.
    assert all(p.components["semantic"] == 0 for p in found.values())
    for person in found.values():
        assert person.score == pytest.approx(combine(person.components, STATIC_WEIGHTS))
    # Asked for explicitly (--weight semantic=…, the Search page's slider), meaning counts.
    asked = matcher.match_text(role, top_k=5, weights=DEFAULT_WEIGHTS).results
    assert max(p.components["semantic"] for p in asked) > 0
    for person in asked:
        assert person.score == pytest.approx(combine(person.components, DEFAULT_WEIGHTS))
    assert {p.candidate_id: p.score for p in asked} != {i: p.score for i, p in found.items()}
    # Static cosines run high for anything (RJDB's median 0.67): the floor of a strong match
    # rests on words and requirements, so a nonsense query says so.
    assert matcher.match_text("Underwater basket weaving instructor for dolphins").weak


def test_serve_knows_whether_the_first_start_must_distil(static_data_dir, tmp_path, monkeypatch):
    """``encore serve`` distils before the dashboard starts (in the terminal, with a progress
    bar) only when the data directory has no static model yet; with one it loads nothing."""
    from app.cli.model import prepare_model
    from matching.static_embedder import static_model_ready

    assert static_model_ready(DEFAULT_MODEL, cache_dir=static_data_dir[0] / "static")
    assert not static_model_ready(DEFAULT_MODEL, cache_dir=tmp_path / "static")
    assert not static_model_ready("no-such-model", cache_dir=static_data_dir[0] / "static")
    monkeypatch.setenv("ENCORE_DATA_DIR", str(static_data_dir[0]))
    monkeypatch.setenv("ENCORE_EMBED_BACKEND", "static")
    get_settings.cache_clear()
    try:
        before = sorted(p.name for p in (static_data_dir[0] / "static").iterdir())
        prepare_model()  # ready: returns at once, distils nothing
        assert sorted(p.name for p in (static_data_dir[0] / "static").iterdir()) == before
        monkeypatch.setenv("ENCORE_DATA_DIR", str(tmp_path))
        monkeypatch.setenv("ENCORE_EMBED_BACKEND", "torch")
        get_settings.cache_clear()
        prepare_model()  # the transformer has nothing to distil
        assert not (tmp_path / "static").exists()
    finally:
        get_settings.cache_clear()
