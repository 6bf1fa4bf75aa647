"""Held-out rediscovery cases, twentieth set: life-sciences recruiters' own words, written by a
twentieth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 20") and never tuned to what Encore does. The recruiters are in-house
TA partners at big pharma and at Series B biotechs, a CRO's recruiting desk working in terse
shorthand ("cand", "LVM", "FSP", "spnsr", "CV sub'd", "DNC", "% trvl"), and hiring managers
whose notes ramble over the site tour, the gowning, the batch that failed and the dates of
everyone's holidays before one line decides. Candidates answer on LinkedIn, by email, by
WhatsApp and in formal letters, some in German (Basel, Penzberg), Swiss French (Geneva,
Lausanne) and Hindi or Hinglish (Hyderabad, Bangalore). The people are QC analysts and lab
scientists, QA specialists (CAPA, deviations, batch release), CQV and validation engineers,
regulatory affairs managers, CRAs and clinical trial managers, medical science liaisons,
manufacturing shift supervisors in GMP plants (4-on-4-off, continental shifts, Wechselschicht),
field service engineers for imaging and lab devices, and medical device sales reps with a
territory, in Boston and Cambridge MA, New Jersey, San Diego, Basel, Geneva, Cork and Dublin,
Munich and Penzberg, Singapore, Hyderabad and Bangalore. The talk is GxP, Annex 1, cleanroom
grades, PAIs and 483s, database locks, % travel and overnights, sponsor against CRO against
FSP, W-2 against 1099 against perm, per diem, USD base and OTE, CHF, EUR, SGD a month and LPA,
RSUs and runway, H-1B transfers and L-1s, green cards, the Swiss B permit, Ireland's Critical
Skills permit and Stamp 4, Singapore's EP and PR, relocation packages and non-competes.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a move to academia, a CRO's DNC with a deletion request, German, Swiss French and
   Hindi, a withdrawal of consent, an angry WhatsApp, a scientist who left the profession, a
   bare "UNSUBSCRIBE", a retirement): never shown; beside each a channel preference, one
   sponsor's shortlist only, "not during the shift", "pas pour le moment", "WhatsApp instead",
   a consent renewed, "sponsor side only", a teacher who misses the lab, a newsletter dropped
   but openings welcome, and a semi-retired validation contractor;
2. waits counted from the day said, each against a twin whose wait has run out: a non-compete,
   a Swiss notice period "per Ende Januar", an RSU cliff, a plant shutdown and requalification,
   a Phase 3 database lock, maternity leave, Stamp 4 after the Critical Skills permit, an April
   appraisal in India against Diwali gone by, a retention bonus, a pre-approval inspection, and
   Chinese New Year against Hari Raya;
3. schedule, travel, visa, contract and hours, commute: continental and 4-on-4-off shifts,
   nights, Wechselschicht, 6 am starts, a 9/80, weekend on-call; monitoring travel by the
   percentage, overnights, APAC trips, a partner's travel that is not hers; no sponsorship
   against a green card, H-1B transfer against an L-1, the B permit, Stamp 4 against Stamp 1G,
   PR against an EP, a spouse's visa; perm against 1099 and W-2 contract, FSP, 0.6 FTE, a
   fixed-term contract, "befristet"; commutes to Devens, Ringaskiddy, Genome Valley and Visp;
4. pay against the band: a USD base, CHF, LPA, SGD a month, an hourly W-2 rate with per diem,
   a current salary above the band with a lower ask, base against OTE, equity against cash;
5. work mode said only in the title, only in the description (in English or German), or only in
   the offers;
6. negation and scope ("not opposed to travel", "the pay wasn't the issue, the drive was",
   "never had a problem with gowning", in vivo work, "not against nights, just not 12-hour
   ones", "nichts gegen Reisen");
7. location and relocation (a spouse's move to Bangalore, back to Boston from RTP, Kuala Lumpur
   to Singapore, Munster against Dublin, a husband's move she is not following), managing
   against hands-on, a Director title, company stage, size and runway, sponsor against CRO,
   missions wanted or refused (oncology, aesthetics, rare disease, generics) and technology
   (Veeva Vault, cell and gene therapy, single-use);
8. last time's reason resolved by this role or still standing (office days, % travel,
   sponsorship, a CHF cap, nights, relocation to New Jersey), the history with us (a recent
   skills gap, rudeness on a site tour, a no-show, a reneged offer, an unverified degree) and
   the latest process (a final round against a CV screen, someone we placed three months ago,
   a panel against a phone screen, an offer accepted elsewhere a month ago);
9. several notes over time where the latest word counts: travel refused then fine and the
   reverse, a removal taken back and a "keep me posted" hardened into a removal, a pay ask
   lowered and raised, a move refused then made, perm-only given up, remote-only given up.

Hard cases a careful human still gets right are mixed in: a hiring manager's own opinion
against the candidate's word, a spouse's visa, a partner's travel, a husband's move, a job
brief pasted into a note, a current salary above the band with a lower ask, an objection to a
past employer's nights this role does not have, and dates that ask for no wait.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

QC_ANALYST = dict(
    current_title="Senior QC Analyst",
    skills=["HPLC", "GMP", "LIMS", "Method validation", "OOS investigations"],
    years_experience=7,
    resume_text=(
        "QC chemist, seven years in GMP release labs: HPLC and GC assays, dissolution, method "
        "transfer and validation, OOS and OOT investigations, LabWare LIMS and data integrity "
        "reviews."
    ),
)
QA_SPECIALIST = dict(
    current_title="QA Specialist",
    skills=["Batch record review", "CAPA", "Deviations", "Change control", "GMP"],
    years_experience=6,
    resume_text=(
        "Quality assurance specialist, six years in a biologics plant: batch record review and "
        "release support, deviation and CAPA ownership, change control, supplier audits and "
        "inspection readiness."
    ),
)
CQV_ENGINEER = dict(
    current_title="CQV Engineer",
    skills=["IQ/OQ/PQ", "Commissioning", "Cleanroom qualification", "GAMP 5", "Risk assessment"],
    years_experience=8,
    resume_text=(
        "Commissioning, qualification and validation engineer, eight years on fill-finish and "
        "drug substance projects: URS to PQ, cleanroom and HVAC qualification, GAMP 5 "
        "computerised systems and risk-based protocols."
    ),
)
RA_MANAGER = dict(
    current_title="Regulatory Affairs Manager",
    skills=["IND/CTA", "eCTD", "FDA interactions", "CMC regulatory", "Labelling"],
    years_experience=9,
    resume_text=(
        "Regulatory affairs, nine years: INDs and CTAs, eCTD submissions, CMC sections, FDA "
        "Type B and C meetings, labelling and post-approval variations in the US and EU."
    ),
)
CRA = dict(
    current_title="Senior Clinical Research Associate",
    skills=["Site monitoring", "ICH-GCP", "Source data verification", "Veeva CTMS", "Oncology"],
    years_experience=6,
    resume_text=(
        "Senior CRA, six years monitoring Phase II and III oncology and CNS studies: site "
        "qualification to close-out, SDV, protocol deviations, TMF upkeep and site training "
        "under ICH-GCP."
    ),
)
CTM = dict(
    current_title="Clinical Trial Manager",
    skills=["Study management", "CRO oversight", "Budgets", "Vendor management", "ICH-GCP"],
    years_experience=10,
    resume_text=(
        "Clinical trial manager, ten years from CRA to CTM: global Phase III delivery, CRO and "
        "vendor oversight, study budgets, enrolment plans and inspection readiness."
    ),
)
MSL = dict(
    current_title="Medical Science Liaison",
    skills=["KOL engagement", "Medical education", "Oncology", "Advisory boards", "PharmD"],
    years_experience=5,
    resume_text=(
        "PharmD medical science liaison, five years in haematology-oncology: KOL engagement, "
        "scientific exchange, advisory boards, investigator-initiated study support and field "
        "medical insights."
    ),
)
SHIFT_LEAD = dict(
    current_title="Manufacturing Shift Supervisor",
    skills=["Aseptic processing", "GMP", "Team leadership", "Lean", "Deviation handling"],
    years_experience=9,
    resume_text=(
        "Manufacturing shift supervisor, nine years in sterile fill-finish: a shift of twelve "
        "operators, grade A/B aseptic operations, line clearance, deviations on shift, lean "
        "daily boards and operator training."
    ),
)
FIELD_SERVICE = dict(
    current_title="Field Service Engineer",
    skills=["MRI and CT service", "Preventive maintenance", "Electronics", "Customer sites"],
    years_experience=7,
    resume_text=(
        "Field service engineer, seven years installing and repairing MRI and CT systems in "
        "hospitals: preventive maintenance, fault finding to board level, uptime contracts "
        "and customer training."
    ),
)
DEVICE_REP = dict(
    current_title="Medical Device Sales Representative",
    skills=["Territory management", "Orthopaedics", "OR coverage", "Salesforce"],
    years_experience=6,
    resume_text=(
        "Medical device sales rep, six years in orthopaedic trauma: a territory of twelve "
        "hospitals, case coverage in the OR, surgeon relationships and 112% of quota."
    ),
)
LAB_SCIENTIST = dict(
    current_title="Scientist II, Cell Biology",
    skills=["Cell-based assays", "Flow cytometry", "ELISA", "Primary cells", "ELN"],
    years_experience=5,
    resume_text=(
        "Bench scientist, five years after a PhD: cell-based potency assays, flow cytometry, "
        "ELISA and MSD, primary T cell culture and assay transfer to QC."
    ),
)


def pool(profile: str, persona: dict, where: str):
    """Candidates of one kind in the talent pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ta(days, text) -> dict:
    """An in-house TA partner's note in the ATS."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def desk(days, text) -> dict:
    """A CRO recruiter's call log, in the desk's shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def hm(days, text) -> dict:
    """A hiring manager's notes after a call or a site tour, as pasted in."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def mail(days, text) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def whatsapp(days, text) -> dict:
    """The candidate's WhatsApp or text message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def silver(days, note=None, *, role="Senior QC Analyst", rating=4.4) -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=rating, role=role)


def declined(days, reason, note, *, past=None, role="Senior QC Analyst") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior QC Analyst"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, reason, note, *, stage="interview", role="Senior QC Analyst") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

QC_ROLE = dict(
    title="Senior QC Analyst",
    department="Quality Control",
    seniority="senior",
    requirements="HPLC\nGMP release testing\nLIMS\nMethod validation",
    description="Release and stability testing for a commercial biologics site.",
)
QA_ROLE = dict(
    title="QA Specialist, Operations",
    department="Quality Assurance",
    seniority="mid",
    requirements="Batch record review\nCAPA\nDeviations\nChange control",
    description="Quality on the floor: batch disposition, deviations and CAPA.",
)
CQV_ROLE = dict(
    title="CQV Engineer",
    department="Engineering",
    seniority="senior",
    requirements="IQ/OQ/PQ\nCommissioning\nCleanroom qualification\nGAMP 5",
    description="Commission and qualify a new fill-finish line.",
)
RA_ROLE = dict(
    title="Regulatory Affairs Manager",
    department="Regulatory Affairs",
    seniority="manager",
    requirements="IND/CTA\neCTD\nFDA interactions\nCMC regulatory",
    description="Own regulatory strategy and submissions for two clinical programmes.",
)
CRA_ROLE = dict(
    title="Senior CRA",
    department="Clinical Operations",
    seniority="senior",
    requirements="Site monitoring\nICH-GCP\nSource data verification\nOncology",
    description="Monitor Phase II and III oncology sites.",
)
CTM_ROLE = dict(
    title="Clinical Trial Manager",
    department="Clinical Operations",
    seniority="manager",
    requirements="Study management\nCRO oversight\nBudgets\nICH-GCP",
    description="Run a global Phase III study and its CRO.",
)
MSL_ROLE = dict(
    title="Medical Science Liaison, Oncology",
    department="Medical Affairs",
    seniority="senior",
    requirements="PharmD, PhD or MD\nKOL engagement\nOncology\nScientific exchange",
    description="Field medical for a haematology-oncology launch.",
)
SHIFT_ROLE = dict(
    title="Manufacturing Shift Supervisor",
    department="Manufacturing",
    seniority="lead",
    requirements="Aseptic processing\nGMP\nLeading a shift team\nDeviation handling",
    description="Lead a shift of operators on a sterile fill-finish line.",
)
FSE_ROLE = dict(
    title="Field Service Engineer, Imaging",
    department="Service",
    seniority="mid",
    requirements="MRI or CT service\nPreventive maintenance\nElectronics fault finding",
    description="Install, maintain and repair MRI and CT systems at customer hospitals.",
)
REP_ROLE = dict(
    title="Territory Manager, Orthopaedics",
    department="Sales",
    seniority="senior",
    requirements="Medical device sales\nTerritory management\nOR coverage",
    description="Grow orthopaedic trauma sales across a hospital territory.",
)
SCI_ROLE = dict(
    title="Scientist II, Cell Biology",
    department="Research",
    seniority="mid",
    requirements="Cell-based assays\nFlow cytometry\nELISA\nPrimary cells",
    description="Build potency assays for a T cell therapy programme.",
)

