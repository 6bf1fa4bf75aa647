"""The openings of the demo pool: the roles open today, and the past roles people applied to.

Open roles are hand-written (``content/open_roles.toml``, ids DEMO-O001…); the scenario
people's past roles come from ``content/scenarios.toml`` (DEMO-O101…); the rest are drawn per
job family from the phrases in ``content/openings.toml`` and the family files (DEMO-O121…).
"""

import random
from datetime import timedelta

from data.demo.catalog import load_content
from data.demo.rules import weighted
from data.demo.scenarios import SCENARIO_PAST_OPENING_IDS
from data.demo.state import Build, Opening
from data.demo.text import money, round_k

CONTENT = load_content()
FAMILIES = CONTENT.families
WORDS = CONTENT.openings
_FIRST_RANDOM_PAST_OPENING = 121


def build_open_openings(build: Build) -> None:
    for index, spec in enumerate(CONTENT.open_roles, start=1):
        record = {
            "external_id": f"DEMO-O{index:03d}",
            "title": spec.title,
            "department": spec.department,
            "location": spec.location,
            "remote_policy": spec.remote_policy,
            "seniority": spec.seniority,
            "salary_min": spec.salary_min,
            "salary_max": spec.salary_max,
            "currency": spec.currency,
            "description": spec.description,
            "requirements": spec.requirements,
            "offers": list(spec.offers),
            "status": "open",
            "opened_at": build.anchor - timedelta(days=spec.opened_days_ago) + timedelta(hours=9),
        }
        city = spec.location.split(",")[0] if spec.remote_policy != "remote" else None
        group = FAMILIES[spec.family].group
        weights = CONTENT.company.recruiter_weights[group]
        recruiter = max(weights, key=weights.get)
        opening = Opening(
            record, spec.family, [], None, city, None, recruiter, spec.opened_days_ago, 0
        )
        build.open.append(opening)
        build.by_id[opening.external_id] = opening


def _past_text(rng, family, title, team, stack, seniority, policy, city, days, band, currency):
    """Description, requirements and offers of a past role, from the family's phrases."""
    fam = FAMILIES[family]
    stack_text = ", ".join(stack[:3])
    duties = [d.format(stack=stack_text, team=team) for d in rng.sample(fam.duties, 3)]
    description = (
        f"{rng.choice(WORDS.past_intros)} We're hiring a {title} for the {team} team.\n\n"
        f"In this role you will {duties[0]}; {duties[1]}; and {duties[2]}."
    )
    min_years = WORDS.min_years[seniority]
    reqs = [
        f"{min_years}+ years in a similar role"
        if min_years
        else "A first role, internship or strong projects in the field",
        f"Hands-on with {stack[0]} and {stack[1]}",
    ]
    if len(stack) > 2:
        reqs.append(f"Experience with {stack[2]}")
    if seniority in ("lead", "manager", "director"):
        reqs.append("Experience leading and developing a team")
    reqs.append(rng.choice(fam.reqs))
    extra = [s for s in fam.extra_skills if s not in stack]
    reqs.append(f"Nice to have: {rng.choice(extra)}")
    if policy == "remote":
        where = next(r.offer for r in WORDS.remote_regions if r.currency == currency)
    elif policy == "hybrid":
        where = f"Hybrid: {days} in the {city} office"
    else:
        where = f"On-site in {city}, {days}"
    offers = [
        where,
        f"Band {money(band[0], currency)}–{money(band[1], currency)}",
        f"Title: {title}",
    ]
    if fam.group in ("eng", "data"):
        offers.append(f"Stack: {stack_text}")
    if seniority in ("lead", "manager", "director"):
        offers.append(f"Lead a team of {rng.randint(3, 9)} {WORDS.team_nouns[family]}")
    if policy != "remote" and rng.random() < 0.4:
        offers.append(f"Relocation support to {city}")
    return description, "\n".join(reqs), offers


def _band(rng, family, seniority, multiplier) -> tuple[int, int]:
    lo, hi = WORDS.bands_k[seniority]
    factor = FAMILIES[family].band * multiplier * rng.uniform(0.96, 1.04)
    low, high = round_k(lo * 1000 * factor), round_k(hi * 1000 * factor)
    return low, max(high, low + 10000)


