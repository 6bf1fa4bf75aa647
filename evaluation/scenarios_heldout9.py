"""Held-out rediscovery cases, ninth set: recruiters' own words, written by a ninth stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 8 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 9") and never tuned to what Encore does. The voice is a recruitment
team that hires far beyond software: nurses and pharmacists, care-home managers, store managers,
warehouse shift leads and truck drivers, auditors and payroll specialists, sales and customer
success, and some engineers. Its notes are ATS free-text fields, phone screens in recruiters'
shorthand (CTC, ECTC, NP, LWD, WFO, RTO, OTE, PRN, 3x12, W2/C2C, relo), candidates' WhatsApp
and SMS replies with typos and no capitals, hiring managers' one-liners and agency hand-overs.
Settings are India (LPA and CTC, 90-day notice, Diwali and Pongal, service bonds, CA Final),
Ireland (GDPR, Stamp 4, long days, day rates), South Africa (ZAR, POPIA, load-shedding, matric,
Joburg and Cape Town), Canada and Québec (CAD, French, CNO licensing, closed work permits,
18-month parental leave), Nigeria (NGN a month, "japa", Sallah, the village at Christmas), the
US (hourly pay and night differentials, 3x12s, PRN, W2 against 1099 and C2C, H-1B stamping,
Thanksgiving), Turkey (TL net a month), Israel (miluim, the chagim, Hebrew) and Spain (Reyes,
media jornada). Roles carry their terms in different places: the policy field, the description,
the title, the offers, the requirements, a salary band with its currency, or only in words.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (WhatsApp "UNSUBSCRIBE", the DND registry, a GDPR Article 17 erasure request, a
   POPIA objection, Québec French, Nigerian English, polite Spanish, Turkish, Hebrew, a polite
   "stepping away from healthcare for good", an SMS "STOP"): never shown; beside each a channel
   wish, a time-of-day wish, a CV update, a POPIA consent, "not that post", "not that FMCG role",
   "ahora mismo no", "not looking now" is shown;
2. waits counted from the day said, each against a twin whose wait has run out: a notice period
   to an LWD, Diwali against Pongal, the village at Christmas against Sallah, miluim against the
   chagim, Thanksgiving against the Fourth of July, a nursing service bond, a bonus in March, a
   matric exam year, 18-month parental leave against five weeks of paternity leave, CNO licensing
   (with the licence later granted), CA Final, H-1B stamping, retail peak season against a note
   full of past dates, Reyes against "en septiembre";
3. schedule, travel, visa, contract and hours, commute: nights, long days, weekends, on-call,
   travel share, outstation audits, sponsorship, closed permits, Stamp 1 against Stamp 4, W2
   against C2C, PRN against full-time, contract against permanent, media jornada, fixed-term
   cover, commute time and distance; each against someone who does not object or whose objection
   was about a past employer's practice this role does not have;
4. pay against the band in LPA and CTC, USD an hour in the offers, ZAR a year, OTE against base,
   a day rate, NGN a month against an annual band, CAD "current" pay that is no ask, TL net a month;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Spanish;
6. negation and scope ("not against nights", "no nights but weekends fine", "never again fashion
   retail, a pharmacy is different", "the pay was fine, the travel was the problem", "wouldn't say
   no to a shift");
7. location and relocation (a spouse's transfer, japa, Québec City, a sister elsewhere), managing
   against hands-on, titles and designations, company stage and size, industries refused or wanted
   (tobacco, betting, defence, pharma, crypto) and technology (Go, SAP, Databricks);
8. last time's reason resolved by this role or still standing, the history with us (a recent
   skills gap, a no-show, conduct on a site visit) and the latest process and stage reached;
9. several notes over time where the latest word counts: nights refused then fine and the
   reverse, a stop taken back and a "keep me posted" hardened into an erasure, a move refused then
   wanted and the reverse, a pay ask lowered and raised, C2C given up and taken up.

Hard cases a careful human still gets right are mixed in: a husband's night shifts or H-1B that
are not the candidate's condition, an OTE that meets a want that the base alone does not, a
monthly ask against an annual band, a current salary that is no ask, an objection to a past
employer's weekends or travel that this role does not have, and a GDPR request that is no erasure
(in the weekly set).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

NURSE = dict(
    current_title="Registered Nurse",
    skills=["Acute care", "Critical care", "Patient assessment", "Medication administration"],
    years_experience=6,
    resume_text=(
        "Registered nurse, six years on acute medical wards and in a mixed ICU: admissions, "
        "patient assessment, medication rounds, ventilated patients, precepting new graduates "
        "and electronic charting. BLS and ACLS current."
    ),
)
PHARMACIST = dict(
    current_title="Pharmacist",
    skills=["Dispensing", "Medication review", "Patient counselling", "Pharmacy law"],
    years_experience=7,
    resume_text=(
        "Registered pharmacist with seven years in community and hospital pharmacy: dispensing, "
        "medication reviews, counselling patients, controlled drugs records and stock control."
    ),
)
CARE_MANAGER = dict(
    current_title="Care Home Manager",
    skills=["Residential care", "Care planning", "Staff rostering", "Safeguarding"],
    years_experience=9,
    resume_text=(
        "Nine years in residential elderly care, the last four managing a 60-bed home: care "
        "plans, rosters for 45 carers and nurses, safeguarding, audits and inspections."
    ),
)
STORE_MANAGER = dict(
    current_title="Store Manager",
    skills=["Retail operations", "Store P&L", "Staff rostering", "Stock control"],
    years_experience=8,
    resume_text=(
        "Eight years in retail, the last four running a store of 40 staff: P&L, rosters, "
        "shrinkage and stock control, merchandising, and customer service standards."
    ),
)
SHIFT_LEAD = dict(
    current_title="Warehouse Shift Lead",
    skills=["Warehouse operations", "WMS", "Team leadership", "Health and safety"],
    years_experience=6,
    resume_text=(
        "Six years in distribution centres, three as shift lead for 25 associates: picking and "
        "dispatch targets, WMS, forklift certification, rosters and safety walks."
    ),
)
DRIVER = dict(
    current_title="CDL-A Truck Driver",
    skills=["Class A CDL", "Hazmat endorsement", "ELD logs", "DOT compliance"],
    years_experience=9,
    resume_text=(
        "Class A CDL driver, nine years of regional and dedicated routes, hazmat and tanker "
        "endorsements, clean MVR, ELD logs and pre-trip inspections."
    ),
)
AUDITOR = dict(
    current_title="Audit Senior",
    skills=["External audit", "IFRS", "Audit planning", "Internal controls"],
    years_experience=5,
    resume_text=(
        "Chartered accountant, five years in external audit: planning and running statutory "
        "audits under IFRS, testing internal controls and leading field teams of three."
    ),
)
PAYROLL = dict(
    current_title="Payroll Specialist",
    skills=["Payroll processing", "Statutory deductions", "Year-end reporting", "Excel"],
    years_experience=6,
    resume_text=(
        "Payroll specialist, six years running monthly and weekly payrolls for up to 1,500 "
        "employees: statutory deductions, year-end reporting, reconciliations and audits."
    ),
)
MED_REP = dict(
    current_title="Medical Representative",
    skills=["Pharma sales", "Doctor detailing", "Territory management", "CRM"],
    years_experience=5,
    resume_text=(
        "Medical representative, five years detailing cardiology and diabetes brands to doctors "
        "and chemists, growing a territory by 30% and reporting calls in the CRM."
    ),
)


def kind(profile: str, persona: dict | None = None, where: str = "Lisbon, Portugal"):
    """People of one kind: the same profile (and persona), living in ``where`` unless told."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- what was said and by whom ------------------------------------------------------------


def screen(days, text) -> dict:
    """A recruiter's phone-screen summary, in shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def ats(days, text) -> dict:
    """A free-text note typed into the ATS (a recruiter, a coordinator, an agency hand-over)."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def hm(days, text) -> dict:
    """A hiring manager's one-liner after meeting them."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def wa(days, text) -> dict:
    """Their WhatsApp or text message, as they typed it."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def mail(days, text) -> dict:
    """Their email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def li(days, text) -> dict:
    """Their LinkedIn message."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Registered Nurse") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Registered Nurse") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

ICU_NURSE = dict(
    title="Registered Nurse, Medical ICU",
    department="Nursing",
    seniority="mid",
    requirements="Active RN licence\nBLS and ACLS\n2+ years of acute or ICU nursing",
    description="Care for critically ill adults in a 24-bed medical intensive care unit.",
)
WARD_NURSE = dict(
    title="Staff Nurse, Medical Ward",
    department="Nursing",
    seniority="mid",
    requirements="Registered nurse\nBLS\n2+ years of acute nursing",
    description="Care for adult patients on a 32-bed acute medical ward.",
)
PHARMACY = dict(
    title="Pharmacist",
    department="Pharmacy",
    seniority="mid",
    requirements="Registered pharmacist\nDispensing\nMedication reviews\nPatient counselling",
    description="Dispense, review medicines and counsel patients in a busy pharmacy.",
)
CARE_HOME = dict(
    title="Care Home Manager",
    department="Care Services",
    seniority="manager",
    requirements="Residential care management\nCare planning\nRostering\nSafeguarding",
    description="Run a 60-bed residential home for older people.",
)
STORE = dict(
    title="Store Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Store P&L\nRostering\nStock control\nCustomer service",
    description="Run one of our high-street stores and its team of 35.",
)
WAREHOUSE = dict(
    title="Warehouse Shift Lead",
    department="Logistics",
    seniority="lead",
    requirements="Warehouse operations\nWMS\nLeading a shift team\nHealth and safety",
    description="Lead a shift of 20 associates in our regional distribution centre.",
)
TRUCKING = dict(
    title="Class A CDL Driver, Regional",
    department="Transportation",
    seniority="mid",
    requirements="Class A CDL\nClean MVR\n2+ years of tractor-trailer experience",
    description="Regional routes out of our Midwest terminal.",
)
AUDIT = dict(
    title="Audit Senior",
    department="Assurance",
    seniority="senior",
    requirements="Chartered accountant (CA, ACA or CPA)\nExternal audit\nIFRS\nInternal controls",
    description="Run statutory audits for a portfolio of mid-size clients.",
)
PAYROLL_ROLE = dict(
    title="Payroll Specialist",
    department="Finance",
    seniority="mid",
    requirements="End-to-end payroll\nStatutory deductions\nYear-end reporting\nExcel",
    description="Run payroll for 1,200 employees across two entities.",
)
MED_REP_ROLE = dict(
    title="Medical Representative",
    department="Sales",
    seniority="mid",
    requirements="Pharma sales\nDoctor detailing\nTerritory management",
    description="Detail our cardiology and diabetes portfolio to doctors and chemists.",
)

