"""Long-lived objects shared by every page and session, cached once per server process."""

import streamlit as st
from sqlalchemy.engine import Engine

from data.db import make_engine
from data.settings import get_settings
from matching.engine import Matcher


@st.cache_resource(show_spinner=False)
def get_engine() -> Engine:
    return make_engine(get_settings().resolved_database_url)


@st.cache_resource(show_spinner="Loading the embedding model…")
def get_matcher() -> Matcher:
    from matching.embedder import load_embedder

    return Matcher(get_engine(), load_embedder(get_settings().model))
