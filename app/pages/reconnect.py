"""Reconnect: who to get back in touch with this week and why — cadence (not neglected too
long), restraint (not contacted too recently), prioritised by fit with the open roles — with
done / snooze / not interested, and the list as CSV or calendar reminders."""

from datetime import timedelta

import streamlit as st

from app.identity import current_recruiter, signed_in_recruiter
from app.resources import get_engine, get_matcher
from app.ui.dates import when
from app.ui.draft_panel import draft_composer
from app.ui.guards import overview_or_stop, reported
from app.ui.my_settings import my_preferences
from app.ui.plain import SENTENCE, clean, plain, plain_table
from data.db import session_scope
from data.timeutil import utcnow
from outreach.actions import mark_done, mark_not_interested, snooze
from outreach.exports import reconnect_csv, reconnect_ics
from outreach.reconnect import weekly_list
from outreach.week import rules_for

st.title("Reconnect this week")
overview_or_stop()
if flash := st.session_state.pop("reconnect_flash", None):
    st.success(flash)

today = utcnow().date()
prefs = my_preferences()  # read first: one unit of work at a time
rules = rules_for(prefs)
with st.spinner("Building this week's list…"), session_scope(get_engine()) as session:
    weekly = weekly_list(
        get_matcher(),
        session=session,
        today=today,
        recruiter=signed_in_recruiter(),
        rules=rules,
    )

st.caption(f"Week of {weekly.week_of:%d %B %Y} · {weekly.held_back_sentence()}")
if not weekly.entries:
    st.info("Nobody is due this week. Pin people from Search to add them by hand.")
else:
    st.dataframe(
        plain_table(
            [
                {
                    "Status": e.status,
                    "Name": e.name,
                    "Why": " · ".join(e.why),
                    "Proposed role": e.opening_title or "",
                    "Match": e.match_score,
                    "Last contact": when(e.last_contact),
                }
                for e in weekly.entries
            ]
        ),
        hide_index=True,
        key="reconnect_table",
        column_config={
            "Match": st.column_config.ProgressColumn(
                "Match", min_value=0, max_value=100, format="%.0f", width="small"
            ),
            "Why": st.column_config.TextColumn("Why", width="large"),
        },
    )
    cols = st.columns(2)
    cols[0].download_button(
        "Download CSV",
        reconnect_csv(weekly),
        file_name=f"reconnect-{weekly.week_of}.csv",
        mime="text/csv",
        key="reconnect_csv",
    )
    cols[1].download_button(
        "Calendar reminders (.ics)",
        reconnect_ics(weekly, hours=prefs.working_hours),  # your working day
        file_name=f"reconnect-{weekly.week_of}.ics",
        mime="text/calendar",
        key="reconnect_ics",
    )

    people = {e.candidate_id: e for e in weekly.entries}
    chosen = st.selectbox(
        "Work on",
        list(people),
        format_func=lambda cid: clean(f"{people[cid].name} ({people[cid].status})"),
        key="reconnect_person",
    )
    entry = people[chosen]
    with st.container(border=True):
        head = st.columns([4, 1])
        head[0].subheader(plain(entry.name), anchor=False)
        head[1].page_link(
            "app/pages/candidate.py",
            label="Open profile",
            icon=":material/person:",
            query_params={"id": str(entry.candidate_id)},
        )
        for why in entry.why:
            st.markdown(f"- {plain(why, limit=SENTENCE)}")
        tab_draft, tab_done, tab_snooze, tab_no = st.tabs(
            ["Draft", "Done", "Snooze", "Not interested"]
        )

        def _act(message: str, call, **kw) -> None:
            ok = False
            with reported("Not saved"), session_scope(get_engine()) as session:
                call(
                    session=session,
                    candidate_id=entry.candidate_id,
                    recruiter=current_recruiter(),
                    **kw,
                )
                ok = True
            if ok:
                st.session_state["reconnect_flash"] = message
                st.rerun()

        with tab_draft:
            draft_composer(entry.candidate_id, entry.opening_id, key="reconnect_draft")
        with tab_done:
            note = st.text_input("Note (optional)", key="reconnect_done_note")
            if st.button("Mark done", key="reconnect_done", disabled=entry.done):
                _act(
                    f"Logged: you reached out to {plain(entry.name)}.",
                    mark_done,
                    opening_id=entry.opening_id,
                    note=note.strip() or None,
                )
        with tab_snooze:
            until = st.date_input(
                "Snooze until", value=today + timedelta(days=30), key="reconnect_snooze_until"
            )
            if st.button("Snooze", key="reconnect_snooze"):
                _act(f"{plain(entry.name)} is snoozed until {until:%d %B %Y}.", snooze, until=until)
        with tab_no:
            why = st.text_input("Why", key="reconnect_no_reason")
            if st.button("Mark not interested", key="reconnect_not_interested"):
                _act(
                    f"Recorded: {plain(entry.name)} is not interested.",
                    mark_not_interested,
                    reason=why,
                    opening_id=entry.opening_id,
                )

if weekly.reconsent:
    st.subheader("Ask to renew consent first", anchor=False)
    st.dataframe(
        plain_table(
            [
                {"Name": t.name, "Consent until": when(t.consent_until), "Why": t.why}
                for t in weekly.reconsent
            ]
        ),
        hide_index=True,
        key="reconnect_reconsent",
    )
