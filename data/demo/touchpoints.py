"""A person's touchpoints: what happened around each application, and the contact after it.

Rejections, feedback and withdrawals follow each application; check-ins, re-engagement about
roles open at the time and inbound messages thin out over the years after the last process.
A note that names its channel ("Feedback call") is logged on that channel.
"""

from data.demo.catalog import load_content
from data.demo.rules import LEVEL, STAGE_WORDS, weighted
from data.demo.state import Build, Opening, Person
from data.demo.text import Slots, channel_for, fill, skill_phrase

CONTENT = load_content()
FAMILIES = CONTENT.families
NOTES = CONTENT.notes


def touch(
    build: Build,
    person,
    days_ago,
    channel,
    direction,
    kind,
    note,
    outcome,
    recruiter,
    opening_id=None,
):
    channel = channel_for(note, channel)
    person.touches.append(
        {
            "candidate_external_id": person.external_id,
            "opening_external_id": opening_id,
            "at": build.at(days_ago),
            "channel": channel,
            "direction": direction,
            "kind": kind,
            "note": note,
            "outcome": outcome,
            "recruiter": recruiter,
        }
    )


def _touch_slots(build: Build, person: Person, **extra) -> Slots:
    fam = FAMILIES[person.family]
    missing = [s for s in fam.extra_skills if s not in person.skills]
    group = fam.group
    return Slots(
        build.rng,
        company=person.company,
        skill_have=skill_phrase(build.rng.choice(person.skills)),
        skill=skill_phrase(build.rng.choice(missing)) if missing else "system design",
        area=fam.area,
        event=build.rng.choice(CONTENT.company.events[group]),
        home_city=person.city,
        title_next=next_title(person),
        **extra,
    )


def add_history_touchpoints(build: Build, person: Person) -> None:
    """What happened around each application: rejections, feedback, withdrawals."""
    rng = build.rng
    for app, (key, opening, _applied, decided) in zip(person.apps, person.app_meta, strict=True):
        recruiter = opening.recruiter
        oid = opening.external_id
        slots = _touch_slots(
            build, person, role=app["role_title"], stage=STAGE_WORDS[app["stage_reached"]]
        )
        outcome, stage = app["outcome"], app["stage_reached"]
        if key in ("spam", "duplicate", "hired"):
            continue
        if key == "no_show":
            touch(
                build,
                person,
                decided + 1,
                "email",
                "outbound",
                "check_in",
                rng.choice(NOTES.no_show),
                "no_reply",
                recruiter,
                oid,
            )
        elif outcome == "rejected" and stage == "applied":
            if rng.random() < 0.7:
                touch(
                    build,
                    person,
                    decided,
                    "email",
                    "outbound",
                    "rejection",
                    rng.choice(NOTES.rejection_auto),
                    None,
                    recruiter,
                    oid,
                )
        elif outcome == "rejected":
            phone = stage in ("onsite", "final") and rng.random() < 0.5
            result = (
                "replied" if phone else weighted(rng, {None: 45, "replied": 35, "no_reply": 20})
            )
            pool = NOTES.rejection_personal[result or "no_outcome"]
            if phone:
                pool = [n for n in pool if "Phoned" in n or "Called" in n] or pool
            else:
                pool = [n for n in pool if "Phoned" not in n and "Called" not in n]
            touch(
                build,
                person,
                decided,
                "phone" if phone else "email",
                "outbound",
                "rejection",
                fill(rng.choice(pool), slots),
                result,
                recruiter,
                oid,
            )
        elif outcome == "position_closed":
            touch(
                build,
                person,
                decided,
                "email",
                "outbound",
                "rejection",
                fill(rng.choice(NOTES.closed_role), slots),
                weighted(rng, {"replied": 60, "no_reply": 40}),
                recruiter,
                oid,
            )
        elif outcome == "withdrew":
            touch(
                build,
                person,
                decided,
                rng.choice(["email", "phone"]),
                "inbound",
                "note",
                fill(rng.choice(NOTES.withdrawal), slots),
                None,
                recruiter,
                oid,
            )
        elif outcome == "declined_offer":
            touch(
                build,
                person,
                decided,
                "phone",
                "inbound",
                "note",
                fill(rng.choice(NOTES.decline), slots),
                None,
                recruiter,
                oid,
            )
        if app["feedback_given"] and stage != "applied":
            touch(
                build,
                person,
                max(1, decided - rng.randint(2, 9)),
                rng.choice(["phone", "meeting", "email"]),
                "outbound",
                "feedback",
                fill(rng.choice(NOTES.feedback), slots),
                "replied",
                recruiter,
                oid,
            )


