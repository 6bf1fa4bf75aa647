"""Feedback owed: people turned down after an interview who never heard why, oldest first.
Each gets a feedback draft built from the record (editable, the facts used beside it; copy,
mail app or .eml), *Mark sent* (logs a touchpoint and clears the debt) and *Not needed*
with a reason (kept on the application and audited)."""

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.dates import when
from app.ui.draft_panel import facts_column, mail_buttons
from app.ui.guards import overview_or_stop, reported
from app.ui.my_settings import signature
from app.ui.plain import SENTENCE, clean, plain, plain_table
from data.db import session_scope
from outreach.drafts import DraftRefused
from outreach.feedback import (
    build_feedback_draft,
    feedback_not_needed,
    feedback_owed_list,
    send_feedback,
)

st.title("Feedback owed")
overview_or_stop()
if flash := st.session_state.pop("feedback_flash", None):
    st.success(flash)

with session_scope(get_engine()) as session:
    owed = feedback_owed_list(session=session)
if not owed:
    st.info("Nobody is waiting for feedback after an interview.")
    st.stop()

st.caption(
    f"{len(owed)} {'person was' if len(owed) == 1 else 'people were'} turned down after an "
    "interview and never heard why. Oldest first: the longer the wait, the more the silence "
    "costs."
)
st.dataframe(
    plain_table(
        [
            {
                "Name": o.name,
                "Role": o.role_title,
                "Stage reached": o.stage_reached,
                "Decided": when(o.decided_at),
                "Waiting": f"{o.days_waiting} days" if o.days_waiting is not None else "—",
                "Note": "consent expired: ask to renew it first" if o.consent_expired else "",
            }
            for o in owed
        ]
    ),
    hide_index=True,
    width="stretch",
    key="feedback_table",
)

items = {o.application_id: o for o in owed}
chosen = st.selectbox(
    "Write to",
    list(items),
    format_func=lambda aid: clean(f"{items[aid].name} — {items[aid].role_title}"),
    key="feedback_person",
)
item = items[chosen]
aid = item.application_id


def _done(message: str) -> None:
    for key in (f"feedback_subject_{aid}", f"feedback_body_{aid}", "feedback_person"):
        st.session_state.pop(key, None)
    st.session_state["feedback_flash"] = message
    st.rerun()


with st.container(border=True):
    head = st.columns([3, 1], vertical_alignment="center")
    head[0].subheader(plain(item.name), anchor=False)
    head[1].page_link(
        "app/pages/candidate.py",
        label="Open profile",
        icon=":material/person:",
        query_params={"id": str(item.candidate_id)},
    )
    st.caption(
        f"{plain(item.role_title)} · reached {plain(item.stage_reached)} · decided "
        f"{when(item.decided_at)}"
    )
    signed = signature()  # read first: one unit of work at a time
    text, refused = None, None
    with session_scope(get_engine()) as session:
        try:
            text = build_feedback_draft(session=session, application_id=aid, signature=signed)
        except DraftRefused as exc:
            refused = str(exc)
    if refused:
        st.warning(f"No draft: {plain(refused, limit=SENTENCE)}", icon=":material/block:")
    else:
        st.session_state.setdefault(f"feedback_subject_{aid}", text.subject)
        st.session_state.setdefault(f"feedback_body_{aid}", text.body)
        left, right = st.columns([3, 2])
        with left:
            subject = st.text_input("Subject", key=f"feedback_subject_{aid}")
            body = st.text_area("Message", height=320, key=f"feedback_body_{aid}")
        with right:
            facts_column(text)
        text.subject, text.body = subject, body
        actions = st.columns(4)
        sendable = mail_buttons(
            text,
            (actions[0], actions[1], actions[2]),
            file_name=f"feedback-{aid}.eml",
            key=f"feedback_{aid}",
        )
        if sendable and actions[3].button(
            "Mark sent", key=f"feedback_sent_{aid}", type="primary", width="stretch"
        ):
            ok = False
            with reported("Not marked sent"), session_scope(get_engine()) as session:
                send_feedback(
                    session=session,
                    application_id=aid,
                    subject=subject,
                    body=body,
                    signature=signed,
                    recruiter=current_recruiter(),
                )
                ok = True
            if ok:
                _done(
                    f"Feedback to {plain(item.name)} marked sent: logged on their timeline, "
                    "no longer owed."
                )
    with st.expander("Not needed"):
        st.caption(
            "Close this without writing — say why (given by phone, they asked for none…). "
            "The reason is kept on the application."
        )
        reason = st.text_input("Why no feedback is needed", key=f"feedback_skip_reason_{aid}")
        if st.button("Mark not needed", key=f"feedback_skip_{aid}"):
            ok = False
            with reported("Not saved"), session_scope(get_engine()) as session:
                feedback_not_needed(
                    session=session, application_id=aid, reason=reason, actor=current_recruiter()
                )
                ok = True
            if ok:
                _done(f"Recorded: no feedback needed for {plain(item.name)}.")
