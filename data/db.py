"""The engine, and creating or upgrading the schema through Alembic.

SQLite gets WAL (readers never block the writer), enforced foreign keys (so cascades and
``SET NULL`` happen in the database too) and a busy timeout (two recruiters writing at once
wait rather than fail); a ``session_scope`` (``data.sessions``) begins ``IMMEDIATE``.
PostgreSQL needs none of this: row locks and MVCC.

Importing this module installs the session hooks every write goes through: the texts a
transaction changed are read into conditions before it commits (``data.conditions``), and
whoever keeps a copy of the pool is told what a commit changed (``data.events``).
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import create_engine

from data import conditions, events  # noqa: F401  (install the session hooks)
from data.files import create_private_file, private_dir
from data.sessions import IMMEDIATE
from data.sessions import read_session as read_session  # where every caller finds them
from data.sessions import session_scope as session_scope
from data.settings import get_settings, normalise_database_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own implicit BEGIN is off; ``_sqlite_begin`` issues it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn) -> None:
    options = conn.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":  # e.g. VACUUM, which refuses a BEGIN
        return
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE) else "BEGIN")


def _is_uri(sa_url) -> bool:
    return sa_url.database.startswith("file:") or bool(sa_url.query.get("uri"))


def make_engine(url: str | None = None) -> Engine:
    url = normalise_database_url(url) if url else get_settings().resolved_database_url
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:" and not _is_uri(sa_url):
            # Created here, private, before SQLite opens it: SQLite gives its -wal and -shm
            # files the mode of the database file.
            path = Path(sa_url.database).expanduser()
            private_dir(path.parent)
            try:
                create_private_file(path)
            except OSError:  # e.g. a read-only folder: SQLite says so, plainly, when it opens it
                pass
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class WriteWatch:
    """Whether another connection may have committed since the last look, for a reader that
    keeps a whole pool in memory and must notice another process's import. On SQLite,
    ``PRAGMA data_version`` on a connection kept for it (no transaction is held between
    looks): it moves with every commit made by any other connection. Elsewhere: always yes."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._conn = None
        self._version: int | None = None

    def moved(self) -> bool:
        url = self._engine.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return True  # an in-memory database is one connection's own: nobody else writes
        if self._conn is None:
            self._conn = self._engine.raw_connection()
        version = self._conn.cursor().execute("PRAGMA data_version").fetchone()[0]
        moved, self._version = version != self._version, version
        return moved

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@dataclass(frozen=True)
class Compaction:
    """What became of an erasure's bytes on disk.

    ``complete``: the write-ahead log was folded into the vacuumed file and emptied, so no copy
    of the erased rows is left in either. Otherwise ``blocked_by`` says why (another connection
    still reading an older state, or writing) and ``wal_frames`` how many pages the log still
    holds; SQLite finishes the job when the last connection closes."""

    complete: bool
    blocked_by: str | None = None
    wal_frames: int = 0


def compact_after_erasure(engine: Engine, *, wait_seconds: float = 3.0) -> Compaction:
    """After an erasure on SQLite, vacuum the file and fold the write-ahead log into it, so the
    erased rows linger neither in free pages nor in the log. PostgreSQL reclaims space itself.

    A reader in another connection (the dashboard, a long ``encore`` command) keeps the log
    from being emptied: the checkpoint waits up to ``wait_seconds`` for it, then gives up and
    says so rather than claiming the rows are gone."""
    if engine.dialect.name != "sqlite":
        return Compaction(complete=True)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # VACUUM writes the compacted file through the log; the checkpoint then copies it
            # over the old pages and truncates the log to nothing.
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_seconds * 1000)}")
            try:
                busy, log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    except OperationalError:  # another process holds the write lock; the erasure itself stands
        return Compaction(complete=False, blocked_by="a writer")
    if busy:
        return Compaction(complete=False, blocked_by="a reader", wal_frames=max(log, 0))
    return Compaction(complete=True)


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create the database or bring it up to date; safe to run any number of times."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@functools.cache
def head_revision() -> str:
    """The newest migration this Encore knows (read from its files once per process)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("candidate")


def is_outdated(engine: Engine) -> bool:
    """Set up by an older Encore: migrations this one needs have not run (``encore init``)."""
    return current_revision(engine) != head_revision()
