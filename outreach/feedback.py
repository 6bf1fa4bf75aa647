"""Feedback owed: people turned down after an interview who never heard why.

Oldest first, because the longer someone has waited the more the silence costs. Each comes with
a draft built only from the application on record. The recorded reason is quoted only when it
is about the work (skills, level, another candidate) — never a note on culture or conduct,
which belongs in a conversation, not an email.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlmodel import Session, select

from data import audit
from data.eligibility import feedback_to_send_clause, is_feedback_owed
from data.models import Application, Candidate, Draft, Touchpoint
from data.timeutil import utcnow
from outreach.actions import mark_sent, save_draft
from outreach.contactable import contact_block, require_contactable
from outreach.draft_story import OPT_OUT_LINE, STAGE_PHRASES
from outreach.drafts import (
    DraftRefused,
    DraftText,
    Fact,
    first_name,
    template_environment,
)
from outreach.mail_safe import header_line

# What the panel's reason means, said to the person. The recruiter's note itself is an internal
# record: it is shown beside the draft, never copied into it.
SHAREABLE_REASONS = {
    "skills_gap": "some of the skills the role needed day to day were not there yet",
    "experience_level": "the panel was looking for more experience at that level",
    "other_candidate": "it came down to another candidate whose experience was closer to "
    "what the team needed, and it was a close call",
}
_STAGE_SENTENCES = {
    **STAGE_PHRASES,
    "interview": "interviewed with us",
    "onsite": "met the team on site",
    "final": "reached the final round",
    "offer": "reached the offer stage",
}


@dataclass(frozen=True)
class FeedbackOwed:
    application_id: int
    candidate_id: int
    name: str
    email: str | None
    role_title: str
    stage_reached: str
    decided_at: datetime | None
    days_waiting: int | None
    opening_id: int | None
    consent_expired: bool


def feedback_owed_list(*, session: Session, today: date | None = None) -> list[FeedbackOwed]:
    """Everyone owed feedback, oldest decision first; do-not-contact people are left out."""
    today = today or utcnow().date()
    rows = session.exec(
        select(Application, Candidate)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .where(feedback_to_send_clause())
    ).all()
    owed = []
    for app, person in rows:
        owed.append(
            FeedbackOwed(
                application_id=app.id,
                candidate_id=person.id,
                name=person.full_name,
                email=person.email,
                role_title=app.role_title or "an earlier role",
                stage_reached=app.stage_reached,
                decided_at=app.decided_at,
                days_waiting=(today - app.decided_at.date()).days if app.decided_at else None,
                opening_id=app.opening_id,
                consent_expired=bool(person.consent_until and person.consent_until < today),
            )
        )
    far_past = datetime.min.replace(tzinfo=None)
    return sorted(
        owed,
        key=lambda o: (
            o.decided_at.replace(tzinfo=None) if o.decided_at else far_past,
            o.application_id,
        ),
    )


def build_feedback_draft(
    *, session: Session, application_id: int, signature: str = "The Talent Team"
) -> DraftText:
    app = session.get(Application, application_id)
    if app is None:
        raise DraftRefused(f"no application with id {application_id}")
    person = session.get(Candidate, app.candidate_id)
    block = contact_block(session=session, candidate_id=person.id)
    if block is not None:
        raise DraftRefused(block.message)
    role_title = header_line(app.role_title) or "earlier"
    when = f"in {app.decided_at:%B %Y}" if app.decided_at else "some time ago"
    shareable = SHAREABLE_REASONS.get(app.reason or "")
    facts = [
        Fact("Name", person.full_name, "candidate record"),
        Fact(
            "Role",
            f"{role_title} ({when}, stage reached: {app.stage_reached})",
            f"application #{app.id}",
        ),
    ]
    missing = []
    if shareable:
        facts.append(
            Fact("Recorded reason", app.reason_note or app.reason, f"application #{app.id}")
        )
        if app.reason_note:
            missing.append(
                "The draft says what the reason means, not the note's words: add the "
                "panel's specifics in your own words."
            )
    elif app.reason_note:
        missing.append(
            "The recorded reason is not quoted (it is about fit or conduct, or too sensitive "
            "for an email): share it in a conversation if at all."
        )
    else:
        missing.append("No reason recorded: read the panel's notes before you send this.")
    text = (
        template_environment()
        .get_template("feedback.txt.j2")
        .render(
            first_name=first_name(person.full_name),
            role_title=role_title,
            when=when,
            stage_phrase=_STAGE_SENTENCES.get(app.stage_reached, "interviewed with us"),
            shareable_reason=shareable,
            opt_out_line=OPT_OUT_LINE,
            signature=signature,
        )
    )
    subject, _, body = text.partition("\n")
    return DraftText(
        candidate_id=person.id,
        opening_id=app.opening_id,
        application_id=app.id,
        tone="feedback",
        to=person.email,
        to_name=person.full_name,
        subject=header_line(subject.removeprefix("Subject: ")),
        body=body.strip() + "\n",
        facts=facts,
        missing=missing,
    )


class FeedbackNotOwed(ValueError):
    """The feedback for this process is not owed (any more): given, or judged not needed."""


def _owed_application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise FeedbackNotOwed(f"no application with id {application_id}")
    if not is_feedback_owed(app):
        raise FeedbackNotOwed(
            f"feedback for application #{application_id} is not owed any more "
            "(already sent, or marked not needed)"
        )
    return app


def send_feedback(
    *,
    session: Session,
    application_id: int,
    subject: str,
    body: str,
    signature: str = "The Talent Team",
    recruiter: str | None = None,
) -> Touchpoint:
    """The feedback went out as written: keep the text as a sent draft, log a feedback
    touchpoint, and close this process's debt. Refused (``NotContactable``, saying why)
    when the person may not be written to now."""
    app = _owed_application(session, application_id)
    require_contactable(session=session, candidate_id=app.candidate_id)
    subject, body = " ".join(subject.split()), body.strip()
    if not subject or not body:
        raise ValueError("feedback needs both a subject and a message")
    text = build_feedback_draft(session=session, application_id=app.id, signature=signature)
    draft = save_draft(
        session=session,
        text=replace(text, subject=header_line(subject), body=body + "\n"),
        recruiter=recruiter,
        kind="feedback",
    )
    return mark_sent(session=session, draft_id=draft.id, recruiter=recruiter)


def feedback_not_needed(
    *, session: Session, application_id: int, reason: str, actor: str | None = None
) -> Application:
    """A recruiter judged that no feedback is owed here (given by phone, the person asked for
    none...): the debt is closed with the reason kept on the application, and audited."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValueError("say why no feedback is needed (a few words are enough)")
    if len(reason) > 500:
        raise ValueError("the reason is longer than 500 characters: say it in fewer words")
    app = _owed_application(session, application_id)
    app.feedback_given = True
    app.feedback_waived_reason = reason
    app.feedback_waived_at = utcnow()
    session.add(app)
    # Drafts of this feedback still waiting would now say something owed no longer is.
    for draft in session.exec(
        select(Draft).where(Draft.application_id == app.id, Draft.status == "draft")
    ):
        draft.status, draft.updated_at = "discarded", utcnow()
        session.add(draft)
    audit.record(
        session=session,
        action="feedback.not_needed",
        actor=actor,
        subject_kind="candidate",
        subject_id=app.candidate_id,
        count=1,
        detail={"application_id": app.id},
    )
    session.flush()
    return app
