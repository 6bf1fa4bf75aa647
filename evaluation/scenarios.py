"""The rediscovery scenario set: hand-written cases where the right order depends on
motivations, past reasons, history and restraint, not on skills.

Each case is one opening and the people to order for it, with grades: 2 = should come
first, 1 = fine, 0 = should come last. A person marked ``excluded`` must never appear at all
(do-not-contact, expired consent, an opt-out in their own words); everyone graded above 0 must
appear. ``evaluation.scenarios_told`` adds the cases written in recruiters' words.
"""

from dataclasses import dataclass, field

REMOTE = dict(remote_policy="remote", location="Remote (EU)", offers=["Fully remote within EU"])
ONSITE_MUNICH = dict(
    remote_policy="onsite",
    location="Munich, Germany",
    offers=["Office in central Munich, five days a week"],
)
HYBRID_AMS = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Two days a week in the Amsterdam office"],
)
PAST_ONSITE = dict(
    remote_policy="onsite", location="Munich, Germany", salary_max=105_000, currency="EUR"
)
PAST_BERLIN = dict(
    remote_policy="onsite", location="Berlin, Germany", salary_max=95_000, currency="EUR"
)


@dataclass(frozen=True)
class Person:
    name: str
    profile: str
    grade: int
    motivations: tuple[str, ...] = ()
    apps: tuple[dict, ...] = ()
    touches: tuple[dict, ...] = ()
    overrides: dict = field(default_factory=dict)
    excluded: bool = False  # must never be returned (a rule or their own words say so)


@dataclass(frozen=True)
class Case:
    name: str
    role: str
    opening: dict
    people: tuple[Person, ...]
    note: str = ""


def P(
    name, profile, grade, *motivations, apps=(), touches=(), excluded=False, **overrides
) -> Person:
    """``motivations``: statements, or ``(statement, days_ago)`` when the day it was said
    matters (a wait in words is counted from the day it was said)."""
    return Person(
        name,
        profile,
        grade,
        tuple(motivations),
        tuple(apps),
        tuple(touches),
        overrides,
        excluded,
    )


def app(
    days,
    stage,
    outcome,
    reason=None,
    note=None,
    *,
    rating=None,
    feedback=None,
    past=None,
    role="Backend Engineer",
) -> dict:
    return dict(
        days=days,
        stage_reached=stage,
        outcome=outcome,
        reason=reason,
        reason_note=note,
        rating=rating,
        feedback_given=feedback,
        past=past,
        role_title=role,
    )


def touch(
    days, direction="outbound", outcome=None, kind="check_in", *, note=None, channel="email"
) -> dict:
    """A touchpoint ``days`` before the case's day; ``note`` is what the recruiter typed."""
    return dict(
        days=days, direction=direction, outcome=outcome, kind=kind, note=note, channel=channel
    )


def C(name, role, people, note="", **opening) -> Case:
    return Case(name, role, opening, tuple(people), note)


