"""Conditions read from people's free text, kept in step with the text they came from.

Every motivation, application reason note and touchpoint note is read (``reading.read``) into
``CandidateCondition`` rows. Reading is incremental, like the index: each source's text, the day
it was said and the reader's own version are hashed, and only sources whose hash changed are
read again. It happens on two paths:

- at once, in the transaction that writes the text (a session hook below), so an opt-out typed
  into a touchpoint note takes the person out of every list on the next search;
- in bulk (``read_pool``, a batch per transaction), from ``encore index`` and after a reader
  upgrade: a large batch is read by worker processes (``data.condition_readers``) and written
  with one bulk insert, this process keeping all the database work.

Recruiter rows (confirmed, corrected, dismissed, added) are never touched by re-reading; the
``active`` flag of every row of a person is recomputed after each change, so that "what counts
now" is a plain indexed clause (``opted_out_clause``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import and_, delete, event, exists, func, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from data.bulk_insert import BulkInsert
from data.condition_readers import (
    PARALLEL_FROM,
    FoundRow,
    Readers,
    read_rows,
)
from data.condition_readers import condition_key as condition_key  # where edits import it
from data.latest_word import FACETS as LATEST_FACETS
from data.latest_word import superseded
from data.models import Application, Candidate, CandidateCondition, Motivation, Touchpoint
from data.sessions import read_session, session_scope
from data.timeutil import utcnow

SOURCES = (Motivation, Application, Touchpoint)
READ = "read"
RECRUITER_STATUSES = ("confirmed", "corrected", "dismissed")
OPT_OUT_KEY = "contact|avoid|opt_out|"
OPT_IN_KEY = (
    "contact|wish|opt_in|"  # a stop taken back ("changed my mind, stay in touch after all")
)
BATCH = 500
INSERT_ROWS = 400  # rows written at once while the rest of a batch is read


def _reader_version() -> str:
    """A hash of the reader's own source: a new reader re-reads every text once."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent.parent / "reading").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


READER_VERSION = _reader_version()


class Source(NamedTuple):
    """One text about a person as ``read_pool`` sees it (a tuple: a pool has hundreds of
    thousands, each made twice per batch)."""

    kind: str  # motivation | application | touchpoint
    id: int
    candidate_id: int
    text: str
    said_at: date | None
    hash: str  # of the reader's version, the day and the text: what a stored reading is of


def text_hash(text: str, said_at: date | None) -> str:
    said = said_at.isoformat() if said_at else ""
    return hashlib.sha256(f"{READER_VERSION}\x00{said}\x00{text}".encode()).hexdigest()


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment else None


def among(column, ids: list[int] | None):
    """SQL: ``column`` is one of these ids (sorted, each once). A run with no gaps (a
    ``read_pool`` batch) is a range: five hundred bound ids cost more to compile than the query
    costs to run."""
    if ids and ids[-1] - ids[0] + 1 == len(ids):
        return column.between(ids[0], ids[-1])
    return column.in_(ids)


def _sources(session: Session, candidate_ids: list[int] | None) -> list[Source]:
    """The texts of these people (everyone when None): plain rows, no ORM objects."""

    def scoped(query, column):
        return query.where(among(column, candidate_ids)) if candidate_ids is not None else query

    m, a, t = Motivation, Application, Touchpoint
    motivations = select(m.id, m.candidate_id, m.statement, m.stated_at, m.created_at)
    reasons = select(
        a.id, a.candidate_id, a.reason_note, a.decided_at, a.applied_at, a.created_at
    ).where(a.reason_note.is_not(None))
    notes = select(t.id, t.candidate_id, t.note, t.at).where(t.note.is_not(None))
    queries = (
        ("motivation", scoped(motivations, m.candidate_id)),
        ("application", scoped(reasons, a.candidate_id)),
        ("touchpoint", scoped(notes, t.candidate_id)),
    )
    connection = session.connection()
    found: list[Source] = []
    for kind, query in queries:
        for source_id, candidate_id, text, *moments in connection.execute(query):
            if text and text.strip():
                said = _day(next((x for x in moments if x is not None), None))
                found.append(
                    Source(kind, source_id, candidate_id, text, said, text_hash(text, said))
                )
    return found


