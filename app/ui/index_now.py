"""The Import page's "Index them now": embed new and changed profiles at once, with a
progress bar, instead of waiting for the next ``encore index``."""

import streamlit as st

from app.resources import get_matcher
from matching.indexer import index_pool


def index_now_button(key: str) -> None:
    st.write("New and changed profiles must be indexed before they show up in searches.")
    if not st.button("Index them now", key=key):
        return
    matcher = get_matcher()
    with st.status("Indexing…", expanded=True) as status:
        bar = st.progress(0.0)
        result = index_pool(
            matcher.engine,
            matcher.embedder,
            progress=lambda d, t: bar.progress(d / t if t else 1.0, text=f"{d}/{t}"),
        )
        status.update(
            label=f"Indexed: {result.candidates_changed} profiles changed", state="complete"
        )
