"""Merging two records of the same person into one, keeping everything either held.

``preview_merge`` says what a merge would do; ``merge_candidates`` does it. The kept record
receives every application, touchpoint, motivation, draft and reconnect pin of the other;
its empty fields are filled from the other; skills and tags are united; the stricter choice
wins where the person's wishes are concerned (do-not-contact if either says so, the earliest
consent expiry, the latest not-before date). Where both hold different values the kept
record's stays and the field is listed in ``conflicts`` (the other's value is dropped with the
record). A résumé imported from a file (``resume_file``) travels with its text: the other
record's replaces the kept one's when it came from a file imported later (a new version, or
a file that fitted several people and was held apart for review). The same application held
twice (same opening and role) becomes one. The other
record is then deleted (its vectors with it; ``encore index`` embeds the merged profile) and
the merge is written to the audit log with ids, counts and field names only.
"""

from dataclasses import dataclass, field

from sqlmodel import Session, select

from data import audit
from data.models import (
    Application,
    Candidate,
    CandidateVector,
    Draft,
    DuplicateDismissal,
    Motivation,
    ReconnectPin,
    Touchpoint,
)
from data.timeutil import utcnow

FILLABLE = (
    "external_id",
    "email",
    "phone",
    "location",
    "headline",
    "current_title",
    "years_experience",
    "resume_text",
    "owner",
    "source",
    "do_not_contact_reason",
)
RESUME_SOURCE = ("resume_file", "resume_hash", "resume_imported_at")
STAGE_RANK = {"applied": 0, "screen": 1, "interview": 2, "onsite": 3, "final": 4, "offer": 5}


class MergeError(ValueError):
    """The two ids cannot be merged (unknown, or the same record)."""


@dataclass
class MergePlan:
    keep_id: int
    other_id: int
    filled: list[str] = field(default_factory=list)  # fields taken from the other record
    conflicts: list[str] = field(default_factory=list)  # fields where the kept value stays
    moved: dict[str, int] = field(default_factory=dict)  # children moved, by kind
    combined: dict[str, int] = field(default_factory=dict)  # duplicates folded into one

    def summary(self) -> str:
        moved = ", ".join(f"{n} {k}" for k, n in self.moved.items() if n) or "nothing"
        text = f"merge {self.other_id} into {self.keep_id}: moves {moved}"
        if self.filled:
            text += f"; fills {', '.join(self.filled)}"
        if self.conflicts:
            text += f"; keeps its own {', '.join(self.conflicts)}"
        return text


def _pair_of(session: Session, keep_id: int, other_id: int) -> tuple[Candidate, Candidate]:
    if keep_id == other_id:
        raise MergeError("a record cannot be merged with itself")
    keep, other = session.get(Candidate, keep_id), session.get(Candidate, other_id)
    for cid, found in ((keep_id, keep), (other_id, other)):
        if found is None:
            raise MergeError(f"no candidate with id {cid}")
    return keep, other


def _newer_resume(keep: Candidate, other: Candidate) -> bool:
    """Whether the other record's résumé came from a file imported after the kept one's."""
    if not (other.resume_text and other.resume_imported_at):
        return False
    return keep.resume_imported_at is None or other.resume_imported_at > keep.resume_imported_at


def _children(session: Session, model, candidate_id: int) -> list:
    return list(session.exec(select(model).where(model.candidate_id == candidate_id)))


def _same_application(a: Application, b: Application) -> bool:
    return a.opening_id == b.opening_id and (a.role_title or "") == (b.role_title or "")


def _statement_key(text: str) -> str:
    return " ".join(text.lower().split())


def preview_merge(*, session: Session, keep_id: int, other_id: int) -> MergePlan:
    keep, other = _pair_of(session, keep_id, other_id)
    plan = MergePlan(keep_id=keep_id, other_id=other_id)
    for name in FILLABLE:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if theirs in (None, ""):
            continue
        if mine in (None, ""):
            plan.filled.append(name)
        elif mine != theirs and not (name == "email" and mine.lower() == theirs.lower()):
            plan.conflicts.append(name)
    if _newer_resume(keep, other):
        plan.conflicts = [f for f in plan.conflicts if f != "resume_text"]
        if "resume_text" not in plan.filled:
            plan.filled.append("resume_text")
    kept_apps = _children(session, Application, keep_id)
    apps = _children(session, Application, other_id)
    same = [a for a in apps if any(_same_application(a, k) for k in kept_apps)]
    known = {_statement_key(m.statement) for m in _children(session, Motivation, keep_id)}
    motivations = _children(session, Motivation, other_id)
    repeated = [m for m in motivations if _statement_key(m.statement) in known]
    weeks = {p.week_of for p in _children(session, ReconnectPin, keep_id)}
    pins = _children(session, ReconnectPin, other_id)
    pins_same_week = [p for p in pins if p.week_of in weeks]
    plan.moved = {
        "applications": len(apps) - len(same),
        "touchpoints": len(_children(session, Touchpoint, other_id)),
        "motivations": len(motivations) - len(repeated),
        "drafts": len(_children(session, Draft, other_id)),
        "reconnect pins": len(pins) - len(pins_same_week),
    }
    plan.combined = {
        "applications": len(same),
        "motivations": len(repeated),
        "reconnect pins": len(pins_same_week),
    }
    return plan