@dataclass
class ReadReport:
    people: int = 0
    sources_read: int = 0
    sources_dropped: int = 0
    conditions: int = 0


# The columns a bulk write fills, in the order ``_rows_for`` gives them.
COLUMNS = (
    "candidate_id", "source_kind", "source_id", "source_hash", "status", "overrides",
    "recruiter", "created_at", "facet", "polarity", "key", "value", "span_start", "span_end",
    "span_text", "said_at", "confidence", "method", "active",
)  # fmt: skip
_WRITE = BulkInsert(CandidateCondition.__table__, COLUMNS)


def _rows_for(source: Source, found: list[FoundRow], now: datetime) -> list[tuple]:
    """The rows of one text read, as plain column values (``COLUMNS``) for a bulk write (an
    ORM object per row costs more than reading the text did)."""
    common = (source.candidate_id, source.kind, source.id, source.hash, READ, None, None, now)
    return [common + row for row in found]


def _held(found: list[FoundRow]) -> int:
    """How many conditions a text's rows hold (its marker row holds none)."""
    return 0 if found[0][0] == "none" else len(found)


def read_people(*, session: Session, candidate_ids: Iterable[int] | None = None) -> ReadReport:
    """Re-read the changed texts of these people (everyone when None); the caller commits."""
    ids = None if candidate_ids is None else sorted(set(candidate_ids))
    report = ReadReport()
    if ids is None:
        ids = list(session.exec(select(Candidate.id).order_by(Candidate.id)))
    for start in range(0, len(ids), BATCH):
        _read_batch(session, ids[start : start + BATCH], report)
    return report


