"""pgvector column on PostgreSQL; candidates indexed by owner

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00.000000

On PostgreSQL: the ``vector`` extension and ``candidate_vector.embedding``, a ``halfvec``
copy of the profile vectors that the HNSW index searches (``data.pgvector_store``; the index
itself is per model and made by ``encore index``). SQLite keeps searching in memory and gets
no such column. Both get an index on ``candidate.owner`` for per-recruiter lists.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index("ix_candidate_owner", ["owner"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS vector")
        op.execute("ALTER TABLE candidate_vector ADD COLUMN IF NOT EXISTS embedding halfvec")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Drops the per-model HNSW indexes with it.
        op.execute("ALTER TABLE candidate_vector DROP COLUMN IF EXISTS embedding")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index("ix_candidate_owner")
