"""A recruiter's correction of what Encore read changes the very next search, with the real
model and the real matcher, and without re-indexing anyone (conditions are not embedded)."""

import pytest
from sqlalchemy import func
from sqlmodel import select

from data.conditions import active_conditions
from data.db import session_scope
from data.models import CandidateVector
from matching.indexer import index_pool
from tests.app_fixtures import open_page, result_cards
from tests.factories import make_candidate, make_remote_backend_opening, make_touchpoint

BACKEND = dict(
    current_title="Senior Backend Engineer",
    location="Lisbon, Portugal",
    skills=["Python", "Django", "PostgreSQL", "AWS"],
    years_experience=7,
    resume_text=(
        "Seven years building Python and Django services on PostgreSQL and AWS. "
        "Led the migration of a payments API to event-driven services."
    ),
)


def _condition_id(engine, cid: int, facet: str) -> int:
    with session_scope(engine) as session:
        return next(
            c.id
            for c in active_conditions(session=session, candidate_ids=[cid])[cid]
            if c.facet == facet
        )


def _vectors(engine) -> tuple:
    with session_scope(engine) as session:
        return session.exec(
            select(func.count(CandidateVector.id), func.max(CandidateVector.id))
        ).one()


def _names(search) -> list[str]:
    search.button(key="search_go").click().run(timeout=180)
    assert not search.exception
    return list(result_cards(search))


@pytest.mark.model
def test_correcting_a_reading_reorders_the_next_search_and_a_dismissed_opt_out_comes_back(
    app_env,  # noqa: F811
    engine,
    embedder,
):
    with session_scope(engine) as session:
        make_remote_backend_opening(
            session,
            remote_policy="hybrid",
            location="Lisbon, Portugal",
            offers=["Hybrid: two days a week in the Lisbon office", "Band €90k–€110k"],
        )
        # On a call Rui said two office days are fine: "remote only" was last year's wish.
        rui = make_candidate(
            session, full_name="Rui Remote", motivations=["Remote only, no exceptions"], **BACKEND
        ).id
        make_candidate(
            session,
            full_name="Nuno Neutral",
            motivations=["Wants to work on a product people use"],
            **BACKEND,
        )
        otto = make_candidate(session, full_name="Otto Newsletter", **BACKEND)
        make_touchpoint(
            session,
            otto,
            direction="inbound",
            note="stop emailing me — (she meant the newsletter; roles are fine)",
        )
        otto = otto.id
    index_pool(engine, embedder)
    indexed = _vectors(engine)

    search = open_page("search")
    assert _names(search) == ["Nuno Neutral", "Rui Remote"]  # Rui's "remote only" stands
    assert any("1 opted out" in c.value for c in search.caption)

    remote = _condition_id(engine, rui, "work_mode")
    page = open_page("candidate", id=str(rui))
    page.selectbox(key=f"cond_{remote}_polarity").set_value("wish")
    page.selectbox(key=f"cond_{remote}_mode").set_value("hybrid")
    page.button(key=f"cond_{remote}_correct").click().run()
    assert not page.exception
    page = open_page("candidate", id=str(otto))
    page.button(key=f"cond_optout_no_{_condition_id(engine, otto, 'contact')}").click().run()
    assert not page.exception

    names = _names(search)
    assert names.index("Rui Remote") < names.index("Nuno Neutral")
    assert "Otto Newsletter" in names
    assert not any("opted out" in c.value for c in search.caption)
    assert _vectors(engine) == indexed  # nobody was re-embedded
