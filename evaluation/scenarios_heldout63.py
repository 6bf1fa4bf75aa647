"""Held-out rediscovery cases, sixty-third set: healthcare and social care recruiters' own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 63") and never tuned to what Encore does. The recruiters are NHS trust
recruitment teams, nursing and allied-health agencies, a locum GP desk, a private hospital group's
talent team and care-home group recruiters in the UK, Ireland, Australia, New Zealand and Canada.
The people are registered nurses (many internationally educated, from the Philippines, India and
Kerala, Brazil, Portugal and Poland), physiotherapists, occupational therapists, radiographers,
pharmacists, paramedics, salaried and locum GPs and care-home managers. The voices: terse ATS
shorthand with typos ("cand", "LM", "VM", "AfC", "B6", "WTE", "pref LDs", "PIN ok"), ward
managers' feedback pasted in, lower-case WhatsApps and texts, LinkedIn replies, candidates'
emails and formal letters, locum desks' call notes, long rambling notes where one line decides,
and lines in Tagalog, Hindi and Malayalam typed in Latin letters, Portuguese and Polish. The
talk is of Agenda for Change bands, long days and nights, bank and agency shifts, on-call,
NMC PINs, NMBI and AHPRA registration, OSCEs, Health and Care Worker visas, Critical Skills
permits, 482 and AEWV sponsorship, community visits by car, rural postings and moving between
the NHS and private care.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an erasure letter, "take me off your books", a locum desk's DNC flag, a bare "no
   thanks", LinkedIn, unsubscribe from everything, a retiree, Tagalog, Hindi, Malayalam,
   Portuguese, Polish): never shown; beside each a scoped stop that is not one (bank shift texts
   only, WhatsApp but email fine, not while on a night shift, a new number, the newsletter, one
   hospital, agency work only, a subject access request, "no thanks to this one", feedback owed);
2. waits counted from the day said (notice periods, an OSCE date, "three months", after
   Christmas, after winter pressures, a quarter, Eid and Carnival next year, maternity leave, a
   locum contract's end, an AHPRA decision, a probation, an exam, and in Tagalog, Hindi, Polish
   and Portuguese), each against a twin whose wait has run out; notes full of dates (ALS,
   DBS, revalidation) that ask for no wait;
3. schedule (nights, long days, on-call, weekends, term-time), travel (community visits by car,
   no licence, rural and fly-in fly-out postings, cross-site work, overnight stays), visa and
   right to work (Health and Care Worker sponsorship, ILR, a dependant's visa, Stamp 4 and
   Critical Skills, 482, AEWV, a Canadian open work permit), contract (permanent, bank, locum,
   fixed-term, part-time WTE), commute (the M62, the Severn bridge, the Tyne tunnel, the M50,
   the Harbour Bridge, the Lions Gate, ferries, minutes door to door);
4. pay against the band (AfC bands, hourly agency rates, locum sessional rates, euros, Australian,
   New Zealand and Canadian dollars, a floor against current pay);
5. work mode (a remote clinical advisor role said only in the title, only in the description,
   hybrid days), negation and its scope ("not against nights", "the pay was never the issue");
6. location and relocation, managing against hands-on, NHS giant against a small private
   clinic, missions wanted or refused (aesthetics, private practice, prisons, defence,
   palliative care, learning disability, Indigenous health, pharma sales), technology (Epic,
   SystmOne, EMIS, robotic surgery);
7. last time's reason resolved by this role or still standing (pay, nights, sponsorship, the
   drive, a band, a PIN not yet through), the history with us and the latest process;
8. several notes over time where the latest word counts (nights, relocation, sponsorship,
   private work, an opt-out taken back, a "keep me posted" hardened into a stop).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

NURSE = dict(
    current_title="Staff Nurse (Band 5)",
    skills=["Acute medicine", "IV therapy", "Medicines management", "Deteriorating patient"],
    years_experience=6,
    resume_text=(
        "Registered adult nurse, six years on acute medical and surgical wards: NEWS2 and "
        "sepsis escalation, IV therapy, medicines rounds, discharge planning and mentoring "
        "students."
    ),
)
PHYSIO = dict(
    current_title="Physiotherapist (Band 6)",
    skills=["MSK outpatients", "Respiratory physio", "Rehabilitation", "Falls prevention"],
    years_experience=7,
    resume_text=(
        "HCPC-registered physiotherapist, seven years across MSK outpatients, acute respiratory "
        "on-call and community rehab: assessment, exercise programmes, falls clinics."
    ),
)
OT = dict(
    current_title="Occupational Therapist",
    skills=["Community OT", "Home assessments", "Equipment and adaptations", "Discharge planning"],
    years_experience=5,
    resume_text=(
        "Occupational therapist, five years in acute and community teams: functional "
        "assessments, home visits, equipment and adaptations, discharge to assess."
    ),
)
RADIOGRAPHER = dict(
    current_title="Diagnostic Radiographer",
    skills=["CT", "Plain film", "Trauma imaging", "IR(ME)R"],
    years_experience=6,
    resume_text=(
        "Diagnostic radiographer, six years: plain film, trauma and theatre imaging, CT heads "
        "and contrast studies, IR(ME)R compliance and training students."
    ),
)
PHARMACIST = dict(
    current_title="Clinical Pharmacist",
    skills=["Medicines reconciliation", "Independent prescribing", "Antimicrobial stewardship"],
    years_experience=8,
    resume_text=(
        "GPhC-registered clinical pharmacist and independent prescriber, eight years in hospital "
        "and primary care: ward rounds, medicines reconciliation, structured medication reviews."
    ),
)
PARAMEDIC = dict(
    current_title="Paramedic",
    skills=["Emergency care", "Advanced airway", "Clinical triage", "Blue-light driving"],
    years_experience=6,
    resume_text=(
        "Registered paramedic, six years on frontline ambulance shifts and urgent care: "
        "trauma, cardiac arrest management, telephone triage and mentoring newly qualified staff."
    ),
)
GP = dict(
    current_title="Salaried GP",
    skills=["General practice", "Chronic disease management", "Telephone triage", "Home visits"],
    years_experience=9,
    resume_text=(
        "GP with full registration, nine years post-CCT: duty doctor sessions, chronic disease "
        "clinics, care-home rounds, home visits and training medical students."
    ),
)
CARE_MANAGER = dict(
    current_title="Deputy Care Home Manager",
    skills=["Residential care", "Dementia care", "Rota management", "Regulatory inspections"],
    years_experience=10,
    resume_text=(
        "Registered nurse and deputy manager, ten years in nursing and residential homes: "
        "dementia care, staffing rotas, care plans, safeguarding and inspection preparation."
    ),
)


def staff(persona: dict, where: str):
    """People of one kind in the pool: the same persona, living in ``where`` unless a person's
    own ``location`` says otherwise (every keyword reaches the person)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def call(days, note) -> dict:
    """A recruiter's or locum desk's call note."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def ward(days, note) -> dict:
    """A ward manager's or hiring panel's feedback, pasted in."""
    return touch(days, "outbound", None, "note", note=note, channel="meeting")


def mail(days, note) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def wa(days, note) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def li(days, note) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def lost_final(days, note=None, *, role="Staff Nurse") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.3, role=role)


def declined(days, reason, note, *, past=None, role="Staff Nurse") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Staff Nurse") -> dict:
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, reason, note, *, stage="interview", role="Staff Nurse") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

WARD_B5 = dict(
    title="Staff Nurse (Band 5), Acute Medicine",
    department="Nursing",
    seniority="mid",
    requirements="NMC registration\nAcute adult nursing\nIV therapy\nMedicines management",
    description="Registered nurse on a 30-bed acute medical ward, NHS trust, Agenda for Change "
    "terms, long days and nights on an e-roster.",
    salary_min=31_049,
    salary_max=37_796,
    currency="GBP",
)
WARD_B6 = dict(
    title="Senior Staff Nurse (Band 6), Surgical Ward",
    department="Nursing",
    seniority="senior",
    requirements="NMC registration\nSurgical nursing\nNurse in charge\nPreceptorship",
    description="Run shifts as nurse in charge on a surgical ward, NHS trust, Agenda for Change.",
    salary_min=38_682,
    salary_max=46_580,
    currency="GBP",
)
IE_NURSE = dict(
    title="Staff Nurse, Medical Unit",
    department="Nursing",
    seniority="mid",
    requirements="NMBI registration\nAcute medical nursing\nIV therapy",
    description="Staff nurse on a medical unit in an HSE hospital, HSE salary scale.",
    salary_min=36_000,
    salary_max=50_000,
    currency="EUR",
)
AU_NURSE = dict(
    title="Registered Nurse, Medical Ward",
    department="Nursing",
    seniority="mid",
    requirements="AHPRA registration\nAcute medical nursing\nMedication administration",
    description="Registered nurse on a medical ward in a public hospital, rotating roster.",
    salary_min=80_000,
    salary_max=98_000,
    currency="AUD",
)
NZ_NURSE = dict(
    title="Registered Nurse, General Medicine",
    department="Nursing",
    seniority="mid",
    requirements="Nursing Council of New Zealand registration\nAcute nursing\nIV certification",
    description="Registered nurse on a general medicine ward, Te Whatu Ora, rotating roster.",
    salary_min=78_000,
    salary_max=106_000,
    currency="NZD",
)
CA_NURSE = dict(
    title="Registered Nurse, Medicine Unit",
    department="Nursing",
    seniority="mid",
    requirements="Provincial RN registration\nAcute medicine\nIV therapy",
    description="Registered nurse on an inpatient medicine unit, unionised, 12-hour rotation.",
    salary_min=80_000,
    salary_max=110_000,
    currency="CAD",
)
COMMUNITY_NURSE = dict(
    title="Community Staff Nurse (Band 5), District Nursing",
    department="Community Nursing",
    seniority="mid",
    requirements="NMC registration\nFull UK driving licence and access to a car\nWound care",
    description="Visit patients in their homes across a district nursing patch: wound care, "
    "catheters, end of life care. Mileage paid.",
    salary_min=31_049,
    salary_max=37_796,
    currency="GBP",
)
PHYSIO_ROLE = dict(
    title="Band 6 Physiotherapist, MSK Outpatients",
    department="Therapies",
    seniority="mid",
    requirements="HCPC registration\nMSK assessment\nExercise prescription",
    description="MSK outpatient clinics in a community hospital, Agenda for Change Band 6.",
    salary_min=38_682,
    salary_max=46_580,
    currency="GBP",
)
OT_ROLE = dict(
    title="Community Occupational Therapist",
    department="Therapies",
    seniority="mid",
    requirements="HCPC registration\nHome assessments\nEquipment provision",
    description="Home assessments and equipment for adults living at home.",
)
RAD_ROLE = dict(
    title="CT Radiographer",
    department="Imaging",
    seniority="mid",
    requirements="HCPC registration\nCT experience\nIR(ME)R",
    description="CT scanning for an imaging department: inpatients, outpatients and trauma.",
)
PHARM_ROLE = dict(
    title="Clinical Pharmacist",
    department="Pharmacy",
    seniority="senior",
    requirements="GPhC registration\nIndependent prescriber\nClinical ward experience",
    description="Clinical pharmacy for medical wards and the discharge lounge.",
)
PARA_ROLE = dict(
    title="Paramedic",
    department="Ambulance Service",
    seniority="mid",
    requirements="HCPC registration as a paramedic\nC1 driving licence\nEmergency care",
    description="Frontline emergency ambulance shifts on a 24/7 rota.",
)
GP_ROLE = dict(
    title="Salaried GP",
    department="General Practice",
    seniority="senior",
    requirements="GMC registration and performers list\nGeneral practice\nTelephone triage",
    description="Salaried GP in a training practice of 14,000 patients, six sessions a week.",
)
CARE_ROLE = dict(
    title="Care Home Manager",
    department="Care Homes",
    seniority="manager",
    requirements="Registered manager experience\nDementia care\nRegulatory inspections",
    description="Run a 60-bed nursing home: staffing, care quality, budget and inspections.",
)

# --- where and how they are worked ----------------------------------------------------------

LEEDS = dict(remote_policy="onsite", location="Leeds, UK")
MANCHESTER = dict(remote_policy="onsite", location="Manchester, UK")
LONDON = dict(remote_policy="onsite", location="London, UK")
BRISTOL = dict(remote_policy="onsite", location="Bristol, UK")
NEWCASTLE = dict(remote_policy="onsite", location="Newcastle upon Tyne, UK")
BIRMINGHAM = dict(remote_policy="onsite", location="Birmingham, UK")
CARDIFF = dict(remote_policy="onsite", location="Cardiff, UK")
GLASGOW = dict(remote_policy="onsite", location="Glasgow, UK")
DUBLIN = dict(remote_policy="onsite", location="Dublin, Ireland")
CORK = dict(remote_policy="onsite", location="Cork, Ireland")
GALWAY = dict(remote_policy="onsite", location="Galway, Ireland")
SYDNEY = dict(remote_policy="onsite", location="Sydney, Australia")
MELBOURNE = dict(remote_policy="onsite", location="Melbourne, Australia")
BRISBANE = dict(remote_policy="onsite", location="Brisbane, Australia")
AUCKLAND = dict(remote_policy="onsite", location="Auckland, New Zealand")
WELLINGTON = dict(remote_policy="onsite", location="Wellington, New Zealand")
TORONTO = dict(remote_policy="onsite", location="Toronto, Canada")
VANCOUVER = dict(remote_policy="onsite", location="Vancouver, Canada")
CALGARY = dict(remote_policy="onsite", location="Calgary, Canada")


# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

OPT_OUTS = [
    C(
        "left nursing, take me off your books vs no more bank shift texts, perm posts fine",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Marisol Trevannick",
                0,
                touches=[
                    mail(
                        40,
                        "Hi, I've left nursing for good and I'm retraining in accountancy. "
                        "Please take me off your books entirely and don't contact me again.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "Leeds, UK")(
                "Bethan Aldridge",
                2,
                touches=[
                    mail(
                        40,
                        "Could you stop the bank shift texts every morning? I'm not doing "
                        "bank any more. Permanent ward posts I'm still very happy to hear about.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, LEEDS),
    ),
    C(
        "Tagalog: never contact me again vs Tagalog: not on WhatsApp, email instead",
        "cs",
        [
            staff(NURSE, "Birmingham, UK")(
                "Rosalinda Macalindong",
                0,
                touches=[
                    wa(
                        25,
                        "Huwag na po ninyo akong kontakin ulit, kahit anong trabaho. "
                        "Pakibura na po ang number ko sa listahan ninyo. Salamat po.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "Birmingham, UK")(
                "Jhoanna Dimaculangan",
                2,
                touches=[
                    wa(
                        25,
                        "Wag na po sa WhatsApp, puno na ang phone ko sa group chats. Sa email "
                        "na lang po ninyo ipadala ang mga bakante, babasahin ko po.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, BIRMINGHAM),
    ),
    C(
        "Hindi: never call or message, delete my number vs Hindi: on duty, message don't call",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Harpreet Sandhawalia",
                0,
                touches=[
                    wa(
                        30,
                        "Aap log mujhe aage se koi call ya message mat karna. Main kisi bhi "
                        "job mein interested nahi hoon. Mera number apni list se hata do.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "London, UK")(
                "Ritika Bhardwaj",
                2,
                touches=[
                    wa(
                        30,
                        "Abhi ward pe duty hai, please call mat karo. Message bhej do, shaam "
                        "ko dekh lungi. Job ke liye interested hoon.",
                    )
                ],
            ),
        ],
        **job(WARD_B6, LONDON),
    ),
    C(
        "Malayalam: don't call again, delete my details vs Malayalam: sleeping after nights",
        "cs",
        [
            staff(NURSE, "Cork, Ireland")(
                "Ancy Thekkekara",
                0,
                touches=[
                    wa(
                        33,
                        "Ini enne vilikkaruthu, oru message um ayakkaruthu. Ente details ellam "
                        "delete cheyyanam. Enikku ningalude jolikal venda.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "Cork, Ireland")(
                "Sherin Kallarakkal",
                2,
                touches=[
                    wa(
                        33,
                        "Night duty kazhinju urangukayanu, raavile vilikkaruthu. Vaikittu "
                        "anchu mani kazhinju vilichal mathi, puthiya jolikal kelkkan ishtamaanu.",
                    )
                ],
            ),
        ],
        **job(IE_NURSE, CORK),
    ),
    C(
        "Portuguese: erase my data, no more contact vs Portuguese: new number, keep sending",
        "cs",
        [
            staff(NURSE, "Dublin, Ireland")(
                "Graça Vasconcelos",
                0,
                touches=[
                    mail(
                        50,
                        "Boa tarde. Peço que apaguem os meus dados da vossa base de dados e "
                        "que não me voltem a contactar por nenhum meio. Obrigada.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "Dublin, Ireland")(
                "Luana Figueiredo",
                2,
                touches=[
                    mail(
                        50,
                        "Olá! Mudei de número, o novo é o 087 555 0192. Podem continuar a "
                        "enviar-me vagas de enfermagem, estou atenta.",
                    )
                ],
            ),
        ],
        **job(IE_NURSE, DUBLIN),
    ),
    C(
        "Polish: delete my data and stop vs Polish: no newsletter, job offers welcome",
        "cs",
        [
            staff(PHYSIO, "Manchester, UK")(
                "Zofia Wierzbowska",
                0,
                touches=[
                    mail(
                        45,
                        "Dzień dobry, proszę usunąć wszystkie moje dane i więcej się ze mną "
                        "nie kontaktować. Nie jestem zainteresowana żadnymi ofertami.",
                    )
                ],
                excluded=True,
            ),
            staff(PHYSIO, "Manchester, UK")(
                "Katarzyna Wilczek",
                2,
                touches=[
                    mail(
                        45,
                        "Proszę wypisać mnie z newslettera, za dużo maili. Ale konkretne "
                        "oferty pracy dla fizjoterapeuty chętnie przeczytam.",
                    )
                ],
            ),
        ],
        **job(PHYSIO_ROLE, MANCHESTER),
    ),
    C(
        "locum desk DNC flag after a complaint vs not that practice again, others fine",
        "cs",
        [
            staff(GP, "Bristol, UK")(
                "Dr Oluwaseun Adeyemi-Hart",
                0,
                touches=[
                    ats(
                        60,
                        "DNC - dr rang in v unhappy re: number of calls from locum desk "
                        "(4 in one day). Wants NO further contact of any kind. Flag set, do not "
                        "re-add to mailers.",
                    )
                ],
                excluded=True,
            ),
            staff(GP, "Bristol, UK")(
                "Dr Imogen Threlfall",
                2,
                touches=[
                    call(
                        60,
                        "Spoke to dr. Won't do any more sessions at Fishponds Road surgery "
                        "(IT system down every shift) - any other practice fine, keen on salaried.",
                    )
                ],
            ),
        ],
        **job(GP_ROLE, BRISTOL, salary_min=78_000, salary_max=98_000, currency="GBP"),
    ),
    C(
        "LinkedIn: stop messaging me about roles, ever vs LinkedIn: no agency work, perm only",
        "cs",
        [
            staff(RADIOGRAPHER, "Sydney, Australia")(
                "Tamsin Keogh-Ward",
                0,
                touches=[
                    li(
                        35,
                        "Please stop messaging me about roles. I'm not interested now and I "
                        "won't be in the future either.",
                    )
                ],
                excluded=True,
            ),
            staff(RADIOGRAPHER, "Sydney, Australia")(
                "Priyanka Vaidhyeswaran",
                2,
                touches=[
                    li(
                        35,
                        "I'm not interested in agency or locum contracts, sorry. If you have "
                        "a permanent CT post, feel free to message me.",
                    )
                ],
            ),
        ],
        **job(RAD_ROLE, SYDNEY, salary_min=95_000, salary_max=120_000, currency="AUD"),
    ),
    C(
        "an erasure letter under Article 17 vs a subject access request under Article 15",
        "cs",
        [
            staff(PHARMACIST, "Glasgow, UK")(
                "Fergus Drummond-Lyle",
                0,
                touches=[
                    mail(
                        70,
                        "Dear Sir or Madam, under Article 17 of the UK GDPR I request the "
                        "erasure of all personal data you hold about me and that you cease all "
                        "further contact. Please confirm in writing. Yours faithfully, "
                        "F. Drummond-Lyle",
                    )
                ],
                excluded=True,
            ),
            staff(PHARMACIST, "Glasgow, UK")(
                "Eilidh Drummore",
                2,
                touches=[
                    mail(
                        70,
                        "Dear Sir or Madam, under Article 15 of the UK GDPR please send me a "
                        "copy of the personal data you hold about me. I remain open to suitable "
                        "roles. Kind regards, E. Drummore",
                    )
                ],
            ),
        ],
        **job(PHARM_ROLE, GLASGOW, salary_min=47_810, salary_max=54_710, currency="GBP"),
    ),
    C(
        "a bare 'no thanks' to the opt-out line vs 'no thanks to this one, try me with days'",
        "cs",
        [
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Gemma Rowntree",
                0,
                touches=[
                    touch(
                        20,
                        "outbound",
                        None,
                        "re_engagement",
                        note="Sent role: Ward 23 B5. "
                        "Ends: reply 'no thanks' and I won't write again.",
                    ),
                    mail(18, "No thanks. Cheers."),
                ],
                excluded=True,
            ),
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Chantelle Oyelaran",
                2,
                touches=[
                    touch(20, "outbound", None, "re_engagement", note="Sent role: Ward 8 B5."),
                    mail(
                        18,
                        "No thanks to that one, it's nights-heavy. Do send me the next "
                        "ward post though - I'd love something mostly days.",
                    ),
                ],
            ),
        ],
        **job(WARD_B5, NEWCASTLE),
    ),
    C(
        "unsubscribe me from everything vs unsubscribe me from the weekly bulletin",
        "cs",
        [
            staff(OT, "Cardiff, UK")(
                "Rhiannon Pugh",
                0,
                touches=[
                    mail(
                        28,
                        "unsubscribe me from everything please - all lists, emails, texts, "
                        "calls. I don't want to hear from your agency at all.",
                    )
                ],
                excluded=True,
            ),
            staff(OT, "Cardiff, UK")(
                "Ffion Llewellyn-Jones",
                2,
                touches=[
                    mail(
                        28,
                        "Can you unsubscribe me from the Friday jobs bulletin? Too generic. "
                        "If something in community OT comes up, message me directly.",
                    )
                ],
            ),
        ],
        **job(OT_ROLE, CARDIFF, salary_min=38_682, salary_max=46_580, currency="GBP"),
    ),
    C(
        "retired and let registration lapse, remove me vs not looking but owed panel feedback",
        "cs",
        [
            staff(NURSE, "Brisbane, Australia")(
                "Lorraine Battersby",
                0,
                touches=[
                    mail(
                        55,
                        "I retired in September and let my AHPRA registration lapse. "
                        "Please remove me from your pool - I won't be nursing again.",
                    )
                ],
                excluded=True,
            ),
            staff(NURSE, "Brisbane, Australia")(
                "Kylie Nankervis",
                2,
                apps=[lost_final(120, "Lost to internal cand", role="Registered Nurse")],
                touches=[
                    mail(
                        55,
                        "I never got any feedback from the panel at the Royal Brisbane "
                        "interview - could someone send it? Still keen on med ward roles.",
                    )
                ],
            ),
        ],
        **job(AU_NURSE, BRISBANE),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "eight weeks' notice handed in this month vs four weeks' handed in in September",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Philippa Garrowby",
                1,
                touches=[
                    call(
                        date(2026, 11, 9),
                        "Spoke to cand. Resigned at LTHT today, 8 wks notice "
                        "as B6. Can't start anything till that's worked.",
                    )
                ],
            ),
            staff(NURSE, "Leeds, UK")(
                "Hollie Sugden",
                2,
                touches=[
                    call(
                        date(2026, 9, 7),
                        "Spoke to cand. Handed notice in at Spire today, 4 "
                        "weeks. Free after, keen for NHS ward.",
                    )
                ],
            ),
        ],
        **job(WARD_B6, LEEDS),
    ),
    C(
        "OSCE booked for January, PIN after vs OSCE passed in August, PIN issued",
        "cs",
        [
            staff(NURSE, "Manchester, UK")(
                "Mylene Cabrera",
                1,
                touches=[
                    ats(
                        date(2026, 11, 2),
                        "IEN. OSCE booked for 14 Jan at Ulster. Cannot "
                        "practise as RN till PIN issued after she passes - "
                        "don't put fwd before then.",
                    )
                ],
            ),
            staff(NURSE, "Manchester, UK")(
                "Arlene Sumalpong",
                2,
                touches=[
                    ats(
                        date(2026, 9, 14),
                        "IEN. Passed OSCE 20/08 first attempt, PIN issued "
                        "last week. Ready to start as Band 5.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, MANCHESTER),
    ),
    C(
        "ask me again in three months, said three weeks ago vs said five months ago",
        "cs",
        [
            staff(PHYSIO, "Bristol, UK")(
                "Saoirse Lennon",
                1,
                ("Ask me again in three months, my head is full with the new service.", 21),
            ),
            staff(PHYSIO, "Bristol, UK")(
                "Niamh Cavanagh",
                2,
                ("Ask me again in three months, my head is full with the new service.", 150),
            ),
        ],
        **job(PHYSIO_ROLE, BRISTOL),
    ),
    C(
        "after Christmas and New Year vs after Easter, said in March",
        "cs",
        [
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Lindsay Furness",
                1,
                touches=[
                    wa(
                        date(2026, 11, 3),
                        "not till after christmas and new year pls, ward is "
                        "short and i promised my manager i'd see them through",
                    )
                ],
            ),
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Kerry-Ann Bewick",
                2,
                touches=[
                    wa(
                        date(2026, 3, 9),
                        "not till after easter pls, ward is short and i "
                        "promised my manager i'd see them through",
                    )
                ],
            ),
        ],
        **job(WARD_B5, NEWCASTLE),
    ),
    C(
        "not till winter pressures are over vs not during the summer holidays, said in July",
        "cs",
        [
            staff(PARAMEDIC, "Birmingham, UK")(
                "Dale Pountney",
                1,
                (
                    "Won't look at anything till winter pressures are over - "
                    "spring at the earliest.",
                    date(2026, 10, 20),
                ),
            ),
            staff(PARAMEDIC, "Birmingham, UK")(
                "Jodie Whitehouse",
                2,
                (
                    "Not during the school summer holidays, kids are off - after that fine.",
                    date(2026, 7, 13),
                ),
            ),
        ],
        **job(PARA_ROLE, BIRMINGHAM, salary_min=38_682, salary_max=46_580, currency="GBP"),
    ),
    C(
        "not before Q2 next year, MSc dissertation vs not till Q3, said in April",
        "cs",
        [
            staff(OT, "Melbourne, Australia")(
                "Bronwyn Ashcombe",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Finishing my MSc dissertation - I can't think about "
                        "a move before Q2 next year.",
                    )
                ],
            ),
            staff(OT, "Melbourne, Australia")(
                "Shona McAllister",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "Finishing my MSc dissertation - I can't think about a move till Q3.",
                    )
                ],
            ),
        ],
        **job(OT_ROLE, MELBOURNE, salary_min=85_000, salary_max=105_000, currency="AUD"),
    ),
    C(
        "after Eid next spring vs after Onam, said in July",
        "cs",
        [
            staff(NURSE, "Dublin, Ireland")(
                "Farzana Chowdhury",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Cand travelling home to Sylhet for Ramadan and Eid "
                        "next year, 6 wks leave booked. Doesn't want to start a new post "
                        "before she's "
                        "back after Eid.",
                    )
                ],
            ),
            staff(NURSE, "Dublin, Ireland")(
                "Neethu Puthenpurackal",
                2,
                touches=[
                    call(
                        date(2026, 7, 20),
                        "Cand going home to Thrissur for Onam, 3 wks. "
                        "Doesn't want to start a new post before she's back after Onam.",
                    )
                ],
            ),
        ],
        **job(IE_NURSE, DUBLIN),
    ),
    C(
        "on maternity leave till June next year vs back from mat leave in September",
        "cs",
        [
            staff(RADIOGRAPHER, "Toronto, Canada")(
                "Mackenzie Tremblay",
                1,
                (
                    "On mat leave until June 2027 - please don't send roles before then.",
                    date(2026, 9, 1),
                ),
            ),
            staff(RADIOGRAPHER, "Toronto, Canada")(
                "Brianne Lachance",
                2,
                (
                    "Back from mat leave in September, keen to look at CT roles after that.",
                    date(2026, 5, 4),
                ),
            ),
        ],
        **job(RAD_ROLE, TORONTO, salary_min=85_000, salary_max=105_000, currency="CAD"),
    ),
    C(
        "locum contract at RPA runs to end of February vs ended in October",
        "cs",
        [
            staff(NURSE, "Sydney, Australia")(
                "Tegan Mulqueeney",
                1,
                touches=[
                    call(
                        date(2026, 11, 4),
                        "On a locum contract at RPA to the end of Feb. Won't "
                        "break it - ring her in March.",
                    )
                ],
            ),
            staff(NURSE, "Sydney, Australia")(
                "Jessamy Pryor",
                2,
                touches=[
                    call(
                        date(2026, 8, 5),
                        "On a locum contract at RPA to the end of Oct. Won't "
                        "break it - ring her after.",
                    )
                ],
            ),
        ],
        **job(AU_NURSE, SYDNEY),
    ),
    C(
        "AHPRA decision quoted twelve weeks from late October vs registration granted in September",
        "cs",
        [
            staff(PHYSIO, "Perth, Australia")(
                "Aidan Crossley",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Lodged my AHPRA application today - they quoted 12 "
                        "weeks. I can't take a post till I'm registered.",
                    )
                ],
            ),
            staff(PHYSIO, "Perth, Australia")(
                "Callum Brereton",
                2,
                touches=[
                    mail(
                        date(2026, 9, 2),
                        "Good news - my AHPRA registration came through this morning. Ready to go.",
                    )
                ],
            ),
        ],
        **job(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Perth, Australia"),
            salary_min=90_000,
            salary_max=110_000,
            currency="AUD",
        ),
    ),
    C(
        "started a new post two weeks ago, six-month probation vs passed probation in June",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Danielle Okonjo",
                1,
                touches=[
                    call(
                        14,
                        "Started at the Cromwell 2 wks ago, 6m probation. Won't move before "
                        "she's through it.",
                    )
                ],
            ),
            staff(NURSE, "London, UK")(
                "Simone Agyeman",
                2,
                touches=[
                    call(
                        date(2026, 6, 15),
                        "Passed probation at the Cromwell today. Open to NHS B6 now.",
                    )
                ],
            ),
        ],
        **job(WARD_B6, LONDON),
    ),
    C(
        "Tagalog: after Christmas, home in the Philippines till 10 January vs already back",
        "cs",
        [
            staff(NURSE, "Auckland, New Zealand")(
                "Maricel Mapagdalita",
                1,
                touches=[
                    wa(
                        date(2026, 11, 10),
                        "Pagkatapos na lang po ng Pasko. Uuwi ako sa Iloilo "
                        "mula Dec 12 hanggang Jan 10, saka na po tayo mag-usap.",
                    )
                ],
            ),
            staff(NURSE, "Auckland, New Zealand")(
                "Lovely Manalastas",
                2,
                touches=[
                    wa(
                        date(2026, 10, 5),
                        "Nakabalik na po ako galing bakasyon sa Pampanga. "
                        "Pwede na po tayong mag-usap tungkol sa trabaho.",
                    )
                ],
            ),
        ],
        **job(NZ_NURSE, AUCKLAND),
    ),
    C(
        "Hindi: after January, notice period running vs Hindi: notice period over, free now",
        "cs",
        [
            staff(PHARMACIST, "Birmingham, UK")(
                "Sandeep Rawat",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "January ke baad baat karte hain. Abhi notice period "
                        "chal raha hai, 31 Jan tak.",
                    )
                ],
            ),
            staff(PHARMACIST, "Birmingham, UK")(
                "Vikrant Saxena",
                2,
                touches=[
                    wa(
                        date(2026, 9, 28),
                        "Notice period khatam ho gaya, ab main free hoon. Koi "
                        "bhi acchi clinical post ho to batao.",
                    )
                ],
            ),
        ],
        **job(PHARM_ROLE, BIRMINGHAM),
    ),
    C(
        "Polish: call after New Year, notice to end of December vs notice ended in October",
        "cs",
        [
            staff(NURSE, "Glasgow, UK")(
                "Małgorzata Kowal",
                1,
                touches=[
                    mail(
                        date(2026, 11, 12),
                        "Proszę odezwać się po Nowym Roku - mam okres "
                        "wypowiedzenia do końca grudnia.",
                    )
                ],
            ),
            staff(NURSE, "Glasgow, UK")(
                "Agnieszka Pietrzak",
                2,
                touches=[
                    mail(
                        date(2026, 9, 3),
                        "Okres wypowiedzenia kończy mi się w październiku, "
                        "potem jestem wolna. Proszę dzwonić.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, GLASGOW),
    ),
    C(
        "Portuguese: only after Carnival next year vs only after the summer holidays",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Thaís Albuquerque",
                1,
                touches=[
                    wa(
                        date(2026, 11, 11),
                        "Só depois do Carnaval, vou passar o Carnaval em "
                        "Recife com a família. Antes disso não consigo mudar.",
                    )
                ],
            ),
            staff(NURSE, "London, UK")(
                "Beatriz Sampaio",
                2,
                touches=[
                    wa(
                        date(2026, 6, 22),
                        "Só depois das férias de verão, vou a Braga em "
                        "agosto. Em setembro já podemos falar.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, LONDON),
    ),
    C(
        "a note full of dates that asks for no wait vs a real wait till the spring",
        "cs",
        [
            staff(NURSE, "Bristol, UK")(
                "Rosemary Tuckwell",
                2,
                touches=[
                    ats(
                        6,
                        "Compliance all in date: ALS 12/10/26, PILS refresher 03/11/26, DBS "
                        "on update service checked 28/09/26, revalidation due 31/03/28. Available "
                        "immediately, happy to interview any day.",
                    )
                ],
            ),
            staff(NURSE, "Bristol, UK")(
                "Harriet Lennoxton",
                1,
                touches=[
                    ats(
                        6,
                        "Cand doing her nurse prescribing course till end of April - won't "
                        "move before that's finished.",
                    )
                ],
            ),
        ],
        **job(WARD_B6, BRISTOL),
    ),
    C(
        "revalidated last month, dates everywhere, ready now vs a GP exam in January",
        "cs",
        [
            staff(GP, "Wellington, New Zealand")(
                "Dr Hamish Tawhiri",
                2,
                touches=[
                    call(
                        10,
                        "Revalidated 15 Oct, MCNZ practising cert renewed to 2027, last "
                        "locum ended 30/09. Free from today for a salaried role.",
                    )
                ],
            ),
            staff(GP, "Wellington, New Zealand")(
                "Dr Lucinda Fairbairn",
                1,
                touches=[
                    call(
                        10,
                        "Sitting her fellowship exam late January. No new job before the result.",
                    )
                ],
            ),
        ],
        **job(GP_ROLE, WELLINGTON, salary_min=220_000, salary_max=280_000, currency="NZD"),
    ),
]


# --- 3. schedule, travel, visa, contract, commute --------------------------------------------

SCHEDULE = [
    C(
        "no nights since a health issue vs not against nights at all, night-heavy rota",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Tracey Holdsworth",
                0,
                "OH advised no night shifts after her diabetes diagnosis - days only from now.",
            ),
            staff(NURSE, "Leeds, UK")(
                "Yewande Falola",
                2,
                "not against nights at all, actually prefer them - quieter and the enhancements "
                "help",
            ),
        ],
        **job(WARD_B5, LEEDS, offers=["Rota: mostly nights, 3 x 12.5h a week"]),
    ),
    C(
        "wants long days to cut her week to three vs can't do 13-hour shifts",
        "cs",
        [
            staff(NURSE, "Cardiff, UK")(
                "Carys Gwyndraeth",
                2,
                touches=[
                    call(
                        30,
                        "pref LDs - wants 3 long days/wk so she's home with the kids the other 4",
                    )
                ],
            ),
            staff(NURSE, "Cardiff, UK")(
                "Sian Prosser",
                0,
                touches=[call(30, "cand cannot do 13hr LDs, back problems - earlies/lates only")],
            ),
        ],
        **job(WARD_B5, CARDIFF, offers=["Long days only: 07:30 to 20:00, three a week"]),
    ),
    C(
        "won't do on-call vs on-call fine, role has a respiratory on-call",
        "cs",
        [
            staff(PHYSIO, "Newcastle upon Tyne, UK")(
                "Fraser Oddie",
                0,
                "No respiratory on-call any more - done eight years of it, I'm out.",
            ),
            staff(PHYSIO, "Newcastle upon Tyne, UK")(
                "Lydia Etherington",
                2,
                "Happy to stay on the resp on-call rota, I like the acute work.",
            ),
        ],
        **job(PHYSIO_ROLE, NEWCASTLE, offers=["Weekend and overnight respiratory on-call, 1 in 8"]),
    ),
    C(
        "term-time only vs no schedule limits, role is Monday to Friday in term and holidays",
        "cs",
        [
            staff(OT, "Leeds, UK")(
                "Abigail Moorhouse",
                0,
                "Needs term-time only hours - no cover for the kids in the school holidays.",
            ),
            staff(OT, "Leeds, UK")("Jasmin Kaur-Dhillon", 1),
        ],
        **job(OT_ROLE, LEEDS, offers=["Full time, 52 weeks a year, annual leave per AfC"]),
    ),
    C(
        "no weekends vs weekends fine, role is Monday to Friday",
        "cs",
        [
            staff(RADIOGRAPHER, "Galway, Ireland")(
                "Orlaith Fahy",
                2,
                "Sick of weekend rotas - wants Monday to Friday, no weekends.",
            ),
            staff(RADIOGRAPHER, "Galway, Ireland")(
                "Ciara Mulkerrin",
                1,
                "Weekends don't bother me either way.",
            ),
        ],
        **job(
            RAD_ROLE,
            GALWAY,
            offers=["Monday to Friday, 08:00 to 16:00, no weekends"],
            salary_min=45_000,
            salary_max=60_000,
            currency="EUR",
        ),
    ),
]

TRAVEL = [
    C(
        "no driving licence vs drives and has a car, district nursing patch",
        "cs",
        [
            staff(NURSE, "Bristol, UK")(
                "Eloise Fenwick",
                0,
                touches=[ats(40, "NB cand doesn't drive - no licence, relies on buses")],
            ),
            staff(NURSE, "Bristol, UK")(
                "Georgia Pendlebury",
                2,
                touches=[
                    ats(40, "cand has own car + business insurance, happy w/ community visits")
                ],
            ),
        ],
        **job(COMMUNITY_NURSE, BRISTOL),
    ),
    C(
        "wants out of driving between patients vs loves being out on the road, community role",
        "cs",
        [
            staff(OT, "Birmingham, UK")(
                "Natalie Brookshaw",
                0,
                "Had enough of 80 miles a day between home visits - wants a hospital-based post.",
            ),
            staff(OT, "Birmingham, UK")(
                "Precious Mavhunga",
                2,
                "Loves community work and being out in the car between patients.",
            ),
        ],
        **job(
            OT_ROLE,
            BIRMINGHAM,
            offers=["Community caseload across south Birmingham, lease car available"],
        ),
    ),
    C(
        "won't do fly-in fly-out vs up for remote rotations, FIFO role in the Pilbara",
        "cs",
        [
            staff(NURSE, "Perth, Australia")(
                "Kirra Donnelly",
                2,
                touches=[
                    call(
                        25, "Keen on FIFO / remote area nursing, 2 on 2 off suits her fine, no kids"
                    )
                ],
            ),
            staff(NURSE, "Perth, Australia")(
                "Lauren Haddow",
                0,
                touches=[
                    call(
                        25,
                        "Not doing FIFO again - two years of it nearly ended her "
                        "marriage. Metro only.",
                    )
                ],
            ),
        ],
        **job(
            AU_NURSE,
            dict(remote_policy="onsite", location="Port Hedland, Australia"),
            title="Remote Area Nurse (FIFO)",
            offers=["Fly-in fly-out from Perth, two weeks on, two weeks off"],
        ),
    ),
    C(
        "no overnight stays vs fine with them, role covers three sites with overnights",
        "cs",
        [
            staff(PHARMACIST, "Galway, Ireland")(
                "Deirdre Concannon",
                0,
                "Can travel in the day but no overnight stays - single parent.",
            ),
            staff(PHARMACIST, "Galway, Ireland")(
                "Padraic Ó Flaithearta",
                2,
                "Travel and the odd night away are no problem.",
            ),
        ],
        **job(
            PHARM_ROLE,
            GALWAY,
            offers=[
                "Covers Galway, Castlebar and Letterkenny; overnight stays about twice a month"
            ],
            salary_min=60_000,
            salary_max=80_000,
            currency="EUR",
        ),
    ),
    C(
        "left a mobile scanner job over the travel, single-site role vs no view",
        "cs",
        [
            staff(RADIOGRAPHER, "Manchester, UK")(
                "Ashleigh Tattersall",
                2,
                "Left the mobile scanner job because of the travel around the North West - wants "
                "one hospital.",
            ),
            staff(RADIOGRAPHER, "Manchester, UK")("Rukhsana Bibi", 1),
        ],
        **job(
            RAD_ROLE,
            MANCHESTER,
            offers=["Single site: Wythenshawe only, no travel"],
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "wants a rural posting with driving vs wants city hospital only, rural NZ role",
        "cs",
        [
            staff(NURSE, "Auckland, New Zealand")(
                "Aroha Te Rangikoha",
                2,
                touches=[
                    mail(
                        50,
                        "I'd love a rural posting - happy driving long distances "
                        "between clinics, grew up on the East Coast.",
                    )
                ],
            ),
            staff(NURSE, "Auckland, New Zealand")(
                "Chloe Verhoeven",
                0,
                touches=[
                    mail(
                        50,
                        "Only city hospital jobs for me - I don't want to be driving "
                        "hours between clinics.",
                    )
                ],
            ),
        ],
        **job(
            NZ_NURSE,
            dict(remote_policy="onsite", location="Gisborne, New Zealand"),
            title="Rural Nurse Specialist",
            offers=["Clinics across Tairāwhiti; a pool car for the driving"],
        ),
    ),
    C(
        "locum GP with home visits by car vs no longer drives after an accident",
        "cs",
        [
            staff(GP, "Glasgow, UK")(
                "Dr Moira Galbraith",
                0,
                touches=[
                    call(
                        45,
                        "Dr not driving since the accident in spring - can't do home "
                        "visits, surgery-based sessions only",
                    )
                ],
            ),
            staff(GP, "Glasgow, UK")(
                "Dr Ewan Kilbrannan",
                2,
                touches=[call(45, "Dr happy with visits incl. the island run, drives")],
            ),
        ],
        **job(GP_ROLE, GLASGOW, offers=["Includes home visits and care-home rounds by car"]),
    ),
    C(
        "paramedic fine with cross-county deployments vs wants to stay at one station",
        "cs",
        [
            staff(PARAMEDIC, "Calgary, Canada")(
                "Brody Kowalchuk",
                0,
                "Wants a single station close to home - no relief posts that move him around.",
            ),
            staff(PARAMEDIC, "Calgary, Canada")(
                "Sierra Blackwater",
                2,
                "Happy to be a relief medic and go wherever the rota sends me in the zone.",
            ),
        ],
        **job(
            PARA_ROLE,
            CALGARY,
            title="Relief Paramedic",
            offers=["Relief post: deployed across stations in the Calgary zone"],
            salary_min=75_000,
            salary_max=100_000,
            currency="CAD",
        ),
    ),
    C(
        "travel was a problem at a past employer this role does not have vs no view",
        "cs",
        [
            staff(CARE_MANAGER, "Leeds, UK")(
                "Sharon Mellor",
                2,
                apps=[
                    withdrew(
                        300,
                        "other",
                        "Regional role needed visiting 9 homes across "
                        "Yorkshire weekly - too much driving",
                        role="Area Manager",
                    )
                ],
            ),
            staff(CARE_MANAGER, "Leeds, UK")("Bernadette Ardagh", 1),
        ],
        **job(
            CARE_ROLE,
            LEEDS,
            offers=["One home in Headingley, no regional travel"],
            salary_min=55_000,
            salary_max=65_000,
            currency="GBP",
        ),
    ),
    C(
        "happy to visit patients across the valleys vs won't drive in the dark winter evenings",
        "cs",
        [
            staff(NURSE, "Cardiff, UK")(
                "Bethany Griffiths",
                2,
                touches=[wa(35, "yeah happy driving round the valleys for visits, got my own car")],
            ),
            staff(NURSE, "Cardiff, UK")(
                "Lowri Pritchard",
                0,
                touches=[
                    wa(
                        35,
                        "can't drive those mountain roads in the dark tbh, no community "
                        "visits for me, ward only",
                    )
                ],
            ),
        ],
        **job(COMMUNITY_NURSE, CARDIFF, location="Merthyr Tydfil, UK"),
    ),
]

VISA = [
    C(
        "needs Health and Care Worker sponsorship vs ILR, trust can't sponsor",
        "cs",
        [
            staff(NURSE, "Manchester, UK")(
                "Jerome Villanueva",
                0,
                touches=[
                    ats(
                        30,
                        "On HCW visa tied to current trust - any move needs a new CoS "
                        "/ sponsorship",
                    )
                ],
            ),
            staff(NURSE, "Manchester, UK")(
                "Ma. Cristina Lualhati",
                2,
                touches=[ats(30, "ILR granted Aug - no sponsorship needed, full right to work")],
            ),
        ],
        **job(WARD_B5, MANCHESTER, offers=["Unable to offer visa sponsorship for this post"]),
    ),
    C(
        "needs sponsorship, role sponsors vs NZ residence visa approved, emigrating",
        "cs",
        [
            staff(NURSE, "Birmingham, UK")(
                "Anjali Kurian",
                2,
                touches=[
                    mail(
                        40,
                        "I will need Health and Care Worker visa sponsorship for any "
                        "new employer - my current CoS is with a care home.",
                    )
                ],
            ),
            staff(NURSE, "Birmingham, UK")(
                "Sarah-Jane Hickin",
                0,
                touches=[
                    mail(
                        40,
                        "My New Zealand residence visa was approved last week - we fly "
                        "out to Christchurch in January for good, so nothing here for me.",
                    )
                ],
            ),
        ],
        **job(WARD_B5, BIRMINGHAM, offers=["Health and Care Worker visa sponsorship available"]),
    ),
    C(
        "on a dependant's visa with full right to work vs needs own sponsorship, no sponsor",
        "cs",
        [
            staff(PHYSIO, "London, UK")(
                "Deepthi Nair",
                2,
                touches=[
                    ats(
                        20,
                        "On dependant visa via husband (HCW) - unrestricted right to "
                        "work, no sponsorship needed. Share code checked.",
                    )
                ],
            ),
            staff(PHYSIO, "London, UK")(
                "Rahul Panikkar",
                0,
                touches=[ats(20, "Graduate visa ends Feb - needs a sponsoring employer to stay")],
            ),
        ],
        **job(PHYSIO_ROLE, LONDON, offers=["We cannot sponsor visas for this role"]),
    ),
    C(
        "Stamp 4 in Ireland vs needs a Critical Skills permit, HSE role with no permit support",
        "cs",
        [
            staff(NURSE, "Dublin, Ireland")(
                "Jinu Mathew",
                2,
                touches=[call(35, "Stamp 4 since June, no permit needed")],
            ),
            staff(NURSE, "Dublin, Ireland")(
                "Reshma Kuruvilla",
                0,
                touches=[
                    call(
                        35,
                        "Would need a Critical Skills Employment Permit to move - "
                        "current permit tied to Beacon",
                    )
                ],
            ),
        ],
        **job(
            IE_NURSE,
            DUBLIN,
            offers=[
                "Candidates must already hold the right to work in "
                "Ireland; no employment permit support"
            ],
        ),
    ),
    C(
        "needs a Critical Skills permit, supported vs student permission capped at 20 hours",
        "cs",
        [
            staff(NURSE, "Galway, Ireland")(
                "Shiny Joseph",
                2,
                touches=[
                    mail(
                        35,
                        "I would need the hospital to apply for a Critical Skills "
                        "Employment Permit for me.",
                    )
                ],
            ),
            staff(NURSE, "Galway, Ireland")(
                "Merin Thomas",
                0,
                touches=[
                    ats(
                        35,
                        "On Stamp 2 student permission till her MSc ends in Sept - "
                        "20 hrs/wk max in term, can't take a full-time post before then",
                    )
                ],
            ),
        ],
        **job(
            IE_NURSE,
            GALWAY,
            offers=["Critical Skills Employment Permit supported, relocation package"],
        ),
    ),
    C(
        "needs 482 sponsorship vs Australian PR, role does not sponsor",
        "cs",
        [
            staff(RADIOGRAPHER, "Melbourne, Australia")(
                "Joanne Tiongson",
                0,
                touches=[
                    li(
                        25,
                        "I'm on a bridging visa and would need 482 sponsorship from the "
                        "new employer.",
                    )
                ],
            ),
            staff(RADIOGRAPHER, "Melbourne, Australia")(
                "Mitchell Sorensen",
                2,
                touches=[li(25, "Australian citizen, no visa stuff to worry about.")],
            ),
        ],
        **job(
            RAD_ROLE,
            MELBOURNE,
            offers=["Applicants must hold permanent work rights in Australia"],
            salary_min=95_000,
            salary_max=115_000,
            currency="AUD",
        ),
    ),
    C(
        "needs AEWV, employer accredited vs working holiday visa ending, going home",
        "cs",
        [
            staff(NURSE, "Wellington, New Zealand")(
                "Grace Ofa",
                0,
                "Working holiday visa runs out in January and I'm heading home to Tonga after.",
            ),
            staff(NURSE, "Wellington, New Zealand")(
                "Kristine Dimaandal",
                2,
                "Needs an AEWV from an accredited employer to change jobs.",
            ),
        ],
        **job(
            NZ_NURSE, WELLINGTON, offers=["Accredited employer: AEWV support for overseas nurses"]
        ),
    ),
    C(
        "Canadian open work permit expiring, needs LMIA vs permanent resident, no LMIA offered",
        "cs",
        [
            staff(NURSE, "Vancouver, Canada")(
                "Abigail Nwachukwu",
                0,
                touches=[
                    call(
                        30,
                        "Open work permit (spousal) expires in March; to stay she "
                        "needs an employer-backed LMIA",
                    )
                ],
            ),
            staff(NURSE, "Vancouver, Canada")(
                "Hannah Desrosiers",
                2,
                touches=[call(30, "Canadian PR, eligible to work anywhere")],
            ),
        ],
        **job(
            CA_NURSE,
            VANCOUVER,
            offers=["Must be legally entitled to work in Canada; no LMIA sponsorship"],
        ),
    ),
    C(
        "sponsorship last time was the blocker, this trust sponsors vs no history",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Princess Okafor",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Offer withdrawn - trust could not issue a CoS",
                        role="Staff Nurse",
                    )
                ],
            ),
            staff(NURSE, "Leeds, UK")("Emily Rhodes", 1),
        ],
        **job(
            WARD_B5, LEEDS, offers=["Health and Care Worker visa sponsorship and a CoS available"]
        ),
    ),
    C(
        "Hindi: visa sponsorship chahiye vs British citizen, role can't sponsor",
        "cs",
        [
            staff(PHARMACIST, "London, UK")(
                "Ankit Chaturvedi",
                0,
                touches=[
                    wa(
                        28,
                        "bhai mujhe sponsorship chahiye hogi, mera Skilled Worker visa "
                        "current employer se tied hai",
                    )
                ],
            ),
            staff(PHARMACIST, "London, UK")(
                "Nikhil Patel",
                2,
                touches=[wa(28, "British citizen hoon, visa ka koi issue nahi")],
            ),
        ],
        **job(PHARM_ROLE, LONDON, offers=["This post is not eligible for visa sponsorship"]),
    ),
]

CONTRACT = [
    C(
        "wants permanent, done with agency vs wants to stay on the bank, permanent post",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Adaeze Ezeanya",
                2,
                "Done with agency shifts - wants a permanent contract with sick pay and a pension.",
            ),
            staff(NURSE, "London, UK")(
                "Ellie Marchant",
                0,
                "Only wants bank shifts so she can pick her own days - no permanent contract.",
            ),
        ],
        **job(WARD_B5, LONDON, offers=["Permanent, full time, NHS pension"]),
    ),
    C(
        "locum GP wants sessional freedom vs wants a salaried post, salaried role",
        "cs",
        [
            staff(GP, "Manchester, UK")(
                "Dr Tobias Entwistle",
                0,
                touches=[
                    call(
                        40,
                        "Dr v clear: locum only, won't sign a salaried contract, "
                        "likes choosing sessions",
                    )
                ],
            ),
            staff(GP, "Manchester, UK")(
                "Dr Nadia Qureshi",
                2,
                touches=[
                    call(
                        40,
                        "Dr tired of locum admin + pension faff - wants salaried, 6 sessions ideal",
                    )
                ],
            ),
        ],
        **job(GP_ROLE, MANCHESTER, salary_min=82_000, salary_max=100_000, currency="GBP"),
    ),
    C(
        "0.6 WTE max vs full time wanted, role is 0.6 WTE",
        "cs",
        [
            staff(PHYSIO, "Bristol, UK")(
                "Imogen Haverleigh",
                2,
                "Can only do three days a week (0.6 WTE) - caring for my dad.",
            ),
            staff(PHYSIO, "Bristol, UK")(
                "Jack Winstanley",
                0,
                "Needs full-time hours, 37.5 a week, can't afford to drop days.",
            ),
        ],
        **job(
            PHYSIO_ROLE,
            BRISTOL,
            title="Band 6 Physiotherapist, MSK (0.6 WTE)",
            offers=["Part time, 22.5 hours a week over three days"],
        ),
    ),
    C(
        "won't take another fixed-term contract vs happy with a 12-month secondment",
        "cs",
        [
            staff(OT, "Toronto, Canada")(
                "Emily Kowalczyk",
                0,
                touches=[
                    mail(
                        30,
                        "I've done three back-to-back contracts. I'll only move for a "
                        "permanent full-time line now.",
                    )
                ],
            ),
            staff(OT, "Toronto, Canada")(
                "Olivia Fernandes",
                2,
                touches=[
                    mail(
                        30,
                        "A 12-month contract would actually suit me - I'm planning to "
                        "travel in 2028.",
                    )
                ],
            ),
        ],
        **job(
            OT_ROLE,
            TORONTO,
            title="Occupational Therapist (12-month contract)",
            offers=["Temporary full-time, 12 months, maternity leave coverage"],
            salary_min=85_000,
            salary_max=100_000,
            currency="CAD",
        ),
    ),
]

COMMUTE = [
    C(
        "won't do the M62 daily from Leeds vs lives in Salford, Manchester role",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Rebecca Illingworth",
                0,
                "Not doing the M62 every day over to Manchester again - that drive broke me.",
            ),
            staff(NURSE, "Salford, UK")(
                "Shannon Heywood",
                2,
                "Wants something within 20 minutes of Salford.",
            ),
        ],
        **job(WARD_B5, MANCHESTER),
    ),
    C(
        "won't cross the Severn bridge daily vs Bristol-based, Newport role",
        "cs",
        [
            staff(RADIOGRAPHER, "Bristol, UK")(
                "Phoebe Ashworth",
                0,
                touches=[
                    call(
                        40,
                        "Lives Bristol. Won't commute over the Prince of Wales bridge "
                        "to Wales - tried it, the M4 queues are awful",
                    )
                ],
            ),
            staff(RADIOGRAPHER, "Newport, UK")(
                "Owen Jenkins",
                2,
                touches=[call(40, "Lives Newport, wants to work locally")],
            ),
        ],
        **job(
            RAD_ROLE,
            dict(remote_policy="onsite", location="Newport, UK"),
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "won't do the Tyne tunnel every day vs lives north of the river, role in North Shields",
        "cs",
        [
            staff(NURSE, "Gateshead, UK")(
                "Leanne Charlton",
                0,
                "Lives Gateshead - won't do the Tyne tunnel twice a day, south of the river only.",
            ),
            staff(NURSE, "Whitley Bay, UK")(
                "Kayleigh Armstrong",
                2,
                "Wants to work near Whitley Bay, ten minutes max.",
            ),
        ],
        **job(WARD_B5, dict(remote_policy="onsite", location="North Shields, UK")),
    ),
    C(
        "the M50 at rush hour is a no vs on the Luas green line, role at St Vincent's",
        "cs",
        [
            staff(NURSE, "Sandyford, Ireland")(
                "Clodagh Brennan",
                2,
                touches=[
                    wa(
                        30,
                        "i'm right on the green line so anywhere near a luas stop on "
                        "the southside is handy",
                    )
                ],
            ),
            staff(NURSE, "Blanchardstown, Ireland")(
                "Sorcha Dunleavy",
                0,
                touches=[
                    wa(
                        30,
                        "nothing that means the m50 at rush hour, blanch or the northside only pls",
                    )
                ],
            ),
        ],
        **job(IE_NURSE, dict(remote_policy="onsite", location="Dublin 4 (Elm Park), Ireland")),
    ),
    C(
        "won't drive over the Harbour Bridge vs lives on the North Shore, role in North Sydney",
        "cs",
        [
            staff(NURSE, "Cronulla, Australia")(
                "Jacinta Morrow",
                0,
                "Won't cross the Harbour Bridge for work - southern suburbs only.",
            ),
            staff(NURSE, "Chatswood, Australia")(
                "Isla Pemberton",
                2,
                "Lives on the North Shore, wants a short drive.",
            ),
        ],
        **job(
            AU_NURSE, dict(remote_policy="onsite", location="St Leonards, North Sydney, Australia")
        ),
    ),
    C(
        "won't do the Lions Gate at shift change vs North Van resident, Lions Gate Hospital",
        "cs",
        [
            staff(NURSE, "Burnaby, Canada")(
                "Madison Tran",
                0,
                touches=[
                    mail(
                        30,
                        "I can't do the Lions Gate Bridge at shift change twice a "
                        "day. Burnaby or New West sites only, please.",
                    )
                ],
            ),
            staff(NURSE, "North Vancouver, Canada")(
                "Avery Lindqvist",
                2,
                touches=[
                    mail(30, "I live in North Van and would love to work on the North Shore.")
                ],
            ),
        ],
        **job(CA_NURSE, dict(remote_policy="onsite", location="North Vancouver, Canada")),
    ),
    C(
        "forty minutes door to door max vs happy with a long train ride, role 70 minutes away",
        "cs",
        [
            staff(PHARMACIST, "Reading, UK")(
                "Tamara Blessington",
                0,
                touches=[ats(25, "max 40 min door to door - school run both ends")],
            ),
            staff(PHARMACIST, "Reading, UK")(
                "Ollie Fairweather",
                2,
                touches=[
                    ats(
                        25,
                        "fine w/ Elizabeth line into London, likes reading on the "
                        "train, up to 75 min each way ok",
                    )
                ],
            ),
        ],
        **job(
            PHARM_ROLE,
            dict(remote_policy="onsite", location="London (Whitechapel), UK"),
            salary_min=47_810,
            salary_max=54_710,
            currency="GBP",
        ),
    ),
    C(
        "Devonport ferry suits her vs won't use the ferry, role is on the North Shore",
        "cs",
        [
            staff(PHYSIO, "Auckland, New Zealand")(
                "Mereana Walker",
                2,
                "Loves the Devonport ferry - a North Shore job would be perfect.",
            ),
            staff(PHYSIO, "Auckland, New Zealand")(
                "Sophie Brandt",
                0,
                "Gets seasick, no ferry commute - central or south Auckland only.",
            ),
        ],
        **job(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="North Shore, Auckland, New Zealand"),
            salary_min=85_000,
            salary_max=105_000,
            currency="NZD",
        ),
    ),
    C(
        "the drive was the issue last time, this role is ten minutes away vs no history",
        "cs",
        [
            staff(OT, "Wakefield, UK")(
                "Gillian Hepworth",
                2,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Pulled out - 55 min each way to Huddersfield on the M62, couldn't face it",
                        role="Occupational Therapist",
                    )
                ],
            ),
            staff(OT, "Wakefield, UK")("Naomi Sykes", 1),
        ],
        **job(
            OT_ROLE,
            dict(remote_policy="onsite", location="Wakefield, UK"),
            offers=["Based at Pinderfields Hospital, Wakefield"],
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "two buses and no car, needs a direct route vs same town, drives",
        "cs",
        [
            staff(CARE_MANAGER, "Rochdale, UK")(
                "Tanya Greenhalgh",
                1,
                touches=[
                    call(30, "no car - needs somewhere on one bus route from Rochdale, max 30 mins")
                ],
            ),
            staff(CARE_MANAGER, "Rochdale, UK")(
                "Jacqueline Butterworth",
                2,
                touches=[call(30, "drives, up to 45 mins fine")],
            ),
        ],
        **job(
            CARE_ROLE,
            dict(remote_policy="onsite", location="Saddleworth, UK"),
            offers=[
                "Rural home in the hills above Oldham, no public transport to the door, "
                "parking on site"
            ],
            salary_min=52_000,
            salary_max=60_000,
            currency="GBP",
        ),
    ),
]

PAY = [
    C(
        "wants Band 6 money vs happy at Band 5, Band 5 role",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Stacey Bottomley",
                0,
                "Won't move for less than Band 6 - already acting up and paid as a B6.",
            ),
            staff(NURSE, "Leeds, UK")(
                "Lucy Ackroyd",
                2,
                "Band 5 is fine, just wants a better ward culture.",
            ),
        ],
        **job(WARD_B5, LEEDS),
    ),
    C(
        "agency rate of £28 an hour floor vs ask within the band, permanent Band 5",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Blessing Adewale",
                0,
                touches=[
                    ats(
                        20,
                        "cand wants min £28/hr - currently on agency rates, won't "
                        "drop to NHS salary",
                    )
                ],
            ),
            staff(NURSE, "London, UK")(
                "Hayley Wheatcroft",
                2,
                touches=[ats(20, "cand looking for ~£34k basic, flexible, happy with AfC")],
            ),
        ],
        **job(WARD_B5, LONDON),
    ),
    C(
        "locum GP wants £110 an hour vs salaried ask inside the band",
        "cs",
        [
            staff(GP, "Birmingham, UK")(
                "Dr Kwame Asante",
                0,
                touches=[
                    call(
                        30,
                        "Dr's floor: £110/hr locum equivalent, nothing under £120k "
                        "salaried for 6 sessions",
                    )
                ],
            ),
            staff(GP, "Birmingham, UK")(
                "Dr Rachel Amberley",
                2,
                touches=[
                    call(30, "Dr looking for around £90k for 6 sessions, pension more important")
                ],
            ),
        ],
        **job(GP_ROLE, BIRMINGHAM, salary_min=80_000, salary_max=96_000, currency="GBP"),
    ),
    C(
        "asks €48k to €52k, within the HSE scale vs won't go under €70k",
        "cs",
        [
            staff(NURSE, "Cork, Ireland")(
                "Gráinne Ó Súilleabháin",
                2,
                "Looking for €48k to €52k.",
            ),
            staff(NURSE, "Cork, Ireland")(
                "Rachel Twomey",
                0,
                "Won't consider anything under €70,000 - private sector pays me close to that.",
            ),
        ],
        **job(IE_NURSE, CORK),
    ),
    C(
        "wants AUD 95k vs wants AUD 130k, band tops at 98k",
        "cs",
        [
            staff(NURSE, "Brisbane, Australia")(
                "Shanelle Wiremu",
                2,
                touches=[li(30, "Chasing about $95k base plus penalties, super on top.")],
            ),
            staff(NURSE, "Brisbane, Australia")(
                "Courtney Maddigan",
                0,
                touches=[
                    li(
                        30,
                        "Wouldn't move for under $130k base, I'm on agency rates in the mines now.",
                    )
                ],
            ),
        ],
        **job(AU_NURSE, BRISBANE),
    ),
    C(
        "current pay above the band but a lower floor vs floor above the band",
        "cs",
        [
            staff(PHARMACIST, "Toronto, Canada")(
                "Daniel Okafor-Reid",
                2,
                touches=[
                    mail(
                        40,
                        "I'm on $128k in retail pharmacy but I'd take $105k for a "
                        "hospital role - that's my floor.",
                    )
                ],
            ),
            staff(PHARMACIST, "Toronto, Canada")(
                "Meghan Stroud",
                0,
                touches=[mail(40, "My floor is $130k, I won't go backwards from what I earn now.")],
            ),
        ],
        **job(PHARM_ROLE, TORONTO, salary_min=100_000, salary_max=118_000, currency="CAD"),
    ),
    C(
        "NZD 115k ask vs ask inside the band for Te Whatu Ora",
        "cs",
        [
            staff(NURSE, "Auckland, New Zealand")(
                "Hinemoa Rangiwai",
                0,
                "Needs $115k minimum - mortgage.",
            ),
            staff(NURSE, "Auckland, New Zealand")(
                "Ella Whitcombe",
                2,
                "Would like around $90k, step 5 on the scale.",
            ),
        ],
        **job(NZ_NURSE, AUCKLAND),
    ),
]

WORK_MODE = [
    C(
        "remote clinical advisor said only in the title: wants home working vs wants the ward",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Kirsty Oddershaw",
                2,
                "Wants a home-based clinical role after a back injury - no more ward floors.",
            ),
            staff(NURSE, "Leeds, UK")(
                "Danika Sewell",
                0,
                "Would hate working from home, wants to be on a ward with a team.",
            ),
        ],
        title="Remote Clinical Advisor (Home-Based), NHS 111",
        department="Urgent Care",
        seniority="mid",
        requirements="NMC or HCPC registration\nTelephone triage\nClinical decision support",
        description="Clinical triage of NHS 111 calls.",
        salary_min=38_682,
        salary_max=46_580,
        currency="GBP",
        location="Leeds, UK",
    ),
    C(
        "home-based said only in the description: wants remote vs wants a hospital",
        "cs",
        [
            staff(PHARMACIST, "Glasgow, UK")(
                "Alasdair Rennie",
                2,
                "Would like to work from home - long Covid, commuting wipes me out.",
            ),
            staff(PHARMACIST, "Glasgow, UK")(
                "Morven Baird",
                0,
                "Wants to be on the wards, hates screens all day.",
            ),
        ],
        title="Medicines Optimisation Pharmacist",
        department="Primary Care",
        seniority="senior",
        requirements="GPhC registration\nIndependent prescriber\nStructured medication reviews",
        description="Working entirely from home: remote structured medication reviews by video "
        "and phone for a GP federation, with laptop and kit provided.",
        location="Glasgow, UK",
    ),
    C(
        "hybrid two days on site suits her vs fully remote or nothing",
        "cs",
        [
            staff(OT, "Manchester, UK")(
                "Francesca Lowe",
                2,
                "Two or three days at base and the rest at home would be ideal.",
            ),
            staff(OT, "Manchester, UK")(
                "Courtney Heaton",
                0,
                "Fully remote only - I moved to Anglesey and won't travel in.",
            ),
        ],
        **job(
            OT_ROLE,
            dict(
                remote_policy="hybrid",
                location="Manchester, UK",
                offers=["Hybrid: two days at the Trafford base, three at home"],
            ),
        ),
    ),
    C(
        "virtual ward role: wants screen-based work vs remote refused, role fully remote",
        "cs",
        [
            staff(NURSE, "Cork, Ireland")(
                "Aisling Ó Coillteáin",
                0,
                "Not interested in anything remote or virtual - I want patients in front of me.",
            ),
            staff(NURSE, "Cork, Ireland")("Mairead Tobin", 1),
        ],
        **job(
            IE_NURSE,
            dict(remote_policy="remote", location="Remote (Ireland)"),
            title="Virtual Ward Nurse (Remote)",
            offers=["Fully remote, monitoring patients at home by video"],
        ),
    ),
    C(
        "negation in scope: not remote-only, happy on site vs remote only, on-site role",
        "cs",
        [
            staff(RADIOGRAPHER, "Dublin, Ireland")(
                "Eimear Kinsella",
                2,
                "I'm not after remote-only work - happy to be on site every day.",
            ),
            staff(RADIOGRAPHER, "Dublin, Ireland")(
                "Roisin Hegarty",
                0,
                "Only remote reporting roles from now on.",
            ),
        ],
        **job(RAD_ROLE, DUBLIN, salary_min=45_000, salary_max=62_000, currency="EUR"),
    ),
]

NEGATION = [
    C(
        "the pay was never the issue, the nights were vs pay was the issue, same band",
        "cs",
        [
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Ruth Cuthbertson",
                2,
                apps=[
                    declined(
                        250,
                        "other",
                        "The pay was never the issue - it was the rotating nights",
                        role="Staff Nurse",
                    )
                ],
            ),
            staff(NURSE, "Newcastle upon Tyne, UK")(
                "Abbie Lumsden",
                0,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Wanted top of Band 5 plus enhancements; offer was bottom of band",
                        role="Staff Nurse",
                    )
                ],
            ),
        ],
        **job(
            WARD_B5, NEWCASTLE, offers=["Days only, no nights", "Starts at the bottom of Band 5"]
        ),
    ),
    C(
        "not opposed to managing a team vs no more management, management role",
        "cs",
        [
            staff(CARE_MANAGER, "Birmingham, UK")(
                "Josephine Ekwueme",
                2,
                "Not opposed to running the home at all - it's the next step for me.",
            ),
            staff(CARE_MANAGER, "Birmingham, UK")(
                "Marion Heathcote",
                0,
                "No more management - wants to go back to hands-on nursing.",
            ),
        ],
        **job(CARE_ROLE, BIRMINGHAM, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "no problem with weekends vs no weekends at all, weekend-heavy rota",
        "cs",
        [
            staff(PARAMEDIC, "Cardiff, UK")(
                "Gethin Cadwaladwr",
                2,
                touches=[call(30, "no problem with weekends, divorced, kids every other Weds")],
            ),
            staff(PARAMEDIC, "Cardiff, UK")(
                "Rhodri Watkins",
                0,
                touches=[call(30, "weekends off non-negotiable, coaches the kids' rugby")],
            ),
        ],
        **job(PARA_ROLE, CARDIFF, offers=["Rota includes two weekends in three"]),
    ),
]


# --- 6. location, level, stage and size, mission, technology ---------------------------------

LOCATIONS = [
    C(
        "relocating to Galway with her partner in the spring vs settled in Dublin, Galway role",
        "cs",
        [
            staff(NURSE, "Dublin, Ireland")(
                "Caoimhe Ní Chonaola",
                2,
                touches=[
                    call(
                        45,
                        "Partner got a lectureship at University of Galway - they're "
                        "moving west after Christmas, she wants a post there",
                    )
                ],
            ),
            staff(NURSE, "Dublin, Ireland")(
                "Eadaoin Farrelly",
                0,
                touches=[call(45, "Just bought in Swords, staying put in north Dublin")],
            ),
        ],
        **job(IE_NURSE, GALWAY),
    ),
    C(
        "moving from Kerala to the UK on a job offer only vs already living in the city",
        "cs",
        [
            staff(NURSE, "Kochi, India")(
                "Jisha Pulikkottil",
                1,
                touches=[
                    mail(
                        30,
                        "I am ready to relocate to the UK for the right ward post - "
                        "NMC PIN already issued, CBT and OSCE done.",
                    )
                ],
            ),
            staff(NURSE, "Birmingham, UK")(
                "Alphonsa Chacko",
                2,
                touches=[mail(30, "Already living in Birmingham, want to stay here.")],
            ),
        ],
        **job(WARD_B5, BIRMINGHAM, offers=["Health and Care Worker visa sponsorship available"]),
    ),
    C(
        "won't leave Toronto vs moving to Calgary for the cost of living, Calgary role",
        "cs",
        [
            staff(PARAMEDIC, "Toronto, Canada")(
                "Jordan Mbeki-Clarke",
                2,
                "Moving to Calgary next summer - can't afford Toronto any more.",
            ),
            staff(PARAMEDIC, "Toronto, Canada")(
                "Tyler Desjardins",
                0,
                "Family's all in the GTA, not leaving Ontario.",
            ),
        ],
        **job(PARA_ROLE, CALGARY, salary_min=75_000, salary_max=100_000, currency="CAD"),
    ),
    C(
        "her husband's transfer to Perth that she isn't following vs moving to Perth herself",
        "cs",
        [
            staff(RADIOGRAPHER, "Melbourne, Australia")(
                "Alisha Corcoran",
                0,
                touches=[
                    call(
                        30,
                        "Husband's firm wants to transfer him to Perth. She's not "
                        "going - they're separating, she's staying in Melbourne with "
                        "the kids.",
                    )
                ],
            ),
            staff(RADIOGRAPHER, "Melbourne, Australia")(
                "Summer Hoang",
                2,
                touches=[call(30, "Moving to Perth in Feb to be near her mum, wants a job there")],
            ),
        ],
        **job(
            RAD_ROLE,
            dict(remote_policy="onsite", location="Perth, Australia"),
            salary_min=95_000,
            salary_max=115_000,
            currency="AUD",
        ),
    ),
]

LEVEL = [
    C(
        "ready to run a home vs wants to stay hands-on at the bedside, manager role",
        "cs",
        [
            staff(CARE_MANAGER, "Leeds, UK")(
                "Pauline Wadsworth",
                2,
                touches=[
                    call(
                        40,
                        "Been deputy 4 yrs, covered the RM for 6 months. Wants her own home now.",
                    )
                ],
            ),
            staff(CARE_MANAGER, "Leeds, UK")(
                "Maureen Oduya",
                0,
                touches=[
                    call(
                        40,
                        "Doesn't want the registered manager role - paperwork, "
                        "inspections. Wants to be back on the floor with residents.",
                    )
                ],
            ),
        ],
        **job(CARE_ROLE, LEEDS, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "wants to step back from ward sister to staff nurse vs wants to lead, Band 6 lead role",
        "cs",
        [
            staff(NURSE, "Glasgow, UK")(
                "Fiona McKechnie",
                0,
                "Stepping down from charge nurse - wants a staff nurse post with no team to run.",
            ),
            staff(NURSE, "Glasgow, UK")(
                "Kirsteen Boyle",
                2,
                "Wants to be nurse in charge and run the shift - ready for Band 6.",
            ),
        ],
        **job(WARD_B6, GLASGOW),
    ),
    C(
        "wants clinical work, not a team lead post vs wants a team lead post, hands-on role",
        "cs",
        [
            staff(PHYSIO, "Sydney, Australia")(
                "Georgina Fitzhardinge",
                2,
                "Wants to stay fully clinical - turned down a team leader role to keep treating.",
            ),
            staff(PHYSIO, "Sydney, Australia")(
                "Harrison Blakely",
                0,
                "Only looking at team leader or manager posts now, done with a full caseload.",
            ),
        ],
        **job(
            PHYSIO_ROLE,
            SYDNEY,
            title="Senior Physiotherapist (clinical caseload, no line management)",
            salary_min=95_000,
            salary_max=110_000,
            currency="AUD",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small private clinic after a huge trust vs wants a big teaching hospital",
        "cs",
        [
            staff(PHYSIO, "London, UK")(
                "Olamide Bankole",
                2,
                "After ten years in a 15,000-staff trust, wants a small clinic where she knows "
                "everyone.",
            ),
            staff(PHYSIO, "London, UK")(
                "Clementine Harcourt",
                0,
                "Wants a big teaching hospital with rotations and a research team.",
            ),
        ],
        **job(
            PHYSIO_ROLE,
            LONDON,
            title="Physiotherapist, independent sports clinic",
            offers=["Small independent clinic, team of six"],
            description="MSK and sports injury physio in a privately owned clinic of six.",
        ),
    ),
    C(
        "wants a digital health start-up vs wants an established employer, start-up role",
        "cs",
        [
            staff(NURSE, "Manchester, UK")(
                "Ayesha Siddiqui",
                2,
                "Keen on a health-tech start-up - likes building things from scratch.",
            ),
            staff(NURSE, "Manchester, UK")(
                "Gail Openshaw",
                0,
                "Wants the security of a big employer after her last agency folded.",
            ),
        ],
        **job(
            WARD_B5,
            dict(
                remote_policy="hybrid",
                location="Manchester, UK",
                offers=["Seed-stage virtual wards start-up, 14 people"],
            ),
            title="Clinical Lead Nurse, Remote Monitoring Start-up",
            description="Join a 14-person start-up building remote monitoring for care homes.",
        ),
    ),
    C(
        "NHS lifer who wants to stay NHS vs wants to leave the NHS, NHS trust role",
        "cs",
        [
            staff(RADIOGRAPHER, "Birmingham, UK")(
                "Mohammed Sabzwari",
                2,
                "NHS lifer - pension and AfC terms matter, would only move trust to trust.",
            ),
            staff(RADIOGRAPHER, "Birmingham, UK")(
                "Sophie Bellingham",
                0,
                "Finished with the NHS, only private imaging centres now.",
            ),
        ],
        **job(
            RAD_ROLE,
            BIRMINGHAM,
            offers=["NHS trust, AfC Band 6, NHS pension"],
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
]

MISSION = [
    C(
        "refuses cosmetic aesthetics vs wants aesthetics, aesthetics clinic role",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Natasha Ibekwe",
                0,
                "No cosmetic/aesthetics work - botox and fillers aren't nursing to me.",
            ),
            staff(NURSE, "London, UK")(
                "Poppy Delacourt",
                2,
                "Wants to move into aesthetics, has done her injectables foundation course.",
            ),
        ],
        **job(
            WARD_B5,
            dict(remote_policy="onsite", location="London, UK"),
            title="Aesthetics Nurse Practitioner",
            description="Botulinum toxin and dermal filler treatments in a Harley Street "
            "aesthetics clinic.",
        ),
    ),
    C(
        "wants palliative and hospice care vs can't face end-of-life work, hospice role",
        "cs",
        [
            staff(NURSE, "Bristol, UK")(
                "Annabel Whitlock",
                2,
                touches=[
                    mail(
                        35,
                        "Since Mum died at St Peter's I've wanted to work in palliative "
                        "care - a hospice post would mean a lot.",
                    )
                ],
            ),
            staff(NURSE, "Bristol, UK")(
                "Rosie Bamfield",
                0,
                touches=[
                    mail(
                        35,
                        "I'd rather avoid end-of-life care for now, I lost my dad in "
                        "the summer and it's too raw.",
                    )
                ],
            ),
        ],
        **job(
            WARD_B5,
            BRISTOL,
            title="Staff Nurse, Inpatient Hospice Unit",
            description="Specialist palliative and end-of-life care in a charity hospice.",
        ),
    ),
    C(
        "won't work in prison healthcare vs drawn to secure settings, prison role",
        "cs",
        [
            staff(NURSE, "Manchester, UK")(
                "Danielle Ashcroft",
                0,
                touches=[
                    ats(
                        40,
                        "cand won't consider prison/secure settings - felt unsafe on "
                        "placement at HMP",
                    )
                ],
            ),
            staff(NURSE, "Manchester, UK")(
                "Leon Fairclough",
                2,
                touches=[
                    ats(
                        40,
                        "cand keen on offender health/prison nursing, did elective at "
                        "HMP Forest Bank",
                    )
                ],
            ),
        ],
        **job(
            WARD_B5,
            dict(remote_policy="onsite", location="Manchester, UK"),
            title="Prison Healthcare Nurse, HMP Manchester",
            description="Primary care and medicines rounds for men in a category A prison.",
        ),
    ),
    C(
        "won't work for the military vs ex-forces who wants defence medicine, defence role",
        "cs",
        [
            staff(PARAMEDIC, "Birmingham, UK")(
                "Ibrahim Sheikh-Ali",
                0,
                "Won't work for the armed forces or defence contractors - conscience thing.",
            ),
            staff(PARAMEDIC, "Birmingham, UK")(
                "Craig Wetherall",
                2,
                "Ex-RAMC, wants to get back into defence medical services as a civilian.",
            ),
        ],
        **job(
            PARA_ROLE,
            BIRMINGHAM,
            title="Civilian Paramedic, Defence Medical Services",
            description="Urgent care for service personnel at a Ministry of Defence base.",
        ),
    ),
    C(
        "wants learning disability nursing vs no LD settings, LD service role",
        "cs",
        [
            staff(NURSE, "Cardiff, UK")(
                "Megan Howells",
                2,
                "Wants to work with adults with learning disabilities - her brother has Down's.",
            ),
            staff(NURSE, "Cardiff, UK")(
                "Tamsin Rees-Evans",
                0,
                "Acute general wards only - not LD or mental health settings.",
            ),
        ],
        **job(
            WARD_B5,
            CARDIFF,
            title="Staff Nurse, Adult Learning Disability Service",
            description="Nursing in a community learning disability service for adults.",
        ),
    ),
    C(
        "wants to work in Aboriginal community health vs no mission stated",
        "cs",
        [
            staff(NURSE, "Brisbane, Australia")(
                "Tahlia Coolwell",
                2,
                touches=[
                    li(
                        30,
                        "I'm a proud Quandamooka woman and want to nurse in an Aboriginal "
                        "community-controlled health service.",
                    )
                ],
            ),
            staff(NURSE, "Brisbane, Australia")("Brooke Hennessy", 1),
        ],
        **job(
            AU_NURSE,
            BRISBANE,
            title="Registered Nurse, Aboriginal Community Controlled Health Service",
            description="Chronic disease and child health clinics run by and for the local "
            "Aboriginal and Torres Strait Islander community.",
        ),
    ),
    C(
        "refuses pharma sales vs wants to try industry, pharma role",
        "cs",
        [
            staff(PHARMACIST, "London, UK")(
                "Samuel Adesokunbi",
                0,
                "Nothing in pharma sales or med affairs - wants to stay patient-facing.",
            ),
            staff(PHARMACIST, "London, UK")(
                "Priya Sundareswaran",
                2,
                "Curious about the pharmaceutical industry - medical information or med affairs.",
            ),
        ],
        **job(
            PHARM_ROLE,
            LONDON,
            title="Medical Information Pharmacist, Pharmaceutical Company",
            description="Answer healthcare professionals' medicines questions for a "
            "pharmaceutical manufacturer.",
            seniority="mid",
        ),
    ),
    C(
        "Portuguese: only the public sector, never private vs Portuguese: private is fine",
        "cs",
        [
            staff(NURSE, "Lisbon, Portugal")(
                "Inês Carvalhal",
                0,
                touches=[
                    wa(
                        30,
                        "Só quero trabalhar no NHS, no serviço público. Hospitais "
                        "privados não, por princípio.",
                    )
                ],
            ),
            staff(NURSE, "Lisbon, Portugal")(
                "Mariana Teixeira",
                2,
                touches=[wa(30, "Privado ou público, tanto faz - quero é mudar para Londres.")],
            ),
        ],
        **job(
            WARD_B5,
            LONDON,
            title="Staff Nurse, Private Hospital (HCA Healthcare)",
            description="Surgical nursing in a private hospital group in central London.",
            offers=["Relocation support for overseas nurses"],
        ),
    ),
    C(
        "wants to leave private for the NHS mission vs wants to stay private, NHS role",
        "cs",
        [
            staff(OT, "London, UK")(
                "Harriet Pennington",
                2,
                "Wants to go back to the NHS - misses working for everyone, not just the insured.",
            ),
            staff(OT, "London, UK")(
                "Georgina Lyle",
                0,
                "Staying in private practice - no NHS, the waiting lists broke her heart.",
            ),
        ],
        **job(
            OT_ROLE,
            LONDON,
            offers=["NHS community trust, Agenda for Change"],
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "mental health refused vs wants mental health, an inpatient mental health role",
        "cs",
        [
            staff(NURSE, "Toronto, Canada")(
                "Lauren Okonkwo",
                2,
                "Wants to move into mental health nursing - did her consolidation on a psych unit.",
            ),
            staff(NURSE, "Toronto, Canada")(
                "Kaitlyn Boucher",
                0,
                "Won't work mental health or addictions again after being assaulted at CAMH.",
            ),
        ],
        **job(
            CA_NURSE,
            TORONTO,
            title="Registered Nurse, Adult Inpatient Mental Health",
            description="Acute adult mental health inpatient unit.",
        ),
    ),
]

TECH = [
    C(
        "wants Epic after years of paper vs refuses another Epic go-live, Epic site",
        "cs",
        [
            staff(NURSE, "Cambridge, UK")(
                "Victoria Asquith",
                2,
                "Wants to learn Epic - sick of paper charts.",
            ),
            staff(NURSE, "Cambridge, UK")(
                "Lorna Pettigrew",
                0,
                "Never again an Epic go-live - the last one was chaos, prefers paper or Lorenzo.",
            ),
        ],
        **job(
            WARD_B5,
            dict(remote_policy="onsite", location="Cambridge, UK"),
            offers=["Fully digital wards on Epic"],
        ),
    ),
    C(
        "SystmOne fan vs won't use SystmOne, EMIS only, SystmOne practice",
        "cs",
        [
            staff(GP, "Leeds, UK")(
                "Dr Joseph Ainsworth",
                2,
                touches=[call(30, "Dr prefers SystmOne, used it all training")],
            ),
            staff(GP, "Leeds, UK")(
                "Dr Amara Chukwu",
                0,
                touches=[
                    call(30, "Dr won't work on SystmOne - EMIS practices only, non-negotiable")
                ],
            ),
        ],
        **job(GP_ROLE, LEEDS, offers=["Practice runs on SystmOne"]),
    ),
    C(
        "wants robotic surgery experience vs no view, theatre role with the da Vinci",
        "cs",
        [
            staff(NURSE, "Melbourne, Australia")(
                "Chanel Papadopoulos",
                2,
                "Keen to scrub for robotic surgery - wants da Vinci experience.",
            ),
            staff(NURSE, "Melbourne, Australia")("Jade Whiteley", 1),
        ],
        **job(
            AU_NURSE,
            MELBOURNE,
            title="Registered Nurse, Perioperative (Robotic Surgery)",
            offers=["Scrub for the da Vinci robotic list"],
        ),
    ),
]


# --- 7. last time's reason, the history with us, the latest process --------------------------

PAST_B5_NIGHTS = dict(
    remote_policy="onsite", location="Leeds, UK", salary_max=37_796, currency="GBP"
)

LAST_TIME = [
    C(
        "declined over Band 5 pay, this role is Band 6 vs declined over pay, still Band 5",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Charlotte Brierley",
                2,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Wanted Band 6 - offer was top of B5",
                        past=PAST_B5_NIGHTS,
                    )
                ],
            ),
            staff(NURSE, "Leeds, UK")(
                "Natalie Crowther",
                1,
            ),
        ],
        **job(WARD_B6, LEEDS),
    ),
    C(
        "declined over Band 5 pay; this role is Band 5 again vs clean history",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Victoria Haigh",
                0,
                apps=[
                    declined(
                        150,
                        "compensation",
                        "Wanted Band 6 - offer was top of B5",
                        past=PAST_B5_NIGHTS,
                    )
                ],
            ),
            staff(NURSE, "Leeds, UK")("Amy Thornber", 2),
        ],
        **job(WARD_B5, LEEDS),
    ),
    C(
        "withdrew over the night rota; this post is days only vs no history",
        "cs",
        [
            staff(NURSE, "Cork, Ireland")(
                "Siobhan Crowley",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - rota was 50% nights, she has young twins",
                        role="Staff Nurse",
                    )
                ],
            ),
            staff(NURSE, "Cork, Ireland")("Aine Barrett", 1),
        ],
        **job(IE_NURSE, CORK, offers=["Day duty only, Monday to Friday, no nights"]),
    ),
    C(
        "withdrew over nights; this post is nights again vs no history",
        "cs",
        [
            staff(NURSE, "Cork, Ireland")(
                "Ailbhe Murnane",
                0,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - rota was 50% nights, she has young twins",
                        role="Staff Nurse",
                    )
                ],
            ),
            staff(NURSE, "Cork, Ireland")("Niamh Cusheen", 2),
        ],
        **job(IE_NURSE, CORK, offers=["Permanent night duty"]),
    ),
    C(
        "offer withdrawn because the PIN hadn't come through; PIN now issued vs still waiting",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Mary Joy Esguerra",
                2,
                apps=[
                    turned_away(
                        240,
                        "other",
                        "Offer withdrawn - NMC PIN not issued by start date",
                        stage="offer",
                    )
                ],
                touches=[ats(60, "PIN issued 02/09, now on the register")],
            ),
            staff(NURSE, "London, UK")(
                "Rowena Paguio",
                1,
                apps=[
                    turned_away(
                        240,
                        "other",
                        "Offer withdrawn - NMC PIN not issued by start date",
                        stage="offer",
                    )
                ],
                touches=[ats(20, "Still waiting on NMC decision, OSCE resit 19 Jan")],
            ),
        ],
        **job(WARD_B5, LONDON),
    ),
    C(
        "withdrew as the employer couldn't support her AEWV; this one is accredited vs no history",
        "cs",
        [
            staff(NURSE, "Auckland, New Zealand")(
                "Rhea Fernandes",
                2,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Employer wasn't accredited, couldn't support her AEWV",
                        role="Registered Nurse",
                    )
                ],
            ),
            staff(NURSE, "Auckland, New Zealand")("Olivia Tapsell", 1),
        ],
        **job(NZ_NURSE, AUCKLAND, offers=["Accredited employer, AEWV support"]),
    ),
    C(
        "turned down over the 90-minute drive; this hospital is round the corner vs no history",
        "cs",
        [
            staff(RADIOGRAPHER, "Calgary, Canada")(
                "Hayden McAllister",
                2,
                apps=[
                    declined(
                        200,
                        "location",
                        "Offer at Red Deer - 90 min drive each way, declined",
                        role="CT Technologist",
                    )
                ],
            ),
            staff(RADIOGRAPHER, "Calgary, Canada")("Logan Friesen", 1),
        ],
        **job(
            RAD_ROLE,
            CALGARY,
            offers=["Foothills Medical Centre, Calgary"],
            salary_min=85_000,
            salary_max=105_000,
            currency="CAD",
        ),
    ),
    C(
        "declined the on-call last year; this post has the same on-call vs no history",
        "cs",
        [
            staff(PHARMACIST, "Wellington, New Zealand")(
                "Bridget Tamihana",
                0,
                apps=[
                    declined(
                        100,
                        "other",
                        "Would not do the resident on-call weekends",
                        role="Clinical Pharmacist",
                    )
                ],
            ),
            staff(PHARMACIST, "Wellington, New Zealand")("Fraser Dunlop", 2),
        ],
        **job(
            PHARM_ROLE,
            WELLINGTON,
            offers=["Resident on-call one weekend in four"],
            salary_min=95_000,
            salary_max=120_000,
            currency="NZD",
        ),
    ),
]

HISTORY = [
    C(
        "rejected as too junior two years ago, now a Band 6 vs rejected as junior last month",
        "cs",
        [
            staff(NURSE, "Glasgow, UK")(
                "Eilidh MacRae",
                2,
                apps=[
                    turned_away(
                        700,
                        "experience_level",
                        "Only 8 months qualified - not ready for nurse in charge",
                    )
                ],
            ),
            staff(NURSE, "Glasgow, UK")(
                "Catriona Lamont",
                0,
                apps=[
                    turned_away(
                        35,
                        "experience_level",
                        "Not ready for nurse in charge yet - re-apply after a year on the ward",
                    )
                ],
            ),
        ],
        **job(WARD_B6, GLASGOW),
    ),
    C(
        "post frozen at the final stage vs a recent clinical skills gap at the same stage",
        "cs",
        [
            staff(PHYSIO, "Sydney, Australia")(
                "Matilda Gorringe",
                2,
                apps=[
                    app(
                        210,
                        "final",
                        "position_closed",
                        "headcount",
                        "Post frozen by the LHD after the budget",
                        role="Physiotherapist",
                    )
                ],
            ),
            staff(PHYSIO, "Sydney, Australia")(
                "Declan Rourke",
                0,
                apps=[
                    turned_away(
                        40,
                        "skills_gap",
                        "Weak on MSK assessment in the practical - panel unanimous",
                        stage="final",
                        role="Physiotherapist",
                    )
                ],
            ),
        ],
        **job(PHYSIO_ROLE, SYDNEY, salary_min=90_000, salary_max=110_000, currency="AUD"),
    ),
]

PROCESS = [
    C(
        "silver medallist with feedback vs CV never put forward",
        "cs",
        [
            staff(OT, "Newcastle upon Tyne, UK")(
                "Jennifer Tait",
                2,
                apps=[
                    lost_final(
                        220, "Panel split 3-2, lost to internal cand", role="Occupational Therapist"
                    )
                ],
            ),
            staff(OT, "Newcastle upon Tyne, UK")(
                "Michaela Dodds",
                1,
                apps=[
                    app(
                        220,
                        "applied",
                        "rejected",
                        "other",
                        "Shortlisting closed early",
                        role="Occupational Therapist",
                    )
                ],
            ),
        ],
        **job(OT_ROLE, NEWCASTLE, salary_min=38_682, salary_max=46_580, currency="GBP"),
    ),
    C(
        "a no-show at interview vs a clean history",
        "cs",
        [
            staff(NURSE, "Birmingham, UK")(
                "Kelly Mansell",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "no_show",
                        "DNA'd interview, no call, no reply since",
                    )
                ],
            ),
            staff(NURSE, "Birmingham, UK")("Amelia Kenward", 2),
        ],
        **job(WARD_B5, BIRMINGHAM),
    ),
    C(
        "placed by us ten weeks ago vs a final-round loss last spring",
        "cs",
        [
            staff(NURSE, "Sydney, Australia")(
                "Phoebe Lindqvist",
                0,
                apps=[
                    app(
                        70,
                        "offer",
                        "hired",
                        None,
                        "Placed at Westmead, started 14/09",
                        role="Registered Nurse",
                    )
                ],
            ),
            staff(NURSE, "Sydney, Australia")(
                "Holly Tran",
                2,
                apps=[lost_final(230, role="Registered Nurse")],
            ),
        ],
        **job(AU_NURSE, SYDNEY),
    ),
    C(
        "conduct concern on placement vs a final-round loss",
        "cs",
        [
            staff(CARE_MANAGER, "Manchester, UK")(
                "Deborah Spedding",
                0,
                apps=[
                    turned_away(
                        150,
                        "conduct",
                        "Client raised concerns re: attitude to "
                        "residents on trial shift - do not re-submit",
                        stage="onsite",
                        role="Deputy Manager",
                    )
                ],
            ),
            staff(CARE_MANAGER, "Manchester, UK")(
                "Angela Whittaker",
                2,
                apps=[lost_final(150, role="Deputy Manager")],
            ),
        ],
        **job(CARE_ROLE, MANCHESTER, salary_min=52_000, salary_max=62_000, currency="GBP"),
    ),
]


# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "nights refused in spring, fine by autumn vs nights fine in spring, refused by autumn",
        "cs",
        [
            staff(NURSE, "Leeds, UK")(
                "Naomi Barraclough",
                2,
                touches=[
                    call(240, "no nights - new baby"),
                    wa(
                        30,
                        "hiya, update - hubby's home now so nights are fine again, "
                        "actually want them for the enhancements x",
                    ),
                ],
            ),
            staff(NURSE, "Leeds, UK")(
                "Jade Dobson",
                0,
                touches=[
                    call(240, "nights fine, prefers them"),
                    wa(
                        30,
                        "update - can't do nights anymore, childminder fell through, days "
                        "only now sorry",
                    ),
                ],
            ),
        ],
        **job(WARD_B5, LEEDS, offers=["Internal rotation, 50% nights"]),
    ),
    C(
        "wouldn't move to Galway, then wants to, then settled on Galway vs the reverse",
        "cs",
        [
            staff(NURSE, "Dublin, Ireland")(
                "Orla Fennelly",
                2,
                touches=[
                    call(300, "Not leaving Dublin."),
                    mail(160, "Thinking about the west - maybe Galway."),
                    mail(
                        20, "Decided: we're moving to Galway in January. Please look for me there."
                    ),
                ],
            ),
            staff(NURSE, "Dublin, Ireland")(
                "Clare Whelan",
                0,
                touches=[
                    call(300, "Keen to move to Galway."),
                    mail(
                        20,
                        "Scrap Galway - we're staying in Dublin after all, house sale collapsed.",
                    ),
                ],
            ),
        ],
        **job(IE_NURSE, GALWAY),
    ),
    C(
        "opted out, then asked to be added back vs keen, then opted out",
        "cs",
        [
            staff(PHYSIO, "Manchester, UK")(
                "Rebecca Oldroyd",
                2,
                touches=[
                    mail(320, "Please remove me from your lists, thanks."),
                    mail(
                        25,
                        "I know I asked to be removed last year, but I'm ready for a "
                        "move now - please add me back and send me MSK posts.",
                    ),
                ],
            ),
            staff(PHYSIO, "Manchester, UK")(
                "Gemma Lomax",
                0,
                touches=[
                    mail(200, "Keep me posted on MSK roles!"),
                    mail(25, "Please delete my details and don't contact me again. Thanks."),
                ],
                excluded=True,
            ),
        ],
        **job(PHYSIO_ROLE, MANCHESTER),
    ),
    C(
        "needed sponsorship, then got ILR vs had ILR refused, now needs sponsorship again",
        "cs",
        [
            staff(NURSE, "London, UK")(
                "Arnel Pangilinan",
                2,
                touches=[
                    ats(400, "Needs HCW sponsorship to move"),
                    ats(40, "ILR granted - no sponsorship needed any more"),
                ],
            ),
            staff(NURSE, "London, UK")(
                "Joemar Salcedo",
                0,
                touches=[
                    ats(400, "ILR application in, expects no sponsorship needed"),
                    ats(40, "ILR refused on a technicality - needs HCW sponsorship again to move"),
                ],
            ),
        ],
        **job(WARD_B5, LONDON, offers=["No visa sponsorship available"]),
    ),
    C(
        "private only, then back to the NHS vs NHS only, then private only",
        "cs",
        [
            staff(RADIOGRAPHER, "Bristol, UK")(
                "Annie Cottrell",
                2,
                touches=[
                    li(280, "Only private hospitals for me now."),
                    li(100, "Hmm, maybe NHS again."),
                    li(
                        15,
                        "Definitely want to go back to the NHS - the pension and the "
                        "team matter more than I thought.",
                    ),
                ],
            ),
            staff(RADIOGRAPHER, "Bristol, UK")(
                "Lily Bramwell",
                0,
                touches=[
                    li(280, "NHS only."),
                    li(15, "Changed my mind - done with the NHS, private only from here."),
                ],
            ),
        ],
        **job(
            RAD_ROLE,
            BRISTOL,
            offers=["NHS trust, AfC Band 6"],
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "pay ask lowered over time vs pay ask raised above the band",
        "cs",
        [
            staff(PHARMACIST, "Dublin, Ireland")(
                "Conor Mulvihill",
                2,
                touches=[
                    call(300, "Wants €85k minimum"),
                    call(30, "Revised ask: €68k is fine for the right hospital"),
                ],
            ),
            staff(PHARMACIST, "Dublin, Ireland")(
                "Eoin Considine",
                0,
                touches=[
                    call(300, "Would take €65k"),
                    call(30, "Got a raise at Boots - won't move under €85k now"),
                ],
            ),
        ],
        **job(PHARM_ROLE, DUBLIN, salary_min=60_000, salary_max=72_000, currency="EUR"),
    ),
    C(
        "Tagalog: first no to community, then yes vs yes then no",
        "cs",
        [
            staff(NURSE, "Vancouver, Canada")(
                "Angelica Dizon",
                2,
                touches=[
                    wa(200, "Ayoko po sa community, wala akong kotse."),
                    wa(
                        20,
                        "Update po: may kotse na ako at may BC licence na. Okay na po sa "
                        "akin ang home visits!",
                    ),
                ],
            ),
            staff(NURSE, "Vancouver, Canada")(
                "Hazel Mendoza",
                0,
                touches=[
                    wa(200, "Okay po ako sa home visits, may kotse ako."),
                    wa(
                        20,
                        "Binenta ko na po ang kotse ko, hindi na ako pwede sa home visits. "
                        "Hospital na lang po.",
                    ),
                ],
            ),
        ],
        **job(
            CA_NURSE,
            VANCOUVER,
            title="Community Health Nurse (Home Health)",
            offers=["Home visits by car across Vancouver Coastal Health, mileage paid"],
        ),
    ),
    C(
        "a manager's bench note overruled by the candidate's later word vs note standing",
        "cs",
        [
            staff(OT, "Melbourne, Australia")(
                "Isabelle Fairweather",
                2,
                touches=[
                    ats(150, "Cand said she's not ready for a senior post, wants to stay Grade 2"),
                    mail(
                        20,
                        "I've had time to think - I'm ready for a Grade 3 role leading "
                        "the rehab team now.",
                    ),
                ],
            ),
            staff(OT, "Melbourne, Australia")(
                "Zara Holcombe",
                0,
                touches=[
                    mail(150, "Would love a Grade 3 post leading a team."),
                    mail(
                        20,
                        "After a rough few months I want to step back - Grade 2, no "
                        "team leading for now.",
                    ),
                ],
            ),
        ],
        **job(
            OT_ROLE,
            MELBOURNE,
            title="Senior Occupational Therapist Grade 3, Team Leader",
            seniority="lead",
            offers=["Lead a team of five OTs"],
            salary_min=105_000,
            salary_max=120_000,
            currency="AUD",
        ),
    ),
    C(
        "Hindi: wanted to leave the ward for remote, then back to wanting the ward vs reverse",
        "cs",
        [
            staff(NURSE, "Birmingham, UK")(
                "Pooja Malhotra",
                2,
                touches=[
                    wa(250, "ghar se kaam karna hai, ward nahi"),
                    wa(
                        25,
                        "socha phir se - ghar se kaam mein mann nahi lagta, ward pe wapas "
                        "jaana hai. Ward jobs bhejo please.",
                    ),
                ],
            ),
            staff(NURSE, "Birmingham, UK")(
                "Sunita Rathore",
                0,
                touches=[
                    wa(250, "ward job chahiye"),
                    wa(25, "ab ward nahi, sirf ghar se kaam wali jobs - back injury ho gayi hai."),
                ],
            ),
        ],
        **job(WARD_B5, BIRMINGHAM),
    ),
    C(
        "a wait called off early vs a 'whenever' turned into 'not before summer'",
        "cs",
        [
            staff(GP, "Toronto, Canada")(
                "Dr Mei-Ling Chau",
                2,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "Please don't contact me until next June - I'm doing a fellowship.",
                    ),
                    mail(
                        date(2026, 11, 9),
                        "Fellowship cancelled, funding pulled. I'm available now after all.",
                    ),
                ],
            ),
            staff(GP, "Toronto, Canada")(
                "Dr Aaron Goldfarb",
                1,
                touches=[
                    mail(date(2026, 6, 1), "Whenever suits you, always happy to talk."),
                    mail(
                        date(2026, 11, 2),
                        "On reflection, not before next summer - my "
                        "daughter starts school and I need to be home.",
                    ),
                ],
            ),
        ],
        **job(GP_ROLE, TORONTO, salary_min=280_000, salary_max=340_000, currency="CAD"),
    ),
    C(
        "Polish: first not leaving Poland, then moving to the UK vs the reverse",
        "cs",
        [
            staff(NURSE, "Kraków, Poland")(
                "Aleksandra Bartoszewska",
                2,
                touches=[
                    mail(300, "Nie planuję wyjazdu z Polski."),
                    mail(
                        30,
                        "Zmiana planów - przeprowadzam się do Leeds w styczniu, mam już "
                        "PIN z NMC. Proszę o oferty.",
                    ),
                ],
            ),
            staff(NURSE, "Kraków, Poland")(
                "Justyna Wróbel",
                0,
                touches=[
                    mail(300, "Chcę wyjechać do Anglii."),
                    mail(30, "Jednak zostaję w Krakowie, mąż dostał awans. Anglia odpada."),
                ],
            ),
        ],
        **job(WARD_B5, LEEDS, offers=["Relocation support for overseas nurses"]),
    ),
]

HELDOUT63_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATION,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# negation and its scope are its NEGATION; last time's reason, resolved or still standing, is
# the file's LAST_TIME list, and the history with us its HISTORY.
NEGATIONS = NEGATION
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
