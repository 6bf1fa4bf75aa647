"""Held-out rediscovery cases, thirty-fifth set: recruiters in professional services and resources
across Australia, New Zealand, South Africa and Singapore, written by a thirty-fifth stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked at;
held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 35") and never tuned to what Encore does. The recruiters are an
in-house talent team at a Sydney law firm, a Big Four resourcing desk in Melbourne and
Singapore, a Perth mining and energy agency that fills FIFO and DIDO rosters, an Auckland
construction and infrastructure consultancy, and a Johannesburg and Cape Town financial
services search firm. The people are litigation and corporate lawyers by PQE, audit and tax
managers, risk consultants, actuaries, mining and geotechnical engineers, HSE advisers, project
managers and quantity surveyors.

The voices: terse ATS shorthand with typos ("cand", "spk2", "LVM", "PQE", "SA", "CTC", "R&R",
"DS/NS", "pls"), lower-case WhatsApp and SMS, LinkedIn replies, candidates' emails and one or
two formal letters, third-person recruiter notes, long rambling call notes that mention dates
without asking for a wait, and lines in Afrikaans, te reo Māori, Malay and Singlish. Money is
inclusive or exclusive of super, plus KiwiSaver, CTC with a 13th cheque, S$ a month with AWS,
or a day rate on an ABN; calendars are EOFY (30 June), Christmas shutdown, school terms, long
service leave, Chinese New Year, partnership rounds and busy season.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a Privacy Act withdrawal of consent, "take me off your books" on retiring, a
   WhatsApp "delete my number", Afrikaans, Malay and Singlish stops, "UNSUBSCRIBE from the lot",
   a DNC note after a complaint, "no thanks" to a draft, a LinkedIn "don't message me again"):
   never shown; beside each a changed email, texts only on R&R, call after five, a newsletter
   unsubscribe that keeps roles, a withdrawal from one process, "no thanks to Karratha";
2. waits counted from the day said, each against a twin whose wait has run out: three months'
   notice, EOFY and the bonus, the Christmas shutdown, long service leave, a London secondment,
   the July partnership round, the school year, maternity leave, the 13th cheque, Chinese New
   Year, the CA ANZ capstone, a six-month probation at a major;
3. schedule (DS/NS, even-time rosters, billable budgets, Saturdays on site, busy season), travel
   (FIFO against home every night, regional clients, ASEAN travel, site visits), visas (482 to
   186, Singapore EP and PR, the SA critical-skills visa, AEWV and a partner's open work visa,
   a bridging visa, a 444 against a working holiday), contract and hours (fixed-term parental
   cover, 0.8 FTE, ABN against PAYG, part-time after leave, medical aid and provident fund, a
   secondment) and commute (the M2, the N1 and the Gautrain, Punggol to Tuas, the Harbour
   Bridge, the M1 to Brisbane);
4. pay against the band: inclusive against exclusive of super, KiwiSaver on top, CTC in rand, S$
   a month with AWS, a day rate, a current salary above the band with a lower ask, an uplift;
5. work mode, location and relocation, managing against hands-on, company stage and size,
   industry and mission (coal, renewables, gaming, pro bono), technology (data analytics, Deswik,
   Python against Prophet);
6. negation and scope ("not against FIFO, just not 2:1", "never had an issue with camp", "it's not
   the money, it's the hours", "wouldn't rule out Perth");
7. last time's reason resolved by this role or still standing, the history with us (conduct on
   site, a recent skills gap, a no-show, a reneged acceptance) and the latest process (a final
   round against a CV never screened, someone we placed in August, a boomerang);
8. several notes over time where the latest word counts.

Hard cases a careful human still gets right are mixed in: an ask inclusive of super against a
band quoted plus super, a partner's visa that gives open work rights, a wait mentioned in a long
note that is already over, a husband's posting she is not following, and a past employer's
travel this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

LAWYER = dict(
    current_title="Senior Associate, Commercial Litigation",
    skills=["Commercial litigation", "Class actions", "Regulatory investigations", "Advocacy"],
    years_experience=6,
    resume_text=(
        "Senior associate, six years PQE in commercial litigation at a national firm: "
        "Federal Court and Supreme Court of NSW disputes, a shareholder class action, ASIC "
        "investigations, running matters day to day and supervising two junior lawyers."
    ),
)
AUDITOR = dict(
    current_title="Audit Manager",
    skills=["External audit", "CA ANZ", "ASX-listed clients", "IFRS reporting"],
    years_experience=7,
    resume_text=(
        "Chartered accountant, seven years in external audit at a Big Four firm: manager on "
        "ASX-listed mining and infrastructure clients, AASB and IFRS reporting, audit "
        "committee papers and coaching teams of five through busy season."
    ),
)
TAX_MANAGER = dict(
    current_title="Corporate Tax Manager",
    skills=["Corporate tax", "Transfer pricing", "Tax consolidation", "R&D incentive"],
    years_experience=8,
    resume_text=(
        "Tax manager, eight years in corporate tax advisory and compliance: income tax returns, "
        "tax consolidation, transfer pricing documentation and R&D incentive claims for "
        "mid-market and listed groups."
    ),
)
MINING_ENGINEER = dict(
    current_title="Senior Mining Engineer",
    skills=["Open pit planning", "Deswik", "Drill and blast", "Short-term scheduling"],
    years_experience=9,
    resume_text=(
        "Mining engineer with a First Class Mine Manager's certificate path, nine years on open "
        "pit iron ore and gold operations: short- and medium-term plans in Deswik, drill and "
        "blast design, reconciliation and contractor supervision on FIFO rosters."
    ),
)
GEOTECH = dict(
    current_title="Senior Geotechnical Engineer",
    skills=["Slope stability", "Ground investigation", "Slide2 and RS2", "Ground support"],
    years_experience=8,
    resume_text=(
        "Geotechnical engineer, eight years across open pit mines and civil infrastructure: "
        "pit slope design and monitoring, ground investigations, slope stability in Slide2 and "
        "RS2, and ground support for tunnels and cuttings."
    ),
)
PROJECT_MANAGER = dict(
    current_title="Senior Project Manager",
    skills=["Tier 1 infrastructure", "NEC and AS4000 contracts", "Stakeholder management", "P6"],
    years_experience=12,
    resume_text=(
        "Project manager, twelve years with tier 1 contractors on roads, rail and water: "
        "packages to $250m, AS4000 and NEC contracts, subcontractor claims, programmes in P6 "
        "and client and community stakeholders."
    ),
)
HSE_ADVISER = dict(
    current_title="Senior HSE Adviser",
    skills=["Incident investigation", "ICAM", "Contractor safety", "ISO 45001"],
    years_experience=8,
    resume_text=(
        "HSE adviser, eight years on mine sites and major construction projects: ICAM "
        "investigations, critical risk controls, contractor inductions, ISO 45001 audits and "
        "coaching supervisors in the field."
    ),
)
QS = dict(
    current_title="Senior Quantity Surveyor",
    skills=["Cost planning", "Contract administration", "Variations and claims", "CostX"],
    years_experience=9,
    resume_text=(
        "Quantity surveyor, nine years on commercial and infrastructure projects: cost plans, "
        "tender documents, progress claims, variations and final accounts in CostX, on both "
        "the contractor and the consultant side."
    ),
)
ACTUARY = dict(
    current_title="Actuarial Manager",
    skills=["Life insurance", "IFRS 17", "Prophet", "Experience analysis"],
    years_experience=7,
    resume_text=(
        "Fellow of the Actuaries Institute, seven years in life insurance: IFRS 17 valuation, "
        "Prophet models, experience studies and pricing reviews for group and retail books."
    ),
)
CONSULTANT = dict(
    current_title="Manager, Risk Consulting",
    skills=["Internal audit", "Risk management", "Controls assurance", "Client management"],
    years_experience=8,
    resume_text=(
        "Risk consulting manager, eight years at a Big Four firm: outsourced internal audit, "
        "enterprise risk frameworks and controls assurance for banks, insurers and government "
        "clients, managing engagements and teams of four to six."
    ),
)

# --- what the roles are ---------------------------------------------------------------------

LIT_ROLE = dict(
    title="Senior Associate, Commercial Litigation",
    department="Disputes",
    seniority="senior",
    requirements="5+ years PQE\nCommercial litigation\nSupreme or Federal Court experience",
    description="Run commercial disputes for a partner-led team at a national law firm.",
)
AUDIT_ROLE = dict(
    title="Audit Manager",
    department="Assurance",
    seniority="manager",
    requirements="CA ANZ or CPA\nExternal audit of listed clients\nIFRS reporting",
    description="Manage a portfolio of listed audit clients in the assurance practice.",
)
TAX_ROLE = dict(
    title="Corporate Tax Manager",
    department="Tax",
    seniority="manager",
    requirements="Corporate tax advisory\nTax consolidation\nTransfer pricing",
    description="Advise mid-market and listed groups on corporate tax.",
)
MINING_ROLE = dict(
    title="Senior Mining Engineer",
    department="Mining",
    seniority="senior",
    requirements="Open pit planning\nDeswik\nDrill and blast\nShort-term scheduling",
    description="Own the short-term plan and drill and blast design at an open pit operation.",
)
GEOTECH_ROLE = dict(
    title="Senior Geotechnical Engineer",
    department="Geotechnical",
    seniority="senior",
    requirements="Slope stability\nGround investigation\nSlide2 or RS2",
    description="Design and monitor pit slopes and ground support.",
)
PM_ROLE = dict(
    title="Senior Project Manager",
    department="Infrastructure",
    seniority="senior",
    requirements="Tier 1 infrastructure delivery\nAS4000 or NEC\nP6 programming",
    description="Deliver a civil infrastructure package for a tier 1 contractor.",
)
HSE_ROLE = dict(
    title="Senior HSE Adviser",
    department="Health, Safety and Environment",
    seniority="senior",
    requirements="Incident investigation (ICAM)\nContractor safety\nISO 45001",
    description="Lead safety in the field for an operating site and its contractors.",
)
QS_ROLE = dict(
    title="Senior Quantity Surveyor",
    department="Commercial",
    seniority="senior",
    requirements="Cost planning\nContract administration\nVariations and claims\nCostX",
    description="Run the commercial side of a building or infrastructure project.",
)
ACTUARY_ROLE = dict(
    title="Actuarial Manager, Life",
    department="Actuarial",
    seniority="manager",
    requirements="Fellow or near-Fellow\nLife insurance valuation\nIFRS 17",
    description="Lead valuation and experience analysis for a life insurer.",
)
CONSULT_ROLE = dict(
    title="Manager, Risk Consulting",
    department="Risk Advisory",
    seniority="manager",
    requirements="Internal audit\nRisk frameworks\nControls assurance\nClient management",
    description="Run risk and internal audit engagements for financial services clients.",
)

# kind: (profile, ranking role key, persona, the opening's base, where they live by default)
KINDS = {
    "lawyer": ("cs", "cs", LAWYER, LIT_ROLE, "Sydney NSW, Australia"),
    "auditor": ("finance", "cs", AUDITOR, AUDIT_ROLE, "Melbourne VIC, Australia"),
    "tax": ("finance", "cs", TAX_MANAGER, TAX_ROLE, "Melbourne VIC, Australia"),
    "miner": ("sre", "sre", MINING_ENGINEER, MINING_ROLE, "Perth WA, Australia"),
    "geotech": ("sre", "sre", GEOTECH, GEOTECH_ROLE, "Perth WA, Australia"),
    "pm": ("manager", "manager", PROJECT_MANAGER, PM_ROLE, "Sydney NSW, Australia"),
    "hse": ("sre", "sre", HSE_ADVISER, HSE_ROLE, "Perth WA, Australia"),
    "qs": ("cs", "cs", QS, QS_ROLE, "Auckland, New Zealand"),
    "actuary": ("finance", "cs", ACTUARY, ACTUARY_ROLE, "Sydney NSW, Australia"),
    "consultant": ("manager", "manager", CONSULTANT, CONSULT_ROLE, "Singapore"),
}


def who(kind, name, grade, *said, apps=(), touches=(), excluded=False, where=None, **kw):
    """One person of a kind: the same skills as everyone else of that kind in the case."""
    profile, _, persona, _, home = KINDS[kind]
    extra = {**persona, "location": where or home, **kw}
    return P(name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)


def case(name, kind, people, *, at, **more) -> Case:
    """An opening of a kind, worked ``at`` a place and a mode, with anything else it says."""
    _, role_key, _, job, _ = KINDS[kind]
    return C(name, role_key, people, **{**job, **at, **more})


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A recruiter's note typed into the ATS or CRM, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A phone call the recruiter logged afterwards."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def mail(days, words) -> dict:
    """The candidate's email, as sent."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def wa(days, words) -> dict:
    """The candidate's WhatsApp or SMS, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def answered(days, words) -> dict:
    """The candidate's reply to our re-engagement email."""
    return touch(days, "inbound", "replied", "re_engagement", note=words, channel="email")


