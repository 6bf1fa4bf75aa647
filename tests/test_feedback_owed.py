"""Feedback owed: who is waiting, oldest first, each with a tactful draft from the record."""

import csv
import email
import email.policy
import io
import zipfile
from datetime import date, timedelta

import pytest

from data.models import Application
from data.pool_health import feedback_owed
from data.timeutil import utcnow
from matching.engine import Matcher
from matching.fit import ConditionFact, waiting_until
from matching.indexer import index_pool
from outreach.actions import list_drafts, mark_sent, save_draft
from outreach.drafts import DraftRefused, build_draft
from outreach.exports import drafts_zip, mail_merge_csv
from outreach.feedback import build_feedback_draft, feedback_owed_list
from reading import read
from tests.factories import make_application, make_candidate, make_remote_backend_opening


def turned_down(session, *, days: int, reason="skills_gap", note=None, **person):
    candidate = make_candidate(session, **person)
    app = make_application(
        session,
        candidate,
        role_title="Data Engineer",
        stage_reached="onsite",
        outcome="rejected",
        reason=reason,
        reason_note=note,
        feedback_given=False,
        decided_at=utcnow() - timedelta(days=days),
    )
    return candidate, app


def test_people_owed_feedback_are_listed_oldest_first_without_do_not_contact(session):
    newer, _ = turned_down(session, days=40)
    older, _ = turned_down(session, days=400)
    blocked, _ = turned_down(session, days=500, do_not_contact=True)
    screened = make_candidate(session)
    make_application(session, screened, stage_reached="screen", feedback_given=False)
    session.commit()
    owed = feedback_owed_list(session=session)
    assert [o.candidate_id for o in owed] == [older.id, newer.id]
    assert owed[0].days_waiting >= 399


def test_the_feedback_draft_names_the_role_and_quotes_only_a_work_reason(session):
    skills, skills_app = turned_down(
        session, days=90, note="Needed more hands-on Spark", full_name="Ines Duarte"
    )
    _, culture_app = turned_down(
        session, days=90, reason="culture_fit", note="Panel felt they were abrasive"
    )
    session.commit()
    draft = build_feedback_draft(session=session, application_id=skills_app.id, signature="Jo")
    assert draft.body.startswith("Hi Ines")
    assert "Data Engineer" in draft.subject and "Data Engineer" in draft.body
    # The note is the panel's record: the draft says what the reason means, the recruiter
    # sees the note beside it and adds specifics in their own words.
    assert "Needed more hands-on Spark" not in draft.body
    assert "skills the role needed" in draft.body
    assert any(f.value == "Needed more hands-on Spark" for f in draft.facts)
    sensitive = build_feedback_draft(session=session, application_id=culture_app.id)
    assert "abrasive" not in sensitive.body
    assert any("not quoted" in m for m in sensitive.missing)


def test_marking_a_feedback_draft_sent_logs_a_touchpoint_and_clears_the_debt(session):
    person, app = turned_down(session, days=120)
    session.commit()
    draft = save_draft(
        session=session, text=build_feedback_draft(session=session, application_id=app.id)
    )
    touch = mark_sent(session=session, draft_id=draft.id)
    session.commit()
    assert touch.kind == "feedback" and touch.candidate_id == person.id
    assert session.get(Application, app.id).feedback_given is True
    assert feedback_owed_list(session=session) == []
    assert list_drafts(session=session, status="sent")[0].id == draft.id


def test_no_feedback_draft_for_expired_consent(session):
    _, app = turned_down(session, days=60, consent_until=date(2020, 1, 1))
    session.commit()
    with pytest.raises(DraftRefused, match="consent expired"):
        build_feedback_draft(session=session, application_id=app.id)


def test_a_shortlist_exports_as_a_zip_of_eml_and_a_safe_mail_merge_csv(
    engine, session, fake_embedder
):
    opening = make_remote_backend_opening(session)
    people = [
        make_candidate(session, full_name=name, motivations=["Wants fully remote work"])
        for name in ("Ana Silva", "=cmd|' /C calc'!A0")
    ]
    for p in people:
        make_application(session, p, stage_reached="final", reason="other_candidate")
    session.commit()
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    texts = [build_draft(matcher, p.id, session=session, opening_id=opening.id) for p in people]
    archive = zipfile.ZipFile(io.BytesIO(drafts_zip(texts)))
    names = archive.namelist()
    assert len(names) == 2
    parsed = email.message_from_bytes(archive.read(names[0]), policy=email.policy.default)
    assert parsed["Subject"] == texts[0].subject
    merge = mail_merge_csv(texts).decode("utf-8-sig")
    assert merge.splitlines()[0] == "email,subject,body,candidate_id,opening_id"
    cells = [cell for row in csv.reader(io.StringIO(merge)) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert [row[0] for row in csv.reader(io.StringIO(merge))][1:] == [t.to for t in texts]
    assert drafts_zip(texts) == drafts_zip(texts)


@pytest.mark.parametrize(
    ("said", "on", "expected"),
    [
        ("Not looking until my shares vest in March", date(2026, 10, 1), date(2027, 3, 1)),
        (
            "Back from a sabbatical in June 2027; happy to talk after",
            date(2026, 10, 1),
            date(2027, 6, 1),
        ),
        (
            "Annual bonus pays out in Dec — won't move before then",
            date(2026, 10, 1),
            date(2026, 12, 1),
        ),
        # Waits are kept to the month: the list is weekly, and people say months.
        ("not before 2027-02-15", date(2026, 10, 1), date(2027, 2, 1)),
        ("Led the March release of the billing platform", date(2026, 10, 1), None),
        ("Wants a fully remote role", date(2026, 10, 1), None),
        ("After my parental leave ends in January 2025", date(2026, 10, 1), None),
    ],
)
def test_not_before_dates_are_read_from_what_people_said(said, on, expected):
    conditions = [
        ConditionFact(0, c.facet, c.polarity, c.value, None, c.said_at, "touchpoint", None)
        for c in read(said, said_at=on)
    ]
    assert waiting_until(conditions, on) == expected


def test_pool_health_counts_the_feedback_owed_that_the_feedback_page_lists(session):
    turned_down(session, days=40)
    turned_down(session, days=20, do_not_contact=True)
    listed = feedback_owed_list(session=session)
    counted = feedback_owed(session=session)
    assert len(listed) == len(counted) == 1
    assert list(counted["candidate_id"]) == [listed[0].candidate_id]
