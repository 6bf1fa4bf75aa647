"""PostgreSQL full-text search over candidate profiles

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 19:00:00.000000

On PostgreSQL only: ``candidate.search_doc``, a generated ``tsvector`` of the profile (title,
headline, skills, résumé; the ``simple`` configuration: lower case, no stemming, like the
BM25 tokens) with a GIN index. The preselection adds the people whose profiles hold the
role's rarer words to pgvector's nearest ones (``data.pg_fulltext``). SQLite searches in
memory and gets nothing.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE candidate ADD COLUMN IF NOT EXISTS search_doc tsvector GENERATED ALWAYS AS"
        " (to_tsvector('simple', coalesce(current_title, '') || ' ' || coalesce(headline, '')"
        " || ' ' || coalesce(CAST(skills AS text), '') || ' ' || coalesce(resume_text, '')))"
        " STORED"
    )
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_candidate_search_doc ON candidate USING gin (search_doc)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE candidate DROP COLUMN IF EXISTS search_doc")
