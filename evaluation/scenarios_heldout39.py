"""Held-out rediscovery cases, thirty-ninth set: UK and European tech scale-ups in their talent
partners' and agency recruiters' own words, written by a thirty-ninth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 39") and never tuned to what Encore does. The recruiters are in-house
talent partners at SaaS and fintech scale-ups and consultants at tech agencies, hiring in London,
Manchester, Edinburgh, Bristol, Berlin, Amsterdam, Lisbon, Barcelona, Warsaw and Dublin: backend,
frontend, mobile, platform and data engineers, ML engineers, product managers, QA, solutions
engineers, engineering managers, account executives, customer success managers and people
partners. The voices: terse Greenhouse, Teamtailor and Workable notes with their typos and
abbreviations ("cand", "RTW", "spons req", "LWD", "TC", "w/c"), phone-screen write-ups in the third
person, hand-overs pasted from Slack, LinkedIn InMail and email replies, lower-case WhatsApp
messages, one formal letter, long rambling call notes full of dates that ask for no wait, and a few
lines in German, Polish, Portuguese, Spanish and Dutch. Money is in GBP and EUR, with EMI options,
RSUs, OTE splits, contractor day rates inside and outside IR35, B2B contracts in Poland and
monthly salaries in fourteen payments in Portugal; calendars hold notice periods, EMI cliffs,
bonuses, probation, Q4 peaks, August slowdowns and Christmas.

Classes, each several times in different wordings, each hard case beside a near-miss twin:

1. opt-outs (an InMail "don't message me again", consent withdrawn in Teamtailor, German erasure,
   an exasperated WhatsApp, "nothing more from us, ever", an Article 21 objection letter, "no
   thanks - and don't write again", Spanish): never shown; beside each a near-miss that is
   (don't message on LinkedIn, consent renewed, phone calls only, stop sending sales roles, done
   with one agency, a thank-you for feedback, not this one but staff roles, email only);
2. waits counted from the day said, each against a twin whose wait has run out: an EMI cliff,
   maternity leave, a Q4 peak, a sabbatical, a bonus, a probation, a core-banking cutover, "po
   Nowym Roku", a house move mentioned in a rambling conference note;
3. schedule (on-call rotas, a four-day week, nursery pick-up and a late rota, weekend releases,
   US-hours calls, 0.8 FTE, follow-the-sun, core hours), travel (HQ trips, DACH client travel,
   offsites, a consultant's suitcase years, field sales, fortnightly London trips from Edinburgh,
   "not averse", a fear of flying), visa and right to work (Skilled Worker, Global Talent, a
   dependant visa that is about to go, a Graduate visa, Stamp 4 and employment permits, a London
   sponsor, an IND-recognised sponsor, "RTW: yes (no spons req)"), contract and hours (contractor
   against perm, a mortgage, a fixed-term cover, B2B against umowa o pracę, three days a week),
   commute (Liverpool to Manchester, Bath and Cardiff to Bristol, Brighton to Canary Wharf,
   Potsdam and Leipzig to Berlin);
4. pay against the band: base with EMI options, euros in German, a day rate, a current salary
   above the band with a lower ask, OTE against base, a monthly ask in fourteen payments;
5. last time's reason resolved or still standing, negation and scope ("not against", "wasn't the
   issue", "never said no to managing", "no problem with Kotlin", "wouldn't rule out fintech"),
   work mode said in the policy, the description, the title, the offers, or in text-speak,
   locations and moves (Dublin, Salford, Porto to Lisbon, Gràcia, Kraków to Warsaw);
6. history: a skills gap long ago or recent, a counter-offer, conduct with a coordinator, a
   no-show; level (stepping up to manage, staff IC, a Head of stepping back, an HRBP); company
   stage and size (Series A, a bank, a Series C scale-up, a startup that ran out of money, a listed
   company, bootstrapped, a small team, Big Tech); mission (climate, gambling, defence, crypto);
   technology (Rust, Go, React, AWS against Azure, no Kubernetes, Databricks, LLMs, React Native);
7. the latest word over several notes, and the latest process (a final round against a CV screen,
   someone we hired this summer, a gracious decline against a ghost).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

PRODUCT_MANAGER = dict(
    current_title="Senior Product Manager",
    skills=["Product discovery", "Roadmapping", "B2B SaaS", "Experimentation", "SQL"],
    years_experience=7,
    resume_text=(
        "Product manager for seven years in B2B SaaS and payments: ran discovery with merchants, "
        "owned a roadmap across three squads, shipped a pricing experiment that lifted conversion "
        "by 9% and wrote her own SQL against the warehouse."
    ),
)
QA_ENGINEER = dict(
    current_title="Senior QA Engineer",
    skills=["Playwright", "Test automation", "TypeScript", "API testing", "CI/CD"],
    years_experience=6,
    resume_text=(
        "QA engineer, six years in fintech: built the Playwright suite for a banking app, API "
        "contract tests, release sign-off and flaky-test triage in GitHub Actions."
    ),
)
SOLUTIONS_ENGINEER = dict(
    current_title="Solutions Engineer",
    skills=["Pre-sales demos", "REST APIs", "Technical discovery", "Proofs of concept", "Python"],
    years_experience=6,
    resume_text=(
        "Solutions engineer at two API-first SaaS companies: discovery calls, tailored demos, "
        "proofs of concept in Python, security questionnaires and hand-over to onboarding."
    ),
)
PEOPLE_PARTNER = dict(
    current_title="People Partner",
    skills=["Employee relations", "Performance cycles", "UK employment law", "HiBob"],
    years_experience=8,
    resume_text=(
        "People partner for engineering and product groups of up to 300: performance and "
        "calibration cycles, employee relations cases, restructures and policy in HiBob."
    ),
)
ANDROID_ENGINEER = dict(
    current_title="Senior Android Engineer",
    skills=["Kotlin", "Java", "Jetpack Compose", "Android", "Mobile CI"],
    years_experience=7,
    resume_text=(
        "Android engineer, seven years on consumer banking and travel apps in Java and Kotlin: "
        "moved a checkout to Jetpack Compose, ran the release train and mobile CI."
    ),
)
PEOPLE_LEAD = dict(
    current_title="Engineering Manager",
    skills=["People management", "Hiring", "Delivery", "Go", "Incident management"],
    years_experience=11,
    resume_text=(
        "Engineer turned manager: eleven years in backend and platform work, the last four "
        "managing a team of seven, hiring, running incidents and quarterly planning."
    ),
)


def talent(profile: str, persona: dict | None = None, where: str = "London, UK"):
    """People of one kind in the talent pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A note in the ATS (Greenhouse, Teamtailor, Workable), as the recruiter typed it."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def screen(days, text) -> dict:
    """A phone screen or call, written up afterwards."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def whatsapp(days, text) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def slack(days, text) -> dict:
    """A hand-over pasted from the team's Slack channel."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def stepped_back(days, reason, note, *, stage="interview", past=None, role="Backend Engineer"):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

PM_ROLE = dict(
    title="Senior Product Manager, Merchant Payments",
    department="Product",
    seniority="senior",
    requirements="B2B SaaS product management\nDiscovery and experimentation\nRoadmapping\nSQL",
    description="Own the roadmap for the merchant payments dashboard.",
)
QA_ROLE = dict(
    title="Senior QA Engineer",
    department="Engineering",
    seniority="senior",
    requirements="Playwright\nTest automation in TypeScript\nAPI testing\nCI/CD",
    description="Own test automation and release quality for the mobile banking app.",
)
SE_ROLE = dict(
    title="Solutions Engineer",
    department="Sales",
    seniority="senior",
    requirements="Pre-sales demos\nREST APIs\nTechnical discovery\nProofs of concept",
    description="Partner with account executives on technical discovery, demos and pilots.",
)
PEOPLE_ROLE = dict(
    title="People Partner, Engineering",
    department="People",
    seniority="senior",
    requirements="Employee relations\nPerformance cycles\nEmployment law\nHRIS",
    description="Partner with engineering leaders on performance, growth and employee relations.",
)
ANDROID_ROLE = dict(
    title="Senior Android Engineer",
    department="Engineering",
    seniority="senior",
    requirements="Kotlin\nJetpack Compose\nAndroid\nMobile CI",
    description="Build the Android app our small-business customers run their day on.",
)
ML_ROLE = dict(
    title="Senior Machine Learning Engineer",
    department="Data",
    seniority="senior",
    requirements="Python\nPyTorch\nMLOps\nModel serving",
    description="Train and ship the models behind fraud scoring and recommendations.",
)
EM_ROLE = dict(
    title="Engineering Manager, Core Banking",
    department="Engineering",
    seniority="manager",
    requirements="People management\nHiring\nDelivery\nGo",
    description="Lead a team of seven engineers on the ledger and core banking services.",
)

# --- where and how they are worked ----------------------------------------------------------

