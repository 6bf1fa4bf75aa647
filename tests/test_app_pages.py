"""Drafts, Import, Pool health, Settings and Home on the demo pool, headless."""

from pathlib import Path

from sqlmodel import select

from data import crud
from data.db import session_scope
from data.demo import SCENARIOS
from data.models import Candidate, Draft, Touchpoint
from outreach.actions import save_draft
from outreach.drafts import DraftText
from tests.app_fixtures import open_page, table_with

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ats"
CANDIDATES_CSV = (
    b"external_id,full_name,email,current_title,skills,motivations\n"
    b'IMP-1,Ada Import,ada@example.com,Backend Engineer,"Python, Go",Wants remote work\n'
    b"IMP-2,Bob Import,bob@example.com,Data Analyst,SQL,\n"
    b"IMP-3,,nobody@example.com,Designer,Figma,\n"
)


def _a_saved_draft(engine) -> int:
    with session_scope(engine) as session:
        person = crud.find_candidate(session=session, external_id=SCENARIOS["remote_seeker"])
        draft = save_draft(
            session=session,
            text=DraftText(person.id, None, "warm", person.email, "Catching up", "Hi Marta,\n"),
        )
        return draft.id


def test_every_page_renders_without_an_exception(demo_app):
    for page in ("home", "search", "openings", "candidate", "reconnect", "drafts", "feedback"):
        assert not open_page(page).exception, page
    for page in ("import_file", "pool_health", "settings"):
        assert not open_page(page).exception, page


def test_a_draft_can_be_edited_and_marked_sent_which_logs_a_touchpoint(demo_app):
    draft_id = _a_saved_draft(demo_app)
    at = open_page("drafts")
    assert not at.exception
    at.text_input(key=f"drafts_subject_{draft_id}").input("Catching up — a remote role")
    at.button(key=f"drafts_save_{draft_id}").click().run()
    assert any("Edits saved" in s.value for s in at.success)
    at.button(key=f"drafts_sent_{draft_id}").click().run()
    assert not at.exception
    with session_scope(demo_app) as session:
        draft = session.get(Draft, draft_id)
        assert (draft.status, draft.subject) == ("sent", "Catching up — a remote role")
        sent = session.exec(
            select(Touchpoint).where(
                Touchpoint.candidate_id == draft.candidate_id,
                Touchpoint.kind == "re_engagement",
                Touchpoint.note == "Sent: Catching up — a remote role",
            )
        ).all()
    assert len(sent) == 1
    assert f"drafts_sent_{draft_id}" not in [b.key for b in at.button]


def test_import_previews_checks_then_imports_naming_bad_rows(demo_app):
    at = open_page("import_file")
    at.selectbox(key="import_kind").set_value("candidates")
    at.file_uploader(key="import_upload").set_value(("people.csv", CANDIDATES_CSV, "text/csv"))
    at.run()
    assert not at.exception
    assert at.selectbox(key="import_preset").value == "generic"
    assert list(table_with(at, "full_name")["external_id"]) == ["IMP-1", "IMP-2"]
    unreadable = table_with(at, "Problem")
    assert list(unreadable["Row"]) == [4] and list(unreadable["Field"]) == ["full_name"]
    at.button(key="import_check_go").click().run()
    errors = table_with(at, "Problem")
    assert list(errors["Row"]) == [4] and list(errors["Field"]) == ["full_name"]
    with session_scope(demo_app) as session:
        assert (
            session.exec(select(Candidate).where(Candidate.external_id == "IMP-1")).first() is None
        )
    at.button(key="import_go").click().run()
    assert not at.exception
    assert any("2 added" in s.value for s in at.success)
    with session_scope(demo_app) as session:
        ada = session.exec(select(Candidate).where(Candidate.external_id == "IMP-1")).one()
    assert ada.skills == ["Python", "Go"]
    at.button(key="import_index").click().run()
    assert not at.exception


def test_an_ats_export_gets_its_preset_guessed_and_its_columns_mapped(demo_app):
    lever = (FIXTURES / "lever_opportunities.csv").read_bytes()
    at = open_page("import_file")
    at.file_uploader(key="import_upload").set_value(("lever.csv", lever, "text/csv"))
    at.run()
    assert not at.exception
    assert at.selectbox(key="import_preset").value == "lever"
    assert len(table_with(at, "Imported as")) > 5
    assert not at.error


def test_a_file_that_is_not_a_table_is_refused_with_a_message(demo_app):
    at = open_page("import_file")
    at.file_uploader(key="import_upload").set_value(("x.csv", b"\x00\x01\x02binary", "text/csv"))
    at.run()
    assert not at.exception
    assert any(
        "cannot be imported" in e.value and "Nothing was changed" in e.value for e in at.error
    )


def test_pool_health_shows_figures_and_charts(demo_app):
    at = open_page("pool_health")
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Silver medalists"]) > 0 and int(metrics["Feedback owed"]) > 0
    responses = table_with(at, "response rate")
    assert list(responses["outreach"]) == ["rediscovered", "other outreach"]
    assert len(at.get("vega_lite_chart")) >= 3


def test_settings_hide_the_password_and_keep_the_signature_per_recruiter(
    demo_app,
    monkeypatch,
):
    from data.recruiter_settings import preferences_for
    from data.settings import get_settings

    at = open_page("settings")
    assert not at.exception
    assert any("sqlite:///" in c.value for c in at.code)
    assert any("Telemetry is off" in m.value for m in at.markdown)
    at.text_area(key="settings_signature").input("Kim, Talent at Tallyfold")
    at.button(key="FormSubmitter:settings_mine-Save my settings").click().run()
    with session_scope(demo_app) as session:
        assert preferences_for(session=session, recruiter="local").signs_as == (
            "Kim, Talent at Tallyfold"
        )

    monkeypatch.setenv("DATABASE_URL", "postgresql://encore:s3cret@db.example/encore")
    get_settings.cache_clear()
    try:
        shown = open_page("settings")
        assert not any("s3cret" in c.value for c in shown.code)
        assert any("***" in c.value for c in shown.code)
    finally:
        get_settings.cache_clear()


def test_the_reconnect_list_says_why_and_marking_done_logs_the_contact(demo_app):
    at = open_page("reconnect")
    assert not at.exception
    listed = table_with(at, "Proposed role")
    assert len(listed) > 0 and all(listed["Why"])
    assert any(b.label == "Download CSV" for b in at.get("download_button"))
    person = at.selectbox(key="reconnect_person").value
    at.text_input(key="reconnect_done_note").input("Called, will send the role")
    at.button(key="reconnect_done").click().run()
    assert not at.exception
    with session_scope(demo_app) as session:
        notes = session.exec(
            select(Touchpoint.note).where(
                Touchpoint.candidate_id == person, Touchpoint.kind == "re_engagement"
            )
        ).all()
    assert "Called, will send the role" in notes


def test_a_database_an_older_encore_made_says_run_encore_init_on_every_page(tmp_path):
    from data.db import make_engine, upgrade
    from tests.app_fixtures import app_reading

    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(make_engine(url), "0009")  # before the role vectors came
    with app_reading(url):
        for page in ("home", "search", "openings", "reconnect", "drafts", "feedback"):
            at = open_page(page)
            assert not at.exception, page
            assert any("run `encore init`" in w.value for w in at.warning), page


def test_what_every_page_imports_can_be_imported_before_the_server_serves():
    from app.resources import import_what_pages_import

    import_what_pages_import()  # `encore serve` does this so a first page need not
