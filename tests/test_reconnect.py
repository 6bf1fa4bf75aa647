"""The weekly reconnect list: cadence, restraint, consent, priority, stability and exports."""

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlmodel import select

from data.db import session_scope
from data.demo import load_demo
from data.models import Candidate
from data.timeutil import start_of_day
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.actions import mark_done, mark_not_interested, pin_to_reconnect, snooze
from outreach.exports import reconnect_csv, reconnect_ics
from outreach.reconnect import ReconnectRules, weekly_list
from tests.conftest import DEMO_AS_OF
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


def silver_medalist(session, *, last_contact_days: int | None, **overrides):
    """A finalist who lost only to another candidate, last written to N days before Monday."""
    person = make_candidate(session, **overrides)
    make_application(
        session,
        person,
        role_title="Backend Engineer",
        stage_reached="final",
        outcome="rejected",
        reason="other_candidate",
        applied_at=days_ago(500),
        decided_at=days_ago(470),
    )
    if last_contact_days is not None:
        make_touchpoint(session, person, at=days_ago(last_contact_days), direction="outbound")
    return person


def this_week(engine, embedder, **kw):
    index_pool(engine, embedder)
    with session_scope(engine) as session:
        return weekly_list(Matcher(engine, embedder), session=session, today=WEDNESDAY, **kw)


def listed(weekly) -> list[int]:
    return [e.candidate_id for e in weekly.entries]


