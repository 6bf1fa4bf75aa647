"""Guards and safe rendering shared by the pages.

User text (names, notes, motivations) is shown with ``st.text``/``st.write`` of plain strings
or escaped with ``md`` before going into markdown, so it is never read as HTML or as markdown
that could, for instance, load a remote image.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.resources import get_engine
from data.overview import PoolOverview, pool_overview

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")

EMPTY_POOL_HELP = (
    "Your pool is empty. Load the demo pool from the Home page (or run "
    "`encore init && encore demo && encore index`), or bring in an ATS export on the "
    "Import page."
)


def md(text: object) -> str:
    """Escape a value for use inside markdown: shown exactly as typed."""
    return _MD_SPECIAL.sub(r"\\\1", str(text if text is not None else ""))


def overview_or_stop(*, need_candidates: bool = True) -> PoolOverview:
    """The pool's figures; a page that cannot work on this database says why and stops."""
    try:
        overview = pool_overview(get_engine())
    except OperationalError as exc:
        st.error(f"Cannot open the database ({exc.orig}). Check DATABASE_URL on the Settings page.")
        st.stop()
    if not overview.initialised:
        st.info("This database is not set up yet: run `encore init`, then `encore demo`.")
        st.stop()
    if need_candidates and overview.empty:
        st.info(EMPTY_POOL_HELP)
        st.page_link(
            "app/pages/import_file.py", label="Import a file", icon=":material/upload_file:"
        )
        st.stop()
    return overview


@contextmanager
def reported(what: str, fix: str = "", *, also: tuple = ()) -> Iterator[None]:
    """Turn a failure inside into an error box that says what went wrong and what to do.

    ``also``: further exception types whose message is written for a recruiter."""
    try:
        yield
    except (ValueError, LookupError, *also) as exc:
        st.error(f"{what}: {exc}")
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc.__class__.__name__
        st.error(f"{what}: the database refused it ({detail}). {fix}".strip())


def when(moment) -> str:
    return f"{moment:%d %b %Y}" if moment else "—"


SIGNATURE_KEY = "signature_value"  # not a widget key: survives moving between pages


def signature() -> str:
    """How drafts are signed: the Settings page's edit for this session, else the setting."""
    from data.settings import get_settings

    return st.session_state.get(SIGNATURE_KEY) or get_settings().signature