# --- where and how they are worked ----------------------------------------------------------

HOUSTON = dict(remote_policy="onsite", location="Houston, TX, USA")
CHICAGO = dict(remote_policy="onsite", location="Joliet, IL, USA")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in our Dublin 2 office"],
)
DUBLIN_ONSITE = dict(remote_policy="onsite", location="Dublin, Ireland")
BENGALURU_HYBRID = dict(
    remote_policy="hybrid",
    location="Bengaluru, Karnataka, India",
    offers=["WFO Tuesday to Thursday at our Whitefield office"],
)
BENGALURU_ONSITE = dict(remote_policy="onsite", location="Bengaluru, Karnataka, India")
PUNE_ONSITE = dict(remote_policy="onsite", location="Pune, Maharashtra, India")
MUMBAI_ONSITE = dict(remote_policy="onsite", location="Mumbai, Maharashtra, India")
CHENNAI_ONSITE = dict(remote_policy="onsite", location="Chennai, Tamil Nadu, India")
JOBURG_HYBRID = dict(
    remote_policy="hybrid",
    location="Johannesburg, South Africa",
    offers=["Three days a week at our Sandton office"],
)
JOBURG_ONSITE = dict(remote_policy="onsite", location="Johannesburg, South Africa")
CAPE_TOWN_ONSITE = dict(remote_policy="onsite", location="Cape Town, South Africa")
TORONTO_ONSITE = dict(remote_policy="onsite", location="Toronto, ON, Canada")
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Two days a week at our King Street office"],
)
MONTREAL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montréal, QC, Canada",
    offers=["Deux jours par semaine au bureau du Mile End"],
)
LAGOS_HYBRID = dict(
    remote_policy="hybrid",
    location="Lagos, Nigeria",
    offers=["Three days a week at our Victoria Island office"],
)
LAGOS_ONSITE = dict(remote_policy="onsite", location="Lagos, Nigeria")
ISTANBUL_HYBRID = dict(
    remote_policy="hybrid",
    location="Istanbul, Türkiye",
    offers=["Haftada iki gün Maslak ofisinde"],
)
TEL_AVIV_HYBRID = dict(
    remote_policy="hybrid",
    location="Tel Aviv, Israel",
    offers=["Three days a week in our Tel Aviv office"],
)
MADRID_ONSITE = dict(remote_policy="onsite", location="Madrid, España")

# --- 1. opt-outs, each beside a near-miss that is no opt-out ---------------------------------

OPT_OUTS = [
    C(
        "WhatsApp 'UNSUBSCRIBE' vs don't WhatsApp this number, mail me instead",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Pune, Maharashtra, India")(
                "Rakesh Bhosale",
                0,
                touches=[wa(45, "UNSUBSCRIBE. dont send me any job msg again on this or any no")],
                excluded=True,
            ),
            kind("cs", SHIFT_LEAD, "Pune, Maharashtra, India")(
                "Sachin Gaikwad",
                2,
                touches=[
                    wa(
                        45,
                        "sir pls dont whatsapp on this no its my wifes phone. mail me on my "
                        "gmail, will reply same day",
                    )
                ],
            ),
        ],
        **role(WAREHOUSE, PUNE_ONSITE),
    ),
    C(
        "on the DND registry and wants no calls from anyone vs phone on DND on the ward",
        "cs",
        [
            kind("cs", NURSE, "Bengaluru, Karnataka, India")(
                "Deepa Raghunath",
                0,
                touches=[
                    screen(
                        60,
                        "Cand says she is registered on DND and wants no further calls, SMS or "
                        "WhatsApp from any consultancy, us included. Do not contact.",
                    )
                ],
                excluded=True,
            ),
            kind("cs", NURSE, "Bengaluru, Karnataka, India")(
                "Shalini Kamath",
                2,
                touches=[
                    screen(
                        60,
                        "On 12-hr days at Manipal till 8pm, phone is on DND on the floor. Call "
                        "only after 8:30pm or drop a mail.",
                    )
                ],
            ),
        ],
        **role(WARD_NURSE, BENGALURU_ONSITE),
    ),
    C(
        "GDPR Article 17 erasure request vs please replace my CV on file",
        "cs",
        [
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Aoife Mullarkey",
                0,
                touches=[
                    mail(
                        90,
                        "I am making a request under Article 17 of the GDPR for the erasure of "
                        "all personal data you hold about me, including my CV and any notes. "
                        "Please confirm when this is done.",
                    )
                ],
                excluded=True,
            ),
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Clodagh Nevin",
                2,
                touches=[
                    mail(
                        90,
                        "Could you swap the CV you have on file for the attached? The old one "
                        "still has my maiden name on it. Thanks a mil.",
                    )
                ],
            ),
        ],
        **role(PAYROLL_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "POPIA objection and delete my details vs yes, keep my details on record",
        "cs",
        [
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Lerato Mashaba",
                0,
                touches=[
                    mail(
                        70,
                        "In terms of section 11(3) of POPIA I object to any further processing "
                        "of my personal information by your firm. Delete my details and do not "
                        "contact me again.",
                    )
                ],
                excluded=True,
            ),
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Zanele Mabaso",
                2,
                touches=[
                    mail(
                        70,
                        "Got your POPIA notice - yes, you may keep my details on record. Email "
                        "works best, my cell signal is patchy when there's load-shedding.",
                    )
                ],
            ),
        ],
        **role(AUDIT, JOBURG_HYBRID, salary_min=650_000, salary_max=780_000, currency="ZAR"),
    ),
    C(
        "Québec French: ne plus me solliciter vs pas pour ce poste-là, relancez-moi",
        "cs",
        [
            kind("cs", where="Montréal, QC, Canada")(
                "Geneviève Pelletier",
                0,
                touches=[
                    li(
                        50,
                        "Bonjour, merci de ne plus me solliciter. Je ne souhaite plus recevoir "
                        "d'offres de votre part. Bonne journée.",
                    )
                ],
                excluded=True,
            ),
            kind("cs", where="Montréal, QC, Canada")(
                "Marie-Ève Gagnon",
                2,
                touches=[
                    li(
                        50,
                        "Bonjour! Pas pour ce poste-là, c'était trop junior pour moi, mais "
                        "relancez-moi sans gêne pour un rôle senior. Merci!",
                    )
                ],
            ),
        ],
        **role({}, MONTREAL_HYBRID),
    ),
    C(
        "Nigerian English: kindly remove my number vs not that FMCG role, keep me for SaaS",
        "sales",
        [
            kind("sales", where="Lagos, Nigeria")(
                "Oluwaseun Akintola",
                0,
                touches=[
                    wa(
                        40,
                        "Good afternoon. Kindly remove my number from your database, I am no "
                        "longer interested in hearing from your organisation about any role. "
                        "Thanks and God bless.",
                    )
                ],
                excluded=True,
            ),
            kind("sales", where="Lagos, Nigeria")(
                "Chukwuemeka Ibekwe",
                2,
                touches=[
                    wa(
                        40,
                        "Good afternoon sir. I am not interested in that FMCG distributor role "
                        "but kindly keep me in mind for SaaS sales. Thanks",
                    )
                ],
            ),
        ],
        **role(
            {},
            LAGOS_HYBRID,
            title="Senior Account Executive, SaaS",
            description="Sell our payroll SaaS to mid-size companies across Lagos and Abuja.",
        ),
    ),
    C(
        "polite Spanish: no volváis a contactarme y borrad mis datos vs ahora mismo no",
        "cs",
        [
            kind("cs", PHARMACIST, "Madrid, España")(
                "Itziar Goikoetxea",
                0,
                touches=[
                    mail(
                        80,
                        "Os agradecería que no volvierais a contactarme y que borrarais mis "
                        "datos de vuestra base. Un saludo.",
                    )
                ],
                excluded=True,
            ),
            kind("cs", PHARMACIST, "Madrid, España")(
                "Nerea Arrieta",
                2,
                touches=[
                    mail(
                        80,
                        "Ahora mismo no me viene bien cambiar, pero seguid contando conmigo más "
                        "adelante. Un saludo.",
                    )
                ],
            ),
        ],
        **role(PHARMACY, MADRID_ONSITE),
    ),
    C(
        "Turkish: bana bir daha yazmayın vs e-postayla yazın, daha hızlı dönerim",
        "backend",
        [
            kind("backend", where="Istanbul, Türkiye")(
                "Burak Aydoğan",
                0,
                touches=[
                    li(
                        100,
                        "Merhaba, lütfen bana bir daha iş teklifi göndermeyin ve beni "
                        "listenizden çıkarın.",
                    )
                ],
                excluded=True,
            ),
            kind("backend", where="Istanbul, Türkiye")(
                "Emre Karakaya",
                2,
                touches=[
                    li(
                        100,
                        "Merhaba, LinkedIn'den değil de e-postayla yazarsanız çok daha hızlı "
                        "dönerim.",
                    )
                ],
            ),
        ],
        **role({}, ISTANBUL_HYBRID),
    ),
    C(
        "Hebrew: take me off your list, don't contact me vs not looking, update me on infra",
        "sre",
        [
            kind("sre", where="Tel Aviv, Israel")(
                "Yoav Mizrahi",
                0,
                touches=[
                    wa(
                        65,
                        "תודה, אבל אני מבקש להסיר אותי מרשימת התפוצה שלכם ולא לפנות אליי יותר.",
                    )
                ],
                excluded=True,
            ),
            kind("sre", where="Tel Aviv, Israel")(
                "Itamar Shapira",
                2,
                touches=[wa(65, "לא מחפש כרגע, אבל תעדכנו אותי אם יש משהו מעניין בתשתיות ו-SRE.")],
            ),
        ],
        **role({}, TEL_AVIV_HYBRID),
    ),
    C(
        "stepping away from healthcare for good, stop reaching out vs done with travel contracts",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Brandi Kowalczyk",
                0,
                touches=[
                    mail(
                        120,
                        "I've decided to step away from healthcare for good, so I'd be grateful "
                        "if your team would stop reaching out and take me off your lists.",
                    )
                ],
                excluded=True,
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Tameka Washington",
                2,
                touches=[
                    mail(
                        120,
                        "I'm stepping away from travel contracts, but I'd still like to hear "
                        "about staff ICU jobs in the Houston area.",
                    )
                ],
            ),
        ],
        **role(ICU_NURSE, HOUSTON),
    ),
    C(
        "SMS 'STOP' to everything vs stop calling at 6am, text after 5",
        "cs",
        [
            kind("cs", DRIVER, "Joliet, IL, USA")(
                "Dwayne Pritchett",
                0,
                touches=[wa(35, "STOP. do not text call or email me again about driving jobs")],
                excluded=True,
            ),
            kind("cs", DRIVER, "Joliet, IL, USA")(
                "Cody Halvorsen",
                2,
                touches=[
                    wa(35, "quit calling at 6am lol im on the road. text me after 5 thats fine")
                ],
            ),
        ],
        **role(TRUCKING, CHICAGO),
    ),
]

