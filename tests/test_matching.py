"""Ranking behaviour a recruiter would notice, with the real model on a small pool, on SQLite
(whole pool in memory) and on PostgreSQL (pgvector preselection, then the same scoring)."""

from datetime import date, timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import (
    make_application,
    make_candidate,
    make_opening,
    make_remote_backend_opening,
    make_touchpoint,
)

pytestmark = pytest.mark.both_backends

BACKEND = dict(
    current_title="Senior Backend Engineer",
    skills=["Python", "Django", "PostgreSQL", "AWS"],
    years_experience=7,
    resume_text=(
        "Seven years building Python and Django services on PostgreSQL and AWS. "
        "Led the migration of a payments API to event-driven services."
    ),
)
DESIGNER = dict(
    current_title="Product Designer",
    skills=["Figma", "User research", "Prototyping"],
    years_experience=6,
    resume_text="Product designer running user research and shipping design systems in Figma.",
)


@pytest.fixture
def remote_role(session):
    return make_remote_backend_opening(session)


def ranked_names(matcher, opening_id, **kw):
    return [r.full_name for r in matcher.match_opening(opening_id, top_k=50, **kw).results]


@pytest.mark.model
def test_remote_seeker_ranks_above_an_equally_skilled_onsite_seeker_for_a_remote_role(
    engine, embedder, session, remote_role
):
    make_candidate(
        session,
        full_name="Rita Remote",
        motivations=["Wants to stop commuting: fully remote or nothing"],
        **BACKEND,
    )
    make_candidate(
        session,
        full_name="Otto Office",
        motivations=["Wants to be in the office with the team every day"],
        **BACKEND,
    )
    make_candidate(
        session, full_name="Dana Designer", motivations=["Wants remote work"], **DESIGNER
    )
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id, top_k=10)
    names = [r.full_name for r in result.results]
    assert names.index("Rita Remote") < names.index("Otto Office") < names.index("Dana Designer")
    rita = result.results[names.index("Rita Remote")]
    assert any(r.kind == "motivation" and "fully remote" in r.sentence for r in rita.reasons)
    otto = result.results[names.index("Otto Office")]
    assert any(r.kind == "motivation_conflict" for r in otto.reasons)


@pytest.mark.model
def test_do_not_contact_and_expired_consent_are_never_returned_and_are_counted(
    engine, embedder, session, remote_role
):
    make_candidate(session, full_name="Keep Me", **BACKEND)
    make_candidate(
        session,
        full_name="Never Me",
        do_not_contact=True,
        do_not_contact_reason="Asked not to be contacted",
        **BACKEND,
    )
    make_candidate(
        session,
        full_name="Lapsed Consent",
        consent_until=date.today() - timedelta(days=1),
        **BACKEND,
    )
    spam = make_candidate(session, full_name="Spam Applicant", **BACKEND)
    make_application(session, spam, reason="spam", stage_reached="applied")
    # An opt-out typed into a touchpoint note counts at once, before any recruiter confirms it.
    wrote_back = make_candidate(session, full_name="Wrote Back", **BACKEND)
    make_touchpoint(
        session, wrote_back, direction="inbound", note="pls stop emailing me, happy where I am"
    )
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id, top_k=50)
    assert [r.full_name for r in result.results] == ["Keep Me"]
    assert result.excluded == {
        "do_not_contact": 1,
        "consent_expired": 1,
        "opted_out": 1,
        "spam_or_duplicate": 1,
    }
    assert result.excluded_sentence() == (
        "4 excluded: 1 do not contact, 1 consent expired, 1 opted out, 1 spam or duplicate"
    )


@pytest.mark.model
def test_a_resolved_past_reason_lifts_the_person_and_says_why(
    engine, embedder, session, remote_role
):
    past = make_opening(
        session,
        title="Backend Engineer",
        remote_policy="onsite",
        location="Munich, Germany",
        status="filled",
    )
    resolved = make_candidate(session, full_name="Declined Onsite", **BACKEND)
    make_application(
        session,
        resolved,
        opening_id=past.id,
        stage_reached="offer",
        outcome="declined_offer",
        reason="remote_policy",
        reason_note="Could not commit to 5 days in the Munich office",
        decided_at=utcnow() - timedelta(days=240),
    )
    make_candidate(session, full_name="Plain Peer", **BACKEND)
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id)
    top = result.results[0]
    assert top.full_name == "Declined Onsite"
    sentences = [r.sentence for r in top.reasons if r.kind == "past_reason_resolved"]
    assert sentences and "office mandate" in sentences[0] and "fully remote" in sentences[0]


@pytest.mark.model
def test_a_standing_past_reason_lowers_the_person(engine, embedder, session):
    onsite_role = make_opening(
        session,
        title="Backend Engineer",
        remote_policy="onsite",
        location="Munich, Germany",
        requirements="Python\nDjango\nPostgreSQL",
    )
    past = make_opening(
        session,
        title="Backend Engineer",
        remote_policy="onsite",
        location="Munich, Germany",
        status="filled",
    )
    standing = make_candidate(session, full_name="Still Remote Only", **BACKEND)
    make_application(
        session,
        standing,
        opening_id=past.id,
        outcome="declined_offer",
        stage_reached="offer",
        reason="remote_policy",
    )
    make_candidate(session, full_name="Plain Peer", **BACKEND)
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(onsite_role.id)
    assert [r.full_name for r in result.results] == ["Plain Peer", "Still Remote Only"]
    last = result.results[1]
    assert any(r.kind == "past_reason_standing" and "too" in r.sentence for r in last.reasons)


