"""Who may be written to right now, and if not, why: the one check behind every draft and
every way a draft leaves Encore (copy, mail link, .eml, zip, mail merge, "mark sent").

A draft saved last week can outlive the person's consent or precede a do-not-contact request,
so the check runs again at the moment of sending, not only when the draft is written. The
reason shown names the rule and the date; the person's name and the recorded reason are
outside text, so they are reduced to one plain line.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from data.conditions import opted_out
from data.crud import require_candidate
from data.eligibility import exclusion_rule
from data.models import Application, Candidate
from data.timeutil import utcnow
from data.vocab import EXCLUDED_REASONS
from outreach.mail_safe import NAME_LIMIT, header_line

REASON_LIMIT = 200


class NotContactable(ValueError):
    """This person may not be contacted now; the message says why."""


@dataclass(frozen=True)
class ContactBlock:
    kind: str  # "do_not_contact" | "consent_expired" | "opted_out" | "flagged"
    message: str

    def __str__(self) -> str:
        return self.message


def _name(person: Candidate) -> str:
    return header_line(person.full_name, limit=NAME_LIMIT) or f"Candidate #{person.id}"


def why_not(
    person: Candidate,
    applications: Iterable[Application],
    *,
    today: date,
    opted_out: bool = False,
) -> ContactBlock | None:
    """Why ``person`` may not be contacted on ``today`` (None: they may be). ``opted_out``:
    their own words, read from a note (``data.conditions``), ask us to stop. The rules and
    their order are ``data.eligibility.exclusion_rule``'s."""
    applications = list(applications)
    rule = exclusion_rule(
        do_not_contact=person.do_not_contact,
        consent_until=person.consent_until,
        opted_out=opted_out,
        reasons=[a.reason for a in applications],
        today=today,
    )
    if rule is None:
        return None
    name = _name(person)
    if rule == "do_not_contact":
        since = f" since {person.do_not_contact_at:%d %B %Y}" if person.do_not_contact_at else ""
        reason = header_line(person.do_not_contact_reason, limit=REASON_LIMIT)
        return ContactBlock(
            rule,
            f"{name} is marked do-not-contact{since}"
            + (f" ({reason})" if reason else "")
            + ": do not write to them.",
        )
    if rule == "consent_expired":
        return ContactBlock(
            rule,
            f"{name}'s consent expired on {person.consent_until:%d %B %Y}: "
            "ask them to renew it before any outreach.",
        )
    if rule == "opted_out":
        return ContactBlock(
            rule,
            f"{name} asked us not to write again (read from a note): do not write to them. "
            "Confirm it as do-not-contact, or dismiss the reading, on their Candidate page.",
        )
    flagged = next(a for a in applications if a.reason in EXCLUDED_REASONS)
    title = header_line(flagged.role_title, limit=NAME_LIMIT) or "an earlier application"
    return ContactBlock(
        "flagged", f"{name} is flagged as {flagged.reason} ({title}): do not write to them."
    )


def contact_block(
    *, session: Session, candidate_id: int, today: date | None = None
) -> ContactBlock | None:
    """Why this person may not be contacted today, read from the database now."""
    person = require_candidate(session=session, candidate_id=candidate_id)
    applications = session.exec(
        select(Application).where(Application.candidate_id == candidate_id)
    ).all()
    return why_not(
        person,
        applications,
        today=today or utcnow().date(),
        opted_out=bool(opted_out(session=session, candidate_ids=[candidate_id])),
    )


def require_contactable(*, session: Session, candidate_id: int, today: date | None = None) -> None:
    """Raise ``NotContactable`` (saying why) unless this person may be contacted today."""
    block = contact_block(session=session, candidate_id=candidate_id, today=today)
    if block is not None:
        raise NotContactable(block.message)