# --- 2. waits, counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "notice period to an LWD in February vs an LWD that passed in July",
        "backend",
        [
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Pooja Venkatesan",
                1,
                touches=[
                    screen(
                        date(2026, 11, 2),
                        "NP 90 days, resigned, LWD 12 Feb. Her notice terms bar her from "
                        "interviewing anywhere till she is relieved - call after LWD.",
                    )
                ],
            ),
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Karthik Sundaram",
                2,
                touches=[
                    screen(
                        date(2026, 4, 20),
                        "NP 90d, put in papers, LWD 17 Jul. Notice terms say no interviewing "
                        "elsewhere till relieved - ping him after LWD.",
                    )
                ],
            ),
        ],
        **role({}, BENGALURU_HYBRID),
    ),
    C(
        "festive season: hold till after Pongal vs hold till Diwali is done",
        "cs",
        [
            kind("cs", STORE_MANAGER, "Chennai, Tamil Nadu, India")(
                "Meenakshi Rajendran",
                1,
                (
                    "Festive season is peak at her store - asked us to hold everything till "
                    "after Pongal, mid-January.",
                    date(2026, 10, 19),
                ),
            ),
            kind("cs", STORE_MANAGER, "Chennai, Tamil Nadu, India")(
                "Senthil Arumugam",
                2,
                (
                    "Store is in festive rush - asked us to hold everything till Diwali is done.",
                    date(2026, 9, 14),
                ),
            ),
        ],
        **role(STORE, CHENNAI_ONSITE),
    ),
    C(
        "in the village till 10 January vs after Sallah, said in Ramadan",
        "cs",
        [
            kind("cs", PHARMACIST, "Lagos, Nigeria")(
                "Ngozi Okonkwo",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "good evening. i am travelling to the village for christmas and wont be "
                        "back till 10 jan, pls lets talk after then",
                    )
                ],
            ),
            kind("cs", PHARMACIST, "Lagos, Nigeria")(
                "Abdulrahman Yusuf",
                2,
                touches=[
                    wa(
                        date(2026, 3, 2),
                        "Salam. Pls let us talk after Sallah, I am fasting and the pharmacy is "
                        "very busy now",
                    )
                ],
            ),
        ],
        **role(
            PHARMACY,
            LAGOS_ONSITE,
            title="Community Pharmacist",
            description="Run the dispensary of our Lekki community pharmacy.",
        ),
    ),
    C(
        "called up for miluim till end of January vs nothing before the chagim",
        "data_eng",
        [
            kind("data_eng", where="Tel Aviv, Israel")(
                "Omer Friedman",
                1,
                touches=[
                    li(
                        date(2026, 11, 2),
                        "Called up for miluim again, probably until the end of January. Let's "
                        "talk when I'm out.",
                    )
                ],
            ),
            kind("data_eng", where="Tel Aviv, Israel")(
                "Shira Avraham",
                2,
                touches=[
                    li(
                        date(2026, 8, 17),
                        "Nothing before the chagim, the whole country stops until after Sukkot. "
                        "Write to me after.",
                    )
                ],
            ),
        ],
        **role({}, TEL_AVIV_HYBRID),
    ),
    C(
        "reach out after Thanksgiving weekend vs after the Fourth",
        "cs",
        [
            kind("finance", PAYROLL, "Columbus, OH, USA")(
                "Krista Lindgren",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Open enrollment and benefit changes eat my whole November. Reach out "
                        "after Thanksgiving weekend?",
                    )
                ],
            ),
            kind("finance", PAYROLL, "Columbus, OH, USA")(
                "Jolene Abernathy",
                2,
                touches=[
                    mail(
                        date(2026, 6, 8),
                        "Q2 close and the July 4th payroll run are both on me - reach out after "
                        "the Fourth.",
                    )
                ],
            ),
        ],
        **role(PAYROLL_ROLE, US_REMOTE),
    ),
    C(
        "nursing service bond till June 2027 vs a bond that ended in August",
        "cs",
        [
            kind("cs", NURSE, "Bengaluru, Karnataka, India")(
                "Anjali Thomas",
                1,
                (
                    "On a 2-yr service bond with her hospital till June 2027, original "
                    "certificates held by them - cannot join anywhere before that.",
                    60,
                ),
            ),
            kind("cs", NURSE, "Bengaluru, Karnataka, India")(
                "Reshma Varghese",
                2,
                (
                    "Service bond with the hospital runs till Aug 2026, she can move once it's "
                    "over.",
                    400,
                ),
            ),
        ],
        **role(ICU_NURSE, BENGALURU_ONSITE, title="Staff Nurse, Cardiac ICU", seniority=None),
    ),
    C(
        "bonus lands end of March, call in April: said this month vs said in January",
        "cs",
        [
            kind("finance", AUDITOR, "Dublin, Ireland")(
                "Sinéad Gallagher",
                1,
                touches=[
                    screen(
                        25,
                        "Bonus pays out end of March, she won't move before it lands. Call her "
                        "in April.",
                    )
                ],
            ),
            kind("finance", AUDITOR, "Dublin, Ireland")(
                "Ciarán Doherty",
                2,
                touches=[
                    screen(
                        date(2026, 1, 26),
                        "His bonus pays out at the end of March and he won't jump before it "
                        "lands - try him in April.",
                    )
                ],
            ),
        ],
        **role(AUDIT, DUBLIN_HYBRID, salary_min=55_000, salary_max=68_000, currency="EUR"),
    ),
    C(
        "son's matric exams run to December vs daughter's matric finished last year",
        "cs",
        [
            kind("cs", CARE_MANAGER, "Cape Town, South Africa")(
                "Nomvula Hlongwane",
                1,
                (
                    "Nothing new until her son's matric exams are over - they run to early "
                    "December.",
                    date(2026, 10, 14),
                ),
            ),
            kind("cs", CARE_MANAGER, "Cape Town, South Africa")(
                "Charmaine Jacobs",
                2,
                (
                    "Won't start anything new until her daughter has finished writing matric "
                    "in November.",
                    date(2025, 10, 13),
                ),
            ),
        ],
        **role(CARE_HOME, CAPE_TOWN_ONSITE),
    ),
    C(
        "on 18-month parental leave till September 2027 vs five weeks of paternity leave",
        "cs",
        [
            kind("cs", where="Toronto, ON, Canada")(
                "Priyanka Sharma",
                1,
                touches=[
                    screen(
                        30,
                        "On mat leave until Sept 2027, took the 18-month option. Please don't "
                        "pitch her anything before she's back.",
                    )
                ],
            ),
            kind("cs", where="Toronto, ON, Canada")(
                "Mathieu Bouchard",
                2,
                touches=[
                    screen(
                        date(2025, 12, 29),
                        "Off on paternity leave for five weeks from the new year; nothing to be "
                        "pitched to him until he's back.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "not until licensed in Ontario, NCLEX in February vs licence since granted",
        "cs",
        [
            kind("cs", NURSE, "Mississauga, ON, Canada")(
                "Blessing Ogunleye",
                1,
                (
                    "NCLEX booked for February. Don't submit her anywhere until she's licensed "
                    "in Ontario.",
                    14,
                ),
            ),
            kind("cs", NURSE, "Mississauga, ON, Canada")(
                "Rosemary Kuriakose",
                2,
                (
                    "Waiting on CNO registration; not to be put forward until she is licensed "
                    "in Ontario.",
                    date(2026, 2, 16),
                ),
                (
                    "CNO registration came through in September, she's a licensed RN in "
                    "Ontario now and ready to interview.",
                    date(2026, 9, 21),
                ),
            ),
        ],
        **role(WARD_NURSE, TORONTO_ONSITE),
    ),
    C(
        "no interviews till CA Final results next year vs CA Final in May, said in March",
        "cs",
        [
            kind("finance", AUDITOR, "Mumbai, Maharashtra, India")(
                "Nikhil Deshpande",
                1,
                ("Writing CA Final in May 2027, asked for no interviews till results are out.", 50),
            ),
            kind("finance", AUDITOR, "Mumbai, Maharashtra, India")(
                "Aditi Kulkarni",
                2,
                (
                    "Sitting her CA Final in May - no interviews until the exams are over.",
                    date(2026, 3, 9),
                ),
            ),
        ],
        **role(AUDIT, MUMBAI_ONSITE, title="Audit Associate", seniority="mid"),
    ),
    C(
        "waiting for an H-1B stamping slot in late January vs stamping done in June",
        "backend",
        [
            kind("backend", where="Dallas, TX, USA")(
                "Srinivas Reddy",
                1,
                touches=[
                    mail(
                        10,
                        "Stuck in Hyderabad waiting for my H-1B stamping slot, earliest is late "
                        "January. Please hold off until I'm back in the US.",
                    )
                ],
            ),
            kind("backend", where="Dallas, TX, USA")(
                "Venkat Chakravarthy",
                2,
                touches=[
                    mail(
                        date(2026, 5, 27),
                        "In Chennai for H-1B stamping, appointment on 3 June. Please hold off "
                        "until I'm back in Dallas mid-June.",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE),
    ),
    C(
        "peak season till 5 January vs a screen full of past dates and free this week",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Marisol Fuentes",
                1,
                touches=[
                    screen(
                        15,
                        "Peak at her FC till Jan 5, mandatory OT. Says no interviews until "
                        "peak's over.",
                    )
                ],
            ),
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Tyrone Beasley",
                2,
                touches=[
                    screen(
                        15,
                        "Worked peaks 2022, 2023 and 2024 at UPS, made lead 3/1/25, forklift "
                        "trainer since Oct 2024. Free to interview any day this week.",
                    )
                ],
            ),
        ],
        **role(WAREHOUSE, CHICAGO),
    ),
    C(
        "Spanish: hablamos después de Reyes vs hablamos a la vuelta, en septiembre",
        "cs",
        [
            kind("cs", PHARMACIST, "Madrid, España")(
                "Begoña Larrañaga",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Con la campaña de la gripe y las Navidades no puedo ni pensar en "
                        "cambiar. Hablamos después de Reyes.",
                    )
                ],
            ),
            kind("cs", PHARMACIST, "Madrid, España")(
                "Ainhoa Echeverría",
                2,
                touches=[
                    mail(
                        date(2026, 6, 22),
                        "En verano imposible, estoy sola en la farmacia. Hablamos a la vuelta, "
                        "en septiembre.",
                    )
                ],
            ),
        ],
        **role(PHARMACY, MADRID_ONSITE),
    ),
]

# --- 3. schedule: nights, long days, weekends, on-call -------------------------------------

SCHEDULE = [
    C(
        "nights-only 3x12 role: days only after four years of nights vs prefers nights",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Crystal Delgado",
                0,
                touches=[
                    screen(
                        40,
                        "days only. did 4 yrs of nights at Memorial, her health won't "
                        "take it again",
                    )
                ],
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Latoya Pierce",
                2,
                touches=[
                    screen(
                        40,
                        "prefers nights - kids are in school during the day, 3x12 is ideal for her",
                    )
                ],
            ),
        ],
        **role(
            WARD_NURSE,
            HOUSTON,
            title="RN, Med-Surg - Nights (7p-7a)",
            offers=["Three 12-hour night shifts a week", "+$6/hr night differential"],
        ),
    ),
    C(
        "long days in the offers: 8-hour shifts only vs loves three long days",
        "cs",
        [
            kind("cs", NURSE, "Dublin, Ireland")(
                "Róisín Fitzgerald",
                0,
                ("No more long days - 8-hour shifts only since her back injury.", 90),
            ),
            kind("cs", NURSE, "Dublin, Ireland")(
                "Orla Kavanagh",
                2,
                ("Loves long days; three 12s and four days off is exactly what she wants.", 90),
            ),
        ],
        **role(
            ICU_NURSE,
            DUBLIN_ONSITE,
            offers=["Three 13-hour long days a week, rostered four weeks ahead"],
        ),
    ),
    C(
        "two Saturdays in four: no weekends at all vs left a job that was every weekend",
        "cs",
        [
            kind("cs", STORE_MANAGER, "Johannesburg, South Africa")(
                "Thandiwe Ndlovu",
                0,
                touches=[
                    screen(
                        55,
                        "Not doing weekends again, Sundays are for church and family. Mon-Fri "
                        "only.",
                    )
                ],
            ),
            kind("cs", STORE_MANAGER, "Johannesburg, South Africa")(
                "Riaan Botha",
                2,
                touches=[
                    screen(
                        55,
                        "Left his last chain because it was every single weekend for three "
                        "years. Alternate weekends would be fine.",
                    )
                ],
            ),
        ],
        **role(
            STORE,
            JOBURG_ONSITE,
            description="Run our Rosebank Mall store; trading seven days a week.",
            offers=["Rostered on two Saturdays in four, one Sunday a month"],
        ),
    ),
    C(
        "paid on-call one week in six: no pager ever again vs fine if paid and not tiny",
        "sre",
        [
            kind("sre", where="Tel Aviv, Israel")(
                "Gilad Peretz",
                0,
                ("No pager. Five years of on-call was enough, never again.", 70),
            ),
            kind("sre", where="Tel Aviv, Israel")(
                "Noa Rosenthal",
                2,
                ("On-call is fine as long as it's paid and the rotation isn't tiny.", 70),
            ),
        ],
        **role({}, TEL_AVIV_HYBRID, offers=["Paid on-call, one week in six"]),
    ),
    C(
        "night shift lead: mother unwell, night not possible vs doing nights for three years",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Pune, Maharashtra, India")(
                "Vaibhav Jadhav",
                0,
                touches=[
                    wa(20, "sir night shift not possible, mother is unwell and i am alone at home")
                ],
            ),
            kind("cs", SHIFT_LEAD, "Pune, Maharashtra, India")(
                "Ganesh Shinde",
                2,
                touches=[wa(20, "night shift no issue sir, doing nights from 3 yrs in my company")],
            ),
        ],
        **role(WAREHOUSE, PUNE_ONSITE, title="Night Shift Lead (10pm-6:30am)"),
    ),
    C(
        "registered manager on the on-call rota: nothing out of hours vs happy to share it",
        "cs",
        [
            kind("cs", CARE_MANAGER, "Cork, Ireland")(
                "Bernadette Quinlan",
                0,
                ("Wants nothing to do with out-of-hours on-call any more.", 110),
            ),
            kind("cs", CARE_MANAGER, "Cork, Ireland")(
                "Eimear Cronin",
                2,
                ("Happy to share an on-call rota, it's part of running a home.", 110),
            ),
        ],
        **role(
            CARE_HOME,
            dict(remote_policy="onsite", location="Cork, Ireland"),
            offers=["Manager on-call one weekend in four"],
        ),
    ),
    C(
        "a husband who quit nights is not her condition vs no overnight childcare",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Kayla Brunner",
                2,
                touches=[
                    screen(
                        35,
                        "Her husband hated his night shifts at the depot and quit them. She's "
                        "fine on nights herself, has worked them five years.",
                    )
                ],
            ),
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Ashley Novotny",
                0,
                touches=[screen(35, "Can't do nights - no childcare overnight for her two.")],
            ),
        ],
        **role(WAREHOUSE, CHICAGO, title="Night Shift Lead, Outbound (10p-6:30a)"),
    ),
]

