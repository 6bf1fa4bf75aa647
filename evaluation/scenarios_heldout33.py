"""Held-out rediscovery cases, thirty-third set: North American in-house tech recruiters' own
words, written by a thirty-third stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 33") and never tuned to what Encore does. The recruiters are in-house
talent teams at startups and big tech in the SF Bay Area, Seattle, Austin, New York, Denver,
Toronto and Vancouver, hiring software engineers, SREs, data engineers and scientists, ML
engineers, product managers, designers, sales engineers, account executives, customer success
managers and engineering managers. The voices: terse Greenhouse, Lever and Ashby notes with
abbreviations and typos ("cand", "HM", "TC", "w/", "thx", "r/o"), lower-case Slack DMs and texts,
LinkedIn InMail replies, emails from personal addresses, Calendly cancellations, third-person
recruiter write-ups after a coffee or a booth chat, long rambling screen notes that mention
dates without asking for a wait, a formal letter withdrawing consent, and a few lines in Spanish,
Hindi-English and Quebec French. The money and the calendar of the setting run through it: base,
OTE and TC, RSUs, refreshers and one-year cliffs, seed options against public stock, levels (L5,
L6, E5, IC4, Staff), H-1B transfers, green cards in process and AC21, TN, O-1, OPT and STEM OPT,
closed Canadian work permits, return-to-office mandates and badge swipes, on-call rotations,
Thanksgiving, Labor Day, July 4th, perf calibrations and bonus payouts in March.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an InMail "stop", a CCPA deletion logged in Greenhouse, a Slack "never DM me about
   jobs", a Calendly cancellation that asks to be dropped, Quebec French, Hindi-English, a booth
   chat after a rescinded offer, a formal withdrawal of consent, a texted "lose my info", an
   unsubscribe from everything): never shown; beside each a change of channel, an unsubscribe
   from the newsletter only, a new number, a rebooked screen, "not Toronto", "call mat karo,
   WhatsApp karo", an old sting that still hears us out, a withdrawn application, "no to Seattle";
2. waits counted from the day said, each against a twin whose wait has run out: a one-year cliff,
   Q4 accelerators, a code freeze through Thanksgiving, parental leave, "give me six months" after
   a new job, AC21's 180 days, a maternity leave in Spanish, a promotion calibration, a
   sabbatical, a launch at re:Invent;
3. schedule, travel, visa, contract and hours, commute: on-call and pager load, APAC evening
   calls, East Coast hours from Denver, weekend maintenance windows, four tens, 50% travel,
   quarterly offsites, no sponsorship, H-1B transfer against the cap lottery, TN across the
   border, a closed work permit against PR, a spouse's visa, PERM, W-2 contract against FTE,
   C2C, part-time while finishing a degree, contract-to-hire, crunch weeks, Caltrain, the 520
   bridge, the PATH, I-35;
4. pay against the band: base, OTE and split, TC to be made whole or not, CAD against USD, an
   hourly W-2 rate against C2C, refreshers, a current salary that is no ask, a monthly ask;
5. work mode said only in the policy field, the description, the title, the offers, and in
   French; negation and scope ("not opposed to on-call", "the pay wasn't the issue", "never had
   a problem with travel", "not remote-only", ad tech refused but martech fine);
6. location and relocation (a partner's match to Denver, Toronto to Vancouver, Vancouver BC
   against Vancouver WA, back to the Bay, gone to Florida), managing against hands-on and level
   (L5 against L6, Staff, Group PM), company stage and size, mission (climate, defense, health,
   sports betting) and technology (Rust, Azure, Databricks, LLMs);
7. last time's reason resolved by this role or still standing, the history with us (conduct, a
   Calendly no-show, a recent skills gap) and the latest process (hired two months ago, a
   counteroffer last month, an application never screened, a competitor's offer taken);
8. several notes over time where the latest word counts: remote-only softened and the reverse,
   a stop taken back and a "keep me posted" turned into a stop, a pay ask lowered and raised,
   managing wanted then dropped, a green card arrived against STEM OPT running out, a move to
   Seattle refused then planned.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

PM = dict(
    current_title="Senior Product Manager",
    skills=["Product discovery", "Roadmapping", "SQL", "B2B SaaS", "Experimentation"],
    years_experience=7,
    resume_text=(
        "Product manager, seven years in B2B SaaS: owned the billing and permissions roadmap, "
        "ran discovery with enterprise customers, shipped usage-based pricing and ran "
        "experiments with analysts in SQL and Amplitude."
    ),
)
SALES_ENG = dict(
    current_title="Senior Sales Engineer",
    skills=["Technical demos", "POCs", "APIs", "Enterprise sales", "Security reviews"],
    years_experience=6,
    resume_text=(
        "Sales engineer, six years supporting enterprise AEs: discovery calls, custom demos, "
        "POCs against customers' APIs, security questionnaires and RFPs, $9M of influenced ARR."
    ),
)
DATA_SCI = dict(
    current_title="Senior Data Scientist",
    skills=["Python", "Causal inference", "A/B testing", "SQL", "Forecasting"],
    years_experience=6,
    resume_text=(
        "Data scientist, six years in marketplaces: experiment design and readouts, causal "
        "inference for pricing, demand forecasting in Python and SQL, dashboards for execs."
    ),
)
AE_US = dict(
    current_title="Enterprise Account Executive",
    skills=["Enterprise SaaS sales", "MEDDICC", "Salesforce", "Negotiation"],
    years_experience=7,
    resume_text=(
        "Enterprise AE, seven years selling SaaS to Fortune 1000 accounts: $1.6M closed last "
        "fiscal year at 124% of quota, MEDDICC, multi-threaded deals, Salesforce forecasting."
    ),
)
CSM_US = dict(
    current_title="Senior Customer Success Manager",
    skills=["Onboarding", "Renewals", "Expansion", "Gainsight", "QBRs"],
    years_experience=6,
    resume_text=(
        "CSM for 45 mid-market and enterprise accounts: onboarding, QBRs, renewals and "
        "expansion in Gainsight, 112% net revenue retention two years running."
    ),
)


def bench(profile: str, persona: dict | None = None, where: str = "San Francisco, CA"):
    """People of one kind in the talent pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS (Greenhouse, Lever or Ashby), in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def screen(days, text) -> dict:
    """A recruiter's phone-screen write-up."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def coffee(days, text) -> dict:
    """What a recruiter wrote after a coffee, a booth chat or a video call."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def mail(days, text) -> dict:
    """The candidate's email, often from a personal address."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def dm(days, text) -> dict:
    """A Slack DM or a text message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def silver(days, note=None, *, role="Senior Software Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="onsite", past=None, role="Senior Software Engineer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

PM_ROLE = dict(
    title="Senior Product Manager, Billing",
    department="Product",
    seniority="senior",
    requirements="B2B SaaS product management\nDiscovery\nRoadmapping\nSQL",
    description="Own the billing and pricing roadmap for our self-serve and enterprise plans.",
)
SE_ROLE = dict(
    title="Senior Sales Engineer",
    department="Sales",
    seniority="senior",
    requirements="Technical demos\nPOCs\nAPIs\nSecurity reviews",
    description="Partner with enterprise AEs from discovery to technical win.",
)
AE_ROLE = dict(
    title="Enterprise Account Executive",
    department="Sales",
    seniority="senior",
    requirements="Enterprise SaaS sales\nMEDDICC\nSalesforce\nNegotiation",
    description="Own a book of Fortune 1000 accounts across the region.",
)
CSM_ROLE = dict(
    title="Senior Customer Success Manager",
    department="Customer Success",
    seniority="senior",
    requirements="Onboarding\nRenewals\nExpansion\nGainsight",
    description="Own renewals and expansion for 40 enterprise accounts.",
)
DS_ROLE = dict(
    title="Senior Data Scientist, Experimentation",
    department="Data",
    seniority="senior",
    requirements="Python\nA/B testing\nCausal inference\nSQL",
    description="Run the experimentation program for our marketplace.",
)
ML_ROLE = dict(
    title="Senior Machine Learning Engineer",
    department="ML Platform",
    seniority="senior",
    requirements="Python\nPyTorch\nMLOps\nModel serving",
    description="Train and serve the models behind search and recommendations.",
)
DESIGN_ROLE = dict(
    title="Senior Product Designer",
    department="Design",
    seniority="senior",
    requirements="Figma\nUser research\nPrototyping\nDesign systems",
    description="Design the onboarding and admin experience end to end.",
)

# --- where and how they are worked ----------------------------------------------------------

SF_HYBRID = dict(
    remote_policy="hybrid",
    location="San Francisco, CA",
    offers=["Three days a week in our SoMa office (Tue-Thu)"],
)
SF_ONSITE = dict(remote_policy="onsite", location="San Francisco, CA")
PALO_ALTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Palo Alto, CA",
    offers=["Three days a week on our Palo Alto campus"],
)
SEA_ONSITE = dict(remote_policy="onsite", location="Seattle, WA")
SEA_HYBRID = dict(
    remote_policy="hybrid",
    location="Seattle, WA",
    offers=["Two days a week in our South Lake Union office"],
)
AUSTIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Austin, TX",
    offers=["Three days a week at our office in The Domain"],
)
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY",
    offers=["Three days a week in our Hudson Yards office"],
)
NYC_ONSITE = dict(remote_policy="onsite", location="New York, NY")
DENVER_HYBRID = dict(
    remote_policy="hybrid",
    location="Denver, CO",
    offers=["Two days a week in our RiNo office"],
)
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON",
    offers=["Two days a week in our King West office"],
)
VANCOUVER_HYBRID = dict(
    remote_policy="hybrid",
    location="Vancouver, BC",
    offers=["Two days a week in our Gastown office"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
CANADA_REMOTE = dict(remote_policy="remote", location="Remote (Canada)")

PAST_SF_5DAY = dict(
    remote_policy="onsite", location="San Francisco, CA", salary_max=190_000, currency="USD"
)
PAST_NYC = dict(remote_policy="onsite", location="New York, NY", salary_max=200_000, currency="USD")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "an InMail 'stop sending me these, now or ever' vs stop InMails, use my gmail",
        "backend",
        [
            bench("backend")(
                "Thaddeus Okonkwo-Baird",
                0,
                touches=[
                    inmail(
                        45,
                        "Please stop sending me InMails. I'm not interested in your company, "
                        "now or ever.",
                    )
                ],
                excluded=True,
            ),
            bench("backend")(
                "Rosalind Achterberg-Obuya",
                2,
                touches=[
                    inmail(
                        45,
                        "Please stop sending me InMails, I never check LinkedIn. Email my gmail "
                        "instead - I'm very much open to backend roles right now.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "a CCPA deletion logged in Greenhouse vs an old phone number deleted under CCPA",
        "data_eng",
        [
            bench("data_eng", where="Oakland, CA")(
                "Fenwick Aldana",
                0,
                touches=[
                    ats(
                        60,
                        "GH note: cand submitted CCPA request to delete all personal info + opt "
                        "out of recruiting contact. Profile anonymized, tagged DO NOT CONTACT.",
                    )
                ],
                excluded=True,
            ),
            bench("data_eng", where="Oakland, CA")(
                "Ingeborg Salcedo",
                2,
                touches=[
                    ats(
                        60,
                        "GH note: cand sent a CCPA request to delete her OLD cell # (ported it). "
                        "Email on file still good, she wants to hear about DE roles.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "a Slack 'never DM me about jobs' vs don't DM here, email me, I'm looking",
        "sre",
        [
            bench("sre", where="Denver, CO")(
                "Lachlan Worthey",
                0,
                touches=[
                    dm(
                        30,
                        "hey - pls don't DM me about jobs. not now, not later, not here or "
                        "anywhere else. thx",
                    )
                ],
                excluded=True,
            ),
            bench("sre", where="Denver, CO")(
                "Odalys Brennecke",
                2,
                touches=[
                    dm(
                        30,
                        "hey pls don't DM me about jobs in this slack, my boss is in here lol. "
                        "email me - i am def looking",
                    )
                ],
            ),
        ],
        **role({}, DENVER_HYBRID),
    ),
    C(
        "a Calendly cancellation asking to be dropped vs one asking to rebook",
        "frontend",
        [
            bench("frontend", where="Seattle, WA")(
                "Ambrose Tillinghast-Ume",
                0,
                touches=[
                    mail(
                        25,
                        "Calendly: Canceled. Reason: I've decided to stay at Amazon long term. "
                        "Please drop me from your pipeline and don't reach out again.",
                    )
                ],
                excluded=True,
            ),
            bench("frontend", where="Seattle, WA")(
                "Zinnia Marchetti",
                2,
                touches=[
                    mail(
                        25,
                        "Calendly: Canceled. Reason: sprint review got moved onto this slot, so "
                        "sorry! Can we rebook next week? Still keen.",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID),
    ),
    C(
        "Quebec French: take me off your lists vs not Toronto, but Montreal or remote",
        "backend",
        [
            bench("backend", where="Montreal, QC")(
                "Guillaume Thibodeau-Lacasse",
                0,
                touches=[
                    mail(
                        50,
                        "Merci, mais je ne veux plus être contacté par votre équipe. Svp "
                        "retirez-moi de toutes vos listes.",
                    )
                ],
                excluded=True,
            ),
            bench("backend", where="Montreal, QC")(
                "Mélodie Ouellette-Brassard",
                2,
                touches=[
                    mail(
                        50,
                        "Merci! Pas pour le poste à Toronto, je déménage pas. Mais en télétravail "
                        "ou à Montréal, écrivez-moi n'importe quand.",
                    )
                ],
            ),
        ],
        **role({}, CANADA_REMOTE),
    ),
    C(
        "Hindi-English: don't contact me, delete my number vs don't call, WhatsApp me",
        "backend",
        [
            bench("ml", where="Sunnyvale, CA")(
                "Devendra Kumaraswamy",
                0,
                touches=[
                    dm(
                        40,
                        "Bhai please mujhe aur contact mat karo. Not interested in any role, "
                        "kabhi bhi nahi. Mera number delete kar do.",
                    )
                ],
                excluded=True,
            ),
            bench("ml", where="Sunnyvale, CA")(
                "Harshvardhan Ilango",
                2,
                touches=[
                    dm(
                        40,
                        "Bhai abhi meetings mein hoon, call mat karo. WhatsApp pe JD bhej do - "
                        "interested hoon, ML infra ho toh aur bhi accha.",
                    )
                ],
            ),
        ],
        **role(ML_ROLE, PALO_ALTO_HYBRID),
    ),
    C(
        "a booth chat: never wants to hear from us after the rescind vs still stings, will listen",
        "cs",
        [
            bench("cs", PM, "Seattle, WA")(
                "Cordelia Vantongeren",
                0,
                touches=[
                    coffee(
                        70,
                        "Ran into her at our re:Invent booth. She was very clear she never wants "
                        "to hear from our recruiting team again after we rescinded her offer in "
                        "the 2024 freeze. Respect it.",
                    )
                ],
                excluded=True,
            ),
            bench("cs", PM, "Seattle, WA")(
                "Marguerite Osei-Tutu",
                2,
                touches=[
                    coffee(
                        70,
                        "Ran into her at our re:Invent booth. The 2024 rescind still stings, "
                        "she said so, but she'd hear us out if the team is actually funded this "
                        "time. Billing PM would be her sweet spot.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, SEA_HYBRID),
    ),
    C(
        "a formal withdrawal of consent vs a formal withdrawal of one application",
        "data_eng",
        [
            bench("data_eng", DATA_SCI, "New York, NY")(
                "Bartholomew Szczepanik",
                0,
                touches=[
                    mail(
                        90,
                        "Dear Talent Acquisition team, I hereby withdraw my consent to the "
                        "processing of my personal data and request that you cease all "
                        "communication with me. Regards, B. Szczepanik",
                    )
                ],
                excluded=True,
            ),
            bench("data_eng", DATA_SCI, "New York, NY")(
                "Philippa Ravenscroft",
                2,
                touches=[
                    mail(
                        90,
                        "Dear Talent Acquisition team, I am withdrawing my application for the "
                        "Staff Data Scientist role as the timing is wrong. I would welcome "
                        "hearing about future openings. Kind regards, P. Ravenscroft",
                    )
                ],
            ),
        ],
        **role(DS_ROLE, NYC_HYBRID),
    ),
    C(
        "a texted 'lose my contact info' vs no to Seattle, SF though?",
        "sales",
        [
            bench("sales", AE_US, "San Francisco, CA")(
                "Colby Harkavy",
                0,
                touches=[dm(20, "lol no. lose my contact info and don't text this number again")],
                excluded=True,
            ),
            bench("sales", AE_US, "San Francisco, CA")(
                "Dashiell Umemoto",
                2,
                touches=[dm(20, "lol no to the seattle one. SF tho? text me the OTE")],
            ),
        ],
        **role(AE_ROLE, SF_HYBRID),
    ),
    C(
        "unsubscribed from everything incl. recruiters vs from the newsletter only",
        "frontend",
        [
            bench("designer", where="Brooklyn, NY")(
                "Wilhelmina Castellanos",
                0,
                touches=[
                    ats(
                        55,
                        "Lever: cand hit unsubscribe on the talent newsletter AND replied 'this "
                        "goes for your recruiters too, I want zero contact.' Archived, no "
                        "further outreach.",
                    )
                ],
                excluded=True,
            ),
            bench("designer", where="Brooklyn, NY")(
                "Saoirse Delacroix-Ng",
                2,
                touches=[
                    ats(
                        55,
                        "Lever: cand unsubscribed from the talent newsletter (too many emails), "
                        "but replied 'recruiters writing about real roles = still welcome.'",
                    )
                ],
            ),
        ],
        **role(DESIGN_ROLE, NYC_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a one-year cliff on Feb 9 vs one on July 13",
        "data_eng",
        [
            bench("data_eng")(
                "Dariela Montembeault",
                1,
                touches=[
                    mail(
                        date(2026, 10, 14),
                        "Honestly I'm staying put until my one-year cliff on Feb 9 - walking "
                        "away from a quarter of my grant isn't happening. After that, let's talk.",
                    )
                ],
            ),
            bench("data_eng")(
                "Kwabena Ashworth-Li",
                2,
                touches=[
                    mail(
                        date(2026, 4, 20),
                        "Honestly I'm staying put until my one-year cliff on July 13, not "
                        "walking away from a quarter of my grant. After that, let's talk.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "Q4 accelerators pay out in Feb vs Q2 accelerators paid out in August",
        "sales",
        [
            bench("sales", AE_US, "New York, NY")(
                "Tiernan Valladares",
                1,
                touches=[
                    screen(
                        date(2026, 11, 9),
                        "AE, 140% to plan. Q4 is her qtr - won't move before accelerators pay "
                        "out in Feb. re-engage mid Feb.",
                    )
                ],
            ),
            bench("sales", AE_US, "New York, NY")(
                "Juniper Kowalczyk",
                2,
                touches=[
                    screen(
                        date(2026, 6, 8),
                        "AE, 131% to plan. Q2 is her big qtr - won't move before the "
                        "accelerators pay out in Aug. Re-engage after.",
                    )
                ],
            ),
        ],
        **role(AE_ROLE, NYC_HYBRID),
    ),
    C(
        "a code freeze until after Thanksgiving vs a migration until after Labor Day",
        "sre",
        [
            bench("sre", where="Denver, CO")(
                "Everett Nakashima-Cole",
                1,
                touches=[
                    dm(
                        date(2026, 11, 2),
                        "heads down on the black friday code freeze until after thanksgiving. "
                        "ping me first week of dec?",
                    )
                ],
            ),
            bench("sre", where="Denver, CO")(
                "Soledad Henningsen",
                2,
                touches=[
                    dm(
                        date(2026, 7, 27),
                        "heads down on the k8s migration until after labor day. ping me in sept?",
                    )
                ],
            ),
        ],
        **role({}, DENVER_HYBRID),
    ),
    C(
        "parental leave through March vs parental leave through June",
        "frontend",
        [
            bench("frontend", where="Seattle, WA")(
                "Annelise Broussard",
                1,
                touches=[
                    ats(
                        date(2026, 10, 5),
                        "Ashby note: on parental leave w/ baby #2 thru end of March. Not "
                        "interviewing before April, said so herself.",
                    )
                ],
            ),
            bench("frontend", where="Seattle, WA")(
                "Fiorella Lindgren-Obi",
                2,
                touches=[
                    ats(
                        date(2026, 3, 2),
                        "Ashby note: on parental leave w/ her first thru end of June. Not "
                        "interviewing before July, her words.",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID),
    ),
    C(
        "'give me six months' three weeks into Rippling vs into Plaid in March",
        "backend",
        [
            bench("backend", where="Chicago, IL")(
                "Benedikt Oyelaran",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 26),
                        "Appreciate it! I literally just started at Rippling three weeks ago, "
                        "so give me six months before pitching me anything.",
                    )
                ],
            ),
            bench("backend", where="Chicago, IL")(
                "Cosimo Fairweather",
                2,
                touches=[
                    inmail(
                        date(2026, 3, 16),
                        "Appreciate it! I literally just joined Plaid, so give me six months "
                        "before you pitch me anything.",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE),
    ),
    C(
        "AC21's 180 days from an August I-485 vs from a January one",
        "backend",
        [
            bench("ml", where="Mountain View, CA")(
                "Raghunandan Pillai",
                1,
                touches=[
                    screen(
                        date(2026, 9, 21),
                        "I-485 filed in Aug. Can't port under AC21 till it's been pending 180 "
                        "days so ~mid Feb at the earliest. Reach back then.",
                    )
                ],
            ),
            bench("ml", where="Mountain View, CA")(
                "Anantha Subramanyam",
                2,
                touches=[
                    screen(
                        date(2026, 2, 9),
                        "I-485 filed early Jan. Can't port under AC21 until pending 180 days, "
                        "so July earliest. Reach back then.",
                    )
                ],
            ),
        ],
        **role(ML_ROLE, PALO_ALTO_HYBRID),
    ),
    C(
        "Spanish: maternity leave to the end of January vs to the end of July",
        "cs",
        [
            bench("cs", CSM_US, "Austin, TX")(
                "Ximena Arriaga-Ledesma",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "¡Gracias por pensar en mí! Estoy de licencia por maternidad hasta "
                        "finales de enero. Hablamos en febrero, ¿sí?",
                    )
                ],
            ),
            bench("cs", CSM_US, "Austin, TX")(
                "Graciela Benavídez",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "¡Gracias por acordarte de mí! Estoy de licencia por maternidad hasta "
                        "finales de julio. Hablamos en agosto, ¿va?",
                    )
                ],
            ),
        ],
        **role(CSM_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "a Director calibration landing in March vs a Sr Mgr one that landed in June",
        "manager",
        [
            bench("manager", where="Seattle, WA")(
                "Ignatius Wexford",
                1,
                touches=[
                    coffee(
                        date(2026, 9, 14),
                        "Coffee w/ him at Storyville. He's up for Director in the H1 "
                        "calibration, results land in March. Asked us to hold off till he knows.",
                    )
                ],
            ),
            bench("manager", where="Seattle, WA")(
                "Leopoldo Castellví",
                2,
                touches=[
                    coffee(
                        date(2026, 3, 9),
                        "Coffee w/ him at Victrola. Up for Sr Mgr in mid-year calibration, "
                        "results land in June. Asked us to hold off till he hears.",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID),
    ),
    C(
        "a sabbatical on the Te Araroa to April vs on the PCT to September",
        "frontend",
        [
            bench("designer", where="Brooklyn, NY")(
                "Quillon Abernethy",
                1,
                (
                    "Taking a sabbatical to through-hike the Te Araroa - back stateside mid-April, "
                    "not before",
                    date(2026, 10, 1),
                ),
            ),
            bench("designer", where="Brooklyn, NY")(
                "Henrietta Solvang",
                2,
                (
                    "Taking a sabbatical to hike the PCT - back in Brooklyn mid-September, not "
                    "before",
                    date(2026, 3, 30),
                ),
            ),
        ],
        **role(DESIGN_ROLE, NYC_HYBRID),
    ),
    C(
        "a launch at re:Invent, circle back in January vs a launch at Summit, circle back in June",
        "sales",
        [
            bench("sales", SALES_ENG, "Toronto, ON")(
                "Percival Mbeki-Hart",
                1,
                touches=[
                    mail(
                        date(2026, 10, 28),
                        "We launch at re:Invent in early December and I'm on the keynote demo. "
                        "Please circle back after the holidays, ideally the 2nd week of January.",
                    )
                ],
            ),
            bench("sales", SALES_ENG, "Toronto, ON")(
                "Nkechi Vandermolen",
                2,
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "We launch at Snowflake Summit in early June and I'm running the demo. "
                        "Please circle back once it's done, like late June.",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, TORONTO_HYBRID),
    ),
]

# --- 3. schedule ------------------------------------------------------------------------------

SCHEDULE = [
    C(
        "done with pager duty forever vs on-call fine if paid and six deep, a 1-in-6 rotation",
        "sre",
        [
            bench("sre", where="Seattle, WA")(
                "Augustin Pemberton-Yoo",
                0,
                touches=[
                    screen(
                        40,
                        "Screen: 3 yrs of 3am pages at current co, done w/ pager duty. No "
                        "on-call, period - hard r/o.",
                    )
                ],
            ),
            bench("sre", where="Seattle, WA")(
                "Marisol Eckhardt",
                2,
                touches=[
                    screen(
                        40,
                        "Screen: on-call is fine as long as it's compensated and the rotation is "
                        "6+ deep. Current one is 3 ppl, that's the problem.",
                    )
                ],
            ),
        ],
        **role(
            {},
            SEA_HYBRID,
            offers=["On-call one week in six, $1,000 stipend per on-call week"],
        ),
    ),
    C(
        "no evening calls, daycare pickup vs APAC evening calls no biggie",
        "cs",
        [
            bench("cs", CSM_US, "San Francisco, CA")(
                "Rosemary Takahashi-Bell",
                0,
                touches=[
                    mail(
                        35,
                        "I can't do evening calls - daycare pickup at 5:30 and then it's bath and "
                        "bedtime. Anything after 5pm PT is a no.",
                    )
                ],
            ),
            bench("cs", CSM_US, "San Francisco, CA")(
                "Tobiah Lindqvist-Moreno",
                2,
                touches=[
                    mail(
                        35,
                        "Evening calls with APAC are no biggie for me, I'm a night owl anyway "
                        "and I'd rather start late.",
                    )
                ],
            ),
        ],
        **role(
            CSM_ROLE,
            SF_HYBRID,
            description="Own renewals for our APAC enterprise accounts; customer calls run "
            "6-9pm Pacific three evenings a week.",
        ),
    ),
    C(
        "nothing before 9 Mountain vs prefers an early start, East Coast hours from Denver",
        "sales",
        [
            bench("sales", SALES_ENG, "Denver, CO")(
                "Lysander Quist",
                0,
                touches=[
                    dm(
                        28,
                        "not a morning person at all, anything before 9 MT kills me. late "
                        "starts pls",
                    )
                ],
            ),
            bench("sales", SALES_ENG, "Denver, CO")(
                "Magdalena Fitzsimmons",
                2,
                touches=[
                    dm(
                        28,
                        "i actually prefer an early start, love being done by 3 for my kid's "
                        "pickup",
                    )
                ],
            ),
        ],
        **role(
            SE_ROLE,
            DENVER_HYBRID,
            offers=["Covers East Coast accounts: 7am-3:30pm Mountain, Mon-Fri"],
        ),
    ),
    C(
        "no weekend deploys ever vs monthly weekend windows are fine",
        "backend",
        [
            bench("backend", where="Austin, TX")(
                "Cressida Oyinlola",
                0,
                touches=[
                    ats(
                        50,
                        "GH: cand won't do weekend deploys or maintenance windows - weekends are "
                        "for her kids' soccer. Non-negotiable.",
                    )
                ],
            ),
            bench("backend", where="Austin, TX")(
                "Jebediah Santangelo",
                2,
                touches=[
                    ats(
                        50,
                        "GH: cand OK w/ a Saturday maintenance window once a month if he gets "
                        "the Monday off. Has done it at Dell.",
                    )
                ],
            ),
        ],
        **role(
            {},
            AUSTIN_HYBRID,
            offers=["One Saturday maintenance window a month, comp day the following Monday"],
        ),
    ),
    C(
        "wants a four-day week, even four tens vs hates ten-hour days, a 4x10 team",
        "data_eng",
        [
            bench("data_eng", where="Denver, CO")(
                "Aurelio Pennington",
                2,
                ("Wants a 4-day week. Would happily do 4x10s to get Fridays back", 60),
            ),
            bench("data_eng", where="Denver, CO")(
                "Briony Castellano",
                0,
                ("Would hate 10-hour days; needs to be offline by 5 every weekday", 60),
            ),
        ],
        **role({}, DENVER_HYBRID, offers=["Compressed schedule: four 10-hour days, Fridays off"]),
    ),
]

# --- 4. travel --------------------------------------------------------------------------------

TRAVEL = [
    C(
        "a couple of trips a quarter at most vs loves the road, a 50% travel AE role",
        "sales",
        [
            bench("sales", AE_US, "Austin, TX")(
                "Garrison Odunsi",
                0,
                touches=[
                    screen(
                        30,
                        "2 kids under 5 - cand says no more than a couple trips a qtr, max. "
                        "50% travel would be a hard no.",
                    )
                ],
            ),
            bench("sales", AE_US, "Austin, TX")(
                "Delphine Vasquez-Hale",
                2,
                touches=[
                    screen(
                        30,
                        "Loves being on the road, Marriott Titanium lol. 50% travel totally "
                        "fine, wants in-person exec meetings.",
                    )
                ],
            ),
        ],
        **role(AE_ROLE, AUSTIN_HYBRID, offers=["Up to 50% travel to customer sites in Texas"]),
    ),
    C(
        "Zoom demos only vs misses going onsite with customers, 25% travel",
        "sales",
        [
            bench("sales", SALES_ENG, "Chicago, IL")(
                "Fitzgerald Ohanian-Boateng",
                0,
                ("Doesn't want to travel at all - Zoom demos only from now on", 45),
            ),
            bench("sales", SALES_ENG, "Chicago, IL")(
                "Rosalba Whitlock",
                2,
                ("Zoom fatigue is real; misses going onsite with customers for POCs", 45),
            ),
        ],
        **role(SE_ROLE, US_REMOTE, offers=["About 25% travel for onsite POCs and QBRs"]),
    ),
    C(
        "remote and happy to fly to offsites vs remote and no overnights, quarterly offsites",
        "backend",
        [
            bench("backend", where="Boise, ID")(
                "Ottoline Vashchenko-Reid",
                2,
                touches=[
                    mail(
                        60,
                        "Remote is a must but I'm totally happy to fly out for offsites 4x a "
                        "year, honestly I'd enjoy it.",
                    )
                ],
            ),
            bench("backend", where="Boise, ID")(
                "Caspian Okafor-Lund",
                0,
                touches=[
                    mail(
                        60,
                        "Remote only, and no overnight travel - I'm my dad's carer and can't "
                        "leave him for nights away.",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE, offers=["Fully remote; four team offsites a year (3 nights each)"]),
    ),
    C(
        "left Oracle over 70% travel vs misses the road, a no-travel role",
        "sales",
        [
            bench("sales", SALES_ENG, "Dallas, TX")(
                "Wendeline Castro-Pike",
                2,
                touches=[
                    screen(
                        75,
                        "Left Oracle bc the role was 70% travel and she never saw her family. "
                        "Wants a desk-based SE gig.",
                    )
                ],
            ),
            bench("sales", SALES_ENG, "Dallas, TX")(
                "Horatio Blankenship",
                0,
                touches=[
                    screen(
                        75,
                        "Left Oracle for a remote SE gig and is bored stiff - misses the road, "
                        "wants lots of customer travel again.",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, US_REMOTE, offers=["No travel: all demos and POCs are virtual"]),
    ),
]

# --- 5. visa ----------------------------------------------------------------------------------

VISA = [
    C(
        "needs an H-1B transfer vs green card since 2024, a no-sponsorship role",
        "backend",
        [
            bench("backend", where="Seattle, WA")(
                "Vikramaditya Rao-Chen",
                0,
                touches=[screen(40, "On H-1B at Expedia, would need a transfer to move.")],
            ),
            bench("backend", where="Seattle, WA")(
                "Anjali Marchbanks",
                2,
                touches=[
                    screen(40, "Was on H-1B, got her green card in 2024 - no sponsorship needed.")
                ],
            ),
        ],
        **role(
            {},
            SEA_HYBRID,
            description="Build the services behind our ordering platform. Must be authorized "
            "to work in the US; we are unable to sponsor visas for this role.",
        ),
    ),
    C(
        "an H-1B transfer vs a new cap petition from STEM OPT, transfers only",
        "data_eng",
        [
            bench("data_eng", DATA_SCI, "Jersey City, NJ")(
                "Shravani Deshpande",
                2,
                touches=[
                    ats(
                        35,
                        "H-1B (cap already counted), just needs a transfer. Has I-797 in hand.",
                    )
                ],
            ),
            bench("data_eng", DATA_SCI, "Jersey City, NJ")(
                "Tadeusz Olabode",
                1,
                touches=[
                    ats(
                        35,
                        "On STEM OPT till May 2027, would need us to put him in the H-1B "
                        "lottery in March.",
                    )
                ],
            ),
        ],
        **role(
            DS_ROLE,
            NYC_HYBRID,
            offers=["We sponsor H-1B transfers; we do not file new cap-subject petitions"],
        ),
    ),
    C(
        "a Canadian happy to go on a TN vs a Canadian who won't live in the US, Seattle on-site",
        "sre",
        [
            bench("sre", where="Vancouver, BC")(
                "Callum Desrosiers",
                2,
                touches=[
                    inmail(
                        50,
                        "Canadian citizen, comp eng degree, so TN is easy for me. Happy to "
                        "move down to Seattle for the right team.",
                    )
                ],
            ),
            bench("sre", where="Vancouver, BC")(
                "Evangeline Marchbank-Oduro",
                0,
                touches=[
                    inmail(
                        50,
                        "Canadian, and I don't want to live in the States - staying in "
                        "Vancouver no matter what.",
                    )
                ],
            ),
        ],
        **role({}, SEA_ONSITE, offers=["TN visa support and relocation to Seattle"]),
    ),
    C(
        "a closed work permit needing an LMIA vs Canadian PR, a no-LMIA Toronto role",
        "frontend",
        [
            bench("frontend", where="Toronto, ON")(
                "Aravind Gopalakrishnan",
                0,
                touches=[
                    screen(
                        45,
                        "Closed work permit tied to Shopify; a move would need an LMIA. PR "
                        "application not filed yet.",
                    )
                ],
            ),
            bench("frontend", where="Toronto, ON")(
                "Oluwaseun Bergström",
                2,
                touches=[
                    screen(
                        45,
                        "Got PR last spring, open to any employer - no LMIA or permit needed.",
                    )
                ],
            ),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            description="Own the customer web app. Candidates must already be eligible to work "
            "in Canada; we can't support an LMIA.",
        ),
    ),
    C(
        "a citizen whose wife is on an H-1B vs on OPT needing H-1B next year, no sponsorship",
        "backend",
        [
            bench("ml", where="San Jose, CA")(
                "Nathaniel Chakraborty",
                2,
                touches=[
                    screen(
                        30,
                        "US citizen. His wife is on an H-1B at Cisco so they're staying in the "
                        "Bay till her green card comes - that's her visa, not his.",
                    )
                ],
            ),
            bench("ml", where="San Jose, CA")(
                "Yevgenia Abramczyk",
                0,
                touches=[
                    screen(
                        30,
                        "On OPT, will need H-1B sponsorship next year. Not in the lottery yet.",
                    )
                ],
            ),
        ],
        **role(
            ML_ROLE,
            PALO_ALTO_HYBRID,
            description="Train and serve the models behind search. US work authorization "
            "required; no visa sponsorship now or in the future.",
        ),
    ),
    C(
        "I-485 pending and portable vs PERM just filed and won't restart it",
        "backend",
        [
            bench("backend", where="Austin, TX")(
                "Siddhartha Venkatesan",
                2,
                touches=[
                    screen(
                        55,
                        "I-485 pending well past 180 days, so he can port under AC21 to a "
                        "same-or-similar SWE role. Ready to move.",
                    )
                ],
            ),
            bench("backend", where="Austin, TX")(
                "Prashanthi Manoharan",
                0,
                touches=[
                    screen(
                        55,
                        "PERM just filed by her employer. Won't move until the green card is "
                        "done - not restarting the whole process.",
                    )
                ],
            ),
        ],
        **role({}, AUSTIN_HYBRID, offers=["Green card sponsorship for existing I-485 cases"]),
    ),
]

# --- 6. contract and hours ------------------------------------------------------------------

CONTRACT = [
    C(
        "FTE only, needs benefits vs prefers contract since the layoff, a 6-month W-2 contract",
        "data_eng",
        [
            bench("data_eng", where="Portland, OR")(
                "Gwendolyn Ahiagbede",
                0,
                ("FTE only - needs real benefits, health insurance for a family of four", 40),
            ),
            bench("data_eng", where="Portland, OR")(
                "Leontyne Vasconcelos",
                2,
                ("Prefers contract work since the layoff; 1099 or W-2 both fine", 40),
            ),
        ],
        **role(
            {},
            US_REMOTE,
            title="Data Engineer (6-month contract, W-2)",
            offers=["6-month W-2 contract via our staffing partner, no benefits"],
        ),
    ),
    C(
        "C2C through his LLC only vs took a contract after the layoff but wants FTE, an FTE role",
        "backend",
        [
            bench("backend", where="Dallas, TX")(
                "Mortimer Agyemang",
                0,
                touches=[
                    screen(
                        35,
                        "Only does C2C through his LLC, $ reasons. Not interested in going "
                        "back to W-2 employee.",
                    )
                ],
            ),
            bench("backend", where="Dallas, TX")(
                "Rhiannon Stavropoulos",
                2,
                touches=[
                    screen(
                        35,
                        "Took a C2C contract after the Jan layoff to pay the bills, really "
                        "wants a full-time role w/ benefits again.",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE, offers=["Full-time W-2 role, 401k with 4% match, medical"]),
    ),
    C(
        "three days a week while finishing her MS vs needs full-time, a 24-hour role",
        "frontend",
        [
            bench("frontend", where="Vancouver, BC")(
                "Philomène Sorensen",
                2,
                touches=[
                    mail(
                        45,
                        "I'm finishing my MS at UBC till next summer, so ~3 days a week would "
                        "be ideal. Part-time is exactly what I want.",
                    )
                ],
            ),
            bench("frontend", where="Vancouver, BC")(
                "Torsten Abiodun",
                0,
                touches=[
                    mail(
                        45,
                        "Need full-time, can't make rent in Vancouver on part-time hours.",
                    )
                ],
            ),
        ],
        **role(
            {},
            VANCOUVER_HYBRID,
            title="Frontend Engineer (Part-time, 24 hrs/week)",
        ),
    ),
    C(
        "no contract-to-hire, burned before vs C2H fine with a 90-day conversion",
        "sre",
        [
            bench("sre", where="Denver, CO")(
                "Jocasta Penhaligon",
                0,
                touches=[
                    dm(
                        30,
                        "no contract-to-hire. got burned at twilio-adjacent place, 'conversion' "
                        "never happened. FTE from day 1 or nothing",
                    )
                ],
            ),
            bench("sre", where="Denver, CO")(
                "Bogdan Ferreira-Walsh",
                2,
                touches=[dm(30, "c2h is fine by me if conversion is in writing at 90 days")],
            ),
        ],
        **role(
            {},
            DENVER_HYBRID,
            offers=["Contract-to-hire: converts to full-time after 90 days"],
        ),
    ),
    C(
        "done with 60-hour weeks vs crunch before launches is fine, a seed-stage team",
        "backend",
        [
            bench("backend")(
                "Auberon Stiles-Mwangi",
                0,
                ("Done with 60-hour startup weeks; wants a sustainable 40", 70),
            ),
            bench("backend")(
                "Carys Fernández-Holt",
                2,
                ("Doesn't mind crunch before a launch, as long as it isn't every week", 70),
            ),
        ],
        **role(
            {},
            SF_ONSITE,
            offers=["Seed stage: we work hard, 50-60 hours in launch weeks"],
        ),
    ),
]

# --- 7. commute -------------------------------------------------------------------------------

COMMUTE = [
    C(
        "won't Caltrain to SF three days vs works on the train, both in San Jose",
        "backend",
        [
            bench("backend", where="San Jose, CA")(
                "Emmerich Nwachukwu",
                0,
                touches=[
                    screen(
                        30,
                        "Lives in SJ. Will not do Caltrain to the city 3x/wk - max 30 min door "
                        "to door.",
                    )
                ],
            ),
            bench("backend", where="San Jose, CA")(
                "Lucinda Haverford",
                2,
                touches=[
                    screen(
                        30,
                        "Lives in SJ. Caltrain to SF is fine, she works on the train, bullet "
                        "gets her in by 9.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "the 520 bridge is a dealbreaker vs doesn't mind the 520 bus, both in Bellevue",
        "data_eng",
        [
            bench("data_eng", where="Bellevue, WA")(
                "Thornton Mabuza",
                0,
                touches=[dm(25, "520 bridge traffic is a dealbreaker. eastside offices only")],
            ),
            bench("data_eng", where="Bellevue, WA")(
                "Aoibheann Castellanos",
                2,
                touches=[dm(25, "don't mind the 520 bus into SLU, podcasts ftw")],
            ),
        ],
        **role({}, SEA_ONSITE, offers=["Five days a week in South Lake Union"]),
    ),
    C(
        "the PATH under 40 minutes is fine vs no more NYC commute, both in Jersey City",
        "cs",
        [
            bench("cs", PM, "Jersey City, NJ")(
                "Leocadia Amundsen",
                2,
                touches=[mail(40, "The PATH to 33rd St is under 40 min for me, totally doable.")],
            ),
            bench("cs", PM, "Jersey City, NJ")(
                "Barnabas Eze-Whitfield",
                0,
                touches=[
                    mail(
                        40,
                        "No more commuting into Manhattan for me - NJ offices or remote only.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, NYC_HYBRID),
    ),
    C(
        "nothing downtown, I-35 is hell vs won't drive up to north Austin, a Domain office",
        "backend",
        [
            bench("backend", where="Round Rock, TX")(
                "Isadora Kincaid",
                2,
                touches=[
                    screen(
                        45,
                        "Lives in Round Rock. Nothing downtown - I-35 into downtown is hell. "
                        "North Austin is fine.",
                    )
                ],
            ),
            bench("backend", where="San Marcos, TX")(
                "Ruairi Delgado-Finch",
                0,
                touches=[
                    screen(
                        45,
                        "Lives in San Marcos. Won't commute up to north Austin, an hour each way "
                        "on a good day.",
                    )
                ],
            ),
        ],
        **role({}, AUSTIN_HYBRID),
    ),
]

# --- 8. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "needs $250k base minimum vs ~$200k base, a $185-215k L5 band",
        "backend",
        [
            bench("backend", where="Seattle, WA")(
                "Cornelius Adebayo-Stone",
                0,
                touches=[screen(30, "Base floor $250k, won't entertain less. RSUs on top.")],
            ),
            bench("backend", where="Seattle, WA")(
                "Mireille Tanaka-Grant",
                2,
                touches=[screen(30, "Looking for ~$200k base, TC around $300k w/ RSUs.")],
            ),
        ],
        **role(
            {},
            SEA_HYBRID,
            salary_min=185_000,
            salary_max=215_000,
            currency="USD",
            offers=["L5: $185-215k base plus RSUs"],
        ),
    ),
    C(
        "$150k base and no 50/50 split vs OTE 220+ with 50/50 fine, a $240k OTE role",
        "sales",
        [
            bench("sales", AE_US, "New York, NY")(
                "Fairfax Olumide",
                0,
                touches=[
                    ats(
                        40,
                        "Wants $150k base minimum, won't do a 50/50 split again - too much "
                        "at risk.",
                    )
                ],
            ),
            bench("sales", AE_US, "New York, NY")(
                "Giada Henriksen",
                2,
                touches=[ats(40, "OTE 220+ w/ a 50/50 split is fine, uncapped commission a plus.")],
            ),
        ],
        **role(AE_ROLE, NYC_HYBRID, offers=["OTE $240k, 50/50 split ($120k base), uncapped"]),
    ),
    C(
        "TC $420k at Meta to be made whole vs TC $420k, happy to take a base cut for equity",
        "backend",
        [
            bench("ml", where="Menlo Park, CA")(
                "Hyacinth Abernathy-Oduya",
                0,
                touches=[
                    screen(
                        50,
                        "E5 at Meta, TC ~$420k. Needs to be made whole on TC to move, no "
                        "exceptions.",
                    )
                ],
            ),
            bench("ml", where="Menlo Park, CA")(
                "Sebastián Kuroda",
                2,
                touches=[
                    screen(
                        50,
                        "E5 at Meta, TC ~$420k. Happy to drop to ~$180k base for meaningful "
                        "early equity, doesn't need to be made whole.",
                    )
                ],
            ),
        ],
        **role(
            ML_ROLE,
            SF_HYBRID,
            salary_min=170_000,
            salary_max=190_000,
            currency="USD",
            offers=["Series A: $170-190k base plus 0.3-0.5% in options"],
        ),
    ),
    C(
        "165k CAD vs 165k USD, a CAD 150-170k Toronto band",
        "backend",
        [
            bench("backend", where="Toronto, ON")(
                "Oriel Tremblay-Asante",
                2,
                touches=[inmail(40, "Targeting 165k CAD base, flexible on bonus.")],
            ),
            bench("backend", where="Toronto, ON")(
                "Paschal Lindahl",
                0,
                touches=[inmail(40, "Targeting 165k USD base - I know what US teams pay.")],
            ),
        ],
        **role({}, TORONTO_HYBRID, salary_min=150_000, salary_max=170_000, currency="CAD"),
    ),
    C(
        "$90 an hour W-2 vs $130 an hour C2C minimum, an $85-95/hr W-2 contract",
        "data_eng",
        [
            bench("data_eng", where="Phoenix, AZ")(
                "Ysolde Mbatha",
                2,
                touches=[dm(30, "$90/hr W-2 works for me")],
            ),
            bench("data_eng", where="Phoenix, AZ")(
                "Crispin Ogunleye",
                0,
                touches=[dm(30, "$130/hr C2C min, not going W-2")],
            ),
        ],
        **role(
            {},
            US_REMOTE,
            title="Data Engineer (Contract, W-2)",
            offers=["$85-95/hour W-2, 12 months"],
        ),
    ),
    C(
        "wants real refreshers after hers stopped vs no word on pay, a refresher-heavy offer",
        "frontend",
        [
            bench("frontend", where="Redmond, WA")(
                "Ludovica Harrowgate",
                2,
                (
                    "Wants meaningful annual refreshers - current co stopped refreshing after the "
                    "layoff and her TC is falling off a cliff",
                    60,
                ),
            ),
            bench("frontend", where="Redmond, WA")(
                "Kenji Mortensen-Adu",
                1,
                ("Enjoys design systems work and pairing with designers", 60),
            ),
        ],
        **role({}, SEA_HYBRID, offers=["Annual RSU refreshers for every level, 4-year vest"]),
    ),
    C(
        "at $160k wanting $175k vs at $160k wanting $230k, a $170-195k band",
        "cs",
        [
            bench("cs", DATA_SCI, "Denver, CO")(
                "Tamsin Oyelowo",
                2,
                touches=[screen(35, "Currently $160k base, wants $175k to move.")],
            ),
            bench("cs", DATA_SCI, "Denver, CO")(
                "Lorcan Villanueva",
                0,
                touches=[screen(35, "Currently $160k base, but won't move for less than $230k.")],
            ),
        ],
        **role(DS_ROLE, DENVER_HYBRID, salary_min=170_000, salary_max=195_000, currency="USD"),
    ),
    C(
        "12k a month CAD vs 15k a month, a CAD 140-160k Vancouver band",
        "frontend",
        [
            bench("designer", where="Vancouver, BC")(
                "Solenne Achebe-Ward",
                2,
                touches=[mail(40, "Looking for about $12k a month CAD before tax.")],
            ),
            bench("designer", where="Vancouver, BC")(
                "Fintan Okoye",
                0,
                touches=[mail(40, "Looking for $15k a month CAD minimum before tax.")],
            ),
        ],
        **role(
            DESIGN_ROLE, VANCOUVER_HYBRID, salary_min=140_000, salary_max=160_000, currency="CAD"
        ),
    ),
]

# --- 9. work mode said in one place only ------------------------------------------------------

WORK_MODE = [
    C(
        "remote in the policy field only: wants no commute vs misses the office daily",
        "sre",
        [
            bench("sre", where="Salt Lake City, UT")(
                "Ansel Kowalewski",
                2,
                touches=[screen(30, "Wants fully remote, moved out of the Bay to SLC in 2025.")],
            ),
            bench("sre", where="Salt Lake City, UT")(
                "Perpetua Adjei",
                0,
                touches=[screen(30, "Wants to be in an office every day, WFH is killing her.")],
            ),
        ],
        **role({}, dict(remote_policy="remote", location="Remote (US)")),
    ),
    C(
        "five days at Austin HQ in the description only: remote only vs wants the office back",
        "data_eng",
        [
            bench("data_eng", where="Austin, TX")(
                "Clementine Okwuosa",
                0,
                touches=[ats(30, "Remote only. Won't badge in anywhere.")],
            ),
            bench("data_eng", where="Austin, TX")(
                "Ruben Halvorsen",
                2,
                touches=[ats(30, "Wants to be back in an office full time, misses whiteboarding.")],
            ),
        ],
        **role(
            {},
            dict(location="Austin, TX"),
            description="Own the analytics pipelines. This is an in-office role at our Austin "
            "HQ, five days a week, with badge swipes tracked.",
        ),
    ),
    C(
        "remote in the title only: done with the Muni vs needs people around",
        "frontend",
        [
            bench("frontend")(
                "Sunniva Okorie",
                2,
                touches=[inmail(35, "Remote please - done with the Muni forever.")],
            ),
            bench("frontend")(
                "Mordecai Ellingsworth",
                0,
                touches=[
                    inmail(35, "Office roles only for me, I need people around to stay sane.")
                ],
            ),
        ],
        **role({}, dict(location="United States"), title="Senior Frontend Engineer (Remote, US)"),
    ),
    C(
        "four days a week in the offers only: one day max vs likes in-person days",
        "backend",
        [
            bench("backend", where="New York, NY")(
                "Evadne Sorokina",
                0,
                touches=[mail(40, "One day a week in the office, max. More than that's a no.")],
            ),
            bench("backend", where="New York, NY")(
                "Thelonious Achterberg-Ruiz",
                2,
                touches=[mail(40, "Four days in is honestly fine, I like in-person days.")],
            ),
        ],
        **role(
            {},
            dict(location="New York, NY"),
            offers=["Four days a week in our Flatiron office", "Commuter benefits"],
        ),
    ),
    C(
        "an RTO mandate in the description: left over the last one vs wants to be in",
        "cs",
        [
            bench("cs", CSM_US, "Seattle, WA")(
                "Guinevere Obuya",
                0,
                touches=[
                    screen(
                        50,
                        "Quit Amazon over the 5-day RTO mandate. Fully remote or she's not "
                        "interested.",
                    )
                ],
            ),
            bench("cs", CSM_US, "Seattle, WA")(
                "Hamish Nakagawa",
                2,
                touches=[
                    screen(
                        50,
                        "Actually likes being in the office 5 days, remote CSM job at current "
                        "co is lonely.",
                    )
                ],
            ),
        ],
        **role(
            CSM_ROLE,
            dict(location="Seattle, WA"),
            description="Own renewals for 40 enterprise accounts. Our return-to-office policy "
            "is five days a week in South Lake Union.",
        ),
    ),
    C(
        "Quebec French description of a full-time office: télétravail only vs likes the office",
        "backend",
        [
            bench("backend", where="Montreal, QC")(
                "Anatole Gagnon-Mbala",
                0,
                touches=[mail(40, "Je cherche du télétravail à 100 %, c'est non négociable.")],
            ),
            bench("backend", where="Montreal, QC")(
                "Éloïse Pelletier-Kwan",
                2,
                touches=[
                    mail(40, "J'aime travailler au bureau, j'habite à 10 minutes du Mile-End.")
                ],
            ),
        ],
        **role(
            {},
            dict(location="Montreal, QC"),
            description="Poste au bureau du Mile-End, cinq jours par semaine, pas de télétravail.",
        ),
    ),
]

# --- 10. negation and scope -----------------------------------------------------------------

NEGATIONS = [
    C(
        "'not opposed to on-call' vs 'opposed to on-call', an on-call SRE role",
        "sre",
        [
            bench("sre", where="Toronto, ON")(
                "Bronwen Castellucci",
                2,
                touches=[screen(35, "Not opposed to on-call, has done 1-in-5 for years.")],
            ),
            bench("sre", where="Toronto, ON")(
                "Ignacio Lindgren",
                0,
                touches=[screen(35, "Opposed to on-call, has done 1-in-5 for years and is fried.")],
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["On-call one week in five"]),
    ),
    C(
        "'the pay wasn't the issue, the 5-day RTO was' vs the reverse, a richer 5-day role",
        "backend",
        [
            bench("backend")(
                "Lavinia Okparaeke",
                0,
                touches=[
                    screen(
                        40,
                        "Turned down Salesforce - the pay wasn't the issue, the 5-day RTO was.",
                    )
                ],
            ),
            bench("backend")(
                "Cormac Villiers-Ojo",
                2,
                touches=[
                    screen(
                        40,
                        "Turned down Salesforce - the RTO wasn't the issue, the pay was. $30k "
                        "under what he asked.",
                    )
                ],
            ),
        ],
        **role(
            {},
            SF_ONSITE,
            salary_min=210_000,
            salary_max=240_000,
            currency="USD",
            offers=["Five days a week in our SoMa office", "$210-240k base"],
        ),
    ),
    C(
        "never had a problem with travel vs travel has always been a problem",
        "sales",
        [
            bench("sales", CSM_US, "Chicago, IL")(
                "Sigourney Balogun",
                2,
                ("Never had a problem with travel - did 40% at her last CSM job", 50),
            ),
            bench("sales", CSM_US, "Chicago, IL")(
                "Radomir Ashcombe",
                0,
                ("Travel has always been a problem - sole parent, no overnights", 50),
            ),
        ],
        **role(CSM_ROLE, US_REMOTE, offers=["30% travel for onsite QBRs"]),
    ),
    C(
        "'not remote-only, I'd go in 2-3 days' vs 'remote-only, not hybrid'",
        "data_eng",
        [
            bench("data_eng", where="Denver, CO")(
                "Ottilie Nakamura-Fisk",
                2,
                touches=[inmail(30, "I'm not remote-only - I'd go in 2-3 days for a good team.")],
            ),
            bench("data_eng", where="Denver, CO")(
                "Bertrand Oyebanji",
                0,
                touches=[inmail(30, "I'm remote-only, not hybrid - for a good team or not.")],
            ),
        ],
        **role({}, DENVER_HYBRID),
    ),
    C(
        "no objection to managing vs no interest in managing, an EM role",
        "manager",
        [
            bench("manager", where="Austin, TX")(
                "Henrike Adebowale",
                2,
                touches=[screen(40, "No objection to managing - been acting TL for a year.")],
            ),
            bench("manager", where="Austin, TX")(
                "Ptolemy Garside-Reyes",
                0,
                touches=[
                    screen(40, "No interest in managing - been acting TL for a year, hated it.")
                ],
            ),
        ],
        **role({}, AUSTIN_HYBRID, offers=["Manage a team of six engineers"]),
    ),
    C(
        "ad tech refused but martech fine vs martech and ad tech both refused, a martech role",
        "data_eng",
        [
            bench("data_eng", DATA_SCI, "New York, NY")(
                "Imogen Fairbairn-Osei",
                2,
                ("Won't work in ad tech again - but martech (email, CRM, lifecycle) is fine", 45),
            ),
            bench("data_eng", DATA_SCI, "New York, NY")(
                "Casimir Oduro",
                0,
                ("Won't work in ad tech or martech again - anything that sells attention", 45),
            ),
        ],
        **role(
            DS_ROLE,
            NYC_HYBRID,
            description="Run experimentation for our lifecycle marketing platform (email, SMS "
            "and CRM journeys for B2C brands).",
        ),
    ),
]

# --- 11. location and relocation ------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Denver in March for a partner's match vs staying in Chicago for the kids",
        "backend",
        [
            bench("backend", where="Chicago, IL")(
                "Rowena Achterberg-Silva",
                2,
                touches=[
                    mail(
                        50,
                        "Big news - my partner matched at UCHealth so we're moving to Denver in "
                        "March! Would love something local there.",
                    )
                ],
            ),
            bench("backend", where="Chicago, IL")(
                "Dmitri Okoth",
                0,
                touches=[
                    mail(
                        50,
                        "We're staying in Chicago no matter what, the kids' schools are sorted. "
                        "Not relocating.",
                    )
                ],
            ),
        ],
        **role({}, DENVER_HYBRID),
    ),
    C(
        "sick of Toronto winters, wants Vancouver vs GTA only, a Vancouver role",
        "sre",
        [
            bench("sre", where="Toronto, ON")(
                "Marcelline Beaudry",
                2,
                ("Sick of Toronto winters - would move west to Vancouver in a heartbeat", 60),
            ),
            bench("sre", where="Toronto, ON")(
                "Wystan Ogundipe",
                0,
                ("Toronto/GTA only, all his family is in Mississauga", 60),
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "moving to Vancouver, WA vs Vancouver, BC, a Gastown role",
        "frontend",
        [
            bench("frontend", where="Calgary, AB")(
                "Ophelia Brandvold",
                0,
                touches=[
                    screen(
                        40,
                        "Moving to Vancouver, WA (not BC!) in Jan - partner's job at PeaceHealth. "
                        "Needs US-side work.",
                    )
                ],
            ),
            bench("frontend", where="Calgary, AB")(
                "Augustus Lemaire-Otieno",
                2,
                touches=[
                    screen(
                        40,
                        "Moving to Vancouver, BC in Jan - partner got a postdoc at UBC. Wants "
                        "something downtown.",
                    )
                ],
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "wants back to the Bay, parents in San Mateo vs SoCal only, a Palo Alto role",
        "backend",
        [
            bench("ml", where="Los Angeles, CA")(
                "Honora Vashti-Kim",
                2,
                ("Wants to move back to the Bay Area - parents in San Mateo are getting older", 55),
            ),
            bench("ml", where="Los Angeles, CA")(
                "Lazarus Ferncliffe",
                0,
                ("SoCal only, never moving back to the Bay", 55),
            ),
        ],
        **role(ML_ROLE, PALO_ALTO_HYBRID),
    ),
    C(
        "back in Astoria since September vs moved to Florida for good, a Hudson Yards role",
        "frontend",
        [
            bench("designer", where="Astoria, NY")(
                "Seraphina Oduya",
                2,
                touches=[inmail(45, "Back in NYC as of September, in Astoria now. Looking!")],
            ),
            bench("designer", where="Miami, FL")(
                "Reinhold Castañeda",
                0,
                touches=[
                    inmail(
                        45,
                        "Moved to Miami for good, no state income tax. Not coming back to NY.",
                    )
                ],
            ),
        ],
        **role(DESIGN_ROLE, NYC_HYBRID),
    ),
]

# --- 12. managing and level -----------------------------------------------------------------

LEVEL = [
    C(
        "back to IC after two years managing vs tech lead wanting EM, an EM role",
        "manager",
        [
            bench("manager", where="Seattle, WA")(
                "Florentin Adeyemi-Walsh",
                0,
                ("After two years as an EM wants to go back to IC - misses coding", 50),
            ),
            bench("manager", where="Seattle, WA")(
                "Brielle Okonjo",
                2,
                ("Tech lead ready to make the jump to engineering manager", 50),
            ),
        ],
        **role({}, SEA_HYBRID),
    ),
    C(
        "doing Staff scope at L5 wants the title vs wants to stay Senior, a Staff role",
        "backend",
        [
            bench("backend")(
                "Theodora Mwale",
                2,
                touches=[
                    screen(
                        40,
                        "L5 at Google but has been doing Staff scope for 2 yrs - wants the "
                        "Staff title and level.",
                    )
                ],
            ),
            bench("backend")(
                "Quentin Abara",
                0,
                touches=[
                    screen(
                        40,
                        "L5 at Google, wants to stay Senior - doesn't want Staff's org-wide "
                        "glue work.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID, seniority="staff", title="Staff Software Engineer"),
    ),
    C(
        "won't go back to L5 from L6 vs would take a level down for real scope, an L5 role",
        "backend",
        [
            bench("backend", where="Kirkland, WA")(
                "Benedetta Okafor-Shaw",
                0,
                touches=[ats(35, "L6 at Google Kirkland. Won't go back to an L5, full stop.")],
            ),
            bench("backend", where="Kirkland, WA")(
                "Torquil Anyanwu",
                2,
                touches=[
                    ats(
                        35,
                        "L6 at Google Kirkland. Would take a level down at a smaller co if the "
                        "scope is real.",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID, title="Senior Software Engineer (L5)"),
    ),
    C(
        "wants manager of managers vs wants a hands-on first-line team, a 6-IC EM role",
        "manager",
        [
            bench("manager")(
                "Cyrille Ndiaye",
                0,
                ("Runs three teams today; only wants manager-of-managers roles now", 45),
            ),
            bench("manager")(
                "Rosamund Okeke",
                2,
                ("Wants a first-line EM job, still hands-on in code reviews", 45),
            ),
        ],
        **role({}, SF_HYBRID, offers=["Lead one team of six ICs"]),
    ),
    C(
        "wants Group PM managing PMs vs wants to stay an IC PM, a Senior PM role",
        "cs",
        [
            bench("cs", PM, "Denver, CO")(
                "Aldous Mensah-Larsen",
                0,
                touches=[screen(40, "Wants a GPM role managing 3-4 PMs. IC PM is a step back.")],
            ),
            bench("cs", PM, "Denver, CO")(
                "Perdita Olawale",
                2,
                touches=[screen(40, "Wants to stay an IC PM, no people mgmt - loves the craft.")],
            ),
        ],
        **role(PM_ROLE, DENVER_HYBRID),
    ),
]

# --- 13. company stage and size -------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants to be employee #10-30 vs after two failed startups wants FAANG, a seed team",
        "backend",
        [
            bench("backend")(
                "Wolfgang Adichie",
                2,
                ("Wants to be employee #10-30 somewhere, loves 0-to-1", 50),
            ),
            bench("backend")(
                "Esmeralda Sowande",
                0,
                ("After two startups folded, wants FAANG-level stability", 50),
            ),
        ],
        **role({}, SF_HYBRID, offers=["Seed stage, 12 people, $8M raised"]),
    ),
    C(
        "wants big-co stability after a Series B layoff vs allergic to big-co process",
        "data_eng",
        [
            bench("data_eng", where="Redmond, WA")(
                "Ingrid Balogun-Hayes",
                2,
                touches=[
                    screen(
                        45,
                        "Laid off from a Series B in Sept. Wants big-co stability and real "
                        "health benefits this time.",
                    )
                ],
            ),
            bench("data_eng", where="Redmond, WA")(
                "Barnaby Nwosu",
                0,
                touches=[
                    screen(
                        45,
                        "Allergic to big-co bureaucracy, did 5 yrs at Microsoft and never again.",
                    )
                ],
            ),
        ],
        **role(
            {},
            SEA_HYBRID,
            offers=["Fortune 50 company, 200,000 employees, stable for decades"],
        ),
    ),
    C(
        "post-PMF, Series B to D vs pre-seed and seed only, a Series C company",
        "frontend",
        [
            bench("frontend", where="Austin, TX")(
                "Clemency Ayodele",
                2,
                ("Wants a post-PMF company, Series B to D - not seed again", 40),
            ),
            bench("frontend", where="Austin, TX")(
                "Jasper Nakamura-Oyelaran",
                0,
                ("Pre-seed and seed only, wants to be there from day one", 40),
            ),
        ],
        **role({}, AUSTIN_HYBRID, offers=["Series C, 300 people, $60M ARR"]),
    ),
    C(
        "wants liquid RSUs vs only early equity upside, a public company",
        "sre",
        [
            bench("sre")(
                "Winifred Achebe-Lund",
                2,
                touches=[
                    inmail(40, "Done with paper options - I want liquid RSUs at a public co.")
                ],
            ),
            bench("sre")(
                "Cassius Oyelaran-Frost",
                0,
                touches=[
                    inmail(40, "Only interested in early equity upside, no public companies.")
                ],
            ),
        ],
        **role({}, SF_HYBRID, offers=["Public company (NYSE), RSUs vest quarterly"]),
    ),
]

# --- 14. mission, industry ------------------------------------------------------------------

MISSION = [
    C(
        "wants grid and battery work vs wants consumer social, a climate-tech role",
        "data_eng",
        [
            bench("data_eng", where="Oakland, CA")(
                "Aurora Mbeki-Lindqvist",
                2,
                ("Wants climate work - grid, batteries, anything decarbonization", 40),
            ),
            bench("data_eng", where="Oakland, CA")(
                "Hector Abimbola",
                0,
                ("Wants consumer social, not interested in energy or hardware-adjacent work", 40),
            ),
        ],
        **role({}, SF_HYBRID, offers=["Mission: grid-scale battery storage software"]),
    ),
    C(
        "won't work on weapons vs ex-Navy wants defense tech, a defense-tech role",
        "backend",
        [
            bench("backend", where="Costa Mesa, CA")(
                "Ulrike Amadi",
                0,
                touches=[screen(40, "Hard no on defense/weapons, ethical line for her.")],
            ),
            bench("backend", where="Costa Mesa, CA")(
                "Gideon Falkenrath",
                2,
                touches=[
                    screen(40, "Ex-Navy, wants to work in defense tech, has an active secret.")
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Costa Mesa, CA"),
            offers=["Defense technology: autonomous systems for the DoD"],
        ),
    ),
    C(
        "wants healthcare after her mom's treatment vs no more HIPAA, a healthtech role",
        "frontend",
        [
            bench("frontend", where="Boston, MA")(
                "Margarethe Osei-Bonsu",
                2,
                ("Wants to work in healthcare after her mom's cancer treatment", 50),
            ),
            bench("frontend", where="Boston, MA")(
                "Caradoc Nwankwo",
                0,
                (
                    "Never doing HIPAA-heavy healthcare again, the compliance overhead was brutal",
                    50,
                ),
            ),
        ],
        **role({}, US_REMOTE, offers=["Healthtech: oncology care navigation for patients"]),
    ),
    C(
        "no sports betting, family history vs huge sports fan, a sportsbook",
        "backend",
        [
            bench("backend", where="Denver, CO")(
                "Philippe Oyewusi",
                0,
                touches=[dm(30, "no gambling, no sports betting. family history, not going there")],
            ),
            bench("backend", where="Denver, CO")(
                "Kiri Mendelsohn",
                2,
                touches=[dm(30, "huge sports fan, a sportsbook would be a dream tbh")],
            ),
        ],
        **role({}, DENVER_HYBRID, offers=["Online sportsbook, live betting in 20 states"]),
    ),
]

# --- 15. technology -------------------------------------------------------------------------

TECH = [
    C(
        "wants out of Java into Rust vs no interest in Rust, a Rust role",
        "backend",
        [
            bench("backend", where="Seattle, WA")(
                "Ambrosia Kettering",
                2,
                ("Wants out of Java and into Rust in production", 40),
            ),
            bench("backend", where="Seattle, WA")(
                "Lothar Osondu",
                0,
                ("No interest in learning Rust; Go and Python only", 40),
            ),
        ],
        **role({}, SEA_HYBRID, offers=["Stack: Rust services on AWS"]),
    ),
    C(
        "never touching Azure again vs Azure certified and prefers it, an Azure shop",
        "sre",
        [
            bench("sre", where="Redmond, WA")(
                "Ferdinand Achterberg-Oke",
                0,
                touches=[ats(35, "Never touching Azure again (his words). GCP or AWS only.")],
            ),
            bench("sre", where="Redmond, WA")(
                "Valentina Okunade",
                2,
                touches=[ats(35, "AZ-305 certified, prefers Azure, knows AKS inside out.")],
            ),
        ],
        **role({}, SEA_HYBRID, offers=["Platform on Azure: AKS, Terraform, Azure DevOps"]),
    ),
    C(
        "wants to move from Snowflake to Databricks vs Snowflake and dbt only",
        "data_eng",
        [
            bench("data_eng", where="Austin, TX")(
                "Genevieve Oyinlola-Park",
                2,
                ("Wants to move from Snowflake to Databricks and the lakehouse world", 50),
            ),
            bench("data_eng", where="Austin, TX")(
                "Maximilian Adeleke",
                0,
                ("Snowflake and dbt only - not interested in Spark or Databricks", 50),
            ),
        ],
        **role({}, AUSTIN_HYBRID, offers=["Stack: Databricks, Spark, Delta Lake"]),
    ),
    C(
        "wants LLMs and RAG vs tired of LLM hype, a GenAI role",
        "backend",
        [
            bench("ml")(
                "Oksana Whitby",
                2,
                touches=[inmail(40, "I want to work on LLMs - RAG, fine-tuning, evals.")],
            ),
            bench("ml")(
                "Barnard Oyelowo-Reyes",
                0,
                touches=[
                    inmail(40, "Tired of the LLM hype, want classic recsys and ranking work.")
                ],
            ),
        ],
        **role(ML_ROLE, SF_HYBRID, offers=["Build our LLM platform: RAG, fine-tuning, evals"]),
    ),
]

# --- 16. last time's reason: resolved by this role, or still standing -----------------------

RESOLVED = [
    C(
        "declined over a 5-day RTO, this role is remote vs declined over on-call, same on-call",
        "sre",
        [
            bench("sre")(
                "Cosima Featherstonehaugh",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Declined - 5 days in SoMa was a dealbreaker, lives in Sonoma.",
                        past=PAST_SF_5DAY,
                        role="Senior SRE",
                    )
                ],
            ),
            bench("sre")(
                "Eamon Adewale-Price",
                0,
                apps=[
                    declined(
                        260,
                        "other",
                        "Declined - 1-in-3 on-call rotation was too heavy.",
                        past=PAST_SF_5DAY,
                        role="Senior SRE",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE, offers=["Fully remote", "On-call one week in three"]),
    ),
    C(
        "asked $210k against a $190k cap, new band $200-230k vs asked $260k",
        "backend",
        [
            bench("backend")(
                "Juliana Mbatha-Rhys",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Asked $210k base, band capped at $190k.",
                        past=PAST_SF_5DAY,
                    )
                ],
            ),
            bench("backend")(
                "Osric Fennimore",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Asked $260k base, band capped at $190k. Wouldn't budge.",
                        past=PAST_SF_5DAY,
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID, salary_min=200_000, salary_max=230_000, currency="USD"),
    ),
    C(
        "withdrew for lack of sponsorship, this role sponsors vs withdrew over moving to NYC",
        "data_eng",
        [
            bench("data_eng", where="Philadelphia, PA")(
                "Anuradha Wickramasinghe",
                2,
                apps=[
                    withdrew(
                        240,
                        "other",
                        "Withdrew - we couldn't sponsor her H-1B transfer at the time.",
                        past=PAST_NYC,
                        role="Data Engineer",
                    )
                ],
            ),
            bench("data_eng", where="Philadelphia, PA")(
                "Hollis Ekwueme",
                0,
                apps=[
                    withdrew(
                        240,
                        "location",
                        "Withdrew - wouldn't relocate to NYC from Philly.",
                        past=PAST_NYC,
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **role({}, NYC_ONSITE, offers=["H-1B transfer sponsorship", "Relocation package"]),
    ),
    C(
        "declined an L4, wanted L5, this is L5 vs declined an L5, wanted Staff",
        "backend",
        [
            bench("backend", where="Seattle, WA")(
                "Peregrine Adomako",
                2,
                apps=[
                    declined(
                        200,
                        "experience_level",
                        "Offered L4, he wanted L5 - declined.",
                    )
                ],
            ),
            bench("backend", where="Seattle, WA")(
                "Marigold Oyebode",
                0,
                apps=[
                    declined(
                        200,
                        "experience_level",
                        "Offered L5, she wanted L6/Staff - declined.",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID, title="Senior Software Engineer (L5)"),
    ),
    C(
        "withdrew over seed risk, this is public vs over the crypto pivot, still crypto",
        "frontend",
        [
            bench("frontend")(
                "Dorothea Nwachukwu-Bell",
                2,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Withdrew: seed-stage equity too risky w/ a new mortgage, wanted "
                        "liquidity.",
                        role="Frontend Engineer",
                    )
                ],
            ),
            bench("frontend")(
                "Anselm Kovačević",
                0,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Withdrew: didn't believe in the crypto pivot, no web3 for him.",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        **role(
            {},
            SF_HYBRID,
            offers=["Public company, liquid RSUs", "Building our crypto wallet product"],
        ),
    ),
    C(
        "declined over 50% travel, this is 10% vs declined over the Palo Alto commute, same campus",
        "sales",
        [
            bench("sales", SALES_ENG)(
                "Eudora Okpara",
                2,
                apps=[
                    declined(
                        230,
                        "other",
                        "Declined: 50% travel, not with a newborn.",
                        role="Sales Engineer",
                    )
                ],
            ),
            bench("sales", SALES_ENG)(
                "Lysandra Whitcombe-Obi",
                0,
                apps=[
                    declined(
                        230,
                        "location",
                        "Declined: SF to Palo Alto 3x a week was too much of a commute.",
                        role="Sales Engineer",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, PALO_ALTO_HYBRID, offers=["About 10% travel", "Palo Alto campus"]),
    ),
]

# --- 17. the history with us ----------------------------------------------------------------

LAST_TIME = [
    C(
        "rude to our coordinator, flagged do-not-rehire vs a skills gap two years ago",
        "backend",
        [
            bench("backend")(
                "Lucius Okwuosa-Grant",
                0,
                apps=[
                    app(
                        150,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Berated our coordinator on the phone over a reschedule. HM + TA lead "
                        "agreed: do not re-engage.",
                    )
                ],
            ),
            bench("backend")(
                "Cordula Ferreira-Ashe",
                2,
                apps=[
                    app(
                        720,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Light on distributed systems at the time; promising, revisit in a year "
                        "or two.",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "no-showed the Calendly screen twice vs rescheduled once with notice",
        "cs",
        [
            bench("cs", CSM_US, "Austin, TX")(
                "Dempsey Abara-Lowe",
                0,
                apps=[
                    app(
                        60,
                        "screen",
                        "rejected",
                        "no_show",
                        "No-show x2 on Calendly, no reply to follow-ups.",
                        role="Customer Success Manager",
                    )
                ],
            ),
            bench("cs", CSM_US, "Austin, TX")(
                "Philippina Osei",
                2,
                apps=[
                    silver(
                        200,
                        "Rescheduled her screen once with a day's notice; strong final, lost to "
                        "an internal transfer.",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **role(CSM_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "weak system design at an onsite in September vs two years ago",
        "backend",
        [
            bench("backend", where="New York, NY")(
                "Rupert Adjoa-Mensah",
                0,
                apps=[
                    app(
                        60,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Weak on system design at the onsite - couldn't scale the design past "
                        "one box.",
                    )
                ],
            ),
            bench("backend", where="New York, NY")(
                "Elspeth Onwuachi",
                2,
                apps=[
                    app(
                        760,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Weak on system design at the onsite; coding strong.",
                    )
                ],
            ),
        ],
        **role({}, NYC_HYBRID),
    ),
    C(
        "lost a final to an internal transfer vs screened out as too junior in August",
        "data_eng",
        [
            bench("data_eng", where="Toronto, ON")(
                "Severine Adekunle",
                2,
                apps=[silver(280, "Lost to an internal transfer at the final, HM loved her.")],
            ),
            bench("data_eng", where="Toronto, ON")(
                "Tancredi Nwafor",
                0,
                apps=[
                    app(
                        100,
                        "screen",
                        "rejected",
                        "experience_level",
                        "Too junior for senior scope per HM screen.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "dismissive of junior engineers in the loop vs lost at the final to a headcount freeze",
        "manager",
        [
            bench("manager")(
                "Godfrey Ashdown-Eze",
                0,
                apps=[
                    app(
                        130,
                        "final",
                        "rejected",
                        "culture_fit",
                        "Dismissive of junior engineers' questions in the panel; two "
                        "interviewers flagged it independently.",
                        role="Engineering Manager",
                    )
                ],
            ),
            bench("manager")(
                "Evangelina Mwangi-Hart",
                2,
                apps=[
                    app(
                        210,
                        "final",
                        "position_closed",
                        "headcount",
                        "Req frozen the week of her final, panel was a unanimous yes.",
                        role="Engineering Manager",
                    )
                ],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
]

# --- 18. the latest process and stage reached -----------------------------------------------

PROCESS = [
    C(
        "hired by us two months ago vs a silver medalist from the spring",
        "backend",
        [
            bench("backend")(
                "Hildegard Obiora",
                0,
                apps=[
                    app(
                        60,
                        "offer",
                        "hired",
                        None,
                        "Accepted! Started on the Payments team in Sept.",
                    )
                ],
            ),
            bench("backend")(
                "Casimira Ekpenyong",
                2,
                apps=[silver(200, "Lost the Payments final to one other cand, close call.")],
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "took a counteroffer three weeks ago vs lost a final eight months ago",
        "sre",
        [
            bench("sre", where="Vancouver, BC")(
                "Leander Okafor-Voss",
                0,
                apps=[
                    declined(
                        21,
                        "counteroffer",
                        "Took the counter from his current co - retention RSUs + promo.",
                        role="Senior SRE",
                    )
                ],
            ),
            bench("sre", where="Vancouver, BC")(
                "Iolanthe Baptiste",
                2,
                apps=[silver(240, role="Senior SRE")],
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "an application never screened vs a final round",
        "frontend",
        [
            bench("frontend", where="Denver, CO")(
                "Barnaby Oyeleke-Hunt",
                1,
                apps=[
                    app(
                        180,
                        "applied",
                        "position_closed",
                        "headcount",
                        "Req closed before anyone reviewed the applicants.",
                        role="Frontend Engineer",
                    )
                ],
            ),
            bench("frontend", where="Denver, CO")(
                "Theophania Castleberry",
                2,
                apps=[silver(180, role="Frontend Engineer")],
            ),
        ],
        **role({}, DENVER_HYBRID),
    ),
    C(
        "withdrew at the onsite for a competitor two weeks ago vs for a family emergency last year",
        "data_eng",
        [
            bench("data_eng", where="Seattle, WA")(
                "Fabrizio Adeyinka",
                0,
                apps=[
                    withdrew(
                        14,
                        "other",
                        "Withdrew before the onsite - accepted an offer at Snowflake.",
                        role="Data Engineer",
                    )
                ],
            ),
            bench("data_eng", where="Seattle, WA")(
                "Marisela Oyekan",
                2,
                apps=[
                    withdrew(
                        420,
                        "timing",
                        "Withdrew before the onsite - family emergency, asked us to keep her in "
                        "mind.",
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **role({}, SEA_HYBRID),
    ),
]

# --- 19. several notes over time: the latest word counts -----------------------------------

LATEST_WORD = [
    C(
        "remote-only in March, hybrid fine in October vs the reverse, a hybrid role",
        "backend",
        [
            bench("backend", where="Austin, TX")(
                "Gianmarco Osei-Tutu",
                2,
                touches=[
                    screen(date(2026, 3, 16), "Remote only, zero office days for him."),
                    screen(
                        date(2026, 10, 12),
                        "Update: moved to Mueller, 10 min from the Domain - hybrid is fine now.",
                    ),
                ],
            ),
            bench("backend", where="Austin, TX")(
                "Rosalind Ekwueme-Day",
                0,
                touches=[
                    screen(date(2026, 3, 16), "Happy w/ hybrid, 3 days in is fine."),
                    screen(
                        date(2026, 10, 12),
                        "Update: moved out to Dripping Springs, remote only from here on.",
                    ),
                ],
            ),
        ],
        **role({}, AUSTIN_HYBRID),
    ),
    C(
        "a stop in February taken back in October vs keep me posted, then a stop",
        "data_eng",
        [
            bench("data_eng")(
                "Mattias Oyenuga",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Pls stop emailing me about roles, thx."),
                    mail(
                        date(2026, 10, 5),
                        "Hey - I know I told you to stop emailing back in Feb, but my team just "
                        "got reorged out of existence. I'm looking now, please reach out.",
                    ),
                ],
            ),
            bench("data_eng")(
                "Clotilde Adebisi",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Not now, but keep me posted!"),
                    mail(
                        date(2026, 10, 5),
                        "Please take me off your list and don't contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role({}, SF_HYBRID),
    ),
    C(
        "pay ask lowered to fit the band vs raised above it",
        "sales",
        [
            bench("sales", AE_US, "Denver, CO")(
                "Ferris Oduya-Lamb",
                2,
                touches=[
                    ats(date(2026, 4, 6), "OTE ask $300k, base $150k."),
                    ats(
                        date(2026, 10, 19),
                        "Revised: $250k OTE is fine now, prioritizing a good territory.",
                    ),
                ],
            ),
            bench("sales", AE_US, "Denver, CO")(
                "Octavia Bamidele",
                0,
                touches=[
                    ats(date(2026, 4, 6), "OTE ask $250k, flexible."),
                    ats(
                        date(2026, 10, 19),
                        "Revised: won't look under $320k OTE after her President's Club year.",
                    ),
                ],
            ),
        ],
        **role(AE_ROLE, DENVER_HYBRID, offers=["OTE $240-260k, 50/50 split"]),
    ),
    C(
        "wanted to manage, then back to IC vs IC, then ready to manage, an EM role",
        "manager",
        [
            bench("manager", where="Toronto, ON")(
                "Bartholomea Nyambura",
                0,
                touches=[
                    coffee(date(2026, 2, 23), "Wants her first EM role this year."),
                    coffee(
                        date(2026, 9, 28),
                        "Tried managing for 6 months on an interim basis - hated it, wants to "
                        "stay IC.",
                    ),
                ],
            ),
            bench("manager", where="Toronto, ON")(
                "Jovan Achterberg-Koh",
                2,
                touches=[
                    coffee(date(2026, 2, 23), "Happy as a senior IC, no mgmt for now."),
                    coffee(
                        date(2026, 9, 28),
                        "Did interim mgmt for 6 months, loved it - now wants an EM role for real.",
                    ),
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "needed a transfer, then got a green card vs on OPT, then STEM OPT runs out",
        "backend",
        [
            bench("ml", where="Seattle, WA")(
                "Kalyani Subramaniam",
                2,
                touches=[
                    screen(date(2026, 3, 2), "H-1B, would need a transfer."),
                    mail(
                        date(2026, 10, 26),
                        "Good news - my green card was approved last week! No sponsorship "
                        "needed anymore.",
                    ),
                ],
            ),
            bench("ml", where="Seattle, WA")(
                "Dhruv Balakrishnan",
                0,
                touches=[
                    screen(date(2026, 3, 2), "On OPT, no sponsorship needed for now."),
                    mail(
                        date(2026, 10, 26),
                        "Heads up, my STEM OPT ends in January so I'll need H-1B sponsorship "
                        "for any new role.",
                    ),
                ],
            ),
        ],
        **role(
            ML_ROLE,
            SEA_HYBRID,
            description="Train and serve the models behind search. We are unable to sponsor "
            "visas for this role.",
        ),
    ),
    C(
        "refused Seattle in spring, now moving there vs keen on Seattle, now staying in Portland",
        "frontend",
        [
            bench("frontend", where="Portland, OR")(
                "Annika Oyelaran-Bose",
                2,
                touches=[
                    inmail(date(2026, 4, 13), "Not moving to Seattle, sorry."),
                    inmail(
                        date(2026, 10, 19),
                        "Plot twist - we bought a place in Ballard, moving in December. Seattle "
                        "roles very welcome now!",
                    ),
                ],
            ),
            bench("frontend", where="Portland, OR")(
                "Hamid Castellanos-Reid",
                0,
                touches=[
                    inmail(date(2026, 4, 13), "Would love to move to Seattle."),
                    inmail(
                        date(2026, 10, 19),
                        "Change of plans, we're staying in Portland for my wife's job. No "
                        "Seattle roles pls.",
                    ),
                ],
            ),
        ],
        **role({}, SEA_ONSITE),
    ),
]

HELDOUT33_CASES: list[Case] = [
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
    *LAST_TIME,
    *PROCESS,
    *LATEST_WORD,
]
