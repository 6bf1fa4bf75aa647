"""Encore dashboard entry point: the router. Each page lives in ``app/pages``."""

import streamlit as st

st.set_page_config(page_title="Encore", page_icon="🔁", layout="wide")

pages = [
    st.Page("app/pages/home.py", title="Home", icon="🏠", default=True),
    st.Page("app/pages/search.py", title="Search", icon="🔎", url_path="search"),
]

st.navigation(pages).run()
