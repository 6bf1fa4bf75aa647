"""The draft composer used on Search, Candidate and Reconnect: a re-engagement email built
only from facts on record, editable, with the facts beside it, and ways to send it from the
mail client. Its parts (the facts column, the send buttons) serve Feedback owed too.
"""

import dataclasses

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine, get_matcher
from app.ui.copy_button import copy_button
from app.ui.guards import reported
from app.ui.my_settings import signature
from app.ui.plain import SENTENCE, plain
from data.db import read_session, session_scope
from outreach.actions import save_draft
from outreach.contactable import contact_block
from outreach.drafts import TONES, DraftRefused, DraftText, build_draft


def draft_composer(candidate_id: int, opening_id: int | None, *, key: str) -> None:
    """``key`` prefixes every widget key (``search_draft``, ``cand_draft``)."""
    state = f"{key}_text"
    cols = st.columns([2, 1])
    tone = cols[0].radio("Tone", TONES, horizontal=True, key=f"{key}_tone")
    if cols[1].button("Draft a re-engagement", key=f"{key}_make", type="primary"):
        with st.spinner("Writing from the facts on record…"):
            try:
                with read_session(get_engine()) as session:
                    text = build_draft(
                        get_matcher(),
                        candidate_id,
                        session=session,
                        opening_id=opening_id,
                        tone=tone,
                        signature=signature(),
                    )
            except DraftRefused as exc:
                st.session_state.pop(state, None)
                st.warning(f"No draft: {plain(exc, limit=SENTENCE)}")
                return
        st.session_state[state] = text
        st.session_state[f"{key}_subject"] = text.subject
        st.session_state[f"{key}_body"] = text.body
    text: DraftText | None = st.session_state.get(state)
    if text is None or text.candidate_id != candidate_id:
        return
    left, right = st.columns([3, 2])
    with left:
        subject = st.text_input("Subject", key=f"{key}_subject")
        body = st.text_area("Message", height=320, key=f"{key}_body")
    edited = dataclasses.replace(text, subject=subject, body=body)
    with right:
        facts_column(text)
    actions = st.columns(4)
    mail_buttons(
        edited, (actions[0], actions[1], actions[3]), file_name=f"draft-{candidate_id}.eml", key=key
    )
    if actions[2].button("Save draft", key=f"{key}_save", width="stretch"):
        saved_id = None
        with reported("The draft was not saved"), session_scope(get_engine()) as session:
            saved_id = save_draft(session=session, text=edited, recruiter=current_recruiter()).id
        if saved_id:
            st.success(f"Saved as draft #{saved_id}: find it on the Drafts page.")


def facts_column(text: DraftText) -> None:
    """Beside a draft: each fact it used and where it came from, and what is missing."""
    st.markdown("**Facts used**")
    for fact in text.facts:
        st.markdown(
            f"**{plain(fact.label)}** — {plain(fact.value, limit=SENTENCE)}  \n"
            f":gray[{plain(fact.source)}]"
        )
    for note in text.missing:
        st.warning(plain(note, limit=SENTENCE))
    if not text.to:
        st.warning("No email address on record: add one before sending.")


def mail_buttons(text: DraftText, slots, *, file_name: str, key: str) -> bool:
    """The ways a draft leaves Encore, offered only if the person may be contacted now.

    Checked at every render, not when the draft was written: for a person marked
    do-not-contact or whose consent lapsed since, the reason is shown instead (False)."""
    with session_scope(get_engine()) as session:
        block = contact_block(session=session, candidate_id=text.candidate_id)
    if block is not None:
        st.warning(plain(block.message, limit=SENTENCE), icon=":material/block:")
        return False
    if text.to and not text.recipient:
        st.warning(
            "The email address on record is not one valid address: it is left out of the "
            "mail, so fill in the recipient in your mail app."
        )
    _send_buttons(text, slots, file_name=file_name, key=key)
    return True


def _send_buttons(text: DraftText, slots, *, file_name: str, key: str) -> None:
    """Open in the mail app, download as .eml, copy: the three ways a draft leaves Encore."""
    mail, eml, copy = slots
    mail.link_button("Open in mail app", text.mailto(), width="stretch")
    eml.download_button(
        "Download .eml",
        text.to_eml(),
        file_name=file_name,
        mime="message/rfc822",
        key=f"{key}_eml",
        width="stretch",
    )
    with copy:  # one click; a popover here was clipped at the bottom of the page
        copy_button(f"Subject: {text.subject}\n\n{text.body}")
