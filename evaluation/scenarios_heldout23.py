"""Held-out rediscovery cases, twenty-third set: care, nursing-home, home-care, childcare,
veterinary and allied-health recruiters' own words, written by a stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 23") and never tuned to what Encore does. The recruiters are in-house
talent teams at care groups and vet chains, NHS and HSE bank and agency desks, and locum agencies
in the UK, Ireland, Australia, New Zealand and Canada. The voices: care-home managers' blunt notes,
locum-desk shorthand ("cand", "LVM", "avail w/c", "OOH", "RP cover", "1:4 rota"), bank-office
call logs, candidates' texts, WhatsApps, LinkedIn messages and emails, a few formal complaints,
and lines in Irish, Tagalog and Taglish, Hindi, Malayalam-English and Polish. The talk is of
Agenda for Change bands and pay points, HSE scales, locum day rates, bank shifts, long days and
nights, weekend rotas, out-of-hours on-call, mileage and driving between clients, caseloads,
registrations (NMC, HCPC, CORU, NMBI, AHPRA, RCVS, NZVC, GDC), CPD and revalidation, visas (Health
and Care Worker, Critical Skills, Stamp 4, 482, LMIA and PR), relocation packages and their
clawbacks, term-time hours, maternity returners, 0.6 FTE and 22.5 hours, zero-hours against
guaranteed, lone working, manual handling, clinical against management paths, private practice
against NHS.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal complaint withdrawing consent, "delete my number", Irish, Taglish and
   Polish, a pharmacist off every list, a social worker leaving the profession, a retired dental
   nurse, a privacy complaint in Australia): never shown; beside each a complaint about a payslip,
   a new number, "not before three", "text lang po", "not at weekends", one bulletin only, child
   protection refused but adult services wanted, NHS bank left for private, and a complaint to the
   regulator that is not about us;
2. waits counted from the day said, each beside a twin whose wait has run out: a maternity
   return, the end of a nursery term, Stamp 4, a CT reporting course, a relocation clawback, the
   festive rota, a Brisbane lease, a New Zealand registration, a mother's surgery in Kochi;
3. schedule, travel, visa, contract and hours, commute: nights, weekends, OOH on-call, long days,
   school pickups, Sundays against Saturdays; cars, mileage and licences, farm calls, FIFO,
   cross-site rotation; sponsorship, a husband's visa that is not hers, Critical Skills, 482,
   LMIA and PR, a dependant visa in Taglish; zero-hours, 0.6 FTE, bank against substantive,
   fixed-term mat cover, locum against permanent, term-time only; commutes in Cornwall, Dublin,
   Auckland and Ontario, and a parking charge;
4. pay against the band or rate: Agenda for Change Band 6, a locum day rate, an hourly care
   rate, Australian dollars plus super, a private salary above the band with a lower ask, an HSE
   scale in euros, Canadian dollars;
5. negation and scope ("not against nights", "never had a problem with lone working", "the pay
   wasn't the problem, the hoists were", "no objection to weekends", "not only NHS", "I don't mind
   driving, it was the mileage rate", "never said no to on-call");
6. work mode said in the policy field, the description or the title; location and relocation
   (Perth, Cork, Skye, a husband's posting she is not following, Halifax, Christchurch);
7. clinical against management, step-ups and step-backs; company stage and size; mission
   (hospice, learning disability, NHS against private dentistry, animal charity, private sports
   physio) and technology (MRI, digital care planning, orthopaedic surgery, hydrotherapy);
8. last time's reason resolved by this role or still standing, the history with us, the latest
   process and stage reached, and several notes over time where the latest word counts.

Hard cases a careful human still gets right are mixed in: a husband's visa or posting that is not
the candidate's, an Australian "summer" that falls in December, a current salary above the band
with a lower ask, a complaint about someone else, one bulletin unsubscribed but calls welcome.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SENIOR_CARER = dict(
    current_title="Senior Care Assistant",
    skills=["Medication administration", "Dementia care", "Care planning", "Moving and handling"],
    years_experience=6,
    resume_text=(
        "Senior care assistant, six years in nursing and residential homes: medication rounds "
        "on eMAR, dementia care, person-centred care plans, moving and handling with hoists, "
        "and leading a shift of four carers. Care Certificate and Level 3 diploma."
    ),
)
HOME_NURSE = dict(
    current_title="Registered Nurse (Care Home)",
    skills=["NMC registration", "Nursing home", "Wound care", "Palliative care"],
    years_experience=8,
    resume_text=(
        "Registered general nurse, eight years in nursing homes of 40 to 90 beds: nurse in "
        "charge, wound care and tissue viability, syringe drivers and end-of-life care, care "
        "plans, GP rounds and CQC inspections."
    ),
)
HOME_CARER = dict(
    current_title="Domiciliary Care Worker",
    skills=["Personal care", "Medication prompts", "Lone working", "Reablement"],
    years_experience=4,
    resume_text=(
        "Home care worker, four years on domiciliary runs: personal care, medication prompts, "
        "meal preparation, reablement after hospital discharge and lone visits to clients with "
        "dementia. Care Certificate, Level 2 diploma."
    ),
)
NURSERY_PRACT = dict(
    current_title="Early Years Practitioner (Level 3)",
    skills=["EYFS", "Key person", "Safeguarding", "Paediatric first aid"],
    years_experience=5,
    resume_text=(
        "Level 3 early years practitioner, five years in day nurseries: key person for babies "
        "and toddlers, EYFS observations and learning journals, paediatric first aid and "
        "designated safeguarding deputy."
    ),
)
VET = dict(
    current_title="Veterinary Surgeon",
    skills=["Small animal practice", "Soft tissue surgery", "Consults", "Out-of-hours"],
    years_experience=7,
    resume_text=(
        "Veterinary surgeon, seven years in small animal first opinion practice: consults, "
        "routine and soft tissue surgery, dentals, ultrasound, and a share of the out-of-hours "
        "rota. MRCVS."
    ),
)
RVN = dict(
    current_title="Registered Veterinary Nurse",
    skills=["Anaesthesia monitoring", "Nurse clinics", "Theatre practice", "Inpatient care"],
    years_experience=5,
    resume_text=(
        "Registered veterinary nurse, five years in mixed and small animal practice: "
        "anaesthesia monitoring, theatre prep, nurse clinics, inpatient care and client "
        "education."
    ),
)
PHYSIO = dict(
    current_title="Physiotherapist (Band 6)",
    skills=["MSK outpatients", "Neuro rehab", "Respiratory on-call", "HCPC registration"],
    years_experience=6,
    resume_text=(
        "HCPC-registered physiotherapist, six years in the NHS: rotations through MSK "
        "outpatients, neuro rehab and respiratory, the last two as a Band 6 in MSK with "
        "supervision of Band 5s and students."
    ),
)
OT = dict(
    current_title="Occupational Therapist",
    skills=["Discharge planning", "Home assessments", "Equipment provision", "Falls prevention"],
    years_experience=5,
    resume_text=(
        "Occupational therapist, five years in acute and community teams: discharge planning, "
        "home and access visits, equipment and minor adaptations, falls prevention and "
        "reablement goals."
    ),
)
PHARMACIST = dict(
    current_title="Community Pharmacist",
    skills=["Responsible pharmacist", "Clinical checks", "Pharmacy First", "Vaccinations"],
    years_experience=7,
    resume_text=(
        "GPhC-registered pharmacist, seven years in community pharmacy: responsible pharmacist, "
        "clinical checks, Pharmacy First consultations, flu and travel vaccinations and "
        "managing a dispensary team."
    ),
)
RADIOGRAPHER = dict(
    current_title="Diagnostic Radiographer",
    skills=["Plain film", "CT", "Theatre imaging", "IR(ME)R"],
    years_experience=6,
    resume_text=(
        "HCPC-registered diagnostic radiographer, six years: plain film, CT heads and trauma, "
        "theatre and mobile imaging, and IR(ME)R audits in a busy district general."
    ),
)
DENTAL_NURSE = dict(
    current_title="Dental Nurse",
    skills=["Chairside assisting", "Decontamination", "Radiography", "GDC registration"],
    years_experience=6,
    resume_text=(
        "GDC-registered dental nurse, six years in mixed NHS and private practice: chairside "
        "assisting, decontamination, dental radiography certificate and reception cover."
    ),
)
PARAMEDIC = dict(
    current_title="Paramedic",
    skills=["Emergency care", "Advanced airway", "Triage", "HCPC registration"],
    years_experience=8,
    resume_text=(
        "Registered paramedic, eight years on emergency ambulances: trauma and cardiac "
        "arrests, advanced airway, mentoring student paramedics and clinical triage shifts "
        "in the control room."
    ),
)
SOCIAL_WORKER = dict(
    current_title="Social Worker",
    skills=["Care Act assessments", "Safeguarding adults", "Mental Capacity Act", "Caseload"],
    years_experience=6,
    resume_text=(
        "Registered social worker, six years in local authority teams: Care Act assessments, "
        "safeguarding enquiries, Mental Capacity Act and best interests, a caseload of 25 and "
        "court reports."
    ),
)


def staff(persona: dict, where: str):
    """People of one kind on the books: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def rang(days, note) -> dict:
    """A recruiter's or bank-office call log, in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def noted(days, note) -> dict:
    """A note typed into the ATS: a home manager, a locum desk, a compliance check."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def emailed(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def texted(days, words) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, job="Registered Nurse") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=job)


def declined(days, reason, note, *, past=None, job="Registered Nurse") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=job)


def withdrew(days, reason, note, *, stage="interview", past=None, job="Registered Nurse"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=job)


