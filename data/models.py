"""SQLModel tables: candidates, their motivations, applications and touchpoints, and openings.

Conventions: every timestamp is a timezone-aware UTC datetime (``UTCDateTime``); children
of a candidate are deleted with the candidate both by the ORM (``cascade``) and by the
database (``ondelete="CASCADE"``), so erasure works from SQL as well as from Python.
Vocabulary columns hold the words listed in ``data.vocab``; the raw text an ATS used is kept
beside them (``reason_note``).
"""

from datetime import date, datetime

from pydantic import field_validator
from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, LargeBinary, event
from sqlmodel import Field, Relationship, SQLModel

from data.timeutil import UTCDateTime, utcnow


def normalise_email(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    return value or None


def normalise_external_id(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _ts(**kw):
    return Field(sa_type=UTCDateTime, **kw)


def _candidate_fk(*, index: bool = False):
    """The owning candidate: its rows go with it (a forgotten person leaves nothing)."""
    return Field(
        sa_column=Column(
            Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False, index=index
        )
    )


def _opening_fk(*, index: bool = True):
    """The opening a row is about, if any: kept, unlinked, when the opening is deleted."""
    return Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("opening.id", ondelete="SET NULL"), nullable=True, index=index
        ),
    )


# --- Candidate -------------------------------------------------------------------------


class CandidateBase(SQLModel):
    external_id: str | None = Field(default=None, max_length=200)
    full_name: str = Field(max_length=300)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=60)
    location: str | None = Field(default=None, max_length=200)
    headline: str | None = Field(default=None, max_length=500)
    current_title: str | None = Field(default=None, max_length=300)
    skills: list[str] = Field(default_factory=list, sa_type=JSON)
    years_experience: float | None = Field(default=None, ge=0, le=70)
    resume_text: str | None = None
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    do_not_contact: bool = False
    do_not_contact_reason: str | None = None
    do_not_contact_at: datetime | None = _ts(default=None)
    consent_until: date | None = None
    # Restraint the person asked for ("not before March") and a recruiter's snooze.
    not_before: date | None = None
    snoozed_until: date | None = None
    # The recruiter whose weekly reconnect list this person belongs to; None = anyone's.
    owner: str | None = Field(default=None, max_length=200)
    source: str | None = Field(default=None, max_length=100)

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, v):
        return normalise_email(v)

    @field_validator("external_id", mode="before")
    @classmethod
    def _external_id(cls, v):
        return normalise_external_id(v)


class CandidateCreate(CandidateBase):
    motivations: list[str] = Field(default_factory=list)


