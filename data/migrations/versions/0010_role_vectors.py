"""role vectors: what open roles ask for and offer, embedded once and kept

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 06:00:00.000000

``role_vector`` keeps the vectors of open roles' texts per model, so a search of an open role
needs no model run (the dashboard's first search after a start does not wait for one).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import data.timeutil

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "role_vector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model", text(length=300), nullable=False),
        sa.Column("digest", text(length=64), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", data.timeutil.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("role_vector", schema=None) as batch_op:
        batch_op.create_index("uq_role_vector_model_digest", ["model", "digest"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("role_vector", schema=None) as batch_op:
        batch_op.drop_index("uq_role_vector_model_digest")
    op.drop_table("role_vector")