def merge_candidates(
    *, session: Session, keep_id: int, other_id: int, actor: str | None = None
) -> MergePlan:
    """Merge ``other_id`` into ``keep_id``; the caller commits. Returns what was done."""
    plan = preview_merge(session=session, keep_id=keep_id, other_id=other_id)
    keep, other = _pair_of(session, keep_id, other_id)
    _merge_fields(session, keep, other, plan)
    _move_applications(session, keep_id, other_id)
    known = {_statement_key(m.statement): m for m in _children(session, Motivation, keep_id)}
    for m in _children(session, Motivation, other_id):
        if _statement_key(m.statement) in known:
            session.delete(m)
        else:
            m.candidate_id = keep_id
    for model in (Touchpoint, Draft):
        for child in _children(session, model, other_id):
            child.candidate_id = keep_id
    weeks = {p.week_of for p in _children(session, ReconnectPin, keep_id)}
    for pin in _children(session, ReconnectPin, other_id):
        if pin.week_of in weeks:
            session.delete(pin)
        else:
            pin.candidate_id = keep_id
    _move_dismissals(session, keep_id, other_id)
    for vector in _children(session, CandidateVector, other_id):
        session.delete(vector)
    session.flush()
    session.expire(other)
    session.delete(session.get(Candidate, other_id))
    keep.updated_at = utcnow()
    session.flush()
    session.expire(keep, ["applications", "touchpoints", "motivations", "drafts"])
    audit.record(
        session=session,
        action="merge",
        actor=actor,
        subject_kind="candidate",
        subject_id=keep_id,
        count=sum(plan.moved.values()),
        detail={
            "merged_id": other_id,
            "moved": plan.moved,
            "filled": plan.filled,
            "conflicts": plan.conflicts,
        },
    )
    session.flush()
    return plan


def _merge_fields(session: Session, keep: Candidate, other: Candidate, plan: MergePlan) -> None:
    taken = {name: getattr(other, name) for name in plan.filled}
    if "resume_text" in taken:  # the file it was read from comes with it
        taken.update({name: getattr(other, name) for name in RESUME_SOURCE})
    # Unique columns: free them on the other record before the kept one takes them.
    if {"external_id", "email"} & set(taken):
        other.external_id = None if "external_id" in taken else other.external_id
        other.email = None if "email" in taken else other.email
        session.flush()
    for name, value in taken.items():
        setattr(keep, name, value)
    keep.skills = list(dict.fromkeys([*(keep.skills or []), *(other.skills or [])]))
    keep.tags = list(dict.fromkeys([*(keep.tags or []), *(other.tags or [])]))
    if other.do_not_contact and not keep.do_not_contact:
        keep.do_not_contact = True
        keep.do_not_contact_reason = other.do_not_contact_reason
        keep.do_not_contact_at = other.do_not_contact_at
    dates = [d for d in (keep.consent_until, other.consent_until) if d]
    keep.consent_until = min(dates) if dates else None
    for name in ("not_before", "snoozed_until"):
        dates = [d for d in (getattr(keep, name), getattr(other, name)) if d]
        setattr(keep, name, max(dates) if dates else None)
    session.flush()


def _move_applications(session: Session, keep_id: int, other_id: int) -> None:
    kept = _children(session, Application, keep_id)
    for app in _children(session, Application, other_id):
        twin = next((k for k in kept if _same_application(app, k)), None)
        if twin is None:
            app.candidate_id = keep_id
            continue
        # One application stored twice: keep the furthest stage and fill what is missing.
        if STAGE_RANK.get(app.stage_reached, 0) > STAGE_RANK.get(twin.stage_reached, 0):
            twin.stage_reached = app.stage_reached
        for name in (
            "applied_at",
            "outcome",
            "reason",
            "reason_note",
            "feedback_given",
            "decided_at",
            "rating",
            "feedback_waived_reason",
            "feedback_waived_at",
        ):
            if getattr(twin, name) is None and getattr(app, name) is not None:
                setattr(twin, name, getattr(app, name))
        session.delete(app)
    session.flush()


def _move_dismissals(session: Session, keep_id: int, other_id: int) -> None:
    existing = {(d.first_id, d.second_id) for d in session.exec(select(DuplicateDismissal))}
    rows = session.exec(
        select(DuplicateDismissal).where(
            (DuplicateDismissal.first_id == other_id) | (DuplicateDismissal.second_id == other_id)
        )
    )
    for d in list(rows):
        third = d.second_id if d.first_id == other_id else d.first_id
        pair = (min(keep_id, third), max(keep_id, third))
        if third == keep_id or pair in existing:
            session.delete(d)
        else:
            d.first_id, d.second_id = pair
            existing.add(pair)