# --- 3. travel ------------------------------------------------------------------------------

TRAVEL = [
    C(
        "half the time on the road: max 10% travel vs happy to fly every week",
        "sales",
        [
            kind("sales", where="Johannesburg, South Africa")(
                "Sipho Motaung",
                0,
                touches=[screen(30, "Max 10% travel, single dad - can't be away overnight.")],
            ),
            kind("sales", where="Johannesburg, South Africa")(
                "Jaco Pretorius",
                2,
                touches=[
                    screen(30, "Loves being on the road, happy to fly to DBN and CPT weekly.")
                ],
            ),
        ],
        **role(
            {},
            JOBURG_HYBRID,
            description="Cover enterprise accounts in Gauteng, KZN and the Western Cape.",
            offers=["About 50% travel, mostly flights to Durban and Cape Town"],
        ),
    ),
    C(
        "outstation audits: Mumbai clients only vs did six months at a client plant",
        "cs",
        [
            kind("finance", AUDITOR, "Mumbai, Maharashtra, India")(
                "Rohan Joshi",
                0,
                ("Doesn't want outstation audits any more, Mumbai-based clients only.", 75),
            ),
            kind("finance", AUDITOR, "Mumbai, Maharashtra, India")(
                "Sneha Patwardhan",
                2,
                (
                    "Outstation audits are fine, spent six months at a client plant in Jamshedpur.",
                    75,
                ),
            ),
        ],
        **role(
            AUDIT,
            MUMBAI_ONSITE,
            description="Statutory audits of manufacturing clients; about 40% outstation travel "
            "to client plants across India.",
        ),
    ),
    C(
        "home every night in Lagos and Ogun: left a job for Kano trips vs wants a desk role",
        "sales",
        [
            kind("sales", MED_REP, "Lagos, Nigeria")(
                "Tunde Olaniyan",
                2,
                (
                    "Left his last company because he was on the road to Kano and Port "
                    "Harcourt every other week. Travel within Lagos is no problem.",
                    95,
                ),
            ),
            kind("sales", MED_REP, "Lagos, Nigeria")(
                "Segun Oyelaran",
                0,
                ("No more field work at all, wants a desk-based role now.", 95),
            ),
        ],
        **role(
            MED_REP_ROLE,
            LAGOS_ONSITE,
            offers=["Territory within Lagos and Ogun; home every night"],
        ),
    ),
]

# --- 3. visa and sponsorship ---------------------------------------------------------------

VISA = [
    C(
        "no sponsorship now or later: OPT ending, will need H-1B vs green card holder",
        "backend",
        [
            kind("backend", where="Austin, TX, USA")(
                "Harsha Vardhan",
                0,
                touches=[
                    screen(30, "On F-1 OPT, STEM ext ends Aug 2027 - will need H-1B sponsorship.")
                ],
            ),
            kind("backend", where="Austin, TX, USA")(
                "Ravi Subramanian",
                2,
                touches=[screen(30, "Green card holder, never needs sponsorship.")],
            ),
        ],
        **role(
            {},
            US_REMOTE,
            requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nMust be authorized "
            "to work in the US without sponsorship now or in the future",
        ),
    ),
    C(
        "no LMIA or permits: closed permit tied to her employer vs PR since March",
        "cs",
        [
            kind("cs", where="Montréal, QC, Canada")(
                "Fatoumata Diallo",
                0,
                (
                    "Sur un permis de travail fermé lié à son employeur actuel; il lui faudrait "
                    "une EIMT pour changer d'emploi.",
                    80,
                ),
            ),
            kind("cs", where="Montréal, QC, Canada")(
                "Karim Bensaïd",
                2,
                (
                    "Had a closed work permit last year, got his PR in March - no permit "
                    "needed any more.",
                    80,
                ),
            ),
        ],
        **role(
            {},
            MONTREAL_HYBRID,
            description="Accompagner nos plus grands clients. Must be legally entitled to work in "
            "Canada; we cannot support LMIA applications or work permits.",
        ),
    ),
    C(
        "EEA or Stamp 4 only: Stamp 1 tied to his employer vs Stamp 4 since last year",
        "cs",
        [
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Arvind Nair",
                0,
                touches=[
                    screen(
                        45,
                        "On Stamp 1, permit tied to current employer. Would need a new General "
                        "Employment Permit to move.",
                    )
                ],
            ),
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Suresh Pillai",
                2,
                touches=[screen(45, "Stamp 4 since last year, no permit needed.")],
            ),
        ],
        **role(
            PAYROLL_ROLE,
            DUBLIN_HYBRID,
            requirements="End-to-end payroll\nIrish PAYE and PRSI\nEEA citizen or Stamp 4; we do "
            "not sponsor employment permits",
        ),
    ),
    C(
        "a husband's H-1B renewal is not hers vs on H-4 EAD, will need H-1B later",
        "cs",
        [
            kind("finance", PAYROLL, "Edison, NJ, USA")(
                "Lavanya Iyengar",
                2,
                touches=[
                    screen(
                        50,
                        "Her husband's H-1B is up for renewal next year. She's a US citizen "
                        "herself - no sponsorship needed.",
                    )
                ],
            ),
            kind("finance", PAYROLL, "Edison, NJ, USA")(
                "Bhavana Rao",
                0,
                touches=[
                    screen(
                        50,
                        "On H-4 EAD through her husband, renewal pending; she'll need H-1B "
                        "sponsorship down the line.",
                    )
                ],
            ),
        ],
        **role(
            PAYROLL_ROLE,
            US_REMOTE,
            description="Run multi-state US payroll. We do not sponsor visas now or in the future.",
        ),
    ),
]

# --- 3. contract type and hours --------------------------------------------------------------

