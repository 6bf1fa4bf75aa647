"""A recruiter's week in the dashboard, headless on the demo pool: Home's to-do counts and
their links, the Feedback owed page, a recruiter's own settings, and the Candidate page's
lookup, do-not-contact confirmation and tabs."""

import streamlit as st
from sqlmodel import select

from data import crud
from data.db import session_scope
from data.eligibility import is_feedback_owed
from data.models import Application, AuditEvent, Candidate, Touchpoint
from data.recruiter_settings import preferences_for
from tests.app_fixtures import open_page, table_with

LOCAL = "local"  # ENCORE_RECRUITER's default: who the app acts as without sign-in


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _links(at) -> dict[str, str]:
    return {p.label: p.proto.page for p in at.get("page_link")}


def _fresh_home():
    st.cache_data.clear()  # Home keeps the weekly list's counts a minute
    return open_page("home")


def test_home_counts_the_week_links_each_count_and_names_the_demo_pool(demo_app):
    at = _fresh_home()
    assert not at.exception
    metrics = _metrics(at)
    links = _links(at)
    for link, page in (
        ("Reconnect list", "reconnect"),
        ("Drafts", "drafts"),
        ("Feedback owed, oldest first", "feedback"),
        ("Openings", "openings"),
        ("Reconnect: renew consent", "reconnect"),
    ):
        assert page in links[link], link
    notice = next(i.value for i in at.info if "demo pool" in i.value)
    assert "Import page" in notice and "encore import candidates FILE" in notice

    feedback = open_page("feedback")
    assert int(metrics["Owed feedback"]) == len(table_with(feedback, "Waiting")) > 0
    reconnect = open_page("reconnect")
    listed = table_with(reconnect, "Proposed role")
    assert int(metrics["To reconnect with this week"]) == sum(listed["Status"] != "done") > 0
    assert int(metrics["Re-consents to ask for"]) == len(table_with(reconnect, "Consent until"))
    assert int(metrics["Candidates"]) == 460


def _first_sendable(at):
    """Move the Feedback page's picker to the oldest person who may be written to now."""
    picker = at.selectbox(key="feedback_person")
    for index in range(len(picker.options)):
        at.selectbox(key="feedback_person").select_index(index).run()
        aid = at.selectbox(key="feedback_person").value
        if f"feedback_sent_{aid}" in [b.key for b in at.button]:
            return aid
    raise AssertionError("nobody owed feedback may be written to")


def test_feedback_owed_is_oldest_first_and_mark_sent_clears_the_debt(demo_app):
    at = open_page("feedback")
    assert not at.exception
    waiting = [int(w.split()[0]) for w in table_with(at, "Waiting")["Waiting"] if w != "—"]
    assert waiting == sorted(waiting, reverse=True)
    aid = _first_sendable(at)
    assert at.text_input(key=f"feedback_subject_{aid}").value
    assert any("Facts used" in m.value for m in at.markdown)
    assert any(b.label == "Download .eml" for b in at.get("download_button"))
    body = at.text_area(key=f"feedback_body_{aid}").value
    at.text_area(key=f"feedback_body_{aid}").input(body + "\nP.S. Happy to talk it through.")
    at.button(key=f"feedback_sent_{aid}").click().run()
    assert not at.exception
    assert any("marked sent" in s.value for s in at.success)
    with session_scope(demo_app) as session:
        app = session.get(Application, aid)
        assert not is_feedback_owed(app)
        notes = session.exec(
            select(Touchpoint.note).where(
                Touchpoint.candidate_id == app.candidate_id, Touchpoint.kind == "feedback"
            )
        ).all()
    assert len(notes) == 1 and notes[0].startswith("Sent: ")
    assert aid not in at.selectbox(key="feedback_person").options


def test_feedback_not_needed_asks_why_and_keeps_the_reason(demo_app):
    at = open_page("feedback")
    aid = at.selectbox(key="feedback_person").value
    at.button(key=f"feedback_skip_{aid}").click().run()
    assert any("say why no feedback is needed" in e.value for e in at.error)
    at.text_input(key=f"feedback_skip_reason_{aid}").input("Gave it on the phone in May")
    at.button(key=f"feedback_skip_{aid}").click().run()
    assert not at.exception
    assert any("no feedback needed" in s.value for s in at.success)
    with session_scope(demo_app) as session:
        app = session.get(Application, aid)
        assert app.feedback_waived_reason == "Gave it on the phone in May"
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "feedback.not_needed")
        ).one()
        assert event.detail == {"application_id": aid}
    profile = open_page("candidate", id=str(app.candidate_id))
    feedback = table_with(profile, "Feedback")["Feedback"]
    assert "not needed: Gave it on the phone in May" in set(feedback)


