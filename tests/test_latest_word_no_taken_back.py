"""An earlier no taken back in so many words ("forget the no from March", "I was wrong to say
never"): the reader reads it as the stop taken back, the opt-out said before no longer holds,
and a "not interested" logged before it no longer keeps the person off the weekly list or
down the ranking. A no said again ("haven't changed my mind", "same answer as last year") and
a change of mind about something else are not. Sentences are our own."""

from datetime import date, datetime, timedelta

import pytest

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
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 3, 14))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "Changed her mind since last summer - keen to chat about the Leeds role.",
        "please disregard what I told you back in January",
        "He says to forget his flat no from the spring.",
        "take back my no from a few months ago, things are different now",
        "scratch that earlier refusal, I'm around",
        "she was wrong when she said never - she'd like to hear about roles",
        "Ignoring what I said last time about never working with you again!",
        "my earlier no no longer stands",
        "changed my mind on my previous answer",
    ],
)
def test_an_earlier_no_taken_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have not changed my mind since last year.",
        "Same answer as last year I'm afraid.",
        "ignore what I said before, still not interested",
        "Forget what I said earlier about Python, I do want Go.",
        "forget my earlier no - and please remove me from the list",
        "never changed his mind about the no",
    ],
)
def test_a_no_kept_or_another_change_of_mind_is_no_opt_in(text):
    assert OPT_IN not in found(text)


WEDNESDAY = date(2026, 11, 25)
MONDAY = datetime(2026, 11, 23, tzinfo=start_of_day(WEDNESDAY).tzinfo)


def _days_ago(n: int) -> datetime:
    return MONDAY - timedelta(days=n)


def _finalist(session, *touches):
    """A finalist who lost only to another candidate, then these touchpoints."""
    person = make_candidate(session)
    make_application(
        session,
        person,
        stage_reached="final",
        outcome="rejected",
        reason="other_candidate",
        applied_at=_days_ago(500),
        decided_at=_days_ago(470),
    )
    for days, kw in touches:
        make_touchpoint(session, person, at=_days_ago(days), **kw)
    return person


def test_a_not_interested_taken_back_later_is_listed_and_one_kept_is_not(
    engine, session, fake_embedder
):
    opening = make_remote_backend_opening(session)
    said_no = dict(direction="inbound", outcome="not_interested", note="Not for me, thanks.")
    taken_back = _finalist(
        session,
        (160, said_no),
        (100, dict(direction="inbound", note="Forget the no from the summer, happy to talk now")),
    )
    kept = _finalist(
        session,
        (160, said_no),
        (100, dict(direction="inbound", note="Still the same answer as in the summer, sorry.")),
    )
    session.commit()
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    with session_scope(engine) as s:
        weekly = weekly_list(matcher, session=s, today=WEDNESDAY)
    ids = [e.candidate_id for e in weekly.entries]
    assert taken_back.id in ids and kept.id not in ids
    # ... and the ranking: the no taken back weighs nothing, the one kept still does
    ranked = matcher.match_opening(opening.id, top_k=50, now=MONDAY).results
    by_id = {r.candidate_id: r for r in ranked}
    assert (
        by_id[taken_back.id].components["relationship"] > by_id[kept.id].components["relationship"]
    )
    assert not any("not interested" in r.sentence for r in by_id[taken_back.id].reasons)


def test_an_opt_out_taken_back_in_other_words_lifts_it(engine, session):
    from data.conditions import opted_out as store_opted_out
    from data.conditions import read_people

    lifted = make_candidate(session)
    make_touchpoint(session, lifted, at=_days_ago(300), note="Never contact me again.")
    make_touchpoint(session, lifted, at=_days_ago(30), note="I was wrong to say never. Sorry!")
    kept = make_candidate(session)
    make_touchpoint(session, kept, at=_days_ago(300), note="Never contact me again.")
    make_touchpoint(session, kept, at=_days_ago(30), note="I haven't changed my mind.")
    session.commit()
    read_people(session=session)
    session.commit()
    assert store_opted_out(session=session, candidate_ids=[lifted.id, kept.id]) == {kept.id}
