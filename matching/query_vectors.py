"""The query side's vectors: what a role asks for (chunked like a profile, the chunks
averaged) and each thing it offers (embedded whole).

Kept in memory for the process, and for open roles also in the database (``role_vector``):
a search of an open role finds its vectors there and never runs the model, so the dashboard's
first search after a start does not wait for torch to import. Pasted descriptions are kept in
memory only. ``keep_open_roles`` embeds what is missing for every open role and drops what no
open role uses; ``encore index`` and the dashboard's warm-up call it.
"""

import hashlib
import threading

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from data.db import session_scope
from data.models import CandidateVector, Opening
from data.role_vectors import prune_role_vectors, save_role_vectors, stored_role_vectors
from matching.embedder import Embedder
from matching.role import Role, role_from_opening
from matching.texts import chunk_text

CACHE_SIZE = 5000  # texts kept embedded in memory (requirements, offers)


def _digest(kind: str, text: str) -> str:
    return hashlib.sha256(f"{kind}\0{text}".encode()).hexdigest()


def role_digests(role: Role) -> list[str]:
    return [_digest("query", role.requirements)] + [_digest("text", o) for o in role.offers]


class QueryVectors:
    def __init__(self, engine: Engine, embedder: Embedder, *, cache_size: int = CACHE_SIZE):
        self.engine = engine
        self.embedder = embedder
        self.cache_size = cache_size
        self._cache: dict[str, np.ndarray] = {}
        self._kept: set[str] = set()  # digests known to be stored: keeping them again is free
        self._lock = threading.Lock()

    def query(self, text: str) -> np.ndarray:
        """A requirements text or a pasted description: a long one is chunked like a
        profile, and its chunks averaged."""
        return self._vectors("query", [text])[0]

    def texts(self, texts: list[str]) -> np.ndarray:
        """Short texts embedded whole (what a role offers)."""
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return self._vectors("text", texts)

    def keep(self, roles: list[Role], *, prune: bool = False) -> int:
        """Store every vector these roles need (embedding what is missing); with ``prune``,
        drop this model's vectors that none of them uses. Returns how many were added."""
        digests = [d for role in roles for d in role_digests(role)]
        if not prune and self._kept.issuperset(digests):
            return 0  # a search of a role already kept writes nothing (no write lock taken)
        for role in roles:
            self.query(role.requirements)
            self.texts(list(role.offers))
        with self._lock:
            vectors = {d: self._cache[d].astype(np.float32).tobytes() for d in digests}
        with session_scope(self.engine) as session:
            added = save_role_vectors(session=session, model=self.embedder.name, vectors=vectors)
            if prune:
                prune_role_vectors(session=session, model=self.embedder.name, keep=digests)
        # After a prune only these are stored; without one, these are stored as well.
        self._kept = set(digests) if prune else self._kept | set(digests)
        return added

    def all_stored(self, roles: list[Role]) -> bool:
        """Whether ranking these roles needs no model run (their vectors are at hand)."""
        digests = set(d for role in roles for d in role_digests(role))
        with self._lock:
            digests -= self._cache.keys()
        return not digests or len(self._stored(list(digests))) == len(digests)

    def _vectors(self, kind: str, texts: list[str]) -> np.ndarray:
        digests = [_digest(kind, t) for t in texts]
        with self._lock:
            missing = {d: t for d, t in zip(digests, texts, strict=True) if d not in self._cache}
        if missing:
            found = self._stored(list(missing))
            to_embed = {d: t for d, t in missing.items() if d not in found}
            if to_embed:
                found |= self._embed(kind, to_embed)
            with self._lock:
                if len(self._cache) + len(found) > self.cache_size:
                    self._cache.clear()
                self._cache.update(found)
        with self._lock:
            known = {d: self._cache[d] for d in digests if d in self._cache}
        if len(known) < len(set(digests)):  # the cache was cleared meanwhile: embed again
            return self._vectors(kind, texts)
        return np.vstack([known[d] for d in digests])

    def _stored(self, digests: list[str]) -> dict[str, np.ndarray]:
        with Session(self.engine) as session:
            rows = stored_role_vectors(session=session, model=self.embedder.name, digests=digests)
        self._kept.update(rows)
        return {d: np.frombuffer(v, dtype=np.float32) for d, v in rows.items()}

    def _embed(self, kind: str, texts: dict[str, str]) -> dict[str, np.ndarray]:
        if kind == "text":
            vectors = self.embedder.encode(list(texts.values()))
            return dict(zip(texts, vectors, strict=True))
        out = {}
        for digest, text in texts.items():
            chunks = chunk_text(
                text, max_tokens=self.embedder.max_tokens, count_tokens=self.embedder.count_tokens
            ) or [text]
            vec = self.embedder.encode(chunks).mean(axis=0)
            norm = np.linalg.norm(vec)
            out[digest] = (vec / norm if norm else vec).astype(np.float32)
        return out


def open_roles(engine: Engine) -> list[Role]:
    with Session(engine) as session:
        return [
            role_from_opening(o)
            for o in session.exec(select(Opening).where(Opening.status == "open"))
        ]


def keep_open_roles(engine: Engine, embedder: Embedder) -> int:
    """Embed and store what every open role asks for and offers; drop what none uses."""
    return QueryVectors(engine, embedder).keep(open_roles(engine), prune=True)


def stored_dim(engine: Engine, model: str) -> int | None:
    """The size of this model's vectors, from one stored vector (None: nothing indexed)."""
    with Session(engine) as session:
        vector = session.exec(
            select(CandidateVector.vector).where(CandidateVector.model == model).limit(1)
        ).first()
    return len(vector) // 4 if vector else None
