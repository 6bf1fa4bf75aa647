"""Which candidates a query is scored against: the seam between the matcher and the place
where the pool's vectors are searched.

- ``WholePool`` (SQLite, or any pool that fits in one process): the matcher's in-memory
  ``PoolIndex`` of everyone; the whole pool is scored with matrix arithmetic.
- ``PgVectorPreselector`` (PostgreSQL): the HNSW index picks the ``size`` candidates nearest
  the role, the full-text "word net" (``data.pg_fulltext``) up to ``words`` more who hold
  its rare words; a ``NearestIndex`` of only those is loaded (``matching.nearest_index``)
  and scored by the same code as on SQLite. What must describe the whole pool comes from SQL
  (exclusion counts, who is not indexed yet) or from a random sample of it (where the
  semantic scale starts); those figures are refreshed in the background, so no query waits
  for a scan of a million rows.

The matcher asks ``preselector.scope(...)`` once per query; nothing else in the scoring
knows which backend it runs on.
"""

import threading
import time
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine

from data import pg_fulltext, pgvector_store
from data.eligibility import CONSENT_EXPIRED_SQL, FLAGGED_SQL, OPTED_OUT_SQL
from matching.nearest_index import TokenCache, load_nearest
from matching.pool_index import PoolIndex, _query_tokens, load_pool_index

PRESELECT_SIZE = 300  # candidates fetched from the HNSW index for full scoring
WORD_NET_SIZE = 100  # and from the full-text index: the best holders of the role's rare words
POOL_STATS_TTL = 30.0  # seconds the pool-wide counts and sample are reused
SAMPLE_SIZE = 2000  # candidates whose vectors place the semantic scale's floor
SYNC_STATS_SECONDS = 0.25  # pool figures that load faster than this are refreshed in line


@dataclass
class Scope:
    """The candidates to score, and pool-wide figures when they are only part of the pool."""

    index: PoolIndex
    excluded: dict[str, int] | None = None
    not_indexed: int | None = None
    semantic_median: float | None = None


class Preselector(Protocol):
    def scope(
        self,
        matcher,
        query_vec: np.ndarray,
        today: date,
        *,
        only_ids: set[int] | None = None,
        query_text: str = "",
    ) -> Scope: ...

    def invalidate(self) -> None: ...


class WholePool:
    """Score everyone: the matcher's cached in-memory index (reloaded when the pool changes)."""

    def scope(self, matcher, query_vec, today, *, only_ids=None, query_text="") -> Scope:
        return Scope(matcher.pool_index())

    def invalidate(self) -> None:
        pass


@dataclass
class _PoolStats:
    excluded: dict[str, int]
    not_indexed: int
    sample: np.ndarray  # (rows, dim) profile vectors of a random sample of the pool
    sample_owner_starts: np.ndarray  # first row of each sampled candidate's run
    waiting: list[int]  # the newest candidates not indexed yet (scored on words alone)
    words: pg_fulltext.WordStats | None  # how common each profile word is
    taken_at: float
    load_seconds: float = 0.0

    def semantic_median(self, query_vec: np.ndarray) -> float | None:
        if len(self.sample_owner_starts) == 0:
            return None
        best = np.maximum.reduceat(self.sample @ query_vec, self.sample_owner_starts)
        return float(np.median(best))


