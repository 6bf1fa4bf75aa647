"""The search-side view of the pool: every vector in NumPy matrices, BM25 over every profile,
and the flags that exclude people before ranking. Built once, reused for every query until
the pool changes (``stamp``).

Scoring a role against the whole pool is matrix arithmetic — one matrix-vector product and
a segmented max (``np.maximum.reduceat``) — never a Python loop over candidates.
"""

import ctypes
import ctypes.util
import gc
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import bm25s
import numpy as np
from scipy import sparse
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from data.models import (
    Application,
    Candidate,
    CandidateCondition,
    CandidateVector,
    Motivation,
    Opening,
    Touchpoint,
)
from data.vocab import EXCLUDED_REASONS
from matching.facts import PersonFacts, load_facts, only_these
from matching.fit import has_opted_out
from matching.packed_facts import PackedFacts
from matching.requirements import RequirementItem
from matching.texts import profile_text

_NO_CONSENT_LIMIT = np.iinfo(np.int32).max
_EPOCH = date(1970, 1, 1)


def consent_days(dates) -> np.ndarray:
    """Consent end dates as days since 1970 (the largest int32 where none is recorded), so
    the exclusion rule compares whole arrays."""
    return np.array([(d - _EPOCH).days if d else _NO_CONSENT_LIMIT for d in dates], dtype=np.int64)


def tokenize(texts: list[str]) -> list[list[str]]:
    return bm25s.tokenize(texts, stopwords="en", return_ids=False, show_progress=False)


@lru_cache(maxsize=512)
def _query_tokens(text: str) -> tuple[str, ...]:
    """A role's text is searched again and again; tokenize it once."""
    return tuple(tokenize([text])[0])


def _column_sums(indptr, indices, data, cols: list[int], n_rows: int) -> np.ndarray:
    """Per row of a CSC matrix, the sum over the given columns (a repeat counts again).
    A column lists each row once (the matrices here are built canonical), so each column's
    slice is added in place: at a million rows three times faster than gathering every
    slice into one ``bincount``, with no copy of the slices."""
    out = np.zeros(n_rows, dtype=np.float32)
    for c in cols:
        start, end = indptr[c], indptr[c + 1]
        out[indices[start:end]] += data[start:end]
    return out


@dataclass
class Segments:
    """Rows of a matrix grouped by owner (contiguous), for per-owner max via reduceat."""

    matrix: np.ndarray | None  # (rows, dim) unit rows; None: not read (ids only)
    owner: np.ndarray  # (rows,) index into the pool's candidate arrays
    starts: np.ndarray  # first row of each owner's run
    owners: np.ndarray  # the owner of each run

    @classmethod
    def build(cls, matrix: np.ndarray, owner: np.ndarray) -> "Segments":
        if len(owner) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(matrix, owner, empty, empty)
        change = np.flatnonzero(np.diff(owner)) + 1
        starts = np.concatenate(([0], change)).astype(np.int64)
        return cls(matrix, owner, starts, owner[starts])

    def max_per_owner(self, sims: np.ndarray, size: int, fill: float = 0.0) -> np.ndarray:
        out = np.full(size, fill, dtype=np.float32)
        if len(self.starts) == len(self.owner):  # one row each (a static model's whole profile)
            out[self.owners] = sims
        elif len(self.starts):
            out[self.owners] = np.maximum.reduceat(sims, self.starts)
        return out


