"""A saved draft is checked again when it leaves: after a do-not-contact request or once
consent has lapsed, it can no longer be marked sent, opened in the mail app, downloaded or
copied, and the recruiter is told why."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from data import crud
from data.db import session_scope
from data.demo import SCENARIOS
from data.models import Draft, Touchpoint
from data.privacy import set_consent, set_do_not_contact
from data.timeutil import utcnow
from outreach.actions import mark_sent, save_draft
from outreach.contactable import NotContactable, contact_block
from outreach.drafts import DraftText
from tests.app_fixtures import open_page
from tests.cli_runner import run_encore
from tests.factories import make_application, make_candidate


def _saved_draft(session, person) -> Draft:
    text = DraftText(person.id, None, "warm", person.email, "Catching up", "Hi,\n")
    return save_draft(session=session, text=text)


def _touchpoints(session, person) -> list[Touchpoint]:
    return list(session.exec(select(Touchpoint).where(Touchpoint.candidate_id == person.id)))


def test_a_draft_cannot_be_marked_sent_after_the_person_asked_not_to_be_contacted(session):
    person = make_candidate(session, full_name="Ana Silva")
    draft = _saved_draft(session, person)
    set_do_not_contact(
        session=session, candidate_id=person.id, reason="Asked us to stop\r\nBcc: x@evil.example"
    )
    today = f"{utcnow():%d %B %Y}"
    with pytest.raises(NotContactable) as refused:
        mark_sent(session=session, draft_id=draft.id)
    assert str(refused.value) == (
        f"Ana Silva is marked do-not-contact since {today} "
        "(Asked us to stop Bcc: x@evil.example): do not write to them."
    )
    assert _touchpoints(session, person) == []
    assert session.get(Draft, draft.id).status == "draft"


def test_a_draft_cannot_be_marked_sent_once_consent_has_lapsed(session):
    person = make_candidate(session, full_name="Bo Lind")
    draft = _saved_draft(session, person)
    set_consent(session=session, candidate_id=person.id, until=date.today() - timedelta(days=1))
    with pytest.raises(NotContactable, match="Bo Lind's consent expired on .*renew"):
        mark_sent(session=session, draft_id=draft.id)
    assert _touchpoints(session, person) == []


def test_a_person_flagged_as_spam_cannot_be_written_to(session):
    person = make_candidate(session, full_name="Spam Bot")
    make_application(session, person, reason="spam", role_title="Data\nEngineer")
    block = contact_block(session=session, candidate_id=person.id)
    assert block.kind == "flagged"
    assert str(block) == "Spam Bot is flagged as spam (Data Engineer): do not write to them."


def test_a_contactable_persons_draft_is_still_marked_sent(session):
    person = make_candidate(session, consent_until=date.today() + timedelta(days=30))
    draft = _saved_draft(session, person)
    touch = mark_sent(session=session, draft_id=draft.id)
    assert touch.candidate_id == person.id and session.get(Draft, draft.id).status == "sent"


# ---- the Drafts page ----------------------------------------------------------------------


def test_the_drafts_page_shows_why_instead_of_send_buttons_for_a_do_not_contact_person(
    demo_app,
):
    with session_scope(demo_app) as session:
        person = crud.find_candidate(session=session, external_id=SCENARIOS["remote_seeker"])
        blocked = _saved_draft(session, person)
        other_id = SCENARIOS["onsite_decliner_remote_now"]
        other = crud.find_candidate(session=session, external_id=other_id)
        fine = _saved_draft(session, other)
        set_do_not_contact(session=session, candidate_id=person.id, reason="**Left** the field")
        name, blocked_email, fine_email = person.full_name, person.email, other.email
    at = open_page("drafts")
    assert not at.exception
    keys = {b.key for b in at.button} | {b.key for b in at.get("download_button")}
    assert f"drafts_sent_{blocked.id}" not in keys and f"drafts_{blocked.id}_eml" not in keys
    assert f"drafts_sent_{fine.id}" in keys and f"drafts_{fine.id}_eml" in keys
    links = [b.proto.url for b in at.get("link_button")]
    assert [u for u in links if fine_email in u] and not [u for u in links if blocked_email in u]
    warnings = [w.value for w in at.warning]
    assert any(f"{name} is marked do-not-contact since" in w.replace("\\", "") for w in warnings)
    with session_scope(demo_app) as session:  # the draft is still listed, to be discarded
        assert session.get(Draft, blocked.id).status == "draft"


def test_the_composer_offers_no_send_buttons_once_the_person_may_not_be_contacted(demo_app):
    with session_scope(demo_app) as session:
        sanne = SCENARIOS["onsite_decliner_remote_now"]
        person_id = crud.find_candidate(session=session, external_id=sanne).id
    at = open_page("candidate", id=str(person_id))
    at.button(key="cand_draft_make").click().run()
    assert not at.exception
    assert "cand_draft_eml" in {b.key for b in at.get("download_button")}
    with session_scope(demo_app) as session:
        set_consent(session=session, candidate_id=person_id, until=date(2020, 1, 1))
    at.run()
    assert not at.exception
    assert "cand_draft_eml" not in {b.key for b in at.get("download_button")}
    assert any("consent expired on 01 January 2020" in w.value for w in at.warning)
    with session_scope(demo_app) as session:
        set_consent(session=session, candidate_id=person_id, until=None)


# ---- the command line -----------------------------------------------------------------------


def test_encore_draft_refuses_a_do_not_contact_person_naming_why_and_writes_no_eml(
    engine, session, db_url, tmp_path, monkeypatch
):
    from data.settings import get_settings
    from matching.embedder import HASHING_MODEL, load_embedder
    from matching.indexer import index_pool
    from tests.factories import make_remote_backend_opening

    make_remote_backend_opening(session)
    person = make_candidate(session, full_name="Ana Silva")
    set_do_not_contact(session=session, candidate_id=person.id, reason="Asked us to stop")
    session.commit()
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    index_pool(engine, load_embedder(HASHING_MODEL))
    out = tmp_path / "ana.eml"
    result = run_encore("draft", str(person.id), "--eml", str(out), db_url=db_url)
    get_settings.cache_clear()
    assert result.exit_code != 0
    assert "Ana Silva is marked do-not-contact since" in " ".join(result.stderr.split())
    assert "Asked us to stop" in result.stderr
    assert not out.exists()
