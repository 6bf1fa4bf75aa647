"""The non-textual parts of a score, each with its reasons: motivations against what the
role offers, the past reason against this role, history with the team, the relationship.

All functions are pure: they take records already loaded and ``now``, and return
``(score, [Explanation, ...])``.
"""

import re
from collections.abc import Sequence
from datetime import datetime

from data.eligibility import is_feedback_owed, is_silver_medalist
from data.models import Application, Candidate, Motivation, Touchpoint  # or their facts
from data.vocab import STAGE_ORDER
from matching.facts import latest_process
from matching.fit import STANDING, Judgement
from matching.reasons import Explanation
from matching.role import Role
from matching.wording import FACET_LABEL

SEMANTIC_MATCH = 0.45  # motivation ↔ offer cosine from which we call it a match
RECENT_CONTACT_DAYS = 30


def _months(then: datetime | None, now: datetime) -> float:
    return (now - then).days / 30.44 if then else 999.0


def _when(moment: datetime | None) -> str:
    return f"{moment:%B %Y}" if moment else "earlier"


def _quote(text: str, limit: int = 90) -> str:
    # Notes often carry their own quotation marks: one pair is enough.
    text = " ".join(text.split()).strip("\"'“”‘’ ")
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


# --- motivations ---------------------------------------------------------------------


def _city(location: str | None) -> str | None:
    return location.split(",")[0].strip() if location else None


def motivation_fit(
    role: Role,
    motivations: Sequence[Motivation],
    offer_sims: dict[int, tuple[float, int]],
    judgements: Sequence[Judgement] = (),
) -> tuple[float, list[Explanation]]:
    """What they want against what this role is: the best wish met, minus the strongest
    conflict. ``judgements`` (``matching.fit.judge``) carry what was read from their words;
    a motivation nothing was read from is compared with the offers by meaning.

    ``offer_sims`` maps a motivation id to (cosine with its best offer, that offer's index).
    """
    reasons = [_from_judgement(j) for j in judgements if not j.last_time and j.kind in _MINE]
    read_from = {
        j.evidence.get("source_id") for j in judgements if j.evidence.get("source") == "motivation"
    }
    for m in motivations:
        if m.id in read_from:
            continue
        found = _by_meaning(role, m, offer_sims.get(m.id, (0.0, -1)))
        if found:
            reasons.append(found)
    reasons.sort(key=lambda r: -abs(r.effect))
    effects = [r.effect for r in reasons]
    best = max([e for e in effects if e > 0], default=0.0)
    worst = min([e for e in effects if e < 0], default=0.0)
    score = best + 0.8 * worst
    if worst <= STANDING:
        # A standing conflict (``Judgement.conflict``): whatever else the role meets, it goes
        # against something they ruled out, so it never lifts them above someone who told us
        # nothing; a wish met still orders people who share such a conflict.
        score = min(score, 0.5 * worst)
    return max(-1.0, min(1.0, score)), reasons


_MINE = ("met", "unmet", "unknown", "location")
_KIND = {
    "met": "motivation",
    "unmet": "motivation_conflict",
    "location": "motivation_conflict",
    "unknown": "check",
    "resolved": "past_reason_resolved",
    "standing": "past_reason_standing",
    "wait": "restraint",
}


def _from_judgement(j: Judgement) -> Explanation:
    evidence = dict(j.evidence)
    if j.offer:
        evidence["offer"] = j.offer
    return Explanation(_KIND.get(j.kind, j.kind), j.sentence, round(j.effect, 3), evidence)


