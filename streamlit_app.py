"""Encore dashboard entry point: the router. Each page lives in ``app/pages``."""

import logging
import os
from pathlib import Path

import streamlit as st

from app.identity import require_sign_in

# A local SVG: an emoji favicon is drawn from a font the machine may not have (an empty box),
# and a Material favicon would be fetched from Google's servers.
ICON = str(Path(__file__).resolve().parent / "app" / "encore-icon.svg")
st.set_page_config(page_title="Encore", page_icon=ICON, layout="wide")
require_sign_in()  # only when an identity provider is configured

pages = {
    "Find people": [
        st.Page("app/pages/home.py", title="Home", icon=":material/home:", default=True),
        st.Page("app/pages/search.py", title="Search", icon=":material/search:", url_path="search"),
        st.Page(
            "app/pages/openings.py", title="Openings", icon=":material/work:", url_path="openings"
        ),
        st.Page(
            "app/pages/candidate.py",
            title="Candidate",
            icon=":material/person:",
            url_path="candidate",
        ),
    ],
    "Reach out": [
        st.Page(
            "app/pages/reconnect.py",
            title="Reconnect",
            icon=":material/event_repeat:",
            url_path="reconnect",
        ),
        st.Page("app/pages/drafts.py", title="Drafts", icon=":material/drafts:", url_path="drafts"),
        st.Page(
            "app/pages/feedback.py",
            title="Feedback owed",
            icon=":material/rate_review:",
            url_path="feedback",
        ),
    ],
    "Pool": [
        st.Page(
            "app/pages/import_file.py",
            title="Import",
            icon=":material/upload_file:",
            url_path="import",
        ),
        st.Page(
            "app/pages/pool_health.py",
            title="Pool health",
            icon=":material/monitoring:",
            url_path="health",
        ),
        st.Page(
            "app/pages/settings.py",
            title="Settings",
            icon=":material/settings:",
            url_path="settings",
        ),
    ],
}

if os.environ.get("ENCORE_BENCH_PAGES"):  # `encore bench --ui` times the old page beside today's
    pages["Find people"].append(
        st.Page(
            "benchmarks/ui_pages/search_before.py",
            title="Search (before)",
            url_path="search-before",
            visibility="hidden",
        )
    )

try:
    st.navigation(pages).run()
except Exception as exc:  # the last resort: a plain message, never a traceback on screen
    if os.environ.get("ENCORE_RAISE_ERRORS"):  # the tests want to see the real error
        raise
    # The type only: an exception's text can carry personal data from a query.
    logging.getLogger("encore").error("a page failed: %s", type(exc).__name__)
    st.error(
        f"This page ran into an unexpected problem ({type(exc).__name__}). Reload the page; "
        "if it happens again, check the database shown on the Settings page (run "
        "`encore init` if it needs an upgrade) and the server log."
    )
