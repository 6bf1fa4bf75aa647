"""Settings: what the recruiter at the keyboard sets for themselves (stored per recruiter:
name and signature on drafts, weekly cap, cadences, working hours for reminders), and an
About section with the technical details (database, model, default weights, privacy)."""

import pandas as pd
import streamlit as st
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.guards import reported
from app.ui.my_settings import my_preferences
from app.ui.plain import SENTENCE, plain
from data.db import session_scope
from data.overview import pool_overview
from data.recruiter_settings import CADENCE_RANGE, CAP_RANGE, LABELS, save_preferences
from data.settings import get_settings
from matching.embedder import stored_model_name
from matching.model_files import resolve_model_path
from matching.weights import default_weights

st.title("Settings")
if flash := st.session_state.pop("settings_flash", None):
    st.success(flash)


def _mine() -> None:
    prefs = my_preferences()
    st.subheader("Your settings", anchor=False)
    st.caption(
        f"Saved for {plain(current_recruiter())}: each recruiter has their own."
        + ("" if prefs.saved else " Nothing saved yet — these are the defaults.")
    )
    with st.form("settings_mine", border=True):
        cols = st.columns(2)
        name = cols[0].text_input(
            LABELS["display_name"], value=prefs.display_name, key="settings_name"
        )
        signature = cols[1].text_area(
            LABELS["signature"],
            value=prefs.signature,
            key="settings_signature",
            height=100,
            placeholder=get_settings().signature,
            help="How your drafts are signed. Empty: your name, else the team's default "
            "(ENCORE_SIGNATURE).",
        )
        cols = st.columns(3)
        cap = cols[0].number_input(
            LABELS["weekly_cap"],
            min_value=CAP_RANGE[0],
            max_value=CAP_RANGE[1],
            value=prefs.weekly_cap,
            key="settings_cap",
            help="The most people on your weekly reconnect list.",
        )
        silver = cols[1].number_input(
            LABELS["silver_cadence_days"],
            min_value=CADENCE_RANGE[0],
            max_value=CADENCE_RANGE[1],
            value=prefs.silver_cadence_days,
            key="settings_silver",
            help="Silver medalists come back on your list this long after the last contact.",
        )
        warm = cols[2].number_input(
            LABELS["warm_cadence_days"],
            min_value=CADENCE_RANGE[0],
            max_value=CADENCE_RANGE[1],
            value=prefs.warm_cadence_days,
            key="settings_warm",
            help="Others who interviewed or replied come back this long after the last contact.",
        )
        hours = st.slider(
            "Working hours for reminders",
            min_value=0,
            max_value=23,
            value=(prefs.workday_start_hour, prefs.workday_end_hour),
            format="%d:00",
            key="settings_hours",
            help="Calendar reminders for your reconnect list fall within these hours.",
        )
        if st.form_submit_button("Save my settings", type="primary"):
            saved = False
            with reported("Not saved"), session_scope(get_engine()) as session:
                save_preferences(
                    session=session,
                    recruiter=current_recruiter(),
                    display_name=name,
                    signature=signature,
                    weekly_cap=cap,
                    silver_cadence_days=silver,
                    warm_cadence_days=warm,
                    workday_start_hour=hours[0],
                    workday_end_hour=hours[1],
                )
                saved = True
            if saved:
                st.session_state["settings_flash"] = (
                    "Saved: your drafts, weekly list and reminders use these from now on."
                )
                st.rerun()


try:
    ready = pool_overview(get_engine()).initialised
except SQLAlchemyError as exc:
    ready = False
    st.error(
        f"Cannot open the database ({plain(getattr(exc, 'orig', None) or exc, limit=SENTENCE)}):"
        " check its address under About."
    )
if ready:
    _mine()
else:
    st.info("Your own settings are stored in the database: set it up first (`encore init`).")

st.subheader("About", anchor=False)
with st.expander("Database, model and default weights"):
    settings = get_settings()
    st.markdown("**Database**")
    url = make_url(settings.resolved_database_url)
    st.code(url.render_as_string(hide_password=True), language=None)
    st.caption("Set with DATABASE_URL (or ENCORE_DATABASE_URL) before starting the dashboard.")

    st.markdown("**Model**")
    st.code(settings.model, language=None)
    try:
        where = resolve_model_path(settings.model)
    except ImportError:
        where = "not installed"
    st.caption(
        f"Loaded from {plain(where)} — set ENCORE_MODEL to use another local model. "
        "Never downloaded."
    )
    st.code(f"Backend: {settings.embed_backend}", language=None)
    st.caption(
        "Set with ENCORE_EMBED_BACKEND: static (a static model distilled once from the model "
        "above into the data directory), torch or onnx. Switching re-embeds the pool on the next "
        "`encore index`; the other backend's vectors are kept for a switch back."
    )

    st.markdown("**Default weights**")
    st.dataframe(
        pd.DataFrame(
            [
                {"Part": k.replace("_", " "), "Weight": v}
                for k, v in default_weights(stored_model_name()).as_dict().items()
            ]
        ),
        hide_index=True,
        key="settings_weights",
    )
    st.caption(
        "Adjust them per search on the Search page; these are what every search starts from. "
        "With the static backend the semantic part starts at 0: on the RJDB evaluation its "
        "vectors made the ranking worse at every weight tried."
    )

st.markdown("**Privacy**")
st.write(
    "Telemetry is off: usage statistics are never sent, the model runs on this machine, and "
    "candidate data stays in your database."
)
