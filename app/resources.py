"""Long-lived objects shared by every page and session, cached once per server process."""

import importlib
import logging
import threading
import weakref
from pathlib import Path

import streamlit as st
from sqlalchemy.engine import Engine

from data.db import head_revision, make_engine
from data.events import Committed, subscribe
from data.settings import get_settings
from matching.engine import Matcher

# Matchers built so far, so a page can use the model once it is loaded without loading it.
_matchers: "weakref.WeakSet[Matcher]" = weakref.WeakSet()
_generation = [0]  # bumped on every commit that wrote, so pages that keep results know


@st.cache_resource(show_spinner=False)
def get_engine() -> Engine:
    return make_engine(get_settings().resolved_database_url)


@st.cache_resource(show_spinner=False)
def get_matcher() -> Matcher:
    """The matcher, at once: its model loads the first time something has to be embedded (a
    pasted description, a role whose vectors are not stored yet), not before — a search of
    an open role finds its vectors in the database and never waits for the model."""
    from matching.embedder import lazy_embedder
    from matching.query_vectors import stored_dim

    engine = get_engine()
    embedder = lazy_embedder(
        get_settings().model, stored_dim=lambda model: stored_dim(engine, model)
    )
    matcher = Matcher(engine, embedder)
    _matchers.add(matcher)
    return matcher


def loaded_matcher() -> Matcher | None:
    """The matcher if it can rank the open roles now without loading the model (the model is
    loaded, or every open role's vectors are stored); else None (never loads it)."""
    from matching.query_vectors import open_roles

    engine = get_engine()
    for matcher in list(_matchers):
        if matcher.engine is engine:
            if getattr(matcher.embedder, "loaded", True):
                return matcher
            return matcher if matcher.queries.all_stored(open_roles(engine)) else None
    return None


def load_model_in_background() -> None:
    """Load the model, then embed and store any open role's texts that are not stored yet,
    on a thread, once per server process. Called after a first search has been shown, so
    the load never competes with the first page or the first search for the CPU, and a
    pasted description later finds the model ready."""
    if _model_started.is_set():
        return
    _model_started.set()
    threading.Thread(target=_warm_up, daemon=True, name="encore-warm-up").start()


def _warm_up() -> None:
    try:
        matcher = get_matcher()
        matcher.warm_up()
    except Exception as exc:  # a warm-up is an optimisation; a search will report real errors
        logging.getLogger(__name__).warning("warm-up skipped: %s", type(exc).__name__)


_model_started = threading.Event()
_preload_started = threading.Event()
_preload_done = threading.Event()


def preload_in_background() -> threading.Event:
    """Load the pool's index on a thread, once per server process, as soon as the server
    starts: the first search then finds it ready (or nearly) instead of reading the pool
    after the click. A search that comes sooner waits for the same load
    (``st.cache_resource`` computes a value once); a failure here is left for the search to
    report. The model is not loaded here (see ``load_model_in_background``). Returns an
    event set once the load is over (done or given up)."""
    if not _preload_started.is_set():
        _preload_started.set()
        threading.Thread(target=_preload, daemon=True, name="encore-preload").start()
    return _preload_done


def _preload() -> None:
    from data.db import is_initialised, is_outdated

    try:
        engine = get_engine()
        if is_initialised(engine) and not is_outdated(engine):  # else the page says why
            get_matcher().pool_index()
    except Exception as exc:  # an optimisation: the page shows the real error when it runs
        logging.getLogger(__name__).warning("preload skipped: %s", type(exc).__name__)
    finally:
        _preload_done.set()


def _written(_change: Committed) -> None:
    _generation[0] += 1


subscribe(_written)  # the matchers subscribe themselves (``Matcher``)


def pool_generation() -> int:
    """How many commits have written since the server started: a page that keeps a result
    (Search) computes it again when this moves."""
    return _generation[0]


def import_what_pages_import() -> None:
    """Import every module the pages import, in the server process before it serves: the
    first page then does not spend seconds importing the reader (its patterns compile at
    import), pandas and the matcher while the recruiter waits."""
    # Caches declared outside a running server warn that they have none yet; they find it
    # when first called, as usual.
    quiet = logging.getLogger("streamlit.runtime.caching.cache_data_api")
    level, quiet.level = quiet.level, logging.ERROR
    try:
        for page in sorted((Path(__file__).resolve().parent / "pages").glob("*.py")):
            _import_from(page)
    finally:
        quiet.level = level
    # Every page first checks the database's migrations (``data.db.is_outdated``).
    importlib.import_module("alembic.runtime.migration")
    head_revision()
    # The router's page icon is a file: Streamlit reads it with Pillow, which it imports on
    # the first page otherwise (0.1-0.2 s of it).
    importlib.import_module("PIL.Image")


def _import_from(page: "Path") -> None:
    """The modules one page file imports at its top, imported (the page is not run)."""
    import ast

    for node in ast.parse(page.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            importlib.import_module(name)
