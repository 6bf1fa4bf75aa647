"""The part of the pool one PostgreSQL query scores: pgvector's nearest candidates, loaded
for that query only, with as little work per person as the scoring needs.

Three things keep a query on a million-person pool within its time:

- Cosines come from the HNSW search itself; profile vectors are never loaded.
- BM25 and requirement coverage run over the few hundred preselected profiles, from token
  counts kept in a ``TokenCache`` keyed by a digest of each profile's text (so an edited
  profile is simply a new key; nothing needs invalidating).
- Applications, touchpoints and motivation texts (``PersonFacts``) are read only for the
  shortlist that is scored in full, not for everyone preselected.

BM25 here is the Lucene variant with bm25s's defaults (k1 1.5, b 0.75), computed over the
preselected profiles, as ``PoolIndex.lexical`` computes it over the whole pool.
"""

import hashlib
import json
import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from data.eligibility import FLAGGED_SQL, OPTED_OUT_SQL
from matching.facts import PersonFacts, load_facts
from matching.pool_index import PoolIndex, Segments, _query_tokens, consent_days, tokenize
from matching.requirements import RequirementItem
from matching.texts import profile_text

K1, B = 1.5, 0.75  # bm25s's defaults, so scores agree with the in-memory pool's
TOKEN_CACHE_SIZE = 200_000  # profiles; about 1 KB each


@dataclass(slots=True, frozen=True)
class Doc:
    """A profile as BM25 and coverage read it: its tokens with counts, and how many."""

    counts: Counter
    length: int


class TokenCache:
    """Profile text digest → its tokens (``Doc``); least recently used go first."""

    def __init__(self, size: int = TOKEN_CACHE_SIZE):
        self.size = size
        self._items: OrderedDict[bytes, Doc] = OrderedDict()
        self._lock = threading.Lock()

    def docs(self, keys: list[bytes], texts) -> list[Doc]:
        """The tokens of each key's text; ``texts(i)`` builds the i-th text, only on a miss."""
        out: list[Doc | None] = [None] * len(keys)
        with self._lock:
            for i, key in enumerate(keys):
                found = self._items.get(key)
                if found is not None:
                    self._items.move_to_end(key)
                    out[i] = found
        missing = [i for i, c in enumerate(out) if c is None]
        if missing:
            tokens = tokenize([texts(i) for i in missing])
            with self._lock:
                for i, words in zip(missing, tokens, strict=True):
                    out[i] = self._items[keys[i]] = Doc(Counter(words), len(words))
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return out


def bm25_scores(docs: Sequence[Doc], query: Sequence[str]) -> np.ndarray:
    """BM25 (Lucene idf, Robertson tf) of each document against the query tokens; a token
    repeated in the query counts again, as in ``PoolIndex.lexical``."""
    n = len(docs)
    out = np.zeros(n, dtype=np.float64)
    if n == 0 or not query:
        return out.astype(np.float32)
    lengths = np.fromiter((d.length for d in docs), dtype=np.float64, count=n)
    norm = K1 * (1 - B + B * lengths / max(lengths.mean(), 1e-9))
    for token, repeats in Counter(query).items():
        tf = np.fromiter((d.counts.get(token, 0) for d in docs), dtype=np.float64, count=n)
        df = int(np.count_nonzero(tf))
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        out += repeats * idf * tf / (tf + norm)
    return out.astype(np.float32)


