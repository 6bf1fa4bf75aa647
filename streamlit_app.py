"""Encore dashboard entry point: the router. Each page lives in ``app/pages``."""

import streamlit as st

from app.identity import require_sign_in

st.set_page_config(page_title="Encore", page_icon="🔁", layout="wide")
require_sign_in()  # only when an identity provider is configured

pages = [
    st.Page("app/pages/home.py", title="Home", icon="🏠", default=True),
    st.Page("app/pages/search.py", title="Search", icon="🔎", url_path="search"),
]

st.navigation(pages).run()
