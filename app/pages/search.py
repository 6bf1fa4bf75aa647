"""Search: rank the pool for an open role or a pasted job description, with the reasons."""

import pandas as pd
import streamlit as st

from app.resources import get_engine, get_matcher
from data.overview import open_openings

st.title("Search the pool")

openings = open_openings(get_engine())
mode = st.radio(
    "Search for", ["An open role", "A pasted job description"], horizontal=True, key="search_mode"
)
opening = text = None
if mode == "An open role":
    if not openings:
        st.info("No open roles yet: paste a job description, or import openings.")
    opening = st.selectbox(
        "Open role", openings, format_func=lambda o: o.label, key="search_opening"
    )
else:
    text = st.text_area(
        "Job description",
        height=200,
        key="search_text",
        placeholder="Paste the role's description and requirements…",
    )
top = st.slider("How many people", 5, 50, 15, key="search_top")

if st.button("Search", type="primary", key="search_go"):
    matcher = get_matcher()
    with st.spinner("Ranking the pool…"):
        if opening is not None and mode == "An open role":
            st.session_state["search_result"] = matcher.match_opening(opening.id, top_k=top)
        elif text and text.strip():
            st.session_state["search_result"] = matcher.match_text(text, top_k=top)
        else:
            st.warning("Paste a job description first.")

result = st.session_state.get("search_result")
if result is not None:
    st.caption(
        result.excluded_sentence()
        + (
            f" · {result.not_indexed} not indexed yet — run `encore index`"
            if result.not_indexed
            else ""
        )
    )
    if not result.results:
        st.info("Nobody in the pool matches this role yet.")
    else:
        rows = pd.DataFrame(
            [
                {
                    "Name": r.full_name,
                    "Score": r.score,
                    "Why": " · ".join(reason.sentence for reason in r.reasons[:2]),
                    "ID": r.external_id or r.candidate_id,
                }
                for r in result.results
            ]
        )
        event = st.dataframe(
            rows,
            hide_index=True,
            width="stretch",
            key="search_table",
            on_select="rerun",
            selection_mode="single-row",
            column_config={
                "Score": st.column_config.ProgressColumn(
                    "Score", min_value=0, max_value=100, format="%.0f"
                )
            },
        )
        chosen = event.selection.rows if event else []
        picked = result.results[chosen[0]] if chosen else result.results[0]
        with st.container(border=True):
            st.subheader(f"{picked.full_name} — {picked.score:.0f}")
            for reason in picked.reasons:
                st.markdown(f"- **{reason.kind.replace('_', ' ')}** — {reason.sentence}")