# --- where and how they are worked ----------------------------------------------------------

CAMBRIDGE_ONSITE = dict(remote_policy="onsite", location="Cambridge, MA, USA")
CAMBRIDGE_HYBRID = dict(
    remote_policy="hybrid",
    location="Cambridge, MA, USA",
    offers=["Hybrid: three days a week in Kendall Square"],
)
BOSTON_ONSITE = dict(remote_policy="onsite", location="Boston, MA, USA")
DEVENS_ONSITE = dict(remote_policy="onsite", location="Devens, MA, USA")
NJ_ONSITE = dict(remote_policy="onsite", location="Summit, NJ, USA")
NJ_HYBRID = dict(
    remote_policy="hybrid",
    location="Princeton, NJ, USA",
    offers=["Hybrid: Tuesday to Thursday in Princeton"],
)
SAN_DIEGO_ONSITE = dict(remote_policy="onsite", location="San Diego, CA, USA")
SAN_DIEGO_HYBRID = dict(
    remote_policy="hybrid",
    location="San Diego, CA, USA",
    offers=["Hybrid: two days a week in Torrey Pines"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
BASEL_ONSITE = dict(remote_policy="onsite", location="Basel, Switzerland")
BASEL_HYBRID = dict(
    remote_policy="hybrid",
    location="Basel, Switzerland",
    offers=["Hybrid: two days a week from home"],
)
GENEVA_ONSITE = dict(remote_policy="onsite", location="Geneva, Switzerland")
VISP_ONSITE = dict(remote_policy="onsite", location="Visp, Switzerland")
CORK_ONSITE = dict(remote_policy="onsite", location="Cork, Ireland")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in Sandyford"],
)
PENZBERG_ONSITE = dict(remote_policy="onsite", location="Penzberg, Germany")
MUNICH_HYBRID = dict(
    remote_policy="hybrid",
    location="Munich, Germany",
    offers=["Hybrid: drei Tage im Büro, zwei im Homeoffice"],
)
SINGAPORE_ONSITE = dict(remote_policy="onsite", location="Singapore")
HYDERABAD_ONSITE = dict(remote_policy="onsite", location="Hyderabad, India")
BANGALORE_HYBRID = dict(
    remote_policy="hybrid",
    location="Bangalore, India",
    offers=["Hybrid: three days a week at our Whitefield site"],
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "gone to academia, don't message me again vs don't message me here, email instead",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Cambridge, MA, USA")(
                "Thaddeus Winterbourne",
                0,
                touches=[
                    inmail(
                        45,
                        "I've taken a postdoc at Harvard and I'm done with industry for good. "
                        "Please don't message me again about roles.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", QC_ANALYST, "Cambridge, MA, USA")(
                "Marisol Echeverría-Kwan",
                2,
                touches=[
                    inmail(
                        45,
                        "Please don't message me on here, I open LinkedIn about once a month. "
                        "Use my gmail instead - and yes, still open to QC roles in Kendall.",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, CAMBRIDGE_ONSITE),
    ),
    C(
        "CRO desk: DNC and a deletion request vs off one sponsor's FSP shortlist only",
        "sales",
        [
            pool("sales", CRA, "Raleigh, NC, USA")(
                "Corbin Haverstock",
                0,
                touches=[
                    desk(
                        80,
                        "spoke w/ cand. req'd removal from ALL campaigns + GDPR/CCPA delete req "
                        "logged. DNC - do not re-source.",
                    )
                ],
                excluded=True,
            ),
            pool("sales", CRA, "Raleigh, NC, USA")(
                "Delphine Okonkwo-Marsh",
                2,
                touches=[
                    desk(
                        80,
                        "spoke w/ cand. pls remove her from the Pfizer FSP shortlist only - "
                        "conflict w/ current spnsr. any other spnsr fine, home-based pref.",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, US_REMOTE, offers=["Home-based, 40% travel to sites"]),
    ),
    C(
        "German: delete my data, no more contact vs don't call during the shift, email is fine",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Penzberg, Germany")(
                "Gerhild Oberhuber",
                0,
                touches=[
                    mail(
                        60,
                        "Bitte löschen Sie meine Daten vollständig und kontaktieren Sie mich "
                        "künftig nicht mehr. Danke.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", SHIFT_LEAD, "Penzberg, Germany")(
                "Korbinian Staudacher",
                2,
                touches=[
                    mail(
                        60,
                        "Bitte rufen Sie mich nicht während der Schicht an, da kann ich nicht "
                        "ran. Per Mail gerne, ich bin weiterhin offen für Schichtleiter-Stellen.",
                    )
                ],
            ),
        ],
        **role(SHIFT_ROLE, PENZBERG_ONSITE),
    ),
    C(
        "Swiss French: stop contacting me vs not for now, get back to me in spring",
        "cs",
        [
            pool("cs", RA_MANAGER, "Lausanne, Switzerland")(
                "Amandine Rochat-Vuilleumier",
                0,
                touches=[
                    mail(
                        35,
                        "Merci de ne plus me contacter. Je ne souhaite plus recevoir vos "
                        "offres, ni par mail ni par téléphone.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", RA_MANAGER, "Lausanne, Switzerland")(
                "Baptiste Favre-Bulle",
                1,
                touches=[
                    mail(
                        35,
                        "Pas pour le moment, on est en pleine soumission. Recontactez-moi au "
                        "printemps, volontiers.",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, GENEVA_ONSITE),
    ),
    C(
        "Hindi: never call again, delete my number vs not in office hours, WhatsApp me",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Venkatesh Gorantla",
                0,
                touches=[
                    whatsapp(
                        25,
                        "Mujhe aage se koi call ya message mat bhejiye. Mera number apni list "
                        "se hata dijiye.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Sravani Kotamraju",
                2,
                touches=[
                    whatsapp(
                        25,
                        "Office time pe call mat kijiye, lab mein phone allowed nahi hai. "
                        "WhatsApp pe details bhej dijiye, QC role mein interest hai.",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, HYDERABAD_ONSITE),
    ),
    C(
        "a formal withdrawal of consent vs a formal renewal of consent",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Dublin, Ireland")(
                "Fionnuala Breathnach",
                0,
                touches=[
                    mail(
                        90,
                        "Dear Sir or Madam, I hereby withdraw my consent for your firm to hold "
                        "or process my personal data. Kindly delete my profile and refrain from "
                        "any further contact. Yours faithfully, F. Breathnach",
                    )
                ],
                excluded=True,
            ),
            pool("backend", CQV_ENGINEER, "Dublin, Ireland")(
                "Cathal Ó Súilleabháin",
                2,
                touches=[
                    mail(
                        90,
                        "Dear Ms Hennessy, further to your letter, I consent to your firm "
                        "retaining my details for a further two years. I remain interested in "
                        "CQV work in the Dublin area. Kind regards, C. Ó Súilleabháin",
                    )
                ],
            ),
        ],
        **role(CQV_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "angry WhatsApp: never CRO again, stop texting vs never CRO again, sponsor side only",
        "sales",
        [
            pool("sales", CRA, "Bangalore, India")(
                "Rohan Deshpande-Iyer",
                0,
                touches=[
                    whatsapp(
                        12,
                        "bro this is the 3rd msg this week. not doing CRO life ever again and "
                        "not interested in anything from you. dont text me",
                    )
                ],
                excluded=True,
            ),
            pool("sales", CRA, "Bangalore, India")(
                "Aniruddh Kulkarni",
                2,
                touches=[
                    whatsapp(
                        12,
                        "not doing CRO life ever again bro, 14 sites and zero weekends. "
                        "sponsor side only - if you have that, send JD",
                    )
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            BANGALORE_HYBRID,
            title="Senior CRA (sponsor, in-house)",
            offers=["In-house at the sponsor, not a CRO", "Three days a week in Whitefield"],
        ),
    ),
    C(
        "left the profession, close her file vs left for teaching, misses the lab",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Priscilla Vandermolen",
                0,
                touches=[
                    ta(
                        150,
                        "Candidate has left science (teaching high school chemistry now) and "
                        "asked us to close her file and stop contacting her.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Esperanza Villarreal",
                2,
                touches=[
                    ta(
                        150,
                        "Candidate moved into teaching last year. Says she misses the bench "
                        "terribly and asked us to keep her file open for assay roles.",
                    )
                ],
            ),
        ],
        **role(SCI_ROLE, SAN_DIEGO_ONSITE),
    ),
    C(
        "a bare UNSUBSCRIBE vs off the newsletter, openings one to one welcome",
        "cs",
        [
            pool("cs", MSL, "Boston, MA, USA")(
                "Lachlan Brightmore",
                0,
                touches=[mail(20, "UNSUBSCRIBE. thx")],
                excluded=True,
            ),
            pool("cs", MSL, "Boston, MA, USA")(
                "Imogen Castellanos",
                2,
                touches=[
                    mail(
                        20,
                        "Unsubscribe me from the monthly talent newsletter please - but I'd "
                        "still like to hear about real MSL openings, one to one.",
                    )
                ],
            ),
        ],
        **role(MSL_ROLE, BOSTON_ONSITE),
    ),
    C(
        "retired, remove me from the pool vs semi-retired, keep me for short contracts",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Desmond Ahearne",
                0,
                touches=[
                    mail(
                        75,
                        "Retired as of 30 September. Please remove me from your talent pool, I "
                        "won't be returning to work.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Brendan Culloty",
                2,
                touches=[
                    mail(
                        75,
                        "Semi-retired since the summer, but happy to take short CQV contracts "
                        "of three to six months. Keep me in your pool.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            CORK_ONSITE,
            title="CQV Engineer (6-month contract)",
            offers=["Six-month contract, day rate", "Ringaskiddy site"],
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a non-compete to the end of March vs a non-compete that lapsed in May",
        "cs",
        [
            pool("cs", MSL, "Boston, MA, USA")(
                "Garrison Whitlock",
                1,
                touches=[
                    desk(
                        date(2026, 10, 5),
                        "cand has 12-mo non-compete from his old biotech, runs to 31 Mar 2027. "
                        "lawyer says no oncology MSL role before Apr. v keen after that.",
                    )
                ],
            ),
            pool("cs", MSL, "Boston, MA, USA")(
                "Anneliese Dubrovnik",
                2,
                touches=[
                    desk(
                        date(2026, 3, 2),
                        "cand's non-compete w/ previous employer lapses end of May. open to "
                        "oncology MSL roles from June on.",
                    )
                ],
            ),
        ],
        **role(MSL_ROLE, BOSTON_ONSITE),
    ),
    C(
        "German: notice given to the end of January vs notice that ended in August",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Reto Zumsteg",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Ich habe per Ende Januar gekündigt, drei Monate Kündigungsfrist. Vorher "
                        "kann ich nirgends anfangen, ab Februar sehr gerne.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Seraina Caduff",
                2,
                touches=[
                    mail(
                        date(2026, 5, 18),
                        "Ich habe per Ende August gekündigt. Ab September bin ich frei und "
                        "suche etwas in der Region Basel.",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, BASEL_ONSITE),
    ),
    C(
        "an RSU cliff in mid-February vs RSUs that vested in August",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "San Diego, CA, USA")(
                "Beckett Lindqvist-Ramos",
                1,
                touches=[
                    inmail(
                        date(2026, 9, 21),
                        "My one-year RSU cliff is Feb 15, 2027. Not walking away from that - "
                        "happy to talk about anything that starts after it vests.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "San Diego, CA, USA")(
                "Marguerite Tsosie",
                2,
                touches=[
                    inmail(
                        date(2026, 4, 6),
                        "Waiting on my RSUs to vest on Aug 1, after that I'm free to move. "
                        "Ping me then!",
                    )
                ],
            ),
        ],
        **role(CQV_ROLE, SAN_DIEGO_ONSITE),
    ),
    C(
        "a plant shutdown and requal till mid-January vs a shutdown that finished in August",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Donncha Mac Giolla",
                1,
                touches=[
                    ta(
                        date(2026, 11, 2),
                        "Spoke to Donncha. Annual plant shutdown started last week and he runs "
                        "the requalification after it - won't consider a move till that's "
                        "done in mid-January.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Orla Twohig",
                2,
                touches=[
                    ta(
                        date(2026, 6, 29),
                        "Spoke to Orla. Summer shutdown runs through July into August, she "
                        "leads it. After that she's keen to look at supervisor roles.",
                    )
                ],
            ),
        ],
        **role(SHIFT_ROLE, CORK_ONSITE),
    ),
    C(
        "staying till the Phase 3 database lock at the end of February vs a lock in September",
        "cs",
        [
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Winifred Achterberg",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Our Phase 3 database lock is the end of February and I'm not leaving "
                        "my sponsor in the middle of it. March onwards I'd love to talk.",
                    )
                ],
            ),
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Rosalind Adeyemi-Clarke",
                2,
                touches=[
                    mail(
                        date(2026, 7, 6),
                        "DB lock for my study is in September - once that's done I'm ready "
                        "for a new CTM role.",
                    )
                ],
            ),
        ],
        **role(CTM_ROLE, NJ_HYBRID),
    ),
    C(
        "on maternity leave till March 2027 vs back from maternity leave since July",
        "data_eng",
        [
            pool("data_eng", RA_MANAGER, "Dublin, Ireland")(
                "Saoirse Kinsella",
                1,
                touches=[
                    ta(
                        date(2026, 9, 28),
                        "Saoirse is on maternity leave until the end of March 2027 and won't "
                        "interview before she's back. Very interested after that.",
                    )
                ],
            ),
            pool("data_eng", RA_MANAGER, "Dublin, Ireland")(
                "Niamh Ó Dálaigh",
                2,
                touches=[
                    ta(
                        date(2026, 2, 16),
                        "Niamh is on maternity leave until July; open to RA manager roles "
                        "once she's back at work.",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "Hinglish: only after the April appraisal vs after Diwali, which has passed",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Harshvardhan Patil",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 19),
                        "April appraisal ke baad hi switch karunga, variable pay abhi pending "
                        "hai. May se baat kar sakte hain.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Lavanya Subramaniam",
                2,
                touches=[
                    whatsapp(
                        date(2026, 10, 1),
                        "Diwali ke baad baat karte hain, abhi ghar pe function hai.",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, BANGALORE_HYBRID),
    ),
    C(
        "a retention bonus paid on 31 January vs one paid in September",
        "backend",
        [
            pool("backend", QA_SPECIALIST, "Cambridge, MA, USA")(
                "Percival Atherton",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 26),
                        "We got acquired and I have a retention bonus that pays out Jan 31 if "
                        "I'm still on payroll. After that, let's talk.",
                    )
                ],
            ),
            pool("backend", QA_SPECIALIST, "Cambridge, MA, USA")(
                "Henrietta Oyelaran",
                2,
                touches=[
                    inmail(
                        date(2026, 6, 1),
                        "Retention bonus from the acquisition pays in September, I'd rather "
                        "not move before. Happy to chat in the fall.",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, CAMBRIDGE_ONSITE),
    ),
    C(
        "QA lead on a pre-approval inspection in Q1 vs the PAI done in October",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Summit, NJ, USA")(
                "Ignatius Palmieri",
                1,
                touches=[
                    hm(
                        date(2026, 10, 14),
                        "Good call with Ignatius. He's QA lead for their PAI, FDA expected "
                        "sometime in Q1 2027, and he won't leave before the inspection closes. "
                        "Would be a great fit once it's behind him.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Summit, NJ, USA")(
                "Consolata Mwangi",
                2,
                touches=[
                    hm(
                        date(2026, 11, 4),
                        "Good call with Consolata. Their PAI was the week of Oct 12, zero 483 "
                        "observations, she led the back room. Free to move now, wants to.",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, NJ_ONSITE),
    ),
    C(
        "Singapore: after Chinese New Year vs after Hari Raya, long past",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Tan Pei Shan",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 9),
                        "after CNY lah, AWS and bonus both come then. Feb onwards can talk",
                    )
                ],
            ),
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Muhammad Hafiz bin Rahmat",
                2,
                touches=[
                    whatsapp(
                        date(2026, 2, 23),
                        "Can talk after Hari Raya, fasting month now and very busy at the "
                        "hospital sites.",
                    )
                ],
            ),
        ],
        **role(FSE_ROLE, SINGAPORE_ONSITE),
    ),
    C(
        "waiting for Stamp 4 in February vs Stamp 4 granted in August",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Rajeshwari Menon",
                1,
                touches=[
                    desk(
                        date(2026, 11, 16),
                        "cand on CSEP, 2 yrs done Feb '27 then applying for Stamp 4. doesn't "
                        "want to move employer before that - call her in March.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Oluwadamilare Fashola",
                2,
                touches=[
                    desk(
                        date(2026, 8, 24),
                        "cand got Stamp 4 last wk!! free to change employer now, wants CQV "
                        "in Cork harbour.",
                    )
                ],
            ),
        ],
        **role(CQV_ROLE, CORK_ONSITE),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute -----------------------------------

CONTINENTAL = dict(
    SHIFT_ROLE,
    description="Lead a shift on a sterile fill-finish line. 12-hour continental shifts, "
    "4-on-4-off, rotating days and nights.",
)
DAYS_ONLY_LINE = dict(
    SHIFT_ROLE,
    description="Lead the day shift on a sterile fill-finish line: Monday to Friday, 7 am to "
    "3:30 pm, no nights, no weekends.",
)
EARLY_LAB = dict(
    QC_ROLE,
    description="Release testing in a GMP lab. Early shift: 6 am to 2:30 pm, Monday to Friday.",
)
WECHSEL = dict(
    SHIFT_ROLE,
    title="Schichtleiter Aseptische Abfüllung (m/w/d)",
    description="Führung einer Schicht in der aseptischen Abfüllung, Wechselschicht "
    "(Früh-, Spät- und Nachtschicht).",
)
ROTATING_HYD = dict(
    SHIFT_ROLE,
    description="Lead a shift in an injectables plant: rotating general, second and night "
    "shifts, night shift allowance paid.",
)

SCHEDULE = [
    C(
        "done with nights after six years of continentals vs lives for the four days off",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Lorcan Whitfield",
                0,
                touches=[
                    ta(
                        70,
                        "Lorcan did six years of continentals at his last plant. Says he's "
                        "not going back to nights - days only from here on.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Bettina Kowalczyk",
                2,
                touches=[
                    ta(
                        70,
                        "Bettina prefers 4-on-4-off - the four days off are the whole reason "
                        "she does shift work. Nights no issue.",
                    )
                ],
            ),
        ],
        **role(CONTINENTAL, DEVENS_ONSITE),
    ),
    C(
        "needs the night differential vs wants a days job for the family, days-only line",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Thaddea Brannigan",
                0,
                touches=[
                    desk(
                        50,
                        "cand only works nights - needs the 20% night diff, won't take a "
                        "straight days job, it'd be a pay cut.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Emmett Okafor-Lund",
                2,
                touches=[
                    desk(
                        50,
                        "cand wants to come off rotating shifts - M-F days ideal, 2 kids in "
                        "elementary school.",
                    )
                ],
            ),
        ],
        **role(DAYS_ONLY_LINE, DEVENS_ONSITE),
    ),
    C(
        "no weekend on-call, custody weekends vs on-call fine if standby is paid",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Worcester, MA, USA")(
                "Silas Marchetti",
                0,
                touches=[
                    inmail(
                        40,
                        "I have my kids every other weekend, so I can't do weekend on-call "
                        "rotations. Weekdays only.",
                    )
                ],
            ),
            pool("cs", FIELD_SERVICE, "Worcester, MA, USA")(
                "Augustina Pereira-Holt",
                2,
                touches=[
                    inmail(
                        40,
                        "On-call is fine by me as long as standby is paid and there's comp "
                        "time. Did 1-in-3 at Siemens.",
                    )
                ],
            ),
        ],
        **role(
            FSE_ROLE,
            dict(remote_policy="onsite", location="Worcester, MA, USA"),
            description="Install and repair MRI and CT systems across central Massachusetts. "
            "Weekend on-call one weekend in four, standby paid.",
        ),
    ),
    C(
        "wants every other Friday off vs no view on hours, a 9/80 role",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Juniper Achebe-Stone",
                2,
                "Wants a compressed schedule - a 9/80 with every other Friday off would be "
                "ideal for surfing and sanity",
            ),
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Ezequiel Navarrete",
                1,
                "Open to new assay roles around San Diego",
            ),
        ],
        **role(SCI_ROLE, SAN_DIEGO_ONSITE, offers=["9/80 schedule: every other Friday off"]),
    ),
    C(
        "a 6 am start is a dealbreaker vs early starts suit her, early-shift lab",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Cork, Ireland")(
                "Aisling Hurley",
                0,
                touches=[
                    desk(
                        30,
                        "cand - 6am start is a dealbreaker, school run. 8-4:30 or nothing.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Cork, Ireland")(
                "Ciarán Buckley",
                2,
                touches=[
                    desk(
                        30,
                        "cand loves early starts, likes being out the gate by half 2 to "
                        "coach hurling.",
                    )
                ],
            ),
        ],
        **role(EARLY_LAB, CORK_ONSITE),
    ),
    C(
        "Hinglish: no more night shift for health vs night shift is fine, there's an allowance",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Hyderabad, India")(
                "Nagarjuna Reddy Vemula",
                0,
                touches=[
                    whatsapp(
                        55,
                        "Night shift ab nahi karunga sir, doctor ne mana kiya hai. General "
                        "shift wala kuch ho toh batana.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Hyderabad, India")(
                "Bhavana Chinthapalli",
                2,
                touches=[
                    whatsapp(
                        55,
                        "Night shift chalega, allowance milta hai na. Rotating shift mein "
                        "pehle bhi kaam kiya hai.",
                    )
                ],
            ),
        ],
        **role(ROTATING_HYD, HYDERABAD_ONSITE),
    ),
    C(
        "German: rotating shifts out of the question vs used to them, no problem",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Weilheim, Germany")(
                "Leonhard Brandstätter",
                0,
                touches=[
                    mail(
                        65,
                        "Wechselschicht kommt für mich nicht mehr in Frage, nach zehn Jahren "
                        "reicht es. Nur noch Tagdienst.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Weilheim, Germany")(
                "Walburga Eichinger",
                2,
                touches=[
                    mail(
                        65,
                        "Wechselschicht ist für mich kein Problem, das bin ich seit Jahren "
                        "gewohnt. Die Zuschläge nehme ich gern mit.",
                    )
                ],
            ),
        ],
        **role(WECHSEL, PENZBERG_ONSITE),
    ),
    C(
        "left a plant over its 12-hour nights, this line is days vs no word on shifts",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Montgomery Ashby",
                2,
                touches=[
                    ta(
                        90,
                        "Montgomery left Lonza because of the 12-hour night rotation - says "
                        "he'd happily lead a straight day shift anywhere on 495.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Devens, MA, USA")(
                "Philippa Underhill",
                1,
                touches=[ta(90, "Philippa is curious about supervisor roles nearer Worcester.")],
            ),
        ],
        **role(DAYS_ONLY_LINE, DEVENS_ONSITE),
    ),
]

TRAVEL = [
    C(
        "max 20% travel with two little ones vs happy at 70% monitoring travel",
        "sales",
        [
            pool("sales", CRA, "Philadelphia, PA, USA")(
                "Meredith Calloway",
                0,
                touches=[
                    desk(
                        60,
                        "cand capped travel at 20% max now - 2 kids under 4. no overnights "
                        "more than 1x/mo.",
                    )
                ],
            ),
            pool("sales", CRA, "Philadelphia, PA, USA")(
                "Tobias Wren-Hartley",
                2,
                touches=[
                    desk(
                        60,
                        "cand happy at 60-70% trvl, loves being on the road, collecting "
                        "Bonvoy points lol.",
                    )
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            US_REMOTE,
            description="Home-based CRA monitoring oncology sites across the Mid-Atlantic: "
            "65% travel, regular overnights.",
        ),
    ),
    C(
        "done with 60% but two site visits a month is fine vs zero travel, remote only",
        "sales",
        [
            pool("sales", CRA, "Chicago, IL, USA")(
                "Gwendolyn Obuya",
                2,
                touches=[
                    inmail(
                        35,
                        "I can't do 60%+ travel again after the last CRO, but a couple of site "
                        "visits a month is totally fine.",
                    )
                ],
            ),
            pool("sales", CRA, "Chicago, IL, USA")(
                "Fenwick Aldridge",
                0,
                touches=[
                    inmail(
                        35,
                        "Only looking at remote monitoring now - zero travel, I'm done with "
                        "airports.",
                    )
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            US_REMOTE,
            offers=["Home-based", "About 20% travel: two site visits a month"],
        ),
    ),
    C(
        "no overnights vs happy with overnights, a New England territory",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Hartford, CT, USA")(
                "Declan Szymanski",
                0,
                "No overnight stays - home every night for his wife's dialysis",
            ),
            pool("cs", FIELD_SERVICE, "Hartford, CT, USA")(
                "Roxanne Delacroix-Baptiste",
                2,
                "Overnights are fine, happy to cover Maine and Vermont",
            ),
        ],
        **role(
            FSE_ROLE,
            dict(remote_policy="onsite", location="Hartford, CT, USA"),
            description="Service MRI and CT systems across all six New England states; "
            "two or three overnight stays most weeks.",
        ),
    ),
    C(
        "home every night, no weekly flights vs used to flying from consulting",
        "cs",
        [
            pool("cs", MSL, "Chicago, IL, USA")(
                "Aurelio Castellano",
                0,
                touches=[
                    hm(
                        45,
                        "Nice chat with Aurelio, sharp on the CD19 data, knows the KOLs in "
                        "Chicago. But he was clear he wants to be home every night - an MSL "
                        "patch with flights every week is a no.",
                    )
                ],
            ),
            pool("cs", MSL, "Chicago, IL, USA")(
                "Hyacinth Mbeki",
                2,
                touches=[
                    hm(
                        45,
                        "Hyacinth was in consulting before her PharmD fellowship, flying "
                        "Monday to Thursday. Doesn't mind the travel at all.",
                    )
                ],
            ),
        ],
        **role(
            MSL_ROLE,
            dict(remote_policy="remote", location="Remote (US Midwest)"),
            description="Field medical across the Midwest: weekly flights, about 50% travel.",
        ),
    ),
    C(
        "her partner is on the road all week so she needs local vs wants a job with travel",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "Cambridge, MA, USA")(
                "Clementine Osei-Waterford",
                2,
                touches=[
                    ta(
                        55,
                        "Clementine: partner travels four days a week for Medtronic, so she "
                        "needs something local with no travel at all. Lab-based is perfect.",
                    )
                ],
            ),
            pool("data_eng", LAB_SCIENTIST, "Cambridge, MA, USA")(
                "Ptolemy Hargreaves",
                0,
                touches=[
                    ta(
                        55,
                        "Ptolemy is bored at the bench and wants a role with travel - "
                        "field applications or tech transfer between sites.",
                    )
                ],
            ),
        ],
        **role(SCI_ROLE, CAMBRIDGE_ONSITE, offers=["Lab-based in Kendall Square, no travel"]),
    ),
    C(
        "happy to travel around APAC vs nothing outside Singapore, parents at home",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Goh Kian Seng",
                2,
                touches=[
                    inmail(
                        30,
                        "Did regional APAC service at Roche for 4 years - Jakarta, Manila, "
                        "HCMC every month. Happy to travel again.",
                    )
                ],
            ),
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Nurul Ain Zulkifli",
                0,
                touches=[
                    inmail(
                        30,
                        "Cannot travel outside Singapore anymore, I'm looking after my "
                        "parents. Local accounts only please.",
                    )
                ],
            ),
        ],
        **role(
            FSE_ROLE,
            SINGAPORE_ONSITE,
            title="Regional Field Service Engineer, APAC",
            description="Service imaging systems across Southeast Asia from Singapore, "
            "about 40% regional travel.",
        ),
    ),
]

NO_SPONSOR = ["Must be authorized to work in the US without sponsorship, now or in future"]

VISA = [
    C(
        "on an H-1B, needs a transfer vs a green card holder, no-sponsorship role",
        "cs",
        [
            pool("cs", RA_MANAGER, "Cambridge, MA, USA")(
                "Siddharth Raghunathan",
                0,
                touches=[
                    ta(
                        40,
                        "Siddharth is on an H-1B with his current employer and would need a "
                        "transfer.",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Cambridge, MA, USA")(
                "Yevgenia Lukashenko-Price",
                2,
                touches=[
                    ta(
                        40,
                        "Yevgenia got her green card in 2024, no sponsorship needed now or later.",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, CAMBRIDGE_HYBRID, offers=[*NO_SPONSOR, "Three days a week in Kendall"]),
    ),
    C(
        "an H-1B to transfer vs an L-1 tied to his employer, transfers only",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Summit, NJ, USA")(
                "Karthikeyan Balasubramanian",
                2,
                touches=[
                    desk(
                        35,
                        "cand on H-1B (cap already counted), needs transfer only. i-797 in hand.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Summit, NJ, USA")(
                "Florian Hasenöhrl",
                0,
                touches=[
                    desk(
                        35,
                        "cand on L-1 w/ his Austrian employer - tied to them, would need a "
                        "brand-new cap-subject H-1B to move.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            NJ_ONSITE,
            offers=["H-1B transfers supported; no new cap-subject petitions"],
        ),
    ),
    C(
        "Basel: EU citizen, the B permit is a formality vs needs a third-country permit",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Freiburg im Breisgau, Germany")(
                "Friederike Baumgartl",
                2,
                touches=[
                    mail(
                        50,
                        "German citizen, so the B permit is just a formality - happy to move "
                        "to Basel or cross the border daily.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Freiburg im Breisgau, Germany")(
                "Anand Venugopal",
                0,
                touches=[
                    mail(
                        50,
                        "I'm an Indian citizen on a German Blue Card, so Switzerland would "
                        "mean a new non-EU work permit from the quota.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE,
            BASEL_ONSITE,
            offers=["EU/EFTA nationals or existing Swiss permit holders only"],
        ),
    ),
    C(
        "Stamp 4, free to work for anyone vs Stamp 1G running out, needs a permit",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Cork, Ireland")(
                "Chiamaka Nwachukwu",
                2,
                touches=[
                    desk(
                        45,
                        "cand on Stamp 4 - no permit needed, can start w/ any employer.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Cork, Ireland")(
                "Pranav Sethuraman",
                0,
                touches=[
                    desk(
                        45,
                        "cand's Stamp 1G runs out in Feb, will need a Critical Skills permit "
                        "from whoever hires him.",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, CORK_ONSITE, offers=["We are not able to sponsor employment permits"]),
    ),
    C(
        "Singapore PR vs on an EP with his current employer, local hire only",
        "cs",
        [
            pool("cs", DEVICE_REP, "Singapore")(
                "Lim Jia Hui",
                2,
                touches=[inmail(60, "I'm a Singapore PR since 2022, no pass needed.")],
            ),
            pool("cs", DEVICE_REP, "Singapore")(
                "Arvind Chandrasekaran",
                0,
                touches=[
                    inmail(
                        60,
                        "I'm on an EP with my current company, so a move would need a new EP "
                        "application from you.",
                    )
                ],
            ),
        ],
        **role(
            REP_ROLE,
            SINGAPORE_ONSITE,
            offers=["Singaporeans and PRs only; no Employment Pass sponsorship"],
        ),
    ),
    C(
        "a husband's H-1B transfer pending, she is a citizen vs needs sponsorship herself",
        "cs",
        [
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Magdalena Sørensen-Oduya",
                2,
                touches=[
                    ta(
                        30,
                        "Magdalena mentioned her husband's H-1B transfer is pending with his "
                        "new employer, which is why they're staying in NJ. She's a US citizen "
                        "herself.",
                    )
                ],
            ),
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Rafael Quintanilla-Moss",
                0,
                touches=[
                    ta(
                        30,
                        "Rafael is on STEM OPT that ends in the spring and will need H-1B "
                        "sponsorship to stay on.",
                    )
                ],
            ),
        ],
        **role(CTM_ROLE, NJ_HYBRID, offers=[*NO_SPONSOR, "Tuesday to Thursday in Princeton"]),
    ),
]

CONTRACT = [
    C(
        "contract only, 1099 at $110 an hour vs tired of contracting, wants perm and benefits",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Boston, MA, USA")(
                "Horatio Vance",
                0,
                touches=[
                    desk(
                        40,
                        "cand contract only - 1099 or C2C, currently $110/hr. won't go perm, "
                        "likes picking his projects.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Boston, MA, USA")(
                "Lucinda Abernathy",
                2,
                touches=[
                    desk(
                        40,
                        "cand tired of contracting, 3 gaps in 2 yrs. wants perm w/ benefits "
                        "+ 401k match.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            DEVENS_ONSITE,
            offers=["Permanent, full-time", "Medical, dental, 401(k) match"],
        ),
    ),
    C(
        "perm only for the family's health insurance vs likes hopping projects, W-2 contract",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "San Diego, CA, USA")(
                "Ambrose Delacourt",
                0,
                touches=[
                    inmail(
                        50,
                        "Perm only for me - my wife's a freelancer and I carry the family's "
                        "health insurance.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "San Diego, CA, USA")(
                "Xiomara Figueroa",
                2,
                touches=[
                    inmail(
                        50,
                        "I like contract work, new site every year. W-2 or 1099 both fine.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            SAN_DIEGO_ONSITE,
            title="CQV Engineer (12-month contract)",
            offers=["12-month W-2 contract, $95/hr", "Per diem for non-local contractors"],
        ),
    ),
    C(
        "won't do FSP again, 'a body shop' vs likes FSP, one sponsor's SOPs",
        "sales",
        [
            pool("sales", CRA, "Durham, NC, USA")(
                "Barnard Nkemelu-Oakes",
                0,
                touches=[
                    desk(
                        70,
                        "cand refuses FSP models again - felt like a body shop, wants full "
                        "service CRO or spnsr.",
                    )
                ],
            ),
            pool("sales", CRA, "Durham, NC, USA")(
                "Cordelia Ashworth",
                2,
                touches=[
                    desk(
                        70,
                        "cand likes FSP - one spnsr, one set of SOPs, less chaos than full "
                        "service.",
                    )
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            US_REMOTE,
            title="Senior CRA (FSP, dedicated to one sponsor)",
            offers=["FSP: dedicated to a single top-10 pharma sponsor", "Home-based"],
        ),
    ),
    C(
        "wants three days a week after the baby vs full-time only, 0.6 FTE role",
        "cs",
        [
            pool("cs", RA_MANAGER, "Dublin, Ireland")(
                "Gráinne Mac Cárthaigh",
                2,
                touches=[
                    mail(
                        35,
                        "After the baby I'm only looking at three days a week. Happy to keep "
                        "my hand in on CMC submissions.",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Dublin, Ireland")(
                "Eoghan Fitzmaurice",
                0,
                touches=[
                    mail(
                        35,
                        "Full-time only - with the mortgage I can't afford a part-time salary.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            DUBLIN_HYBRID,
            title="Regulatory Affairs Manager (0.6 FTE)",
            offers=["Part-time, three days a week", "Hybrid from Sandyford"],
        ),
    ),
    C(
        "no fixed-term, needs permanent for the mortgage vs happy with a 12-month FTC",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Dublin, Ireland")(
                "Ronan Cusack-Flood",
                0,
                touches=[
                    ta(
                        60,
                        "Ronan won't look at fixed-term contracts - bank wants permanent "
                        "employment for the mortgage approval.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Dublin, Ireland")(
                "Sorcha Geraghty",
                2,
                touches=[
                    ta(
                        60,
                        "Sorcha is happy with a 12-month FTC, sees it as a foot in the door "
                        "at a big site.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE,
            dict(remote_policy="onsite", location="Dublin, Ireland"),
            title="QC Analyst (12-month fixed-term, maternity cover)",
            offers=["12-month fixed-term contract"],
        ),
    ),
    C(
        "German: a fixed term is out of the question vs fixed term is fine near Lörrach",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Lörrach, Germany")(
                "Hannelore Rieger",
                0,
                touches=[
                    mail(
                        45,
                        "Eine Befristung kommt für mich nicht in Frage, ich brauche eine "
                        "unbefristete Stelle.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Lörrach, Germany")(
                "Ottokar Wittmann",
                2,
                touches=[
                    mail(
                        45,
                        "Befristet ist für mich okay, Hauptsache die Stelle ist nah an "
                        "Lörrach und in der Qualitätssicherung.",
                    )
                ],
            ),
        ],
        **role(
            QA_ROLE,
            BASEL_ONSITE,
            title="QA Specialist (befristet, 18 Monate)",
            offers=["Fixed-term contract for 18 months"],
        ),
    ),
]

COMMUTE = [
    C(
        "no car, 30 minutes at most from Cambridge vs has a car, Devens is a reverse commute",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Cambridge, MA, USA")(
                "Wilhelmina Oduya",
                0,
                "No car; commute of 30 minutes at most on the T",
            ),
            pool("data_eng", QA_SPECIALIST, "Cambridge, MA, USA")(
                "Barnabas Lindgren",
                2,
                "Has a car and likes the reverse commute out to 495",
            ),
        ],
        **role(QA_ROLE, DEVENS_ONSITE),
    ),
    C(
        "Limerick, won't do the drive to Ringaskiddy daily vs ten minutes away in Carrigaline",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Limerick, Ireland")(
                "Padraig Scanlon",
                0,
                touches=[
                    desk(
                        40,
                        "cand in Limerick, won't do the drive down to Ringaskiddy every day, "
                        "1h45 each way in traffic.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Carrigaline, Ireland")(
                "Siobhán Mac Amhlaoibh",
                2,
                touches=[
                    desk(
                        40,
                        "cand lives in Carrigaline, 10 mins from the harbour sites. wants to "
                        "stop the drive to Little Island.",
                    )
                ],
            ),
        ],
        **role(SHIFT_ROLE, CORK_ONSITE, offers=["Ringaskiddy site, Cork harbour"]),
    ),
    C(
        "Genome Valley only with a company bus, there is one vs refuses it whatever transport",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Kondapur, Hyderabad, India")(
                "Pavani Yerramsetti",
                2,
                touches=[
                    whatsapp(
                        35,
                        "Genome Valley is fine for me if company bus is there from Hitech "
                        "City side, otherwise too far.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Kondapur, Hyderabad, India")(
                "Srikanth Allamraju",
                0,
                touches=[
                    whatsapp(
                        35,
                        "Genome Valley no sir, 2 hours each way in traffic, bus or no bus. "
                        "Only city side locations.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE,
            HYDERABAD_ONSITE,
            offers=["Genome Valley site", "Company transport from Hitech City and Kondapur"],
        ),
    ),
    C(
        "Bern to Visp by train is under an hour vs 45 minutes door to door at most, in Zurich",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Bern, Switzerland")(
                "Lukas Tschannen",
                2,
                touches=[
                    mail(
                        50,
                        "Pendeln nach Visp ab Bern geht gut, das ist knapp eine Stunde mit dem "
                        "Zug durch den Lötschberg.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Zurich, Switzerland")(
                "Annina Gschwend",
                0,
                touches=[
                    mail(
                        50,
                        "Mehr als 45 Minuten Arbeitsweg von Tür zu Tür mache ich nicht, ich "
                        "wohne in Zürich-Oerlikon.",
                    )
                ],
            ),
        ],
        **role(CQV_ROLE, VISP_ONSITE),
    ),
]

# --- 4. pay against the role's band ---------------------------------------------------------

PAY = [
    C(
        "asks $160k base inside a $150k-$170k band vs asks $200k",
        "cs",
        [
            pool("cs", RA_MANAGER, "Boston, MA, USA")(
                "Cornelius Abernethy",
                2,
                touches=[ta(45, "Target base $160k, flexible on bonus %. Wants hybrid.")],
            ),
            pool("cs", RA_MANAGER, "Boston, MA, USA")(
                "Octavia Rutherford-Ng",
                0,
                touches=[
                    ta(
                        45,
                        "Octavia won't move for less than $200k base - she's at $185k plus "
                        "a 20% bonus now.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            CAMBRIDGE_HYBRID,
            salary_min=150_000,
            salary_max=170_000,
            currency="USD",
        ),
    ),
    C(
        "Basel: not under CHF 140k vs CHF 125k would do it, band CHF 120k-135k",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Urs Bärtschi",
                0,
                touches=[
                    desk(
                        30,
                        "cand: unter 140k CHF mache ich es nicht, plus 13. Monatslohn. firm.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Flurina Cathomen",
                2,
                touches=[
                    desk(
                        30,
                        "cand: CHF 125k would do it incl. 13th salary, more interested in "
                        "the biologics scope.",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, BASEL_ONSITE, salary_min=120_000, salary_max=135_000, currency="CHF"),
    ),
    C(
        "expects 20 LPA on 16 now vs at 28 LPA expecting 35, band 18-22 LPA",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Keerthana Raghavendra",
                2,
                touches=[
                    desk(
                        25,
                        "CTC 16 LPA, ECTC 20 LPA, NP 60 days. ok w/ hybrid Whitefield.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Vikramaditya Sen",
                0,
                touches=[
                    desk(
                        25,
                        "CTC 28 LPA, ECTC 35 LPA min, won't negotiate. NP 90 days.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE, BANGALORE_HYBRID, salary_min=1_800_000, salary_max=2_200_000, currency="INR"
        ),
    ),
    C(
        "at least SGD 12k a month vs SGD 8k a month is fine, band SGD 8.5k a month",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Ong Boon Keat",
                0,
                touches=[
                    inmail(
                        40,
                        "My minimum is SGD 12k per month basic, not counting AWS. Below "
                        "that not worth moving.",
                    )
                ],
            ),
            pool("cs", FIELD_SERVICE, "Singapore")(
                "Kavitha Ramasamy",
                2,
                touches=[
                    inmail(
                        40,
                        "SGD 8k a month basic plus AWS and transport allowance would be fine "
                        "for me.",
                    )
                ],
            ),
        ],
        **role(
            FSE_ROLE,
            SINGAPORE_ONSITE,
            salary_min=96_000,
            salary_max=110_000,
            currency="SGD",
            offers=["SGD 8,000-9,200 a month basic plus AWS"],
        ),
    ),
    C(
        "won't go below $100 an hour vs $80-85 W-2 fine with per diem, $85 an hour role",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Raleigh, NC, USA")(
                "Thornton Blackwood",
                0,
                touches=[
                    desk(
                        20,
                        "cand firm at $100/hr W2 min, no per diem games. won't drop.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Raleigh, NC, USA")(
                "Marcelline Toussaint",
                2,
                touches=[
                    desk(
                        20,
                        "cand ok at $80-85/hr W2 if there's per diem for the travel weeks.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            dict(remote_policy="onsite", location="Holly Springs, NC, USA"),
            title="CQV Engineer (contract)",
            offers=["W-2 contract at $85/hr", "Per diem for non-local contractors"],
        ),
    ),
    C(
        "on €95k now but would take €85k for hybrid vs needs €100k plus, band €80k-€88k",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Dublin, Ireland")(
                "Colm Ó Riordáin",
                2,
                touches=[
                    ta(
                        50,
                        "Colm is on €95k at a contractor-heavy site but said he'd take €85k "
                        "for a proper hybrid role with a pension.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Dublin, Ireland")(
                "Deirbhile Kavanagh",
                0,
                touches=[
                    ta(
                        50,
                        "Deirbhile needs €100k plus to move, no flexibility.",
                    )
                ],
            ),
        ],
        **role(CQV_ROLE, DUBLIN_HYBRID, salary_min=80_000, salary_max=88_000, currency="EUR"),
    ),
    C(
        "wants a $130k base whatever the OTE vs lower base for uncapped commission",
        "sales",
        [
            pool("sales", DEVICE_REP, "Boston, MA, USA")(
                "Gideon Ashcombe",
                0,
                touches=[
                    desk(
                        30,
                        "cand needs base of $130k min, doesn't care about OTE - got burned "
                        "by a quota change.",
                    )
                ],
            ),
            pool("sales", DEVICE_REP, "Boston, MA, USA")(
                "Perpetua Mancini",
                2,
                touches=[
                    desk(
                        30,
                        "cand happy w/ lower base if commission is uncapped - wants the upside.",
                    )
                ],
            ),
        ],
        **role(
            REP_ROLE,
            dict(remote_policy="remote", location="Boston, MA, USA (territory)"),
            salary_min=100_000,
            salary_max=110_000,
            currency="USD",
            offers=["Base $100k-$110k, OTE $190k, uncapped commission"],
        ),
    ),
    C(
        "base $140k fine with real equity vs cash only, base must be $175k",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Evander Holloway",
                2,
                touches=[
                    inmail(
                        40,
                        "Base around $140k is fine if there's meaningful equity - I'd "
                        "rather own a piece of it.",
                    )
                ],
            ),
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Cressida Langford",
                0,
                touches=[
                    inmail(
                        40,
                        "Options are lottery tickets to me. Cash only - base has to be $175k.",
                    )
                ],
            ),
        ],
        **role(
            SCI_ROLE,
            SAN_DIEGO_ONSITE,
            salary_min=130_000,
            salary_max=150_000,
            currency="USD",
            offers=["Stock options in a Series B biotech"],
        ),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "remote only in the title vs wants to be in the office with the team",
        "cs",
        [
            pool("cs", RA_MANAGER, "Pittsburgh, PA, USA")(
                "Rosamund Achterberg-Lee",
                2,
                "Fully remote after years of a 90-minute commute",
            ),
            pool("cs", RA_MANAGER, "Pittsburgh, PA, USA")(
                "Leopold Fairbanks",
                0,
                "Wants to be in an office with the regulatory team most days",
            ),
        ],
        **role(
            RA_ROLE,
            {},
            title="Regulatory Affairs Manager (Remote, US)",
            remote_policy="remote",
        ),
    ),
    C(
        "five days in the lab said only in the description vs remote only",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "Summit, NJ, USA")(
                "Isadora Kettering",
                0,
                touches=[inmail(50, "Only looking at remote roles now.")],
            ),
            pool("data_eng", LAB_SCIENTIST, "Summit, NJ, USA")(
                "Fitzgerald Amadi",
                2,
                touches=[inmail(50, "I miss being in a lab every day - desk job is killing me.")],
            ),
        ],
        **role(
            SCI_ROLE,
            {},
            location="Summit, NJ, USA",
            description="Build potency assays for a T cell therapy programme, fully on-site "
            "in our Summit lab five days a week.",
        ),
    ),
    C(
        "home-based said only in the offers vs wants an office to go to",
        "cs",
        [
            pool("cs", CTM, "Atlanta, GA, USA")(
                "Bernadette Oyelowo",
                2,
                "Home-based please - no more office",
            ),
            pool("cs", CTM, "Atlanta, GA, USA")(
                "Cyprian Hawksworth",
                0,
                "Lives alone; working from home drove him mad, wants an office to go to",
            ),
        ],
        **role(CTM_ROLE, {}, location="Atlanta, GA, USA", offers=["Home-based anywhere in the US"]),
    ),
    C(
        "German description: two home-office days vs fully remote or nothing",
        "cs",
        [
            pool("cs", RA_MANAGER, "Munich, Germany")(
                "Theresia Huber-Landsberg",
                2,
                touches=[
                    mail(
                        40,
                        "Homeoffice ist mir wichtig, mindestens zwei Tage pro Woche, sonst "
                        "passt es mit der Kita nicht.",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Munich, Germany")(
                "Quirin Aschenbrenner",
                0,
                touches=[
                    mail(
                        40,
                        "Für mich kommt nur noch vollständig remote in Frage, kein Büro mehr.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            {},
            location="Munich, Germany",
            description="Regulatorische Strategie für zwei klinische Programme. Drei Tage im "
            "Büro in München, zwei Tage Homeoffice pro Woche.",
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not opposed to travel' vs 'opposed to travel', a 50% travel role",
        "sales",
        [
            pool("sales", CRA, "Denver, CO, USA")(
                "Anastasia Pemberton",
                2,
                touches=[desk(45, "cand not opposed to travel, did 50% at Parexel.")],
            ),
            pool("sales", CRA, "Denver, CO, USA")(
                "Maximilian Treadwell",
                0,
                touches=[desk(45, "cand opposed to travel - lots of it anyway, 2 young kids.")],
            ),
        ],
        **role(CRA_ROLE, US_REMOTE, offers=["Home-based", "50% travel across the Mountain West"]),
    ),
    C(
        "the pay wasn't the issue, the drive to Devens was vs the drive wasn't, the pay was",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Newton, MA, USA")(
                "Solveig Abernathy-Cruz",
                0,
                touches=[
                    ta(
                        100,
                        "Solveig said the money wasn't the issue with the Devens offer - it "
                        "was the 90-minute drive each way.",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Newton, MA, USA")(
                "Humphrey Oduro",
                2,
                touches=[
                    ta(
                        100,
                        "Humphrey said the drive to Devens wasn't the issue - it was the pay.",
                    )
                ],
            ),
        ],
        **role(
            QA_ROLE,
            DEVENS_ONSITE,
            salary_min=115_000,
            salary_max=130_000,
            currency="USD",
        ),
    ),
    C(
        "never had a problem with gowning vs claustrophobic in grade A/B gowns",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Killian Moriarty",
                2,
                touches=[
                    hm(
                        60,
                        "Killian's never had a problem with gowning - nine years in grade B, "
                        "knows Annex 1 backwards.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Róisín Dineen",
                0,
                touches=[
                    hm(
                        60,
                        "Róisín told me she gets claustrophobic in full grade A/B gowning and "
                        "wants to stay out of the cleanroom.",
                    )
                ],
            ),
        ],
        **role(
            SHIFT_ROLE,
            CORK_ONSITE,
            description="Lead a shift in the grade A/B aseptic suite: fully gowned on the "
            "floor most of the shift.",
        ),
    ),
    C(
        "no in vivo work on ethical grounds vs no issue with in vivo, years of rodent PK",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "Boston, MA, USA")(
                "Wendeline Kroeger",
                0,
                "Won't do in vivo work - animal studies are an ethical line for her",
            ),
            pool("data_eng", LAB_SCIENTIST, "Boston, MA, USA")(
                "Barnaby Achterfeld",
                2,
                "No issue with in vivo work; did five years of rodent PK and efficacy",
            ),
        ],
        **role(
            SCI_ROLE,
            BOSTON_ONSITE,
            description="Potency assays plus in vivo mouse efficacy studies for a T cell "
            "therapy programme.",
        ),
    ),
    C(
        "not against nights, just not 12-hour ones vs against nights of any length",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Holly Springs, NC, USA")(
                "Jolyon Merriweather",
                2,
                touches=[
                    desk(
                        55,
                        "cand isn't against nights - just not 12-hr ones. 8-hr nights fine.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Holly Springs, NC, USA")(
                "Tallulah Beaumont",
                0,
                touches=[desk(55, "cand against nights full stop, 8 or 12 hrs, doesn't matter.")],
            ),
        ],
        **role(
            SHIFT_ROLE,
            dict(remote_policy="onsite", location="Holly Springs, NC, USA"),
            description="Lead the night shift on a fill-finish line: 8-hour nights, Sunday "
            "to Thursday.",
        ),
    ),
    C(
        "German: nothing against travel vs doesn't want to travel any more",
        "cs",
        [
            pool("cs", FIELD_SERVICE, "Augsburg, Germany")(
                "Ludwig Hinterseer",
                2,
                touches=[
                    mail(
                        40,
                        "Ich habe nichts gegen Reisen, im Gegenteil - Kliniken in ganz "
                        "Süddeutschland sind für mich kein Thema.",
                    )
                ],
            ),
            pool("cs", FIELD_SERVICE, "Augsburg, Germany")(
                "Magdalena Vogelsang",
                0,
                touches=[
                    mail(
                        40,
                        "Ich möchte nicht mehr reisen, jede Woche Hotel ist vorbei.",
                    )
                ],
            ),
        ],
        **role(
            FSE_ROLE,
            MUNICH_HYBRID,
            description="Service von MRT- und CT-Anlagen in Kliniken in Bayern und "
            "Baden-Württemberg, etwa 60 % Reisetätigkeit.",
        ),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology -------------

LOCATIONS = [
    C(
        "moving to Bangalore with her husband's transfer vs staying put in Hyderabad",
        "cs",
        [
            pool("cs", CRA, "Hyderabad, India")(
                "Meenakshi Iyengar",
                2,
                touches=[
                    inmail(
                        40,
                        "My husband's company is moving him to Bangalore from January, so I'm "
                        "looking for CRA roles there.",
                    )
                ],
            ),
            pool("cs", CRA, "Hyderabad, India")(
                "Rajendra Bommareddy",
                0,
                touches=[
                    inmail(
                        40,
                        "Not relocating from Hyderabad, own house and parents here. Only "
                        "Hyderabad roles please.",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, BANGALORE_HYBRID),
    ),
    C(
        "wants back to Boston from RTP vs RTP is home, won't leave North Carolina",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Durham, NC, USA")(
                "Prudence Kilbride",
                2,
                "Wants to move back to Boston - family in Worcester and tired of the heat",
            ),
            pool("data_eng", QC_ANALYST, "Durham, NC, USA")(
                "Dashiell Okwuosa",
                0,
                "RTP is home now; won't leave North Carolina",
            ),
        ],
        **role(QC_ROLE, BOSTON_ONSITE, offers=["Relocation package"]),
    ),
    C(
        "KL to Singapore with the relocation package vs not moving, and not daily from JB",
        "cs",
        [
            pool("cs", DEVICE_REP, "Kuala Lumpur, Malaysia")(
                "Farhan Iskandar",
                2,
                touches=[
                    desk(
                        50,
                        "cand in KL, keen to relocate to SG if relo package covers 1st 3 "
                        "months rent.",
                    )
                ],
            ),
            pool("cs", DEVICE_REP, "Kuala Lumpur, Malaysia")(
                "Siti Nurhaliza Azman",
                0,
                touches=[
                    desk(
                        50,
                        "cand in KL, not moving to SG, and not doing the JB causeway daily either.",
                    )
                ],
            ),
        ],
        **role(
            REP_ROLE,
            SINGAPORE_ONSITE,
            offers=["Relocation package incl. three months' housing"],
        ),
    ),
    C(
        "anywhere in Munster, Cork ideal vs Dublin only, won't go down to Cork",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Kildare, Ireland")(
                "Tadhg Ó Conchúir",
                2,
                "Open to anywhere in Munster; Cork would be ideal, family in Midleton",
            ),
            pool("data_eng", QA_SPECIALIST, "Kildare, Ireland")(
                "Clodagh Brennan-Hayes",
                0,
                "Dublin roles only; won't go down to Cork",
            ),
        ],
        **role(QA_ROLE, CORK_ONSITE),
    ),
    C(
        "her husband's moving to San Diego, she stays in Boston vs moving with hers in February",
        "cs",
        [
            pool("cs", CTM, "Boston, MA, USA")(
                "Evangeline Thorsby",
                2,
                touches=[
                    ta(
                        35,
                        "Evangeline mentioned her husband's taking a job with Illumina in San "
                        "Diego - she's staying in Boston with the kids for now and wants a "
                        "local role.",
                    )
                ],
            ),
            pool("cs", CTM, "Boston, MA, USA")(
                "Marigold Featherstone",
                0,
                touches=[
                    ta(
                        35,
                        "Marigold is relocating to San Diego with her husband in February - "
                        "only looking at roles out there.",
                    )
                ],
            ),
        ],
        **role(CTM_ROLE, BOSTON_ONSITE),
    ),
]

LEVEL = [
    C(
        "wants to step up and lead a team vs wants to stay at the bench, QC manager role",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Summit, NJ, USA")(
                "Ezinne Obiora",
                2,
                "Ready to lead a QC team; has been acting lead for a year",
            ),
            pool("data_eng", QC_ANALYST, "Summit, NJ, USA")(
                "Crispin Oyelaran",
                0,
                "Wants to stay at the bench; no direct reports",
            ),
        ],
        **role(
            QC_ROLE,
            NJ_ONSITE,
            title="QC Manager",
            seniority="manager",
            offers=["Lead a team of eight QC analysts"],
        ),
    ),
    C(
        "ready to step back from line management to monitoring vs won't go back to CRA",
        "cs",
        [
            pool("cs", CTM, "Philadelphia, PA, USA")(
                "Florence Adebayo-Kent",
                2,
                touches=[
                    mail(
                        50,
                        "Honestly I'd love to step back from line management and go back to "
                        "monitoring - I miss the sites.",
                    )
                ],
            ),
            pool("cs", CTM, "Philadelphia, PA, USA")(
                "Wendell Pryce-Jones",
                0,
                touches=[
                    mail(
                        50,
                        "Not taking a step back to CRA after six years as a CTM, whatever the "
                        "money.",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, US_REMOTE, title="Senior CRA", seniority="senior"),
    ),
    C(
        "wants the Director title he's been doing vs title doesn't matter",
        "cs",
        [
            pool("cs", RA_MANAGER, "San Diego, CA, USA")(
                "Ignatius Wolcott",
                2,
                "Wants the Director title - has been running regulatory as a de facto head",
            ),
            pool("cs", RA_MANAGER, "San Diego, CA, USA")(
                "Serafina Donnelly",
                1,
                "Title doesn't matter much; wants interesting CMC work",
            ),
        ],
        **role(
            RA_ROLE,
            SAN_DIEGO_HYBRID,
            title="Director, Regulatory Affairs",
            seniority="director",
        ),
    ),
    C(
        "Hinglish: wants to become team lead vs doesn't want to handle a team",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Hyderabad, India")(
                "Sai Teja Bollineni",
                2,
                touches=[
                    whatsapp(
                        30,
                        "Ab team lead banna hai, 9 saal ho gaye operator aur supervisor "
                        "level pe. Production head ke neeche kaam karna chahta hoon.",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Hyderabad, India")(
                "Madhavi Latha Gudivada",
                0,
                touches=[
                    whatsapp(
                        30,
                        "Mujhe team handle nahi karni, hands-on line ka kaam hi pasand hai.",
                    )
                ],
            ),
        ],
        **role(
            SHIFT_ROLE,
            HYDERABAD_ONSITE,
            title="Production Team Lead, Injectables",
            seniority="manager",
            offers=["Lead three shift supervisors and 40 operators"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants early stage, equity and many hats vs only big pharma after a Series A folded",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "Cambridge, MA, USA")(
                "Ottoline Westergaard",
                2,
                "Wants an early-stage biotech where she can wear many hats",
            ),
            pool("data_eng", LAB_SCIENTIST, "Cambridge, MA, USA")(
                "Rupert Achebe-Lowe",
                0,
                "His Series A folded; only big pharma from now on",
            ),
        ],
        **role(SCI_ROLE, CAMBRIDGE_ONSITE, offers=["Series B biotech, 40 people", "Equity"]),
    ),
    C(
        "wants the structure of big pharma vs never again, matrix hell",
        "cs",
        [
            pool("cs", RA_MANAGER, "Basel, Switzerland")(
                "Anneliese Grütter",
                2,
                touches=[
                    mail(
                        40,
                        "After two start-ups I want the structure of a big pharma - SOPs, "
                        "training, a proper career ladder.",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Basel, Switzerland")(
                "Dorian Kälin",
                0,
                touches=[
                    mail(
                        40,
                        "Never again big pharma, the matrix and the twelve sign-offs nearly "
                        "broke me.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            BASEL_HYBRID,
            offers=["Global top-10 pharma, 100,000 employees"],
        ),
    ),
    C(
        "needs three years of runway after two layoffs vs only Fortune 500 companies",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "San Diego, CA, USA")(
                "Lysander Mwangi",
                2,
                touches=[
                    inmail(
                        55,
                        "Two biotech layoffs in three years. I'll only look at companies with "
                        "3+ years of runway.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "San Diego, CA, USA")(
                "Octavian Bellweather",
                0,
                touches=[
                    inmail(
                        55,
                        "Only Fortune 500 companies for me now, no more biotechs of any stage.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE,
            SAN_DIEGO_ONSITE,
            offers=["Series C closed in September: four years of runway", "120 people"],
        ),
    ),
    C(
        "wants to move to the sponsor side vs prefers the variety of a CRO, sponsor role",
        "cs",
        [
            pool("cs", CTM, "Morristown, NJ, USA")(
                "Winslow Adeyemi",
                2,
                "Wants to move sponsor side after eight years at CROs",
            ),
            pool("cs", CTM, "Morristown, NJ, USA")(
                "Henrietta Lockwood",
                1,
                "Likes the variety of working across sponsors at a CRO",
            ),
        ],
        **role(CTM_ROLE, NJ_HYBRID, offers=["Sponsor-side, in-house clinical operations"]),
    ),
]

MISSION = [
    C(
        "lost her mother to pancreatic cancer, wants oncology vs no stated interest",
        "cs",
        [
            pool("cs", MSL, "New York, NY, USA")(
                "Dorothea Cavanagh",
                2,
                "Lost her mum to pancreatic cancer; wants her work to be in oncology",
            ),
            pool("cs", MSL, "New York, NY, USA")(
                "Percival Nakamura",
                1,
            ),
        ],
        **role(MSL_ROLE, dict(remote_policy="remote", location="Remote (New York metro)")),
    ),
    C(
        "wants patient impact, not cosmetic aesthetics vs loves the aesthetics market",
        "sales",
        [
            pool("sales", DEVICE_REP, "Miami, FL, USA")(
                "Bianca Valdivia",
                0,
                touches=[
                    desk(
                        45,
                        "cand wants patient impact - not interested in cosmetic aesthetics "
                        "devices.",
                    )
                ],
            ),
            pool("sales", DEVICE_REP, "Miami, FL, USA")(
                "Sebastián Arocena",
                2,
                touches=[
                    desk(
                        45,
                        "cand loves the aesthetics space, derm and med spas, great fit for Miami.",
                    )
                ],
            ),
        ],
        **role(
            REP_ROLE,
            dict(remote_policy="remote", location="Miami, FL, USA (territory)"),
            title="Territory Manager, Aesthetic Devices",
            description="Sell energy-based aesthetic devices to dermatology practices and "
            "med spas across South Florida.",
        ),
    ),
    C(
        "wants rare disease, small patient groups vs wants big-volume primary care",
        "cs",
        [
            pool("cs", CTM, "Boston, MA, USA")(
                "Aurora Kristiansen",
                2,
                "Wants rare disease work: small patient groups, close to the families",
            ),
            pool("cs", CTM, "Boston, MA, USA")(
                "Thelonious Baptiste",
                0,
                "Wants large primary-care trials with thousands of patients",
            ),
        ],
        **role(
            CTM_ROLE,
            BOSTON_ONSITE,
            description="Run a global Phase III study in a rare paediatric metabolic disease, "
            "40 patients in 12 countries.",
        ),
    ),
    C(
        "wants an innovative pipeline, not generics vs proud to make medicine affordable",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Shashank Vaidyanathan",
                0,
                touches=[
                    inmail(
                        40,
                        "I want to move to an innovator company, not generics - looking for "
                        "new molecule work.",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Yamini Pulavarthi",
                2,
                touches=[
                    inmail(
                        40,
                        "Generics keep medicine affordable for people like my parents - proud "
                        "to work in them.",
                    )
                ],
            ),
        ],
        **role(
            QC_ROLE,
            HYDERABAD_ONSITE,
            description="Release testing for a generic oral solid dose plant supplying the "
            "US and India.",
        ),
    ),
]

TECH = [
    C(
        "wants off paper onto Veeva Vault vs prefers TrackWise, doesn't want to relearn",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Princeton, NJ, USA")(
                "Adaora Nnamdi-Whitlow",
                2,
                "Wants to work in Veeva Vault QMS; tired of paper CAPAs",
            ),
            pool("data_eng", QA_SPECIALIST, "Princeton, NJ, USA")(
                "Gustavus Pemberton",
                1,
                "Comfortable in TrackWise; would rather not relearn a new QMS",
            ),
        ],
        **role(QA_ROLE, NJ_HYBRID, offers=["Fully digital QMS on Veeva Vault"]),
    ),
    C(
        "wants to move into cell and gene therapy vs small molecule only",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Philadelphia, PA, USA")(
                "Leontyne Harrow",
                2,
                touches=[
                    inmail(
                        45,
                        "Really want to get into cell and gene therapy - CAR-T suites would "
                        "be a dream.",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Philadelphia, PA, USA")(
                "Archibald Ferreira",
                0,
                touches=[
                    inmail(
                        45,
                        "Small molecule only, I won't touch biologics or CGT - too much "
                        "aseptic risk.",
                    )
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            dict(remote_policy="onsite", location="Philadelphia, PA, USA"),
            description="Commission and qualify a new autologous CAR-T manufacturing suite.",
        ),
    ),
    C(
        "keen on single-use bioreactors vs prefers stainless steel",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Eimear Cronin-Daly",
                2,
                "Keen to work on single-use bioreactors and closed processing",
            ),
            pool("backend", CQV_ENGINEER, "Cork, Ireland")(
                "Fergus Lenihan",
                1,
                "Prefers big stainless-steel facilities",
            ),
        ],
        **role(
            CQV_ROLE,
            CORK_ONSITE,
            description="Qualify a new single-use 2,000 L bioreactor train.",
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_KENDALL_LAB = dict(remote_policy="onsite", location="Cambridge, MA, USA")
PAST_CRA_80 = dict(
    remote_policy="remote",
    location="Remote (US)",
    offers=["80% travel, overnights most weeks"],
)
PAST_BASEL_110 = dict(
    remote_policy="onsite", location="Basel, Switzerland", salary_max=110_000, currency="CHF"
)
PAST_BASEL_130 = dict(
    remote_policy="onsite", location="Basel, Switzerland", salary_max=130_000, currency="CHF"
)
PAST_CONTINENTAL = dict(
    remote_policy="onsite",
    location="Devens, MA, USA",
    offers=["12-hour continental shifts, days and nights"],
)
PAST_NJ = dict(remote_policy="onsite", location="Summit, NJ, USA")

RESOLVED = [
    C(
        "declined five lab days in Kendall; this one is hybrid vs wanted fully remote",
        "cs",
        [
            pool("cs", RA_MANAGER, "Cambridge, MA, USA")(
                "Philomena Ashdown",
                2,
                apps=[
                    declined(
                        280,
                        "remote_policy",
                        "Five days on site was a no - would do three",
                        past=PAST_KENDALL_LAB,
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Cambridge, MA, USA")(
                "Cosimo Battaglia",
                0,
                apps=[
                    declined(
                        280,
                        "remote_policy",
                        "Fully remote or he won't move",
                        past=PAST_KENDALL_LAB,
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, CAMBRIDGE_HYBRID),
    ),
    C(
        "withdrew over 80% travel; this is 30% vs withdrew wanting 10% at most",
        "sales",
        [
            pool("sales", CRA, "Columbus, OH, USA")(
                "Evadne Marchbanks",
                2,
                apps=[
                    withdrew(
                        220,
                        "other",
                        "80% trvl too much, 30-40% would work",
                        past=PAST_CRA_80,
                        role="Senior CRA",
                    )
                ],
            ),
            pool("sales", CRA, "Columbus, OH, USA")(
                "Jericho Blankenship",
                0,
                apps=[
                    withdrew(
                        220,
                        "other",
                        "wants 10% trvl max going forward",
                        past=PAST_CRA_80,
                        role="Senior CRA",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, US_REMOTE, offers=["Home-based, about 30% travel"]),
    ),
    C(
        "withdrew needing sponsorship, has a green card since vs still on an H-1B",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Summit, NJ, USA")(
                "Ravindran Pillai",
                2,
                apps=[
                    withdrew(
                        400,
                        "other",
                        "Needed H-1B sponsorship, which we couldn't offer",
                    )
                ],
                touches=[mail(60, "Quick update - my green card came through in June!")],
            ),
            pool("data_eng", QC_ANALYST, "Summit, NJ, USA")(
                "Thirumalai Kannan",
                0,
                apps=[
                    withdrew(
                        400,
                        "other",
                        "Needs H-1B transfer sponsorship; we don't sponsor",
                    )
                ],
                touches=[mail(60, "Still on my H-1B, GC priority date is years out.")],
            ),
        ],
        **role(QC_ROLE, NJ_ONSITE, offers=[*NO_SPONSOR]),
    ),
    C(
        "declined over a CHF 110k cap; the band is now higher vs asked CHF 150k, still above",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Nadja Zürcher",
                2,
                apps=[
                    declined(
                        330,
                        "compensation",
                        "Wollte CHF 125k, Budget war bei 110k gedeckelt",
                        past=PAST_BASEL_110,
                        role="QA Specialist",
                    )
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Basel, Switzerland")(
                "Beat Hänggi",
                0,
                apps=[
                    declined(
                        330,
                        "compensation",
                        "Asked CHF 150k, our top was 130k",
                        past=PAST_BASEL_130,
                        role="QA Specialist",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, BASEL_ONSITE, salary_min=120_000, salary_max=135_000, currency="CHF"),
    ),
    C(
        "declined over nights; this line is days vs declined over the drive to Devens, still there",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Worcester, MA, USA")(
                "Gilberto Amaral",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Turned down the continental rota - no nights",
                        past=PAST_CONTINENTAL,
                        role="Manufacturing Shift Supervisor",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Providence, RI, USA")(
                "Ebenezer Quarshie",
                0,
                apps=[
                    declined(
                        260,
                        "location",
                        "Devens is too far from Providence - 75 minutes each way",
                        past=PAST_CONTINENTAL,
                        role="Manufacturing Shift Supervisor",
                    )
                ],
            ),
        ],
        **role(DAYS_ONLY_LINE, DEVENS_ONSITE),
    ),
    C(
        "withdrew over relocating to New Jersey, still in Boston vs has since moved to Hoboken",
        "cs",
        [
            pool("cs", MSL, "Boston, MA, USA")(
                "Cordula Manning",
                0,
                apps=[
                    withdrew(
                        300,
                        "location",
                        "Won't relocate to NJ",
                        stage="final",
                        past=PAST_NJ,
                        role="Medical Science Liaison",
                    )
                ],
            ),
            pool("cs", MSL, "Hoboken, NJ, USA")(
                "Ansel Whitcombe",
                2,
                apps=[
                    withdrew(
                        300,
                        "location",
                        "Wouldn't relocate from Boston to NJ",
                        stage="final",
                        past=PAST_NJ,
                        role="Medical Science Liaison",
                    )
                ],
                touches=[
                    inmail(
                        45,
                        "Funny story - my partner got a job in Manhattan, so we moved to "
                        "Hoboken in May. Jersey roles are suddenly on the table!",
                    )
                ],
            ),
        ],
        **role(MSL_ROLE, NJ_ONSITE),
    ),
]

LAST_TIME = [
    C(
        "turned down two months ago for no aseptic experience vs the same two years ago",
        "backend",
        [
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Dervla Twomey",
                0,
                apps=[
                    turned_away(
                        60,
                        "skills_gap",
                        "No Annex 1 / grade A aseptic experience",
                        role="Manufacturing Shift Supervisor",
                    )
                ],
            ),
            pool("backend", SHIFT_LEAD, "Cork, Ireland")(
                "Feargal Lynch",
                2,
                apps=[
                    turned_away(
                        730,
                        "skills_gap",
                        "No aseptic experience at the time (OSD only)",
                        role="Manufacturing Shift Supervisor",
                    )
                ],
            ),
        ],
        **role(SHIFT_ROLE, CORK_ONSITE),
    ),
    C(
        "rude to the lab techs on the site tour vs late to it after a crash on 128",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Lowell, MA, USA")(
                "Ulysses Drummond",
                0,
                apps=[
                    turned_away(
                        200,
                        "conduct",
                        "Dismissive and rude to the lab techs on the site tour - HM: not again",
                        stage="onsite",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Lowell, MA, USA")(
                "Josephine Achterberg",
                2,
                apps=[
                    silver(
                        200,
                        "Late to the site tour after a crash on 128, called ahead; panel loved her",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, dict(remote_policy="onsite", location="Lowell, MA, USA")),
    ),
    C(
        "a no-show for the panel vs rescheduled twice for a batch failure, with notice",
        "backend",
        [
            pool("backend", QA_SPECIALIST, "Singapore")(
                "Chua Wen Jie",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show for the panel, no reply afterwards",
                        role="QA Specialist",
                    )
                ],
            ),
            pool("backend", QA_SPECIALIST, "Singapore")(
                "Koh Hui Min",
                2,
                apps=[
                    app(
                        150,
                        "interview",
                        "position_closed",
                        "headcount",
                        "Moved the panel twice for a batch failure, always gave a day's "
                        "notice; req then closed",
                        role="QA Specialist",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, SINGAPORE_ONSITE),
    ),
    C(
        "accepted then reneged for a counter vs declined politely for a counter, band moved",
        "cs",
        [
            pool("cs", MSL, "Philadelphia, PA, USA")(
                "Cassius Thornbury",
                0,
                apps=[
                    declined(
                        330,
                        "counteroffer",
                        "Signed our offer, then reneged a week before start for a Pfizer "
                        "counter. HM furious.",
                        role="Medical Science Liaison",
                    )
                ],
            ),
            pool("cs", MSL, "Philadelphia, PA, USA")(
                "Marcella Obiang",
                2,
                apps=[
                    declined(
                        330,
                        "counteroffer",
                        "Took a counter at $175k; said she'd come back if our band moved",
                        role="Medical Science Liaison",
                    )
                ],
            ),
        ],
        **role(
            MSL_ROLE,
            dict(remote_policy="remote", location="Remote (Philadelphia territory)"),
            salary_min=180_000,
            salary_max=200_000,
            currency="USD",
        ),
    ),
    C(
        "offer rescinded, degree couldn't be verified vs background check slow but cleared",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Tarun Malhotra",
                0,
                apps=[
                    app(
                        240,
                        "offer",
                        "rejected",
                        "other",
                        "Offer rescinded: M.Pharm degree couldn't be verified with the university",
                    )
                ],
            ),
            pool("data_eng", QC_ANALYST, "Hyderabad, India")(
                "Divya Bharathi Nair",
                2,
                apps=[
                    app(
                        240,
                        "offer",
                        "position_closed",
                        "headcount",
                        "BGV slow (university took 6 weeks) but cleared; role closed in the "
                        "meantime",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, HYDERABAD_ONSITE),
    ),
]

PROCESS = [
    C(
        "a final round with a 4.5 vs a CV screened out at application",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Rosalind Featherby",
                2,
                apps=[
                    silver(
                        180,
                        "Final round, strong on flow, lost to an internal",
                        role="Scientist II",
                        rating=4.5,
                    )
                ],
            ),
            pool("data_eng", LAB_SCIENTIST, "San Diego, CA, USA")(
                "Emeric Vasquez-Hale",
                1,
                apps=[
                    app(
                        180,
                        "applied",
                        "rejected",
                        "other",
                        "CV screened out in the ATS, not reviewed by HM",
                        role="Scientist II",
                    )
                ],
            ),
        ],
        **role(SCI_ROLE, SAN_DIEGO_ONSITE),
    ),
    C(
        "placed by us three months ago vs lost the final round last spring",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Devens, MA, USA")(
                "Alaric Whitmore",
                0,
                apps=[
                    app(
                        90,
                        "offer",
                        "hired",
                        None,
                        "Started with us in August as CQV Engineer",
                        role="CQV Engineer",
                    )
                ],
            ),
            pool("backend", CQV_ENGINEER, "Devens, MA, USA")(
                "Genoveva Osterhout",
                2,
                apps=[silver(210, "Lost at the final to a candidate with PQ depth", role="CQV")],
            ),
        ],
        **role(CQV_ROLE, DEVENS_ONSITE),
    ),
    C(
        "reached the onsite panel with a 4.6 vs a phone screen with a 3",
        "cs",
        [
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Isolde Brightwater",
                2,
                apps=[
                    app(
                        160,
                        "onsite",
                        "rejected",
                        "other_candidate",
                        "Onsite panel, great on CRO oversight",
                        rating=4.6,
                        role="Clinical Trial Manager",
                    )
                ],
            ),
            pool("cs", CTM, "Princeton, NJ, USA")(
                "Marcus Tolliver-Grey",
                1,
                apps=[
                    app(
                        160,
                        "screen",
                        "rejected",
                        "other",
                        "Phone screen only, generic answers",
                        rating=3.0,
                        role="Clinical Trial Manager",
                    )
                ],
            ),
        ],
        **role(CTM_ROLE, NJ_HYBRID),
    ),
    C(
        "withdrew a month ago, starting at Moderna on 1 December vs the same 18 months ago",
        "cs",
        [
            pool("cs", RA_MANAGER, "Boston, MA, USA")(
                "Hortense Galloway",
                0,
                apps=[
                    withdrew(
                        30,
                        "other",
                        "Accepted an offer at Moderna, starts Dec 1",
                        stage="offer",
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool("cs", RA_MANAGER, "Boston, MA, USA")(
                "Leofric Pennington",
                2,
                apps=[
                    withdrew(
                        550,
                        "other",
                        "Accepted an offer elsewhere just before ours",
                        stage="offer",
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, CAMBRIDGE_HYBRID),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no travel in March, travel fine in October vs travel fine then no more travel",
        "sales",
        [
            pool("sales", CRA, "Atlanta, GA, USA")(
                "Temperance Oduya",
                2,
                touches=[
                    desk(date(2026, 3, 16), "cand: no travel till youngest starts school."),
                    desk(
                        date(2026, 10, 19),
                        "update - cand says travel fine now, kids in school, mum helping. 50% ok.",
                    ),
                ],
            ),
            pool("sales", CRA, "Atlanta, GA, USA")(
                "Lucian Abernathy-Fox",
                0,
                touches=[
                    desk(date(2026, 3, 16), "cand: travel no problem, any %."),
                    desk(
                        date(2026, 10, 19),
                        "update - cand done with travel after a knee op, local/remote only.",
                    ),
                ],
            ),
        ],
        **role(CRA_ROLE, US_REMOTE, offers=["Home-based, 50% travel in the Southeast"]),
    ),
    C(
        "asked to be removed, then asked back in vs keep me posted, then remove me",
        "data_eng",
        [
            pool("data_eng", QA_SPECIALIST, "Dublin, Ireland")(
                "Bláthnaid Ní Bhriain",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Take me off your lists please."),
                    mail(
                        date(2026, 9, 14),
                        "Hi again - I know I asked to be taken off your lists in February, "
                        "but we've been restructured and I'm looking. Please include me.",
                    ),
                ],
            ),
            pool("data_eng", QA_SPECIALIST, "Dublin, Ireland")(
                "Caoimhín de Búrca",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Nothing right now, keep me posted."),
                    mail(
                        date(2026, 9, 14),
                        "Please take me off your lists now, I've decided to stay put.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(QA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "pay ask lowered from $180k to $150k vs raised from $150k to $185k, band to $160k",
        "cs",
        [
            pool("cs", RA_MANAGER, "Princeton, NJ, USA")(
                "Aldous Merriman",
                2,
                touches=[
                    ta(date(2026, 4, 13), "Aldous: needs $180k base to move."),
                    ta(
                        date(2026, 10, 5),
                        "Aldous again: after the layoff round he'd take $150k for a stable "
                        "company.",
                    ),
                ],
            ),
            pool("cs", RA_MANAGER, "Princeton, NJ, USA")(
                "Tabitha Strathmore",
                0,
                touches=[
                    ta(date(2026, 4, 13), "Tabitha: $150k base would do it."),
                    ta(
                        date(2026, 10, 5),
                        "Tabitha again: got promoted, now needs $185k to consider anything.",
                    ),
                ],
            ),
        ],
        **role(RA_ROLE, NJ_HYBRID, salary_min=145_000, salary_max=160_000, currency="USD"),
    ),
    C(
        "not leaving NJ, then bought a house in Boston vs Boston-bound, then staying in NJ",
        "data_eng",
        [
            pool("data_eng", LAB_SCIENTIST, "Edison, NJ, USA")(
                "Guinevere Oyelowo",
                2,
                touches=[
                    inmail(date(2026, 1, 19), "Not leaving New Jersey, sorry."),
                    inmail(
                        date(2026, 10, 26),
                        "Plot twist: we closed on a house in Somerville, moving in December. "
                        "Boston-area roles very welcome now!",
                    ),
                ],
            ),
            pool("data_eng", LAB_SCIENTIST, "Edison, NJ, USA")(
                "Peregrine Castellanos-Hume",
                0,
                touches=[
                    inmail(date(2026, 1, 19), "We're planning to move to Boston this year."),
                    inmail(
                        date(2026, 10, 26),
                        "Boston move is off - my wife got tenure at Rutgers. Staying in NJ.",
                    ),
                ],
            ),
        ],
        **role(SCI_ROLE, BOSTON_ONSITE),
    ),
    C(
        "perm only, then open to contract vs open to contract, then perm only",
        "backend",
        [
            pool("backend", CQV_ENGINEER, "Boston, MA, USA")(
                "Evangelos Dimitriou",
                2,
                touches=[
                    desk(date(2026, 2, 23), "cand perm only."),
                    desk(
                        date(2026, 10, 12),
                        "cand now open to contract - perm market dead, will take W2 12 mo.",
                    ),
                ],
            ),
            pool("backend", CQV_ENGINEER, "Boston, MA, USA")(
                "Lavinia Hargreave",
                0,
                touches=[
                    desk(date(2026, 2, 23), "cand open to contract or perm."),
                    desk(
                        date(2026, 10, 12),
                        "cand now perm only, needs benefits - baby due in spring.",
                    ),
                ],
            ),
        ],
        **role(
            CQV_ROLE,
            DEVENS_ONSITE,
            title="CQV Engineer (12-month W-2 contract)",
            offers=["12-month W-2 contract"],
        ),
    ),
    C(
        "remote only, then wants the lab after moving close vs the reverse, on-site role",
        "data_eng",
        [
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Ishaan Khandelwal",
                2,
                touches=[
                    inmail(date(2026, 3, 2), "Only remote roles for me."),
                    inmail(
                        date(2026, 9, 28),
                        "Moved to Whitefield, 10 min from the tech park - happy to be on "
                        "site every day now, miss the lab.",
                    ),
                ],
            ),
            pool("data_eng", QC_ANALYST, "Bangalore, India")(
                "Anushka Raghunath",
                0,
                touches=[
                    inmail(date(2026, 3, 2), "Happy being on site five days."),
                    inmail(
                        date(2026, 9, 28),
                        "Moved to Mysore to be near family - only remote roles from now on.",
                    ),
                ],
            ),
        ],
        **role(QC_ROLE, dict(remote_policy="onsite", location="Bangalore, India")),
    ),
]

HELDOUT20_CASES: list[Case] = [
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