def add_follow_ups(build: Build, person: Person) -> None:
    """Check-ins, re-engagement and inbound messages after the last process."""
    rng = build.rng
    if person.app_meta:
        start = min(meta[3] for meta in person.app_meta)
        recruiter = person.app_meta[-1][1].recruiter
    else:
        # Met outside a process (meetup, referral): the first note is that meeting.
        start = rng.randint(60, 600)
        recruiter = build.recruiter(person.family)
        slots = _touch_slots(build, person)
        first_note = rng.choice(
            [
                NOTES.note_internal[2],
                NOTES.inbound["interested"][0],
                NOTES.inbound["interested"][2],
            ]
        )
        touch(
            build,
            person,
            start,
            "meeting",
            "inbound",
            "note",
            fill(first_note, slots),
            "interested",
            recruiter,
        )
    if person.boomerang:
        title, _hired, left = person.boomerang
        touch(
            build,
            person,
            left,
            "meeting",
            "inbound",
            "note",
            f"Exit interview: leaving {title} role for {person.company}; would "
            f"consider coming back",
            "replied",
            recruiter,
        )
        start = left
    profile = weighted(rng, {"silent": 30, "light": 45, "warm": 25})
    if profile == "silent":
        return
    gaps = (70, 260) if profile == "light" else (45, 170)
    limit = rng.randint(1, 2) if profile == "light" else rng.randint(2, 4)
    t = start - rng.randint(*gaps)
    done = 0
    while t > 1 and done < limit:
        _follow_up(build, person, t, recruiter, warm=profile == "warm")
        done += 1
        t -= rng.randint(*gaps)


def _follow_up(build: Build, person, days_ago, recruiter, warm: bool) -> None:
    rng = build.rng
    slots = _touch_slots(build, person)
    kind = weighted(
        rng,
        {"check_in": 55, "inbound": 20, "re_engagement": 25}
        if warm
        else {"check_in": 85, "re_engagement": 15},
    )
    if kind == "re_engagement":
        role = _role_open_at(build, person, days_ago)
        if role is None:
            kind = "check_in"
    if kind == "inbound":
        outcome = weighted(rng, {"interested": 55, "replied": 45})
        touch(
            build,
            person,
            days_ago,
            rng.choice(["linkedin", "email"]),
            "inbound",
            "note",
            fill(rng.choice(NOTES.inbound[outcome]), slots),
            outcome,
            recruiter,
        )
    elif kind == "re_engagement":
        outcome = weighted(
            rng, {"no_reply": 30, "replied": 30, "interested": 22, "not_interested": 18}
        )
        if role.closed_days > 0 and outcome == "interested":
            outcome = "replied"  # they did not apply, so interest went nowhere
        slots["open_role"] = role.record["title"]
        touch(
            build,
            person,
            days_ago,
            rng.choice(["email", "linkedin"]),
            "outbound",
            "re_engagement",
            fill(rng.choice(NOTES.re_engagement[outcome]), slots),
            outcome,
            recruiter,
            role.external_id,
        )
    else:
        weights = (
            {"no_reply": 25, "replied": 42, "interested": 23, "not_interested": 10}
            if warm
            else {"no_reply": 42, "replied": 35, "interested": 10, "not_interested": 13}
        )
        outcome = weighted(rng, weights)
        channel = weighted(rng, {"email": 60, "linkedin": 28, "phone": 12})
        touch(
            build,
            person,
            days_ago,
            channel,
            "outbound",
            "check_in",
            fill(rng.choice(NOTES.check_in[outcome]), slots),
            outcome,
            recruiter,
        )


def _role_open_at(build: Build, person: Person, days_ago: int) -> Opening | None:
    """A role in the person's family that was open on that day and they did not apply to."""
    applied = {meta[1].external_id for meta in person.app_meta}
    level = LEVEL[person.seniority]
    options = [
        o
        for o in build.open + build.past
        if o.family == person.family
        and o.closed_days <= days_ago <= o.opened_days
        and abs(o.level - level) <= 1
        and o.external_id not in applied
    ]
    return build.rng.choice(options) if options else None


def add_recent_contact(build: Build, person: Person) -> None:
    """A message in the last two weeks, usually about a role open now."""
    rng = build.rng
    days_ago = rng.randint(2, 14)
    recruiter = (
        person.app_meta[-1][1].recruiter if person.app_meta else build.recruiter(person.family)
    )
    role = _role_open_at(build, person, days_ago)
    slots = _touch_slots(build, person)
    if role is not None and role.closed_days == 0:
        outcome = weighted(
            rng, {"no_reply": 45, "replied": 20, "interested": 25, "not_interested": 10}
        )
        slots["open_role"] = role.record["title"]
        touch(
            build,
            person,
            days_ago,
            "email",
            "outbound",
            "re_engagement",
            fill(rng.choice(NOTES.re_engagement[outcome]), slots),
            outcome,
            recruiter,
            role.external_id,
        )
    else:
        outcome = weighted(rng, {"no_reply": 50, "replied": 35, "interested": 15})
        touch(
            build,
            person,
            days_ago,
            "email",
            "outbound",
            "check_in",
            fill(rng.choice(NOTES.check_in[outcome]), slots),
            outcome,
            recruiter,
        )


def next_title(person: Person) -> str:
    titles = FAMILIES[person.family].titles
    order = [s for s in ("junior", "mid", "senior", "lead", "manager", "director") if s in titles]
    current = person.seniority if person.seniority in order else "senior"
    step = order[min(order.index(current) + 1, len(order) - 1)]
    return titles[step][0].format(platform=person.stack_platform or "Mobile")
