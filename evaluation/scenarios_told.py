"""Rediscovery cases written in recruiters' own words (issue 12, "Read what people told us").

Each case pits people built from the same skill profile against one opening, so only what
they told us decides the order: notes typed after a call, replies pasted from LinkedIn,
reason notes, motivations — in shorthand, with typos, in the first and the third person.
Keyword rules misread these; the reading step (``reading``) must not. The classes:

1. an opt-out written in a note: never shown; near-misses ("not this role") stay;
2. a wait without a month name: shown, but below an equal person with no wait;
3. a standing objection the role goes against (sponsorship, on-call/shifts/nights,
   relocation, a pay floor in another currency): below; the same objection resolved by the
   role: above;
4. a negation that is a refusal ("no more agencies"): below, for a role it refuses;
5. "last time" means the latest process, not an older one;
6. lives elsewhere, no wish to move, for an office role: below a local;
7. remote only, for a hybrid role (relocation package or not): below.

Dates count back from the scenario day (Monday 23 November 2026).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

REMOTE = dict(remote_policy="remote", location="Remote (EU)", offers=["Fully remote within EU"])
LISBON_HYBRID = dict(
    remote_policy="hybrid",
    location="Lisbon, Portugal",
    offers=["Three days a week in our Lisbon office"],
)
LISBON_HYBRID_RELO = dict(
    remote_policy="hybrid",
    location="Lisbon, Portugal",
    offers=["Two days a week in the Lisbon office", "Relocation package if you move to Lisbon"],
)
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Two days a week in our King's Cross office"],
)
PAST_MUNICH = dict(
    remote_policy="onsite", location="Munich, Germany", salary_max=100_000, currency="EUR"
)
PAST_BERLIN = dict(
    remote_policy="onsite", location="Berlin, Germany", salary_max=95_000, currency="EUR"
)
JAN_2026 = date(2026, 1, 15)  # the latest process of the "last time" cases
SEP_2024 = date(2024, 9, 10)  # an older one


def silver(days=320, note=None, role="Backend Engineer", **kw) -> dict:
    """Lost a final round to one other person: a silver medalist."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.3, role=role, **kw)


def reply(days, note, **kw) -> dict:
    """Their reply to us, as the recruiter logged it."""
    return touch(days, "inbound", "replied", note=note, **kw)


