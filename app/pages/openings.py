"""Openings: every open role with its rediscovery list, refreshed when the pool or the role
changes; create a role or edit one. The counts come from ``matching.rediscovery`` (the one
fit: nobody with a standing conflict, a running wait or an opt-out counts as a match)."""

import streamlit as st

from app.resources import get_engine, get_matcher
from app.ui.guards import overview_or_stop
from app.ui.opening_form import opening_form
from app.ui.plain import clean, plain, plain_table
from data.db import session_scope
from data.openings_view import get_opening, list_openings
from matching.rediscovery import DEPTH, STRONG, rediscover

TOP = 5

st.title("Openings")
overview_or_stop(need_candidates=False)
if flash := st.session_state.pop("open_flash", None):
    st.success(flash)

show = st.segmented_control(
    "Show", ["Open roles", "All roles"], default="Open roles", key="open_show"
)
with session_scope(get_engine()) as session:
    rows = list_openings(session=session, status=None if show == "All roles" else "open")

tab_list, tab_edit = st.tabs(["Rediscovery lists", "Create or edit"])

with tab_list:
    if not rows:
        st.info("No roles yet: create one in the next tab, or import openings.")
    else:
        matcher = get_matcher()
        results = {}
        with st.spinner("Ranking the pool for each role…"):
            for row in rows:
                results[row.id] = rediscover(matcher, row.id)
        st.dataframe(
            plain_table(
                [
                    {
                        "Role": row.title,
                        "Where": ", ".join(p for p in (row.location, row.remote_policy) if p),
                        "Status": row.status.replace("_", " "),
                        f"Matches ≥ {STRONG}": results[row.id].strong,
                        f"Worth contacting (top {DEPTH})": results[row.id].worth_contacting,
                        "On hold": results[row.id].on_hold,
                        "Excluded": results[row.id].excluded,
                        "Past applicants": row.past_applications,
                        "Drafts": row.drafts,
                        "Pinned": row.pinned,
                    }
                    for row in rows
                ]
            ),
            hide_index=True,
            width="stretch",
            key="open_summary",
        )
        st.caption(
            "Matches and people worth contacting leave out anyone the role goes against what "
            "they told us and anyone who asked us to wait: they are counted as on hold. "
            "Opt-outs are counted as excluded."
        )
        for row in rows:
            result = results[row.id].result
            with st.expander(f"{plain(row.label)} — top {TOP}", expanded=row is rows[0]):
                if not result.results:
                    st.caption("Nobody in the pool matches this role yet.")
                    continue
                st.dataframe(
                    plain_table(
                        [
                            {
                                "Name": r.full_name,
                                "Score": r.score,
                                "Why": " · ".join(x.sentence for x in r.reasons[:2]),
                                "On hold": r.stops[0] if r.stops else "",
                            }
                            for r in result.results[:TOP]
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
                    key=f"open_top_{row.id}",
                    column_config={
                        "Score": st.column_config.ProgressColumn(
                            "Score", min_value=0, max_value=100, format="%.0f", width="small"
                        ),
                        "Why": st.column_config.TextColumn("Why", width="large"),
                    },
                )
                st.caption(result.excluded_sentence())
                links = st.columns(TOP + 1)
                links[0].page_link(
                    "app/pages/search.py",
                    label="Search with filters",
                    icon=":material/search:",
                    query_params={"opening": str(row.id)},
                )
                for col, r in zip(links[1:], result.results[:TOP], strict=False):
                    col.page_link(
                        "app/pages/candidate.py",
                        label=plain(r.full_name),
                        icon=":material/person:",
                        query_params={"id": str(r.candidate_id)},
                    )

with tab_edit:
    choices = [None, *rows]
    chosen = st.selectbox(
        "Opening",
        choices,
        format_func=lambda r: "+ New opening" if r is None else clean(r.label),
        key="open_pick",
    )
    opening = None
    if chosen is not None:
        with session_scope(get_engine()) as session:
            opening = get_opening(session=session, opening_id=chosen.id)
    saved = opening_form(opening)
    if saved:
        st.session_state["open_flash"] = "Saved. The rediscovery lists use it from now on."
        st.rerun()
