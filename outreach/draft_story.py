"""What a re-engagement draft may say, and nothing more.

The story of a draft is built from the record and from one fit (``matching.fit``), never from a
note's wording:

- the latest process, phrased by the stage actually reached: someone who only applied is never
  told "we met" or "you interviewed";
- what ended it, if this role resolves it, in the second person ("Last time, you mentioned you
  would rather not work in an office every day — this role is fully remote.");
- the wishes this role meets, paraphrased from conditions ("you would like to lead a team");
  a motivation nothing was read from is not quoted — only the offer that meets it is named;
- a standing conflict, a running wait or an opt-out stops the draft: the recruiter is told why
  instead of the candidate being pitched across it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from data.vocab import STAGE_ORDER
from matching.fit import Judgement
from matching.role import Role
from outreach.mail_safe import header_line

# How the latest process is mentioned, by the stage reached.
HOW = {
    "applied": "applied for",
    "screen": "spoke with us about",
    "interview": "interviewed for",
    "onsite": "interviewed for",
    "final": "interviewed for",
    "offer": "interviewed for",
}
STAGE_PHRASES = {
    "offer": "we made you an offer",
    "final": "reached the final round",
    "onsite": "met the team on site",
    "interview": "met the team",
    "screen": "spoke with us",
}
# Said only where it adds to "interviewed for" (an interview is already said).
EXTRA_STAGE = {"offer", "final", "onsite"}
OPT_OUT_LINE = "If you would rather not hear from me again, just reply “no thanks” and I won’t."


class DraftRefused(Exception):
    """No draft may be written (do-not-contact, consent expired, nothing to offer)."""


class DraftConflict(DraftRefused):
    """The role goes against what the person told us: do not pitch it."""

    def __init__(self, conflicts: list[str]):
        self.conflicts = conflicts
        super().__init__("Not pitched — " + " ".join(conflicts))


@dataclass(frozen=True)
class Past:
    role_title: str
    when: str
    how: str
    stage_phrase: str | None
    interviewed: bool


def _when(moment: datetime | None) -> str:
    return f"in {moment:%B %Y}" if moment else "a while ago"


def past_process(app) -> Past | None:
    """The latest process, in words its stage supports."""
    if app is None:
        return None
    interviewed = STAGE_ORDER.get(app.stage_reached, 0) >= STAGE_ORDER["interview"]
    return Past(
        role_title=header_line(app.role_title) or "an earlier role",
        when=_when(app.decided_at or app.applied_at),
        how=HOW.get(app.stage_reached, "applied for"),
        stage_phrase=STAGE_PHRASES.get(app.stage_reached)
        if app.stage_reached in EXTRA_STAGE
        else None,
        interviewed=interviewed,
    )


def _clause(paraphrase: str) -> str:
    """ "you would like to lead a team" → "you would like to lead a team" (kept), without a
    trailing full stop, so it can sit inside a sentence."""
    return paraphrase.rstrip(" .")


def resolved_sentence(judgements: list[Judgement]) -> str | None:
    """Last time's objection, resolved by this role, said to the person."""
    for j in judgements:
        if j.last_time and j.kind == "resolved" and j.paraphrase and j.offer:
            return f"Last time, you mentioned that {_clause(j.paraphrase)} — {j.offer}."
    return None


def coded_resolution(reason: str, role: Role, months: float, interviewed: bool) -> str | None:
    """Last time's reason as recorded (a code, no note read), resolved by this role."""
    facts = role.facts
    where = {"remote": "fully remote", "hybrid": "hybrid", "onsite": "on-site"}.get(
        facts.work_mode or "", ""
    )
    verb = "interviewed for" if interviewed else "applied for"
    return {
        "remote_policy": f"Last time the office requirement was what stood in the way; "
        f"this role is {where}."
        if where
        else None,
        "location": "Last time the move was what stood in the way; this role is remote."
        if facts.work_mode == "remote"
        else None,
        "compensation": f"Last time we could not meet your salary expectations; this role's "
        f"band goes up to {role.band()}."
        if role.band()
        else None,
        "counteroffer": "I know you decided to stay last time; a lot can change in a year.",
        "experience_level": f"It has been {months:.0f} months since we last spoke, and I imagine "
        "your experience has grown since.",
        "headcount": f"The role you {verb} was closed on our side — it was never about you.",
        "timing": "Last time the timing was not right for you; I hope this is a better moment.",
    }.get(reason)


def wishes_met(judgements: list[Judgement]) -> list[str]:
    """What they told us that this role meets, to the person: "you mentioned that you would
    like to lead a team, and this role leads a team"."""
    out = []
    for j in judgements:
        if j.kind == "met" and not j.last_time and j.paraphrase and j.offer:
            out.append(f"you mentioned that {_clause(j.paraphrase)}, and {j.offer}")
    return out


def offers_by_meaning(reasons) -> list[str]:
    """Offers that meet a motivation nothing was read from: the offer is named, the
    motivation (a recruiter's note, perhaps) is not."""
    return [
        r.evidence["offer"]
        for r in reasons
        if r.kind == "motivation" and "condition_id" not in r.evidence and r.evidence.get("offer")
    ]
