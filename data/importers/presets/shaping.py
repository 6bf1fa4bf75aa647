"""How a row in one ATS's shape becomes the generic columns.

Helper fields are shaped into ours: ``first_name``/``last_name`` (joined into ``full_name``),
``company`` (with the title, a headline), ``profile_url`` (kept as a ``profile:`` tag —
candidates have no profile column), ``status``, ``reason_type`` and ``disqualified`` (which
decide the outcome when the file has no outcome column); stage names and dates are put in our
words and formats. The shaped rows then go through the generic parser unchanged, so every
check and every error message is the generic one.
"""

import re
from collections.abc import Callable
from datetime import UTC, datetime

from data.importers.presets import reasons as rs
from data.importers.presets.preset import Preset
from data.importers.profile_links import profile_tags
from data.vocab import Outcome, Stage

DATE_FIELDS = ("applied_at", "decided_at", "at", "consent_until")
ID_FIELDS = ("external_id", "candidate_external_id")

# --- stages ------------------------------------------------------------------------------

_STAGE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("offer", ("offer",)),
    ("hired", ("hired",)),
    (Stage.final.value, ("final",)),
    (Stage.onsite.value, ("onsite", "on site", "face to face", "in person", "panel", "super day")),
    (Stage.screen.value, ("screen", "phone", "call", "recruiter")),
    (
        Stage.interview.value,
        ("interview", "technical", "assessment", "take home", "challenge", "hiring manager"),
    ),
]


def stage_of(name: str) -> tuple[str, bool]:
    """Our stage for an ATS stage name, and whether that name means the person was hired."""
    words = re.sub(r"[\s\-_/]+", " ", name.strip().lower())
    if words.replace(" ", "_") in Stage.__members__:
        return words.replace(" ", "_"), False
    for stage, needles in _STAGE_WORDS:
        if any(n in words for n in needles):
            return (Stage.offer.value, True) if stage == "hired" else (stage, False)
    # "New applicant", "Application review", "Reached out", custom names: not further than applied.
    return Stage.applied.value, False


# --- dates -------------------------------------------------------------------------------


def iso_date(value: str, formats: tuple[str, ...]) -> str:
    """An ISO 8601 text for a date in one of the tool's formats (unchanged if none fits, so the
    generic parser names the cell)."""
    v = value.strip()
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00"))
        return v
    except ValueError:
        pass
    if v.isdigit() and len(v) in (10, 13):  # epoch seconds or milliseconds (Lever's API)
        seconds = int(v) / (1000 if len(v) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return v
    for fmt in formats:
        try:
            return datetime.strptime(v, fmt).isoformat()
        except ValueError:
            continue
    return v


# --- shaping a row -----------------------------------------------------------------------

_FIRST_OF_LIST = re.compile(r"[,;\n]")


def _first_item(value: str) -> str:
    # Lever and Ashby put every address in one cell; the first is the primary one.
    return _FIRST_OF_LIST.split(value.strip(), maxsplit=1)[0].strip()


Shaper = Callable[[dict[str, str]], dict[str, str]]


def shape(preset: Preset, kind: str, values: dict[str, str]) -> dict[str, str]:
    """Turn one row's helper fields and tool-specific values into generic cells."""
    v = dict(values)
    for f in ID_FIELDS:
        if preset.id_prefix and v.get(f) and not v[f].startswith(preset.id_prefix):
            v[f] = preset.id_prefix + v[f].strip()
    if preset.date_formats or preset.name != "generic":
        for f in DATE_FIELDS:
            if v.get(f):
                v[f] = iso_date(v[f], preset.date_formats)
    if kind == "candidates":
        _shape_candidate(v)
    elif kind == "applications":
        _shape_application(preset, v)
    return v


def _shape_candidate(v: dict[str, str]) -> None:
    first, last = v.pop("first_name", "").strip(), v.pop("last_name", "").strip()
    if not v.get("full_name") and (first or last):
        v["full_name"] = f"{first} {last}".strip()
    company = v.pop("company", "").strip()
    if company and not v.get("headline"):
        title = v.get("current_title", "").strip()
        v["headline"] = f"{title} at {company}" if title else company
    for f in ("email", "phone"):
        if v.get(f):
            v[f] = _first_item(v[f])
    if profile := v.pop("profile_url", ""):
        tags = [t.strip() for t in v.get("tags", "").split(",") if t.strip()]
        v["tags"] = ", ".join(dict.fromkeys(tags + profile_tags(profile)))


def _shape_application(preset: Preset, v: dict[str, str]) -> None:
    status = v.pop("status", "").strip().lower()
    reason_type = rs.key(v.pop("reason_type", ""))
    disqualified = v.pop("disqualified", "").strip().lower() in {"true", "yes", "y", "1"}
    hired_stage = False
    if preset.free_stages and v.get("stage_reached"):
        v["stage_reached"], hired_stage = stage_of(v["stage_reached"])
    outcome = None
    if v.get("reason"):
        text = v["reason"].strip()
        (outcome, reason), _known = rs.lookup(text, preset.reasons)
        if reason is None or rs.key(text) != reason.replace("_", ""):
            # Keep the tool's words beside our word (unless they are our word already).
            note = v.get("reason_note", "").strip()
            v["reason_note"] = f"{text} — {note}" if note and note != text else text
        if reason is None:
            v.pop("reason")
        else:
            v["reason"] = reason
    if not v.get("outcome") and preset.name != "generic":
        if any(w in reason_type for w in ("theyrejectedus", "bycandidate", "withdr")):
            outcome = Outcome.withdrew.value if outcome != Outcome.declined_offer else outcome
        if outcome is None:
            if "hire" in status or hired_stage:
                outcome = Outcome.hired.value
            elif disqualified or any(
                w in status for w in ("reject", "archiv", "disqualif", "declin")
            ):
                outcome = Outcome.rejected.value
            elif v.get("reason"):
                outcome = Outcome.rejected.value
        if outcome:
            v["outcome"] = outcome