def lost_final(days, note=None, *, role="Senior Associate") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Senior Associate") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Associate"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where and how the roles are worked -----------------------------------------------------

SYD_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney NSW, Australia",
    offers=["Hybrid: three days a week in the Barangaroo office"],
)
SYD_ONSITE = dict(remote_policy="onsite", location="Sydney NSW, Australia")
MELB_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne VIC, Australia",
    offers=["Hybrid: three days a week at the Collins Street office"],
)
BRIS_HYBRID = dict(
    remote_policy="hybrid",
    location="Brisbane QLD, Australia",
    offers=["Hybrid: two days a week in the Eagle Street office"],
)
PERTH_HYBRID = dict(
    remote_policy="hybrid",
    location="Perth WA, Australia",
    offers=["Hybrid: three days a week in the St Georges Terrace office"],
)
PILBARA_FIFO = dict(
    remote_policy="onsite",
    location="Pilbara WA, Australia (FIFO from Perth)",
    offers=["FIFO from Perth on an 8/6 roster", "Single-room ensuite camp"],
)
GOLDFIELDS_FIFO = dict(
    remote_policy="onsite",
    location="Kalgoorlie WA, Australia (FIFO from Perth)",
    offers=["FIFO from Perth on a 2:1 roster"],
)
BOWEN_DIDO = dict(
    remote_policy="onsite",
    location="Moranbah QLD, Australia (DIDO from Mackay)",
    offers=["DIDO from Mackay on a 7/7 roster"],
)
AKL_HYBRID = dict(
    remote_policy="hybrid",
    location="Auckland, New Zealand",
    offers=["Hybrid: three days a week in the Auckland CBD office"],
)
AKL_ONSITE = dict(remote_policy="onsite", location="Auckland, New Zealand")
WLG_HYBRID = dict(
    remote_policy="hybrid",
    location="Wellington, New Zealand",
    offers=["Hybrid: two days a week on Lambton Quay"],
)
JHB_HYBRID = dict(
    remote_policy="hybrid",
    location="Johannesburg, South Africa",
    offers=["Hybrid: three days a week in the Sandton office"],
)
CPT_HYBRID = dict(
    remote_policy="hybrid",
    location="Cape Town, South Africa",
    offers=["Hybrid: three days a week at the Foreshore office"],
)
RUSTENBURG_ONSITE = dict(remote_policy="onsite", location="Rustenburg, South Africa")
SG_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: three days a week at the Marina Bay office"],
)
SG_ONSITE = dict(remote_policy="onsite", location="Singapore")


# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    case(
        "a Privacy Act withdrawal of consent vs a new email for the file",
        "lawyer",
        [
            who(
                "lawyer",
                "Imogen Featherstonhaugh",
                0,
                touches=[
                    mail(
                        55,
                        "Dear Talent Team, I write to withdraw my consent to your firm holding "
                        "or using my personal information under the Privacy Act 1988 (Cth). "
                        "Please destroy my CV and cease all contact with me about vacancies. "
                        "Yours faithfully, I. Featherstonhaugh",
                    )
                ],
                excluded=True,
            ),
            who(
                "lawyer",
                "Lachlan Moorcroft-Ellis",
                2,
                touches=[
                    mail(
                        55,
                        "Hi team - please swap my old firm address for my Gmail on your "
                        "records, I'm leaving Corrs on Friday. Very happy to keep hearing about "
                        "senior associate roles in disputes.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "WhatsApp: delete my number vs only message me on R&R",
        "miner",
        [
            who(
                "miner",
                "Brodie Tregurtha",
                0,
                touches=[
                    wa(
                        30,
                        "mate ive had 3 recruiters ring me on site this week. not interested "
                        "in anything from yous ever, delete my number",
                    )
                ],
                excluded=True,
            ),
            who(
                "miner",
                "Kurt Vandermolen",
                2,
                touches=[
                    wa(
                        30,
                        "mate dont ring me on swing, cant talk in the pit. msg me on my R&R "
                        "week and ill get back to ya",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "Afrikaans: never contact me again vs rather call after five",
        "auditor",
        [
            who(
                "auditor",
                "Marelize Oosthuizen",
                0,
                touches=[
                    wa(
                        40,
                        "Moet asseblief nooit weer met my kontak maak nie. Haal my van julle "
                        "lys af, ek stel nie belang nie.",
                    )
                ],
                excluded=True,
                where="Pretoria, South Africa",
            ),
            who(
                "auditor",
                "Riaan Swanepoel",
                2,
                touches=[
                    wa(
                        40,
                        "Bel my asseblief eers na vyf, ek sit heeldag by die kliënt. Lekker "
                        "om van julle te hoor.",
                    )
                ],
                where="Pretoria, South Africa",
            ),
        ],
        at=JHB_HYBRID,
    ),
    case(
        "recruiter's DNC after a complaint vs don't send her to that partner again",
        "lawyer",
        [
            who(
                "lawyer",
                "Henrietta Gascoyne-Vale",
                0,
                touches=[
                    ats(
                        70,
                        "Cand called the front desk v. upset about the number of calls from our "
                        "team - asked to be taken off every list we have. DNC set, complaint "
                        "logged with the TA lead.",
                    )
                ],
                excluded=True,
            ),
            who(
                "lawyer",
                "Saskia Lindqvist-Hart",
                2,
                touches=[
                    ats(
                        70,
                        "Cand called, unhappy with how the last partner ran the interview - "
                        "doesn't want to be put up to his group again. Everything else fine, "
                        "still keen on disputes.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "Singlish: don't contact me anymore lah vs not on my office line lah",
        "consultant",
        [
            who(
                "consultant",
                "Gerald Tan Wei Ming",
                0,
                touches=[
                    wa(
                        25,
                        "Eh pls don't contact me anymore lah. I left consulting for good, "
                        "not looking at any roles. Thanks ah.",
                    )
                ],
                excluded=True,
            ),
            who(
                "consultant",
                "Cheryl Lim Hui Shan",
                2,
                touches=[
                    wa(
                        25,
                        "Pls don't call my office line lah, my boss sits right beside me. "
                        "Whatsapp ok, shiok if got something in risk.",
                    )
                ],
            ),
        ],
        at=SG_HYBRID,
    ),
    case(
        "LinkedIn: don't message me again vs don't send in-house roles",
        "tax",
        [
            who(
                "tax",
                "Declan Ashcroft-Reilly",
                0,
                touches=[
                    li(
                        45,
                        "Not interested, and please don't message me on here again. I'd "
                        "rather not hear from recruiters at all.",
                    )
                ],
                excluded=True,
            ),
            who(
                "tax",
                "Priyanka Kothandaraman",
                2,
                touches=[
                    li(
                        45,
                        "Please don't send me in-house roles again - I want to stay in "
                        "advisory. A tax manager role at a firm I'd look at.",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
        title="Corporate Tax Manager (Advisory)",
    ),
    case(
        "te reo: retired, take me off your books vs moved, update your books",
        "qs",
        [
            who(
                "qs",
                "Hemi Whaanga",
                0,
                touches=[
                    mail(
                        35,
                        "Kia ora, I've hung up the boots and retired from QS work as of this "
                        "month. Please take me off your books altogether. Ngā mihi nui.",
                    )
                ],
                excluded=True,
            ),
            who(
                "qs",
                "Aroha Whakatōhea-Brown",
                2,
                touches=[
                    mail(
                        35,
                        "Kia ora, I've moved up from Hamilton to Auckland - please update your "
                        "books. Still keen on senior QS roles. Ngā mihi.",
                    )
                ],
            ),
        ],
        at=AKL_ONSITE,
    ),
    case(
        "'no thanks' to our draft vs no thanks to Karratha only",
        "hse",
        [
            who(
                "hse",
                "Shannon Delahunty",
                0,
                touches=[answered(20, "no thanks from me, ta")],
                excluded=True,
            ),
            who(
                "hse",
                "Jarrah Coutts",
                2,
                touches=[
                    answered(
                        20,
                        "No thanks to the Karratha residential one, but I'm all ears for "
                        "FIFO out of Perth.",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "UNSUBSCRIBE from the lot vs unsubscribe from the newsletter only",
        "actuary",
        [
            who(
                "actuary",
                "Ravindra Naidoo-Chetty",
                0,
                touches=[wa(60, "UNSUBSCRIBE. All of it, every list, no more emails or calls.")],
                excluded=True,
            ),
            who(
                "actuary",
                "Georgina Fairweather",
                2,
                touches=[
                    mail(
                        60,
                        "Could you unsubscribe me from the monthly market update newsletter? "
                        "Keep sending me actual life roles though, I do read those.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "Malay: please stop contacting me vs formal withdrawal from one process",
        "geotech",
        [
            who(
                "geotech",
                "Faizal bin Rahman",
                0,
                touches=[
                    mail(
                        50,
                        "Tolong jangan hubungi saya lagi tentang sebarang jawatan. Saya tidak "
                        "berminat dan mahu nama saya dipadam dari senarai anda.",
                    )
                ],
                excluded=True,
                where="Kuala Lumpur, Malaysia",
            ),
            who(
                "geotech",
                "Nurul Aisyah binti Kamal",
                2,
                touches=[
                    mail(
                        50,
                        "Dear Sir/Madam, I write to formally withdraw from the Senior "
                        "Geotechnical Engineer process at the Tuas site, as the timing does not "
                        "suit. I remain keen to hear of other geotechnical openings.",
                    )
                ],
                where="Kuala Lumpur, Malaysia",
            ),
        ],
        at=SG_ONSITE,
        offers=["Employment Pass sponsored for the right candidate"],
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out -----------

WAITS = [
    case(
        "three months' notice given this month vs three months' notice given in June",
        "auditor",
        [
            who(
                "auditor",
                "Matilda Ingersoll",
                1,
                touches=[
                    rang(
                        date(2026, 11, 9),
                        "spk2 cand - resigned from PwC today, 3 mths notice so LWD early Feb. "
                        "Keen but cant start b4 then.",
                    )
                ],
            ),
            who(
                "auditor",
                "Fergus Oakenfold",
                2,
                touches=[
                    rang(
                        date(2026, 6, 1),
                        "spk2 cand - handed in resignation at KPMG today, 3 mths notice, "
                        "free from Sept. Keen on manager roles after that.",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "won't move before EOFY, said in October vs said in February",
        "tax",
        [
            who(
                "tax",
                "Siobhan Quirke-Dalton",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Honestly I won't move before EOFY - my bonus is paid on 30 June and "
                        "I'm not leaving that on the table. Talk to me in July.",
                    )
                ],
            ),
            who(
                "tax",
                "Nathaniel Quayle",
                2,
                touches=[
                    mail(
                        date(2026, 2, 16),
                        "I won't be moving before EOFY - STI is paid after 30 June. Happy to "
                        "talk properly once it's in the bank.",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "call after the Christmas shutdown, this year vs last year",
        "pm",
        [
            who(
                "pm",
                "Desmond Kilroy",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "flat out till the shutdown on the 18th, site's back 12 Jan. call me "
                        "after the break not before",
                    )
                ],
            ),
            who(
                "pm",
                "Bronte Haverfield",
                2,
                touches=[
                    wa(
                        date(2025, 11, 17),
                        "flat chat till the xmas shutdown, back on site mid jan. ring me after "
                        "that",
                    )
                ],
            ),
        ],
        at=SYD_ONSITE,
    ),
    case(
        "on long service leave till February vs back from long service leave in August",
        "geotech",
        [
            who(
                "geotech",
                "Wendell Strickland",
                1,
                (
                    "On 13 wks long service leave from 2 Nov, back mid-Feb - caravan round "
                    "the Kimberley, no interviews till he's home.",
                    date(2026, 11, 2),
                ),
            ),
            who(
                "geotech",
                "Colleen Mabbott",
                2,
                (
                    "Took 13 weeks' long service leave from May, back at work 10 August - "
                    "no interviews while away.",
                    date(2026, 5, 4),
                ),
            ),
        ],
        at=PERTH_HYBRID,
        description="Design and monitor pit slopes from the Perth office with site visits.",
    ),
    case(
        "on secondment in London till March vs a London secondment that ended in August",
        "lawyer",
        [
            who(
                "lawyer",
                "Annika Strzelecki",
                1,
                touches=[
                    li(
                        date(2026, 9, 28),
                        "I'm on secondment to our London office until the end of March and "
                        "committed to seeing it out. Let's reconnect when I'm back in Sydney.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Tobias Wentworth-Hale",
                2,
                touches=[
                    li(
                        date(2026, 3, 2),
                        "I'm on secondment in London until the end of August and want to see "
                        "it through - let's reconnect once I'm back in Sydney.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "waiting on the July partnership round, said in September vs said in January",
        "lawyer",
        [
            who(
                "lawyer",
                "Eleanor Beauchamp",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Long chat w/ cand. She's in the mix for the July partnership round - "
                        "won't entertain anything till she knows. Circle back after 1 July.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Marguerite Delacroix",
                2,
                touches=[
                    rang(
                        date(2026, 1, 19),
                        "Long chat w/ cand. In the frame for the July partnership round, won't "
                        "look at anything until the round's announced. Circle back after July.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "waiting for the kids' school year to end, said this October vs last October",
        "hse",
        [
            who(
                "hse",
                "Tamsin Rowbotham",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Can't uproot the kids mid-year. Once Term 4 wraps up in mid-December "
                        "I'm free to look properly.",
                    )
                ],
            ),
            who(
                "hse",
                "Callum Yeatman-Roe",
                2,
                touches=[
                    mail(
                        date(2025, 10, 20),
                        "Not uprooting the kids mid-year - once Term 4 finishes in December I "
                        "can look properly.",
                    )
                ],
            ),
        ],
        at=PERTH_HYBRID,
        description="Lead HSE for a Perth-based contractor's metro projects.",
    ),
    case(
        "on maternity leave till April vs back from maternity leave in August",
        "actuary",
        [
            who(
                "actuary",
                "Clementine Ng",
                1,
                (
                    "On mat leave until April 2027 - please hold off till she's back.",
                    date(2026, 8, 10),
                ),
            ),
            who(
                "actuary",
                "Harriet Vaillancourt",
                2,
                (
                    "On mat leave, returning to work in August 2026 - please hold off till then.",
                    date(2026, 1, 12),
                ),
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "waiting for the 13th cheque in December vs the 13th cheque paid last December",
        "auditor",
        [
            who(
                "auditor",
                "Thandiwe Letsoalo",
                1,
                touches=[
                    wa(
                        date(2026, 9, 21),
                        "Ek gaan nie voor my 13th cheque in Desember skuif nie - chat to me "
                        "in January, ne?",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
            who(
                "auditor",
                "Pieter-Jan Joubert",
                2,
                touches=[
                    wa(
                        date(2025, 9, 22),
                        "Not moving before the 13th cheque lands in December - lekker to chat "
                        "in the new year though.",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
        ],
        at=JHB_HYBRID,
    ),
    case(
        "not resigning before Chinese New Year, said this October vs last October",
        "consultant",
        [
            who(
                "consultant",
                "Jasmine Goh Li Ting",
                1,
                touches=[
                    wa(
                        date(2026, 10, 26),
                        "Confirm won't resign before CNY lah, bonus paid after. Can talk after "
                        "the long weekend in Feb.",
                    )
                ],
            ),
            who(
                "consultant",
                "Marcus Teo Jun Hao",
                2,
                touches=[
                    wa(
                        date(2025, 10, 27),
                        "Sure won't resign before Chinese New Year lah, must collect bonus "
                        "first. After CNY can talk.",
                    )
                ],
            ),
        ],
        at=SG_HYBRID,
    ),
    case(
        "sitting the CA ANZ capstone in February vs sat it last February",
        "auditor",
        [
            who(
                "auditor",
                "Ophelia Trenwith",
                1,
                (
                    "Sitting the CA capstone exam in Feb - no interviews before then, "
                    "needs every spare hour to study.",
                    date(2026, 11, 2),
                ),
            ),
            who(
                "auditor",
                "Benedikt Ruhwedel",
                2,
                (
                    "Sitting the CA capstone in Feb, no interviews before it's done.",
                    date(2025, 11, 3),
                ),
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "six months' probation at Rio from September vs at BHP from January",
        "miner",
        [
            who(
                "miner",
                "Dermot Coghlan",
                1,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Cand started w/ Rio on the 7th, 6 mth probation. Won't look at "
                        "anything till he's through it in March.",
                    )
                ],
            ),
            who(
                "miner",
                "Angus Leverett",
                2,
                touches=[
                    rang(
                        date(2026, 1, 19),
                        "Cand started w/ BHP last week, six months' probation - won't look "
                        "at anything until he's passed it in July.",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
]

# --- 3. schedule, travel, visas, contract and hours, commute ---------------------------------

SCHEDULE = [
    case(
        "no more night shift vs nights don't bother him, DS/NS roster",
        "miner",
        [
            who(
                "miner",
                "Rhys Pemberton-Clarke",
                0,
                touches=[
                    rang(
                        80,
                        "cand done w/ DS/NS - GP told him no more nights after the sleep "
                        "study. Day shift only from here.",
                    )
                ],
            ),
            who(
                "miner",
                "Jayden Kowalczyk",
                2,
                touches=[
                    rang(
                        80,
                        "cand fine w/ DS/NS swings, been doing nights 6 yrs, sleeps like a "
                        "baby in camp.",
                    )
                ],
            ),
        ],
        at=GOLDFIELDS_FIFO,
        description="Short-term planning on a 2:1 roster, rotating day and night shift.",
    ),
    case(
        "wants even time, 8/6 roster vs wants Monday to Friday residential",
        "hse",
        [
            who(
                "hse",
                "Kristen Abernethy",
                2,
                "Wants an even-time roster now - 8/6 or 14/14. The 2:1 nearly cost her "
                "the marriage.",
            ),
            who(
                "hse",
                "Dale Merriweather",
                0,
                "Done with rosters of any kind - Monday to Friday, home every night, "
                "residential only.",
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "won't go back to a 2,000-hour budget vs billables don't worry her",
        "lawyer",
        [
            who(
                "lawyer",
                "Penelope Harcourt",
                0,
                touches=[
                    rang(
                        120,
                        "Cand won't go back to a 1,900+ billable budget - did 2,100 last year "
                        "and it broke her. Wants a firm that doesn't live by the timesheet.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Anneliese Roebuck",
                2,
                touches=[
                    rang(
                        120,
                        "Cand relaxed about billables, hit 1,950 last FY without drama. Wants "
                        "a partner who'll put her on the big matters.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        offers=["Billable target of 1,900 hours", "Clear path to partnership"],
    ),
    case(
        "no Saturdays, coaches footy vs Saturdays fine, not Sundays",
        "pm",
        [
            who(
                "pm",
                "Lindsay Gorringe",
                0,
                touches=[
                    rang(
                        65,
                        "PM - solid. Coaches his son's Auskick on Saturday mornings so won't "
                        "do Saturday site work, full stop.",
                    )
                ],
            ),
            who(
                "pm",
                "Craig Pennefather",
                2,
                touches=[
                    rang(
                        65,
                        "PM - solid. Saturday mornings on site are fine by him, Sundays are "
                        "family day and non-negotiable.",
                    )
                ],
            ),
        ],
        at=SYD_ONSITE,
        description="Deliver a motorway interchange package; site works Monday to Saturday "
        "midday, never Sundays.",
    ),
    case(
        "no more busy seasons vs happy to do busy season",
        "auditor",
        [
            who(
                "auditor",
                "Yvette Carrington",
                0,
                "Burnt out - does not want another June to August busy season of 70-hour weeks.",
            ),
            who(
                "auditor",
                "Lorcan Fitzhardinge",
                2,
                "Happy to do busy season, it's ten weeks a year and he likes the pace.",
            ),
        ],
        at=MELB_HYBRID,
        description="Manage June year-end listed audits through busy season, long hours "
        "from June to August.",
    ),
]

TRAVEL = [
    case(
        "won't fly in fly out, home every night vs prefers FIFO to living in town",
        "geotech",
        [
            who(
                "geotech",
                "Isaac Bellingham",
                0,
                touches=[
                    mail(
                        100,
                        "After seven years of flying in and out I need to be home every "
                        "night. No more FIFO for me.",
                    )
                ],
            ),
            who(
                "geotech",
                "Mitchell Kerslake",
                2,
                touches=[
                    mail(
                        100,
                        "I'd rather FIFO than move the family to a mining town - Perth base "
                        "suits us.",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "no overnight travel as a single dad vs misses being on the road",
        "consultant",
        [
            who(
                "consultant",
                "Oliver Brackenridge",
                0,
                "Single dad, week on week off - can't do overnight client travel.",
                where="Melbourne VIC, Australia",
            ),
            who(
                "consultant",
                "Fraser Lockyer",
                2,
                "Misses being on the road with clients - keen on regional travel.",
                where="Melbourne VIC, Australia",
            ),
        ],
        at=MELB_HYBRID,
        offers=["Two to three nights a month with regional Victorian clients"],
    ),
    case(
        "caring for her mother, can't travel vs happy with half her time across ASEAN",
        "actuary",
        [
            who(
                "actuary",
                "Stephanie Koh Mei Ling",
                0,
                touches=[
                    rang(
                        50,
                        "Cand is main carer for her mother now, can't do overseas trips at "
                        "all. Otherwise keen.",
                    )
                ],
                where="Singapore",
            ),
            who(
                "actuary",
                "Darren Chua Kok Wei",
                2,
                touches=[
                    rang(
                        50,
                        "Cand happy to travel up to 50% - KL, Jakarta, Manila, Bangkok all fine.",
                    )
                ],
                where="Singapore",
            ),
        ],
        at=SG_HYBRID,
        title="Regional Actuarial Manager, Life (ASEAN)",
        offers=["About 40% travel to the Kuala Lumpur, Jakarta and Bangkok offices"],
    ),
    case(
        "travel wore him down at his last firm, this role has none vs nothing said",
        "tax",
        [
            who(
                "tax",
                "Hamish Dunwoody",
                2,
                apps=[
                    withdrew(
                        260,
                        "other",
                        "Withdrew - the role meant flying Melb to Syd every week, he's done "
                        "with weekly flights",
                        role="Tax Manager",
                    )
                ],
            ),
            who("tax", "Ashleigh Cromwell", 1),
        ],
        at=MELB_HYBRID,
        offers=["All clients in Melbourne, no interstate travel"],
    ),
    case(
        "monthly site visits fine, weekly not vs no site visits at all",
        "hse",
        [
            who(
                "hse",
                "Zanele Mashinini-Pike",
                2,
                touches=[
                    wa(
                        40,
                        "Weekly trips to Rustenburg I can't do, but once a month on site is "
                        "perfectly fine.",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
            who(
                "hse",
                "Johan Lategan",
                0,
                touches=[
                    wa(
                        40,
                        "Office-based only for me now. No site trips to Rustenburg or anywhere "
                        "else.",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
        ],
        at=JHB_HYBRID,
        description="Lead HSE for platinum operations from Sandton, one site visit to "
        "Rustenburg a month.",
    ),
]

VISA = [
    case(
        "on a 482 needing sponsorship vs 186 granted, no sponsor needed",
        "qs",
        [
            who(
                "qs",
                "Rohan Wickramasinghe",
                0,
                touches=[
                    ats(
                        90,
                        "Cand on 482 with current employer, would need a new sponsor to move. "
                        "No PR pathway yet.",
                    )
                ],
                where="Sydney NSW, Australia",
            ),
            who(
                "qs",
                "Eamon Fitzsimons",
                2,
                touches=[
                    ats(
                        90,
                        "Cand's 186 came through in May - permanent resident, full work "
                        "rights, no sponsorship needed.",
                    )
                ],
                where="Sydney NSW, Australia",
            ),
        ],
        at=SYD_ONSITE,
        offers=["No visa sponsorship available for this role"],
    ),
    case(
        "needs an Employment Pass vs just got Singapore PR",
        "tax",
        [
            who(
                "tax",
                "Arjun Thiruvengadam",
                0,
                "Indian national in Singapore, needs an EP from any new employer.",
                where="Singapore",
            ),
            who(
                "tax",
                "Wong Kai Xiang",
                2,
                "Got his Singapore PR approved last month - no more EP needed.",
                where="Singapore",
            ),
        ],
        at=SG_HYBRID,
        offers=["Open to Singaporeans and Singapore PRs only - no EP or S Pass sponsorship"],
    ),
    case(
        "critical-skills visa valid to 2029 vs permit tied to his employer",
        "miner",
        [
            who(
                "miner",
                "Tinashe Chidzikwe",
                2,
                touches=[
                    rang(
                        75,
                        "Zim national, holds an SA critical skills work visa valid till 2029 "
                        "- not tied to any employer, can move freely.",
                    )
                ],
                where="Rustenburg, South Africa",
            ),
            who(
                "miner",
                "Blessing Mutasa",
                0,
                touches=[
                    rang(
                        75,
                        "Zim national, general work visa tied to his current mine - a new "
                        "employer would have to apply for a fresh one.",
                    )
                ],
                where="Rustenburg, South Africa",
            ),
        ],
        at=RUSTENBURG_ONSITE,
        offers=["No work visa applications for this role"],
    ),
    case(
        "needs a new AEWV vs open work rights through his partner's visa",
        "geotech",
        [
            who(
                "geotech",
                "Sebastián Irigoyen-Pratt",
                0,
                "On an AEWV tied to his current employer - needs a new accredited employer "
                "to sponsor a move.",
                where="Auckland, New Zealand",
            ),
            who(
                "geotech",
                "Mateus Carvalhal",
                2,
                "Holds a partner of a worker visa through his wife's AEWV - open work "
                "rights, any employer.",
                where="Auckland, New Zealand",
            ),
        ],
        at=AKL_HYBRID,
        offers=["We are not an accredited employer and cannot support visas"],
    ),
    case(
        "bridging visa with work rights vs a 485 running out in January",
        "auditor",
        [
            who(
                "auditor",
                "Minh Anh Nguyen",
                2,
                touches=[
                    mail(
                        60,
                        "Quick update: my 186 is lodged and I'm on a bridging visa A with "
                        "full work rights meanwhile, so no sponsorship needed from you.",
                    )
                ],
            ),
            who(
                "auditor",
                "Karthik Ilangovan",
                0,
                touches=[
                    mail(
                        60,
                        "Quick update: my 485 graduate visa ends in January and can't be "
                        "extended, so I'd need an employer to sponsor me on a 482.",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
        offers=["Unable to sponsor visas"],
    ),
    case(
        "a Kiwi on a 444 vs a working holiday visa capped at six months",
        "pm",
        [
            who(
                "pm",
                "Tane Horomona",
                2,
                "NZ citizen living in Brisbane on the 444 - works like a local, no sponsorship.",
                where="Brisbane QLD, Australia",
            ),
            who(
                "pm",
                "Gethin Pryce-Williams",
                0,
                "On a 417 working holiday visa - six months max with any one employer.",
                where="Brisbane QLD, Australia",
            ),
        ],
        at=BRIS_HYBRID,
        offers=["Permanent full-time role, no visa sponsorship"],
    ),
]

CONTRACT = [
    case(
        "permanent only vs likes a fixed-term, 12-month parental leave cover",
        "lawyer",
        [
            who(
                "lawyer",
                "Cordelia Pennywhistle",
                0,
                touches=[
                    rang(
                        85,
                        "Cand only looking at permanent roles - won't do a fixed-term, "
                        "mortgage broker needs a perm contract.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Fenella Dorrington",
                2,
                touches=[
                    rang(
                        85,
                        "Cand likes the idea of a 12-month fixed-term - plans to travel in "
                        "2028 and doesn't want to commit longer.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        title="Senior Associate, Commercial Litigation (12-month parental leave cover)",
    ),
    case(
        "0.8 FTE at most vs full-time fine with a day at home",
        "actuary",
        [
            who(
                "actuary",
                "Rosalind Embleton",
                0,
                "Four days a week maximum (0.8 FTE) - Fridays are for the kids.",
            ),
            who(
                "actuary",
                "Hugo Lightfoot",
                2,
                "Full-time is fine, just wants a day working from home.",
            ),
        ],
        at=SYD_HYBRID,
        offers=["Full-time, five days (three in the office)"],
    ),
    case(
        "PAYG only, won't get an ABN vs has his own Pty Ltd, prefers ABN",
        "qs",
        [
            who(
                "qs",
                "Warwick Tremayne",
                0,
                touches=[
                    rang(
                        70,
                        "QS - PAYG employment only, doesn't want to set up an ABN or chase "
                        "his own super.",
                    )
                ],
                where="Sydney NSW, Australia",
            ),
            who(
                "qs",
                "Grant Holloway",
                2,
                touches=[
                    rang(
                        70,
                        "QS - trades through his own Pty Ltd, prefers ABN day-rate gigs.",
                    )
                ],
                where="Sydney NSW, Australia",
            ),
        ],
        at=SYD_ONSITE,
        title="Senior Quantity Surveyor (contract, ABN)",
        offers=["$1,100 a day on an ABN, six-month contract"],
    ),
    case(
        "three days a week after parental leave vs needs full-time hours",
        "lawyer",
        [
            who(
                "lawyer",
                "Philippa Langridge",
                2,
                touches=[
                    mail(
                        55,
                        "Coming back from parental leave and after three days a week, "
                        "Monday to Wednesday ideally.",
                    )
                ],
                where="Melbourne VIC, Australia",
            ),
            who(
                "lawyer",
                "Verity Castlemaine",
                0,
                touches=[
                    mail(
                        55,
                        "I need full-time hours and a full-time salary - three-day roles "
                        "won't cover the mortgage.",
                    )
                ],
                where="Melbourne VIC, Australia",
            ),
        ],
        at=MELB_HYBRID,
        title="Senior Associate, Commercial Litigation (part-time, 0.6 FTE)",
    ),
    case(
        "wants permanent with medical aid vs happy contracting, on her husband's medical aid",
        "auditor",
        [
            who(
                "auditor",
                "Lindiwe Dube",
                0,
                touches=[
                    rang(
                        60,
                        "Cand only wants permanent with medical aid and a provident fund - "
                        "no more contracts.",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
            who(
                "auditor",
                "Charlene van Wyk",
                2,
                touches=[
                    rang(
                        60,
                        "Cand happy to contract, she's on her husband's medical aid so "
                        "benefits don't matter.",
                    )
                ],
                where="Johannesburg, South Africa",
            ),
        ],
        at=JHB_HYBRID,
        title="Audit Manager (6-month fixed-term contract)",
        offers=["Six-month fixed-term contract, no medical aid or provident fund"],
    ),
    case(
        "wants a secondment abroad vs no secondments, wants to stay put",
        "consultant",
        [
            who(
                "consultant",
                "Rebecca Oyelaran",
                2,
                "Would love a 12-month secondment overseas before settling down.",
                where="Sydney NSW, Australia",
            ),
            who(
                "consultant",
                "Clarissa Dunstan",
                0,
                "Not interested in secondments - wants to stay in her Sydney team.",
                where="Sydney NSW, Australia",
            ),
        ],
        at=SYD_HYBRID,
        title="Manager, Risk Consulting (12-month Singapore secondment)",
        offers=["12-month secondment to the Singapore office, then back to Sydney"],
    ),
]

COMMUTE = [
    case(
        "won't sit on the M2 every day vs drives the M2 anyway",
        "pm",
        [
            who(
                "pm",
                "Bradley Ainsworth",
                0,
                touches=[
                    rang(
                        90,
                        "Lives Baulkham Hills. Won't sit on the M2 into Macquarie Park every "
                        "day, hour each way - wants something out west.",
                    )
                ],
                where="Baulkham Hills NSW, Australia",
            ),
            who(
                "pm",
                "Stuart Kenworthy",
                2,
                touches=[
                    rang(
                        90,
                        "Lives Baulkham Hills. M2's no dramas, he's on it daily anyway and "
                        "gets the toll back.",
                    )
                ],
                where="Baulkham Hills NSW, Australia",
            ),
        ],
        at=dict(remote_policy="onsite", location="Macquarie Park NSW, Australia"),
    ),
    case(
        "Pretoria to Sandton on the N1 is a no vs takes the Gautrain",
        "tax",
        [
            who(
                "tax",
                "Anton Pretorius",
                0,
                "Based in Centurion - the N1 to Sandton every day is a no, wants Pretoria-based.",
                where="Centurion, South Africa",
            ),
            who(
                "tax",
                "Nomvula Radebe-Jansen",
                2,
                "Based in Centurion, takes the Gautrain - Sandton is an easy hop.",
                where="Centurion, South Africa",
            ),
        ],
        at=JHB_HYBRID,
    ),
    case(
        "Punggol to Tuas too far vs has a car, west side ok",
        "geotech",
        [
            who(
                "geotech",
                "Lee Xin Yi",
                0,
                touches=[
                    wa(
                        45,
                        "Tuas from Punggol too far leh, max 45 min by MRT for me. East or "
                        "central can.",
                    )
                ],
                where="Punggol, Singapore",
            ),
            who(
                "geotech",
                "Muhammad Hafiz bin Osman",
                2,
                touches=[
                    wa(
                        45,
                        "I stay Punggol but got car, west side also can, no problem.",
                    )
                ],
                where="Punggol, Singapore",
            ),
        ],
        at=dict(remote_policy="onsite", location="Tuas, Singapore"),
    ),
    case(
        "the Harbour Bridge daily is a dealbreaker vs commutes anywhere in Auckland",
        "qs",
        [
            who(
                "qs",
                "Ngaire Pomare",
                0,
                "Lives in Manukau - crossing the Harbour Bridge to the Shore every day is a "
                "dealbreaker.",
                where="Manukau, New Zealand",
            ),
            who(
                "qs",
                "Rawiri Tipene",
                2,
                "Lives in Manukau, happy to commute anywhere in Auckland for the right project.",
                where="Manukau, New Zealand",
            ),
        ],
        at=dict(remote_policy="onsite", location="Takapuna, North Shore, New Zealand"),
    ),
    case(
        "the M1 to Brisbane twice a week is fine vs won't commute to the CBD at all",
        "actuary",
        [
            who(
                "actuary",
                "Jacinta Gallagher",
                2,
                touches=[
                    rang(
                        70,
                        "On the Goldie. M1 up to Brissie every day would kill her, but two "
                        "days a week is doable.",
                    )
                ],
                where="Gold Coast QLD, Australia",
            ),
            who(
                "actuary",
                "Toby Ravenscroft",
                0,
                touches=[
                    rang(
                        70,
                        "On the Goldie. Won't do the drive to the Brisbane CBD at all - wants "
                        "something on the Coast or fully remote.",
                    )
                ],
                where="Gold Coast QLD, Australia",
            ),
        ],
        at=BRIS_HYBRID,
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    case(
        "asks $195k inclusive of super, band $180k plus super vs $200k base plus super",
        "lawyer",
        [
            who(
                "lawyer",
                "Mackenzie Thornbury",
                2,
                touches=[
                    rang(
                        60,
                        "Cand's number is $195k package incl. super - wouldn't move for less.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Gideon Falconer",
                0,
                touches=[
                    rang(
                        60,
                        "Cand's number is $200k base PLUS super, firm on that.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        salary_min=170_000,
        salary_max=180_000,
        currency="AUD",
        offers=["$170k to $180k base plus 12% superannuation", "Three days in the office"],
    ),
    case(
        "would move for NZ$135k vs won't look under NZ$155k",
        "qs",
        [
            who(
                "qs",
                "Keri Tawhiri",
                2,
                "Would move for $135k plus KiwiSaver, money's not the main thing.",
            ),
            who(
                "qs",
                "Duncan Macready",
                0,
                "Won't look at anything under $155k base - knows what senior QSs are "
                "getting in Auckland.",
            ),
        ],
        at=AKL_ONSITE,
        salary_min=130_000,
        salary_max=140_000,
        currency="NZD",
        offers=["$130k to $140k plus 3% KiwiSaver"],
    ),
    case(
        "on R950k CTC wanting 20% more vs wants R1.6m CTC",
        "auditor",
        [
            who(
                "auditor",
                "Sipho Mabuza-Kruger",
                2,
                "On R950k CTC incl. 13th cheque, would move for a 20% increase.",
                where="Johannesburg, South Africa",
            ),
            who(
                "auditor",
                "Werner Steenkamp",
                0,
                "Needs R1.6m CTC minimum to leave his current firm.",
                where="Johannesburg, South Africa",
            ),
        ],
        at=JHB_HYBRID,
        salary_min=1_100_000,
        salary_max=1_300_000,
        currency="ZAR",
        offers=["R1.1m to R1.3m cost to company"],
    ),
    case(
        "S$10k a month basic is enough vs won't move under S$14k a month",
        "actuary",
        [
            who(
                "actuary",
                "Vanessa Ong Pei Wen",
                2,
                touches=[wa(40, "10k a month basic can already, plus AWS and bonus ok lor.")],
                where="Singapore",
            ),
            who(
                "actuary",
                "Benjamin Sim Jia Le",
                0,
                touches=[wa(40, "Below 14k a month basic dun bother sending me leh.")],
                where="Singapore",
            ),
        ],
        at=SG_HYBRID,
        salary_min=117_000,
        salary_max=143_000,
        currency="SGD",
        offers=["S$9,000 to S$11,000 a month basic plus AWS and variable bonus"],
    ),
    case(
        "$1,500 a day minimum vs $1,100 a day is fine, $1,200 a day contract",
        "geotech",
        [
            who(
                "geotech",
                "Lyndon Charlesworth",
                0,
                touches=[rang(55, "contractor, ABN, $1,500/day min. won't budge.")],
            ),
            who(
                "geotech",
                "Robbie Whitlam",
                2,
                touches=[rang(55, "contractor on ABN, $1,100 a day would do him nicely.")],
            ),
        ],
        at=PERTH_HYBRID,
        title="Senior Geotechnical Engineer (12-month contract)",
        offers=["$1,200 a day plus GST on an ABN"],
    ),
    case(
        "on $210k but would take $185k for a metro role vs on $175k wanting $220k",
        "hse",
        [
            who(
                "hse",
                "Tegan Oldfield",
                2,
                touches=[
                    rang(
                        70,
                        "On $210k FIFO with Fortescue, happy to drop to $185k to be home in "
                        "Perth every night.",
                    )
                ],
            ),
            who(
                "hse",
                "Corey Blackwood",
                0,
                touches=[
                    rang(
                        70,
                        "On $175k now, wants $220k+ to move - says the market's paying it.",
                    )
                ],
            ),
        ],
        at=PERTH_HYBRID,
        description="Lead HSE for metro construction projects from the Perth office.",
        salary_min=170_000,
        salary_max=190_000,
        currency="AUD",
    ),
    case(
        "wants 10% on his $165k vs wants 30% on his $170k",
        "tax",
        [
            who(
                "tax",
                "Rupert Tolhurst-Blaine",
                2,
                "On $165k plus super, after a 10% uplift to move.",
            ),
            who(
                "tax",
                "Quentin Mountgarret",
                0,
                "On $170k plus super, wants a 30% jump or he stays put.",
            ),
        ],
        at=MELB_HYBRID,
        salary_min=175_000,
        salary_max=195_000,
        currency="AUD",
    ),
]

# --- 5. last time's reason: resolved by this role, or still standing ------------------------

PAST_SYD_150K = dict(
    remote_policy="hybrid", location="Sydney NSW, Australia", salary_max=150_000, currency="AUD"
)
PAST_MELB_OFFICE = dict(remote_policy="onsite", location="Melbourne VIC, Australia")
PAST_MELB_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne VIC, Australia",
    offers=["Three days a week in the office"],
)
PAST_GOLDFIELDS = dict(
    remote_policy="onsite",
    location="Kalgoorlie WA, Australia (FIFO)",
    offers=["FIFO on a 2:1 roster"],
)

RESOLVED = [
    case(
        "declined at $150k asking $170k, band now $165k-$185k vs asked $220k",
        "lawyer",
        [
            who(
                "lawyer",
                "Arabella Kingscote",
                2,
                apps=[
                    declined(
                        310,
                        "compensation",
                        "Wanted $170k base, we topped out at $150k",
                        past=PAST_SYD_150K,
                    )
                ],
            ),
            who(
                "lawyer",
                "Sebastian Marchetti",
                0,
                apps=[
                    declined(
                        310,
                        "compensation",
                        "Wanted $220k base, we capped at $150k - miles apart",
                        past=PAST_SYD_150K,
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        salary_min=165_000,
        salary_max=185_000,
        currency="AUD",
    ),
    case(
        "declined five days in the office, now three vs wanted fully remote, still hybrid",
        "auditor",
        [
            who(
                "auditor",
                "Tahlia Brennan-Moore",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Declined - 5 days in Docklands was a dealbreaker, would do 3",
                        past=PAST_MELB_OFFICE,
                        role="Audit Manager",
                    )
                ],
            ),
            who(
                "auditor",
                "Rory Pendlebury",
                0,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Declined - hybrid wasn't enough, wants 100% WFH from Ballarat",
                        past=PAST_MELB_HYBRID,
                        role="Audit Manager",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "pulled out over a 2:1 roster, this is 8/6 vs pulled out of FIFO altogether",
        "miner",
        [
            who(
                "miner",
                "Jarrod Hetherington",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - 2:1 too long away from the kids, even time would work",
                        past=PAST_GOLDFIELDS,
                        role="Senior Mining Engineer",
                    )
                ],
            ),
            who(
                "miner",
                "Damien Ruttledge",
                0,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - wants out of FIFO full stop, residential only",
                        past=PAST_GOLDFIELDS,
                        role="Senior Mining Engineer",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "declined for want of 482 sponsorship, this role sponsors vs wouldn't move to Perth",
        "geotech",
        [
            who(
                "geotech",
                "Deepak Raghavan",
                2,
                apps=[
                    declined(
                        280,
                        "other",
                        "Offer pulled - client couldn't sponsor his 482 at the time",
                        role="Geotechnical Engineer",
                    )
                ],
                where="Brisbane QLD, Australia",
            ),
            who(
                "geotech",
                "Liam Cassidy-Ward",
                0,
                apps=[
                    declined(
                        280,
                        "location",
                        "Declined - won't relocate the family to Perth",
                        role="Geotechnical Engineer",
                    )
                ],
                where="Brisbane QLD, Australia",
            ),
        ],
        at=PERTH_HYBRID,
        offers=["482 and 186 sponsorship available", "Relocation to Perth paid"],
    ),
    case(
        "declined for no partner track, now a clear one vs declined a 1,900-hour budget",
        "lawyer",
        [
            who(
                "lawyer",
                "Felicity Drummond",
                2,
                apps=[
                    declined(
                        330,
                        "other",
                        "Declined - no real path to partnership at that firm",
                        role="Senior Associate",
                    )
                ],
            ),
            who(
                "lawyer",
                "Orlando Bickerstaff",
                0,
                apps=[
                    declined(
                        330,
                        "other",
                        "Declined - 1,900 billable hour target, wants under 1,600",
                        role="Senior Associate",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        offers=["Defined partnership track within three years", "Billable target 1,900 hours"],
    ),
    case(
        "withdrew over the Sandton commute, this is in Menlyn vs wanted Cape Town",
        "consultant",
        [
            who(
                "consultant",
                "Refilwe Motaung-Smit",
                2,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Withdrew - N1 commute to Sandton from Pretoria East too much",
                        role="Risk Consulting Manager",
                    )
                ],
                where="Pretoria, South Africa",
            ),
            who(
                "consultant",
                "Jacques du Plessis",
                0,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Withdrew - semigrating to Cape Town, only wants Western Cape roles",
                        role="Risk Consulting Manager",
                    )
                ],
                where="Pretoria, South Africa",
            ),
        ],
        at=dict(
            remote_policy="hybrid",
            location="Pretoria (Menlyn), South Africa",
            offers=["Hybrid: three days a week in the Menlyn office"],
        ),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    case(
        "not against FIFO, just not 2:1 vs not keen on FIFO at all, 8/6 role",
        "hse",
        [
            who(
                "hse",
                "Shaun Braithwaite",
                2,
                touches=[
                    rang(
                        50,
                        "Not against FIFO as such, just not 2:1 again. Even time he'd do tomorrow.",
                    )
                ],
            ),
            who(
                "hse",
                "Nathan Ellery",
                0,
                touches=[
                    rang(
                        50,
                        "Not keen on FIFO at all anymore, whatever the roster.",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "never had an issue with camp life vs never again, camp did her head in",
        "geotech",
        [
            who(
                "geotech",
                "Kayla Wetherell",
                2,
                "Never had an issue with camp life - gym, wet mess, sleep, repeat.",
            ),
            who(
                "geotech",
                "Simone Ashby-Reid",
                0,
                "Never again with camp - the dongas and the isolation did her head in.",
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "it's not the money, it's the hours vs it's not the hours, it's the money",
        "lawyer",
        [
            who(
                "lawyer",
                "Adelaide Fotheringham",
                2,
                touches=[
                    mail(
                        65,
                        "It's not the money that's the problem, it's the hours - I'd take a "
                        "pay cut for a 1,500 budget.",
                    )
                ],
            ),
            who(
                "lawyer",
                "Montgomery Blaxland",
                0,
                touches=[
                    mail(
                        65,
                        "It's not the hours, it's the money - I need $230k to make a move "
                        "worthwhile.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        salary_min=160_000,
        salary_max=180_000,
        currency="AUD",
        offers=["Billable target of 1,500 hours", "$160k to $180k plus super"],
    ),
    case(
        "no problem travelling to site monthly vs no travel, otherwise open",
        "consultant",
        [
            who(
                "consultant",
                "Patrick Oduya",
                2,
                "No problem travelling to client sites in the Pilbara once a month.",
                where="Perth WA, Australia",
            ),
            who(
                "consultant",
                "Bethany Ironside",
                0,
                "No travel - otherwise open to anything in risk.",
                where="Perth WA, Australia",
            ),
        ],
        at=PERTH_HYBRID,
        offers=["Monthly two-day visits to client sites in the Pilbara"],
    ),
    case(
        "not opposed to leading a team vs not interested in managing anyone",
        "actuary",
        [
            who(
                "actuary",
                "Wilhelmina Sutcliffe",
                2,
                touches=[
                    li(
                        80,
                        "I'm not opposed to leading a team at all - it's probably the next "
                        "step for me.",
                    )
                ],
            ),
            who(
                "actuary",
                "Cedric Hollingworth",
                0,
                touches=[
                    li(
                        80,
                        "I'm not interested in managing anyone - I want to stay deep in the "
                        "models.",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
        offers=["Lead a valuation team of five actuaries and analysts"],
    ),
    case(
        "wouldn't rule out Perth vs rules Perth out, family in Brisbane",
        "pm",
        [
            who(
                "pm",
                "Jasper Underwood",
                2,
                "Wouldn't rule out a move to Perth for a big rail job.",
                where="Brisbane QLD, Australia",
            ),
            who(
                "pm",
                "Elliot Rushworth",
                0,
                "Rules out Perth - his whole family is in Brisbane.",
                where="Brisbane QLD, Australia",
            ),
        ],
        at=dict(
            remote_policy="onsite",
            location="Perth WA, Australia",
            offers=["Relocation to Perth paid"],
        ),
        description="Deliver a METRONET rail package in Perth.",
    ),
]

# --- 7. work mode, location, level, stage and size, mission, technology ----------------------

WORK_MODE = [
    case(
        "full WFH from Ballarat vs wants the office every day, remote role",
        "tax",
        [
            who(
                "tax",
                "Madeleine Corbould",
                2,
                "Moved to Ballarat - fully WFH or it doesn't work.",
                where="Ballarat VIC, Australia",
            ),
            who(
                "tax",
                "Harrison Goldsworthy",
                0,
                "Hates WFH, wants to be in an office with the team every day.",
                where="Ballarat VIC, Australia",
            ),
        ],
        at=dict(remote_policy="remote", location="Remote (Australia)"),
    ),
    case(
        "two days in at most vs wants the office most days, three days said only in the text",
        "consultant",
        [
            who(
                "consultant",
                "Natasha Brightwell",
                0,
                "Two days a week in the office at the very most.",
                where="Melbourne VIC, Australia",
            ),
            who(
                "consultant",
                "Timothy Ravensworth",
                2,
                "Wants to be in the office most days - learns better with people around.",
                where="Melbourne VIC, Australia",
            ),
        ],
        at=dict(location="Melbourne VIC, Australia"),
        description="Run risk engagements from the Collins Street office, three days a week "
        "in the office and two from home.",
    ),
    case(
        "wants to be site-based vs wants a desk job with WFH",
        "pm",
        [
            who(
                "pm",
                "Douglas Treloar",
                2,
                touches=[
                    rang(
                        75,
                        "Wants to be back out on site - hates being stuck in head office "
                        "doing reports.",
                    )
                ],
                where="Auckland, New Zealand",
            ),
            who(
                "pm",
                "Graham Westaway",
                0,
                touches=[
                    rang(
                        75,
                        "Wants an office-based commercial role with a couple of WFH days - "
                        "done with site sheds.",
                    )
                ],
                where="Auckland, New Zealand",
            ),
        ],
        at=AKL_ONSITE,
        description="Site-based project manager on the Auckland motorway upgrade, five days "
        "a week on site.",
    ),
    case(
        "needs some WFH with a toddler vs needs fully remote, moving to KL",
        "auditor",
        [
            who(
                "auditor",
                "Evelyn Tay Shu Min",
                2,
                "Must have some WFH days, toddler at home - two days is perfect.",
                where="Singapore",
            ),
            who(
                "auditor",
                "Ryan Lau Zhi Wei",
                0,
                "Moving to KL next year, only fully remote roles.",
                where="Singapore",
            ),
        ],
        at=dict(
            remote_policy="hybrid",
            location="Singapore",
            offers=["WFH two days a week"],
        ),
    ),
    case(
        "remote or nothing from Queenstown vs back to the office full-time, remote in the title",
        "qs",
        [
            who(
                "qs",
                "Bridget Kerrigan",
                2,
                "Remote or nothing - lives in Queenstown and isn't leaving.",
                where="Queenstown, New Zealand",
            ),
            who(
                "qs",
                "Carwyn Llewellyn",
                0,
                "Wants to be back in an office full-time, misses the banter.",
                where="Queenstown, New Zealand",
            ),
        ],
        at=dict(location="New Zealand"),
        title="Senior Quantity Surveyor (Remote, NZ-wide)",
    ),
]

LOCATIONS = [
    case(
        "moving to Perth with her partner vs partner moving but she's staying put",
        "auditor",
        [
            who(
                "auditor",
                "Jemima Postlethwaite",
                2,
                "Partner's been posted to Perth - they're moving in January.",
                where="Brisbane QLD, Australia",
            ),
            who(
                "auditor",
                "Louisa Farnborough",
                0,
                "Husband's taking a Perth posting but she's staying in Brisbane with the kids.",
                where="Brisbane QLD, Australia",
            ),
        ],
        at=PERTH_HYBRID,
    ),
    case(
        "would relocate to Joburg vs Cape Town only",
        "actuary",
        [
            who(
                "actuary",
                "Andile Mthembu",
                2,
                touches=[
                    rang(
                        90,
                        "Would relocate to Joburg for the right role, no issues.",
                    )
                ],
                where="Cape Town, South Africa",
            ),
            who(
                "actuary",
                "Carike Visser",
                0,
                touches=[
                    rang(
                        90,
                        "Cape Town only - semigration was the whole point, not going back up.",
                    )
                ],
                where="Cape Town, South Africa",
            ),
        ],
        at=JHB_HYBRID,
    ),
    case(
        "wants to move to Singapore from KL vs staying in KL, Singapore too dear",
        "consultant",
        [
            who(
                "consultant",
                "Aiman Hakimi",
                2,
                "Keen to move from KL to Singapore for the right role.",
                where="Kuala Lumpur, Malaysia",
            ),
            who(
                "consultant",
                "Siti Nurhaliza binti Yusof",
                0,
                "Wants to stay in KL - Singapore is too expensive with the kids.",
                where="Kuala Lumpur, Malaysia",
            ),
        ],
        at=SG_HYBRID,
        offers=["Employment Pass sponsored", "Hybrid: three days a week at Marina Bay"],
    ),
    case(
        "heading home to Auckland to be near whānau vs leaving for Christchurch",
        "pm",
        [
            who(
                "pm",
                "Wiremu Ngata",
                2,
                touches=[
                    mail(
                        60,
                        "Keen to head home to Auckland next year to be closer to my whānau.",
                    )
                ],
                where="Wellington, New Zealand",
            ),
            who(
                "pm",
                "Hamish Burrowes",
                0,
                touches=[
                    mail(
                        60,
                        "We've sold up and we're off to Christchurch in February - South "
                        "Island roles only from now on.",
                    )
                ],
                where="Wellington, New Zealand",
            ),
        ],
        at=AKL_ONSITE,
    ),
    case(
        "tree-change to the Hunter vs won't leave Sydney",
        "geotech",
        [
            who(
                "geotech",
                "Jessamy Whitcroft",
                2,
                "Keen on a tree-change to the Hunter Valley.",
                where="Sydney NSW, Australia",
            ),
            who(
                "geotech",
                "Nicholas Papadakis",
                0,
                "Won't leave Sydney - kids settled at school in the Inner West.",
                where="Sydney NSW, Australia",
            ),
        ],
        at=dict(remote_policy="onsite", location="Newcastle NSW, Australia"),
    ),
]

LEVEL = [
    case(
        "wants the Special Counsel title now vs happy to stay senior associate with a track",
        "lawyer",
        [
            who(
                "lawyer",
                "Octavia Strangways",
                0,
                "At 6 PQE wants the Special Counsel title - won't take another senior "
                "associate role.",
            ),
            who(
                "lawyer",
                "Josephine Kaldor",
                2,
                "Happy to stay a senior associate if the partner track is real.",
            ),
        ],
        at=SYD_HYBRID,
        offers=["Senior associate with a defined partnership track"],
    ),
    case(
        "wants to lead a team vs wants to stay technical, no people",
        "qs",
        [
            who(
                "qs",
                "Manaia Tuhoe",
                2,
                touches=[rang(60, "Ready to run a team of QSs - been acting lead since March.")],
            ),
            who(
                "qs",
                "Reuben Callaghan",
                0,
                touches=[rang(60, "Wants to stay hands-on measuring, no direct reports thanks.")],
            ),
        ],
        at=AKL_ONSITE,
        title="Commercial Manager (leads four QSs)",
        seniority="manager",
        offers=["Lead a team of four quantity surveyors"],
    ),
    case(
        "wants to step up to mining superintendent vs wants to step back from supervising",
        "miner",
        [
            who(
                "miner",
                "Troy Beaumont",
                2,
                "Wants to step up to mining superintendent - ready for a crew of his own.",
            ),
            who(
                "miner",
                "Gavin Cartwright",
                0,
                "Wants to step back from supervising - engineering only, no more people headaches.",
            ),
        ],
        at=PILBARA_FIFO,
        title="Mining Superintendent",
        seniority="lead",
        offers=["Lead the mining engineering and drill and blast crews"],
    ),
    case(
        "ready for senior manager after acting a year vs wants a lower-pressure level",
        "auditor",
        [
            who(
                "auditor",
                "Kimberley Ashgrove",
                2,
                touches=[
                    mail(
                        75,
                        "I've been acting senior manager for a year - I'm ready for the title "
                        "and the portfolio.",
                    )
                ],
            ),
            who(
                "auditor",
                "Lucinda Rathbone",
                0,
                touches=[
                    mail(
                        75,
                        "Honestly I'd go back down to assistant manager for less pressure - "
                        "not chasing promotion.",
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
        title="Senior Audit Manager",
        seniority="manager",
    ),
]

STAGE_SIZE = [
    case(
        "sick of big-firm politics, wants a boutique vs top-tier only",
        "lawyer",
        [
            who(
                "lawyer",
                "Serena Albrechtsen",
                2,
                "Sick of top-tier politics - wants a boutique where she knows everyone.",
            ),
            who(
                "lawyer",
                "Bartholomew Keane",
                0,
                "Top-tier or national firms only - the brand matters for his career.",
            ),
        ],
        at=SYD_HYBRID,
        description="Run commercial disputes at a 12-lawyer litigation boutique in the CBD.",
    ),
    case(
        "keen on a junior explorer for the equity vs majors only for stability",
        "geotech",
        [
            who(
                "geotech",
                "Flynn Marchbanks",
                2,
                "Keen on an ASX junior - wants equity and a hand in building the mine.",
            ),
            who(
                "geotech",
                "Travis Helmsley",
                0,
                "Majors only after his last junior went into administration - BHP, Rio, FMG.",
            ),
        ],
        at=PERTH_HYBRID,
        description="First geotech hire at an ASX-listed gold junior taking its first "
        "project to production; options package.",
    ),
    case(
        "wants a big corporate after a small practice vs wants a small practice",
        "tax",
        [
            who(
                "tax",
                "Ayanda Khanyile-Morris",
                2,
                "After ten years in a small practice, wants a big corporate with structure.",
                where="Johannesburg, South Africa",
            ),
            who(
                "tax",
                "Francois Botha",
                0,
                "Wants a small practice - not another corporate machine.",
                where="Johannesburg, South Africa",
            ),
        ],
        at=JHB_HYBRID,
        title="Group Tax Manager",
        description="Own corporate tax for a JSE-listed group of 12,000 people.",
    ),
]

MISSION = [
    case(
        "won't work in coal anymore vs happy in coal",
        "miner",
        [
            who(
                "miner",
                "Eliza Worthington",
                0,
                touches=[
                    mail(
                        90,
                        "I've made my peace with it: no more coal for me. Metals, lithium, "
                        "anything else.",
                    )
                ],
                where="Mackay QLD, Australia",
            ),
            who(
                "miner",
                "Brock Tennyson",
                2,
                touches=[
                    mail(
                        90,
                        "Coal's been good to me - happy to stay in the Bowen Basin.",
                    )
                ],
                where="Mackay QLD, Australia",
            ),
        ],
        at=BOWEN_DIDO,
        description="Short-term planning at a metallurgical coal mine in the Bowen Basin.",
    ),
    case(
        "wants into renewables vs nothing said, a solar and battery project",
        "pm",
        [
            who(
                "pm",
                "Ingrid Skjeldrup",
                2,
                "Wants to move into renewables - solar, wind, batteries, anything decarbonising.",
            ),
            who("pm", "Malcolm Featherby", 1),
        ],
        at=SYD_ONSITE,
        description="Deliver a 400 MW solar farm and battery project in central west NSW.",
    ),
    case(
        "won't work for gambling companies vs no issue with gaming",
        "tax",
        [
            who(
                "tax",
                "Miriam Eisenberg",
                0,
                "Won't work for casinos or wagering companies.",
            ),
            who(
                "tax",
                "Trent Gilchrist",
                2,
                "No issue with the gaming sector, worked on a casino audit.",
            ),
        ],
        at=MELB_HYBRID,
        title="Tax Manager, Casino and Wagering Group",
        description="In-house tax for a listed casino and wagering group.",
    ),
    case(
        "wants pro bono and First Nations work vs wants purely commercial",
        "lawyer",
        [
            who(
                "lawyer",
                "Aurelia Gunawardena",
                2,
                "Wants a firm with a serious pro bono practice - native title and First "
                "Nations work especially.",
            ),
            who(
                "lawyer",
                "Dominic Ashbourne",
                1,
                "Wants purely commercial work, pro bono isn't a draw.",
            ),
        ],
        at=SYD_HYBRID,
        offers=["100 pro bono hours a year count towards target", "Native title pro bono team"],
    ),
]

TECH = [
    case(
        "wants into data analytics vs won't touch data analytics",
        "auditor",
        [
            who(
                "auditor",
                "Gemma Ravenhill",
                2,
                "Wants to get hands-on with audit data analytics - Alteryx, Power BI.",
            ),
            who(
                "auditor",
                "Barnaby Whitford",
                0,
                "Doesn't want to go near the data analytics side of audit.",
            ),
        ],
        at=MELB_HYBRID,
        offers=["Lead the audit data analytics rollout (Alteryx and Power BI)"],
    ),
    case(
        "wants to stay on Deswik vs Surpac only, won't learn Deswik",
        "miner",
        [
            who(
                "miner",
                "Cameron Ogilvie",
                2,
                touches=[rang(65, "Deswik all day, wants to keep building in it.")],
            ),
            who(
                "miner",
                "Scott Mulholland",
                0,
                touches=[rang(65, "Surpac man, not interested in learning Deswik at his age.")],
            ),
        ],
        at=PILBARA_FIFO,
        description="Short-term plans and drill and blast design in Deswik.",
    ),
    case(
        "keen to move from Prophet to Python vs wants to stay Prophet only",
        "actuary",
        [
            who(
                "actuary",
                "Priscilla Vandenberg",
                2,
                "Keen to move off Prophet and model in Python.",
            ),
            who(
                "actuary",
                "Horace Wilberforce",
                0,
                "Wants to stay on Prophet - no interest in Python or R.",
            ),
        ],
        at=SYD_HYBRID,
        description="Rebuild the valuation models in Python, replacing Prophet.",
    ),
]

# --- 8. the history with us and the latest process ------------------------------------------

LAST_TIME = [
    case(
        "rejected for conduct on site vs lost at the final round",
        "hse",
        [
            who(
                "hse",
                "Bryce Lowther",
                0,
                apps=[
                    app(
                        180,
                        "final",
                        "rejected",
                        "conduct",
                        "Belittled a female supervisor on the site walk - client refused to "
                        "proceed",
                        role="Senior HSE Adviser",
                    )
                ],
            ),
            who(
                "hse",
                "Aaron Findlater",
                2,
                apps=[
                    lost_final(
                        180,
                        "Great on the site walk, pipped by an internal",
                        role="Senior HSE Adviser",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "no tier 1 experience two years ago, since ran a Metro package vs two months ago",
        "pm",
        [
            who(
                "pm",
                "Glenn Sandilands",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No tier 1 delivery experience yet",
                        role="Senior Project Manager",
                    )
                ],
                touches=[
                    ats(
                        90,
                        "Update: cand has since run a $180m Sydney Metro station package for "
                        "a tier 1.",
                    )
                ],
            ),
            who(
                "pm",
                "Neville Armstrong",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No tier 1 delivery experience - only tier 3 builders",
                        role="Senior Project Manager",
                    )
                ],
            ),
        ],
        at=SYD_ONSITE,
    ),
    case(
        "a no-show at the final vs rescheduled for a sick child, then the role closed",
        "consultant",
        [
            who(
                "consultant",
                "Vincent Loh Chee Keong",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the partner final, never explained",
                        role="Risk Consulting Manager",
                    )
                ],
            ),
            who(
                "consultant",
                "Grace Yeo Hui Min",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "position_closed",
                        "headcount",
                        "Moved her final by a week (son in KKH), then the req was frozen",
                        role="Risk Consulting Manager",
                    )
                ],
            ),
        ],
        at=SG_HYBRID,
    ),
    case(
        "reneged on an accepted offer for a counter three months ago vs lost to an internal",
        "tax",
        [
            who(
                "tax",
                "Lachlan Strathearn",
                0,
                apps=[
                    declined(
                        95,
                        "counteroffer",
                        "Signed, then reneged a week before start - took the counter",
                        role="Tax Manager",
                    )
                ],
            ),
            who(
                "tax",
                "Dominique Farrelly",
                2,
                apps=[
                    lost_final(
                        95, "Lost to an internal transfer at the last step", role="Tax Manager"
                    )
                ],
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "failed the pre-employment D&A vs medical delayed, role filled meanwhile",
        "miner",
        [
            who(
                "miner",
                "Kane Ridgeway",
                0,
                apps=[
                    app(
                        140,
                        "offer",
                        "rejected",
                        "conduct",
                        "Offer withdrawn - non-negative on the pre-employment D&A",
                        role="Senior Mining Engineer",
                    )
                ],
            ),
            who(
                "miner",
                "Lewis Dunsmore",
                2,
                apps=[
                    app(
                        140,
                        "offer",
                        "position_closed",
                        "timing",
                        "Medical clinic backlog held up his pre-employment, client filled it "
                        "meanwhile",
                        role="Senior Mining Engineer",
                    )
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
]

PROCESS = [
    case(
        "a final round vs a CV never screened",
        "qs",
        [
            who(
                "qs",
                "Tamati Paewai",
                2,
                apps=[
                    lost_final(130, "Close second, client loved his CostX work", role="Senior QS")
                ],
            ),
            who(
                "qs",
                "Oscar Fairbrother",
                1,
                apps=[
                    app(
                        130,
                        "applied",
                        "position_closed",
                        "headcount",
                        None,
                        role="Senior QS",
                    )
                ],
            ),
        ],
        at=AKL_ONSITE,
    ),
    case(
        "placed by us in August vs lost at the final",
        "auditor",
        [
            who(
                "auditor",
                "Harriet Lindgren",
                0,
                apps=[
                    app(
                        100,
                        "offer",
                        "hired",
                        None,
                        "Placed - started as audit manager 17 Aug",
                        role="Audit Manager",
                    )
                ],
            ),
            who(
                "auditor",
                "Isobel Cartwright-Lane",
                2,
                apps=[lost_final(100, "Second choice, very close", role="Audit Manager")],
            ),
        ],
        at=MELB_HYBRID,
    ),
    case(
        "closed at offer stage by a freeze vs not progressed past screening",
        "actuary",
        [
            who(
                "actuary",
                "Nadia Bergström",
                2,
                apps=[
                    app(
                        200,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer approved then headcount frozen after the IFRS 17 restructure",
                        role="Actuarial Manager",
                    )
                ],
            ),
            who(
                "actuary",
                "Roderick Mayhew",
                1,
                apps=[
                    app(
                        200,
                        "screen",
                        "rejected",
                        "other_candidate",
                        "Not progressed - stronger shortlist",
                        role="Actuarial Manager",
                    )
                ],
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "a boomerang who left on good terms vs someone we hired four months ago",
        "geotech",
        [
            who(
                "geotech",
                "Emmeline Roscoe",
                2,
                apps=[app(1200, "offer", "hired", None, None, role="Geotechnical Engineer")],
                touches=[
                    ats(
                        400,
                        "Left us for a UK stint, rehire eligible - manager would have her back "
                        "tomorrow.",
                    )
                ],
            ),
            who(
                "geotech",
                "Declan Moynihan",
                0,
                apps=[app(120, "offer", "hired", None, None, role="Geotechnical Engineer")],
            ),
        ],
        at=PERTH_HYBRID,
    ),
]

# --- 9. several notes over time, the latest word counts -------------------------------------

LATEST_WORD = [
    case(
        "no FIFO, then FIFO fine now the kids are grown vs FIFO fine, then no FIFO",
        "miner",
        [
            who(
                "miner",
                "Russell Kingsley",
                2,
                touches=[
                    rang(date(2026, 2, 9), "No FIFO while the kids are at school."),
                    rang(
                        date(2026, 9, 14),
                        "Youngest has left home - FIFO back on the table, 8/6 ideal.",
                    ),
                ],
            ),
            who(
                "miner",
                "Wade Pilkington",
                0,
                touches=[
                    rang(date(2026, 2, 9), "FIFO's fine, any roster."),
                    rang(
                        date(2026, 9, 14),
                        "Wife's expecting - he's out of FIFO for good, Perth residential only.",
                    ),
                ],
            ),
        ],
        at=PILBARA_FIFO,
    ),
    case(
        "won't leave Melbourne, then moving to Sydney vs the reverse",
        "tax",
        [
            who(
                "tax",
                "Camilla Hetherington",
                2,
                touches=[
                    mail(date(2026, 3, 2), "I won't leave Melbourne, sorry."),
                    mail(
                        date(2026, 10, 5),
                        "Change of plans - my partner got a job in Sydney, we move in "
                        "December. Sydney roles now please!",
                    ),
                ],
                where="Melbourne VIC, Australia",
            ),
            who(
                "tax",
                "Phoebe Marlborough",
                0,
                touches=[
                    mail(date(2026, 3, 2), "Would happily move up to Sydney."),
                    mail(
                        date(2026, 10, 5),
                        "We've decided to stay in Melbourne after all - please only send me "
                        "Melbourne roles.",
                    ),
                ],
                where="Melbourne VIC, Australia",
            ),
        ],
        at=SYD_HYBRID,
    ),
    case(
        "a removal taken back vs keep me posted hardened into a deletion",
        "qs",
        [
            who(
                "qs",
                "Hone Rāwiri",
                2,
                touches=[
                    mail(date(2026, 1, 19), "Remove me from your mailing list please."),
                    mail(
                        date(2026, 6, 8),
                        "Sorry I was short with you in January - rough week. Please do keep "
                        "me on your books, I'm looking now.",
                    ),
                ],
            ),
            who(
                "qs",
                "Ivan Radovanović",
                0,
                touches=[
                    mail(date(2026, 1, 19), "Keep me posted on anything senior."),
                    mail(
                        date(2026, 6, 8),
                        "Please delete my details and don't contact me again, I've gone "
                        "client-side for good.",
                    ),
                ],
                excluded=True,
            ),
        ],
        at=AKL_ONSITE,
    ),
    case(
        "pay ask lowered to fit vs pay ask raised above the band",
        "hse",
        [
            who(
                "hse",
                "Kirsty Mcallum",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Wants $200k to move."),
                    rang(
                        date(2026, 10, 19),
                        "Market's quietened - she'd take $175k plus super now.",
                    ),
                ],
            ),
            who(
                "hse",
                "Darcy Whitmore",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Would take $170k."),
                    rang(
                        date(2026, 10, 19),
                        "Counter-offered to $195k - wants $210k plus super to move now.",
                    ),
                ],
            ),
        ],
        at=PERTH_HYBRID,
        salary_min=165_000,
        salary_max=180_000,
        currency="AUD",
    ),
    case(
        "perm only, then open to contract vs contract, then perm only",
        "geotech",
        [
            who(
                "geotech",
                "Lorenzo Bianchetti",
                2,
                touches=[
                    ats(date(2026, 2, 2), "Perm only."),
                    ats(
                        date(2026, 9, 7),
                        "Now open to contract - set up his own Pty Ltd, happy on an ABN.",
                    ),
                ],
            ),
            who(
                "geotech",
                "Spencer Aldridge",
                0,
                touches=[
                    ats(date(2026, 2, 2), "Happy contracting."),
                    ats(
                        date(2026, 9, 7),
                        "Wants perm only now - buying a house, bank wants PAYG.",
                    ),
                ],
            ),
        ],
        at=PERTH_HYBRID,
        title="Senior Geotechnical Engineer (6-month contract, ABN)",
    ),
    case(
        "remote only, then happy with three days in vs three days in, then remote only",
        "consultant",
        [
            who(
                "consultant",
                "Melissa Chan Yi Ling",
                2,
                touches=[
                    li(date(2026, 1, 12), "Fully remote only for me."),
                    li(
                        date(2026, 8, 24),
                        "Actually missing the office now - three days in would be great.",
                    ),
                ],
            ),
            who(
                "consultant",
                "Kenneth Yap Wei Jie",
                0,
                touches=[
                    li(date(2026, 1, 12), "Three days in the office suits me."),
                    li(
                        date(2026, 8, 24),
                        "Moved to JB to save on rent - fully remote only now.",
                    ),
                ],
            ),
        ],
        at=SG_HYBRID,
    ),
]

HELDOUT35_CASES: list[Case] = [
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