LDN_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: Tuesday and Thursday anchor days in our Shoreditch office"],
)
LDN_THREE_DAYS = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Three days a week in our King's Cross office"],
)
MCR_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: three days a week in our Ancoats office"],
)
EDI_HYBRID = dict(
    remote_policy="hybrid",
    location="Edinburgh, UK",
    offers=["Hybrid: two days a week at our Quartermile office"],
)
BRS_HYBRID = dict(
    remote_policy="hybrid",
    location="Bristol, UK",
    offers=["Hybrid: two days a week near Temple Meads"],
)
BER_HYBRID = dict(
    remote_policy="hybrid",
    location="Berlin, Germany",
    offers=["Hybrid: three days a week in our Kreuzberg office"],
)
AMS_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid: two days a week at our office on the Zuidas"],
)
LIS_HYBRID = dict(
    remote_policy="hybrid",
    location="Lisbon, Portugal",
    offers=["Hybrid: two days a week in our Cais do Sodré office"],
)
BCN_HYBRID = dict(
    remote_policy="hybrid",
    location="Barcelona, Spain",
    offers=["Hybrid: two days a week at our 22@ office"],
)
WAW_HYBRID = dict(
    remote_policy="hybrid",
    location="Warsaw, Poland",
    offers=["Hybrid: two days a week in our Mokotów office"],
)
DUB_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in our Dublin 2 office"],
)
UK_REMOTE = dict(
    remote_policy="remote", location="Remote (UK)", offers=["Fully remote within the UK"]
)
EU_REMOTE = dict(
    remote_policy="remote", location="Remote (Europe)", offers=["Remote anywhere in Europe"]
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "InMail 'please don't message me again' vs don't message me on here, email instead",
        "backend",
        [
            talent("backend")(
                "Tamsin Oyelaran-Hart",
                0,
                touches=[
                    inmail(
                        45,
                        "Hi Jess - please don't message me again, about this or anything else. "
                        "I'm not interested in hearing from Brightwell in future.",
                    )
                ],
                excluded=True,
            ),
            talent("backend")(
                "Rhodri Carew-Penhale",
                2,
                touches=[
                    inmail(
                        45,
                        "Hiya, could you not message me on here? I barely open LinkedIn. Drop me "
                        "an email instead, I'm very happy to hear about Python roles with a "
                        "couple of office days.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "consent withdrawn in Teamtailor vs consent renewed for two more years",
        "frontend",
        [
            talent("frontend", where="Manchester, UK")(
                "Ffion Brackenridge",
                0,
                touches=[
                    ats(
                        30,
                        "TT: cand withdrew her GDPR consent thru the candidate connect portal "
                        "06/11 - profile to be anonymised, DO NOT contact.",
                    )
                ],
                excluded=True,
            ),
            talent("frontend", where="Manchester, UK")(
                "Saoirse Littlewood",
                2,
                touches=[
                    ats(
                        30,
                        "TT: cand renewed talent pool consent via the portal 06/11 for a further "
                        "24 months. Keen on React work, ideally Manc.",
                    )
                ],
            ),
        ],
        **opening({}, MCR_HYBRID),
    ),
    C(
        "German: delete my data, no more contact vs German: calls only, not email",
        "data_eng",
        [
            talent("data_eng", where="Berlin, Germany")(
                "Henrike Sonnenfeld",
                0,
                touches=[
                    mail(
                        55,
                        "Sehr geehrte Frau Adeyemi, bitte löschen Sie alle meine Daten und "
                        "kontaktieren Sie mich künftig nicht mehr. Mit freundlichen Grüßen",
                    )
                ],
                excluded=True,
            ),
            talent("data_eng", where="Berlin, Germany")(
                "Jannik Wedekind-Roth",
                2,
                touches=[
                    mail(
                        55,
                        "Hallo Frau Adeyemi, bitte rufen Sie mich lieber an, E-Mails gehen bei "
                        "mir unter. Für Data-Engineering-Rollen in Berlin bin ich weiterhin "
                        "offen.",
                    )
                ],
            ),
        ],
        **opening({}, BER_HYBRID),
    ),
    C(
        "an exasperated WhatsApp to stop vs stop sending sales roles, CS only",
        "cs",
        [
            talent("cs", where="Leeds, UK")(
                "Keeley Arkwright",
                0,
                touches=[
                    whatsapp(
                        20,
                        "pls stop messaging me, ive said no like 3 times now. not interested in "
                        "anything from u",
                    )
                ],
                excluded=True,
            ),
            talent("cs", where="Leeds, UK")(
                "Jodie Sunderland-Pike",
                2,
                touches=[
                    whatsapp(
                        20,
                        "pls stop sending me AE roles lol, i'm CS through and through. send me "
                        "CSM stuff and i'm all ears",
                    )
                ],
            ),
        ],
        **opening({}, dict(remote_policy="hybrid", location="Leeds, UK")),
    ),
    C(
        "recruiter's call note: nothing more from us, ever vs nothing more from his old agency",
        "sre",
        [
            talent("sre", where="Warsaw, Poland")(
                "Radosław Piechota",
                0,
                touches=[
                    screen(
                        60,
                        "Rang Radek re the platform role. Polite but firm: he wants nothing more "
                        "from us, ever, and asked to be taken off every list we have. Done.",
                    )
                ],
                excluded=True,
            ),
            talent("sre", where="Warsaw, Poland")(
                "Bartłomiej Grzelak",
                2,
                touches=[
                    screen(
                        60,
                        "Rang Bartek re the platform role. Polite but firm: he wants nothing more "
                        "to do with the agency that placed him last time, much prefers dealing "
                        "with in-house TA like us. Keen.",
                    )
                ],
            ),
        ],
        **opening({}, WAW_HYBRID),
    ),
    C(
        "formal objection under Article 21 vs a formal thank-you for final-round feedback",
        "cs",
        [
            talent("cs", PRODUCT_MANAGER)(
                "Philippa Drummond-Achebe",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir or Madam, I write to object, under Article 21 of the UK GDPR, "
                        "to the processing of my personal data for recruitment marketing. Please "
                        "cease all contact with me and confirm that you have done so. Yours "
                        "faithfully, P. Drummond-Achebe",
                    )
                ],
                excluded=True,
            ),
            talent("cs", PRODUCT_MANAGER)(
                "Georgiana Scudamore-Oke",
                2,
                apps=[lost_final(200, role="Senior Product Manager")],
                touches=[
                    mail(
                        80,
                        "Dear Ms Okafor, thank you for the thorough feedback after my final "
                        "interview. I would be glad to be considered for future product openings. "
                        "Yours sincerely, Georgiana Scudamore-Oke",
                    )
                ],
            ),
        ],
        **opening(PM_ROLE, LDN_HYBRID),
    ),
    C(
        "'no thanks - and don't write again' vs no thanks to this one, write for staff roles",
        "data_eng",
        [
            talent("data_eng", where="Edinburgh, UK")(
                "Lachlan Baird-Munro",
                0,
                touches=[mail(35, "no thanks - and please don't write to me again.")],
                excluded=True,
            ),
            talent("data_eng", where="Edinburgh, UK")(
                "Callum Strachan-Reid",
                2,
                touches=[
                    mail(
                        35,
                        "No thanks to this one, it reads a bit junior for me - but do write again "
                        "when there's a staff-level data role.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            EDI_HYBRID,
            title="Staff Data Engineer",
            seniority="staff",
            offers=["Staff-level data role", "Hybrid: two days a week at our Quartermile office"],
        ),
    ),
    C(
        "Spanish: don't contact us again vs Spanish: email only from now on",
        "backend",
        [
            talent("backend", where="Barcelona, Spain")(
                "Montserrat Vilaró",
                0,
                touches=[
                    whatsapp(
                        25, "Por favor, no me contactéis más para ofertas. Gracias y un saludo."
                    )
                ],
                excluded=True,
            ),
            talent("backend", where="Barcelona, Spain")(
                "Jordi Casademunt",
                2,
                touches=[
                    whatsapp(
                        25,
                        "Por favor, a partir de ahora contactadme solo por email, el WhatsApp es "
                        "para la familia. Sigo abierto a ofertas en Barcelona.",
                    )
                ],
            ),
        ],
        **opening({}, BCN_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "EMI cliff on 1 March, said in September vs a June cliff said in February",
        "backend",
        [
            talent("backend")(
                "Imogen Fairweather",
                1,
                touches=[
                    screen(
                        date(2026, 9, 14),
                        "Call w/ cand 14/09. EMI cliff is 1 March 2027, she's not moving before "
                        "it vests - come back to her in March.",
                    )
                ],
            ),
            talent("backend")(
                "Harriet Penrose-Lyle",
                2,
                touches=[
                    screen(
                        date(2026, 2, 9),
                        "Call w/ cand 09/02. Her EMI options cliff on 1 June - won't move before "
                        "they vest, try again in June.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "maternity leave until the end of January vs until the end of September",
        "frontend",
        [
            talent("frontend", where="Bristol, UK")(
                "Niamh Cartwright",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "I'm on maternity leave until the end of January, so please hold off "
                        "until February - I'd genuinely love to hear from you then!",
                    )
                ],
            ),
            talent("frontend", where="Bristol, UK")(
                "Eloise Trevethan",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "I'm on mat leave till the end of September so please hold fire until "
                        "October - would love to hear from you after that!",
                    )
                ],
            ),
        ],
        **opening({}, BRS_HYBRID),
    ),
    C(
        "Q4 peak, 'ping me after new year' vs a Q1 tax-deadline rush, 'after Easter'",
        "cs",
        [
            talent("cs")(
                "Shanice Okonjo",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 20),
                        "q4 is carnage here, black friday + peak season. ping me after new year?",
                    )
                ],
            ),
            talent("cs")(
                "Tanisha Breckenridge",
                2,
                touches=[
                    whatsapp(
                        date(2026, 2, 3),
                        "jan-march is carnage here w the self assessment rush, ping me after "
                        "easter?",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "a sabbatical cycling to Istanbul till March vs six weeks on the Camino till May",
        "backend",
        [
            talent("backend", where="Lisbon, Portugal")(
                "Duarte Valadares",
                1,
                touches=[
                    inmail(
                        date(2026, 9, 1),
                        "Off on a sabbatical - cycling Lisbon to Istanbul, back mid-March 2027. "
                        "Don't bother before then, I'll have no signal half the time!",
                    )
                ],
            ),
            talent("backend", where="Lisbon, Portugal")(
                "Tiago Brandão",
                2,
                touches=[
                    inmail(
                        date(2026, 3, 2),
                        "Off on sabbatical, six weeks walking the Camino, back mid-May. Talk "
                        "after that?",
                    )
                ],
            ),
        ],
        **opening({}, LIS_HYBRID),
    ),
    C(
        "won't resign before a February bonus vs a June bonus",
        "sales",
        [
            talent("sales")(
                "Marcus Oduya",
                1,
                touches=[
                    screen(
                        date(2026, 10, 12),
                        "Spoke to Marcus. Annual bonus (15%) pays end of Feb, won't resign before "
                        "it lands. Revisit in March.",
                    )
                ],
            ),
            talent("sales")(
                "Dominic Ellerbeck",
                2,
                touches=[
                    screen(
                        date(2026, 3, 16),
                        "Spoke to Dom. Bonus (about 20%) pays out end of June, not resigning "
                        "before. Revisit July.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "a six-month probation from September vs one from January",
        "data_eng",
        [
            talent("data_eng")(
                "Priyanka Venkataraman",
                1,
                touches=[
                    ats(
                        date(2026, 9, 7),
                        "Started at Starling 01/09, 6m probation. Wants to pass it before looking "
                        "at anything - pls don't approach till March.",
                    )
                ],
            ),
            talent("data_eng")(
                "Anjali Thekkedath",
                2,
                touches=[
                    ats(
                        date(2026, 1, 12),
                        "Started at Zopa 05/01, six month probation - wants to get through it "
                        "first, OK to approach from July.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "a core-banking cutover on 18 January vs a cutover that went live in July",
        "backend",
        [
            talent("backend", where="Edinburgh, UK")(
                "Euan Macphail",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "We're moving the whole ledger onto the new core banking platform and "
                        "cutover is 18 January. I can't think about interviews until that's live "
                        "- please come back to me at the end of January.",
                    )
                ],
            ),
            talent("backend", where="Edinburgh, UK")(
                "Fraser Lindsay-Kerr",
                2,
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "We're in the middle of migrating payments to a new processor, go-live is "
                        "6 July. No interviews till that's out the door - come back to me "
                        "mid-July?",
                    )
                ],
            ),
        ],
        **opening({}, EDI_HYBRID),
    ),
    C(
        "Polish: get in touch after New Year vs after the summer holidays",
        "sre",
        [
            talent("sre", where="Warsaw, Poland")(
                "Zuzanna Wróblewska",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 9),
                        "Odezwij się po Nowym Roku, teraz mam urwanie głowy z migracją klastrów.",
                    )
                ],
            ),
            talent("sre", where="Warsaw, Poland")(
                "Małgorzata Kędzierska",
                2,
                touches=[
                    whatsapp(
                        date(2026, 6, 22),
                        "Odezwij się po wakacjach, teraz mam urwanie głowy z audytem.",
                    )
                ],
            ),
        ],
        **opening({}, WAW_HYBRID),
    ),
    C(
        "a rambling conference note: moving house over Christmas vs a move done in July",
        "data_eng",
        [
            talent("data_eng", where="Edinburgh, UK")(
                "Ishbel Grieve",
                1,
                touches=[
                    ats(
                        date(2026, 11, 12),
                        "Caught up with Ishbel at the data meetup 12/11 - lovely chat. Her team "
                        "moved to Snowflake in August, reorg landed in October, she's now on a "
                        "new squad. She's moving house from Edinburgh to Glasgow over Christmas "
                        "and asked us not to bother her before mid-January. Likes the sound of "
                        "us.",
                    )
                ],
            ),
            talent("data_eng", where="Edinburgh, UK")(
                "Morven Sinclair-Hay",
                2,
                touches=[
                    ats(
                        date(2026, 6, 15),
                        "Caught up with Morven at LeadDev 11/06. Moving house from Edinburgh to "
                        "Glasgow in July, asked us not to bother her until the end of August. "
                        "Likes the sound of us, dbt heavy.",
                    )
                ],
            ),
        ],
        **opening({}, EDI_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ---------------------------------

SCHEDULE = [
    C(
        "no on-call ever again after a 1-in-4 rota vs happy on call if it's paid",
        "sre",
        [
            talent("sre", where="Manchester, UK")(
                "Gethin Rowlands",
                0,
                touches=[
                    screen(
                        40,
                        "Phone screen. Burnt out on a 1-in-4 rota at his current place - no "
                        "on-call, ever again, is his line. Otherwise strong.",
                    )
                ],
            ),
            talent("sre", where="Manchester, UK")(
                "Idris Bamgbose",
                2,
                touches=[
                    screen(
                        40,
                        "Phone screen. Happy to be on call as long as it's paid properly and the "
                        "rota's sane. Strong on GKE.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            MCR_HYBRID,
            description="Keep the platform fast and boring. Paid on-call, one week in six.",
            offers=["On-call 1-in-6, paid £350 a week plus call-outs", "Three days in Ancoats"],
        ),
    ),
    C(
        "only four-day-week companies now vs a four-day week would be a nice extra",
        "frontend",
        [
            talent("frontend")(
                "Cressida Holloway",
                2,
                touches=[
                    inmail(
                        90,
                        "Honestly I'm only looking at four-day-week companies now - and a proper "
                        "32 hours, not five days squeezed into four.",
                    )
                ],
            ),
            talent("frontend")(
                "Bethany Quaife",
                1,
                touches=[
                    inmail(
                        90,
                        "A four-day week would be a nice extra, but it's not a must for me. "
                        "Mainly want good React work.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            UK_REMOTE,
            offers=["Four-day week (32 hours) at full pay", "Fully remote within the UK"],
        ),
    ),
    C(
        "nursery pick-up every day at 5.30 vs partner does pick-up, lates fine",
        "cs",
        [
            talent("cs")(
                "Rosalind Quarmby",
                0,
                touches=[
                    ats(
                        50,
                        "Screen notes: can't do lates - does nursery pick-up at 5.30 every day, "
                        "no flex on that.",
                    )
                ],
            ),
            talent("cs")(
                "Kirsten Blackwood",
                2,
                touches=[
                    ats(
                        50,
                        "Screen notes: lates are fine, her partner does nursery pick-up. Likes "
                        "enterprise accounts.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            description="Look after our largest accounts. Support rota covers 8am to 8pm, so "
            "two late shifts a week finish at 8pm.",
        ),
    ),
    C(
        "Saturdays are for gigs, no weekend releases vs did weekend releases at a bank",
        "backend",
        [
            talent("backend", QA_ENGINEER)(
                "Ashok Ramdharry",
                0,
                touches=[
                    whatsapp(
                        70,
                        "weekends are a no for me mate, I gig with my band most saturdays. so no "
                        "weekend release stuff",
                    )
                ],
            ),
            talent("backend", QA_ENGINEER)(
                "Oluwaseun Adebambo",
                2,
                touches=[
                    whatsapp(
                        70,
                        "did weekend releases at Metro Bank for 2 years, honestly once a month is "
                        "nothing if I get the day back",
                    )
                ],
            ),
        ],
        **opening(
            QA_ROLE,
            LDN_HYBRID,
            offers=["One Saturday release a month, with a day off in lieu"],
        ),
    ),
    C(
        "won't do evening calls with the US vs happy to flex late for US calls",
        "sales",
        [
            talent("sales", SOLUTIONS_ENGINEER, "Dublin, Ireland")(
                "Cormac Ó Drisceoil",
                0,
                touches=[
                    screen(
                        35,
                        "Spoke to Cormac. Had his fill of 10pm calls with San Francisco at his "
                        "last gig - won't do evening calls with US customers again.",
                    )
                ],
            ),
            talent("sales", SOLUTIONS_ENGINEER, "Dublin, Ireland")(
                "Orla Mac Giolla Rua",
                2,
                touches=[
                    screen(
                        35,
                        "Spoke to Orla. Happy to flex late for US East Coast calls so long as she "
                        "can start later those days.",
                    )
                ],
            ),
        ],
        **opening(
            SE_ROLE,
            DUB_HYBRID,
            description="Partner with AEs on discovery and demos for North American customers: "
            "most calls run 2pm to 8pm Irish time.",
        ),
    ),
    C(
        "wants 0.8 FTE for her MSc vs full-time, no preference",
        "data_eng",
        [
            talent("data_eng", where="Bristol, UK")(
                "Clementine Bickerstaffe",
                2,
                touches=[
                    ats(
                        100,
                        "Greenhouse: cand wants 0.8 FTE (Fridays off) while she does her "
                        "part-time MSc at UWE. Otherwise a great fit.",
                    )
                ],
            ),
            talent("data_eng", where="Bristol, UK")(
                "Theodora Lusk",
                1,
                touches=[ats(100, "Greenhouse: cand fine with full time, no strong views.")],
            ),
        ],
        **opening(
            {},
            BRS_HYBRID,
            offers=["Part-time (0.8) welcome", "Two days a week near Temple Meads"],
        ),
    ),
    C(
        "left over 3am pages, this team is follow-the-sun vs no view on on-call",
        "backend",
        [
            talent("backend")(
                "Saskia van Leeuwen-Price",
                2,
                touches=[
                    mail(
                        120,
                        "The 3am pages are why I'm leaving, to be honest. Anything without nights "
                        "on call and I'm interested.",
                    )
                ],
            ),
            talent("backend")(
                "Lorcan Breathnach",
                1,
                touches=[mail(120, "Thanks for reaching out - happy to hear more about the team.")],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            description="Build the ledger services. No night on-call: incidents outside UK "
            "hours go to our Singapore team (follow-the-sun).",
        ),
    ),
    C(
        "wants a flexible start around the school run vs fixed 9 to 5 is best for him",
        "manager",
        [
            talent("manager", PEOPLE_LEAD)(
                "Ravinder Kaur-Bhogal",
                2,
                touches=[
                    screen(
                        65,
                        "EM screen. Needs flex around the school run - drop-off at 8.45, so can't "
                        "be on calls before 9.30. Otherwise superb.",
                    )
                ],
            ),
            talent("manager", PEOPLE_LEAD)(
                "Declan Mountford",
                1,
                touches=[
                    screen(65, "EM screen. Likes a fixed 9 to 5, not bothered about flexi-time.")
                ],
            ),
        ],
        **opening(
            EM_ROLE,
            LDN_HYBRID,
            offers=["Flexible hours around core hours of 10am to 4pm", "Two anchor days"],
        ),
    ),
]

TRAVEL = [
    C(
        "single dad, no overnights at all vs loves a monthly Berlin trip",
        "backend",
        [
            talent("backend", where="Amsterdam, Netherlands")(
                "Maarten Hoogendijk",
                0,
                touches=[
                    screen(
                        45,
                        "Screen: single dad, kids with him every week - no overnight travel at "
                        "all, so a monthly trip abroad is out.",
                    )
                ],
            ),
            talent("backend", where="Amsterdam, Netherlands")(
                "Floris Verbeek",
                2,
                touches=[
                    screen(
                        45,
                        "Screen: happy to fly to Berlin every month, likes an excuse to see the "
                        "people he works with.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            AMS_HYBRID,
            offers=[
                "Hybrid: two days a week at our office on the Zuidas",
                "A two-night trip to Berlin HQ every month",
            ],
        ),
    ),
    C(
        "travel's a no, two or three trips a year at most vs wants to be out with customers",
        "sales",
        [
            talent("sales", SOLUTIONS_ENGINEER, "Berlin, Germany")(
                "Wiebke Tramsen",
                0,
                touches=[
                    ats(
                        60,
                        "Workable: travel's a no beyond 2-3 trips a year. Prefers remote demos.",
                    )
                ],
            ),
            talent("sales", SOLUTIONS_ENGINEER, "Berlin, Germany")(
                "Konstantin Albrecht",
                2,
                touches=[
                    ats(
                        60,
                        "Workable: wants a customer-facing role where he's out at client sites, "
                        "bored of demoing over Zoom all day.",
                    )
                ],
            ),
        ],
        **opening(
            SE_ROLE,
            BER_HYBRID,
            description="Run technical workshops on site with customers across DACH and "
            "Benelux: up to 40% travel.",
        ),
    ),
    C(
        "remote means no travel at all, she's a carer vs offsites twice a year are nothing",
        "frontend",
        [
            talent("frontend", where="Norwich, UK")(
                "Rosamund Tilbury",
                0,
                touches=[
                    inmail(
                        75,
                        "Just to be upfront: remote only, and I mean no travel - not even "
                        "offsites. I'm my mum's carer and can't be away overnight.",
                    )
                ],
            ),
            talent("frontend", where="Norwich, UK")(
                "Verity Haddow",
                2,
                touches=[
                    inmail(
                        75,
                        "Remote is what I'm after. A couple of offsites a year is nothing, I'd "
                        "quite enjoy them.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            UK_REMOTE,
            offers=["Fully remote within the UK", "Two company offsites a year, a week each"],
        ),
    ),
    C(
        "left consulting over a suitcase life, a trip a quarter is fine vs can't leave the UK",
        "data_eng",
        [
            talent("data_eng")(
                "Benedict Achampong",
                2,
                touches=[
                    screen(
                        80,
                        "Ex-Accenture, left because he lived out of a suitcase four days a week "
                        "on client sites. Said a trip a quarter is absolutely fine, it's the "
                        "weekly stuff he won't do again.",
                    )
                ],
            ),
            talent("data_eng")(
                "Horatio Kemble",
                0,
                touches=[
                    screen(
                        80,
                        "Can't leave the UK for work at all for the next year or so - his wife's "
                        "due in January and he's not travelling.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            offers=[
                "Hybrid: Tuesday and Thursday anchor days in our Shoreditch office",
                "Quarterly planning week in Amsterdam",
            ],
        ),
    ),
    C(
        "prefers closing over Zoom, done with the road vs misses face-to-face, field role",
        "sales",
        [
            talent("sales", where="Leeds, UK")(
                "Gareth Holroyd",
                0,
                touches=[
                    screen(
                        55,
                        "Gareth: done with being on the road, closes everything over Zoom now and "
                        "prefers it.",
                    )
                ],
            ),
            talent("sales", where="Leeds, UK")(
                "Chantelle Ibbotson",
                2,
                touches=[
                    screen(
                        55,
                        "Chantelle: wants to be back out seeing clients face to face, misses the "
                        "road after two years of inside sales.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(remote_policy="onsite", location="North of England (field-based)"),
            description="Field sales across Yorkshire and the North East: three days a week "
            "visiting customers.",
            offers=["£5,400 car allowance"],
        ),
    ),
    C(
        "fortnightly London trips are a no vs happy to stay with family in Clapham",
        "manager",
        [
            talent("manager", PEOPLE_LEAD, "Edinburgh, UK")(
                "Alasdair Moncrieff",
                0,
                touches=[
                    whatsapp(
                        30,
                        "fortnightly london trips = hard no from me. did that for 2 yrs at my "
                        "last place and it nearly ended my marriage",
                    )
                ],
            ),
            talent("manager", PEOPLE_LEAD, "Edinburgh, UK")(
                "Catriona Lennox",
                2,
                touches=[
                    whatsapp(
                        30,
                        "london every other week is fine, my sister's in clapham so I'd stay with "
                        "her",
                    )
                ],
            ),
        ],
        **opening(
            EM_ROLE,
            EDI_HYBRID,
            offers=["Based in Edinburgh", "A night in London HQ every other week"],
        ),
    ),
    C(
        "not averse to the odd trip vs averse to travel, keeps it local",
        "cs",
        [
            talent("cs", where="Dublin, Ireland")(
                "Aisling Brennan-Moore",
                2,
                touches=[
                    ats(
                        40,
                        "Cand not averse to the odd trip to London or Amsterdam - has done QBRs "
                        "on site before.",
                    )
                ],
            ),
            talent("cs", where="Dublin, Ireland")(
                "Ruairí Gallagher",
                0,
                touches=[
                    ats(40, "Cand averse to travel - wants to keep it local to Dublin, no flights.")
                ],
            ),
        ],
        **opening(
            {},
            DUB_HYBRID,
            description="Look after our largest accounts, with on-site QBRs in London and "
            "Amsterdam about once a month.",
        ),
    ),
    C(
        "doesn't fly, monthly flights to Warsaw and Lisbon vs speaks Portuguese, happy to fly",
        "cs",
        [
            talent("cs", PEOPLE_PARTNER)(
                "Jemima Stallworthy",
                0,
                touches=[
                    screen(
                        85,
                        "People partner screen. She doesn't fly - panic attacks on planes since "
                        "2019. Trains anywhere in the UK are fine.",
                    )
                ],
            ),
            talent("cs", PEOPLE_PARTNER)(
                "Beatriz Coutinho-Reeves",
                2,
                touches=[
                    screen(
                        85,
                        "People partner screen. Speaks Portuguese, happy to fly out to our hubs "
                        "monthly, has done it at Farfetch.",
                    )
                ],
            ),
        ],
        **opening(
            PEOPLE_ROLE,
            LDN_HYBRID,
            description="Partner with engineering leaders in London, Warsaw and Lisbon; a "
            "few days a month on site in Warsaw or Lisbon.",
        ),
    ),
]

NO_SPONSORSHIP = "We are not able to sponsor visas for this role."

VISA = [
    C(
        "Skilled Worker visa tied to her employer vs a Global Talent visa",
        "backend",
        [
            talent("backend")(
                "Chukwuemeka Obiora",
                0,
                touches=[
                    ats(
                        40,
                        "RTW check: on a Skilled Worker visa sponsored by Wise, so would need us "
                        "to sponsor. Great Kafka depth.",
                    )
                ],
            ),
            talent("backend")(
                "Adaeze Okpara-Lindqvist",
                2,
                touches=[
                    ats(
                        40,
                        "RTW check: Global Talent visa (Tech Nation endorsement), valid to 2029 - "
                        "no sponsorship needed. Great Kafka depth.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            description="Build the services behind our payments platform. " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "needs a Blue Card to move to Berlin, we sponsor vs no word on papers",
        "data_eng",
        [
            talent("data_eng", where="Istanbul, Turkey")(
                "Deniz Karaduman",
                2,
                touches=[
                    inmail(
                        70,
                        "I'd love to move to Berlin - I would need an employer to support an EU "
                        "Blue Card application, is that something you do?",
                    )
                ],
            ),
            talent("data_eng", where="Istanbul, Turkey")(
                "Emre Yıldırımoğlu",
                1,
                touches=[inmail(70, "Thanks for the message, what's the team like?")],
            ),
        ],
        **opening(
            {},
            BER_HYBRID,
            offers=[
                "EU Blue Card sponsorship and a relocation package",
                "Hybrid: three days a week in our Kreuzberg office",
            ],
        ),
    ),
    C(
        "her husband is her dependant, she has ILR vs she is his dependant and he is leaving",
        "frontend",
        [
            talent("frontend")(
                "Meenakshi Vaidyanathan",
                2,
                touches=[
                    screen(
                        55,
                        "RTW: she has ILR, full right to work. Her husband is on a dependant visa "
                        "through her, nothing for us to do.",
                    )
                ],
            ),
            talent("frontend")(
                "Lakshmi Subramaniam",
                0,
                touches=[
                    screen(
                        55,
                        "RTW: she's here as a dependant on her husband's Skilled Worker visa. "
                        "He's leaving the UK in March, so she'd need her own sponsorship to stay.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            description="Own the customer web app. " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "Graduate visa runs out next August vs British citizenship this summer",
        "data_eng",
        [
            talent("ml", where="Manchester, UK")(
                "Xiaoyu Zhang",
                0,
                touches=[
                    ats(
                        65,
                        "Grad visa exp Aug 2027 - would need Skilled Worker spons after that. "
                        "Strong PyTorch.",
                    )
                ],
            ),
            talent("ml", where="Manchester, UK")(
                "Wenjing Liu",
                2,
                touches=[
                    ats(
                        65,
                        "Got British citizenship in July - no visa stuff any more. Strong PyTorch.",
                    )
                ],
            ),
        ],
        **opening(
            ML_ROLE,
            MCR_HYBRID,
            description="Train and ship the fraud models. " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "Stamp 4, no permit needed vs a General Employment Permit tied to his employer",
        "backend",
        [
            talent("backend", where="Dublin, Ireland")(
                "Arjun Kulkarni",
                2,
                touches=[
                    mail(
                        90,
                        "Quick one on paperwork: I'm on Stamp 4 now, so no employment permit "
                        "needed for a move.",
                    )
                ],
            ),
            talent("backend", where="Dublin, Ireland")(
                "Rohan Pattabiraman",
                0,
                touches=[
                    mail(
                        90,
                        "Quick one on paperwork: I'm on a General Employment Permit with my "
                        "current employer, so a new employer would have to apply for a fresh "
                        "permit.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            DUB_HYBRID,
            description="Build the services behind our lending platform. We can't apply for "
            "employment permits for this role.",
        ),
    ),
    C(
        "in Bangalore, needs a sponsor to move to London vs happy in Bangalore, not moving",
        "sre",
        [
            talent("sre", where="Bengaluru, India")(
                "Siddharth Nagarajan",
                2,
                touches=[
                    inmail(
                        50,
                        "Very keen on London - I'd need Skilled Worker sponsorship to make the "
                        "move, happy to relocate with my wife.",
                    )
                ],
            ),
            talent("sre", where="Bengaluru, India")(
                "Karthik Balasubramanian",
                0,
                touches=[
                    inmail(
                        50,
                        "Thanks, but I'm settled in Bangalore and not relocating anywhere - "
                        "remote for an Indian entity only.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            offers=[
                "Skilled Worker visa sponsorship and relocation support",
                "Hybrid: Tuesday and Thursday anchor days in our Shoreditch office",
            ],
        ),
    ),
    C(
        "needs an IND-recognised sponsor for Amsterdam vs wants a US visa, not Europe",
        "data_eng",
        [
            talent("ml", where="Cape Town, South Africa")(
                "Thandiwe Ngcobo-Reyes",
                2,
                touches=[
                    mail(
                        60,
                        "I'd need a highly skilled migrant permit for the Netherlands, so the "
                        "company has to be an IND-recognised sponsor - if you are, I'm very "
                        "interested in Amsterdam.",
                    )
                ],
            ),
            talent("ml", where="Cape Town, South Africa")(
                "Sipho Dlamini-Hayes",
                0,
                touches=[
                    mail(
                        60,
                        "I'm only looking at roles that sponsor an H-1B or O-1 for the US - New "
                        "York ideally. Not Europe, sorry.",
                    )
                ],
            ),
        ],
        **opening(
            ML_ROLE,
            AMS_HYBRID,
            offers=[
                "IND-recognised sponsor: we handle the highly skilled migrant permit",
                "Hybrid: two days a week at our office on the Zuidas",
            ],
        ),
    ),
    C(
        "'RTW: yes (no spons req)' vs 'RTW: no - spons req'",
        "cs",
        [
            talent("cs", where="Manchester, UK")(
                "Tendai Zvobgo-Marsh",
                2,
                touches=[ats(30, "RTW: yes (no spons req). 5 yrs CSM, Gainsight, mid-market.")],
            ),
            talent("cs", where="Manchester, UK")(
                "Farai Mutasa",
                0,
                touches=[ats(30, "RTW: no - spons req. 5 yrs CSM, Gainsight, mid-market.")],
            ),
        ],
        **opening(
            {},
            MCR_HYBRID,
            description="Look after our largest accounts. " + NO_SPONSORSHIP,
        ),
    ),
]

CONTRACT = [
    C(
        "contractor only, outside IR35 vs done with contracting, wants perm and equity",
        "backend",
        [
            talent("backend")(
                "Nigel Ashworth-Bligh",
                0,
                touches=[
                    screen(
                        70,
                        "Contractor only - outside IR35 via his Ltd, around £650/day. Not going "
                        "back to perm, said it twice.",
                    )
                ],
            ),
            talent("backend")(
                "Julian Featherstone",
                2,
                touches=[
                    screen(
                        70,
                        "Done with contracting since the IR35 changes - wants a perm role with "
                        "decent equity.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Senior Backend Engineer (permanent)",
            offers=["Permanent, £95k-£110k plus EMI options", "Two anchor days in Shoreditch"],
        ),
    ),
    C(
        "perm only for a mortgage application vs has a Ltd co, open to contract",
        "data_eng",
        [
            talent("data_eng")(
                "Sophie Tremayne",
                0,
                touches=[
                    whatsapp(
                        40,
                        "perm only for now - we're applying for a mortgage in the new year and "
                        "the broker wants 6 months of payslips",
                    )
                ],
            ),
            talent("data_eng")(
                "Oliver Quartermaine",
                2,
                touches=[
                    whatsapp(
                        40,
                        "open to contract, got my Ltd co set up last year. outside ideally but "
                        "I'll look at anything",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Data Engineer (6-month contract, outside IR35)",
            offers=["£600 a day outside IR35", "Six months with a likely extension"],
        ),
    ),
    C(
        "a 12-month fixed-term suits her vs won't do fixed-term again",
        "cs",
        [
            talent("cs", PEOPLE_PARTNER, "Bristol, UK")(
                "Antonia Fairbairn",
                2,
                touches=[
                    mail(
                        60,
                        "A 12-month FTC would actually suit me perfectly - we're planning a big "
                        "trip in 2028.",
                    )
                ],
            ),
            talent("cs", PEOPLE_PARTNER, "Bristol, UK")(
                "Lucinda Marchetti",
                0,
                touches=[
                    mail(
                        60,
                        "I won't do fixed-term again. My last FTC wasn't renewed with two weeks' "
                        "warning and I'm after something permanent.",
                    )
                ],
            ),
        ],
        **opening(
            PEOPLE_ROLE,
            BRS_HYBRID,
            title="People Partner (12-month maternity cover)",
            offers=["12-month fixed-term contract"],
        ),
    ),
    C(
        "umowa o pracę only, not B2B vs prefers B2B, has a sole-trader business",
        "backend",
        [
            talent("backend", where="Warsaw, Poland")(
                "Krzysztof Jabłoński",
                0,
                touches=[
                    screen(
                        50,
                        "Cand: UoP only (umowa o pracę), no B2B - wants paid holiday and sick "
                        "leave after a bad year.",
                    )
                ],
            ),
            talent("backend", where="Warsaw, Poland")(
                "Mateusz Pawlikowski",
                2,
                touches=[
                    screen(
                        50,
                        "Cand: prefers B2B, has his own JDG already, asks about the net monthly "
                        "invoice amount.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            WAW_HYBRID,
            offers=["B2B contract, €6,500-€7,500 net a month invoiced"],
        ),
    ),
    C(
        "three days a week only for a side business vs back to full time after studying",
        "frontend",
        [
            talent("frontend", where="Brighton, UK")(
                "Jasper Wintringham",
                0,
                touches=[
                    ats(
                        75,
                        "Only wants 3 days a week - runs a ceramics business on the side and "
                        "that's not changing.",
                    )
                ],
            ),
            talent("frontend", where="Brighton, UK")(
                "Felicity Northcott",
                2,
                touches=[
                    ats(
                        75,
                        "Went part-time for a year while studying, finished in the summer - back "
                        "to full time now and keen.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            UK_REMOTE,
            description="Own the customer web app. Full-time, 37.5 hours a week.",
        ),
    ),
]

COMMUTE = [
    C(
        "won't do Liverpool to Manchester three times a week vs the train is fine",
        "backend",
        [
            talent("backend", where="Liverpool, UK")(
                "Kieran Molyneux",
                0,
                touches=[
                    screen(
                        45,
                        "Max 45 mins door to door. Won't do the Liverpool-Manc train three times "
                        "a week, did it before and hated it.",
                    )
                ],
            ),
            talent("backend", where="Liverpool, UK")(
                "Bronagh Heskey",
                2,
                touches=[
                    screen(
                        45,
                        "Liverpool to Manc on the train is fine, 35 mins and she gets her emails "
                        "done on it.",
                    )
                ],
            ),
        ],
        **opening({}, MCR_HYBRID),
    ),
    C(
        "Bath to Bristol is twelve minutes vs won't commute from Cardiff at all",
        "data_eng",
        [
            talent("data_eng", where="Bath, UK")(
                "Perpetua Glanville",
                2,
                touches=[
                    inmail(
                        95,
                        "Bath to Temple Meads is 12 minutes on the train, two days a week would "
                        "be no trouble.",
                    )
                ],
            ),
            talent("data_eng", where="Cardiff, UK")(
                "Emrys Llewellyn",
                0,
                touches=[
                    inmail(
                        95,
                        "I won't commute to Bristol, not even one day a week - the Severn tunnel "
                        "trains broke me at my last job.",
                    )
                ],
            ),
        ],
        **opening({}, BRS_HYBRID),
    ),
    C(
        "Brighton, one London day a week at most vs commuted from Brighton for six years",
        "backend",
        [
            talent("backend", where="Brighton, UK")(
                "Barnaby Lusted",
                0,
                touches=[
                    ats(
                        55,
                        "Lives in Brighton. Would do 1 day a week in London at most, the "
                        "Thameslink fares are brutal.",
                    )
                ],
            ),
            talent("backend", where="Brighton, UK")(
                "Imran Choudry",
                2,
                touches=[
                    ats(
                        55,
                        "Lives in Brighton, commuted to London every day for 6 yrs. Doesn't mind "
                        "it, reads on the train.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Four days a week in our Canary Wharf office"],
            ),
        ),
    ),
    C(
        "Potsdam on the S-Bahn vs won't commute from Leipzig",
        "backend",
        [
            talent("backend", where="Potsdam, Germany")(
                "Friederike Nagelsbach",
                2,
                touches=[
                    ats(
                        35,
                        "Wohnt in Potsdam, S-Bahn nach Kreuzberg ist für sie kein Problem. "
                        "Motiviert.",
                    )
                ],
            ),
            talent("backend", where="Leipzig, Germany")(
                "Maximilian Strohmeier",
                0,
                touches=[
                    ats(
                        35,
                        "Lives in Leipzig, won't commute to Berlin three times a week - remote or "
                        "Leipzig only.",
                    )
                ],
            ),
        ],
        **opening({}, BER_HYBRID),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "needs £110k base minimum vs about £90k plus meaningful equity",
        "backend",
        [
            talent("backend")(
                "Crispin Ogunbiyi",
                0,
                touches=[
                    screen(
                        50,
                        "Comp: on £102k now, needs £110k base minimum to move. Equity doesn't "
                        "interest him.",
                    )
                ],
            ),
            talent("backend")(
                "Anouska Petrakis",
                2,
                touches=[
                    screen(
                        50,
                        "Comp: looking for roughly £90k base plus meaningful equity - she "
                        "believes in EMI.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            salary_min=85_000,
            salary_max=95_000,
            currency="GBP",
            offers=["£85k-£95k base plus EMI options", "Two anchor days in Shoreditch"],
        ),
    ),
    C(
        "German: expects €85,000 gross vs at least €110k",
        "data_eng",
        [
            talent("data_eng", where="Berlin, Germany")(
                "Annika Feldhaus",
                2,
                touches=[
                    mail(
                        65,
                        "Meine Gehaltsvorstellung liegt bei 85.000 € brutto im Jahr, dazu gern "
                        "ein paar virtuelle Anteile.",
                    )
                ],
            ),
            talent("data_eng", where="Berlin, Germany")(
                "Torben Lichtenau",
                0,
                touches=[
                    mail(
                        65,
                        "Unter 110.000 € brutto wechsle ich nicht, das ist meine Untergrenze.",
                    )
                ],
            ),
        ],
        **opening({}, BER_HYBRID, salary_min=80_000, salary_max=90_000, currency="EUR"),
    ),
    C(
        "a day rate of £500-550 vs won't get out of bed for under £750",
        "sre",
        [
            talent("sre")(
                "Lysander Crowe",
                2,
                touches=[ats(40, "Rate: £500-550/day outside. Avail 2 wks notice.")],
            ),
            talent("sre")(
                "Montgomery Fell",
                0,
                touches=[
                    ats(
                        40,
                        "Rate: won't get out of bed for less than £750/day, his words. Avail 2 "
                        "wks notice.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Platform Engineer (contract, outside IR35)",
            offers=["£550 a day outside IR35", "Six months"],
        ),
    ),
    C(
        "on £120k at Meta but would take £95k vs on £90k and wants £120k",
        "backend",
        [
            talent("backend")(
                "Evangeline Moss",
                2,
                touches=[
                    screen(
                        70,
                        "Currently on £120k at Meta but would happily take £95k for the right "
                        "scale-up with real ownership.",
                    )
                ],
            ),
            talent("backend")(
                "Thaddeus Okwuosa",
                0,
                touches=[
                    screen(70, "On £90k now and wants £120k for his next move, firm on that.")
                ],
            ),
        ],
        **opening({}, LDN_HYBRID, salary_min=90_000, salary_max=100_000, currency="GBP"),
    ),
    C(
        "a base of £90k, OTE doesn't matter vs fine with 50/50, wants it uncapped",
        "sales",
        [
            talent("sales")(
                "Cassius Pemberton-Ward",
                0,
                touches=[
                    screen(
                        45,
                        "AE screen: wants a base of at least £90k, doesn't care what the OTE is.",
                    )
                ],
            ),
            talent("sales")(
                "Yasmin El-Amin",
                2,
                touches=[
                    screen(
                        45,
                        "AE screen: fine with a 50/50 split as long as commission is uncapped - "
                        "backs herself.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            salary_min=70_000,
            salary_max=70_000,
            currency="GBP",
            offers=["£70k base, £140k OTE, uncapped commission"],
        ),
    ),
    C(
        "about €4,500 gross a month in 14 payments vs not under €7k a month",
        "frontend",
        [
            talent("frontend", where="Lisbon, Portugal")(
                "Inês Figueiredo",
                2,
                touches=[
                    inmail(
                        55,
                        "Estou à procura de cerca de 4.500€ brutos por mês, em 14 meses. Lisboa "
                        "híbrido seria ótimo.",
                    )
                ],
            ),
            talent("frontend", where="Lisbon, Portugal")(
                "Gonçalo Magalhães",
                0,
                touches=[
                    inmail(
                        55,
                        "I won't consider anything under €7k gross a month, 14 payments.",
                    )
                ],
            ),
        ],
        **opening({}, LIS_HYBRID, salary_min=55_000, salary_max=65_000, currency="EUR"),
    ),
]

# --- 5. last time's reason, resolved or still standing --------------------------------------

PAST_SHOREDITCH_FOUR_DAYS = dict(
    remote_policy="onsite",
    location="London, UK",
    offers=["Four days a week in the Shoreditch office"],
)
PAST_BERLIN_OFFICE = dict(
    remote_policy="onsite", location="Berlin, Germany", salary_max=75_000, currency="EUR"
)

RESOLVED = [
    C(
        "declined four office days, this is remote vs declined over equity, still small",
        "backend",
        [
            talent("backend", where="Sheffield, UK")(
                "Wilhelmina Tait",
                2,
                apps=[
                    said_no(
                        280,
                        "remote_policy",
                        "Offer declined: 4 days in the Shoreditch office was a dealbreaker from "
                        "Sheffield",
                        past=PAST_SHOREDITCH_FOUR_DAYS,
                    )
                ],
            ),
            talent("backend", where="Sheffield, UK")(
                "Rupert Anstruther",
                0,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Offer declined: equity too thin at 0.05%, wanted 0.2%+",
                        past=PAST_SHOREDITCH_FOUR_DAYS,
                    )
                ],
            ),
        ],
        **opening(
            {},
            UK_REMOTE,
            offers=["Fully remote within the UK", "Options of 0.03%-0.05%"],
        ),
    ),
    C(
        "withdrew as we couldn't sponsor, now we can vs withdrew as the team went to Go",
        "backend",
        [
            talent("backend", where="Lagos, Nigeria")(
                "Obinna Ezeanyika",
                2,
                apps=[
                    stepped_back(
                        220,
                        "other",
                        "Withdrew - we couldn't sponsor a Skilled Worker visa at the time",
                    )
                ],
            ),
            talent("backend", where="Lagos, Nigeria")(
                "Chiamaka Udeh",
                0,
                apps=[
                    stepped_back(
                        220,
                        "other",
                        "Withdrew - team was moving from Python to Go and she wants to stay on "
                        "Python",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Senior Backend Engineer (Go)",
            requirements="Go\nPostgreSQL\nKafka\nAWS",
            offers=[
                "We now sponsor Skilled Worker visas",
                "Services written in Go",
            ],
        ),
    ),
    C(
        "declined an EM job over the on-call on top vs declined because he won't manage",
        "manager",
        [
            talent("manager", PEOPLE_LEAD)(
                "Leopoldine Vance",
                2,
                apps=[
                    said_no(
                        300,
                        "other",
                        "Declined EM offer: couldn't carry the on-call rota on top of managing "
                        "seven",
                        role="Engineering Manager",
                    )
                ],
            ),
            talent("manager", PEOPLE_LEAD)(
                "Torquil Haverford",
                0,
                apps=[
                    said_no(
                        300,
                        "other",
                        "Declined EM offer: decided he doesn't want to manage people after all, "
                        "staying IC",
                        role="Engineering Manager",
                    )
                ],
            ),
        ],
        **opening(
            EM_ROLE,
            LDN_HYBRID,
            offers=["Managers are not on the on-call rota", "Two anchor days in Shoreditch"],
        ),
    ),
    C(
        "wouldn't relocate to Berlin, this is remote vs pay capped at €75k, still is",
        "data_eng",
        [
            talent("data_eng", where="Valencia, Spain")(
                "Rocío Albarracín",
                2,
                apps=[
                    stepped_back(
                        190,
                        "location",
                        "Pulled out at final - wouldn't relocate to Berlin, family in Valencia",
                        stage="final",
                        past=PAST_BERLIN_OFFICE,
                        role="Data Engineer",
                    )
                ],
            ),
            talent("data_eng", where="Valencia, Spain")(
                "Alejandro Sepúlveda",
                0,
                apps=[
                    stepped_back(
                        190,
                        "compensation",
                        "Pulled out at final - our €75k cap vs his €95k ask",
                        stage="final",
                        past=PAST_BERLIN_OFFICE,
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, EU_REMOTE, salary_min=68_000, salary_max=76_000, currency="EUR"),
    ),
    C(
        "said no at Series A, wanted later stage; we're Series C now vs wanted tiny, we're not",
        "frontend",
        [
            talent("frontend")(
                "Marguerite Oyelowo",
                2,
                apps=[
                    said_no(
                        400,
                        "other",
                        "Declined: felt Series A was too risky with a toddler, wants a "
                        "later-stage company with runway",
                        role="Frontend Engineer",
                    )
                ],
            ),
            talent("frontend")(
                "Ptolemy Sandford",
                0,
                apps=[
                    said_no(
                        400,
                        "other",
                        "Declined: we were already too big for him at 40 people, wants to be one "
                        "of the first ten",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            offers=["Series C, 400 people, profitable since 2025", "Two anchor days"],
        ),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "not against three office days vs dead against them",
        "backend",
        [
            talent("backend")(
                "Ottoline Baxendale",
                2,
                touches=[
                    whatsapp(
                        60, "not against going in 3 days tbh, I miss a whiteboard and decent coffee"
                    )
                ],
            ),
            talent("backend")(
                "Peregrine Mountjoy",
                0,
                touches=[whatsapp(60, "dead against 3 days in. one day max or I'm out")],
            ),
        ],
        **opening({}, LDN_THREE_DAYS),
    ),
    C(
        "the pay wasn't the issue, the commute was vs the commute wasn't, the pay was",
        "data_eng",
        [
            talent("data_eng", where="Oxford, UK")(
                "Rosalie Wakefield",
                2,
                apps=[
                    said_no(
                        250,
                        "other",
                        "Pay wasn't the issue - the 90 minute commute to Reading every day was.",
                        role="Data Engineer",
                    )
                ],
            ),
            talent("data_eng", where="Oxford, UK")(
                "Ignatius Farrow",
                0,
                apps=[
                    said_no(
                        250,
                        "compensation",
                        "Commute wasn't the issue - the pay was: asked £95k, band topped at £80k.",
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, UK_REMOTE, salary_min=75_000, salary_max=82_000, currency="GBP"),
    ),
    C(
        "never said no to managing vs said she'd never manage again",
        "manager",
        [
            talent("manager", PEOPLE_LEAD)(
                "Gwendolyn Ayodele",
                2,
                touches=[
                    screen(
                        85,
                        "For the record she never said no to managing - she just wanted the right "
                        "team to do it with.",
                    )
                ],
            ),
            talent("manager", PEOPLE_LEAD)(
                "Araminta Coles",
                0,
                touches=[
                    screen(
                        85,
                        "Said she'll never manage people again after her last go at it - IC only "
                        "now.",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, LDN_HYBRID),
    ),
    C(
        "no problem moving to Kotlin vs won't write Kotlin, Java or nothing",
        "backend",
        [
            talent("backend", ANDROID_ENGINEER, "Manchester, UK")(
                "Dylan Haworth",
                2,
                touches=[
                    ats(
                        50,
                        "No problem moving fully to Kotlin from Java, did a side project in "
                        "Compose last year.",
                    )
                ],
            ),
            talent("backend", ANDROID_ENGINEER, "Manchester, UK")(
                "Bradley Ormerod",
                0,
                touches=[
                    ats(
                        50,
                        "Doesn't want to write Kotlin - Java or nothing, he was very clear.",
                    )
                ],
            ),
        ],
        **opening(ANDROID_ROLE, MCR_HYBRID),
    ),
    C(
        "wouldn't rule out fintech, just not crypto vs rules out fintech altogether",
        "frontend",
        [
            talent("frontend", where="Dublin, Ireland")(
                "Clodagh Ní Bhriain",
                2,
                touches=[
                    inmail(
                        100,
                        "Wouldn't rule out fintech at all - just nothing crypto, please.",
                    )
                ],
            ),
            talent("frontend", where="Dublin, Ireland")(
                "Eoghan Mulcahy",
                0,
                touches=[
                    inmail(
                        100,
                        "I'd rule out anything fintech - five years at a bank was enough for one "
                        "lifetime.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            DUB_HYBRID,
            description="Own the web app for our business payments product (card issuing "
            "and invoicing, no crypto).",
        ),
    ),
]

# --- 7. work mode, said in different places --------------------------------------------------

WORK_MODE = [
    C(
        "policy field only: remote-first or nothing vs wants the office four days",
        "backend",
        [
            talent("backend", where="Truro, UK")(
                "Demelza Pascoe",
                2,
                touches=[ats(70, "Remote-first or nothing - she's in Cornwall.")],
            ),
            talent("backend", where="Truro, UK")(
                "Jowan Trevorrow",
                0,
                touches=[
                    ats(
                        70,
                        "Wants an office 4-5 days - works better around people, hates the spare "
                        "room.",
                    )
                ],
            ),
        ],
        **opening({}, dict(remote_policy="remote", location="Remote (UK)")),
    ),
    C(
        "office days only in the description: remote or bust vs two days in, max",
        "data_eng",
        [
            talent("data_eng", where="Edinburgh, UK")(
                "Struan McAllister",
                0,
                touches=[screen(45, "Fully remote or bust, won't come into any office.")],
            ),
            talent("data_eng", where="Edinburgh, UK")(
                "Eilidh Buchanan",
                2,
                touches=[screen(45, "Wants two days in an office, max. Likes Leith.")],
            ),
        ],
        **opening(
            {},
            dict(location="Edinburgh, UK"),
            description="Own the analytics pipelines. We're together in our Leith office on "
            "Mondays and Wednesdays; the rest of the week is yours.",
        ),
    ),
    C(
        "office-based in the title: hates WFH vs hybrid only",
        "backend",
        [
            talent("backend", where="Amsterdam, Netherlands")(
                "Sanne Brouwershaven",
                2,
                touches=[
                    inmail(
                        80,
                        "Ik wil echt weer naar kantoor, thuiswerken is niks voor mij. Amsterdam, "
                        "fietsafstand.",
                    )
                ],
            ),
            talent("backend", where="Amsterdam, Netherlands")(
                "Jeroen Wijnberg",
                0,
                touches=[
                    inmail(80, "Hybrid only for me - two office days a week is my absolute max.")
                ],
            ),
        ],
        **opening(
            {},
            dict(location="Amsterdam, Netherlands"),
            title="Senior Backend Engineer (office-based, Amsterdam)",
        ),
    ),
    C(
        "remote only in the offers: left London for the Peak District vs wants the office",
        "frontend",
        [
            talent("frontend", where="Buxton, UK")(
                "Hermione Thackeray",
                2,
                touches=[
                    mail(
                        110,
                        "We left London for the Peak District last year, so fully remote is the "
                        "only thing that works now.",
                    )
                ],
            ),
            talent("frontend", where="Buxton, UK")(
                "Barnabas Eckersley",
                0,
                touches=[
                    mail(
                        110,
                        "I want to be in an office most days again - working alone at home is "
                        "wearing me down.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(location="United Kingdom"),
            offers=["Remote-first: work from anywhere in the UK or Ireland"],
        ),
    ),
    C(
        "text-speak: wfh 100% from the Highlands vs hybrid's grand, zone 2",
        "sre",
        [
            talent("sre", where="Inverness, UK")(
                "Fingal Urquhart",
                0,
                touches=[
                    whatsapp(
                        30, "wfh 100% pls, moved up to the highlands in the spring. no office days"
                    )
                ],
            ),
            talent("sre", where="London, UK")(
                "Kwabena Asante-Mensah",
                2,
                touches=[whatsapp(30, "hybrid's grand, I'm in zone 2, two days in is fine")],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
]

# --- 8. locations and moves -----------------------------------------------------------------

LOCATIONS = [
    C(
        "moving back to Dublin in January vs thought about Dublin, staying in London",
        "cs",
        [
            talent("cs")(
                "Grainne Tierney",
                2,
                touches=[
                    mail(
                        60,
                        "We're moving back to Dublin in January (my partner's job) so I'm looking "
                        "for Dublin roles from then.",
                    )
                ],
            ),
            talent("cs")(
                "Sorcha Devlin",
                0,
                touches=[
                    mail(
                        60,
                        "I was toying with a move home to Dublin but we've decided to stay in "
                        "London for good.",
                    )
                ],
            ),
        ],
        **opening({}, DUB_HYBRID),
    ),
    C(
        "lives in Salford vs lives in Plymouth and won't relocate",
        "backend",
        [
            talent("backend", where="Salford, UK")(
                "Joel Hargreaves",
                2,
                touches=[ats(50, "Based in Salford Quays, cycles everywhere.")],
            ),
            talent("backend", where="Plymouth, UK")(
                "Tobias Kingdon",
                0,
                touches=[ats(50, "Based in Plymouth, won't relocate - family all down here.")],
            ),
        ],
        **opening({}, MCR_HYBRID),
    ),
    C(
        "Portuguese: moving to Lisbon in January vs doesn't want to leave Porto",
        "data_eng",
        [
            talent("data_eng", where="Porto, Portugal")(
                "Leonor Sarmento",
                2,
                touches=[
                    whatsapp(
                        40,
                        "Vou mudar-me para Lisboa em janeiro, por isso procuro algo lá a partir "
                        "daí.",
                    )
                ],
            ),
            talent("data_eng", where="Porto, Portugal")(
                "Rodrigo Azevedo",
                0,
                touches=[
                    whatsapp(
                        40,
                        "Não quero sair do Porto, só aceito trabalho remoto ou cá no Porto.",
                    )
                ],
            ),
        ],
        **opening({}, LIS_HYBRID),
    ),
    C(
        "based in Gràcia vs based in Madrid, remote only",
        "frontend",
        [
            talent("frontend", where="Barcelona, Spain")(
                "Núria Puigdomènech",
                2,
                touches=[ats(30, "Based in Gràcia, 20 min on the metro to 22@.")],
            ),
            talent("frontend", where="Madrid, Spain")(
                "Álvaro Benavente",
                0,
                touches=[ats(30, "Based in Madrid, remote only - won't move to Barcelona.")],
            ),
        ],
        **opening({}, BCN_HYBRID),
    ),
    C(
        "open to Warsaw with relocation vs Kraków only, just bought a flat",
        "sre",
        [
            talent("sre", where="Kraków, Poland")(
                "Agnieszka Sobczak",
                2,
                touches=[
                    screen(
                        70,
                        "Open to relocating to Warsaw if there's a relocation package. Partner "
                        "works remotely.",
                    )
                ],
            ),
            talent("sre", where="Kraków, Poland")(
                "Tomasz Leśniewski",
                0,
                touches=[screen(70, "Kraków only - just bought a flat in Podgórze, not moving.")],
            ),
        ],
        **opening(
            {},
            WAW_HYBRID,
            offers=["Relocation package to Warsaw", "Hybrid: two days a week in Mokotów"],
        ),
    ),
]

# --- 9. the history with us -----------------------------------------------------------------

LAST_TIME = [
    C(
        "thin on Kubernetes two years ago vs thin on Kubernetes two months ago",
        "sre",
        [
            talent("sre")(
                "Benedikt Wolfsteiner",
                2,
                apps=[
                    app(
                        720,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Thin on k8s networking in the systems round - good instincts, come back "
                        "in a year or two",
                        role="Platform Engineer",
                    )
                ],
            ),
            talent("sre")(
                "Leonidas Papadakis",
                0,
                apps=[
                    app(
                        60,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Struggled with Kubernetes networking and ingress in the systems round",
                        role="Platform Engineer",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "took a counter-offer fifteen months ago vs six weeks ago",
        "backend",
        [
            talent("backend")(
                "Winifred Odhiambo",
                2,
                apps=[
                    said_no(
                        455,
                        "counteroffer",
                        "Accepted a counter from Monzo at the last minute - apologetic, said to "
                        "keep in touch",
                    )
                ],
            ),
            talent("backend")(
                "Lancelot Brierley",
                1,
                apps=[
                    said_no(
                        42,
                        "counteroffer",
                        "Took Monzo's counter-offer, plus a promotion to staff",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "swore at our coordinator vs late to the panel in a train strike, apologised",
        "frontend",
        [
            talent("frontend", where="Manchester, UK")(
                "Rhys Entwistle",
                0,
                apps=[
                    app(
                        180,
                        "interview",
                        "rejected",
                        "conduct",
                        "Swore at our coordinator on the phone over a reschedule. Not to be "
                        "progressed again.",
                        role="Frontend Engineer",
                    )
                ],
            ),
            talent("frontend", where="Manchester, UK")(
                "Nathaniel Ashcroft",
                2,
                apps=[
                    lost_final(
                        180,
                        "20 mins late to the panel because of the Northern strike, apologised, "
                        "then aced it. Lost to one other.",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        **opening({}, MCR_HYBRID),
    ),
    C(
        "no-show at the final, no word since vs rescheduled twice for a sick child, withdrew "
        "kindly",
        "data_eng",
        [
            talent("data_eng")(
                "Cosmo Hetherington",
                0,
                apps=[
                    app(
                        210,
                        "final",
                        "rejected",
                        "no_show",
                        "No-show at the final, no explanation, ignored two follow-ups.",
                        role="Data Engineer",
                    )
                ],
            ),
            talent("data_eng")(
                "Albertine Rushworth",
                2,
                apps=[
                    stepped_back(
                        210,
                        "timing",
                        "Rescheduled the final twice - little one in and out of hospital - then "
                        "withdrew politely, asked us to keep her in mind.",
                        stage="final",
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
]

# --- 10. managing and level -----------------------------------------------------------------

LEVEL = [
    C(
        "wants to step up to EM, has covered for his lead vs tried EM, back to IC",
        "manager",
        [
            talent("manager", PEOPLE_LEAD)(
                "Jonah Abernethy",
                2,
                touches=[
                    screen(
                        95,
                        "Wants the step up to EM properly - ran the team for 4 months while his "
                        "lead was on paternity leave.",
                    )
                ],
            ),
            talent("manager", PEOPLE_LEAD)(
                "Florian Wexford",
                0,
                touches=[
                    screen(
                        95,
                        "Did EM for 18 months, hated the meetings, going back to IC and happy "
                        "about it.",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, LDN_HYBRID),
    ),
    C(
        "a staff track without managing vs wants to manage next",
        "backend",
        [
            talent("backend")(
                "Ezekiel Rathbone",
                2,
                touches=[
                    inmail(
                        120,
                        "What I want next is a proper staff+ track - technical leadership without "
                        "line management.",
                    )
                ],
            ),
            talent("backend")(
                "Octavia Brightman",
                1,
                touches=[
                    inmail(
                        120,
                        "Next step for me is managing a team, I've been mentoring for two years.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Staff Engineer (IC track)",
            seniority="staff",
            offers=["Staff IC track, no line management"],
        ),
    ),
    C(
        "happy to be senior again after a Head of role vs won't go below Head of",
        "backend",
        [
            talent("backend", where="Bristol, UK")(
                "Sebastian Caulfield",
                2,
                touches=[
                    mail(
                        75,
                        "After two years as Head of Engineering at a startup that folded, I'd be "
                        "glad of a senior IC title again - I miss building.",
                    )
                ],
            ),
            talent("backend", where="Bristol, UK")(
                "Ambrose Vellacott",
                0,
                touches=[
                    mail(
                        75,
                        "I won't go back below a Head of Engineering title, that's where I am now.",
                    )
                ],
            ),
        ],
        **opening({}, BRS_HYBRID),
    ),
    C(
        "wants to stay a hands-on HRBP vs only Head of People roles",
        "cs",
        [
            talent("cs", PEOPLE_PARTNER)(
                "Harriet Okorafor",
                2,
                touches=[
                    ats(
                        60,
                        "Wants to stay hands-on as an HRBP with a big engineering group - not "
                        "interested in leading the function.",
                    )
                ],
            ),
            talent("cs", PEOPLE_PARTNER)(
                "Genevieve Stanhope",
                0,
                touches=[ats(60, "Only looking at Head of People roles from here on.")],
            ),
        ],
        **opening(PEOPLE_ROLE, LDN_HYBRID),
    ),
]

# --- 11. company stage and size -------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants seed to Series A, build from zero vs wants a big stable company after a collapse",
        "backend",
        [
            talent("backend")(
                "Perdita Langstaff",
                2,
                touches=[
                    screen(
                        80,
                        "Wants early stage - seed to Series A, somewhere she can build from zero.",
                    )
                ],
            ),
            talent("backend")(
                "Aurelio Santangelo",
                0,
                touches=[
                    screen(
                        80,
                        "After his last startup imploded he wants a big, stable company - 1,000 "
                        "people plus.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID, offers=["Series A, 25 people, raised £8m in June"]),
    ),
    C(
        "done with startups, wants a corporate pension vs would hate corporate process",
        "data_eng",
        [
            talent("data_eng", where="Edinburgh, UK")(
                "Elspeth Gillanders",
                2,
                touches=[
                    mail(
                        90,
                        "I'm done with startups - four in six years. I want a proper corporate "
                        "with a decent pension and a clear ladder.",
                    )
                ],
            ),
            talent("data_eng", where="Edinburgh, UK")(
                "Hamish Drysdale",
                0,
                touches=[
                    mail(
                        90,
                        "I'd hate a corporate - too much process, too many steering committees.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            EDI_HYBRID,
            description="Own the analytics pipelines for a FTSE 100 bank's retail arm: 60,000 "
            "staff, defined-contribution pension at 12%.",
        ),
    ),
    C(
        "wants scale-up stage, 200 to 800 people vs pre-seed only, employee five",
        "frontend",
        [
            talent("frontend", where="Berlin, Germany")(
                "Lotte Brinkmann",
                2,
                touches=[
                    inmail(
                        85,
                        "Sweet spot for me is scale-up: past product-market fit, still moving "
                        "fast, 200 to 800 people.",
                    )
                ],
            ),
            talent("frontend", where="Berlin, Germany")(
                "Moritz Eberhardt",
                0,
                touches=[
                    inmail(
                        85,
                        "Only pre-seed or seed for me - I want to be employee number five, not "
                        "five hundred.",
                    )
                ],
            ),
        ],
        **opening({}, BER_HYBRID, offers=["Series C scale-up, 450 people across four countries"]),
    ),
    C(
        "left a 12-person startup that ran out of cash vs left one that got acquired and dull",
        "backend",
        [
            talent("backend", where="Manchester, UK")(
                "Florence Entwhistle-Bain",
                0,
                touches=[
                    screen(
                        75,
                        "Left a 12-person startup when it ran out of money two weeks before "
                        "payroll. Wants runway and stability above all.",
                    )
                ],
            ),
            talent("backend", where="Manchester, UK")(
                "Gideon Whitworth",
                2,
                touches=[
                    screen(
                        75,
                        "Left a 12-person startup once it got bought by a corporate and went "
                        "dull. Wants that early buzz again.",
                    )
                ],
            ),
        ],
        **opening({}, MCR_HYBRID, offers=["Series A, 14 people, 18 months of runway"]),
    ),
    C(
        "wants a listed company with liquid RSUs vs wants pre-IPO options",
        "sre",
        [
            talent("sre")(
                "Bartholomew Quarrington",
                2,
                touches=[
                    ats(
                        70,
                        "Wants a listed company - RSUs he can actually sell. Sick of paper "
                        "options.",
                    )
                ],
            ),
            talent("sre")(
                "Valentina Greco",
                1,
                touches=[ats(70, "Wants pre-IPO options with real upside.")],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            offers=["Listed on the London Stock Exchange", "RSUs vesting quarterly"],
        ),
    ),
    C(
        "wary of VC growth at all costs vs wants a VC rocketship",
        "cs",
        [
            talent("cs", where="Lisbon, Portugal")(
                "Mafalda Quintela",
                2,
                touches=[
                    mail(
                        65,
                        "After two down rounds I'm wary of VC-backed growth at all costs. "
                        "Somewhere calm and profitable would be lovely.",
                    )
                ],
            ),
            talent("cs", where="Lisbon, Portugal")(
                "Bernardo Lacerda",
                0,
                touches=[
                    mail(
                        65,
                        "I want a VC rocketship - hypergrowth, Series B to D in three years, that "
                        "kind of ride.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LIS_HYBRID,
            offers=["Bootstrapped and profitable, 60 people, no outside investors"],
        ),
    ),
    C(
        "wants a small team where she knows everyone vs wants a large org's ladders",
        "frontend",
        [
            talent("frontend")(
                "Juniper Ellingham",
                0,
                touches=[
                    ats(
                        55,
                        "Wants a small company, under 50 people, where she knows everyone's name.",
                    )
                ],
            ),
            talent("frontend")(
                "Augustin Delacroix",
                2,
                touches=[
                    ats(
                        55,
                        "Wants the structure of a large org - clear career ladders, a proper L&D "
                        "budget.",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID, offers=["3,000 people across 12 offices", "£2,000 L&D budget"]),
    ),
    C(
        "ex-Google, never going back to Big Tech vs wants Big Tech on the CV",
        "data_eng",
        [
            talent("ml", where="Dublin, Ireland")(
                "Finbarr O'Sullivan",
                0,
                touches=[
                    inmail(
                        100,
                        "Four years at Google was plenty - I'm never going back to Big Tech.",
                    )
                ],
            ),
            talent("ml", where="Dublin, Ireland")(
                "Clíodhna Hegarty",
                2,
                touches=[
                    inmail(
                        100,
                        "Honestly I'd love Big Tech on my CV - one of the big five, in Dublin.",
                    )
                ],
            ),
        ],
        **opening(
            ML_ROLE,
            DUB_HYBRID,
            description="Ranking models at one of the world's largest tech companies, 150,000 "
            "employees, in our Dublin EMEA HQ.",
        ),
    ),
]

# --- 12. industry, mission and technology ---------------------------------------------------

MISSION = [
    C(
        "wants climate impact vs mission doesn't matter, pay and stack first",
        "data_eng",
        [
            talent("data_eng")(
                "Willow Ashcombe",
                2,
                touches=[
                    mail(
                        100,
                        "I want my next job to do something for the climate - I'm tired of "
                        "optimising ad spend.",
                    )
                ],
            ),
            talent("data_eng")(
                "Ferdinand Okafor-Smith",
                1,
                touches=[
                    mail(100, "Mission's not a big thing for me - pay and the stack come first.")
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            offers=["Carbon accounting SaaS helping 2,000 companies cut emissions"],
        ),
    ),
    C(
        "won't work in gambling vs fine with iGaming, ex-Sky Bet",
        "backend",
        [
            talent("backend", where="Leeds, UK")(
                "Declan Oyebode",
                0,
                touches=[
                    screen(
                        60,
                        "Won't work in gambling under any circumstances - his dad's addiction. "
                        "Said it quietly but firmly.",
                    )
                ],
            ),
            talent("backend", where="Leeds, UK")(
                "Liam Sugden",
                2,
                touches=[
                    screen(
                        60,
                        "Ex-Sky Bet, completely fine with iGaming, knows the regs.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(remote_policy="hybrid", location="Leeds, UK"),
            description="Build the services behind our sports betting exchange.",
        ),
    ),
    C(
        "no defence or weapons vs keen on defence since Ukraine",
        "sre",
        [
            talent("sre", where="Bristol, UK")(
                "Marisol Penhaligon",
                0,
                touches=[ats(80, "Hard no on defence or anything weapons-adjacent.")],
            ),
            talent("sre", where="Bristol, UK")(
                "Stanislav Horvath",
                2,
                touches=[
                    ats(
                        80,
                        "Keen on defence tech since Ukraine - wants to help, has SC clearance "
                        "from a previous role.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            BRS_HYBRID,
            description="Run the platform for our defence tech company: autonomy software for "
            "drones used by NATO forces.",
        ),
    ),
    C(
        "no crypto, full stop vs web3-curious",
        "frontend",
        [
            talent("frontend", where="Lisbon, Portugal")(
                "Carolina Esteves",
                0,
                touches=[whatsapp(45, "no crypto, full stop. seen too many friends lose money")],
            ),
            talent("frontend", where="Lisbon, Portugal")(
                "Vasco Pimentel",
                2,
                touches=[
                    whatsapp(45, "web3 curious tbh, would love to try a crypto exchange frontend")
                ],
            ),
        ],
        **opening(
            {},
            LIS_HYBRID,
            description="Build the trading web app for our crypto exchange.",
        ),
    ),
]

TECH = [
    C(
        "Advent of Code in Rust, wants it as the day job vs fought the borrow checker and lost",
        "backend",
        [
            talent("backend")(
                "Caspian Wetherby",
                2,
                touches=[
                    inmail(
                        80,
                        "I've been doing Advent of Code in Rust for three years - I'd love it to "
                        "be my day job.",
                    )
                ],
            ),
            talent("backend")(
                "Hollis Pemberton-Grey",
                0,
                touches=[
                    inmail(
                        80,
                        "Tried Rust, fought the borrow checker for a month and lost. Not for me.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            title="Senior Backend Engineer (Rust)",
            requirements="Rust\nPostgreSQL\nKafka\nAWS",
            offers=["Services in Rust"],
        ),
    ),
    C(
        "keen to move from Java to Go vs wants to stay on the JVM",
        "backend",
        [
            talent("backend", where="Amsterdam, Netherlands")(
                "Diederik Van Houten",
                2,
                touches=[screen(55, "Keen to move from Java to Go, has been learning it.")],
            ),
            talent("backend", where="Amsterdam, Netherlands")(
                "Pieter-Jan Claessens",
                0,
                touches=[screen(55, "Wants to stay in the JVM world - Kotlin or Java only.")],
            ),
        ],
        **opening(
            {},
            AMS_HYBRID,
            title="Senior Backend Engineer (Go)",
            requirements="Go\ngRPC\nPostgreSQL\nKubernetes",
        ),
    ),
    C(
        "back to React after Angular vs Vue only, doesn't like React",
        "frontend",
        [
            talent("frontend", where="Warsaw, Poland")(
                "Aleksandra Zawadzka",
                2,
                touches=[
                    ats(
                        70,
                        "Wants to get back to React after two years stuck on Angular at a bank.",
                    )
                ],
            ),
            talent("frontend", where="Warsaw, Poland")(
                "Wojtek Ciesielski",
                0,
                touches=[ats(70, "Vue only - doesn't enjoy React and doesn't want to go back.")],
            ),
        ],
        **opening({}, WAW_HYBRID),
    ),
    C(
        "wants AWS after years of Azure vs Azure-only, wants to go deeper",
        "sre",
        [
            talent("sre", where="Manchester, UK")(
                "Oswin Hallworth",
                2,
                touches=[
                    screen(
                        65,
                        "Six years on Azure, desperate to get onto AWS - has the SA Associate "
                        "cert.",
                    )
                ],
            ),
            talent("sre", where="Manchester, UK")(
                "Jocasta Prendergast",
                0,
                touches=[
                    screen(
                        65,
                        "Azure only - wants to go deeper on Azure, no interest in AWS.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            MCR_HYBRID,
            requirements="AWS\nTerraform\nKubernetes\nGo",
            description="Run our AWS estate with Terraform.",
        ),
    ),
    C(
        "sick of Kubernetes YAML, we run on ECS vs Kubernetes is her specialism",
        "sre",
        [
            talent("sre", where="Berlin, Germany")(
                "Mattias Lindqvist-Bauer",
                2,
                touches=[
                    mail(
                        90,
                        "Honestly I'm sick of k8s yaml. Somewhere with simpler infra would be a "
                        "relief.",
                    )
                ],
            ),
            talent("sre", where="Berlin, Germany")(
                "Svenja Hollerbach",
                0,
                touches=[
                    mail(
                        90,
                        "Kubernetes is my specialism (CKA, CKS) - I only want roles running it at "
                        "scale.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            BER_HYBRID,
            requirements="AWS ECS\nTerraform\nPrometheus\nGo",
            description="Keep the platform boring. We run on ECS Fargate - no Kubernetes.",
        ),
    ),
    C(
        "wants Spark and Databricks vs SQL-first, dbt forever, no Spark",
        "data_eng",
        [
            talent("data_eng")(
                "Ottilie Sowerbutts",
                2,
                touches=[
                    ats(
                        60,
                        "Wants Spark/Databricks on the CV - dbt+Snowflake for 4 yrs, feels boxed "
                        "in.",
                    )
                ],
            ),
            talent("data_eng")(
                "Lionel Ramsbottom",
                0,
                touches=[ats(60, "SQL-first, dbt forever. No Spark please.")],
            ),
        ],
        **opening(
            {},
            LDN_HYBRID,
            requirements="Spark\nDatabricks\nPython\nDelta Lake",
            description="Build our lakehouse on Databricks.",
        ),
    ),
    C(
        "wants LLMs in production vs fed up with LLM hype, wants classic recsys",
        "data_eng",
        [
            talent("ml")(
                "Anastasia Volkonskaya",
                2,
                touches=[
                    inmail(
                        75,
                        "I want to work on LLMs in production - evals, retrieval, the lot.",
                    )
                ],
            ),
            talent("ml")(
                "Cedric Wainwright",
                0,
                touches=[
                    inmail(
                        75,
                        "Fed up with the LLM hype. I want classic recommender work, not chatbots.",
                    )
                ],
            ),
        ],
        **opening(
            ML_ROLE,
            LDN_HYBRID,
            title="Senior ML Engineer, LLM Platform",
            description="Ship the LLM assistant inside our accounting product: retrieval, evals "
            "and fine-tuning.",
        ),
    ),
    C(
        "native Kotlin only, no React Native vs keen to try React Native",
        "backend",
        [
            talent("backend", ANDROID_ENGINEER)(
                "Ellery Thistlethwaite",
                0,
                touches=[
                    ats(
                        50,
                        "No React Native - native Kotlin only, she's tried RN and didn't enjoy it.",
                    )
                ],
            ),
            talent("backend", ANDROID_ENGINEER)(
                "Tobiah Mukherjee",
                2,
                touches=[
                    ats(
                        50,
                        "Keen to try React Native - knows TypeScript from side projects.",
                    )
                ],
            ),
        ],
        **opening(
            ANDROID_ROLE,
            LDN_HYBRID,
            title="Senior Mobile Engineer (React Native)",
            requirements="React Native\nTypeScript\nAndroid\nMobile CI",
        ),
    ),
]

# --- 13. several notes over time: the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "remote only, then fine with hybrid after moving back vs hybrid, then Cornwall",
        "backend",
        [
            talent("backend")(
                "Aurora Blackstock",
                2,
                touches=[
                    ats(date(2025, 11, 3), "Remote only - living in Devon for now."),
                    ats(
                        date(2026, 9, 21),
                        "Moved back to London in Aug. Happy with hybrid now, two days is fine.",
                    ),
                ],
            ),
            talent("backend")(
                "Horace Winterbottom",
                0,
                touches=[
                    ats(date(2025, 11, 3), "Hybrid is fine, 2 days no problem."),
                    ats(
                        date(2026, 9, 21),
                        "Moved to Cornwall over the summer - remote only from now on.",
                    ),
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "a stop taken back vs a 'keep me posted' turned into a deletion request",
        "data_eng",
        [
            talent("data_eng", where="Amsterdam, Netherlands")(
                "Femke Zandvliet",
                2,
                touches=[
                    mail(
                        date(2026, 3, 9), "Please stop contacting me, I have nothing more to say."
                    ),
                    mail(
                        date(2026, 8, 24),
                        "Sorry for the curt email in March - rough time. I'm actually open to "
                        "moving now, please do send things.",
                    ),
                ],
            ),
            talent("data_eng", where="Amsterdam, Netherlands")(
                "Thijs Koopmans",
                0,
                touches=[
                    mail(date(2026, 3, 9), "Not the right moment for me, but do keep me posted!"),
                    mail(
                        date(2026, 8, 24),
                        "Could you delete my details from your system, please? Thanks.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening({}, AMS_HYBRID),
    ),
    C(
        "a pay ask lowered to fit vs an ask raised after a promotion",
        "backend",
        [
            talent("backend")(
                "Philomena Grayling",
                2,
                touches=[
                    screen(date(2026, 1, 19), "Ask: £120k base."),
                    screen(
                        date(2026, 10, 5),
                        "Revised ask - would take £95k for the right role, values the EMI more "
                        "now.",
                    ),
                ],
            ),
            talent("backend")(
                "Silas Hardcastle",
                0,
                touches=[
                    screen(date(2026, 1, 19), "Ask: £95k base."),
                    screen(
                        date(2026, 10, 5),
                        "Got promoted in Sept - needs £125k now to move.",
                    ),
                ],
            ),
        ],
        **opening({}, LDN_HYBRID, salary_min=90_000, salary_max=100_000, currency="GBP"),
    ),
    C(
        "no travel, then kids older and travel fine vs travel fine, then none",
        "sales",
        [
            talent("sales", SOLUTIONS_ENGINEER)(
                "Marianne Okwu",
                2,
                touches=[
                    inmail(date(2025, 10, 6), "No travel for me while the kids are tiny."),
                    inmail(
                        date(2026, 9, 28),
                        "Update: kids are both at school now, travel's fine - a few trips a month "
                        "is OK.",
                    ),
                ],
            ),
            talent("sales", SOLUTIONS_ENGINEER)(
                "Dorian Faulkner",
                0,
                touches=[
                    inmail(date(2025, 10, 6), "Travel's fine, love being on site."),
                    inmail(
                        date(2026, 9, 28),
                        "Update: my dad's not well, so no travel at all for the foreseeable.",
                    ),
                ],
            ),
        ],
        **opening(
            SE_ROLE,
            LDN_HYBRID,
            description="Run on-site workshops with customers across the UK and Europe, a "
            "few trips a month.",
        ),
    ),
]

# --- 14. the latest process and the stage reached -------------------------------------------

PROCESS = [
    C(
        "lost a final to an internal hire vs a CV screened out in a rush",
        "backend",
        [
            talent("backend")(
                "Wilfred Asquith",
                2,
                apps=[
                    lost_final(
                        230,
                        "Lost to an internal transfer at the final - strong yes from the panel.",
                    )
                ],
            ),
            talent("backend")(
                "Hugo Marchbanks",
                1,
                apps=[
                    app(
                        230,
                        "applied",
                        "rejected",
                        "other",
                        "CV screened out in a rush during the hiring freeze, never properly "
                        "reviewed",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "hired by us in August vs a silver medalist",
        "data_eng",
        [
            talent("data_eng")(
                "Fenella Dunmore",
                0,
                apps=[
                    app(
                        95,
                        "offer",
                        "hired",
                        None,
                        "Offer accepted, started 24 August on the data platform team",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            talent("data_eng")(
                "Cordelia Ashbourne",
                2,
                apps=[
                    lost_final(
                        240,
                        "Close second - panel loved her dbt testing approach",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
    C(
        "a gracious decline to Spotify vs never answered the scheduling emails",
        "frontend",
        [
            talent("frontend")(
                "Tallulah Ravensworth",
                2,
                apps=[
                    said_no(
                        330,
                        "other",
                        "Went with Spotify but loved the team - asked us to stay in touch",
                        role="Frontend Engineer",
                    )
                ],
            ),
            talent("frontend")(
                "Rafferty Kingsley",
                1,
                apps=[
                    app(
                        330,
                        "screen",
                        "withdrew",
                        "no_show",
                        "Never answered the Greenhouse scheduling emails after the recruiter "
                        "screen",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        **opening({}, LDN_HYBRID),
    ),
]

HELDOUT39_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *RESOLVED,
    *NEGATIONS,
    *WORK_MODE,
    *LOCATIONS,
    *LAST_TIME,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LATEST_WORD,
    *PROCESS,
]
