"""Alembic environment: runs against the engine Encore hands it (``config.attributes``)."""

from alembic import context
from sqlmodel import SQLModel

import data.models  # noqa: F401  (registers the tables on SQLModel.metadata)

target_metadata = SQLModel.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """PostgreSQL's pgvector column and its per-model HNSW indexes are not in the models
    (SQLite has neither); autogenerate must not propose dropping them."""
    if type_ == "column" and name == "embedding" and obj.table.name == "candidate_vector":
        return False
    return not (type_ == "index" and (name or "").startswith("ix_candidate_vector_ann_"))


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode rebuilds tables safely.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
