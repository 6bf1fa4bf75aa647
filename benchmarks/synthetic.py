"""A synthetic talent pool for ``encore bench``: deterministic (seeded), varied across job
families — titles, skills, résumé sentences, stated motivations — and openings to match.

Nothing here is meant to judge ranking quality; it gives the indexer and the matcher texts of
realistic length and vocabulary, so timings and memory resemble a real pool's.
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from data.motivation_words import categorise


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


# Per job family: titles; skills; what people did (résumé lines, {s} = one of the skills).
_FAMILY_TEXT = {
    "backend": (
        "Backend Engineer | Software Engineer | Platform Engineer | API Developer",
        "Python | Go | Java | PostgreSQL | Kafka | Redis | Django | gRPC | Kubernetes | AWS"
        " | microservices | REST APIs | Rust | Kotlin",
        "designed {s} services handling {n} million requests a day"
        " | migrated a monolith to {s} microservices | cut p99 latency of the {s} API"
        " | owned the {s} data model and its migrations | ran the on-call rotation",
    ),
    "frontend": (
        "Frontend Engineer | UI Developer | Web Developer | React Developer",
        "TypeScript | React | Vue | CSS | Next.js | accessibility | GraphQL | Storybook"
        " | web performance | design systems | Jest | Figma",
        "rebuilt the checkout in {s} | led the move to a {s} component library"
        " | improved Core Web Vitals with {s} | shipped an accessible {s} dashboard",
    ),
    "data": (
        "Data Scientist | Data Engineer | Machine Learning Engineer | Analyst",
        "Python | SQL | Spark | Airflow | dbt | pandas | PyTorch | statistics | A/B testing"
        " | forecasting | Snowflake | BigQuery | scikit-learn",
        "built {s} pipelines feeding {n} dashboards | trained {s} churn models"
        " | ran {s} experiments for the growth team | owned the {s} warehouse",
    ),
    "devops": (
        "Site Reliability Engineer | DevOps Engineer | Cloud Engineer | Systems Administrator",
        "Kubernetes | Terraform | AWS | GCP | Linux | Prometheus | Ansible | CI/CD | networking"
        " | TCP/IP | incident response | Docker | Bash",
        "ran {s} clusters for {n} teams | automated provisioning with {s}"
        " | halved incident count with {s} alerting | managed LAN/WAN and {s}",
    ),
    "product": (
        "Product Manager | Product Owner | Technical Product Manager",
        "roadmapping | user research | discovery | analytics | SQL | B2B SaaS | pricing"
        " | stakeholder management | OKRs | Jira | experimentation",
        "launched a {s} feature used by {n} thousand customers"
        " | led {s} with design and engineering | set the quarterly {s} for the squad",
    ),
    "design": (
        "Product Designer | UX Designer | UX Researcher | Visual Designer",
        "Figma | prototyping | user research | design systems | usability"
        " | interaction design | accessibility | illustration | workshops",
        "redesigned onboarding through {s} | ran {n} rounds of {s} testing"
        " | built the {s} shared by every product team",
    ),
    "sales": (
        "Account Executive | Sales Manager | Business Development Representative",
        "Salesforce | negotiation | prospecting | enterprise sales | SaaS"
        " | pipeline management | cold calling | HubSpot | forecasting",
        "closed {n} enterprise deals through {s} | beat quota with strong {s}"
        " | opened the DACH market using {s}",
    ),
    "support": (
        "Customer Support Specialist | Customer Success Manager | Technical Support Engineer",
        "Zendesk | customer service | troubleshooting | SQL | onboarding | retention"
        " | escalations | Intercom | documentation",
        "kept CSAT above 95% with clear {s} | handled {n} tickets a week in {s}"
        " | wrote the {s} playbook for new hires",
    ),
    "marketing": (
        "Marketing Manager | Content Marketer | Growth Marketer | SEO Specialist",
        "SEO | content strategy | Google Ads | copywriting | HubSpot | email marketing"
        " | analytics | brand | social media | events",
        "grew organic traffic {n}% with {s} | ran {s} campaigns across Europe"
        " | owned the {s} budget",
    ),
    "finance": (
        "Financial Analyst | Accountant | FP&A Manager | Controller",
        "Excel | financial modelling | IFRS | budgeting | SAP | audit | forecasting"
        " | month-end close | tax | NetSuite",
        "cut month-end close to {n} days with {s} | built the {s} for the board"
        " | led the {s} for the Series B",
    ),
}
FAMILIES: dict[str, dict[str, list[str]]] = {
    name: dict(zip(("titles", "skills", "work"), map(_items, parts), strict=True))
    for name, parts in _FAMILY_TEXT.items()
}
COMPANIES = _items(
    "Northwind | Globex | Initech | Umbrella Health | Hooli | Vandelay | Acme | Stark Logistics"
    " | Wayne Fintech | Soylent Foods | Cyberdyne | Tyrell Energy"
)
CITIES = _items("Lisbon | Berlin | Madrid | Amsterdam | Dublin | Paris | Warsaw | London")
DEGREES = _items("Computer Science | Economics | Mathematics | Design | Business | Physics")
GENERIC = _items(
    "Holds a degree in {d} from the University of {c}."
    " | Mentored {n} junior colleagues and ran the team's hiring interviews."
    " | Known for clear written communication and calm under pressure."
    " | Worked closely with stakeholders across product, sales and operations."
    " | Speaks English, Portuguese and some German."
    " | Volunteers teaching coding and numeracy to teenagers at weekends."
    " | Presented at {n} meetups and wrote the team's internal guides."
)
MOTIVATIONS = _items(
    "Wants a fully remote role after years of commuting."
    " | Prefers hybrid work, two days a week in the office at most."
    " | Wants to be in the office with the team every day."
    " | Moving to {city} next year and looking for roles there."
    " | Ready to lead a team of {n} and grow as a people manager."
    " | Looking for a salary above {k}k and some equity."
    " | Needs a four-day week to spend time with family."
    " | Wants no more on-call: burned out by night pages."
    " | Wants to work with {skill} rather than legacy tooling."
    " | Wants meaningful work in climate or health with real impact."
    " | Looking for a promotion to a senior or principal title."
    " | After a layoff, wants a profitable, established company."
    " | Wants to learn {skill} and take on more scope and ownership."
)
OFFERS = _items(
    "Fully remote | Hybrid, two days a week in the {city} office | Four-day week"
    " | Lead a team of {n} | Equity and a salary up to {k}k | Modern {skill} stack"
    " | Mission: climate technology | No on-call rotation | Clear path to principal"
)


@dataclass
class Person:
    external_id: str
    full_name: str
    email: str
    location: str
    family: str
    current_title: str
    headline: str
    skills: list[str]
    years_experience: float
    resume_text: str
    do_not_contact: bool = False
    consent_until: date | None = None
    motivations: list[tuple[str, str]] = field(default_factory=list)  # (statement, category)


def _fill(rng: random.Random, template: str, skills: list[str]) -> str:
    return template.format(
        s=rng.choice(skills),
        skill=rng.choice(skills),
        n=rng.randint(2, 40),
        k=rng.choice([60, 75, 90, 110, 140]),
        city=rng.choice(CITIES),
        c=rng.choice(CITIES),
        d=rng.choice(DEGREES),
    )


def resume(rng: random.Random, family: str, words: int) -> str:
    """Sentences from the family's work and generic lines until about ``words`` words."""
    fam = FAMILIES[family]
    out: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.7:
            verb = _fill(rng, rng.choice(fam["work"]), fam["skills"])
            at = (
                f"At {rng.choice(COMPANIES)} ({rng.randint(2009, 2025)}) "
                if rng.random() < 0.5
                else ""
            )
            sentence = (at + verb).strip()
            sentence = sentence[0].upper() + sentence[1:] + "."
        else:
            sentence = _fill(rng, rng.choice(GENERIC), fam["skills"])
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def person(rng: random.Random, i: int, resume_words: tuple[int, int]) -> Person:
    family = rng.choice(list(FAMILIES))
    fam = FAMILIES[family]
    title = rng.choice(fam["titles"])
    level = rng.choice(["Junior ", "", "", "Senior ", "Lead "])
    skills = rng.sample(fam["skills"], k=rng.randint(3, min(8, len(fam["skills"]))))
    years = float(rng.randint(1, 25))
    statements = rng.sample(MOTIVATIONS, k=rng.choice([1, 2, 2, 3, 3, 4]))
    motivations = [
        (s, categorise(s) or "other") for s in (_fill(rng, t, skills) for t in statements)
    ]
    today = date(2026, 11, 23)
    return Person(
        external_id=f"BENCH-{i:07d}",
        full_name=f"Person {i:07d}",
        email=f"person{i}@bench.example",
        location=f"{rng.choice(CITIES)}, Europe",
        family=family,
        current_title=f"{level}{title}",
        headline=f"{title} with {', '.join(skills[:2])} experience",
        skills=skills,
        years_experience=years,
        resume_text=resume(rng, family, rng.randint(*resume_words)),
        do_not_contact=rng.random() < 0.01,
        consent_until=today - timedelta(days=30) if rng.random() < 0.02 else None,
        motivations=motivations,
    )


