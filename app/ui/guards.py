"""Guards shared by the pages: the pool must be usable, and a failure becomes a message.

Outside text on screen goes through ``app.ui.plain`` (exception messages here too: they can
carry a name or a do-not-contact reason).
"""

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.resources import get_engine
from app.ui.plain import SENTENCE, plain
from data.overview import PoolOverview, pool_overview

EMPTY_POOL_HELP = (
    "Your pool is empty. Load the demo pool from the Home page (or run "
    "`encore init && encore demo && encore index`), or bring in an ATS export on the "
    "Import page."
)


def overview_or_stop(*, need_candidates: bool = True) -> PoolOverview:
    """The pool's figures; a page that cannot work on this database says why and stops."""
    try:
        overview = pool_overview(get_engine())
    except OperationalError as exc:
        st.error(
            f"Cannot open the database ({plain(exc.orig, limit=SENTENCE)}). "
            "Check DATABASE_URL on the Settings page."
        )
        st.stop()
    if not overview.initialised:
        st.info("This database is not set up yet: run `encore init`, then `encore demo`.")
        st.stop()
    stop_if_outdated(overview)
    if need_candidates and overview.empty:
        st.info(EMPTY_POOL_HELP)
        st.page_link(
            "app/pages/import_file.py", label="Import a file", icon=":material/upload_file:"
        )
        st.stop()
    return overview


def stop_if_outdated(overview: PoolOverview) -> None:
    """A database an older Encore made lacks tables this one reads: say how to bring it up
    to date instead of failing on the first query."""
    if overview.outdated:
        st.warning(
            "This database was made by an older Encore: run `encore init` to bring it up to "
            "date (nothing stored is lost), then reload this page."
        )
        st.stop()


@contextmanager
def reported(what: str, fix: str = "", *, also: tuple = ()) -> Iterator[None]:
    """Turn a failure inside into an error box that says what went wrong and what to do.

    ``also``: further exception types whose message is written for a recruiter."""
    try:
        yield
    except (ValueError, LookupError, *also) as exc:
        st.error(f"{plain(what)}: {plain(exc, limit=SENTENCE)}")
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc.__class__.__name__
        st.error(
            f"{plain(what)}: the database refused it ({plain(detail, limit=SENTENCE)}). "
            f"{plain(fix, limit=SENTENCE)}".strip()
        )
