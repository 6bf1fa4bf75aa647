"""The weekly list and the fit take the latest word on timing: a wait taken back later ("ready
now, bored on leave") no longer holds a person back, one hardened later ("whenever", then "hold
off until after the baby in January") does; a holiday's own day holds through its month."""

from datetime import date, datetime, timedelta

from data.db import session_scope
from data.timeutil import start_of_day
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.judgements import ConditionFact, waiting_until
from outreach.reconnect import weekly_list
from reading import read
from tests.factories import (
    make_application,
    make_candidate,
    make_remote_backend_opening,
    make_touchpoint,
)

WEDNESDAY = date(2026, 11, 25)
MONDAY = datetime(2026, 11, 23, tzinfo=start_of_day(WEDNESDAY).tzinfo)


def days_ago(n: int) -> datetime:
    return MONDAY - timedelta(days=n)


def finalist_who_told_us(session, *notes: tuple[str, datetime]):
    """A finalist who lost only to another candidate and wrote to us, note by note."""
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
    for note, at in notes:
        make_touchpoint(session, person, at=at, direction="inbound", note=note)
    return person


def listed(engine, embedder) -> list[int]:
    index_pool(engine, embedder)
    with session_scope(engine) as session:
        weekly = weekly_list(Matcher(engine, embedder), session=session, today=WEDNESDAY)
    return [e.candidate_id for e in weekly.entries]


def test_a_wait_taken_back_later_is_listed_and_one_hardened_later_is_not(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    taken_back = finalist_who_told_us(
        session,
        ("not looking till after the baby's born in January", days_ago(200)),
        ("update - baby arrived early, actually keen to talk now, bored at home", days_ago(100)),
    )
    hardened = finalist_who_told_us(
        session,
        ("happy to chat any time", days_ago(250)),
        ("actually pls hold off until after the baby arrives in January", days_ago(100)),
    )
    still_waiting = finalist_who_told_us(
        session,
        ("Not until after the baby arrives in January", days_ago(200)),
        ("Thanks for the note, all well here", days_ago(100)),
    )
    session.commit()
    names = listed(engine, fake_embedder)
    assert taken_back.id in names
    assert hardened.id not in names
    assert still_waiting.id not in names  # a later note with nothing on timing changes nothing


def _facts(*notes: tuple[str, date]) -> list[ConditionFact]:
    return [
        ConditionFact(i, c.facet, c.polarity, c.value, None, said, "touchpoint", i)
        for i, (note, said) in enumerate(notes)
        for c in read(note, said_at=said)
    ]


def test_the_latest_word_on_timing_wins_whichever_way_it_moves():
    today = date(2026, 11, 25)
    shorter = _facts(
        ("no moves until after June next year", date(2026, 6, 1)),
        ("changed my mind, ready to talk now actually", date(2026, 11, 10)),
    )
    assert waiting_until(shorter, today) is None
    longer = _facts(
        ("ping me in a couple of weeks", date(2026, 11, 1)),
        ("hold off until after Easter please", date(2026, 11, 20)),
    )
    assert waiting_until(longer, today) == date(2027, 3, 30)


def test_after_easter_said_in_january_holds_through_mid_march():
    facts = _facts(("Talk after Easter - school hols and a trip away", date(2027, 1, 4)))
    assert waiting_until(facts, date(2027, 3, 15)) == date(2027, 3, 30)
    assert waiting_until(facts, date(2027, 4, 5)) is None


def test_a_re_dated_wait_drops_the_holidays_day():
    (fact,) = _facts(("after Easter pls", date(2027, 1, 4)))
    moved = ConditionFact(
        fact.id,
        "wait",
        "must",
        {**fact.value, "until": "2027-06-01"},
        None,
        fact.said_at,
        "touchpoint",
        1,
    )
    assert waiting_until([moved], date(2027, 4, 1)) == date(2027, 6, 1)


def test_a_wait_called_off_in_a_later_note_frees_them():
    """A later note that calls the wait off in so many words, or says they are free now after a
    change ("finished early", "fell through"), ends the earlier wait from its own day."""
    today = date(2026, 11, 25)
    for later in (
        "No need to wait for spring any more - let's talk.",
        "The sabbatical was cancelled, so the wait is over.",
        "Scrap the hold please, the reorg fell through.",
        "Exams wrapped up early! Happy to hear about jobs now.",
    ):
        facts = _facts(
            ("Not before April 2027, I'm studying for exams.", date(2026, 6, 1)),
            (later, date(2026, 9, 7)),
        )
        assert waiting_until(facts, today) is None, later


def test_a_later_note_that_calls_off_nothing_leaves_the_wait_standing():
    today = date(2026, 11, 25)
    for later in (
        "Happy to hear about roles now and then, no rush.",
        "No need to wait for me to reply - send the spec over.",
        "I'm open to a chat again now",
    ):
        facts = _facts(
            ("Not before April 2027, I'm studying for exams.", date(2026, 6, 1)),
            (later, date(2026, 9, 7)),
        )
        assert waiting_until(facts, today) == date(2027, 4, 1), later


def test_their_own_recent_word_that_they_are_free_now_makes_them_due_inside_the_cadence(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    laid_off = finalist_who_told_us(
        session,
        ("not before the spring, waiting on my bonus", days_ago(120)),
        ("update: got made redundant friday, can interview any time", days_ago(9)),
    )
    wrote_and_we_answered = finalist_who_told_us(
        session,
        ("not before the spring, waiting on my bonus", days_ago(120)),
        ("actually free now, the project wrapped early - happy to talk now", days_ago(20)),
    )
    make_touchpoint(session, wrote_and_we_answered, at=days_ago(12), direction="outbound")
    # Our own note that they are free is no message of theirs.
    told_by_us = finalist_who_told_us(session, ("not before the spring", days_ago(120)))
    make_touchpoint(
        session,
        told_by_us,
        at=days_ago(9),
        direction="outbound",
        note="update: heard she was laid off, actually available now",
    )
    # A recent reply with nothing about timing keeps the usual restraint.
    just_chatting = finalist_who_told_us(session, ("thanks, all well here", days_ago(9)))
    session.commit()
    names = listed(engine, fake_embedder)
    assert laid_off.id in names
    assert wrote_and_we_answered.id not in names
    assert told_by_us.id not in names
    assert just_chatting.id not in names
