"""Settings: which database and model are in use, the default weights, the signature on
drafts (editable for this session), and what leaves the machine (nothing)."""

import pandas as pd
import streamlit as st
from sqlalchemy.engine import make_url

from app.ui.common import SIGNATURE_KEY, signature
from app.ui.plain import plain
from data.settings import get_settings
from matching.model_files import resolve_model_path
from matching.weights import DEFAULT_WEIGHTS

st.title("Settings")
settings = get_settings()

st.subheader("Database", anchor=False)
url = make_url(settings.resolved_database_url)
st.code(url.render_as_string(hide_password=True), language=None)
st.caption("Set with DATABASE_URL (or ENCORE_DATABASE_URL) before starting the dashboard.")

st.subheader("Model", anchor=False)
st.code(settings.model, language=None)
try:
    where = resolve_model_path(settings.model)
except ImportError:
    where = "not installed"
st.caption(
    f"Loaded from {plain(where)} — set ENCORE_MODEL to use another local model. Never downloaded."
)
st.code(f"Backend: {settings.embed_backend}", language=None)
st.caption(
    "Set with ENCORE_EMBED_BACKEND: static (a static model distilled once from the model above "
    "into the data directory), torch or onnx. Switching re-embeds the pool on the next "
    "`encore index`; the other backend's vectors are kept for a switch back."
)

st.subheader("Default weights", anchor=False)
st.dataframe(
    pd.DataFrame(
        [{"Part": k.replace("_", " "), "Weight": v} for k, v in DEFAULT_WEIGHTS.as_dict().items()]
    ),
    hide_index=True,
    key="settings_weights",
)
st.caption("Adjust them per search on the Search page; these are what every search starts from.")

st.subheader("Signature on drafts", anchor=False)


def _keep_signature() -> None:
    st.session_state[SIGNATURE_KEY] = st.session_state["settings_signature"].strip()


st.text_area(
    "Signature",
    value=signature(),
    key="settings_signature",
    on_change=_keep_signature,
    help="Used for this session. Set ENCORE_SIGNATURE to change the default for everyone.",
)

st.subheader("Privacy", anchor=False)
st.write(
    "Telemetry is off: usage statistics are never sent, the model runs on this machine, and "
    "candidate data stays in your database."
)
