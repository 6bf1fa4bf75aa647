"""Held-out rediscovery cases, seventy-second set: Dutch and Flemish hiring in recruiters' and
candidates' own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
line ("held-out 72") and never tuned to what Encore does. The recruiters are in-house talent
teams at Eindhoven high-tech and semiconductor firms, a Rotterdam port-logistics group, an
Antwerp chemicals cluster employer, Amsterdam scale-ups and a Brussels consultancy, plus agency
consultants working the Randstad (the region, not the firm) and Flanders. The voices: terse ATS
shorthand with typos ("cand", "vast contract", "ZZP", "30%-reg", "kennismig", "lease", "NS-kaart"),
consultants' third-person call notes, lower-case WhatsApps, LinkedIn replies, candidates' emails,
a formal letter or two, long rambling call notes where one line decides, and lines in Dutch and
Flemish ("ik wil niet meer benaderd worden", "bel me na de kerstvakantie", "ge moogt mij
schrappen"). The people are backend, data, ML, platform and frontend engineers, team leads,
account executives, customer success managers and financial analysts living across the
Netherlands and Flanders: Eindhoven, Veldhoven, Den Bosch, Tilburg, Breda, Rotterdam, Delft,
Dordrecht, Amsterdam, Haarlem, Almere, Utrecht, Amersfoort, Zwolle, Groningen, Antwerp, Ghent,
Leuven, Mechelen, Hasselt, Brussels and Zeeland across the Westerschelde.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an AVG/GDPR erasure request, "haal me uit jullie systeem", "ge moogt mij
   schrappen", an angry WhatsApp, a recruiter's "DNC gezet", a LinkedIn "not interested, ever",
   a formal letter, a reply to our opt-out line, "uitschrijven" for everything): never shown;
   beside each a scoped stop that is not one (only LinkedIn, not that client, no sales roles, the
   newsletter only, a new e-mail address, feedback still owed, no calls during working hours);
2. waits counted from the day said (notice periods of one and two months, "na de kerstvakantie",
   the end of Q1, a 13th month paid in December, a thesis defence, a bonus in March, a
   probation, "bel me over drie maanden", a sabbatical to spring, parental leave, a house move),
   each against a twin whose wait has already run out, and notes full of dates that ask for no
   wait;
3. schedule (four-day week, school runs, shifts and on-call), travel (fab visits in Taiwan and
   Korea, customer sites in Germany, no flying), visa and right to work (kennismigrant
   sponsorship, 30% ruling, a Belgian single permit, EU citizens, a zoekjaar visa, a partner's
   permit), contract type (ZZP against vast contract, detachering, fixed-term), commute (the A2,
   the A16 and the Van Brienenoordbrug, the Westerschelde tunnel, the IC from Zwolle, a ferry,
   bike-only, minutes door to door);
4. pay against the band: annual gross with and without holiday allowance, monthly gross and
   13th month, ZZP hourly and day rates, a floor against current pay, a lease car in the package;
5. work mode said in the title only, in the description only, hybrid days; negation and its
   scope ("not against the office", "not remote-only");
6. location and relocation, managing against hands-on, company stage and size, industry and
   mission wanted or refused (defence, tobacco, oil and gas, gambling, healthcare, energy
   transition, fintech), technology wanted or refused;
7. last time's reason resolved by this role or still standing, the history with us, the latest
   process;
8. several notes over time where the latest word counts, a mind changed once or twice.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch


def pool(profile: str, where: str = "Eindhoven, Netherlands"):
    """Equally skilled people of one profile, living in ``where`` unless a case says otherwise
    (a ``location=`` given to one person wins)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def ats(days, text) -> dict:
    """A note typed into the ATS by the in-house recruiter."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's or agency consultant's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def li(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(base: dict, where: dict, **more) -> dict:
    merged = {**base, **where, **more}
    # Housekeeping (structure only): the role's own offers in ``base`` were dropped whenever
    # the place's preset had offers of its own; both are kept, as the case names intend.
    if "offers" in base and "offers" in where and "offers" not in more:
        merged["offers"] = [*base["offers"], *where["offers"]]
    return merged


# --- where the roles are ------------------------------------------------------------------

EHV_ONSITE = dict(remote_policy="onsite", location="Eindhoven, Netherlands")
EHV_HYBRID = dict(
    remote_policy="hybrid",
    location="Eindhoven, Netherlands",
    offers=["Hybrid: three days a week at the High Tech Campus"],
)
VELD_ONSITE = dict(remote_policy="onsite", location="Veldhoven, Netherlands")
AMS_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid: two days a week at our office by Amsterdam Centraal"],
)
AMS_ONSITE = dict(remote_policy="onsite", location="Amsterdam, Netherlands")
NL_REMOTE = dict(
    remote_policy="remote", location="Remote (Netherlands)", offers=["Fully remote in NL"]
)
RTD_ONSITE = dict(remote_policy="onsite", location="Rotterdam, Netherlands")
RTD_HYBRID = dict(
    remote_policy="hybrid",
    location="Rotterdam, Netherlands",
    offers=["Hybrid: two days a week at the Maasvlakte office"],
)
UTR_HYBRID = dict(
    remote_policy="hybrid",
    location="Utrecht, Netherlands",
    offers=["Hybrid: two days a week next to Utrecht Centraal"],
)
ANT_ONSITE = dict(remote_policy="onsite", location="Antwerp, Belgium")
ANT_HYBRID = dict(
    remote_policy="hybrid",
    location="Antwerp, Belgium",
    offers=["Hybrid: two days a week in the port office on the Scheldt"],
)
BRU_HYBRID = dict(
    remote_policy="hybrid",
    location="Brussels, Belgium",
    offers=["Hybrid: two days a week near Brussels-Luxemburg station"],
)
GENT_ONSITE = dict(remote_policy="onsite", location="Ghent, Belgium")
BE_REMOTE = dict(remote_policy="remote", location="Remote (Belgium)")

# --- what the roles are -------------------------------------------------------------------

MACHINE_SW = dict(
    title="Senior Software Engineer, Machine Control (Python)",
    department="R&D",
    seniority="senior",
    requirements="5+ years of Python\nFastAPI or Django\nPostgreSQL\nKafka\nAWS",
    description="Build the services that schedule and monitor lithography machine software "
    "releases for chip fabs worldwide.",
)
PORT_DATA = dict(
    title="Senior Data Engineer, Port Logistics",
    department="Data",
    seniority="senior",
    requirements="SQL\ndbt\nAirflow\nSnowflake\nPython",
    description="Own the pipelines behind container terminal planning and vessel ETAs.",
)
SCALEUP_BACKEND = dict(
    title="Senior Backend Engineer (Python)",
    department="Engineering",
    seniority="senior",
    requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS\nKafka",
    description="Build the payment and checkout services of a 120-person Amsterdam scale-up.",
)

# --- 1. opt-outs, each beside a scoped stop that is not one -------------------------------

OPT_OUTS = [
    C(
        "AVG erasure request in Dutch vs a request to see his file",
        "backend",
        [
            pool("backend")(
                "Joris van Dongen",
                0,
                touches=[
                    mail(
                        45,
                        "Geachte heer/mevrouw, op grond van artikel 17 AVG verzoek ik u al mijn "
                        "persoonsgegevens te verwijderen, inclusief cv, en mij niet meer te "
                        "benaderen voor vacatures. Graag schriftelijke bevestiging.",
                    )
                ],
                excluded=True,
            ),
            pool("backend")(
                "Stijn Verhoeven",
                2,
                touches=[
                    mail(
                        45,
                        "Hi, could you send me a copy of the data you keep on me? Curious what "
                        "is in there. Still keen on Python work around Eindhoven btw.",
                    )
                ],
            ),
        ],
        **opening(MACHINE_SW, EHV_HYBRID),
    ),
    C(
        "Flemish 'ge moogt mij schrappen' vs only not via LinkedIn",
        "data_eng",
        [
            pool("data_eng", "Antwerp, Belgium")(
                "Wannes Peeters",
                0,
                touches=[
                    wa(
                        30,
                        "ge moogt mij schrappen uit uw bestand, ik heb geen interesse meer in "
                        "jullie mails of telefoons. merci",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", "Antwerp, Belgium")(
                "Jelle Claes",
                2,
                touches=[
                    li(
                        30,
                        "Liever niet meer via LinkedIn aub, ik kijk hier bijna nooit. Mail mij "
                        "gerust op mijn gmail, ik sta open voor iets in de haven.",
                    )
                ],
            ),
        ],
        **opening(PORT_DATA, ANT_HYBRID),
    ),
    C(
        "angry WhatsApp vs no calls during working hours",
        "sre",
        [
            pool("sre", "Rotterdam, Netherlands")(
                "Ricardo Sanches",
                0,
                touches=[
                    wa(
                        12,
                        "third recruiter from your office this month. take me off every list "
                        "you have and never message this number again",
                    )
                ],
                excluded=True,
            ),
            pool("sre", "Rotterdam, Netherlands")(
                "Mehmet Yildiz",
                2,
                touches=[
                    wa(
                        12,
                        "pls dont call between 9 and 5, cant pick up at my desk. whatsapp is "
                        "fine, still looking for k8s work in rdam",
                    )
                ],
            ),
        ],
        **opening({}, RTD_HYBRID),
    ),
    C(
        "recruiter's 'DNC gezet' vs not for this one client again",
        "backend",
        [
            pool("backend", "Amsterdam, Netherlands")(
                "Thijs Kuijpers",
                0,
                touches=[
                    call(
                        60,
                        "Cand gebeld. Geeft aan nooit meer benaderd te willen worden door ons "
                        "bureau. DNC gezet.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", "Amsterdam, Netherlands")(
                "Ruben Drieskamp",
                2,
                touches=[
                    call(
                        60,
                        "Cand called back: does not want to be put forward to Adyen-side "
                        "client X again after the last round, anything else in Python is fine.",
                    )
                ],
            ),
        ],
        **opening(SCALEUP_BACKEND, AMS_HYBRID),
    ),
    C(
        "LinkedIn 'never contact me again' vs no sales roles please",
        "cs",
        [
            pool("cs", "Utrecht, Netherlands")(
                "Sanne Bosman",
                0,
                touches=[
                    li(
                        25,
                        "I'm not interested and won't be in future either. Please do not "
                        "contact me again, on here or anywhere else.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", "Utrecht, Netherlands")(
                "Lotte Harpsteeg",
                2,
                touches=[
                    li(
                        25,
                        "Please no more quota-carrying sales roles, that's not me. Customer "
                        "success or onboarding, yes, always happy to hear.",
                    )
                ],
            ),
        ],
        **opening({}, UTR_HYBRID),
    ),
    C(
        "replied 'no thanks' to our opt-out line vs unsubscribed from the newsletter",
        "frontend",
        [
            pool("frontend", "Haarlem, Netherlands")(
                "Femke van Strijdhoven",
                0,
                touches=[mail(40, "no thanks - Femke")],
                excluded=True,
            ),
            pool("frontend", "Haarlem, Netherlands")(
                "Noor Visser",
                2,
                touches=[
                    mail(
                        40,
                        "Unsubscribe me from the monthly vacancies newsletter please, too much "
                        "mail. If you have a React role that fits me personally, do write.",
                    )
                ],
            ),
        ],
        **opening({}, AMS_HYBRID),
    ),
    C(
        "formal letter withdrawing consent vs new e-mail address",
        "finance",
        [
            pool("finance", "Brussels, Belgium")(
                "Hélène Dubois",
                0,
                touches=[
                    mail(
                        80,
                        "Madame, Monsieur, je retire mon consentement au traitement de mes "
                        "données et vous prie de ne plus me contacter à l'avenir, par quelque "
                        "moyen que ce soit. Cordialement.",
                    )
                ],
                excluded=True,
            ),
            pool("finance", "Brussels, Belgium")(
                "Ines Lambert",
                2,
                touches=[
                    mail(
                        80,
                        "My work address stops working on Friday, please use "
                        "ines.lambert.fin@proton.me from now on. Still open to FP&A roles.",
                    )
                ],
            ),
        ],
        **opening({}, BRU_HYBRID),
    ),
    C(
        "'haal me uit jullie systeem' vs feedback still owed, then talk",
        "ml",
        [
            pool("ml", "Delft, Netherlands")(
                "Bram Smits",
                0,
                touches=[wa(18, "haal me uit jullie systeem aub. geen interesse, ook later niet")],
                excluded=True,
            ),
            pool("ml", "Delft, Netherlands")(
                "Koen Jacobs",
                2,
                touches=[
                    mail(
                        18,
                        "I never got feedback on my final round in the spring, which stung. "
                        "Send me that first and then I'm happy to hear about new ML roles.",
                    )
                ],
            ),
        ],
        **opening({}, RTD_HYBRID),
    ),
    C(
        "uitschrijven for all mail and calls vs stop the job alerts only",
        "sales",
        [
            pool("sales", "Mechelen, Belgium")(
                "Dries Wouters",
                0,
                touches=[
                    ats(
                        35,
                        "Kandidaat belde: wil zich volledig uitschrijven, geen mails, geen "
                        "telefoons, geen LinkedIn meer van ons. Gegevens laten verwijderen.",
                    )
                ],
                excluded=True,
            ),
            pool("sales", "Mechelen, Belgium")(
                "Arne Janssens",
                2,
                touches=[
                    ats(
                        35,
                        "Kandidaat wil geen automatische job alerts meer ontvangen. Persoonlijk "
                        "contact over AE-rollen blijft welkom.",
                    )
                ],
            ),
        ],
        **opening({}, ANT_HYBRID),
    ),
    C(
        "'stop emailing me' in a rambling call note vs her partner's stop, not hers",
        "backend",
        [
            pool("backend", "Tilburg, Netherlands")(
                "Marloes Dekker",
                0,
                touches=[
                    call(
                        50,
                        "Long call. She's been at Fontys-adjacent startup 2y, kids 4 and 6, "
                        "house in Reeshof, talked Kafka migration, asked about our office. At "
                        "the end she was clear: stop emailing and calling her, she's done with "
                        "recruiters for good and wants no further contact.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", "Tilburg, Netherlands")(
                "Eline Vermeulen",
                2,
                touches=[
                    call(
                        50,
                        "Long call. Husband (also in tech) asked us not to contact HIM any "
                        "more, that's his business. Eline herself very much wants to hear "
                        "about Python roles in Brabant, hybrid ok.",
                    )
                ],
            ),
        ],
        **opening(MACHINE_SW, EHV_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -------

WAITS = [
    C(
        "two months' notice given three weeks ago vs one month's notice given in August",
        "backend",
        [
            pool("backend")(
                "Gijs Brouwer",
                1,
                ("Opgezegd bij huidige werkgever, opzegtermijn twee maanden.", 21),
            ),
            pool("backend")(
                "Pieter Schouten",
                2,
                ("Handed in notice, one month notice period, then free.", 100),
            ),
        ],
        **opening(MACHINE_SW, EHV_ONSITE),
    ),
    C(
        "'bel me na de kerstvakantie' vs after the summer holidays, said in June",
        "data_eng",
        [
            pool("data_eng", "Rotterdam, Netherlands")(
                "Anouk Willems",
                1,
                touches=[wa(10, "bel me na de kerstvakantie, nu te druk met de jaarafsluiting")],
            ),
            pool("data_eng", "Rotterdam, Netherlands")(
                "Lisa van Beek",
                2,
                touches=[wa(160, "na de zomervakantie mag je me weer bellen, nu even niet")],
            ),
        ],
        **opening(PORT_DATA, RTD_HYBRID),
    ),
    C(
        "not before end of Q1 said last month vs 'end of Q2' said last spring",
        "sre",
        [
            pool("sre", "Utrecht, Netherlands")(
                "Daan Koster",
                1,
                touches=[
                    call(
                        30,
                        "Daan is leading the datacenter migration, go-live planned end of Q1. "
                        "Won't move before that's done; check back in April.",
                    )
                ],
            ),
            pool("sre", "Utrecht, Netherlands")(
                "Tim Bakker",
                2,
                touches=[
                    call(
                        230,
                        "Tim is mid-migration, wants to finish it by end of Q2 and will look "
                        "after that.",
                    )
                ],
            ),
        ],
        **opening({}, UTR_HYBRID),
    ),
    C(
        "waiting for the 13th month in December vs bonus paid out last March",
        "finance",
        [
            pool("finance", "Amsterdam, Netherlands")(
                "Maartje Groen",
                1,
                ("Wil haar dertiende maand in december nog binnenhalen, daarna praten.", 14),
            ),
            pool("finance", "Amsterdam, Netherlands")(
                "Esther Peters",
                2,
                ("Staying until the bonus lands in March, then open to offers.", 300),
            ),
        ],
        **opening({}, AMS_HYBRID),
    ),
    C(
        "PhD defence in February vs defended in June, plenty of dates",
        "ml",
        [
            pool("ml", "Eindhoven, Netherlands")(
                "Sven Maas",
                1,
                touches=[
                    mail(
                        20,
                        "My defence at TU/e is scheduled for 18 February. Until then I can't "
                        "take on anything; please get back to me after that date.",
                    )
                ],
            ),
            pool("ml", "Eindhoven, Netherlands")(
                "Jesse Prins",
                2,
                touches=[
                    mail(
                        120,
                        "Defended on 12 June, moved flats on 1 July, holiday 1-21 August, "
                        "back at my desk from 24 August. Available whenever you have something.",
                    )
                ],
            ),
        ],
        **opening({}, EHV_HYBRID),
    ),
    C(
        "'bel me over drie maanden' said two weeks ago vs said in the spring",
        "frontend",
        [
            pool("frontend", "Utrecht, Netherlands")(
                "Iris Smit",
                1,
                touches=[wa(14, "net verhuisd, bel me over drie maanden maar weer")],
            ),
            pool("frontend", "Utrecht, Netherlands")(
                "Fleur Kok",
                2,
                touches=[wa(200, "net verhuisd, bel me over drie maanden maar weer")],
            ),
        ],
        **opening({}, UTR_HYBRID),
    ),
    C(
        "probation ends in February vs passed probation in the summer",
        "cs",
        [
            pool("cs", "Ghent, Belgium")(
                "Hanne De Smet",
                1,
                ("Started a new job 1 Sept, six-month proeftijd, won't risk it till March.", 60),
            ),
            pool("cs", "Ghent, Belgium")(
                "Lien Maes",
                2,
                ("Proeftijd behaald in juli, sta open voor een volgende stap.", 130),
            ),
        ],
        **opening({}, GENT_ONSITE),
    ),
    C(
        "sabbatical until spring vs back from a sabbatical since September",
        "backend",
        [
            pool("backend", "Groningen, Netherlands")(
                "Wouter Hoekstra",
                1,
                touches=[
                    li(
                        40,
                        "Travelling South America on a sabbatical until April. Reach out once "
                        "I'm back!",
                    )
                ],
            ),
            pool("backend", "Groningen, Netherlands")(
                "Rik Postma",
                2,
                touches=[
                    li(
                        150,
                        "Off on sabbatical until end of August, happy to talk from September.",
                    )
                ],
            ),
        ],
        **opening(SCALEUP_BACKEND, NL_REMOTE),
    ),
    C(
        "ouderschapsverlof to March vs parental leave ended in October",
        "data_eng",
        [
            pool("data_eng", "Amersfoort, Netherlands")(
                "Roos Vink",
                1,
                touches=[
                    call(
                        25,
                        "Roos is op ouderschapsverlof tot en met maart. Wil daarvoor geen "
                        "gesprekken. In april opnieuw contact.",
                    )
                ],
            ),
            pool("data_eng", "Amersfoort, Netherlands")(
                "Evi Dijkman",
                2,
                touches=[
                    call(
                        90,
                        "Evi is on parental leave until mid-October; open to talk after that.",
                    )
                ],
            ),
        ],
        **opening({}, UTR_HYBRID),
    ),
    C(
        "new job: 'give me a year' vs a note full of past dates asking no wait",
        "sales",
        [
            pool("sales", "Amsterdam, Netherlands")(
                "Olaf Timmermans",
                1,
                touches=[
                    li(
                        35,
                        "Just signed with a new employer, started on the 1st. Give me a year "
                        "to settle in before you pitch anything.",
                    )
                ],
            ),
            pool("sales", "Amsterdam, Netherlands")(
                "Niels Koning",
                2,
                touches=[
                    call(
                        70,
                        "Niels: left Salesforce NL on 31/08, cycled Amsterdam-Rome 2-25 "
                        "September, in the market since 1 October. Interviews any day.",
                    )
                ],
            ),
        ],
        **opening({}, AMS_HYBRID),
    ),
    C(
        "house move to Breda in January vs moved in the spring",
        "manager",
        [
            pool("manager", "Breda, Netherlands")(
                "Teun van Leeuwen",
                1,
                ("Sleuteloverdracht nieuw huis 15 januari, tot die tijd geen ruimte.", 20),
            ),
            pool("manager", "Breda, Netherlands")(
                "Mark de Bruijn",
                2,
                ("Moved house in April, boxes unpacked, ready for a new lead role.", 210),
            ),
        ],
        **opening({}, EHV_HYBRID),
    ),
]


def duo(name, role, where, hi, lo, **more):
    """A case of two: ``hi`` and ``lo`` are (name, grade, words-as-touches-or-motivations)."""
    return C(name, role, [hi, lo], **opening(more.pop("base", {}), where, **more))


# --- 3. schedule, travel, visa, contract, commute ---------------------------------------

SCHEDULE = [
    duo(
        "wants a four-day week, role offers 4x9 vs wants full-time plus overtime pay",
        "backend",
        EHV_HYBRID,
        pool("backend")("Lars Heijmans", 2, "Wil 4 dagen werken (32 uur), woensdag papadag."),
        pool("backend")("Jeroen Pauwels", 1, "Prefers 40 hours and paid overtime."),
        base=dict(MACHINE_SW, offers=["Four-day week possible (4x9)", "Flexible hours"]),
    ),
    duo(
        "school run: can't start before 9:30 vs role with fixed 7:00 shift start",
        "sre",
        RTD_ONSITE,
        pool("sre", "Rotterdam, Netherlands")("Kees Verbeek", 2),
        pool("sre", "Rotterdam, Netherlands")(
            "Annelies Hofman",
            0,
            touches=[
                call(40, "Brengt de kinderen naar school, kan nooit voor half tien beginnen.")
            ],
        ),
        offers=["Terminal operations support: shifts start at 07:00 sharp, rotating on-call"],
    ),
    duo(
        "refuses on-call vs on-call was a past employer's, this role has none",
        "sre",
        NL_REMOTE,
        pool("sre", "Zwolle, Netherlands")(
            "Hidde Wolters",
            2,
            touches=[
                call(
                    55,
                    "Left his last job partly over the 24/7 pager at that company; no issue "
                    "with on-call as such if it's sane.",
                )
            ],
        ),
        pool("sre", "Zwolle, Netherlands")(
            "Gerrit Jansen",
            0,
            "Absolutely no on-call rotations any more, nights are for sleeping.",
        ),
        offers=["Weekly on-call rotation, one week in six, paid"],
    ),
]

TRAVEL = [
    duo(
        "happy to fly to Taiwan fabs vs no long-haul flying at all",
        "backend",
        VELD_ONSITE,
        pool("backend")("Bas Vos", 2, "Loves customer trips, fine with 3-4 weeks a year in Asia."),
        pool("backend")(
            "Sander Pijnenburg",
            0,
            touches=[mail(60, "I stopped flying for climate reasons. No trips by plane, sorry.")],
        ),
        base=dict(MACHINE_SW, offers=["Regular trips to customer fabs in Taiwan and Korea"]),
    ),
    duo(
        "no travel wanted, role has none vs wants to travel, role has none",
        "data_eng",
        RTD_HYBRID,
        pool("data_eng", "Dordrecht, Netherlands")(
            "Mirjam Bos", 2, "Geen reizen meer, kleine kinderen thuis."
        ),
        pool("data_eng", "Dordrecht, Netherlands")(
            "Youssef El Mouratib", 1, "Wants a job with lots of international travel."
        ),
        base=dict(PORT_DATA, offers=["No travel: all work from Rotterdam or home"]),
    ),
    duo(
        "max two nights away a month vs fine with weekly German customer visits",
        "sales",
        EHV_HYBRID,
        pool("sales")("Luuk Wijnen", 2, "Travel to German customers weekly is no problem."),
        pool("sales")(
            "Frank Gerritsen",
            0,
            touches=[call(45, "Max 2 overnachtingen per maand, anders thuisfront boos.")],
        ),
        offers=["Field role: customer visits in Germany, 2-3 nights a week on the road"],
    ),
    duo(
        "travel refusal was about the old employer's 50% vs refuses any travel",
        "cs",
        ANT_HYBRID,
        pool("cs", "Antwerp, Belgium")(
            "Bart Goossens",
            2,
            touches=[
                call(
                    80,
                    "Quit his last job because it was 50% on the road. A few trips a year "
                    "is perfectly fine for him.",
                )
            ],
        ),
        pool("cs", "Antwerp, Belgium")(
            "Sofie Willems", 0, "Wil absoluut niet reizen voor het werk, ook niet af en toe."
        ),
        offers=["Four customer visits a year in Germany and France"],
    ),
    duo(
        "train-only travel accepted vs wants no travel, role flies to the US",
        "ml",
        AMS_HYBRID,
        pool("ml", "Amsterdam, Netherlands")(
            "Tobias Meijer", 2, "Happy to travel, including flights to the US office."
        ),
        pool("ml", "Amsterdam, Netherlands")(
            "Merel Jonker",
            0,
            touches=[wa(30, "trein binnen europa ok, maar ik vlieg niet naar amerika")],
        ),
        offers=["Quarterly week at the Boston office (flights)"],
    ),
    duo(
        "wants to see the fabs vs wants a desk job, role travels",
        "manager",
        VELD_ONSITE,
        pool("manager")(
            "Hans Coppens", 2, "Mist het reizen; wil weer bij klanten in de fab staan."
        ),
        pool("manager")("Rutger Aarts", 0, "Done with travel, desk-only from now on."),
        offers=["Team lead with 20% travel to customer fabs in Asia and the US"],
    ),
    duo(
        "no travel during pregnancy leave return vs travel fine since September",
        "finance",
        BRU_HYBRID,
        pool("finance", "Leuven, Belgium")(
            "Katrien Mertens",
            2,
            touches=[
                mail(
                    75,
                    "Earlier I said no travel because of the baby, but that's behind us - "
                    "monthly trips to the Paris entity are fine now.",
                ),
            ],
        ),
        pool("finance", "Leuven, Belgium")(
            "Nathalie Renard", 0, "Cannot travel abroad at all for the next two years."
        ),
        offers=["Monthly two-day trip to the Paris entity"],
    ),
    duo(
        "refuses trips, role says 'no travel' in description only vs no mention",
        "backend",
        AMS_ONSITE,
        pool("backend", "Amsterdam, Netherlands")(
            "Kevin Dekkers", 2, "Won't do business travel, sorry."
        ),
        pool("backend", "Amsterdam, Netherlands")("Jan-Willem Smeets", 1),
        base=dict(
            SCALEUP_BACKEND,
            description="Build checkout services in Amsterdam. The job involves no travel.",
        ),
    ),
    duo(
        "up for Korea once a quarter vs only by car or train",
        "sre",
        EHV_HYBRID,
        pool("sre")("Joost Rutten", 2, "Travel to Korea or Taiwan once a quarter is fine."),
        pool("sre")(
            "Ferry van Gils",
            0,
            touches=[call(28, "Cand reist alleen met auto of trein, niet vliegen. Heel stellig.")],
        ),
        offers=["Quarterly trip to the Hwaseong fab (Korea)"],
    ),
    duo(
        "weekends away refused vs weekday trips only, role trips on weekdays",
        "cs",
        AMS_HYBRID,
        pool("cs", "Almere, Netherlands")(
            "Sabine Kramer", 2, "Travel ok on weekdays, never over the weekend."
        ),
        pool("cs", "Almere, Netherlands")(
            "Tessa Huisman", 0, "Geen reizen, ik zorg voor mijn moeder."
        ),
        offers=["Customer visits in Scandinavia, Tuesday to Thursday"],
    ),
]

VISA = [
    duo(
        "needs kennismigrant sponsorship, role sponsors vs role cannot sponsor",
        "backend",
        EHV_ONSITE,
        pool("backend")(
            "Arvind Puthenmadom",
            2,
            touches=[call(40, "On a zoekjaar visa, needs kennismigrant sponsorship.")],
        ),
        pool("backend")("Pablo Villarubia", 1, location="Valencia, Spain"),
        base=dict(MACHINE_SW, offers=["Recognised sponsor: kennismigrant visa and 30% ruling"]),
    ),
    duo(
        "needs sponsorship, role cannot sponsor vs EU citizen",
        "data_eng",
        RTD_ONSITE,
        pool("data_eng", "Rotterdam, Netherlands")(
            "Katarzyna Zielinska", 2, "Polish citizen, living in Rotterdam, no permit needed."
        ),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Rahul Verma",
            0,
            touches=[mail(50, "My orientation-year permit ends in January; I'll need a sponsor.")],
        ),
        base=dict(PORT_DATA, description=PORT_DATA["description"] + " We cannot sponsor visas."),
    ),
    duo(
        "partner's permit gives free labour market access vs own visa needed",
        "ml",
        AMS_HYBRID,
        pool("ml", "Amsterdam, Netherlands")(
            "Lucia Fernandes",
            2,
            touches=[
                call(
                    45,
                    "Residence permit as partner of a kennismigrant, 'arbeid vrij toegestaan' "
                    "on the card. No sponsorship needed.",
                )
            ],
        ),
        pool("ml", "Amsterdam, Netherlands")(
            "Wei Tanqiao", 0, "Needs an employer to sponsor a highly skilled migrant permit."
        ),
        offers=["Right to work in NL required; no visa sponsorship"],
    ),
    duo(
        "Belgian single permit needed, role sponsors vs no mention",
        "backend",
        BRU_HYBRID,
        pool("backend", "Brussels, Belgium")(
            "Oluwaseun Odunlami",
            2,
            touches=[mail(30, "I need my next employer to apply for a single permit for me.")],
        ),
        pool("backend", "Brussels, Belgium")("Thomas Lemaire", 1),
        offers=["We sponsor the Belgian single permit for non-EU hires"],
    ),
    duo(
        "30% ruling matters and role offers it vs indifferent",
        "sre",
        AMS_HYBRID,
        pool("sre", "Amsterdam, Netherlands")(
            "Diego Morales",
            2,
            "Moving from Madrid; only worth it with the 30% ruling.",
            location="Madrid, Spain",
        ),
        pool("sre", "Amsterdam, Netherlands")("Harm Boerma", 1),
        offers=["30% ruling applied for eligible hires", "Relocation package"],
    ),
    duo(
        "Blue Card holder needing a sponsor, role sponsors vs Briton needing a permit",
        "frontend",
        EHV_HYBRID,
        pool("frontend")(
            "Ananya Iyer",
            2,
            touches=[ats(35, "EU Blue Card (DE), wil naar NL; heeft erkend referent nodig.")],
        ),
        pool("frontend")(
            "Oliver Hughes",
            1,
            touches=[ats(35, "UK passport post-Brexit; will need a work permit for NL.")],
        ),
        offers=["Erkend referent: we sponsor kennismigrant and Blue Card permits"],
    ),
    duo(
        "needs sponsorship vs has Dutch permanent residence, role won't sponsor",
        "cs",
        UTR_HYBRID,
        pool("cs", "Utrecht, Netherlands")(
            "Fatima Benali", 2, "Permanent residence in NL, works without any permit."
        ),
        pool("cs", "Utrecht, Netherlands")(
            "Juan Pablo Rojas",
            0,
            touches=[wa(20, "my permit is tied to my current employer, I need sponsorship")],
        ),
        offers=["Candidates must already have the right to work in the Netherlands"],
    ),
    duo(
        "zoekjaar ending soon, role sponsors vs EU citizen, both fine",
        "ml",
        EHV_ONSITE,
        pool("ml")(
            "Mohammed Al-Qarawi",
            2,
            touches=[call(15, "Zoekjaar hoogopgeleiden loopt tot maart; zoekt sponsor.")],
        ),
        pool("ml")("Ioana Brădiceanu", 1, "Romanian, EU citizen."),
        offers=["Visa sponsorship and 30% ruling for non-EU hires"],
    ),
    duo(
        "sponsorship was last time's blocker, this role sponsors vs still blocked",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Chen Lihuang",
            2,
            apps=[
                withdrew(
                    250,
                    "other",
                    "Client could not sponsor kennismigrant visa",
                    past=dict(remote_policy="hybrid", location="Amsterdam, Netherlands"),
                )
            ],
        ),
        pool("backend", "Amsterdam, Netherlands")("Floris Vermeer", 1),
        base=dict(SCALEUP_BACKEND, offers=["We are an IND recognised sponsor"]),
    ),
    duo(
        "needs sponsorship, role won't sponsor vs dual Dutch national",
        "finance",
        RTD_ONSITE,
        pool("finance", "Rotterdam, Netherlands")(
            "Samira Haddou", 2, "Dutch and Moroccan passport."
        ),
        pool("finance", "Rotterdam, Netherlands")(
            "Santiago Ruiz",
            0,
            touches=[mail(40, "Colombian national; I would need visa sponsorship to work in NL.")],
        ),
        offers=["No visa sponsorship available for this position"],
    ),
]

CONTRACT = [
    duo(
        "ZZP only vs wants vast contract, role is vast",
        "backend",
        EHV_HYBRID,
        pool("backend")("Maurits de Haan", 2, "Zoekt een vast contract, klaar met freelancen."),
        pool("backend")(
            "Roel van Wijk",
            0,
            touches=[call(35, "Alleen ZZP, minimaal 95 p/u, geen loondienst meer.")],
        ),
        base=dict(MACHINE_SW, offers=["Vast contract (permanent) after six months"]),
    ),
    duo(
        "ZZP only, role is a freelance assignment vs wants permanent",
        "data_eng",
        RTD_HYBRID,
        pool("data_eng", "Rotterdam, Netherlands")(
            "Erik Hoogland", 2, "Freelancer (ZZP), only takes interim assignments."
        ),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Yvonne Blom", 0, "Only a permanent contract, no freelance or detachering."
        ),
        title="Freelance Data Engineer (ZZP, 9 months)",
        offers=["Freelance assignment, 9 months, 36h/week"],
    ),
    duo(
        "refuses detachering vs fine with secondment",
        "sre",
        UTR_HYBRID,
        pool("sre", "Utrecht, Netherlands")(
            "Victor Lammers", 2, "Detachering is fine, likes variety of clients."
        ),
        pool("sre", "Utrecht, Netherlands")(
            "Ben Wiersma",
            0,
            touches=[wa(25, "geen detachering meer pls, wil gewoon bij 1 bedrijf werken")],
        ),
        description="Seconded (detachering) to a Dutch bank via our consultancy.",
    ),
    duo(
        "fixed-term refused vs ok with 12-month contract, then vast",
        "cs",
        AMS_HYBRID,
        pool("cs", "Amsterdam, Netherlands")(
            "Chantal Bakker", 2, "Jaarcontract is prima, als er uitzicht op vast is."
        ),
        pool("cs", "Amsterdam, Netherlands")(
            "Ilse Veenstra", 0, "Will only sign an indefinite contract, no temporary deals."
        ),
        offers=["12-month contract, then permanent"],
    ),
]

COMMUTE = [
    duo(
        "Zeeland via the Westerschelde tunnel to Antwerp port is fine vs 40 min max",
        "data_eng",
        ANT_ONSITE,
        pool("data_eng", "Terneuzen, Netherlands")(
            "Jacco Dieleman",
            2,
            "Rijdt dagelijks door de Westerschelde tunnel, Antwerpen is goed te doen.",
        ),
        pool("data_eng", "Vlissingen, Netherlands")(
            "Maarten Minderhoud",
            0,
            touches=[call(40, "Max 40 min enkele reis, en nooit meer de tunnel in de spits.")],
        ),
        base=PORT_DATA,
    ),
    duo(
        "won't do the Van Brienenoordbrug daily vs commutes to Rotterdam happily",
        "backend",
        RTD_ONSITE,
        pool("backend", "Dordrecht, Netherlands")(
            "Stefan Koopman", 2, "Dordrecht-Rotterdam by train is 15 minutes, no problem."
        ),
        pool("backend", "Dordrecht, Netherlands")(
            "Patrick Hermans",
            0,
            touches=[wa(22, "elke dag over de brienenoord in de file? nee dank je. rdam valt af")],
        ),
    ),
    duo(
        "IC from Zwolle to Amsterdam twice a week fine vs not beyond Zwolle",
        "frontend",
        AMS_HYBRID,
        pool("frontend", "Zwolle, Netherlands")(
            "Laura Schipper",
            2,
            "Twee dagen per week met de IC naar Amsterdam is goed te doen, NS-kaart graag.",
        ),
        pool("frontend", "Zwolle, Netherlands")(
            "Annemiek Brink", 0, "Only jobs in Zwolle itself, I won't commute."
        ),
    ),
    duo(
        "bike-only, lives 4 km from the Campus vs 90 minutes by car",
        "ml",
        EHV_ONSITE,
        pool("ml", "Eindhoven, Netherlands")(
            "Thom Geraerts", 2, "Fietst overal heen, geen auto, woont in Strijp."
        ),
        pool("ml", "Nijmegen, Netherlands")(
            "Vincent Laurens",
            0,
            touches=[call(50, "Cand lives Nijmegen, wants max 30 min door to door.")],
        ),
    ),
    duo(
        "A2 traffic was last time's problem, this role is remote vs onsite again",
        "backend",
        NL_REMOTE,
        pool("backend", "Utrecht, Netherlands")(
            "Reinier Bouwman",
            2,
            apps=[
                withdrew(
                    200,
                    "location",
                    "A2 Utrecht-Eindhoven every day was too much for him",
                    past=dict(remote_policy="onsite", location="Eindhoven, Netherlands"),
                )
            ],
        ),
        pool("backend", "Utrecht, Netherlands")("Pim Vos", 1),
    ),
    duo(
        "IJ ferry every day fine vs will not cross the IJ daily",
        "sre",
        AMS_ONSITE,
        pool("sre", "Amsterdam-Noord, Netherlands")(
            "Guus Terpstra",
            2,
            "Takes the ferry across the IJ every day anyway, loves it.",
            location="Amsterdam, Netherlands",
        ),
        pool("sre", "Amsterdam-Noord, Netherlands")(
            "Dennis Mol",
            0,
            "Only within Noord, I won't cross the IJ every day for work.",
            location="Amsterdam, Netherlands",
        ),
        description="Our SRE team sits at our office on the Zuidas (Amsterdam-Zuid).",
    ),
    duo(
        "Hasselt to Leuven 45 minutes fine vs max half an hour, lives in Hasselt",
        "finance",
        dict(remote_policy="onsite", location="Leuven, Belgium"),
        pool("finance", "Hasselt, Belgium")(
            "Jolien Vanderstraeten", 2, "Trein Hasselt-Leuven is 45 min, perfect."
        ),
        pool("finance", "Hasselt, Belgium")(
            "Gert Vandenberghe",
            0,
            touches=[call(30, "Kandidaat wil max. een half uur pendelen, Leuven is te ver.")],
        ),
    ),
    duo(
        "Den Bosch to Eindhoven by train fine vs refuses Eindhoven after an hour on the A2",
        "manager",
        EHV_ONSITE,
        pool("manager", "'s-Hertogenbosch, Netherlands")(
            "Maikel van Hout", 2, "Den Bosch-Eindhoven is 20 min by train, easy."
        ),
        pool("manager", "'s-Hertogenbosch, Netherlands")(
            "Roy Smulders",
            0,
            touches=[
                call(
                    35,
                    "Does not want Eindhoven any more: the A2 drive took 1h each way. "
                    "Den Bosch or remote only.",
                )
            ],
        ),
    ),
    duo(
        "up to an hour door to door vs 20 minutes max, from Haarlem to Amsterdam Zuid",
        "cs",
        AMS_ONSITE,
        pool("cs", "Haarlem, Netherlands")(
            "Nina Scholten", 2, "Up to an hour door to door is fine for me."
        ),
        pool("cs", "Haarlem, Netherlands")(
            "Kim de Ruiter", 0, "20 minuten reistijd max, anders red ik de opvang niet."
        ),
        description="Office at Amsterdam Zuid; most staff commute 40-60 minutes.",
    ),
    duo(
        "lease car removes his commute objection vs objects to any drive",
        "sales",
        ANT_ONSITE,
        pool("sales", "Breda, Netherlands")(
            "Jeffrey Ooms",
            2,
            "Breda-Antwerpen rijden is prima mits er een leaseauto bij zit.",
        ),
        pool("sales", "Breda, Netherlands")(
            "Marc Verbruggen",
            0,
            touches=[call(45, "Won't drive across the border every day, wants Breda only.")],
        ),
        offers=["Lease car and fuel card", "Office in Antwerp port area"],
    ),
]

PAST_EHV = dict(remote_policy="onsite", location="Eindhoven, Netherlands", salary_max=70_000)
PAST_AMS = dict(remote_policy="onsite", location="Amsterdam, Netherlands", salary_max=75_000)

# --- 4. pay against the band ---------------------------------------------------------------

PAY = [
    duo(
        "asks 6.5k gross a month plus 8% (inside band) vs floor of 110k",
        "backend",
        EHV_HYBRID,
        pool("backend")("Wessel Aalbers", 2, "Vraagt €6.500 bruto p/m excl. 8% vakantiegeld."),
        pool("backend")("Jurgen Hendrix", 0, "Won't move for less than €110k base."),
        base=MACHINE_SW,
        salary_min=75_000,
        salary_max=90_000,
        currency="EUR",
    ),
    duo(
        "ZZP rate €85/h, role pays up to €95 vs €130/h",
        "data_eng",
        RTD_HYBRID,
        pool("data_eng", "Rotterdam, Netherlands")("Ivo Kerkhof", 2, "ZZP-tarief €85 per uur."),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Jasper Bruins", 0, touches=[call(30, "Tarief minimaal 130 euro p/u, niet lager.")]
        ),
        title="Freelance Data Engineer (ZZP)",
        offers=["Hourly rate €80-€95 excl. BTW"],
    ),
    duo(
        "current pay above band but ask within vs floor above band",
        "finance",
        AMS_HYBRID,
        pool("finance", "Amsterdam, Netherlands")(
            "Emma Kuiper",
            2,
            touches=[
                call(
                    40,
                    "Earns 82k now incl. bonus; says she'd accept 70k for a calmer job.",
                )
            ],
        ),
        pool("finance", "Amsterdam, Netherlands")(
            "Marleen Oosterhuis", 0, "Minimum 85k, that's my floor."
        ),
        salary_min=60_000,
        salary_max=72_000,
        currency="EUR",
    ),
    duo(
        "day rate €700 in Belgium, role pays €650-750 vs wants €950/day",
        "sre",
        BRU_HYBRID,
        pool("sre", "Brussels, Belgium")("Pieter-Jan Hermans", 2, "Freelance, dagtarief €700."),
        pool("sre", "Brussels, Belgium")(
            "Karel Van Damme", 0, touches=[mail(20, "My day rate is €950, non-negotiable.")]
        ),
        title="Freelance SRE (day rate)",
        offers=["Day rate €650-€750"],
    ),
    duo(
        "declined over pay, new band higher vs declined over pay, band the same",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Sjoerd Lindeman",
            2,
            apps=[declined(220, "compensation", "Wanted 85k, max was 75k", past=PAST_AMS)],
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Dirk Rademaker",
            0,
            apps=[declined(180, "compensation", "Wanted 95k, max was 75k", past=PAST_AMS)],
        ),
        base=SCALEUP_BACKEND,
        salary_min=80_000,
        salary_max=88_000,
        currency="EUR",
    ),
    duo(
        "monthly ask €4.800 x 13.92 fits vs asks €7.000 a month",
        "cs",
        ANT_HYBRID,
        pool("cs", "Antwerp, Belgium")(
            "Elke Martens", 2, "Vraagt €4.800 bruto per maand + 13de maand + dubbel vakantiegeld."
        ),
        pool("cs", "Antwerp, Belgium")("Ruth Claeys", 0, "Wil minstens €7.000 bruto per maand."),
        salary_min=58_000,
        salary_max=70_000,
        currency="EUR",
    ),
]

# --- 5. work mode, negation and its scope ---------------------------------------------------

WORK_MODE = [
    duo(
        "remote only in the title vs wants the office",
        "backend",
        dict(location="Netherlands"),
        pool("backend", "Groningen, Netherlands")(
            "Menno Hiemstra", 2, "Fully remote only, lives up north."
        ),
        pool("backend", "Groningen, Netherlands")(
            "Sietse de Boer", 0, "Wants to be in an office with colleagues every day."
        ),
        title="Senior Python Engineer (100% remote, NL)",
    ),
    duo(
        "remote said only in the description vs office-lover",
        "data_eng",
        dict(location="Netherlands"),
        pool("data_eng", "Zwolle, Netherlands")(
            "Hester Oudman", 2, touches=[wa(25, "alleen nog remote, ik woon te ver van alles")]
        ),
        pool("data_eng", "Zwolle, Netherlands")(
            "Arend Kamphuis", 0, "Heeft kantoor nodig, thuiswerken vindt hij vreselijk."
        ),
        description="Own our pipelines. The whole team works from home; there is no office.",
    ),
    duo(
        "max two office days, role is two days vs fully remote only",
        "frontend",
        UTR_HYBRID,
        pool("frontend", "Amersfoort, Netherlands")(
            "Isa Hoekman", 2, "Twee dagen kantoor is prima, meer niet."
        ),
        pool("frontend", "Amersfoort, Netherlands")(
            "Bo Kramer", 0, "Fully remote or I'm not moving."
        ),
    ),
    duo(
        "three office days said in hybrid offers, wants max one vs wants three",
        "cs",
        BRU_HYBRID,
        pool("cs", "Brussels, Belgium")(
            "Margot Dupont", 2, "Likes three days in the office, misses colleagues."
        ),
        pool("cs", "Brussels, Belgium")("Elise Jacobs", 0, "Max één dag per week naar kantoor."),
        offers=["Hybrid: three days a week in the Brussels office"],
    ),
]

# Negation and its scope, the work mode said through a "not" (sorted out of the work mode list).

NEGATIONS = [
    duo(
        "'not against the office' vs 'not going back to an office'",
        "ml",
        AMS_ONSITE,
        pool("ml", "Amsterdam, Netherlands")(
            "Robin Zwart", 2, "Not against being in the office every day, actually likes it."
        ),
        pool("ml", "Amsterdam, Netherlands")(
            "Sam van Dam", 0, "Not going back to an office, ever."
        ),
    ),
    duo(
        "'not remote-only' (open to hybrid) vs remote-only, hybrid role",
        "sre",
        RTD_HYBRID,
        pool("sre", "Rotterdam, Netherlands")(
            "Niek Bosch", 2, "I'm not remote-only - two or three days on site is fine."
        ),
        pool("sre", "Rotterdam, Netherlands")(
            "Jorrit Bakker", 0, touches=[li(20, "Only 100% remote roles please.")]
        ),
    ),
    duo(
        "'remote niet nodig' (doesn't need remote) vs needs remote, onsite role",
        "backend",
        EHV_ONSITE,
        pool("backend")("Lucas Aerts", 2, "Remote is niet nodig, ik fiets naar de campus."),
        pool("backend")("Wim Peeters", 0, "Remote werken is een harde eis."),
        base=MACHINE_SW,
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology ----------------

LOCATION = [
    duo(
        "moving to Eindhoven for partner's ASML job vs staying in Groningen",
        "backend",
        EHV_ONSITE,
        pool("backend", "Groningen, Netherlands")(
            "Anne Zijlstra", 2, "Verhuist in december naar Eindhoven, partner begint bij ASML."
        ),
        pool("backend", "Groningen, Netherlands")(
            "Tjeerd Visser", 0, "Will never leave Groningen."
        ),
        base=MACHINE_SW,
    ),
    duo(
        "relocating from Lisbon to Amsterdam vs not relocating, role onsite",
        "frontend",
        AMS_ONSITE,
        pool("frontend", "Lisbon, Portugal")(
            "Beatriz Costa", 2, "Moving to Amsterdam in the new year, keen to land a job there."
        ),
        pool("frontend", "Lisbon, Portugal")(
            "Miguel Sousa", 0, "Stays in Lisbon; not relocating anywhere."
        ),
    ),
    duo(
        "will relocate within Flanders vs Wallonia only",
        "finance",
        GENT_ONSITE,
        pool("finance", "Namur, Belgium")(
            "Julie Leclercq", 2, "Prête à déménager en Flandre, je parle néerlandais."
        ),
        pool("finance", "Namur, Belgium")(
            "Marie Collard", 0, "Reste en Wallonie, pas de déménagement."
        ),
    ),
]

LEVEL = [
    duo(
        "wants to lead a team vs wants to stay hands-on, lead role",
        "manager",
        EHV_HYBRID,
        pool("manager")("Erwin Claassen", 2, "Wil een team van 6-8 engineers aansturen."),
        pool("manager")("Dennis van Rooij", 0, "No more people management, back to coding please."),
        offers=["Lead a team of seven software engineers"],
    ),
    duo(
        "hands-on wanted, IC role vs wants to manage",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Hugo Bakker", 2, "Wil puur technisch blijven, geen manager worden."
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Sem Wijngaarde", 1, "Only interested in engineering manager roles now."
        ),
        base=SCALEUP_BACKEND,
        offers=["Individual contributor role, no reports"],
    ),
    duo(
        "'not opposed to managing' vs refuses to manage, lead role",
        "manager",
        ANT_HYBRID,
        pool("manager", "Antwerp, Belgium")(
            "Tom Verstraeten", 2, "Niet tegen leidinggeven, heeft informeel al een team gecoacht."
        ),
        pool("manager", "Antwerp, Belgium")(
            "Kris Aerts", 0, "Wil geen leidinggevende rol, absoluut niet."
        ),
        offers=["People lead for five data engineers"],
    ),
]

STAGE_SIZE = [
    duo(
        "wants a big stable corporate vs wants seed-stage chaos, corporate role",
        "finance",
        EHV_ONSITE,
        pool("finance")("Bianca Mutsaers", 2, "After two failed startups wants a big corporate."),
        pool("finance")("Ricky Hoeks", 0, "Only early-stage startups, <30 people."),
        offers=["40,000 employees, listed on Euronext"],
    ),
    duo(
        "wants a scale-up, role is a 120-person scale-up vs wants a multinational",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Joep Verbeek", 2, "Looking for a Series B/C scale-up, 100-300 people."
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Kasper Mulders", 1, "Zoekt stabiliteit bij een grote multinational."
        ),
        base=SCALEUP_BACKEND,
        offers=["Series C scale-up, 120 people"],
    ),
    duo(
        "refuses to join a startup again vs no preference, startup role",
        "sales",
        AMS_HYBRID,
        pool("sales", "Amsterdam, Netherlands")("Jorn Dijkstra", 1),
        pool("sales", "Amsterdam, Netherlands")(
            "Eva Ploeg",
            0,
            touches=[call(45, "Nooit meer een startup, twee keer failliet meegemaakt.")],
        ),
        offers=["Seed-stage startup, 14 people"],
    ),
]

MISSION = [
    duo(
        "refuses defence, role is defence radar vs no objection",
        "backend",
        dict(remote_policy="onsite", location="Hengelo, Netherlands"),
        pool("backend", "Enschede, Netherlands")("Gert-Jan Nijhuis", 1),
        pool("backend", "Enschede, Netherlands")(
            "Mila Oude Wesselink", 0, "Geen defensie, dat past niet bij mijn principes."
        ),
        description="Build services for naval radar systems for defence customers.",
    ),
    duo(
        "wants defence now, role is defence vs refuses weapons",
        "sre",
        dict(remote_policy="onsite", location="Den Helder, Netherlands"),
        pool("sre", "Den Helder, Netherlands")(
            "Peter Kaptein", 2, "Ex-marine, wants to work in defence again."
        ),
        pool("sre", "Den Helder, Netherlands")(
            "Ruud Schaap", 0, touches=[call(30, "Won't touch anything military or weapons.")]
        ),
        description="Platform engineer for the Royal Netherlands Navy's IT supplier.",
    ),
    duo(
        "refuses oil and gas, role at a refinery vs fine with it",
        "data_eng",
        RTD_ONSITE,
        pool("data_eng", "Rotterdam, Netherlands")(
            "Rogier Heemskerk", 1, "Industry doesn't matter, the data does."
        ),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Saskia Verhagen", 0, "Not oil and gas, I want to work on the energy transition."
        ),
        description="Data engineer at a Pernis oil refinery: crude throughput and trading data.",
    ),
    duo(
        "wants energy transition, role is offshore wind vs wants fintech",
        "data_eng",
        RTD_HYBRID,
        pool("data_eng", "Rotterdam, Netherlands")(
            "Marieke Vlot", 2, "Wil bijdragen aan de energietransitie."
        ),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Kevin de Wit", 1, "Wants to work in fintech and trading."
        ),
        description="Pipelines for offshore wind farm output forecasting in the North Sea.",
    ),
    duo(
        "refuses tobacco vs no stance, role at a tobacco firm",
        "finance",
        dict(remote_policy="onsite", location="Amsterdam, Netherlands"),
        pool("finance", "Amsterdam, Netherlands")("Jolanda Tromp", 1),
        pool("finance", "Amsterdam, Netherlands")(
            "Chris Vermaat",
            0,
            touches=[li(35, "Anything but tobacco, alcohol or gambling, please.")],
        ),
        description="FP&A for the Benelux cigarette and vaping business of a tobacco group.",
    ),
    duo(
        "gambling refused, but sports media fine vs gambling refused, role is a casino",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Sven Dijkhuizen",
            1,
            "Nothing in gambling, but sports data for media and broadcasters is great.",
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Tijmen Kroes", 0, "Refuses to work for online casinos or betting."
        ),
        description="Build the odds engine of a licensed Dutch online casino and sportsbook.",
    ),
    duo(
        "wants healthcare mission, role at a hospital vs indifferent",
        "ml",
        dict(remote_policy="hybrid", location="Nijmegen, Netherlands"),
        pool("ml", "Nijmegen, Netherlands")(
            "Lotte Arts", 2, "Wants her ML work to help patients, healthcare only."
        ),
        pool("ml", "Nijmegen, Netherlands")("Hans Peters", 1),
        description="ML for radiology triage at a university medical centre.",
    ),
    duo(
        "refuses fintech/crypto vs wants crypto, role is a crypto exchange",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Rens Hooijer", 2, "Would love to work in crypto."
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Lieke Janssen", 0, "Geen crypto, dat vind ik gokken."
        ),
        description="Build the matching engine of an Amsterdam crypto exchange.",
    ),
    duo(
        "wants circularity, role is chemical recycling vs indifferent",
        "data_eng",
        ANT_ONSITE,
        pool("data_eng", "Antwerp, Belgium")(
            "Wout Van den Bossche",
            2,
            "Wil werken rond circulariteit en recyclage.",
        ),
        pool("data_eng", "Antwerp, Belgium")("Stef Vermeulen", 1, "Indifferent about the sector."),
        description="Data for a chemical recycling plant turning plastic waste into feedstock.",
    ),
    duo(
        "wants public-sector mission at the EU vs refuses institutions",
        "frontend",
        BRU_HYBRID,
        pool("frontend", "Brussels, Belgium")(
            "Clara Nowak", 2, "Wants to work for an EU institution or public good."
        ),
        pool("frontend", "Brussels, Belgium")(
            "Louis Simon", 0, "No government, no EU institutions, too slow."
        ),
        description="Frontend for a European Commission agency's citizen portal.",
    ),
]

TECH = [
    duo(
        "wants Rust, role has Rust vs refuses Rust",
        "backend",
        EHV_HYBRID,
        pool("backend")("Ties Brands", 2, "Wil Rust in productie schrijven."),
        pool("backend")("Arno Verhoef", 0, "No Rust please, tried it, hated it."),
        offers=["Stack: Python and Rust services"],
    ),
    duo(
        "refuses Azure, role is AWS vs refuses AWS",
        "sre",
        NL_REMOTE,
        pool("sre", "Leiden, Netherlands")("Quinten Vos", 2, "Geen Azure meer, liever AWS of GCP."),
        pool("sre", "Leiden, Netherlands")("Bjorn Hartman", 0, "Never AWS again, only GCP."),
        offers=["Stack: AWS, Terraform and Kubernetes"],
    ),
    duo(
        "wants C++ embedded back vs wants Python, role is Python",
        "backend",
        VELD_ONSITE,
        pool("backend")("Ramon Eijkemans", 2, "Wants to keep doing Python, loves it."),
        pool("backend")("Hendrik Bosch", 1, "Wants to go back to C++ embedded work."),
        base=MACHINE_SW,
    ),
]

# --- 7. last time's reason, the history with us, the latest process --------------------------

LAST_TIME = [
    duo(
        "declined five office days, this role is remote vs onsite again",
        "data_eng",
        NL_REMOTE,
        pool("data_eng", "Zwolle, Netherlands")(
            "Jorien Bolt",
            2,
            apps=[declined(200, "remote_policy", "Wilde geen 5 dagen kantoor", past=PAST_EHV)],
        ),
        pool("data_eng", "Zwolle, Netherlands")("Bart Slot", 1),
    ),
    duo(
        "declined five office days, this role is onsite too vs no history",
        "data_eng",
        EHV_ONSITE,
        pool("data_eng")("Sander Boom", 2),
        pool("data_eng")(
            "Joyce Raaijmakers",
            0,
            apps=[declined(150, "remote_policy", "Five days on campus was a no-go", past=PAST_EHV)],
        ),
    ),
    duo(
        "withdrew over no 30% ruling, this role offers it vs still doesn't",
        "ml",
        AMS_HYBRID,
        pool("ml", "Amsterdam, Netherlands")(
            "Rohan Gupta",
            2,
            apps=[withdrew(240, "compensation", "No 30% ruling offered, net too low")],
        ),
        pool("ml", "Amsterdam, Netherlands")("Tom Hoefnagels", 1),
        offers=["30% ruling for eligible international hires"],
    ),
    duo(
        "withdrew over on-call, this role has none vs on-call still here",
        "sre",
        UTR_HYBRID,
        pool("sre", "Utrecht, Netherlands")(
            "Wiebe Kooistra",
            2,
            apps=[withdrew(180, "other", "Pulled out over the 24/7 on-call", role="Senior SRE")],
        ),
        pool("sre", "Utrecht, Netherlands")("Arie Mast", 1),
        offers=["No on-call: follow-the-sun support team handles nights"],
    ),
    duo(
        "withdrew over on-call, this role has on-call again vs no history",
        "sre",
        UTR_HYBRID,
        pool("sre", "Utrecht, Netherlands")("Jochem Tol", 2),
        pool("sre", "Utrecht, Netherlands")(
            "Ronald Stam",
            0,
            apps=[withdrew(160, "other", "Won't do weekend on-call", role="Senior SRE")],
        ),
        offers=["Weekend on-call rotation, one weekend a month"],
    ),
    duo(
        "turned down because not a lead role, this one is lead vs IC again",
        "manager",
        EHV_HYBRID,
        pool("manager")(
            "Geert Maessen",
            2,
            apps=[
                declined(
                    210, "other", "Wanted people management, offer was IC", role="Senior Engineer"
                )
            ],
        ),
        pool("manager")("Maurice Spoor", 1),
        offers=["Team lead for six engineers"],
    ),
    duo(
        "declined: no lease car, this offer has one vs no history",
        "sales",
        ANT_HYBRID,
        pool("sales", "Ghent, Belgium")(
            "Nick De Clercq",
            2,
            apps=[declined(160, "compensation", "Geen bedrijfswagen in het pakket")],
        ),
        pool("sales", "Ghent, Belgium")("Ward Desmet", 1),
        offers=["Company car (bedrijfswagen) and fuel card", "Hospitalisation insurance"],
    ),
    duo(
        "withdrew: too small, now this is a corporate vs still a tiny startup",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Yannick Veldman",
            2,
            apps=[withdrew(190, "other", "Company of 9 felt too risky for him")],
        ),
        pool("backend", "Amsterdam, Netherlands")("Mart Spijker", 1),
        offers=["Part of a listed group of 3,000 people"],
    ),
    duo(
        "withdrew over relocating to Rotterdam, this role is Rotterdam again vs no history",
        "data_eng",
        RTD_ONSITE,
        pool("data_eng", "Groningen, Netherlands")("Inge Tuinstra", 1),
        pool("data_eng", "Groningen, Netherlands")(
            "Hilde Bergsma",
            0,
            apps=[
                withdrew(
                    140,
                    "location",
                    "Would not move to Rotterdam",
                    past=dict(remote_policy="onsite", location="Rotterdam, Netherlands"),
                )
            ],
        ),
        base=PORT_DATA,
    ),
    duo(
        "turned down contract type (ZZP wanted), this one is freelance vs perm again",
        "backend",
        dict(remote_policy="hybrid", location="Eindhoven, Netherlands"),
        pool("backend")(
            "Frits Bongers",
            2,
            apps=[declined(170, "other", "Wilde ZZP blijven, aanbod was loondienst")],
        ),
        pool("backend")("Luc Raaijmakers", 1),
        title="Freelance Python Engineer (ZZP, 12 months)",
        offers=["Freelance, €90/h"],
    ),
]

HISTORY = [
    duo(
        "no-show at our client vs lost a final to one other",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Jeroen Lamers", 2, apps=[lost_final(200, "Close call, client loved him")]
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Stan Hoek",
            0,
            apps=[app(150, "interview", "rejected", "no_show", "Niet komen opdagen, geen bericht")],
        ),
        base=SCALEUP_BACKEND,
    ),
    duo(
        "conduct on a client site vs skills gap a year ago since closed",
        "sre",
        RTD_ONSITE,
        pool("sre", "Rotterdam, Netherlands")(
            "Daniel Mos",
            2,
            apps=[app(330, "interview", "rejected", "skills_gap", "Geen Kubernetes toen")],
            touches=[mail(60, "Passed my CKA last month, now running k8s in production.")],
        ),
        pool("sre", "Rotterdam, Netherlands")(
            "Koen Lagerweij",
            0,
            apps=[app(120, "onsite", "rejected", "conduct", "Rude to the terminal staff on site")],
        ),
    ),
    duo(
        "latest process: final round last month vs only applied years ago",
        "cs",
        UTR_HYBRID,
        pool("cs", "Utrecht, Netherlands")(
            "Lisanne Wouters",
            2,
            apps=[lost_final(35, "Runner-up, client wants her for the next one", role="CSM")],
        ),
        pool("cs", "Utrecht, Netherlands")(
            "Mara Verschoor",
            1,
            apps=[app(900, "applied", "rejected", "other", None, role="CSM")],
        ),
    ),
]

# --- 8. several notes over time: the latest word counts ------------------------------------


def notes(*touches):
    return dict(touches=list(touches))


LATEST = [
    duo(
        "remote-only then fine with hybrid vs hybrid then remote-only",
        "backend",
        EHV_HYBRID,
        pool("backend")(
            "Bart van Esch",
            2,
            **notes(
                wa(300, "alleen remote nog"),
                call(40, "Changed his mind: three days on campus is fine now, kids at school."),
            ),
        ),
        pool("backend")(
            "Jan Hoeks",
            0,
            **notes(
                call(300, "Hybrid prima, 3 dagen kantoor geen probleem."),
                wa(30, "sorry, remote only vanaf nu, verhuisd naar Limburg"),
            ),
        ),
        base=MACHINE_SW,
    ),
    duo(
        "opted out, then came back asking for roles vs keen then opted out",
        "data_eng",
        AMS_HYBRID,
        pool("data_eng", "Amsterdam, Netherlands")(
            "Noa Blokker",
            2,
            **notes(
                mail(400, "Please stop contacting me. Noa"),
                mail(50, "I know I asked you to stop last year - I'm looking again, do write."),
            ),
        ),
        pool("data_eng", "Amsterdam, Netherlands")(
            "Vera Huizinga",
            0,
            **notes(
                li(300, "Keep me posted on data roles!"),
                mail(20, "Remove me from all your lists please, I don't want contact again."),
            ),
            excluded=True,
        ),
    ),
    duo(
        "no travel, then travel ok, then no again vs no, then yes",
        "sales",
        EHV_HYBRID,
        pool("sales")(
            "Rick Bressers",
            2,
            **notes(
                call(400, "Wil niet reizen."),
                call(60, "Kinderen groter, reizen naar Duitsland mag nu gewoon."),
            ),
        ),
        pool("sales")(
            "Tim Hurkmans",
            0,
            **notes(
                call(400, "No travel - noted."),
                call(200, "Travel fine again."),
                wa(25, "toch geen reizen meer, mijn vrouw is ziek. sorry"),
            ),
        ),
        offers=["Customer visits in Germany two days a week"],
    ),
    duo(
        "needed sponsorship, since got Dutch permanent residence vs still needs it",
        "ml",
        EHV_ONSITE,
        pool("ml")(
            "Priya Thirunelli",
            2,
            **notes(
                ats(500, "Needs kennismigrant sponsorship."),
                mail(45, "Good news: I received permanent residence, no sponsor needed now."),
            ),
        ),
        pool("ml")(
            "Ahmed Sabbouri",
            0,
            **notes(
                ats(500, "Needs kennismigrant sponsorship."),
                mail(30, "Still on my employer-tied permit, would need a new sponsor."),
            ),
        ),
        offers=["No visa sponsorship for this role"],
    ),
    duo(
        "pay ask lowered into band vs raised above band",
        "finance",
        UTR_HYBRID,
        pool("finance", "Utrecht, Netherlands")(
            "Carlijn Wesseling",
            2,
            **notes(
                call(300, "Asks 80k minimum."),
                call(30, "Now ok with 66k if hybrid, work-life matters more."),
            ),
        ),
        pool("finance", "Utrecht, Netherlands")(
            "Mirthe Koning",
            0,
            **notes(
                call(300, "Asks 62k."),
                call(30, "Got a raise, won't move under 82k now."),
            ),
        ),
        salary_min=60_000,
        salary_max=70_000,
        currency="EUR",
    ),
    duo(
        "refused defence, later fine with it vs fine, later refused",
        "backend",
        dict(remote_policy="onsite", location="Hengelo, Netherlands"),
        pool("backend", "Enschede, Netherlands")(
            "Bram Oude Egberink",
            2,
            **notes(
                call(400, "Geen defensie."),
                li(40, "Given the war I've reconsidered: defence work is fine with me now."),
            ),
        ),
        pool("backend", "Enschede, Netherlands")(
            "Wessel ter Horst",
            0,
            **notes(
                call(400, "Defence is fine."),
                li(40, "Thought about it more: no defence or weapons work for me."),
            ),
        ),
        description="Build services for naval radar systems for defence customers.",
    ),
    duo(
        "ZZP only then wants vast, role vast vs vast then back to ZZP",
        "data_eng",
        RTD_HYBRID,
        pool("data_eng", "Rotterdam, Netherlands")(
            "Ties Mulder",
            2,
            **notes(
                call(350, "Alleen ZZP."),
                wa(30, "freelance markt is dood, ik wil nu toch graag een vast contract"),
            ),
        ),
        pool("data_eng", "Rotterdam, Netherlands")(
            "Stijn Boekhout",
            0,
            **notes(
                call(350, "Wants a permanent job."),
                wa(30, "heb me weer ingeschreven bij de KvK, alleen nog ZZP"),
            ),
        ),
        base=PORT_DATA,
        offers=["Vast contract, cao scale 11"],
    ),
    duo(
        "won't relocate, then moving to Antwerp vs moving, then staying put",
        "cs",
        ANT_ONSITE,
        pool("cs", "Ghent, Belgium")(
            "Laura Peeters",
            2,
            **notes(
                call(300, "Blijft in Gent."),
                mail(40, "We bought a house in Berchem, moving to Antwerp in December."),
            ),
        ),
        pool("cs", "Ghent, Belgium")(
            "Silke Van Acker",
            0,
            **notes(
                call(300, "Plans to move to Antwerp."),
                mail(40, "The Antwerp move is off. I stay in Ghent and won't commute there."),
            ),
        ),
    ),
    duo(
        "wants to manage, then IC, then manage again vs wanted to manage then IC",
        "manager",
        AMS_HYBRID,
        pool("manager", "Amsterdam, Netherlands")(
            "Merijn Stolk",
            2,
            **notes(
                call(500, "Wants to lead."),
                call(300, "Wants to go back to IC."),
                call(35, "Missed leading after all, wants a team again."),
            ),
        ),
        pool("manager", "Amsterdam, Netherlands")(
            "Joost Evers",
            0,
            **notes(
                call(400, "Joost wants to lead a team."),
                call(35, "Done with management, only IC now."),
            ),
        ),
        offers=["Lead a team of eight"],
    ),
    duo(
        "wait 'after Q1' then called off early vs 'whenever' hardened into a wait",
        "backend",
        AMS_HYBRID,
        pool("backend", "Amsterdam, Netherlands")(
            "Koen Brink",
            2,
            **notes(
                call(60, "Not before end of Q1 2027, project launch."),
                wa(10, "project gecanceld, ik ben per direct beschikbaar!"),
            ),
        ),
        pool("backend", "Amsterdam, Netherlands")(
            "Gijs Nooteboom",
            1,
            **notes(
                call(200, "Open whenever."),
                wa(10, "net gepromoveerd intern, bel me pas na de zomer van 2027"),
            ),
        ),
        base=SCALEUP_BACKEND,
    ),
]

HELDOUT72_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATIONS,
    *LOCATION,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the locations are its LOCATION and the latest word its LATEST; last time's reason, resolved
# or still standing, is the file's LAST_TIME list, and the history with us (the latest process
# among it) its HISTORY.
LOCATIONS, LATEST_WORD = LOCATION, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
