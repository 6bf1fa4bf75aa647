"""Long-lived objects shared by every page and session, cached once per server process."""

import logging
import threading
import weakref

import streamlit as st
from sqlalchemy.engine import Engine

from data.db import make_engine
from data.events import Committed, subscribe
from data.settings import get_settings
from matching.engine import Matcher

# Matchers built so far, so a page can use the model once it is loaded without loading it.
_matchers: "weakref.WeakSet[Matcher]" = weakref.WeakSet()
_generation = [0]  # bumped on every commit that wrote, so pages that keep results know


@st.cache_resource(show_spinner=False)
def get_engine() -> Engine:
    return make_engine(get_settings().resolved_database_url)


@st.cache_resource(show_spinner="Loading the embedding model…")
def get_matcher() -> Matcher:
    from matching.embedder import load_embedder

    matcher = Matcher(get_engine(), load_embedder(get_settings().model))
    _matchers.add(matcher)
    # Embed the open roles in the background: the first search of a role then skips it.
    threading.Thread(target=_warm_up, args=(matcher,), daemon=True, name="encore-warm-up").start()
    return matcher


def _warm_up(matcher: Matcher) -> None:
    try:
        matcher.warm_up()
    except Exception as exc:  # a warm-up is an optimisation; a search will report real errors
        logging.getLogger(__name__).warning("warm-up skipped: %s", type(exc).__name__)


def loaded_matcher() -> Matcher | None:
    """The matcher if this server has loaded the model already, else None (never loads it)."""
    engine = get_engine()
    return next((m for m in list(_matchers) if m.engine is engine), None)


_preload_started = threading.Event()


def preload_in_background() -> None:
    """Load the model and the pool's index on a thread, once per server process, as soon as
    the server starts: the first search then finds them ready (or nearly) instead of waiting
    seconds for them after the click. A search that comes sooner waits for the same load
    (``st.cache_resource`` computes a value once); a failure here is left for the search to
    report."""
    if _preload_started.is_set():
        return
    _preload_started.set()
    threading.Thread(target=_preload, daemon=True, name="encore-preload").start()


def _preload() -> None:
    from data.db import is_initialised

    try:
        if is_initialised(get_engine()):
            get_matcher()
    except Exception as exc:  # an optimisation: the page shows the real error when it runs
        logging.getLogger(__name__).warning("preload skipped: %s", type(exc).__name__)


def _written(_change: Committed) -> None:
    _generation[0] += 1


subscribe(_written)  # the matchers subscribe themselves (``Matcher``)


def pool_generation() -> int:
    """How many commits have written since the server started: a page that keeps a result
    (Search) computes it again when this moves."""
    return _generation[0]