def _by_meaning(role: Role, m: Motivation, sim: tuple[float, int]) -> Explanation | None:
    """A motivation no condition was read from, met by an offer close in meaning."""
    said = _quote(m.statement)
    offers = role.offers
    cosine, index = sim
    offer = offers[index] if 0 <= index < len(offers) else None
    evidence = {"motivation": m.statement, "motivation_id": m.id, "category": m.category}
    if offer and cosine >= SEMANTIC_MATCH:
        strength = min(1.0, 0.6 + (cosine - SEMANTIC_MATCH) * 2)
        evidence["offer"] = offer
        return Explanation(
            "motivation", f"Said {said} — this role offers: {offer}.", round(strength, 3), evidence
        )
    same_kind = role.offer_categories.get(m.category) if m.category != "other" else None
    if same_kind:
        # The offer speaks to the same need even where the wording is far apart
        # ("wants sane hours" ↔ "four-day week").
        evidence["offer"] = same_kind[0]
        return Explanation(
            "motivation", f"Said {said} — this role offers: {same_kind[0]}.", 0.55, evidence
        )
    return None


# --- the past reason against this role ------------------------------------------------

_AMOUNT = re.compile(r"([€£$])\s?(\d{2,3}(?:[.,]\d{3})?)\s?(k)?", re.I)


def _asked_amount(note: str | None) -> int | None:
    """The first amount in a note such as 'Asked for €120k; band capped at €105k'."""
    if not note:
        return None
    found = _AMOUNT.search(note)
    if not found:
        return None
    number = int(re.sub(r"[.,]", "", found.group(2)))
    return number * 1000 if found.group(3) or number < 1000 else number


# What a reason code is about, in the facets a reason note is read into: when the note says
# something on one of them, the condition read from it is judged instead of the code alone.
_REASON_FACETS = {
    "remote_policy": {"work_mode", "commute", "location"},
    "location": {"location", "relocation", "commute", "work_mode"},
    "compensation": {"pay"},
    "counteroffer": {"pay"},
}


_OVER = {
    "remote_policy": "an office mandate",
    "location": "the location",
    "compensation": "pay",
    "counteroffer": "a counteroffer",
    "timing": "timing",
    "not_interested": "interest",
}


def past_reason_fit(
    role: Role,
    candidate: Candidate,
    applications: Sequence[Application],
    now: datetime,
    judgements: Sequence[Judgement] = (),
) -> tuple[float, list[Explanation]]:
    """Whether what ended the latest process still stands for this role. Only the latest
    process is "last time"; an older one adds nothing but a conduct judgement."""
    latest = latest_process(applications)
    if latest is None:
        return 0.0, []
    lead = _what_happened(latest)
    evidence = {
        "application_id": latest.id,
        "role_title": latest.role_title,
        "when": _when(latest.decided_at or latest.applied_at),
        "stage_reached": latest.stage_reached,
        "outcome": latest.outcome,
        "reason": latest.reason,
    }
    reasons: list[Explanation] = []
    read = [j for j in judgements if j.last_time]
    for j in read:
        kind = (
            "past_reason_resolved"
            if j.kind == "resolved"
            else ("past_reason_standing" if j.kind == "standing" else "check")
        )
        effect = j.effect if j.kind != "unknown" else -0.2
        over = _OVER.get(latest.reason or "")
        sentence = (
            f"{lead}{' over ' + over if over else ''}: {j.sentence[0].lower()}{j.sentence[1:]}"
        )
        reasons.append(Explanation(kind, sentence, round(effect, 3), {**evidence, **j.evidence}))
    covered = _REASON_FACETS.get(latest.reason or "", set())
    if not (covered and any(j.facet in covered for j in read)):
        verdict = _judge(role, candidate, latest, now)
        if verdict is not None:
            value, sentence = verdict
            kind = "past_reason_resolved" if value > 0 else "past_reason_standing"
            reasons.append(Explanation(kind, sentence, round(value, 3), evidence))
    for older in applications:
        if older is not latest and older.reason == "conduct":
            reasons.append(
                Explanation(
                    "past_reason_standing",
                    f"{_what_happened(older)} over conduct.",
                    -1.0,
                    {"application_id": older.id, "reason": "conduct"},
                )
            )
    total = sum(r.effect for r in reasons)
    return max(-1.0, min(1.0, total)), reasons