def read_pool(
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> ReadReport:
    """Read every changed text in the pool, a batch of people per short transaction (what
    ``encore index`` runs first; after a reader upgrade it re-reads everything once).

    A batch with at least ``parallel_from`` changed texts is read by ``workers`` processes
    (``data.condition_readers``); this process keeps every database read and write."""
    with Session(engine) as session:
        ids = list(session.exec(select(Candidate.id).order_by(Candidate.id)))
    report = ReadReport()
    if progress:
        progress(0, len(ids))
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    with Readers(workers, parallel_from=parallel_from) as readers:
        busy, ahead = False, None
        for k, batch in enumerate(batches):
            following = None
            if busy and readers.workers > 1:
                # Texts keep coming: the workers read this batch and the next while this
                # process writes, so neither waits for the other.
                ahead = ahead or _look_ahead(engine, batch, readers)
                if k + 1 < len(batches):
                    following = _look_ahead(engine, batches[k + 1], readers)
            with session_scope(engine) as session:
                read_now = _read_batch(session, batch, report, readers, ahead, loaded=False)
            busy, ahead = read_now >= max(1, parallel_from), following
            if progress:
                progress(min((k + 1) * BATCH, len(ids)), len(ids))
    return report


class _Ahead:
    """Texts of a batch the workers are reading, looked up before its write transaction; each
    result is handed out only for the same source with the same hash (text and day)."""

    def __init__(self, sources: list[Source], results: Iterator[list[FoundRow]]):
        self._order = iter([(s.kind, s.id, s.hash) for s in sources])
        self._wanted = {(s.kind, s.id, s.hash) for s in sources}
        self._results, self._got = results, {}

    def take(self, source: Source) -> list[FoundRow] | None:
        key = (source.kind, source.id, source.hash)
        if key not in self._wanted:
            return None  # changed since it was looked up: read now
        while key not in self._got:
            self._got[next(self._order)] = next(self._results)
        return self._got.pop(key)


def _look_ahead(engine: Engine, ids: list[int], readers: Readers) -> _Ahead | None:
    """Start the workers on the changed texts of these people (a read-only look; the write
    transaction looks again and reads anything that changed in between)."""
    with read_session(engine) as session:
        changed, _ = _changes(session, ids)
    results = readers.submit([(s.text, s.said_at) for s in changed])
    return _Ahead(changed, results) if results is not None else None


def _changes(session: Session, ids: list[int]) -> tuple[list[Source], list[tuple[str, int]]]:
    """These people's texts that changed since they were read, and the sources gone since."""
    stored: dict[tuple[str, int], str | None] = {}
    for kind, source_id, source_hash in session.connection().execute(
        select(
            CandidateCondition.source_kind,
            CandidateCondition.source_id,
            CandidateCondition.source_hash,
        )
        .where(among(CandidateCondition.candidate_id, ids), CandidateCondition.status == READ)
        .distinct()
    ):
        stored[(kind, source_id)] = source_hash
    # A text that held no condition leaves a marker row (facet "none"), so it is not
    # read again on every run.
    sources = _sources(session, ids)
    changed = [s for s in sources if stored.get((s.kind, s.id)) != s.hash]
    current = {(s.kind, s.id) for s in sources}
    gone = [key for key in stored if key not in current]
    return changed, gone


def _read_batch(
    session: Session,
    ids: list[int],
    report: ReadReport,
    readers: Readers | None = None,
    ahead: _Ahead | None = None,
    *,
    loaded: bool = True,
) -> int:
    """Read these people's changed texts and replace what was read of them before; how many
    texts were read."""
    changed, gone = _changes(session, ids)
    touched = {s.candidate_id for s in changed}
    stale: dict[str, list[int]] = defaultdict(list)
    for kind, source_id in [*gone, *((s.kind, s.id) for s in changed)]:
        stale[kind].append(source_id)
    for kind, source_ids in stale.items():
        # Recruiter rows of a vanished source go with it; of a changed one they stay.
        session.exec(
            delete(CandidateCondition).where(
                among(CandidateCondition.candidate_id, ids),
                CandidateCondition.source_kind == kind,
                CandidateCondition.source_id.in_(source_ids),
                CandidateCondition.status == READ,
            )
        )
    for kind, source_id in gone:
        session.exec(
            delete(CandidateCondition).where(
                CandidateCondition.source_kind == kind, CandidateCondition.source_id == source_id
            )
        )
    report.sources_dropped += len(gone)
    now = utcnow()
    rows: list[tuple] = []
    if ahead is not None:
        results = (ahead.take(s) for s in changed)
    else:
        items = [(s.text, s.said_at) for s in changed]
        results = iter(readers.read(items) if readers is not None else read_rows(items))
    # What the workers have read is written while they read the rest.
    for source, found in zip(changed, results, strict=True):
        if found is None:
            found = read_rows([(source.text, source.said_at)])[0]
        rows += _rows_for(source, found, now)
        report.conditions += _held(found)
        if len(rows) >= INSERT_ROWS:
            _WRITE.execute(session.connection(), rows)
            rows = []
    _WRITE.execute(session.connection(), rows)
    report.sources_read += len(changed)
    if gone:
        touched.update(ids)
    report.people += len(ids)
    if touched:
        session.flush()
        refresh_active(session=session, candidate_ids=touched, loaded=loaded)
    return len(changed)


def refresh_active(*, session: Session, candidate_ids: Iterable[int], loaded: bool = True) -> None:
    """Recompute which rows count: a reader row overridden by a recruiter's correction or
    dismissal of the same source does not; a dismissal marker never does.

    ``loaded=False`` says the session holds none of these rows as objects (``read_pool``'s
    fresh batch sessions): the updates then skip fetching what they changed to refresh them."""
    ids = sorted(set(candidate_ids))
    if not ids:
        return
    cc = CandidateCondition
    sync = {} if loaded else {"synchronize_session": False}
    session.exec(
        update(cc)
        .where(among(cc.candidate_id, ids))
        .values(active=and_(cc.facet != "none", cc.status != "dismissed"))
        .execution_options(**sync)
    )
    overrides = (
        select(cc.source_kind, cc.source_id, cc.overrides, cc.candidate_id)
        .where(among(cc.candidate_id, ids), cc.status.in_(RECRUITER_STATUSES))
        .where(cc.overrides.is_not(None))
    )
    for kind, source_id, key, cid in session.exec(overrides).all():
        session.exec(
            update(cc)
            .where(
                cc.candidate_id == cid,
                cc.status == READ,
                cc.source_kind == kind,
                cc.source_id == source_id,
                cc.key == key,
            )
            .values(active=False)
            .execution_options(**sync)
        )
    # A read opt-out taken back in words said later ("happy to hear about roles again") no longer
    # counts; one confirmed by a recruiter (do-not-contact) is not lifted by anything read.
    later = aliased(cc)
    session.exec(
        update(cc)
        .where(
            among(cc.candidate_id, ids),
            cc.key == OPT_OUT_KEY,
            cc.status == READ,
            exists().where(
                later.candidate_id == cc.candidate_id,
                later.key == OPT_IN_KEY,
                later.active.is_(True),
                later.said_at > cc.said_at,
            ),
        )
        .values(active=False)
        .execution_options(**sync)
    )
    # The latest word on a subject counts: an earlier condition a later one contradicts ("no
    # travel while the kids are small", then "kids at uni, travel's fine") no longer does.
    # Only a person with two such rows or more can hold a contradiction (within a facet, or
    # across two, as a stay and a move).
    several = (
        select(cc.candidate_id)
        .where(among(cc.candidate_id, ids), cc.active.is_(True), cc.facet.in_(LATEST_FACETS))
        .group_by(cc.candidate_id)
        .having(func.count() > 1)
        .subquery()
    )
    rows = (
        session.connection()
        .execute(
            select(
                cc.id,
                cc.candidate_id,
                cc.facet,
                cc.polarity,
                cc.value,
                cc.said_at,
                cc.source_kind,
                cc.source_id,
                cc.span_start,
                cc.status,
            )
            .join(several, cc.candidate_id == several.c.candidate_id)
            .where(cc.active.is_(True), cc.facet.in_(LATEST_FACETS))
        )
        .all()
    )
    if gone := superseded(rows):
        session.exec(
            update(cc).where(cc.id.in_(sorted(gone))).values(active=False).execution_options(**sync)
        )


def opted_out_clause(candidate_id_column):
    """SQL: this person's own words, read and not dismissed, ask us to stop writing."""
    cc = CandidateCondition
    return exists().where(
        cc.candidate_id == candidate_id_column, cc.key == OPT_OUT_KEY, cc.active.is_(True)
    )


def opted_out(*, session: Session, candidate_ids: Iterable[int]) -> set[int]:
    ids = sorted(set(candidate_ids))
    if not ids:
        return set()
    cc = CandidateCondition
    return set(
        session.exec(
            select(cc.candidate_id)
            .where(cc.candidate_id.in_(ids), cc.key == OPT_OUT_KEY, cc.active.is_(True))
            .distinct()
        ).all()
    )


def active_conditions(
    *, session: Session, candidate_ids: Iterable[int] | None = None
) -> dict[int, list[CandidateCondition]]:
    """What counts now for each person, oldest said first."""
    cc = CandidateCondition
    query = select(cc).where(cc.active.is_(True)).order_by(cc.candidate_id, cc.said_at, cc.id)
    if candidate_ids is not None:
        query = query.where(cc.candidate_id.in_(sorted(set(candidate_ids))))
    found: dict[int, list[CandidateCondition]] = defaultdict(list)
    for row in session.exec(query):
        found[row.candidate_id].append(row)
    return found


# --- Reading in the transaction that writes the text ----------------------------------

_PENDING = "encore_conditions_pending"


@event.listens_for(Session, "before_flush")
def _note_changed_sources(session, _context, _instances) -> None:
    pending = session.info.setdefault(_PENDING, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, SOURCES) and obj.candidate_id is not None:
            pending.add(obj.candidate_id)


@event.listens_for(Session, "before_commit")
def _read_before_commit(session) -> None:
    pending = session.info.pop(_PENDING, None)
    if session.new or session.dirty or session.deleted:
        session.flush()
        pending = (pending or set()) | session.info.pop(_PENDING, set())
    if pending:
        existing = set(
            session.exec(select(Candidate.id).where(Candidate.id.in_(sorted(pending)))).all()
        )
        if existing:
            read_people(session=session, candidate_ids=existing)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session) -> None:
    session.info.pop(_PENDING, None)
