"""SQLModel tables: candidates, their motivations, applications and touchpoints, and openings
(``record``); vectors and conditions derived from them (``derived``); the team's own records
(``team``). Every name is importable from here: ``from data.models import Candidate``.

Conventions: every timestamp is a timezone-aware UTC datetime (``UTCDateTime``); children
of a candidate are deleted with the candidate both by the ORM (``cascade``) and by the
database (``ondelete="CASCADE"``), so erasure works from SQL as well as from Python.
Vocabulary columns hold the words listed in ``data.vocab``; the raw text an ATS used is kept
beside them (``reason_note``).
"""

from data.models.columns import normalise_email, normalise_external_id
from data.models.derived import CandidateCondition, CandidateVector
from data.models.record import (
    Application,
    ApplicationBase,
    Candidate,
    CandidateBase,
    CandidateCreate,
    Draft,
    DraftBase,
    Motivation,
    MotivationBase,
    Opening,
    OpeningBase,
    OpeningCreate,
    Touchpoint,
    TouchpointBase,
)
from data.models.team import (
    AuditEvent,
    DuplicateDismissal,
    DuplicateFlag,
    ReconnectPin,
    RecruiterSetting,
)

# Vectors of what open roles ask and offer (``data.role_vectors``), registered with the rest.
from data.role_vectors import RoleVector  # noqa: E402

__all__ = [
    "Application",
    "ApplicationBase",
    "AuditEvent",
    "Candidate",
    "CandidateBase",
    "CandidateCondition",
    "CandidateCreate",
    "CandidateVector",
    "Draft",
    "DraftBase",
    "DuplicateDismissal",
    "DuplicateFlag",
    "Motivation",
    "MotivationBase",
    "Opening",
    "OpeningBase",
    "OpeningCreate",
    "ReconnectPin",
    "RecruiterSetting",
    "RoleVector",
    "Touchpoint",
    "TouchpointBase",
    "normalise_email",
    "normalise_external_id",
]
