"""résumé files: where a profile's résumé text came from, and pairs flagged for review

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 10:00:00.000000

``candidate.resume_file``, ``resume_hash`` (indexed: a re-imported file is found by it) and
``resume_imported_at`` record the file a profile's résumé text was read from
(``encore import resumes``). ``duplicate_flag`` holds pairs of records an import could not
tell apart (a résumé that fitted more than one person), shown on the duplicate-review list.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import data.timeutil

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resume_file", text(length=300), nullable=True))
        batch_op.add_column(sa.Column("resume_hash", text(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("resume_imported_at", data.timeutil.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index("ix_candidate_resume_hash", ["resume_hash"], unique=False)
    op.create_table(
        "duplicate_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("reason", text(length=100), nullable=False),
        sa.Column("at", data.timeutil.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["first_id"], ["candidate.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_id"], ["candidate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("duplicate_flag", schema=None) as batch_op:
        batch_op.create_index("uq_duplicate_flag_pair", ["first_id", "second_id"], unique=True)


def downgrade() -> None:
    op.drop_table("duplicate_flag")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index("ix_candidate_resume_hash")
        batch_op.drop_column("resume_imported_at")
        batch_op.drop_column("resume_hash")
        batch_op.drop_column("resume_file")
