"""Home's to-do for the week: one card per kind of work, its count linking to the page where
it is done, then the roles opened since last week with their strong matches, the opt-outs to
confirm, and the pool's figures. Says plainly when the pool is the demo pool."""

from datetime import date

import streamlit as st

from app.identity import signed_in_recruiter
from app.resources import get_engine, get_matcher, loaded_matcher, pool_generation
from app.ui.conditions import opt_outs_panel
from app.ui.my_settings import my_preferences
from app.ui.plain import plain
from data.db import session_scope
from data.overview import PoolOverview
from data.recruiter_settings import Preferences
from data.settings import get_settings
from data.timeutil import utcnow
from matching.rediscovery import STRONG
from outreach.week import (
    ReconnectCounts,
    WeekTodo,
    reconnect_counts,
    strong_matches,
    week_todo,
)

STRONG_SHOWN = 3  # names shown per new role; the rest are on Search


def _card(column, label: str, value: int, *, page: str, link: str, note: str = "", key: str):
    with column.container(border=True, key=key):
        st.metric(label, f"{value:,}")
        st.page_link(page, label=link, icon=":material/arrow_forward:")
        if note:
            st.caption(note)


def _demo_notice(todo: WeekTodo) -> None:
    if not todo.demo_people:
        return
    if todo.demo_only:
        st.info(
            f"This is the demo pool: {todo.people:,} made-up people and their roles, there to "
            "try Encore. To work with your own people, import your ATS export on the Import "
            "page (or `encore import candidates FILE` in a terminal). The demo people stay "
            "until you start from a database of your own: point DATABASE_URL at a new one (or "
            "remove the file shown under About on the Settings page) and run `encore init`.",
            icon=":material/science:",
        )
    else:
        st.caption(
            f"{todo.demo_people:,} of the {todo.people:,} people are from the demo pool "
            "(external ids DEMO-…)."
        )


def _cards(todo: WeekTodo) -> None:
    oldest = (
        f"Oldest waiting {todo.oldest_feedback_days} days." if todo.oldest_feedback_days else ""
    )
    row = st.columns(3)
    _card(
        row[0],
        "To reconnect with this week",
        todo.reconnect_due,
        page="app/pages/reconnect.py",
        link="Reconnect list",
        note=f"{todo.reconnect_done} done already." if todo.reconnect_done else "",
        key="home_card_reconnect",
    )
    _card(
        row[1],
        "Drafts waiting to be sent",
        todo.drafts_waiting,
        page="app/pages/drafts.py",
        link="Drafts",
        key="home_card_drafts",
    )
    _card(
        row[2],
        "Owed feedback",
        todo.feedback_owed,
        page="app/pages/feedback.py",
        link="Feedback owed, oldest first",
        note=oldest,
        key="home_card_feedback",
    )
    row = st.columns(3)
    _card(
        row[0],
        "Roles opened since last week",
        len(todo.new_roles),
        page="app/pages/openings.py",
        link="Openings",
        key="home_card_roles",
    )
    with row[1].container(border=True, key="home_card_optouts"):
        st.metric("Opt-outs to confirm", f"{todo.opt_outs_to_confirm:,}")
        st.caption("Listed below, each linked to the person." if todo.opt_outs_to_confirm else "")
    _card(
        row[2],
        "Re-consents to ask for",
        todo.reconsent,
        page="app/pages/reconnect.py",
        link="Reconnect: renew consent",
        key="home_card_reconsent",
    )


def _new_roles(todo: WeekTodo) -> None:
    if not todo.new_roles:
        return
    st.subheader("Roles opened since last week", anchor=False)
    matcher = loaded_matcher()
    if matcher is None:
        st.caption(f"Strong matches score {STRONG} or more.")
        if not st.button("Find their strong matches", key="home_strong"):
            return
        with st.spinner("Loading the model (a few seconds the first time)…"):
            matcher = get_matcher()
    with st.spinner("Ranking the pool for the new roles…"):
        found = strong_matches(matcher, [r.opening_id for r in todo.new_roles])
    for role in todo.new_roles:
        strong = found.get(role.opening_id, [])
        with st.container(border=True, key=f"home_role_{role.opening_id}"):
            st.page_link(
                "app/pages/search.py",
                label=plain(role.label),
                icon=":material/work:",
                query_params={"opening": str(role.opening_id)},
            )
            if not strong:
                st.caption(f"Nobody scores {STRONG} or more yet: search it with filters.")
                continue
            st.caption(
                f"{len(strong)} strong {'match' if len(strong) == 1 else 'matches'} "
                f"(score {STRONG}+)"
            )
            for m in strong[:STRONG_SHOWN]:
                st.page_link(
                    "app/pages/candidate.py",
                    label=f"{plain(m.name)} — {m.score:.0f}",
                    icon=":material/person:",
                    query_params={"id": str(m.candidate_id)},
                )


def _pool_figures(overview: PoolOverview) -> None:
    st.subheader("The pool", anchor=False)
    cols = st.columns(4)
    cols[0].metric("Candidates", f"{overview.candidates:,}")
    cols[1].metric("Stated motivations", f"{overview.motivations:,}")
    cols[2].metric("Open roles", f"{overview.openings_open:,}")
    cols[3].metric("Past applications", f"{overview.applications:,}")


@st.cache_data(ttl=60, show_spinner=False, max_entries=32)
def _reconnect(
    database: str, recruiter: str | None, prefs: Preferences, today: date, generation: int
) -> ReconnectCounts:
    """The weekly list's counts, kept a minute and until the next write from the dashboard:
    on a large pool the list takes a moment to build, and Home is the first page."""
    with session_scope(get_engine()) as session:
        return reconnect_counts(session=session, today=today, prefs=prefs, recruiter=recruiter)


def week_to_do(overview: PoolOverview) -> None:
    prefs, today, recruiter = my_preferences(), utcnow().date(), signed_in_recruiter()
    counts = _reconnect(
        get_settings().resolved_database_url, recruiter, prefs, today, pool_generation()
    )
    with session_scope(get_engine()) as session:
        todo = week_todo(
            session=session, today=today, prefs=prefs, recruiter=recruiter, reconnect=counts
        )
    _demo_notice(todo)
    st.subheader(f"This week — from Monday {todo.week_of:%d %B}", anchor=False)
    _cards(todo)
    _new_roles(todo)
    opt_outs_panel()
    _pool_figures(overview)
