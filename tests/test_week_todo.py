"""A recruiter's week as Home counts it, feedback sent or judged not needed, and the settings
a recruiter keeps for themselves — on a real SQLite file, built with the factories."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from data.eligibility import is_feedback_owed
from data.models import Application, AuditEvent, Draft, Touchpoint
from data.recruiter_settings import PreferencesRefused, preferences_for, save_preferences
from data.timeutil import start_of_day, utcnow
from outreach.actions import save_draft
from outreach.contactable import NotContactable
from outreach.drafts import DraftText
from outreach.feedback import (
    FeedbackNotOwed,
    build_feedback_draft,
    feedback_not_needed,
    feedback_owed_list,
    send_feedback,
)
from outreach.reconnect import weekly_list
from outreach.week import rules_for, week_todo
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint

TODAY = date(2026, 11, 26)  # a Thursday: the week runs from Monday 23 November


def _owed(session, *, days: int, **person):
    candidate = make_candidate(session, **person)
    app = make_application(
        session,
        candidate,
        stage_reached="final",
        outcome="rejected",
        reason="other_candidate",
        feedback_given=False,
        decided_at=start_of_day(TODAY) - timedelta(days=days),
    )
    return candidate, app


def _silver_due(session, **person):
    """A silver medalist last heard from 200 days ago: on this week's list."""
    candidate, _ = _owed(session, days=400, **person)
    make_touchpoint(session, candidate, at=start_of_day(TODAY) - timedelta(days=200))
    return candidate


def _todo(session, recruiter="kim@example.com"):
    prefs = preferences_for(session=session, recruiter=recruiter)
    return week_todo(session=session, today=TODAY, prefs=prefs)


def test_each_count_is_the_length_of_the_list_behind_its_link(session):
    for _ in range(3):
        _silver_due(session)
    _owed(session, days=30)
    _owed(session, days=900)
    lapsed = _silver_due(session, consent_until=TODAY - timedelta(days=10))
    person = make_candidate(session)
    save_draft(
        session=session, text=DraftText(person.id, None, "warm", person.email, "Hello", "Hi\n")
    )
    sent = save_draft(
        session=session, text=DraftText(person.id, None, "warm", person.email, "Old", "Hi\n")
    )
    sent.status = "sent"
    make_opening(session, opened_at=start_of_day(TODAY) - timedelta(days=3))
    make_opening(session, opened_at=start_of_day(TODAY) - timedelta(days=60))
    make_opening(session, opened_at=start_of_day(TODAY) - timedelta(days=2), status="closed")
    quiet = make_candidate(session)
    make_touchpoint(session, quiet, direction="inbound", note="Please stop emailing me.")
    session.commit()

    todo = _todo(session)
    weekly = weekly_list(None, session=session, today=TODAY)
    assert todo.reconnect_due == len(weekly.entries) == 4  # the three, and the 900-day wait
    assert todo.reconsent == 1 and weekly.reconsent[0].candidate_id == lapsed.id
    assert todo.drafts_waiting == 1
    owed = feedback_owed_list(session=session, today=TODAY)
    assert todo.feedback_owed == len(owed) == 6  # the three due, the lapsed one, two more
    assert todo.oldest_feedback_days == 900
    assert [r.title for r in todo.new_roles] == ["Senior Backend Engineer"]
    assert todo.opt_outs_to_confirm == 1
    assert todo.demo_people == 0 and not todo.demo_only


def test_a_pool_of_demo_records_is_named_as_the_demo_pool(session):
    make_candidate(session, external_id="DEMO-C9001")
    make_candidate(session, external_id="DEMO-C9002")
    session.commit()
    assert _todo(session).demo_only
    make_candidate(session, external_id="ATS-1")
    session.commit()
    todo = _todo(session)
    assert (todo.demo_people, todo.people, todo.demo_only) == (2, 3, False)


def test_a_recruiters_weekly_cap_and_cadence_shape_their_list(session):
    for _ in range(4):
        _silver_due(session)
    session.commit()
    assert _todo(session).reconnect_due == 4
    save_preferences(session=session, recruiter="kim@example.com", weekly_cap=2)
    assert _todo(session).reconnect_due == 2
    assert _todo(session, recruiter="sam@example.com").reconnect_due == 4  # their own default
    # Contacted 200 days ago: not due again for a recruiter whose cadence is 250 days.
    save_preferences(
        session=session, recruiter="kim@example.com", silver_cadence_days=250, weekly_cap=15
    )
    assert _todo(session).reconnect_due == 0


