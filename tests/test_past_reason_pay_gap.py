"""A pay reason told as a gap ("the salary was €15k short of what she needs") is counted on top
of the band that fell short: a new role whose band does not reach that much leaves the reason
standing, where the gap read as an ask of 15k would have called any band a fix. An amount asked
in so many words is still compared as it is."""

from datetime import timedelta

from data.timeutil import utcnow
from matching.past_reason import past_reason_fit
from matching.role import role_from_opening
from tests.factories import make_application, make_candidate, make_opening


def _fit(session, note: str):
    past = make_opening(session, salary_min=75_000, salary_max=90_000, currency="EUR")
    role = make_opening(session, salary_min=85_000, salary_max=100_000, currency="EUR")
    person = make_candidate(session)
    app = make_application(
        session,
        person,
        opening_id=past.id,
        stage_reached="offer",
        outcome="withdrew",
        reason="compensation",
        reason_note=note,
        applied_at=utcnow() - timedelta(days=200),
        decided_at=utcnow() - timedelta(days=180),
    )
    session.commit()
    return past_reason_fit(role_from_opening(role), person, [app], utcnow())


def test_a_gap_past_the_old_band_that_the_new_band_does_not_close_still_stands(session):
    score, reasons = _fit(session, "Withdrew - the salary was €15k short of what she needs.")
    assert score < 0
    assert "105k" in reasons[0].sentence  # the old band's 90k and the 15k it fell short


def test_a_gap_the_new_band_closes_is_resolved(session):
    score, _ = _fit(session, "Pulled out, the offer was €5k short of her number.")
    assert score > 0


def test_an_amount_asked_is_compared_as_it_is(session):
    score, reasons = _fit(session, "Withdrew over pay, asked €95k.")
    assert score > 0 and "95k" in reasons[0].sentence
