"""Long-lived objects shared by every page and session, cached once per server process."""

import streamlit as st
from sqlalchemy.engine import Engine

from data.db import make_engine
from data.settings import get_settings


@st.cache_resource(show_spinner=False)
def get_engine() -> Engine:
    return make_engine(get_settings().resolved_database_url)
