"""Why people would move, in the words recruiters actually write down.

Each entry is ``(statement, families, seniorities)``: ``families`` limits a statement to some
job families or groups ("eng", "data", "tech", "product", "gtm", "ops", or a family key) and
``seniorities`` to some levels; ``None`` means anyone. Slots filled by ``pool.py``:
``{city}``/``{country}`` (where they want to go), ``{home_city}``, ``{tool}``/``{tool_old}``
(from their family), ``{ask}`` (money in their currency), ``{domain}``, ``{n}``, ``{area}``
and ``{month}`` (a month name a few months after the demo date).

Phrasings mix the recruiter's paraphrase and the person's own quoted words on purpose.
"""

JUNIOR_MID = {"junior", "mid"}
MID_SENIOR = {"mid", "senior"}
SENIOR_PLUS = {"senior", "staff", "lead", "manager", "director"}
LEADS = {"lead", "manager", "director"}
IC_SENIOR = {"mid", "senior", "staff"}
# For statements that mention years of history ("after three years of freelancing").
NOT_JUNIOR = {"mid", "senior", "staff", "lead", "manager", "director"}

MOTIVATIONS: dict[str, list[tuple[str, object, object]]] = {
    "remote": [
        ("Wants to stop commuting — fully remote or nothing", None, None),
        ("Moved to the countryside last year; needs a remote-first company", None, None),
        ("Happy with one day a month in an office, not more", None, None),
        (
            "Fully remote, ideally async — has two small kids and a school run to fit around",
            None,
            None,
        ),
        (
            "Has worked remotely for four years and won't go back to an office mandate",
            None,
            NOT_JUNIOR,
        ),
        ("Remote within European time zones; happy to travel for a quarterly offsite", None, None),
        ("Spends two hours a day commuting and wants that time back", None, None),
        ("Needs a remote role — partner's job keeps the family in {home_city}", None, None),
        (
            "Remote-first culture matters more than the policy: written decisions, not video "
            "calls all day",
            None,
            None,
        ),
        (
            "“I do my best work at home. A remote contract is the main thing I'm looking for.”",
            None,
            None,
        ),
        (
            "Wants to keep living in {home_city} while working for a company based elsewhere",
            None,
            None,
        ),
        ("Left the last job when a return-to-office mandate was announced", None, None),
        ("Fine travelling for offsites, but wants a home office as the default", None, None),
        (
            "Prefers remote; lives an hour outside {home_city} and the trains are unreliable",
            None,
            None,
        ),
        (
            "Hybrid is fine if office days are genuinely optional — otherwise remote only",
            None,
            None,
        ),
        ("Would take a remote role over a pay rise", None, None),
    ],
    "leadership": [
        (
            "Ready to manage people — has been tech-leading informally for two years",
            {"eng", "data_eng", "ml"},
            {"senior", "staff"},
        ),
        ("Wants to lead a team of four to six and grow into a manager role", None, SENIOR_PLUS),
        (
            "Looking for a first line-management role; already mentors three juniors",
            None,
            {"senior", "staff", "lead"},
        ),
        ("Wants to build and lead a team from scratch rather than inherit one", None, SENIOR_PLUS),
        (
            "Keen to run a team again after two years back as an individual contributor",
            None,
            {"senior", "staff", "lead", "manager"},
        ),
        (
            "No path to management at the current company — that's the main reason to move",
            None,
            {"senior", "staff", "lead"},
        ),
        ("Wants a lead role with real ownership of hiring and the roadmap", None, SENIOR_PLUS),
        (
            "Has been acting team lead during parental-leave cover and wants to make it permanent",
            None,
            {"mid", "senior", "lead"},
        ),
        (
            "Ready for a manager-of-managers role; currently leads {n} people directly",
            None,
            {"manager", "director"},
        ),
        (
            "Wants people leadership, not only technical leadership — 1:1s, hiring, growth plans",
            {"eng", "data_eng", "ml"},
            {"senior", "staff", "lead"},
        ),
        (
            "Would move to be the first {area} hire and build the function",
            None,
            {"lead", "manager", "director"},
        ),
        (
            "“I've been the de facto lead for a year. I'd like the title and the team to go with "
            "it.”",
            None,
            {"senior", "staff", "lead"},
        ),
        ("Wants to lead a small team but keep about half their time hands-on", None, SENIOR_PLUS),
        (
            "Interested in a team-lead role at a smaller company where the impact is visible",
            None,
            {"senior", "lead", "manager"},
        ),
    ],
    "compensation": [
        ("Needs at least {ask} base to make a move worthwhile", None, None),
        ("Underpaid against the market; looking for a 20% jump", None, None),
        ("Comp is the main driver this time — expects {ask}", None, None),
        (
            "Wants meaningful equity, not just salary — has been at two start-ups that didn't "
            "share the upside",
            None,
            SENIOR_PLUS,
        ),
        ("Asking {ask}; flexible on the split between base and bonus", None, None),
        ("Mortgage renewal next year — needs a clear salary step up", None, None),
        ("Wants transparent pay bands; feels the current employer pays by negotiation", None, None),
        ("Has a competing offer at {ask}; we would need to be in that range", None, None),
        (
            "Hasn't had a pay rise in two years despite a promotion — that's why they're looking",
            None,
            NOT_JUNIOR,
        ),
        ("“Honestly, it's about money this time. {ask} and I'm interested.”", None, None),
        (
            "Wants more base and less commission — a 50/50 OTE split has been too volatile",
            "sales",
            None,
        ),
        ("Open to a lower base for significant equity at the right stage", None, SENIOR_PLUS),
        ("Expects {ask} plus a decent pension match; family benefits matter too", None, None),
        ("Won't consider anything below {ask} — knows the market rate for the role", None, None),
    ],
    "work_life_balance": [
        ("Burnt out at a hypergrowth start-up; wants sustainable hours", None, None),
        ("Looking for a four-day week or a 32-hour contract", None, None),
        ("On call every other week at the moment — wants a saner rotation", "tech", None),
        ("Wants predictable hours to do school pick-ups three days a week", None, None),
        ("Needs flexibility around caring for a parent", None, None),
        ("Current team works weekends before every release; wants that to stop", "tech", None),
        ("Would trade some salary for a four-day week", None, None),
        (
            "Wants a company that respects holidays — the last one expected Slack replies on leave",
            None,
            None,
        ),
        ("Looking for around 80% hours to finish a part-time master's", None, None),
        ("Travels half the time now and wants that under 10%", "gtm", None),
        ("“I want to log off at six and not feel guilty about it.”", None, None),
        (
            "Wants a calmer, less reactive place after three years of agency-style firefighting",
            None,
            NOT_JUNIOR,
        ),
        ("Training for an Ironman; wants flexible hours more than anything else", None, None),
        ("Prefers a company with no-meeting days and async stand-ups", None, None),
        (
            "Month-end crunch every month is wearing thin; wants a team with better processes",
            "finance",
            None,
        ),
    ],
    "stack": [
        ("Wants to work in {tool} day to day", None, None),
        ("Tired of maintaining {tool_old}; wants a modern codebase", "tech", None),
        ("Keen to move away from {tool_old} and work with {tool}", None, None),
        ("Wants a team that takes testing and CI seriously", "eng", None),
        (
            "Looking for a team that runs {tool} in production, not just talks about it",
            "tech",
            None,
        ),
        ("Wants to go deeper into {tool} — has used it on side projects", "tech", None),
        ("Would move for greenfield work; the current role is all maintenance", "tech", None),
        (
            "Wants a modern data stack — dbt, a proper warehouse, no more hand-written cron jobs",
            {"data_eng", "analytics"},
            None,
        ),
        (
            "Interested in working with LLMs in production, not just prototypes",
            {"ml", "backend"},
            None,
        ),
        ("Wants a mature design system instead of redrawing buttons", {"design", "frontend"}, None),
        ("Wants to use {tool} rather than fighting {tool_old}", None, None),
        (
            "Wants to get closer to infrastructure — Kubernetes and Terraform in particular",
            {"backend", "data_eng"},
            None,
        ),
        (
            "Wants good tooling: {tool} instead of {tool_old}",
            {"gtm", "ops", "product", "design"},
            None,
        ),
    ],
    "mission": [
        (
            "Wants work that matters — small businesses, climate or health rather than ad tech",
            None,
            None,
        ),
        ("Motivated by helping small businesses; grew up in a family shop", None, None),
        ("Wants to work on a product they'd use themselves", None, None),
        ("Looking for a mission-driven company; financial inclusion is a big draw", None, None),
        (
            "Wants out of online gambling — looking for something they can explain proudly",
            None,
            None,
        ),
        ("Cares about {domain}; would take a small pay cut for the right mission", None, None),
        (
            "Wants to see the impact of the work on real customers, not only internal metrics",
            None,
            None,
        ),
        ("Interested in fintech that makes money simpler for freelancers", None, None),
        ("“I want to build something my parents' bakery would actually use.”", None, None),
        (
            "Looking for a B2B product with a clear customer benefit after years of consumer "
            "growth hacking",
            None,
            None,
        ),
        ("Values an ethical company — transparent pricing, no dark patterns", None, None),
        (
            "Drawn to companies tackling late payments; saw them nearly sink a friend's business",
            None,
            None,
        ),
        ("Wants an employer with a real sustainability commitment, not a slide", None, None),
    ],
    "title": [
        ("Wants the senior title — has been doing senior-level work without it", None, {"mid"}),
        (
            "Looking for a staff title; the current company has no staff track",
            "tech",
            {"senior", "staff"},
        ),
        ("Title matters for the next step: wants 'Lead' on the CV", None, {"senior", "lead"}),
        (
            "Was promised a promotion twice; now looking for the title elsewhere",
            None,
            {"mid", "senior"},
        ),
        ("Wants a Head of title at a smaller company", None, {"lead", "manager", "director"}),
        (
            "Feels under-levelled — mid-level title despite running projects end to end",
            None,
            {"mid"},
        ),
        (
            "Wants a title that reflects the scope; currently 'Analyst' while managing two people",
            {"analytics", "finance"},
            {"mid", "senior"},
        ),
        (
            "Aiming for principal within two years; wants a company with a clear IC ladder",
            "tech",
            {"senior", "staff"},
        ),
        ("“I'm doing the job of a senior already. I'd like the title to match.”", None, {"mid"}),
        (
            "Open to a sideways move only if it comes with the manager title",
            None,
            {"senior", "lead"},
        ),
        ("Wants the step from associate to full title after two years", None, {"junior"}),
    ],
    "stability": [
        ("Wants a profitable company after two layoffs in three years", None, NOT_JUNIOR),
        ("Looking for stability — the current start-up has about six months of runway", None, None),
        ("Prefers an established company with a long runway; first baby due next year", None, None),
        ("Laid off in the last round; wants somewhere that isn't burning cash", None, None),
        ("Wants a permanent contract after three years of freelancing", None, NOT_JUNIOR),
        ("Values a steady, well-funded employer over a big equity bet", None, None),
        ("Current company was acquired and the team is being wound down", None, None),
        (
            "“I've done the hypergrowth thing. I'd like to stay somewhere four or five years.”",
            None,
            NOT_JUNIOR,
        ),
        ("Needs visa stability — wants an employer that can sponsor long term", None, None),
        ("Looking for a company that's Series C or later, or profitable", None, None),
        ("Wants a company that hasn't reorganised every six months", None, None),
        ("Fixed-term contract ends soon — looking for a permanent role", None, None),
    ],
    "relocation": [
        ("Partner is moving to {city} next spring", None, None),
        ("Wants to relocate to {city}; has family there", None, None),
        ("Would relocate to {city} for the right role", None, None),
        ("Moving back to {country} to be closer to family", None, None),
        ("Needs visa sponsorship to move to {country}", None, None),
        ("Open to relocating anywhere in the EU with a relocation package", None, None),
        ("Plans to move to {city} after the kids finish the school year", None, None),
        ("Wants to move somewhere sunnier — {city} is top of the list", None, None),
        ("Looking to leave {home_city}; the cost of living is pushing them out", None, None),
        ("Relocating to {city} in the autumn whatever happens with the job search", None, None),
        ("“We've decided on {city}. I'd love to land a job before we move.”", None, None),
        ("Has an EU passport and wants to try living in {city}", None, None),
    ],
    "growth": [
        (
            "Wants to learn from stronger engineers — is the most senior person on the team",
            "tech",
            {"mid", "senior"},
        ),
        ("Feels they've plateaued; wants a bigger scope", None, None),
        (
            "Wants broader ownership — a whole product area rather than tickets",
            {"tech", "product"},
            None,
        ),
        ("Keen to move from agency work to an in-house product team", None, None),
        ("Wants a learning budget and a clear progression framework", None, None),
        ("Looking for mentorship; their manager left and hasn't been replaced", None, None),
        (
            "Wants experience at larger scale — millions of users rather than thousands",
            "tech",
            None,
        ),
        ("Interested in moving from analytics into data science", "analytics", None),
        ("Wants to move from support into customer success", "customer_success", JUNIOR_MID),
        ("Wants to be closer to product decisions, not only delivery", None, None),
        ("“I've learned what I can here. I need a harder problem.”", None, None),
        ("Wants to work across several markets rather than one country", None, None),
        ("Looking for a company that promotes from within", None, None),
        ("Wants to move from SDR into a closing role", "sales", {"junior"}),
        ("Wants to broaden from frontend into full-stack work", "frontend", None),
        ("Wants to move from pure accounting into FP&A", "finance", JUNIOR_MID),
    ],
    "other": [
        ("Would like to work with a former manager who joined recently", None, None),
        (
            "Wants a shorter hiring process this time — lost a previous role to a six-week process",
            None,
            None,
        ),
        ("Keen to work somewhere with a strong writing culture", None, None),
        ("Wants a smaller company where they know everyone's name", None, None),
    ],
}

