"""indexes on updated_at of candidates and motivations

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:00:00.000000

The matcher checks whether the pool changed by reading ``max(updated_at)`` of both tables
(``matching.pool_index.pool_stamp``); without an index that is a scan of every row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index("ix_candidate_updated_at", ["updated_at"], unique=False)
    with op.batch_alter_table("motivation", schema=None) as batch_op:
        batch_op.create_index("ix_motivation_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("motivation", schema=None) as batch_op:
        batch_op.drop_index("ix_motivation_updated_at")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index("ix_candidate_updated_at")
