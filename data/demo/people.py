"""The people of the demo pool: who they are, where they live, and the record that sums them up.

``new_person`` draws a person of a job family (level, years, country, city, name, stack);
``finish_person`` gives them a history (applications, touchpoints, motivations), contact
details, a résumé, tags and a headline, and returns the candidate record.
"""

import re

from data.demo import applications, motivations, resumes, touchpoints
from data.demo.catalog import load_content
from data.demo.rules import SENIORITY_WEIGHTS, YEARS, weighted
from data.demo.state import Build, Person
from data.demo.text import ascii_key, ascii_words

CONTENT = load_content()
FAMILIES = CONTENT.families
COUNTRIES = CONTENT.countries
COMPANY_WORDS = CONTENT.company
COMPANIES = list(COMPANY_WORDS.companies.items())  # (name, blurb)


def _name(build: Build, culture: str) -> tuple[str, str, str]:
    pool = CONTENT.cultures[culture]
    rng = build.rng
    for _ in range(50):
        gender = rng.choice("fm")
        first = rng.choice(getattr(pool, gender).split())
        last = rng.choice(pool.last.split())
        if "|" in last:
            last = last.split("|")[0 if gender == "m" else 1]
        last = last.replace("_", " ")
        full = f"{first} {last}"
        if full not in build.used_names:
            build.used_names.add(full)
            return first, last, full
    raise RuntimeError(f"ran out of names for {culture}")


def _email(build: Build, first: str, last: str) -> str:
    rng = build.rng
    f, lname = ascii_key(first), ascii_key(last)
    shapes = [
        f"{f}.{lname}",
        f"{f[0]}.{lname}",
        f"{f}{lname}",
        f"{f}_{lname}",
        f"{lname}.{f}",
        f"{f}{lname[0]}",
        f"{f}.{lname}{rng.randint(10, 99)}",
    ]
    local = rng.choices(shapes, weights=[8, 3, 3, 1, 1, 1, 2])[0]
    domain = rng.choice(COMPANY_WORDS.email_domains)
    email = f"{local}@{domain}"
    while email in build.used_emails:
        email = f"{local}{rng.randint(2, 99)}@{domain}"
    build.used_emails.add(email)
    return email


def _phone(build: Build, country: str, city: str) -> str:
    info = COUNTRIES[country]
    pattern = next(c.phone for c in info.cities if c.name == city)
    if info.mobile and build.rng.random() < 0.4:
        pattern = info.mobile
    rng = build.rng
    return re.sub(
        r"\{d(\d)\}",
        lambda m: "".join(str(rng.randint(0, 9)) for _ in range(int(m.group(1)))),
        pattern,
    )


def family_quota(build: Build, count: int) -> list[str]:
    """Families for ``count`` people in proportion to their weights, shuffled: exact shares
    whatever the seed, so no seed leaves a family nearly empty."""
    total = sum(f.weight for f in FAMILIES.values())
    shares = {k: count * f.weight / total for k, f in FAMILIES.items()}
    quota = {k: int(v) for k, v in shares.items()}
    by_remainder = sorted(shares, key=lambda k: shares[k] - quota[k], reverse=True)
    for key in by_remainder[: count - sum(quota.values())]:
        quota[key] += 1
    families = [k for k in FAMILIES for _ in range(quota[k])]
    build.rng.shuffle(families)
    return families


def new_person(build: Build, external_id: str, family: str) -> Person:
    rng = build.rng
    fam = FAMILIES[family]
    seniority = weighted(rng, {s: w for s, w in SENIORITY_WEIGHTS.items() if s in fam.titles})
    lo, hi = YEARS[seniority]
    years = (
        round(rng.uniform(lo, hi) * 2) / 2 if rng.random() < 0.7 else round(rng.uniform(lo, hi), 1)
    )
    country = weighted(rng, {c: i.weight for c, i in COUNTRIES.items()})
    cities = COUNTRIES[country].cities
    city = rng.choices([c.name for c in cities], weights=[c.weight for c in cities])[0]
    culture = weighted(rng, COUNTRIES[country].cultures)
    first, last, full = _name(build, culture)
    chosen = rng.choices(fam.stacks, weights=[s.weight for s in fam.stacks])[0]
    platform, stack = chosen.platform, chosen.skills
    keep = stack if rng.random() < 0.7 else stack[: max(2, len(stack) - 1)]
    extras = rng.sample(
        [s for s in fam.extra_skills if s not in keep],
        rng.randint(2, 5 if seniority != "junior" else 3),
    )
    companies = rng.sample(COMPANIES, 2)
    return Person(
        external_id,
        family,
        seniority,
        years,
        country,
        city,
        culture,
        first,
        last,
        full,
        list(keep) + extras,
        platform,
        len(keep),
        companies[0][0],
        companies[1][0],
    )