def build_scenario_past_openings(build: Build) -> None:
    for key, spec in CONTENT.scenarios.past_openings.items():
        # A private generator keeps the scenario roles identical whatever the seed.
        rng = random.Random(f"encore-demo-{key}")
        stack = ["Python", "PostgreSQL", "Kafka", "FastAPI"]
        city = spec.location.split(",")[0] if spec.remote_policy != "remote" else None
        description, requirements, offers = _past_text(
            rng,
            "backend",
            spec.title,
            spec.team,
            stack,
            spec.seniority,
            spec.remote_policy,
            city,
            spec.days,
            (spec.salary_min, spec.salary_max),
            spec.currency,
        )
        record = {
            "external_id": SCENARIO_PAST_OPENING_IDS[key],
            "title": spec.title,
            "department": "Engineering",
            "location": spec.location,
            "remote_policy": spec.remote_policy,
            "seniority": spec.seniority,
            "salary_min": spec.salary_min,
            "salary_max": spec.salary_max,
            "currency": spec.currency,
            "description": description,
            "requirements": requirements,
            "offers": offers,
            "status": spec.status,
            "opened_at": build.anchor - timedelta(days=spec.opened_days_ago) + timedelta(hours=10),
        }
        country = spec.location.split(", ")[1] if city else None
        opening = Opening(
            record,
            "backend",
            stack,
            spec.days,
            city,
            country,
            spec.recruiter,
            spec.opened_days_ago,
            0,
        )
        build.by_id[opening.external_id] = opening


def build_random_past_openings(build: Build) -> None:
    rng = build.rng
    number = _FIRST_RANDOM_PAST_OPENING
    for family, fam in FAMILIES.items():
        count = 5 + fam.weight // 2
        ladder = ["junior", "mid", "mid", "senior", "senior", "senior"]
        top = [
            "staff" if "staff" in fam.titles and rng.random() < 0.5 else "lead",
            rng.choice(["manager", "director"]),
            "senior",
            "mid",
            "senior",
            "lead",
        ]
        seniorities = (ladder + top)[:count]
        for seniority in seniorities:
            chosen = rng.choices(fam.stacks, weights=[s.weight for s in fam.stacks])[0]
            platform, stack = chosen.platform, chosen.skills
            title = rng.choice(fam.titles[seniority]).format(platform=platform or "")
            team = rng.choice(fam.teams)
            if seniority in ("mid", "senior", "staff") and rng.random() < 0.35:
                title = f"{title}, {team}"
            policy = weighted(rng, {"remote": 33, "hybrid": 42, "onsite": 25})
            if policy == "remote":
                regions = WORDS.remote_regions
                region = rng.choices(regions, weights=[r.weight for r in regions])[0]
                location, currency, mult = region.label, region.currency, region.multiplier
                city = country = days = None
            else:
                city = weighted(rng, WORDS.office_weights)
                office = WORDS.offices[city]
                country, currency, mult = office.country, office.currency, office.multiplier
                location = f"{city}, {country}"
                days = rng.choice(WORDS.hybrid_days if policy == "hybrid" else WORDS.onsite_days)
            band = _band(rng, family, seniority, mult)
            opened = rng.randint(75, 905)
            closed = max(8, opened - rng.randint(45, 100))
            description, requirements, offers = _past_text(
                rng, family, title, team, stack, seniority, policy, city, days, band, currency
            )
            record = {
                "external_id": f"DEMO-O{number:03d}",
                "title": title,
                "department": fam.department,
                "location": location,
                "remote_policy": policy,
                "seniority": seniority,
                "salary_min": band[0],
                "salary_max": band[1],
                "currency": currency,
                "description": description,
                "requirements": requirements,
                "offers": offers,
                "status": "closed" if rng.random() < 0.25 else "filled",
                "opened_at": build.at(opened, hour=9),
            }
            opening = Opening(
                record,
                family,
                list(stack),
                days,
                city,
                country,
                build.recruiter(family),
                opened,
                closed,
            )
            build.past.append(opening)
            build.by_id[opening.external_id] = opening
            number += 1