@dataclass
class NearestIndex(PoolIndex):
    """The candidates pgvector found, with the cosines it found them by."""

    nearest_sims: np.ndarray | None = None  # (n,) aligned with candidate_ids; 0 = not found
    docs: list[Doc] = field(default_factory=list)
    engine: Engine | None = None

    def semantic(self, query: np.ndarray) -> np.ndarray:
        return self.nearest_sims

    def indexed_mask(self) -> np.ndarray:
        return self.nearest_sims != 0

    def lexical(self, query_text: str) -> np.ndarray:
        return bm25_scores(self.docs, _query_tokens(query_text))

    def coverage(self, items: list[RequirementItem]) -> tuple[np.ndarray, np.ndarray]:
        if not items:
            return np.zeros(self.size, dtype=np.float32), np.zeros((self.size, 0), np.float32)
        per_item = np.zeros((self.size, len(items)), dtype=np.float32)
        for j, item in enumerate(items):
            if item.words:
                per_item[:, j] = [
                    sum(w in doc.counts for w in item.words) / len(item.words) for doc in self.docs
                ]
        return per_item.mean(axis=1), per_item

    def facts_for(self, ids: Sequence[int]) -> dict[int, PersonFacts]:
        wanted = [int(i) for i in ids if int(i) not in self.facts]
        if wanted and self.engine is not None:
            with Session(self.engine) as session:
                self.facts.update(load_facts(session, only=wanted))
        return {int(i): self.facts[int(i)] for i in ids if int(i) in self.facts}


_PEOPLE = text(
    "SELECT c.id, c.external_id, c.full_name, c.do_not_contact, c.consent_until,"
    " c.current_title, c.headline, CAST(c.skills AS text), c.years_experience, c.resume_text,"
    f" {FLAGGED_SQL}, {OPTED_OUT_SQL}"
    " FROM candidate c WHERE c.id = ANY(:ids) ORDER BY c.id"
)
_MOTIVATION_VECTORS = text(
    "SELECT candidate_id, motivation_id, vector FROM candidate_vector"
    " WHERE model = :model AND part = 'motivation' AND candidate_id = ANY(:ids)"
    " ORDER BY candidate_id, chunk, id"
)


def _digest(row) -> bytes:
    parts = (row[5], row[6], row[7], row[8], row[9])
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(joined.encode(), digest_size=16).digest()


def _profile(row) -> str:
    return profile_text(
        current_title=row[5],
        headline=row[6],
        skills=json.loads(row[7]) if row[7] else [],
        years_experience=row[8],
        resume_text=row[9],
    )


def load_nearest(
    engine: Engine,
    model: str,
    near: dict[int, float],
    *,
    extra: Sequence[int] = (),
    tokens: TokenCache,
    dim: int,
) -> NearestIndex:
    """The ``near`` candidates (id → cosine) and ``extra`` ones (not embedded yet: scored on
    words alone), in two queries."""
    ids = sorted(set(near) | {int(i) for i in extra})
    with engine.connect() as conn:
        people = conn.execute(_PEOPLE, {"ids": ids}).all()
        vectors = conn.execute(_MOTIVATION_VECTORS, {"model": model, "ids": ids}).all()
    cids = np.fromiter((p[0] for p in people), dtype=np.int64, count=len(people))
    if vectors:
        owner = np.searchsorted(cids, np.fromiter((v[0] for v in vectors), np.int64, len(vectors)))
        matrix = np.frombuffer(b"".join(v[2] for v in vectors), dtype=np.float32)
        matrix = matrix.reshape(len(vectors), -1)
        mids = np.fromiter((v[1] or 0 for v in vectors), np.int64, len(vectors))
    else:
        owner, mids = np.zeros(0, np.int64), np.zeros(0, np.int64)
        matrix = np.zeros((0, dim), np.float32)
    docs = tokens.docs([_digest(p) for p in people], lambda i: _profile(people[i]))
    return NearestIndex(
        model=model,
        candidate_ids=cids,
        do_not_contact=np.array([bool(p[3]) for p in people], dtype=bool),
        consent_until=consent_days(p[4] for p in people),
        flagged=np.array([bool(p[10]) for p in people], dtype=bool),
        opted_out=np.array([bool(p[11]) for p in people], dtype=bool),
        profile=Segments.build(np.zeros((0, dim), np.float32), np.zeros(0, np.int64)),
        motivation=Segments.build(matrix, owner),
        motivation_ids=mids,
        bm25=None,
        presence=None,
        vocab={},
        facts={},
        stamp=None,
        nearest_sims=np.array([near.get(int(c), 0.0) for c in cids], dtype=np.float32),
        docs=docs,
        engine=engine,
    )
