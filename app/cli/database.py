"""The database a command works on (``--db``, else the settings), refused in one line when it
cannot be opened, is not set up or was made by an older Encore."""

from sqlalchemy.exc import OperationalError

from app.cli.typer_app import fail, state
from data.db import current_revision, head_revision, is_initialised, make_engine
from data.settings import get_settings


def engine():
    return make_engine(state.db_url or get_settings().resolved_database_url)


def ready_engine():
    """The engine, with a plain message (not a traceback) if the database is not set up."""
    eng = engine()
    try:
        initialised = is_initialised(eng)
    except OperationalError as exc:
        fail(f"cannot open the database: {exc.orig}")
    if not initialised:
        fail("the database is not set up yet: run `encore init` first")
    if current_revision(eng) != head_revision():
        fail("the database was made by an older Encore: run `encore init` to upgrade it")
    return eng
