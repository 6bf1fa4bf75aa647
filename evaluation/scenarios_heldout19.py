"""Held-out rediscovery cases, nineteenth set: education and the public sector in recruiters' and
candidates' own words, written by a nineteenth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 19") and never tuned to what Encore does. The recruiters are a
multi-academy trust's HR team in the north of England, a Scottish council's education
resourcing desk, a UK civil service resourcing team, an agency supply desk, an Australian state
education department and an APS agency in Canberra, a New Zealand ministry and a kura's
tumuaki, a Canadian school board and federal department (some of it in French), and a Cape Town
and Gauteng schools' HR office (some of it in Afrikaans). The voices: ATS shorthand with typos
("cand", "LM", "w/c", "mat cover", "UPS3", "SCP 19", "HEO/SEO", "EL1", "APS6"), a headteacher's
blunt notes, candidates' formal emails, WhatsApp and LinkedIn replies in lower case, a few lines
in Afrikaans, te reo Maori greetings, Welsh and Canadian French, and long rambling notes full of
term dates that ask for no wait. The people are secondary teachers and heads of department,
teaching assistants, SENCOs, FE and university lecturers, school business managers, policy
advisers, council officers, police staff, NHS medical secretaries and university registry staff.
Their talk is of term dates, half term, Term 1 and Term 4, September starts, supply against
permanent, TLR points, pay scales and spine points, the TPS and the LGPS, DBS, WWCC and police
checks, QTS and SACE, fixed-term maternity cover, term-time only contracts, office days in a
department, SC and DV, NV1 and Baseline clearance, purdah, secondments and loans, and relocation
for a posting.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a trust HR erasure, "take me off the supply list for good", Afrikaans, withdrawn
   consent for a civil service talent pool, a headteacher's "never contact her again", Canadian
   French, a te reo signed-off removal, a LinkedIn "stop messaging me", Welsh, a GDPR erasure in
   ATS shorthand, a WhatsApp STOP): never shown; beside each a records request, one weekday off
   the supply list, call after three, a personal address instead of a work one, not during
   lessons, a changed email, a move from one regional list to another, not this one job, email
   rather than phone, a subject access request, WhatsApp rather than calls;
2. waits counted from the day said, each against a twin whose wait has run out: a mat cover to
   Easter, Year 13 to results day, a ministry contract to 30 June, long service leave over Term 4,
   purdah before the May elections, the South African school year, la fin de l'annee scolaire,
   the 31 October resignation deadline, a twelve-month secondment, a council probation;
3. schedule, travel, visa and vetting, contract and hours, commute: term-time only, nights on a
   control-room rota, evening classes, Saturday open days, mornings only; travel between schools,
   fly-in trips, interstate travel; sponsorship (and a husband's visa that is not hers), APS
   citizenship, DV, a WWCC, a Canadian work permit; permanent against mat cover, supply against a
   permanent post, 0.6 FTE, a loan against a transfer, no TPS; commutes in Yorkshire, Sydney,
   Gauteng and over the Forth;
4. pay against the band: MPS and UPS, a TLR, an SEO band, an APS6 band plus super, NZD, a
   monthly rand ask against an annual band, a current CAD salary above the band with a lower ask,
   NJC spine points, a supply day rate;
5. work mode said only in the policy field, the description, the title, the offers, and French;
6. negation and scope (form tutoring, "the pay wasn't the issue, the drive was", a Catholic
   school, a school in special measures, class sizes, an English-medium school in Afrikaans);
7. location and relocation (an RAF posting followed and not followed, home from Dubai,
   Perth and Brisbane both ways, semigrating to the Western Cape, Ottawa both ways, anywhere in
   Scotland), managing against hands-on (head of department, out of SLT, acting G7, a SENCO, an
   EL1 team), school and trust size, alternative provision, kura kaupapa Maori, fee-paying
   schools, net zero, and technology (Arbor against SIMS, Canvas, Power BI);
8. last time's reason resolved by this role or still standing (office days in Darlington, a
   term-time TA post, a TLR, APS flexibility against NV1, a rand band, the CBC French level), the
   history with us (a safeguarding concern, a missed observed lesson, a recent weak observation,
   a sift failure against a panel loss, failed vetting against a vetting delay) and the latest
   process (a final panel against a sift, a placement made weeks ago, a counter-offer);
9. several notes over time where the latest word counts: supply refused then taken and the
   reverse, a removal taken back and a "keep me posted" hardened into an erasure, a move to
   Scotland refused then made, a pay ask lowered and raised, part-time then full-time, remote
   only then two office days.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

ENGLISH_TEACHER = dict(
    current_title="Teacher of English",
    skills=["QTS", "KS3 and KS4 English", "A level literature", "Form tutor"],
    years_experience=9,
    resume_text=(
        "English teacher with QTS, nine years in 11-18 schools: KS3 to A level literature, GCSE "
        "moderation, a Year 10 tutor group, and schemes of work for the reading curriculum."
    ),
)
TEACHING_ASSISTANT = dict(
    current_title="Teaching Assistant (Level 3)",
    skills=["Phonics interventions", "SEND support", "Behaviour support", "First aid"],
    years_experience=6,
    resume_text=(
        "Level 3 teaching assistant, six years in primary: phonics and maths interventions, 1:1 "
        "support for pupils with EHCPs, lunchtime cover and paediatric first aid."
    ),
)
SENCO = dict(
    current_title="SENCO",
    skills=["NASENCO", "EHCP reviews", "Provision mapping", "Staff training"],
    years_experience=11,
    resume_text=(
        "Qualified teacher and SENCO with the NASENCO award: EHCP annual reviews, provision maps, "
        "liaison with educational psychologists and training support staff."
    ),
)
LECTURER = dict(
    current_title="Lecturer in Business",
    skills=["Teaching qualification", "BTEC and HND delivery", "Curriculum design", "Moodle"],
    years_experience=8,
    resume_text=(
        "Lecturer in business and management, eight years across FE and HE: BTEC and HND units, "
        "assessment boards, course leadership and online delivery."
    ),
)
BURSAR = dict(
    current_title="School Business Manager",
    skills=["School budgets", "HR and payroll", "Premises and H&S", "Academy finance"],
    years_experience=10,
    resume_text=(
        "School business manager for ten years: three-year budget plans, payroll and HR, "
        "premises and health and safety, and the academy accounts return."
    ),
)
POLICY = dict(
    current_title="Policy Adviser",
    skills=["Policy development", "Ministerial briefing", "Stakeholder engagement", "Analysis"],
    years_experience=7,
    resume_text=(
        "Policy adviser, seven years in central government: ministerial submissions, briefing "
        "packs, consultation responses, stakeholder workshops and analysis for business cases."
    ),
)
COUNCIL = dict(
    current_title="Housing Options Officer",
    skills=["Homelessness casework", "Housing law", "Case management", "Partnership working"],
    years_experience=6,
    resume_text=(
        "Council housing options officer, six years of homelessness prevention casework, "
        "housing law assessments, temporary accommodation placements and partner referrals."
    ),
)
POLICE_STAFF = dict(
    current_title="Police Staff Investigator",
    skills=["Investigations", "Witness statements", "Case files", "Niche RMS"],
    years_experience=5,
    resume_text=(
        "Police staff investigator, five years: volume crime investigations, witness statements, "
        "case files to the CPS standard and records in Niche."
    ),
)
MEDSEC = dict(
    current_title="Medical Secretary",
    skills=["Clinic letters", "Audio typing", "Patient administration", "Waiting lists"],
    years_experience=8,
    resume_text=(
        "Medical secretary, eight years supporting consultants: clinic letters, audio typing, "
        "waiting list validation and patient administration systems."
    ),
)
REGISTRY = dict(
    current_title="Student Records Officer",
    skills=["Student records", "Enrolment", "Assessment boards", "Student information systems"],
    years_experience=6,
    resume_text=(
        "University professional services, six years in registry: enrolment, student records, "
        "assessment board papers, transcripts and the student information system."
    ),
)


def kin(persona: dict, where: str):
    """People of one kind: the same profile and persona, living in ``where`` unless a case says
    otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def hr(days, words) -> dict:
    """A note typed into the ATS by an HR or resourcing officer, in their shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A phone call as the recruiter or supply desk logged it."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def head(days, words) -> dict:
    """A headteacher's or hiring manager's own note after a meeting."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def mail(days, words) -> dict:
    """The candidate's email, as sent."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def wa(days, words) -> dict:
    """The candidate's WhatsApp or text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def panel_loss(days, note=None, *, role="Teacher of English") -> dict:
    """Reached the final panel and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Teacher of English") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Teacher of English"):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Teacher of English") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

ENGLISH_ROLE = dict(
    title="Teacher of English",
    department="English",
    seniority="mid",
    requirements="QTS or equivalent\nKS3 and KS4 English\nA level desirable",
    description="Teach English from Year 7 to Year 13 in an 11-18 school.",
)
TA_ROLE = dict(
    title="Teaching Assistant (Level 3)",
    department="Learning Support",
    seniority="mid",
    requirements="Level 3 TA qualification\nPhonics interventions\nSEND experience",
    description="Support pupils with SEND in Key Stage 1 and 2 classrooms.",
)
SENCO_ROLE = dict(
    title="SENCO",
    department="Inclusion",
    seniority="lead",
    requirements="QTS\nNASENCO or willingness to complete it\nEHCP experience",
    description="Lead special educational needs provision across the school.",
)
LECTURER_ROLE = dict(
    title="Lecturer in Business",
    department="Business School",
    seniority="mid",
    requirements="Teaching qualification\nBusiness degree\nBTEC or HND delivery",
    description="Teach business and management on further and higher education programmes.",
)
BURSAR_ROLE = dict(
    title="School Business Manager",
    department="Finance and Operations",
    seniority="manager",
    requirements="School budgets\nHR and payroll\nPremises management",
    description="Run finance, HR and premises for the school.",
)
POLICY_ROLE = dict(
    title="Policy Adviser",
    department="Policy",
    seniority="senior",
    requirements="Policy development\nBriefing ministers\nStakeholder engagement",
    description="Develop policy and brief ministers on it.",
)
COUNCIL_ROLE = dict(
    title="Housing Options Officer",
    department="Housing",
    seniority="mid",
    requirements="Homelessness casework\nHousing law\nCase management",
    description="Prevent and relieve homelessness for residents who come to the council.",
)
POLICE_ROLE = dict(
    title="Police Staff Investigator",
    department="Criminal Investigation",
    seniority="mid",
    requirements="Investigation experience\nStatement taking\nCase file preparation",
    description="Investigate volume crime and prepare case files for charging decisions.",
)
MEDSEC_ROLE = dict(
    title="Medical Secretary",
    department="Outpatients",
    seniority="mid",
    requirements="Audio typing\nMedical terminology\nPatient administration systems",
    description="Support a consultant team with letters, clinics and waiting lists.",
)
REGISTRY_ROLE = dict(
    title="Student Records Officer",
    department="Academic Registry",
    seniority="mid",
    requirements="Student records\nEnrolment\nAssessment board support",
    description="Keep student records, enrolment and assessment boards running.",
)

# --- where and how they are worked ----------------------------------------------------------

LEEDS_SCHOOL = dict(remote_policy="onsite", location="Leeds, UK")
MANCHESTER_SCHOOL = dict(remote_policy="onsite", location="Manchester, UK")
SHEFFIELD_SCHOOL = dict(remote_policy="onsite", location="Sheffield, UK")
EDINBURGH_ONSITE = dict(remote_policy="onsite", location="Edinburgh, UK")
GLASGOW_ONSITE = dict(remote_policy="onsite", location="Glasgow, UK")
CARDIFF_ONSITE = dict(remote_policy="onsite", location="Cardiff, UK")
WHITEHALL_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: 60% of the working week in the department's Westminster office"],
)
SYDNEY_ONSITE = dict(remote_policy="onsite", location="Sydney, Australia")
BRISBANE_ONSITE = dict(remote_policy="onsite", location="Brisbane, Australia")
CANBERRA_HYBRID = dict(
    remote_policy="hybrid",
    location="Canberra, Australia",
    offers=["Hybrid: two days a week in the Civic office"],
)
AUCKLAND_ONSITE = dict(remote_policy="onsite", location="Auckland, New Zealand")
WELLINGTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Wellington, New Zealand",
    offers=["Hybrid: three days a week in the Wellington office"],
)
TORONTO_ONSITE = dict(remote_policy="onsite", location="Toronto, Canada")
OTTAWA_HYBRID = dict(
    remote_policy="hybrid",
    location="Ottawa, Canada",
    offers=["Hybrid: three days a week at the Gatineau office"],
)
MONTREAL_ONSITE = dict(remote_policy="onsite", location="Montréal, Canada")
CAPE_TOWN_ONSITE = dict(remote_policy="onsite", location="Cape Town, South Africa")
PRETORIA_ONSITE = dict(remote_policy="onsite", location="Pretoria, South Africa")
JOBURG_ONSITE = dict(remote_policy="onsite", location="Johannesburg, South Africa")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "trust HR: delete all my records vs delete my old form, I've reapplied",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Philippa Ormerod-Vance",
                0,
                touches=[
                    mail(
                        60,
                        "Dear HR team, I no longer wish to receive any correspondence from the "
                        "trust's recruitment team. Please delete my application records and "
                        "confirm that this has been done. Yours sincerely, P. Ormerod-Vance",
                    )
                ],
                excluded=True,
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Gethin Aldersley",
                2,
                touches=[
                    mail(
                        60,
                        "Dear HR team, please delete my 2023 application form - I have reapplied "
                        "through TES with an updated one and a new referee. Still very keen on "
                        "English posts across the trust. Kind regards, Gethin",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, LEEDS_SCHOOL),
    ),
    C(
        "supply desk: off the list for good vs off the list on Fridays",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Manchester, UK")(
                "Bernadette Quayle",
                0,
                touches=[
                    wa(35, "take me off the supply list for good pls, ive left schools altogether")
                ],
                excluded=True,
            ),
            kin(TEACHING_ASSISTANT, "Manchester, UK")(
                "Lorraine Hebblethwaite",
                2,
                touches=[
                    wa(
                        35,
                        "take me off the supply list for fridays only, got a regular day at st "
                        "bedes now. mon-thu still free x",
                    )
                ],
            ),
        ],
        **role(TA_ROLE, MANCHESTER_SCHOOL),
    ),
    C(
        "Afrikaans: never call or email me again vs call me after three",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Cape Town, South Africa")(
                "Riaan Oosthuizen",
                0,
                touches=[
                    wa(
                        50,
                        "Moet asseblief nie weer vir my skakel of e-pos stuur nie. Ek stel nie "
                        "belang nie, dankie.",
                    )
                ],
                excluded=True,
            ),
            kin(ENGLISH_TEACHER, "Cape Town, South Africa")(
                "Marietjie Swanepoel",
                2,
                touches=[
                    wa(
                        50,
                        "Skakel my asseblief eerder na skool, na drie-uur. Ek stel nog steeds "
                        "belang in 'n pos in die Kaap.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, CAPE_TOWN_ONSITE),
    ),
    C(
        "civil service pool: consent withdrawn vs mailings to a personal address",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Imogen Thackwray",
                0,
                touches=[
                    hr(
                        80,
                        "Cand has withdrawn consent for the dept to hold her details on the "
                        "talent pool. Remove from all campaign mailings and do not approach.",
                    )
                ],
                excluded=True,
            ),
            kin(POLICY, "London, UK")(
                "Anouska Feltham",
                2,
                touches=[
                    hr(
                        80,
                        "Cand has asked that campaign mailings go to her personal address rather "
                        "than her gov.uk account, which she loses on leaving the dept.",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, WHITEHALL_HYBRID),
    ),
    C(
        "headteacher: never contact her again vs never during lessons",
        "cs",
        [
            kin(SENCO, "Sheffield, UK")(
                "Rosalind Exley",
                0,
                touches=[
                    head(
                        45,
                        "Rang her re the mat cover SENCO post. She was clear - never contact her "
                        "again, not from this school, not from the trust. Respect it.",
                    )
                ],
                excluded=True,
            ),
            kin(SENCO, "Sheffield, UK")(
                "Harriet Cawthorne",
                2,
                touches=[
                    head(
                        45,
                        "Rang her re the SENCO post. Said never contact her during lessons, she "
                        "won't pick up - after 3.30 is fine. Sounded interested.",
                    )
                ],
            ),
        ],
        **role(SENCO_ROLE, SHEFFIELD_SCHOOL),
    ),
    C(
        "Canadian French: take my name out of your bank vs update my email in it",
        "cs",
        [
            kin(REGISTRY, "Montréal, Canada")(
                "Geneviève Lachapelle",
                0,
                touches=[
                    mail(
                        70,
                        "Bonjour, veuillez retirer mon nom de votre banque de candidatures et ne "
                        "plus me contacter. Merci.",
                    )
                ],
                excluded=True,
            ),
            kin(REGISTRY, "Montréal, Canada")(
                "Mathilde Boisvert",
                2,
                touches=[
                    mail(
                        70,
                        "Bonjour, veuillez mettre à jour mon adresse courriel dans votre banque "
                        "de candidatures. Je suis toujours intéressée par un poste au "
                        "registrariat.",
                    )
                ],
            ),
        ],
        **role(REGISTRY_ROLE, MONTREAL_ONSITE),
    ),
    C(
        "kia ora, take me off your list entirely vs move me to the Wellington list",
        "cs",
        [
            kin(COUNCIL, "Wellington, New Zealand")(
                "Aroha Tipene-Waaka",
                0,
                touches=[
                    mail(
                        40,
                        "Kia ora, I'd appreciate it if you took me off your mailing list "
                        "entirely. Please don't contact me about roles again. Ngā mihi, Aroha",
                    )
                ],
                excluded=True,
            ),
            kin(COUNCIL, "Wellington, New Zealand")(
                "Mereana Pohatu",
                2,
                touches=[
                    mail(
                        40,
                        "Kia ora, could you take me off the Auckland list and put me on the "
                        "Wellington one instead? We've moved south for my partner's mahi. Ngā "
                        "mihi, Mereana",
                    )
                ],
            ),
        ],
        **role(COUNCIL_ROLE, WELLINGTON_HYBRID, title="Housing Advisor"),
    ),
    C(
        "LinkedIn: stop messaging me anywhere vs not the control room, investigators yes",
        "cs",
        [
            kin(POLICE_STAFF, "Glasgow, UK")(
                "Callum Dunwoodie",
                0,
                touches=[
                    li(25, "Not interested. Please stop messaging me on here or anywhere else.")
                ],
                excluded=True,
            ),
            kin(POLICE_STAFF, "Glasgow, UK")(
                "Fraser Inglis-Moir",
                2,
                touches=[
                    li(
                        25,
                        "Not interested in the control room job, sorry. Investigator roles I'd "
                        "definitely talk about though.",
                    )
                ],
            ),
        ],
        **role(POLICE_ROLE, GLASGOW_ONSITE),
    ),
    C(
        "Welsh: do not contact me again vs email rather than a phone call",
        "cs",
        [
            kin(MEDSEC, "Cardiff, UK")(
                "Eirlys Prydderch",
                0,
                touches=[mail(55, "Peidiwch â chysylltu â mi eto, os gwelwch yn dda. Eirlys")],
                excluded=True,
            ),
            kin(MEDSEC, "Cardiff, UK")(
                "Carys Llewelyn-Bowen",
                2,
                touches=[
                    mail(
                        55,
                        "Diolch am yr alwad. Mae'n well gen i e-bost na galwad ffôn - rwy'n dal "
                        "â diddordeb mewn swydd ysgrifennydd meddygol.",
                    )
                ],
            ),
        ],
        **role(MEDSEC_ROLE, CARDIFF_ONSITE),
    ),
    C(
        "ATS shorthand: erasure actioned vs a subject access request sent",
        "cs",
        [
            kin(BURSAR, "Edinburgh, UK")(
                "Morag Kilbride",
                0,
                touches=[
                    hr(
                        90,
                        "DNC - cand req GDPR erasure 14/10, actioned by HR 16/10. no further "
                        "contact",
                    )
                ],
                excluded=True,
            ),
            kin(BURSAR, "Edinburgh, UK")(
                "Alasdair Rennick",
                2,
                touches=[
                    hr(
                        90,
                        "cand req copy of his interview scoring (SAR) 14/10 - sent by HR 16/10, "
                        "cand still v keen on SBM roles",
                    )
                ],
            ),
        ],
        **role(BURSAR_ROLE, EDINBURGH_ONSITE),
    ),
    C(
        "WhatsApp STOP vs WhatsApp rather than calls",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Johannesburg, South Africa")(
                "Thandeka Mahlangu",
                0,
                touches=[wa(30, "STOP. Remove my number from your system pls")],
                excluded=True,
            ),
            kin(TEACHING_ASSISTANT, "Johannesburg, South Africa")(
                "Nomvula Khumalo",
                2,
                touches=[
                    wa(
                        30,
                        "pls use whatsapp not calls, im in class all day. still looking for a "
                        "TA post in Joburg",
                    )
                ],
            ),
        ],
        **role(TA_ROLE, JOBURG_ONSITE, title="Classroom Assistant"),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "mat cover to Easter 2027 vs a mat cover that ended in July",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Ottilie Fairbrother",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Spoke to cand - covering a maternity leave at Roundhay till Easter. "
                        "Won't break the contract, so nothing before the summer term.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Wilfred Amblecote",
                2,
                touches=[
                    rang(
                        date(2026, 3, 9),
                        "Spoke to cand - covering a maternity leave at Roundhay till the end of "
                        "the summer term. Won't break the contract, so nothing before September.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, LEEDS_SCHOOL),
    ),
    C(
        "Year 13 to results day 2027 vs results day 2026",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Cressida Blenkinsop",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "I'm not leaving mid-year - my Year 13s sit their A levels in June and I "
                        "owe them that. Talk to me after results day in August.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Lucian Threadgold",
                2,
                touches=[
                    mail(
                        date(2025, 10, 6),
                        "I won't leave mid-year - my Year 13s sit their A levels in June. Talk "
                        "to me after results day in August.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, MANCHESTER_SCHOOL),
    ),
    C(
        "ministry contract to 30 June next year vs to 30 June this year",
        "cs",
        [
            kin(POLICY, "Wellington, New Zealand")(
                "Kahurangi Ngata-Reihana",
                1,
                touches=[
                    mail(
                        date(2026, 8, 17),
                        "Kia ora - I'm on a fixed-term contract with the Ministry to 30 June next "
                        "year and I intend to see it through. Happy to hear from you after that.",
                    )
                ],
            ),
            kin(POLICY, "Wellington, New Zealand")(
                "Tamati Horomona",
                2,
                touches=[
                    mail(
                        date(2025, 8, 18),
                        "Kia ora - I'm fixed-term at the Ministry to 30 June next year and will "
                        "see it through. Happy to hear from you after that.",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, WELLINGTON_HYBRID, title="Senior Policy Advisor"),
    ),
    C(
        "long service leave over Term 4, back for Term 1 2027 vs over Term 4 last year",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Sydney, Australia")(
                "Bronwyn Cattanach",
                1,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Cand taking LSL for all of Term 4 - off to Europe. Said don't bother "
                        "her till Term 1 starts.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Sydney, Australia")(
                "Shaylee Mardon",
                2,
                touches=[
                    rang(
                        date(2025, 9, 22),
                        "Cand taking long service leave for Term 4, travelling. Said leave it "
                        "till Term 1 starts.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, SYDNEY_ONSITE, title="English Teacher (Secondary)"),
    ),
    C(
        "purdah before the May 2027 elections vs before the May 2026 ones",
        "cs",
        [
            kin(POLICY, "Edinburgh, UK")(
                "Euan Strachan-Bell",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Nothing until after the May elections, I'm afraid. We go into the "
                        "pre-election period in March and my director won't release anyone "
                        "during purdah.",
                    )
                ],
            ),
            kin(POLICY, "Edinburgh, UK")(
                "Isla Mackintosh",
                2,
                touches=[
                    mail(
                        date(2026, 1, 26),
                        "Nothing until after the May elections, sorry - pre-election period "
                        "from March and my director won't release anyone in purdah.",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, EDINBURGH_ONSITE),
    ),
    C(
        "works out the SA school year, free from January 2027 vs from January 2026",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Pretoria, South Africa")(
                "Annelie Pretorius",
                1,
                touches=[
                    wa(
                        date(2026, 9, 7),
                        "I must work out the school year - matric exams run to the end of "
                        "November. I'm only free from January.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Pretoria, South Africa")(
                "Hendrik Visagie",
                2,
                touches=[
                    wa(
                        date(2025, 9, 8),
                        "Have to finish the school year, matric exams till end November. Free "
                        "from January.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, PRETORIA_ONSITE, title="English Home Language Educator"),
    ),
    C(
        "French: contract ends in June 2027 vs ended in June 2026",
        "cs",
        [
            kin(LECTURER, "Montréal, Canada")(
                "Élodie Thibodeau",
                1,
                touches=[
                    mail(
                        date(2026, 10, 13),
                        "Merci de penser à moi. Mon contrat au cégep se termine à la fin de "
                        "l'année scolaire, en juin; je ne peux rien accepter avant.",
                    )
                ],
            ),
            kin(LECTURER, "Montréal, Canada")(
                "Maxime Gauthier-Roy",
                2,
                touches=[
                    mail(
                        date(2025, 10, 14),
                        "Merci. Mon contrat au cégep finit à la fin de l'année scolaire, en "
                        "juin; rien avant, désolé.",
                    )
                ],
            ),
        ],
        **role(LECTURER_ROLE, MONTREAL_ONSITE, title="Enseignant(e) en administration"),
    ),
    C(
        "missed the 31 October deadline, earliest end of April vs the same a year ago",
        "cs",
        [
            kin(SENCO, "Sheffield, UK")(
                "Prudence Haworth",
                1,
                touches=[
                    head(
                        date(2026, 11, 4),
                        "She missed the 31 Oct resignation date so the earliest she can leave "
                        "is 30 April. Keen, but she can't start anywhere before May.",
                    )
                ],
            ),
            kin(SENCO, "Sheffield, UK")(
                "Agatha Brierley",
                2,
                touches=[
                    head(
                        date(2025, 11, 5),
                        "Missed the 31 Oct resignation date, so earliest she can go is 30 April. "
                        "Keen though.",
                    )
                ],
            ),
        ],
        **role(SENCO_ROLE, SHEFFIELD_SCHOOL),
    ),
    C(
        "a twelve-month secondment from September 2026 vs from September 2025",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Octavia Rainsford",
                1,
                touches=[
                    hr(
                        date(2026, 9, 7),
                        "Cand started a 12-month secondment to the Cabinet Office this week. "
                        "Wants to see it out before any move.",
                    )
                ],
            ),
            kin(POLICY, "London, UK")(
                "Barnaby Follett",
                2,
                touches=[
                    hr(
                        date(2025, 9, 8),
                        "Cand began a 12 month secondment to the Cabinet Office this wk; will "
                        "see it out before moving.",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, WHITEHALL_HYBRID),
    ),
    C(
        "six-month council probation from 1 October vs from 1 March",
        "cs",
        [
            kin(COUNCIL, "Glasgow, UK")(
                "Shona McGillivray",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Started at the council 1 Oct on a six-month probation. Won't move "
                        "until it's signed off.",
                    )
                ],
            ),
            kin(COUNCIL, "Glasgow, UK")(
                "Kirsty Dalgleish",
                2,
                touches=[
                    rang(
                        date(2026, 3, 16),
                        "Started at the council on 1 March, six-month probation. Won't move "
                        "till that's signed off.",
                    )
                ],
            ),
        ],
        **role(COUNCIL_ROLE, GLASGOW_ONSITE),
    ),
]

# --- 3. schedule, travel, visa and vetting, contract and hours, commute ---------------------

SCHEDULE = [
    C(
        "needs term-time only vs can't live on term-time pro rata pay, a term-time TA post",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Leeds, UK")(
                "Janine Sowerby",
                2,
                "Needs term-time only - two kids at primary and no childcare in the holidays",
            ),
            kin(TEACHING_ASSISTANT, "Leeds, UK")(
                "Kerry-Ann Ibbotson",
                0,
                "Term-time only doesn't work for her, can't afford the pro rata pay - needs a "
                "52-week contract",
            ),
        ],
        **role(
            TA_ROLE,
            LEEDS_SCHOOL,
            offers=["Term-time only: 39 weeks a year, 8.30 to 3.30, pay pro rata"],
        ),
    ),
    C(
        "no nights, carer for her dad vs prefers nights, a 24/7 detention officer rota",
        "cs",
        [
            kin(POLICE_STAFF, "Brisbane, Australia")(
                "Tegan Wheatcroft",
                0,
                touches=[
                    rang(
                        40,
                        "Cand can't do nights - cares for her dad in the evenings and overnight. "
                        "Days only.",
                    )
                ],
            ),
            kin(POLICE_STAFF, "Brisbane, Australia")(
                "Kylie Ferntree",
                2,
                touches=[
                    rang(
                        40,
                        "Cand actually prefers nights - kids asleep, partner home, and the "
                        "shift penalties help with the mortgage.",
                    )
                ],
            ),
        ],
        **role(
            POLICE_ROLE,
            BRISBANE_ONSITE,
            title="Watchhouse Officer",
            description="Detention duties in the city watchhouse on a 24/7 roster.",
            offers=["Rotating roster: days, afternoons and nights, with shift penalties"],
        ),
    ),
    C(
        "can't teach evenings vs evenings fine but no Saturdays, an evening-class post",
        "cs",
        [
            kin(LECTURER, "Toronto, Canada")(
                "Darcy Lindqvist-Moore",
                0,
                "Can't teach evenings: she does nursery pickup and bedtime on her own",
            ),
            kin(LECTURER, "Toronto, Canada")(
                "Bryony Achterberg",
                2,
                "Evenings are fine; it's Saturday teaching she won't do again",
            ),
        ],
        **role(
            LECTURER_ROLE,
            TORONTO_ONSITE,
            title="Professor, Business (College)",
            offers=["Two evening classes a week, 6-9pm, Monday to Friday only"],
        ),
    ),
    C(
        "no weekends ever vs weekends with TOIL, a registry post with Saturday open days",
        "cs",
        [
            kin(REGISTRY, "Brisbane, Australia")(
                "Meghan Tulloch",
                0,
                touches=[wa(30, "no weekends ever sorry - church sundays and netball saturdays")],
            ),
            kin(REGISTRY, "Brisbane, Australia")(
                "Jessamy Boland",
                2,
                touches=[wa(30, "weekends are ok if theres TOIL, did open days at QUT for years")],
            ),
        ],
        **role(
            REGISTRY_ROLE,
            BRISBANE_ONSITE,
            offers=["Four Saturday open days a year, time off in lieu"],
        ),
    ),
    C(
        "mornings only for the school run vs afternoons only, a mornings post",
        "cs",
        [
            kin(MEDSEC, "Bristol, UK")(
                "Tabitha Merriweather",
                2,
                "Mornings only - school pick-up at 3 every day",
            ),
            kin(MEDSEC, "Bristol, UK")(
                "Gillian Postlethwaite",
                0,
                "Afternoons only: her mornings go on caring for her mum",
            ),
        ],
        **role(
            MEDSEC_ROLE,
            dict(remote_policy="onsite", location="Bristol, UK"),
            title="Medical Secretary (part-time, mornings)",
            offers=["Part-time: Monday to Friday, 8am to 1pm"],
        ),
    ),
]

TRAVEL = [
    C(
        "misses visiting schools vs wants one school, no driving between sites",
        "cs",
        [
            kin(SENCO, "Whangārei, New Zealand")(
                "Wiremu Paraone",
                2,
                touches=[
                    rang(
                        50,
                        "Happy on the road - misses getting round the kura and schools like he "
                        "did as an RTLB.",
                    )
                ],
            ),
            kin(SENCO, "Whangārei, New Zealand")(
                "Huia Tawhai",
                0,
                touches=[
                    rang(
                        50,
                        "Doesn't want to be driving between schools any more. One school, one "
                        "staffroom.",
                    )
                ],
            ),
        ],
        **role(
            SENCO_ROLE,
            dict(remote_policy="onsite", location="Whangārei, New Zealand"),
            title="Learning Support Coordinator (cluster)",
            offers=["Covers eight schools across Northland; car provided"],
        ),
    ),
    C(
        "would love the fly-in trips vs no overnight travel as a sole parent",
        "cs",
        [
            kin(POLICY, "Ottawa, Canada")(
                "Sébastien Arcand",
                2,
                "Would love the fly-in trips to Nunavut communities; did two with ISC",
            ),
            kin(POLICY, "Ottawa, Canada")(
                "Rowan McQuarrie",
                0,
                "No overnight travel - sole parent, nobody to take the kids",
            ),
        ],
        **role(
            POLICY_ROLE,
            OTTAWA_HYBRID,
            title="Policy Analyst (EC-05), Northern Affairs",
            offers=["Four trips a year of three to five nights to northern communities"],
        ),
    ),
    C(
        "interstate once a month is fine vs done with 6am flights",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Lachlan Broadbent",
                2,
                touches=[
                    mail(
                        30,
                        "Interstate travel once a month is no problem - I did more than that at "
                        "Services Australia.",
                    )
                ],
            ),
            kin(POLICY, "Canberra, Australia")(
                "Sheridan Coutts",
                0,
                touches=[
                    mail(
                        30,
                        "I'm done with the 6am Qantas flight to Melbourne. Anything with regular "
                        "interstate travel is a no from me.",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            CANBERRA_HYBRID,
            title="APS6 Policy Officer",
            offers=["Monthly travel to state offices"],
        ),
    ),
    C(
        "not against travel, just not weekly vs against travelling at all, a monthly-travel job",
        "cs",
        [
            kin(BURSAR, "Manchester, UK")(
                "Yvette Grimshaw",
                2,
                "Not against travel, just not every week - monthly visits to trust schools fine",
            ),
            kin(BURSAR, "Manchester, UK")(
                "Colette Birtwistle",
                0,
                "Against travelling for work full stop; wants to be at one site",
            ),
        ],
        **role(
            BURSAR_ROLE,
            MANCHESTER_SCHOOL,
            title="Trust Operations Manager",
            offers=["Monthly visits to each of the trust's six schools across Greater Manchester"],
        ),
    ),
]

NO_SPONSOR = "We are unable to sponsor a Skilled Worker visa for this post."

VISA = [
    C(
        "needs Skilled Worker sponsorship vs her husband's visa, she is British",
        "cs",
        [
            kin(ENGLISH_TEACHER, "London, UK")(
                "Adaeze Okonkwo-Hale",
                0,
                touches=[
                    rang(
                        60,
                        "Cand on a Graduate visa ending in March - will need Skilled Worker "
                        "sponsorship for any post after that.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "London, UK")(
                "Philomena Ashdown",
                2,
                touches=[
                    rang(
                        60,
                        "Cand is a British citizen. It's her husband whose visa needs "
                        "sponsorship - his employer is sorting it, nothing for us.",
                    )
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            dict(remote_policy="onsite", location="London, UK"),
            description="Teach English from Year 7 to Year 11. " + NO_SPONSOR,
        ),
    ),
    C(
        "Australian citizen vs PR applying for citizenship next year, an APS role",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Fenella Kingsmill",
                2,
                "Australian citizen (dual with the UK); Baseline held from her last agency",
            ),
            kin(POLICY, "Canberra, Australia")(
                "Ravindra Pillay",
                0,
                "Permanent resident, not a citizen yet - applying for citizenship next year",
            ),
        ],
        **role(
            POLICY_ROLE,
            CANBERRA_HYBRID,
            title="APS6 Policy Officer",
            requirements="Australian citizenship\nBaseline security clearance\nPolicy development",
        ),
    ),
    C(
        "holds active DV vs would never go through DV vetting again",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Quentin Lapworth",
                2,
                touches=[hr(70, "Holds active DV, renewed 2025. Happy to transfer it across.")],
            ),
            kin(POLICY, "London, UK")(
                "Saskia Wentworth-Hill",
                0,
                touches=[
                    hr(
                        70,
                        "Said she would not go through DV again - found the interviews "
                        "intrusive last time. SC only.",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            WHITEHALL_HYBRID,
            title="Policy Adviser, National Security",
            requirements="Developed Vetting (DV) or willingness to obtain it\nPolicy development",
        ),
    ),
    C(
        "WWCC current till 2029 vs let her WWCC lapse and won't renew",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Sydney, Australia")(
                "Kirrily Hazelwood",
                2,
                "WWCC current till 2029, first aid and anaphylaxis done this year",
            ),
            kin(TEACHING_ASSISTANT, "Sydney, Australia")(
                "Danielle Oakhurst",
                0,
                "Let her WWCC lapse and isn't renewing it - wants out of schools",
            ),
        ],
        **role(
            TA_ROLE,
            SYDNEY_ONSITE,
            title="School Learning Support Officer",
            requirements="Working With Children Check\nSEND or disability support\nFirst aid",
        ),
    ),
    C(
        "open work permit expiring, needs support vs has his PR card",
        "cs",
        [
            kin(COUNCIL, "Toronto, Canada")(
                "Arjun Malhotra-Greaves",
                0,
                touches=[
                    mail(
                        45,
                        "My open work permit expires in January, so I'd need the employer to "
                        "support an LMIA to stay on.",
                    )
                ],
            ),
            kin(COUNCIL, "Toronto, Canada")(
                "Emeka Obiora-Lynch",
                2,
                touches=[
                    mail(
                        45,
                        "Got my PR card last month, so no more permit headaches - free to work "
                        "anywhere in Canada.",
                    )
                ],
            ),
        ],
        **role(
            COUNCIL_ROLE,
            TORONTO_ONSITE,
            title="Housing Help Worker",
            description="Housing help for residents of the City. Candidates must be legally "
            "entitled to work in Canada; we do not support work permit applications.",
        ),
    ),
]

CONTRACT = [
    C(
        "permanent only for a mortgage vs a year's mat cover suits her",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Edinburgh, UK")(
                "Catriona Lindsay",
                0,
                "Only wants a permanent contract - mortgage application goes in January",
            ),
            kin(ENGLISH_TEACHER, "Edinburgh, UK")(
                "Eilidh Sutherland",
                2,
                "A maternity cover would suit - wants a year's contract while she decides on "
                "emigrating",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            EDINBURGH_ONSITE,
            title="Teacher of English (fixed-term maternity cover)",
            offers=["Fixed term: 12 months from January, covering a maternity leave"],
        ),
    ),
    C(
        "prefers day-to-day supply vs fed up with supply, a permanent post",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Neville Oddie",
                0,
                touches=[
                    rang(
                        30,
                        "Happy doing day-to-day supply via us, doesn't want the planning and "
                        "marking of a permanent post again.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Desmond Fairweather",
                2,
                touches=[
                    rang(
                        30,
                        "Fed up with supply - wants a permanent contract, a timetable of his own "
                        "and back in the TPS properly.",
                    )
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            SHEFFIELD_SCHOOL,
            offers=["Permanent, full-time, MPS/UPS with the Teachers' Pension Scheme"],
        ),
    ),
    C(
        "wants three days, 0.6 FTE vs needs full-time hours, a 0.6 post",
        "cs",
        [
            kin(LECTURER, "Glasgow, UK")(
                "Niamh Carrick",
                2,
                "Wants 0.6 FTE, three days a week, alongside her doctorate",
            ),
            kin(LECTURER, "Glasgow, UK")(
                "Ruaridh Galbraith",
                0,
                "Needs full-time hours - sole earner since the baby",
            ),
        ],
        **role(
            LECTURER_ROLE,
            GLASGOW_ONSITE,
            title="Lecturer in Business (0.6 FTE)",
            offers=["0.6 FTE, three days a week, permanent"],
        ),
    ),
    C(
        "only a permanent transfer vs would love a loan with return rights, a loan post",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Ferdinand Ashcombe",
                0,
                touches=[
                    hr(
                        40,
                        "Cand only interested in a permanent transfer - wants out of his home "
                        "dept for good.",
                    )
                ],
            ),
            kin(POLICY, "London, UK")(
                "Henrietta Allardyce",
                2,
                touches=[
                    hr(
                        40,
                        "Cand would love a loan - keeps her return rights to DfE and gets "
                        "centre-of-government experience.",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            WHITEHALL_HYBRID,
            title="SEO Policy Adviser (loan or secondment, 18 months)",
            offers=["Loan or secondment only, 18 months, with return to the home department"],
        ),
    ),
    C(
        "won't give up the TPS vs pension not a factor, an independent school without it",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Gwendolen Sugden",
                0,
                touches=[
                    mail(
                        35,
                        "I wouldn't give up the Teachers' Pension for an independent school that "
                        "has left it - 14 years in, it's the best thing about the job.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Tobias Ainscough",
                2,
                touches=[
                    mail(
                        35,
                        "Pension isn't a factor for me - I'm 29 and have my own SIPP. Small "
                        "classes and a good department matter far more.",
                    )
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            MANCHESTER_SCHOOL,
            title="Teacher of English (independent school)",
            offers=["Defined contribution pension at 10%; the school has left the TPS"],
        ),
    ),
    C(
        "job share wanted vs not sharing a class again, a job-share post",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Auckland, New Zealand")(
                "Ngaio Whitcombe",
                2,
                touches=[wa(25, "a job share would be perfect, mon-wed is what I'm after")],
            ),
            kin(ENGLISH_TEACHER, "Auckland, New Zealand")(
                "Pania Rangiwhetu",
                0,
                touches=[wa(25, "never sharing a class again, the last job share was a nightmare")],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            AUCKLAND_ONSITE,
            title="English Teacher (job share, 0.5)",
            offers=["Job share: Monday to Wednesday midday, permanent part-time"],
        ),
    ),
    C(
        "happy on a casual relief list vs wants a contract, a casual relief role",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Brisbane, Australia")(
                "Shannon Ebbott",
                2,
                "Happy on a casual relief list - picks her days around uni",
            ),
            kin(TEACHING_ASSISTANT, "Brisbane, Australia")(
                "Leanne Fairclough",
                0,
                "Wants a proper contract with set hours, not casual relief",
            ),
        ],
        **role(
            TA_ROLE,
            BRISBANE_ONSITE,
            title="Teacher Aide (casual relief)",
            offers=["Casual relief pool: called in as needed, paid hourly with casual loading"],
        ),
    ),
]

COMMUTE = [
    C(
        "40 minutes each way at most vs the train from York is fine, a Leeds school",
        "cs",
        [
            kin(SENCO, "York, UK")(
                "Hilary Pickersgill",
                0,
                "Won't commute more than 40 minutes door to door; drives, no motorways",
            ),
            kin(SENCO, "York, UK")(
                "Maxine Learoyd",
                2,
                "Happy on the train from York to Leeds - 25 minutes and she marks on it",
            ),
        ],
        **role(SENCO_ROLE, LEEDS_SCHOOL, description="SENCO at a school in east Leeds."),
    ),
    C(
        "won't cross the bridge every day vs car pools to Parramatta",
        "cs",
        [
            kin(BURSAR, "Manly, Australia")(
                "Briony Dunsmuir",
                0,
                touches=[
                    rang(
                        40,
                        "Lives Manly. Won't do the drive to Parramatta every day - 90 mins each "
                        "way over the bridge is a hard no.",
                    )
                ],
            ),
            kin(BURSAR, "Manly, Australia")(
                "Jolene Prescott",
                2,
                touches=[
                    rang(
                        40,
                        "Lives Manly. Doesn't mind the drive to Parramatta - has a car pool with "
                        "a neighbour who works at Westmead.",
                    )
                ],
            ),
        ],
        **role(
            BURSAR_ROLE,
            dict(remote_policy="onsite", location="Parramatta, Australia"),
            title="Business Manager (school)",
        ),
    ),
    C(
        "no car, Gautrain only and the office is by the station vs within 15 km of Soweto",
        "cs",
        [
            kin(COUNCIL, "Johannesburg, South Africa")(
                "Lerato Maphanga-Seleka",
                2,
                "No car - relies on the Gautrain, so anything near a station works",
            ),
            kin(COUNCIL, "Johannesburg, South Africa")(
                "Sipho Dlamini-Ngcobo",
                0,
                "Only within 15 km of Soweto - the taxi fares eat his salary otherwise",
            ),
        ],
        **role(
            COUNCIL_ROLE,
            PRETORIA_ONSITE,
            title="Human Settlements Officer",
            description="Office in Hatfield, Pretoria, five minutes' walk from the Gautrain "
            "station.",
        ),
    ),
    C(
        "won't do the Queensferry Crossing every day vs happy to come over the bridge",
        "cs",
        [
            kin(REGISTRY, "Dunfermline, UK")(
                "Lorna Abercrombie",
                0,
                touches=[
                    wa(
                        20,
                        "the queensferry crossing every day is a no, did it for 6 yrs. fife only",
                    )
                ],
            ),
            kin(REGISTRY, "Dunfermline, UK")(
                "Gregor Tennant",
                2,
                touches=[wa(20, "happy to come over the bridge, the park and ride is grand")],
            ),
        ],
        **role(REGISTRY_ROLE, EDINBURGH_ONSITE),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "won't drop off UPS3 vs on M4 after M5 and a TLR, an MPS post with a TLR",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Marjorie Tetley",
                0,
                touches=[rang(30, "Cand on UPS3. Won't drop off UPS3 for anyone, full stop.")],
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Aled Fothergill",
                2,
                touches=[rang(30, "Cand on M4 - after M5 plus a TLR for KS3 reading.")],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            LEEDS_SCHOOL,
            offers=["Main pay scale M1-M6 only, plus TLR 2b for KS3 reading"],
            salary_min=32_916,
            salary_max=45_352,
            currency="GBP",
        ),
    ),
    C(
        "wants G7 money vs the SEO London band is fine, an SEO post",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Rupert Oakenfold",
                0,
                "Wants G7 money now - £58k minimum, won't look at SEO bands",
            ),
            kin(POLICY, "London, UK")(
                "Yasmin Chaudhry-Lees",
                2,
                "HEO on £38k; the SEO London band would be a real step up for her",
            ),
        ],
        **role(
            POLICY_ROLE,
            WHITEHALL_HYBRID,
            title="SEO Policy Adviser",
            salary_min=44_000,
            salary_max=49_500,
            currency="GBP",
        ),
    ),
    C(
        "won't move under $120k plus super vs $100k plus super does it, an APS6 band",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Hamish Dowling",
                0,
                touches=[mail(45, "I won't move for under $120k base plus super.")],
            ),
            kin(POLICY, "Canberra, Australia")(
                "Tamsin Eastaugh",
                2,
                touches=[mail(45, "$100k plus the 15.4% super would do it for me.")],
            ),
        ],
        **role(
            POLICY_ROLE,
            CANBERRA_HYBRID,
            title="APS6 Policy Officer",
            salary_min=97_000,
            salary_max=109_000,
            currency="AUD",
            offers=["15.4% employer superannuation"],
        ),
    ),
    C(
        "NZ$80k and a day at home vs NZ$95k minimum, a $75-85k council post",
        "cs",
        [
            kin(COUNCIL, "Wellington, New Zealand")(
                "Rawiri Te Huki",
                2,
                touches=[
                    rang(35, "Kia ora from Rawiri - $80k and a day a week at home, sweet as.")
                ],
            ),
            kin(COUNCIL, "Wellington, New Zealand")(
                "Hemi Walker-Tautahi",
                0,
                touches=[rang(35, "Hemi says $95k is his floor now, not moving for less.")],
            ),
        ],
        **role(
            COUNCIL_ROLE,
            WELLINGTON_HYBRID,
            title="Housing Advisor",
            salary_min=75_000,
            salary_max=85_000,
            currency="NZD",
        ),
    ),
    C(
        "R45k a month inside an annual band vs R65 000 a month above it",
        "cs",
        [
            kin(BURSAR, "Cape Town, South Africa")(
                "Zanele Mkhwanazi-Dube",
                2,
                touches=[wa(40, "I'm looking for about R45k a month, CTC")],
            ),
            kin(BURSAR, "Cape Town, South Africa")(
                "Francois du Plessis-Marais",
                0,
                touches=[wa(40, "R65 000 per month before tax is my minimum, ek is jammer")],
            ),
        ],
        **role(
            BURSAR_ROLE,
            CAPE_TOWN_ONSITE,
            title="School Bursar",
            salary_min=480_000,
            salary_max=560_000,
            currency="ZAR",
            offers=["R480 000 - R560 000 per annum, cost to company"],
        ),
    ),
    C(
        "earns $104k but asks $96k for the pension vs no move under $115k, a $90-100k band",
        "cs",
        [
            kin(COUNCIL, "Toronto, Canada")(
                "Marguerite Okafor-Bell",
                2,
                touches=[
                    mail(
                        30,
                        "I'm on $104k at the moment, but I'd take $96k for a defined benefit "
                        "pension like OMERS.",
                    )
                ],
            ),
            kin(COUNCIL, "Toronto, Canada")(
                "Connor Vanderlinden",
                0,
                touches=[mail(30, "No move without $115k, pension or no pension.")],
            ),
        ],
        **role(
            COUNCIL_ROLE,
            TORONTO_ONSITE,
            title="Housing Help Worker",
            salary_min=90_000,
            salary_max=100_000,
            currency="CAD",
            offers=["OMERS defined benefit pension"],
        ),
    ),
    C(
        "won't drop from SCP 24 vs SCP 19 is fine, a grade 6 SCP 17-22 post",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Sheffield, UK")(
                "Pauline Oxspring",
                0,
                touches=[hr(50, "On SCP 24 at her current school and won't drop a grade.")],
            ),
            kin(TEACHING_ASSISTANT, "Sheffield, UK")(
                "Sharon Wombwell",
                2,
                touches=[
                    hr(50, "SCP 19 is fine by her - understands it's pro rata for term time.")
                ],
            ),
        ],
        **role(
            TA_ROLE,
            SHEFFIELD_SCHOOL,
            title="Teaching Assistant (Grade 6)",
            offers=["NJC Grade 6, SCP 17-22, pro rata for 39 weeks, LGPS"],
        ),
    ),
    C(
        "won't take under £180 a day vs £130 a day minimum, a £140-a-day long-term supply",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Clifford Haigh",
                0,
                touches=[wa(20, "wont work for less than £180 a day, not at my age")],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Dorian Mellor",
                2,
                touches=[wa(20, "£130 a day minimum and I'm yours, need the work tbh")],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            MANCHESTER_SCHOOL,
            title="Long-term Supply Teacher of English",
            offers=["£140 a day via the agency, PAYE, until the end of the school year"],
        ),
    ),
]

# --- 5. work mode, said in one place only ----------------------------------------------------

WORK_MODE = [
    C(
        "work mode in the policy field only: remote, wants WFH vs wants an office",
        "cs",
        [
            kin(POLICY, "Brandon, Canada")(
                "Everett Lalonde",
                2,
                "Wants to work from home full time - lives out past Brandon, nearest office is "
                "hours away",
            ),
            kin(POLICY, "Brandon, Canada")(
                "Nadine Kowalchuk",
                0,
                "Wants an office to go to; lives alone and working from home in lockdown nearly "
                "broke her",
            ),
        ],
        **role(POLICY_ROLE, dict(remote_policy="remote", location="Canada")),
    ),
    C(
        "work mode in the description only: office five days, needs WFH vs likes the office",
        "cs",
        [
            kin(POLICY, "Darlington, UK")(
                "Cordelia Ravensworth",
                0,
                touches=[hr(30, "Needs at least two WFH days a week - non-negotiable for her.")],
            ),
            kin(POLICY, "Darlington, UK")(
                "Godfrey Hutchinson",
                2,
                touches=[hr(30, "Likes being in the office full time, finds WFH isolating.")],
            ),
        ],
        **role(
            POLICY_ROLE,
            dict(location="Darlington, UK"),
            description="An office-based role at the Darlington Economic Campus, five days a "
            "week in the office.",
        ),
    ),
    C(
        "work mode in the title only: fully remote, moved to the Highlands vs wants campus",
        "cs",
        [
            kin(REGISTRY, "Inverness, UK")(
                "Seonaid Matheson",
                2,
                touches=[wa(30, "remote pls, moved up to the highlands and not driving to uni")],
            ),
            kin(REGISTRY, "Inverness, UK")(
                "Torquil MacAskill",
                0,
                touches=[wa(30, "want to be on campus, miss the students and the buzz")],
            ),
        ],
        **role(
            REGISTRY_ROLE,
            dict(location="Scotland, UK"),
            title="Student Records Officer (Fully Remote)",
        ),
    ),
    C(
        "work mode in the offers only: hybrid, wants two days in vs fully remote or nothing",
        "cs",
        [
            kin(POLICY, "Wellington, New Zealand")(
                "Kiri Matenga",
                2,
                "Wants hybrid, a couple of days in the office with the team",
            ),
            kin(POLICY, "Wellington, New Zealand")(
                "Tui Hepi-Marsden",
                0,
                "Fully remote or nothing - moved to the Kāpiti Coast",
            ),
        ],
        **role(
            POLICY_ROLE,
            dict(location="Wellington, New Zealand"),
            offers=["Anchor days Tuesday and Thursday in the Wellington office, the rest at home"],
        ),
    ),
    C(
        "French: office five days, wants full-time telework vs likes the office",
        "cs",
        [
            kin(REGISTRY, "Québec, Canada")(
                "Josée Pelletier",
                0,
                touches=[mail(30, "Je cherche du télétravail à temps plein, c'est essentiel.")],
            ),
            kin(REGISTRY, "Québec, Canada")(
                "Étienne Bouchard",
                2,
                touches=[mail(30, "J'aime être au bureau avec l'équipe, le télétravail m'isole.")],
            ),
        ],
        **role(
            REGISTRY_ROLE,
            dict(location="Québec, Canada"),
            title="Agent(e) de gestion des études",
            description="Poste en présentiel, cinq jours par semaine au bureau du registraire "
            "à Québec.",
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "not opposed to form tutoring vs opposed to it, a post with a tutor group",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Veronica Hinchliffe",
                2,
                "Not opposed to having a form - she quite likes the pastoral side",
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Graham Scatcherd",
                0,
                "Opposed to form tutoring; wants a post without a tutor group",
            ),
        ],
        **role(ENGLISH_ROLE, LEEDS_SCHOOL, offers=["Includes a Year 8 tutor group"]),
    ),
    C(
        "the pay wasn't the issue, the drive was vs the drive wasn't, the pay was",
        "cs",
        [
            kin(COUNCIL, "Wakefield, UK")(
                "Beverley Ackroyd-Sim",
                2,
                touches=[
                    rang(
                        60,
                        "Pay at Kirklees wasn't the issue - it was the drive to Huddersfield. "
                        "Anything in Wakefield itself she'd look at.",
                    )
                ],
            ),
            kin(COUNCIL, "Wakefield, UK")(
                "Trudy Holroyd",
                0,
                touches=[
                    rang(
                        60,
                        "The drive to Huddersfield wasn't the issue - it was the pay. Needs at "
                        "least a grade above what Kirklees offered.",
                    )
                ],
            ),
        ],
        **role(
            COUNCIL_ROLE,
            dict(remote_policy="onsite", location="Wakefield, UK"),
            offers=["Grade 7, the same grade as the Kirklees post, in Wakefield town centre"],
        ),
    ),
    C(
        "no objection to a Catholic school vs won't work in a faith school",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Glasgow, UK")(
                "Rhona Kerrigan",
                2,
                "No objection to a Catholic school - not Catholic herself but happy to support "
                "the ethos",
            ),
            kin(TEACHING_ASSISTANT, "Glasgow, UK")(
                "Elspeth Muirhead",
                0,
                "Won't work in a denominational school, wants non-denominational only",
            ),
        ],
        **role(
            TA_ROLE,
            GLASGOW_ONSITE,
            title="Pupil Support Assistant",
            description="Support pupils with additional support needs in a Catholic primary.",
        ),
    ),
    C(
        "never minded an Inadequate school vs never again special measures",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Winifred Ashworth",
                2,
                touches=[
                    head(
                        50,
                        "Never had a problem with a school in a category - took her last one "
                        "from Inadequate to Good. Likes a project.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Cyril Openshaw",
                0,
                touches=[
                    head(
                        50,
                        "Never again a school in special measures, he said - two years of "
                        "monitoring visits burnt him out.",
                    )
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            MANCHESTER_SCHOOL,
            description="Join an English department in a school judged Inadequate and in "
            "special measures, as it turns around.",
        ),
    ),
    C(
        "not remote-only, fine with office days vs remote only, a hybrid post",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Phoebe Lanyon",
                2,
                touches=[li(40, "Not after remote-only - two days in Civic suits me fine.")],
            ),
            kin(POLICY, "Canberra, Australia")(
                "Jarrah Whitely",
                0,
                touches=[li(40, "Remote only these days, I've moved to the south coast.")],
            ),
        ],
        **role(POLICY_ROLE, CANBERRA_HYBRID, title="APS6 Policy Officer"),
    ),
    C(
        "nothing against big classes vs nothing over 25 again, classes of 40",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Johannesburg, South Africa")(
                "Bongani Sithole",
                2,
                "Nothing against big classes - taught 45 a class in Soweto for six years",
            ),
            kin(ENGLISH_TEACHER, "Johannesburg, South Africa")(
                "Ayanda Radebe",
                0,
                "Nothing bigger than 25 a class again, she wants a private school ratio",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            JOBURG_ONSITE,
            title="English Educator (Grades 8-12)",
            description="Teach English in a Gauteng public high school; classes of around 40.",
        ),
    ),
    C(
        "Afrikaans: nothing against English-medium schools vs Afrikaans schools only",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Cape Town, South Africa")(
                "Elmarie Swartbooi-Theron",
                2,
                touches=[wa(45, "Ek het niks teen Engelsmedium skole nie, ek praat albei tale.")],
            ),
            kin(TEACHING_ASSISTANT, "Cape Town, South Africa")(
                "Wilna Coetzer",
                0,
                touches=[wa(45, "Ek wil net in 'n Afrikaanse skool werk, nie Engels nie.")],
            ),
        ],
        **role(
            TA_ROLE,
            CAPE_TOWN_ONSITE,
            title="Classroom Assistant",
            description="Support Foundation Phase classes in an English-medium primary school.",
        ),
    ),
]

# --- 7. location, level, size, mission and technology ----------------------------------------

LOCATIONS = [
    C(
        "following her husband's RAF posting to Lossiemouth vs staying in Edinburgh",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Edinburgh, UK")(
                "Fiona Buchanan-Reid",
                2,
                "Husband posted to RAF Lossiemouth next summer - she's coming with him and "
                "needs a post in Moray",
            ),
            kin(ENGLISH_TEACHER, "Edinburgh, UK")(
                "Moira Cruickshank",
                0,
                "Husband posted to Lossiemouth next summer, but she's staying in Edinburgh with "
                "the kids",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            dict(remote_policy="onsite", location="Elgin, UK"),
            title="Teacher of English (Moray Council)",
        ),
    ),
    C(
        "coming home from Dubai to Auckland in January vs staying two more years",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Dubai, UAE")(
                "Anahera Whaanga",
                2,
                touches=[
                    mail(
                        50,
                        "Kia ora! We're coming home to Auckland in January after six years at a "
                        "British school in Dubai - looking for Term 1 starts.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Dubai, UAE")(
                "Stephanie Kerr-Holloway",
                0,
                touches=[
                    mail(
                        50,
                        "We've signed on for two more years in Dubai - the school's been good to "
                        "us. Auckland can wait.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, AUCKLAND_ONSITE, title="English Teacher (Years 9-13)"),
    ),
    C(
        "moving Perth to Brisbane vs moving Brisbane to Perth, a Brisbane post",
        "cs",
        [
            kin(BURSAR, "Perth, Australia")(
                "Courtney Blackwood",
                2,
                "Moving from Perth to Brisbane in December, wants to start with the Queensland "
                "school year",
            ),
            kin(BURSAR, "Brisbane, Australia")(
                "Rochelle Tindall",
                0,
                "Moving from Brisbane to Perth in December to be near her parents",
            ),
        ],
        **role(BURSAR_ROLE, BRISBANE_ONSITE, title="Business Services Manager"),
    ),
    C(
        "semigrating to the Western Cape vs won't leave KZN, a Stellenbosch post",
        "cs",
        [
            kin(REGISTRY, "Durban, South Africa")(
                "Charmaine Naidoo",
                2,
                touches=[
                    wa(30, "we're semigrating to the Western Cape in Feb! anything Stellies way")
                ],
            ),
            kin(REGISTRY, "Durban, South Africa")(
                "Kamini Govender",
                0,
                touches=[wa(30, "family is all in Durban, not leaving KZN for any job")],
            ),
        ],
        **role(
            REGISTRY_ROLE,
            dict(remote_policy="onsite", location="Stellenbosch, South Africa"),
            title="Student Administration Officer",
        ),
    ),
    C(
        "moving to Ottawa to be near family vs leaving Ottawa for Halifax",
        "cs",
        [
            kin(POLICY, "Kingston, Canada")(
                "Océane Brisebois",
                2,
                "Moving to Ottawa in the spring to be closer to family",
            ),
            kin(POLICY, "Ottawa, Canada")(
                "Gordon Sinclair-Boyd",
                0,
                "Leaving Ottawa for Halifax in the spring; his wife got a posting at CFB Halifax",
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID, title="Policy Analyst (EC-05)"),
    ),
    C(
        "will relocate anywhere in Scotland vs Glasgow and surrounds only, an Inverness post",
        "cs",
        [
            kin(POLICE_STAFF, "Glasgow, UK")(
                "Lewis Drummond-Hay",
                2,
                "Will relocate for the right post anywhere in Scotland - no ties in Glasgow",
            ),
            kin(POLICE_STAFF, "Glasgow, UK")(
                "Craig Baillie",
                0,
                "Only Glasgow and surrounds - his kids are at school in Paisley",
            ),
        ],
        **role(POLICE_ROLE, dict(remote_policy="onsite", location="Inverness, UK")),
    ),
]

HOD_ROLE = dict(
    title="Head of English",
    department="English",
    seniority="lead",
    requirements="QTS\nLeading a department\nKS3 to KS5 English",
    description="Lead a department of nine English teachers.",
    offers=["TLR 1b", "Line management of nine teachers"],
)

LEVEL = [
    C(
        "ready for head of department vs wants to stay in the classroom",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Evangeline Marsden",
                2,
                "Ready for HoD - second in department for three years, ran it during a long-term "
                "absence",
            ),
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Stanley Broadhead",
                0,
                "Wants to stay a classroom teacher; no leadership, no TLR, just teaching",
            ),
        ],
        **role(HOD_ROLE, SHEFFIELD_SCHOOL),
    ),
    C(
        "stepping down from SLT to teach vs wants SLT next, a classroom post",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Hermione Speight",
                2,
                touches=[
                    mail(
                        40,
                        "I'm stepping down from assistant head - I want to get back to teaching "
                        "English full time and out of SLT meetings.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Ambrose Kettlewell",
                0,
                touches=[
                    mail(
                        40,
                        "I'm only looking at assistant head posts now - ready for SLT after "
                        "six years as HoD.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, LEEDS_SCHOOL),
    ),
    C(
        "acting G7 wants it substantive vs a specialist staying at SEO, a G7 post",
        "cs",
        [
            kin(POLICY, "London, UK")(
                "Clementine Aske",
                2,
                touches=[
                    hr(
                        50,
                        "Acting G7 on TDA for 18 months, wants it substantive - line manages "
                        "two SEOs and an HEO.",
                    )
                ],
            ),
            kin(POLICY, "London, UK")(
                "Algernon Pybus",
                0,
                touches=[
                    hr(
                        50,
                        "Wants to stay SEO - a specialist, has no interest in line management "
                        "or the G7 grade.",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            WHITEHALL_HYBRID,
            title="Grade 7 Policy Lead",
            seniority="manager",
            offers=["Leads a team of four policy advisers"],
        ),
    ),
    C(
        "wants to lead SEND across the school vs hands-on support, no paperwork",
        "cs",
        [
            kin(SENCO, "Cardiff, UK")(
                "Bethan Rhydderch",
                2,
                "Wants to lead SEND strategy across a whole school and sit on SLT",
            ),
            kin(SENCO, "Cardiff, UK")(
                "Sioned Penrhyn",
                0,
                "Wants to stay hands-on with ALN pupils - no more paperwork, no management",
            ),
        ],
        **role(
            SENCO_ROLE,
            CARDIFF_ONSITE,
            title="ALNCo (Additional Learning Needs Co-ordinator)",
            offers=["Member of the senior leadership team"],
        ),
    ),
    C(
        "wants to manage a team at EL1 vs no people leadership after burnout",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Ainsley Rutherglen",
                2,
                touches=[rang(40, "Keen to manage a team now, has been acting EL1 on and off.")],
            ),
            kin(POLICY, "Canberra, Australia")(
                "Damon Coolidge",
                0,
                touches=[
                    rang(
                        40,
                        "No people leadership after the last restructure burnt him out - wants an "
                        "APS6 specialist gig.",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            CANBERRA_HYBRID,
            title="EL1 Assistant Director, Policy",
            seniority="manager",
            offers=["Leads a team of five APS5 and APS6 officers"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small school vs wants a big MAT with pathways, a village primary",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Harrogate, UK")(
                "Gwyneth Pickles",
                2,
                "Wants a small school where she knows every child's name",
            ),
            kin(TEACHING_ASSISTANT, "Harrogate, UK")(
                "Deirdre Lumb",
                0,
                "Wants a big multi-academy trust with HLTA career pathways",
            ),
        ],
        **role(
            TA_ROLE,
            dict(remote_policy="onsite", location="Harrogate, UK"),
            description="A village primary of 84 pupils in four mixed-age classes.",
        ),
    ),
    C(
        "wants a big trust central team vs standalone and LA schools only",
        "cs",
        [
            kin(BURSAR, "Manchester, UK")(
                "Marcus Entwistle",
                2,
                touches=[
                    rang(
                        45,
                        "Wants a big trust - central finance team, economies of scale, done with "
                        "being a one-person SBM.",
                    )
                ],
            ),
            kin(BURSAR, "Manchester, UK")(
                "Lynette Crossley",
                0,
                touches=[
                    rang(
                        45,
                        "Hates MATs - standalone or LA maintained schools only, she's seen what "
                        "top-slicing does.",
                    )
                ],
            ),
        ],
        **role(
            BURSAR_ROLE,
            MANCHESTER_SCHOOL,
            title="Trust Finance Business Partner",
            description="Central finance team of a 32-school multi-academy trust.",
        ),
    ),
    C(
        "wants to build a school from scratch vs wants systems that already work",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Toronto, Canada")(
                "Aurelia Vandermeer",
                2,
                "Wants to help build a school from scratch - new timetable, new everything",
            ),
            kin(ENGLISH_TEACHER, "Toronto, Canada")(
                "Preston Goldring",
                0,
                "Wants an established school with systems that work, no more start-up chaos",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            TORONTO_ONSITE,
            title="English Teacher (founding staff)",
            description="Founding staff at a new secondary school opening in September 2027.",
        ),
    ),
]

MISSION = [
    C(
        "wants excluded kids in AP vs doesn't want a behaviour-heavy setting, a PRU",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Jocelyn Tattersall",
                2,
                touches=[
                    mail(
                        45,
                        "I want to work with the kids other schools have given up on - AP or a "
                        "PRU would be my first choice.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Quincy Rowbotham",
                0,
                touches=[
                    mail(
                        45,
                        "Honestly I don't want another behaviour-heavy setting. Somewhere "
                        "calmer, please.",
                    )
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            SHEFFIELD_SCHOOL,
            title="Teacher of English (Pupil Referral Unit)",
            description="Teach English to permanently excluded KS3 and KS4 pupils in a PRU.",
        ),
    ),
    C(
        "wants te reo immersion vs not confident in te reo, a kura kaupapa",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Rotorua, New Zealand")(
                "Tāne Rangitauira",
                2,
                "Wants to teach in a kura kaupapa Māori - fluent, grew up in te reo",
            ),
            kin(ENGLISH_TEACHER, "Rotorua, New Zealand")(
                "Ashleigh Brockie",
                0,
                "Not confident in te reo beyond greetings; wants a mainstream English-medium "
                "school",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            dict(remote_policy="onsite", location="Rotorua, New Zealand"),
            title="Kaiako (kura kaupapa Māori)",
            description="Teach in a full te reo Māori immersion kura.",
        ),
    ),
    C(
        "won't teach in a fee-paying school vs taught at one in Durban, an independent post",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Cape Town, South Africa")(
                "Lindiwe Ntuli",
                0,
                "Won't teach in a fee-paying school on principle - public schools only",
            ),
            kin(ENGLISH_TEACHER, "Cape Town, South Africa")(
                "Gareth Venter",
                2,
                "No issue with independent schools, taught at one in Durban for four years",
            ),
        ],
        **role(
            ENGLISH_ROLE,
            CAPE_TOWN_ONSITE,
            title="English Teacher (independent school)",
            description="Teach English at a fee-paying independent school in the southern suburbs.",
        ),
    ),
    C(
        "wants to work on net zero vs wants benefits casework not policy",
        "cs",
        [
            kin(COUNCIL, "Bristol, UK")(
                "Ingrid Westacott",
                2,
                "Wants to work on the council's climate emergency and net zero plans",
            ),
            kin(COUNCIL, "Bristol, UK")(
                "Reginald Bowditch",
                0,
                "Wants to stay in revenues and benefits casework, not strategy or policy",
            ),
        ],
        **role(
            COUNCIL_ROLE,
            dict(remote_policy="hybrid", location="Bristol, UK"),
            title="Climate Action Officer",
            description="Deliver the council's net zero 2030 plan with local partners.",
        ),
    ),
]

TECH = [
    C(
        "wants off SIMS onto Arbor vs SIMS only, won't learn a new MIS",
        "cs",
        [
            kin(BURSAR, "Leeds, UK")(
                "Rosamund Illingworth",
                2,
                "Wants to move off SIMS and onto Arbor - sick of the server room",
            ),
            kin(BURSAR, "Leeds, UK")(
                "Kenneth Hepworth",
                0,
                "Only knows SIMS and won't learn a new MIS at this stage of his career",
            ),
        ],
        **role(
            BURSAR_ROLE,
            LEEDS_SCHOOL,
            requirements="School budgets\nArbor MIS\nHR and payroll",
        ),
    ),
    C(
        "sick of Moodle, wants Canvas vs wants away from online teaching",
        "cs",
        [
            kin(LECTURER, "Melbourne, Australia")(
                "Georgina Ashby-Lowe",
                2,
                touches=[li(35, "Sick of Moodle - a Canvas uni would be lovely.")],
            ),
            kin(LECTURER, "Melbourne, Australia")(
                "Nathaniel Purcell",
                0,
                touches=[li(35, "I want to get away from online teaching and the LMS entirely.")],
            ),
        ],
        **role(
            LECTURER_ROLE,
            dict(remote_policy="onsite", location="Melbourne, Australia"),
            title="Lecturer, Business (blended delivery)",
            offers=["Blended delivery through Canvas, half the teaching online"],
        ),
    ),
    C(
        "wants to learn Power BI vs refuses dashboards, a performance analyst post",
        "cs",
        [
            kin(COUNCIL, "Glasgow, UK")(
                "Ailsa Brodie",
                2,
                "Wants to learn Power BI and get into performance data",
            ),
            kin(COUNCIL, "Glasgow, UK")(
                "Donald Lennox",
                0,
                "Refuses to do data dashboards - wants to stay on casework with real people",
            ),
        ],
        **role(
            COUNCIL_ROLE,
            GLASGOW_ONSITE,
            title="Performance Analyst (Housing)",
            offers=["Power BI training provided"],
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_DARLINGTON = dict(remote_policy="onsite", location="Darlington, UK", currency="GBP")
PAST_TA_TERM_TIME = dict(remote_policy="onsite", location="Leeds, UK", currency="GBP")
PAST_CANBERRA_OFFICE = dict(remote_policy="onsite", location="Canberra, Australia")
PAST_PRETORIA = dict(
    remote_policy="onsite", location="Pretoria, South Africa", salary_max=380_000, currency="ZAR"
)

RESOLVED = [
    C(
        "declined five office days in Darlington, now two vs wouldn't move to Darlington",
        "cs",
        [
            kin(POLICY, "Darlington, UK")(
                "Felicity Gowland",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Offer declined - 5 days a week in the DEC office was too much with "
                        "a toddler.",
                        past=PAST_DARLINGTON,
                        role="HEO Policy Adviser",
                    )
                ],
            ),
            kin(POLICY, "London, UK")(
                "Percival Stainsby",
                0,
                apps=[
                    declined(
                        260,
                        "location",
                        "Offer declined - would not relocate from London to Darlington.",
                        past=PAST_DARLINGTON,
                        role="HEO Policy Adviser",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            dict(
                remote_policy="hybrid",
                location="Darlington, UK",
                offers=["Two days a week in the Darlington office, the rest from home"],
            ),
        ),
    ),
    C(
        "declined a TA post over term-time pay, this one is 52 weeks vs declined over the distance",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Leeds, UK")(
                "Angharad Fieldhouse",
                2,
                apps=[
                    declined(
                        200,
                        "compensation",
                        "Turned it down - term-time only pro rata came to £19k, couldn't pay "
                        "the rent on it.",
                        past=PAST_TA_TERM_TIME,
                        role="Teaching Assistant",
                    )
                ],
            ),
            kin(TEACHING_ASSISTANT, "Leeds, UK")(
                "Sandra Butterfield",
                0,
                apps=[
                    declined(
                        200,
                        "location",
                        "Turned it down - two buses each way to Seacroft, over an hour.",
                        past=PAST_TA_TERM_TIME,
                        role="Teaching Assistant",
                    )
                ],
                location="Otley, UK",
            ),
        ],
        **role(
            TA_ROLE,
            dict(
                remote_policy="onsite",
                location="Seacroft, Leeds, UK",
                offers=["52-week contract, all-year-round, including holiday club"],
            ),
        ),
    ),
    C(
        "withdrew over no TLR, this post has one vs withdrew wanting primary",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Ophelia Crabtree",
                2,
                apps=[
                    withdrew(
                        300,
                        "compensation",
                        "Withdrew after interview - no TLR on offer and she's been running KS3 "
                        "for free for two years.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Norah Whiteley",
                0,
                apps=[
                    withdrew(
                        300,
                        "not_interested",
                        "Withdrew after interview - realised she wants to retrain for primary, "
                        "not secondary.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, MANCHESTER_SCHOOL, offers=["TLR 2a for KS3 English"]),
    ),
    C(
        "declined APS6 over no flexibility, now three days WFH vs declined NV1, still NV1",
        "cs",
        [
            kin(POLICY, "Canberra, Australia")(
                "Marcella Brindabella",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Declined - agency wouldn't agree any working from home.",
                        past=PAST_CANBERRA_OFFICE,
                        role="APS6 Policy Officer",
                    )
                ],
            ),
            kin(POLICY, "Canberra, Australia")(
                "Tristan Molonglo",
                0,
                apps=[
                    declined(
                        240,
                        "other",
                        "Declined - wasn't willing to go through NV1 vetting for the role.",
                        past=PAST_CANBERRA_OFFICE,
                        role="APS6 Policy Officer",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            dict(
                remote_policy="hybrid",
                location="Canberra, Australia",
                offers=["Three days a week working from home"],
            ),
            title="APS6 Policy Officer",
            requirements="Negative Vetting 1 (NV1) clearance\nPolicy development",
        ),
    ),
    C(
        "declined at R380k, the band is now R450-500k vs declined Pretoria, still Pretoria",
        "cs",
        [
            kin(BURSAR, "Johannesburg, South Africa")(
                "Pieter Jansen van Rensburg",
                2,
                apps=[
                    declined(
                        220,
                        "compensation",
                        "Declined - R380k CTC was below what he earns at the moment.",
                        past=PAST_PRETORIA,
                        role="School Bursar",
                    )
                ],
            ),
            kin(BURSAR, "Johannesburg, South Africa")(
                "Johan Erasmus",
                0,
                apps=[
                    declined(
                        220,
                        "location",
                        "Declined - not prepared to travel to Pretoria daily from the East Rand.",
                        past=PAST_PRETORIA,
                        role="School Bursar",
                    )
                ],
            ),
        ],
        **role(
            BURSAR_ROLE,
            PRETORIA_ONSITE,
            title="School Bursar",
            salary_min=450_000,
            salary_max=500_000,
            currency="ZAR",
        ),
    ),
    C(
        "screened out over CBC French, now English essential vs no Cabinet drafting, still asked",
        "cs",
        [
            kin(POLICY, "Ottawa, Canada")(
                "Harriet Kowalczyk-Reid",
                2,
                apps=[
                    turned_away(
                        280,
                        "screen",
                        "skills_gap",
                        "Screened out - position was bilingual imperative CBC, she's BBB.",
                        role="Policy Analyst (EC-05)",
                    )
                ],
            ),
            kin(POLICY, "Ottawa, Canada")(
                "Dominic Latendresse",
                0,
                apps=[
                    turned_away(
                        90,
                        "screen",
                        "skills_gap",
                        "Screened out - no experience drafting Memoranda to Cabinet or TB "
                        "submissions, which the post needed.",
                        role="Policy Analyst (EC-05)",
                    )
                ],
            ),
        ],
        **role(
            POLICY_ROLE,
            OTTAWA_HYBRID,
            title="Policy Analyst (EC-05)",
            requirements="English essential\nDrafting Memoranda to Cabinet\nPolicy development",
        ),
    ),
]

LAST_TIME = [
    C(
        "agency stopped placing her after a safeguarding concern vs left when the school shut",
        "cs",
        [
            kin(TEACHING_ASSISTANT, "Sheffield, UK")(
                "Tracey Gledhill",
                0,
                touches=[
                    hr(
                        150,
                        "Safeguarding concern raised by St Wilfrid's re conduct with a pupil - "
                        "LADO informed, agency ceased placing her.",
                    )
                ],
            ),
            kin(TEACHING_ASSISTANT, "Sheffield, UK")(
                "Joanne Staniforth",
                2,
                touches=[
                    hr(
                        150,
                        "Left her placement at St Wilfrid's early - the school shut for RAAC "
                        "checks. Glowing feedback from the class teacher.",
                    )
                ],
            ),
        ],
        **role(TA_ROLE, SHEFFIELD_SCHOOL),
    ),
    C(
        "no-show at her observed lesson vs rescheduled, then lost to an internal",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Lavinia Greenhalgh",
                0,
                apps=[
                    turned_away(
                        180,
                        "interview",
                        "no_show",
                        "Didn't turn up for her observed lesson, no call, no email. Year 9 "
                        "sat waiting.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Caroline Midgley",
                2,
                apps=[
                    panel_loss(
                        180,
                        "Observed lesson moved once (Covid), then strong - lost only to an "
                        "internal candidate.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, LEEDS_SCHOOL),
    ),
    C(
        "weak observed lesson two months ago vs two years ago, since an NPQ",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Beatrix Holdsworth",
                0,
                apps=[
                    turned_away(
                        60,
                        "interview",
                        "skills_gap",
                        "Observed lesson weak - no differentiation, lost the Year 10s by "
                        "minute 20.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Manchester, UK")(
                "Elinor Gartside",
                2,
                apps=[
                    turned_away(
                        730,
                        "interview",
                        "skills_gap",
                        "Observed lesson weak on differentiation; told her so. She has since "
                        "done the NPQLT.",
                    )
                ],
            ),
        ],
        **role(ENGLISH_ROLE, MANCHESTER_SCHOOL),
    ),
    C(
        "sifted out without QTS vs lost the final panel to one other",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Glasgow, UK")(
                "Iain Lockhart",
                0,
                apps=[
                    turned_away(
                        120,
                        "applied",
                        "skills_gap",
                        "Sifted out - not GTCS registered, doesn't meet the essential criteria.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Glasgow, UK")(
                "Finlay Rutherford",
                2,
                apps=[panel_loss(120, "Final panel - close second, the head wants him back.")],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            GLASGOW_ONSITE,
            requirements="GTCS registration\nNational 5 and Higher English",
        ),
    ),
    C(
        "failed police vetting last month vs withdrew over a vetting delay",
        "cs",
        [
            kin(POLICE_STAFF, "Melbourne, Australia")(
                "Travis Kilgour",
                0,
                apps=[
                    turned_away(
                        30,
                        "offer",
                        "other",
                        "Offer withdrawn - failed the national police check on disclosure.",
                        role="Police Staff Investigator",
                    )
                ],
            ),
            kin(POLICE_STAFF, "Melbourne, Australia")(
                "Brodie Hallam",
                2,
                apps=[
                    withdrew(
                        30,
                        "timing",
                        "Withdrew - vetting took five months and she couldn't wait any longer; "
                        "clearance came through clean a week later.",
                        stage="offer",
                        role="Police Staff Investigator",
                    )
                ],
            ),
        ],
        **role(POLICE_ROLE, dict(remote_policy="onsite", location="Melbourne, Australia")),
    ),
]

PROCESS = [
    C(
        "a final panel last spring vs an application never past the sift",
        "cs",
        [
            kin(MEDSEC, "Cardiff, UK")(
                "Ffion Rhys-Jenkins",
                2,
                apps=[panel_loss(200, None, role="Medical Secretary")],
            ),
            kin(MEDSEC, "Cardiff, UK")(
                "Delyth Beddoe",
                1,
                apps=[app(200, "applied", "rejected", "other", None, role="Medical Secretary")],
            ),
        ],
        **role(MEDSEC_ROLE, CARDIFF_ONSITE),
    ),
    C(
        "started with us six weeks ago vs placed three years ago, left on good terms",
        "cs",
        [
            kin(REGISTRY, "Auckland, New Zealand")(
                "Manaia Herewini",
                0,
                apps=[app(42, "offer", "hired", None, None, role="Student Records Officer")],
            ),
            kin(REGISTRY, "Auckland, New Zealand")(
                "Lisette Vanstone",
                2,
                apps=[app(1100, "offer", "hired", None, None, role="Student Records Officer")],
                touches=[
                    hr(
                        500,
                        "Left us for a role at AUT after 18 months - great exit interview, "
                        "would rehire tomorrow.",
                    )
                ],
            ),
        ],
        **role(REGISTRY_ROLE, AUCKLAND_ONSITE),
    ),
    C(
        "took a counter-offer three weeks ago vs the post closed at offer stage",
        "cs",
        [
            kin(BURSAR, "Brisbane, Australia")(
                "Kieran Wallace-Hoyt",
                0,
                apps=[
                    declined(
                        21,
                        "counteroffer",
                        "Accepted a counter-offer from his school - extra $12k and a title.",
                        role="Business Manager",
                    )
                ],
            ),
            kin(BURSAR, "Brisbane, Australia")(
                "Melinda Crisp",
                2,
                apps=[
                    app(
                        160,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer stage - post pulled when the school's enrolments fell short.",
                        role="Business Manager",
                    )
                ],
            ),
        ],
        **role(BURSAR_ROLE, BRISBANE_ONSITE, title="Business Manager (school)"),
    ),
    C(
        "a rambling note full of term dates, keen on HoD vs withdrawn at screen, not interested",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Millicent Haslam",
                2,
                touches=[
                    rang(
                        10,
                        "Caught her 12/11. Half term was 26-30 Oct, Y9 trip to York w/c 30 Nov, "
                        "Xmas fair 11 Dec, mocks marked by the 18th, INSET 4 Jan. In amongst "
                        "all that - very keen to hear about any HoD post, apply any time.",
                    )
                ],
            ),
            kin(ENGLISH_TEACHER, "Sheffield, UK")(
                "Eudora Pashley",
                0,
                apps=[
                    withdrew(
                        40,
                        "not_interested",
                        "Withdrew at screen: has decided to stay put and go for SLT internally.",
                        stage="screen",
                        role="Head of English",
                    )
                ],
            ),
        ],
        **role(HOD_ROLE, SHEFFIELD_SCHOOL),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no supply, then will do supply while she looks vs the reverse",
        "cs",
        [
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Dulcie Armitage",
                2,
                touches=[
                    wa(date(2026, 6, 15), "no supply thanks, perm only"),
                    wa(date(2026, 10, 19), "ok will do long term supply while i look for perm"),
                ],
            ),
            kin(ENGLISH_TEACHER, "Leeds, UK")(
                "Imelda Scargill",
                0,
                touches=[
                    wa(date(2026, 6, 15), "supply is fine, any school in leeds"),
                    wa(date(2026, 10, 19), "changed my mind, no more supply. perm only now"),
                ],
            ),
        ],
        **role(
            ENGLISH_ROLE,
            LEEDS_SCHOOL,
            title="Long-term Supply Teacher of English",
            offers=["Long-term supply until July, £165 a day"],
        ),
    ),
    C(
        "a removal taken back vs a keep-me-posted hardened into a removal",
        "cs",
        [
            kin(SENCO, "Brisbane, Australia")(
                "Rhiannon Colquhoun",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "Please remove me from your lists - all of them, thank you.",
                    ),
                    mail(
                        date(2026, 9, 14),
                        "I know I asked to come off your lists in February - things have "
                        "changed and I'd like to hear about inclusion roles again.",
                    ),
                ],
            ),
            kin(SENCO, "Brisbane, Australia")(
                "Mackenzie Tolhurst",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Keep me posted, always open to a chat."),
                    mail(
                        date(2026, 9, 14),
                        "Please take me off all your lists now and delete my details.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(SENCO_ROLE, BRISBANE_ONSITE, title="Head of Inclusion"),
    ),
    C(
        "won't move to Scotland, then bought in Stirling vs the reverse",
        "cs",
        [
            kin(COUNCIL, "Carlisle, UK")(
                "Bridget Featherstonhaugh",
                2,
                touches=[
                    rang(date(2026, 3, 2), "Won't move to Scotland - family all in Cumbria."),
                    rang(
                        date(2026, 10, 5), "Update: they've bought a house in Stirling, moving Dec."
                    ),
                ],
            ),
            kin(COUNCIL, "Carlisle, UK")(
                "Vivienne Routledge",
                0,
                touches=[
                    rang(date(2026, 3, 2), "Keen on Scotland, would move to Stirling."),
                    rang(date(2026, 10, 5), "Update: staying in Carlisle after all, mum's unwell."),
                ],
            ),
        ],
        **role(
            COUNCIL_ROLE,
            dict(remote_policy="onsite", location="Stirling, UK"),
            title="Housing Options Officer (Stirling Council)",
        ),
    ),
    C(
        "pay ask lowered into the band vs raised out of it",
        "cs",
        [
            kin(REGISTRY, "Toronto, Canada")(
                "Penelope Tremblay-Cho",
                2,
                touches=[
                    mail(date(2026, 4, 6), "I'd need $85k to move."),
                    mail(date(2026, 9, 28), "Honestly $72k would be fine now, I want out."),
                ],
            ),
            kin(REGISTRY, "Toronto, Canada")(
                "Malcolm Oyelaran",
                0,
                touches=[
                    mail(date(2026, 4, 6), "$72k is fine for me."),
                    mail(date(2026, 9, 28), "Got a raise - I'd need $88k now to move."),
                ],
            ),
        ],
        **role(
            REGISTRY_ROLE,
            TORONTO_ONSITE,
            title="Registration Officer",
            salary_min=68_000,
            salary_max=76_000,
            currency="CAD",
        ),
    ),
    C(
        "part-time, then full-time vs full-time, then part-time, a full-time post",
        "cs",
        [
            kin(MEDSEC, "Edinburgh, UK")(
                "Agnes Lauder",
                2,
                touches=[
                    hr(date(2026, 5, 11), "Part-time only, 3 days."),
                    hr(date(2026, 10, 12), "Now after full-time - youngest started school in Aug."),
                ],
            ),
            kin(MEDSEC, "Edinburgh, UK")(
                "Effie Grierson",
                0,
                touches=[
                    hr(date(2026, 5, 11), "Full-time, any dept."),
                    hr(date(2026, 10, 12), "Needs part-time now, 2 days max - caring for her dad."),
                ],
            ),
        ],
        **role(
            MEDSEC_ROLE,
            EDINBURGH_ONSITE,
            title="Medical Secretary (full-time, 37.5 hours)",
            offers=["Full-time, 37.5 hours over five days"],
        ),
    ),
    C(
        "remote only, then two office days vs two office days, then remote only",
        "cs",
        [
            kin(POLICY, "Wellington, New Zealand")(
                "Kōtuku Ellison",
                2,
                touches=[
                    li(date(2026, 4, 20), "Remote only for me at the moment."),
                    li(date(2026, 10, 26), "Kia ora - happy to do a few days in the office now."),
                ],
            ),
            kin(POLICY, "Wellington, New Zealand")(
                "Raniera Puketapu",
                0,
                touches=[
                    li(date(2026, 4, 20), "Happy with office days."),
                    li(date(2026, 10, 26), "Moved to Ōtaki - fully remote only now, sorry."),
                ],
            ),
        ],
        **role(POLICY_ROLE, WELLINGTON_HYBRID, title="Senior Policy Advisor"),
    ),
]

HELDOUT19_CASES: list[Case] = [
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
