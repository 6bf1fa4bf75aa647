"""What a recruiter does with a person: keep a draft, mark it sent, log a "not interested",
put someone on this week's reconnect list.

Every outreach action leaves a touchpoint on the person's timeline (so future rankings and the
reconnect rules see it) and an audit entry without personal data.
"""

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from data import audit
from data.crud import UnknownRecord, require_candidate
from data.models import Application, Candidate, Draft, ReconnectPin, Touchpoint
from data.timeutil import utcnow
from data.vocab import Direction, TouchpointKind, TouchpointOutcome
from outreach.contactable import require_contactable
from outreach.drafts import DraftText


def week_of(day: date) -> date:
    """The Monday of the week holding ``day``: reconnect lists and pins are per week."""
    return day - timedelta(days=day.weekday())


def save_draft(
    *, session: Session, text: DraftText, recruiter: str | None = None, kind: str = "re_engagement"
) -> Draft:
    """Keep a composed draft (edited or not) so it can be reviewed, exported and marked sent."""
    require_candidate(session=session, candidate_id=text.candidate_id)
    draft = Draft(
        candidate_id=text.candidate_id,
        opening_id=text.opening_id,
        tone=text.tone if kind == "re_engagement" else kind,
        subject=text.subject,
        body=text.body,
        recruiter=recruiter,
        application_id=text.application_id,
    )
    session.add(draft)
    session.flush()
    return draft


def list_drafts(
    *, session: Session, status: str | None = "draft", candidate_id: int | None = None
) -> list[Draft]:
    query = select(Draft).order_by(Draft.created_at.desc(), Draft.id.desc())
    if status:
        query = query.where(Draft.status == status)
    if candidate_id is not None:
        query = query.where(Draft.candidate_id == candidate_id)
    return list(session.exec(query))


def mark_sent(
    *,
    session: Session,
    draft_id: int,
    at: datetime | None = None,
    recruiter: str | None = None,
) -> Touchpoint:
    """The draft went out: log an outbound touchpoint linked to the opening.

    Refused (``NotContactable``, saying why) when the person may not be contacted any more:
    a do-not-contact request or lapsed consent since the draft was written."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise UnknownRecord(f"no draft with id {draft_id}")
    require_contactable(session=session, candidate_id=draft.candidate_id)
    when = at or utcnow()
    kind = TouchpointKind.feedback if draft.tone == "feedback" else TouchpointKind.re_engagement
    touch = Touchpoint(
        candidate_id=draft.candidate_id,
        opening_id=draft.opening_id,
        at=when,
        channel="email",
        direction=Direction.outbound,
        kind=kind,
        note=f"Sent: {draft.subject}",
        recruiter=recruiter or draft.recruiter,
    )
    if kind == TouchpointKind.feedback:
        # The feedback is no longer owed for the process this draft was about (the one it
        # names; a draft saved before drafts named theirs: the processes of its opening).
        owed = session.exec(
            select(Application).where(
                Application.candidate_id == draft.candidate_id,
                Application.feedback_given == False,  # noqa: E712  (SQL comparison)
            )
        ).all()
        for app in owed:
            if draft.application_id is not None:
                closes = app.id == draft.application_id
            else:
                closes = draft.opening_id is None or app.opening_id == draft.opening_id
            if closes:
                app.feedback_given = True
                session.add(app)
    draft.status = "sent"
    draft.sent_at = when
    draft.updated_at = utcnow()
    session.add_all([touch, draft])
    audit.record(
        session=session,
        action="outreach.sent",
        actor=recruiter or draft.recruiter,
        subject_kind="candidate",
        subject_id=draft.candidate_id,
        count=1,
        detail={"kind": str(kind), "opening_id": draft.opening_id},
    )
    session.flush()
    return touch


def log_touchpoint(
    *,
    session: Session,
    candidate_id: int,
    kind: str = TouchpointKind.check_in,
    channel: str = "email",
    direction: str = Direction.outbound,
    outcome: str | None = None,
    note: str | None = None,
    opening_id: int | None = None,
    at: datetime | None = None,
    recruiter: str | None = None,
) -> Touchpoint:
    require_candidate(session=session, candidate_id=candidate_id)
    touch = Touchpoint(
        candidate_id=candidate_id,
        opening_id=opening_id,
        at=at or utcnow(),
        channel=channel,
        direction=direction,
        kind=kind,
        outcome=outcome,
        note=note,
        recruiter=recruiter,
    )
    session.add(touch)
    session.flush()
    return touch


def mark_not_interested(
    *,
    session: Session,
    candidate_id: int,
    reason: str,
    opening_id: int | None = None,
    at: datetime | None = None,
    recruiter: str | None = None,
) -> Touchpoint:
    """The person said no (or the recruiter judged so): future rankings and lists respect it."""
    reason = reason.strip()
    if not reason:
        raise ValueError("say why the person is not interested (a few words are enough)")
    return log_touchpoint(
        session=session,
        candidate_id=candidate_id,
        kind=TouchpointKind.check_in,
        direction=Direction.inbound,
        outcome=TouchpointOutcome.not_interested,
        note=reason,
        opening_id=opening_id,
        at=at,
        recruiter=recruiter,
    )


def pin_to_reconnect(
    *,
    session: Session,
    candidate_id: int,
    opening_id: int | None = None,
    today: date | None = None,
    recruiter: str | None = None,
) -> ReconnectPin:
    """Put someone on this week's reconnect list by hand (idempotent within the week)."""
    require_candidate(session=session, candidate_id=candidate_id)
    monday = week_of(today or utcnow().date())
    pin = session.exec(
        select(ReconnectPin).where(
            ReconnectPin.candidate_id == candidate_id, ReconnectPin.week_of == monday
        )
    ).first()
    if pin is None:
        pin = ReconnectPin(candidate_id=candidate_id, week_of=monday)
    pin.opening_id = opening_id if opening_id is not None else pin.opening_id
    pin.recruiter = recruiter or pin.recruiter
    session.add(pin)
    session.flush()
    return pin


def mark_done(
    *,
    session: Session,
    candidate_id: int,
    opening_id: int | None = None,
    note: str | None = None,
    at: datetime | None = None,
    recruiter: str | None = None,
) -> Touchpoint:
    """A reconnect entry was worked: log the outbound contact on the person's timeline."""
    touch = log_touchpoint(
        session=session,
        candidate_id=candidate_id,
        kind=TouchpointKind.re_engagement,
        direction=Direction.outbound,
        note=note or "Reconnect list: reached out",
        opening_id=opening_id,
        at=at,
        recruiter=recruiter,
    )
    audit.record(
        session=session,
        action="outreach.reconnect_done",
        actor=recruiter,
        subject_kind="candidate",
        subject_id=candidate_id,
        count=1,
    )
    return touch


def snooze(
    *, session: Session, candidate_id: int, until: date, recruiter: str | None = None
) -> Candidate:
    """Keep someone off the reconnect list until a date (None-safe: a past date clears it)."""
    candidate = require_candidate(session=session, candidate_id=candidate_id)
    candidate.snoozed_until = until
    candidate.updated_at = utcnow()
    session.add(candidate)
    audit.record(
        session=session,
        action="outreach.snooze",
        actor=recruiter,
        subject_kind="candidate",
        subject_id=candidate_id,
        detail={"until": until.isoformat()},
    )
    session.flush()
    return candidate
