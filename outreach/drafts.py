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
from matching.engine import Matcher, RankedCandidate
from matching.facts import latest_process, load_facts
from matching.fit import judge, judge_person, stops
from matching.role import Role, role_from_opening
from outreach.contactable import contact_block
from outreach.draft_story import (
    OPT_OUT_LINE,
    DraftConflict,
    DraftRefused,
    coded_resolution,
    offers_by_meaning,
    past_process,
    resolved_sentence,
    wishes_met,
)
from outreach.mail_safe import NAME_LIMIT, eml_bytes, header_line, mailto_url, single_address
from reading.role_facts import RoleFacts

TEMPLATES = Path(__file__).parent / "templates"
TONES = ("warm", "brief", "formal")


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
    application_id: int | None = None  # a feedback draft: the process whose debt it closes

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


def build_draft(
    matcher: Matcher,
    candidate_id: int,
    *,
    session: Session,
    opening_id: int | None = None,
    tone: str = "warm",
    signature: str = "The Talent Team",
    now: datetime | None = None,
) -> DraftText:
    """A draft for this person about this opening (or their best open role). Refused, with
    why, when they may not be contacted, or when the role goes against what they told us.

    ``session`` reads the record; the matcher scores the roles meanwhile, so on SQLite give
    one that only reads (``data.db.read_session``), not a unit of work holding the write lock."""
    if tone not in TONES:
        raise DraftRefused(f"unknown tone '{tone}': use {', '.join(TONES)}")
    now = now or utcnow()
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
    block = contact_block(session=session, candidate_id=candidate_id, today=now.date())
    if block is not None:
        raise DraftRefused(block.message)
    roles = _roles(session, opening_id)
    facts = load_facts(session, only=[candidate_id]).get(candidate_id)
    name = header_line(person.full_name, limit=NAME_LIMIT)
    # An opt-out or a wait in their own words stops any draft, whatever the role.
    for j in judge(facts.conditions if facts else [], RoleFacts(), today=now.date()):
        if j.kind in ("opted_out", "wait"):
            raise DraftRefused(f"{name}: {j.sentence} Write when they asked, not before.")
    best, blocked = _best_match(matcher, person.id, facts, roles, now)
    if best is None and blocked:
        raise DraftConflict(blocked)
    if best is None:
        raise DraftRefused(f"{name} cannot be matched to an open role right now.")
    role, ranked, judgements = best
    return _compose(person, role, ranked, judgements, tone, signature, now)


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


def _best_match(matcher, candidate_id, facts, roles, now):
    """The best-scoring role whose terms do not go against what the person told us, and the
    reasons any role was passed over."""
    found, blocked = [], []
    for role in roles:
        result = matcher.match(role, top_k=1, now=now, only_ids={candidate_id})
        if not result.results:
            continue
        judgements = judge_person(facts, role, now) if facts else []
        held = stops(judgements)
        if held:
            blocked.extend(held if len(roles) == 1 else [f"{role.title}: {held[0]}"])
            continue
        found.append((role, result.results[0], judgements))
    return max(found, key=lambda t: t[1].score, default=None), blocked


def first_name(full_name: str | None) -> str:
    """How a draft greets the person: the first word of their name, on one line."""
    words = header_line(full_name, limit=NAME_LIMIT).split()
    return words[0] if words else "there"


def _compose(
    person: Candidate, role: Role, ranked: RankedCandidate, judgements, tone, signature, now
):
    facts = [Fact("Name", person.full_name, "candidate record")]
    missing: list[str] = []
    # The title goes into the subject line: a line break in it must not cut the subject.
    role = replace(role, title=header_line(role.title))

    latest = latest_process(person.applications)
    past = past_process(latest)
    if past is not None:
        facts.append(
            Fact(
                "Latest process",
                f"{past.role_title} ({past.when.removeprefix('in ')}, "
                f"stage reached: {latest.stage_reached})",
                f"application #{latest.id}",
            )
        )
    else:
        missing.append("No process on record: the draft does not mention a past one.")

    resolved = resolved_sentence(judgements)
    if (
        resolved is None
        and latest is not None
        and any(
            r.kind == "past_reason_resolved" and r.evidence.get("application_id") == latest.id
            for r in ranked.reasons
        )
    ):
        months = (now - (latest.decided_at or latest.applied_at or now)).days / 30.44
        code = "headcount" if latest.outcome == "position_closed" else latest.reason
        resolved = coded_resolution(code or "", role, months, past.interviewed)
    if resolved:
        reason = (latest.reason or "").replace("_", " ")
        facts.append(Fact("Why it did not work last time", reason, f"application #{latest.id}"))

    motivations = wishes_met(judgements)
    for j in judgements:
        if j.kind == "met" and not j.last_time:
            source = f"{j.evidence.get('source')} #{j.evidence.get('source_id')}"
            facts.append(Fact("What they told us", j.sentence, source))
    matched_offers = offers_by_meaning(ranked.reasons)
    motivations += [
        f"the role offers {o[0].lower() + o[1:]}, which I remember matters to you"
        for o in matched_offers
    ]
    if not person.motivations and not motivations:
        missing.append("No stated motivations on record: ask what would make a move worth it.")
    elif not motivations:
        missing.append(
            "Nothing they told us is met by this role: say in your own words why you are writing."
        )
    for j in judgements:
        if j.kind == "unknown":
            missing.append(f"Check before sending: {j.sentence}")
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
            opt_out_line=OPT_OUT_LINE,
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
