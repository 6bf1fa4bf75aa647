"""The column helpers every table uses: timezone-aware UTC timestamps, the owning candidate
(deleted with them) and the opening a row is about (unlinked when it is deleted), and the
normal form of an email address and an external id."""

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field

from data.timeutil import UTCDateTime


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


def timestamp(**kw):
    return Field(sa_type=UTCDateTime, **kw)


def candidate_fk(*, index: bool = False):
    """The owning candidate: its rows go with it (a forgotten person leaves nothing)."""
    return Field(
        sa_column=Column(
            Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=False, index=index
        )
    )


def opening_fk(*, index: bool = True):
    """The opening a row is about, if any: kept, unlinked, when the opening is deleted."""
    return Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("opening.id", ondelete="SET NULL"), nullable=True, index=index
        ),
    )