def turned_away(days, reason, note, *, stage="interview", job="Registered Nurse") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=job)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CARER_ROLE = dict(
    title="Senior Care Assistant",
    department="Care",
    seniority="mid",
    requirements="Level 3 diploma in health and social care\nMedication administration\n"
    "Dementia care\nMoving and handling",
    description="Lead a shift of carers in a 60-bed nursing home with a dementia unit.",
)
NURSE_ROLE = dict(
    title="Registered Nurse, Nursing Home",
    department="Nursing",
    seniority="mid",
    requirements="Active nursing registration\nNursing home or elderly care experience\n"
    "Wound care\nEnd-of-life care",
    description="Nurse in charge on a nursing floor of 30 residents.",
)
HOMECARE_ROLE = dict(
    title="Home Care Worker",
    department="Domiciliary care",
    seniority="junior",
    requirements="Personal care experience\nMedication prompts\nCare Certificate",
    description="Visit clients in their own homes on a planned run.",
)
NURSERY_ROLE = dict(
    title="Nursery Practitioner (Level 3)",
    department="Early years",
    seniority="mid",
    requirements="Full and relevant Level 3\nEYFS\nPaediatric first aid\nSafeguarding",
    description="Key person in the toddler room of a 70-place day nursery.",
)
VET_ROLE = dict(
    title="Small Animal Veterinary Surgeon",
    department="Clinical",
    seniority="mid",
    requirements="MRCVS or eligible\nSmall animal consults\nRoutine surgery",
    description="First opinion small animal vet in a busy hospital practice.",
)
RVN_ROLE = dict(
    title="Registered Veterinary Nurse",
    department="Nursing",
    seniority="mid",
    requirements="RVN\nAnaesthesia monitoring\nTheatre practice\nNurse clinics",
    description="RVN in a four-vet small animal practice.",
)
PHYSIO_ROLE = dict(
    title="Band 6 Physiotherapist",
    department="Therapies",
    seniority="mid",
    requirements="HCPC registration\nMSK outpatient experience\nSupervision of Band 5s",
    description="MSK outpatient physiotherapist in an NHS trust.",
)
OT_ROLE = dict(
    title="Occupational Therapist",
    department="Therapies",
    seniority="mid",
    requirements="Registration as an occupational therapist\nDischarge planning\nHome assessments",
    description="Occupational therapist in a hospital discharge and community team.",
)
PHARMACIST_ROLE = dict(
    title="Pharmacist",
    department="Pharmacy",
    seniority="mid",
    requirements="Pharmacist registration\nCommunity pharmacy experience\nClinical checks",
    description="Responsible pharmacist in a high-street community pharmacy.",
)
RADIOGRAPHER_ROLE = dict(
    title="Diagnostic Radiographer",
    department="Imaging",
    seniority="mid",
    requirements="Registration as a radiographer\nPlain film\nCT",
    description="Diagnostic radiographer in a general hospital imaging department.",
)
DENTAL_ROLE = dict(
    title="Dental Nurse",
    department="Dental",
    seniority="junior",
    requirements="GDC registration\nChairside experience\nDecontamination",
    description="Dental nurse in a five-surgery practice.",
)
PARAMEDIC_ROLE = dict(
    title="Paramedic",
    department="Ambulance",
    seniority="mid",
    requirements="Paramedic registration\nEmergency care\nFull driving licence (C1)",
    description="Paramedic in an emergency ambulance service.",
)
SW_ROLE = dict(
    title="Social Worker, Adult Services",
    department="Adult social care",
    seniority="mid",
    requirements="Social work registration\nCare Act assessments\nSafeguarding adults",
    description="Social worker in a locality adult services team.",
)

# --- where and how they are worked ----------------------------------------------------------


def onsite(where: str, *offers: str) -> dict:
    return dict(remote_policy="onsite", location=where, offers=list(offers))


# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a formal complaint withdrawing consent vs a formal complaint about a late payslip",
        "cs",
        [
            staff(SENIOR_CARER, "Stoke-on-Trent, UK")(
                "Philippa Grindrod-Abbey",
                0,
                touches=[
                    emailed(
                        60,
                        "Dear Sir/Madam, I wish to make a formal complaint about the number of "
                        "calls I have received from your recruitment team since my interview in "
                        "the spring. I withdraw my consent to be contacted by Meadowcroft Care "
                        "Group about any vacancy, and I expect this letter to be acknowledged.",
                    )
                ],
                excluded=True,
            ),
            staff(SENIOR_CARER, "Stoke-on-Trent, UK")(
                "Vernon Ashby-Clegg",
                2,
                touches=[
                    emailed(
                        60,
                        "Dear Sir/Madam, I wish to make a formal complaint that my bank shift pay "
                        "for October arrived eleven days late. That aside I am still keen on a "
                        "permanent senior carer post with you and would like to be considered.",
                    )
                ],
            ),
        ],
        **role(CARER_ROLE, onsite("Stoke-on-Trent, UK")),
    ),
    C(
        "'delete my number' vs 'save my new number'",
        "cs",
        [
            staff(VET, "Bristol, UK")(
                "Tamsin Halloway-Pryce",
                0,
                touches=[
                    texted(
                        35,
                        "pls delete my number. im done with locum agencies, had 6 calls this "
                        "week. do not contact again",
                    )
                ],
                excluded=True,
            ),
            staff(VET, "Bristol, UK")(
                "Quinton Aldermaston",
                2,
                touches=[
                    texted(
                        35,
                        "hiya its Quinton, old phone died so pls save this new number. still "
                        "after a perm small animal job round Bristol",
                    )
                ],
            ),
        ],
        **role(VET_ROLE, onsite("Bristol, UK")),
    ),
    C(
        "Irish: never ring me again, take my name off vs don't ring before three",
        "cs",
        [
            staff(HOME_NURSE, "Galway, Ireland")(
                "Órfhlaith Ní Chonghaile",
                0,
                touches=[
                    texted(
                        80,
                        "Ná glaoigh orm arís, le do thoil. Bain m'ainm de do liosta - níl suim "
                        "agam in aon phost uait.",
                    )
                ],
                excluded=True,
            ),
            staff(HOME_NURSE, "Galway, Ireland")(
                "Díarmaid Mac Giolla Chróin",
                2,
                touches=[
                    texted(
                        80,
                        "Ná glaoigh orm roimh a trí a chlog, bím ar an mbarda ar maidin. Ach is "
                        "breá liom cloisteáil faoi phost i nGaillimh.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Galway, Ireland")),
    ),
    C(
        "Taglish: don't contact me again vs text me, I'm on nights",
        "cs",
        [
            staff(HOME_NURSE, "Auckland, New Zealand")(
                "Maricel Dimaculangan-Oyco",
                0,
                touches=[
                    texted(
                        45,
                        "Ayoko na po ma-contact ulit. Paki-remove na lang po ako sa list ninyo. "
                        "Salamat po.",
                    )
                ],
                excluded=True,
            ),
            staff(HOME_NURSE, "Auckland, New Zealand")(
                "Jerwin Macapagal-Sotto",
                2,
                touches=[
                    texted(
                        45,
                        "Sorry po di ko nasagot, naka-night shift po ako this week. Text lang po "
                        "kayo, interested pa rin po ako sa rest home na yan.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Auckland, New Zealand")),
    ),
    C(
        "Polish: delete my data, no more contact vs no calls at weekends",
        "cs",
        [
            staff(HOME_CARER, "Reading, UK")(
                "Bożena Przybylska",
                0,
                touches=[
                    emailed(
                        50,
                        "Proszę o usunięcie moich danych z Państwa bazy i o niekontaktowanie się "
                        "ze mną w żadnej sprawie.",
                    )
                ],
                excluded=True,
            ),
            staff(HOME_CARER, "Reading, UK")(
                "Radosław Pstrągowski",
                2,
                touches=[
                    emailed(
                        50,
                        "Proszę nie dzwonić w soboty i niedziele, wtedy mam wizyty u klientów. "
                        "W tygodniu chętnie porozmawiam o pracy w Reading.",
                    )
                ],
            ),
        ],
        **role(HOMECARE_ROLE, onsite("Reading, UK")),
    ),
    C(
        "pharmacist off every list vs off the weekly bulletin only",
        "cs",
        [
            staff(PHARMACIST, "Leicester, UK")(
                "Hemangini Raithatha",
                0,
                touches=[
                    rang(
                        30,
                        "Hemangini rang the locum desk. Wants OUT of everything - bulletins, "
                        "texts, calls, the lot. Unsubscribed her from all comms on the CRM.",
                    )
                ],
                excluded=True,
            ),
            staff(PHARMACIST, "Leicester, UK")(
                "Kishorbhai Vadgama",
                2,
                touches=[
                    rang(
                        30,
                        "Kishor asked to come off the weekly locum bulletin email (too many). "
                        "Still wants a direct call about perm RP posts in Leicester.",
                    )
                ],
            ),
        ],
        **role(PHARMACIST_ROLE, onsite("Leicester, UK")),
    ),
    C(
        "left social work for good vs left child protection for adult services",
        "cs",
        [
            staff(SOCIAL_WORKER, "Sheffield, UK")(
                "Morwenna Liddicoat",
                0,
                touches=[
                    inmail(
                        70,
                        "Please stop messaging me here and anywhere else. I have left social "
                        "work for good and will not be coming back to it.",
                    )
                ],
                excluded=True,
            ),
            staff(SOCIAL_WORKER, "Sheffield, UK")(
                "Ptolemy Garside",
                2,
                touches=[
                    inmail(
                        70,
                        "I've left child protection for good - the caseloads broke me. Adult "
                        "services though, yes please, send anything in South Yorkshire.",
                    )
                ],
            ),
        ],
        **role(SW_ROLE, onsite("Sheffield, UK")),
    ),
    C(
        "retired and let her GDC registration go vs left the NHS bank for private",
        "cs",
        [
            staff(DENTAL_NURSE, "Norwich, UK")(
                "Evadne Scrivener",
                0,
                touches=[
                    texted(
                        90,
                        "Take me off your books please. I've retired and let my GDC go, so "
                        "there's no point sending me anything ever again.",
                    )
                ],
                excluded=True,
            ),
            staff(DENTAL_NURSE, "Norwich, UK")(
                "Clementine Oakhurst",
                2,
                touches=[
                    texted(
                        90,
                        "Took myself off the NHS dental bank in the summer. Private practice "
                        "only now, so keep me on your books for that x",
                    )
                ],
            ),
        ],
        **role(DENTAL_ROLE, onsite("Norwich, UK", "Private practice, no NHS contract")),
    ),
    C(
        "a privacy complaint about our texts vs a complaint to the regulator about delays",
        "cs",
        [
            staff(PARAMEDIC, "Perth, Australia")(
                "Brodie Kettlewell-Shand",
                0,
                touches=[
                    emailed(
                        40,
                        "I've lodged a complaint with the OAIC about your unsolicited texts. "
                        "Cease all contact with me immediately and confirm my details are "
                        "destroyed.",
                    )
                ],
                excluded=True,
            ),
            staff(PARAMEDIC, "Perth, Australia")(
                "Lachlan Merriweather",
                2,
                touches=[
                    emailed(
                        40,
                        "I've lodged a complaint with AHPRA about how long my registration "
                        "renewal took - nothing to do with you lot. Still keen on the WA "
                        "road jobs.",
                    )
                ],
            ),
        ],
        **role(PARAMEDIC_ROLE, onsite("Perth, Australia")),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "on maternity leave till April vs back from maternity leave since September",
        "cs",
        [
            staff(PHYSIO, "Cardiff, UK")(
                "Eleri Pughsley",
                1,
                (
                    "Mat leave - baby due Nov, back at 0.6 FTE from April, don't call till then",
                    date(2026, 10, 5),
                ),
            ),
            staff(PHYSIO, "Cardiff, UK")(
                "Ffion Arkwright",
                2,
                (
                    "Back from mat leave in September at 0.6 FTE, open to a move for the "
                    "right MSK post",
                    date(2026, 10, 5),
                ),
            ),
        ],
        **role(PHYSIO_ROLE, onsite("Cardiff, UK")),
    ),
    C(
        "staying for her key children till Easter vs stayed till the end of the summer term",
        "cs",
        [
            staff(NURSERY_PRACT, "Bolton, UK")(
                "Jolyon Featherstonehaugh",
                1,
                touches=[
                    texted(
                        date(2026, 9, 21),
                        "cant move till end of spring term, promised my toddler room parents "
                        "id see their kids through to Easter. after that deffo",
                    )
                ],
            ),
            staff(NURSERY_PRACT, "Bolton, UK")(
                "Saoirse Bickerstaffe",
                2,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Saoirse stayed to the end of summer term for her key children as "
                        "promised - finished 24 July, now looking.",
                    )
                ],
            ),
        ],
        **role(NURSERY_ROLE, onsite("Bolton, UK")),
    ),
    C(
        "Stamp 4 due in February vs Stamp 4 granted in August",
        "cs",
        [
            staff(HOME_NURSE, "Limerick, Ireland")(
                "Anupama Kottarathil",
                1,
                touches=[
                    emailed(
                        date(2026, 10, 19),
                        "My Stamp 4 comes through in February, until then I can't change "
                        "employer on the Critical Skills permit. Please contact me after that.",
                    )
                ],
            ),
            staff(HOME_NURSE, "Limerick, Ireland")(
                "Ciji Valiyaparambil",
                2,
                touches=[
                    emailed(
                        date(2026, 10, 19),
                        "Got my Stamp 4 in August, so I am free to change employer now. Would "
                        "love a nursing home post in Limerick.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Limerick, Ireland")),
    ),
    C(
        "CT reporting exams in January vs PgCert finished in June",
        "cs",
        [
            staff(RADIOGRAPHER, "Exeter, UK")(
                "Horatio Penhaligon",
                1,
                (
                    "Doing his PgCert in CT head reporting, exams in January - nothing before "
                    "they're done",
                    date(2026, 11, 2),
                ),
            ),
            staff(RADIOGRAPHER, "Exeter, UK")(
                "Wilhelmina Tregarthen",
                2,
                (
                    "Finished her PgCert in CT head reporting in June, wants to use it",
                    date(2026, 11, 2),
                ),
            ),
        ],
        **role(RADIOGRAPHER_ROLE, onsite("Exeter, UK")),
    ),
    C(
        "relocation clawback till March vs clawback that ended in September",
        "cs",
        [
            staff(VET, "Inverness, UK")(
                "Ruaraidh Macsween",
                1,
                touches=[
                    rang(
                        date(2026, 8, 17),
                        "Ruaraidh - relocation package repayable in full if he leaves before "
                        "1 March 2027. Won't jump before that, call him in March.",
                    )
                ],
            ),
            staff(VET, "Inverness, UK")(
                "Ishbel Cattanach",
                2,
                touches=[
                    rang(
                        date(2026, 8, 17),
                        "Ishbel - her relocation clawback runs out 1 Sept, after that she's "
                        "free to move without paying anything back.",
                    )
                ],
            ),
        ],
        **role(VET_ROLE, onsite("Inverness, UK")),
    ),
    C(
        "covering the festive rota, ring in January vs said the same last Christmas",
        "cs",
        [
            staff(SENIOR_CARER, "Swindon, UK")(
                "Delphine Okonjo-Bright",
                1,
                touches=[
                    texted(
                        date(2026, 10, 26),
                        "Not moving before christmas, I promised the manager Id cover the "
                        "festive rota. Ring me in January x",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Swindon, UK")(
                "Ngozi Fairweather",
                2,
                touches=[
                    texted(
                        date(2025, 10, 27),
                        "Not moving before xmas, promised my manager I'd do the festive rota. "
                        "Try me in Jan",
                    )
                ],
            ),
        ],
        **role(CARER_ROLE, onsite("Swindon, UK")),
    ),
    C(
        "a Brisbane lease to the end of February vs a lease that ended in October",
        "cs",
        [
            staff(OT, "Brisbane, Australia")(
                "Kirrily Boatwright",
                1,
                (
                    "Lease in Brisbane runs to end of Feb, can't break it - Townsville only "
                    "after that",
                    date(2026, 11, 9),
                ),
            ),
            staff(OT, "Brisbane, Australia")(
                "Tahnee Ravenscroft",
                2,
                (
                    "Lease in Brisbane ended in October, staying with her sister, ready to "
                    "head up to Townsville",
                    date(2026, 11, 9),
                ),
            ),
        ],
        **role(OT_ROLE, onsite("Townsville, Australia")),
    ),
    C(
        "NZ registration expected in January vs registration through in September",
        "cs",
        [
            staff(HOME_NURSE, "Christchurch, New Zealand")(
                "Rhealyn Bacungan",
                1,
                touches=[
                    emailed(
                        date(2026, 11, 2),
                        "The Nursing Council says 8-10 weeks from today for my registration, so "
                        "mid-January at the earliest. I can't work as an RN until then.",
                    )
                ],
            ),
            staff(HOME_NURSE, "Christchurch, New Zealand")(
                "Aroha Tipene-Whitlock",
                2,
                touches=[
                    emailed(
                        date(2026, 11, 2),
                        "My Nursing Council registration came through in September and my APC "
                        "is current. Ready when you are.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Christchurch, New Zealand")),
    ),
    C(
        "Malayalam-English: in Kochi for amma's surgery till mid-January vs back since October",
        "cs",
        [
            staff(HOME_NURSE, "Manchester, UK")(
                "Jismol Chirayath",
                1,
                touches=[
                    texted(
                        date(2026, 11, 16),
                        "Amma-de surgery December-il aanu, so I'm going home to Kochi till "
                        "mid-January. After that only I can join, please call then.",
                    )
                ],
            ),
            staff(HOME_NURSE, "Manchester, UK")(
                "Sinimol Thekkekara",
                2,
                touches=[
                    texted(
                        date(2026, 11, 16),
                        "I went to Kochi for amma-de surgery in August, came back last month. "
                        "Ippo free aanu, I can join any time.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Manchester, UK")),
    ),
]

# --- 3. schedule: nights, weekends, on-call, long days, school runs --------------------------

SCHEDULE = [
    C(
        "nights suit her vs nights wrecked her sleep, nights-only post",
        "cs",
        [
            staff(HOME_NURSE, "Wolverhampton, UK")(
                "Perpetua Mwangangi",
                2,
                "Nights only suit me - kids are at school in the day and hubby does mornings",
            ),
            staff(HOME_NURSE, "Wolverhampton, UK")(
                "Gwenllian Staveley",
                0,
                "No nights. Did two years of them and it wrecked my sleep and my bloods",
            ),
        ],
        **role(
            NURSE_ROLE,
            onsite("Wolverhampton, UK", "Permanent nights, 3 x 12-hour shifts a week"),
            title="Night Nurse, Nursing Home",
        ),
    ),
    C(
        "every other weekend no bother vs has the kids every weekend",
        "cs",
        [
            staff(SENIOR_CARER, "Doncaster, UK")(
                "Cheryl-Ann Musgrove",
                2,
                touches=[rang(40, "spoke 2 cand - every other wknd no bother, has a sitter")],
            ),
            staff(SENIOR_CARER, "Doncaster, UK")(
                "Tyrone Bassinder",
                0,
                touches=[
                    rang(
                        40,
                        "spoke 2 cand - wknds are out, has his kids Sat/Sun since the split. "
                        "Mon-Fri only.",
                    )
                ],
            ),
        ],
        **role(CARER_ROLE, onsite("Doncaster, UK", "Alternate weekends on the rota")),
    ),
    C(
        "done with OOH, days only vs wants OOH to build emergency skills",
        "cs",
        [
            staff(VET, "Leeds, UK")(
                "Ottoline Brackenbury",
                0,
                "Done with OOH after 7 yrs - days only, no on-call, no nights on the rota",
            ),
            staff(VET, "Leeds, UK")(
                "Florizel Ingleby",
                2,
                "Keen to do OOH on-call to build up emergency and critical care confidence",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("Leeds, UK", "OOH on-call 1 in 4 nights and 1 in 4 weekends, paid per call"),
        ),
    ),
    C(
        "likes three long days vs can't do 12.5-hour shifts with her back",
        "cs",
        [
            staff(HOME_NURSE, "Dundee, UK")(
                "Marjorie Inchcape",
                2,
                touches=[
                    emailed(
                        75,
                        "I much prefer long days - three 12.5s and I'm done for the week, more "
                        "time with my grandson.",
                    )
                ],
            ),
            staff(HOME_NURSE, "Dundee, UK")(
                "Fenwick Drummond-Hay",
                0,
                touches=[
                    emailed(
                        75,
                        "With my back I can't do 12.5 hour shifts any more. 7.5 hour earlies "
                        "or lates only, please.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Dundee, UK", "Long days: 3 x 12.5-hour shifts a week")),
    ),
    C(
        "wants off nights after nine years on the road, days-only post",
        "cs",
        [
            staff(PARAMEDIC, "Halifax, Canada")(
                "Mackenzie Strachan-Doiron",
                2,
                "Nine years of nights on the trucks - wants a days-only post before she burns out",
            ),
            staff(PARAMEDIC, "Halifax, Canada")(
                "Colby Arsenault",
                1,
                "Prefers nights: better differential and quieter roads",
            ),
        ],
        **role(
            PARAMEDIC_ROLE,
            onsite("Halifax, Canada", "Days only, Monday to Friday, no night shifts"),
            title="Community Paramedic (days)",
        ),
    ),
    C(
        "must finish by 3.15 for school pickup vs childminder does pickups",
        "cs",
        [
            staff(NURSERY_PRACT, "Northampton, UK")(
                "Leanne Throssell",
                0,
                touches=[texted(20, "i have to finish by 3.15 for school pick up every day sorry")],
            ),
            staff(NURSERY_PRACT, "Northampton, UK")(
                "Kerry-Anne Spratling",
                2,
                touches=[
                    texted(
                        20,
                        "hours r fine, my childminder does pick ups now so full days 8-6 ok",
                    )
                ],
            ),
        ],
        **role(NURSERY_ROLE, onsite("Northampton, UK", "Full days 8am-6pm, four days a week")),
    ),
    C(
        "won't work Sundays vs Saturdays out for Shabbat, Sundays fine",
        "cs",
        [
            staff(PHARMACIST, "Manchester, UK")(
                "Ebenezer Oyelaran",
                0,
                "Sundays are for church and family, he will not work them",
            ),
            staff(PHARMACIST, "Manchester, UK")(
                "Tovah Rosenzweig",
                2,
                "Keeps Shabbat so Saturdays are out, but Sundays are absolutely fine",
            ),
        ],
        **role(
            PHARMACIST_ROLE,
            onsite("Manchester, UK", "Monday to Thursday plus one Sunday in three, 10 till 4"),
        ),
    ),
]

# --- 4. travel: cars, mileage, farm calls, FIFO, cross-site ----------------------------------

TRAVEL = [
    C(
        "no licence, relies on buses vs own car, happy with rural runs",
        "cs",
        [
            staff(HOME_CARER, "Hereford, UK")(
                "Shannon Pettigrew",
                0,
                "No driving licence, gets the bus everywhere",
            ),
            staff(HOME_CARER, "Hereford, UK")(
                "Rosalind Wigmore",
                2,
                "Has her own car and is happy doing the rural runs if mileage is paid",
            ),
        ],
        **role(
            HOMECARE_ROLE,
            onsite(
                "Hereford, UK",
                "Rural runs around Leominster and Kington - car and licence essential",
                "45p a mile between calls",
            ),
        ),
    ),
    C(
        "80 km a day is fine with civil service mileage vs wants a single site",
        "cs",
        [
            staff(PHYSIO, "Cork, Ireland")(
                "Caoimhe Ó Súilleabháin",
                2,
                touches=[
                    rang(
                        55,
                        "Caoimhe doesn't mind 80km a day round West Cork once mileage is paid "
                        "at civil service rates. Has a car.",
                    )
                ],
            ),
            staff(PHYSIO, "Cork, Ireland")(
                "Fiachra Buckley-Twomey",
                0,
                touches=[
                    rang(
                        55,
                        "Fiachra wants a single-site job now after three years driving a "
                        "community caseload - no more home visits.",
                    )
                ],
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Clonakilty, Ireland", "Community caseload across West Cork, car required"),
            title="Senior Physiotherapist, Community (HSE South)",
        ),
    ),
    C(
        "hates farm calls in the ute vs misses the farm work",
        "cs",
        [
            staff(VET, "Hamilton, New Zealand")(
                "Saskia Verhoeven-Tait",
                0,
                "Hates farm calls in the ute - small animal only from now on",
            ),
            staff(VET, "Hamilton, New Zealand")(
                "Hamish Rutherfurd",
                2,
                "Misses getting out on farm in the Waikato, wants mixed practice again",
            ),
        ],
        **role(
            VET_ROLE,
            onsite(
                "Hamilton, New Zealand",
                "Mixed practice: dairy farm visits in the Waikato, practice ute provided",
            ),
            title="Mixed Practice Veterinarian",
        ),
    ),
    C(
        "won't do FIFO with small kids vs two on, two off suits",
        "cs",
        [
            staff(SOCIAL_WORKER, "Broome, Australia")(
                "Jacinta Pemberton-Lowe",
                0,
                touches=[
                    inmail(
                        65,
                        "Not doing FIFO while the kids are this small, sorry. Broome-based only.",
                    )
                ],
            ),
            staff(SOCIAL_WORKER, "Broome, Australia")(
                "Tarquin Oakeshott",
                2,
                touches=[
                    inmail(
                        65,
                        "FIFO suits me down to the ground - two weeks on, two off is how I like "
                        "to work.",
                    )
                ],
            ),
        ],
        **role(
            SW_ROLE,
            onsite(
                "Broome, Australia",
                "Fly-in fly-out to remote Kimberley communities, two weeks on, two off",
            ),
            title="Remote Area Social Worker",
        ),
    ),
    C(
        "cross-site rotation is fine vs one hospital only",
        "cs",
        [
            staff(RADIOGRAPHER, "Stockport, UK")(
                "Benedikt Aschenbrenner",
                2,
                "Cross-site rotation is fine, he drives and likes the variety",
            ),
            staff(RADIOGRAPHER, "Stockport, UK")(
                "Lavinia Sowerbutts",
                0,
                "Will not rotate across sites - one hospital, one car park, one team",
            ),
        ],
        **role(
            RADIOGRAPHER_ROLE,
            onsite("Stockport, UK", "Rotates across three hospital sites in the trust"),
        ),
    ),
]

# --- 5. visa and registration -----------------------------------------------------------------

NO_SPONSOR = "We cannot offer visa sponsorship for this post"

VISA = [
    C(
        "needs a new CoS vs has ILR, no sponsorship offered",
        "cs",
        [
            staff(HOME_NURSE, "Luton, UK")(
                "Binoy Puthenpurakal",
                0,
                "On a Health and Care Worker visa tied to his current home - would need a new "
                "CoS to move",
            ),
            staff(HOME_NURSE, "Luton, UK")(
                "Reshma Kalathiparambil",
                2,
                "Got ILR in March, no sponsorship needed any more",
            ),
        ],
        **role(NURSE_ROLE, onsite("Luton, UK", NO_SPONSOR)),
    ),
    C(
        "a husband's visa that is not hers vs her own visa tied to her employer",
        "cs",
        [
            staff(HOME_NURSE, "Slough, UK")(
                "Gracelyn Abellera",
                2,
                touches=[
                    rang(
                        50,
                        "Her husband is the one on the Health and Care Worker visa - she's a "
                        "British citizen, so no sponsorship needed for her.",
                    )
                ],
            ),
            staff(HOME_NURSE, "Slough, UK")(
                "Marites Bulaong",
                0,
                touches=[
                    rang(
                        50,
                        "She's on her own Health and Care Worker visa with her current home, "
                        "so she'd need us to issue a new CoS.",
                    )
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Slough, UK", NO_SPONSOR)),
    ),
    C(
        "coming from Manila on a Critical Skills permit vs staying in the UK",
        "cs",
        [
            staff(HOME_NURSE, "Manila, Philippines")(
                "Jonalyn Evangelista",
                2,
                "NMBI decision letter came through - ready to come to Ireland on a Critical "
                "Skills permit",
            ),
            staff(HOME_NURSE, "Manila, Philippines")(
                "Rowena Pangilinan-Basco",
                0,
                "Only wants the UK - her sister is in Leicester, Ireland is not on her list",
            ),
        ],
        **role(
            NURSE_ROLE,
            onsite(
                "Dublin, Ireland",
                "Critical Skills Employment Permit supported",
                "Relocation package and four weeks' accommodation",
            ),
        ),
    ),
    C(
        "wants a sponsored 482 to reach Australia vs on a three-month working holiday",
        "cs",
        [
            staff(RVN, "Kalgoorlie, Australia")(
                "Imogen Tallowin",
                2,
                "Wants an employer-sponsored 482 to stay in Australia long term",
            ),
            staff(RVN, "Kalgoorlie, Australia")(
                "Poppy Featherby",
                0,
                "On a working holiday visa, wants three months' work max before heading to Bali",
            ),
        ],
        **role(
            RVN_ROLE,
            onsite("Kalgoorlie, Australia", "Permanent full-time, 482 sponsorship available"),
        ),
    ),
    C(
        "a post-graduation permit running out vs permanent residence since July",
        "cs",
        [
            staff(SOCIAL_WORKER, "Calgary, Canada")(
                "Adebola Ogunwale-Price",
                0,
                touches=[
                    emailed(
                        45,
                        "My PGWP expires in January so I would need an employer to support an "
                        "LMIA to keep working.",
                    )
                ],
            ),
            staff(SOCIAL_WORKER, "Calgary, Canada")(
                "Temitope Ashdown",
                2,
                touches=[
                    emailed(
                        45,
                        "Good news - I got my PR in July, so no work permit or LMIA needed.",
                    )
                ],
            ),
        ],
        **role(
            SW_ROLE,
            onsite("Calgary, Canada", "We are unable to support LMIA or work permits"),
        ),
    ),
    C(
        "Taglish: on a dependant visa, no sponsor needed vs needs a sponsor from March",
        "cs",
        [
            staff(SENIOR_CARER, "Crawley, UK")(
                "Lovely Dumaguing",
                2,
                touches=[
                    texted(
                        30,
                        "Naka-dependant visa po ako sa asawa ko, so pwede po ako mag-work kahit "
                        "saan, no need ng sponsor.",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Crawley, UK")(
                "Mylene Cacayorin",
                0,
                touches=[
                    texted(
                        30,
                        "Kailangan ko po ng sponsor, mag-eexpire na po yung visa ko sa March.",
                    )
                ],
            ),
        ],
        **role(CARER_ROLE, onsite("Crawley, UK", NO_SPONSOR)),
    ),
]

# --- 6. contract and hours -------------------------------------------------------------------

CONTRACT = [
    C(
        "sick of zero-hours vs likes zero-hours around uni, guaranteed contract",
        "cs",
        [
            staff(HOME_CARER, "Coventry, UK")(
                "Tiegan Houlbrook",
                2,
                "Sick of zero-hours - wants guaranteed hours so she can get a mortgage",
            ),
            staff(HOME_CARER, "Coventry, UK")(
                "Jaydon Mellish",
                0,
                "Likes zero-hours: picks his calls around his nursing degree timetable",
            ),
        ],
        **role(HOMECARE_ROLE, onsite("Coventry, UK", "Guaranteed 37.5 hours, permanent")),
    ),
    C(
        "22.5 hours max vs needs full-time for the mortgage, 0.6 FTE post",
        "cs",
        [
            staff(OT, "Bath, UK")(
                "Araminta Coldicott",
                2,
                touches=[
                    emailed(
                        60,
                        "I'm looking for 22.5 hours max so I can do the nursery drop-offs - "
                        "three days would be ideal.",
                    )
                ],
            ),
            staff(OT, "Bath, UK")(
                "Jessamy Brocklehurst",
                0,
                touches=[
                    emailed(
                        60,
                        "I need a full-time 37.5 hour post - we've just remortgaged and part-time "
                        "won't cover it.",
                    )
                ],
            ),
        ],
        **role(OT_ROLE, onsite("Bath, UK", "0.6 FTE (22.5 hours), three days a week")),
    ),
    C(
        "bank only for flexibility vs fed up of bank, wants substantive",
        "cs",
        [
            staff(RADIOGRAPHER, "Nottingham, UK")(
                "Sebastiano Carrick",
                2,
                "Bank only - no substantive contract, he keeps his flexibility for his band",
            ),
            staff(RADIOGRAPHER, "Nottingham, UK")(
                "Oluwakemi Harcourt",
                0,
                "Fed up of bank shifts, wants a substantive post with sick pay and a pension",
            ),
        ],
        **role(
            RADIOGRAPHER_ROLE,
            onsite("Nottingham, UK", "NHS bank: pick your own shifts, no fixed hours"),
            title="Bank Diagnostic Radiographer",
        ),
    ),
    C(
        "won't do fixed-term again vs a year's mat cover suits before emigrating",
        "cs",
        [
            staff(PHYSIO, "Brighton, UK")(
                "Marguerite Fennimore",
                0,
                touches=[
                    rang(
                        70,
                        "Perm only - got burnt on a fixed-term contract that wasn't renewed. "
                        "Won't do another.",
                    )
                ],
            ),
            staff(PHYSIO, "Brighton, UK")(
                "Linnea Stockdale",
                2,
                touches=[
                    rang(
                        70,
                        "A 12-month mat cover would suit her well - they're emigrating to "
                        "Canada in early 2028 anyway.",
                    )
                ],
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Brighton, UK", "12-month fixed-term maternity cover"),
            title="Band 6 Physiotherapist (12-month maternity cover)",
        ),
    ),
    C(
        "locum only for the day rate vs done with locuming, wants a practice",
        "cs",
        [
            staff(VET, "Norwich, UK")(
                "Aurelio Bancroft",
                0,
                "Locum only - loves the day rate and picking his weeks",
            ),
            staff(VET, "Norwich, UK")(
                "Henrietta Gosling",
                2,
                "Done with locuming, wants to settle in one practice and have a team",
            ),
        ],
        **role(VET_ROLE, onsite("Norwich, UK", "Permanent, full-time, salaried")),
    ),
    C(
        "term-time only would be perfect vs needs 52 weeks' pay",
        "cs",
        [
            staff(NURSERY_PRACT, "Swansea, UK")(
                "Bethan Cadwallader",
                2,
                touches=[
                    texted(
                        25,
                        "term time only would be perfect, my two are in school so holidays "
                        "are a nightmare",
                    )
                ],
            ),
            staff(NURSERY_PRACT, "Swansea, UK")(
                "Carys Penhallow",
                0,
                touches=[
                    texted(
                        25,
                        "i need paying 52 wks a year, cant afford unpaid school holidays",
                    )
                ],
            ),
        ],
        **role(
            NURSERY_ROLE,
            onsite("Swansea, UK", "Term-time only, 39 weeks a year, paid pro rata"),
            title="Nursery Practitioner (term time)",
        ),
    ),
]

# --- 7. commute ------------------------------------------------------------------------------

COMMUTE = [
    C(
        "the A30 to Truro is fine vs fifteen minutes max for nursery pickups",
        "cs",
        [
            staff(DENTAL_NURSE, "Penzance, UK")(
                "Demelza Trewhella",
                2,
                "Will do the A30 up to Truro, 40 minutes each way is no problem",
            ),
            staff(DENTAL_NURSE, "Penzance, UK")(
                "Loveday Pascoe",
                0,
                "Won't travel more than 15 minutes to work - nursery pickups in Penzance",
            ),
        ],
        **role(DENTAL_ROLE, onsite("Truro, UK")),
    ),
    C(
        "two buses from Swords to Tallaght vs has a car now, M50 no problem",
        "cs",
        [
            staff(HOME_NURSE, "Swords, Ireland")(
                "Sadhbh Kavanagh-Reddin",
                0,
                touches=[
                    texted(
                        35,
                        "two buses from Swords to Tallaght would kill me. northside only pls",
                    )
                ],
            ),
            staff(HOME_NURSE, "Swords, Ireland")(
                "Tadhg Ó Floinn",
                2,
                touches=[texted(35, "got the car sorted so M50 to Tallaght is grand now")],
            ),
        ],
        **role(NURSE_ROLE, onsite("Tallaght, Dublin, Ireland")),
    ),
    C(
        "won't sit in harbour bridge traffic vs ferry from Devonport is easy",
        "cs",
        [
            staff(RVN, "Ponsonby, Auckland, New Zealand")(
                "Mereana Wihongi",
                0,
                "Won't sit in harbour bridge traffic every day, central suburbs only",
            ),
            staff(RVN, "Devonport, Auckland, New Zealand")(
                "Finnian Trousdell",
                2,
                "Lives in Devonport, a short ferry or drive to anywhere on the North Shore",
            ),
        ],
        **role(RVN_ROLE, onsite("Takapuna, North Shore, Auckland, New Zealand")),
    ),
    C(
        "GO train from Hamilton is fine vs two hours on the TTC is a no",
        "cs",
        [
            staff(PHARMACIST, "Hamilton, Ontario, Canada")(
                "Priyanka Raghunathan",
                2,
                touches=[
                    inmail(
                        40,
                        "The GO train from Hamilton to Mississauga is easy for me, happy to "
                        "commute.",
                    )
                ],
            ),
            staff(PHARMACIST, "Scarborough, Ontario, Canada")(
                "Dhruvika Anantharaman",
                0,
                touches=[
                    inmail(
                        40,
                        "I don't drive and Mississauga from Scarborough is two hours on the TTC "
                        "each way - that's a no.",
                    )
                ],
            ),
        ],
        **role(PHARMACIST_ROLE, onsite("Mississauga, Ontario, Canada")),
    ),
    C(
        "left over a £9-a-day parking charge, this post has free parking",
        "cs",
        [
            staff(OT, "Oxford, UK")(
                "Cosmo Pettifer",
                2,
                "Left his last trust because staff parking was £9 a day - free parking would "
                "swing it",
            ),
            staff(OT, "Oxford, UK")("Hermione Lethbridge", 1),
        ],
        **role(OT_ROLE, onsite("Oxford, UK", "Free on-site staff parking")),
    ),
]

# --- 8. pay against the band or rate -------------------------------------------------------

BAND6 = dict(salary_min=38_682, salary_max=46_580, currency="GBP")

PAY = [
    C(
        "asks £42k inside Band 6 vs won't look under £50k",
        "cs",
        [
            staff(PHYSIO, "Leeds, UK")(
                "Rosamund Hepplewhite",
                2,
                touches=[rang(50, "cand asking c.£42k, mid Band 6 fine, wants better CPD")],
            ),
            staff(PHYSIO, "Leeds, UK")(
                "Barnabas Coultard",
                0,
                touches=[rang(50, "cand won't look at anything under £50k basic. Firm.")],
            ),
        ],
        **role(PHYSIO_ROLE, onsite("Leeds, UK", "Agenda for Change Band 6"), **BAND6),
    ),
    C(
        "locum floor of £500 a day vs £650 a day minimum, £550 offered",
        "cs",
        [
            staff(VET, "Guildford, UK")(
                "Ptarmigan Ellsworth",
                2,
                "Locum floor is £500 a day, more for OOH",
            ),
            staff(VET, "Guildford, UK")(
                "Drusilla Vanstone",
                0,
                "Won't get out of bed for less than £650 a day locum",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("Guildford, UK", "Locum, £550 a day, 12-week booking"),
            title="Locum Small Animal Vet",
        ),
    ),
    C(
        "looking for £12.60 an hour vs won't leave for under £14",
        "cs",
        [
            staff(SENIOR_CARER, "Blackpool, UK")(
                "Kayleigh Entwistle",
                2,
                touches=[
                    texted(
                        45,
                        "on £12.21 now, if its £12.60 or more and days im in",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Blackpool, UK")(
                "Dwayne Holroyd-Nutt",
                0,
                touches=[texted(45, "not leaving for under £14 an hour mate, simple as")],
            ),
        ],
        **role(
            CARER_ROLE,
            onsite("Blackpool, UK", "£12.90 an hour, £1.50 an hour night enhancement"),
        ),
    ),
    C(
        "asks 110k plus super vs wants a 135k package, 115k offered",
        "cs",
        [
            staff(PHARMACIST, "Adelaide, Australia")(
                "Yindi Cartwright-Bolte",
                2,
                "Asking AUD 110k plus super for a full-time store role",
            ),
            staff(PHARMACIST, "Adelaide, Australia")(
                "Sienna Trevaskis",
                0,
                "Wants a 135k package at minimum before she'll move",
            ),
        ],
        **role(
            PHARMACIST_ROLE,
            onsite("Adelaide, Australia", "AUD 115,000 plus 12% superannuation"),
            salary_min=115_000,
            salary_max=115_000,
            currency="AUD",
        ),
    ),
    C(
        "on £47k in private but happy with £41k for the NHS pension vs on £38k, wants £48k",
        "cs",
        [
            staff(OT, "Birmingham, UK")(
                "Ignatius Walmsley",
                2,
                touches=[
                    emailed(
                        80,
                        "I'm on £47k at the private clinic but I'd happily take about £41k to "
                        "get back into the NHS pension.",
                    )
                ],
            ),
            staff(OT, "Birmingham, UK")(
                "Perdita Holdsworth",
                0,
                touches=[
                    emailed(
                        80,
                        "I'm on £38k now and wouldn't move for less than £48k basic.",
                    )
                ],
            ),
        ],
        **role(OT_ROLE, onsite("Birmingham, UK", "Agenda for Change Band 6"), **BAND6),
    ),
    C(
        "HSE senior scale: looking for €65k vs won't move under €80k",
        "cs",
        [
            staff(PHYSIO, "Sligo, Ireland")(
                "Clodagh Mac Fhionnlaoich",
                2,
                "Looking for around €65k, would go to the HSE for the security",
            ),
            staff(PHYSIO, "Sligo, Ireland")(
                "Donncha Prendiville",
                0,
                "Won't move under €80k - private practice pays him that already",
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Sligo, Ireland", "HSE Senior Physiotherapist scale"),
            title="Senior Physiotherapist (HSE)",
            salary_min=60_000,
            salary_max=72_000,
            currency="EUR",
        ),
    ),
    C(
        "asks 90k Canadian vs 110k minimum",
        "cs",
        [
            staff(SOCIAL_WORKER, "Victoria, Canada")(
                "Marguerite Tremblay-Oakes",
                2,
                touches=[rang(30, "Cand asking $90k CAD, flexible for the right team")],
            ),
            staff(SOCIAL_WORKER, "Victoria, Canada")(
                "Rainier Bouchard-Lisle",
                0,
                touches=[rang(30, "Cand wants $110k CAD min. Says health authority pays that.")],
            ),
        ],
        **role(
            SW_ROLE,
            onsite("Victoria, Canada"),
            salary_min=85_000,
            salary_max=98_000,
            currency="CAD",
        ),
    ),
]

# --- 9. last time's reason, resolved by this role --------------------------------------------

RESOLVED = [
    C(
        "declined over the 1-in-2 night rota; this post is days only",
        "cs",
        [
            staff(HOME_NURSE, "Chester, UK")(
                "Aloysius Farrimond",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Couldn't do the 1 in 2 nights rota at Beechwood - kids",
                    )
                ],
            ),
            staff(HOME_NURSE, "Chester, UK")("Winifred Cholmondeley", 1),
        ],
        **role(NURSE_ROLE, onsite("Chester, UK", "Days only, no nights")),
    ),
    C(
        "withdrew because we couldn't sponsor; this home sponsors",
        "cs",
        [
            staff(SENIOR_CARER, "Kettering, UK")(
                "Arvind Kunnumpurath",
                2,
                apps=[
                    withdrew(
                        300,
                        "other",
                        "Home couldn't issue a CoS, cand needed sponsorship",
                        job="Senior Care Assistant",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Kettering, UK")("Aneesh Mundackal", 1),
        ],
        **role(
            CARER_ROLE,
            onsite("Kettering, UK", "Health and Care Worker visa sponsorship available"),
        ),
    ),
    C(
        "turned down £12.40 an hour for £14; this post pays £14.20",
        "cs",
        [
            staff(HOME_CARER, "Harrogate, UK")(
                "Gaynor Sidebottom",
                2,
                apps=[
                    declined(
                        200,
                        "compensation",
                        "Offered £12.40/hr, she wanted £14 - walked",
                        job="Home Care Worker",
                    )
                ],
            ),
            staff(HOME_CARER, "Harrogate, UK")("Bernadette Lumb", 1),
        ],
        **role(HOMECARE_ROLE, onsite("Harrogate, UK", "£14.20 an hour plus 45p a mile")),
    ),
    C(
        "declined over OOH; this practice outsources its out-of-hours",
        "cs",
        [
            staff(VET, "Cheltenham, UK")(
                "Peregrine Wolstenholme",
                2,
                apps=[
                    declined(
                        320,
                        "other",
                        "Turned us down - 1:3 OOH rota was a deal breaker",
                        job="Small Animal Vet",
                    )
                ],
            ),
            staff(VET, "Cheltenham, UK")("Cressida Pennington", 1),
        ],
        **role(
            VET_ROLE,
            onsite("Cheltenham, UK", "No OOH: out-of-hours covered by a dedicated provider"),
        ),
    ),
    C(
        "withdrew needing term-time hours; this post is term-time only",
        "cs",
        [
            staff(NURSERY_PRACT, "Derby, UK")(
                "Tamsyn Gorringe",
                2,
                apps=[
                    withdrew(
                        240,
                        "timing",
                        "Pulled out - needs term time only, we're 51 weeks",
                        job="Nursery Practitioner",
                    )
                ],
            ),
            staff(NURSERY_PRACT, "Derby, UK")("Sharon Bagnall", 1),
        ],
        **role(NURSERY_ROLE, onsite("Derby, UK", "Term-time only, 39 weeks")),
    ),
    C(
        "declined for the lack of parking at the old site; this clinic is by her house",
        "cs",
        [
            staff(DENTAL_NURSE, "Edinburgh, UK")(
                "Iona Fairbairn",
                2,
                apps=[
                    declined(
                        280,
                        "location",
                        "No parking at the Leith surgery, two buses from Corstorphine - said no",
                        past=dict(remote_policy="onsite", location="Leith, Edinburgh, UK"),
                        job="Dental Nurse",
                    )
                ],
                location="Corstorphine, Edinburgh, UK",
            ),
            staff(DENTAL_NURSE, "Edinburgh, UK")(
                "Morag Sinclair-Dow", 1, location="Corstorphine, Edinburgh, UK"
            ),
        ],
        **role(
            DENTAL_ROLE,
            onsite("Corstorphine, Edinburgh, UK", "Free parking behind the practice"),
        ),
    ),
]

# --- 10. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against nights' vs 'not doing nights', nights post",
        "cs",
        [
            staff(SENIOR_CARER, "Sunderland, UK")(
                "Jodie-Leigh Fenwick",
                2,
                touches=[rang(30, "not against nights at all, did 4 yrs of them at Elmcroft")],
            ),
            staff(SENIOR_CARER, "Sunderland, UK")(
                "Shauna Gowland",
                0,
                touches=[rang(30, "not doing nights, end of. days only")],
            ),
        ],
        **role(CARER_ROLE, onsite("Sunderland, UK", "Night senior carer, 4 nights on 4 off")),
    ),
    C(
        "never had a problem with lone working vs never again after an assault",
        "cs",
        [
            staff(HOME_CARER, "Aberdeen, UK")(
                "Kirsteen Urquhart",
                2,
                "Never had a problem with lone working, likes being her own boss on the run",
            ),
            staff(HOME_CARER, "Aberdeen, UK")(
                "Lorna Baikie",
                0,
                "Never again lone working - was assaulted on a late call last year",
            ),
        ],
        **role(HOMECARE_ROLE, onsite("Aberdeen, UK", "Lone visits, evening calls until 10pm")),
    ),
    C(
        "the pay wasn't the problem, the hoists were vs the hoists weren't, the pay was",
        "cs",
        [
            staff(SENIOR_CARER, "Hull, UK")(
                "Mavis Ackerley",
                2,
                apps=[
                    withdrew(
                        210,
                        "other",
                        "Pay wasn't the problem - no ceiling hoists on the unit and her back "
                        "couldn't take the manual handling",
                        job="Senior Care Assistant",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Hull, UK")(
                "Glenys Ramsbottom",
                0,
                apps=[
                    withdrew(
                        210,
                        "compensation",
                        "The hoists weren't the problem - £11.90 an hour was, she wants £13.50",
                        job="Senior Care Assistant",
                    )
                ],
            ),
        ],
        **role(
            CARER_ROLE,
            onsite("Hull, UK", "Ceiling track hoists in every room", "£12 an hour"),
        ),
    ),
    C(
        "no objection to weekends vs objects to weekends",
        "cs",
        [
            staff(RVN, "Belfast, UK")(
                "Niamh McIlwaine",
                2,
                touches=[emailed(55, "I've no objection to weekends, one in three is fair.")],
            ),
            staff(RVN, "Belfast, UK")(
                "Roisin Magennis",
                0,
                touches=[
                    emailed(
                        55,
                        "I'd object to any weekend working now, I've had enough of them.",
                    )
                ],
            ),
        ],
        **role(RVN_ROLE, onsite("Belfast, UK", "One weekend in three")),
    ),
    C(
        "not only NHS, private's fine vs NHS only, private post",
        "cs",
        [
            staff(PHYSIO, "Harrogate, UK")(
                "Ambrose Tindall",
                2,
                "Not only NHS - private's fine too if the caseload is sensible",
            ),
            staff(PHYSIO, "Harrogate, UK")(
                "Verity Oglethorpe",
                0,
                "NHS only, she won't work in private practice",
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Harrogate, UK", "Private MSK clinic, no NHS contracts"),
            title="MSK Physiotherapist, Private Clinic",
        ),
    ),
    C(
        "'I don't mind driving, it was the 25p' vs 'I do mind the driving'",
        "cs",
        [
            staff(HOME_CARER, "Taunton, UK")(
                "Nerys Pocklington",
                2,
                touches=[
                    texted(
                        40,
                        "i dont mind the driving, it was the 25p a mile that i minded at the "
                        "last place",
                    )
                ],
            ),
            staff(HOME_CARER, "Taunton, UK")(
                "Gillian Trowbridge",
                0,
                touches=[
                    texted(
                        40,
                        "i do mind the driving to be honest, 100 miles a day was too much",
                    )
                ],
            ),
        ],
        **role(
            HOMECARE_ROLE,
            onsite("Taunton, UK", "Driving between clients across Somerset", "45p a mile"),
        ),
    ),
    C(
        "never said no to on-call, just not more than 1 in 4 vs no on-call at all",
        "cs",
        [
            staff(RADIOGRAPHER, "Carlisle, UK")(
                "Euan Threlfall",
                2,
                "Never said no to on-call, just not more than 1 in 4",
            ),
            staff(RADIOGRAPHER, "Carlisle, UK")(
                "Ailsa Brumfitt",
                0,
                "No on-call at all any more, his health comes first",
            ),
        ],
        **role(RADIOGRAPHER_ROLE, onsite("Carlisle, UK", "On-call 1 in 6 weekends")),
    ),
]

# --- 11. work mode ---------------------------------------------------------------------------

WORK_MODE = [
    C(
        "wants home-based after ten years on a counter, policy says remote",
        "cs",
        [
            staff(PHARMACIST, "Wigan, UK")(
                "Thaddeus Brierley",
                2,
                "After ten years on a counter he wants a home-based clinical role",
            ),
            staff(PHARMACIST, "Wigan, UK")(
                "Priscilla Unsworth",
                0,
                "Needs to be patient-facing, can't stand a screen all day",
            ),
        ],
        **role(
            PHARMACIST_ROLE,
            dict(remote_policy="remote", location="Remote (UK)"),
            title="Clinical Screening Pharmacist, Online Pharmacy",
            description="Clinically screen online prescriptions.",
        ),
    ),
    C(
        "wants fully remote vs hybrid fine, three days in said in the description",
        "cs",
        [
            staff(SOCIAL_WORKER, "Nottingham, UK")(
                "Hyacinth Oduya",
                0,
                touches=[inmail(50, "Only looking at fully remote work now, no office days.")],
            ),
            staff(SOCIAL_WORKER, "Nottingham, UK")(
                "Cuthbert Meakin",
                2,
                touches=[
                    inmail(
                        50,
                        "Hybrid is fine - I like seeing the team a few days a week.",
                    )
                ],
            ),
        ],
        **role(
            SW_ROLE,
            dict(location="Nottingham, UK"),
            description="Adult services locality team: three days a week at County Hall, "
            "home visits across the county, the rest from home.",
        ),
    ),
    C(
        "home working after a back injury vs wants to stay on the road, remote in the title",
        "cs",
        [
            staff(PARAMEDIC, "Worcester, UK")(
                "Gideon Ashworth-Platt",
                2,
                "Back injury lifting a patient - needs a home-working clinical role now",
            ),
            staff(PARAMEDIC, "Worcester, UK")(
                "Kimberley Sockett",
                0,
                "Wants to stay on the road, no desk or phone jobs",
            ),
        ],
        **role(
            PARAMEDIC_ROLE,
            dict(location="Worcester, UK"),
            title="Remote Clinical Advisor, NHS 111 (home-based)",
            requirements="Paramedic registration\nTelephone triage",
        ),
    ),
    C(
        "only tele-triage from home now vs misses the hands-on work",
        "cs",
        [
            staff(RVN, "Ipswich, UK")(
                "Fleur Haddington",
                0,
                "Only remote tele-triage work from home now",
            ),
            staff(RVN, "Ipswich, UK")(
                "Jemima Brightwell",
                2,
                "Misses hands-on theatre and inpatient work after a year on the phones",
            ),
        ],
        **role(RVN_ROLE, onsite("Ipswich, UK", "On-site, theatre and wards")),
    ),
]

# --- 12. location and relocation -------------------------------------------------------------

LOCATIONS = [
    C(
        "emigrating to Perth in spring vs Melbourne or Sydney only",
        "cs",
        [
            staff(HOME_NURSE, "Manchester, UK")(
                "Siobhan Leatherbarrow",
                2,
                "Emigrating to Perth in the spring - partner's got a mining job there",
            ),
            staff(HOME_NURSE, "Manchester, UK")(
                "Ashleigh Cropper",
                0,
                "Australia yes but Melbourne or Sydney only, not WA",
            ),
        ],
        **role(
            NURSE_ROLE,
            onsite("Perth, Australia", "Relocation package up to AUD 10,000"),
            title="Registered Nurse, Aged Care",
        ),
    ),
    C(
        "going home to Cork to be near her mam vs Dublin only",
        "cs",
        [
            staff(OT, "Dublin, Ireland")(
                "Eimear Ní Riordáin",
                2,
                touches=[
                    rang(
                        60,
                        "Eimear wants to go home to Cork to be near her mam, who isn't well.",
                    )
                ],
            ),
            staff(OT, "Dublin, Ireland")(
                "Grainne Furlong-Maher",
                0,
                touches=[rang(60, "Grainne - Dublin only, partner's job is in the city.")],
            ),
        ],
        **role(OT_ROLE, onsite("Cork, Ireland"), title="Occupational Therapist (CORU)"),
    ),
    C(
        "wants island life vs city only, a practice on Skye",
        "cs",
        [
            staff(VET, "Glasgow, UK")(
                "Torquil MacInnes",
                2,
                "Wants island life, a small rural practice on the west coast",
            ),
            staff(VET, "Glasgow, UK")(
                "Seonaid Buchanan-Reid",
                0,
                "City only - her partner's a consultant at the QEUH",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("Portree, Isle of Skye, UK", "Cottage provided for the first year"),
        ),
    ),
    C(
        "a husband's posting she isn't following vs moving with his job",
        "cs",
        [
            staff(SOCIAL_WORKER, "Leeds, UK")(
                "Philomena Attwater",
                0,
                touches=[
                    rang(
                        45,
                        "Her husband's been posted to Edinburgh - he's commuting weekly, she's "
                        "staying put in Leeds with the kids.",
                    )
                ],
            ),
            staff(SOCIAL_WORKER, "Leeds, UK")(
                "Honoria Blenkinsop",
                2,
                touches=[
                    rang(
                        45,
                        "Husband's job is moving to Edinburgh in January and the family is "
                        "going with him - she wants a post there.",
                    )
                ],
            ),
        ],
        **role(SW_ROLE, onsite("Edinburgh, UK")),
    ),
    C(
        "wants back to the Maritimes, Halifax post",
        "cs",
        [
            staff(OT, "Toronto, Canada")(
                "Genevieve LeBlanc-Muise",
                2,
                "Wants to move back to the Maritimes, family is in Dartmouth",
            ),
            staff(OT, "Toronto, Canada")("Desmond Okafor-Reilly", 1),
        ],
        **role(OT_ROLE, onsite("Halifax, Nova Scotia, Canada")),
    ),
    C(
        "won't go to the South Island vs loves Canterbury",
        "cs",
        [
            staff(PHYSIO, "Auckland, New Zealand")(
                "Tamati Rangihuna",
                0,
                "Won't go to the South Island, whānau are all in Auckland",
            ),
            staff(PHYSIO, "Auckland, New Zealand")(
                "Harriet Fitzherbert",
                2,
                "We love Canterbury - would move to Christchurch in a heartbeat",
            ),
        ],
        **role(PHYSIO_ROLE, onsite("Christchurch, New Zealand")),
    ),
]

# --- 13. clinical against management, step-ups and step-backs -------------------------------

LEVEL = [
    C(
        "wants to step up to deputy manager vs wants to stay on the floor",
        "cs",
        [
            staff(HOME_NURSE, "Telford, UK")(
                "Rosalyn Okwuosa",
                2,
                "Done her Level 5 in leadership - ready to step up to deputy or home manager",
            ),
            staff(HOME_NURSE, "Telford, UK")(
                "Beatrice Mallinson",
                0,
                "Wants to stay hands-on on the floor, no management, no rotas, no CQC meetings",
            ),
        ],
        **role(
            NURSE_ROLE,
            onsite("Telford, UK"),
            title="Deputy Home Manager (RGN)",
            seniority="manager",
            description="Deputy manager of a 64-bed nursing home: rotas, supervisions, audits.",
        ),
    ),
    C(
        "acting up and ready for Band 7 vs happy at Band 6, no team lead",
        "cs",
        [
            staff(PHYSIO, "Derby, UK")(
                "Alasdair Pennycook",
                2,
                touches=[rang(35, "Acting up to 7 since June, wants it substantive. Ready.")],
            ),
            staff(PHYSIO, "Derby, UK")(
                "Imelda Crossthwaite",
                0,
                touches=[
                    rang(
                        35,
                        "Happy at 6. Doesn't want to team-lead or manage anyone's caseload but "
                        "her own.",
                    )
                ],
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Derby, UK", "Agenda for Change Band 7"),
            title="Band 7 MSK Team Lead Physiotherapist",
            seniority="lead",
            description="Lead a team of eight MSK physiotherapists and their caseloads.",
        ),
    ),
    C(
        "stepping back to Band 5 after burnout vs won't go back to Band 5",
        "cs",
        [
            staff(RADIOGRAPHER, "Preston, UK")(
                "Clarissa Entwhistle",
                2,
                touches=[
                    emailed(
                        65,
                        "Honestly I'd love to step back to a Band 5 post. After leading CT "
                        "through covid I want to just scan patients and go home.",
                    )
                ],
            ),
            staff(RADIOGRAPHER, "Preston, UK")(
                "Montgomery Scholes",
                0,
                touches=[
                    emailed(
                        65,
                        "I'm not going back to Band 5 money or Band 5 work, 6 minimum.",
                    )
                ],
            ),
        ],
        **role(
            RADIOGRAPHER_ROLE,
            onsite("Preston, UK", "Agenda for Change Band 5"),
            title="Band 5 Rotational Radiographer",
            seniority="junior",
        ),
    ),
    C(
        "left a clinical director job for the admin, clinical-only post",
        "cs",
        [
            staff(VET, "York, UK")(
                "Lysander Pickersgill",
                2,
                "Left his clinical director job - too much admin. Wants to be a clinician "
                "again, nothing else",
            ),
            staff(VET, "York, UK")(
                "Annunziata Dobbie",
                0,
                "Wants the clinical director route next - managing the practice, not just "
                "consulting",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("York, UK", "Clinical only: no management or KPI responsibilities"),
        ),
    ),
    C(
        "wants to run a branch vs relief only, no staff to manage",
        "cs",
        [
            staff(PHARMACIST, "Bradford, UK")(
                "Zulekha Mahmood-Akhtar",
                2,
                "Wants to run her own branch - RP plus managing the team and the P&L",
            ),
            staff(PHARMACIST, "Bradford, UK")(
                "Faisal Hussain-Rooke",
                0,
                "Relief pharmacist only, he doesn't want to manage staff or targets",
            ),
        ],
        **role(
            PHARMACIST_ROLE,
            onsite("Bradford, UK"),
            title="Pharmacy Manager",
            seniority="manager",
            description="Run a branch: responsible pharmacist, team of six, targets.",
        ),
    ),
]

# --- 14. company stage and size --------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants a small family-run home after corporate, 32-bed family home",
        "cs",
        [
            staff(SENIOR_CARER, "Southport, UK")(
                "Edwina Hesketh",
                2,
                touches=[
                    texted(
                        40,
                        "want a small family run home now, sick of the corporate lot and their "
                        "area managers",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Southport, UK")(
                "Maureen Spendlove",
                1,
                touches=[texted(40, "prefer a big group, better for training and moving up")],
            ),
        ],
        **role(
            CARER_ROLE,
            onsite("Southport, UK", "Family-owned, one home, 32 beds"),
            description="Senior carer in a family-run 32-bed residential home.",
        ),
    ),
    C(
        "independent only vs wants a big group's CPD budget, corporate group",
        "cs",
        [
            staff(VET, "Reading, UK")(
                "Hildegard Tremayne",
                0,
                "Will not work for a corporate - independents only after her last practice "
                "was bought out",
            ),
            staff(VET, "Reading, UK")(
                "Oberon Castleford",
                2,
                "Wants the CPD budget and certificate support of a big group",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("Reading, UK", "Part of a 900-practice group, £2,000 CPD allowance"),
        ),
    ),
    C(
        "wants an established provider after an agency went bust vs likes a start",
        "cs",
        [
            staff(HOME_CARER, "Milton Keynes, UK")(
                "Dionne Ruddock",
                0,
                "Last agency went bust owing her three weeks' wages - established providers only",
            ),
            staff(HOME_CARER, "Milton Keynes, UK")(
                "Jermaine Whitlow",
                2,
                "Likes being in at the start of something, helped set up his last branch",
            ),
        ],
        **role(
            HOMECARE_ROLE,
            onsite("Milton Keynes, UK", "New branch, opened six months ago"),
        ),
    ),
    C(
        "wants a big teaching hospital vs small district general only",
        "cs",
        [
            staff(RADIOGRAPHER, "Newcastle upon Tyne, UK")(
                "Aurelia Stobbart",
                2,
                "Wants a big teaching hospital for the research and the trauma work",
            ),
            staff(RADIOGRAPHER, "Newcastle upon Tyne, UK")(
                "Cedric Wardle-Hogg",
                0,
                "Small district general only, he knows everyone there and likes it that way",
            ),
        ],
        **role(
            RADIOGRAPHER_ROLE,
            onsite("Newcastle upon Tyne, UK", "Major trauma centre, university teaching trust"),
        ),
    ),
]

# --- 15. mission and technology --------------------------------------------------------------

MISSION = [
    C(
        "drawn to end-of-life care vs end-of-life too heavy after covid, hospice post",
        "cs",
        [
            staff(HOME_NURSE, "Lincoln, UK")(
                "Theodora Quarmby",
                2,
                "Drawn to palliative and end-of-life care since her dad's hospice stay",
            ),
            staff(HOME_NURSE, "Lincoln, UK")(
                "Agatha Ridsdale",
                0,
                "Finds end-of-life work too heavy after covid - wants rehab or step-down",
            ),
        ],
        **role(
            NURSE_ROLE,
            onsite("Lincoln, UK"),
            title="Staff Nurse, Hospice Inpatient Unit",
            description="Nurse on a 12-bed hospice inpatient unit.",
        ),
    ),
    C(
        "wants supported living with learning disabilities vs older people only",
        "cs",
        [
            staff(SENIOR_CARER, "Ipswich, UK")(
                "Rowan Gathercole-Pike",
                2,
                touches=[
                    rang(
                        50,
                        "Wants to move into LD supported living - brother has Down's, it's "
                        "close to her heart.",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Ipswich, UK")(
                "Valerie Tunnicliffe",
                0,
                touches=[rang(50, "Older people only, dementia is her thing. Not LD.")],
            ),
        ],
        **role(
            CARER_ROLE,
            onsite("Ipswich, UK"),
            title="Senior Support Worker, Learning Disabilities",
            description="Supported living for adults with learning disabilities and autism.",
        ),
    ),
    C(
        "NHS dentistry only vs prefers private cosmetic, cosmetic clinic",
        "cs",
        [
            staff(DENTAL_NURSE, "Chelmsford, UK")(
                "Marigold Ashcroft",
                0,
                "Only NHS dentistry - believes in it, won't do cosmetic",
            ),
            staff(DENTAL_NURSE, "Chelmsford, UK")(
                "Saffron Delacourt",
                2,
                "Prefers private, loves the cosmetic and Invisalign side",
            ),
        ],
        **role(
            DENTAL_ROLE,
            onsite("Chelmsford, UK", "Private cosmetic clinic: whitening, veneers, aligners"),
        ),
    ),
    C(
        "wants charity work, not upselling, at an animal charity",
        "cs",
        [
            staff(VET, "Liverpool, UK")(
                "Barnaby Quested",
                2,
                "Wants charity work - sick of upselling insurance plans and wellness clubs",
            ),
            staff(VET, "Liverpool, UK")("Octavia Glanville", 1),
        ],
        **role(
            VET_ROLE,
            onsite("Liverpool, UK", "Animal charity hospital for owners on benefits"),
        ),
    ),
    C(
        "won't work in private healthcare vs wants sports physio, private clinic",
        "cs",
        [
            staff(PHYSIO, "Loughborough, UK")(
                "Gwendoline Ruddle",
                0,
                touches=[
                    emailed(
                        70,
                        "I won't work in private healthcare, it goes against why I came into "
                        "physio.",
                    )
                ],
            ),
            staff(PHYSIO, "Loughborough, UK")(
                "Kit Armitage-Lowe",
                2,
                touches=[
                    emailed(
                        70,
                        "Really want to get into sports physio - pitchside, return to play, "
                        "the lot.",
                    )
                ],
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Loughborough, UK", "Private sports injury clinic working with two clubs"),
            title="Sports Physiotherapist (private)",
        ),
    ),
]

TECH = [
    C(
        "wants MRI vs wants to stay in plain film, MRI post",
        "cs",
        [
            staff(RADIOGRAPHER, "Southampton, UK")(
                "Ysolde Farquharson",
                2,
                "Desperate to get into MRI, has done the MRI safety course",
            ),
            staff(RADIOGRAPHER, "Southampton, UK")(
                "Bartholomew Ince",
                0,
                "Wants to stay in plain film and theatres, no cross-sectional",
            ),
        ],
        **role(
            RADIOGRAPHER_ROLE,
            onsite("Southampton, UK", "MRI training provided"),
            title="MRI Radiographer (trainee welcome)",
        ),
    ),
    C(
        "hates paper care plans vs not good with tablets, digital care planning",
        "cs",
        [
            staff(SENIOR_CARER, "Worthing, UK")(
                "Kelis Ambersley",
                2,
                touches=[texted(30, "hate paper care plans, want somewhere digital like Nourish")],
            ),
            staff(SENIOR_CARER, "Worthing, UK")(
                "Doreen Pilbeam",
                0,
                touches=[
                    texted(30, "not good with tablets and apps, paper care plans suit me fine")
                ],
            ),
        ],
        **role(
            CARER_ROLE,
            onsite("Worthing, UK", "Fully digital care planning and eMAR on handsets"),
        ),
    ),
    C(
        "wants more orthopaedics vs medicine only, no surgery, referral-level surgery",
        "cs",
        [
            staff(VET, "Solihull, UK")(
                "Caspian Whitworth",
                2,
                "Wants to do more ortho - TPLOs, fracture repairs - with a mentor",
            ),
            staff(VET, "Solihull, UK")(
                "Ingrid Sandercock",
                0,
                "No surgery beyond spays - medicine and consults only",
            ),
        ],
        **role(
            VET_ROLE,
            onsite("Solihull, UK", "CT scanner and orthopaedic theatre, mentored ortho caseload"),
        ),
    ),
    C(
        "wants hydrotherapy vs can't go in the pool for his skin, hydro post",
        "cs",
        [
            staff(PHYSIO, "Bournemouth, UK")(
                "Marisa Fothergill",
                2,
                "Keen to do more hydrotherapy, trained in aquatic rehab",
            ),
            staff(PHYSIO, "Bournemouth, UK")(
                "Rupert Allingham",
                0,
                "Can't do hydro - his eczema flares with the chlorine",
            ),
        ],
        **role(
            PHYSIO_ROLE,
            onsite("Bournemouth, UK", "Half the caseload in the hydrotherapy pool"),
        ),
    ),
]

# --- 16. last time's reason still standing, and the history with us --------------------------

LAST_TIME = [
    C(
        "declined over weekends; this post is one weekend in two",
        "cs",
        [
            staff(RVN, "Exeter, UK")(
                "Hesper Tolchard",
                0,
                apps=[
                    declined(
                        150,
                        "other",
                        "Said no - 1 in 2 weekends, she wants them free",
                        job="Registered Veterinary Nurse",
                    )
                ],
            ),
            staff(RVN, "Exeter, UK")("Keziah Polglase", 2),
        ],
        **role(RVN_ROLE, onsite("Exeter, UK", "One weekend in two")),
    ),
    C(
        "two no-call no-shows on trial shifts vs a fair interview",
        "cs",
        [
            staff(SENIOR_CARER, "Rotherham, UK")(
                "Kasey Brammall",
                0,
                apps=[
                    turned_away(
                        120,
                        "no_show",
                        "No call no show x2 for trial shifts. Manager says don't send again.",
                        stage="screen",
                        job="Senior Care Assistant",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Rotherham, UK")(
                "Candice Oldroyd",
                2,
                apps=[lost_final(300, "Lovely on the floor, just pipped", job="Care Assistant")],
            ),
        ],
        **role(CARER_ROLE, onsite("Rotherham, UK")),
    ),
    C(
        "failed the drug calculation test last month vs passed",
        "cs",
        [
            staff(HOME_NURSE, "Colchester, UK")(
                "Ermintrude Soames",
                0,
                apps=[
                    turned_away(
                        35,
                        "skills_gap",
                        "Failed the drug calc test - 70%, pass is 100%",
                    )
                ],
            ),
            staff(HOME_NURSE, "Colchester, UK")(
                "Parminder Dhesi",
                2,
                apps=[lost_final(35, "Drug calcs 100%, lost on experience of syringe drivers")],
            ),
        ],
        **role(NURSE_ROLE, onsite("Colchester, UK")),
    ),
    C(
        "declined over lone working in the community; this post is lone working again",
        "cs",
        [
            staff(OT, "Lancaster, UK")(
                "Hortense Garstang",
                0,
                apps=[
                    declined(
                        180,
                        "other",
                        "Declined - wasn't comfortable lone working on home visits",
                        job="Community OT",
                    )
                ],
            ),
            staff(OT, "Lancaster, UK")("Ptolemea Redmayne", 2),
        ],
        **role(OT_ROLE, onsite("Lancaster, UK", "Lone home visits across the district")),
    ),
    C(
        "wouldn't relocate to Darwin; this post is in Darwin again",
        "cs",
        [
            staff(PARAMEDIC, "Adelaide, Australia")(
                "Jarrah Whitcombe-Nash",
                0,
                apps=[
                    withdrew(
                        140,
                        "location",
                        "Wouldn't relocate to Darwin - humidity and too far from family",
                        past=dict(remote_policy="onsite", location="Darwin, Australia"),
                        job="Paramedic",
                    )
                ],
            ),
            staff(PARAMEDIC, "Adelaide, Australia")(
                "Kobi Edgeworth", 2, "Up for a move anywhere in the Territory"
            ),
        ],
        **role(PARAMEDIC_ROLE, onsite("Darwin, Australia")),
    ),
]

# --- 17. the latest process and stage reached ------------------------------------------------

PROCESS = [
    C(
        "lost a final interview narrowly vs CV screened out",
        "cs",
        [
            staff(OT, "Plymouth, UK")(
                "Wenonah Tremlett",
                2,
                apps=[lost_final(150, "Panel split 2-1, strong on discharge planning")],
            ),
            staff(OT, "Plymouth, UK")(
                "Augustin Pellow",
                1,
                apps=[
                    turned_away(
                        150,
                        "other_candidate",
                        "CV not taken forward - more experienced applicants",
                        stage="applied",
                    )
                ],
            ),
        ],
        **role(OT_ROLE, onsite("Plymouth, UK")),
    ),
    C(
        "placed by us eight weeks ago vs lost a final",
        "cs",
        [
            staff(HOME_NURSE, "Gloucester, UK")(
                "Philippine Ogilvy",
                0,
                apps=[app(56, "offer", "hired", None, "Started at Severn View 28/09")],
            ),
            staff(HOME_NURSE, "Gloucester, UK")(
                "Marcella Bythesea",
                2,
                apps=[lost_final(120, "Runner-up for Severn View, would hire in a heartbeat")],
            ),
        ],
        **role(NURSE_ROLE, onsite("Gloucester, UK")),
    ),
    C(
        "took a counter-offer three weeks ago vs lost a final",
        "cs",
        [
            staff(PHARMACIST, "Cambridge, UK")(
                "Sundeep Athwal",
                0,
                apps=[
                    declined(
                        21,
                        "counteroffer",
                        "Took the counter - his branch matched and added a 2nd pharmacist day",
                        job="Pharmacist",
                    )
                ],
            ),
            staff(PHARMACIST, "Cambridge, UK")(
                "Nimisha Kotecha",
                2,
                apps=[
                    lost_final(130, "Close second, very good on Pharmacy First", job="Pharmacist")
                ],
            ),
        ],
        **role(PHARMACIST_ROLE, onsite("Cambridge, UK")),
    ),
    C(
        "offer pulled by the home's funding freeze vs a no-show at interview",
        "cs",
        [
            staff(SENIOR_CARER, "Bedford, UK")(
                "Shireen Abernethy",
                2,
                apps=[
                    app(
                        180,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer withdrawn by the home - council funding freeze, not her",
                        role="Senior Care Assistant",
                    )
                ],
            ),
            staff(SENIOR_CARER, "Bedford, UK")(
                "Tallulah Brinkworth",
                0,
                apps=[
                    turned_away(
                        180,
                        "no_show",
                        "Didn't turn up to interview, no call",
                        job="Senior Care Assistant",
                    )
                ],
            ),
        ],
        **role(CARER_ROLE, onsite("Bedford, UK")),
    ),
]

# --- 18. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "nights refused then fine now vs fine then refused, nights post",
        "cs",
        [
            staff(HOME_NURSE, "Huddersfield, UK")(
                "Ottilie Haigh",
                2,
                touches=[
                    rang(date(2025, 6, 2), "no nights - kids too small"),
                    texted(
                        date(2026, 9, 14),
                        "kids are both at school now so nights are fine, happy to do 3 a week",
                    ),
                ],
            ),
            staff(HOME_NURSE, "Huddersfield, UK")(
                "Jocasta Brook-Haley",
                0,
                touches=[
                    rang(date(2025, 6, 2), "happy with nights, good for childcare"),
                    texted(
                        date(2026, 9, 14),
                        "gp has told me no more nights, my blood pressure. days only from now",
                    ),
                ],
            ),
        ],
        **role(NURSE_ROLE, onsite("Huddersfield, UK", "Permanent nights"), title="Night Nurse"),
    ),
    C(
        "a removal taken back vs a 'keep me posted' turned into a removal",
        "cs",
        [
            staff(RVN, "Lincoln, UK")(
                "Anouska Grimsditch",
                2,
                touches=[
                    texted(date(2026, 3, 9), "remove me from your lists"),
                    emailed(
                        date(2026, 8, 24),
                        "Sorry for being short in March, awful week at the practice. Please do "
                        "keep me on your books after all.",
                    ),
                ],
            ),
            staff(RVN, "Lincoln, UK")(
                "Zinnia Pargeter",
                0,
                touches=[
                    emailed(date(2026, 3, 9), "Not for now, but do keep me posted on RVN jobs."),
                    emailed(
                        date(2026, 8, 24),
                        "I've changed my mind - please remove my details and don't contact me "
                        "again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(RVN_ROLE, onsite("Lincoln, UK")),
    ),
    C(
        "a pay ask lowered vs raised, HSE scale to €65k",
        "cs",
        [
            staff(OT, "Galway, Ireland")(
                "Aisling Ní Mhaoláin",
                2,
                touches=[
                    rang(date(2026, 2, 16), "Asking €75k, won't budge"),
                    rang(date(2026, 10, 5), "Would take €62k now for a team near home"),
                ],
            ),
            staff(OT, "Galway, Ireland")(
                "Ruairí Mac Conmara",
                0,
                touches=[
                    rang(date(2026, 2, 16), "€60k would do him"),
                    rang(date(2026, 10, 5), "Now wants €78k - got a private offer at that"),
                ],
            ),
        ],
        **role(
            OT_ROLE,
            onsite("Galway, Ireland"),
            title="Senior Occupational Therapist (HSE)",
            salary_min=55_000,
            salary_max=65_000,
            currency="EUR",
        ),
    ),
    C(
        "a move to Brisbane refused then made vs wanted then dropped",
        "cs",
        [
            staff(PHARMACIST, "Sydney, Australia")(
                "Matilda Ferrier-Quinn",
                2,
                touches=[
                    inmail(date(2025, 11, 10), "Brisbane's not for me, Sydney only."),
                    inmail(
                        date(2026, 9, 28),
                        "Plot twist - we've bought a place in Brisbane! Anything up there?",
                    ),
                ],
            ),
            staff(PHARMACIST, "Sydney, Australia")(
                "Declan Verrall",
                0,
                touches=[
                    inmail(date(2025, 11, 10), "Keen to move to Brisbane next year."),
                    inmail(
                        date(2026, 9, 28),
                        "We've decided to stay in Sydney - in-laws need us. No Brisbane.",
                    ),
                ],
            ),
        ],
        **role(PHARMACIST_ROLE, onsite("Brisbane, Australia")),
    ),
    C(
        "0.6 then full-time vs full-time then 0.6, full-time post",
        "cs",
        [
            staff(PHYSIO, "Chester, UK")(
                "Henrietta Pollitt",
                2,
                ("Only 0.6 FTE while the twins are at nursery", 420),
                ("Twins start school in September - she can go back to full-time", 60),
            ),
            staff(PHYSIO, "Chester, UK")(
                "Celestine Abbotsford",
                0,
                ("Full-time, 37.5 hours, as many as going", 420),
                ("Dropping to 0.6 FTE from now on to care for her mum", 60),
            ),
        ],
        **role(PHYSIO_ROLE, onsite("Chester, UK", "Full-time, 37.5 hours")),
    ),
]

HELDOUT23_CASES: list[Case] = [
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
