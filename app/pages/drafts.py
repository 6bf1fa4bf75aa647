"""Drafts: saved re-engagement emails to review, edit, copy, open in the mail client or
download as .eml, and mark as sent (which logs a touchpoint on the person's timeline)."""

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.dates import when
from app.ui.draft_panel import mail_buttons
from app.ui.guards import overview_or_stop, reported
from app.ui.plain import plain
from data.db import session_scope
from outreach.actions import mark_sent
from outreach.draft_edits import discard_draft, update_draft
from outreach.draft_view import draft_rows

st.title("Drafts")
overview_or_stop()
if flash := st.session_state.pop("drafts_flash", None):
    st.success(flash)

status = st.segmented_control(
    "Show",
    ["draft", "sent", "discarded"],
    default="draft",
    format_func=lambda s: {"draft": "To send", "sent": "Sent", "discarded": "Discarded"}[s],
    key="drafts_status",
)
with session_scope(get_engine()) as session:
    drafts = draft_rows(session=session, status=status or "draft")

if not drafts:
    st.info(
        "No drafts here. Write one from Search (pick a person, then “Draft a re-engagement”) "
        "or from a candidate's page."
    )
    st.stop()


def _done(message: str) -> None:
    st.session_state["drafts_flash"] = message
    st.rerun()


for d in drafts:
    role = f" · {plain(d.opening_title)}" if d.opening_title else ""
    with st.expander(
        f"{plain(d.candidate_name)}{role} — {plain(d.subject)}", expanded=len(drafts) == 1
    ):
        st.caption(
            f"{plain(d.tone)} · written {when(d.created_at)}"
            + (f" · sent {when(d.sent_at)}" if d.sent_at else "")
            + (f" · to {plain(d.email)}" if d.email else " · no email address on record")
        )
        st.page_link(
            "app/pages/candidate.py",
            label="Open profile",
            icon=":material/person:",
            query_params={"id": str(d.candidate_id)},
        )
        editable = d.status == "draft"
        subject = st.text_input(
            "Subject", value=d.subject, key=f"drafts_subject_{d.id}", disabled=not editable
        )
        body = st.text_area(
            "Message", value=d.body, height=260, key=f"drafts_body_{d.id}", disabled=not editable
        )
        text = d.text()
        text.subject, text.body = subject, body
        cols = st.columns(5)
        sendable = mail_buttons(
            text, (cols[0], cols[1], cols[2]), file_name=f"draft-{d.id}.eml", key=f"drafts_{d.id}"
        )
        if not editable:
            continue
        if cols[3].button("Save edits", key=f"drafts_save_{d.id}", width="stretch"):
            ok = False
            with reported("Not saved"), session_scope(get_engine()) as session:
                update_draft(session=session, draft_id=d.id, subject=subject, body=body)
                ok = True
            if ok:
                _done("Edits saved.")
        # No "Mark sent" for a person who may not be contacted now (mail_buttons said why).
        if sendable and cols[4].button(
            "Mark sent", key=f"drafts_sent_{d.id}", type="primary", width="stretch"
        ):
            ok = False
            with reported("Not marked sent"), session_scope(get_engine()) as session:
                if subject != d.subject or body != d.body:
                    update_draft(session=session, draft_id=d.id, subject=subject, body=body)
                mark_sent(session=session, draft_id=d.id, recruiter=current_recruiter())
                ok = True
            if ok:
                _done(f"Marked sent: logged on {plain(d.candidate_name)}'s timeline.")
        if st.button("Discard", key=f"drafts_discard_{d.id}", type="tertiary"):
            ok = False
            with reported("Not discarded"), session_scope(get_engine()) as session:
                discard_draft(session=session, draft_id=d.id)
                ok = True
            if ok:
                _done("Draft discarded.")
