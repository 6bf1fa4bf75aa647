"""Re-engagement drafts built only from facts on record, with the facts shown beside them.

A draft uses this person's own record (name, the role and month they interviewed for, the
stage reached, their stated motivations, the reason it did not work last time and feedback
owed) and the new role (title, offers). Each fact it used is listed; a fact that is missing
is pointed out rather than invented. Templates are Jinja2 files a team can edit.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import selectinload
from sqlmodel import Session, select

from data.eligibility import is_feedback_owed as feedback_owed
from data.models import Application, Candidate, Opening
from data.timeutil import utcnow
from data.vocab import STAGE_ORDER
from matching.engine import Matcher, RankedCandidate
from matching.role import Role, role_from_opening
from outreach.contactable import why_not
from outreach.mail_safe import NAME_LIMIT, eml_bytes, header_line, mailto_url, single_address

TEMPLATES = Path(__file__).parent / "templates"
TONES = ("warm", "brief", "formal")
STAGE_PHRASES = {
    "offer": "we made you an offer",
    "final": "reached the final round",
    "onsite": "met the team on site",
    "interview": "met the team",
    "screen": "spoke with us",
}


class DraftRefused(Exception):
    """No draft may be written (do-not-contact, consent expired, nothing to offer)."""


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    source: str


@dataclass
class DraftText:
    candidate_id: int
    opening_id: int
    tone: str
    to: str | None
    subject: str
    body: str
    facts: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    to_name: str | None = None  # the person's name, shown beside the address in To

    @property
    def recipient(self) -> str | None:
        """The address a mail client is given: ``to`` if it is one plain address, else None."""
        return single_address(self.to)

    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)

    def to_eml(self) -> bytes:
        return eml_bytes(to=self.to, name=self.to_name, subject=self.subject, body=self.body)


def template_environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,  # plain-text email, never HTML
    )


def _when(moment: datetime | None) -> str:
    return f"in {moment:%B %Y}" if moment else "a while ago"


def _resolved_sentence(reason: str, role: Role, months: float) -> str | None:
    policy = {"remote": "fully remote", "hybrid": "hybrid", "onsite": "on-site"}.get(
        role.remote_policy or "", ""
    )
    return {
        "remote_policy": f"Last time the office requirement was what stood in the way; "
        f"this role is {policy}.",
        "location": "Last time the move was what stood in the way; "
        + (
            "this role is remote."
            if role.remote_policy == "remote"
            else "this role is where you live."
        ),
        "compensation": f"Last time we could not meet your salary expectations; this role's "
        f"band goes up to {role.band()}."
        if role.band()
        else None,
        "counteroffer": "I know you decided to stay last time; a lot can change in a year.",
        "experience_level": f"It has been {months:.0f} months since we last spoke, and I imagine "
        "your experience has grown since.",
        "headcount": "The role you interviewed for was closed on our side — it was never "
        "about you.",
        "timing": "Last time the timing was not right for you; I hope this is a better moment.",
    }.get(reason)


def build_draft(
    matcher: Matcher,
    candidate_id: int,
    *,
    opening_id: int | None = None,
    tone: str = "warm",
    signature: str = "The Talent Team",
    now: datetime | None = None,
) -> DraftText:
    if tone not in TONES:
        raise DraftRefused(f"unknown tone '{tone}': use {', '.join(TONES)}")
    now = now or utcnow()
    with Session(matcher.engine) as session:
        person = session.exec(
            select(Candidate)
            .where(Candidate.id == candidate_id)
            .options(
                selectinload(Candidate.motivations),
                selectinload(Candidate.applications).selectinload(Application.opening),
            )
        ).first()
        if person is None:
            raise DraftRefused(f"no candidate with id {candidate_id}")
        block = why_not(person, person.applications, today=now.date())
        if block is not None:
            raise DraftRefused(block.message)
        roles = _roles(session, opening_id)
        session.expunge_all()
    best = _best_match(matcher, person.id, roles, now)
    if best is None:
        name = header_line(person.full_name, limit=NAME_LIMIT)
        raise DraftRefused(f"{name} cannot be matched to an open role right now.")
    role, ranked = best
    return _compose(person, role, ranked, tone, signature, now)


def _roles(session: Session, opening_id: int | None) -> list[Role]:
    if opening_id is not None:
        opening = session.get(Opening, opening_id)
        if opening is None:
            raise DraftRefused(f"no opening with id {opening_id}")
        return [role_from_opening(opening)]
    openings = session.exec(select(Opening).where(Opening.status == "open")).all()
    if not openings:
        raise DraftRefused("there is no open role to write about")
    return [role_from_opening(o) for o in openings]


def _best_match(matcher, candidate_id, roles, now) -> tuple[Role, RankedCandidate] | None:
    found = []
    for role in roles:
        result = matcher.match(role, top_k=1, now=now, only_ids={candidate_id})
        if result.results:
            found.append((role, result.results[0]))
    return max(found, key=lambda pair: pair[1].score, default=None)


def first_name(full_name: str | None) -> str:
    """How a draft greets the person: the first word of their name, on one line."""
    words = header_line(full_name, limit=NAME_LIMIT).split()
    return words[0] if words else "there"


def _compose(person: Candidate, role: Role, ranked: RankedCandidate, tone, signature, now):
    facts = [Fact("Name", person.full_name, "candidate record")]
    missing: list[str] = []
    # The title goes into the subject line: a line break in it must not cut the subject.
    role = replace(role, title=header_line(role.title))

    by_id = {a.id: a for a in person.applications}
    resolved_reason = next((r for r in ranked.reasons if r.kind == "past_reason_resolved"), None)
    past_app = by_id.get(resolved_reason.evidence["application_id"]) if resolved_reason else None
    if past_app is None:
        interviewed = [
            a
            for a in person.applications
            if STAGE_ORDER.get(a.stage_reached, 0) >= STAGE_ORDER["screen"]
        ]
        past_app = max(interviewed, key=lambda a: a.decided_at or a.applied_at or now, default=None)
    past = None
    if past_app is not None:
        when = _when(past_app.decided_at or past_app.applied_at)
        past = {
            "role_title": header_line(past_app.role_title) or "an earlier role",
            "when": when,
            "stage_phrase": STAGE_PHRASES.get(past_app.stage_reached),
        }
        facts.append(
            Fact(
                "Past role",
                f"{past['role_title']} ({when}, stage reached: {past_app.stage_reached})",
                f"application #{past_app.id}",
            )
        )
    else:
        missing.append("No interview on record: the draft does not mention a past process.")

    resolved = None
    if resolved_reason is not None and past_app is not None:
        months = (now - (past_app.decided_at or past_app.applied_at or now)).days / 30.44
        code = "headcount" if past_app.outcome == "position_closed" else past_app.reason
        resolved = _resolved_sentence(code or "", role, months)
        if resolved:
            facts.append(
                Fact(
                    "Why it did not work last time",
                    past_app.reason_note or (past_app.reason or "").replace("_", " "),
                    f"application #{past_app.id}",
                )
            )

    motivations, matched_offers = [], []
    for reason in ranked.reasons:
        if reason.kind != "motivation":
            continue
        statement, offer = reason.evidence["motivation"], reason.evidence.get("offer")
        motivations.append(
            f"you told us “{statement.rstrip('.')}”"
            + (f" and the role offers {offer[0].lower() + offer[1:]}" if offer else "")
        )
        facts.append(
            Fact("Stated motivation", statement, f"motivation #{reason.evidence['motivation_id']}")
        )
        if offer:
            matched_offers.append(offer)
    if not person.motivations:
        missing.append("No stated motivations on record: ask what would make a move worth it.")
    elif not motivations:
        missing.append(
            "None of their stated motivations is met by this role: say in your own "
            "words why you are writing."
        )
    offers = list(dict.fromkeys(matched_offers + list(role.offers)))[:4]
    for offer in offers:
        facts.append(Fact("Role offers", offer, f"opening {role.external_id or role.opening_id}"))

    owed = next((a for a in person.applications if feedback_owed(a)), None)
    if owed is not None:
        facts.append(
            Fact(
                "Feedback owed", owed.role_title or "an earlier process", f"application #{owed.id}"
            )
        )

    text = (
        template_environment()
        .get_template(f"{tone}.txt.j2")
        .render(
            first_name=first_name(person.full_name),
            role=role,
            past=past,
            resolved=resolved,
            motivations=motivations[:2],
            offers=offers,
            feedback_owed=(header_line(owed.role_title) or "earlier") if owed else None,
            signature=signature,
        )
    )
    subject_line, _, body = text.partition("\n")
    return DraftText(
        candidate_id=person.id,
        opening_id=role.opening_id,
        tone=tone,
        to=person.email,
        to_name=person.full_name,
        subject=header_line(subject_line.removeprefix("Subject: ")),
        body=body.strip() + "\n",
        facts=facts,
        missing=missing,
    )
