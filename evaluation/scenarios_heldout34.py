"""Held-out rediscovery cases, thirty-fourth set: UK and Irish public sector, health, retail and
logistics recruiters in their own words, written by a thirty-fourth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 34") and never tuned to what Encore does. The recruiters are an NHS
trust's in-house resourcing team and its nurse bank office, a GP federation, a care-home group,
a council's and a university's HR, a schools supply agency and a multi-academy trust, a
supermarket chain's and a high-street retailer's store recruiters, and a logistics agency that
staffs warehouses, 3PLs and hauliers across Britain and Ireland. The people are RGNs and RMNs,
HCAs, pharmacists, physios, social workers, primary teachers and TAs, store and area managers,
warehouse shift managers, HGV Class 1 drivers, transport planners, facilities managers and civil
servants, talked about in Agenda for Change bands, the NHS pension, bank against permanent
against agency shifts, long days, nights, 4-on-4-off, earlies and lates, enhanced DBS, Skilled
Worker visas and CoS, BRPs and eVisas, Stamp 4 and Critical Skills permits, notice of a month to
three, the M25, the M62, the Northern line, park and ride, the Luas and the DART, half-term,
bank holidays, Christmas peak and the January sales.

The voices: terse ATS and CRM shorthand with abbreviations and typos ("cand", "LWD", "NQ", "NFA",
"DNC", "w/e", "pls"), lower-case WhatsApp messages, candidates' emails and LinkedIn replies, a
bank office's third-person notes, long rambling call notes that mention dates without asking for a
wait, formal letters, and lines in Welsh, Irish and Polish where a candidate wrote that way.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal erasure letter, "take me off ur list", Welsh, Irish and Polish, a DNC in
   ATS shorthand, a retired pharmacist, UNSUBSCRIBE, "no more messages"): never shown; beside
   each a bank-shift texts stop, a nights list stop, a Cardiff-only keep-in-touch, "not looking
   just now", call after six, one ex-employer barred, a change of sector, a bulletin dropped but
   direct contact welcome, and a different specialty;
2. waits counted from the day said, each against a twin whose wait has run out: three months'
   notice, Christmas peak, the end of the spring term, maternity leave, an ILR decision, a house
   build in Mayo, February half-term against October half-term, a secondment to March, an
   operation in December;
3. schedule (nights, long days, 4-on-4-off, earlies and lates, Shabbat, peak leave embargoes,
   night trunking), travel (overnights across Scotland, a community car, tramping, multi-site FM,
   branch cover), visa (no sponsorship against ILR, a spouse's visa, a student's hours, Stamp 4
   against a Critical Skills permit, an Irish passport, ILR newly granted), contract and hours
   (bank against perm, agency against PAYE, part-time, fixed-term, term-time only, temp-to-perm)
   and commute (the M25, the M62, the Northern line, the Oxford park and ride, the Luas and the
   DART, a site with no buses);
4. pay against the band: AfC bands, an HGV hourly rate, a store manager's basic, bonus and car,
   an HSE scale in euros, the teachers' main and upper pay scales, a current salary above the band
   with a lower ask, and a London rate for an HEO;
5. the past reason resolved by this role or still standing (a band, office days, nights against
   weekends, a move to Aberdeen, sponsorship and ILR, a site without a bus);
6. negation and scope, work mode (said only in the policy field, only in the description, only
   in the title, only in the offers, in Welsh), location (Belfast, Cork against Dublin, Swansea,
   the central belt against the Highlands, a husband's posting she is not following, London);
7. last time's history (conduct, a no-show, a failed drive, a competency since signed off, too
   junior long ago), level (ward manager, area manager, a step back from HLTA, ops manager, a
   Band 7 team lead), stage and size (a GP surgery, a family care home, a quick-commerce start-up,
   a family haulier), mission (the NHS, bookmakers, a hospice, defence, a Catholic primary) and
   technology (Epic, AutoStore, Paragon, Arbor);
8. several notes over time where the latest word counts, and the latest process (a final round
   against a CV never screened, a placement six weeks ago, a counter-offer).

Hard cases a careful recruiter still gets right are mixed in: a husband's posting, a past
employer named in a refusal that this employer is not, a bulletin unsubscribe that welcomes a
direct call, a current salary above the band with a lower ask, a spouse's visa, and notes full of
dates that ask for no wait.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

RGN = dict(
    current_title="Staff Nurse (RGN)",
    skills=["Adult nursing", "Medicines management", "IV therapy", "Care planning"],
    years_experience=6,
    resume_text=(
        "NMC-registered adult nurse, six years on surgical and medical wards in two NHS trusts: "
        "drug rounds, IV therapy and cannulation, discharge planning, NEWS2 escalation and "
        "mentoring student nurses."
    ),
)
RMN = dict(
    current_title="Community Mental Health Nurse (RMN)",
    skills=["Mental health assessment", "Risk assessment", "Depot clinics", "Care coordination"],
    years_experience=8,
    resume_text=(
        "Registered mental health nurse, eight years across acute inpatient wards and a "
        "community mental health team: care coordination under CPA, risk assessment, depot "
        "clinics and crisis work."
    ),
)
HCA = dict(
    current_title="Healthcare Assistant",
    skills=["Personal care", "Observations", "Care Certificate", "Dementia care"],
    years_experience=4,
    resume_text=(
        "Healthcare assistant with the Care Certificate, four years on elderly care wards and in "
        "a nursing home: personal care, observations, food and fluid charts, dementia care."
    ),
)
PHARMACIST = dict(
    current_title="Pharmacist",
    skills=["Clinical screening", "Medicines reconciliation", "GPhC registration", "Dispensary"],
    years_experience=7,
    resume_text=(
        "GPhC-registered pharmacist, seven years across community and hospital pharmacy: "
        "clinical screening, medicines reconciliation, running a dispensary and training "
        "pharmacy technicians."
    ),
)
PHYSIO = dict(
    current_title="Physiotherapist",
    skills=["MSK assessment", "Rehabilitation", "Exercise prescription", "HCPC registration"],
    years_experience=5,
    resume_text=(
        "HCPC-registered physiotherapist, five years on NHS rotations and in outpatient MSK: "
        "assessment, rehabilitation, exercise classes and supervising band 5 rotations."
    ),
)
SOCIAL_WORKER = dict(
    current_title="Social Worker",
    skills=["Child protection", "Section 47 enquiries", "Court work", "Care planning"],
    years_experience=6,
    resume_text=(
        "Social Work England registered social worker, six years in children's services: "
        "section 47 enquiries, child protection plans, court statements and care planning."
    ),
)
TEACHER = dict(
    current_title="Primary Class Teacher",
    skills=["KS2 teaching", "Phonics", "Behaviour management", "SEND support"],
    years_experience=7,
    resume_text=(
        "Primary teacher with QTS, seven years in KS1 and KS2: Year 4 and Year 6 classes, "
        "phonics, SATs preparation, maths lead for two years."
    ),
)
TA = dict(
    current_title="Teaching Assistant",
    skills=["Classroom support", "Phonics interventions", "SEND support", "Team Teach"],
    years_experience=5,
    resume_text=(
        "Teaching assistant, five years in primary schools: one-to-one SEND support, phonics "
        "and reading interventions, playground duties, Team Teach trained."
    ),
)
STORE_MANAGER = dict(
    current_title="Store Manager",
    skills=["P&L", "Rota planning", "Stock control", "Team leadership"],
    years_experience=9,
    resume_text=(
        "Grocery and high-street store manager, nine years: P&L for a £20m store, rotas for "
        "ninety colleagues, availability and waste, recruitment and performance management."
    ),
)
SHIFT_MANAGER = dict(
    current_title="Warehouse Shift Manager",
    skills=["Shift management", "WMS", "Health and safety", "KPIs and productivity"],
    years_experience=8,
    resume_text=(
        "Warehouse shift manager, eight years in ambient and chilled distribution centres for "
        "3PLs: shifts of sixty, pick rates and KPIs, WMS, health and safety and peak planning."
    ),
)
HGV_DRIVER = dict(
    current_title="HGV Class 1 Driver",
    skills=["Class C+E licence", "Driver CPC", "Digital tachograph", "ADR"],
    years_experience=10,
    resume_text=(
        "Class 1 driver, ten years on trunking, multi-drop and supermarket deliveries: CPC and "
        "tacho card in date, ADR, clean licence, fridge and curtainsider work."
    ),
)
PLANNER = dict(
    current_title="Transport Planner",
    skills=["Route planning", "Tachograph compliance", "Fleet scheduling", "Excel"],
    years_experience=6,
    resume_text=(
        "Transport planner, six years in a 3PL traffic office: daily route plans for eighty "
        "vehicles, drivers' hours and tacho compliance, subcontract haulage and customer calls."
    ),
)
FM = dict(
    current_title="Facilities Manager",
    skills=["Hard and soft FM", "Contractor management", "Compliance", "IOSH"],
    years_experience=9,
    resume_text=(
        "Facilities manager, nine years in hospitals, schools and offices: PPM, statutory "
        "compliance, contractor management, budgets and helpdesk."
    ),
)
CIVIL_SERVANT = dict(
    current_title="Policy Adviser (HEO)",
    skills=["Policy development", "Ministerial briefing", "Stakeholder engagement", "Drafting"],
    years_experience=5,
    resume_text=(
        "Civil servant, five years in policy teams: ministerial submissions and briefings, "
        "stakeholder engagement, parliamentary questions and consultation responses."
    ),
)


def pool(persona: dict, where: str):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A note typed into the ATS or the bank office's system, in shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def li(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Staff Nurse") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def said_no(days, reason, note, *, past=None, role="Staff Nurse") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def backed_out(days, reason, note, *, stage="interview", past=None, role="Staff Nurse") -> dict:
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

WARD_ROLE = dict(
    title="Staff Nurse (Band 5), Surgical Ward",
    department="Nursing",
    seniority="mid",
    requirements="NMC registration (RGN)\nAcute ward experience\nIV therapy\nMedicines management",
    description="Permanent Band 5 staff nurse on a 30-bed general surgery ward, NHS trust, "
    "Agenda for Change terms and the NHS pension.",
)
CMHT_ROLE = dict(
    title="Community Mental Health Nurse (Band 6)",
    department="Mental Health",
    seniority="senior",
    requirements="NMC registration (RMN)\nRisk assessment\nCare coordination\nDriving licence",
    description="Care coordinator in an adult community mental health team, NHS trust.",
)
HCA_ROLE = dict(
    title="Healthcare Assistant (Band 3)",
    department="Nursing",
    seniority="junior",
    requirements="Care Certificate\nPersonal care\nObservations",
    description="Healthcare assistant on an elderly care ward, NHS trust.",
)
PHARM_ROLE = dict(
    title="Pharmacist (Band 7)",
    department="Pharmacy",
    seniority="senior",
    requirements="GPhC registration\nClinical screening\nMedicines reconciliation",
    description="Ward-based clinical pharmacist in a district general hospital.",
)
PHYSIO_ROLE = dict(
    title="Physiotherapist (Band 6), MSK Outpatients",
    department="Therapies",
    seniority="senior",
    requirements="HCPC registration\nMSK assessment\nRehabilitation",
    description="Outpatient MSK physiotherapist, NHS trust.",
)
SW_ROLE = dict(
    title="Social Worker, Children's Services",
    department="Children's Services",
    seniority="mid",
    requirements="Social work registration\nChild protection\nCourt work",
    description="Social worker in a council's child protection team.",
)
TEACHER_ROLE = dict(
    title="KS2 Class Teacher",
    department="Primary",
    seniority="mid",
    requirements="QTS\nKS2 experience\nBehaviour management",
    description="Year 5 class teacher in a two-form entry primary school.",
)
TA_ROLE = dict(
    title="Teaching Assistant (Level 2)",
    department="Primary",
    seniority="junior",
    requirements="Classroom support\nPhonics interventions\nSEND support",
    description="Teaching assistant in Key Stage 1, supporting a Year 2 class.",
)
STORE_ROLE = dict(
    title="Store Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Store management\nP&L ownership\nRota planning\nTeam leadership",
    description="Run a large supermarket of 120 colleagues.",
)
SHIFT_ROLE = dict(
    title="Warehouse Shift Manager",
    department="Operations",
    seniority="manager",
    requirements="Shift management\nWMS\nHealth and safety\nKPI management",
    description="Run a shift of fifty in a 3PL distribution centre.",
)
HGV_ROLE = dict(
    title="HGV Class 1 Driver",
    department="Transport",
    seniority="mid",
    requirements="Class C+E licence\nDriver CPC\nDigital tachograph card",
    description="Class 1 driver delivering to supermarket stores from a regional depot.",
)
PLANNER_ROLE = dict(
    title="Transport Planner",
    department="Transport",
    seniority="mid",
    requirements="Route planning\nDrivers' hours and tachograph rules\nFleet scheduling",
    description="Plan the daily routes of a regional fleet for a 3PL.",
)
FM_ROLE = dict(
    title="Facilities Manager",
    department="Estates",
    seniority="manager",
    requirements="Hard and soft FM\nStatutory compliance\nContractor management",
    description="Run facilities for a group of sites.",
)
POLICY_ROLE = dict(
    title="Policy Adviser (HEO)",
    department="Policy",
    seniority="mid",
    requirements="Policy development\nMinisterial briefing\nStakeholder engagement",
    description="Policy adviser in a central government department.",
)

# --- where they are worked ------------------------------------------------------------------


def onsite(place: str) -> dict:
    return dict(remote_policy="onsite", location=place)


NO_SPONSOR = "We are unable to offer visa sponsorship for this post."

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a formal erasure letter vs stop the bank shift texts, I'm perm-minded now",
        "cs",
        [
            pool(RGN, "Leeds, UK")(
                "Philippa Brockhurst",
                0,
                touches=[
                    mail(
                        55,
                        "Dear Sir or Madam, I write to request that the Trust's resourcing team "
                        "delete all records it holds about me and that I receive no further "
                        "correspondence of any kind regarding vacancies. Yours faithfully, "
                        "P. Brockhurst",
                    )
                ],
                excluded=True,
            ),
            pool(RGN, "Leeds, UK")(
                "Siobhan Ruddock",
                2,
                touches=[
                    mail(
                        55,
                        "Could the bank office stop the daily shift texts please - I've dropped "
                        "off the bank. I'd genuinely like to hear about permanent Band 5 posts "
                        "though, surgical ideally.",
                    )
                ],
            ),
        ],
        **job(WARD_ROLE, onsite("Leeds, UK")),
    ),
    C(
        "'take me off ur list' vs take me off the nights list, days only",
        "cs",
        [
            pool(HGV_DRIVER, "Doncaster, UK")(
                "Wayne Pickersgill",
                0,
                touches=[wa(20, "take me off ur list mate. not interested in owt from yous, ever")],
                excluded=True,
            ),
            pool(HGV_DRIVER, "Doncaster, UK")(
                "Lee Bramhall",
                2,
                touches=[
                    wa(
                        20,
                        "take me off the nights list pal, days only now. still want class 1 work",
                    )
                ],
            ),
        ],
        **job(
            HGV_ROLE,
            onsite("Doncaster, UK"),
            offers=["Day shifts, 06:00 starts, Monday to Friday"],
        ),
    ),
    C(
        "Welsh: don't contact me, delete my details vs not this job, keep in touch for Cardiff",
        "cs",
        [
            pool(TEACHER, "Cardiff, UK")(
                "Heledd Prydderch",
                0,
                touches=[
                    mail(
                        40,
                        "Peidiwch â chysylltu â fi eto, os gwelwch yn dda. Dilëwch fy manylion "
                        "o'ch system.",
                    )
                ],
                excluded=True,
            ),
            pool(TEACHER, "Cardiff, UK")(
                "Gwenllian Tudur",
                2,
                touches=[
                    mail(
                        40,
                        "Dim diddordeb yn y swydd yn Abertawe, diolch - ond cadwch mewn cysylltiad "
                        "am swyddi yng Nghaerdydd.",
                    )
                ],
            ),
        ],
        **job(TEACHER_ROLE, onsite("Cardiff, UK")),
    ),
    C(
        "Irish: please don't contact me again vs not looking just now, keep in touch",
        "cs",
        [
            pool(SOCIAL_WORKER, "Galway, Ireland")(
                "Caoimhe Ní Fhlatharta",
                0,
                touches=[
                    mail(
                        35,
                        "Ná déan teagmháil liom arís, le do thoil. Níl suim agam in aon phost.",
                    )
                ],
                excluded=True,
            ),
            pool(SOCIAL_WORKER, "Galway, Ireland")(
                "Róisín Mac Donncha",
                1,
                touches=[
                    mail(
                        35,
                        "Níl mé ag lorg poist faoi láthair, ach coinnigh i dteagmháil liom, "
                        "go raibh maith agat.",
                    )
                ],
            ),
        ],
        **job(SW_ROLE, onsite("Galway, Ireland"), title="Social Worker, Child and Family Agency"),
    ),
    C(
        "Polish: don't ring me about work any more vs ring after six, I'm on shift",
        "cs",
        [
            pool(SHIFT_MANAGER, "Northampton, UK")(
                "Przemysław Kowalczuk",
                0,
                touches=[
                    wa(
                        25,
                        "Proszę do mnie więcej nie dzwonić w sprawie pracy. Nie jestem "
                        "zainteresowany żadnymi ofertami od Państwa.",
                    )
                ],
                excluded=True,
            ),
            pool(SHIFT_MANAGER, "Northampton, UK")(
                "Dariusz Wróblewski",
                2,
                touches=[
                    wa(
                        25,
                        "Proszę dzwonić po 18:00, wcześniej jestem na zmianie. Chętnie "
                        "porozmawiam o stanowisku kierownika zmiany.",
                    )
                ],
            ),
        ],
        **job(SHIFT_ROLE, onsite("Northampton, UK")),
    ),
    C(
        "DNC on all comms vs DNC to one ex-employer only",
        "cs",
        [
            pool(STORE_MANAGER, "Hatfield, UK")(
                "Gareth Lonsdale",
                0,
                touches=[ats(80, "DNC - cand req removal fr ALL comms 14/9. Do not re-engage.")],
                excluded=True,
            ),
            pool(STORE_MANAGER, "Hatfield, UK")(
                "Jolene Attwater",
                2,
                touches=[
                    ats(
                        80,
                        "DNC CLIENT - do not send cand to Tesco Extra Hatfield (ex-employer, left "
                        "on bad terms). Fine w/ all other retailers, v keen on SM roles.",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Hatfield, UK"),
            title="Store Manager, Sainsbury's Hatfield",
        ),
    ),
    C(
        "retired and off the register, remove me vs moved into hospital, update my record",
        "cs",
        [
            pool(PHARMACIST, "Stockport, UK")(
                "Malcolm Entwistle",
                0,
                touches=[
                    li(
                        60,
                        "I've retired from pharmacy and come off the GPhC register. Please "
                        "remove me from your talent pool and don't message me again. All the "
                        "best.",
                    )
                ],
                excluded=True,
            ),
            pool(PHARMACIST, "Stockport, UK")(
                "Priyanka Lad",
                2,
                touches=[
                    li(
                        60,
                        "I've moved from community into hospital pharmacy at Stepping Hill - "
                        "could you update my record? Still happy to hear about Band 7 posts.",
                    )
                ],
            ),
        ],
        **job(PHARM_ROLE, onsite("Stockport, UK")),
    ),
    C(
        "'UNSUBSCRIBE' vs unsubscribed from the bulletin, but call me direct",
        "cs",
        [
            pool(CIVIL_SERVANT, "Leeds, UK")(
                "Rupert Haldane",
                0,
                touches=[mail(45, "UNSUBSCRIBE!!")],
                excluded=True,
            ),
            pool(CIVIL_SERVANT, "Leeds, UK")(
                "Ayesha Bhatti",
                2,
                touches=[
                    mail(
                        45,
                        "I've unsubscribed from your weekly jobs bulletin as it's far too much "
                        "volume, but please do contact me directly if an HEO or SEO policy post "
                        "comes up in Leeds.",
                    )
                ],
            ),
        ],
        **job(
            POLICY_ROLE,
            dict(remote_policy="hybrid", location="Leeds, UK"),
        ),
    ),
    C(
        "no thanks and no more messages vs no thanks to MSK, neuro is my thing",
        "cs",
        [
            pool(PHYSIO, "Nottingham, UK")(
                "Imogen Pettifer-Lowe",
                0,
                touches=[li(30, "No thanks, and no more messages please.")],
                excluded=True,
            ),
            pool(PHYSIO, "Nottingham, UK")(
                "Tobias Merriman",
                2,
                touches=[
                    li(
                        30,
                        "No thanks to the MSK post - it's not my area really. Keep me in mind "
                        "for anything in neuro rehab though, that's where I want to be.",
                    )
                ],
            ),
        ],
        **job(
            PHYSIO_ROLE,
            onsite("Nottingham, UK"),
            title="Physiotherapist (Band 6), Neuro Rehabilitation",
            description="Inpatient neuro rehabilitation physiotherapist, stroke and brain "
            "injury unit, NHS trust.",
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "three months' notice handed in this month vs three months' handed in in July",
        "cs",
        [
            pool(RGN, "Leeds, UK")(
                "Bethany Cawthorne",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Spk to Bethany - handed notice in at LTHT today, Band 6 so 3 months. "
                        "LWD early Feb, can't start anything before.",
                    )
                ],
            ),
            pool(RGN, "Leeds, UK")(
                "Niamh Oldroyd",
                2,
                touches=[
                    rang(
                        date(2026, 7, 6),
                        "Spk to Niamh - handed notice in at LTHT today, 3 months as she's Band "
                        "6. Free from early October, wants a surgical ward.",
                    )
                ],
            ),
        ],
        **job(WARD_ROLE, onsite("Leeds, UK")),
    ),
    C(
        "not leaving mid-peak, said this October vs said last October",
        "cs",
        [
            pool(SHIFT_MANAGER, "Daventry, UK")(
                "Craig Fothergill",
                1,
                touches=[
                    wa(
                        date(2026, 10, 5),
                        "not leaving the DC mid peak, no chance. ask me again in the new year",
                    )
                ],
            ),
            pool(SHIFT_MANAGER, "Daventry, UK")(
                "Kyle Hebblethwaite",
                2,
                touches=[
                    wa(
                        date(2025, 10, 6),
                        "wont leave in the middle of peak, try me again after new year",
                    )
                ],
            ),
        ],
        **job(SHIFT_ROLE, onsite("Daventry, UK")),
    ),
    C(
        "can't resign till the spring term ends, said in September vs said last autumn",
        "cs",
        [
            pool(TEACHER, "Bristol, UK")(
                "Harriet Pengelly-Shaw",
                1,
                touches=[
                    mail(
                        date(2026, 9, 21),
                        "I can't leave my class before Easter - I'd have to resign by the end "
                        "of February for an April start, so anything sooner is out.",
                    )
                ],
            ),
            pool(TEACHER, "Bristol, UK")(
                "Ffion Chidgey",
                2,
                touches=[
                    mail(
                        date(2025, 10, 13),
                        "Honestly I can't walk out on my Year 6s before the spring term is "
                        "over. After Easter I'm all yours.",
                    )
                ],
            ),
        ],
        **job(TEACHER_ROLE, onsite("Bristol, UK")),
    ),
    C(
        "on maternity leave till March 2027 vs mat leave that ended in June",
        "cs",
        [
            pool(HCA, "Sunderland, UK")(
                "Kayleigh Tindale",
                1,
                (
                    "On mat leave - back in work March 2027, not looking before then.",
                    date(2026, 8, 10),
                ),
                apps=[lost_final(400, role="Healthcare Assistant")],
            ),
            pool(HCA, "Sunderland, UK")(
                "Chantelle Fairless",
                2,
                ("On mat leave till June, don't ring before then x", date(2026, 1, 12)),
                apps=[lost_final(400, role="Healthcare Assistant")],
            ),
        ],
        **job(HCA_ROLE, onsite("Sunderland, UK")),
    ),
    C(
        "won't change employer till the ILR decision in February vs decision due in July",
        "cs",
        [
            pool(PHYSIO, "Birmingham, UK")(
                "Oluwaseun Fashola-Ikeji",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Call w/ Seun: ILR application in, Home Office decision expected Feb. "
                        "Doesn't want to change employer until it's granted.",
                    )
                ],
            ),
            pool(PHYSIO, "Birmingham, UK")(
                "Chinedu Anyanwu-Eke",
                2,
                touches=[
                    rang(
                        date(2026, 3, 16),
                        "Call w/ Chinedu: ILR submitted, decision due July - won't move "
                        "employer till then, keen after.",
                    )
                ],
            ),
        ],
        **job(PHYSIO_ROLE, onsite("Birmingham, UK")),
    ),
    C(
        "building the house in Mayo till after Christmas, this year vs last year",
        "cs",
        [
            pool(SOCIAL_WORKER, "Castlebar, Ireland")(
                "Aisling Gallagher",
                1,
                touches=[
                    wa(
                        date(2026, 10, 12),
                        "we're in the middle of the build in Mayo, I'm back on the market after "
                        "Christmas, not before sorry",
                    )
                ],
            ),
            pool(SOCIAL_WORKER, "Castlebar, Ireland")(
                "Clodagh Heneghan",
                2,
                touches=[
                    wa(
                        date(2025, 10, 13),
                        "house build is eating my life, give me till after christmas and I'll "
                        "be looking",
                    )
                ],
            ),
        ],
        **job(
            SW_ROLE, onsite("Castlebar, Ireland"), title="Social Worker, Child and Family Agency"
        ),
    ),
    C(
        "after February half-term vs after October half-term",
        "cs",
        [
            pool(TA, "Swindon, UK")(
                "Leanne Gowing",
                1,
                touches=[
                    rang(
                        date(2026, 11, 9),
                        "Leanne's covering a long-term absence in Y1 - doesn't want to move "
                        "till after Feb half-term.",
                    )
                ],
            ),
            pool(TA, "Swindon, UK")(
                "Stacey Purnell",
                2,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Stacey's covering a long-term absence in Y1 - won't move till after "
                        "October half-term.",
                    )
                ],
            ),
        ],
        **job(TA_ROLE, onsite("Swindon, UK")),
    ),
    C(
        "on secondment to DHSC till the end of March vs one that ended in September",
        "cs",
        [
            pool(CIVIL_SERVANT, "London, UK")(
                "Tristan Ashcombe",
                1,
                touches=[
                    li(
                        date(2026, 4, 13),
                        "I'm on a 12-month loan to DHSC until the end of March 2027, so I can't "
                        "apply for anything until it finishes.",
                    )
                ],
            ),
            pool(CIVIL_SERVANT, "London, UK")(
                "Olamide Ogunleye",
                2,
                touches=[
                    li(
                        date(2025, 10, 6),
                        "I'm on loan to DfE until the end of September 2026 - can't apply for "
                        "anything until it's over, but do keep me in mind.",
                    )
                ],
            ),
        ],
        **job(POLICY_ROLE, dict(remote_policy="hybrid", location="London, UK")),
    ),
    C(
        "hernia op in December, ring mid-January vs knee op in August, ring end of September",
        "cs",
        [
            pool(HGV_DRIVER, "Warrington, UK")(
                "Dean Ollerenshaw",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "in for my hernia op 8th dec, off 6 wks after. ring me mid jan",
                    )
                ],
            ),
            pool(HGV_DRIVER, "Warrington, UK")(
                "Jason Ravenscroft",
                2,
                touches=[
                    wa(
                        date(2026, 6, 22),
                        "knee op in august then 6 wks off the road. ring me end of sept",
                    )
                ],
            ),
        ],
        **job(HGV_ROLE, onsite("Warrington, UK")),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

NIGHT_WARD = dict(
    WARD_ROLE,
    title="Staff Nurse (Band 5), Permanent Night Team",
    description="Permanent nights on the surgical floor: three 12.5-hour nights a week, NHS "
    "trust, Agenda for Change with unsocial hours enhancements.",
)
LONG_DAYS_HCA = dict(
    HCA_ROLE,
    description="Healthcare assistant on an elderly care ward: long days only, 07:30 to 20:00, "
    "three shifts a week.",
)
FOUR_ON = dict(
    SHIFT_ROLE,
    description="Run the day shift in a chilled DC on a 4-on-4-off pattern, 06:00 to 18:00.",
)
EARLIES_LATES = dict(
    STORE_ROLE,
    title="Deputy Store Manager",
    seniority="senior",
    description="Deputy manager of a 24-hour superstore on rotating earlies and lates, closing "
    "the store at 22:00 on lates.",
)
SATURDAYS = dict(
    PHARM_ROLE,
    title="Pharmacist, Community",
    description="Community pharmacist in a high-street chemist: Monday to Saturday rota with one "
    "Saturday in two, never Sundays.",
)
PEAK_EMBARGO = dict(
    SHIFT_ROLE,
    description="Run a shift in an e-commerce fulfilment centre. Leave is embargoed from 1 "
    "November to 5 January for peak.",
)
NIGHT_TRUNK = dict(
    HGV_ROLE,
    title="HGV Class 1 Night Trunker",
    description="Night trunking between Warrington and Avonmouth, 20:00 starts, four nights.",
)

SCHEDULE = [
    C(
        "no nights with a toddler vs prefers nights, a permanent night team",
        "cs",
        [
            pool(RGN, "Sheffield, UK")(
                "Holly Staniforth",
                0,
                touches=[rang(50, "Holly - can't do nights, toddler and husband on shifts too.")],
            ),
            pool(RGN, "Sheffield, UK")(
                "Jodie Wragg",
                2,
                touches=[
                    rang(50, "Jodie - actually prefers nights, 3 a week and she's happy as Larry.")
                ],
            ),
        ],
        **job(NIGHT_WARD, onsite("Sheffield, UK")),
    ),
    C(
        "won't do 12.5-hour long days vs long days suit her, a long-days-only ward",
        "cs",
        [
            pool(HCA, "Stoke-on-Trent, UK")(
                "Margaret Boughey",
                0,
                touches=[mail(40, "My knees won't take 12 and a half hour long days anymore.")],
            ),
            pool(HCA, "Stoke-on-Trent, UK")(
                "Shannon Malbon",
                2,
                touches=[
                    mail(40, "Long days suit me down to the ground, three shifts and I'm done.")
                ],
            ),
        ],
        **job(LONG_DAYS_HCA, onsite("Stoke-on-Trent, UK")),
    ),
    C(
        "4-on-4-off would be perfect vs needs Monday to Friday for the school run",
        "cs",
        [
            pool(SHIFT_MANAGER, "Wakefield, UK")(
                "Ashley Bottomley",
                2,
                touches=[ats(60, "cand wd love 4on4off, did it at Asda DC & misses it")],
            ),
            pool(SHIFT_MANAGER, "Wakefield, UK")(
                "Nadine Featherstone",
                0,
                touches=[ats(60, "cand needs M-F only, does the school run both ends of the day")],
            ),
        ],
        **job(FOUR_ON, onsite("Wakefield, UK")),
    ),
    C(
        "earlies only as her mum's carer vs happy on lates, rotating earlies and lates",
        "cs",
        [
            pool(STORE_MANAGER, "Swansea, UK")(
                "Rhiannon Bevan",
                0,
                touches=[
                    rang(45, "Only earlies for Rhiannon - she's her mum's carer in the evenings.")
                ],
            ),
            pool(STORE_MANAGER, "Swansea, UK")(
                "Carys Llewellyn-Hurst",
                2,
                touches=[rang(45, "Carys happy on lates and closes, any rotation.")],
            ),
        ],
        **job(EARLIES_LATES, onsite("Swansea, UK")),
    ),
    C(
        "no Friday evenings or Saturdays for Shabbat vs Saturdays fine, never Sundays",
        "cs",
        [
            pool(PHARMACIST, "Manchester, UK")(
                "Eliezer Goldblatt",
                0,
                "Observes Shabbat - can't work Friday evenings or any Saturday",
            ),
            pool(PHARMACIST, "Manchester, UK")(
                "Deborah Sassoon",
                2,
                "Saturdays are fine; Sundays are for family, never Sundays",
            ),
        ],
        **job(SATURDAYS, onsite("Manchester, UK")),
    ),
    C(
        "wants December off in Poland every year vs does peak, goes home in February",
        "cs",
        [
            pool(SHIFT_MANAGER, "Milton Keynes, UK")(
                "Agnieszka Chrobak",
                0,
                touches=[
                    rang(
                        70,
                        "Agnieszka - non-negotiable that she has all of December off with family "
                        "in Poland, every year.",
                    )
                ],
            ),
            pool(SHIFT_MANAGER, "Milton Keynes, UK")(
                "Katarzyna Sobczak",
                2,
                touches=[
                    rang(
                        70,
                        "Katarzyna - happy to work peak, she goes home to Poland for two weeks "
                        "in February instead.",
                    )
                ],
            ),
        ],
        **job(PEAK_EMBARGO, onsite("Milton Keynes, UK")),
    ),
    C(
        "days only with sleep apnoea vs prefers nights for the money, a night trunk",
        "cs",
        [
            pool(HGV_DRIVER, "Warrington, UK")(
                "Stuart Pendlebury",
                0,
                touches=[wa(30, "days only for me now, sleep apnoea, doc says no nights")],
            ),
            pool(HGV_DRIVER, "Warrington, UK")(
                "Shaun Grundy",
                2,
                touches=[wa(30, "nights pay better so nights all day long for me lol")],
            ),
        ],
        **job(NIGHT_TRUNK, onsite("Warrington, UK")),
    ),
]

AREA_SCOTLAND = dict(
    STORE_ROLE,
    title="Area Manager, Scotland",
    seniority="manager",
    description="Area manager for 14 stores from Dumfries to Inverness; overnight stays most "
    "weeks.",
)
COMMUNITY_CAR = dict(
    CMHT_ROLE,
    description="Care coordinator covering a rural patch; home visits by car every day, "
    "business mileage paid.",
)
TRAMPING = dict(
    HGV_ROLE,
    title="HGV Class 1 Tramper",
    description="General haulage tramping Monday to Friday, nights out in the cab, home at "
    "weekends.",
)
MULTI_SITE_FM = dict(
    FM_ROLE,
    description="Facilities manager for six sites across the North West, on the road between "
    "them half the week.",
)
BRANCH_COVER = dict(
    PHARM_ROLE,
    title="Relief Pharmacist",
    description="Relief pharmacist covering 20 branches across Kent, driving between them.",
)

TRAVEL = [
    C(
        "no overnight stays as a single dad vs loves the road, nights away Monday to Thursday",
        "cs",
        [
            pool(STORE_MANAGER, "Stirling, UK")(
                "Euan McCallister",
                0,
                touches=[
                    rang(35, "Single dad, two at primary - no overnight stays, home every night.")
                ],
            ),
            pool(STORE_MANAGER, "Stirling, UK")(
                "Fraser Dunbar",
                2,
                touches=[
                    rang(35, "Loves being on the road; nights away Mon-Thu not a problem at all.")
                ],
            ),
        ],
        **job(AREA_SCOTLAND, onsite("Stirling, UK")),
    ),
    C(
        "no driving licence vs own car with business insurance, a rural community patch",
        "cs",
        [
            pool(RMN, "Hereford, UK")(
                "Gemma Wilding",
                0,
                touches=[ats(55, "Cand doesn't drive - no licence. Relies on buses.")],
            ),
            pool(RMN, "Hereford, UK")(
                "Bryony Lightfoot",
                2,
                touches=[ats(55, "Own car + business insurance, happy doing home visits.")],
            ),
        ],
        **job(COMMUNITY_CAR, onsite("Hereford, UK")),
    ),
    C(
        "happy tramping all week vs home every night, a tramping job",
        "cs",
        [
            pool(HGV_DRIVER, "Carlisle, UK")(
                "Gordon Irving",
                2,
                touches=[wa(25, "tramping suits me, out all week in the cab, home w/e. sorted")],
            ),
            pool(HGV_DRIVER, "Carlisle, UK")(
                "Neil Armstrong-Bell",
                0,
                touches=[wa(25, "home every night or nothing, done my years tramping")],
            ),
        ],
        **job(TRAMPING, onsite("Carlisle, UK")),
    ),
    C(
        "fed up of living on the M6 between sites vs happy covering several sites",
        "cs",
        [
            pool(FM, "Preston, UK")(
                "Derek Haworth",
                0,
                touches=[
                    li(
                        40,
                        "I'm after a single-site role - fed up of living on the M6 going between "
                        "sites.",
                    )
                ],
            ),
            pool(FM, "Preston, UK")(
                "Julie Cottam",
                2,
                touches=[
                    li(
                        40,
                        "Multi-site suits me, I like being out and about rather than stuck in "
                        "one building.",
                    )
                ],
            ),
        ],
        **job(MULTI_SITE_FM, onsite("Preston, UK")),
    ),
    C(
        "no more driving between branches after a crash vs used to relief miles",
        "cs",
        [
            pool(PHARMACIST, "Maidstone, UK")(
                "Hamish Urquart-Baird",
                0,
                "After the accident last year: no more driving between branches, one shop only",
            ),
            pool(PHARMACIST, "Maidstone, UK")(
                "Anjali Mistry",
                2,
                "Used to relief work across Kent, doesn't mind the miles at all",
            ),
        ],
        **job(BRANCH_COVER, onsite("Maidstone, UK")),
    ),
]

VISA = [
    C(
        "needs a CoS vs has ILR, no sponsorship needed",
        "cs",
        [
            pool(PHARMACIST, "Leicester, UK")(
                "Tendai Mupfumira",
                0,
                touches=[ats(50, "Skilled Worker visa - would need a new CoS to move.")],
            ),
            pool(PHARMACIST, "Leicester, UK")(
                "Farah Qureshi",
                2,
                touches=[ats(50, "Has ILR, no sponsorship needed. Right to work checked.")],
            ),
        ],
        **job(PHARM_ROLE, onsite("Leicester, UK"), offers=[NO_SPONSOR]),
    ),
    C(
        "a Graduate visa running out in January vs a dependant on her husband's visa",
        "cs",
        [
            pool(PHYSIO, "Coventry, UK")(
                "Abena Owusu",
                0,
                touches=[
                    mail(
                        45,
                        "My Graduate visa runs out in January 2027, so from then I'd need an "
                        "employer to sponsor me.",
                    )
                ],
            ),
            pool(PHYSIO, "Coventry, UK")(
                "Mercy Ofori-Atta",
                2,
                touches=[
                    mail(
                        45,
                        "I'm here as a dependant on my husband's Skilled Worker visa, so I have "
                        "full right to work - I don't need sponsorship myself.",
                    )
                ],
            ),
        ],
        **job(PHYSIO_ROLE, onsite("Coventry, UK"), offers=[NO_SPONSOR]),
    ),
    C(
        "eVisa with ILR and a share code vs a student visa capped at 20 hours",
        "cs",
        [
            pool(HCA, "Luton, UK")(
                "Rutendo Chikore",
                2,
                touches=[
                    wa(
                        30,
                        "my BRP expired so im on the eVisa now, ILR, sent u the share code. no "
                        "restrictions",
                    )
                ],
            ),
            pool(HCA, "Luton, UK")(
                "Ishaan Bhardwaj",
                0,
                touches=[
                    wa(
                        30,
                        "on a student visa so max 20 hrs a week in term time, cant do more",
                    )
                ],
            ),
        ],
        **job(
            HCA_ROLE,
            onsite("Luton, UK"),
            offers=["Full-time, 37.5 hours a week", NO_SPONSOR],
        ),
    ),
    C(
        "Stamp 4, no permit needed vs would need a Critical Skills permit",
        "cs",
        [
            pool(RGN, "Dublin, Ireland")(
                "Mariel Santos",
                2,
                touches=[ats(40, "Stamp 4 - no employment permit needed. NMBI reg in place.")],
            ),
            pool(RGN, "Dublin, Ireland")(
                "Jomar Dimaculangan",
                0,
                touches=[
                    ats(40, "Would need a Critical Skills Employment Permit to move employer.")
                ],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Dublin, Ireland"),
            title="Staff Nurse, Surgical Ward",
            offers=["We cannot support employment permit applications for this post."],
        ),
    ),
    C(
        "an Irish passport vs a visa tied to her current academy trust",
        "cs",
        [
            pool(TEACHER, "Liverpool, UK")(
                "Orla Cunningham",
                2,
                touches=[li(35, "Irish passport, so no visa issues working in the UK.")],
            ),
            pool(TEACHER, "Liverpool, UK")(
                "Thandiwe Dlamini",
                0,
                touches=[
                    li(
                        35,
                        "My Skilled Worker visa is tied to my current academy trust, so a new "
                        "school would have to issue a CoS.",
                    )
                ],
            ),
        ],
        **job(
            TEACHER_ROLE,
            onsite("Liverpool, UK"),
            offers=["The school is not a licensed sponsor and cannot sponsor visas."],
        ),
    ),
    C(
        "on a Health and Care visa needing a new CoS vs ILR granted in August",
        "cs",
        [
            pool(RGN, "Wolverhampton, UK")(
                "Blessing Nwachukwu",
                0,
                touches=[
                    rang(
                        40,
                        "Blessing on Health & Care Worker visa with current trust - would need a "
                        "new CoS to switch.",
                    )
                ],
            ),
            pool(RGN, "Wolverhampton, UK")(
                "Reggie Mensah",
                2,
                touches=[
                    rang(
                        40,
                        "Reggie was on a Health & Care visa but got ILR in August - no "
                        "sponsorship needed now.",
                    )
                ],
            ),
        ],
        **job(WARD_ROLE, onsite("Wolverhampton, UK"), offers=[NO_SPONSOR]),
    ),
]

CONTRACT = [
    C(
        "bank only for the flexibility vs wants a permanent contract and the pension",
        "cs",
        [
            pool(RGN, "Norwich, UK")(
                "Tamsin Blofeld",
                0,
                touches=[
                    ats(60, "Bank only - likes picking her shifts. Won't sign a perm contract.")
                ],
            ),
            pool(RGN, "Norwich, UK")(
                "Lucy Gotts",
                2,
                touches=[ats(60, "Wants a perm contract w/ NHS pension, fed up of bank only.")],
            ),
        ],
        **job(WARD_ROLE, onsite("Norwich, UK"), offers=["Permanent, full-time, 37.5 hours"]),
    ),
    C(
        "prefers agency for the rate vs sick of agency, wants perm with holiday pay",
        "cs",
        [
            pool(HGV_DRIVER, "Avonmouth, UK")(
                "Tony Bisgrove",
                0,
                touches=[wa(45, "agency suits me, better hourly. not going perm PAYE for anyone")],
            ),
            pool(HGV_DRIVER, "Avonmouth, UK")(
                "Ryan Tuckey",
                2,
                touches=[wa(45, "sick of agency, want something perm with proper holiday pay")],
            ),
        ],
        **job(HGV_ROLE, onsite("Avonmouth, UK"), offers=["Permanent PAYE contract"]),
    ),
    C(
        "needs full-time hours for the mortgage vs wants to drop to three days, a part-time post",
        "cs",
        [
            pool(PHARMACIST, "Exeter, UK")(
                "Gavin Northcott",
                0,
                touches=[rang(30, "Needs full-time hours - mortgage renewal next year.")],
            ),
            pool(PHARMACIST, "Exeter, UK")(
                "Pippa Hext",
                2,
                touches=[rang(30, "Wants to drop to three days a week, kids' childcare.")],
            ),
        ],
        **job(
            PHARM_ROLE,
            onsite("Exeter, UK"),
            offers=["Part-time, 22.5 hours over three days"],
        ),
    ),
    C(
        "a 12-month fixed term suits her vs needs permanent for a mortgage application",
        "cs",
        [
            pool(SOCIAL_WORKER, "Croydon, UK")(
                "Lorraine Effiong",
                2,
                touches=[
                    mail(50, "A 12-month fixed term is fine by me, I like a defined piece of work.")
                ],
            ),
            pool(SOCIAL_WORKER, "Croydon, UK")(
                "Precious Adeyemi-Clarke",
                0,
                touches=[
                    mail(
                        50,
                        "I need a permanent contract - we're applying for a mortgage and the "
                        "lender won't look at fixed term.",
                    )
                ],
            ),
        ],
        **job(SW_ROLE, onsite("Croydon, UK"), offers=["12-month fixed-term contract"]),
    ),
    C(
        "wants term-time only vs needs 52-week pay, a term-time-only TA post",
        "cs",
        [
            pool(TA, "Chelmsford, UK")(
                "Danielle Southgate",
                2,
                touches=[wa(40, "term time only would be ideal so im home with mine in the hols")],
            ),
            pool(TA, "Chelmsford, UK")(
                "Kerry-Ann Pummell",
                0,
                touches=[
                    wa(
                        40,
                        "cant do term time only, need paying all year round, single income",
                    )
                ],
            ),
        ],
        **job(
            TA_ROLE,
            onsite("Chelmsford, UK"),
            offers=["Term-time only, 39 weeks a year, pay pro rata"],
        ),
    ),
    C(
        "temp-to-perm is a foot in the door vs never again after being let go after peak",
        "cs",
        [
            pool(SHIFT_MANAGER, "Thurrock, UK")(
                "Dominic Pettit",
                2,
                touches=[ats(30, "Happy w/ temp to perm, just wants foot in door at a big DC")],
            ),
            pool(SHIFT_MANAGER, "Thurrock, UK")(
                "Marcus Kemble",
                0,
                touches=[
                    ats(30, "Won't do temp to perm again - let go the week after peak last yr")
                ],
            ),
        ],
        **job(
            SHIFT_ROLE,
            onsite("Thurrock, UK"),
            offers=["12 weeks through the agency, then permanent if it works out"],
        ),
    ),
]

COMMUTE = [
    C(
        "won't go round the M25 from Watford vs happy on the M25, used to Thurrock",
        "cs",
        [
            pool(SHIFT_MANAGER, "Watford, UK")(
                "Glen Rossiter",
                0,
                touches=[rang(40, "Glen won't do the M25 - 30 mins max from Watford.")],
            ),
            pool(SHIFT_MANAGER, "Watford, UK")(
                "Jade Hollingsworth",
                2,
                touches=[rang(40, "Jade fine on the M25, did Watford to Thurrock for 3 years.")],
            ),
        ],
        **job(SHIFT_ROLE, onsite("Dartford, UK")),
    ),
    C(
        "happy on the M62 from Huddersfield vs won't cross the Pennines",
        "cs",
        [
            pool(PLANNER, "Huddersfield, UK")(
                "Ravinder Sahota",
                2,
                touches=[li(35, "M62 over to Trafford Park is fine by me, done it for years.")],
            ),
            pool(PLANNER, "Huddersfield, UK")(
                "Callum Haigh",
                0,
                touches=[
                    li(
                        35,
                        "Not commuting over the Pennines, the M62 roadworks have done me in. "
                        "Yorkshire side only.",
                    )
                ],
            ),
        ],
        **job(PLANNER_ROLE, onsite("Trafford Park, Manchester, UK")),
    ),
    C(
        "Northern line from Balham is fine vs no more than an hour from High Barnet",
        "cs",
        [
            pool(RMN, "Balham, London, UK")(
                "Adaeze Okafor-Nnadi",
                2,
                touches=[ats(50, "Northern line, Morden branch - Tooting is 2 stops, ideal.")],
            ),
            pool(RMN, "High Barnet, London, UK")(
                "Luke Vasquez-Kerr",
                0,
                touches=[
                    ats(
                        50,
                        "No more than 45 mins each way. Lives at the top of the High Barnet "
                        "branch.",
                    )
                ],
            ),
        ],
        **job(
            CMHT_ROLE,
            onsite("Tooting, London, UK"),
            description="Community mental health "
            "nurse based at the Tooting hub; caseload by public transport.",
        ),
    ),
    C(
        "uses the Thornhill park and ride vs no car in Banbury for 7am starts",
        "cs",
        [
            pool(HCA, "Headington, Oxford, UK")(
                "Zainab Chaudhry",
                2,
                touches=[wa(30, "I use the Thornhill park and ride, JR is easy for me")],
            ),
            pool(HCA, "Banbury, UK")(
                "Tegan Sumner",
                0,
                touches=[
                    wa(
                        30,
                        "no car and i live in banbury, cant get into headington for a 7am start",
                    )
                ],
            ),
        ],
        **job(
            LONG_DAYS_HCA,
            onsite("John Radcliffe Hospital, Oxford, UK"),
            offers=["07:30 starts"],
        ),
    ),
    C(
        "Luas red line from Tallaght vs the DART from Howth, one change at most",
        "cs",
        [
            pool(PHYSIO, "Tallaght, Dublin, Ireland")(
                "Eimear Brennan",
                2,
                touches=[wa(40, "red line luas straight in from tallaght, st james's is perfect")],
            ),
            pool(PHYSIO, "Howth, Dublin, Ireland")(
                "Cian Moriarty",
                0,
                touches=[
                    wa(
                        40,
                        "no car, DART only from Howth - won't do more than one change or over "
                        "40 mins",
                    )
                ],
            ),
        ],
        **job(
            PHYSIO_ROLE,
            onsite("St James's Hospital, Dublin 8, Ireland"),
            title="Senior Physiotherapist, MSK",
        ),
    ),
    C(
        "doesn't drive, the site has no buses vs drives twenty minutes from Coatbridge",
        "cs",
        [
            pool(SHIFT_MANAGER, "Coatbridge, UK")(
                "Stephen Lafferty",
                0,
                touches=[rang(45, "Doesn't drive, relies on buses. Nights would be tricky.")],
            ),
            pool(SHIFT_MANAGER, "Coatbridge, UK")(
                "Lorna McGlinchey",
                2,
                touches=[rang(45, "Drives - Eurocentral's 20 mins from hers, no bother.")],
            ),
        ],
        **job(
            SHIFT_ROLE,
            onsite("Eurocentral, Motherwell, UK"),
            offers=["Site not served by public transport; own transport essential"],
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "won't go back to Band 5 vs Band 5 top of the band is fine, a Band 5 post",
        "cs",
        [
            pool(RGN, "Hull, UK")(
                "Gemma Raspin",
                0,
                touches=[rang(40, "Band 6 minimum - won't go back to a 5, been acting up a year.")],
            ),
            pool(RGN, "Hull, UK")(
                "Louise Ombler",
                2,
                touches=[
                    rang(40, "Band 5 is fine, she'd sit at the top of the band with her yrs.")
                ],
            ),
        ],
        **job(WARD_ROLE, onsite("Hull, UK"), offers=["Agenda for Change Band 5"]),
    ),
    C(
        "not out of bed under £20 an hour vs on £17 now, a £17.50 days job",
        "cs",
        [
            pool(HGV_DRIVER, "Immingham, UK")(
                "Kevin Moxon",
                0,
                touches=[wa(25, "wont get out of bed for less than £20 an hour on days")],
            ),
            pool(HGV_DRIVER, "Immingham, UK")(
                "Darren Cammish",
                2,
                touches=[wa(25, "on £17 ph now, bit more and steady hours and im yours")],
            ),
        ],
        **job(
            HGV_ROLE,
            onsite("Immingham, UK"),
            offers=["£17.50 an hour days, £19.50 nights, 45 guaranteed hours"],
        ),
    ),
    C(
        "wants £55k base, no bonus-heavy deal vs on £38k, wants £40k and a car",
        "cs",
        [
            pool(STORE_MANAGER, "Derby, UK")(
                "Simon Rowbottom",
                0,
                touches=[
                    ats(
                        35,
                        "Ask: £55k base min. Not interested in bonus-heavy packages, been burnt "
                        "before.",
                    )
                ],
            ),
            pool(STORE_MANAGER, "Derby, UK")(
                "Natalie Kirkland",
                2,
                touches=[ats(35, "Currently £38k. Looking for £40k+ and a car or car allowance.")],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Derby, UK"),
            salary_min=40_000,
            salary_max=44_000,
            currency="GBP",
            offers=["£42k basic plus up to 20% bonus and a £5k car allowance"],
        ),
    ),
    C(
        "would need €85k to leave vs on €64k, looking for €70k, an HSE-scale post",
        "cs",
        [
            pool(SOCIAL_WORKER, "Limerick, Ireland")(
                "Declan Fitzgibbon",
                0,
                touches=[
                    mail(50, "I'd need €85k to leave my current post, I'm well looked after.")
                ],
            ),
            pool(SOCIAL_WORKER, "Limerick, Ireland")(
                "Sorcha Hartigan",
                2,
                touches=[mail(50, "On €64k at the moment - looking for a step up to €70k or so.")],
            ),
        ],
        **job(
            SW_ROLE,
            onsite("Limerick, Ireland"),
            title="Senior Social Worker",
            salary_min=67_000,
            salary_max=79_000,
            currency="EUR",
        ),
    ),
    C(
        "on UPS3, won't drop to the main scale vs on M4, main scale is fine",
        "cs",
        [
            pool(TEACHER, "Reading, UK")(
                "Jonathan Ellery",
                0,
                touches=[li(30, "I'm on UPS3 and won't drop back to the main pay scale.")],
            ),
            pool(TEACHER, "Reading, UK")(
                "Saffron Doyle-Hughes",
                2,
                touches=[li(30, "I'm on M4 now, main pay scale is absolutely fine.")],
            ),
        ],
        **job(
            TEACHER_ROLE,
            onsite("Reading, UK"),
            offers=["Main pay scale (M1-M6), no TLR"],
        ),
    ),
    C(
        "earns £60k locum-equivalent but asks £50k perm vs needs £62k, not negotiable",
        "cs",
        [
            pool(PHARMACIST, "Plymouth, UK")(
                "Arjun Nayyar",
                2,
                touches=[
                    rang(
                        30,
                        "Earning about £60k as a regular locum but would take £50k for a perm "
                        "post with the NHS pension.",
                    )
                ],
            ),
            pool(PHARMACIST, "Plymouth, UK")(
                "Bilal Hussain",
                0,
                touches=[rang(30, "Needs £62k, not negotiable.")],
            ),
        ],
        **job(
            PHARM_ROLE,
            onsite("Plymouth, UK"),
            salary_min=48_000,
            salary_max=55_000,
            currency="GBP",
        ),
    ),
    C(
        "London weighting not enough, wants £45k vs the HEO London rate is a step up",
        "cs",
        [
            pool(CIVIL_SERVANT, "London, UK")(
                "Hugo Fairbairn",
                0,
                touches=[
                    mail(40, "With London costs I'd need £45k - the HEO rate doesn't cut it.")
                ],
            ),
            pool(CIVIL_SERVANT, "London, UK")(
                "Chiamaka Eze",
                2,
                touches=[mail(40, "HEO on the London rate would be a nice step up from EO.")],
            ),
        ],
        **job(
            POLICY_ROLE,
            dict(remote_policy="hybrid", location="London, UK"),
            salary_min=38_000,
            salary_max=41_000,
            currency="GBP",
        ),
    ),
]

# --- 5. the past reason resolved by this role, or still standing -----------------------------

PAST_BAND5 = dict(
    remote_policy="onsite", location="Bradford, UK", salary_max=37_800, currency="GBP"
)
PAST_CANARY = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["60% office attendance: three days a week in Canary Wharf"],
)
PAST_ROTATION = dict(
    remote_policy="onsite",
    location="Ipswich, UK",
    offers=["Internal rotation: days and nights"],
)
PAST_WEEKENDS = dict(
    remote_policy="onsite",
    location="Ipswich, UK",
    offers=["One weekend in two"],
)
PAST_ABERDEEN = dict(remote_policy="onsite", location="Aberdeen, UK")
PAST_CORBY = dict(remote_policy="onsite", location="Corby, UK")

RESOLVED = [
    C(
        "turned down a Band 5 for a 6, this is a 6 vs wanted a Band 7, still a 6",
        "cs",
        [
            pool(RGN, "Bradford, UK")(
                "Nasreen Kauser-Mir",
                2,
                apps=[
                    said_no(300, "compensation", "Wanted Band 6, post was Band 5", past=PAST_BAND5)
                ],
            ),
            pool(RGN, "Bradford, UK")(
                "Samantha Illingworth",
                0,
                apps=[
                    said_no(
                        300,
                        "compensation",
                        "Held out for a Band 7 - wouldn't take a 5 or a 6",
                        past=PAST_BAND5,
                    )
                ],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Bradford, UK"),
            title="Senior Staff Nurse (Band 6), Surgical Ward",
            seniority="senior",
            offers=["Agenda for Change Band 6"],
        ),
    ),
    C(
        "declined three days in Canary Wharf, this is two vs wants fully home-based",
        "cs",
        [
            pool(CIVIL_SERVANT, "London, UK")(
                "Felicity Wraight",
                2,
                apps=[
                    said_no(
                        250,
                        "remote_policy",
                        "Could not commit to 3 days a week in Canary Wharf",
                        past=PAST_CANARY,
                        role="Policy Adviser (HEO)",
                    )
                ],
            ),
            pool(CIVIL_SERVANT, "London, UK")(
                "Ibrahim Sesay",
                0,
                apps=[
                    said_no(
                        250,
                        "remote_policy",
                        "Only wants a fully home-based post - no office days at all",
                        past=PAST_CANARY,
                        role="Policy Adviser (HEO)",
                    )
                ],
            ),
        ],
        **job(
            POLICY_ROLE,
            dict(remote_policy="hybrid", location="London, UK"),
            offers=["40% office attendance: two days a week in Westminster"],
        ),
    ),
    C(
        "withdrew over nights, this is days only vs withdrew over weekends, still weekends",
        "cs",
        [
            pool(HCA, "Ipswich, UK")(
                "Abigail Cattermole-Reeve",
                2,
                apps=[
                    backed_out(
                        200,
                        "other",
                        "Pulled out - couldn't do the night rotation",
                        past=PAST_ROTATION,
                        role="Healthcare Assistant",
                    )
                ],
            ),
            pool(HCA, "Ipswich, UK")(
                "Lydia Fenn",
                0,
                apps=[
                    backed_out(
                        200,
                        "other",
                        "Pulled out - no weekends, husband works them",
                        past=PAST_WEEKENDS,
                        role="Healthcare Assistant",
                    )
                ],
            ),
        ],
        **job(
            HCA_ROLE,
            onsite("Ipswich, UK"),
            offers=["Days only, no nights", "One weekend in two"],
        ),
    ),
    C(
        "wouldn't move to Aberdeen, this is Glasgow where she lives vs won't leave Inverness",
        "cs",
        [
            pool(FM, "Glasgow, UK")(
                "Morag Strachan-Laing",
                2,
                apps=[
                    backed_out(
                        280,
                        "location",
                        "Wouldn't relocate to Aberdeen",
                        stage="final",
                        past=PAST_ABERDEEN,
                        role="Facilities Manager",
                    )
                ],
            ),
            pool(FM, "Inverness, UK")(
                "Alasdair Matheson-Gunn",
                0,
                apps=[
                    backed_out(
                        280,
                        "location",
                        "Won't leave Inverness - Aberdeen or anywhere else south is out",
                        stage="final",
                        past=PAST_ABERDEEN,
                        role="Facilities Manager",
                    )
                ],
            ),
        ],
        **job(FM_ROLE, onsite("Glasgow, UK")),
    ),
    C(
        "rejected for needing sponsorship, now has ILR vs still needs it, still no sponsor",
        "cs",
        [
            pool(PHYSIO, "Leeds, UK")(
                "Kwame Ampofo-Darko",
                2,
                ("Got ILR in September - no sponsorship needed any more", 60),
                apps=[
                    app(
                        330,
                        "interview",
                        "rejected",
                        "other",
                        "Needed a CoS; trust couldn't sponsor",
                        role="Physiotherapist (Band 6)",
                    )
                ],
            ),
            pool(PHYSIO, "Leeds, UK")(
                "Nkechi Obi",
                0,
                apps=[
                    app(
                        330,
                        "interview",
                        "rejected",
                        "other",
                        "Needed a CoS; trust couldn't sponsor",
                        role="Physiotherapist (Band 6)",
                    )
                ],
            ),
        ],
        **job(PHYSIO_ROLE, onsite("Leeds, UK"), offers=[NO_SPONSOR]),
    ),
    C(
        "couldn't get to Corby without a car, this is on a bus route vs Corby again",
        "cs",
        [
            pool(SHIFT_MANAGER, "Northampton, UK")(
                "Ruta Jankauskiene",
                2,
                apps=[
                    said_no(
                        220,
                        "location",
                        "No car - Corby site not reachable by bus for 6am",
                        past=PAST_CORBY,
                        role="Warehouse Shift Manager",
                    )
                ],
            ),
            pool(SHIFT_MANAGER, "Leicester, UK")(
                "Harjit Dhillon",
                0,
                apps=[
                    said_no(
                        220,
                        "location",
                        "Corby too far from Leicester every day",
                        past=PAST_CORBY,
                        role="Warehouse Shift Manager",
                    )
                ],
            ),
        ],
        **job(
            SHIFT_ROLE,
            onsite("Brackmills, Northampton, UK"),
            offers=["Site on the town bus route, buses from 05:00"],
        ),
    ),
]

# --- 6. negation and scope, work mode, location ----------------------------------------------

NEGATIONS = [
    C(
        "'not against nights at all' vs 'not a fan of nights'",
        "cs",
        [
            pool(RMN, "Newcastle upon Tyne, UK")(
                "Graham Charlton",
                2,
                touches=[
                    rang(40, "Graham's not against nights at all, did them for years on PICU.")
                ],
            ),
            pool(RMN, "Newcastle upon Tyne, UK")(
                "Kirsty Robson",
                0,
                touches=[rang(40, "Kirsty's not a fan of nights, won't do them now.")],
            ),
        ],
        **job(
            CMHT_ROLE,
            onsite("Newcastle upon Tyne, UK"),
            title="Staff Nurse (RMN), Acute Admissions Ward",
            description="Acute inpatient mental health ward, internal rotation with nights.",
        ),
    ),
    C(
        "'never had a problem with weekends' vs 'weekends are a problem'",
        "cs",
        [
            pool(STORE_MANAGER, "Aberdeen, UK")(
                "Iain Gillanders",
                2,
                touches=[li(35, "Never had a problem with weekends, retail's retail.")],
            ),
            pool(STORE_MANAGER, "Aberdeen, UK")(
                "Shona Rennie",
                0,
                touches=[li(35, "Weekends are a problem for me now, my partner works away.")],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Aberdeen, UK"),
            offers=["Working two weekends in three"],
        ),
    ),
    C(
        "doesn't want to stay clinical forever vs doesn't want to stop clinical work",
        "cs",
        [
            pool(RGN, "Southampton, UK")(
                "Victoria Pargeter",
                2,
                touches=[
                    mail(
                        30,
                        "I don't want to stay purely clinical forever - I'm keen to manage a ward.",
                    )
                ],
            ),
            pool(RGN, "Southampton, UK")(
                "Eleanor Whitcombe",
                0,
                touches=[
                    mail(
                        30, "I don't want to stop doing clinical work, so management isn't for me."
                    )
                ],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Southampton, UK"),
            title="Ward Manager (Band 7)",
            seniority="manager",
            description="Lead a 28-bed surgical ward: rota, budget, staff appraisals.",
        ),
    ),
    C(
        "not opposed to agency vs opposed to agency, an agency post",
        "cs",
        [
            pool(SOCIAL_WORKER, "Birmingham, UK")(
                "Patience Mutasa",
                2,
                touches=[ats(40, "Not opposed to agency/locum, open to either.")],
            ),
            pool(SOCIAL_WORKER, "Birmingham, UK")(
                "Yvonne Holloway",
                0,
                touches=[ats(40, "Opposed to agency - wants to stay LA employed.")],
            ),
        ],
        **job(
            SW_ROLE,
            onsite("Birmingham, UK"),
            title="Locum Social Worker",
            offers=["Agency locum, 6-month assignment"],
        ),
    ),
    C(
        "wouldn't go back to Tesco but retail's fine vs done with retail altogether",
        "cs",
        [
            pool(STORE_MANAGER, "Stockton-on-Tees, UK")(
                "Paul Trenholme",
                2,
                touches=[
                    rang(
                        60,
                        "Long chat with Paul. Left Tesco in June after 12 yrs, had his leaving do "
                        "on the 28th, starting driving lessons for his daughter in Sept. Wouldn't "
                        "go back to Tesco but retail itself is fine - Asda/Morrisons level ideal.",
                    )
                ],
            ),
            pool(STORE_MANAGER, "Stockton-on-Tees, UK")(
                "Sandra Pounder",
                0,
                touches=[
                    rang(60, "Sandra is done with retail full stop, wouldn't go back into a store.")
                ],
            ),
        ],
        **job(STORE_ROLE, onsite("Stockton-on-Tees, UK"), title="Store Manager, Asda Stockton"),
    ),
    C(
        "not ruling out Glasgow vs ruling Glasgow out",
        "cs",
        [
            pool(TEACHER, "Edinburgh, UK")(
                "Kirsteen Imrie",
                2,
                touches=[mail(35, "Not ruling out Glasgow - the train's only fifty minutes.")],
            ),
            pool(TEACHER, "Edinburgh, UK")(
                "Lachlan Wishart",
                0,
                touches=[mail(35, "I'm ruling out Glasgow, Edinburgh schools only.")],
            ),
        ],
        **job(TEACHER_ROLE, onsite("Glasgow, UK"), title="Primary Teacher, P5"),
    ),
]

WORK_MODE = [
    C(
        "hybrid said only in the policy field: wants two days in vs fully remote only",
        "cs",
        [
            pool(CIVIL_SERVANT, "Leeds, UK")(
                "Priti Solanki",
                2,
                touches=[li(40, "Happy with a couple of days a week in Quarry House.")],
            ),
            pool(CIVIL_SERVANT, "Leeds, UK")(
                "Martin Greenhalgh",
                0,
                touches=[li(40, "Only looking at fully remote posts now, no office.")],
            ),
        ],
        **job(POLICY_ROLE, dict(remote_policy="hybrid", location="Leeds, UK")),
    ),
    C(
        "home-based said only in the description: wants home working vs wants the traffic office",
        "cs",
        [
            pool(PLANNER, "Crewe, UK")(
                "Tracey Beswick",
                2,
                touches=[wa(30, "would love to plan from home, done with the traffic office")],
            ),
            pool(PLANNER, "Crewe, UK")(
                "Mick Hollinshead",
                0,
                touches=[
                    wa(30, "cant stand working from home, need to be in the office w the lads")
                ],
            ),
        ],
        **job(
            PLANNER_ROLE,
            dict(location="Crewe, UK"),
            description="Plan the daily routes of a regional fleet from home; the planning desk "
            "is fully home-based.",
        ),
    ),
    C(
        "home-based said only in the title: off the counter vs wants patients in front of her",
        "cs",
        [
            pool(PHARMACIST, "Bolton, UK")(
                "Shabana Patel",
                2,
                touches=[
                    mail(
                        35,
                        "I want to stop standing behind a counter - working from home would be "
                        "ideal.",
                    )
                ],
            ),
            pool(PHARMACIST, "Bolton, UK")(
                "Rebecca Haslam",
                0,
                touches=[
                    mail(35, "I need patient-facing work, I'd go mad staring at a screen at home.")
                ],
            ),
        ],
        **job(
            PHARM_ROLE, dict(location="Bolton, UK"), title="Home-based Pharmacist, Online Pharmacy"
        ),
    ),
    C(
        "Welsh, hybrid said only in the offers: part of the week at home vs home every day",
        "cs",
        [
            pool(CIVIL_SERVANT, "Cardiff, UK")(
                "Elin Rhys-Jenkins",
                2,
                touches=[
                    mail(
                        30, "Hoffwn weithio o adref am ran o'r wythnos, a bod yn y swyddfa weddill."
                    )
                ],
            ),
            pool(CIVIL_SERVANT, "Cardiff, UK")(
                "Iwan Pritchard",
                0,
                touches=[mail(30, "Dw i eisiau gweithio o adref bob dydd, dim swyddfa o gwbl.")],
            ),
        ],
        **job(
            POLICY_ROLE,
            dict(location="Cardiff, UK"),
            title="Policy Adviser, Welsh Government",
            offers=["Three days in the Cathays Park office, two from home"],
        ),
    ),
    C(
        "office-based duty team: wants colleagues around her vs home-based only",
        "cs",
        [
            pool(SOCIAL_WORKER, "Croydon, UK")(
                "Grace Amoako",
                2,
                touches=[
                    li(
                        45,
                        "After two years at the kitchen table I want a team around me in an "
                        "office.",
                    )
                ],
            ),
            pool(SOCIAL_WORKER, "Croydon, UK")(
                "Melanie Tozer",
                0,
                touches=[li(45, "I'm only considering home-based roles from now on.")],
            ),
        ],
        **job(SW_ROLE, onsite("Croydon, UK"), offers=["Office-based, duty desk in Croydon"]),
    ),
]

LOCATIONS = [
    C(
        "moving to Belfast with her partner vs no word on a move, a Belfast post",
        "cs",
        [
            pool(RGN, "Manchester, UK")(
                "Ciara McAleese",
                2,
                touches=[mail(40, "We're moving home to Belfast in the spring - partner's job.")],
            ),
            pool(RGN, "Manchester, UK")("Megan Holt", 1),
        ],
        **job(WARD_ROLE, onsite("Belfast, UK"), title="Staff Nurse (Band 5), Royal Victoria"),
    ),
    C(
        "Cork only, won't go up to Dublin vs based in Dublin",
        "cs",
        [
            pool(PHARMACIST, "Cork, Ireland")(
                "Donal O'Sullivan",
                0,
                touches=[rang(35, "Cork only - won't go up to Dublin, not even for money.")],
            ),
            pool(PHARMACIST, "Dublin, Ireland")(
                "Fiachra Nolan",
                2,
                touches=[rang(35, "Based in Rathmines, wants to stay in Dublin.")],
            ),
        ],
        **job(PHARM_ROLE, onsite("Dublin, Ireland"), title="Senior Pharmacist, Beaumont"),
    ),
    C(
        "moving home to Swansea in January vs won't leave Bristol",
        "cs",
        [
            pool(PHYSIO, "Bristol, UK")(
                "Lowri Gwynne",
                2,
                touches=[wa(40, "moving back home to Swansea in January, can't wait x")],
            ),
            pool(PHYSIO, "Bristol, UK")(
                "Oliver Stansfield",
                0,
                touches=[wa(40, "not leaving Bristol, settled here for good")],
            ),
        ],
        **job(PHYSIO_ROLE, onsite("Swansea, UK"), title="Physiotherapist (Band 6), Morriston"),
    ),
    C(
        "anywhere in the central belt vs Highlands only",
        "cs",
        [
            pool(HGV_DRIVER, "Falkirk, UK")(
                "Jamie Brockie",
                2,
                touches=[wa(30, "anywhere in the central belt is fine by me")],
            ),
            pool(HGV_DRIVER, "Falkirk, UK")(
                "Murdo MacLeod",
                0,
                touches=[
                    wa(30, "highlands only now, moving up to dingwall. nothing south of inverness")
                ],
            ),
        ],
        **job(HGV_ROLE, onsite("Grangemouth, UK")),
    ),
    C(
        "her husband's posted to Catterick, she's staying in Plymouth vs moving with his posting",
        "cs",
        [
            pool(TA, "Plymouth, UK")(
                "Kelly Trevithick",
                0,
                touches=[
                    rang(
                        50,
                        "Kelly's husband is posted to Catterick in Jan but she's staying in "
                        "Plymouth with the kids, not moving.",
                    )
                ],
            ),
            pool(TA, "Plymouth, UK")(
                "Amy Penhaligon",
                2,
                touches=[
                    rang(
                        50,
                        "Amy's moving up to North Yorkshire in Jan with her husband's posting "
                        "to Catterick.",
                    )
                ],
            ),
        ],
        **job(TA_ROLE, onsite("Catterick Garrison, UK")),
    ),
    C(
        "won't work in London again vs wants to get back to London",
        "cs",
        [
            pool(FM, "Reading, UK")(
                "Nigel Catchpole",
                0,
                touches=[li(40, "I won't work in London again - done my time on the GWR.")],
            ),
            pool(FM, "Reading, UK")(
                "Femi Adesanya",
                2,
                touches=[li(40, "Keen to get back into London, I miss the buzz.")],
            ),
        ],
        **job(FM_ROLE, onsite("London, UK"), title="Facilities Manager, Guy's Campus"),
    ),
]

# --- 7. last time, level, stage and size, mission, technology --------------------------------

LAST_TIME = [
    C(
        "rejected for conduct at interview vs lost the final to one other",
        "cs",
        [
            pool(HCA, "Bolton, UK")(
                "Jordan Lomax",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "conduct",
                        "Swore at reception staff when kept waiting; panel ended interview",
                        role="Healthcare Assistant",
                    )
                ],
            ),
            pool(HCA, "Bolton, UK")(
                "Kirsty Sweetmore",
                2,
                apps=[lost_final(150, "Very close second", role="Healthcare Assistant")],
            ),
        ],
        **job(HCA_ROLE, onsite("Bolton, UK")),
    ),
    C(
        "no-show at the assessment day vs rang in sick and rebooked",
        "cs",
        [
            pool(SHIFT_MANAGER, "Lutterworth, UK")(
                "Connor Swift",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "no_show",
                        "NS for assessment day, no contact after",
                        role="Warehouse Shift Manager",
                    )
                ],
            ),
            pool(SHIFT_MANAGER, "Lutterworth, UK")(
                "Aaron Pridmore",
                2,
                apps=[
                    app(
                        60,
                        "interview",
                        "position_closed",
                        "timing",
                        "Rang ahead sick on the day, rebooked; role filled before the new date",
                        role="Warehouse Shift Manager",
                    )
                ],
            ),
        ],
        **job(SHIFT_ROLE, onsite("Lutterworth, UK")),
    ),
    C(
        "failed the drive assessment last month vs failed two years ago, since passed ADR",
        "cs",
        [
            pool(HGV_DRIVER, "Peterborough, UK")(
                "Liam Ogilvie",
                0,
                apps=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed drive assessment - reversing onto the bay, clipped a bollard",
                        role="HGV Class 1 Driver",
                    )
                ],
            ),
            pool(HGV_DRIVER, "Peterborough, UK")(
                "Mark Holloway-Frost",
                2,
                "Done a refresher and ADR since, reversing sorted",
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed drive assessment - reversing",
                        role="HGV Class 1 Driver",
                    )
                ],
            ),
        ],
        **job(HGV_ROLE, onsite("Peterborough, UK")),
    ),
    C(
        "no cannulation competency 18 months ago, signed off since vs the same two months ago",
        "cs",
        [
            pool(RGN, "Derby, UK")(
                "Holly Brackenbury",
                2,
                ("IV and cannulation competencies signed off in March", 240),
                apps=[
                    app(
                        540,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No IV/cannulation competency yet",
                    )
                ],
            ),
            pool(RGN, "Derby, UK")(
                "Amber Stretton",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No IV/cannulation competency yet",
                    )
                ],
            ),
        ],
        **job(WARD_ROLE, onsite("Derby, UK")),
    ),
    C(
        "too junior three years ago, two years a deputy since vs too junior in September",
        "cs",
        [
            pool(STORE_MANAGER, "Norwich, UK")(
                "Callum Risebrow",
                2,
                apps=[
                    app(
                        1100,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Not ready - never run a shop on his own",
                        role="Store Manager",
                    )
                ],
                touches=[
                    rang(
                        90,
                        "Two years as deputy SM at Morrisons Norwich since, runs it when SM off.",
                    )
                ],
            ),
            pool(STORE_MANAGER, "Norwich, UK")(
                "Bradley Thirtle",
                0,
                apps=[
                    app(
                        70,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Not ready - never run a shop on his own",
                        role="Store Manager",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, onsite("Norwich, UK")),
    ),
]

LEVEL = [
    C(
        "acting up and ready for ward manager vs wants to stay at the bedside",
        "cs",
        [
            pool(RGN, "Portsmouth, UK")(
                "Rachel Ashdown",
                2,
                touches=[ats(40, "Acting up as WM 6 months, ready for a substantive Band 7.")],
            ),
            pool(RGN, "Portsmouth, UK")(
                "Catherine Budd",
                0,
                touches=[ats(40, "Wants to stay at the bedside - no mgmt, no budgets.")],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Portsmouth, UK"),
            title="Ward Manager (Band 7), Surgical",
            seniority="manager",
            description="Lead a surgical ward of 40 staff: rota, budget, recruitment.",
        ),
    ),
    C(
        "wants multi-site vs happy running one store, an area manager post",
        "cs",
        [
            pool(STORE_MANAGER, "Leicester, UK")(
                "Dipesh Chauhan",
                2,
                touches=[
                    li(35, "Ready to step up from one store to an area, multi-site is the goal.")
                ],
            ),
            pool(STORE_MANAGER, "Leicester, UK")(
                "Joanne Wigley",
                0,
                touches=[li(35, "Happy running my own store, no interest in an area job.")],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Leicester, UK"),
            title="Area Manager, East Midlands",
            seniority="director",
            description="Area manager for twelve stores across the East Midlands.",
        ),
    ),
    C(
        "wants to step back from HLTA vs HLTA or cover supervisor only, a Level 2 post",
        "cs",
        [
            pool(TA, "Wigan, UK")(
                "Sharon Unsworth",
                2,
                touches=[wa(30, "want to step back from HLTA to a normal TA job, less stress")],
            ),
            pool(TA, "Wigan, UK")(
                "Michelle Prescott",
                0,
                touches=[wa(30, "HLTA or cover supervisor only, not going back to level 2")],
            ),
        ],
        **job(TA_ROLE, onsite("Wigan, UK")),
    ),
    C(
        "wants the ops manager title vs no interest in coming off shift to days",
        "cs",
        [
            pool(SHIFT_MANAGER, "Bedford, UK")(
                "Hassan Mahmood",
                2,
                touches=[rang(40, "Wants ops manager - been running nights solo for 2 yrs.")],
            ),
            pool(SHIFT_MANAGER, "Bedford, UK")(
                "Trevor Gaskin",
                0,
                touches=[
                    rang(40, "No interest in coming off shift to an ops manager desk job on days.")
                ],
            ),
        ],
        **job(
            SHIFT_ROLE,
            onsite("Bedford, UK"),
            title="Operations Manager",
            seniority="director",
            description="Run the whole site across three shifts, shift managers reporting in.",
        ),
    ),
    C(
        "wants to lead the MSK team vs happy at Band 6, no supervising juniors",
        "cs",
        [
            pool(PHYSIO, "York, UK")(
                "Eleanor Scarth",
                2,
                touches=[
                    mail(30, "I'd love to lead the MSK team - I supervise the band 5s already.")
                ],
            ),
            pool(PHYSIO, "York, UK")(
                "George Dinsdale",
                0,
                touches=[mail(30, "Happy at Band 6 and I'd rather not supervise juniors.")],
            ),
        ],
        **job(
            PHYSIO_ROLE,
            onsite("York, UK"),
            title="Physiotherapy Team Lead (Band 7), MSK",
            seniority="lead",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small practice after a teaching hospital vs wants a big trust with rotations",
        "cs",
        [
            pool(RGN, "Harrogate, UK")(
                "Alison Metcalfe",
                2,
                touches=[
                    li(
                        40,
                        "After 8 years in a huge teaching hospital I want a small, friendly "
                        "practice.",
                    )
                ],
            ),
            pool(RGN, "Harrogate, UK")(
                "Joshua Kettlewell",
                0,
                touches=[
                    li(40, "I want a big trust with rotations and a proper training programme.")
                ],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Harrogate, UK"),
            title="Practice Nurse",
            description="Practice nurse in a small GP surgery with four GPs and six staff.",
        ),
    ),
    C(
        "fed up of big chains, wants family-run vs wants a big provider's ladder",
        "cs",
        [
            pool(HCA, "Torquay, UK")(
                "Lesley Coombe",
                2,
                touches=[rang(40, "Fed up of the big chains - wants a family-run home.")],
            ),
            pool(HCA, "Torquay, UK")(
                "Sophie Rendle",
                0,
                touches=[rang(40, "Wants a big provider with a structured route to senior carer.")],
            ),
        ],
        **job(
            HCA_ROLE,
            onsite("Torquay, UK"),
            title="Care Assistant",
            description="Care assistant in a family-owned 30-bed care home.",
        ),
    ),
    C(
        "wants the pace of a start-up vs wants a stable grocer after a q-commerce collapse",
        "cs",
        [
            pool(STORE_MANAGER, "London, UK")(
                "Kieran Ventham",
                2,
                touches=[wa(30, "want somewhere fast and scrappy, startup vibes, not a big plc")],
            ),
            pool(STORE_MANAGER, "London, UK")(
                "Ola Adebowale",
                0,
                touches=[
                    wa(
                        30,
                        "after my dark store job folded overnight I only want a big stable grocer",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("London, UK"),
            title="Dark Store Manager",
            description="Run a dark store for a Series A rapid grocery delivery start-up.",
        ),
    ),
    C(
        "wants a small firm where the gaffer knows your name vs wants a big fleet",
        "cs",
        [
            pool(HGV_DRIVER, "Boston, UK")(
                "Terry Scupham",
                2,
                touches=[wa(30, "want a small firm where the gaffer knows your name")],
            ),
            pool(HGV_DRIVER, "Boston, UK")(
                "Andy Clarridge",
                0,
                touches=[wa(30, "big fleet only, new motors and proper structure like wincanton")],
            ),
        ],
        **job(
            HGV_ROLE,
            onsite("Boston, UK"),
            description="Class 1 driver for a family-run haulier with fifteen trucks.",
        ),
    ),
]

MISSION = [
    C(
        "NHS through and through vs done with the NHS, private only",
        "cs",
        [
            pool(PHYSIO, "Sheffield, UK")(
                "Rebecca Marsden",
                2,
                touches=[ats(40, "NHS through and through, won't go private.")],
            ),
            pool(PHYSIO, "Sheffield, UK")(
                "Daniel Hirst",
                0,
                touches=[ats(40, "Done with the NHS - private sector only from now on.")],
            ),
        ],
        **job(PHYSIO_ROLE, onsite("Sheffield, UK")),
    ),
    C(
        "won't work for gambling vs no tobacco or vapes, bookies fine",
        "cs",
        [
            pool(STORE_MANAGER, "Liverpool, UK")(
                "Bernadette Kinvig",
                0,
                touches=[rang(40, "Won't work for gambling firms - dad had a problem.")],
            ),
            pool(STORE_MANAGER, "Liverpool, UK")(
                "Vinnie Costigan",
                2,
                touches=[
                    rang(
                        40,
                        "No tobacco or vape shops; anything else fine, did 3 yrs at Paddy Power.",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Liverpool, UK"),
            title="Area Manager, Betting Shops",
            description="Area manager for a chain of high-street bookmakers.",
        ),
    ),
    C(
        "wants to give something back at a charity vs wants a big corporate FM contract",
        "cs",
        [
            pool(FM, "Leeds, UK")(
                "Helen Sugden",
                2,
                touches=[
                    mail(
                        40,
                        "I'd like to give something back - a charity or hospice would mean a lot.",
                    )
                ],
            ),
            pool(FM, "Leeds, UK")(
                "Adrian Pogson",
                1,
                touches=[mail(40, "I'm after a big corporate FM contract, CBRE or ISS style.")],
            ),
        ],
        **job(
            FM_ROLE,
            onsite("Leeds, UK"),
            description="Facilities manager for a hospice charity's three sites.",
        ),
    ),
    C(
        "won't plan for defence contracts vs ex-forces, likes defence work",
        "cs",
        [
            pool(PLANNER, "Bicester, UK")(
                "Quentin Abbot",
                0,
                touches=[li(35, "Won't work on defence or MoD contracts, a matter of conscience.")],
            ),
            pool(PLANNER, "Bicester, UK")(
                "Craig Mullholland",
                2,
                touches=[li(35, "Ex-RLC, always enjoyed defence logistics work.")],
            ),
        ],
        **job(
            PLANNER_ROLE,
            onsite("Bicester, UK"),
            description="Transport planner on a Ministry of Defence supply contract.",
        ),
    ),
    C(
        "a practising Catholic who'd love a Catholic school vs wants a non-faith school",
        "cs",
        [
            pool(TEACHER, "Preston, UK")(
                "Bernadette Hesketh",
                2,
                touches=[
                    mail(40, "I'd love a Catholic school - I'm practising and teach RE gladly.")
                ],
            ),
            pool(TEACHER, "Preston, UK")(
                "Owen Tattersall",
                0,
                touches=[mail(40, "I'd rather a non-faith school, community or academy.")],
            ),
        ],
        **job(
            TEACHER_ROLE,
            onsite("Preston, UK"),
            title="KS2 Teacher, St Wilfrid's Catholic Primary",
            description="Year 5 teacher in a Catholic voluntary aided primary school.",
        ),
    ),
]

TECH = [
    C(
        "wants Epic after Cerner vs burnt out by an EPR go-live",
        "cs",
        [
            pool(RGN, "Cambridge, UK")(
                "Annabel Crisp",
                2,
                touches=[li(40, "Used Cerner for years, keen to get Epic on my CV.")],
            ),
            pool(RGN, "Cambridge, UK")(
                "Fiona Marwick",
                0,
                touches=[
                    li(
                        40,
                        "Not going anywhere mid EPR rollout again, the Lorenzo go-live broke me.",
                    )
                ],
            ),
        ],
        **job(
            WARD_ROLE,
            onsite("Cambridge, UK"),
            description="Band 5 surgical staff nurse. The trust goes live on Epic next year.",
        ),
    ),
    C(
        "keen on AutoStore robots vs conventional sites only",
        "cs",
        [
            pool(SHIFT_MANAGER, "Swindon, UK")(
                "Mohammed Iqbal",
                2,
                touches=[ats(40, "Keen to learn automation - AutoStore or goods-to-person.")],
            ),
            pool(SHIFT_MANAGER, "Swindon, UK")(
                "Pete Woolford",
                0,
                touches=[ats(40, "Conventional manual sites only, doesn't want robots.")],
            ),
        ],
        **job(
            SHIFT_ROLE,
            onsite("Swindon, UK"),
            description="Run a shift on an AutoStore robotic grid fulfilment site.",
        ),
    ),
    C(
        "knows Paragon and wants to use it vs Excel only, won't learn new software",
        "cs",
        [
            pool(PLANNER, "Tamworth, UK")(
                "Lynsey Barrowcliffe",
                2,
                touches=[rang(35, "Knows Paragon inside out, wants a site that runs it.")],
            ),
            pool(PLANNER, "Tamworth, UK")(
                "Graham Spooner",
                0,
                touches=[rang(35, "Plans in Excel, won't learn routing software at his age.")],
            ),
        ],
        **job(
            PLANNER_ROLE,
            onsite("Tamworth, UK"),
            offers=["Routing in Paragon, telematics in Microlise"],
        ),
    ),
    C(
        "wants off SIMS and onto Arbor vs SIMS only, hates Arbor",
        "cs",
        [
            pool(TEACHER, "Sunderland, UK")(
                "Jessica Hepple",
                2,
                touches=[mail(30, "Would love a school on Arbor - SIMS is a nightmare.")],
            ),
            pool(TEACHER, "Sunderland, UK")(
                "Gary Lumsden",
                0,
                touches=[mail(30, "SIMS only please, Arbor drove me up the wall last year.")],
            ),
        ],
        **job(TEACHER_ROLE, onsite("Sunderland, UK"), offers=["MIS: Arbor"]),
    ),
]

# --- 8. the latest word, and the latest process ----------------------------------------------

LATEST_WORD = [
    C(
        "no nights in March, nights fine in October vs the reverse",
        "cs",
        [
            pool(RGN, "Bolton, UK")(
                "Charlotte Grimshaw",
                2,
                touches=[
                    rang(date(2026, 3, 2), "No nights, little one's not sleeping."),
                    rang(date(2026, 10, 5), "Update: nights OK now - mum moved in to help."),
                ],
            ),
            pool(RGN, "Bolton, UK")(
                "Jasmine Tonge",
                0,
                touches=[
                    rang(date(2026, 3, 2), "Any shifts inc nights, no bother."),
                    rang(date(2026, 10, 5), "Update: no more nights, OH advised after a fall."),
                ],
            ),
        ],
        **job(NIGHT_WARD, onsite("Bolton, UK")),
    ),
    C(
        "asked off the list then back on vs keep me posted then erase me",
        "cs",
        [
            pool(PHARMACIST, "Cardiff, UK")(
                "Nia Bowen-Thomas",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Please take me off your mailing list, thanks."),
                    mail(
                        date(2026, 9, 14),
                        "Hi, I asked to come off your list in February, but I'm looking again "
                        "now - please put me back on.",
                    ),
                ],
            ),
            pool(PHARMACIST, "Cardiff, UK")(
                "Huw Pugh",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Not now thanks, but keep me posted."),
                    mail(
                        date(2026, 9, 14),
                        "Please delete my details and stop contacting me altogether.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(PHARM_ROLE, onsite("Cardiff, UK")),
    ),
    C(
        "won't leave Cardiff then moving to Bristol vs moving to Bristol then staying put",
        "cs",
        [
            pool(SOCIAL_WORKER, "Cardiff, UK")(
                "Angharad Price",
                2,
                touches=[
                    ats(date(2026, 1, 19), "Won't leave Cardiff."),
                    ats(date(2026, 9, 7), "Moving to Bristol in Dec - wants Bristol roles now."),
                ],
            ),
            pool(SOCIAL_WORKER, "Cardiff, UK")(
                "Dylan Rowlands",
                0,
                touches=[
                    ats(date(2026, 1, 19), "Moving to Bristol later in the year."),
                    ats(date(2026, 9, 7), "Bristol move off - staying in Cardiff, Cardiff only."),
                ],
            ),
        ],
        **job(SW_ROLE, onsite("Bristol, UK")),
    ),
    C(
        "asked £45k then would take £40k vs asked £40k then £50k after a counter-offer",
        "cs",
        [
            pool(STORE_MANAGER, "Bradford, UK")(
                "Imran Aslam",
                2,
                touches=[
                    rang(date(2026, 4, 6), "Ask £45k."),
                    rang(date(2026, 10, 12), "Would take £40k for the right store now."),
                ],
            ),
            pool(STORE_MANAGER, "Bradford, UK")(
                "Keeley Northrop",
                0,
                touches=[
                    rang(date(2026, 4, 6), "Ask £40k."),
                    rang(date(2026, 10, 12), "Got a counter-offer - now needs £50k to move."),
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            onsite("Bradford, UK"),
            salary_min=40_000,
            salary_max=42_000,
            currency="GBP",
        ),
    ),
    C(
        "bank only, then wants perm to buy a house vs perm, then bank only",
        "cs",
        [
            pool(HCA, "Middlesbrough, UK")(
                "Courtney Lynas",
                2,
                touches=[
                    wa(date(2026, 2, 16), "bank only for me, love the flexibility"),
                    wa(date(2026, 10, 19), "change of plan, need a perm contract, buying a house"),
                ],
            ),
            pool(HCA, "Middlesbrough, UK")(
                "Demi Wardle",
                0,
                touches=[
                    wa(date(2026, 2, 16), "after a perm contract pls"),
                    wa(date(2026, 10, 19), "going bank only now, perm doesnt work with uni"),
                ],
            ),
        ],
        **job(HCA_ROLE, onsite("Middlesbrough, UK"), offers=["Permanent, 37.5 hours"]),
    ),
    C(
        "no car, then passed and bought one vs a car, then sold it",
        "cs",
        [
            pool(RMN, "Lincoln, UK")(
                "Ellie Sharpe",
                2,
                touches=[
                    ats(date(2026, 3, 23), "No car, learning to drive."),
                    ats(date(2026, 9, 28), "Passed test 1st time, bought a car - fine for visits."),
                ],
            ),
            pool(RMN, "Lincoln, UK")(
                "Robyn Tointon",
                0,
                touches=[
                    ats(date(2026, 3, 23), "Drives, own car."),
                    ats(date(2026, 9, 28), "Sold the car, bus only now."),
                ],
            ),
        ],
        **job(COMMUNITY_CAR, onsite("Lincoln, UK")),
    ),
]

PROCESS = [
    C(
        "reached the final round vs a CV never screened",
        "cs",
        [
            pool(PHARMACIST, "Ipswich, UK")(
                "Nikhil Varsani",
                2,
                apps=[lost_final(140, "Excellent, pipped by internal", role="Pharmacist (Band 7)")],
            ),
            pool(PHARMACIST, "Ipswich, UK")(
                "Sunita Gohil",
                1,
                apps=[
                    app(
                        140,
                        "applied",
                        "position_closed",
                        "headcount",
                        "Post withdrawn before shortlisting, CV not screened",
                        role="Pharmacist (Band 7)",
                    )
                ],
            ),
        ],
        **job(PHARM_ROLE, onsite("Ipswich, UK")),
    ),
    C(
        "we placed her six weeks ago vs lost the final six months ago",
        "cs",
        [
            pool(TEACHER, "Nottingham, UK")(
                "Laura Attenborough",
                0,
                apps=[
                    app(
                        42,
                        "offer",
                        "hired",
                        None,
                        "Started Y5 at Bluecoat 12/10",
                        role="KS2 Class Teacher",
                    )
                ],
            ),
            pool(TEACHER, "Nottingham, UK")(
                "Zoe Hemsley",
                2,
                apps=[
                    lost_final(180, "Lovely lesson obs, second choice", role="KS2 Class Teacher")
                ],
            ),
        ],
        **job(TEACHER_ROLE, onsite("Nottingham, UK")),
    ),
    C(
        "took a counter-offer three weeks ago vs fourteen months ago, the promises fell through",
        "cs",
        [
            pool(PLANNER, "Northampton, UK")(
                "Scott Waddington",
                0,
                apps=[
                    said_no(
                        21,
                        "counteroffer",
                        "Accepted counter-offer from current employer",
                        role="Transport Planner",
                    )
                ],
            ),
            pool(PLANNER, "Northampton, UK")(
                "Becky Ingram",
                2,
                apps=[
                    said_no(
                        430,
                        "counteroffer",
                        "Accepted counter-offer from current employer",
                        role="Transport Planner",
                    )
                ],
                touches=[
                    li(60, "The counter-offer promises all fell through - I'm ready to move now.")
                ],
            ),
        ],
        **job(PLANNER_ROLE, onsite("Northampton, UK")),
    ),
    C(
        "the offer was pulled by a headcount freeze vs withdrew at screen, not her sector",
        "cs",
        [
            pool(FM, "Manchester, UK")(
                "Janet Ormesher",
                2,
                apps=[
                    app(
                        200,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Verbal offer made then post frozen by the finance panel",
                        role="Facilities Manager",
                    )
                ],
            ),
            pool(FM, "Manchester, UK")(
                "Alan Sidebottom",
                0,
                apps=[
                    backed_out(
                        200,
                        "not_interested",
                        "Withdrew at phone screen - not keen on the education sector",
                        stage="screen",
                        role="Facilities Manager",
                    )
                ],
            ),
        ],
        **job(
            FM_ROLE,
            onsite("Manchester, UK"),
            description="Facilities manager for a university campus in Manchester.",
        ),
    ),
]

HELDOUT34_CASES: list[Case] = [
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