@dataclass
class PoolIndex:
    model: str
    candidate_ids: np.ndarray  # (n,) sorted
    do_not_contact: np.ndarray  # (n,) bool
    consent_until: np.ndarray  # (n,) int32 days since epoch; max = no limit recorded
    flagged: np.ndarray  # (n,) bool: a spam / duplicate disposition
    opted_out: np.ndarray  # (n,) bool: their own words ask us to stop (data.conditions)
    profile: Segments
    motivation: Segments
    motivation_ids: np.ndarray  # (rows,) motivation id of each motivation row
    bm25: bm25s.BM25 | None
    presence: sparse.csc_matrix | None  # (n, vocabulary) 1 where a word is in the profile
    vocab: dict[str, int]
    # candidate id → what the shortlist is scored on: packed for a whole pool, plain objects
    # for a query's shortlist (``only``), which is read once
    facts: Mapping[int, PersonFacts]
    stamp: tuple
    engine: Engine | None = None  # where profile vectors not held are read from if asked
    _profile_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def size(self) -> int:
        return len(self.candidate_ids)

    def facts_for(self, ids) -> dict[int, PersonFacts]:
        """What the shortlist is scored on, for these candidate ids."""
        found = ((int(i), self.facts.get(int(i))) for i in ids)
        return {i: person for i, person in found if person is not None}

    def indexed_mask(self) -> np.ndarray:
        """Who has a profile vector. Kept: an index never changes once loaded (a changed
        pool is a new index), and at a million people each search would rebuild it."""
        if getattr(self, "_indexed", None) is None:
            mask = np.zeros(self.size, dtype=bool)
            mask[self.profile.owners] = True
            mask.flags.writeable = False
            self._indexed = mask
        return self._indexed

    def exclusions(self, today: date) -> dict[str, np.ndarray]:
        """Masks of who is left out before ranking, by rule (first matching rule wins);
        kept for the last day asked (consent is the only rule that moves with the date)."""
        cached = getattr(self, "_exclusions", None)
        if cached is None or cached[0] != today:
            masks = self._exclusions_on(today)
            for mask in masks.values():
                mask.flags.writeable = False
            self._exclusions = cached = (today, masks)
        return cached[1]

    def _exclusions_on(self, today: date) -> dict[str, np.ndarray]:
        day = (today - date(1970, 1, 1)).days
        dnc = self.do_not_contact
        expired = ~dnc & (self.consent_until < day)
        opted_out = ~dnc & ~expired & self.opted_out
        flagged = ~dnc & ~expired & ~opted_out & self.flagged
        return {
            "do_not_contact": dnc,
            "consent_expired": expired,
            "opted_out": opted_out,
            "spam_or_duplicate": flagged,
        }

    def semantic(self, query: np.ndarray) -> np.ndarray:
        """Best-chunk cosine per candidate (0 for a candidate not indexed yet)."""
        profile = self._profile_vectors()
        return profile.max_per_owner(profile.matrix @ query, self.size)

    def _profile_vectors(self) -> Segments:
        """The profile vectors, read now if the load left them out (``profile_vectors``):
        the first search that weighs meaning waits for them once; later ones find them."""
        with self._profile_lock:
            if self.profile.matrix is None:
                with Session(self.engine) as session:
                    cids, _, matrix = _vectors(session, self.model, "profile", None)
                # Written since the load: only the people this index holds (a changed pool
                # is a new index at the next stamp check).
                pos = np.searchsorted(self.candidate_ids, cids).clip(max=max(self.size - 1, 0))
                held = (self.candidate_ids[pos] == cids) if self.size else pos < 0
                self.profile = Segments.build(matrix[held], pos[held])
            return self.profile

    def lexical(self, query_text: str) -> np.ndarray:
        """BM25 of every profile against the text: the same sums as ``bm25.get_scores``,
        added up with one ``bincount`` instead of an ``np.add.at`` per query word."""
        if self.bm25 is None or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        vocab = self.bm25.vocab_dict
        ids = [vocab[t] for t in _query_tokens(query_text) if t in vocab]
        sc = self.bm25.scores
        return _column_sums(sc["indptr"], sc["indices"], sc["data"], ids, self.size)

    def coverage(self, items: list[RequirementItem]) -> tuple[np.ndarray, np.ndarray]:
        """Per candidate: the mean share of each item's words found in their profile; and the
        (n, items) matrix of those shares, for the evidence of a shortlist."""
        if not items or self.presence is None:
            return np.zeros(self.size, dtype=np.float32), np.zeros((self.size, 0), np.float32)
        # Item-major, so each item fills one contiguous row and the mean adds whole rows;
        # returned transposed, as (n, items).
        per_item = np.zeros((len(items), self.size), dtype=np.float32)
        for j, item in enumerate(items):
            cols = [self.vocab[w] for w in item.words if w in self.vocab]
            if cols:
                p = self.presence
                found = _column_sums(p.indptr, p.indices, p.data, cols, self.size)
                per_item[j] = found / len(item.words)
        return per_item.sum(axis=0) / len(items), per_item.T

    def motivation_offer_sims(
        self, offers: np.ndarray, candidates: np.ndarray
    ) -> tuple[np.ndarray, dict[int, tuple[float, int]]]:
        """For the given candidates only: each one's best motivation ↔ offer cosine (0 with
        no motivations), and per motivation id its best cosine and that offer's index."""
        best = np.zeros(len(candidates), dtype=np.float32)
        counts = self.motivation_count[candidates]
        if len(offers) == 0 or not counts.any():
            return best, {}
        starts = self.motivation_start[candidates]
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rows = np.repeat(starts - offsets, counts) + np.arange(counts.sum())
        sims = self.motivation.matrix[rows].astype(np.float32) @ offers.T
        row_best, row_arg = sims.max(axis=1), sims.argmax(axis=1)
        has = counts > 0
        best[has] = np.maximum.reduceat(row_best, offsets[has])
        per_motivation = dict(
            zip(
                self.motivation_ids[rows].tolist(),
                zip(row_best.tolist(), row_arg.tolist(), strict=True),
                strict=True,
            )
        )
        return best, per_motivation

    def best_motivation_sims(self, offers: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """Each candidate's best motivation ↔ offer cosine (0 with no motivations): the
        first half of ``motivation_offer_sims``, for a preselection that needs no detail."""
        best = np.zeros(len(candidates), dtype=np.float32)
        counts = self.motivation_count[candidates]
        if len(offers) == 0 or not counts.any():
            return best
        starts = self.motivation_start[candidates]
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rows = np.repeat(starts - offsets, counts) + np.arange(counts.sum())
        row_best = (self.motivation.matrix[rows].astype(np.float32) @ offers.T).max(axis=1)
        has = counts > 0
        best[has] = np.maximum.reduceat(row_best, offsets[has])
        return best

    @property
    def motivation_start(self) -> np.ndarray:
        return self._motivation_runs()[0]

    @property
    def motivation_count(self) -> np.ndarray:
        return self._motivation_runs()[1]

    def _motivation_runs(self) -> tuple[np.ndarray, np.ndarray]:
        """Per candidate: first motivation row and how many (rows are grouped by owner)."""
        if getattr(self, "_runs", None) is None:
            start = np.zeros(self.size, dtype=np.int64)
            count = np.zeros(self.size, dtype=np.int64)
            seg = self.motivation
            if len(seg.starts):
                ends = np.append(seg.starts[1:], len(seg.owner))
                start[seg.owners] = seg.starts
                count[seg.owners] = ends - seg.starts
            self._runs = (start, count)
        return self._runs


# Every table ``pool_stamp`` looks at: a commit that writes one of them is a new pool.
POOL_TABLES = frozenset(
    table.__tablename__
    for table in (
        Candidate,
        CandidateVector,
        Motivation,
        Application,
        Touchpoint,
        Opening,
        CandidateCondition,
    )
)


def pool_stamp(session: Session, model: str) -> tuple:
    """Cheap fingerprint of everything the index depends on."""
    cand = session.exec(
        select(func.count(Candidate.id), func.max(Candidate.updated_at), func.max(Candidate.id))
    ).one()
    # max(id) over the whole table reads one row; under a model filter it scans the index.
    vec = (
        session.exec(
            select(func.count()).select_from(CandidateVector).where(CandidateVector.model == model)
        ).one(),
        session.exec(select(func.max(CandidateVector.id))).one(),
    )
    mot = session.exec(select(func.count(Motivation.id), func.max(Motivation.updated_at))).one()
    apps = session.exec(select(func.count(Application.id), func.max(Application.id))).one()
    touch = session.exec(select(func.count(Touchpoint.id), func.max(Touchpoint.id))).one()
    roles = session.exec(select(func.count(Opening.id), func.max(Opening.updated_at))).one()
    # A correction or a re-read adds rows (a dismissal adds a marker): the max id moves.
    read = session.exec(
        select(
            func.count(CandidateCondition.id),
            func.max(CandidateCondition.id),
            func.max(CandidateCondition.created_at),
        )
    ).one()
    return (model, *cand, *vec, *mot, *apps, *touch, *roles, *read)


def _vectors(
    session: Session,
    model: str,
    part: str,
    dim_hint: int | None,
    only=None,
    *,
    dtype=np.float32,
    matrix: bool = True,
):
    """Owner ids, motivation ids and the vectors of one part, grouped by owner; without
    ``matrix``, the ids only (the vectors are None)."""
    columns = [CandidateVector.candidate_id, CandidateVector.motivation_id]
    if matrix:
        columns.append(CandidateVector.vector)
    rows = session.exec(
        only_these(
            session,
            select(*columns)
            .where(CandidateVector.model == model, CandidateVector.part == part)
            .order_by(CandidateVector.candidate_id, CandidateVector.chunk, CandidateVector.id),
            CandidateVector.candidate_id,
            only,
        )
    ).all()
    cids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    mids = np.fromiter((r[1] or 0 for r in rows), dtype=np.int64, count=len(rows))
    if not matrix:
        return cids, mids, None
    if not rows:
        return cids, mids, np.zeros((0, dim_hint or 1), dtype)
    stored = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32)
    return cids, mids, stored.reshape(len(rows), -1).astype(dtype, copy=False)