CONTRACT = [
    C(
        "W2 only, no C2C: C2C through his LLC only vs W2 is fine",
        "data_eng",
        [
            kind("data_eng", where="Charlotte, NC, USA")(
                "Prakash Bandaru",
                0,
                touches=[screen(25, "C2C only via his LLC, won't go W2. Rate $85/hr.")],
            ),
            kind("data_eng", where="Charlotte, NC, USA")(
                "Dustin Whitaker",
                2,
                touches=[screen(25, "W2 is fine, prefers it for the benefits.")],
            ),
        ],
        **role(
            {},
            US_REMOTE,
            title="Senior Data Engineer (12-month contract, W2 only)",
            description="Contract-to-hire. W2 only - no C2C or 1099, no third parties.",
        ),
    ),
    C(
        "PRN 1099 per diem shifts: needs full-time W2 with benefits vs PRN only",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Stacy Morrow",
                0,
                (
                    "Needs a full-time W2 job with benefits - her husband's insurance ends in "
                    "January.",
                    60,
                ),
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Jasmine Okafor-Hill",
                2,
                ("Only wants PRN, two or three shifts a month around her full-time job.", 60),
            ),
        ],
        **role(
            ICU_NURSE,
            HOUSTON,
            title="ICU RN - PRN / Per Diem",
            offers=["Per diem, 1099; pick your own shifts, no minimum commitment"],
        ),
    ),
    C(
        "permanent with a pension: contractor on a day rate only vs wants permanent",
        "cs",
        [
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Declan Moriarty",
                0,
                ("Contractor only, day rate. Not interested in going perm.", 85),
            ),
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Niamh Hegarty",
                2,
                ("After three six-month contracts, she wants a permanent job with a pension.", 85),
            ),
        ],
        **role(
            PAYROLL_ROLE,
            DUBLIN_HYBRID,
            offers=["Permanent, full-time", "6% employer pension contribution"],
        ),
    ),
    C(
        "media jornada, 20 horas: quiere jornada completa vs solo media jornada",
        "cs",
        [
            kind("cs", PHARMACIST, "Madrid, España")(
                "Lucía Montoya",
                0,
                ("Busca jornada completa; una media jornada no le da para vivir.", 45),
            ),
            kind("cs", PHARMACIST, "Madrid, España")(
                "Rocío Valverde",
                2,
                ("Solo puede media jornada mientras cuida de su padre.", 45),
            ),
        ],
        **role(
            PHARMACY,
            MADRID_ONSITE,
            title="Farmacéutico/a adjunto/a - media jornada (20 h/semana)",
        ),
    ),
    C(
        "12-month fixed-term cover: burnt by an agency, direct is fine vs permanent only",
        "cs",
        [
            kind("cs", where="Toronto, ON, Canada")(
                "Rebecca Tan",
                2,
                (
                    "Never again through an agency - the last one paid her two months late. A "
                    "fixed-term contract direct with the company is fine.",
                    100,
                ),
            ),
            kind("cs", where="Toronto, ON, Canada")(
                "Olivia Bergeron",
                0,
                ("Permanent roles only, no fixed-term or mat-leave covers.", 100),
            ),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            title="Customer Success Manager (12-month contract, maternity cover)",
            offers=["Direct hire on a 12-month fixed-term contract"],
        ),
    ),
]

# --- 3. commute -------------------------------------------------------------------------------

COMMUTE = [
    C(
        "WFO five days in Whitefield: lives in Kengeri, 2.5 hrs each way vs in Marathahalli",
        "backend",
        [
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Manjunath Gowda",
                0,
                touches=[
                    screen(
                        35,
                        "Stays in Kengeri. Whitefield is 2.5 hrs each way in traffic - won't do "
                        "that daily.",
                    )
                ],
            ),
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Harish Shetty",
                2,
                touches=[screen(35, "Stays in Marathahalli, 15 min to Whitefield by bike.")],
            ),
        ],
        **role(
            {},
            BENGALURU_ONSITE,
            offers=["WFO 5 days at our Whitefield campus"],
        ),
    ),
    C(
        "on site in Sandyford: 45 minutes max from Drogheda vs beside the Luas in Dundrum",
        "cs",
        [
            kind("finance", AUDITOR, "Drogheda, Co. Louth, Ireland")(
                "Pádraig Ó Súilleabháin",
                0,
                ("Won't commute more than 45 minutes each way; lives in Drogheda.", 65),
            ),
            kind("finance", AUDITOR, "Dublin, Ireland")(
                "Gráinne McEvoy",
                2,
                ("Lives beside the Luas in Dundrum; Sandyford is ten minutes.", 65),
            ),
        ],
        **role(
            AUDIT,
            dict(remote_policy="onsite", location="Sandyford, Dublin 18, Ireland"),
        ),
    ),
    C(
        "DC in Joliet: won't drive past 20 minutes from Gary vs ten minutes from the DC",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Gary, IN, USA")(
                "Deshawn Mitchell",
                0,
                ("Lives in Gary, IN; won't drive more than 20 minutes to work.", 50),
            ),
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Brianna Kessler",
                2,
                (
                    "Lives ten minutes from the Joliet DC, would love to stop commuting to Elgin.",
                    50,
                ),
            ),
        ],
        **role(WAREHOUSE, CHICAGO),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "band 25-32 LPA: ECTC 45L firm vs CTC 22 LPA, ECTC 28-30",
        "backend",
        [
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Abhishek Chaturvedi",
                0,
                touches=[screen(20, "CTC 30L fixed + 4L var. ECTC 45L, won't move for less.")],
            ),
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Divya Menon",
                2,
                touches=[screen(20, "CTC 22 LPA, ECTC 28-30. NP 30 days, buyout possible.")],
            ),
        ],
        **role({}, BENGALURU_HYBRID, salary_min=2_500_000, salary_max=3_200_000, currency="INR"),
    ),
    C(
        "$48-56 an hour in the offers: won't take under $70 vs on $46, wants $50+",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Amber Castillo",
                0,
                ("Won't take less than $70/hr base, that's what she makes on travel.", 45),
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Heather Lindqvist",
                2,
                ("At $46/hr right now; looking for $50 or more.", 45),
            ),
        ],
        **role(
            ICU_NURSE,
            HOUSTON,
            offers=["$48-$56/hr depending on experience", "+$5/hr for nights"],
        ),
    ),
    C(
        "R650k-R780k a year: asking R950k CTC minimum vs wants about R700k",
        "cs",
        [
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Kagiso Seakamela",
                0,
                touches=[screen(40, "Asking R950k CTC minimum, won't look lower.")],
            ),
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Annelie du Plessis",
                2,
                touches=[screen(40, "Wants about R700k, money isn't the main thing for her.")],
            ),
        ],
        **role(AUDIT, JOBURG_HYBRID, salary_min=650_000, salary_max=780_000, currency="ZAR"),
    ),
    C(
        "base €65-75k, OTE €130k: wants OTE of €120k+ vs needs a €95k base",
        "sales",
        [
            kind("sales", where="Dublin, Ireland")(
                "Conor Lynch",
                2,
                ("Looking for OTE of 120k+, the base matters less to him.", 55),
            ),
            kind("sales", where="Dublin, Ireland")(
                "Eoin Brady",
                0,
                (
                    "Needs a base of at least 95k, won't look at commission-heavy plans.",
                    55,
                ),
            ),
        ],
        **role(
            {},
            DUBLIN_HYBRID,
            salary_min=65_000,
            salary_max=75_000,
            currency="EUR",
            offers=["OTE €130k, 50/50 split, uncapped", "Two days a week in Dublin 2"],
        ),
    ),
    C(
        "day rate €350-400: €550 a day minimum vs €380 would do it",
        "cs",
        [
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Fergal Scanlon",
                0,
                touches=[ats(30, "Agency hand-over: contractor, 550/day minimum, firm on rate.")],
            ),
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Síle Daly",
                2,
                touches=[ats(30, "Agency hand-over: contractor, 380 a day would do it for her.")],
            ),
        ],
        **role(
            PAYROLL_ROLE,
            DUBLIN_HYBRID,
            title="Payroll Specialist - 6-month contract",
            offers=["€350-€400 per day, six months, likely extension"],
        ),
    ),
    C(
        "annual band ₦14.4m-₦18m: ₦2.5m a month vs ₦1.3m a month would be great",
        "sales",
        [
            kind("sales", where="Lagos, Nigeria")(
                "Emeka Ezeaku",
                0,
                touches=[wa(25, "my expectation is 2.5m monthly, not negotiable")],
            ),
            kind("sales", where="Lagos, Nigeria")(
                "Funmilayo Ogundipe",
                2,
                touches=[wa(25, "currently on 900k a month. 1.3m monthly would be great")],
            ),
        ],
        **role(
            {},
            LAGOS_HYBRID,
            title="Account Executive",
            salary_min=14_400_000,
            salary_max=18_000_000,
            currency="NGN",
        ),
    ),
    C(
        "CAD 85-95k: current base $78k with no ask vs won't consider under $115k",
        "cs",
        [
            kind("cs", where="Toronto, ON, Canada")(
                "Jessica Nakamura",
                2,
                touches=[screen(60, "Current base $78k + small bonus. Didn't name a number.")],
            ),
            kind("cs", where="Toronto, ON, Canada")(
                "Ryan MacDonald",
                0,
                touches=[screen(60, "Won't consider anything under $115k base.")],
            ),
        ],
        **role({}, TORONTO_HYBRID, salary_min=85_000, salary_max=95_000, currency="CAD"),
    ),
    C(
        "aylık net 120-150 bin TL: 220 binin altı olmaz vs şu an 95, 130 olur",
        "backend",
        [
            kind("backend", where="Istanbul, Türkiye")(
                "Serkan Öztürk",
                0,
                touches=[li(30, "Aylık net 220 bin TL'nin altındaki tekliflere bakmıyorum.")],
            ),
            kind("backend", where="Istanbul, Türkiye")(
                "Deniz Çelik",
                2,
                touches=[li(30, "Şu an net 95 bin alıyorum, net 130 bin olursa konuşabiliriz.")],
            ),
        ],
        **role({}, ISTANBUL_HYBRID, offers=["Aylık net 120.000-150.000 TL", "Hibrit, Maslak"]),
    ),
]

# --- 5. work mode, said in different places of the role -------------------------------------

