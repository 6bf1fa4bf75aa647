"""What the team records for itself: people pinned to a week's reconnect list, each
recruiter's settings, decisions on possible duplicates, and the audit log."""

from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from data.models.columns import candidate_fk, opening_fk, timestamp
from data.timeutil import utcnow

# --- Reconnect pins --------------------------------------------------------------------


class ReconnectPin(SQLModel, table=True):
    """A person a recruiter put on a week's reconnect list by hand (from search results)."""

    __tablename__ = "reconnect_pin"
    __table_args__ = (Index("uq_reconnect_pin_week", "candidate_id", "week_of", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk()
    opening_id: int | None = opening_fk(index=False)
    week_of: date  # the Monday of the week
    recruiter: str | None = Field(default=None, max_length=200)
    created_at: datetime = timestamp(default_factory=utcnow)


# --- A recruiter's own settings --------------------------------------------------------


class RecruiterSetting(SQLModel, table=True):
    """What one recruiter set for themselves on the Settings page (``data.recruiter_settings``):
    how drafts are signed, how many people their weekly list holds, how often people are due,
    and the hours reminders may fall in. No row: the defaults."""

    __tablename__ = "recruiter_setting"
    __table_args__ = (Index("uq_recruiter_setting_recruiter", "recruiter", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    recruiter: str = Field(max_length=200)
    display_name: str | None = Field(default=None, max_length=200)
    signature: str | None = Field(default=None, max_length=1000)
    weekly_cap: int = 15
    silver_cadence_days: int = 90
    warm_cadence_days: int = 180
    workday_start_hour: int = 9
    workday_end_hour: int = 17
    updated_at: datetime = timestamp(default_factory=utcnow)


# --- Duplicates and audit --------------------------------------------------------------


class DuplicateDismissal(SQLModel, table=True):
    """Two records a recruiter looked at and said are different people (lower id first)."""

    __tablename__ = "duplicate_dismissal"
    __table_args__ = (Index("uq_duplicate_pair", "first_id", "second_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    first_id: int = Field(
        sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False)
    )
    second_id: int = Field(
        sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False)
    )
    actor: str | None = Field(default=None, max_length=200)
    at: datetime = timestamp(default_factory=utcnow)


class DuplicateFlag(SQLModel, table=True):
    """Two records an import could not tell apart, put on the duplicate-review list: a résumé
    file that fitted more than one person is stored as a record of its own, flagged with
    each of them (lower id first), until a recruiter merges or dismisses the pair."""

    __tablename__ = "duplicate_flag"
    __table_args__ = (Index("uq_duplicate_flag_pair", "first_id", "second_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    first_id: int = Field(
        sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False)
    )
    second_id: int = Field(
        sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False)
    )
    reason: str = Field(max_length=100)
    at: datetime = timestamp(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """Who did what, when: imports, merges, erasures, exports and outreach.

    Holds no personal data: ``subject_id`` is a record id (meaningless once erased) and
    ``detail`` carries counts and field names only, never names, emails or free text.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_action_at", "action", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = timestamp(default_factory=utcnow)
    actor: str = Field(default="local", max_length=200)
    action: str = Field(max_length=40)
    subject_kind: str | None = Field(default=None, max_length=40)
    subject_id: int | None = None
    count: int = 0
    detail: dict = Field(default_factory=dict, sa_type=JSON)
