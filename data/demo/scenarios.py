"""The hand-designed scenario people the matching tests rely on (``content/scenarios.toml``).

Their ids are fixed and each draws from a private generator, so they are the same whatever
the seed; their dates are days before the demo date. Tests name them through ``SCENARIOS``
("remote_seeker" -> its candidate id) rather than by raw id.
"""

import random
from datetime import datetime, timedelta

from data.demo.catalog import load_content
from data.demo.content_types import ScenarioPerson
from data.demo.state import Build
from data.demo.text import cap, years_words

CONTENT = load_content()

# Scenario name -> candidate external id (fixed, whatever the seed).
SCENARIOS: dict[str, str] = {name: spec.id for name, spec in CONTENT.scenarios.people.items()}
# Open openings the scenarios target, by name -> external id.
_OPEN_IDS = {spec.key: f"DEMO-O{i:03d}" for i, spec in enumerate(CONTENT.open_roles, start=1)}
SCENARIO_OPENINGS: dict[str, str] = {
    key: _OPEN_IDS[key] for key in ("remote_backend", "higher_band", "onsite_role", "lead_role")
}
# The past roles the scenario people went through (closed/filled), by key -> external id.
SCENARIO_PAST_OPENING_IDS: dict[str, str] = {
    key: f"DEMO-O{i:03d}" for i, key in enumerate(CONTENT.scenarios.past_openings, start=101)
}


def scenario_person(build: Build, spec: ScenarioPerson) -> tuple[dict, list[dict], list[dict]]:
    rng = random.Random(f"encore-demo-{spec.id}")
    timeline = spec.timeline
    city = spec.location.split(",")[0]
    blurbs = CONTENT.company.companies
    resume = CONTENT.scenarios.resumes[spec.resume].format(
        name=spec.name,
        city=city,
        current_title=spec.title,
        years_words=years_words(spec.years),
        years_words_cap=cap(years_words(spec.years)),
        company_now=spec.company_now,
        company_now_blurb=cap(blurbs[spec.company_now]) + ".",
        company_prev=spec.company_prev,
        company_first=spec.company_first or "",
        now_start=build.year_of(timeline.now_start),
        prev_start=build.year_of(timeline.prev_start),
        prev_end=build.year_of(timeline.prev_end),
        first_start=build.year_of(timeline.first_start) if timeline.first_start else "",
        first_end=build.year_of(timeline.first_end) if timeline.first_end else "",
        degree=spec.degree,
        university=spec.university,
        grad_year=build.year_of(timeline.graduation),
        skills_line=", ".join(spec.skills),
        extra=spec.extra,
    )

    def moment(days_ago: int, hour: int) -> datetime:
        return build.anchor - timedelta(days=days_ago) + timedelta(hours=hour)

    apps = []
    for app in spec.applications:
        opening = build.by_id[SCENARIO_PAST_OPENING_IDS[app.opening]]
        apps.append(
            {
                "candidate_external_id": spec.id,
                "opening_external_id": opening.external_id,
                "role_title": opening.record["title"],
                "applied_at": moment(app.applied_days_ago, 9),
                "stage_reached": app.stage,
                "outcome": app.outcome,
                "reason": app.reason,
                "reason_note": app.note,
                "feedback_given": app.feedback_given,
                "decided_at": moment(app.decided_days_ago, 16),
                "rating": app.rating,
            }
        )
    touches = []
    for touch in spec.touchpoints:
        touches.append(
            {
                "candidate_external_id": spec.id,
                "opening_external_id": (
                    SCENARIO_PAST_OPENING_IDS[touch.opening] if touch.opening else None
                ),
                "at": moment(touch.days_ago, 11 + rng.randint(0, 5)),
                "channel": touch.channel,
                "direction": touch.direction,
                "kind": touch.kind,
                "note": touch.note,
                "outcome": touch.outcome,
                "recruiter": touch.recruiter,
            }
        )
    dnc_days = spec.dnc_days
    record = {
        "external_id": spec.id,
        "full_name": spec.name,
        "email": spec.email,
        "phone": spec.phone,
        "location": spec.location,
        "headline": spec.headline,
        "current_title": spec.title,
        "skills": list(spec.skills),
        "years_experience": float(spec.years),
        "resume_text": resume,
        "tags": list(spec.tags),
        "do_not_contact": dnc_days is not None,
        "do_not_contact_reason": (
            spec.dnc_reason.format(date=build.day(dnc_days)) if dnc_days is not None else None
        ),
        # End of that working day, so the request itself is on record before it.
        "do_not_contact_at": moment(dnc_days, 17) if dnc_days is not None else None,
        "consent_until": build.as_of + timedelta(days=spec.consent_days),
        "source": spec.source,
        "motivations": [
            {
                "statement": m.statement,
                "category": m.category,
                "stated_at": moment(m.days_ago, 15),
                "source": m.source,
            }
            for m in spec.motivations
        ],
    }
    build.used_names.add(spec.name)
    build.used_emails.add(spec.email)
    return record, apps, touches
