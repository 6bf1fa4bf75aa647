"""Held-out rediscovery cases, second set: recruiters' own words, written by another stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked at).

Like the first held-out set it stands in for the records others will check Encore against
(≥ 90 % of cases right), so it is measured and reported on its own line ("held-out 2") and never
tuned to what Encore does. Voices vary: ATS shorthand (WFH, TL, EM, IC, relo, comp, FT/PT, cand,
w/, b/c, tbh, DNC), typos, all lower case, third-person call notes, first-person replies, a long
rambling note with months and years and no wait, and British, American, Indian, Australian and
European English. Several roles carry their terms only in their own text (a description with no
remote policy, a part-time or fixed-term role, a band stated as total comp). The classes:

1. opt-outs (polite, blunt, in a reply, a call note, a withdrawal's reason note, relayed in the
   third person, a consent withdrawal): never shown; the near-miss beside each (a change of
   channel, switching off job alerts, "not right now", deleting a dead address, a data access
   request) stays shown;
2. waits without a month name (a vesting cliff, probation, Diwali / Holi, a quarter, "six weeks",
   the end of an Australian summer, "after the new year" at the end of a rambling note), counted
   from the day said: shown, but below an equal person with no wait; a wait that has run out is
   no wait;
3. standing objections the role goes against (visa transfer, rotating shifts, a pager, weekend
   rotas, field travel, a fixed-term contract, part-time hours): below;
4. pay asked as a day rate, an hourly rate, a monthly figure, lakhs (LPA / CTC), total comp
   (TC, "K"), OTE in "grand": above the band is below; within it is no obstacle;
5. last time's objection that this role resolves (pay, sponsorship, wanting reports): above an
   equal silver medalist;
6. negations that refuse what the role is ("not another fintech", "no agencies", "done with
   early-stage", "anything but gambling"): below a person who said nothing against it;
7. work mode: remote-only against hybrid or an office role (one stated only in the description),
   and a one-day office cap against a four-day office role: below;
8. living elsewhere with no wish to move, for an office role: below a local;
9. "last time" is the latest process, and the stage reached (not a note's praise) counts;
10. managing against hands-on, and a title or level the person insists on;
11. an industry or mission wanted, or refused; a technology refused ("no more PHP").

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch
from evaluation.scenarios_told import reply, silver

REMOTE_EUROPE = dict(
    remote_policy="remote",
    location="Remote (Europe)",
    offers=["Fully remote anywhere in Europe"],
)
REMOTE_AU = dict(
    remote_policy="remote",
    location="Remote (Australia)",
    offers=["Work from home anywhere in Australia"],
)
LONDON_TWO_DAYS = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Two days a week in our Farringdon office"],
)
BRISBANE = "Brisbane, Australia"
AUSTIN = "Austin, TX, USA"
BENGALURU = "Bengaluru, India"


def rang(days, note, **kw) -> dict:
    """A call the recruiter made, written up afterwards."""
    return touch(days, outcome="replied", channel="phone", note=note, **kw)


def withdrew(days, note, **kw) -> dict:
    """Pulled out of a final round; the reason note says what they told us."""
    return app(days, "final", "withdrew", "other", note, **kw)


OPT_OUTS = [
    C(
        "blunt LinkedIn reply: not now, not ever vs 'not right now' after a promotion",
        "backend",
        [
            P(
                "Tobias Wendt",
                "backend",
                0,
                apps=[silver(330)],
                touches=[
                    reply(
                        33,
                        "Stop messaging me. Not interested, not now, not ever.",
                        channel="linkedin",
                    )
                ],
                excluded=True,
            ),
            P(
                "Jannik Vos",
                "backend",
                1,
                apps=[silver(330)],
                touches=[
                    reply(
                        33,
                        "Not right now - just got promoted - but don't lose my details.",
                        channel="linkedin",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "polite British email: remove my details vs switched off the automated job alerts",
        "data_eng",
        [
            P(
                "Fiona Braithwaite",
                "data_eng",
                0,
                apps=[silver(410, role="Data Engineer")],
                touches=[
                    reply(
                        61,
                        "Thank you for thinking of me once again. I'd be grateful if you could "
                        "remove my details and not get in touch in future - I've made my peace "
                        "with where I am. Warm wishes, Fiona",
                    )
                ],
                excluded=True,
            ),
            P(
                "Bryony Catterall",
                "data_eng",
                2,
                apps=[silver(410, role="Data Engineer")],
                touches=[
                    reply(
                        61,
                        "Thank you for thinking of me once again. I've switched off the "
                        "automated job alerts from your careers site as they were a bit much, "
                        "but please do get in touch personally if something senior comes up. "
                        "Warm wishes, Bryony",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "shorthand call note: no further contact, mark DNC vs WhatsApp going forward",
        "sre",
        [
            P(
                "Agnieszka Lis",
                "sre",
                0,
                apps=[silver(290, role="SRE")],
                touches=[
                    rang(
                        19,
                        "called cand - v clear she wants no further contact from us re "
                        "roles. pls mark DNC",
                    )
                ],
                excluded=True,
            ),
            P(
                "Weronika Sadowska",
                "sre",
                2,
                apps=[silver(290, role="SRE")],
                touches=[
                    rang(
                        19,
                        "called cand - prefers WhatsApp over calls going fwd, v friendly, "
                        "open to senior roles",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "withdrawal reason note: out of the talent pool for good vs keep her in it",
        "frontend",
        [
            P(
                "Chiara Esposti",
                "frontend",
                0,
                apps=[
                    withdrew(
                        230,
                        "Withdrew at final. Asked to be taken out of our talent pool and never "
                        "approached again - unhappy with how the take-home was run.",
                        role="Frontend Engineer",
                    )
                ],
                excluded=True,
            ),
            P(
                "Giulia Ferrante",
                "frontend",
                2,
                apps=[
                    withdrew(
                        230,
                        "Withdrew at final - accepted elsewhere. Asked us to keep her in our "
                        "talent pool for future roles.",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "relayed in the third person: wants nothing more from us vs drop his dead Hotmail",
        "backend",
        [
            P(
                "Ravi Kutty",
                "backend",
                0,
                apps=[silver(370)],
                touches=[
                    rang(
                        47,
                        "Per Ravi on the phone: wants nothing more from us - take him off every "
                        "list, no more calls, no more mails.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Ravi Pillai",
                "backend",
                2,
                apps=[silver(370)],
                touches=[
                    rang(
                        47,
                        "Per Ravi on the phone: his old Hotmail is dead, take that off the file "
                        "and use the Gmail from now on.",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "Australian reply: no more emails, I'm out vs no more emails, text me instead",
        "data_eng",
        [
            P(
                "Lachlan Doyle",
                "data_eng",
                0,
                apps=[silver(300, role="Data Engineer")],
                touches=[
                    reply(
                        26,
                        "Mate, appreciate it, but I'm out. No more emails please, I'm not going "
                        "anywhere.",
                    )
                ],
                excluded=True,
                location=BRISBANE,
            ),
            P(
                "Hamish Kerr",
                "data_eng",
                2,
                apps=[silver(300, role="Data Engineer")],
                touches=[
                    reply(
                        26,
                        "Mate, appreciate it - no more emails please though, I never check them "
                        "on site. Text me on the mobile instead.",
                    )
                ],
                location=BRISBANE,
            ),
        ],
        **REMOTE_AU,
    ),
    C(
        "European English: withdraws consent to processing vs asks for a copy of his data",
        "backend",
        [
            P(
                "Joost Hoekstra",
                "backend",
                0,
                apps=[silver(450)],
                touches=[
                    reply(
                        70,
                        "Hereby I withdraw my consent for the processing of my data for "
                        "recruitment purposes. Please confirm the deletion.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Sietse Bakker",
                "backend",
                1,
                apps=[silver(450)],
                touches=[
                    reply(
                        70,
                        "Hereby I request a copy of the personal data you keep about me, as is "
                        "my right. Thank you.",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
]

WAITS = [
    C(
        "wait: 'ask me after the cliff', four months off vs a cliff already passed",
        "backend",
        [
            P(
                "Dmitri Kuznetsov",
                "backend",
                1,
                apps=[silver(340)],
                touches=[
                    reply(
                        20,
                        "Would love to, but my one-year cliff is about four months away and "
                        "I'm not leaving that equity on the table. Ask me after the cliff?",
                    )
                ],
            ),
            P(
                "Pavel Sorokin",
                "backend",
                2,
                apps=[silver(340)],
                touches=[
                    reply(
                        20,
                        "Would love to - my one-year cliff passed ages ago so the equity is "
                        "mine either way. Happy to chat this week.",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "wait: Australian call note, won't move till probation's done (six months all up)",
        "frontend",
        [
            P(
                "Callum Ferrier",
                "frontend",
                1,
                apps=[silver(260, role="Frontend Engineer")],
                touches=[
                    rang(
                        25,
                        "Started at a new place six weeks back. Won't budge till probation's "
                        "done - it's six months all up. Nice bloke, keen on us later.",
                    )
                ],
                location=BRISBANE,
            ),
            P(
                "Riley Stewart",
                "frontend",
                2,
                apps=[silver(260, role="Frontend Engineer")],
                touches=[
                    rang(
                        25,
                        "Finished probation at his new place a while back, reckons it's not "
                        "the right fit. Keen on us now.",
                    )
                ],
                location=BRISBANE,
            ),
        ],
        **REMOTE_AU,
    ),
    C(
        "holidays counted from the day said: post-Diwali has come, post-Holi has not",
        "data_eng",
        [
            P(
                "Karthik Subramanian",
                "data_eng",
                2,
                apps=[silver(380, role="Data Engineer")],
                touches=[
                    reply(
                        50,
                        "Kindly reach out post Diwali, presently occupied with the festive "
                        "season release. Regards, Karthik",
                    )
                ],
                location=BENGALURU,
            ),
            P(
                "Venkatesh Iyengar",
                "data_eng",
                1,
                apps=[silver(380, role="Data Engineer")],
                touches=[
                    reply(
                        50,
                        "Kindly reach out post Holi, presently occupied with the year-end "
                        "release. Regards, Venkatesh",
                    )
                ],
                location=BENGALURU,
            ),
        ],
        remote_policy="remote",
        location="Remote (India)",
        offers=["Remote within India"],
    ),
    C(
        "quarters counted from the day said: 'try in Q2' typed in January vs nine days ago",
        "sales",
        [
            P(
                "Brendan Quinlan",
                "sales",
                2,
                ("Q1 is mad w/ budget season - try him in Q2", 300),
                apps=[silver(500, role="Account Executive")],
            ),
            P(
                "Declan Whelan",
                "sales",
                1,
                ("Q1 is mad w/ budget season - try him in Q2", 9),
                apps=[silver(500, role="Account Executive")],
            ),
        ],
        remote_policy="hybrid",
        location="Dublin, Ireland",
        offers=["Two office days a week in Dublin 2"],
    ),
    C(
        "relative wait counted from the day said: 'six weeks' typed in August vs this month",
        "sre",
        [
            P(
                "Oskar Lindgren",
                "sre",
                2,
                ("give me six weeks, we're mid-migration to the new cluster", 100),
                apps=[silver(420, role="SRE")],
            ),
            P(
                "Viktor Engstrom",
                "sre",
                1,
                ("give me six weeks, we're mid-migration to the new cluster", 12),
                apps=[silver(420, role="SRE")],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "wait: on long service leave till the end of summer (Australian, said in November)",
        "cs",
        [
            P(
                "Tegan O'Rourke",
                "cs",
                1,
                apps=[silver(310, role="Customer Success Manager")],
                touches=[
                    reply(
                        15,
                        "On long service leave till the end of summer - ping me after that "
                        "and we'll have a proper yarn.",
                    )
                ],
                location=BRISBANE,
            ),
            P(
                "Brooke Delaney",
                "cs",
                2,
                apps=[silver(310, role="Customer Success Manager")],
                touches=[
                    reply(
                        15,
                        "Back from long service leave and bored already - ping me and we'll "
                        "have a proper yarn.",
                    )
                ],
                location=BRISBANE,
            ),
        ],
        **REMOTE_AU,
    ),
    C(
        "a rambling note full of months and years vs the same ending 'after the new year'",
        "backend",
        [
            P(
                "Eamon Gallagher",
                "backend",
                2,
                apps=[silver(400)],
                touches=[
                    rang(
                        10,
                        "Caught up w/ Eamon for 40 mins. Background: joined his current co in "
                        "2021, became TL in March 2023, lost half the team in the layoffs in "
                        "October 2024, then spent most of 2025 rebuilding. Last June they moved "
                        "him onto billing, which he hates tbh. Wants a product team again, IC "
                        "is fine. Send him the spec.",
                    )
                ],
            ),
            P(
                "Ciaran Moloney",
                "backend",
                1,
                apps=[silver(400)],
                touches=[
                    rang(
                        10,
                        "Caught up w/ Ciaran for 40 mins. Background: joined his current co in "
                        "2021, became TL in March 2023, lost half the team in the layoffs in "
                        "October 2024, then spent most of 2025 rebuilding. Wants a product team "
                        "again but is parking any move until after the new year b/c of the "
                        "bonus payout.",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
]

OBJECTIONS = [
    C(
        "needs an H-1B transfer; the role's description rules out sponsorship",
        "backend",
        [
            P(
                "Arvind Raghavan",
                "backend",
                0,
                "on an H-1B - would need the new employer to transfer it and file for his GC",
                location=AUSTIN,
            ),
            P(
                "Marcus Bell",
                "backend",
                2,
                "green card holder, no sponsorship needed",
                location=AUSTIN,
            ),
        ],
        remote_policy="hybrid",
        location=AUSTIN,
        offers=["Hybrid: Tuesday to Thursday in our Austin office"],
        description=(
            "Build the services behind our ordering platform. You must already be authorized "
            "to work in the US; we cannot sponsor or transfer visas for this position."
        ),
    ),
    C(
        "done with rotating shifts; the role is a 24/7 shift rota",
        "sre",
        [
            P(
                "Gareth Pryor",
                "sre",
                0,
                touches=[
                    rang(
                        40,
                        "Told me straight: no more rotating shifts. Four years of nights have "
                        "wrecked his sleep.",
                    )
                ],
            ),
            P(
                "Owain Rees",
                "sre",
                2,
                touches=[
                    rang(
                        40,
                        "Told me straight: he's fine on rotating shifts as long as the "
                        "allowance is decent.",
                    )
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Cardiff, UK",
        offers=["24/7 operations centre: rotating 12-hour shifts including nights"],
    ),
    C(
        "no pager ever again (lower case); the role has a paged on-call rotation",
        "backend",
        [
            P("Nils Almqvist", "backend", 0, "no pager. ever again. did 5 yrs of it"),
            P("Emil Sundqvist", "backend", 2, "pager ok if rota is fair + paid"),
        ],
        **REMOTE_EUROPE,
        requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS\nKafka\n"
        "Joining the 1-in-5 out-of-hours on-call rotation",
    ),
    C(
        "won't work weekends; the role covers weekend shifts on a rota",
        "cs",
        [
            P(
                "Shanice Okoro",
                "cs",
                0,
                "Weekends are sacred - Saturdays are her son's football and Sundays are "
                "church; won't work them",
            ),
            P(
                "Danielle Whyte",
                "cs",
                2,
                "Doesn't mind a weekend shift now and then if there's time off in lieu",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        offers=["Saturday and Sunday cover on a rota, one weekend in three"],
    ),
    C(
        "won't live out of a suitcase again; the role is field sales three nights a week",
        "sales",
        [
            P(
                "Florian Brandl",
                "sales",
                0,
                "Doesn't want to live out of a suitcase again - a couple of trips a year at most",
                location="Munich, Germany",
            ),
            P(
                "Maximilian Gruber",
                "sales",
                2,
                "Happy on the road, used to three nights a week away",
                location="Munich, Germany",
            ),
        ],
        remote_policy="hybrid",
        location="Munich, Germany",
        title="Senior Account Executive, DACH",
        description=(
            "Field sales across Germany, Austria and Switzerland. Expect to be on the road "
            "three nights most weeks, visiting customers on site."
        ),
        offers=["Company car", "Munich office base"],
    ),
    C(
        "perm only for the mortgage; the role is a twelve-month fixed-term cover",
        "data_eng",
        [
            P(
                "Rachel Thornbury",
                "data_eng",
                0,
                "perm only - mortgage application going in and the lender won't look at an FTC",
            ),
            P(
                "Alison Marsh",
                "data_eng",
                2,
                "open to FTCs or contracts, likes the variety",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        title="Data Engineer (12-month FTC)",
        description=(
            "Maternity cover: a twelve-month fixed-term contract owning our Airflow and dbt "
            "pipelines, with a possible extension."
        ),
        offers=[],
    ),
    C(
        "needs a full-time salary; the role is part-time, three days a week",
        "cs",
        [
            P("Keisha Morgan", "cs", 0, "needs a FT salary - PT doesn't pay the bills"),
            P("Harriet Lowe", "cs", 2, "wants fewer days, ideally 3/wk"),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        title="Customer Success Manager (part-time)",
        description=(
            "A part-time role: 24 hours over three days a week, salary pro rata. Look after a "
            "book of mid-market accounts."
        ),
    ),
]

PAY = [
    C(
        "day rate: £700 a day vs £380 a day against a £75-95k perm band",
        "backend",
        [
            P(
                "Adrian Pickering",
                "backend",
                0,
                "contracting atm - would only go perm for the equivalent of £700/day",
                location="London, UK",
            ),
            P(
                "Simon Thwaite",
                "backend",
                2,
                "contracting atm - would go perm for the equivalent of £380/day",
                location="London, UK",
            ),
        ],
        **LONDON_TWO_DAYS,
        salary_min=75_000,
        salary_max=95_000,
        currency="GBP",
    ),
    C(
        "hourly: $110/hr vs $70/hr against a $130-160k band",
        "data_eng",
        [
            P(
                "Trevor Haynes",
                "data_eng",
                0,
                "1099 at the moment; his floor is $110/hr if he goes W-2",
                location=AUSTIN,
            ),
            P(
                "Curtis Beal",
                "data_eng",
                2,
                "1099 at the moment; his floor is $70/hr if he goes W-2",
                location=AUSTIN,
            ),
        ],
        remote_policy="remote",
        location="Remote (US)",
        offers=["Remote anywhere in the US"],
        salary_min=130_000,
        salary_max=160_000,
        currency="USD",
    ),
    C(
        "monthly in zloty: 32k a month vs 21k a month against a 240-300k PLN band",
        "backend",
        [
            P(
                "Bartosz Kaczmarek",
                "backend",
                0,
                apps=[silver(300, "Told us at final he needs 32k zł a month to move")],
                location="Warsaw, Poland",
            ),
            P(
                "Michal Pawlak",
                "backend",
                2,
                apps=[silver(300, "Told us at final he needs 21k zł a month to move")],
                location="Warsaw, Poland",
            ),
        ],
        remote_policy="hybrid",
        location="Warsaw, Poland",
        offers=["Two days a week in our Mokotów office"],
        salary_min=240_000,
        salary_max=300_000,
        currency="PLN",
    ),
    C(
        "lakhs: expecting 70 LPA vs 45 LPA against a 35-50 LPA band",
        "backend",
        [
            P(
                "Siddharth Joshi",
                "backend",
                0,
                touches=[rang(30, "cur CTC 42L fixed. exp 70 LPA min, not negotiable")],
                location=BENGALURU,
            ),
            P(
                "Aditya Kulkarni",
                "backend",
                2,
                touches=[rang(30, "cur CTC 36L fixed. exp 45 LPA, bit flexible")],
                location=BENGALURU,
            ),
        ],
        remote_policy="hybrid",
        location=BENGALURU,
        offers=["Hybrid, three days at the HSR Layout office"],
        salary_min=3_500_000,
        salary_max=5_000_000,
        currency="INR",
    ),
    C(
        "total comp: needs 450K TC vs 240K TC; the role states its band as total comp",
        "backend",
        [
            P(
                "Brandon Whitaker",
                "backend",
                0,
                "won't leave big tech for under 450K TC",
                location=AUSTIN,
            ),
            P(
                "Kyle Donovan",
                "backend",
                2,
                "would move for around 240K TC",
                location=AUSTIN,
            ),
        ],
        remote_policy="remote",
        location="Remote (US)",
        description=(
            "Build the services behind our ordering platform. Total compensation (base plus "
            "RSUs) of $200k-$250k."
        ),
        salary_min=200_000,
        salary_max=250_000,
        currency="USD",
    ),
    C(
        "OTE in grand: 190 grand OTE vs 135 grand OTE against a €120-150k OTE band",
        "sales",
        [
            P(
                "Niall Brennan",
                "sales",
                0,
                touches=[rang(45, "wont look at anything under 190 grand OTE")],
                location="Dublin, Ireland",
            ),
            P(
                "Ronan Keogh",
                "sales",
                2,
                touches=[rang(45, "135 grand OTE would get him over the line")],
                location="Dublin, Ireland",
            ),
        ],
        remote_policy="hybrid",
        location="Dublin, Ireland",
        offers=["OTE €120K-€150K, 60/40 base to variable", "Two office days a week"],
        salary_min=120_000,
        salary_max=150_000,
        currency="EUR",
    ),
    C(
        "asks in dollars for a euro band: at least $160k vs at least $100k against €85-105k",
        "data_eng",
        [
            P(
                "Rutger Visser",
                "data_eng",
                0,
                "wants at least $160k, that's what US companies have offered him",
                location="Amsterdam, Netherlands",
            ),
            P(
                "Daan Jansen",
                "data_eng",
                2,
                "wants at least $100k, that's what US companies have offered him",
                location="Amsterdam, Netherlands",
            ),
        ],
        remote_policy="hybrid",
        location="Amsterdam, Netherlands",
        offers=["Two days a week in our Amsterdam office"],
        salary_min=85_000,
        salary_max=105_000,
        currency="EUR",
    ),
]

RESOLVED = [
    C(
        "walked away over a capped offer; this band starts where she wanted",
        "data_eng",
        [
            P(
                "Marloes de Boer",
                "data_eng",
                2,
                apps=[
                    app(
                        260,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Offer capped at 82k; she wanted 98k min. Walked.",
                        past=dict(
                            remote_policy="hybrid",
                            location="Utrecht, Netherlands",
                            salary_max=82_000,
                            currency="EUR",
                        ),
                        role="Data Engineer",
                    )
                ],
            ),
            P("Femke Smit", "data_eng", 1, apps=[silver(260, role="Data Engineer")]),
        ],
        **REMOTE_EUROPE,
        salary_min=98_000,
        salary_max=115_000,
        currency="EUR",
    ),
    C(
        "pulled out because we couldn't sponsor; this role sponsors the visa",
        "backend",
        [
            P(
                "Oluwaseun Adeyemi",
                "backend",
                2,
                apps=[
                    withdrew(
                        350,
                        "Needed Skilled Worker sponsorship - we couldn't offer it on that req.",
                    )
                ],
                location="London, UK",
            ),
            P("Gideon Marsh", "backend", 1, apps=[silver(350)], location="London, UK"),
        ],
        **LONDON_TWO_DAYS,
        description=(
            "Build the services behind our ordering platform. We sponsor Skilled Worker visas "
            "for this role."
        ),
    ),
    C(
        "withdrew b/c the last role had no reports; this one is an EM",
        "manager",
        [
            P(
                "Siobhan Carey",
                "manager",
                2,
                apps=[withdrew(280, "withdrew b/c it was IC only - wants direct reports now")],
            ),
            P("Aoife Brady", "manager", 1, apps=[silver(280)]),
        ],
        remote_policy="hybrid",
        location="London, UK",
        offers=["Manage a team of five backend engineers"],
    ),
]

NEGATIONS = [
    C(
        "'not another fintech'; the role is a payments ledger",
        "backend",
        [
            P(
                "Kamil Dudek",
                "backend",
                0,
                "Not another fintech, please - three in a row was plenty",
            ),
            P("Lukas Brenner", "backend", 2, "Would happily do another fintech"),
        ],
        **REMOTE_EUROPE,
        title="Senior Backend Engineer, Ledger",
        description="Build the double-entry ledger behind our payments app (fintech, 40 people).",
    ),
    C(
        "'no agencies' (client work burnt her out); the role is at a digital agency",
        "frontend",
        [
            P("Hollie Sharp", "frontend", 0, "no agencies - client work burnt her out"),
            P("Megan Tully", "frontend", 2, "agency background, enjoys the variety of clients"),
        ],
        remote_policy="hybrid",
        location="Manchester, UK",
        offers=["Two days a week at our Northern Quarter studio"],
        description=(
            "Build web experiences for the brand clients of our digital agency: retail, "
            "travel and drinks."
        ),
    ),
    C(
        "'done with early-stage' vs 'wouldn't rule out early-stage'; the role is pre-seed",
        "data_eng",
        [
            P(
                "Rohan Mehra",
                "data_eng",
                0,
                "done with early-stage - wants a grown-up company with some process",
            ),
            P(
                "Nikhil Bose",
                "data_eng",
                2,
                "wouldn't rule out early-stage, likes building from zero",
            ),
        ],
        **REMOTE_EUROPE,
        description="Be the first data hire at a pre-seed startup of eight people.",
    ),
    C(
        "'anything but gambling'; the role builds a sports betting platform",
        "backend",
        [
            P("Connor Hale", "backend", 0, "anything but gambling/betting - personal reasons"),
            P("Liam Fenwick", "backend", 2, "likes consumer products with lots of traffic"),
        ],
        **REMOTE_EUROPE,
        description="Build the odds and bet settlement services for our sports betting brand.",
    ),
]

WORK_MODE = [
    C(
        "WFH only, no office days vs hybrid ok; the role is two days in London",
        "backend",
        [
            P("Priyanka Shah", "backend", 0, "WFH only. no office days, full stop."),
            P("Neha Varma", "backend", 2, "hybrid ok, 2 days in is fine"),
        ],
        **LONDON_TWO_DAYS,
    ),
    C(
        "one office day a week tops vs happy with four; the role is four days in Paris",
        "frontend",
        [
            P(
                "Mathilde Renard",
                "frontend",
                0,
                "1 day/wk in the office max - 2h commute each way",
                location="Paris, France",
            ),
            P(
                "Camille Lefevre",
                "frontend",
                2,
                "happy to be in 4 days, lives 10 min from the office",
                location="Paris, France",
            ),
        ],
        remote_policy="hybrid",
        location="Paris, France",
        offers=["Four days a week in our Paris office, Fridays at home"],
    ),
    C(
        "remote only; the role is office-based, said only in its description",
        "data_eng",
        [
            P(
                "Graham Whitley",
                "data_eng",
                0,
                "Fully remote only now - not doing an office again",
                location="Leeds, UK",
            ),
            P(
                "Stuart Pearce",
                "data_eng",
                2,
                "wants to be back in an office with people",
                location="Leeds, UK",
            ),
        ],
        remote_policy=None,
        location="Leeds, UK",
        offers=[],
        description=(
            "An office-based role, Monday to Friday at our Leeds HQ. Own the analytics "
            "pipelines that finance and product rely on."
        ),
    ),
]

LOCATIONS = [
    C(
        "settled in Manchester, not moving; the role is on site in London",
        "backend",
        [
            P(
                "Jordan Ashcroft",
                "backend",
                0,
                "Settled in Manchester, not moving for anyone",
                location="Manchester, UK",
            ),
            P("Ellis Morton", "backend", 2, location="London, UK"),
        ],
        remote_policy="onsite",
        location="London, UK",
        offers=["Five days a week in our Shoreditch office"],
    ),
    C(
        "Indian English: not open to relocation from Pune; the role is on site in Bengaluru",
        "data_eng",
        [
            P(
                "Amruta Deshmukh",
                "data_eng",
                0,
                touches=[
                    reply(
                        80,
                        "Thank you for reaching out. I am not open to relocation, my parents "
                        "are staying with me here in Pune.",
                    )
                ],
                location="Pune, India",
            ),
            P(
                "Shweta Narayan",
                "data_eng",
                2,
                touches=[
                    reply(
                        80,
                        "Thank you for reaching out. I stay in Koramangala itself, open to the "
                        "right opportunity.",
                    )
                ],
                location=BENGALURU,
            ),
        ],
        remote_policy="onsite",
        location=BENGALURU,
        offers=["Five days a week at our Whitefield office"],
    ),
]

LAST_TIME = [
    C(
        "the latest process counts: screen reject then final vs final then screen reject",
        "backend",
        [
            P(
                "Gabriel Duarte",
                "backend",
                2,
                apps=[
                    app(
                        date(2024, 3, 4),
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Thin on Kafka back then",
                        role="Backend Engineer II",
                    ),
                    silver(date(2026, 2, 9)),
                ],
            ),
            P(
                "Rui Carvalho",
                "backend",
                0,
                apps=[
                    silver(date(2024, 3, 4), role="Backend Engineer II"),
                    app(
                        date(2026, 2, 9),
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Couldn't explain Kafka consumer groups at the screen",
                    ),
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "the stage reached counts: a close final vs a glowing note at the screen",
        "sre",
        [
            P(
                "Hannes Berger",
                "sre",
                2,
                apps=[
                    app(
                        260,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Close call at final, went with the internal candidate",
                        role="SRE",
                    )
                ],
            ),
            P(
                "Jonas Pichler",
                "sre",
                1,
                apps=[
                    app(
                        260,
                        "screen",
                        "rejected",
                        "headcount",
                        "WOW - brilliant cv, amazing energy, total superstar!! req filled "
                        "before we could move him on",
                        role="SRE",
                    )
                ],
            ),
        ],
        **REMOTE_EUROPE,
    ),
    C(
        "last time is the latest: remote-only objection years ago vs remote-only at offer lately",
        "backend",
        [
            P(
                "Tiago Mendes",
                "backend",
                2,
                apps=[
                    app(
                        date(2023, 5, 22),
                        "offer",
                        "declined_offer",
                        "remote_policy",
                        "Declined - wanted fully remote back then",
                        past=dict(remote_policy="hybrid", location="Lisbon, Portugal"),
                        role="Backend Engineer (2023)",
                    ),
                    silver(
                        date(2026, 1, 26),
                        "Loved the hybrid set-up this time round, lost narrowly",
                        past=dict(remote_policy="hybrid", location="Lisbon, Portugal"),
                    ),
                ],
            ),
            P(
                "Nuno Batista",
                "backend",
                0,
                apps=[
                    silver(
                        date(2023, 5, 22),
                        past=dict(remote_policy="hybrid", location="Lisbon, Portugal"),
                        role="Backend Engineer (2023)",
                    ),
                    app(
                        date(2026, 1, 26),
                        "offer",
                        "declined_offer",
                        "remote_policy",
                        "Turned down the offer: won't do any office days, remote only now.",
                        past=dict(remote_policy="hybrid", location="Lisbon, Portugal"),
                    ),
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Lisbon, Portugal",
        offers=["Two days a week in our Lisbon office"],
    ),
]

LEVEL = [
    C(
        "wants to stay IC, no direct reports vs ready for reports; the role is an EM",
        "manager",
        [
            P("Ingrid Tveit", "manager", 0, "wants to stay IC - no direct reports thx"),
            P("Kari Haugen", "manager", 2, "ready for direct reports; been a TL 2 yrs"),
        ],
        remote_policy="hybrid",
        location="Oslo, Norway",
        offers=["Line-manage six engineers"],
    ),
    C(
        "wants the Principal title; the role is Principal Engineer",
        "backend",
        [
            P(
                "Aleksander Nowicki",
                "backend",
                2,
                "Wants the Principal title - already doing the job",
            ),
            P("Piotr Zajac", "backend", 1),
        ],
        remote_policy="remote",
        location="Remote (Europe)",
        title="Principal Backend Engineer",
        seniority="staff",
        offers=["Fully remote anywhere in Europe", "Title: Principal Engineer"],
    ),
    C(
        "won't step down to mid-level; the role is mid-level",
        "backend",
        [
            P(
                "Sebastian Kruger",
                "backend",
                0,
                "won't take a step down to mid-level, senior or above only",
            ),
            P(
                "Moritz Hahn",
                "backend",
                2,
                "title doesn't matter, would take a mid-level role for the right product",
            ),
        ],
        **REMOTE_EUROPE,
        title="Backend Engineer (mid-level)",
        seniority="mid",
    ),
]

MISSION = [
    C(
        "wants work that helps patients; the role cuts NHS waiting lists",
        "backend",
        [
            P("Eleanor Pike", "backend", 2, "wants work that actually helps patients"),
            P("Rebecca Doyle", "backend", 1),
        ],
        **LONDON_TWO_DAYS,
        description="Build the software that helps NHS clinics cut their waiting lists.",
    ),
    C(
        "only climate work now; the role is ad tech",
        "data_eng",
        [
            P("Freya Lindholm", "data_eng", 0, "only wants climate / energy-transition work now"),
            P("Sofie Kjeldsen", "data_eng", 2, "no strong views on industry, wants a good team"),
        ],
        **REMOTE_EUROPE,
        description="Own the pipelines of our programmatic advertising platform.",
    ),
]

TECH = [
    C(
        "'no more PHP'; the role is a Laravel monolith",
        "backend",
        [
            P("Darius Novak", "backend", 0, "no more PHP. did 8 yrs of it, never again"),
            P("Tomas Horvath", "backend", 2, "happy in PHP or Python"),
        ],
        **REMOTE_EUROPE,
        title="Senior PHP Engineer",
        requirements="PHP 8\nLaravel\nMySQL\nRedis",
        description="Maintain and grow our Laravel monolith.",
    ),
]

HELDOUT2_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *OBJECTIONS,
    *PAY,
    *RESOLVED,
    *NEGATIONS,
    *WORK_MODE,
    *LOCATIONS,
    *LAST_TIME,
    *LEVEL,
    *MISSION,
    *TECH,
]
