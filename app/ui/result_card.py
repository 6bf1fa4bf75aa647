"""One search result a recruiter can scan: who they are now (title, company, location, with a
flag when where they live or want to work goes against the role), when we last spoke, the
best reasons and what is missing — every sentence whole, nothing cut to fit a cell.
"""

from datetime import datetime

from app.ui.dates import when
from app.ui.plain import SENTENCE, plain
from data.timeutil import utcnow
from matching.engine import RankedCandidate

BEST_SHOWN = 3  # reasons for them on a card; the details show every one
# Kinds that speak against a person: shown under "missing", never as a reason for them.
AGAINST = frozenset(
    {"past_reason_standing", "motivation_conflict", "restraint", "check", "feedback_owed"}
)
FLAG = ":orange[:material/wrong_location:"
SEPARATOR = " · "


def who_line(r: RankedCandidate) -> str:
    """ "Senior Backend Engineer at Pelican Ledger" (Markdown, outside text made plain)."""
    title, company = r.current_title, r.company
    if title and company:
        return f"{plain(title)} at {plain(company)}"
    if title or company:
        return plain(title or company)
    return plain(r.headline) if r.headline else ":gray[No current title on record]"


def where_line(r: RankedCandidate) -> str:
    place = plain(r.location) if r.location else ":gray[Location not on record]"
    flags = r.place_conflicts
    if not flags:
        return f":material/location_on: {place}"
    said = " ".join(plain(f, limit=SENTENCE) for f in flags)
    return f":material/location_on: {place} {FLAG} {said}]"


def contact_line(last: datetime | None, now: datetime | None = None) -> str:
    if last is None:
        return ":material/history: Never contacted"
    days = max(((now or utcnow()) - last).days, 0)
    ago = "today" if days == 0 else ("yesterday" if days == 1 else f"{days} days ago")
    return f":material/history: Last contact {when(last)} ({ago})"


def missing_lines(r: RankedCandidate) -> list[str]:
    """What speaks against them for this role: requirements not in the profile, standing
    conflicts and the reasons against (their location flag is shown beside the location)."""
    shown = set(r.place_conflicts)
    out = []
    for reason in r.reasons:
        if reason.kind == "requirements" and reason.evidence.get("missing"):
            missing = ", ".join(str(m) for m in reason.evidence["missing"])
            out.append(f"Not in the profile: {plain(missing, limit=SENTENCE)}")
        elif reason.kind in AGAINST and reason.sentence not in shown:
            out.append(plain(reason.sentence, limit=SENTENCE))
            shown.add(reason.sentence)
    out += [plain(c, limit=SENTENCE) for c in r.conflicts if c not in shown]
    return out


def card_markdown(r: RankedCandidate, *, rank: int, weak: bool) -> str:
    score = "weak match" if weak else f"score {r.score:.0f}"
    lines = [
        f"**{rank}. {plain(r.full_name)}** — {score}",
        who_line(r),
        where_line(r) + SEPARATOR + contact_line(r.last_contact),
    ]
    best = [x for x in r.reasons if x.kind not in AGAINST][:BEST_SHOWN]
    lines += [f":material/thumb_up: {plain(x.sentence, limit=SENTENCE)}" for x in best]
    lines += [f":material/remove: {line}" for line in missing_lines(r)]
    return "  \n".join(lines)  # one element per card: Markdown line breaks, no columns
