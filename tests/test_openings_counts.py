"""The Openings page counts people as the search, drafts and the weekly list judge them (the
one fit, ``matching.fit``): an opt-out in a note, a remote-only must against an on-site role
or a wait still running is never counted as a match worth a message, and a recruiter's
correction of what was read changes the count on the next load. Real model, real SQLite."""

import pytest

from data.conditions import active_conditions
from data.db import session_scope
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.rediscovery import rediscover
from tests.app_fixtures import open_page, table_with
from tests.factories import make_candidate, make_opening, make_touchpoint

ROLE = "Senior Backend Engineer (Munich office)"
WORTH = "Worth contacting (top 20)"
MUNICH_BACKEND = dict(
    current_title="Senior Backend Engineer",
    location="Munich, Germany",
    skills=["Python", "Django", "PostgreSQL", "AWS"],
    years_experience=7,
    resume_text=(
        "Seven years building Python and Django services on PostgreSQL and AWS. "
        "Led the migration of a payments API to event-driven services."
    ),
)


def _counts(page) -> dict:
    assert not page.exception
    summary = table_with(page, "Past applicants")
    return summary[summary["Role"] == ROLE].iloc[0].to_dict()


@pytest.mark.model
def test_opt_outs_remote_only_musts_and_waits_are_not_counted_until_a_correction(
    app_env,  # noqa: F811
    engine,
    embedder,
):
    with session_scope(engine) as session:
        role = make_opening(
            session,
            title=ROLE,
            remote_policy="onsite",
            location="Munich, Germany",
            requirements="5+ years of Python\nDjango\nPostgreSQL\nAWS",
            offers=["Office in central Munich, five days a week"],
        ).id
        make_candidate(session, full_name="Nina Neutral", **MUNICH_BACKEND)
        rui = make_candidate(
            session,
            full_name="Rui Remote",
            motivations=["Remote only, no exceptions"],
            **MUNICH_BACKEND,
        ).id
        otto = make_candidate(session, full_name="Otto Optout", **MUNICH_BACKEND)
        make_touchpoint(
            session, otto, direction="inbound", note="Please stop emailing me, happy where I am."
        )
        wanda = make_candidate(session, full_name="Wanda Wait", **MUNICH_BACKEND)
        make_touchpoint(
            session,
            wanda,
            direction="inbound",
            note="Interested, but give it a quarter - I'm in the middle of a migration.",
        )
    index_pool(engine, embedder)

    before = _counts(open_page("openings"))
    assert before[WORTH] == 1  # Nina only
    assert before["On hold"] == 2  # Rui's remote-only must, Wanda's wait
    assert before["Excluded"] == 1  # Otto's opt-out
    # Whatever the bar, the people on hold are never counted as matches (the page used to
    # count every ranked score above it).
    anyone = rediscover(Matcher(engine, embedder), role, strong=0)
    assert anyone.strong == 1 and len(anyone.result.results) == 3

    with session_scope(engine) as session:
        read = active_conditions(session=session, candidate_ids=[rui])[rui]
        remote = next(c.id for c in read if c.facet == "work_mode")
    page = open_page("candidate", id=str(rui))
    page.selectbox(key=f"cond_{remote}_polarity").set_value("wish")
    page.selectbox(key=f"cond_{remote}_mode").set_value("hybrid")
    page.button(key=f"cond_{remote}_correct").click().run()
    assert not page.exception

    after = _counts(open_page("openings"))
    assert after[WORTH] == 2  # a hybrid wish is a preference, not a standing conflict
    assert after["On hold"] == 1
    assert after["Excluded"] == 1
