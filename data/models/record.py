"""The recruiting record: candidates and their motivations, applications, touchpoints and
drafts, and the openings they applied to. The relationships between them are declared here,
together, so every class a relationship names is in this module."""

from datetime import date, datetime

from pydantic import field_validator
from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, event
from sqlmodel import Field, Relationship, SQLModel

from data.models.columns import (
    candidate_fk,
    normalise_email,
    normalise_external_id,
    opening_fk,
    timestamp,
)
from data.timeutil import utcnow

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
    do_not_contact_at: datetime | None = timestamp(default=None)
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
    created_at: datetime = timestamp(default_factory=utcnow)
    updated_at: datetime = timestamp(default_factory=utcnow)
    # Where ``resume_text`` came from when a résumé file was imported: the file's name, the
    # SHA-256 of its bytes (the same file imported again changes nothing) and when.
    resume_file: str | None = Field(default=None, max_length=300)
    resume_hash: str | None = Field(default=None, max_length=64)
    resume_imported_at: datetime | None = timestamp(default=None)

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
    stated_at: datetime | None = timestamp(default=None)
    source: str | None = Field(default=None, max_length=100)


class Motivation(MotivationBase, table=True):
    __table_args__ = (Index("ix_motivation_updated_at", "updated_at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk(index=True)
    created_at: datetime = timestamp(default_factory=utcnow)
    updated_at: datetime = timestamp(default_factory=utcnow)

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
    opened_at: datetime | None = timestamp(default=None)

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
    created_at: datetime = timestamp(default_factory=utcnow)
    updated_at: datetime = timestamp(default_factory=utcnow)

    applications: list["Application"] = Relationship(back_populates="opening")


# --- Application -----------------------------------------------------------------------


class ApplicationBase(SQLModel):
    role_title: str | None = Field(default=None, max_length=300)
    applied_at: datetime | None = timestamp(default=None)
    stage_reached: str = Field(default="applied", max_length=20)
    outcome: str | None = Field(default=None, max_length=30)
    reason: str | None = Field(default=None, max_length=30)
    reason_note: str | None = None
    # None = unknown; False after an interview = feedback is owed; True = the debt is closed
    # (given, or judged not needed: then ``feedback_waived_at`` and its reason are set).
    feedback_given: bool | None = None
    decided_at: datetime | None = timestamp(default=None)
    rating: float | None = Field(default=None, ge=0, le=5)
    feedback_waived_reason: str | None = Field(default=None, max_length=500)
    feedback_waived_at: datetime | None = timestamp(default=None)


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
    candidate_id: int = candidate_fk(index=True)
    opening_id: int | None = opening_fk()
    created_at: datetime = timestamp(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="applications")
    opening: Opening | None = Relationship(back_populates="applications")


# --- Touchpoint ------------------------------------------------------------------------


class TouchpointBase(SQLModel):
    at: datetime = timestamp()
    channel: str = Field(default="email", max_length=20)
    direction: str = Field(default="outbound", max_length=20)
    kind: str = Field(default="check_in", max_length=20)
    note: str | None = None
    outcome: str | None = Field(default=None, max_length=20)
    recruiter: str | None = Field(default=None, max_length=200)


class Touchpoint(TouchpointBase, table=True):
    __table_args__ = (Index("ix_touchpoint_candidate_at", "candidate_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk()
    opening_id: int | None = opening_fk()
    created_at: datetime = timestamp(default_factory=utcnow)

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


# --- Drafts ----------------------------------------------------------------------------


class DraftBase(SQLModel):
    tone: str = Field(default="warm", max_length=20)
    subject: str = Field(max_length=500)
    body: str
    status: str = Field(default="draft", max_length=20)  # draft | sent | discarded
    sent_at: datetime | None = timestamp(default=None)
    recruiter: str | None = Field(default=None, max_length=200)


class Draft(DraftBase, table=True):
    """A re-engagement or feedback draft kept for review; erased with the person."""

    __table_args__ = (Index("ix_draft_candidate_created", "candidate_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = candidate_fk()
    opening_id: int | None = opening_fk()
    # A feedback draft's process: sending it closes that application's feedback debt only.
    application_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="SET NULL"), nullable=True),
    )
    created_at: datetime = timestamp(default_factory=utcnow)
    updated_at: datetime = timestamp(default_factory=utcnow)

    candidate: Candidate = Relationship(back_populates="drafts")
