"""Reading many texts into conditions at once, in worker processes (``read_pool``'s bulk path).

Reading is plain-Python CPU work, so one process reads one text at a time whatever the machine
has. A pool of thousands of texts is therefore read by worker processes, one per processor
(``ENCORE_READ_WORKERS`` to change it; 1 reads in-process), while the caller keeps all the
database work. Workers start only when a batch holds enough texts to pay for their start-up
(``PARALLEL_FROM``), once per ``Readers``: a one-note edit is read in-process, as before.

Workers are forked when the caller runs no other thread (cheap: the reader is already
imported); otherwise they are spawned as fresh interpreters, since forking a process while
another of its threads (a progress bar's, a server's) holds a lock can hang the child. If
workers cannot be started or die, the texts are read in-process: slower, never different.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from reading import Condition, read
from reading.gates import prepare

# Fewer texts than this in one batch are read in-process: starting workers costs more.
PARALLEL_FROM = 200
# Texts go to the workers in about this many parts per worker, so none waits on a slow part.
PARTS_PER_WORKER = 4

Item = tuple[str, date | None]
# What a text read gives a row of ``candidate_condition`` from ``facet`` on (``data.conditions``
# puts the source's own columns before it): plain tuples, which cross from a worker in a sixth of
# the time conditions as objects do.
FoundRow = tuple


def condition_key(condition: Condition) -> str:
    return "|".join("" if part is None else str(part) for part in condition.key())


def found_rows(text: str, said_at: date | None, conditions: list[Condition]) -> list[FoundRow]:
    """The rows one text's conditions are stored as, from ``facet`` to ``active``; a text that
    held none gets one marker row (facet "none", never active), so it is not read again."""
    if not conditions:
        return [("none", "none", "none", {}, 0, 0, None, said_at, 1.0, "none", False)]
    return [
        (
            c.facet,
            c.polarity,
            condition_key(c),
            c.value,
            c.start,
            c.end,
            text[c.start : c.end],
            c.said_at or said_at,
            c.confidence,
            c.method,
            True,
        )
        for c in conditions
    ]


def read_rows(items: Sequence[Item]) -> list[list[FoundRow]]:
    """``found_rows`` of each (text, said_at), in order (what a worker runs for ``read_pool``)."""
    return [found_rows(text, said_at, read(text, said_at=said_at)) for text, said_at in items]


def default_workers() -> int:
    from data.settings import get_settings

    configured = get_settings().read_workers
    if configured:
        return configured
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "spawn"


class Readers:
    """Reads batches of texts, in worker processes once a batch is large enough.

    ``workers``: how many processes (default ``default_workers()``); ``parallel_from``: the
    fewest texts in a batch that are sent to them; ``start_method``: ``fork`` or ``spawn``
    (default: fork when this process runs no other thread). Use it as a context manager: the
    workers stop when it closes."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        parallel_from: int = PARALLEL_FROM,
        start_method: str | None = None,
    ):
        self.workers = default_workers() if workers is None else max(1, workers)
        self.parallel_from = parallel_from
        self.start_method = start_method
        self.started = False  # whether worker processes were ever started
        self._executor: ProcessPoolExecutor | None = None

    def read(self, items: Sequence[Item]) -> Iterator[list[FoundRow]]:
        """What each (text, said_at) holds, in order, as soon as it is read."""
        ahead = self.submit(items)
        return ahead if ahead is not None else iter(read_rows(items))

    def submit(self, items: Sequence[Item]) -> Iterator[list[FoundRow]] | None:
        """Have the workers start reading ``items`` now; what each holds, in order, as it
        comes. None when there are too few to send them (read those in-process)."""
        if self.workers < 2 or len(items) < max(1, self.parallel_from):
            return None
        try:
            executor = self._executor or self._start()
            size = -(-len(items) // (self.workers * PARTS_PER_WORKER))
            starts = range(0, len(items), size)
            parts = [executor.submit(read_rows, items[i : i + size]) for i in starts]
        except (BrokenProcessPool, OSError) as exc:
            self._give_up(exc)
            return None
        return self._results(items, parts)

    def _results(self, items: Sequence[Item], parts: list[Future]) -> Iterator[list[FoundRow]]:
        done = 0
        try:
            for part in parts:
                for found in part.result():
                    done += 1
                    yield found
        except (BrokenProcessPool, OSError) as exc:
            self._give_up(exc)
            yield from read_rows(items[done:])

    def _give_up(self, exc: BaseException) -> None:
        logging.getLogger(__name__).warning(
            "reading in worker processes failed (%s): reading in this process instead",
            type(exc).__name__,
        )
        self.close()
        self.workers = 1

    def _start(self) -> ProcessPoolExecutor:
        method = self.start_method or _start_method()
        if method == "fork":
            prepare()  # once here rather than once in each worker
        context = multiprocessing.get_context(method)
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context)
        self.started = True
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