class Candidate(CandidateBase, table=True):
    __table_args__ = (
        Index("uq_candidate_external_id", "external_id", unique=True),
        Index("uq_candidate_email", "email", unique=True),
        Index("ix_candidate_full_name", "full_name"),
        Index("ix_candidate_owner", "owner"),
        # The pool's change stamp reads max(updated_at): an index answers it at once.
        Index("ix_candidate_updated_at", "updated_at"),
        Index("ix_candidate_resume_hash", "resume_hash"),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _ts(default_factory=utcnow)
    updated_at: datetime = _ts(default_factory=utcnow)
    # Where ``resume_text`` came from when a résumé file was imported: the file's name, the
    # SHA-256 of its bytes (the same file imported again changes nothing) and when.
    resume_file: str | None = Field(default=None, max_length=300)
    resume_hash: str | None = Field(default=None, max_length=64)
    resume_imported_at: datetime | None = _ts(default=None)

    motivations: list["Motivation"] = Relationship(
        back_populates="candidate",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )
    applications: list["Application"] = Relationship(
        back_populates="candidate",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )
    touchpoints: list["Touchpoint"] = Relationship(
        back_populates="candidate",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )
    drafts: list["Draft"] = Relationship(
        back_populates="candidate",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )


# --- Motivation ------------------------------------------------------------------------


class MotivationBase(SQLModel):
    statement: str
    category: str = Field(default="other", max_length=40)
    stated_at: datetime | None = _ts(default=None)
    source: str | None = Field(default=None, max_length=100)


class Motivation(MotivationBase, table=True):
    __table_args__ = (Index("ix_motivation_updated_at", "updated_at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk(index=True)
    created_at: datetime = _ts(default_factory=utcnow)
    updated_at: datetime = _ts(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="motivations")


# --- Opening ---------------------------------------------------------------------------


class OpeningBase(SQLModel):
    external_id: str | None = Field(default=None, max_length=200)
    title: str = Field(max_length=300)
    department: str | None = Field(default=None, max_length=200)
    location: str | None = Field(default=None, max_length=200)
    remote_policy: str | None = Field(default=None, max_length=20)
    seniority: str | None = Field(default=None, max_length=20)
    salary_min: int | None = Field(default=None, ge=0)
    salary_max: int | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, max_length=3)
    description: str | None = None
    requirements: str | None = None
    # What the role gives a person: one statement per item ("fully remote", "lead a team of 4").
    offers: list[str] = Field(default_factory=list, sa_type=JSON)
    status: str = Field(default="open", max_length=20)
    opened_at: datetime | None = _ts(default=None)

    @field_validator("external_id", mode="before")
    @classmethod
    def _external_id(cls, v):
        return normalise_external_id(v)


class OpeningCreate(OpeningBase):
    pass


class Opening(OpeningBase, table=True):
    __table_args__ = (
        Index("uq_opening_external_id", "external_id", unique=True),
        Index("ix_opening_status", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _ts(default_factory=utcnow)
    updated_at: datetime = _ts(default_factory=utcnow)

    applications: list["Application"] = Relationship(back_populates="opening")


# --- Application -----------------------------------------------------------------------


class ApplicationBase(SQLModel):
    role_title: str | None = Field(default=None, max_length=300)
    applied_at: datetime | None = _ts(default=None)
    stage_reached: str = Field(default="applied", max_length=20)
    outcome: str | None = Field(default=None, max_length=30)
    reason: str | None = Field(default=None, max_length=30)
    reason_note: str | None = None
    # None = unknown; False after an interview = feedback is owed; True = the debt is closed
    # (given, or judged not needed: then ``feedback_waived_at`` and its reason are set).
    feedback_given: bool | None = None
    decided_at: datetime | None = _ts(default=None)
    rating: float | None = Field(default=None, ge=0, le=5)
    feedback_waived_reason: str | None = Field(default=None, max_length=500)
    feedback_waived_at: datetime | None = _ts(default=None)


class Application(ApplicationBase, table=True):
    __table_args__ = (
        Index("ix_application_outcome_reason", "outcome", "reason"),
        Index(
            "uq_application_candidate_opening_role",
            "candidate_id",
            "opening_id",
            "role_title",
            unique=True,
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk(index=True)
    opening_id: int | None = _opening_fk()
    created_at: datetime = _ts(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="applications")
    opening: Opening | None = Relationship(back_populates="applications")


# --- Touchpoint ------------------------------------------------------------------------


class TouchpointBase(SQLModel):
    at: datetime = _ts()
    channel: str = Field(default="email", max_length=20)
    direction: str = Field(default="outbound", max_length=20)
    kind: str = Field(default="check_in", max_length=20)
    note: str | None = None
    outcome: str | None = Field(default=None, max_length=20)
    recruiter: str | None = Field(default=None, max_length=200)


class Touchpoint(TouchpointBase, table=True):
    __table_args__ = (Index("ix_touchpoint_candidate_at", "candidate_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk()
    opening_id: int | None = _opening_fk()
    created_at: datetime = _ts(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="touchpoints")


# Table models skip pydantic validation, so normalise again just before every write: however a
# record is built (import, UI, test), the stored email and external id are canonical.
def _normalise_identity(_mapper, _connection, target) -> None:
    target.external_id = normalise_external_id(target.external_id)
    if isinstance(target, Candidate):
        target.email = normalise_email(target.email)


for _model in (Candidate, Opening):
    event.listen(_model, "before_insert", _normalise_identity)
    event.listen(_model, "before_update", _normalise_identity)


# --- Vectors ---------------------------------------------------------------------------


class CandidateVector(SQLModel, table=True):
    """One embedded text of a candidate: a chunk of their profile or one stated motivation.

    ``content_hash`` is the hash of the text embedded; ``source_hash`` the hash of the whole
    profile it was cut from, so an unchanged profile is recognised without re-chunking it.
    """

    __tablename__ = "candidate_vector"
    __table_args__ = (Index("ix_candidate_vector_model_candidate", "model", "candidate_id"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk()
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
    created_at: datetime = _ts(default_factory=utcnow)


# --- Drafts ----------------------------------------------------------------------------


class DraftBase(SQLModel):
    tone: str = Field(default="warm", max_length=20)
    subject: str = Field(max_length=500)
    body: str
    status: str = Field(default="draft", max_length=20)  # draft | sent | discarded
    sent_at: datetime | None = _ts(default=None)
    recruiter: str | None = Field(default=None, max_length=200)


class Draft(DraftBase, table=True):
    """A re-engagement or feedback draft kept for review; erased with the person."""

    __table_args__ = (Index("ix_draft_candidate_created", "candidate_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk()
    opening_id: int | None = _opening_fk()
    # A feedback draft's process: sending it closes that application's feedback debt only.
    application_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="SET NULL"), nullable=True),
    )
    created_at: datetime = _ts(default_factory=utcnow)
    updated_at: datetime = _ts(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="drafts")


# --- Reconnect pins --------------------------------------------------------------------


class ReconnectPin(SQLModel, table=True):
    """A person a recruiter put on a week's reconnect list by hand (from search results)."""

    __tablename__ = "reconnect_pin"
    __table_args__ = (Index("uq_reconnect_pin_week", "candidate_id", "week_of", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = _candidate_fk()
    opening_id: int | None = _opening_fk(index=False)
    week_of: date  # the Monday of the week
    recruiter: str | None = Field(default=None, max_length=200)
    created_at: datetime = _ts(default_factory=utcnow)


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
    updated_at: datetime = _ts(default_factory=utcnow)


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
    at: datetime = _ts(default_factory=utcnow)


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
    at: datetime = _ts(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """Who did what, when: imports, merges, erasures, exports and outreach.

    Holds no personal data: ``subject_id`` is a record id (meaningless once erased) and
    ``detail`` carries counts and field names only, never names, emails or free text.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_action_at", "action", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts(default_factory=utcnow)
    actor: str = Field(default="local", max_length=200)
    action: str = Field(max_length=40)
    subject_kind: str | None = Field(default=None, max_length=40)
    subject_id: int | None = None
    count: int = 0
    detail: dict = Field(default_factory=dict, sa_type=JSON)


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
    candidate_id: int = _candidate_fk()
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
    created_at: datetime = _ts(default_factory=utcnow)


# Registered with the other tables (migrations and schema checks read SQLModel.metadata).
from data.role_vectors import RoleVector  # noqa: E402, F401
