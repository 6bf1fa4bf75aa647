"""Sessions: a unit of work that may write (``session_scope``) and one that only reads
(``read_session``).

A ``session_scope`` starts with ``BEGIN IMMEDIATE`` on SQLite (``data.db`` turns the option
below into that statement): it takes the write lock first, waiting its turn, so a read
followed by a write can never find that another process wrote in between (SQLite would refuse
that write at once, busy timeout or not). A ``read_session`` stays deferred: it never waits
for a writer and holds up none, so it is the one to keep open around model inference.
PostgreSQL needs none of this: row locks and MVCC.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlmodel import Session

# The execution option ``data.db`` reads when it begins a SQLite transaction.
IMMEDIATE = "encore_begin_immediate"


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


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session that only reads: nothing it holds is written, and it ends with a rollback
    (a write inside it is lost). Its rows stay readable after it closes."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        finally:
            session.rollback()
