"""Held-out rediscovery cases, fiftieth set: African agency recruiters', in-house talent teams'
and candidates' own words, written by a fiftieth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 50") and never tuned to what Encore does. The recruiters are a Lagos
tech-and-fintech agency, a Nairobi executive-search desk that also fills NGO and telecoms posts,
a Johannesburg banking and mining recruiter, a Cape Town in-house talent team, and sourcers in
Accra, Kigali and Cairo who place engineers with remote European and US companies. The voices
are terse ATS shorthand ("cand", "LM", "NTH", "f/u", "CTC", "pls"), lower-case WhatsApps,
LinkedIn replies, candidates' emails, formal letters, recruiters' third-person call notes, long
rambling notes where one line decides, and lines in Nigerian Pidgin and Yoruba, Swahili,
Afrikaans, Arabic and French. Money is in NGN, KES, ZAR, GHS, EGP and USD (a USD salary for
remote work, monthly take-home against annual bands, "net" against "gross", CTC); the world
around them is Lagos traffic and danfos, Third Mainland Bridge, Nairobi matatus and Thika Road,
the Gautrain, load-shedding, relocation to Europe, UK Skilled Worker and Schengen visas and
Canadian Express Entry, Ramadan and Eid, Easter, the December holidays and school terms.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal letter withdrawing consent, an angry WhatsApp, "abeg comman remove my
   name", Swahili, Afrikaans, Arabic, French, a recruiter's DNC after a complaint, a POPIA and an
   NDPR deletion request, a candidate who emigrated and wants nothing more): never shown; beside
   each a scoped stop that is no opt-out: WhatsApp only not calls, not that bank again, no more
   sales roles, unsubscribe from the newsletter, a new number, feedback still owed;
2. waits counted from the day said against twins whose wait has run out: a three-month notice,
   after Ramadan and Eid, after Easter, after the December holidays, end of Q1, a bonus in March,
   a school term, a wedding, an MBA exam, a project go-live; and notes full of dates asking for
   no wait;
3. schedule (night shifts, weekends, Friday prayers, US hours from Lagos), travel (site visits to
   mines, regional travel across East Africa), visa and right to work (UK Skilled Worker
   sponsorship, a Kenyan work permit, a Schengen visa, Express Entry PR), contract type (a
   12-month contract against permanent, a consultancy), commute (Third Mainland Bridge, danfos,
   Ikorodu to Victoria Island, matatus on Thika Road, Ngong Road, the Gautrain from Pretoria, the
   N1, Accra's Kwame Nkrumah Circle, the 6th of October Bridge, minutes each way);
4. pay against the band: NGN, KES, ZAR, GHS and EGP asks against USD bands, monthly take-home
   against annual gross, a floor against current pay, CTC, day rates and hourly rates;
5. work mode said only in the title, only in the description, only in the offers; hybrid days;
   negation and its scope ("not against the office", "no wahala with hybrid", "I don't mind
   travel, I mind nights");
6. location and relocation (Lagos to Nairobi, Jo'burg to Cape Town, moving to Europe), managing
   against hands-on, company stage and size (a seed-stage fintech against a tier-one bank),
   industry and mission wanted or refused (fintech, mining, NGOs, betting, oil, tobacco, impact),
   technology wanted or refused (Go, Kotlin, Java, PHP, Azure, Flutter, SAP);
7. last time's reason resolved by this role or still standing, the history with us, the latest
   process and stage reached;
8. several notes over time where the latest word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C as _C
from evaluation.scenarios import Case, P, app, touch


def C(name, role, people, note="", where=None, **opening) -> Case:
    """A case whose opening starts from ``where`` (a preset below), anything said overriding it."""
    return _C(name, role, people, note, **{**(where or {}), **opening})


# --- who wrote what -------------------------------------------------------------------------


def pool(profile: str, where: str = "Lagos, Nigeria"):
    """Equally skilled people of one profile, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def wa(days, words) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def li(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def rang(days, words) -> dict:
    """A recruiter's call note, in the third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS by a recruiter or coordinator."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def silver(days, note=None, *, role="Senior Backend Engineer", past=None) -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role, past=past)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Pulled out of the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where and how the roles are worked -----------------------------------------------------

LAGOS_VI_HYBRID = dict(
    remote_policy="hybrid",
    location="Lagos, Nigeria",
    offers=["Hybrid: three days a week at our Victoria Island office"],
)
LAGOS_IKEJA_ONSITE = dict(
    remote_policy="onsite",
    location="Lagos, Nigeria",
    offers=["Office in Ikeja GRA, five days a week"],
)
LAGOS_LEKKI_ONSITE = dict(
    remote_policy="onsite",
    location="Lagos, Nigeria",
    offers=["Office in Lekki Phase 1, Monday to Friday"],
)
NAIROBI_HYBRID = dict(
    remote_policy="hybrid",
    location="Nairobi, Kenya",
    offers=["Hybrid: two days a week at our Westlands office"],
)
NAIROBI_ONSITE = dict(
    remote_policy="onsite",
    location="Nairobi, Kenya",
    offers=["Office in Upper Hill, five days a week"],
)
JHB_ONSITE = dict(
    remote_policy="onsite",
    location="Johannesburg, South Africa",
    offers=["Office in Sandton, five days a week, next to the Gautrain station"],
)
JHB_HYBRID = dict(
    remote_policy="hybrid",
    location="Johannesburg, South Africa",
    offers=["Hybrid: two days a week in Rosebank"],
)
CPT_HYBRID = dict(
    remote_policy="hybrid",
    location="Cape Town, South Africa",
    offers=["Hybrid: two days a week in our Woodstock office", "Backup power in the office"],
)
ACCRA_ONSITE = dict(
    remote_policy="onsite",
    location="Accra, Ghana",
    offers=["Office in Airport City, five days a week"],
)
KIGALI_ONSITE = dict(
    remote_policy="onsite",
    location="Kigali, Rwanda",
    offers=["Office at Kigali Heights, five days a week"],
)
CAIRO_HYBRID = dict(
    remote_policy="hybrid",
    location="Cairo, Egypt",
    offers=["Hybrid: three days a week in our New Cairo office"],
)
REMOTE_EU = dict(
    remote_policy="remote",
    location="Remote (Africa, EU hours)",
    offers=["Fully remote for a Berlin company", "Paid in USD"],
)
REMOTE_US = dict(
    remote_policy="remote",
    location="Remote (Africa, overlap with US Eastern time)",
    offers=["Fully remote for a New York company", "Four hours' overlap with US Eastern"],
)

USD_BAND = dict(salary_min=60_000, salary_max=80_000, currency="USD")

# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "formal letter withdrawing consent vs WhatsApp only, no calls",
        "backend",
        [
            pool("backend")(
                "Adebayo Bamidele",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam, I write to formally withdraw my consent for your firm "
                        "to hold or process my personal data. Kindly delete my CV and refrain "
                        "from contacting me henceforth. Yours faithfully, A. Bamidele",
                    )
                ],
                excluded=True,
            ),
            pool("backend")(
                "Chidinma Folarin",
                2,
                touches=[
                    wa(80, "pls no calls during work hours, I can't pick. whatsapp me anytime")
                ],
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "Pidgin 'comot my name' vs not that bank again",
        "data_eng",
        [
            pool("data_eng")(
                "Tunde Nkemelu",
                0,
                touches=[wa(60, "abeg comot my name from una list, I no wan hear anything again")],
                excluded=True,
            ),
            pool("data_eng")(
                "Ngozi Okafor",
                2,
                touches=[
                    wa(
                        60,
                        "no more roles from that Tier 1 bank on Marina pls, I've done my time "
                        "there. Anything else, send am",
                    )
                ],
            ),
        ],
        where=LAGOS_VI_HYBRID,
        description="Own the data pipelines of a payments company in Lagos.",
    ),
    C(
        "Swahili 'usiniwasiliane tena' vs no more sales roles",
        "cs",
        [
            pool("cs", "Nairobi, Kenya")(
                "Wanjiru Mabuza",
                0,
                touches=[wa(45, "Tafadhali usiniwasiliane tena kuhusu kazi. Asante.")],
                excluded=True,
            ),
            pool("cs", "Nairobi, Kenya")(
                "Achieng Akintola",
                2,
                touches=[
                    li(
                        45,
                        "Please stop sending me sales and BD roles - I'm customer success through "
                        "and through. CS roles are very welcome.",
                    )
                ],
            ),
        ],
        where=NAIROBI_HYBRID,
    ),
    C(
        "Afrikaans 'moenie my weer kontak nie' vs unsubscribe from the newsletter",
        "frontend",
        [
            pool("frontend", "Cape Town, South Africa")(
                "Pieter van Wyk-Steyn",
                0,
                touches=[
                    mail(100, "Moenie my asseblief weer kontak nie. Verwyder my besonderhede.")
                ],
                excluded=True,
            ),
            pool("frontend", "Cape Town, South Africa")(
                "Anele Dlamini",
                2,
                touches=[
                    mail(
                        100,
                        "Unsubscribe me from the monthly 'hot jobs' newsletter please, it's too "
                        "much. If you have a specific role for me, just email me directly.",
                    )
                ],
            ),
        ],
        where=CPT_HYBRID,
    ),
    C(
        "Arabic opt-out vs a new phone number",
        "backend",
        [
            pool("backend", "Cairo, Egypt")(
                "Karim Abdelrahman",
                0,
                touches=[wa(50, "من فضلك امسح بياناتي ومتتواصلش معايا تاني خالص")],
                excluded=True,
            ),
            pool("backend", "Cairo, Egypt")(
                "Mariam Soliman",
                2,
                touches=[
                    wa(
                        50,
                        "Hi, my Vodafone line is being cut, please use my new number "
                        "+20 111 555 0192 from now on. Still open to hear about roles.",
                    )
                ],
            ),
        ],
        where=CAIRO_HYBRID,
    ),
    C(
        "French 'ne me contactez plus' vs feedback still owed",
        "data_eng",
        [
            pool("data_eng", "Kigali, Rwanda")(
                "Jean-Paul Habimana",
                0,
                touches=[
                    mail(
                        120,
                        "Bonjour, merci de ne plus me contacter et de supprimer mon dossier "
                        "de votre base. Cordialement.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", "Kigali, Rwanda")(
                "Aline Uwase",
                2,
                touches=[
                    mail(
                        120,
                        "I never got feedback after the final panel in June - I would really "
                        "appreciate it, and I'm still keen on data roles with you.",
                    )
                ],
            ),
        ],
        where=KIGALI_ONSITE,
    ),
    C(
        "recruiter's DNC after a complaint vs a stop for one client only",
        "sre",
        [
            pool("sre", "Johannesburg, South Africa")(
                "Sipho Nkosi",
                0,
                touches=[
                    ats(
                        140,
                        "Cand complained to MD re too many calls. Flagged DNC - do NOT contact "
                        "for any role, any client. Escalated to compliance.",
                    )
                ],
                excluded=True,
            ),
            pool("sre", "Johannesburg, South Africa")(
                "Lerato Ochieng",
                2,
                touches=[
                    ats(
                        140,
                        "Cand asked us not to put her forward to the Rand Merchant client again "
                        "(bad exp w/ hiring mgr). Happy for all other clients.",
                    )
                ],
            ),
        ],
        where=JHB_HYBRID,
    ),
    C(
        "POPIA deletion request vs an access request that keeps hearing from us",
        "cs",
        [
            pool("cs", "Johannesburg, South Africa")(
                "Thandiwe Khumalo",
                0,
                touches=[
                    mail(
                        90,
                        "In terms of POPIA I request that you destroy all personal information "
                        "you hold about me and confirm in writing. I do not wish to be contacted.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", "Johannesburg, South Africa")(
                "Naledi Molefe",
                2,
                touches=[
                    mail(
                        90,
                        "Under POPIA may I see what information you keep on me? Just curious - "
                        "carry on sending me roles, I'm still looking.",
                    )
                ],
            ),
        ],
        where=JHB_HYBRID,
    ),
    C(
        "emigrated and wants nothing more vs moved abroad and open to remote",
        "backend",
        [
            pool("backend", "Toronto, Canada")(
                "Emeka Ikenna",
                0,
                touches=[
                    li(
                        70,
                        "I've relocated to Canada for good. I'm not interested in anything from "
                        "Nigeria again, please delete me from your records and stop messaging.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", "Toronto, Canada")(
                "Funmilayo Kariuki",
                2,
                touches=[
                    li(
                        70,
                        "Moved to Toronto last month. Still happy to hear about fully remote "
                        "roles, I can work any hours.",
                    )
                ],
            ),
        ],
        where=REMOTE_US,
    ),
    C(
        "NDPR erasure in ATS shorthand vs not this month, busy",
        "frontend",
        [
            pool("frontend")(
                "Olumide Tshabalala",
                0,
                touches=[
                    ats(
                        55,
                        "cand req erasure under NDPR. pls purge + no f/u. DNC.",
                    )
                ],
                excluded=True,
            ),
            pool("frontend")(
                "Kemi Alade",
                2,
                touches=[wa(55, "too busy to chat this week sha, but yes I'm open. ping me again")],
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "Yoruba 'e ma pe mi mo' vs stop calling my office line",
        "sales",
        [
            pool("sales")(
                "Segun Mwangi-Karanja",
                0,
                touches=[wa(30, "E jowo, e ma pe mi mo. Mi o fe ise kankan lati odo yin.")],
                excluded=True,
            ),
            pool("sales")(
                "Bisola Akande",
                2,
                touches=[
                    wa(
                        30,
                        "Please don't call my office landline again, my manager picked. Use "
                        "this WhatsApp number, I'm interested in AE roles.",
                    )
                ],
            ),
        ],
        where=LAGOS_IKEJA_ONSITE,
        description="Close mid-market deals across West Africa for a SaaS company.",
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

# A running wait holds a person back but still shows them (grade 1; grade 0 may be hidden).
WAITS = [
    C(
        "three months' notice given three weeks ago vs one month's notice given in August",
        "backend",
        [
            pool("backend")(
                "Ifeanyi Makinde",
                1,
                ("Resigned from the bank on 2 Nov - 3 months notice, can't start before Feb.", 21),
            ),
            pool("backend")(
                "Halima Bello",
                2,
                ("Resigned 10 Aug, one month's notice, free from mid-September.", 105),
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "after Ramadan said this month vs after Ramadan said in February",
        "data_eng",
        [
            pool("data_eng", "Cairo, Egypt")(
                "Omar Uzoma",
                1,
                ("Not moving until after Ramadan and Eid - ask me again then.", 12),
            ),
            pool("data_eng", "Cairo, Egypt")(
                "Yasmin Hassan",
                2,
                ("Not moving until after Ramadan and Eid - ask me again then.", 280),
            ),
        ],
        where=CAIRO_HYBRID,
    ),
    C(
        "after Easter said in November vs after Easter said in January",
        "cs",
        [
            pool("cs", "Accra, Ghana")(
                "Kwame Mensah",
                1,
                ("cand says pls come back after Easter, too much on his plate", 18),
            ),
            pool("cs", "Accra, Ghana")(
                "Abena Abiodun",
                2,
                ("cand says pls come back after Easter, too much on her plate", 300),
            ),
        ],
        where=ACCRA_ONSITE,
    ),
    C(
        "after the December holidays said this month vs said last December",
        "frontend",
        [
            pool("frontend", "Cape Town, South Africa")(
                "Ruan Steenkamp-Olivier",
                1,
                ("Chat after the December holidays, once schools are back in January.", 15),
            ),
            pool("frontend", "Cape Town, South Africa")(
                "Zanele Anan",
                2,
                ("Chat after the December holidays, once schools are back in January.", 345),
            ),
        ],
        where=CPT_HYBRID,
    ),
    C(
        "end of Q1 said last month vs end of Q3 said in May",
        "sales",
        [
            pool("sales", "Nairobi, Kenya")(
                "Brian Mwangi",
                1,
                ("Wants to close his numbers first - revisit at end of Q1 next year.", 35),
            ),
            pool("sales", "Nairobi, Kenya")(
                "Faith Njeri",
                2,
                ("Wants to close her numbers first - revisit at end of Q3.", 190),
            ),
        ],
        where=NAIROBI_HYBRID,
        description="Close enterprise deals across East Africa for a SaaS company.",
    ),
    C(
        "March bonus still ahead vs March bonus already paid",
        "data_eng",
        [
            pool("data_eng", "Johannesburg, South Africa")(
                "Johan Pretorius",
                1,
                ("Won't leave before the bonus pays out in March, it's a big one this year.", 40),
            ),
            pool("data_eng", "Johannesburg, South Africa")(
                "Palesa Sithole",
                2,
                ("Won't leave before the bonus pays out in March, it's a big one this year.", 410),
            ),
        ],
        where=JHB_HYBRID,
    ),
    C(
        "wedding in December vs wedding last year",
        "backend",
        [
            pool("backend")(
                "Olamide Sibiya",
                1,
                touches=[
                    wa(
                        24,
                        "my wedding is 12 Dec then honeymoon, abeg no interviews till new year",
                    )
                ],
            ),
            pool("backend")(
                "Folake Ogundipe",
                2,
                touches=[
                    wa(
                        380,
                        "my wedding is 12 Dec then honeymoon, abeg no interviews till new year",
                    )
                ],
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "CFA exam in February vs CFA exam that was in May",
        "data_eng",
        [
            pool("data_eng", "Nairobi, Kenya")(
                "Kevin Ochieng",
                1,
                ("Sitting CFA Level II in Feb - nothing new until the exam is done.", 50),
            ),
            pool("data_eng", "Nairobi, Kenya")(
                "Mercy Quaye",
                2,
                ("Sitting CFA Level II in May - nothing new until the exam is done.", 250),
            ),
        ],
        where=NAIROBI_HYBRID,
    ),
    C(
        "core banking go-live in February vs go-live that was in July",
        "sre",
        [
            pool("sre", "Accra, Ghana")(
                "Kofi Asante",
                1,
                ("Promised the CTO he'd see the core banking go-live through in Feb.", 30),
            ),
            pool("sre", "Accra, Ghana")(
                "Ama Boateng",
                2,
                ("Promised the CTO she'd see the core banking go-live through in July.", 210),
            ),
        ],
        where=ACCRA_ONSITE,
    ),
    C(
        "give me six weeks said last week vs said three months ago",
        "frontend",
        [
            pool("frontend", "Kigali, Rwanda")(
                "Eric Niyonzima",
                1,
                touches=[li(7, "Give me about six weeks to wrap up my current sprint cycle.")],
            ),
            pool("frontend", "Kigali, Rwanda")(
                "Diane Mukamana",
                2,
                touches=[li(95, "Give me about six weeks to wrap up my current sprint cycle.")],
            ),
        ],
        where=KIGALI_ONSITE,
    ),
    C(
        "after Eid al-Adha said this month vs said in April",
        "backend",
        [
            pool("backend", "Cairo, Egypt")(
                "Mostafa Gamal",
                1,
                ("بعد عيد الأضحى إن شاء الله، مش قبل كده", 15),
            ),
            pool("backend", "Cairo, Egypt")(
                "Nour Elsayed",
                2,
                ("بعد عيد الأضحى إن شاء الله، مش قبل كده", 230),
            ),
        ],
        where=CAIRO_HYBRID,
    ),
    C(
        "kids start school term in January vs school term started last January",
        "cs",
        [
            pool("cs", "Nairobi, Kenya")(
                "Grace Lekgetho",
                1,
                (
                    "Relocating the kids to a new school - won't look at roles until Term 1 "
                    "starts in January and they're settled.",
                    20,
                ),
            ),
            pool("cs", "Nairobi, Kenya")(
                "Lydia Akinyi",
                2,
                (
                    "Relocating the kids to a new school - won't look at roles until Term 1 "
                    "starts in January and they're settled.",
                    370,
                ),
            ),
        ],
        where=NAIROBI_ONSITE,
    ),
    C(
        "a note full of dates asking no wait vs a wait to March",
        "data_eng",
        [
            pool("data_eng")(
                "Uchenna Obi",
                2,
                touches=[
                    rang(
                        10,
                        "Spoke 13/11. Joined Paystack-ish fintech Jan 2023, promoted Aug 2024, "
                        "contract ended 31 Oct. Available immediately, keen to start before "
                        "Christmas if possible.",
                    )
                ],
            ),
            pool("data_eng")(
                "Yetunde Balogun",
                1,
                touches=[rang(10, "Spoke 13/11. Says not before 1 March - staying for vesting.")],
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "dates of her history, no wait vs a notice period still running",
        "sre",
        [
            pool("sre", "Johannesburg, South Africa")(
                "Busisiwe Zulu",
                2,
                touches=[
                    mail(
                        14,
                        "For context: at MTN from 2019 to 2023, then Standard Bank since March "
                        "2023; my last day there was 30 September. I can start tomorrow.",
                    )
                ],
            ),
            pool("sre", "Johannesburg, South Africa")(
                "Themba Ndlovu",
                1,
                touches=[
                    mail(
                        14,
                        "Just signed the resignation letter - calendar month notice plus I owe "
                        "them a two-month handover, so realistically end of February.",
                    )
                ],
            ),
        ],
        where=JHB_HYBRID,
    ),
]

# --- 3. schedule, travel, visa and right to work, contract type, commute ---------------------

SCHEDULE = [
    C(
        "no on-call any more vs on-call fine if paid, on-call role",
        "sre",
        [
            pool("sre", "Nairobi, Kenya")(
                "Dennis Hlongwane",
                0,
                "Done with 3am pages - no on-call rotations in the next job, full stop.",
            ),
            pool("sre", "Nairobi, Kenya")(
                "Janet Auma",
                2,
                "On-call is fine as long as there's a standby allowance.",
            ),
        ],
        where=NAIROBI_HYBRID,
        offers=[
            "24/7 on-call rotation, one week in four, with standby pay",
            "Two days in Westlands",
        ],
    ),
    C(
        "works till 10pm Lagos time vs nothing after 6pm, US-hours role",
        "backend",
        [
            pool("backend")(
                "Kelechi Umeh",
                2,
                touches=[wa(40, "US hours no wahala, I fit work till 10pm Lagos time")],
            ),
            pool("backend")(
                "Amaka Nnaji",
                0,
                touches=[
                    wa(40, "I log off 6pm WAT sharp, school run and small kids. no late calls")
                ],
            ),
        ],
        where=REMOTE_US,
        **USD_BAND,
    ),
    C(
        "no Saturday shifts vs Saturdays fine, Saturday rota role",
        "cs",
        [
            pool("cs", "Accra, Ghana")(
                "Esi Darko",
                0,
                "Adventist - cannot work Saturdays at all, Sabbath is non-negotiable.",
            ),
            pool("cs", "Accra, Ghana")(
                "Yaw Ofori",
                2,
                "Weekend shifts okay, he likes the weekday off in exchange.",
            ),
        ],
        where=ACCRA_ONSITE,
        offers=["Saturday support rota, one Saturday in three, with a weekday off in lieu"],
    ),
    C(
        "needs Friday prayer time, Sunday-to-Thursday role vs nothing said",
        "backend",
        [
            pool("backend", "Cairo, Egypt")(
                "Ahmed Mansour",
                2,
                "Only ask: an hour for Friday prayers. Otherwise any normal schedule.",
            ),
            pool("backend", "Cairo, Egypt")(
                "Sherif Naguib",
                1,
            ),
        ],
        where=CAIRO_HYBRID,
        offers=["Sunday to Thursday, 9 to 5", "Three days a week in New Cairo"],
    ),
]

TRAVEL = [
    C(
        "keen on mine-site travel vs no travel, mining role",
        "data_eng",
        [
            pool("data_eng", "Johannesburg, South Africa")(
                "Kagiso Mabena",
                2,
                "Happy to be on site at the shafts every month, loves the mining side.",
            ),
            pool("data_eng", "Johannesburg, South Africa")(
                "Nomvula Mahlangu",
                0,
                "Single mom - can't be away overnight, no travel roles please.",
            ),
        ],
        where=JHB_HYBRID,
        description="Build the production data platform for a platinum miner; a week a month "
        "on the mine sites in Rustenburg and Limpopo.",
    ),
    C(
        "regional travel wanted vs travel burnt him out, East Africa sales role",
        "sales",
        [
            pool("sales", "Nairobi, Kenya")(
                "Samuel Kiplagat",
                0,
                touches=[
                    rang(
                        60,
                        "Cand says the Kampala-Dar-Kigali loop at his last job nearly killed "
                        "his marriage. Desk-based only now, no regional travel.",
                    )
                ],
            ),
            pool("sales", "Nairobi, Kenya")(
                "Esther Nyambura",
                2,
                touches=[
                    rang(60, "Cand enjoys travel, misses being in front of clients in Kampala.")
                ],
            ),
        ],
        where=NAIROBI_HYBRID,
        offers=["Regional role: about ten days a month in Uganda, Tanzania and Rwanda"],
    ),
    C(
        "minds nights not travel vs no travel, travel role",
        "cs",
        [
            pool("cs", "Johannesburg, South Africa")(
                "Mpho Rotich",
                2,
                "I don't mind travel at all, what I mind is night shifts.",
            ),
            pool("cs", "Johannesburg, South Africa")(
                "Lindiwe Cele",
                0,
                "Not travelling for work any more, my mom needs me at home.",
            ),
        ],
        where=JHB_HYBRID,
        offers=["Client visits in Gaborone and Windhoek twice a quarter", "Day shifts only"],
    ),
]

VISA = [
    C(
        "needs UK sponsorship vs holds ILR, London role without sponsorship",
        "backend",
        [
            pool("backend")(
                "Babatunde Chibuike",
                0,
                "Will need a UK Skilled Worker visa - cannot move without sponsorship.",
            ),
            pool("backend")(
                "Temitope Adebisi",
                2,
                "Has indefinite leave to remain in the UK; moving back to London in January.",
            ),
        ],
        remote_policy="hybrid",
        location="London, UK",
        offers=["Two days a week in Shoreditch"],
        requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nExisting right to "
        "work in the UK - we cannot sponsor visas",
    ),
    C(
        "Schengen refusals, needs a sponsor vs won't leave Accra, Berlin role with Blue Card",
        "data_eng",
        [
            pool("data_eng", "Accra, Ghana")(
                "Kojo Antwi",
                2,
                "Schengen visitor visa refused twice; wants an employer who will handle an EU "
                "work visa and relocate him.",
            ),
            pool("data_eng", "Accra, Ghana")(
                "Akosua Frimpong",
                0,
                "Won't relocate to Europe - family business here in Accra.",
            ),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
        offers=["EU Blue Card sponsorship and relocation package to Berlin"],
    ),
    C(
        "Kenyan citizen vs needs a Class D permit, Nairobi role without permits",
        "frontend",
        [
            pool("frontend", "Nairobi, Kenya")(
                "Ian Mutua",
                2,
                "Kenyan ID holder, lives in Kilimani.",
            ),
            pool("frontend", "Nairobi, Kenya")(
                "Daniel Okello",
                0,
                "Ugandan national - would need the employer to get him a Class D work permit.",
            ),
        ],
        where=NAIROBI_ONSITE,
        requirements="TypeScript\nReact\nNext.js\nKenyan citizens or existing work permit "
        "holders only",
    ),
    C(
        "Express Entry PR, leaving for Canada vs staying, Lagos onsite role",
        "backend",
        [
            pool("backend")(
                "Chukwuemeka Gyamfi",
                0,
                touches=[
                    mail(
                        30,
                        "Good news - Express Entry came through, I land in Calgary in February. "
                        "So only Canada-based roles for me from now.",
                    )
                ],
            ),
            pool("backend")(
                "Adaeze Amoako",
                2,
                touches=[
                    mail(
                        30,
                        "People keep asking if I'm japa-ing. I'm not. Lagos is home, I want a "
                        "good local role.",
                    )
                ],
            ),
        ],
        where=LAGOS_IKEJA_ONSITE,
    ),
]

CONTRACT = [
    C(
        "permanent only vs likes project contracts, 12-month NGO contract",
        "data_eng",
        [
            pool("data_eng", "Nairobi, Kenya")(
                "Peter Wafula",
                0,
                "Permanent and pensionable only - bank wants it for the mortgage.",
            ),
            pool("data_eng", "Nairobi, Kenya")(
                "Caroline Wairimu",
                2,
                "Prefers fixed-term contracts and consultancies, likes moving project to project.",
            ),
        ],
        where=NAIROBI_HYBRID,
        title="Data Engineer (12-month fixed-term contract)",
        description="Build the data platform for a health NGO's community programmes. "
        "Twelve-month contract, renewable subject to funding.",
    ),
    C(
        "own company on a day rate only vs wants a permanent seat, permanent role",
        "sre",
        [
            pool("sre", "Cape Town, South Africa")(
                "Francois Joubert-Malan",
                0,
                "Only contracts through his own Pty, day rate - won't go back to permanent.",
            ),
            pool("sre", "Cape Town, South Africa")(
                "Ayanda Zungu",
                2,
                "Tired of contracting; wants a permanent role with medical aid and a pension.",
            ),
        ],
        where=CPT_HYBRID,
        offers=["Permanent role with medical aid and retirement annuity", "Two days in Woodstock"],
    ),
    C(
        "open to UN consultancies vs nothing said, six-month consultancy",
        "cs",
        [
            pool("cs", "Kigali, Rwanda")(
                "Claudine Ingabire",
                2,
                touches=[li(50, "Very open to short consultancies with UN agencies or NGOs.")],
            ),
            pool("cs", "Kigali, Rwanda")("Patrick Mugisha", 1),
        ],
        where=KIGALI_ONSITE,
        title="Partner Success Consultant (6-month consultancy)",
        description="Six-month consultancy with a UN agency onboarding partner organisations.",
    ),
]

COMMUTE = [
    C(
        "Ajah to Lekki is close vs Ikorodu to Lekki is three hours, Lekki office",
        "backend",
        [
            pool("backend")(
                "Oluwaseun Alabi",
                2,
                touches=[wa(20, "I stay for Ajah, Lekki Phase 1 na 25 mins if I leave early")],
            ),
            pool("backend")(
                "Damilola Ojo",
                0,
                touches=[
                    wa(
                        20,
                        "I live in Ikorodu. Ikorodu to Lekki every day is 3 hours each way in "
                        "traffic, I can't do that again",
                    )
                ],
            ),
        ],
        where=LAGOS_LEKKI_ONSITE,
    ),
    C(
        "Magodo to Ikeja by danfo vs won't cross Third Mainland daily, Ikeja office",
        "frontend",
        [
            pool("frontend")(
                "Rotimi Salami",
                2,
                "Lives in Magodo; Ikeja is 20 minutes, can even jump a danfo.",
            ),
            pool("frontend")(
                "Tolani Bankole",
                0,
                "Lives on the Island in Lekki; refuses to cross Third Mainland Bridge five days "
                "a week to get to the Mainland.",
            ),
        ],
        where=LAGOS_IKEJA_ONSITE,
    ),
    C(
        "Yaba to VI three days is fine vs 45-minute limit from Ikotun, VI hybrid",
        "data_eng",
        [
            pool("data_eng")(
                "Obinna Eze",
                2,
                touches=[rang(35, "Yaba based. Crossing to VI 3x a week is ok for him if hybrid.")],
            ),
            pool("data_eng")(
                "Modupe Ige",
                0,
                touches=[
                    rang(
                        35,
                        "Max 45 min each way. She's in Ikotun - VI is 2hrs+ on a good day. "
                        "Won't do it.",
                    )
                ],
            ),
        ],
        where=LAGOS_VI_HYBRID,
    ),
    C(
        "Kilimani to Upper Hill in 15 minutes vs matatu from Ruiru on Thika Road",
        "cs",
        [
            pool("cs", "Nairobi, Kenya")(
                "Wairimu Oduya",
                2,
                "Stays in Kilimani, Upper Hill is a 15-minute Uber.",
            ),
            pool("cs", "Nairobi, Kenya")(
                "Collins Kariuki",
                0,
                "Lives in Ruiru - two hours each way by matatu on Thika Road into town. Can't do "
                "five days.",
            ),
        ],
        where=NAIROBI_ONSITE,
    ),
    C(
        "Kikuyu via Waiyaki Way twice a week vs Kitengela to Westlands never",
        "backend",
        [
            pool("backend", "Nairobi, Kenya")(
                "Moses Gitau",
                2,
                touches=[
                    wa(
                        25,
                        "Waiyaki Way jam is bad but two days a week from Kikuyu to Westlands sawa",
                    )
                ],
            ),
            pool("backend", "Nairobi, Kenya")(
                "Beatrice Muthoni",
                0,
                touches=[
                    wa(
                        25,
                        "Niko Kitengela. Mombasa Road hadi Westlands ni masaa mbili - hapana, "
                        "fully remote only",
                    )
                ],
            ),
        ],
        where=NAIROBI_HYBRID,
    ),
    C(
        "Gautrain from Hatfield vs over an hour from Vereeniging, Sandton office",
        "data_eng",
        [
            pool("data_eng", "Pretoria, South Africa")(
                "Tshepo Maluleke",
                2,
                "Lives near Hatfield Gautrain station - 35 minutes to Sandton, no driving needed.",
            ),
            pool("data_eng", "Vereeniging, South Africa")(
                "Karabo Mokoena",
                0,
                "Vereeniging to Sandton on the R59 and N1 is 90 minutes each way; won't do it "
                "every day.",
            ),
        ],
        where=JHB_ONSITE,
    ),
    C(
        "Observatory to Woodstock is ten minutes vs N1 from Paarl, remote only",
        "frontend",
        [
            pool("frontend", "Cape Town, South Africa")(
                "Jaco Steyn",
                2,
                "In Obs, Woodstock office is 10 min on the bike.",
            ),
            pool("frontend", "Paarl, South Africa")(
                "Liezel Fourie",
                0,
                "Ek bly in die Paarl. Die N1 verkeer in die stad in is te erg - net remote "
                "werk vir my.",
            ),
        ],
        where=CPT_HYBRID,
    ),
    C(
        "East Legon to Airport City vs Kasoa through Circle, Accra office",
        "sales",
        [
            pool("sales", "Accra, Ghana")(
                "Nana Agyeman",
                2,
                "East Legon - Airport City is 15 mins. Perfect.",
            ),
            pool("sales", "Accra, Ghana")(
                "Efua Quaye",
                0,
                touches=[
                    rang(
                        40,
                        "Lives Kasoa. Says the Kasoa-Circle traffic is 2 hrs each way, will not "
                        "commute daily to Airport City. Only remote.",
                    )
                ],
            ),
        ],
        where=ACCRA_ONSITE,
        description="Sell payments products to merchants across Ghana.",
    ),
    C(
        "Fifth Settlement to New Cairo vs Sheikh Zayed over the 6th of October Bridge",
        "backend",
        [
            pool("backend", "Cairo, Egypt")(
                "Hossam Adel",
                2,
                "Lives in the Fifth Settlement, 10 minutes from the New Cairo office.",
            ),
            pool("backend", "Cairo, Egypt")(
                "Dina Fathy",
                0,
                "Lives in Sheikh Zayed; crossing the 6th of October Bridge to New Cairo is two "
                "hours each way. Won't do three days a week.",
            ),
        ],
        where=CAIRO_HYBRID,
    ),
    C(
        "moto from Kimihurura vs two hours from Musanze, Kigali office",
        "frontend",
        [
            pool("frontend", "Kigali, Rwanda")(
                "Olivier Nshimiyimana",
                2,
                "Kimihurura - 10 minutes by moto to Kigali Heights.",
            ),
            pool("frontend", "Musanze, Rwanda")(
                "Alice Uwimana",
                0,
                "Lives in Musanze with family, two hours from Kigali; will not relocate or "
                "commute daily.",
            ),
        ],
        where=KIGALI_ONSITE,
    ),
    C(
        "hated the Island commute at his last job, this office is near home vs no view",
        "sre",
        [
            pool("sre")(
                "Gbenga Oladipo",
                2,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Gbagada to Marina daily was killing him - withdrew at interview",
                        past=dict(remote_policy="onsite", location="Lagos, Nigeria (Marina)"),
                        role="SRE",
                    )
                ],
                touches=[rang(30, "Lives Gbagada. Anything on the Mainland, Ikeja side, is fine.")],
            ),
            pool("sre")("Ebuka Onyekachi", 1),
        ],
        where=LAGOS_IKEJA_ONSITE,
    ),
    C(
        "Randburg taxi commute fine vs no car and no taxi, Rosebank hybrid",
        "cs",
        [
            pool("cs", "Johannesburg, South Africa")(
                "Zodwa Mkhize",
                2,
                "Randburg to Rosebank in a minibus taxi is 30 minutes, easy twice a week.",
            ),
            pool("cs", "Soshanguve, South Africa")(
                "Lungile Shabalala",
                0,
                "No car; Soshanguve to Rosebank is two taxis and a train, over two hours. "
                "Remote only.",
            ),
        ],
        where=JHB_HYBRID,
    ),
]

# --- 4. pay against the band: local currencies, periods, floors, rates ---------------------


def duo(name, role, profile, home, first, second, **opening):
    """Two equally skilled people living in ``home``; ``first`` and ``second`` are
    (name, grade, *said)."""
    make = pool(profile, home)
    return C(name, role, [make(*first), make(*second)], **opening)


PAY = [
    duo(
        "naira monthly ask inside an annual naira band vs far above it",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Ayodele Famuyiwa", 2, "Looking for ₦2.5m a month gross, that's my floor."),
        ("Chinedu Okeke", 0, "Won't move for less than ₦6m monthly take-home."),
        salary_min=24_000_000,
        salary_max=32_000_000,
        currency="NGN",
        where=LAGOS_VI_HYBRID,
    ),
    duo(
        "a dollar monthly floor inside a USD band vs a USD ask far above it",
        "data_eng",
        "data_eng",
        "Lagos, Nigeria",
        ("Opeyemi Lawal", 2, "For remote I need at least $5,500 a month."),
        ("Nnamdi Azikiwe-Okoro", 0, "My number for remote is $12k/month, not a dollar less."),
        where=REMOTE_EU,
        **USD_BAND,
    ),
    duo(
        "KES current pay with a 30% uplift against a USD band vs a USD ask above it",
        "backend",
        "backend",
        "Nairobi, Kenya",
        (
            "Kennedy Omondi",
            2,
            "Currently on KES 450,000 a month; wants about 30% more to move.",
        ),
        ("Shiro Wangari", 0, "Minimum USD 150k a year for any remote role."),
        where=REMOTE_EU,
        **USD_BAND,
    ),
    duo(
        "rand CTC ask inside the band vs a rand ask above it",
        "sre",
        "sre",
        "Johannesburg, South Africa",
        ("Sibusiso Dube", 2, "Wants R1.1m CTC - currently R950k."),
        ("Marius Coetzee-Nel", 0, "Won't look at anything under R1.8m cost-to-company."),
        salary_min=1_000_000,
        salary_max=1_300_000,
        currency="ZAR",
        where=JHB_HYBRID,
    ),
    duo(
        "cedi monthly ask inside an annual cedi band vs far above it",
        "cs",
        "cs",
        "Accra, Ghana",
        ("Kwabena Osei", 2, "GHS 18,000 a month would make him move."),
        ("Adjoa Asamoah", 0, "Needs at least GHS 45,000 monthly net."),
        salary_min=200_000,
        salary_max=260_000,
        currency="GHS",
        where=ACCRA_ONSITE,
    ),
    duo(
        "Egyptian pounds ask inside the band vs a dollar-pegged ask far above it",
        "frontend",
        "frontend",
        "Cairo, Egypt",
        ("Mohamed Salah Eldin", 2, "عايز ٨٠ ألف جنيه في الشهر"),
        ("Rania Youssef", 0, "Only considering salaries paid in USD, min $6,000 a month."),
        salary_min=840_000,
        salary_max=1_100_000,
        currency="EGP",
        where=CAIRO_HYBRID,
    ),
    duo(
        "naira ask against a USD remote band: converts inside vs current pay is no ask",
        "backend",
        "backend",
        "Lagos, Nigeria",
        (
            "Tobi Adekunle",
            2,
            "Earns ₦1.8m/month now at a Lagos fintech; wants a USD salary of $4-5k a month for "
            "remote.",
        ),
        ("Ibukun Oyewole", 0, "Will only take remote at $10,000 a month or more."),
        where=REMOTE_US,
        **USD_BAND,
    ),
    duo(
        "current pay above the band but a lower ask vs an ask above the band",
        "data_eng",
        "data_eng",
        "Johannesburg, South Africa",
        (
            "Nompumelelo Ntuli",
            2,
            "Currently on R1.5m at the bank but would take R1.2m for a remote role, work/life "
            "matters more.",
        ),
        ("Hendrik Smit", 0, "Needs R1.6m minimum, no flexibility."),
        salary_min=1_000_000,
        salary_max=1_250_000,
        currency="ZAR",
        remote_policy="remote",
        location="Remote (South Africa)",
    ),
    duo(
        "hourly rate inside the contractor band vs day rate far above it",
        "sre",
        "sre",
        "Nairobi, Kenya",
        ("Victor Maina", 2, "Contract rate: $45/hour is fine for him."),
        ("Agnes Chepkoech", 0, "Day rate $1,200 or nothing."),
        remote_policy="remote",
        location="Remote (Africa)",
        title="Contract SRE",
        offers=["USD contract, $40-$55 an hour, 40 hours a week"],
        salary_min=80_000,
        salary_max=110_000,
        currency="USD",
    ),
    duo(
        "KES monthly net inside an annual KES band vs far above",
        "cs",
        "cs",
        "Nairobi, Kenya",
        ("Mary Atieno", 2, "Anything around KES 300k net per month works."),
        ("Joseph Kimani", 0, "Floor is KES 1.2m a month after tax."),
        salary_min=4_800_000,
        salary_max=6_000_000,
        currency="KES",
        where=NAIROBI_HYBRID,
    ),
    duo(
        "wants a pay rise, band is high vs wants the same pay, band is high",
        "sales",
        "sales",
        "Lagos, Nigeria",
        ("Ejiro Okoro", 2, "Underpaid - wants a serious jump, at least 50% on current ₦20m."),
        ("Fisayo Adeniran", 1, "Pay is fine where he is; would move for the right product."),
        salary_min=30_000_000,
        salary_max=40_000_000,
        currency="NGN",
        where=LAGOS_IKEJA_ONSITE,
    ),
    duo(
        "rand ask on a USD remote band that fits vs rand ask that doesn't",
        "frontend",
        "frontend",
        "Cape Town, South Africa",
        ("Wian Coetzee", 2, "R90k a month would do it for remote, paid in dollars is a bonus."),
        ("Nandi Zwane", 0, "Won't go below R300k per month."),
        where=REMOTE_EU,
        **USD_BAND,
    ),
]

# --- 5. work mode in the title, description or offers only; hybrid days; negation ------------

WORK_MODE = [
    duo(
        "remote said only in the title: remote seeker vs office lover",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Akin Oduya", 2, "got solar and Starlink at home, wants fully remote"),
        ("Ronke Ajiboye", 0, "Likes the buzz of an office, needs to be around people every day."),
        title="Senior Backend Engineer (Remote, Africa)",
        location="Africa",
        **USD_BAND,
    ),
    duo(
        "remote said only in the description: remote seeker vs office lover",
        "data_eng",
        "data_eng",
        "Nairobi, Kenya",
        ("Ruth Njambi", 2, "Wants to work from home in Nakuru, no more Nairobi."),
        ("Felix Odhiambo", 0, "Wants to be in an office, home is too noisy with the kids."),
        location="Kenya",
        description="A fully remote data team across Kenya; we meet in person twice a year.",
    ),
    duo(
        "onsite said only in the offers: office lover vs remote-only",
        "frontend",
        "frontend",
        "Accra, Ghana",
        ("Kojo Mensah-Bonsu", 2, "Prefers the office - power at home is unreliable."),
        ("Adwoa Kyei", 0, "Remote only, she's done with commuting in Accra."),
        location="Accra, Ghana",
        offers=["Everyone in the Osu office Monday to Friday", "Generator and fibre in office"],
    ),
    duo(
        "two hybrid days welcome vs remote only, two-day hybrid",
        "cs",
        "cs",
        "Cape Town, South Africa",
        (
            "Chantelle Isaacs-Petersen",
            2,
            "Two days in the office is ideal, load-shedding kills WFH.",
        ),
        ("Thabo Mbeki-Nkosi", 0, "Will not do any office days, remote or nothing."),
        where=CPT_HYBRID,
    ),
    duo(
        "max two office days vs four days fine, four-day office role",
        "backend",
        "backend",
        "Cairo, Egypt",
        ("Hany Ragab", 0, "Max two days in the office a week."),
        ("Salma Ibrahim", 2, "Office four days is fine, she likes New Cairo."),
        remote_policy="hybrid",
        location="Cairo, Egypt",
        offers=["Four days a week in the New Cairo office"],
    ),
    duo(
        "remote seeker vs office lover, hybrid written in French",
        "data_eng",
        "data_eng",
        "Kigali, Rwanda",
        ("Gisèle Mutoni", 2, "Je cherche un poste hybride, deux jours au bureau me conviennent."),
        ("Innocent Hakizimana", 0, "Uniquement du télétravail à 100 %, pas de bureau."),
        location="Kigali, Rwanda",
        remote_policy="hybrid",
        offers=["Deux jours par semaine au bureau de Kigali Heights"],
    ),
]

NEGATIONS = [
    duo(
        "'not against the office' vs 'not open to the office', onsite role",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Segun Olatunji", 2, "Not against being in the office every day, honestly."),
        ("Chioma Udeh", 0, "Not open to office-based roles any more."),
        where=LAGOS_IKEJA_ONSITE,
    ),
    duo(
        "'no wahala with hybrid' vs 'hybrid na wahala', hybrid role",
        "frontend",
        "frontend",
        "Lagos, Nigeria",
        ("Ugochi Nwafor", 2, "hybrid no wahala for me, 3 days fine"),
        ("Emmanuel Etim", 0, "hybrid na wahala, I want full remote abeg"),
        where=LAGOS_VI_HYBRID,
    ),
    duo(
        "'the money wasn't the issue, the travel was' vs 'the money was the issue', travel-free "
        "role at the same pay",
        "sales",
        "sales",
        "Nairobi, Kenya",
        ("Lucy Wanjiku", 2, "Money wasn't the problem last time - the constant travel was."),
        (
            "George Njuguna",
            0,
            "The travel wasn't the problem, the money was - needs KES 8m a year.",
        ),
        where=NAIROBI_HYBRID,
        salary_min=4_000_000,
        salary_max=4_800_000,
        currency="KES",
        offers=["Desk-based, no regional travel", "Two days in Westlands"],
    ),
    duo(
        "'not managing people' scoped to now vs never, manager role",
        "manager",
        "manager",
        "Johannesburg, South Africa",
        (
            "Vusi Mahlaba",
            2,
            "He didn't want to manage people two years ago; now he's ready to lead a team.",
        ),
        ("Riana Kruger", 0, "Never wants to manage people again - hands-on only."),
        where=JHB_HYBRID,
    ),
]

# --- 6. location and relocation, managing, stage and size, mission, technology ---------------

LOCATIONS = [
    duo(
        "moving to Nairobi vs staying in Lagos, Nairobi onsite role",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Ngozi Ibekwe", 2, "Husband posted to Nairobi in January - she's moving with him."),
        ("Bayo Adigun", 0, "Not leaving Lagos, his parents are here."),
        where=NAIROBI_ONSITE,
    ),
    duo(
        "Jo'burg to Cape Town wanted vs won't leave Gauteng, Cape Town role",
        "data_eng",
        "data_eng",
        "Johannesburg, South Africa",
        ("Kyle Naidoo", 2, "Desperate to semigrate to Cape Town next year."),
        ("Refilwe Masilo", 0, "Won't leave Gauteng - kids at school in Midrand."),
        where=CPT_HYBRID,
    ),
    duo(
        "wants to relocate to Europe vs won't japa, Amsterdam role with relocation",
        "frontend",
        "frontend",
        "Lagos, Nigeria",
        ("Dayo Olaniyan", 2, "Looking to japa - Netherlands or Germany, with a visa sponsor."),
        ("Sade Oyebanji", 0, "No plans to relocate abroad, Lagos is home."),
        remote_policy="hybrid",
        location="Amsterdam, Netherlands",
        offers=["Highly skilled migrant visa and relocation to Amsterdam"],
    ),
    duo(
        "leaving Cairo for the Gulf vs staying in Cairo, Cairo role",
        "sre",
        "sre",
        "Cairo, Egypt",
        ("Tamer Hosny", 0, "Signed with a Dubai company, moving in January."),
        ("Aya Mahmoud", 2, "Staying in Cairo, wants a good local company."),
        where=CAIRO_HYBRID,
    ),
]

LEVEL = [
    duo(
        "ready to lead vs hands-on only, team lead role",
        "manager",
        "manager",
        "Nairobi, Kenya",
        ("Martin Otieno", 2, "Has been the de facto lead for a year, wants the title and team."),
        ("Nancy Wangui", 0, "Wants to stay hands-on, no line management please."),
        where=NAIROBI_HYBRID,
    ),
    duo(
        "wants to go back to coding vs wants to manage, hands-on IC role",
        "backend",
        "manager",
        "Accra, Ghana",
        ("Yaw Boakye", 2, "Tired of managing - wants to write code again as an IC."),
        ("Akua Sarpong", 0, "Only engineering manager roles now, won't go back to IC."),
        where=ACCRA_ONSITE,
        description="Hands-on senior engineer, no direct reports.",
    ),
    duo(
        "wants a head-of title vs nothing said, head of data role",
        "data_eng",
        "data_eng",
        "Cape Town, South Africa",
        ("Megan Fourie-Smit", 2, "Wants a Head of Data title, she's been doing the job."),
        ("Siphiwe Gumede", 1),
        where=CPT_HYBRID,
        title="Head of Data",
        seniority="lead",
        offers=["Lead a data team of four", "Two days in Woodstock"],
    ),
]

STAGE_SIZE = [
    duo(
        "wants a seed-stage startup vs wants a big bank, seed fintech",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Femi Oduwole", 2, "Wants the chaos of a seed-stage startup, early equity."),
        ("Nkechi Anyanwu", 0, "Only tier-one banks or large corporates - needs stability."),
        where=LAGOS_VI_HYBRID,
        offers=["Seed-stage fintech, 12 people, meaningful equity"],
    ),
    duo(
        "wants a big bank vs wants a startup, tier-one bank",
        "data_eng",
        "data_eng",
        "Johannesburg, South Africa",
        ("Lebo Mahlangu", 2, "After a startup folded, wants a big established bank."),
        ("Chris Pillay", 0, "Corporate banks bore him - startups only."),
        where=JHB_ONSITE,
        description="Data engineering at one of South Africa's big four banks, 40,000 staff.",
    ),
    duo(
        "after two layoffs wants profitable vs wants hypergrowth, profitable telco",
        "sre",
        "sre",
        "Nairobi, Kenya",
        ("Eunice Kemunto", 2, "Laid off twice by VC-funded startups; wants profitable and boring."),
        ("Allan Kibet", 0, "Wants a hypergrowth VC-backed startup, Series A or B."),
        where=NAIROBI_ONSITE,
        offers=["Established telco, profitable for 20 years, 5,000 staff"],
    ),
    duo(
        "no more multinationals vs wants a multinational, small local agency",
        "frontend",
        "frontend",
        "Accra, Ghana",
        ("Kwesi Appiah", 2, "Done with multinationals; wants a small team where he's heard."),
        ("Afua Ansah", 0, "Only multinationals - needs the brand on her CV for Canada."),
        where=ACCRA_ONSITE,
        offers=["Small product studio, 15 people, flat structure"],
    ),
    duo(
        "startup wanted, Series A vs corporate wanted",
        "cs",
        "cs",
        "Kigali, Rwanda",
        ("Jeanne Uwera", 2, "Ndashaka startup ikiri nto - wants an early-stage startup."),
        ("Fabrice Nkurunziza", 0, "Wants a large, established company with structure."),
        where=KIGALI_ONSITE,
        offers=["Series A healthtech, 40 people"],
    ),
    duo(
        "large company wanted vs startup wanted, 2,000-person company",
        "backend",
        "backend",
        "Cairo, Egypt",
        ("Mahmoud Saeed", 2, "Wants a big company with a proper career ladder."),
        ("Laila Hamdy", 0, "Only startups; big companies are too slow for her."),
        where=CAIRO_HYBRID,
        offers=["Listed company, 2,000 employees, clear career ladder"],
    ),
    duo(
        "small team wanted vs big team wanted, 8-person startup",
        "data_eng",
        "data_eng",
        "Nairobi, Kenya",
        ("Wycliffe Onyango", 2, "Prefers tiny teams where he owns things end to end."),
        ("Sharon Moraa", 0, "Wants a big data team with seniors to learn from."),
        where=NAIROBI_HYBRID,
        offers=["Eight-person startup, you'd be the only data engineer"],
    ),
    duo(
        "startup exhausted him vs startup wanted, seed-stage",
        "sre",
        "sre",
        "Cape Town, South Africa",
        ("Gareth Williams", 0, "Never again a pre-revenue startup - burnt out at two."),
        ("Nokuthula Bhengu", 2, "Wants to join a startup before Series A."),
        where=CPT_HYBRID,
        offers=["Pre-seed startup, six people, equity-heavy package"],
    ),
    duo(
        "corporate wanted vs startup wanted, Pan-African bank",
        "frontend",
        "frontend",
        "Lagos, Nigeria",
        ("Yemisi Adebowale", 2, "Corporate is what she wants now: structure, HMO, pension."),
        ("Tosin Ilori", 0, "Startups only, he hates bank bureaucracy."),
        where=LAGOS_IKEJA_ONSITE,
        description="Build the web banking app of a Pan-African bank with 20 million customers.",
    ),
    duo(
        "wants a mid-size scale-up vs wants a tiny startup, 300-person scale-up",
        "cs",
        "cs",
        "Johannesburg, South Africa",
        ("Precious Mabuza", 2, "Sweet spot for her is a scale-up of a few hundred people."),
        ("Craig Botha", 0, "Wants a tiny startup, under 20 people."),
        where=JHB_HYBRID,
        offers=["Series C scale-up, 300 people"],
    ),
]

MISSION = [
    duo(
        "wants fintech vs refuses fintech, fintech role",
        "backend",
        "backend",
        "Lagos, Nigeria",
        ("Emeka Ugwu", 2, "Wants to build payments - fintech is where he wants to be."),
        ("Toyin Ogunbiyi", 0, "No more fintech, the regulatory churn burnt her out."),
        where=LAGOS_VI_HYBRID,
        description="Build the payments engine of a fintech processing card and transfer flows.",
    ),
    duo(
        "refuses mining vs wants mining, mining company",
        "data_eng",
        "data_eng",
        "Johannesburg, South Africa",
        ("Ayesha Patel", 0, "Won't work for a mining house, environmental reasons."),
        ("Dumisani Zwane", 2, "Grew up in Rustenburg, wants to work in mining."),
        where=JHB_HYBRID,
        description="Data platform for a gold and platinum mining group.",
    ),
    duo(
        "wants NGO impact vs wants a corporate salary, NGO role",
        "cs",
        "cs",
        "Nairobi, Kenya",
        ("Winnie Chelimo", 2, "Wants work with impact - NGOs, public health, refugees."),
        ("Patrick Ndung'u", 0, "No NGOs - donor funding is too unstable, corporate only."),
        where=NAIROBI_HYBRID,
        description="Support partner clinics for a public-health NGO across Kenya.",
    ),
    duo(
        "refuses betting vs wants sports tech, betting company",
        "backend",
        "backend",
        "Nairobi, Kenya",
        ("Hassan Abdi", 0, "No betting companies - haram for me."),
        ("Dan Kipchumba", 2, "Loves sports tech, betting platforms included."),
        where=NAIROBI_ONSITE,
        description="Build the real-time odds platform of a sports betting company.",
    ),
    duo(
        "betting refused but sports media wanted vs nothing said, sports media role",
        "data_eng",
        "data_eng",
        "Lagos, Nigeria",
        ("Bola Odunsi", 2, "Won't touch betting, but sports data for media is her dream."),
        ("Kunle Ajala", 1),
        where=LAGOS_VI_HYBRID,
        description="Sports statistics for a football media company; no betting or gambling.",
    ),
    duo(
        "refuses oil and gas vs wants energy, oil company",
        "sre",
        "sre",
        "Lagos, Nigeria",
        ("Ifeoma Ndlovu", 0, "Not working in oil and gas ever - climate."),
        ("Tayo Ogunleye", 2, "Keen on upstream oil and gas, the pay is good."),
        where=LAGOS_IKEJA_ONSITE,
        description="Keep the platform up for an upstream oil and gas producer.",
    ),
    duo(
        "wants climate and solar vs nothing said, solar company",
        "backend",
        "backend",
        "Nairobi, Kenya",
        ("Wambui Gathoni", 2, "Wants her work to help clean energy - solar, off-grid."),
        ("Steve Ouma", 1),
        where=NAIROBI_HYBRID,
        description="Build the pay-as-you-go platform for off-grid solar home systems.",
    ),
    duo(
        "refuses tobacco vs no objection, tobacco company",
        "frontend",
        "frontend",
        "Cape Town, South Africa",
        ("Sarah Daniels", 0, "Won't work for tobacco or alcohol brands."),
        ("Pieter Joubert", 2, "Consumer goods is fine, any brand."),
        where=CPT_HYBRID,
        description="E-commerce web app for a tobacco and vaping group.",
    ),
    duo(
        "wants financial inclusion vs refuses microlending, digital lender",
        "data_eng",
        "data_eng",
        "Nairobi, Kenya",
        ("Purity Wanjiku", 2, "Wants to work on financial inclusion for the unbanked."),
        ("Brian Kiprono", 0, "No digital lenders - predatory loan apps, not for him."),
        where=NAIROBI_HYBRID,
        description="Credit-scoring data for a mobile micro-lender serving first-time borrowers.",
    ),
    duo(
        "wants an NGO in health vs left the NGO world for good, health NGO",
        "backend",
        "backend",
        "Kigali, Rwanda",
        ("Josiane Umutoni", 2, "Wants to use tech for health in Rwanda, NGO fine."),
        ("Eric Manzi", 0, "Left the NGO sector for good after the funding cuts."),
        where=KIGALI_ONSITE,
        description="Build the system that tracks community health workers for a health NGO.",
    ),
    duo(
        "wants mining as an ex-geologist vs nothing said, mining tech",
        "sre",
        "sre",
        "Accra, Ghana",
        ("Kwadwo Amponsah", 2, "Ex-geology student, would love to work in gold mining tech."),
        ("Esi Nyarko", 1),
        where=ACCRA_ONSITE,
        description="Platform for a gold mining group's fleet and safety systems in Ghana.",
    ),
]

TECH = [
    duo(
        "wants Go vs refuses Go, Go role",
        "sre",
        "sre",
        "Lagos, Nigeria",
        ("Ade Onabanjo", 2, "Wants to write more Go in production."),
        ("Chika Obi", 0, "Doesn't want Go, she's a Python person."),
        where=LAGOS_VI_HYBRID,
        offers=["Go services on Kubernetes"],
    ),
    duo(
        "wants Kotlin vs done with JVM, Kotlin role",
        "backend",
        "backend",
        "Nairobi, Kenya",
        ("Ken Mugo", 2, "Wants to move into Kotlin backends."),
        ("Irene Nduta", 0, "No Java or Kotlin, she's done with the JVM."),
        where=NAIROBI_HYBRID,
        offers=["Kotlin and Spring Boot services"],
    ),
    duo(
        "refuses PHP vs fine with PHP, PHP migration role",
        "backend",
        "backend",
        "Cairo, Egypt",
        ("Youssef Kamal", 0, "Not going back to PHP, never."),
        ("Heba Farid", 2, "PHP is fine with her, Laravel is nice."),
        where=CAIRO_HYBRID,
        offers=["Maintain and modernise a Laravel PHP monolith"],
    ),
    duo(
        "wants Azure vs AWS only, Azure role",
        "sre",
        "sre",
        "Johannesburg, South Africa",
        ("Neo Motaung", 2, "Wants Azure experience, certified AZ-104."),
        ("Ruan Vermeulen", 0, "AWS only, won't touch Azure."),
        where=JHB_HYBRID,
        offers=["Azure landing zones and AKS"],
    ),
    duo(
        "wants Flutter vs refuses mobile, Flutter role",
        "frontend",
        "frontend",
        "Accra, Ghana",
        ("Selasi Agbeko", 2, "Keen to do Flutter mobile work."),
        ("Edem Tetteh", 0, "Web only - no mobile, no Flutter."),
        where=ACCRA_ONSITE,
        offers=["Flutter mobile app and React web"],
    ),
    duo(
        "refuses SAP vs nothing said, SAP role",
        "data_eng",
        "data_eng",
        "Johannesburg, South Africa",
        ("Sizwe Ngcobo", 0, "No SAP projects again, it bored him to tears."),
        ("Mandla Khoza", 1),
        where=JHB_ONSITE,
        offers=["SAP BW to Snowflake migration for a mining house"],
    ),
    duo(
        "wants Rust vs wants to stay on Python, Rust role",
        "backend",
        "backend",
        "Kigali, Rwanda",
        ("Emmanuel Nsengiyumva", 2, "Learning Rust at night, wants it at work."),
        ("Grace Mukeshimana", 1, "Happy in Python, doesn't want to switch languages."),
        where=KIGALI_ONSITE,
        offers=["Rust payment services"],
    ),
    duo(
        "wants ML in production vs no ML, ML data role",
        "data_eng",
        "data_eng",
        "Lagos, Nigeria",
        ("Ikechukwu Nnadi", 2, "Wants to move towards machine learning pipelines."),
        ("Morenike Davies", 0, "No ML work, she just wants SQL and dbt."),
        where=LAGOS_VI_HYBRID,
        offers=["Feature pipelines for fraud-detection ML models"],
    ),
    duo(
        "wants Next.js vs refuses React, Next.js role",
        "frontend",
        "frontend",
        "Nairobi, Kenya",
        ("Kevin Wekesa", 2, "Wants to do more Next.js and server components."),
        ("Terry Achola", 0, "Done with React - Vue or Svelte only."),
        where=NAIROBI_HYBRID,
    ),
    duo(
        "cloud-native only vs enjoys on-prem, on-prem role",
        "sre",
        "sre",
        "Cairo, Egypt",
        ("Karim Lotfy", 0, "Only cloud-native roles, no data centres."),
        ("Nada Ashraf", 2, "Enjoys bare-metal and on-prem, racks and all."),
        where=CAIRO_HYBRID,
        offers=["On-prem data centre in Smart Village, bare-metal Kubernetes"],
    ),
]

# --- 7. last time's reason resolved or standing; history with us; the latest process --------

PAST_LAGOS_ONSITE = dict(
    remote_policy="onsite", location="Lagos, Nigeria", salary_max=20_000_000, currency="NGN"
)
PAST_NBO_ONSITE = dict(remote_policy="onsite", location="Nairobi, Kenya")

RESOLVED = [
    duo(
        "declined over naira pay; the new band is higher vs no history",
        "backend",
        "backend",
        "Lagos, Nigeria",
        (
            "Adekunle Gold-Smith",
            2,
        ),
        ("Oyin Akinola", 1),
        salary_min=28_000_000,
        salary_max=36_000_000,
        currency="NGN",
        where=LAGOS_VI_HYBRID,
    ),
    duo(
        "declined five days in Upper Hill; this role is remote",
        "data_eng",
        "data_eng",
        "Nairobi, Kenya",
        ("Stella Akoth", 2),
        ("Tom Mbugua", 1),
        where=REMOTE_EU,
        **USD_BAND,
    ),
    duo(
        "declined five days in Upper Hill; this role is five days in Upper Hill again",
        "data_eng",
        "data_eng",
        "Nairobi, Kenya",
        ("Judith Adhiambo", 0),
        ("Paul Macharia", 2),
        where=NAIROBI_ONSITE,
    ),
    duo(
        "withdrew over UK sponsorship; this role sponsors vs no history",
        "backend",
        "backend",
        "Accra, Ghana",
        ("Kobby Acheampong", 2),
        ("Afia Badu", 1),
        remote_policy="onsite",
        location="London, UK",
        offers=["Skilled Worker visa sponsorship and relocation"],
    ),
    duo(
        "rejected for a skills gap two years ago vs last month",
        "sre",
        "sre",
        "Johannesburg, South Africa",
        ("Lwazi Dlamini", 2),
        ("Bongani Sithebe", 0),
        where=JHB_HYBRID,
    ),
    duo(
        "silver medalist with us vs CV never put forward",
        "frontend",
        "frontend",
        "Cape Town, South Africa",
        ("Nicole Hendricks", 2),
        ("Lwando Mavuso", 1),
        where=CPT_HYBRID,
    ),
    duo(
        "no-show at the final vs a clean history",
        "cs",
        "cs",
        "Lagos, Nigeria",
        ("Chiamaka Onu", 0),
        ("Dupe Kolawole", 2),
        where=LAGOS_IKEJA_ONSITE,
    ),
    duo(
        "placed by us five weeks ago vs silver medalist last spring",
        "backend",
        "backend",
        "Nairobi, Kenya",
        ("Kelvin Njoroge", 0),
        ("Ann Wambugu", 2),
        where=NAIROBI_HYBRID,
    ),
    duo(
        "took a counteroffer last month vs a counteroffer two years ago, band now higher",
        "sales",
        "sales",
        "Johannesburg, South Africa",
        ("Tebogo Modise", 0),
        ("Nthabiseng Moloi", 2),
        salary_min=900_000,
        salary_max=1_100_000,
        currency="ZAR",
        where=JHB_HYBRID,
    ),
]

# the histories, attached by name (kept apart so each case above reads as one line of intent)
HISTORY = {
    "Adekunle Gold-Smith": dict(
        apps=[
            declined(
                260,
                "compensation",
                "Wanted ₦26m; band capped at ₦20m",
                past=PAST_LAGOS_ONSITE,
            )
        ]
    ),
    "Stella Akoth": dict(
        apps=[
            declined(
                230,
                "remote_policy",
                "couldn't do 5 days Upper Hill, commute from Rongai",
                past=PAST_NBO_ONSITE,
                role="Data Engineer",
            )
        ]
    ),
    "Judith Adhiambo": dict(
        apps=[
            declined(
                150,
                "remote_policy",
                "couldn't do 5 days Upper Hill, commute from Rongai",
                past=PAST_NBO_ONSITE,
                role="Data Engineer",
            )
        ]
    ),
    "Kobby Acheampong": dict(
        apps=[
            withdrew(
                240,
                "location",
                "Client could not sponsor a UK visa; he needs sponsorship",
                stage="final",
                past=dict(remote_policy="onsite", location="London, UK"),
            )
        ]
    ),
    "Lwazi Dlamini": dict(
        apps=[app(730, "interview", "rejected", "skills_gap", "weak on Terraform", role="SRE")]
    ),
    "Bongani Sithebe": dict(
        apps=[app(35, "interview", "rejected", "skills_gap", "weak on Terraform", role="SRE")]
    ),
    "Nicole Hendricks": dict(
        apps=[silver(210, "Client loved her; lost to an internal", role="Frontend Engineer")]
    ),
    "Lwando Mavuso": dict(
        apps=[app(210, "applied", "rejected", "other", "CV never sent to client", role="Frontend")]
    ),
    "Chiamaka Onu": dict(
        apps=[
            app(
                120,
                "final",
                "rejected",
                "no_show",
                "no-show for final panel, no call, no apology",
                role="CSM",
            )
        ]
    ),
    "Kelvin Njoroge": dict(apps=[app(35, "offer", "hired", None, "Placed with Safari client")]),
    "Ann Wambugu": dict(apps=[silver(220, "Lost at final to one other")]),
    "Tebogo Modise": dict(
        apps=[declined(30, "counteroffer", "Accepted a counteroffer at R950k", role="AE")]
    ),
    "Nthabiseng Moloi": dict(
        apps=[declined(700, "counteroffer", "Accepted a counteroffer at R780k", role="AE")]
    ),
}


def _with_history(case: Case) -> Case:
    people = tuple(
        P(
            p.name,
            p.profile,
            p.grade,
            *p.motivations,
            apps=HISTORY.get(p.name, {}).get("apps", p.apps),
            touches=p.touches,
            excluded=p.excluded,
            **p.overrides,
        )
        for p in case.people
    )
    return Case(case.name, case.role, case.opening, people, case.note)


RESOLVED = [_with_history(c) for c in RESOLVED]

# --- 8. several notes over time where the latest word counts --------------------------------

LATEST_WORD = [
    C(
        "remote only then fine with the office vs office fine then remote only, onsite role",
        "backend",
        [
            pool("backend")(
                "Seun Adeleke",
                2,
                ("remote only for me", 300),
                ("actually I miss the office now, onsite is fine", 40),
            ),
            pool("backend")(
                "Kemi Oshodi",
                0,
                ("office is fine", 300),
                ("after my baby, fully remote only", 40),
            ),
        ],
        where=LAGOS_IKEJA_ONSITE,
    ),
    C(
        "an opt-out taken back vs a 'keep me posted' turned into an opt-out",
        "data_eng",
        [
            pool("data_eng", "Nairobi, Kenya")(
                "Millicent Awino",
                2,
                touches=[
                    wa(300, "Please stop messaging me."),
                    wa(45, "Hi again - I was stressed earlier this year. Please do send me roles."),
                ],
            ),
            pool("data_eng", "Nairobi, Kenya")(
                "Geoffrey Rotich",
                0,
                touches=[
                    wa(300, "keep me posted on data roles"),
                    wa(45, "Remove me from your list entirely, I don't want any more messages."),
                ],
                excluded=True,
            ),
        ],
        where=NAIROBI_HYBRID,
    ),
    C(
        "won't relocate then will vs will then won't, Johannesburg role",
        "sre",
        [
            pool("sre", "Durban, South Africa")(
                "Sanele Mthethwa",
                2,
                ("Not moving up to Jo'burg.", 250),
                ("Wife got a job in Sandton - now keen to move to Joburg.", 20),
            ),
            pool("sre", "Durban, South Africa")(
                "Kershnee Govender",
                0,
                ("Would relocate to Johannesburg.", 250),
                ("Changed her mind, staying in Durban near her parents.", 20),
            ),
        ],
        where=JHB_ONSITE,
    ),
    C(
        "pay ask lowered into the band vs raised out of it",
        "cs",
        [
            pool("cs", "Accra, Ghana")(
                "Kofi Badu",
                2,
                ("Needs GHS 40k a month.", 200),
                ("Revised: GHS 20k a month is okay now.", 30),
            ),
            pool("cs", "Accra, Ghana")(
                "Abena Sarfo",
                0,
                ("GHS 20k a month is okay.", 200),
                ("Got a raise - now needs GHS 40k a month minimum.", 30),
            ),
        ],
        salary_min=200_000,
        salary_max=260_000,
        currency="GHS",
        where=ACCRA_ONSITE,
    ),
    C(
        "no managing then ready vs ready then no managing, manager role",
        "manager",
        [
            pool("manager", "Cairo, Egypt")(
                "Amr Zaki",
                2,
                ("Doesn't want to manage people.", 320),
                ("Ready to lead a team now, did it informally all year.", 25),
            ),
            pool("manager", "Cairo, Egypt")(
                "Reem Fawzy",
                0,
                ("Wants to be a manager.", 320),
                ("Tried managing, hated it - back to hands-on only.", 25),
            ),
        ],
        where=CAIRO_HYBRID,
    ),
    C(
        "no fintech then fintech fine vs fintech then no fintech, fintech role",
        "frontend",
        [
            pool("frontend", "Kigali, Rwanda")(
                "Yves Mugabo",
                2,
                ("No fintech for me.", 280),
                ("Mobile money has grown on me - fintech is fine now.", 30),
            ),
            pool("frontend", "Kigali, Rwanda")(
                "Sandrine Iradukunda",
                0,
                ("Fintech would be great.", 280),
                ("After the last job, no fintech any more.", 30),
            ),
        ],
        where=KIGALI_ONSITE,
        description="Build the web app of a mobile money fintech.",
    ),
]

HELDOUT50_CASES: list[Case] = [
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
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *RESOLVED,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# here the history with us sits inside the cases of last time's reason.
LAST_TIME = RESOLVED
