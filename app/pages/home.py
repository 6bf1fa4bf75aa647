"""Home: this week's to-do — counts that link to their pages — then the pool's figures; on
an empty database, how to fill it (the demo pool in one click).

The counts come from the database only; the model is used for a new role's strong matches
once it is loaded (a button loads it), never to draw the page.
"""

import streamlit as st

from app.resources import get_engine, get_matcher
from app.ui.guards import stop_if_outdated
from app.ui.week import week_to_do
from data.db import session_scope, upgrade
from data.overview import pool_overview

st.title("Encore")
st.caption("Rediscover the people you already know for the roles you have open now.")


def _load_demo() -> None:
    from data.demo import load_demo
    from matching.indexer import index_pool

    engine = get_engine()
    with st.status("Loading the demo pool…", expanded=True) as status:
        upgrade(engine)
        bar = st.progress(0.0, text="Writing the demo records")
        with session_scope(engine) as session:
            load_demo(
                session=session, progress=lambda d, t: bar.progress(d / t, text=f"Records {d}/{t}")
            )
        status.update(label="Embedding the profiles (a minute or two the first time)…")
        matcher = get_matcher()
        bar = st.progress(0.0, text="Embedding")
        index_pool(
            engine,
            matcher.embedder,
            progress=lambda d, t: bar.progress(d / t if t else 1.0, text=f"Texts {d}/{t}"),
        )
        status.update(label="The demo pool is ready.", state="complete")


overview = pool_overview(get_engine())
stop_if_outdated(overview)
if not overview.initialised or overview.empty:
    if not overview.initialised:
        st.info(
            "This database is not set up yet. Run `encore init`, then `encore demo` to explore."
        )
    else:
        st.info(
            "Your pool is empty. Load the demo pool with `encore init && encore demo`, "
            "or import an export from your ATS with `encore import candidates FILE`."
        )
    cols = st.columns(2)
    if cols[0].button("Load the demo pool", key="home_demo", type="primary"):
        _load_demo()
        st.rerun()
    cols[1].page_link(
        "app/pages/import_file.py", label="Import a file instead", icon=":material/upload_file:"
    )
else:
    week_to_do(overview)