# People who want the opposite of remote. Kept apart so nobody holds both views at once.
OFFICE_PREFERENCE = [
    "Wants to be in an office most days — learns best around people",
    "Finds fully remote isolating; wants a team that's in the office together",
    "Looking for an in-person team after three years alone at the kitchen table",
    "Happy to commute daily; prefers the energy of being around colleagues",
    "Wants face-to-face mentoring, so an office-based team is a plus",
]

# Statements with a "not before" in words; "{month}" is a month a few months ahead.
NOT_BEFORE = [
    ("compensation", "Not looking until my shares vest in {month}"),
    ("work_life_balance", "Open again after parental leave ends in {month}"),
    ("growth", "Back from a sabbatical in {month}; happy to talk after that"),
    ("compensation", "Annual bonus pays out in {month} — won't move before then"),
    ("stability", "Wants to see the product launch through; free from {month}"),
    ("remote", "Moving to the coast in {month}; will need fully remote from then on"),
    ("relocation", "Moving to {city} in {month}; the job search starts after the move"),
    (
        "leadership",
        "Promised a team-lead decision in {month}; will look elsewhere if it doesn't happen",
    ),
    (
        "title",
        "Promotion cycle closes in {month} — will reconsider if the title doesn't come through",
    ),
    ("work_life_balance", "Finishing a master's in {month}; wants a four-day week after that"),
    ("growth", "Committed to the current team until the migration ships in {month}"),
    ("stability", "Three-month notice period, so not starting a search until {month}"),
    ("compensation", "Retention bonus requires staying until {month}"),
    ("mission", "Fixed-term contract ends in {month}; wants something mission-led next"),
    ("relocation", "Visa renewal in {month} — can only switch employers after that"),
    ("work_life_balance", "On parental leave until {month}; not taking calls before then"),
    ("stability", "Waiting for the acquisition to close in {month} before deciding anything"),
    ("leadership", "Open to lead roles from {month}, once the current reorg settles"),
]

