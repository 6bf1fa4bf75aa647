"""Each rule of ``data.eligibility`` is written twice (Python and SQL): they must agree.

The pool below has one person for every way of being left out (and combinations of them), and
applications at every stage, outcome and feedback state, so a clause that drifts from its
predicate shows up as a person on one side only.
"""

import itertools
from datetime import date, timedelta

import pytest
from sqlmodel import select

from data.eligibility import (
    EXCLUSION_RULES,
    excluded_clause,
    exclusion_rule,
    feedback_owed_clause,
    is_feedback_owed,
    is_silver_medalist,
    silver_medalist_clause,
)
from data.models import Application, Candidate
from data.vocab import STAGE_ORDER
from matching.pool_index import load_pool_index
from tests.factories import make_application, make_candidate, make_touchpoint

pytestmark = pytest.mark.both_backends
TODAY = date(2026, 11, 25)


def _pool(session):
    people = []
    for dnc, expired, opted, spam in itertools.product([False, True], repeat=4):
        person = make_candidate(
            session,
            do_not_contact=dnc,
            do_not_contact_reason="asked" if dnc else None,
            consent_until=TODAY - timedelta(days=1) if expired else TODAY + timedelta(days=30),
        )
        if opted:
            make_touchpoint(
                session, person, direction="inbound", note="Please remove me from your list."
            )
        else:
            make_touchpoint(
                session, person, direction="inbound", note="Not looking right now, thanks"
            )
        if spam:
            make_application(session, person, reason="spam", stage_reached="applied")
        people.append(person)
    # Applications at every stage, outcome and feedback state.
    someone = make_candidate(session)
    for stage, outcome, feedback, reason in itertools.product(
        STAGE_ORDER,
        ["rejected", "withdrew", "hired"],
        [True, False, None],
        ["other_candidate", "skills_gap"],
    ):
        make_application(
            session,
            someone,
            stage_reached=stage,
            outcome=outcome,
            feedback_given=feedback,
            reason=reason,
            role_title=f"{stage} {outcome} {feedback} {reason}",
        )
    session.commit()
    return people


def test_who_is_left_out_is_the_same_in_python_and_in_sql(engine, session):
    _pool(session)
    candidates = session.exec(select(Candidate)).all()
    in_python = set()
    for c in candidates:
        reasons = [a.reason for a in c.applications]
        opted = any(
            t.note and "remove me" in t.note for t in c.touchpoints
        )  # what the pool was built with
        rule = exclusion_rule(
            do_not_contact=c.do_not_contact,
            consent_until=c.consent_until,
            opted_out=opted,
            reasons=reasons,
            today=TODAY,
        )
        if rule:
            in_python.add(c.id)
    in_sql = set(session.exec(select(Candidate.id).where(excluded_clause(TODAY))).all())
    assert in_sql == in_python
    assert len(in_python) == 15  # everyone but the one person no rule touches


def test_the_ranking_leaves_out_the_same_people_counted_by_first_rule(engine, session):
    people = _pool(session)
    index = load_pool_index(engine, "none", with_bm25=False, dim=4)
    masks = index.exclusions(TODAY)
    assert list(masks) == list(EXCLUSION_RULES)
    left_out = {int(i) for rule in masks.values() for i in index.candidate_ids[rule]}
    in_sql = set(session.exec(select(Candidate.id).where(excluded_clause(TODAY))).all())
    assert left_out == in_sql
    # First rule wins: each person is counted once.
    assert sum(int(m.sum()) for m in masks.values()) == len(left_out)
    assert len(people) == 16


def test_feedback_owed_and_silver_medalists_agree_in_python_and_sql(engine, session):
    _pool(session)
    apps = session.exec(select(Application)).all()
    owed_sql = set(session.exec(select(Application.id).where(feedback_owed_clause())).all())
    silver_sql = set(session.exec(select(Application.id).where(silver_medalist_clause())).all())
    assert owed_sql == {a.id for a in apps if is_feedback_owed(a)}
    assert silver_sql == {a.id for a in apps if is_silver_medalist(a)}
    # Only people turned down after an interview with no feedback given are owed it.
    assert owed_sql and all(
        a.outcome == "rejected" and a.feedback_given is False for a in apps if a.id in owed_sql
    )
