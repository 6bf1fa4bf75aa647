"""The weekly list leaves someone who has just begun a job to settle, in cases of our own.

Class: a finalist we later hired or placed a few weeks ago (an application that ended "hired"),
or one whose latest note says they have just started somewhere, is not listed. Twins: the same
finalist hired years ago, and one whose new job came with an open door ("new job, but open to
something closer to home"), are listed as before.
"""

from data.db import session_scope
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.reconnect import weekly_list
from tests.factories import (
    make_application,
    make_remote_backend_opening,
    make_touchpoint,
)
from tests.test_reconnect_waits import WEDNESDAY, days_ago, finalist_who_told_us


def _listed(engine, embedder) -> list[int]:
    index_pool(engine, embedder)
    with session_scope(engine) as session:
        weekly = weekly_list(Matcher(engine, embedder), session=session, today=WEDNESDAY)
    return [e.candidate_id for e in weekly.entries]


def _hired(session, person, ago: int) -> None:
    make_application(
        session,
        person,
        stage_reached="offer",
        outcome="hired",
        reason=None,
        applied_at=days_ago(ago + 30),
        decided_at=days_ago(ago),
    )


def test_a_job_just_begun_is_not_listed_and_one_long_ago_is(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    just_hired = finalist_who_told_us(session)
    _hired(session, just_hired, 100)
    hired_long_ago = finalist_who_told_us(session)
    _hired(session, hired_long_ago, 1000)
    started = finalist_who_told_us(session)
    make_touchpoint(
        session, started, at=days_ago(100), direction="outbound",
        note="Has just begun a new post with a council team; hands off.",
    )  # fmt: skip
    open_door = finalist_who_told_us(
        session, ("Began a new job last week, but open to something closer to home.", days_ago(120))
    )
    session.commit()
    names = _listed(engine, fake_embedder)
    assert just_hired.id not in names
    assert started.id not in names
    assert hired_long_ago.id in names
    assert open_door.id in names
