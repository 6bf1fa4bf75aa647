"""Test helpers that read the database as a whole."""

from sqlalchemy import MetaData, select
from sqlalchemy.engine import Engine

VOLATILE = {"id", "created_at", "updated_at", "candidate_id", "opening_id"}


def snapshot(engine: Engine, *, skip: set[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, as plain tuples (for 'nothing changed' checks)."""
    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, table in sorted(meta.tables.items()):
            if name == "alembic_version":
                continue
            cols = [c for c in table.columns if c.name not in skip]
            rows = conn.execute(select(*cols)).all()
            out[name] = sorted(tuple(map(repr, r)) for r in rows)
    return out