def test_settings_are_checked_whole_and_name_the_field_that_is_wrong(session):
    save_preferences(session=session, recruiter="kim@example.com", display_name="Kim  Lee")
    with pytest.raises(PreferencesRefused, match="Weekly cap: 0 is outside 1–200"):
        save_preferences(
            session=session, recruiter="kim@example.com", display_name="Other", weekly_cap=0
        )
    with pytest.raises(PreferencesRefused, match="Working day ends"):
        save_preferences(
            session=session,
            recruiter="kim@example.com",
            workday_start_hour=18,
            workday_end_hour=9,
        )
    with pytest.raises(PreferencesRefused, match="Weekly cap: 'ten' is not a whole number"):
        save_preferences(session=session, recruiter="kim@example.com", weekly_cap="ten")
    prefs = preferences_for(session=session, recruiter="kim@example.com")
    assert (prefs.display_name, prefs.weekly_cap, prefs.workday_end_hour) == ("Kim Lee", 15, 17)
    assert prefs.signs_as == "Kim Lee"  # no signature: the name signs
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "settings.updated")).all()
    assert [(e.actor, e.detail["fields"]) for e in events] == [
        ("kim@example.com", ["display_name"])
    ]
    assert rules_for(prefs).weekly_cap == 15


def test_a_feedback_draft_is_signed_with_the_recruiters_signature(session):
    _, app = _owed(session, days=40)
    prefs = save_preferences(
        session=session, recruiter="kim@example.com", signature="Kim Lee\nTalent, Tallyfold"
    )
    text = build_feedback_draft(session=session, application_id=app.id, signature=prefs.signs_as)
    assert text.body.rstrip().endswith("Kim Lee\nTalent, Tallyfold")


def test_sending_feedback_closes_that_process_only_and_logs_it(session):
    person, first = _owed(session, days=300)
    second = make_application(
        session,
        person,
        role_title="Data Engineer",
        stage_reached="onsite",
        outcome="rejected",
        reason="skills_gap",
        feedback_given=False,
        decided_at=utcnow() - timedelta(days=100),
    )
    session.commit()
    touch = send_feedback(
        session=session,
        application_id=first.id,
        subject="About the final round",
        body="Hi, here is what the panel said.",
        recruiter="kim@example.com",
    )
    session.commit()
    assert (touch.kind, touch.recruiter) == ("feedback", "kim@example.com")
    assert not is_feedback_owed(session.get(Application, first.id))
    assert is_feedback_owed(session.get(Application, second.id))
    draft = session.exec(select(Draft).where(Draft.candidate_id == person.id)).one()
    assert (draft.status, draft.subject, draft.application_id) == (
        "sent",
        "About the final round",
        first.id,
    )
    assert "here is what the panel said" in draft.body
    with pytest.raises(FeedbackNotOwed, match="not owed any more"):
        send_feedback(session=session, application_id=first.id, subject="x", body="y")


def test_feedback_is_not_sent_to_someone_who_may_not_be_contacted(session):
    person, app = _owed(session, days=60)
    person.do_not_contact = True
    session.add(person)
    session.commit()
    with pytest.raises(NotContactable, match="do-not-contact"):
        send_feedback(session=session, application_id=app.id, subject="Hi", body="Feedback")
    assert is_feedback_owed(session.get(Application, app.id))
    assert not session.exec(select(Touchpoint)).all()


def test_not_needed_wants_a_reason_then_keeps_it_and_audits_without_it(session):
    person, app = _owed(session, days=60)
    waiting = save_draft(
        session=session, text=build_feedback_draft(session=session, application_id=app.id)
    )
    session.commit()
    with pytest.raises(ValueError, match="say why no feedback is needed"):
        feedback_not_needed(session=session, application_id=app.id, reason="  ")
    assert is_feedback_owed(session.get(Application, app.id))

    feedback_not_needed(
        session=session, application_id=app.id, reason="Gave it by phone", actor="kim@example.com"
    )
    session.commit()
    stored = session.get(Application, app.id)
    assert stored.feedback_waived_reason == "Gave it by phone" and stored.feedback_waived_at
    assert not feedback_owed_list(session=session)
    assert session.get(Draft, waiting.id).status == "discarded"
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "feedback.not_needed")).one()
    assert (event.actor, event.subject_id, event.detail) == (
        "kim@example.com",
        person.id,
        {"application_id": app.id},
    )
    assert "phone" not in str(event.detail)
