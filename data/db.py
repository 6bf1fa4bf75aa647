"""Engine and sessions, and creating or upgrading the schema through Alembic.

SQLite gets WAL (readers never block the writer), enforced foreign keys (so cascades and
``SET NULL`` happen in the database too) and a busy timeout (two recruiters writing at once
wait rather than fail). A ``session_scope`` — a unit of work that may write — starts with
``BEGIN IMMEDIATE`` on SQLite: it takes the write lock first, waiting its turn, so a read
followed by a write can never find that another process wrote in between (SQLite would
refuse that write at once, busy timeout or not). Plain sessions that only read stay
deferred and never wait. PostgreSQL needs none of this: row locks and MVCC.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from data.settings import get_settings, normalise_database_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15_000


IMMEDIATE = "encore_begin_immediate"


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


def make_engine(url: str | None = None) -> Engine:
    url = normalise_database_url(url) if url else get_settings().resolved_database_url
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error. On SQLite it holds the
    write lock from its start, so keep it short (no model inference inside)."""
    with Session(engine, expire_on_commit=False) as session:
        if engine.dialect.name == "sqlite":
            session.connection(execution_options={IMMEDIATE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def compact_after_erasure(engine: Engine) -> bool:
    """After an erasure on SQLite, fold the write-ahead log into the file and vacuum it, so the
    erased rows do not linger in free pages or the WAL. PostgreSQL reclaims space itself."""
    if engine.dialect.name != "sqlite":
        return True
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
    except OperationalError:  # another process holds the database; the erasure itself stands
        return False
    return True


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


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("candidate")
