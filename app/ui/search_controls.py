"""The Search page's side controls: pool filters and the weights panel."""

import streamlit as st

from app.resources import get_engine, pool_generation
from app.ui.plain import clean
from data.db import session_scope
from data.pool_filter import LAST_CONTACT_CHOICES, PoolFilter, known_tags
from data.vocab import Outcome, Stage
from matching.embedder import stored_model_name
from matching.weights import Weights, default_weights

# The score's parts as a recruiter reads them (``matching.explain_words``): the three fit
# parts are all "skills", told apart by what they look at.
WEIGHT_LABEL = {
    "semantic": "Skills: meaning",
    "lexical": "Skills: same words",
    "coverage": "Skills: requirements covered",
    "motivation": "What they want",
    "past_reason": "Last time",
    "history": "History",
    "relationship": "Relationship",
}
WEIGHT_HELP = {
    "semantic": "How close the profile reads to the requirements, in meaning.",
    "lexical": "The requirements' own words and skills found in the profile.",
    "coverage": "Share of the requirement items the profile mentions.",
    "motivation": "Their stated motivations against what the role offers.",
    "past_reason": "Why it did not work last time: resolved lifts, still standing lowers.",
    "history": "Stage reached, interview rating, silver medalist.",
    "relationship": "Replied before lifts; contacted very recently lowers.",
}


@st.cache_data(ttl=60, show_spinner=False, max_entries=4)
def _tags(database: str, generation: int) -> list[str]:
    """The pool's tags, read again after a write (``generation``) or a minute: reading every
    profile's tags on each search would cost more than the search at 10k people."""
    with session_scope(get_engine()) as session:
        return known_tags(session=session)


def filter_panel() -> PoolFilter:
    with st.expander("Filters", expanded=False):
        cols = st.columns(3)
        location = cols[0].text_input(
            "Location contains", key="search_f_location", placeholder="e.g. Berlin"
        )
        stage = cols[1].selectbox(
            "Reached at least the stage",
            [None, *Stage],
            format_func=lambda s: "Any stage" if s is None else str(s),
            key="search_f_stage",
        )
        last = cols[2].selectbox(
            "Last contact",
            list(LAST_CONTACT_CHOICES),
            format_func=LAST_CONTACT_CHOICES.get,
            key="search_f_last_contact",
        )
        cols = st.columns(3)
        outcomes = cols[0].multiselect(
            "Past outcome",
            list(Outcome),
            format_func=lambda o: str(o).replace("_", " "),
            key="search_f_outcomes",
        )
        chosen_tags = cols[1].multiselect(
            "Tags (any of)",
            _tags(str(get_engine().url), pool_generation()),
            format_func=clean,
            key="search_f_tags",
        )
        remote = cols[2].toggle(
            "Open to remote only",
            key="search_f_remote",
            help="People with a stated remote motivation or a remote location.",
        )
    return PoolFilter(
        location=location,
        remote_only=remote,
        min_stage=stage,
        outcomes=tuple(outcomes),
        last_contact=last,
        tags=tuple(chosen_tags),
    )


def _defaults() -> dict[str, float]:
    """The configured backend's default weights (``matching.weights.default_weights``)."""
    return default_weights(stored_model_name()).as_dict()


def _reset_weights() -> None:
    for name, value in _defaults().items():
        st.session_state[f"search_w_{name}"] = value


def weights_panel() -> Weights | None:
    """The weights from the sliders, or None (with an error shown) if all are zero."""
    with st.expander("Weights", expanded=False):
        st.caption("How much each part counts in the score (relative to the others).")
        values = {}
        cols = st.columns(4)
        for i, (name, default) in enumerate(_defaults().items()):
            if f"search_w_{name}" not in st.session_state:
                st.session_state[f"search_w_{name}"] = default
            values[name] = cols[i % 4].slider(
                WEIGHT_LABEL[name],
                0.0,
                1.0,
                step=0.01,
                key=f"search_w_{name}",
                help=WEIGHT_HELP[name],
            )
        st.button("Reset to defaults", key="search_w_reset", on_click=_reset_weights)
    try:
        return Weights(**values)
    except ValueError as exc:
        st.error(f"Weights: {exc}. Raise one of the sliders or reset to the defaults.")
        return None
