"""Stored vectors of what roles ask for and offer, one row per (model, text).

A search of an open role then finds its vectors here instead of running the model, so the
dashboard's first search after a start (and ``encore match``) need not load it at all. Rows are
keyed by a digest of the text (with how it was embedded), never by the opening: an edited role
simply misses and is embedded again, and ``prune`` drops what no open role uses any more.
Bytes in, bytes out — turning them into arrays is the matcher's business.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import Index, LargeBinary, delete
from sqlmodel import Field, Session, SQLModel, col, select

from data.timeutil import UTCDateTime, utcnow


class RoleVector(SQLModel, table=True):
    __tablename__ = "role_vector"
    __table_args__ = (Index("uq_role_vector_model_digest", "model", "digest", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    model: str = Field(max_length=300)
    digest: str = Field(max_length=64)
    vector: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = Field(sa_type=UTCDateTime, default_factory=utcnow)


def stored_role_vectors(
    *, session: Session, model: str, digests: Iterable[str]
) -> dict[str, bytes]:
    wanted = list(dict.fromkeys(digests))
    if not wanted:
        return {}
    rows = session.exec(
        select(RoleVector.digest, RoleVector.vector).where(
            RoleVector.model == model, col(RoleVector.digest).in_(wanted)
        )
    )
    return {digest: vector for digest, vector in rows}


def save_role_vectors(*, session: Session, model: str, vectors: Mapping[str, bytes]) -> int:
    """Adds the vectors not stored yet; returns how many were added."""
    known = stored_role_vectors(session=session, model=model, digests=vectors)
    new = [
        RoleVector(model=model, digest=d, vector=v) for d, v in vectors.items() if d not in known
    ]
    session.add_all(new)
    return len(new)


def prune_role_vectors(*, session: Session, model: str, keep: Iterable[str]) -> int:
    """Drops this model's vectors of texts no open role has any more; returns how many."""
    kept = set(keep)
    stale = [
        row_id
        for row_id, digest in session.exec(
            select(RoleVector.id, RoleVector.digest).where(RoleVector.model == model)
        )
        if digest not in kept
    ]
    if stale:
        session.exec(delete(RoleVector).where(col(RoleVector.id).in_(stale)))
    return len(stale)
