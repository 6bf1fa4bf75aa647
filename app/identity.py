"""Who is at the keyboard: the signed-in recruiter, or the one local user.

With an identity provider configured for Streamlit (an ``[auth]`` section in
``.streamlit/secrets.toml``: OIDC ``client_id``, ``client_secret``,
``server_metadata_url``, ``redirect_uri``, ``cookie_secret``), the dashboard asks people to
sign in (``st.login``) and ``current_recruiter()`` is their e-mail address. Without one it
is the single local user, ``ENCORE_RECRUITER`` (default ``local``).

Pages pass ``current_recruiter()`` as ``recruiter=`` / ``actor=`` into the data functions
(``outreach.actions``, ``data.audit.record``, ``data.importers.import_file``), so every
touchpoint, import, merge and erasure names who did it, and ``Candidate.owner`` holds the
recruiter whose reconnect list (and weekly cap) a person belongs to: the reconnect list
filters on ``owner == current_recruiter()`` (or unowned people) and counts the cap per
recruiter. Only this module reads ``st.user``.
"""

from collections.abc import Mapping

import streamlit as st

from data.settings import get_settings


def auth_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` names an identity provider."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than answer False
        return False


def recruiter_for(user: Mapping | None, *, local: str) -> str:
    """The signed-in person's e-mail (lower case), else the local user."""
    if user and user.get("is_logged_in") and user.get("email"):
        return str(user["email"]).strip().lower()
    return local


def signed_in_recruiter() -> str | None:
    """The recruiter whose own reconnect list to show: None (the whole team) without sign-in."""
    return current_recruiter() if auth_configured() else None


def current_recruiter() -> str:
    local = get_settings().recruiter
    if not auth_configured():
        return local
    return recruiter_for(st.user.to_dict(), local=local)


def require_sign_in() -> None:
    """With an identity provider configured, show a sign-in button and stop the page until
    the person has signed in; without one, do nothing."""
    if auth_configured() and not st.user.is_logged_in:
        st.title("Encore")
        st.write("Sign in to see your talent pool.")
        st.button("Sign in", on_click=st.login, type="primary")
        st.stop()