WORK_MODE = [
    C(
        "on-site said only in the policy field: WFH only vs prefers WFO",
        "data_eng",
        [
            kind("data_eng", where="Pune, Maharashtra, India")(
                "Tanvi Apte",
                0,
                ("WFH only. Not open to WFO at all.", 40),
            ),
            kind("data_eng", where="Pune, Maharashtra, India")(
                "Omkar Kale",
                2,
                ("Prefers WFO, no space at home to work properly.", 40),
            ),
        ],
        remote_policy="onsite",
        location="Pune, Maharashtra, India",
    ),
    C(
        "fully remote said only in the description: télétravail only vs hates working from home",
        "cs",
        [
            kind("cs", where="Halifax, NS, Canada")(
                "Sophie Lavoie",
                2,
                ("Télétravail à 100 % seulement.", 70),
            ),
            kind("cs", where="Halifax, NS, Canada")(
                "Liam O'Keefe",
                0,
                ("Wants to be in an office with people every day, WFH drove him nuts.", 70),
            ),
        ],
        remote_policy=None,
        location="Canada",
        description="This is a fully remote role; the team is spread across Canada and we "
        "never meet in an office.",
    ),
    C(
        "hybrid said only in the title: fully remote or nothing vs two days in is perfect",
        "cs",
        [
            kind("finance", PAYROLL, "Cork, Ireland")(
                "Shane Twomey",
                0,
                ("Fully remote or nothing now.", 35),
            ),
            kind("finance", PAYROLL, "Cork, Ireland")(
                "Áine Buckley",
                2,
                ("Hybrid suits her, two days in would be perfect.", 35),
            ),
        ],
        **role(
            PAYROLL_ROLE,
            dict(remote_policy=None, location="Cork, Ireland"),
            title="Payroll Specialist (Hybrid - 2 days a week in Cork)",
        ),
    ),
    C(
        "remote said only in the offers: sick of Joburg traffic vs wants an office again",
        "cs",
        [
            kind("cs", where="Johannesburg, South Africa")(
                "Palesa Mokoena",
                2,
                ("Wants to work from home, wasted three hours a day in Joburg traffic.", 50),
            ),
            kind("cs", where="Johannesburg, South Africa")(
                "Werner Steyn",
                0,
                ("Wants an office job again - lives alone and WFH is lonely.", 50),
            ),
        ],
        remote_policy=None,
        location="Johannesburg, South Africa",
        offers=["100% remote, laptop and fibre provided, UPS for load-shedding"],
    ),
    C(
        "Spanish, hybrid three days in Madrid: solo teletrabajo vs le va bien el híbrido",
        "sales",
        [
            kind("sales", where="Madrid, España")(
                "Javier Castaño",
                0,
                ("Solo teletrabajo al 100 %, nada de oficina.", 60),
            ),
            kind("sales", where="Madrid, España")(
                "Marta Iglesias",
                2,
                ("Le va bien el híbrido, vive a diez minutos de la oficina.", 60),
            ),
        ],
        remote_policy="hybrid",
        location="Madrid, España",
        description="Venta consultiva a cuentas medianas. Tres días a la semana en la oficina "
        "de Castellana.",
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against nights' vs 'nights are out of the question', nights role",
        "cs",
        [
            kind("cs", NURSE, "Toronto, ON, Canada")(
                "Hannah Kowalski-Reid",
                2,
                ("Not against nights - did two years of them on a cardiac unit.", 80),
            ),
            kind("cs", NURSE, "Toronto, ON, Canada")(
                "Megan Thibodeau",
                0,
                ("Nights are out of the question.", 80),
            ),
        ],
        **role(WARD_NURSE, TORONTO_ONSITE, title="RN, Medicine - permanent nights"),
    ),
    C(
        "weekend days only: 'no nights but weekends fine' vs 'weekdays only, nights ok'",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Courtney Ybarra",
                2,
                touches=[screen(45, "no nights but weekends fine. 12s ok.")],
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Alyssa Fontenot",
                0,
                touches=[screen(45, "weekdays only, nights ok. no weekends - custody schedule.")],
            ),
        ],
        **role(
            WARD_NURSE,
            HOUSTON,
            title="RN, Med-Surg - Weekend Option (Sat/Sun days)",
            offers=["Two 12-hour day shifts every Saturday and Sunday, 7a-7p"],
        ),
    ),
    C(
        "pharmacy store manager: 'never again fashion retail, a pharmacy is different' vs out "
        "of retail altogether",
        "cs",
        [
            kind("cs", STORE_MANAGER, "Cape Town, South Africa")(
                "Lindiwe Mthethwa",
                2,
                (
                    "Never again in fashion retail - but a pharmacy store is different, she'd "
                    "happily run one.",
                    65,
                ),
            ),
            kind("cs", STORE_MANAGER, "Cape Town, South Africa")(
                "Marius Venter",
                0,
                ("Out of retail completely, any kind of store.", 65),
            ),
        ],
        **role(
            STORE,
            CAPE_TOWN_ONSITE,
            title="Store Manager, Retail Pharmacy",
            description="Run a 30-staff retail pharmacy and beauty store in Claremont.",
        ),
    ),
    C(
        "heavy travel: 'the travel was fine, the pay was the problem' vs the reverse",
        "sales",
        [
            kind("sales", MED_REP, "Pune, Maharashtra, India")(
                "Yogesh Patil",
                2,
                (
                    "About his last job: the travel was fine, the pay was the problem.",
                    90,
                ),
            ),
            kind("sales", MED_REP, "Pune, Maharashtra, India")(
                "Mahesh Pawar",
                0,
                (
                    "About his last job: the pay was fine, the travel was the problem - 20 "
                    "days a month on the road.",
                    90,
                ),
            ),
        ],
        **role(
            MED_REP_ROLE,
            PUNE_ONSITE,
            salary_min=600_000,
            salary_max=900_000,
            currency="INR",
            offers=["HQ Pune, about 20 days a month travelling across the Pune-Nashik belt"],
        ),
    ),
    C(
        "shift lead: 'wouldn't say no to leading a shift' vs 'wouldn't want a team again'",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Johannesburg, South Africa")(
                "Bongani Nkosi",
                2,
                ("Wouldn't say no to leading a shift.", 55),
            ),
            kind("cs", SHIFT_LEAD, "Johannesburg, South Africa")(
                "Johan Coetzee",
                0,
                ("Wouldn't want to be responsible for a team again.", 55),
            ),
        ],
        **role(WAREHOUSE, JOBURG_ONSITE),
    ),
]

# --- 7. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "Cape Town role: 'won't relocate unless it's Cape Town' vs 'not leaving Gauteng'",
        "cs",
        [
            kind("finance", AUDITOR, "Pretoria, South Africa")(
                "Refilwe Maseko",
                2,
                ("Won't relocate unless it's Cape Town, has wanted the move for years.", 70),
            ),
            kind("finance", AUDITOR, "Pretoria, South Africa")(
                "Hendrik Louw",
                0,
                ("Not leaving Gauteng, not even for Cape Town.", 70),
            ),
        ],
        **role(AUDIT, CAPE_TOWN_ONSITE),
    ),
    C(
        "Pune role: moving with her husband's transfer in January vs family settled in Delhi",
        "cs",
        [
            kind("finance", PAYROLL, "New Delhi, India")(
                "Ritika Malhotra",
                2,
                touches=[
                    screen(
                        30,
                        "Husband's company is transferring him to Pune in Jan; she's moving "
                        "with him and wants a job there.",
                    )
                ],
            ),
            kind("finance", PAYROLL, "New Delhi, India")(
                "Neha Chopra",
                0,
                touches=[screen(30, "Family settled in Delhi, in-laws here. No relocation.")],
            ),
        ],
        **role(PAYROLL_ROLE, PUNE_ONSITE),
    ),
    C(
        "Québec City role: prête à déménager à Québec vs ne veut pas quitter Montréal",
        "cs",
        [
            kind("cs", NURSE, "Montréal, QC, Canada")(
                "Catherine Ouellet",
                2,
                ("Prête à déménager à Québec, son conjoint y travaille déjà.", 85),
            ),
            kind("cs", NURSE, "Montréal, QC, Canada")(
                "Isabelle Fortin",
                0,
                ("Ne veut pas quitter Montréal.", 85),
            ),
        ],
        **role(
            WARD_NURSE,
            dict(remote_policy="onsite", location="Québec, QC, Canada"),
            title="Infirmière clinicienne, médecine",
        ),
    ),
    C(
        "Calgary role: a sister in Vancouver is not her plan vs moving there in spring",
        "cs",
        [
            kind("cs", PHARMACIST, "Calgary, AB, Canada")(
                "Jennifer Kaur",
                2,
                (
                    "Her sister in Vancouver keeps pushing her to move out there, but she's "
                    "staying in Calgary for the kids' school.",
                    75,
                ),
            ),
            kind("cs", PHARMACIST, "Calgary, AB, Canada")(
                "Amanda Sidhu",
                0,
                ("Moving to Vancouver in the spring to be near her sister.", 75),
            ),
        ],
        **role(PHARMACY, dict(remote_policy="onsite", location="Calgary, AB, Canada")),
    ),
    C(
        "Lagos on site: japa to Canada in February vs staying, friends have all japa'd",
        "sales",
        [
            kind("sales", where="Lagos, Nigeria")(
                "Ifeanyi Chukwu",
                0,
                touches=[wa(20, "my japa plans are final, relocating to canada in february")],
            ),
            kind("sales", where="Lagos, Nigeria")(
                "Babatunde Alabi",
                2,
                touches=[
                    wa(20, "all my guys don japa but i'm staying in lagos, family business here")
                ],
            ),
        ],
        **role({}, LAGOS_ONSITE),
    ),
]

# --- 7. managing or hands-on, titles and designations --------------------------------------

LEVEL = [
    C(
        "nursing unit manager: ready to step off the floor vs turned down charge nurse twice",
        "cs",
        [
            kind("cs", NURSE, "Galway, Ireland")(
                "Maeve Concannon",
                2,
                ("Ready to step off the floor into management, has been acting CNM2.", 100),
            ),
            kind("cs", NURSE, "Galway, Ireland")(
                "Deirdre Holohan",
                0,
                ("Wants to stay at the bedside - turned down charge nurse twice.", 100),
            ),
        ],
        **role(
            WARD_NURSE,
            dict(remote_policy="onsite", location="Galway, Ireland"),
            title="Clinical Nurse Manager 2, Medical Ward",
            seniority="manager",
            offers=["Manage a team of 38 nurses and HCAs"],
        ),
    ),
    C(
        "individual-contributor payroll role: manager roles with reports only vs stay hands-on",
        "cs",
        [
            kind("finance", PAYROLL, "Philadelphia, PA, USA")(
                "Dana Kowalewski",
                0,
                touches=[
                    screen(40, "Only looking at payroll manager roles w/ direct reports now.")
                ],
            ),
            kind("finance", PAYROLL, "Philadelphia, PA, USA")(
                "Tracy Galloway",
                2,
                touches=[screen(40, "Wants to stay hands-on, no interest in managing a team.")],
            ),
        ],
        **role(
            PAYROLL_ROLE,
            US_REMOTE,
            title="Senior Payroll Specialist (individual contributor)",
            seniority="senior",
        ),
    ),
    C(
        "audit manager title: acting AM for a year vs partner track only, manager a step back",
        "cs",
        [
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Tshepo Mabuza",
                2,
                ("Wants the Manager title, has been acting AM for a year.", 60),
            ),
            kind("finance", AUDITOR, "Johannesburg, South Africa")(
                "Francois Joubert",
                0,
                ("Only director roles on a partner track; manager would be a step back.", 60),
            ),
        ],
        **role(AUDIT, JOBURG_HYBRID, title="Audit Manager", seniority="manager"),
    ),
    C(
        "Area Sales Manager: nothing below Regional Manager vs wants the ASM designation",
        "sales",
        [
            kind("sales", MED_REP, "Nagpur, Maharashtra, India")(
                "Amol Wankhede",
                0,
                touches=[screen(35, "Won't accept anything below Regional Manager designation.")],
            ),
            kind("sales", MED_REP, "Nagpur, Maharashtra, India")(
                "Prashant Thakre",
                2,
                touches=[screen(35, "Currently Sr. Sales Officer, wants ASM designation next.")],
            ),
        ],
        **role(
            MED_REP_ROLE,
            dict(remote_policy="onsite", location="Nagpur, Maharashtra, India"),
            title="Area Sales Manager, Vidarbha",
            seniority="manager",
            offers=["Lead a team of 8 medical representatives"],
        ),
    ),
]