def _what_happened(app: Application) -> str:
    when = _when(app.decided_at or app.applied_at)
    if app.outcome == "declined_offer":
        return f"Declined our offer in {when}"
    if app.outcome == "withdrew":
        return f"Withdrew in {when}"
    return f"Not taken forward in {when}"


def _judge(
    role: Role, candidate: Candidate, app: Application, now: datetime
) -> tuple[float, str] | None:
    reason = app.reason
    if not reason or app.outcome == "hired":
        return None
    past = app.opening
    months = _months(app.decided_at or app.applied_at, now)
    lead = _what_happened(app)
    if reason == "remote_policy":
        past_policy = past.remote_policy if past else "onsite"
        order = {"remote": 0, "hybrid": 1, "onsite": 2}
        if role.remote_policy and order.get(role.remote_policy, 2) < order.get(past_policy, 2):
            return (
                1.0,
                f"{lead} over an office mandate — this role is {FACET_LABEL[role.remote_policy]}.",
            )
        if role.remote_policy:
            return (
                -0.8,
                f"{lead} over an office mandate — this role is "
                f"{FACET_LABEL[role.remote_policy]} too.",
            )
        return None
    if reason == "location":
        where = (past.location if past else None) or "the office location"
        if role.remote_policy == "remote":
            return 0.9, f"{lead} over relocation to {where} — this role is remote."
        if _city(role.location) and _city(role.location) == _city(candidate.location):
            return 0.9, f"{lead} over relocation to {where} — this role is in their city."
        if role.location:
            return -0.5, f"{lead} over relocation to {where}; this role is in {role.location}."
        return None
    if reason in ("compensation", "counteroffer"):
        asked = _asked_amount(app.reason_note) or (past.salary_max if past else None)
        if role.salary_max and asked and role.salary_max >= asked:
            return (
                1.0,
                f"{lead} over pay (around {asked // 1000}k) — this role's band "
                f"goes up to {role.salary_max // 1000}k.",
            )
        if role.salary_max and asked:
            return (
                -0.7,
                f"{lead} over pay (around {asked // 1000}k); this role tops out at "
                f"{role.salary_max // 1000}k.",
            )
        if reason == "counteroffer" and months >= 12:
            return 0.3, f"{lead} after a counteroffer, {months:.0f} months ago."
        return None
    if reason == "experience_level":
        too_senior = bool(
            app.reason_note
            and "senior" in app.reason_note.lower()
            and "junior" not in app.reason_note.lower()
        )
        if too_senior:
            return None
        if months >= 18:
            return (
                0.7,
                f"Judged too junior in {_when(app.decided_at)}, "
                f"{months:.0f} months ago — they will have grown since.",
            )
        return -0.6, f"Judged too junior only {months:.0f} months ago."
    if reason in ("headcount",) or app.outcome == "position_closed":
        if STAGE_ORDER.get(app.stage_reached, 0) >= STAGE_ORDER["interview"]:
            return 0.6, f"{lead}: the position closed (headcount), not a judgement on them."
        # Closed before anyone met them: nothing was judged, so it says less than a final
        # round lost only to another candidate (``history_fit``).
        return 0.3, f"{lead}: the position closed (headcount) before we met them."
    if reason == "timing":
        if months >= 6:
            return 0.5, f"{lead} over timing, {months:.0f} months ago — worth asking again."
        return -0.3, f"{lead} over timing only {months:.0f} months ago."
    if reason == "skills_gap":
        if months < 12:
            return -0.5, f"Skills gap noted {months:.0f} months ago" + (
                f": {_quote(app.reason_note)}." if app.reason_note else "."
            )
        return None
    if reason in ("culture_fit", "no_show"):
        return -0.6, f"{lead}: {reason.replace('_', ' ')}" + (
            f" — {_quote(app.reason_note)}." if app.reason_note else "."
        )
    if reason == "conduct":
        return -1.0, f"{lead} over conduct."
    if reason == "not_interested" and months < 6:
        return -0.7, f"Told us they were not interested {months:.0f} months ago."
    return None


