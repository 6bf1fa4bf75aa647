"""Pool health: the talent-acquisition lead's weekly view of the pool, as charts."""

import altair as alt
import streamlit as st

from app.resources import get_engine
from app.ui.guards import overview_or_stop
from app.ui.plain import plain_table
from data import pool_health as health
from data.db import session_scope
from data.vocab import Seniority

st.title("Pool health")
overview_or_stop()

with session_scope(get_engine()) as session:
    summary = health.summary(session=session)
    composition = health.pool_composition(session=session)
    outcomes = health.outcomes(session=session)
    reasons = health.reasons(session=session)
    silver = health.silver_medalists(session=session)
    last_contact = health.last_contact(session=session)
    owed = health.feedback_owed(session=session)
    responses = health.response_rates(session=session)

cols = st.columns(5)
cols[0].metric("Candidates", f"{summary.candidates:,}")
cols[1].metric("Silver medalists", f"{summary.silver_medalists:,}")
cols[2].metric("Feedback owed", f"{summary.feedback_owed:,}")
cols[3].metric("Contacted in the last year", f"{summary.contacted_last_year:.0%}")
cols[4].metric("Never contacted", f"{summary.never_contacted:,}")

levels = [s.value for s in Seniority] + ["unknown"]
st.subheader("Who is in the pool", anchor=False)
st.altair_chart(
    alt.Chart(composition)
    .mark_bar()
    .encode(
        y=alt.Y("family:N", sort="-x", title=None),
        x=alt.X("sum(candidates):Q", title="Candidates"),
        color=alt.Color("seniority:N", sort=levels, title="Seniority"),
        order=alt.Order("seniority_order:Q"),
        tooltip=["family", "seniority", "candidates"],
    )
    .transform_calculate(seniority_order=f"indexof({levels!r}, datum.seniority)"),
    width="stretch",
)

left, right = st.columns(2)
with left:
    st.subheader("Outcomes of past applications", anchor=False)
    st.bar_chart(outcomes, x="outcome", y="applications", horizontal=True, sort="-applications")
with right:
    st.subheader("Reasons", anchor=False)
    st.bar_chart(reasons, x="reason", y="applications", horizontal=True, sort="-applications")

left, right = st.columns(2)
with left:
    st.subheader("Last contact", anchor=False)
    st.altair_chart(
        alt.Chart(last_contact)
        .mark_bar()
        .encode(
            # Bars across: the buckets' names read level, never turned sideways.
            y=alt.Y("last contact:N", sort=list(last_contact["last contact"]), title=None),
            x=alt.X("candidates:Q", title="Candidates"),
            tooltip=["last contact", "candidates"],
        ),
        width="stretch",
    )
    st.caption(
        f"Coverage: {summary.contacted_last_year:.0%} of the pool heard from us in the last "
        f"year; {summary.never_contacted} never did."
    )
with right:
    st.subheader("Response rates", anchor=False)
    st.altair_chart(
        alt.Chart(responses)
        .mark_bar()
        .encode(
            x=alt.X("outreach:N", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("response rate:Q", axis=alt.Axis(format="%"), title="Replied"),
            tooltip=["outreach", "sent", "replied", alt.Tooltip("response rate:Q", format=".0%")],
        ),
        width="stretch",
    )
    st.dataframe(
        responses.style.format({"response rate": "{:.0%}"}),
        hide_index=True,
        key="health_responses",
    )
    st.caption(
        "Rediscovered: re-engagement messages to past candidates; other: every other "
        "outbound touchpoint. Replied counts any answer, yes or no."
    )

left, right = st.columns(2)
with left:
    st.subheader(f"Silver medalists ({len(silver)})", anchor=False)
    st.dataframe(
        plain_table(silver.drop(columns=["candidate_id"])),
        hide_index=True,
        key="health_silver",
        column_config={"decided": st.column_config.DateColumn("Decided", format="MMM YYYY")},
    )
with right:
    st.subheader(f"Feedback owed ({len(owed)})", anchor=False)
    st.dataframe(
        plain_table(owed.drop(columns=["candidate_id"])),
        hide_index=True,
        key="health_owed",
        column_config={"decided": st.column_config.DateColumn("Decided", format="MMM YYYY")},
    )
    st.page_link(
        "app/pages/feedback.py",
        label="Write the feedback, oldest first",
        icon=":material/rate_review:",
    )
