"""The Search page as it was before issue 15, kept only so ``encore bench --ui`` can time it
beside today's page in the same run (served at /search-before when ENCORE_BENCH_PAGES=1).
Not in the menu; not maintained beyond staying runnable.

The one place outside ``app/`` that imports streamlit: it is a frozen copy of an old page, the
baseline ``encore bench --ui`` measures today's page against, so it lives with the benchmark
and not with the product. ``streamlit_app.py`` adds it to the router only when
``ENCORE_BENCH_PAGES=1``, by its path from the repository root.

Search: rank the pool for an open role or a pasted job description, with the reasons,
then act on a person: draft a re-engagement, pin for this week, or record a "not interested".
"""

import pandas as pd
import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine, get_matcher, pool_generation
from app.ui.draft_panel import draft_composer
from app.ui.guards import overview_or_stop, reported
from app.ui.plain import SENTENCE, clean, plain, plain_table
from app.ui.search_controls import filter_panel, weights_panel
from data.db import session_scope
from data.overview import open_openings
from data.pool_filter import filter_candidate_ids
from matching.engine import RankedCandidate
from outreach.actions import mark_not_interested, pin_to_reconnect

KIND_LABEL = {
    "past_reason_resolved": ":material/check_circle: Last time's reason is resolved",
    "past_reason_standing": ":material/warning: Last time's reason still stands",
    "motivation": ":material/lightbulb: Motivation met",
    "motivation_conflict": ":material/warning: Goes against a motivation",
    "history": ":material/workspace_premium: History with us",
    "relationship": ":material/handshake: Relationship",
    "restraint": ":material/pause_circle: Restraint",
    "feedback_owed": ":material/rate_review: Feedback owed",
    "requirements": ":material/checklist: Requirements",
    "skills": ":material/build: Skills",
    "experience": ":material/explore: Experience",
}


def reason_label(kind: str) -> str:
    return KIND_LABEL.get(kind, kind.replace("_", " ").capitalize())


def show_reasons(person: RankedCandidate, *, key: str) -> None:
    parts = pd.DataFrame(
        [{"Part": k.replace("_", " "), "Value": round(v, 3)} for k, v in person.components.items()]
    )
    left, right = st.columns([3, 1])
    with left:
        if not person.reasons:
            st.write("No particular reason stands out beyond the profile's fit.")
        for reason in person.reasons:
            st.markdown(
                f"**{reason_label(reason.kind)}** — {plain(reason.sentence, limit=SENTENCE)}"
            )
            if reason.evidence:
                with st.expander("Evidence", expanded=False):
                    st.json(reason.evidence, expanded=True)
    with right:
        st.caption("Score parts (0–1; motivation, past reason and relationship −1–1)")
        st.dataframe(parts, hide_index=True, width="stretch", key=f"{key}_parts")


WEAK_SHOWN = 3
WEAK_SENTENCE = (
    "No strong matches for this role in your pool — the closest few are shown below, "
    "none of them clears the bar."
)

st.title("Search the pool")
overview = overview_or_stop()

openings = open_openings(get_engine())
mode = st.radio(
    "Search for", ["An open role", "A pasted job description"], horizontal=True, key="search_mode"
)
opening = text = None
if mode == "An open role":
    if not openings:
        st.info("No open roles yet: paste a job description, or create one on the Openings page.")
    wanted = st.query_params.get("opening")
    ids = [o.id for o in openings]
    from_link = wanted and wanted.isdigit() and int(wanted) in ids
    if from_link and "search_opening" not in st.session_state:
        st.session_state["search_opening"] = openings[ids.index(int(wanted))]
    opening = st.selectbox(
        "Open role", openings, format_func=lambda o: clean(o.label), key="search_opening"
    )
else:
    text = st.text_area(
        "Job description",
        height=200,
        key="search_text",
        placeholder="Paste the role's description and requirements…",
    )
top = st.slider("How many people", 5, 50, 15, key="search_top")
pool_filter = filter_panel()
weights = weights_panel()

query = None
if mode == "An open role" and opening is not None:
    query = ("opening", opening.id)
elif mode != "An open role" and text and text.strip():
    query = ("text", text.strip())
if st.button("Search", type="primary", key="search_go"):
    if query is None:
        st.warning("Pick an open role or paste a job description first.")
    st.session_state["search_active"] = query is not None

