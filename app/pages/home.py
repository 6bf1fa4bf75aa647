"""Home: what is in the pool, and how to fill an empty one."""

import streamlit as st

from app.resources import get_engine
from data.overview import pool_overview

st.title("Encore")
st.caption("Rediscover the people you already know for the roles you have open now.")

overview = pool_overview(get_engine())
if not overview.initialised:
    st.info("This database is not set up yet. Run `encore init`, then `encore demo` to explore.")
elif overview.empty:
    st.info(
        "Your pool is empty. Load the demo pool with `encore init && encore demo`, "
        "or import an export from your ATS with `encore import candidates FILE`."
    )
else:
    cols = st.columns(4)
    cols[0].metric("Candidates", f"{overview.candidates:,}")
    cols[1].metric("Stated motivations", f"{overview.motivations:,}")
    cols[2].metric("Open roles", f"{overview.openings_open:,}")
    cols[3].metric("Past applications", f"{overview.applications:,}")
