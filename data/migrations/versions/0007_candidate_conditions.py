"""candidate conditions: what was read from people's free text

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 23:45:00.000000

One row per condition read from a motivation, an application's reason note, a touchpoint note
or the profile, or set by a recruiter (``data.models.CandidateCondition``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import data.timeutil

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "candidate_condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("source_kind", text(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_hash", text(length=64), nullable=True),
        sa.Column("facet", text(length=20), nullable=False),
        sa.Column("polarity", text(length=10), nullable=False),
        sa.Column("key", text(length=300), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("span_text", text(), nullable=True),
        sa.Column("said_at", sa.Date(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("method", text(length=40), nullable=False),
        sa.Column("status", text(length=20), nullable=False),
        sa.Column("overrides", text(length=300), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("recruiter", text(length=200), nullable=True),
        sa.Column("created_at", data.timeutil.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("candidate_condition", schema=None) as batch_op:
        batch_op.create_index(
            "ix_candidate_condition_candidate",
            ["candidate_id", "source_kind", "source_id"],
            unique=False,
        )
        batch_op.create_index("ix_candidate_condition_key", ["key", "active"], unique=False)


def downgrade() -> None:
    op.drop_table("candidate_condition")