if st.session_state.get("search_active") and query is not None and weights is not None:
    signature = (query, top, weights, pool_filter, pool_generation())
    cached = st.session_state.get("search_cache")
    if cached is None or cached[0] != signature:
        with session_scope(get_engine()) as session:
            only = filter_candidate_ids(pool_filter, session=session)
        matcher = get_matcher()
        # Before issue 15 the matcher loaded its model before its first search: kept so,
        # so that the baseline's first click still pays for it.
        getattr(matcher.embedder, "model", lambda: None)()
        with st.spinner("Ranking the pool…"):
            if query[0] == "opening":
                result = matcher.match_opening(query[1], top_k=top, weights=weights, only_ids=only)
            else:
                result = matcher.match_text(query[1], top_k=top, weights=weights, only_ids=only)
        filtered_out = overview.candidates - len(only) if only is not None else 0
        st.session_state["search_cache"] = (signature, result, filtered_out)

cached = st.session_state.get("search_cache")
result = cached[1] if cached and st.session_state.get("search_active") else None
if result is not None:
    filtered_out = cached[2]
    st.caption(
        result.excluded_sentence()
        + (f" · {filtered_out} left out by your filters" if filtered_out else "")
        + (
            f" · {result.not_indexed} not indexed yet — run `encore index`"
            if result.not_indexed
            else ""
        )
    )
if result is not None and not result.results:
    st.info("Nobody in the pool matches this search. Loosen the filters or check the role.")
elif result is not None:
    # Nobody clears the absolute bar: show the closest few as such, not as a ranking.
    shown = result.results[:WEAK_SHOWN] if result.weak else result.results
    if result.weak:
        st.warning(WEAK_SENTENCE, icon=":material/search_off:")
    people = {r.candidate_id: r for r in shown}
    rows = plain_table(
        [
            {
                "Name": r.full_name,
                **({"Match": "weak: below the bar"} if result.weak else {"Score": r.score}),
                "Why": " · ".join(reason.sentence for reason in r.reasons[:2]),
                "ID": r.external_id or str(r.candidate_id),
            }
            for r in shown
        ]
    )
    order = list(people)

    def score_words(r) -> str:
        return "weak match" if result.weak else f"{r.score:.0f}"

    def _pick_from_table() -> None:
        chosen = st.session_state["search_table"].selection.rows
        if chosen:
            st.session_state["search_person"] = order[chosen[0]]

    st.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        key="search_table",
        on_select=_pick_from_table,
        selection_mode="single-row",
        column_config={
            "Score": st.column_config.ProgressColumn(
                "Score", min_value=0, max_value=100, format="%.0f", width="small"
            ),
            "Why": st.column_config.TextColumn("Why", width="large"),
        },
    )
    if st.session_state.get("search_person") not in people:
        st.session_state["search_person"] = order[0]
    picked_id = st.selectbox(
        "Details for",
        order,
        format_func=lambda cid: f"{clean(people[cid].full_name)} — {score_words(people[cid])}",
        key="search_person",
        help="Or select a row in the table.",
    )
    picked = people[picked_id]
    opening_id = result.role.opening_id
    with st.container(border=True):
        head = st.columns([4, 1])
        head[0].subheader(f"{plain(picked.full_name)} — {score_words(picked)}")
        head[1].page_link(
            "app/pages/candidate.py",
            label="Open profile",
            icon=":material/person:",
            query_params={"id": str(picked.candidate_id)},
        )
        show_reasons(picked, key="search_reasons")
        tab_draft, tab_pin, tab_no = st.tabs(
            [
                ":material/mail: Draft a re-engagement",
                ":material/push_pin: Reconnect this week",
                ":material/block: Not interested",
            ]
        )
        with tab_draft:
            draft_composer(picked.candidate_id, opening_id, key="search_draft")
        with tab_pin:
            st.write("Put this person on this week's reconnect list.")
            if st.button("Add to this week's list", key="search_pin"):
                done = False
                with reported("Not added"), session_scope(get_engine()) as session:
                    pin_to_reconnect(
                        session,
                        picked.candidate_id,
                        opening_id=opening_id,
                        recruiter=current_recruiter(),
                    )
                    done = True
                if done:
                    st.success(f"{plain(picked.full_name)} is on this week's reconnect list.")
        with tab_no:
            why = st.text_input(
                "Why (their words, or yours)",
                key="search_not_interested_reason",
                placeholder="e.g. Happy where they are for now",
            )
            if st.button("Mark not interested", key="search_not_interested"):
                done = False
                with reported("Not recorded"), session_scope(get_engine()) as session:
                    mark_not_interested(
                        session,
                        picked.candidate_id,
                        reason=why,
                        opening_id=opening_id,
                        recruiter=current_recruiter(),
                    )
                    done = True
                if done:
                    st.success(
                        f"Recorded: {plain(picked.full_name)} is not interested. "
                        "Future rankings and reconnect lists respect it."
                    )
