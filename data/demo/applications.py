"""A person's past applications: which past role, how far they got, and why it ended.

Each application links to a past opening of the person's family that fits their level at the
time and the way it ended (a "too junior" ending needs a more senior role, a headcount freeze
a closed one); the recruiter's note quotes only what the team had seen by then.
"""

from datetime import timedelta

from data.demo.catalog import load_content
from data.demo.rules import (
    ENDINGS,
    LEVEL,
    MONTHS,
    ONCE,
    RATING,
    REASON_OF,
    STAGE_DAYS,
    in_filter,
    seniority_at,
    weighted,
)
from data.demo.state import Build, Opening, Person
from data.demo.text import Slots, fill, money, round_k, skill_phrase

CONTENT = load_content()
FAMILIES = CONTENT.families
REASON_NOTES = CONTENT.notes.reason_notes


def _seniority_then(build: Build, person: Person, days_ago: int) -> str:
    years_then = person.years - days_ago / 365.25
    return seniority_at(years_then, person.seniority)


def _compatible(build: Build, ending: str, opening: Opening, person: Person, level_then: int):
    record = opening.record
    policy, status = record["remote_policy"], record["status"]
    if ending == "experience_junior":
        return level_then < opening.level <= level_then + 2
    if ending == "experience_senior":
        return opening.level < level_then
    if abs(opening.level - level_then) > 1:
        return False
    if ending == "remote_policy":
        return policy in ("onsite", "hybrid")
    if ending.startswith("location"):
        return policy in ("onsite", "hybrid") and opening.city != person.city
    if ending == "headcount":
        return status == "closed"
    if ending.startswith("other_candidate") or ending == "hired":
        return status == "filled"
    return True


def _pick_opening(build: Build, person, ending, taken, window=(0, 905)):
    options, weights = [], []
    for opening in build.past:
        if opening.family != person.family or opening.external_id in taken["ids"]:
            continue
        if not window[0] <= opening.opened_days <= window[1]:
            continue
        # Nobody applies long before their career started.
        if opening.opened_days > person.years * 365 + 150:
            continue
        if any(abs(opening.opened_days - d) < 75 for d in taken["days"]):
            continue
        level_then = LEVEL[_seniority_then(build, person, opening.opened_days)]
        if not _compatible(build, ending, opening, person, level_then):
            continue
        options.append(opening)
        weights.append(4 if opening.level == level_then else 1)
    if not options:
        return None
    return build.rng.choices(options, weights=weights)[0]


def _note(
    build: Build,
    key: str,
    stage: str,
    person: Person,
    opening: Opening,
    years_then: float,
    decided_days: int,
) -> str:
    rng = build.rng
    if key == "experience_junior" and years_then >= 5:
        key = "experience_junior_leader"  # a senior who was not ready for the next step
    # Notes quote only what the team had seen by then: a CV, a screen call, interviews.
    variant = {"applied": "_cv", "screen": "_screen"}.get(stage, "")
    if f"{key}{variant}" in REASON_NOTES:
        key = f"{key}{variant}"
    if key == "remote_policy" and opening.country == person.country and rng.random() < 0.6:
        key = "remote_policy_local"
    pool = [p.text for p in REASON_NOTES[key] if in_filter(p.families, person.family)]
    missing = [
        s for s in opening.stack + FAMILIES[person.family].extra_skills if s not in person.skills
    ]
    currency = opening.record["currency"]
    cap = opening.record["salary_max"]
    others = [
        c for c in CONTENT.company.companies if c not in (person.company, person.prev_company)
    ]
    slots = Slots(
        rng,
        skill=skill_phrase(rng.choice(missing)) if missing else "the core stack",
        skill_have=skill_phrase(rng.choice(person.skills)),
        city=opening.city or "the nearest",
        country=opening.country or "the EU",
        days=opening.days or "regular days",
        ask=money(round_k(cap * rng.uniform(1.08, 1.3)), currency),
        cap=money(cap, currency),
        years=("a year" if years_then < 1.5 else f"{round(years_then * 2) / 2:g} years"),
        other_company=rng.choice(others),
        home_city=person.city,
        month=MONTHS[(build.day(decided_days).month + rng.randint(1, 3)) % 12],
        distance=rng.choice(["an hour", "90 minutes", "over an hour by train"]),
        quarter=f"Q{(build.day(decided_days).month - 1) // 3 + 1}",
    )
    return fill(rng.choice(pool), slots)