def _headline(build: Build, person: Person) -> str:
    rng = build.rng
    fam = FAMILIES[person.family]
    skills = person.skills + ["", "", ""]
    values = {
        "title": person.current_title,
        "company": person.company,
        "prev_company": person.prev_company,
        "focus": rng.choice(fam.focus),
        "years": int(person.years) or 1,
        "s1": skills[0],
        "s2": skills[1],
        "s3": skills[2],
    }
    if rng.random() < 0.05 and not person.waiting:
        return CONTENT.resume_words.open_to_work_headline.format(**values)
    shapes = list(CONTENT.resume_words.headlines)
    if person.years < 2:
        shapes = [s for s in shapes if "{years}" not in s]
    return rng.choice(shapes).format(**values)


def finish_person(build: Build, person: Person, not_before) -> dict:
    rng = build.rng
    fam = FAMILIES[person.family]
    title = rng.choice(fam.titles[person.seniority]).format(platform=person.stack_platform or "")
    person.current_title = title
    if rng.random() < 0.06 and person.seniority != "junior" and person.years > 3:
        person.boomerang = ("pending", 0, 0)
    applications.add_applications(build, person)
    touchpoints.add_history_touchpoints(build, person)
    touchpoints.add_follow_ups(build, person)
    if rng.random() < 0.07:
        touchpoints.add_recent_contact(build, person)
    person.office_person = rng.random() < 0.05
    person.waiting = not_before is not None
    motivations.add_motivations(build, person, not_before)
    email = _email(build, person.first, person.last)
    phone = _phone(build, person.country, person.city)
    source = weighted(rng, COMPANY_WORDS.sources[fam.group])
    if not person.apps and source in ("Careers page", "Greenhouse import"):
        source = rng.choice(["Meetup", "Referral", "LinkedIn"])
    tags = []
    if any(meta[0] == "other_candidate" for meta in person.app_meta):
        tags.append("silver-medalist")
    if source == "Referral":
        tags.append("referral")
    if person.boomerang:
        tags.append("boomerang")
    if any(app["outcome"] == "declined_offer" for app in person.apps):
        tags.append("offer-declined")
    first_contact = min(
        [t["at"] for t in person.touches] + [a["applied_at"] for a in person.apps] + [build.anchor]
    )
    if source in ("Meetup", "Conference"):
        event = rng.choice(COMPANY_WORDS.events[fam.group])
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_words(event)).strip("-")
        tags.append(f"{slug}-{first_contact.year}")
        if source == "Conference":
            tags.append(f"conference-{first_contact.year}")
    locals_ = COUNTRIES[person.country].cultures
    local = person.culture == max(locals_, key=locals_.get)
    for tag, weight in COMPANY_WORDS.extra_tags.items():
        if rng.random() >= weight / 100:
            continue
        # Nobody needs a visa where they grew up, or flags German in Germany.
        if (tag == "visa-sponsorship-needed" and local) or (
            tag == "german-speaker" and person.country == "Germany"
        ):
            continue
        tags.append(tag)
    return {
        "external_id": person.external_id,
        "full_name": person.full_name,
        "email": email,
        "phone": phone,
        "location": f"{person.city}, {person.country}",
        "headline": _headline(build, person),
        "current_title": title,
        "skills": list(person.skills),
        "years_experience": float(person.years),
        "resume_text": resumes.resume(build, person, email, phone),
        "tags": tags,
        "do_not_contact": False,
        "do_not_contact_reason": None,
        "do_not_contact_at": None,
        "consent_until": None,
        "source": source,
        "motivations": person.motivations,
    }
