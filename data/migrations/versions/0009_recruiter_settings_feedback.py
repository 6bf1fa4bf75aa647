"""recruiter settings, feedback drafts tied to their process, feedback judged not needed

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 10:00:00.000000

``recruiter_setting`` holds what each recruiter sets on the Settings page (name, signature,
weekly cap, cadences, working hours for reminders), one row per recruiter.
``draft.application_id`` ties a feedback draft to the application it closes, so marking it
sent clears that debt only. ``application.feedback_waived_reason`` / ``feedback_waived_at``
record a recruiter's "feedback not needed" and why.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import data.timeutil

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "recruiter_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recruiter", text(length=200), nullable=False),
        sa.Column("display_name", text(length=200), nullable=True),
        sa.Column("signature", text(length=1000), nullable=True),
        sa.Column("weekly_cap", sa.Integer(), nullable=False),
        sa.Column("silver_cadence_days", sa.Integer(), nullable=False),
        sa.Column("warm_cadence_days", sa.Integer(), nullable=False),
        sa.Column("workday_start_hour", sa.Integer(), nullable=False),
        sa.Column("workday_end_hour", sa.Integer(), nullable=False),
        sa.Column("updated_at", data.timeutil.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("recruiter_setting", schema=None) as batch_op:
        batch_op.create_index("uq_recruiter_setting_recruiter", ["recruiter"], unique=True)
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("application_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_draft_application_id",
            "application",
            ["application_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("feedback_waived_reason", text(length=500), nullable=True))
        batch_op.add_column(
            sa.Column("feedback_waived_at", data.timeutil.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("feedback_waived_at")
        batch_op.drop_column("feedback_waived_reason")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_constraint("fk_draft_application_id", type_="foreignkey")
        batch_op.drop_column("application_id")
    op.drop_table("recruiter_setting")