# --- 7. company stage and size ----------------------------------------------------------------

STAGE_SIZE = [
    C(
        "15-person seed fintech: tired of bank bureaucracy vs multinationals only",
        "backend",
        [
            kind("backend", where="Lagos, Nigeria")(
                "Adaeze Nnamdi",
                2,
                ("Wants an early-stage startup, tired of bank bureaucracy.", 80),
            ),
            kind("backend", where="Lagos, Nigeria")(
                "Olumide Fashola",
                0,
                ("Only big corporates or multinationals now, job security first.", 80),
            ),
        ],
        **role(
            {},
            LAGOS_HYBRID,
            description="Build the payments core of a 15-person seed-stage fintech.",
            offers=["Seed stage, 15 people", "Equity for early hires"],
        ),
    ),
    C(
        "a 70-hospital chain: wants a small nursing home vs wants a big structured hospital",
        "cs",
        [
            kind("cs", NURSE, "Chennai, Tamil Nadu, India")(
                "Kavitha Balasubramanian",
                0,
                ("Wants a small nursing home or clinic, hated the big corporate hospital.", 90),
            ),
            kind("cs", NURSE, "Chennai, Tamil Nadu, India")(
                "Jency Arulraj",
                2,
                ("Wants a big corporate hospital with structured training and rotations.", 90),
            ),
        ],
        **role(
            WARD_NURSE,
            CHENNAI_ONSITE,
            description="Join a 70-hospital national chain, NABH and JCI accredited.",
        ),
    ),
    C(
        "a 4,000-person public company: pre-Series B only vs after two startups folded",
        "frontend",
        [
            kind("frontend", where="Tel Aviv, Israel")(
                "Tamar Levi",
                0,
                ("Only startups, pre-Series B.", 45),
            ),
            kind("frontend", where="Tel Aviv, Israel")(
                "Eitan Katz",
                2,
                ("Wants a mature, public company after two startups folded under him.", 45),
            ),
        ],
        **role(
            {},
            TEL_AVIV_HYBRID,
            offers=["Publicly traded, 4,000 employees worldwide"],
        ),
    ),
]

# --- 7. industry and mission, wanted or refused ---------------------------------------------

MISSION = [
    C(
        "tobacco manufacturer: never tobacco, lost her father to it vs wants big FMCG again",
        "cs",
        [
            kind("finance", where="Istanbul, Türkiye")(
                "Elif Durmaz",
                0,
                ("Tütün şirketinde asla çalışmam, babamı akciğer kanserinden kaybettim.", 90),
            ),
            kind("finance", where="Istanbul, Türkiye")(
                "Ayşe Korkmaz",
                2,
                ("Wants another big FMCG employer, loved the pace at her last one.", 90),
            ),
        ],
        **role(
            {},
            ISTANBUL_HYBRID,
            title="FP&A Analyst",
            department="Finance",
            seniority="mid",
            requirements="FP&A\nExcel\nForecasting",
            description="Forecasting and budgeting for the Türkiye business of a global tobacco "
            "and cigarette manufacturer.",
        ),
    ),
    C(
        "sports-betting platform: no betting firms, for her faith vs betting included",
        "cs",
        [
            kind("cs", where="Lagos, Nigeria")(
                "Aisha Mohammed",
                0,
                ("No betting companies, for religious reasons.", 60),
            ),
            kind("cs", where="Lagos, Nigeria")(
                "Kelechi Eze",
                2,
                ("Happy anywhere in consumer tech, betting included.", 60),
            ),
        ],
        **role(
            {},
            LAGOS_HYBRID,
            description="Look after our largest agent partners on Nigeria's biggest sports "
            "betting platform.",
        ),
    ),
    C(
        "defence contractor: won't work on weapons vs wants to get back into defence tech",
        "data_eng",
        [
            kind("data_eng", where="Haifa, Israel")(
                "Michal Goldberg",
                0,
                ("Won't work in defence or anything to do with weapons.", 75),
            ),
            kind("data_eng", where="Haifa, Israel")(
                "Yonatan Barak",
                2,
                ("Wants to get back into defence tech, misses the mission.", 75),
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Haifa, Israel"),
            description="Data pipelines for missile-defence and radar systems at a defence "
            "contractor; security clearance required.",
        ),
    ),
    C(
        "pharma company: wants to stay in pharma vs done with pharma, wants FMCG",
        "sales",
        [
            kind("sales", MED_REP, "Ahmedabad, Gujarat, India")(
                "Hardik Patel",
                2,
                ("Wants to stay in pharma, likes the science side of detailing.", 70),
            ),
            kind("sales", MED_REP, "Ahmedabad, Gujarat, India")(
                "Chirag Shah",
                0,
                ("Done with pharma - wants to move to FMCG sales.", 70),
            ),
        ],
        **role(
            MED_REP_ROLE,
            dict(remote_policy="onsite", location="Ahmedabad, Gujarat, India"),
            description="Detail the cardiology portfolio of a top-10 Indian pharma company.",
        ),
    ),
    C(
        "crypto exchange: no crypto, friends lost money vs wants crypto",
        "backend",
        [
            kind("backend", where="Istanbul, Türkiye")(
                "Mert Şahin",
                0,
                ("No crypto - has watched too many friends lose their savings on it.", 50),
            ),
            kind("backend", where="Istanbul, Türkiye")(
                "Can Arslan",
                2,
                ("Wants to work at a crypto exchange, trades on the side.", 50),
            ),
        ],
        **role(
            {},
            ISTANBUL_HYBRID,
            description="Build the matching engine and wallet services of a cryptocurrency "
            "exchange.",
        ),
    ),
]

# --- 7. technology -------------------------------------------------------------------------------

TECH = [
    C(
        "Go services: wants to move from Python to Go vs staying on Python",
        "backend",
        [
            kind("backend", where="Barcelona, España")(
                "Pau Ferrer",
                2,
                ("Quiere pasar de Python a Go.", 65),
            ),
            kind("backend", where="Barcelona, España")(
                "Jordi Puig",
                0,
                ("Wants to stay on Python, no interest in picking up Go.", 65),
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Barcelona, España"),
            requirements="Go\nMicroservices\nPostgreSQL\nKubernetes",
            description="Build our Go microservices; Python experience welcome.",
        ),
    ),
    C(
        "SAP SuccessFactors payroll: never SAP again vs keen to get SAP on her CV",
        "cs",
        [
            kind("finance", PAYROLL, "Cape Town, South Africa")(
                "Candice Adams",
                0,
                ("Never touching SAP again, Workday or Sage only.", 55),
            ),
            kind("finance", PAYROLL, "Cape Town, South Africa")(
                "Bronwyn Hendricks",
                2,
                ("Keen to get SAP payroll on her CV.", 55),
            ),
        ],
        **role(
            PAYROLL_ROLE,
            dict(remote_policy="hybrid", location="Cape Town, South Africa"),
            requirements="End-to-end payroll\nSAP SuccessFactors Employee Central Payroll\nSARS "
            "year-end",
        ),
    ),
    C(
        "Databricks migration: wants Spark and Databricks vs staying in Snowflake, no Spark",
        "data_eng",
        [
            kind("data_eng", where="Toronto, ON, Canada")(
                "Arjun Bhatt",
                2,
                ("Wants to get hands-on with Databricks and Spark.", 40),
            ),
            kind("data_eng", where="Toronto, ON, Canada")(
                "Kevin Tremblay",
                0,
                ("Wants to stay in the Snowflake world, no Spark.", 40),
            ),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            requirements="Databricks\nSpark\nPython\nDelta Lake",
            description="Move our warehouse from Snowflake to Databricks and own the Spark jobs.",
        ),
    ),
]

# --- 8. last time's reason, resolved by this role or still standing -------------------------

PAST_TMC_NIGHTS = dict(
    remote_policy="onsite", location="Houston, TX, USA", description="Nights, 7p-7a."
)
PAST_BLR = dict(
    remote_policy="hybrid",
    location="Bengaluru, Karnataka, India",
    salary_max=2_400_000,
    currency="INR",
)
PAST_TORONTO_OFFICE = dict(
    remote_policy="onsite", location="Toronto, ON, Canada", description="Five days in office."
)
PAST_DUBLIN_CONTRACT = dict(
    remote_policy="hybrid", location="Dublin, Ireland", description="Six-month contract."
)

RESOLVED = [
    C(
        "declined over nights, this role is days vs declined over the commute to the same campus",
        "cs",
        [
            kind("cs", NURSE, "Bellaire, TX, USA")(
                "Kimberly Oyelowo",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Declined: role was nights and she only does days.",
                        past=PAST_TMC_NIGHTS,
                        role="RN, Med-Surg Nights",
                    )
                ],
            ),
            kind("cs", NURSE, "Katy, TX, USA")(
                "Melissa Bergstrom",
                0,
                apps=[
                    declined(
                        260,
                        "location",
                        "Declined: 90 minutes each way from Katy to the Medical Center.",
                        past=PAST_TMC_NIGHTS,
                        role="RN, Med-Surg Nights",
                    )
                ],
            ),
        ],
        **role(
            WARD_NURSE,
            HOUSTON,
            title="RN, Med-Surg - Days (7a-7p)",
            description="Day shifts on a 32-bed med-surg unit at our Texas Medical Center campus.",
        ),
    ),
    C(
        "declined at 28L against a 24L cap, band now 26-32 vs asked 40L fixed",
        "backend",
        [
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Swathi Hegde",
                2,
                apps=[
                    declined(
                        400,
                        "compensation",
                        "Asked 28L, our cap was 24L.",
                        past=PAST_BLR,
                        role="Senior Backend Engineer",
                    )
                ],
            ),
            kind("backend", where="Bengaluru, Karnataka, India")(
                "Naveen Krishnamurthy",
                0,
                apps=[
                    declined(
                        200,
                        "compensation",
                        "Asked 40L fixed, our cap was 24L. Would not come down.",
                        past=PAST_BLR,
                        role="Senior Backend Engineer",
                    )
                ],
            ),
        ],
        **role({}, BENGALURU_HYBRID, salary_min=2_600_000, salary_max=3_200_000, currency="INR"),
    ),
    C(
        "withdrew over five days in office, role now two days vs wants no office day at all",
        "cs",
        [
            kind("cs", where="Toronto, ON, Canada")(
                "Natalie Chiu",
                2,
                apps=[
                    app(
                        220,
                        "final",
                        "withdrew",
                        "remote_policy",
                        "Withdrew: couldn't do five days a week downtown with a toddler.",
                        past=PAST_TORONTO_OFFICE,
                        role="Customer Success Manager",
                    )
                ],
            ),
            kind("cs", where="Toronto, ON, Canada")(
                "Derek Lalonde",
                0,
                apps=[
                    app(
                        220,
                        "final",
                        "withdrew",
                        "remote_policy",
                        "Withdrew: fully remote only, even one office day a week is too many.",
                        past=PAST_TORONTO_OFFICE,
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "declined a six-month contract, this one is permanent vs needed a permit, still none",
        "cs",
        [
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Ailbhe Kinsella",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Declined: wanted a permanent role, ours was a six-month contract.",
                        past=PAST_DUBLIN_CONTRACT,
                        role="Payroll Specialist",
                    )
                ],
            ),
            kind("finance", PAYROLL, "Dublin, Ireland")(
                "Rahul Jayakumar",
                0,
                apps=[
                    declined(
                        300,
                        "other",
                        "Fell through: needs an employment permit and we don't sponsor.",
                        past=PAST_DUBLIN_CONTRACT,
                        role="Payroll Specialist",
                    )
                ],
            ),
        ],
        **role(
            PAYROLL_ROLE,
            DUBLIN_HYBRID,
            requirements="End-to-end payroll\nIrish PAYE and PRSI\nMust have the right to work "
            "in Ireland; no permit sponsorship",
            offers=["Permanent, full-time", "Two days a week in Dublin 2"],
        ),
    ),
]

