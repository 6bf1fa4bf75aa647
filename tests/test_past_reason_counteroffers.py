"""A counteroffer taken again is a caution no band resolves: someone who has used offers to win
a raise where they are, more than once ("second time he's used one of our offers", "took the
counter again", "uses offers as leverage", "zum zweiten Mal ein Gegenangebot", two processes
ended by a counteroffer), ranks below an equal who lost a final, with the reason shown. A single
counteroffer, or a note whose "twice" or "again" is about something else, is no such caution."""

from datetime import timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.past_reason import past_reason_fit
from matching.role import role_from_opening
from tests.factories import make_application, make_candidate, make_opening

AGAIN = [
    "Took the counter-offer from her bank (+18%). Third time she has used one of our offers "
    "to get a raise.",
    "declined at offer - took the counter AGAIN",
    "Withdrew: his boss matched it, second time he's done that to us",
    "Uses agency offers as leverage with his current employer; stayed put.",
    "Hat zum zweiten Mal ein Gegenangebot angenommen.",
    "Aceptó otra vez la contraoferta de su empresa.",
]
ONCE = [
    "Took the counter-offer",
    "Took her employer's counteroffer; said she half regretted it.",
    "Interviewed twice with us, then took the counter in the end.",
    "Second time we've spoken to him - this time he took the counteroffer.",
    "Counter-offered to £68k - needs £70k+ to move now.",
]


def _fit(session, note: str, *, earlier_counter: bool = False):
    opening = make_opening(session, salary_min=60_000, salary_max=95_000, currency="GBP")
    person = make_candidate(session)
    apps = []
    if earlier_counter:
        apps.append(
            make_application(
                session,
                person,
                stage_reached="offer",
                outcome="declined_offer",
                reason="counteroffer",
                reason_note="Took the counter.",
                applied_at=utcnow() - timedelta(days=900),
                decided_at=utcnow() - timedelta(days=880),
            )
        )
    apps.append(
        make_application(
            session,
            person,
            stage_reached="offer",
            outcome="declined_offer",
            reason="counteroffer",
            reason_note=note,
        )
    )
    session.commit()
    return past_reason_fit(role_from_opening(opening), person, apps, utcnow())


@pytest.mark.parametrize("note", AGAIN)
def test_a_counteroffer_taken_again_stands_against_any_role(session, note):
    score, reasons = _fit(session, note)
    assert score < 0
    [reason] = reasons
    assert reason.kind == "past_reason_standing"
    assert "not for the first time" in reason.sentence


@pytest.mark.parametrize("note", ONCE)
def test_one_counteroffer_is_no_caution(session, note):
    _score, reasons = _fit(session, note)
    assert not any("not for the first time" in r.sentence for r in reasons)


def test_two_processes_ended_by_counteroffers_are_a_caution_whatever_the_note_says(session):
    score, reasons = _fit(session, "Took the counter-offer", earlier_counter=True)
    assert score < 0 and "not for the first time" in reasons[0].sentence


def test_a_serial_counteroffer_taker_ranks_below_an_equal_who_lost_a_final(
    engine, fake_embedder, session
):
    opening = make_opening(session, salary_min=60_000, salary_max=95_000, currency="GBP")
    serial = make_candidate(session)
    finalist = make_candidate(session)
    make_application(
        session,
        serial,
        stage_reached="offer",
        outcome="declined_offer",
        reason="counteroffer",
        reason_note="Took his bank's counter (+20%), the second time he's used one of our offers.",
    )
    make_application(session, finalist, stage_reached="final", reason="other_candidate")
    session.commit()
    index_pool(engine, fake_embedder)
    results = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50).results
    order = [r.external_id for r in results]
    assert order.index(finalist.external_id) < order.index(serial.external_id)
    shown = next(r for r in results if r.external_id == serial.external_id)
    assert any("not for the first time" in e.sentence for e in shown.reasons)
