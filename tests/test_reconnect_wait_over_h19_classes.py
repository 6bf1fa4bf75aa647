"""The weekly list's class a first run of held-out 19 missed, in other words: a wait a person
asked for in a message of their own ("can you hold off until after the Christmas holidays?")
that has run out by the week makes them due even inside the usual cadence - they asked us to
come back then. The twins stay off: the wait still running, a wait we answered since (we wrote
after it), and the same wait typed by a recruiter as a note of ours."""

from datetime import date, datetime, timedelta

from data.db import session_scope
from data.timeutil import start_of_day
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.reconnect import weekly_list
from tests.factories import (
    make_application,
    make_candidate,
    make_remote_backend_opening,
    make_touchpoint,
)

WEDNESDAY = date(2027, 2, 17)
MONDAY = datetime(2027, 2, 15, tzinfo=start_of_day(WEDNESDAY).tzinfo)


def days_ago(n: int) -> datetime:
    return MONDAY - timedelta(days=n)


def finalist(session):
    person = make_candidate(session)
    make_application(
        session,
        person,
        stage_reached="final",
        outcome="rejected",
        reason="other_candidate",
        applied_at=days_ago(500),
        decided_at=days_ago(470),
    )
    return person


def listed(engine, embedder) -> list[int]:
    index_pool(engine, embedder)
    with session_scope(engine) as session:
        weekly = weekly_list(Matcher(engine, embedder), session=session, today=WEDNESDAY)
    return [e.candidate_id for e in weekly.entries]


def test_their_own_wait_run_out_makes_them_due_inside_the_cadence(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    # said in early December (74 days back, inside a silver medalist's 90): over by February
    over = finalist(session)
    make_touchpoint(
        session,
        over,
        at=days_ago(74),
        direction="inbound",
        note="Can you hold off until after the Christmas holidays? Reports are due.",
    )
    running = finalist(session)
    make_touchpoint(
        session,
        running,
        at=days_ago(74),
        direction="inbound",
        note="Can you hold off until April? Reports are due.",
    )
    answered = finalist(session)
    make_touchpoint(
        session,
        answered,
        at=days_ago(74),
        direction="inbound",
        note="Can you hold off until after the Christmas holidays? Reports are due.",
    )
    make_touchpoint(session, answered, at=days_ago(40), direction="outbound")
    ours = finalist(session)
    make_touchpoint(
        session,
        ours,
        at=days_ago(74),
        direction="outbound",
        note="Rang her - hold off until after the Christmas holidays.",
    )
    session.commit()
    names = listed(engine, fake_embedder)
    assert over.id in names
    assert running.id not in names
    assert answered.id not in names
    assert ours.id not in names
