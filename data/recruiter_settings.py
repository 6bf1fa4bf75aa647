"""A recruiter's own settings, stored per recruiter: name and signature on drafts, the weekly
reconnect cap and cadences, and the working hours calendar reminders fall in.

``preferences_for`` always answers (defaults when the recruiter never saved anything: the
signature then comes from ``ENCORE_SIGNATURE``); ``save_preferences`` checks every value and
refuses, naming the field, before anything is stored. Changes are audited (field names only).
"""

from dataclasses import dataclass, fields
from datetime import time

from sqlmodel import Session, select

from data import audit
from data.models import RecruiterSetting
from data.settings import get_settings
from data.timeutil import utcnow

NAME_MAX = 200
SIGNATURE_MAX = 1000
CAP_RANGE = (1, 200)
CADENCE_RANGE = (14, 730)
HOUR_RANGE = (0, 23)


class PreferencesRefused(ValueError):
    """A value that cannot be stored; the message names the field and what to change."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{LABELS.get(field, field)}: {message}")
        self.field = field


@dataclass(frozen=True)
class Preferences:
    recruiter: str
    display_name: str = ""
    signature: str = ""
    weekly_cap: int = 15
    silver_cadence_days: int = 90
    warm_cadence_days: int = 180
    workday_start_hour: int = 9
    workday_end_hour: int = 17
    saved: bool = False  # False: nothing stored yet, these are the defaults

    @property
    def working_hours(self) -> tuple[time, time]:
        """The working day calendar reminders fall within."""
        return time(self.workday_start_hour), time(self.workday_end_hour)

    @property
    def signs_as(self) -> str:
        """How drafts are signed: the signature, else the name, else ``ENCORE_SIGNATURE``."""
        return self.signature or self.display_name or get_settings().signature


EDITABLE = tuple(f.name for f in fields(Preferences) if f.name not in ("recruiter", "saved"))
LABELS = {
    "display_name": "Name",
    "signature": "Signature",
    "weekly_cap": "Weekly cap",
    "silver_cadence_days": "Silver medalists every (days)",
    "warm_cadence_days": "Other warm people every (days)",
    "workday_start_hour": "Working day starts (hour)",
    "workday_end_hour": "Working day ends (hour)",
}


def preferences_for(*, session: Session, recruiter: str) -> Preferences:
    row = session.exec(
        select(RecruiterSetting).where(RecruiterSetting.recruiter == recruiter)
    ).first()
    if row is None:
        return Preferences(recruiter=recruiter)
    return Preferences(
        recruiter=recruiter,
        display_name=row.display_name or "",
        signature=row.signature or "",
        weekly_cap=row.weekly_cap,
        silver_cadence_days=row.silver_cadence_days,
        warm_cadence_days=row.warm_cadence_days,
        workday_start_hour=row.workday_start_hour,
        workday_end_hour=row.workday_end_hour,
        saved=True,
    )


def _whole(field: str, value, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise PreferencesRefused(field, f"'{value}' is not a whole number") from None
    if number != value and not isinstance(value, str):
        raise PreferencesRefused(field, f"'{value}' is not a whole number")
    if not low <= number <= high:
        raise PreferencesRefused(field, f"{number} is outside {low}–{high}")
    return number


def _checked(current: Preferences, values: dict) -> dict:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise PreferencesRefused(sorted(unknown)[0], "is not a setting a recruiter can change")
    out = {**{k: getattr(current, k) for k in EDITABLE}, **values}
    name = " ".join(str(out["display_name"] or "").split())
    if len(name) > NAME_MAX:
        raise PreferencesRefused("display_name", f"is longer than {NAME_MAX} characters")
    signature = str(out["signature"] or "").strip()
    if len(signature) > SIGNATURE_MAX:
        raise PreferencesRefused("signature", f"is longer than {SIGNATURE_MAX} characters")
    out["display_name"], out["signature"] = name, signature
    out["weekly_cap"] = _whole("weekly_cap", out["weekly_cap"], *CAP_RANGE)
    for key in ("silver_cadence_days", "warm_cadence_days"):
        out[key] = _whole(key, out[key], *CADENCE_RANGE)
    for key in ("workday_start_hour", "workday_end_hour"):
        out[key] = _whole(key, out[key], *HOUR_RANGE)
    if out["workday_start_hour"] >= out["workday_end_hour"]:
        raise PreferencesRefused(
            "workday_end_hour",
            f"{out['workday_end_hour']}:00 is not after the start, {out['workday_start_hour']}:00",
        )
    return out


def save_preferences(*, session: Session, recruiter: str, **values) -> Preferences:
    """Store what changed for this recruiter; every value is checked first (all or nothing)."""
    recruiter = (recruiter or "").strip()
    if not recruiter:
        raise PreferencesRefused("recruiter", "no recruiter to save settings for")
    current = preferences_for(session=session, recruiter=recruiter)
    checked = _checked(current, values)
    changed = sorted(k for k in EDITABLE if checked[k] != getattr(current, k))
    row = session.exec(
        select(RecruiterSetting).where(RecruiterSetting.recruiter == recruiter)
    ).first()
    if row is None:
        row = RecruiterSetting(recruiter=recruiter)
    for key in EDITABLE:
        setattr(
            row,
            key,
            checked[key] if key not in ("display_name", "signature") else (checked[key] or None),
        )
    row.updated_at = utcnow()
    session.add(row)
    audit.record(
        session=session,
        action="settings.updated",
        actor=recruiter,
        subject_kind="recruiter_setting",
        count=len(changed),
        detail={"fields": changed},
    )
    session.flush()
    return preferences_for(session=session, recruiter=recruiter)
