"""Reconnect: who to get back in touch with this week, and why.

For now: the people pinned by hand from Search. The computed weekly list joins them here.
"""

import streamlit as st

from app.resources import get_engine
from app.ui.common import overview_or_stop
from data.db import session_scope
from data.pins_view import pins_for_week
from data.timeutil import utcnow
from outreach.actions import week_of

st.title("Reconnect this week")
overview_or_stop()

today = utcnow().date()
monday = week_of(today)
st.caption(f"Week of {monday:%d %B %Y}")

# Seam: the computed weekly list (outreach.reconnect.weekly_list — cadence, restraint, fit
# with open roles, snooze/done, CSV and .ics) is wired here by its author; until then the page
# shows the people pinned by hand from Search.
st.info(
    "The computed weekly list (cadence, restraint, fit with open roles) is not in this "
    "version yet; `encore reconnect` will print it once it is. People you pinned from Search "
    "are below."
)

st.subheader("Pinned by hand", anchor=False)
with session_scope(get_engine()) as session:
    pins = pins_for_week(session=session, week_of=monday)
if not pins:
    st.caption("Nobody pinned this week: use “Reconnect this week” on a search result.")
for pin in pins:
    cols = st.columns([3, 3, 2])
    cols[0].text(pin.name)
    cols[1].text(pin.opening_title or "—")
    cols[2].page_link(
        "app/pages/candidate.py",
        label="Open profile",
        icon=":material/person:",
        query_params={"id": str(pin.candidate_id)},
    )
