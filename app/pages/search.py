"""Search: rank the pool for an open role or a pasted job description, with the reasons,
then act on a person: draft a re-engagement, pin for this week, or record a "not interested".

Everything below the title is one fragment: a search, a filter or opening someone's details
reruns only it, not the whole page (the router, the pool figures). The details of the person
opened are a fragment of their own, so writing a draft redraws only the draft.
"""

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine, get_matcher, load_model_in_background, pool_generation
from app.ui.draft_panel import draft_composer
from app.ui.guards import overview_or_stop, reported
from app.ui.plain import clean, plain
from app.ui.reasons import show_reasons
from app.ui.result_card import card_markdown
from app.ui.search_controls import filter_panel, weights_panel
from data.db import session_scope
from data.overview import open_openings
from data.pool_filter import filter_candidate_ids
from matching.engine import RankedCandidate
from matching.weights import Weights
from outreach.actions import mark_not_interested, pin_to_reconnect

WEAK_SHOWN = 3
WEAK_SENTENCE = (
    "No strong matches for this role in your pool — the closest few are shown below, "
    "none of them clears the bar."
)
OPEN = "search_person"  # the candidate id whose details are open (not a widget key)


def _toggle(candidate_id: int) -> None:
    opened = st.session_state.get(OPEN)
    st.session_state[OPEN] = None if opened == candidate_id else candidate_id


@st.fragment
def details(picked: RankedCandidate, opening_id: int | None, weights: Weights) -> None:
    with st.container(border=True, key="search_details"):
        st.markdown(f"### {plain(picked.full_name)}")
        st.page_link(
            "app/pages/candidate.py",
            label="Open profile",
            icon=":material/person:",
            query_params={"id": str(picked.candidate_id)},
        )
        show_reasons(picked, weights=weights)
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
                        session=session,
                        candidate_id=picked.candidate_id,
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
                        session=session,
                        candidate_id=picked.candidate_id,
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


def pick_query() -> tuple[str, object] | None:
    """The role or text to search for, from the controls at the top."""
    mode = st.radio(
        "Search for",
        ["An open role", "A pasted job description"],
        horizontal=True,
        key="search_mode",
    )
    if mode == "An open role":
        openings = open_openings(get_engine())
        if not openings:
            st.info(
                "No open roles yet: paste a job description, or create one on the Openings page."
            )
        wanted = st.query_params.get("opening")
        ids = [o.id for o in openings]
        from_link = wanted and wanted.isdigit() and int(wanted) in ids
        if from_link and "search_opening" not in st.session_state:
            st.session_state["search_opening"] = openings[ids.index(int(wanted))]
        opening = st.selectbox(
            "Open role", openings, format_func=lambda o: clean(o.label), key="search_opening"
        )
        return ("opening", opening.id) if opening is not None else None
    text = st.text_area(
        "Job description",
        height=200,
        key="search_text",
        placeholder="Paste the role's description and requirements…",
    )
    return ("text", text.strip()) if text and text.strip() else None


def ranked(query, top: int, weights: Weights, pool_filter, candidates: int):
    """The search's result, kept for the session until the query, the weights, the filters
    or the pool change: opening a person's details never ranks again."""
    signature = (query, top, weights, pool_filter, pool_generation())
    cached = st.session_state.get("search_cache")
    if cached is None or cached[0] != signature:
        with session_scope(get_engine()) as session:
            only = filter_candidate_ids(pool_filter, session=session)
        matcher = get_matcher()
        with st.spinner("Ranking the pool…"):
            if query[0] == "opening":
                result = matcher.match_opening(query[1], top_k=top, weights=weights, only_ids=only)
            else:
                result = matcher.match_text(query[1], top_k=top, weights=weights, only_ids=only)
        filtered_out = candidates - len(only) if only is not None else 0
        cached = st.session_state["search_cache"] = (signature, result, filtered_out)
    return cached[1], cached[2]


@st.fragment
def search_panel(candidates: int) -> None:
    query = pick_query()
    top = st.slider("How many people", 5, 50, 15, key="search_top")
    pool_filter = filter_panel()
    weights = weights_panel()
    if st.button("Search", type="primary", key="search_go"):
        if query is None:
            st.warning("Pick an open role or paste a job description first.")
        st.session_state["search_active"] = query is not None
    if not (st.session_state.get("search_active") and query is not None and weights is not None):
        return
    result, filtered_out = ranked(query, top, weights, pool_filter, candidates)
    # Results are on screen: now the model may load, ready for a pasted description.
    load_model_in_background()
    st.caption(
        result.excluded_sentence()  # counts and rule names: no outside text
        + (f" · {filtered_out} left out by your filters" if filtered_out else "")
        + (
            f" · {result.not_indexed} not indexed yet — run `encore index`"
            if result.not_indexed
            else ""
        )
    )
    if not result.results:
        st.info("Nobody in the pool matches this search. Loosen the filters or check the role.")
        return
    # Nobody clears the absolute bar: show the closest few as such, not as a ranking.
    shown = result.results[:WEAK_SHOWN] if result.weak else result.results
    if result.weak:
        st.warning(WEAK_SENTENCE, icon=":material/search_off:")
    opened = st.session_state.get(OPEN)
    for rank, person in enumerate(shown, start=1):
        is_open = person.candidate_id == opened
        with st.container(border=True, key=f"search_card_{rank}"):
            st.markdown(card_markdown(person, rank=rank, weak=result.weak))
            st.button(
                "Hide details" if is_open else "Details, draft and actions",
                key=f"search_open_{person.candidate_id}",
                icon=":material/expand_less:" if is_open else ":material/expand_more:",
                type="tertiary",
                on_click=_toggle,
                args=(person.candidate_id,),
            )
        if is_open:
            details(person, result.role.opening_id, weights)


st.title("Search the pool")
search_panel(overview_or_stop().candidates)