# --- history and relationship ----------------------------------------------------------


def history_fit(applications: Sequence[Application]) -> tuple[float, list[Explanation]]:
    if not applications:
        return 0.0, []
    best = max(applications, key=lambda a: (STAGE_ORDER.get(a.stage_reached, 0), a.rating or 0))
    stage = STAGE_ORDER.get(best.stage_reached, 0) / (len(STAGE_ORDER) - 1)
    ratings = [a.rating for a in applications if a.rating is not None]
    rating = max(ratings) / 5 if ratings else 0.4
    silver = [a for a in applications if is_silver_medalist(a)]
    score = 0.5 * stage + 0.3 * rating + (0.2 if silver else 0.0)
    reasons = []
    if silver:
        app = silver[0]
        reasons.append(
            Explanation(
                "history",
                f"Silver medalist: reached the {app.stage_reached} round for {app.role_title} in "
                f"{_when(app.decided_at)} and lost only to another candidate"
                + (f" (rated {app.rating:g}/5)." if app.rating else "."),
                round(score, 3),
                {
                    "application_id": app.id,
                    "role_title": app.role_title,
                    "stage_reached": app.stage_reached,
                    "rating": app.rating,
                },
            )
        )
    elif STAGE_ORDER.get(best.stage_reached, 0) >= STAGE_ORDER["interview"]:
        reasons.append(
            Explanation(
                "history",
                f"Reached the {best.stage_reached} stage for {best.role_title} in "
                f"{_when(best.decided_at or best.applied_at)}.",
                round(score, 3),
                {
                    "application_id": best.id,
                    "role_title": best.role_title,
                    "stage_reached": best.stage_reached,
                },
            )
        )
    owed = [a for a in applications if is_feedback_owed(a)]
    if owed:
        reasons.append(
            Explanation(
                "feedback_owed",
                f"Feedback is still owed from the {owed[0].role_title} process "
                f"({_when(owed[0].decided_at)}).",
                0.0,
                {"application_id": owed[0].id, "role_title": owed[0].role_title},
            )
        )
    return score, reasons


def relationship_fit(
    touchpoints: Sequence[Touchpoint], now: datetime, judgements: Sequence[Judgement] = ()
) -> tuple[float, list[Explanation]]:
    # Judged as of ``now``: a ranking or reconnect list for a past day ignores later contact.
    waits = [_from_judgement(j) for j in judgements if j.kind == "wait"]
    ordered = sorted((t for t in touchpoints if t.at <= now), key=lambda t: t.at, reverse=True)
    if not ordered:
        return max(-1.0, sum(w.effect for w in waits)), waits
    last = ordered[0]
    days = (now - last.at).days
    score = 0.0
    reasons: list[Explanation] = []
    warm = [
        t for t in ordered if t.direction == "inbound" or t.outcome in ("replied", "interested")
    ]
    if warm:
        score += 0.5
        reasons.append(
            Explanation(
                "relationship",
                f"Replied to us before (last in {_when(warm[0].at)}).",
                0.5,
                {"touchpoint_id": warm[0].id, "at": warm[0].at.isoformat()},
            )
        )
    if days < RECENT_CONTACT_DAYS:
        score -= 0.6
        reasons.append(
            Explanation(
                "restraint",
                f"Contacted {days} days ago — give them room before the next message.",
                -0.6,
                {"touchpoint_id": last.id, "days_since": days},
            )
        )
    declined = [t for t in ordered if t.outcome == "not_interested" and (now - t.at).days < 180]
    if declined:
        score -= 0.7
        reasons.append(
            Explanation(
                "restraint",
                f"Said they were not interested in {_when(declined[0].at)}.",
                -0.7,
                {"touchpoint_id": declined[0].id},
            )
        )
    reasons += waits
    score += sum(w.effect for w in waits)
    return max(-1.0, min(1.0, score)), reasons
