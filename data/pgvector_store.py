"""PostgreSQL only: profile vectors in a pgvector column with an HNSW index per model.

``candidate_vector.vector`` (float32 bytes) stays the one copy every backend reads for full
scoring. On PostgreSQL the profile chunks are also kept in ``candidate_vector.embedding``, a
``halfvec`` column (half the memory of ``vector``; plenty for choosing a shortlist) that
migration 0004 adds. Its HNSW index is partial — one model's profile chunks — and cast to
that model's dimension, so models of any size can live side by side; ``encore index``
creates it for the model it runs with (``ensure_ann_index``).

Nothing here runs on SQLite: callers check ``is_postgres`` first.
"""

import hashlib

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

# HNSW build and search settings, tuned with ``encore bench --backend postgres`` (README).
HNSW_M = 24
HNSW_EF_CONSTRUCTION = 128
HNSW_EF_SEARCH = 400
FILL_BATCH = 2_000


def is_postgres(bind: Engine | Connection | Session) -> bool:
    if isinstance(bind, Session):
        bind = bind.get_bind()
    return bind.dialect.name == "postgresql"


def model_literal(model: str) -> str:
    """The model name as an SQL string literal. A partial index is only used by a query whose
    predicate matches it as written, so the name is inlined rather than bound."""
    return "'" + model.replace("'", "''") + "'"


def ann_index_name(model: str) -> str:
    return "ix_candidate_vector_ann_" + hashlib.sha1(model.encode()).hexdigest()[:12]


def ann_predicate(model: str) -> str:
    return f"model = {model_literal(model)} AND part = 'profile'"


def ann_expression(dim: int) -> str:
    return f"(embedding::halfvec({int(dim)}))"


def _as_text(matrix: np.ndarray) -> list[str]:
    return ["[" + ",".join(f"{x:.6g}" for x in row) + "]" for row in matrix.tolist()]


def write_embeddings(conn: Connection | Session, ids: list[int], matrix: np.ndarray) -> None:
    """Set the halfvec copy of these profile vectors (rows of ``matrix``, in ``ids`` order)."""
    if not ids:
        return
    statement = text("UPDATE candidate_vector SET embedding = CAST(:e AS halfvec) WHERE id = :id")
    conn.execute(
        statement,
        [{"id": i, "e": e} for i, e in zip(ids, _as_text(matrix), strict=True)],
    )


def fill_missing_embeddings(engine: Engine, model: str, *, batch: int = FILL_BATCH) -> int:
    """Copy profile vectors that have no halfvec copy yet (written before migration 0004, or
    by a run cut short) into ``embedding``. Returns how many were filled."""
    filled, after = 0, 0
    select_missing = text(
        "SELECT id, vector FROM candidate_vector WHERE model = :model AND part = 'profile'"
        " AND embedding IS NULL AND id > :after ORDER BY id LIMIT :limit"
    )
    while True:  # in id order from where the last batch ended: each row is read once
        with engine.begin() as conn:
            rows = conn.execute(
                select_missing, {"model": model, "after": after, "limit": batch}
            ).all()
            if not rows:
                return filled
            matrix = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype=np.float32)
            write_embeddings(conn, [r[0] for r in rows], matrix.reshape(len(rows), -1))
        filled += len(rows)
        after = rows[-1][0]


def ensure_ann_index(
    engine: Engine,
    model: str,
    dim: int,
    *,
    m: int = HNSW_M,
    ef_construction: int = HNSW_EF_CONSTRUCTION,
    maintenance_work_mem: str | None = None,
) -> bool:
    """Create the model's HNSW index if it is missing; True when it was created now.

    Built after the vectors are in, it is a bulk build; once there, PostgreSQL keeps it up to
    date on every insert."""
    name = ann_index_name(model)
    with engine.connect() as conn:
        exists = conn.execute(
            text(
                "SELECT 1 FROM pg_indexes WHERE tablename = 'candidate_vector' AND indexname = :n"
            ),
            {"n": name},
        ).first()
    if exists:
        return False
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if maintenance_work_mem:
            conn.execute(text(f"SET maintenance_work_mem = '{maintenance_work_mem}'"))
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS {name} ON candidate_vector USING hnsw "
                f"({ann_expression(dim)} halfvec_ip_ops) "
                f"WITH (m = {int(m)}, ef_construction = {int(ef_construction)}) "
                f"WHERE {ann_predicate(model)}"
            )
        )
    return True


def drop_ann_index(engine: Engine, model: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"DROP INDEX IF EXISTS {ann_index_name(model)}"))


def nearest_profiles(
    conn: Connection,
    model: str,
    query: np.ndarray,
    *,
    limit: int,
    ef_search: int = HNSW_EF_SEARCH,
) -> list[tuple[int, float]]:
    """(candidate id, best chunk cosine) of the candidates whose profile chunks are nearest
    the query, best first, through the HNSW index (approximate). Vectors are unit length, so
    the inner product is the cosine; ``<#>`` gives it negated."""
    dim = len(query)
    conn.execute(text(f"SET LOCAL hnsw.ef_search = {int(max(ef_search, 1))}"))
    # Keep walking the graph when rows are filtered out, rather than returning too few.
    conn.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
    rows = conn.execute(
        text(
            "SELECT candidate_id, max(sim) AS sim FROM ("
            f"  SELECT candidate_id, -({ann_expression(dim)} <#> CAST(:q AS halfvec({dim}))) AS sim"
            f"  FROM candidate_vector WHERE {ann_predicate(model)}"
            f"  ORDER BY {ann_expression(dim)} <#> CAST(:q AS halfvec({dim})) LIMIT :chunks"
            ") AS near GROUP BY candidate_id ORDER BY sim DESC LIMIT :limit"
        ).bindparams(bindparam("q"), bindparam("chunks"), bindparam("limit")),
        {"q": _as_text(query[None, :])[0], "chunks": int(limit * 1.5) + 10, "limit": limit},
    ).all()
    return [(int(cid), float(sim)) for cid, sim in rows]


def profile_cosines(
    conn: Connection, model: str, query: np.ndarray, ids: list[int]
) -> dict[int, float]:
    """Best profile-chunk cosine of each of these candidates (exact, over their halfvec
    copies); candidates without a profile vector are left out."""
    if not ids:
        return {}
    dim = len(query)
    rows = conn.execute(
        text(
            f"SELECT candidate_id, max(-({ann_expression(dim)} <#> CAST(:q AS halfvec({dim}))))"
            f" FROM candidate_vector WHERE {ann_predicate(model)}"
            " AND candidate_id = ANY(:ids) GROUP BY candidate_id"
        ),
        {"q": _as_text(query[None, :])[0], "ids": [int(i) for i in ids]},
    ).all()
    return {int(cid): float(sim) for cid, sim in rows}