@pytest.mark.model
def test_a_silver_medalist_ranks_above_an_equally_skilled_cold_applicant(
    engine, embedder, session, remote_role
):
    silver = make_candidate(session, full_name="Silver Medalist", **BACKEND)
    make_application(
        session,
        silver,
        stage_reached="final",
        reason="other_candidate",
        rating=4.5,
        feedback_given=True,
    )
    cold = make_candidate(session, full_name="Cold Applicant", **BACKEND)
    make_application(session, cold, stage_reached="applied", reason="other", outcome="rejected")
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id)
    assert [r.full_name for r in result.results] == ["Silver Medalist", "Cold Applicant"]
    assert any("Silver medalist" in r.sentence for r in result.results[0].reasons)


@pytest.mark.model
def test_a_role_closed_before_we_met_someone_does_not_outrank_a_silver_medalist(
    engine, embedder, session, remote_role
):
    silver = make_candidate(session, full_name="Silver Medalist", **BACKEND)
    make_application(session, silver, stage_reached="final", reason="other_candidate", rating=4.3)
    closed = make_candidate(session, full_name="Applied Before It Closed", **BACKEND)
    make_application(
        session,
        closed,
        stage_reached="applied",
        reason="headcount",
        reason_note="Great CV, would have been a strong final-round candidate - role closed.",
    )
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id)
    assert [r.full_name for r in result.results] == ["Silver Medalist", "Applied Before It Closed"]
    said = " ".join(x.sentence for x in result.results[1].reasons)
    assert "before we met them" in said and "not a judgement" not in said


@pytest.mark.model
def test_a_wish_met_never_lifts_someone_above_a_neutral_person_across_a_standing_conflict(
    engine, embedder, session
):
    role = make_remote_backend_opening(
        session,
        description="Build our ordering services.\n\nWorking pattern:\n- On-call rota, one week "
        "in six",
    )
    make_candidate(
        session,
        full_name="Remote But No Pager",
        motivations=["Remote only, no exceptions", "Not doing on-call again, whatever the pay."],
        **BACKEND,
    )
    make_candidate(session, full_name="Said Nothing", **BACKEND)
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(role.id)
    assert [r.full_name for r in result.results] == ["Said Nothing", "Remote But No Pager"]
    assert result.results[1].components["motivation"] < 0 and result.results[1].conflicts


@pytest.mark.model
def test_someone_contacted_ten_days_ago_is_held_back_and_told_why(
    engine, embedder, session, remote_role
):
    recent = make_candidate(session, full_name="Just Emailed", **BACKEND)
    make_touchpoint(session, recent, at=utcnow() - timedelta(days=10))
    make_candidate(session, full_name="Not Emailed", **BACKEND)
    session.commit()
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(remote_role.id)
    assert [r.full_name for r in result.results] == ["Not Emailed", "Just Emailed"]
    assert any(r.kind == "restraint" and "10 days" in r.sentence for r in result.results[1].reasons)


def test_a_pool_not_indexed_yet_still_answers_and_says_so(engine, session, fake_embedder):
    from tests.factories import make_remote_backend_opening

    role = make_remote_backend_opening(session)
    make_candidate(session, full_name="Ana Silva")
    session.commit()
    result = Matcher(engine, fake_embedder).match_opening(role.id, top_k=5)
    assert result.not_indexed == 1
    assert [r.candidate_id for r in result.results]  # lexical fit still finds her


def test_warm_up_embeds_every_open_role_so_a_first_search_needs_no_encoding(
    engine, session, fake_embedder
):
    from tests.factories import make_remote_backend_opening

    role = make_remote_backend_opening(session)
    make_candidate(session)
    session.commit()
    matcher = Matcher(engine, fake_embedder)
    assert matcher.warm_up() == 1
    calls = []
    original = fake_embedder.encode
    fake_embedder.encode = lambda texts, **kw: calls.append(texts) or original(texts, **kw)
    matcher.match_opening(role.id)
    assert calls == []


def test_a_wait_still_running_keeps_someone_below_an_equal_person_whatever_draws_them(
    engine, embedder, session, remote_role
):
    """Timing before pull: a wish the role meets does not lift someone who asked us to wait
    above an equal person who can talk now; once the wait is over it does."""
    month = (utcnow() + timedelta(days=100)).strftime("%B")
    make_candidate(
        session,
        full_name="Keen But Waiting",
        motivations=[f"Fully remote please. Moving to Groningen in {month}, talk once settled"],
        **BACKEND,
    )
    make_candidate(session, full_name="Free Now", **BACKEND)
    session.commit()
    index_pool(engine, embedder)
    matcher = Matcher(engine, embedder)
    waiting = matcher.match_opening(remote_role.id)
    assert [r.full_name for r in waiting.results] == ["Free Now", "Keen But Waiting"]
    keen = waiting.results[1]
    assert keen.stops and any(r.kind == "motivation" and r.effect > 0 for r in keen.reasons)
    later = matcher.match_opening(remote_role.id, now=utcnow() + timedelta(days=200))
    assert [r.full_name for r in later.results] == ["Keen But Waiting", "Free Now"]
