"""Candidate: everything the team knows about one person — profile, motivations (editable),
what Encore read from their words (correctable), applications and feedback, the touchpoint
timeline, consent and do-not-contact, and a draft.

Reached from Search and Openings with ``?id=<candidate id>``, or by looking someone up here.
"""

from datetime import UTC, datetime

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.conditions import conditions_panel, opt_out_box, read_conditions
from app.ui.dates import when
from app.ui.draft_panel import draft_composer
from app.ui.guards import overview_or_stop, reported
from app.ui.motivations import motivations_editor
from app.ui.plain import clean, plain, plain_table
from data.candidates_view import candidate_profile, find_candidates
from data.db import session_scope
from data.plural import counted
from data.privacy import set_consent, set_do_not_contact
from data.timeutil import utcnow
from data.vocab import Channel, Direction, TouchpointKind, TouchpointOutcome
from outreach.actions import log_touchpoint

LOOKUP_LIMIT = 50
TABS = [
    "Profile & motivations",
    "What Encore read",
    "Applications",
    "Timeline",
    "Consent & contact",
    "Draft",
]

st.title("Candidate")
overview_or_stop()

wanted = st.query_params.get("id")
candidate_id = int(wanted) if wanted and wanted.isdigit() else None
with st.expander("Find someone", expanded=candidate_id is None):
    text = st.text_input("Name, email, external id or title", key="cand_find")
    with session_scope(get_engine()) as session:
        hits = find_candidates(session=session, text=text, limit=LOOKUP_LIMIT + 1)
    if len(hits) > LOOKUP_LIMIT:
        st.caption(f"More than {LOOKUP_LIMIT} people match: the first {LOOKUP_LIMIT} by name.")
        hits = hits[:LOOKUP_LIMIT]
    elif len(hits) > 1:
        st.caption(f"{len(hits)} people match: choose one.")
    if hits:
        # Several matches: nobody is chosen for the recruiter (the first is not always right).
        hit = st.selectbox(
            "Person",
            hits,
            index=0 if len(hits) == 1 else None,
            placeholder=f"Choose one of {len(hits)} people",
            format_func=lambda h: clean(h.label),
            key="cand_pick",
        )
        if st.button("Open", key="cand_open", disabled=hit is None):
            st.query_params["id"] = str(hit.id)
            st.rerun()
    else:
        st.caption("Nobody matches that.")
if candidate_id is None:
    st.info("Pick a person above, or open one from Search or Openings.")
    st.stop()

with session_scope(get_engine()) as session:
    profile = candidate_profile(session=session, candidate_id=candidate_id)
if profile is None:
    st.warning(f"No candidate with id {candidate_id}: they may have been erased or merged.")
    st.stop()
person = profile.candidate

st.header(plain(person.full_name), anchor=False)
st.text(clean(" · ".join(p for p in (person.current_title, person.location, person.email) if p)))
if person.do_not_contact:
    st.error(f"Do not contact — {plain(person.do_not_contact_reason or 'no reason recorded')}")
if person.consent_until and person.consent_until < utcnow().date():
    st.warning(f"Consent expired on {when(person.consent_until)}: ask them to renew it.")

reading = read_conditions(person.id)
if reading is not None:
    opt_out_box(reading)

cols = st.columns(4)
cols[0].metric(
    "Years of experience", f"{person.years_experience:g}" if person.years_experience else "—"
)
cols[1].metric("Applications", len(profile.applications))
cols[2].metric("Touchpoints", len(profile.touchpoints))
cols[3].metric("Last contact", when(profile.last_contact))

# Keyed and tracked, so a save (which reruns the page) comes back to the same tab.
tab_profile, tab_read, tab_history, tab_timeline, tab_consent, tab_draft = st.tabs(
    TABS, key="cand_tab", on_change="rerun"
)

with tab_profile:
    if person.headline:
        st.text(clean(person.headline))
    st.write("**Skills:** " + plain(", ".join(person.skills or []) or "—"))
    st.write("**Tags:** " + plain(", ".join(person.tags or []) or "—"))
    st.caption(
        f"Source: {plain(person.source or '—')} · External id: {plain(person.external_id or '—')}"
    )
    if person.resume_text:
        with st.expander("Résumé text"):
            st.text(clean(person.resume_text, limit=None, lines=True))
    st.subheader("Motivations", anchor=False)
    motivations_editor(person.id, profile.motivations)

with tab_read:
    if reading is not None:
        conditions_panel(reading)

