"""Reading a whole pool (``read_pool``, what ``encore index`` runs first) with worker processes
gives exactly what reading it in this process gives; small pools never start a process."""

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import select

import data.condition_readers as condition_readers
import data.conditions as conditions
from data.condition_readers import Readers, read_rows
from data.conditions import ReadReport, opted_out, read_pool
from data.models import CandidateCondition, Motivation
from data.sessions import session_scope
from data.timeutil import utcnow
from tests.factories import make_application, make_candidate, make_touchpoint

OPT_OUT = "Please stop emailing me."
NOTES = [
    "Remote only, won't go below £90k, not before March",
    "Happy in Lisbon; would relocate to Berlin for the right team. No on-call please.",
    "Wants to lead a team again; fintech or health, 4 days a week max",
    "Checked in about new roles.",
    "Needs visa sponsorship. Open to contract work, 3 days in the office at most.",
    "k8s/terraform shop pref, hybrid ok",
]


def _pool(session, people: int = 9) -> list[int]:
    """People with motivations, reason notes and touchpoint notes (some holding nothing);
    the last one asked us to stop writing."""
    ids = []
    for n in range(people):
        person = make_candidate(session, motivations=[NOTES[n % 6], NOTES[(n + 3) % 6]])
        make_application(session, person, reason_note=NOTES[(n + 1) % 6])
        make_touchpoint(
            session,
            person,
            note=OPT_OUT if n == people - 1 else NOTES[(n + 2) % 6],
            at=utcnow() - timedelta(days=10 + n),
        )
        ids.append(person.id)
    return ids


def _forget_reading(engine) -> None:
    """What a reader upgrade does: every text read before must be read again."""
    with session_scope(engine) as session:
        session.exec(update(CandidateCondition).values(source_hash="read by an older reader"))


def _rows(engine) -> list[tuple]:
    cc = CandidateCondition
    with session_scope(engine) as session:
        found = session.exec(
            select(
                cc.candidate_id,
                cc.source_kind,
                cc.source_id,
                cc.facet,
                cc.polarity,
                cc.key,
                cc.value,
                cc.span_start,
                cc.span_end,
                cc.span_text,
                cc.said_at,
                cc.confidence,
                cc.method,
                cc.status,
                cc.overrides,
                cc.active,
                cc.recruiter,
            )
        ).all()
    return sorted((tuple(repr(v) for v in row) for row in found), key=repr)


@pytest.mark.both_backends
def test_workers_write_the_same_rows_as_reading_in_this_process(engine, monkeypatch):
    monkeypatch.setattr(conditions, "BATCH", 3)  # several batches: the next is read ahead
    with session_scope(engine) as session:
        _pool(session)
    as_written = _rows(engine)  # read in the transaction that wrote the texts

    _forget_reading(engine)
    in_process = read_pool(engine, workers=1)
    assert _rows(engine) == as_written

    _forget_reading(engine)
    parallel = read_pool(engine, workers=2, parallel_from=1)
    assert _rows(engine) == as_written
    assert parallel == in_process
    assert parallel.sources_read == 36 and parallel.conditions > 36


@pytest.mark.both_backends
def test_a_text_edited_after_a_parallel_read_is_read_again(engine):
    with session_scope(engine) as session:
        ids = _pool(session, people=3)
    _forget_reading(engine)
    read_pool(engine, workers=2, parallel_from=1)
    with session_scope(engine) as session:
        assert not opted_out(session=session, candidate_ids=ids[:1])
    with session_scope(engine) as session:
        first = session.exec(
            select(Motivation).where(Motivation.candidate_id == ids[0]).order_by(Motivation.id)
        ).first()
        # Written behind the session's back (as a bulk import does): only read_pool sees it.
        session.exec(
            update(Motivation)
            .where(Motivation.id == first.id)
            .values(statement="Do not contact me again.")
        )

    again = read_pool(engine, workers=2, parallel_from=1)

    assert again.sources_read == 1
    with session_scope(engine) as session:
        assert opted_out(session=session, candidate_ids=ids) == {ids[0], ids[2]}


@pytest.mark.both_backends
def test_a_text_edited_while_the_workers_read_it_is_read_again_as_it_is_written(engine):
    with session_scope(engine) as session:
        ids = _pool(session, people=3)
    _forget_reading(engine)
    with Readers(2, parallel_from=1) as readers:
        ahead = conditions._look_ahead(engine, ids, readers)  # the workers have the old words
        with session_scope(engine) as session:
            session.exec(
                update(Motivation)
                .where(Motivation.candidate_id == ids[0])
                .values(statement="Do not contact me again.")
            )
        with session_scope(engine) as session:
            read_now = conditions._read_batch(session, ids, ReadReport(), readers, ahead)

    assert read_now == 12
    with session_scope(engine) as session:
        assert opted_out(session=session, candidate_ids=ids) == {ids[0], ids[2]}


@pytest.mark.both_backends
def test_progress_reaches_the_total_when_workers_read(engine, monkeypatch):
    with session_scope(engine) as session:
        _pool(session, people=7)
    _forget_reading(engine)
    monkeypatch.setattr(conditions, "BATCH", 3)
    seen = []

    read_pool(engine, workers=2, parallel_from=1, progress=lambda done, total: seen.append(done))

    assert seen == [0, 3, 6, 7]


class _NoProcesses:
    def __init__(self, *args, **kwargs):
        raise AssertionError("a worker process was started")


@pytest.mark.both_backends
def test_a_small_pool_and_an_edited_note_are_read_without_starting_a_process(engine, monkeypatch):
    monkeypatch.setattr(condition_readers, "ProcessPoolExecutor", _NoProcesses)
    with session_scope(engine) as session:
        ids = _pool(session, people=3)
    _forget_reading(engine)

    report = read_pool(engine, workers=2)  # 12 texts: far below the default threshold

    assert report.sources_read == 12
    with session_scope(engine) as session:
        first = session.exec(select(Motivation).where(Motivation.candidate_id == ids[1])).first()
        first.statement = "Please remove me from your list."
    with session_scope(engine) as session:
        assert opted_out(session=session, candidate_ids=ids) == {ids[1], ids[2]}


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_spawned_and_forked_workers_read_what_this_process_reads(start_method):
    items = [(note, utcnow().date() - timedelta(days=n)) for n, note in enumerate(NOTES * 3)]
    with Readers(2, parallel_from=1, start_method=start_method) as readers:
        found = list(readers.read(items))
        assert readers.started
    assert found == read_rows(items)