class PgVectorPreselector:
    """Approximate top-N through pgvector's HNSW index, then full scoring of those N."""

    def __init__(
        self,
        engine: Engine,
        model: str,
        *,
        size: int = PRESELECT_SIZE,
        words: int = WORD_NET_SIZE,
        ef_search: int = pgvector_store.HNSW_EF_SEARCH,
        stats_ttl: float = POOL_STATS_TTL,
    ):
        self.engine = engine
        self.model = model
        self.size = size
        self.words = words
        self.ef_search = ef_search
        self.stats_ttl = stats_ttl
        self._stats: _PoolStats | None = None
        self._stale = False
        self._refreshing = False
        self._lock = threading.Lock()
        self.tokens = TokenCache()

    def nearest(self, query_vec: np.ndarray, limit: int) -> list[tuple[int, float]]:
        with self.engine.connect() as conn, conn.begin():
            return pgvector_store.nearest_profiles(
                conn, self.model, query_vec, limit=limit, ef_search=self.ef_search
            )

    def scope(self, matcher, query_vec, today, *, only_ids=None, query_text="") -> Scope:
        stats = self.pool_stats(today)
        if only_ids is not None:
            # Named people (one person's draft, this week's reconnect list) are scored beside
            # the nearest ones, so their scores are scaled as in the unfiltered ranking.
            near = {cid for cid, _ in self.nearest(query_vec, self.size)}
            index = load_pool_index(self.engine, self.model, only=sorted(near | set(only_ids)))
        else:
            # People imported but not embedded yet have no vector to be found by; the newest
            # of them are scored too (on words alone), as the in-memory pool does.
            index = load_nearest(
                self.engine,
                self.model,
                self.candidates(query_vec, query_text, stats),
                extra=stats.waiting,
                tokens=self.tokens,
                dim=len(query_vec),
            )
        return Scope(index, stats.excluded, stats.not_indexed, stats.semantic_median(query_vec))

    def candidates(self, query_vec, query_text: str, stats) -> dict[int, float]:
        """id → cosine of pgvector's nearest, plus the word net's people (with their exact
        cosines: they were found by words, not by meaning)."""
        near = dict(self.nearest(query_vec, self.size))
        if not self.words or not query_text or stats.words is None:
            return near
        terms = pg_fulltext.net_words(list(_query_tokens(query_text)), stats.words)
        with self.engine.connect() as conn:
            found = pg_fulltext.word_net(conn, terms, limit=self.words)
            extra = [i for i in found if i not in near]
            near.update(pgvector_store.profile_cosines(conn, self.model, query_vec, extra))
        return near

    def invalidate(self) -> None:
        """The pool changed: refresh the pool-wide figures (in line when that is quick)."""
        with self._lock:
            self._stale = True

    def pool_stats(self, today: date) -> _PoolStats:
        with self._lock:
            stats = self._stats
            due = stats is None or self._stale or time.monotonic() - stats.taken_at > self.stats_ttl
            if not due:
                return stats
            in_line = stats is None or stats.load_seconds < SYNC_STATS_SECONDS
            if not in_line and self._refreshing:
                return stats
            self._stale = False
            if in_line:
                self._stats = self._load_stats(today)
                return self._stats
            self._refreshing = True
        threading.Thread(target=self._refresh, args=(today,), daemon=True).start()
        return stats

    def _refresh(self, today: date) -> None:
        try:
            fresh = self._load_stats(today)
            with self._lock:
                self._stats = fresh
        finally:
            with self._lock:
                self._refreshing = False

    def _load_stats(self, today: date) -> _PoolStats:
        started = time.monotonic()
        with self.engine.connect() as conn:
            # The same rules, in the same order, as PoolIndex.exclusions.
            row = conn.execute(
                text(
                    "WITH flags AS (SELECT c.id, c.do_not_contact AS dnc,"
                    f"  (NOT c.do_not_contact AND {CONSENT_EXPIRED_SQL}) AS expired,"
                    f"  {OPTED_OUT_SQL} AS opted, {FLAGGED_SQL} AS flagged"
                    "  FROM candidate c)"
                    " SELECT count(*) FILTER (WHERE dnc),"
                    "  count(*) FILTER (WHERE expired),"
                    "  count(*) FILTER (WHERE NOT dnc AND NOT expired AND opted),"
                    "  count(*) FILTER (WHERE NOT dnc AND NOT expired AND NOT opted AND flagged),"
                    "  count(*) FILTER (WHERE NOT dnc AND NOT expired AND NOT opted"
                    "   AND NOT flagged AND NOT EXISTS (SELECT 1 FROM candidate_vector v"
                    "    WHERE v.candidate_id = flags.id AND v.model = :model"
                    "    AND v.part = 'profile'))"
                    " FROM flags"
                ),
                {"today": today, "model": self.model},
            ).one()
            bounds = conn.execute(text("SELECT min(id), max(id) FROM candidate")).one()
            sample_rows = []
            if bounds[0] is not None:
                rng = np.random.default_rng(0)
                picks = np.unique(rng.integers(bounds[0], bounds[1] + 1, SAMPLE_SIZE)).tolist()
                sample_rows = conn.execute(
                    text(
                        "SELECT candidate_id, vector FROM candidate_vector"
                        " WHERE model = :model AND part = 'profile'"
                        " AND candidate_id = ANY(:ids) ORDER BY candidate_id, chunk"
                    ),
                    {"model": self.model, "ids": picks},
                ).all()
            words = pg_fulltext.word_stats(conn)
            waiting = []
            if row[4]:
                waiting = conn.execute(
                    text(
                        "SELECT c.id FROM candidate c WHERE NOT EXISTS (SELECT 1 FROM"
                        " candidate_vector v WHERE v.candidate_id = c.id AND v.model = :model"
                        " AND v.part = 'profile') ORDER BY c.id DESC LIMIT :limit"
                    ),
                    {"model": self.model, "limit": self.size},
                ).all()
        owners = np.array([r[0] for r in sample_rows], dtype=np.int64)
        if sample_rows:
            sample = np.frombuffer(b"".join(bytes(r[1]) for r in sample_rows), dtype=np.float32)
            sample = sample.reshape(len(sample_rows), -1)
            starts = np.concatenate(([0], np.flatnonzero(np.diff(owners)) + 1))
        else:
            sample, starts = np.zeros((0, 1), np.float32), np.zeros(0, np.int64)
        return _PoolStats(
            excluded={
                "do_not_contact": int(row[0]),
                "consent_expired": int(row[1]),
                "opted_out": int(row[2]),
                "spam_or_duplicate": int(row[3]),
            },
            not_indexed=int(row[4]),
            sample=sample,
            sample_owner_starts=starts.astype(np.int64),
            waiting=[int(r[0]) for r in waiting],
            words=words,
            taken_at=time.monotonic(),
            load_seconds=time.monotonic() - started,
        )


def preselector_for(engine: Engine, model: str) -> Preselector:
    """pgvector on PostgreSQL, the whole pool in memory elsewhere."""
    if pgvector_store.is_postgres(engine):
        return PgVectorPreselector(engine, model)
    return WholePool()