# Rough share of each category among randomly drawn motivations.
CATEGORY_WEIGHTS = {
    "remote": 17,
    "growth": 16,
    "compensation": 14,
    "leadership": 10,
    "work_life_balance": 10,
    "stack": 9,
    "mission": 8,
    "stability": 7,
    "title": 5,
    "relocation": 5,
    "other": 2,
}

DOMAINS = [
    "climate",
    "healthcare",
    "education",
    "financial inclusion",
    "small businesses",
    "public services",
]
RELOCATION_CITIES = [
    ("Amsterdam", "the Netherlands"),
    ("Lisbon", "Portugal"),
    ("Berlin", "Germany"),
    ("Barcelona", "Spain"),
    ("Dublin", "Ireland"),
    ("London", "the UK"),
    ("Munich", "Germany"),
    ("Copenhagen", "Denmark"),
    ("Stockholm", "Sweden"),
    ("Toronto", "Canada"),
    ("Valencia", "Spain"),
    ("Porto", "Portugal"),
]

# Where a statement was heard, by the moment it was recorded.
SOURCES_AT_APPLICATION = ("screen call", "recruiter screen", "application form")
SOURCES_AT_FINAL = ("final-round debrief", "hiring-manager debrief")
SOURCES_AT_OFFER = ("offer call",)
SOURCES_AT_WITHDRAWAL = ("withdrawal call", "email reply")
SOURCES_LATER = ("check-in call", "LinkedIn message", "email reply", "coffee chat")
