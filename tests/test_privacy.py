"""Respect for the person: consent and do-not-contact recorded, erasure leaves no trace,
an access request gets everything, every CSV we write is safe to open in a spreadsheet."""

import json
from datetime import date

from sqlalchemy import MetaData, select
from sqlmodel import select as sm_select

from data.db import session_scope
from data.duplicates import dismiss
from data.merge import merge_candidates
from data.models import AuditEvent, Candidate, CandidateVector, Draft, ReconnectPin
from data.privacy import export_person, forget_person, set_consent, set_do_not_contact
from tests.cli_runner import run_encore
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint

NAME, EMAIL = "Zofia Kowalczyk", "zofia.k@example.org"


def _person_with_everything(session):
    opening = make_opening(session)
    zofia = make_candidate(
        session,
        full_name=NAME,
        email=EMAIL,
        resume_text=f"{NAME} builds APIs",
        motivations=[f"{NAME} wants remote work"],
    )
    make_application(session, zofia, opening_id=opening.id, reason_note=f"{NAME} was close")
    make_touchpoint(session, zofia, note=f"Emailed {EMAIL}")
    session.add(Draft(candidate_id=zofia.id, subject=f"Hi {NAME}", body=f"Dear {NAME}"))
    session.add(ReconnectPin(candidate_id=zofia.id, week_of=date(2026, 11, 16)))
    session.add(
        CandidateVector(
            candidate_id=zofia.id, part="profile", model="m", content_hash="h", vector=b"v"
        )
    )
    other = make_candidate(session, full_name="Zofia Kowalczyk-Nowak")
    dismiss(session=session, first_id=zofia.id, second_id=other.id)
    set_do_not_contact(session=session, candidate_id=zofia.id, reason=f"{NAME} asked", actor="rita")
    set_consent(session=session, candidate_id=zofia.id, until=date(2027, 1, 31), actor="rita")
    session.flush()
    return zofia.id


def _text_everywhere(engine) -> str:
    """Every text and JSON cell of every table, audit log included."""
    meta = MetaData()
    meta.reflect(engine)
    chunks = []
    with engine.connect() as conn:
        for table in meta.tables.values():
            for row in conn.execute(select(table)):
                chunks.extend(str(v) for v in row if v is not None)
    return "\n".join(chunks).lower()


def test_consent_and_do_not_contact_are_recorded_and_audited(engine):
    with session_scope(engine) as session:
        cid = _person_with_everything(session)
    with session_scope(engine) as session:
        zofia = session.get(Candidate, cid)
        assert zofia.do_not_contact and zofia.do_not_contact_at is not None
        assert zofia.consent_until == date(2027, 1, 31)
        actions = [e.action for e in session.exec(sm_select(AuditEvent))]
        assert {"do_not_contact", "consent"} <= set(actions)


def test_forgetting_a_person_leaves_no_trace_of_their_name_or_email(engine):
    with session_scope(engine) as session:
        cid = _person_with_everything(session)
    assert NAME.lower() in _text_everywhere(engine)
    with session_scope(engine) as session:
        erasure = forget_person(session=session, candidate_id=cid, actor="rita")
    assert erasure.removed["candidate_vector"] == 1 and erasure.removed["draft"] == 1
    text = _text_everywhere(engine)
    # The other Zofia stays; nothing of this one does, in any table.
    assert text.count("zofia kowalczyk") == text.count("zofia kowalczyk-nowak") == 1
    assert EMAIL not in text and "builds apis" not in text and "was close" not in text
    with session_scope(engine) as session:
        event = session.exec(sm_select(AuditEvent).where(AuditEvent.action == "erasure")).one()
        assert event.subject_id == cid and event.count > 5


def test_an_access_request_gets_everything_held(engine):
    with session_scope(engine) as session:
        cid = _person_with_everything(session)
        data = export_person(session=session, candidate_id=cid, actor="rita")
    json.dumps(data)  # plain JSON
    assert data["candidate"]["email"] == EMAIL
    assert data["motivations"][0]["statement"].endswith("wants remote work")
    assert data["applications"][0]["opening"]["title"] == "Senior Backend Engineer"
    assert len(data["touchpoints"]) == 1 and len(data["drafts"]) == 1
    assert len(data["reconnect_pins"]) == 1 and data["embeddings"] == [{"model": "m", "count": 1}]
    assert len(data["not_duplicate_of"]) == 1
    with session_scope(engine) as session:
        assert session.exec(sm_select(AuditEvent).where(AuditEvent.action == "export_person")).one()


def test_the_audit_log_holds_no_personal_data(engine):
    with session_scope(engine) as session:
        cid = _person_with_everything(session)
        export_person(session=session, candidate_id=cid)
        keep = make_candidate(session, full_name=NAME + " Jr")
        merge_candidates(session=session, keep_id=keep.id, other_id=cid)
    with session_scope(engine) as session:
        events = session.exec(sm_select(AuditEvent)).all()
    assert {"do_not_contact", "consent", "export_person", "merge"} <= {e.action for e in events}
    logged = repr([(e.actor, e.action, e.subject_kind, e.detail) for e in events]).lower()
    assert "zofia" not in logged and "@" not in logged


def test_privacy_commands(engine, db_url, tmp_path):
    with session_scope(engine) as session:
        cid = _person_with_everything(session)
    out = tmp_path / "zofia.json"
    result = run_encore("export-person", str(cid), "--out", str(out), db_url=db_url)
    assert result.exit_code == 0 and json.loads(out.read_text())["candidate"]["id"] == cid
    refused = run_encore("forget", str(cid), db_url=db_url)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert run_encore("forget", str(cid), "--yes", db_url=db_url).exit_code == 0
    assert EMAIL not in _text_everywhere(engine)
    log = run_encore("audit", db_url=db_url).stdout
    assert "erasure" in log and "export_person" in log
    missing = run_encore("forget", str(cid), "--yes", db_url=db_url)
    assert missing.exit_code == 2 and "no candidate" in missing.stderr


def test_the_match_csv_shows_a_formula_as_text(engine, fake_embedder):
    import csv
    import io

    from app.match_output import render_matches
    from matching.engine import Matcher
    from matching.indexer import index_pool

    with session_scope(engine) as session:
        make_candidate(session, full_name='=HYPERLINK("http://x.example","Ana")')
    index_pool(engine, fake_embedder)
    result = Matcher(engine, fake_embedder).match_text("Backend engineer, Python, PostgreSQL")
    rows = list(csv.DictReader(io.StringIO(render_matches([result], "csv", as_list=False))))
    assert rows and rows[0]["full_name"].startswith("'=HYPERLINK")