def people(n: int, *, seed: int = 0, resume_words: tuple[int, int] = (80, 400)) -> list[Person]:
    rng = random.Random(seed)
    return [person(rng, i + 1, resume_words) for i in range(n)]


def openings(n: int, *, seed: int = 1) -> list[dict]:
    """Opening rows (``data.models.Opening`` fields), cycling through the job families."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        family = list(FAMILIES)[i % len(FAMILIES)]
        fam = FAMILIES[family]
        skills = rng.sample(fam["skills"], k=5)
        bullets = [
            f"- {rng.randint(2, 8)}+ years of {skills[0]}",
            f"- {skills[1]} and {skills[2]}",
            f"- {skills[3]}",
            f"- Experience with {skills[4]}",
        ]
        duties = [_fill(rng, t, fam["skills"]) for t in rng.sample(fam["work"], k=2)]
        policy = rng.choice(["remote", "hybrid", "onsite"])
        out.append(
            {
                "external_id": f"BENCH-O{i + 1:04d}",
                "title": rng.choice(fam["titles"]),
                "department": family.title(),
                "location": rng.choice(CITIES),
                "remote_policy": policy,
                "seniority": rng.choice(["mid", "senior", "lead"]),
                "salary_min": 50_000,
                "salary_max": rng.choice([70_000, 90_000, 120_000]),
                "currency": "EUR",
                "requirements": "\n".join(bullets),
                "description": f"The last person in this role {duties[0]} and {duties[1]}.",
                "offers": [_fill(rng, t, skills) for t in rng.sample(OFFERS, k=3)],
                "status": "open",
                "opened_at": datetime(2026, 11, 1, tzinfo=UTC),
            }
        )
    return out