def _application(build: Build, person: Person, ending_index: int | None, opening: Opening):
    """One application of ``person`` to ``opening``, ending as ``ENDINGS[ending_index]``
    (or in a hire when the index is None)."""
    rng = build.rng
    if ending_index is None:  # a hire (boomerang)
        outcome, key, stage = "hired", "hired", "offer"
    else:
        outcome, key, stages, _ = ENDINGS[ending_index]
        stage = weighted(rng, stages)
    applied_days = opening.opened_days - rng.randint(1, 25)
    lo, hi = STAGE_DAYS[stage]
    decided_days = max(opening.closed_days, applied_days - rng.randint(lo, hi))
    years_then = person.years - applied_days / 365.25
    reason = None if key == "hired" else REASON_OF.get(key, key)
    note = (
        "Offer accepted"
        if key == "hired"
        else _note(build, key, stage, person, opening, years_then, decided_days)
    )
    rating = None
    late = stage in ("interview", "onsite", "final", "offer")
    if key in ("spam", "duplicate", "no_show") or not (late or rng.random() < 0.25):
        rating = None
    elif key in RATING:
        rating = round(rng.uniform(*RATING[key]), 1)
    elif outcome in ("declined_offer", "hired"):
        rating = round(rng.uniform(3.9, 4.8), 1)
    else:
        rating = round(rng.uniform(2.6, 4.2), 1)
    feedback = None
    if outcome == "rejected" and late and key not in ("no_show", "conduct"):
        if key == "other_candidate":
            feedback = rng.random() < 0.75
        else:
            feedback = weighted(rng, {True: 50, False: 40, None: 10})
    elif outcome == "rejected" and stage == "screen" and rng.random() < 0.3:
        feedback = rng.random() < 0.65
    applied_at, decided_at = build.at(applied_days), build.at(decided_days)
    if decided_at <= applied_at:  # both fell back onto the same working day
        decided_at = applied_at + timedelta(hours=3)
    record = {
        "candidate_external_id": person.external_id,
        "opening_external_id": opening.external_id,
        "role_title": opening.record["title"],
        "applied_at": applied_at,
        "stage_reached": stage,
        "outcome": outcome,
        "reason": reason,
        "reason_note": note,
        "feedback_given": feedback,
        "decided_at": decided_at,
        "rating": rating,
    }
    person.apps.append(record)
    person.app_meta.append((key, opening, applied_days, decided_days))


def add_applications(build: Build, person: Person) -> None:
    rng = build.rng
    taken = {"ids": set(), "days": []}
    if person.boomerang is not None:
        opening = _pick_opening(build, person, "hired", taken, window=(760, 905))
        if opening is None:
            person.boomerang = None
        else:
            _application(build, person, None, opening)
            taken["ids"].add(opening.external_id)
            taken["days"].append(opening.opened_days)
            hired_days = person.app_meta[-1][3]
            left_days = rng.randint(90, max(91, hired_days - 380))
            person.boomerang = (opening.record["title"], hired_days, left_days)
    count = weighted(rng, {0: 2, 1: 44, 2: 39, 3: 15})
    if person.seniority == "director":
        count = min(count, 1) or 1
    if person.boomerang:
        count = min(count, 1)
    weights = [e[3] for e in ENDINGS]
    for _ in range(count):
        for _attempt in range(15):
            index = rng.choices(range(len(ENDINGS)), weights=weights)[0]
            key = ENDINGS[index][1]
            if key == "duplicate" and not person.apps:
                continue  # a duplicate needs an original
            if key in ONCE and any(meta[0] == key for meta in person.app_meta):
                continue  # one no-show or culture misfit is a story; two is a pattern
            opening = _pick_opening(build, person, ENDINGS[index][1], taken)
            if opening is not None:
                break
        else:
            continue
        _application(build, person, index, opening)
        taken["ids"].add(opening.external_id)
        taken["days"].append(opening.opened_days)
    # Oldest first reads naturally on a timeline.
    order = sorted(range(len(person.apps)), key=lambda i: person.apps[i]["applied_at"])
    person.apps = [person.apps[i] for i in order]
    person.app_meta = [person.app_meta[i] for i in order]