OPT_OUTS = [
    C(
        "opt-out in a reply vs 'not this role' in a reply",
        "backend",
        [
            P(
                "Ingrid Solberg",
                "backend",
                0,
                apps=[silver()],
                touches=[reply(45, "Please stop emailing me. I'm settled and not going anywhere.")],
                excluded=True,
            ),
            P(
                "Tariq Aziz",
                "backend",
                1,
                apps=[silver()],
                touches=[reply(45, "This one isn't for me, but do keep me posted on remote work.")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "recruiter's call note: asked us not to get in touch again",
        "data_eng",
        [
            P(
                "Dana Whitfield",
                "data_eng",
                0,
                touches=[
                    touch(
                        70,
                        outcome="replied",
                        channel="phone",
                        note="Rang Dana about the analytics role. She asked us not to get in "
                        "touch again, about anything. Logged it.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Kofi Mensah",
                "data_eng",
                1,
                touches=[
                    touch(
                        70,
                        outcome="replied",
                        channel="phone",
                        note="Rang Kofi about the analytics role. Not looking right now, new job "
                        "is going well, but happy for us to stay in touch.",
                    )
                ],
            ),
        ],
        **REMOTE,
    ),
    C(
        "shorthand 'take me off ur list' vs 'send the next one'",
        "sre",
        [
            P(
                "Bea Lindgren",
                "sre",
                0,
                touches=[reply(30, "pls take me off ur mailing list, ta", channel="linkedin")],
                excluded=True,
            ),
            P(
                "Ollie Grant",
                "sre",
                1,
                touches=[
                    reply(
                        30, "not for me this one but send the next one my way", channel="linkedin"
                    )
                ],
            ),
        ],
        remote_policy="remote",
    ),
    C(
        "opt-out typed with typos",
        "frontend",
        [
            P(
                "Nika Jovanović",
                "frontend",
                0,
                touches=[reply(90, "dont contact me agian. ive said so twice now")],
                excluded=True,
            ),
            P(
                "Pieter de Boer",
                "frontend",
                2,
                touches=[reply(90, "thx for reachign out - happy to chat whenevr")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "opt-out in an application's reason note",
        "cs",
        [
            P(
                "Gwen Morgan",
                "cs",
                0,
                apps=[
                    app(
                        200,
                        "interview",
                        "withdrew",
                        "not_interested",
                        "Withdrew after the first interview and asked that we never approach "
                        "her about future openings.",
                        role="Customer Success Manager",
                    )
                ],
                excluded=True,
            ),
            P(
                "Luis Navarro",
                "cs",
                2,
                apps=[
                    app(
                        200,
                        "interview",
                        "withdrew",
                        "not_interested",
                        "Withdrew after the first interview: accepted an offer elsewhere the "
                        "same week.",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        remote_policy="remote",
    ),
    C(
        "an opt-out two years old still holds",
        "backend",
        [
            P(
                "Rhys Evans",
                "backend",
                0,
                apps=[silver(800)],
                touches=[reply(730, "Unsubscribe.")],
                excluded=True,
            ),
            P(
                "Karin Holm",
                "backend",
                2,
                apps=[silver(800)],
                touches=[reply(730, "Thanks, will keep an eye out.")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "'No thanks.' to our outreach vs 'no thanks to that one'",
        "data_eng",
        [
            P(
                "Amara Obi",
                "data_eng",
                0,
                touches=[reply(60, "No thanks.", kind="re_engagement")],
                excluded=True,
            ),
            P(
                "Stefan Krause",
                "data_eng",
                1,
                touches=[
                    reply(
                        60,
                        "No thanks to the Munich one, I'm not after an office job. "
                        "Remote I'd consider.",
                        kind="re_engagement",
                    )
                ],
            ),
        ],
        **REMOTE,
    ),
    C(
        "third person on LinkedIn: wants to be left alone vs not looking at the moment",
        "sales",
        [
            P(
                "Declan Murphy",
                "sales",
                0,
                touches=[
                    reply(
                        25,
                        "Declan replied on LinkedIn: three of us have messaged him already and "
                        "he wants to be left alone. Do not message him again.",
                        channel="linkedin",
                    )
                ],
                excluded=True,
            ),
            P(
                "Sinead Byrne",
                "sales",
                1,
                touches=[
                    reply(
                        25,
                        "Sinead replied on LinkedIn: not looking at the moment, thanks for "
                        "thinking of her.",
                        channel="linkedin",
                    )
                ],
            ),
        ],
        remote_policy="remote",
    ),
]

WAITS = [
    C(
        "wait: once the acquisition closes next year",
        "backend",
        [
            P(
                "Alix Fontaine",
                "backend",
                1,
                touches=[
                    reply(
                        12,
                        "Keen, but come back to me once the acquisition closes next year - "
                        "nothing moves before then.",
                    )
                ],
            ),
            P(
                "Bram Peeters",
                "backend",
                2,
                touches=[reply(12, "Keen - send me the details and let's find a time.")],
            ),
        ],
        **REMOTE,
    ),
    C(
        "wait: back from parental leave in the new year",
        "data_eng",
        [
            P(
                "Signe Nilsen",
                "data_eng",
                1,
                "On parental leave at the moment; back at work in the new year and won't look at "
                "anything before then",
            ),
            P("Tove Aronsson", "data_eng", 2, "Speaks Norwegian, Swedish and English"),
        ],
        **REMOTE,
    ),
    C(
        "wait: try me again after Q2",
        "sre",
        [
            P(
                "Dmitri Volkov",
                "sre",
                1,
                touches=[reply(20, "try me again after Q2 - my RSUs vest then")],
            ),
            P(
                "Samir Haddad",
                "sre",
                2,
                touches=[reply(20, "always happy to hear about SRE roles, thanks")],
            ),
        ],
        remote_policy="remote",
    ),
    C(
        "wait: asked us to give it a quarter (reason note)",
        "backend",
        [
            P(
                "Harriet Cole",
                "backend",
                1,
                apps=[
                    silver(
                        50,
                        "Lost out to an internal transfer. Asked us to give it a quarter before "
                        "we get back in touch - wants to finish the migration first.",
                    )
                ],
            ),
            P(
                "Imogen Blake",
                "backend",
                2,
                apps=[
                    silver(
                        50,
                        "Lost out to an internal transfer. Strong system design, great with "
                        "stakeholders.",
                    )
                ],
            ),
        ],
        **REMOTE,
    ),
    C(
        "wait: 'cant move til after chrismas' (typos)",
        "frontend",
        [
            P(
                "Jade Wilson",
                "frontend",
                1,
                touches=[
                    reply(
                        8,
                        "cant think about moving til after chrismas, family stuff",
                        channel="linkedin",
                    )
                ],
            ),
            P(
                "Kyle Morris",
                "frontend",
                2,
                touches=[
                    reply(8, "cheers, good to hear from you, fire over the JD", channel="linkedin")
                ],
            ),
        ],
        **REMOTE,
    ),
    C(
        "wait: a six-month notice period, nothing before the middle of next year",
        "cs",
        [
            P(
                "Lorna Reid",
                "cs",
                1,
                "Her notice period is six months, so realistically she can't start anything "
                "before the middle of next year",
            ),
            P("Moira Kerr", "cs", 2, "Speaks Portuguese and Spanish with customers"),
        ],
        remote_policy="remote",
    ),
    C(
        "wait: a couple of months to settle a new team (call note)",
        "data_eng",
        [
            P(
                "Nils Ekberg",
                "data_eng",
                1,
                touches=[
                    touch(
                        10,
                        outcome="replied",
                        channel="phone",
                        note="Good call. He asked for a couple of months to settle his new team "
                        "before he'd consider a move.",
                    )
                ],
            ),
            P(
                "Oskar Lund",
                "data_eng",
                2,
                touches=[
                    touch(
                        10,
                        outcome="replied",
                        channel="phone",
                        note="Good call. He's curious about the pipeline work and asked for "
                        "the job spec.",
                    )
                ],
            ),
        ],
        **REMOTE,
    ),
    C(
        "wait: not before next spring",
        "backend",
        [
            P(
                "Petra Novak",
                "backend",
                1,
                "Not before next spring - we're halfway through a house move",
            ),
            P("Quentin Roy", "backend", 2, "Has built logistics software for ten years"),
        ],
        **REMOTE,
    ),
]

OBJECTIONS = [
    C(
        "needs a visa sponsored; the role cannot sponsor",
        "backend",
        [
            P(
                "Thiago Ramos",
                "backend",
                0,
                "Would need a UK Skilled Worker visa sponsored - Brazilian passport only",
            ),
            P("Ellen Ward", "backend", 2),
        ],
        description="Build the services behind our ordering platform.\n\nRight to work:\n"
        "- We are unable to sponsor visas for this role.",
        **LONDON_HYBRID,
    ),
    C(
        "needs sponsorship; the role sponsors visas",
        "data_eng",
        [
            P(
                "Arun Pillai",
                "data_eng",
                2,
                "needs sponsorship to work in the EU, currently on an Indian passport",
            ),
            P("Jonas Meier", "data_eng", 1),
        ],
        remote_policy="hybrid",
        location="Amsterdam, Netherlands",
        offers=[
            "Two days a week in the Amsterdam office",
            "Visa sponsorship available (we sponsor the highly skilled migrant permit)",
        ],
    ),
    C(
        "graduate visa running out (third person); the role needs the right to work",
        "sre",
        [
            P(
                "Mehmet Yilmaz",
                "sre",
                0,
                touches=[
                    reply(
                        40,
                        "Mehmet's graduate visa runs out soon, so any new employer would have "
                        "to sponsor him.",
                    )
                ],
            ),
            P(
                "Rowan Hughes",
                "sre",
                2,
                touches=[reply(40, "Rowan's keen on the platform work and asked about team size.")],
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        description="Keep the platform fast and boring.\n\nThe details:\n- Remote, UK only\n"
        "- You must already have the right to work in the UK; we can't sponsor.",
    ),
    C(
        "done with pager duty; the role has an on-call rota",
        "sre",
        [
            P(
                "Freya Olsen",
                "sre",
                0,
                "Did five years of pager duty. Not doing on-call again, whatever the pay.",
            ),
            P("Matteo Conti", "sre", 2),
        ],
        remote_policy="remote",
        description="Keep the platform fast and boring.\n\nWorking pattern:\n"
        "- On-call rota, one week in six, paid on top of salary",
    ),
    C(
        "cannot do evening shifts; the role has a support rota with evenings",
        "cs",
        [
            P(
                "Hollie Price",
                "cs",
                0,
                touches=[
                    reply(
                        35,
                        "Can't do evening shifts - I do the school pickups and bedtimes on my own.",
                    )
                ],
            ),
            P(
                "Nadine Clarke",
                "cs",
                2,
                touches=[reply(35, "Happy to hear more, the account side sounds interesting.")],
            ),
        ],
        remote_policy="remote",
        description="Look after our largest accounts.\n\nHours:\n"
        "- Support rota with evening shifts until 22:00, two weeks a month",
    ),
    C(
        "no nights, non-negotiable (shorthand); the role has night shifts",
        "sre",
        [
            P(
                "Wojtek Zając",
                "sre",
                0,
                "no nights. non-negotiable, last job wrecked his sleep",
            ),
            P("Ruth Adler", "sre", 2),
        ],
        remote_policy="remote",
        description="Keep the platform fast and boring.\n\nWorking pattern:\n"
        "- Follow-the-sun support with two night shifts a month",
    ),
    C(
        "burnt out on out-of-hours pages; the role has no on-call",
        "backend",
        [
            P(
                "Hiroshi Sato",
                "backend",
                2,
                "Burnt out on out-of-hours pages; wants a job without an on-call rota",
            ),
            P("Clara Nunes", "backend", 1),
        ],
        remote_policy="remote",
        location="Remote (EU)",
        offers=[
            "Fully remote within EU",
            "No on-call: a dedicated operations team handles incidents",
        ],
    ),
    C(
        "won't relocate from Porto; the role is on-site in Berlin",
        "data_eng",
        [
            P(
                "Beatriz Lopes",
                "data_eng",
                0,
                "Won't relocate - partner's job and the kids' school are in Porto",
                location="Porto, Portugal",
            ),
            P("Rui Almeida", "data_eng", 2, location="Porto, Portugal"),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
        offers=["Office in Kreuzberg, five days a week"],
    ),
    C(
        "staying in Porto; the role is remote",
        "data_eng",
        [
            P(
                "Marta Sousa",
                "data_eng",
                2,
                "Staying in Porto, not moving anywhere for work",
                location="Porto, Portugal",
            ),
            P("Hugo Pires", "data_eng", 1, location="Porto, Portugal"),
        ],
        **REMOTE,
    ),
    C(
        "just bought in Manchester, not moving (third person); hybrid in London",
        "backend",
        [
            P(
                "Gareth Lloyd",
                "backend",
                0,
                touches=[
                    reply(
                        55,
                        "He's just signed a mortgage in Manchester and isn't willing to move "
                        "cities for a job.",
                    )
                ],
                location="Manchester, UK",
            ),
            P(
                "Owen Parry",
                "backend",
                2,
                touches=[reply(55, "He liked the sound of the ordering platform.")],
                location="Manchester, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "a pay floor in euros above a pound band",
        "backend",
        [
            P(
                "Elena Vidal",
                "backend",
                0,
                touches=[reply(30, "Anything from €115k and I'm interested.")],
            ),
            P(
                "Sofie Dam",
                "backend",
                2,
                touches=[reply(30, "Sounds interesting, what's the team like?")],
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        salary_min=75_000,
        salary_max=90_000,
        currency="GBP",
        offers=["£75k–£90k base", "Fully remote within the UK"],
    ),
    C(
        "min 125k EUR base (shorthand) vs a £80k–£95k band",
        "data_eng",
        [
            P("Adrián Molina", "data_eng", 0, "min 125k EUR base, otherwise staying put"),
            P("Bruno Teixeira", "data_eng", 2),
        ],
        salary_min=80_000,
        salary_max=95_000,
        currency="GBP",
        **LONDON_HYBRID,
    ),
    C(
        "a dollar floor above a pound band (third person)",
        "frontend",
        [
            P(
                "Carmen Ortiz",
                "frontend",
                0,
                "Was paid in dollars at her last job; she won't take less than $130k",
            ),
            P("Dora Kiss", "frontend", 2),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        salary_min=70_000,
        salary_max=85_000,
        currency="GBP",
    ),
    C(
        "a euro floor the pound band now clears",
        "backend",
        [
            P("Eamon Walsh", "backend", 2, "Needs €115k minimum to make a move worth it"),
            P("Fiona Doyle", "backend", 1),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        salary_min=100_000,
        salary_max=120_000,
        currency="GBP",
        offers=["£100k–£120k base"],
    ),
]

NEGATIONS = [
    C(
        "no more agencies; the role is at an agency",
        "frontend",
        [
            P(
                "Lotte Jansen",
                "frontend",
                0,
                "no more agencies - wants to own one product long term",
            ),
            P("Pablo Ortega", "frontend", 2),
        ],
        remote_policy="remote",
        description="Build client websites and apps.\n\nAbout us:\nAn independent design and "
        "engineering agency working with travel and media brands.",
    ),
    C(
        "done with retail for good; the role is at a retailer",
        "data_eng",
        [
            P(
                "Carla Mendes",
                "data_eng",
                0,
                touches=[reply(50, "Done with retail for good. Six Black Fridays was enough.")],
            ),
            P(
                "Nuno Reis",
                "data_eng",
                2,
                touches=[reply(50, "Happy to chat, send over the details.")],
            ),
        ],
        remote_policy="remote",
        description="Own the analytics pipelines behind 300 stores.\n\nAbout us:\nA retail group "
        "selling homeware across Iberia, online and in store.",
    ),
    C(
        "not interested in managing people; a manager role",
        "manager",
        [
            P(
                "Iris Kowalczyk",
                "manager",
                0,
                "Not interested in managing people again - tried it, wants to stay hands-on",
            ),
            P("Adam Novak", "manager", 2),
        ],
        offers=["Lead the payments team of six engineers"],
        **{k: v for k, v in LONDON_HYBRID.items() if k != "offers"},
    ),
    C(
        "won't work in gambling (third person); a sportsbook",
        "backend",
        [
            P(
                "Ewan Fraser",
                "backend",
                0,
                "Won't work anywhere in gambling - a line he drew years ago",
            ),
            P("Lena Horvat", "backend", 2),
        ],
        remote_policy="remote",
        description="Build the services behind our sportsbook.\n\nAbout us:\nA licensed online "
        "gambling operator with two million customers.",
    ),
    C(
        "def no crypto (shorthand); a crypto exchange",
        "backend",
        [
            P("Farid Rahimi", "backend", 0, "def no crypto/web3 places"),
            P("Greta Lind", "backend", 2),
        ],
        remote_policy="remote",
        description="Build the order-matching services.\n\nAbout us:\nA regulated crypto exchange "
        "serving customers across Europe.",
    ),
    C(
        "no people management wanted; an individual-contributor role",
        "backend",
        [
            P(
                "Henrik Moe",
                "backend",
                2,
                "Not interested in people management; wants to stay an IC",
            ),
            P("Ida Berg", "backend", 1),
        ],
        seniority="staff",
        remote_policy="remote",
        offers=["Individual contributor track - no line management"],
    ),
]

LAST_TIME = [
    C(
        "last time is the latest process: on-site refusal stands, old pay gap resolved",
        "backend",
        [
            P(
                "Nadia Petrova",
                "backend",
                0,
                apps=[
                    app(
                        SEP_2024,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Asked for €118k; we could only go to €100k",
                        past=PAST_MUNICH,
                    ),
                    app(
                        JAN_2026,
                        "offer",
                        "declined_offer",
                        "remote_policy",
                        "Turned the offer down: could not commit to five days a week in the office",
                        past=PAST_MUNICH,
                    ),
                ],
            ),
            P(
                "Jonas Falk",
                "backend",
                2,
                apps=[
                    app(
                        SEP_2024,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Asked for €118k; we could only go to €100k",
                        past=PAST_MUNICH,
                    )
                ],
            ),
        ],
        remote_policy="onsite",
        location="Munich, Germany",
        salary_min=120_000,
        salary_max=140_000,
        currency="EUR",
        offers=["Office in central Munich, five days a week"],
    ),
    C(
        "last time is the latest process: pay (now resolved) after an older office complaint",
        "data_eng",
        [
            P(
                "Sara Lind",
                "data_eng",
                2,
                apps=[
                    app(
                        SEP_2024,
                        "final",
                        "withdrew",
                        "other",
                        "Didn't fancy the daily commute to the office back then",
                        past=PAST_BERLIN,
                        role="Data Engineer",
                    ),
                    app(
                        JAN_2026,
                        "offer",
                        "declined_offer",
                        "other",
                        "Wanted €110k, our band stopped at €95k",
                        past=PAST_BERLIN,
                        role="Data Engineer",
                    ),
                ],
                location="Berlin, Germany",
            ),
            P("Tobias Roth", "data_eng", 1, location="Berlin, Germany"),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
        salary_min=110_000,
        salary_max=125_000,
        currency="EUR",
    ),
    C(
        "last time is the latest process: on-call deal-breaker stands, old pay gap resolved",
        "sre",
        [
            P(
                "Ulla Virtanen",
                "sre",
                0,
                apps=[
                    app(
                        SEP_2024,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Offer came in about €10k under what she's on",
                        role="SRE",
                    ),
                    app(
                        JAN_2026,
                        "final",
                        "withdrew",
                        "other",
                        "Withdrew at the final: the on-call rota was a deal-breaker for her",
                        role="SRE",
                    ),
                ],
            ),
            P(
                "Viktor Lang",
                "sre",
                2,
                apps=[
                    app(
                        SEP_2024,
                        "offer",
                        "declined_offer",
                        "compensation",
                        "Offer came in about €10k under what he's on",
                        role="SRE",
                    )
                ],
            ),
        ],
        remote_policy="remote",
        salary_min=120_000,
        salary_max=140_000,
        currency="EUR",
        offers=["On-call one week in five, paid"],
    ),
]

LOCATIONS = [
    C(
        "lives in San Francisco, no wish to move; hybrid in Lisbon",
        "backend",
        [
            P("Ava Thompson", "backend", 0, location="San Francisco, USA"),
            P("Duarte Matos", "backend", 2, location="Lisbon, Portugal"),
        ],
        **LISBON_HYBRID,
    ),
    C(
        "lives in Manchester; on-site in Berlin",
        "data_eng",
        [
            P("Callum Reid", "data_eng", 0, location="Manchester, UK"),
            P("Lea Schmidt", "data_eng", 2, location="Berlin, Germany"),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
        offers=["Office in Mitte, five days a week"],
    ),
    C(
        "lives in Toronto: no wish to move vs moving to Amsterdam vs local",
        "frontend",
        [
            P("Priya Shah", "frontend", 0, location="Toronto, Canada"),
            P(
                "Noah Tremblay",
                "frontend",
                2,
                "Wants to move to Amsterdam - his partner is Dutch",
                location="Toronto, Canada",
            ),
            P("Femke Visser", "frontend", 2, location="Amsterdam, Netherlands"),
        ],
        remote_policy="hybrid",
        location="Amsterdam, Netherlands",
        offers=["Two days a week in the Amsterdam office"],
    ),
]

REMOTE_ONLY = [
    C(
        "remote or nothing; hybrid in Lisbon with a relocation package",
        "backend",
        [
            P("Sérgio Costa", "backend", 0, "remote or nothing, done with offices"),
            P("Teresa Lima", "backend", 2),
        ],
        **LISBON_HYBRID_RELO,
    ),
    C(
        "turned down two hybrid offers this year; hybrid in Lisbon, relocation offered",
        "data_eng",
        [
            P(
                "Gabriel Rocha",
                "data_eng",
                0,
                "100% remote only - has turned down two hybrid offers this year",
                location="Porto, Portugal",
            ),
            P("Inês Moura", "data_eng", 2, location="Porto, Portugal"),
        ],
        **LISBON_HYBRID_RELO,
    ),
    C(
        "WFH since 2020 and not going back (third person); hybrid in Lisbon",
        "sre",
        [
            P(
                "Wendy Clarke",
                "sre",
                0,
                touches=[
                    reply(
                        40,
                        "She'll only look at fully remote roles now - WFH since 2020 and not "
                        "going back.",
                    )
                ],
            ),
            P(
                "Joana Faria",
                "sre",
                2,
                touches=[reply(40, "She'd like to hear more about the platform team.")],
            ),
        ],
        **LISBON_HYBRID_RELO,
    ),
]

TOLD_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *OBJECTIONS,
    *NEGATIONS,
    *LAST_TIME,
    *LOCATIONS,
    *REMOTE_ONLY,
]
