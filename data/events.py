"""What a commit changed, told to whoever keeps a copy of the pool.

Every session notes the tables its flushes and its bulk statements (``update(...)``,
``delete(...)``, ``insert(...)`` through the session) wrote; once the transaction commits,
each subscriber is told which tables changed (``Committed``). The matcher subscribes
(``matching.engine.Matcher``), so its next search looks at the pool again without any page or
command having to say so. A commit that wrote nothing tells no one; a transaction or a
savepoint rolled back takes its notes with it.

Plain SQLAlchemy session events, installed when ``data.db`` is imported. Not seen here: writes
by another process (the matcher's timer covers those) and SQL sent as text.
"""

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

_WRITTEN = "encore_tables_written"


@dataclass(frozen=True)
class Committed:
    """One commit that wrote: the database it went to and the tables it changed."""

    engine: Engine | None  # None: a session bound to several databases
    tables: frozenset[str]

    def touches(self, engine: Engine, tables: frozenset[str]) -> bool:
        """Whether this commit changed one of ``tables`` in ``engine``'s database."""
        same_database = self.engine is None or self.engine.url == engine.url
        return same_database and not self.tables.isdisjoint(tables)


Listener = Callable[[Committed], None]
_listeners: list[weakref.ref] = []
_lock = threading.Lock()


def subscribe(listener: Listener) -> None:
    """Tell ``listener`` of every commit that wrote, from any thread that commits. It is held
    weakly (a bound method through ``WeakMethod``): a matcher that is gone stops being told."""
    ref = weakref.WeakMethod(listener) if hasattr(listener, "__self__") else weakref.ref(listener)
    with _lock:
        _listeners.append(ref)


def _live() -> list[Listener]:
    with _lock:
        _listeners[:] = [ref for ref in _listeners if ref() is not None]
        return [listener for ref in _listeners if (listener := ref()) is not None]


def _unit(session: Session) -> SessionTransaction | None:
    """The transaction whose end decides these writes: the innermost savepoint, else the
    root transaction."""
    return session.get_nested_transaction() or session.get_transaction()


def _written(session: Session) -> dict[SessionTransaction, set[str]]:
    return session.info.setdefault(_WRITTEN, {})


def _note(session: Session, tables) -> None:
    unit = _unit(session)
    if unit is not None:
        _written(session).setdefault(unit, set()).update(tables)


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _context) -> None:
    changed = [*session.new, *session.deleted]
    changed += [obj for obj in session.dirty if session.is_modified(obj)]
    _note(session, {table.name for obj in changed for table in inspect(obj).mapper.tables})


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            _note(state.session, {table.name})


@event.listens_for(Session, "after_commit")
def _tell(session: Session) -> None:
    savepoint = session.get_nested_transaction()
    if savepoint is not None:  # released: its writes now stand or fall with the one around it
        outer = savepoint.parent
        while outer is not None and not outer.nested and outer.parent is not None:
            outer = outer.parent
        written = _written(session)
        if outer is not None:
            written.setdefault(outer, set()).update(written.pop(savepoint, ()))
        return
    written = _written(session).pop(session.get_transaction(), None)
    if not written:
        return
    bind = session.bind
    change = Committed(bind.engine if isinstance(bind, Connection) else bind, frozenset(written))
    for listener in _live():
        try:
            listener(change)
        except Exception:  # the commit stands; one listener's failure must not undo the rest
            logging.getLogger(__name__).exception("a commit listener failed")


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    # What a transaction or savepoint that ended without being told (rolled back, closed)
    # wrote is gone with it.
    _written(session).pop(transaction, None)