def load_pool_index(
    engine: Engine,
    model: str,
    *,
    with_bm25: bool = True,
    dim: int | None = None,
    only: Sequence[int] | None = None,
    profile_vectors: bool = True,
) -> PoolIndex:
    """``dim`` sizes the empty matrices of a pool nobody has indexed yet. With ``only``, just
    those candidates (a preselected shortlist; its ``stamp`` then is None: it is rebuilt per
    query, never checked for changes). Without ``profile_vectors`` (searches weigh the
    semantic part 0, the static backend's default) the profile vectors are read only if a
    search asks for that part after all (``PoolIndex.semantic``)."""
    with Session(engine) as session:
        stamp = pool_stamp(session, model) if only is None else None
        people = session.exec(
            only_these(
                session,
                select(
                    Candidate.id,
                    Candidate.do_not_contact,
                    Candidate.consent_until,
                    Candidate.current_title,
                    Candidate.headline,
                    Candidate.skills,
                    Candidate.years_experience,
                    Candidate.resume_text,
                ).order_by(Candidate.id),
                Candidate.id,
                only,
            )
        ).all()
        flagged_ids = set(
            session.exec(
                only_these(
                    session,
                    select(Application.candidate_id).where(
                        Application.reason.in_([r.value for r in EXCLUDED_REASONS])
                    ),
                    Application.candidate_id,
                    only,
                )
            ).all()
        )
        p_cids, _, p_matrix = _vectors(session, model, "profile", dim, only, matrix=profile_vectors)
        # Half precision: a shortlist's rows are widened before the product (cosines move
        # by about 1e-3), and the matrix takes half the memory.
        m_cids, m_mids, m_matrix = _vectors(
            session, model, "motivation", dim, only, dtype=np.float16
        )
        facts = load_facts(session, only=only)
    ids = np.fromiter((p[0] for p in people), dtype=np.int64, count=len(people))
    consent = consent_days(p[2] for p in people)
    bm25, presence, vocab = None, None, {}
    if with_bm25 and people:
        texts = [
            profile_text(
                current_title=p[3],
                headline=p[4],
                skills=p[5] or [],
                years_experience=p[6],
                resume_text=p[7],
            )
            for p in people
        ]
        tokenized = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        bm25 = bm25s.BM25()
        bm25.index(tokenized, show_progress=False)
        vocab = dict(tokenized.vocab)
        presence = _presence_matrix(tokenized.ids, len(vocab))
    index = PoolIndex(
        model=model,
        candidate_ids=ids,
        do_not_contact=np.array([bool(p[1]) for p in people], dtype=bool),
        consent_until=consent,
        flagged=np.isin(ids, np.fromiter(flagged_ids, dtype=np.int64, count=len(flagged_ids))),
        opted_out=np.isin(ids, [cid for cid, f in facts.items() if has_opted_out(f.conditions)]),
        profile=Segments.build(p_matrix, np.searchsorted(ids, p_cids)),
        motivation=Segments.build(m_matrix, np.searchsorted(ids, m_cids)),
        motivation_ids=m_mids,
        bm25=bm25,
        presence=presence,
        vocab=vocab,
        facts=PackedFacts(facts.values()) if only is None else facts,
        stamp=stamp,
        engine=engine,
    )
    if only is None:  # a whole pool, not a query's shortlist
        release_freed_memory()
        settle_long_lived()
    return index


def settle_long_lived() -> None:
    """Move everything alive now out of the cyclic garbage collector's sight
    (``gc.freeze``): a loaded pool is hundreds of thousands of small records that live as
    long as the pool, and each full collection would walk them all again — pauses that land
    on a random search (at 100k people, p95 30 ms instead of 21). Objects frozen still go
    when nothing refers to them; what an earlier load froze is first handed back, so cycles
    that died since (a replaced pool's) are collected here and not kept for good."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def release_freed_memory() -> None:
    """Hand the memory a load freed back to the system (glibc keeps it for reuse otherwise):
    loading a pool reads every row once, and a long-lived dashboard would go on holding the
    peak. A no-op where the C library has no ``malloc_trim``."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is not None:
        trim(0)


def _presence_matrix(ids: list[list[int]], width: int) -> sparse.csc_matrix:
    rows = np.repeat(np.arange(len(ids)), [len(doc) for doc in ids])
    cols = np.fromiter((t for doc in ids for t in doc), dtype=np.int64, count=len(rows))
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), width)
    )
    matrix.data[:] = 1.0  # duplicates summed on construction; presence is 0/1
    return matrix.tocsc()  # coverage reads whole columns