CASES: list[Case] = [
    # --- motivations against what the role offers ---
    C(
        "remote seeker vs office seeker, remote role",
        "backend",
        [
            P("Rosa Lindqvist", "backend", 2, "Wants to stop commuting — fully remote or nothing"),
            P("Otto Brenner", "backend", 0, "Likes being in the office with the team every day"),
        ],
        **REMOTE,
    ),
    C(
        "remote seeker vs no stated motivation, remote role",
        "data_eng",
        [
            P("Aisha Bello", "data_eng", 2, "Moved to the countryside, needs a remote-first team"),
            P("Marek Nowak", "data_eng", 1),
        ],
        **REMOTE,
    ),
    C(
        "office seeker vs remote seeker, on-site role",
        "backend",
        [
            P("Lena Vogt", "backend", 2, "Misses a real office; happy to commute to the city"),
            P("Tomás Ruiz", "backend", 0, "Will only consider fully remote roles"),
        ],
        **ONSITE_MUNICH,
    ),
    C(
        "hybrid-friendly vs remote-only, hybrid role",
        "data_eng",
        [
            P("Sanne de Wit", "data_eng", 2, "Open to two days a week in an office, not more"),
            P("Ivan Petrov", "data_eng", 0, "Fully remote or nothing after years of commuting"),
        ],
        **HYBRID_AMS,
    ),
    C(
        "wants to lead vs wants to stay hands-on, manager role",
        "manager",
        [
            P("Grace Okafor", "manager", 2, "Ready to manage people; has led a team informally"),
            P(
                "Henrik Dahl",
                "manager",
                0,
                "Wants to stay an individual contributor, no people management",
            ),
        ],
        offers=["Lead the payments team of six engineers"],
        remote_policy="hybrid",
        location="London, UK",
    ),
    C(
        "climate mission vs stability, climate-tech role",
        "data_eng",
        [
            P("Noor Haddad", "data_eng", 2, "Wants her work to help fight climate change"),
            P("Paul Girard", "data_eng", 1, "Wants a large, established employer after a layoff"),
        ],
        offers=["Mission: cut industrial carbon emissions", "Series B, 30 people"],
        remote_policy="hybrid",
        location="Paris, France",
    ),
    C(
        "stability seeker vs startup seeker, profitable company",
        "backend",
        [
            P(
                "Kasia Wójcik",
                "backend",
                2,
                "After two layoffs, wants a stable, profitable company",
            ),
            P("Diego Alves", "backend", 1, "Wants the pace of an early-stage startup"),
        ],
        offers=["Profitable for 12 years, no VC pressure"],
        remote_policy="hybrid",
        location="Lisbon, Portugal",
    ),
    C(
        "work/life balance seeker, four-day week",
        "cs",
        [
            P(
                "Emma Roberts",
                "cs",
                2,
                "Burnt out; wants sane hours and a better work/life balance",
            ),
            P("Jonas Berg", "cs", 1),
        ],
        offers=["Four-day week at full pay", "No on-call"],
        remote_policy="remote",
    ),
    C(
        "wants Rust vs wants to stay on Java, Rust role",
        "sre",
        [
            P("Mei Tanaka", "sre", 2, "Wants to write Rust in production"),
            P("Ole Hansen", "sre", 1, "Happy to keep working in Java"),
        ],
        offers=["Modern stack: Rust services and Kafka"],
        remote_policy="remote",
    ),
    C(
        "wants a pay rise, band is high",
        "sales",
        [
            P("Chloé Martin", "sales", 2, "Wants a significant pay rise — underpaid right now"),
            P("Rahul Mehta", "sales", 1, "Wants a product with a clear social mission"),
        ],
        offers=["OTE €140k–€170k"],
        salary_min=140_000,
        salary_max=170_000,
        currency="EUR",
        remote_policy="hybrid",
        location="Dublin, Ireland",
    ),
    C(
        "relocating to the role's city",
        "frontend",
        [
            P(
                "Sofia Rossi",
                "frontend",
                2,
                "Partner is moving to Amsterdam next spring",
                location="Milan, Italy",
            ),
            P("Lucas Moreau", "frontend", 1, location="Lyon, France"),
        ],
        **HYBRID_AMS,
    ),
    C(
        "wants a staff title, staff role",
        "backend",
        [
            P(
                "Yusuf Demir",
                "backend",
                2,
                "Wants the Staff Engineer title he has been doing the job of",
            ),
            P("Elin Svensson", "backend", 1),
        ],
        seniority="staff",
        offers=["Title: Staff Engineer"],
        remote_policy="remote",
    ),
    # --- the past reason against this role ---
    C(
        "declined over pay; the new band is higher",
        "backend",
        [
            P(
                "Maya Cohen",
                "backend",
                2,
                apps=[
                    app(
                        300,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Asked for €120k; band capped at €105k",
                        past=PAST_ONSITE,
                    )
                ],
            ),
            P("Felix Wagner", "backend", 1),
        ],
        salary_min=115_000,
        salary_max=135_000,
        currency="EUR",
        remote_policy="hybrid",
        location="Munich, Germany",
    ),
    C(
        "declined over pay; the band is no higher",
        "backend",
        [
            P(
                "Ravi Iyer",
                "backend",
                0,
                apps=[
                    app(
                        200,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Asked for €120k; band capped at €105k",
                        past=PAST_ONSITE,
                    )
                ],
            ),
            P("Hanna Kowalski", "backend", 2),
        ],
        salary_min=90_000,
        salary_max=105_000,
        currency="EUR",
        remote_policy="hybrid",
        location="Munich, Germany",
    ),
    C(
        "declined an on-site mandate; this role is remote",
        "backend",
        [
            P(
                "Julia Santos",
                "backend",
                2,
                apps=[
                    app(
                        240,
                        "offer",
                        "declined_offer",
                        "remote_policy",
                        "Could not do five days in Munich",
                        past=PAST_ONSITE,
                    )
                ],
            ),
            P("Ben Carter", "backend", 1),
        ],
        **REMOTE,
    ),
    C(
        "declined an on-site mandate; this role is on-site again",
        "backend",
        [
            P(
                "Nadia Karim",
                "backend",
                0,
                apps=[
                    app(
                        240,
                        "offer",
                        "declined_offer",
                        "remote_policy",
                        "Could not do five days in Munich",
                        past=PAST_ONSITE,
                    )
                ],
            ),
            P("Erik Larsen", "backend", 2),
        ],
        **ONSITE_MUNICH,
    ),
    C(
        "declined relocation to Berlin; this role is remote",
        "data_eng",
        [
            P(
                "Ana Ferreira",
                "data_eng",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "withdrew",
                        "location",
                        "Would not relocate to Berlin",
                        past=PAST_BERLIN,
                        role="Data Engineer",
                    )
                ],
                location="Porto, Portugal",
            ),
            P("Tom Walsh", "data_eng", 1, location="Cork, Ireland"),
        ],
        **REMOTE,
    ),
    C(
        "declined relocation to Berlin; this role is in Berlin",
        "data_eng",
        [
            P(
                "Inés García",
                "data_eng",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "withdrew",
                        "location",
                        "Would not relocate to Berlin",
                        past=PAST_BERLIN,
                        role="Data Engineer",
                    )
                ],
                location="Madrid, Spain",
            ),
            P("Jan Richter", "data_eng", 2, location="Berlin, Germany"),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
    ),
    C(
        "too junior long ago vs too junior recently",
        "backend",
        [
            P(
                "Sam Lee",
                "backend",
                2,
                apps=[
                    app(
                        640,
                        "onsite",
                        "rejected",
                        "experience_level",
                        "Too junior for the senior scope",
                    )
                ],
            ),
            P(
                "Priya Nair",
                "backend",
                0,
                apps=[
                    app(
                        90,
                        "onsite",
                        "rejected",
                        "experience_level",
                        "Too junior for the senior scope",
                    )
                ],
            ),
            P("Mark Evans", "backend", 1),
        ],
        **REMOTE,
    ),
    C(
        "position closed at the final round vs recent skills gap",
        "sre",
        [
            P(
                "Zara Ahmed",
                "sre",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "position_closed",
                        "headcount",
                        "Headcount frozen after the reforecast",
                        role="SRE",
                    )
                ],
            ),
            P(
                "Leo Fischer",
                "sre",
                0,
                apps=[
                    app(
                        100,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Kubernetes networking",
                        role="SRE",
                    )
                ],
            ),
        ],
        remote_policy="remote",
    ),
    C(
        "timing long ago vs timing last month",
        "cs",
        [
            P(
                "Olivia Brown",
                "cs",
                2,
                apps=[
                    app(
                        280,
                        "final",
                        "withdrew",
                        "timing",
                        "Not ready to move before her bonus",
                        role="Customer Success Manager",
                    )
                ],
            ),
            P(
                "Mateo López",
                "cs",
                0,
                apps=[
                    app(
                        30,
                        "final",
                        "withdrew",
                        "timing",
                        "Just started a new job",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        remote_policy="remote",
    ),
    C(
        "culture-fit concern vs clean history",
        "frontend",
        [
            P(
                "Kai Müller",
                "frontend",
                0,
                apps=[
                    app(
                        200,
                        "onsite",
                        "rejected",
                        "culture_fit",
                        "Dismissive in the pairing session",
                        role="Frontend Engineer",
                    )
                ],
            ),
            P("Amira Saleh", "frontend", 2),
        ],
        remote_policy="remote",
    ),
    C(
        "counteroffer long ago, band now higher",
        "sales",
        [
            P(
                "Daniel Kim",
                "sales",
                2,
                apps=[
                    app(
                        420,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Took a counteroffer at €95k",
                        role="AE",
                    )
                ],
            ),
            P("Laura Bianchi", "sales", 1),
        ],
        salary_min=100_000,
        salary_max=130_000,
        currency="EUR",
        remote_policy="hybrid",
        location="Dublin, Ireland",
    ),
    # --- history with the team ---
    C(
        "silver medalist vs cold applicant",
        "backend",
        [
            P(
                "Hugo Laurent",
                "backend",
                2,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Lost to one other person",
                        rating=4.5,
                        feedback=True,
                    )
                ],
            ),
            P(
                "Nora Jensen",
                "backend",
                1,
                apps=[app(300, "applied", "rejected", "other", "Not reviewed in time")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "final-round with high rating vs onsite with low rating",
        "data_eng",
        [
            P(
                "Mila Horvat",
                "data_eng",
                2,
                apps=[
                    app(
                        250,
                        "final",
                        "rejected",
                        "other_candidate",
                        rating=4.6,
                        role="Data Engineer",
                    )
                ],
            ),
            P(
                "Oscar Lind",
                "data_eng",
                1,
                apps=[app(250, "onsite", "rejected", "other", rating=2.5, role="Data Engineer")],
            ),
        ],
        remote_policy="remote",
    ),
    # --- relationship and restraint ---
    C(
        "contacted 10 days ago vs long silent warm contact",
        "backend",
        [
            P("Isabel Costa", "backend", 0, touches=[touch(10, outcome="no_reply")]),
            P(
                "Arjun Rao",
                "backend",
                2,
                apps=[app(420, "final", "rejected", "other_candidate", rating=4.4)],
                touches=[touch(200, "inbound", "replied")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "said not interested two months ago",
        "cs",
        [
            P(
                "Fatima Zahra",
                "cs",
                0,
                touches=[touch(60, outcome="not_interested", kind="re_engagement")],
            ),
            P("George Hill", "cs", 2),
        ],
        remote_policy="remote",
    ),
    C(
        "replied before vs never replied",
        "sre",
        [
            P("Vera Novak", "sre", 2, touches=[touch(150, "inbound", "interested")]),
            P("Pedro Silva", "sre", 1, touches=[touch(150, outcome="no_reply")]),
        ],
        remote_policy="remote",
    ),
    # --- rules before ranking ---
    C(
        "do-not-contact is never returned",
        "backend",
        [
            P(
                "Robin Keller",
                "backend",
                0,
                "Wants fully remote work",
                do_not_contact=True,
                excluded=True,
                do_not_contact_reason="Asked not to be contacted again",
            ),
            P("Clara Weiss", "backend", 2),
        ],
        **REMOTE,
    ),
    C(
        "expired consent is never returned",
        "data_eng",
        [
            P("Simon Dubois", "data_eng", 0, consent_days=-10, excluded=True),
            P("Eva Horak", "data_eng", 2),
        ],
        remote_policy="remote",
    ),
    # --- skills still decide between people who cannot both do the job ---
    C(
        "a keen designer does not outrank a backend engineer",
        "backend",
        [
            P(
                "Alice Grant",
                "designer",
                0,
                "Wants fully remote work",
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "other_candidate",
                        rating=4.8,
                        role="Product Designer",
                    )
                ],
            ),
            P("Bruno Costa", "backend", 2),
        ],
        **REMOTE,
    ),
    C(
        "a silver-medalist salesperson does not outrank a data engineer",
        "data_eng",
        [
            P(
                "Gemma Price",
                "sales",
                0,
                "Wants a remote-first company",
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "other_candidate",
                        rating=4.7,
                        role="Account Executive",
                    )
                ],
            ),
            P("Viktor Sokolov", "data_eng", 2),
        ],
        **REMOTE,
    ),
    C(
        "three-way: remote silver medalist, remote cold, office silver",
        "backend",
        [
            P(
                "Astrid Holm",
                "backend",
                2,
                "Fully remote, please — no more commuting",
                apps=[app(320, "final", "rejected", "other_candidate", rating=4.5)],
            ),
            P("Jakub Zielinski", "backend", 1, "Wants to work remotely from Kraków"),
            P(
                "Marta Ricci",
                "backend",
                0,
                "Wants to be back in an office every day",
                apps=[app(320, "final", "rejected", "other_candidate", rating=4.5)],
            ),
        ],
        **REMOTE,
    ),
]