def test_my_settings_are_stored_sign_the_drafts_and_cap_the_weekly_list(demo_app):
    at = open_page("settings")
    assert not at.exception
    assert any("sqlite:///" in c.value for c in at.code)  # under About
    at.text_input(key="settings_name").input("Kim Lee")
    at.text_area(key="settings_signature").input("Kim Lee\nTalent, Tallyfold")
    at.number_input(key="settings_cap").set_value(3)
    at.slider(key="settings_hours").set_value((8, 16))
    at.button(key="FormSubmitter:settings_mine-Save my settings").click().run()
    assert not at.exception
    assert any("Saved" in s.value for s in at.success)
    with session_scope(demo_app) as session:
        prefs = preferences_for(session=session, recruiter=LOCAL)
    assert (prefs.display_name, prefs.weekly_cap) == ("Kim Lee", 3)
    assert (prefs.workday_start_hour, prefs.workday_end_hour) == (8, 16)

    feedback = open_page("feedback")
    aid = _first_sendable(feedback)
    body = feedback.text_area(key=f"feedback_body_{aid}").value
    assert body.rstrip().endswith("Kim Lee\nTalent, Tallyfold")
    assert int(_metrics(_fresh_home())["To reconnect with this week"]) <= 3
    assert len(table_with(open_page("reconnect"), "Proposed role")) == 3


def test_a_setting_out_of_range_is_refused_naming_it(demo_app):
    at = open_page("settings")
    at.slider(key="settings_hours").set_value((17, 17))
    at.button(key="FormSubmitter:settings_mine-Save my settings").click().run()
    assert any("Working day ends" in e.value for e in at.error)


def test_a_lookup_with_several_matches_chooses_nobody(demo_app):
    at = open_page("candidate")
    at.text_input(key="cand_find").input("Engineer").run()
    picker = at.selectbox(key="cand_pick")
    assert len(picker.options) > 1 and picker.value is None
    assert at.button(key="cand_open").disabled
    assert any("people match" in c.value for c in at.caption)
    at.selectbox(key="cand_pick").select_index(1).run()
    chosen = at.selectbox(key="cand_pick").value
    at.button(key="cand_open").click().run()
    assert at.query_params["id"] == str(chosen.id)

    at.text_input(key="cand_find").input("Sanne Visser").run()
    assert at.selectbox(key="cand_pick").value.full_name == "Sanne Visser"  # the only one


def test_do_not_contact_asks_for_confirmation_first(demo_app):
    with session_scope(demo_app) as session:
        cid = crud.find_candidate(session=session, external_id="DEMO-C0371").id
    at = open_page("candidate", id=str(cid))
    at.toggle(key="cand_dnc").set_value(True).run()
    at.text_input(key="cand_dnc_reason").input("Asked us to stop").run()
    at.button(key="cand_dnc_save").click().run()
    assert any("as do-not-contact?" in w.value for w in at.warning)
    with session_scope(demo_app) as session:
        assert not session.get(Candidate, cid).do_not_contact  # nothing yet
    at.button(key="cand_dnc_cancel").click().run()
    assert "cand_dnc_confirm" not in [b.key for b in at.button]
    at.button(key="cand_dnc_save").click().run()
    at.button(key="cand_dnc_confirm").click().run()
    assert not at.exception
    with session_scope(demo_app) as session:
        assert session.get(Candidate, cid).do_not_contact


def test_a_save_keeps_the_tab_it_was_made_in(demo_app):
    with session_scope(demo_app) as session:
        cid = crud.find_candidate(session=session, external_id="DEMO-C0042").id
    at = open_page("candidate", id=str(cid))
    at.session_state["cand_tab"] = "Timeline"
    at.run()
    at.text_area(key="cand_log_note").input("Called about the platform role")
    at.button(key="FormSubmitter:cand_log-Log touchpoint").click().run()
    assert not at.exception
    assert at.session_state["cand_tab"] == "Timeline"
    assert "Called about the platform role" in set(table_with(at, "Channel")["Note"])


def test_settings_still_show_the_database_when_it_cannot_be_opened(monkeypatch):
    from data.settings import get_settings

    monkeypatch.setenv("DATABASE_URL", "postgresql://encore:s3cret@127.0.0.1:1/encore")
    monkeypatch.setenv("ENCORE_RAISE_ERRORS", "1")
    get_settings.cache_clear()
    st.cache_resource.clear()
    try:
        at = open_page("settings")
        assert not at.exception
        assert any("Cannot open the database" in e.value for e in at.error)
        assert any("127.0.0.1:1/encore" in c.value for c in at.code)
        assert not any("s3cret" in x.value for x in [*at.code, *at.error])
    finally:
        get_settings.cache_clear()
        st.cache_resource.clear()
