"""Consent and do-not-contact across the demo pool, settled after every history is drawn.

Deciding last keeps the records consistent: nobody is contacted after asking not to be, or
after their consent ran out.
"""

from datetime import timedelta

from data.demo.catalog import load_content
from data.demo.scenarios import SCENARIOS
from data.demo.state import Build

CONTENT = load_content()


def _last_activity_days(
    builder: Build, candidate: dict, apps: list[dict], touches: list[dict]
) -> int:
    moments = [a["decided_at"] for a in apps] + [t["at"] for t in touches]
    if not moments:
        return 10_000
    return (builder.anchor - max(moments)).days


def apply_consent_and_dnc(
    builder: Build, people: list[tuple[dict, list, list]], total: int
) -> None:
    """~5% with consent lapsed, ~4% do-not-contact, the rest consented 6–24 months ahead.

    Chosen after everything else so the history stays consistent: nobody is contacted after
    asking not to be, or after their consent ran out.
    """
    rng = builder.rng
    random_people = [p for p in people if p[0]["external_id"] not in SCENARIOS.values()]
    # Conduct at interview means do not re-engage, whatever else happens.
    dnc_target = round(total * 0.04) - 1  # the scenario person counts too
    for candidate, apps, _touches in random_people:
        conduct = [a for a in apps if a["reason"] == "conduct"]
        if conduct:
            when = conduct[-1]["decided_at"] + timedelta(days=1)
            candidate.update(
                do_not_contact=True,
                do_not_contact_at=when,
                do_not_contact_reason=CONTENT.company.dnc_conduct_reason.format(date=when.date()),
            )
            dnc_target -= 1
    eligible = [
        p
        for p in random_people
        if not p[0]["do_not_contact"]
        and _last_activity_days(builder, *p) >= 260
        and not any(
            m["stated_at"] > builder.anchor - timedelta(days=260) for m in p[0]["motivations"]
        )
    ]
    expired = rng.sample(eligible, min(len(eligible), round(total * 0.05)))
    expired_ids = {p[0]["external_id"] for p in expired}
    for candidate, apps, touches in expired:
        last = _last_activity_days(builder, candidate, apps, touches)
        candidate["consent_until"] = builder.day(rng.randint(5, min(220, last - 30)))
    for candidate, _apps, _touches in random_people:
        if candidate["external_id"] in expired_ids:
            continue
        us = candidate["location"].endswith(("United States", "Canada"))
        if rng.random() < (0.15 if us else 0.02):
            candidate["consent_until"] = None  # never asked: no GDPR-style consent on record
        else:
            candidate["consent_until"] = builder.day(-rng.randint(180, 730))
    # People who recently told us "not before <month>" are waiting, not leaving; people whose
    # last word was "interested" would not turn around overnight.
    recent = builder.anchor - timedelta(days=100)
    dnc_pool = [
        p
        for p in random_people
        if not p[0]["do_not_contact"]
        and p[0]["external_id"] not in expired_ids
        and 30 <= _last_activity_days(builder, *p) <= 700
        and not any(m["stated_at"] > recent for m in p[0]["motivations"])
        and not (p[2] and max(p[2], key=lambda t: t["at"])["outcome"] == "interested")
    ]
    for candidate, apps, touches in rng.sample(dnc_pool, max(0, min(len(dnc_pool), dnc_target))):
        last = _last_activity_days(builder, candidate, apps, touches)
        days_ago = rng.randint(5, min(last - 21, 420))
        reason = rng.choice(CONTENT.company.dnc_reasons)
        when = builder.at(days_ago)
        candidate.update(
            do_not_contact=True,
            do_not_contact_at=when,
            do_not_contact_reason=reason.format(date=when.date()),
        )
        channel = "linkedin" if "LinkedIn" in reason else "phone" if "phone" in reason else "email"
        touches.append(
            {
                "candidate_external_id": candidate["external_id"],
                "opening_external_id": None,
                "at": when,
                "channel": channel,
                "direction": "inbound",
                "kind": "note",
                "note": CONTENT.notes.dnc_request,
                "outcome": "not_interested",
                "recruiter": touches[-1]["recruiter"] if touches else "Inês Carvalho",
            }
        )
