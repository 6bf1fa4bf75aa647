"""Résumés of the random people: a career of up to four roles, bullets fitting each level.

Longer careers tend to longer résumés (120 to 450 words); headings, dates and bullet marks vary
so the pool does not read like one template, and every bullet names tools from the person's
own core stack.
"""

from datetime import timedelta

from data.demo.catalog import load_content
from data.demo.rules import LEVEL, level_fits, seniority_at, weighted
from data.demo.state import Build, Person
from data.demo.text import Slots, cap, fill, skill_phrase, years_phrase

CONTENT = load_content()
FAMILIES = CONTENT.families
COUNTRIES = CONTENT.countries
WORDS = CONTENT.resume_words
COMPANIES = list(CONTENT.company.companies.items())  # (name, blurb)


def _career(build: Build, person: Person) -> list[dict]:
    """Roles newest first: title, company, blurb, start and end (months ago)."""
    rng = build.rng
    fam = FAMILIES[person.family]
    total = max(7, round(person.years * 12))
    companies = {c[0]: c[1] for c in COMPANIES}
    names = [person.company, person.prev_company] + [
        c[0] for c in rng.sample(COMPANIES, 6) if c[0] not in (person.company, person.prev_company)
    ]
    variant = rng.randrange(3)
    roles: list[dict] = []
    if person.boomerang:
        title, hired, left = person.boomerang
        left_m, hired_m = max(1, round(left / 30.44)), round(hired / 30.44)
        roles.append(
            {"title": person.current_title, "company": names[0], "start": left_m, "end": 0}
        )
        roles.append(
            {"title": title, "company": CONTENT.company.company, "start": hired_m, "end": left_m}
        )
        names = names[1:]
        cursor = hired_m
    else:
        first = min(total, rng.randint(10, 54))
        if total - first < 8:  # no one-month jobs at the start of a career
            first = total
        roles.append({"title": person.current_title, "company": names[0], "start": first, "end": 0})
        cursor = first
    index = 1
    while cursor < total and len(roles) < 4:
        if total - cursor < 8:  # too short for a job of its own: extend the previous one
            roles[-1]["start"] = total
            break
        length = min(total - cursor, rng.randint(14, 40))
        if len(roles) == 3 or total - cursor - length < 8:
            length = total - cursor
        # The title someone held midway through the role.
        years_then = person.years - (cursor + length / 2) / 12
        seniority = seniority_at(years_then, person.seniority)
        options = fam.titles[seniority]
        title = options[min(variant, len(options) - 1)].format(platform=person.stack_platform or "")
        roles.append(
            {"title": title, "company": names[index], "start": cursor + length, "end": cursor}
        )
        cursor += length
        index += 1
    for role in roles:
        role["blurb"] = companies.get(role["company"])
    return roles