def test_someone_contacted_ten_days_ago_is_never_listed_even_when_pinned(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    recent = silver_medalist(session, last_contact_days=10)
    due = silver_medalist(session, last_contact_days=200)
    pin_to_reconnect(session=session, candidate_id=recent.id, today=WEDNESDAY)
    session.commit()
    weekly = this_week(engine, fake_embedder)
    assert listed(weekly) == [due.id]
    assert weekly.held_back["contacted_recently"] == 1


def test_a_strong_match_last_contacted_200_days_ago_comes_first(engine, session, embedder):
    make_remote_backend_opening(session)
    strong = silver_medalist(
        session,
        last_contact_days=200,
        current_title="Senior Backend Engineer",
        skills=["Python", "Django", "PostgreSQL", "AWS"],
        resume_text="Seven years building Python and Django services on PostgreSQL and AWS.",
    )
    weak = silver_medalist(
        session,
        last_contact_days=400,
        current_title="Brand Designer",
        skills=["Figma", "Illustration"],
        resume_text="Brand designer: identities, illustration and print campaigns in Figma.",
    )
    session.commit()
    weekly = this_week(engine, embedder)
    assert listed(weekly) == [strong.id, weak.id]
    first = weekly.entries[0]
    assert first.opening_title == "Senior Backend Engineer (Python)"
    assert any("Last contact 200 days ago" in why for why in first.why)
    assert any("Silver medalist" in why for why in first.why)


def test_cadence_waits_90_days_for_silver_medalists_and_180_for_others(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    silver_due = silver_medalist(session, last_contact_days=95)
    silver_medalist(session, last_contact_days=60)
    interviewed_due = _interviewed(session, last_contact_days=190)
    _interviewed(session, last_contact_days=120)
    cold = make_candidate(session)  # applied only, never replied: not a reconnect
    make_application(session, cold, stage_reached="applied", reason="skills_gap")
    session.commit()
    weekly = this_week(engine, fake_embedder)
    assert sorted(listed(weekly)) == sorted([silver_due.id, interviewed_due.id])
    # The others are not due yet, which is not being held back: no reason counts them.
    assert not any(weekly.held_back.values())


def _interviewed(session, *, last_contact_days: int):
    """Reached the interview (not a silver medalist), last written to N days before Monday."""
    person = make_candidate(session)
    make_application(session, person, stage_reached="interview", reason="skills_gap")
    make_touchpoint(session, person, at=days_ago(last_contact_days), direction="outbound")
    return person


def test_do_not_contact_is_never_listed_and_expired_consent_becomes_a_task(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    dnc = silver_medalist(session, last_contact_days=300, do_not_contact=True)
    lapsed = silver_medalist(session, last_contact_days=300, consent_until=date(2026, 10, 1))
    session.commit()
    weekly = this_week(engine, fake_embedder)
    assert dnc.id not in listed(weekly) and lapsed.id not in listed(weekly)
    assert [t.candidate_id for t in weekly.reconsent] == [lapsed.id]
    assert "renew" in weekly.reconsent[0].why


def test_a_not_before_date_said_in_words_or_typed_is_honoured(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    vesting = silver_medalist(session, last_contact_days=120)
    make_touchpoint(
        session,
        vesting,
        at=days_ago(120),
        direction="inbound",
        note="Not looking until my shares vest in March",
    )
    silver_medalist(session, last_contact_days=150, not_before=date(2027, 1, 15))  # typed
    past_date = silver_medalist(session, last_contact_days=150, not_before=date(2026, 6, 1))
    session.commit()
    weekly = this_week(engine, fake_embedder)
    assert listed(weekly) == [past_date.id]
    assert weekly.held_back["not_before"] == 2  # vesting (in words) and typed


def test_casual_and_formal_opt_outs_stay_off_the_list_but_a_channel_wish_does_not(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    notes = {
        "bye 👋 pls delete me": False,
        "Please no longer contact me. Regards, P.": False,
        "Consent withdrawn as of today.": False,
        "Please contact me on LinkedIn rather than by email in future.": True,
        "Don't ring me again, email is fine.": True,
    }
    people = {}
    for note in notes:
        person = silver_medalist(session, last_contact_days=200)
        make_touchpoint(session, person, at=days_ago(200), direction="inbound", note=note)
        people[note] = person.id
    session.commit()
    on_list = set(listed(this_week(engine, fake_embedder)))
    assert {note for note, pid in people.items() if pid in on_list} == {
        note for note, due in notes.items() if due
    }


def test_snoozed_and_not_interested_people_stay_off_the_list(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    snoozed = silver_medalist(session, last_contact_days=200)
    declined = silver_medalist(session, last_contact_days=200)
    kept = silver_medalist(session, last_contact_days=200)
    snooze(session=session, candidate_id=snoozed.id, until=date(2027, 1, 10))
    mark_not_interested(
        session=session, candidate_id=declined.id, reason="Happy where they are", at=days_ago(100)
    )
    session.commit()
    weekly = this_week(engine, fake_embedder)
    assert listed(weekly) == [kept.id]
    assert weekly.held_back["snoozed"] == 1 and weekly.held_back["not_interested"] == 1


def test_the_weekly_cap_holds_and_counts_the_rest(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    for _ in range(5):
        silver_medalist(session, last_contact_days=200)
    session.commit()
    weekly = this_week(engine, fake_embedder, rules=ReconnectRules(weekly_cap=3))
    assert len(weekly.entries) == 3
    assert weekly.held_back["over_cap"] == 2
    assert "2 due but over this week's cap" in weekly.held_back_sentence()


def test_two_runs_in_the_same_week_give_the_same_list_and_files(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    people = [silver_medalist(session, last_contact_days=100 + 20 * i) for i in range(6)]
    session.commit()
    first = this_week(engine, fake_embedder)
    with session_scope(engine) as s:
        # Working the list during the week marks the entry done; it does not reshuffle it.
        mark_done(
            session=s,
            candidate_id=first.entries[0].candidate_id,
            at=MONDAY + timedelta(days=1, hours=10),
        )
    matcher = Matcher(engine, fake_embedder)
    with session_scope(engine) as s:
        friday = weekly_list(matcher, session=s, today=date(2026, 11, 27))
    assert listed(friday) == listed(first)
    assert friday.entries[0].status == "done"
    with session_scope(engine) as s:
        again = weekly_list(matcher, session=s, today=date(2026, 11, 27))
    assert reconnect_csv(again) == reconnect_csv(friday)
    assert reconnect_ics(again) == reconnect_ics(friday)
    assert len(people) == 6


def test_the_ics_parses_with_one_reminder_per_person_and_uids_stable_across_weeks(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    for _ in range(3):
        silver_medalist(session, last_contact_days=200)
    session.commit()
    weekly = this_week(engine, fake_embedder)
    exported_at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    events = Calendar.from_ical(reconnect_ics(weekly, now=exported_at)).walk("VEVENT")
    assert len(events) == len(weekly.entries) == 3
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3
    assert all(e.walk("VALARM") for e in events)
    next_week = weekly_list(
        Matcher(engine, fake_embedder), session=session, today=WEDNESDAY + timedelta(days=7)
    )
    # Exported a week later: the same people keep their UIDs, with a higher sequence.
    a_week_on = exported_at + timedelta(days=7)
    later = Calendar.from_ical(reconnect_ics(next_week, now=a_week_on)).walk("VEVENT")
    assert {str(e["UID"]) for e in later} <= set(uids)
    assert all(int(e["SEQUENCE"]) > int(events[0]["SEQUENCE"]) for e in later)


def test_the_csv_opens_in_excel_and_never_runs_a_formula(engine, session, fake_embedder):
    make_remote_backend_opening(session)
    silver_medalist(session, last_contact_days=200, full_name='=HYPERLINK("http://x","y")')
    session.commit()
    data = reconnect_csv(this_week(engine, fake_embedder))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=" not in text and ",=" not in text


@pytest.fixture(scope="module")
def demo_week(tmp_path_factory):
    from data.db import make_engine, upgrade
    from matching.embedder import HashingEmbedder

    eng = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'encore.db'}")
    upgrade(eng)
    with session_scope(eng) as s:
        load_demo(session=s, as_of=DEMO_AS_OF)
    embedder = HashingEmbedder()
    index_pool(eng, embedder)
    with session_scope(eng) as s:
        weekly = weekly_list(
            Matcher(eng, embedder),
            session=s,
            today=DEMO_AS_OF,
            rules=ReconnectRules(weekly_cap=10_000),
        )
        blocked = set(s.exec(select(Candidate.id).where(Candidate.do_not_contact)).all())
    yield weekly, blocked
    eng.dispose()


def test_across_the_demo_pool_nobody_blocked_or_recently_contacted_is_listed(demo_week):
    weekly, blocked = demo_week
    assert weekly.entries, "the demo pool should have people due"
    assert blocked and not blocked & set(listed(weekly))
    assert not blocked & {t.candidate_id for t in weekly.reconsent}
    assert all(e.days_since is None or e.days_since >= 30 for e in weekly.entries)
    assert weekly.held_back["not_before"] > 0  # the demo's "after my shares vest" people


def test_a_recruiters_list_holds_their_people_and_unassigned_ones_with_their_own_cap(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    ritas = [
        silver_medalist(session, last_contact_days=200, owner="rita@example.com") for _ in range(2)
    ]
    sams = silver_medalist(session, last_contact_days=200, owner="sam@example.com")
    unassigned = silver_medalist(session, last_contact_days=200)
    session.commit()
    rita = this_week(engine, fake_embedder, recruiter="rita@example.com")
    assert sorted(listed(rita)) == sorted([p.id for p in ritas] + [unassigned.id])
    sam = this_week(
        engine, fake_embedder, recruiter="sam@example.com", rules=ReconnectRules(weekly_cap=1)
    )
    assert len(sam.entries) == 1 and sam.held_back["over_cap"] == 1
    assert sams.id in listed(this_week(engine, fake_embedder))
