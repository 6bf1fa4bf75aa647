"""The demo pool: the first thing every user sees, so it must be big, varied and stable."""

from collections import Counter

from sqlmodel import select

from data.db import make_engine, session_scope, upgrade
from data.demo import build_demo_pool, load_demo
from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from tests.conftest import DEMO_AS_OF
from tests.utils import snapshot

STABLE = {"id", "created_at", "updated_at"}


def test_the_same_day_gives_the_same_pool():
    assert build_demo_pool(DEMO_AS_OF) == build_demo_pool(DEMO_AS_OF)


def test_two_loads_into_two_databases_are_identical(tmp_path):
    dumps = []
    for name in ("a", "b"):
        engine = make_engine(f"sqlite:///{tmp_path / name}.db")
        upgrade(engine)
        with session_scope(engine) as session:
            load_demo(session=session, as_of=DEMO_AS_OF)
        dumps.append(snapshot(engine, skip=STABLE))
        engine.dispose()
    assert dumps[0] == dumps[1]


def test_loading_twice_changes_nothing(engine):
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
    before = snapshot(engine, skip={"updated_at"})
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
    assert snapshot(engine, skip={"updated_at"}) == before


def test_the_pool_is_large_and_varied():
    pool = build_demo_pool(DEMO_AS_OF)
    assert len(pool.candidates) >= 400
    assert len({c["email"] for c in pool.candidates}) == len(pool.candidates)
    assert len(pool.applications) >= 600
    open_roles = [o for o in pool.openings if o["status"] == "open"]
    assert len(open_roles) >= 12
    assert all(o["offers"] for o in open_roles)
    assert {"remote", "onsite"} <= {o["remote_policy"] for o in open_roles}
    departments = {o["department"] for o in pool.openings}
    assert len(departments) >= 8
    per_person = Counter(len(c["motivations"]) for c in pool.candidates)
    assert set(per_person) <= {1, 2, 3, 4}
    categories = Counter(m["category"] for c in pool.candidates for m in c["motivations"])
    assert len(categories) >= 8
    statements = [m["statement"] for c in pool.candidates for m in c["motivations"]]
    assert len(set(statements)) >= len(statements) * 0.3  # varied wording, not one template
    reasons = Counter(a["reason"] for a in pool.applications)
    for reason in (
        "skills_gap",
        "experience_level",
        "compensation",
        "remote_policy",
        "timing",
        "other_candidate",
        "headcount",
    ):
        assert reasons[reason] > 0, reason
    assert sum(c["do_not_contact"] for c in pool.candidates) > 0
    assert (
        sum(bool(c["consent_until"]) and c["consent_until"] < DEMO_AS_OF for c in pool.candidates)
        > 0
    )
    feedback = Counter(a["feedback_given"] for a in pool.applications)
    assert feedback[True] and feedback[False]


def test_the_loaded_pool_has_histories_over_two_years(engine):
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
        touches = session.exec(select(Touchpoint)).all()
        span = max(t.at for t in touches) - min(t.at for t in touches)
        assert span.days >= 540
        assert session.exec(select(Candidate)).first() is not None
        assert len(session.exec(select(Motivation)).all()) >= 400
        assert len(session.exec(select(Application)).all()) >= 600
        assert len(session.exec(select(Opening).where(Opening.status == "open")).all()) >= 12
