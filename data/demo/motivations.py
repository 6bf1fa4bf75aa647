"""Why a person would move, as recruiters wrote it down: statements with when and where heard.

What someone said when a process ended is recorded first (a declined offer over pay, a
withdrawal over the commute), then a "not before <month>" if they have one, then a few more
drawn from ``content/motivations.toml`` by their family and level. Nobody holds a statement
twice, and people who want an office never also ask for remote.
"""

from datetime import datetime, timedelta

from data.demo import touchpoints
from data.demo.catalog import load_content
from data.demo.content_types import Family, NotBefore
from data.demo.rules import in_filter, weighted
from data.demo.state import Build, Person
from data.demo.text import Slots, fill, money, round_k

CONTENT = load_content()
FAMILIES = CONTENT.families
WORDS = CONTENT.motivations


def _statement(build: Build, person: Person, category: str, taken: set[str]) -> str | None:
    rng = build.rng
    fam = FAMILIES[person.family]
    if category == "remote" and person.office_person:
        category = "office"
    if category == "office":
        pool = list(WORDS.office_preference)
    else:
        pool = [
            p.text
            for p in WORDS.motivations[category]
            if in_filter(p.families, person.family, person.seniority, p.seniorities)
        ]
    pool = [p for p in pool if p not in taken]
    if not pool:
        return None
    template = rng.choice(pool)
    taken.add(template)
    return fill(template, _motivation_slots(build, person, fam))


def _motivation_slots(build: Build, person: Person, fam: Family) -> Slots:
    rng = build.rng
    targets = [c for c in WORDS.relocation_cities if c.city != person.city]
    target = rng.choice(targets)
    currency = {"£": "GBP", "$": "USD"}.get(CONTENT.countries[person.country].symbol, "EUR")
    lo, hi = CONTENT.openings.bands_k[person.seniority]
    mult = {"GBP": 0.92, "USD": 1.5}.get(currency, 1.0)
    ask = round_k(hi * 1000 * fam.band * mult * rng.uniform(1.02, 1.22))
    return Slots(
        rng,
        city=target.city,
        country=target.country,
        home_city=person.city,
        tool=rng.choice(fam.tools_wanted),
        tool_old=rng.choice(fam.tools_old),
        ask=money(ask, currency),
        domain=rng.choice(WORDS.domains),
        n=str(rng.randint(4, 9)),
        area=fam.area,
        month=build.month_ahead(rng.randint(2, 6)),
    )


def add_motivations(build: Build, person: Person, not_before: NotBefore | None) -> None:
    rng = build.rng
    fam = FAMILIES[person.family]
    taken: set[str] = set()
    chosen: list[tuple[str, str, datetime, str]] = []

    def add(category, statement, at, source):
        if statement and statement not in {c[1] for c in chosen}:
            chosen.append((category, statement, at, source))

    # What they told us when a process ended is the most reliable signal we have.
    for app, (key, *_rest) in zip(person.apps, person.app_meta, strict=True):
        category = {
            "remote_policy": "remote",
            "compensation_declined": "compensation",
            "compensation_rejected": "compensation",
            "counteroffer": "compensation",
            "location_declined": "remote",
            "location_withdrew": "relocation",
            "experience_junior": "growth",
            "not_interested": "growth",
            "location_rejected": "relocation",
        }.get(key)
        if category is None or rng.random() < 0.25:
            continue
        if key == "experience_junior" and rng.random() < 0.5:
            category = "title" if person.seniority in ("mid", "junior") else "growth"
        source = {
            "offer": rng.choice(WORDS.sources_at_offer),
            "final": rng.choice(WORDS.sources_at_final),
        }.get(
            app["stage_reached"],
            rng.choice(WORDS.sources_at_withdrawal)
            if app["outcome"] == "withdrew"
            else rng.choice(WORDS.sources_at_application),
        )
        add(category, _statement(build, person, category, taken), app["decided_at"], source)

    if not_before is not None:
        category, template = not_before.category, not_before.text
        days_ago = rng.randint(12, 90)
        statement = fill(template, _motivation_slots(build, person, fam))
        channel = weighted(rng, {"phone": 40, "linkedin": 35, "email": 25})
        source = {
            "phone": "check-in call",
            "linkedin": "LinkedIn message",
            "email": "email reply",
        }[channel]
        recruiter = (
            person.app_meta[-1][1].recruiter if person.app_meta else build.recruiter(person.family)
        )
        touchpoints.touch(
            build,
            person,
            days_ago,
            channel,
            "outbound",
            "check_in",
            f"Caught up — they said: “{statement}”",
            "replied",
            recruiter,
        )
        add(category, statement, person.touches[-1]["at"], source)

    target = weighted(rng, {1: 30, 2: 40, 3: 22, 4: 8})
    moments = _moments(build, person)
    for _ in range(12):
        if len(chosen) >= target:
            break
        category = weighted(rng, WORDS.category_weights)
        if any(c[0] == category for c in chosen):
            continue
        at, source = rng.choice(moments)
        add(
            category if not (category == "remote" and person.office_person) else "other",
            _statement(build, person, category, taken),
            at,
            source,
        )
    if not chosen:  # every person has at least one reason on record
        at, source = rng.choice(moments)
        add("growth", _statement(build, person, "growth", taken), at, source)
    person.motivations = [
        {"statement": statement, "category": category, "stated_at": at, "source": source}
        for category, statement, at, source in sorted(chosen, key=lambda c: c[2])
    ]


def _moments(build: Build, person: Person) -> list[tuple[datetime, str]]:
    """When and where a motivation could have been said: screens, replies, exit surveys."""
    rng = build.rng
    moments = []
    for app in person.apps:
        if app["reason"] in ("spam", "duplicate"):
            continue
        if app["outcome"] == "hired":
            continue
        if app["stage_reached"] == "applied":
            moments.append((app["applied_at"], "application form"))
        else:
            moments.append(
                (
                    app["applied_at"] + timedelta(days=rng.randint(3, 9)),
                    rng.choice(WORDS.sources_at_application[:2]),
                )
            )
    by_channel = {
        "linkedin": "LinkedIn message",
        "phone": "check-in call",
        "email": "email reply",
        "meeting": "coffee chat",
    }
    for touch in person.touches:
        if touch["direction"] == "inbound" or touch["outcome"] in ("replied", "interested"):
            moments.append((touch["at"], by_channel[touch["channel"]]))
    if person.boomerang:
        moments = [(build.at(person.boomerang[2]), "exit survey")] + moments
    if not moments:
        moments.append((build.at(rng.randint(30, 400)), "LinkedIn message"))
    return moments