# --- 8. the history with us ----------------------------------------------------------------------

LAST_TIME = [
    C(
        "skills gap at the clinical panel two months ago vs lost a final eight months ago",
        "cs",
        [
            kind("cs", NURSE, "Dublin, Ireland")(
                "Caoimhe Brophy",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on ventilator management and drip titration at the clinical panel.",
                        role="Staff Nurse, ICU",
                    )
                ],
            ),
            kind("cs", NURSE, "Dublin, Ireland")(
                "Saoirse Kehoe",
                2,
                apps=[
                    lost_final(240, "Strong panel, pipped by an internal.", role="Staff Nurse, ICU")
                ],
            ),
        ],
        **role(ICU_NURSE, DUBLIN_ONSITE),
    ),
    C(
        "no-show at the final last month vs final round closed by a budget freeze",
        "cs",
        [
            kind("cs", CARE_MANAGER, "Durban, South Africa")(
                "Nokuthula Zwane",
                0,
                apps=[
                    app(
                        30,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't pitch for the panel, no call, no reply since.",
                        role="Care Home Manager",
                    )
                ],
            ),
            kind("cs", CARE_MANAGER, "Durban, South Africa")(
                "Precious Ngcobo",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "position_closed",
                        "headcount",
                        "Req pulled after the budget freeze; panel loved her.",
                        rating=4.4,
                        role="Care Home Manager",
                    )
                ],
            ),
        ],
        **role(CARE_HOME, dict(remote_policy="onsite", location="Durban, South Africa")),
    ),
    C(
        "rude to floor staff on the site walk vs lost to an internal promotion",
        "cs",
        [
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Travis Holcomb",
                0,
                apps=[
                    app(
                        120,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Rude to the floor associates on the site walk. HM won't have him back.",
                        role="Warehouse Shift Lead",
                    )
                ],
            ),
            kind("cs", SHIFT_LEAD, "Joliet, IL, USA")(
                "Jamal Whitfield",
                2,
                apps=[
                    app(
                        120,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Lost to an internal promotion. HM: 'would hire him tomorrow'.",
                        rating=4.5,
                        role="Warehouse Shift Lead",
                    )
                ],
            ),
        ],
        **role(WAREHOUSE, CHICAGO),
    ),
]

# --- 8. the latest process and the stage it reached -------------------------------------------

PROCESS = [
    C(
        "an old final then a failed screen test last month vs an old screen then a recent final",
        "cs",
        [
            kind("finance", PAYROLL, "Cork, Ireland")(
                "Ronan Hurley",
                0,
                apps=[
                    lost_final(600, role="Payroll Specialist"),
                    app(
                        40,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Failed the payroll calculations test - gross-to-net wrong on 4 of 6.",
                        role="Payroll Specialist",
                    ),
                ],
            ),
            kind("finance", PAYROLL, "Cork, Ireland")(
                "Muireann Hayes",
                2,
                apps=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "other",
                        "CV not reviewed in time.",
                        role="Payroll Specialist",
                    ),
                    lost_final(
                        200, "Close second; great on gross-to-net.", role="Payroll Specialist"
                    ),
                ],
            ),
        ],
        **role(PAYROLL_ROLE, dict(remote_policy="hybrid", location="Cork, Ireland")),
    ),
    C(
        "withdrew at offer three weeks ago, joins elsewhere 1 Dec vs lost a final in May",
        "cs",
        [
            kind("cs", STORE_MANAGER, "Johannesburg, South Africa")(
                "Mpho Radebe",
                0,
                apps=[
                    app(
                        21,
                        "offer",
                        "withdrew",
                        "other",
                        "Accepted an offer elsewhere, starts there on 1 Dec.",
                        role="Store Manager",
                    )
                ],
            ),
            kind("cs", STORE_MANAGER, "Johannesburg, South Africa")(
                "Ayanda Mthembu",
                2,
                apps=[lost_final(190, role="Store Manager")],
            ),
        ],
        **role(STORE, JOBURG_ONSITE),
    ),
    C(
        "reached offer and took a counter a year ago vs rejected at CV stage a year ago",
        "cs",
        [
            kind("cs", where="Chicago, IL, USA")(
                "Lauren Przybylski",
                2,
                apps=[
                    app(
                        365,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Took her employer's counteroffer; said she half regretted it.",
                        role="Customer Success Manager",
                    )
                ],
            ),
            kind("cs", where="Chicago, IL, USA")(
                "Brittany Ostrowski",
                1,
                apps=[
                    app(
                        365,
                        "applied",
                        "rejected",
                        "other",
                        "Not reviewed before the req filled.",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **role({}, US_REMOTE),
    ),
]

# --- 9. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "nights role: 'no nights' then 'nights fine now' vs 'nights fine' then doctor's orders",
        "cs",
        [
            kind("cs", NURSE, "Houston, TX, USA")(
                "Shanice Broussard",
                2,
                touches=[
                    screen(300, "no nights, kids too small"),
                    screen(40, "update: husband WFH now so nights are fine, actually wants them"),
                ],
            ),
            kind("cs", NURSE, "Houston, TX, USA")(
                "Chelsea Hargrove",
                0,
                touches=[
                    screen(300, "nights are fine, has done them for years"),
                    screen(40, "update: no more nights, doctor's orders after her surgery"),
                ],
            ),
        ],
        **role(WARD_NURSE, HOUSTON, title="RN, Telemetry - Nights 7p-7a"),
    ),
    C(
        "a stop taken back later vs 'keep me posted' then an erasure request",
        "cs",
        [
            kind("cs", PHARMACIST, "Ottawa, ON, Canada")(
                "Emily Charbonneau",
                2,
                touches=[
                    mail(200, "Please stop contacting me."),
                    mail(
                        30,
                        "Sorry about my earlier message, it was a rough week. I'd actually like "
                        "to hear about pharmacist roles again.",
                    ),
                ],
            ),
            kind("cs", PHARMACIST, "Ottawa, ON, Canada")(
                "Valérie Desjardins",
                0,
                touches=[
                    mail(200, "Not right now, but keep me posted!"),
                    mail(30, "Please delete my data and don't contact me again."),
                ],
                excluded=True,
            ),
        ],
        **role(PHARMACY, dict(remote_policy="onsite", location="Ottawa, ON, Canada")),
    ),
    C(
        "Galway role: 'won't leave Dublin' then moving to Galway vs open to Galway then bought "
        "in Dublin",
        "cs",
        [
            kind("finance", AUDITOR, "Dublin, Ireland")(
                "Cathal Ó Briain",
                2,
                ("Won't leave Dublin.", 250),
                ("We're moving to Galway in the new year - would love something there.", 20),
            ),
            kind("finance", AUDITOR, "Dublin, Ireland")(
                "Darragh Keogh",
                0,
                ("Open to moving to Galway.", 250),
                ("Just bought a house in Dublin, not moving anywhere now.", 20),
            ),
        ],
        **role(AUDIT, dict(remote_policy="onsite", location="Galway, Ireland")),
    ),
    C(
        "band 28-34 LPA: asked 45L then ready for 30L vs 30L fine then needs 45+",
        "data_eng",
        [
            kind("data_eng", where="Hyderabad, Telangana, India")(
                "Sai Krishna Pendyala",
                2,
                touches=[
                    screen(300, "ECTC 45L, firm."),
                    screen(30, "Revised: ready to take 30L if the role is right, got laid off."),
                ],
            ),
            kind("data_eng", where="Hyderabad, Telangana, India")(
                "Mounika Rao",
                0,
                touches=[
                    screen(300, "ECTC 30L is fine."),
                    screen(30, "Revised: got a hike to 38L, now needs 45L+ to move."),
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Hyderabad, Telangana, India"),
            salary_min=2_800_000,
            salary_max=3_400_000,
            currency="INR",
        ),
    ),
    C(
        "W2 role: C2C only then closed the LLC vs W2 then 1099/C2C only",
        "sre",
        [
            kind("sre", where="Phoenix, AZ, USA")(
                "Raghav Menon",
                2,
                touches=[
                    screen(280, "C2C only through his corp."),
                    screen(25, "Closed his LLC, W2 only now - wants the benefits."),
                ],
            ),
            kind("sre", where="Phoenix, AZ, USA")(
                "Brent Yoder",
                0,
                touches=[
                    screen(280, "W2 works."),
                    screen(25, "Went independent - 1099 or C2C only from now on, no W2."),
                ],
            ),
        ],
        **role(
            {},
            US_REMOTE,
            title="Senior SRE (W2 contract-to-hire)",
            description="W2 only; no C2C or 1099.",
        ),
    ),
]

HELDOUT9_CASES: list[Case] = [
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