with tab_history:
    if not profile.applications:
        st.caption("No applications on record.")
    else:
        st.dataframe(
            plain_table(
                [
                    {
                        "Role": a.role_title or a.opening_title,
                        "Applied": when(a.applied_at),
                        "Decided": when(a.decided_at),
                        "Stage reached": a.stage_reached,
                        "Outcome": (a.outcome or "—").replace("_", " "),
                        "Reason": (a.reason or "—").replace("_", " "),
                        "In their words": a.reason_note or "",
                        "Feedback": a.feedback,
                        "Rating": a.rating,
                    }
                    for a in profile.applications
                ]
            ),
            hide_index=True,
            width="stretch",
            key="cand_apps",
        )
        owed = [a for a in profile.applications if a.feedback == "owed"]
        if owed:
            st.warning(
                f"Feedback is owed for {counted(len(owed), 'process', 'processes')}: "
                "say it in the next message."
            )

with tab_timeline:
    if profile.touchpoints:
        st.dataframe(
            plain_table(
                [
                    {
                        "When": when(t.at),
                        "Channel": t.channel,
                        "Direction": t.direction,
                        "Kind": t.kind.replace("_", " "),
                        "Outcome": (t.outcome or "").replace("_", " "),
                        "Note": t.note or "",
                    }
                    for t in profile.touchpoints
                ]
            ),
            hide_index=True,
            width="stretch",
            key="cand_timeline",
        )
    else:
        st.caption("No touchpoints yet.")
    with st.form("cand_log", clear_on_submit=True, border=True):
        st.markdown("**Log a touchpoint**")
        c = st.columns(4)
        kind = c[0].selectbox("Kind", list(TouchpointKind), key="cand_log_kind")
        channel = c[1].selectbox("Channel", list(Channel), key="cand_log_channel")
        direction = c[2].selectbox("Direction", list(Direction), key="cand_log_direction")
        outcome = c[3].selectbox(
            "Outcome",
            [None, *TouchpointOutcome],
            key="cand_log_outcome",
            format_func=lambda o: "—" if o is None else str(o).replace("_", " "),
        )
        day = st.date_input("Date", value=utcnow().date(), key="cand_log_date")
        note = st.text_area("Note", key="cand_log_note", height=80)
        if st.form_submit_button("Log touchpoint"):
            done = False
            with reported("Not logged"), session_scope(get_engine()) as session:
                at = datetime.combine(day, utcnow().time(), tzinfo=UTC) if day else None
                log_touchpoint(
                    session=session,
                    candidate_id=person.id,
                    kind=kind,
                    channel=channel,
                    direction=direction,
                    outcome=outcome,
                    note=note.strip() or None,
                    at=at,
                    recruiter=current_recruiter(),
                )
                done = True
            if done:
                st.rerun()

with tab_consent:
    c = st.columns(2)
    with c[0]:
        st.markdown("**Consent**")
        has_date = st.checkbox(
            "Consent has an end date",
            value=person.consent_until is not None,
            key="cand_consent_has",
        )
        until = st.date_input(
            "Consent until",
            value=person.consent_until or utcnow().date(),
            key="cand_consent",
            disabled=not has_date,
        )
        if st.button("Save consent", key="cand_consent_save"):
            done = False
            with reported("Consent not saved"), session_scope(get_engine()) as session:
                set_consent(
                    session=session,
                    candidate_id=person.id,
                    until=until if has_date else None,
                    actor=current_recruiter(),
                )
                done = True
            if done:
                st.rerun()
    with c[1]:
        st.markdown("**Do not contact**")
        dnc = st.toggle("Do not contact", value=person.do_not_contact, key="cand_dnc")
        reason = st.text_input(
            "Reason",
            value=person.do_not_contact_reason or "",
            key="cand_dnc_reason",
            placeholder="e.g. Asked not to be contacted again",
        )
        confirming = f"cand_dnc_confirming_{person.id}"

        def _save_dnc() -> None:
            done = False
            with reported("Not saved"), session_scope(get_engine()) as session:
                set_do_not_contact(
                    session=session,
                    candidate_id=person.id,
                    on=dnc,
                    reason=reason,
                    actor=current_recruiter(),
                )
                done = True
            st.session_state.pop(confirming, None)
            if done:
                st.rerun()

        if st.button("Save contact preference", key="cand_dnc_save"):
            # Setting do-not-contact takes the person out of everything: ask first (once a
            # reason is given; without one the save itself says what is missing).
            if dnc and not person.do_not_contact and reason.strip():
                st.session_state[confirming] = True
            else:
                _save_dnc()
        if st.session_state.get(confirming) and dnc:
            st.warning(
                f"Mark {plain(person.full_name)} as do-not-contact? They leave every ranking, "
                "draft and reconnect list until someone lifts it here."
            )
            yes, no = st.columns(2)
            if yes.button("Yes, do not contact", key="cand_dnc_confirm", type="primary"):
                _save_dnc()
            if no.button("Cancel", key="cand_dnc_cancel"):
                st.session_state.pop(confirming, None)
                st.rerun()

with tab_draft:
    draft_composer(person.id, None, key="cand_draft")