def resume(build: Build, person: Person, email: str, phone: str) -> str:
    rng = build.rng
    fam = FAMILIES[person.family]
    symbol = COUNTRIES[person.country].symbol
    roles = _career(build, person)
    # Longer careers tend to longer résumés; some pass 300 words so chunking matters.
    band = weighted(
        rng,
        {"short": 50, "medium": 40, "long": 10}
        if person.years < 3
        else {"short": 25, "medium": 40, "long": 35}
        if person.years < 7
        else {"short": 12, "medium": 33, "long": 55},
    )
    per_role = {"short": [2, 1, 1, 1], "medium": [3, 2, 2, 1], "long": [5, 4, 4, 3]}[band]
    # Achievements carry an optional level: "senior"/"lead" are minimums (a graduate role
    # does not mentor four engineers), "early" means junior or mid only (SDR work).
    pool = [(a.text, a.level) for a in fam.achievements]
    rng.shuffle(pool)
    # Bullets name tools from the person's core stack, so "in {skill}" stays sensible.
    stack = person.skills[: person.stack_size]

    def slots_for() -> Slots:
        first, second = rng.sample(stack, 2) if len(stack) > 1 else (stack[0], stack[0])
        return Slots(
            rng,
            symbol,
            skill=skill_phrase(first),
            skill2=skill_phrase(second),
            lang=stack[0],
            product=rng.choice(fam.products),
            tool_old=rng.choice(fam.tools_old),
        )

    def take(level: int, count: int) -> list[str]:
        nonlocal pool
        fits = [a for a in pool if level_fits(a[1], level)][:count]
        pool = [a for a in pool if a not in fits]
        return [fill(text, slots_for()) for text, _min in fits]

    levels = [
        LEVEL[seniority_at(person.years - role["end"] / 12, person.seniority)] for role in roles
    ]
    bullets = [take(level, per_role[min(i, 3)]) for i, level in enumerate(levels)]
    contexts = [
        fill(
            rng.choice(WORDS.role_context), Slots(rng, boss=rng.choice(WORDS.bosses[person.family]))
        )
        if rng.random() < (0.5 if band == "long" else 0.2)
        else None
        for _role in roles
    ]
    summary_slots = slots_for()
    summary_slots.update(years=years_phrase(rng, person.years), focus=rng.choice(fam.focus))
    level = LEVEL[person.seniority]
    fitting = [s.text for s in fam.summaries if level_fits(s.level, level)]
    summaries = [rng.choice(fitting)]
    if band == "long":  # a second paragraph, but say the years only once
        others = [s for s in fitting if "{years}" not in s and s != summaries[0]]
        summaries += rng.sample(others, min(1, len(others)))
    summary = " ".join(cap(fill(s, summary_slots)) for s in summaries)

    use_month = rng.random() < 0.5

    def when(months_ago: int, months: bool = False) -> str:
        day = build.as_of - timedelta(days=int(months_ago * 30.44))
        if use_month or months:
            return f"{WORDS.months_short[day.month - 1]} {day.year}"
        return str(day.year)

    present = rng.choice(WORDS.present_words)
    bullet = rng.choice(WORDS.bullets)
    line_shape = rng.randrange(4)
    show_blurb = rng.random() < 0.6
    show_contact = rng.random() < 0.6
    headings = (
        rng.choice(WORDS.summary_headings),
        rng.choice(WORDS.experience_headings),
        rng.choice(WORDS.education_headings),
        rng.choice(WORDS.skills_labels),
    )
    education = _education(build, person, roles)
    extras = []
    if fam.certs and rng.random() < (0.5 if band == "long" else 0.2):
        extras.append(f"Certifications: {rng.choice(fam.certs)}")
    if rng.random() < (0.8 if band == "long" else 0.4):
        extras.append(f"Languages: {_languages(build, person)}")
    extra_count = (
        rng.randint(1, 3) if band == "long" else int(band == "medium" and rng.random() < 0.4)
    )
    # Conference talks come later in a career.
    sections = [h for h in WORDS.resume_extras if h != "Talks" or person.years >= 5]
    for heading in rng.sample(sections, min(extra_count, len(sections))):
        line = rng.choice(WORDS.resume_extras[heading])
        extras.append(
            f"{heading}: "
            + line.format(
                event=rng.choice(CONTENT.company.events[fam.group]), focus=rng.choice(fam.focus)
            )
        )

    def render(with_bullets: list[list[str]]) -> str:
        parts = [person.full_name, f"{person.current_title} · {person.city}, {person.country}"]
        if show_contact:
            parts.append(f"{email} · {phone}")
        parts += ["", headings[0], summary, "", headings[1]]
        for role, items, context in zip(roles, with_bullets, contexts, strict=True):
            start = when(role["start"])
            end = present if role["end"] == 0 else when(role["end"])
            if end == start:  # a role within one calendar year: show the months
                start, end = when(role["start"], True), when(role["end"], True)
            title, company = role["title"], role["company"]
            head = [
                f"{title} — {company} ({start}–{end})",
                f"{company} · {title} · {start}–{end}",
                f"{title} | {company} | {start} – {end}",
                f"{title}, {company}\n{start} – {end}",
            ][line_shape]
            parts.append(head)
            if show_blurb and role["blurb"]:
                parts.append(cap(role["blurb"]) + ".")
            if context:
                parts.append(context)
            parts += [f"{bullet}{item}" for item in items]
            parts.append("")
        parts += [headings[2], education, ""]
        parts.append(f"{headings[3]}: {', '.join(person.skills)}")
        parts += extras
        return "\n".join(parts).strip() + "\n"

    text = render(bullets)
    # Keep every résumé between 120 and 450 words: add or drop bullets.
    fillers = [
        f"{heading}: {rng.choice(WORDS.resume_extras[heading])}"
        for heading in ("Interests", "Volunteering")
    ]
    while len(text.split()) < 120:
        extra = take(levels[0], 1)
        if extra:
            bullets[0] += extra
        elif fillers:  # a short early career: the person fills the page differently
            extras.append(fillers.pop())
        else:
            break
        text = render(bullets)
    while len(text.split()) > 450:
        longest = max(range(len(bullets)), key=lambda i: (len(bullets[i]), i))
        if len(bullets[longest]) <= 1:
            break
        bullets[longest].pop()
        text = render(bullets)
    return text


def _education(build: Build, person: Person, roles: list[dict]) -> str:
    rng = build.rng
    fam = FAMILIES[person.family]
    grad_year = build.year_of(roles[-1]["start"] + rng.choice((0, 3, 8)))
    group = "design" if person.family == "design" else fam.group
    if group in WORDS.alt_education and rng.random() < 0.1:
        return f"{rng.choice(WORDS.alt_education[group])} ({grad_year})"
    culture = CONTENT.cultures[person.culture]
    if culture.unis and rng.random() < 0.55:
        university = rng.choice(culture.unis)
    else:
        university = rng.choice(COUNTRIES[person.country].universities)
    degree = rng.choice(fam.degrees)
    if rng.random() < 0.5:
        return f"{degree}, {university} ({grad_year})"
    return f"{university} — {degree}, {grad_year}"


def _languages(build: Build, person: Person) -> str:
    native = CONTENT.cultures[person.culture].lang or COUNTRIES[person.country].language
    local = COUNTRIES[person.country].language
    items = (
        ["English (native)"] if native == "English" else [f"{native} (native)", "English (fluent)"]
    )
    if local not in (native, "English"):
        items.append(f"{local} ({build.rng.choice(WORDS.language_levels)})")
    return ", ".join(items)
