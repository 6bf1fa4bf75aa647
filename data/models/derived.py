"""What Encore derives from a person's record: the vectors of their texts and the conditions
read from their words (or set by a recruiter over those readings)."""

from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from data.models.columns import candidate_fk, timestamp
from data.timeutil import utcnow

# --- Vectors ---------------------------------------------------------------------------


class CandidateVector(SQLModel, table=True):
    """One embedded text of a candidate: a chunk of their profile or one stated motivation.

    ``content_hash`` is the hash of the text embedded; ``source_hash`` the hash of the whole
    profile it was cut from, so an unchanged profile is recognised without re-chunking it.
    """

    __tablename__ = "candidate_vector"
    __table_args__ = (Index("ix_candidate_vector_model_candidate", "model", "candidate_id"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk()
    motivation_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("motivation.id", ondelete="CASCADE"), nullable=True, index=True
        ),
    )
    part: str = Field(max_length=20)  # "profile" | "motivation"
    chunk: int = 0
    model: str = Field(max_length=300)
    content_hash: str = Field(max_length=64)
    source_hash: str | None = Field(default=None, max_length=64)
    vector: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = timestamp(default_factory=utcnow)


# --- What was read from free text ------------------------------------------------------


class CandidateCondition(SQLModel, table=True):
    """One condition read from a person's free text, or set by a recruiter (``reading``).

    Reader rows (``status="read"``) are replaced whenever their source text changes; recruiter
    rows (confirmed, corrected, dismissed) survive re-reading. ``overrides`` holds the key of
    the reader condition a recruiter row corrects or dismisses, and ``active`` says whether the
    row counts now — kept up to date on every write, so "who opted out" is one indexed clause.
    """

    __tablename__ = "candidate_condition"
    __table_args__ = (
        Index("ix_candidate_condition_candidate", "candidate_id", "source_kind", "source_id"),
        Index("ix_candidate_condition_key", "key", "active"),
    )

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk()
    # motivation | application | touchpoint | profile | recruiter
    source_kind: str = Field(max_length=20)
    source_id: int | None = None
    source_hash: str | None = Field(default=None, max_length=64)
    facet: str = Field(max_length=20)
    polarity: str = Field(max_length=10)
    key: str = Field(max_length=300)
    value: dict = Field(default_factory=dict, sa_type=JSON)
    span_start: int = 0
    span_end: int = 0
    span_text: str | None = None
    said_at: date | None = None
    confidence: float = 1.0
    method: str = Field(default="rule", max_length=40)
    status: str = Field(default="read", max_length=20)  # read | confirmed | corrected | dismissed
    overrides: str | None = Field(default=None, max_length=300)
    active: bool = True
    recruiter: str | None = Field(default=None, max_length=200)
    created_at: datetime = timestamp(default_factory=utcnow)
