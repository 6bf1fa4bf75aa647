"""The non-textual parts of a score, each with its reasons: motivations against what the
role offers, the past reason against this role (``matching.past_reason``), history with the
team, the relationship.

All functions are pure: they take records already loaded and ``now``, and return
``(score, [Explanation, ...])``.
"""

from collections.abc import Sequence
from datetime import date, datetime

from data.eligibility import is_feedback_owed, is_silver_medalist
from data.models import Application, Motivation, Touchpoint  # or their facts
from data.vocab import STAGE_ORDER
from matching.judgements import STANDING, Judgement
from matching.past_reason import past_reason_fit
from matching.reasons import Explanation
from matching.role import Role
from matching.wording import month_year, quoted

__all__ = ["history_fit", "motivation_fit", "past_reason_fit", "relationship_fit"]

SEMANTIC_MATCH = 0.45  # motivation ↔ offer cosine from which we call it a match
RECENT_CONTACT_DAYS = 30


# --- motivations ---------------------------------------------------------------------


def motivation_fit(
    role: Role,
    motivations: Sequence[Motivation],
    offer_sims: dict[int, tuple[float, int]],
    judgements: Sequence[Judgement] = (),
    *,
    waiting: bool = False,
) -> tuple[float, list[Explanation]]:
    """What they want against what this role is: the best wish met, minus the strongest
    conflict. ``judgements`` (``matching.fit.judge``) carry what was read from their words;
    a motivation nothing was read from is compared with the offers by meaning. ``waiting``:
    they asked us to wait and the day has not come, so a wish met counts only once it has
    (the reasons still say it) while a conflict counts now.

    ``offer_sims`` maps a motivation id to (cosine with its best offer, that offer's index).
    """
    reasons = [_from_judgement(j) for j in judgements if not j.last_time and j.kind in _MINE]
    # A topic (``reading.topics``: a few words the role's text happens to name) is too thin a
    # reading to stand in for the motivation's meaning: that is still compared with the offers.
    read_from = {
        j.evidence.get("source_id")
        for j in judgements
        if j.evidence.get("source") == "motivation" and j.facet != "topic"
    }
    for m in motivations:
        if m.id in read_from:
            continue
        found = _by_meaning(role, m, offer_sims.get(m.id, (0.0, -1)))
        if found:
            reasons.append(found)
    reasons.sort(key=lambda r: -abs(r.effect))
    effects = [r.effect for r in reasons]
    best = 0.0 if waiting else max([e for e in effects if e > 0], default=0.0)
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
    said = quoted(m.statement)
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
                f"{month_year(app.decided_at)} and lost only to another candidate"
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
                f"{month_year(best.decided_at or best.applied_at)}.",
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
                f"({month_year(owed[0].decided_at)}).",
                0.0,
                {"application_id": owed[0].id, "role_title": owed[0].role_title},
            )
        )
    return score, reasons


def relationship_fit(
    touchpoints: Sequence[Touchpoint],
    now: datetime,
    judgements: Sequence[Judgement] = (),
    *,
    taken_back: date | None = None,
) -> tuple[float, list[Explanation]]:
    """How our contact with them weighs now. ``taken_back``: the day they took back an earlier
    no (``matching.judgements.taken_back_on``); a "not interested" logged before it is over."""
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
                f"Replied to us before (last in {month_year(warm[0].at)}).",
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
    declined = [
        t
        for t in ordered
        if t.outcome == "not_interested"
        and (now - t.at).days < 180
        and not (taken_back and t.at.date() < taken_back)
    ]
    if declined:
        score -= 0.7
        reasons.append(
            Explanation(
                "restraint",
                f"Said they were not interested in {month_year(declined[0].at)}.",
                -0.7,
                {"touchpoint_id": declined[0].id},
            )
        )
    reasons += waits
    score += sum(w.effect for w in waits)
    return max(-1.0, min(1.0, score)), reasons
