"""Re-engagement drafts: personal, built only from this person's record, never for the
people who must not be contacted."""

import email
import email.policy
from datetime import date, timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.drafts import DraftRefused, build_draft
from tests.factories import (
    make_application,
    make_candidate,
    make_opening,
    make_remote_backend_opening,
)


@pytest.fixture
def remote_role(session):
    return make_remote_backend_opening(session)


def test_a_draft_names_the_past_role_the_new_role_and_a_matched_motivation(
    engine, fake_embedder, session, remote_role
):
    past = make_opening(
        session,
        title="Backend Engineer, Payments",
        remote_policy="onsite",
        location="Munich, Germany",
        status="filled",
    )
    ana = make_candidate(
        session,
        full_name="Ana Silva",
        email="ana@example.com",
        motivations=["Wants to stop commuting: fully remote or nothing"],
    )
    make_application(
        session,
        ana,
        opening_id=past.id,
        role_title="Backend Engineer, Payments",
        stage_reached="offer",
        outcome="declined_offer",
        reason="remote_policy",
        reason_note="Would not do five days in Munich",
        feedback_given=True,
        decided_at=utcnow() - timedelta(days=200),
    )
    session.commit()
    index_pool(engine, fake_embedder)
    draft = build_draft(
        Matcher(engine, fake_embedder), ana.id, session=session, tone="warm", signature="Jo"
    )
    assert draft.subject.startswith("Senior Backend Engineer (Python)")
    assert "Hi Ana," in draft.body
    assert "Backend Engineer, Payments" in draft.body
    # What she told us, said back to her in the second person — never the note's own words.
    assert "you would only consider fully remote roles" in draft.body
    assert "fully remote or nothing" not in draft.body.lower()
    assert "Would not do five days" not in draft.body
    assert "Last time" in draft.body and "this role is fully remote" in draft.body
    assert "reply “no thanks”" in draft.body  # easy to say no
    assert draft.body.rstrip().endswith("Jo")
    labels = {f.label for f in draft.facts}
    assert {
        "Name",
        "Latest process",
        "What they told us",
        "Why it did not work last time",
    } <= labels
    assert draft.missing == []


def test_every_tone_renders_and_missing_facts_are_pointed_out(
    engine, fake_embedder, session, remote_role
):
    bo = make_candidate(session, full_name="Bo Chen")
    session.commit()
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    for tone in ("warm", "brief", "formal"):
        draft = build_draft(matcher, bo.id, session=session, tone=tone)
        assert "Bo" in draft.body and "Senior Backend Engineer (Python)" in draft.body
        assert "{{" not in draft.body and "{%" not in draft.body
    assert any("No process on record" in m for m in draft.missing)
    assert any("No stated motivations" in m for m in draft.missing)


def test_do_not_contact_and_expired_consent_get_no_draft(
    engine, fake_embedder, session, remote_role
):
    dnc = make_candidate(
        session,
        full_name="Never Write",
        do_not_contact=True,
        do_not_contact_reason="Asked us to stop",
    )
    lapsed = make_candidate(
        session, full_name="Lapsed Consent", consent_until=date.today() - timedelta(days=3)
    )
    session.commit()
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    with pytest.raises(DraftRefused, match="do-not-contact"):
        build_draft(matcher, dnc.id, session=session)
    with pytest.raises(DraftRefused, match="renew"):
        build_draft(matcher, lapsed.id, session=session)


def test_the_eml_and_mailto_carry_the_draft(engine, fake_embedder, session, remote_role):
    ana = make_candidate(session, full_name="Ana Silva", email="ana@example.com")
    session.commit()
    index_pool(engine, fake_embedder)
    draft = build_draft(Matcher(engine, fake_embedder), ana.id, session=session)
    parsed = email.message_from_bytes(draft.to_eml(), policy=email.policy.default)
    assert parsed["To"] == "Ana Silva <ana@example.com>"
    assert parsed["Subject"] == draft.subject
    assert "Hi Ana," in parsed.get_content()
    assert draft.mailto().startswith("mailto:ana@example.com?subject=Senior%20Backend")
