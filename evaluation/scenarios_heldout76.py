"""Held-out rediscovery cases, seventy-sixth set: returners, career changers and veterans,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 76") and never tuned to what Encore does.

Who the recruiters are: programme coordinators of returnship and "second career" programmes at
large employers in the UK, Ireland, the US, Canada and Australia; in-house talent teams; agency
consultants on a veterans' desk; transition coaches handing people over (US SkillBridge and TAP,
the UK Career Transition Partnership and resettlement, ADF and CAF transition services); and the
hiring managers whose feedback gets pasted into the file.

Who the people are: parents back after five- and seven-year career breaks, carers for a parent or
a disabled child, people back from cancer treatment and long Covid on phased returns, service
leavers and reservists, military spouses who move with each posting or PCS, and career changers
out of teaching, nursing, hospitality and the police into software, data, project, operations,
customer success and finance roles; some older workers, and some asking for reasonable
adjustments (autistic, ADHD, epilepsy, chronic fatigue) and flexible hours.

The voices: coordinators' programme notes, terse ATS shorthand ("cand", "LVM", "NFA", "DNC",
"FTC", "pro rata"), long rambling call notes in which one line decides, coaches' handover notes,
hiring managers' feedback, and the candidates' own emails, texts and LinkedIn messages in
lower case with typos, a few in French, Welsh, Irish and Spanish; forces shorthand (ETS, DD-214,
terminal leave, PCS, resettlement, ELCAS, stag, posting order) and school-run shorthand (pick-up,
wraparound, inset day, half-term, term-time only, junior infants, reception).

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal deletion request, a bare "STOP", an angry veteran, a coordinator's note in
   the third person, French, Welsh, Spanish and Irish, a polite goodbye from someone staying at
   home, an agency's DNC, "No thanks." to the outreach template, a coach's handover, a retiree):
   never shown; beside each a scoped stop that is no opt-out (the newsletter only, calls at
   school pick-up, the defence desk, one cohort's list, phone but not email, one role on nights,
   one office, LinkedIn only, automated alerts only, the returnship route but not the firm);
2. waits counted from the day said, each against a twin whose wait has run out (terminal leave
   and ETS, a resettlement exit date, a teacher's resignation dates, US against Canadian
   Thanksgiving, Australian school holidays, a phased return, a nursery place, a bonus, an NHS
   notice period, Lunar New Year against Diwali, a PCS, adoption leave, junior infants, a
   hospice, the High Holidays against Passover, a reservist's mobilisation, an ELCAS course),
   and notes full of dates that ask for no wait;
3. schedule (school hours, term-time only, on-call, rotating shifts, a compressed week,
   weekends, a later start as an adjustment), travel (overnights, FIFO, deployments had),
   visa, right to work and clearance (ILR, Australian and Irish stamps and visas, US sponsorship,
   an active clearance against a lapsed one), contract type (returnship against permanent, FTC,
   W-2 against 1099, casual against permanent part-time) and commute (no licence after a
   seizure, a nursery run, fatigue, the Harbour Bridge);
4. pay against the band in pounds, euros, US, Canadian and Australian dollars, hourly, daily,
   monthly and yearly, base against package with super, pro rata against full-time equivalent,
   bonus, and a floor against current pay reset after a break;
5. work mode in the title only, the description only, the offers only, the policy field only and
   hybrid days; negation and its scope ("no more nights", "not against nights", "never again
   hotel hours", "not opposed to line management", "not against defence, just not weapons", "the
   hours weren't the problem, the pay was", "never again a startup");
6. location and relocation with partners' postings, managing against hands-on, company stage and
   size, industry (defence, gambling, health, drinks) and mission (public service, charities,
   veterans' causes, climate, education) wanted or refused, technology wanted or refused, level;
7. last time's reason resolved by this role or still standing, and the history and the latest
   process with us (a placement we made last month, no-shows, adjustments not given);
8. several notes over time where the latest word counts: minds changed once or twice, across
   notes of different kinds and dates.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

RETURNER_DEV = dict(
    current_title="Software Engineer (career break)",
    skills=["Python", "Django", "PostgreSQL", "AWS", "REST APIs"],
    years_experience=8,
    resume_text=(
        "Eight years as a Python developer at a retail bank and a travel start-up, then a career "
        "break of five years to bring up three children. Refreshed on Django, PostgreSQL and AWS "
        "through a returners' bootcamp this year and rebuilt the school PTA's booking site."
    ),
)
TEACHER_ANALYST = dict(
    current_title="Data Analyst (former teacher)",
    skills=["SQL", "Excel", "Power BI", "Python", "Data storytelling"],
    years_experience=11,
    resume_text=(
        "Secondary maths teacher for eleven years, the last four as head of Key Stage 4, "
        "building the school's attainment tracker in Excel and Power BI. Retrained through a "
        "twelve-week data analytics course: SQL, Python, dashboards and stakeholder reporting."
    ),
)
SERVICE_LEAVER_PM = dict(
    current_title="Project Manager (service leaver)",
    skills=["PRINCE2", "APM PMQ", "Risk management", "Stakeholder management", "Logistics"],
    years_experience=16,
    resume_text=(
        "Sixteen years' service, the last six as a staff officer running equipment and "
        "infrastructure programmes: budgets up to 40 million, risk registers, contractors and "
        "teams of up to 120. PRINCE2 Practitioner and APM PMQ gained during resettlement."
    ),
)
VETERAN_OPS = dict(
    current_title="Operations Manager (transitioning officer)",
    skills=["Team leadership", "Logistics", "Lean Six Sigma", "PMP", "Inventory control"],
    years_experience=10,
    resume_text=(
        "Ten years as an Army logistics officer: company command of 110 soldiers, a brigade "
        "supply operation, fleet readiness reporting. PMP and Lean Six Sigma Green Belt earned "
        "through the transition programme."
    ),
)
VETERAN_INFRA = dict(
    current_title="Systems and Network Engineer (veteran)",
    skills=["Linux", "Azure", "Cisco networking", "Security+", "Terraform"],
    years_experience=9,
    resume_text=(
        "Nine years' service as a communications and information systems specialist: Cisco "
        "networks, Linux and Windows servers, a migration to Azure, CompTIA Security+, and "
        "Terraform for training environments."
    ),
)
NURSE_OPS = dict(
    current_title="Clinical Systems Trainer (registered nurse)",
    skills=["EPR training", "Clinical safety", "Service improvement", "Stakeholder engagement"],
    years_experience=12,
    resume_text=(
        "Registered nurse for ten years on surgical wards and in theatres, then two years as the "
        "trust's super-user and trainer for a new electronic patient record; moving into "
        "health-tech implementation and operations."
    ),
)
POLICE_FRAUD = dict(
    current_title="Financial Crime Analyst (former detective)",
    skills=["Investigations", "AML", "Case management", "Excel", "Interviewing"],
    years_experience=14,
    resume_text=(
        "Fourteen years in the police, the last six as a detective in an economic crime unit: "
        "fraud investigations, financial profiling, production orders and court files. "
        "Completed a certificate in anti-money laundering after leaving."
    ),
)
HOSPITALITY_CS = dict(
    current_title="Customer Success Associate (former hotel manager)",
    skills=["Customer service", "Team leadership", "Onboarding", "Zendesk", "Complaints"],
    years_experience=9,
    resume_text=(
        "Nine years in hotels and restaurants, the last four as operations manager of a "
        "60-room hotel with 35 staff; moved into SaaS customer support last year and now "
        "onboards small business accounts."
    ),
)
RETURNER_ACCOUNTANT = dict(
    current_title="Management Accountant (returner)",
    skills=["Management accounts", "Month-end close", "Xero", "Excel", "Budgeting"],
    years_experience=9,
    resume_text=(
        "Chartered management accountant, nine years in manufacturing and a housing "
        "association, then four years out caring for a parent; kept CPD current and did the "
        "books for a local charity while out."
    ),
)
SPOUSE_DEV = dict(
    current_title="Frontend Developer",
    skills=["TypeScript", "React", "Accessibility", "CSS", "Design systems"],
    years_experience=6,
    resume_text=(
        "Frontend developer for six years, working remotely through three moves with a serving "
        "partner: React and TypeScript on a public-sector design system and accessibility "
        "audits to WCAG 2.2 AA."
    ),
)


def cohort(profile: str, persona: dict, where: str):
    """People of one kind, the same profile and persona, living in ``where`` unless a case
    says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def returner_dev(where="London, UK"):
    return cohort("backend", RETURNER_DEV, where)


def teacher(where="Manchester, UK"):
    return cohort("data_eng", TEACHER_ANALYST, where)


def leaver(where="Bristol, UK"):
    return cohort("manager", SERVICE_LEAVER_PM, where)


def vet_ops(where="San Antonio, TX, USA"):
    return cohort("manager", VETERAN_OPS, where)


def vet_infra(where="Colorado Springs, CO, USA"):
    return cohort("sre", VETERAN_INFRA, where)


def nurse(where="Birmingham, UK"):
    return cohort("cs", NURSE_OPS, where)


def detective(where="Leeds, UK"):
    return cohort("finance", POLICE_FRAUD, where)


def hotelier(where="Dublin, Ireland"):
    return cohort("cs", HOSPITALITY_CS, where)


def accountant(where="Leeds, UK"):
    return cohort("finance", RETURNER_ACCOUNTANT, where)


def spouse_dev(where="Remote"):
    return cohort("frontend", SPOUSE_DEV, where)


# --- who wrote what -------------------------------------------------------------------------


def coord(days, text) -> dict:
    """A returnship or transition programme coordinator's note on the file."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def ats(days, text) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's call note, written up after the call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def coach(days, text) -> dict:
    """A careers or transition coach's handover note, as pasted in."""
    return touch(days, "inbound", None, "note", note=text, channel="meeting")


def hm(days, text) -> dict:
    """A hiring manager's feedback line, as pasted in."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def mail(days, text) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def sms(days, words) -> dict:
    """The candidate's text or WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def dm(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def final_loss(days, note=None, *, role="Returner Software Engineer") -> dict:
    """Reached the final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Returner Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(
    days, reason, note, *, stage="interview", past=None, role="Returner Software Engineer"
):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Returner Software Engineer") -> dict:
    """We turned them down."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

RETURNSHIP_DEV = dict(
    title="Returner Software Engineer (Python)",
    seniority="mid",
    requirements="Python\nDjango or FastAPI\nPostgreSQL\nA career break of two years or more",
    description="A paid sixteen-week returnship for engineers back after a career break, with "
    "a permanent role at the end for those who want one.",
)
DEV_PERM = dict(
    title="Software Engineer (Python)",
    seniority="mid",
    requirements="Python\nDjango or FastAPI\nPostgreSQL\nAWS",
    description="Build and run the services behind our customer portal.",
)
ANALYST = dict(
    title="Data Analyst",
    department="Data",
    seniority="junior",
    requirements="SQL\nExcel\nPower BI or Tableau\nClear written communication",
    description="Build the reporting our operations teams run on. Open to people retraining "
    "from teaching, nursing, the forces and other careers.",
)
PROJECT_MANAGER = dict(
    title="Project Manager",
    department="Programme Management Office",
    seniority="mid",
    requirements="PRINCE2 or APM\nRisk and issue management\nStakeholder management\nBudget "
    "control",
    description="Deliver estates and infrastructure projects from business case to handover.",
)
OPS_MANAGER = dict(
    title="Operations Manager",
    department="Operations",
    seniority="manager",
    requirements="Team leadership\nLogistics\nLean or Six Sigma\nKPI reporting",
    description="Run a regional distribution operation and the team that keeps it moving.",
)
INFRA = dict(
    title="Infrastructure Engineer",
    department="IT",
    seniority="mid",
    requirements="Linux\nAzure\nNetworking\nSecurity+ or equivalent\nTerraform",
    description="Run our hybrid estate: Azure, on-premise Linux and the site networks.",
)
CLINICAL_IMPL = dict(
    title="Clinical Implementation Specialist",
    department="Implementation",
    seniority="mid",
    requirements="Registered clinician (NMC or HCPC)\nEPR training\nStakeholder engagement",
    description="Roll our e-prescribing system out to hospital wards and train the staff.",
)
FRAUD = dict(
    title="Financial Crime Analyst",
    department="Financial Crime",
    seniority="mid",
    requirements="Investigations\nAML\nCase management\nExcel",
    description="Investigate suspicious activity and write the reports that go to the authorities.",
)
CSM = dict(
    title="Customer Success Manager",
    department="Customer Success",
    seniority="mid",
    requirements="Onboarding\nCustomer service\nRenewals\nZendesk or Gainsight",
    description="Onboard and look after a book of small and mid-sized business customers.",
)
ACCOUNTANT = dict(
    title="Management Accountant",
    department="Finance",
    seniority="mid",
    requirements="ACCA or CIMA\nMonth-end close\nManagement accounts\nXero or Sage",
    description="Own month-end and the management pack for a group finance team.",
)
FRONTEND = dict(
    title="Frontend Developer",
    seniority="mid",
    requirements="TypeScript\nReact\nAccessibility",
    description="Build the web app our customers use every day.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week at our King's Cross office"],
)
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week in our Piccadilly office"],
)
LEEDS_ONSITE = dict(remote_policy="onsite", location="Leeds, UK")
BRISTOL_ONSITE = dict(remote_policy="onsite", location="Bristol, UK")
BIRMINGHAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Birmingham, UK",
    offers=["Hybrid: two days a week at our Colmore Row office"],
)
CARDIFF_HYBRID = dict(
    remote_policy="hybrid",
    location="Cardiff, UK",
    offers=["Hybrid: two days a week in Cardiff Bay"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week at our Dublin 2 office"],
)
GALWAY_HYBRID = dict(
    remote_policy="hybrid",
    location="Galway, Ireland",
    offers=["Hybrid: two days a week in our Galway office"],
)
SAN_ANTONIO_ONSITE = dict(remote_policy="onsite", location="San Antonio, TX, USA")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
OTTAWA_HYBRID = dict(
    remote_policy="hybrid",
    location="Ottawa, ON, Canada",
    offers=["Hybrid: two days a week at our Kanata office"],
)
NA_REMOTE = dict(remote_policy="remote", location="Remote (US or Canada)")
SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Hybrid: two days a week in our Barangaroo office"],
)
MELBOURNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne, VIC, Australia",
    offers=["Hybrid: two days a week in our Docklands office"],
)
BRISBANE_ONSITE = dict(remote_policy="onsite", location="Brisbane, QLD, Australia")

# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "opt-out: formal request to delete her details vs off the returners' newsletter only",
        "backend",
        [
            returner_dev()(
                "Harriet Ashworth-Lyle",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Returner Programme team, I have now gone back to my previous "
                        "employer and no longer wish to be contacted by your programme or your "
                        "recruiters about any vacancy. Please delete my details from your "
                        "systems. Kind regards, Harriet Ashworth-Lyle",
                    )
                ],
                excluded=True,
            ),
            returner_dev()(
                "Philippa Onwuachi",
                2,
                touches=[
                    mail(
                        60,
                        "Hi, could you take me off the monthly Returners' Digest? My inbox is "
                        "drowning in newsletters. I'm still very much after a returnship though, "
                        "so please do email me directly about the engineering cohorts.",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID),
    ),
    C(
        "opt-out: a bare STOP by text vs stop ringing at school pick-up",
        "data_eng",
        [
            teacher("Melbourne, VIC, Australia")(
                "Kirra Hennessy",
                0,
                touches=[sms(20, "STOP!")],
                excluded=True,
            ),
            teacher("Melbourne, VIC, Australia")(
                "Bronwyn Tait",
                2,
                touches=[
                    sms(
                        20,
                        "pls stop ringing between 2.45 and 4, that's pick up and swimming. "
                        "texts fine any time and yes still keen on analyst jobs",
                    )
                ],
            ),
        ],
        **role(ANALYST, MELBOURNE_HYBRID),
    ),
    C(
        "opt-out: an angry veteran done with the firm vs done with its defense desk only",
        "manager",
        [
            vet_ops()(
                "Travis Kowalczyk",
                0,
                touches=[
                    mail(
                        35,
                        "This is the fourth 'thank you for your service' email from your firm "
                        "with a job 900 miles from here. Take me off your list. Permanently. "
                        "Do not contact me again.",
                    )
                ],
                excluded=True,
            ),
            vet_ops()(
                "Deshawn Pruitt",
                2,
                touches=[
                    mail(
                        35,
                        "Appreciate you reaching out. Please have your defense-contractor desk "
                        "stop sending me cleared-role spam, I'm done with that world. Your "
                        "commercial ops team is welcome to reach out, that's what I actually "
                        "want.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            SAN_ANTONIO_ONSITE,
            description="Run the South Texas distribution center for a grocery wholesaler.",
        ),
    ),
    C(
        "opt-out: coordinator notes he asked off every talent pool vs off one cohort's list",
        "backend",
        [
            returner_dev()(
                "Gareth Polglase",
                0,
                touches=[
                    coord(
                        45,
                        "Spoke to Gareth at the Women & Returners careers fair (he came with "
                        "his wife). He's asked to be removed from all our talent pools and not "
                        "to be contacted again - found last year's cohort process demoralising. "
                        "Actioned in Workday.",
                    )
                ],
                excluded=True,
            ),
            returner_dev()(
                "Rhodri Castellano",
                2,
                touches=[
                    coord(
                        45,
                        "Rhodri asked to come off the Birmingham cohort mailing list - he's in "
                        "London and can't do Birmingham. Keep him on London comms, he's keen.",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID),
    ),
    C(
        "opt-out: asked in French to be taken out of the candidate bank vs email only, in French",
        "manager",
        [
            leaver("Ottawa, ON, Canada")(
                "Geneviève Charbonneau",
                0,
                touches=[
                    mail(
                        50,
                        "Bonjour, je vous prie de retirer mon nom de votre banque de candidats "
                        "et de ne plus me contacter. Merci.",
                    )
                ],
                excluded=True,
            ),
            leaver("Ottawa, ON, Canada")(
                "Mélanie Bergeron",
                2,
                touches=[
                    mail(
                        50,
                        "Bonjour, pas d'appels au bureau s'il vous plaît, par courriel "
                        "seulement. Toujours intéressée par les postes de gestion de projet à "
                        "Ottawa.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, OTTAWA_HYBRID),
    ),
    C(
        "opt-out: asked in Welsh not to be contacted again vs asked to write in Welsh",
        "finance",
        [
            accountant("Cardiff, UK")(
                "Eleri Prys-Jones",
                0,
                touches=[
                    mail(
                        40,
                        "Peidiwch â chysylltu â mi eto, os gwelwch yn dda. Tynnwch fy "
                        "manylion oddi ar eich system. Diolch.",
                    )
                ],
                excluded=True,
            ),
            accountant("Cardiff, UK")(
                "Catrin Llewelyn",
                2,
                touches=[
                    mail(
                        40,
                        "Diolch am yr alwad. Byddai'n well gen i ohebu yn Gymraeg o hyn ymlaen "
                        "os yn bosib. Still keen on part-time finance roles in Cardiff - "
                        "e-bostiwch fi.",
                    )
                ],
            ),
        ],
        **role(ACCOUNTANT, CARDIFF_HYBRID),
    ),
    C(
        "opt-out: Spanish text to delete his number vs no calls at work, texts after six",
        "manager",
        [
            vet_ops()(
                "Rigoberto Saldaña",
                0,
                touches=[sms(25, "Por favor ya no me contacten. Borren mi número. Gracias.")],
                excluded=True,
            ),
            vet_ops()(
                "Efraín Villarreal",
                2,
                touches=[
                    sms(
                        25,
                        "no me llamen al trabajo porfa, mejor mándenme texto después de las 6. "
                        "sigo buscando trabajo de operaciones aquí en San Antonio",
                    )
                ],
            ),
        ],
        **role(OPS_MANAGER, SAN_ANTONIO_ONSITE),
    ),
    C(
        "opt-out: polite goodbye from a parent staying at home vs no to the returnship route only",
        "finance",
        [
            accountant()(
                "Rosalind Fairweather",
                0,
                touches=[
                    mail(
                        30,
                        "Thank you so much for all your help this year. After a lot of thought "
                        "we've decided I'll stay at home with the children for the foreseeable, "
                        "so please don't contact me about roles any more. Wishing you and the "
                        "team all the best.",
                    )
                ],
                excluded=True,
            ),
            accountant()(
                "Imogen Stainthorpe",
                2,
                touches=[
                    mail(
                        30,
                        "Thank you for thinking of me for the Leeds returner cohort. I've "
                        "decided against the returnship route - a sixteen-week placement "
                        "doesn't suit us - but I'd love to hear about permanent part-time "
                        "roles directly.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            title="Management Accountant (permanent, three days a week)",
            offers=["Permanent, 22.5 hours over three days"],
        ),
    ),
    C(
        "opt-out: ATS shorthand DNC per cand vs no LinkedIn InMails, email ok",
        "cs",
        [
            hotelier()(
                "Caoimhe Brannigan",
                0,
                touches=[
                    ats(
                        80,
                        "cand rang in upset re multiple approaches from diff recruiters. DNC "
                        "per cand. do not re-add to pipelines.",
                    )
                ],
                excluded=True,
            ),
            hotelier()(
                "Niamh Geraghty",
                2,
                touches=[
                    ats(
                        80,
                        "cand asked no more LI InMails - uses LinkedIn for her charity work. "
                        "email only pls. open to CSM roles, ex hotel ops mgr.",
                    )
                ],
            ),
        ],
        **role(CSM, DUBLIN_HYBRID),
    ),
    C(
        "opt-out: 'No thanks.' to the outreach email vs no thanks to the night role only",
        "manager",
        [
            vet_ops("Killeen, TX, USA")(
                "Brandon Yazzie",
                0,
                touches=[
                    touch(
                        40,
                        "inbound",
                        "not_interested",
                        "re_engagement",
                        note="No, thank you.",
                        channel="email",
                    )
                ],
                excluded=True,
            ),
            vet_ops("Killeen, TX, USA")(
                "Cody Brunsvold",
                2,
                touches=[
                    touch(
                        40,
                        "inbound",
                        "not_interested",
                        "re_engagement",
                        note="No thanks to the warehouse nights job - I've pulled enough "
                        "overnight duty for one lifetime. Days though, I'm all ears.",
                        channel="email",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Temple, TX, USA"),
            offers=["Day shift, Monday to Friday, 7am to 4pm"],
        ),
    ),
    C(
        "opt-out: asked in Irish not to be contacted again vs no calls before ten, in Irish",
        "data_eng",
        [
            teacher("Galway, Ireland")(
                "Saoirse Ní Fhlatharta",
                0,
                touches=[
                    mail(
                        30,
                        "Ná déan teagmháil liom arís, le do thoil. Bain m'ainm de do liosta. "
                        "Go raibh maith agat.",
                    )
                ],
                excluded=True,
            ),
            teacher("Galway, Ireland")(
                "Gráinne Ó Conaill",
                2,
                touches=[
                    mail(
                        30,
                        "Ná cuir glaoch orm roimh a deich ar maidin - school run. Still keen on "
                        "the analyst roles, email's grand.",
                    )
                ],
            ),
        ],
        **role(ANALYST, GALWAY_HYBRID),
    ),
    C(
        "opt-out: coach's handover, no recruiter contact full stop vs not from the Perth office",
        "sre",
        [
            vet_infra("Townsville, QLD, Australia")(
                "Liam Fitzgibbon",
                0,
                touches=[
                    coach(
                        60,
                        "Handover from transition coach: Liam discharged from 3rd Brigade in "
                        "March, sorting his DVA claim, knee reconstruction went well. He was "
                        "clear that he does not want any further contact from recruiters - no "
                        "calls, no emails, no job alerts from us or our partners. Please "
                        "respect this.",
                    )
                ],
                excluded=True,
            ),
            vet_infra("Townsville, QLD, Australia")(
                "Jarrah Coulthard",
                2,
                touches=[
                    coach(
                        60,
                        "Handover from transition coach: Jarrah discharged from 3rd Brigade in "
                        "March, sorting his DVA claim. He's asked that the Perth office stop "
                        "calling him - they kept pushing FIFO. He's happy to hear from the "
                        "Queensland team about infrastructure roles in Townsville.",
                    )
                ],
            ),
        ],
        **role(INFRA, dict(remote_policy="onsite", location="Townsville, QLD, Australia")),
    ),
    C(
        "opt-out: a retiree asks to delete her profile vs retired from teaching, not from work",
        "data_eng",
        [
            teacher("Exeter, UK")(
                "Margaret Trelawney",
                0,
                touches=[
                    mail(
                        50,
                        "I'm 66 now and I've retired for good. Please delete my profile and stop "
                        "sending me jobs. Thank you.",
                    )
                ],
                excluded=True,
            ),
            teacher("Exeter, UK")(
                "Patricia Venning",
                2,
                touches=[
                    mail(
                        50,
                        "Yes, I've retired from teaching after 31 years - not from working! "
                        "Please keep sending me analyst roles, part-time ideally.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            dict(remote_policy="hybrid", location="Exeter, UK"),
            title="Data Analyst (part-time, 3 days)",
            offers=["Part-time, three days a week", "One day a week in our Exeter office"],
        ),
    ),
    C(
        "opt-out: agency call note, she's done with agencies vs turn off the job alerts only",
        "finance",
        [
            detective("Bristol, UK")(
                "Joanne Heathcote",
                0,
                touches=[
                    rang(
                        25,
                        "Spoke to cand. Left the job (Avon & Somerset) in the spring, doing a "
                        "bit of investigations work for a solicitor. Said she'd rather we "
                        "didn't contact her again - she's applying direct to employers now and "
                        "doesn't want agencies involved. Respect that.",
                    )
                ],
                excluded=True,
            ),
            detective("Bristol, UK")(
                "Kerry-Ann Badmus",
                2,
                touches=[
                    rang(
                        25,
                        "Spoke to cand. Left the job (Avon & Somerset) in the spring. Asked us "
                        "to switch off the automated job alerts - too many, wrong areas - but "
                        "very happy for me to ring her with anything fraud-related in Bristol.",
                    )
                ],
            ),
        ],
        **role(FRAUD, BRISTOL_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "wait: terminal leave then ETS end of February vs ETS at the end of October",
        "manager",
        [
            vet_ops()(
                "Marcus Ruiz-Delgado",
                1,
                touches=[
                    rang(
                        date(2026, 7, 13),
                        "Spoke w/ CPT Ruiz-Delgado. Terminal leave starts 20 Jan, ETS 28 Feb "
                        "27. Won't start civilian employment until after ETS, DD-214 to follow. "
                        "Wants ops mgmt in SA, wife works at BAMC.",
                    )
                ],
            ),
            vet_ops()(
                "Terrence Okonkwo",
                2,
                touches=[
                    rang(
                        date(2026, 10, 5),
                        "Spoke w/ CPT Okonkwo. On terminal leave through October, ETS 31 Oct, "
                        "free to start from 2 Nov. Wants ops mgmt in SA, wife works at BAMC.",
                    )
                ],
            ),
        ],
        **role(OPS_MANAGER, SAN_ANTONIO_ONSITE),
    ),
    C(
        "wait: resettlement exit date in May vs an exit date in September gone",
        "manager",
        [
            leaver("Andover, UK")(
                "Rupert Gallimore",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Thanks for the call. I'm on resettlement now; my exit date from the "
                        "Army is 14 May 2027 and I can't take up a civilian post before then. "
                        "Happy to stay in touch until it's closer.",
                    )
                ],
            ),
            leaver("Andover, UK")(
                "Alasdair Crombie",
                2,
                touches=[
                    mail(
                        date(2026, 3, 9),
                        "Thanks for the call. Resettlement is going well - my last day in the "
                        "Army is 4 September and I'm free to start from then. PRINCE2 "
                        "Practitioner done through ELCAS.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, dict(remote_policy="onsite", location="Andover, UK")),
    ),
    C(
        "wait: a teacher who missed the October deadline, free in May vs one free since July",
        "data_eng",
        [
            teacher()(
                "Owen Bracegirdle",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Teachers can only leave at the end of a term and I've just missed the "
                        "31 October deadline, so I'd resign by the end of February and the "
                        "earliest I could start anywhere is 1 May.",
                    )
                ],
            ),
            teacher()(
                "Sunita Varsani",
                2,
                touches=[
                    mail(
                        date(2026, 5, 11),
                        "I handed my resignation in before the 31 May deadline, so I'll be "
                        "free from the end of the summer term.",
                    )
                ],
            ),
        ],
        **role(ANALYST, MANCHESTER_HYBRID),
    ),
    C(
        "wait: after Thanksgiving in Pittsburgh vs after Thanksgiving in Toronto",
        "cs",
        [
            hotelier("Pittsburgh, PA, USA")(
                "Kayleigh Brennan",
                1,
                touches=[
                    sms(
                        date(2026, 10, 26),
                        "can we talk after thanksgiving? we drive to my moms in Ohio for the "
                        "week and work is mad till then",
                    )
                ],
            ),
            hotelier("Toronto, ON, Canada")(
                "Danielle Lachance",
                2,
                touches=[
                    sms(
                        date(2026, 9, 21),
                        "can we talk after thanksgiving? we do the big family thing up at the "
                        "cottage in Muskoka and work is mad till then",
                    )
                ],
            ),
        ],
        **role(CSM, NA_REMOTE),
    ),
    C(
        "wait: after the summer school holidays in Australia vs after the winter ones",
        "data_eng",
        [
            teacher("Melbourne, VIC, Australia")(
                "Tegan Marchetti",
                1,
                touches=[
                    sms(
                        date(2026, 11, 9),
                        "can we pick this up after the summer school hols? kids are home from "
                        "18 dec til the end of jan and i've got no care lined up",
                    )
                ],
            ),
            teacher("Melbourne, VIC, Australia")(
                "Shanelle Papadakis",
                2,
                touches=[
                    sms(
                        date(2026, 6, 15),
                        "can we pick this up after the winter school hols? kids are home til "
                        "mid july and i've got no care lined up",
                    )
                ],
            ),
        ],
        **role(ANALYST, MELBOURNE_HYBRID),
    ),
    C(
        "wait: a six-week phased return begun this month vs an eight-week one begun in March",
        "cs",
        [
            nurse()(
                "Bernadette Okafor",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "Just to let you know I'm back at work today on a phased return after "
                        "my treatment - six weeks building my hours back up, and I'd like to "
                        "finish that before I think about moving. Can we talk again after?",
                    )
                ],
            ),
            nurse()(
                "Lorraine Chikwanha",
                2,
                touches=[
                    mail(
                        date(2026, 3, 2),
                        "Just to let you know I'm back at work today on a phased return after "
                        "my treatment - eight weeks building my hours back up. Once that's done "
                        "I'd love to talk about implementation roles.",
                    )
                ],
            ),
        ],
        **role(CLINICAL_IMPL, BIRMINGHAM_HYBRID),
    ),
    C(
        "wait: till the new year for a nursery place vs till after Easter, said last December",
        "backend",
        [
            returner_dev()(
                "Francesca Oduya",
                1,
                touches=[
                    rang(
                        date(2026, 10, 5),
                        "Cand (returner, 6 yrs out with kids) wants till the new year - "
                        "nursery place for the youngest starts in January and she won't start "
                        "anything before it's settled. Call her then.",
                    )
                ],
            ),
            returner_dev()(
                "Hollie Brightwell",
                2,
                touches=[
                    rang(
                        date(2025, 12, 8),
                        "Cand (returner, 6 yrs out with kids) wants till after Easter - "
                        "nursery place for the youngest starts in April and she won't start "
                        "anything before it's settled. Call her then.",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID),
    ),
    C(
        "wait: bonus pays in March vs bonus paid in June",
        "finance",
        [
            detective()(
                "Warren Pickersgill",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Ex-West Yorks DC, 18 months into the fraud team at the bank now. "
                        "Likes the work, hates the open-plan. Bonus pays in March and he's not "
                        "leaving it on the table - not moving before then.",
                    )
                ],
            ),
            detective()(
                "Dean Sowerby",
                2,
                touches=[
                    rang(
                        date(2026, 2, 16),
                        "Ex-West Yorks DC, 18 months into the fraud team at the bank now. "
                        "Likes the work, hates the open-plan. Bonus pays at the end of June and "
                        "he's not leaving it on the table - not moving before then.",
                    )
                ],
            ),
        ],
        **role(FRAUD, LEEDS_ONSITE),
    ),
    C(
        "wait: Band 6 notice handed in this month vs handed in in early September",
        "cs",
        [
            nurse()(
                "Tamsin Eddowes",
                1,
                touches=[
                    sms(
                        date(2026, 11, 9),
                        "handed my notice in on the ward today!! 8 weeks for a band 6 so i'm "
                        "out on 4 jan. cant start anything before that",
                    )
                ],
            ),
            nurse()(
                "Precious Chikwanha",
                2,
                touches=[
                    sms(
                        date(2026, 9, 7),
                        "handed my notice in on the ward today!! 8 weeks for a band 6 so cant "
                        "start anything before that",
                    )
                ],
            ),
        ],
        **role(CLINICAL_IMPL, BIRMINGHAM_HYBRID),
    ),
    C(
        "wait: not till after Lunar New Year vs back from Diwali in Pune",
        "data_eng",
        [
            teacher("Sydney, NSW, Australia")(
                "Vivian Truong",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Former maths teacher (Cabramatta High), finished the data course in "
                        "August. Not till after Lunar New Year - the family restaurant needs "
                        "her on the floor right through the holiday.",
                    )
                ],
            ),
            teacher("Sydney, NSW, Australia")(
                "Ananya Kulkarni",
                2,
                touches=[
                    rang(
                        date(2026, 9, 28),
                        "Former maths teacher (Parramatta High), finished the data course in "
                        "August. Away in Pune for Diwali, back mid-November - call her after "
                        "that.",
                    )
                ],
            ),
        ],
        **role(ANALYST, SYDNEY_HYBRID),
    ),
    C(
        "wait: holding off until after next summer's PCS vs after last summer's PCS",
        "frontend",
        [
            spouse_dev("Fort Liberty, NC, USA")(
                "Ashlynn Mercado",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "We PCS to Fort Carson in June. I don't want to start somewhere and "
                        "quit in six months, so I'm holding off until we've moved and the kids "
                        "are settled in school - so August at the earliest.",
                    )
                ],
            ),
            spouse_dev("Colorado Springs, CO, USA")(
                "Brittany Sorensen",
                2,
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "We PCS to Fort Carson in July. I don't want to start somewhere and "
                        "quit in a month, so I'm holding off until we've moved and the kids are "
                        "settled in school - so September at the earliest.",
                    )
                ],
            ),
        ],
        **role(FRONTEND, US_REMOTE),
    ),
    C(
        "wait: six months' adoption leave from August vs the same six months from February",
        "backend",
        [
            returner_dev()(
                "Jonathan Achterberg",
                1,
                touches=[
                    mail(
                        date(2026, 8, 10),
                        "Big news - we've been matched and the children move in next week. "
                        "I'm on adoption leave and won't be looking for the next six months.",
                    )
                ],
            ),
            returner_dev()(
                "Christopher Ellery",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "Big news - we've been matched and the children move in next week. "
                        "I'm on adoption leave and won't be looking for the next six months.",
                    )
                ],
            ),
        ],
        **role(DEV_PERM, LONDON_HYBRID),
    ),
    C(
        "wait: back when the youngest starts junior infants, said this autumn vs last autumn",
        "cs",
        [
            hotelier()(
                "Aoife Mac Giolla",
                1,
                touches=[
                    coord(
                        date(2026, 10, 5),
                        "Chat with Aoife after the Return to Work info evening. Returning once "
                        "her youngest starts junior infants next September; minding him full "
                        "time until then. Keen on the 2027 intake.",
                    )
                ],
            ),
            hotelier()(
                "Siobhán Carolan",
                2,
                touches=[
                    coord(
                        date(2025, 11, 10),
                        "Chat with Siobhán after the Return to Work info evening. Returning "
                        "once her youngest starts junior infants next September; minding him "
                        "full time until then.",
                    )
                ],
            ),
        ],
        **role(CSM, DUBLIN_HYBRID),
    ),
    C(
        "wait: dad in the hospice, try again in the spring vs in a few months, said in April",
        "finance",
        [
            accountant()(
                "Deborah Ackroyd",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Dad's moved into the hospice and I'm there most days. I can't think "
                        "about work at the moment - please try me again in the spring.",
                    )
                ],
            ),
            accountant()(
                "Gillian Thwaites",
                2,
                touches=[
                    mail(
                        date(2026, 4, 20),
                        "Dad's moved into the hospice and I'm there most days. I can't think "
                        "about work at the moment - please try me again in a few months.",
                    )
                ],
            ),
        ],
        **role(ACCOUNTANT, LEEDS_ONSITE),
    ),
    C(
        "wait: after Pesach, said in October vs after the chagim, said in August",
        "backend",
        [
            returner_dev("New York, NY, USA")(
                "Miriam Abramowitz",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Finishing my AWS certification over the winter and my son's bar "
                        "mitzvah is in March, so realistically after Pesach. Let's talk then.",
                    )
                ],
            ),
            returner_dev("New York, NY, USA")(
                "Talia Rosenzweig",
                2,
                touches=[
                    mail(
                        date(2026, 8, 10),
                        "Finished my AWS certification this summer. After the chagim please - "
                        "between Rosh Hashanah, Yom Kippur and Sukkot, September is a "
                        "write-off. Let's talk then.",
                    )
                ],
            ),
        ],
        **role(DEV_PERM, US_REMOTE),
    ),
    C(
        "wait: a reservist mobilised until the end of March vs one back since June",
        "manager",
        [
            leaver("Chester, UK")(
                "Iwan Gruffydd",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "Heads up - I've been mobilised with the Reserves from next week until "
                        "the end of March, Estonia. Keep me in mind for April onwards.",
                    )
                ],
            ),
            leaver("Chester, UK")(
                "Callum Dunwoody",
                2,
                touches=[
                    mail(
                        date(2026, 1, 12),
                        "Heads up - I've been mobilised with the Reserves from next week until "
                        "the end of June, Estonia. Keep me in mind for July onwards.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, dict(remote_policy="hybrid", location="Chester, UK")),
    ),
    C(
        "wait: ELCAS-funded cloud course ending in February vs one that ended in September",
        "sre",
        [
            vet_infra("Plymouth, UK")(
                "Lewis Penberthy",
                1,
                touches=[
                    dm(
                        date(2026, 9, 21),
                        "Cheers for the message. Doing the AWS and Azure course through ELCAS, "
                        "finishes 26 Feb. I want the certs in hand before I apply for anything.",
                    )
                ],
            ),
            vet_infra("Plymouth, UK")(
                "Jordan Tregenza",
                2,
                touches=[
                    dm(
                        date(2026, 6, 1),
                        "Cheers for the message. Doing the AWS and Azure course through ELCAS, "
                        "finishes 25 Sept. I want the certs in hand before I apply for "
                        "anything.",
                    )
                ],
            ),
        ],
        **role(INFRA, dict(remote_policy="onsite", location="Plymouth, UK")),
    ),
    C(
        "wait: a service history full of dates asks for no wait vs a contract to June",
        "manager",
        [
            leaver("Plymouth, UK")(
                "Craig Trethowan",
                2,
                touches=[
                    rang(
                        30,
                        "Long call with Craig. Joined 2004, Iraq 2007, Afghanistan 2010 and "
                        "2012, Cpl to WO2, left 31 Aug 2025 after 21 years. PRINCE2 Foundation "
                        "12 Jan 2026, Practitioner 3 Mar 2026, both via ELCAS. Wife's a nurse "
                        "at Derriford, kids at Plymstock. Available whenever - could interview "
                        "any day next week.",
                    )
                ],
            ),
            leaver("Plymouth, UK")(
                "Shaun Polglase",
                1,
                touches=[
                    rang(
                        30,
                        "Long call with Shaun. Joined 2004, left 2025 after 21 years, WO2. "
                        "PRINCE2 done via ELCAS. Starting a six-month contract on the "
                        "Devonport dock project on 1 December and won't walk out of it - "
                        "nothing till June.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, dict(remote_policy="onsite", location="Plymouth, UK")),
    ),
    C(
        "wait: a returner's timeline of dates, available now vs youngest starts school next year",
        "backend",
        [
            returner_dev()(
                "Nicola Ashcombe",
                2,
                touches=[
                    mail(
                        14,
                        "Quick summary for the file: career break Jun 2019 - Sep 2025 (two "
                        "children, born 2019 and 2021). Returners' bootcamp Jan - Mar 2026. "
                        "PTA treasurer 2022 - 2026. My youngest started school in September, "
                        "so I'm available now.",
                    )
                ],
            ),
            returner_dev()(
                "Anjali Seshadri",
                1,
                touches=[
                    mail(
                        14,
                        "Quick summary for the file: career break since 2020 (two children). "
                        "Returners' bootcamp Jan - Mar 2026. My youngest starts school next "
                        "September, so I'm looking for something from then.",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID),
    ),
    C(
        "wait: a coach's note of past milestones, free now vs ten weeks asked in October",
        "cs",
        [
            nurse()(
                "Yvonne Mbeki-Hart",
                2,
                touches=[
                    coach(
                        21,
                        "Coach handover: NMC revalidation done 30 April 2026, last ward shift "
                        "3 March 2024, EPR trainer certificate 14 Oct 2025, "
                        "vendor credentialing exam passed 19 Nov 2026. Free to start.",
                    )
                ],
            ),
            nurse()(
                "Sandra Oyelaran",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Could you give me ten weeks? I'm seeing my current project through "
                        "and then I'm all yours.",
                    )
                ],
            ),
        ],
        **role(CLINICAL_IMPL, BIRMINGHAM_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract type, commute --------------------

SCHEDULE = [
    C(
        "schedule: needs school hours vs wants full-time, a school-hours term-time role",
        "data_eng",
        [
            teacher("Stockport, UK")(
                "Rachel Hindmarsh",
                2,
                touches=[
                    rang(
                        30,
                        "Lovely long chat with Rachel - taught maths at Marple for nine years, "
                        "ran the KS4 tracker, did the Code First Girls course in the summer and "
                        "loved the SQL side. Talked about her old head a lot. Husband works "
                        "shifts at the airport. Needs school hours - 9.30 to 2.30, drop-off and "
                        "pick-up are hers. Reads the Guardian data blog, which was sweet.",
                    )
                ],
            ),
            teacher("Stockport, UK")(
                "Gemma Ollerenshaw",
                0,
                touches=[
                    rang(
                        30,
                        "Taught maths at Marple for nine years, did the Code First Girls course "
                        "in the summer. Wants full-time, 37.5 hours - the money matters now "
                        "and she's happy to do late finishes.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            title="Data Analyst (school hours)",
            offers=[
                "Part-time: 25 hours, 9.15am to 2.45pm, Monday to Friday",
                "Term-time only",
            ],
        ),
    ),
    C(
        "schedule: pick-up at 3.15 every day vs her husband does pick-ups, fixed 8.30 to 5.30",
        "finance",
        [
            accountant()(
                "Lindsey Hebblethwaite",
                0,
                touches=[
                    mail(
                        20,
                        "Just so you know where I stand: I do pick-up at 3.15 every day. Our "
                        "school has no wraparound care, so it isn't negotiable.",
                    )
                ],
            ),
            accountant()(
                "Clare Boothroyd",
                2,
                touches=[
                    mail(
                        20,
                        "Just so you know where I stand: full-time is fine now - my husband "
                        "retired in the summer and he's taken over the school runs.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            offers=["Full-time, 8.30am to 5.30pm in the office; no flexible hours at month-end"],
        ),
    ),
    C(
        "schedule: done with on-call after service vs fine with a paid rota, one week in six",
        "sre",
        [
            vet_infra()(
                "Dustin Whitehorse",
                0,
                touches=[
                    rang(
                        40,
                        "Former USAF cyber systems, separated in May. Done with on-call - 9 "
                        "years of 24/7 comms, he wants to sleep through the night. No pagers, "
                        "no rota.",
                    )
                ],
            ),
            vet_infra()(
                "Jared Amundsen",
                2,
                touches=[
                    rang(
                        40,
                        "Former USAF cyber systems, separated in May. On-call is fine by him - "
                        "a paid rota is a luxury after the Air Force.",
                    )
                ],
            ),
        ],
        **role(
            INFRA,
            dict(remote_policy="hybrid", location="Colorado Springs, CO, USA"),
            offers=["On-call rota: one week in six, paid"],
        ),
    ),
    C(
        "schedule: days only under a custody order vs ex-Navy happy on four-on-four-off",
        "manager",
        [
            vet_ops("Norfolk, VA, USA")(
                "Kyle Brubaker",
                0,
                touches=[
                    rang(
                        15,
                        "Spoke to Kyle. Has his kids every other week under the custody order, "
                        "so days only, no nights, no rotating shifts.",
                    )
                ],
            ),
            vet_ops("Norfolk, VA, USA")(
                "Marcus Thibodeaux",
                2,
                touches=[
                    rang(
                        15,
                        "Spoke to Marcus. Ex-Navy, 14 years on ships - says four-on-four-off "
                        "will feel like a holiday after the watch bill. Nights no problem.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Norfolk, VA, USA"),
            offers=["Rotating 12-hour shifts: four on, four off, days and nights"],
        ),
    ),
    C(
        "schedule: wants a compressed week for her dad's day vs no stated wish",
        "cs",
        [
            hotelier("Cork, Ireland")(
                "Orla Twomey",
                2,
                touches=[
                    mail(
                        25,
                        "Ideally a compressed week - four longer days - so I can have Fridays "
                        "with Dad. His day centre is closed on Fridays and there's no one else.",
                    )
                ],
            ),
            hotelier("Cork, Ireland")(
                "Eimear Buckley",
                1,
                touches=[mail(25, "Would love a friendly team after the hotel. Thanks a mil.")],
            ),
        ],
        **role(
            CSM,
            dict(remote_policy="hybrid", location="Cork, Ireland"),
            offers=["Compressed hours: four 9.5-hour days available", "Two days in the office"],
        ),
    ),
    C(
        "schedule: no more weekends after hotel life vs weekends fine, a Saturday rota",
        "cs",
        [
            hotelier()(
                "Roisin Dervan",
                0,
                touches=[
                    sms(
                        30,
                        "9 years of saturday weddings and sunday brunch. i'm not working "
                        "another weekend, ever. mon-fri or nothing",
                    )
                ],
            ),
            hotelier()(
                "Ciara Lenehan",
                2,
                touches=[
                    sms(
                        30,
                        "weekends are grand, my partner's off mon and tue so i actually like a "
                        "weekday off",
                    )
                ],
            ),
        ],
        **role(
            CSM,
            DUBLIN_HYBRID,
            offers=["Saturday support on a one-in-four rota, with a weekday off in lieu"],
        ),
    ),
    C(
        "schedule: term-time only is the answer vs needs full-year pay, a 39-week role",
        "data_eng",
        [
            teacher("Nottingham, UK")(
                "Helen Stapleford",
                2,
                touches=[
                    coord(
                        20,
                        "Helen (ex-primary deputy head, 3 yrs out caring for her son). The "
                        "summer holidays are impossible for her - six weeks with no childcare "
                        "- so she needs term-time only.",
                    )
                ],
            ),
            teacher("Nottingham, UK")(
                "Vanessa Ashdown",
                0,
                touches=[
                    coord(
                        20,
                        "Vanessa (ex-primary deputy head, 3 yrs out caring for her son). Needs "
                        "full-year pay - term-time only with pay pro rata doesn't work for them "
                        "financially.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            dict(remote_policy="onsite", location="Nottingham, UK"),
            description="Data analyst for a multi-academy trust of 14 schools.",
            offers=["Term-time only: 39 weeks a year, pay pro rata"],
        ),
    ),
    C(
        "schedule: a later start as a reasonable adjustment vs no stated need, flexible start",
        "backend",
        [
            returner_dev("Brighton, UK")(
                "Tobias Whitlock",
                2,
                touches=[
                    mail(
                        18,
                        "One thing to flag early: I have ADHD and my medication takes a while "
                        "to kick in, so I'd ask for a later start as a reasonable adjustment - "
                        "10am would be ideal.",
                    )
                ],
            ),
            returner_dev("Brighton, UK")(
                "Ewan Macready",
                1,
                touches=[mail(18, "Thanks, no particular requirements from me.")],
            ),
        ],
        **role(
            DEV_PERM,
            dict(remote_policy="hybrid", location="Brighton, UK"),
            offers=["Flexible start between 7am and 10am; core hours 10am to 3pm"],
        ),
    ),
]

TRAVEL = [
    C(
        "travel: sole carer, no overnights vs happy to travel, nights away across the South West",
        "manager",
        [
            leaver("Exeter, UK")(
                "Julian Kitto",
                0,
                touches=[
                    rang(
                        35,
                        "Left the Royal Marines in 2024. He's his mum's sole carer since her "
                        "stroke, so no overnight stays - home every night.",
                    )
                ],
            ),
            leaver("Exeter, UK")(
                "Gavin Tremayne",
                2,
                touches=[
                    rang(
                        35,
                        "Left the Royal Marines in 2024. Happy to travel, used to being away, "
                        "a few nights a month is nothing.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="hybrid", location="Exeter, UK"),
            offers=["Travel to client sites across the South West, two or three nights a month"],
        ),
    ),
    C(
        "travel: wants his own bed every night vs wants a job on the road, an office-only role",
        "manager",
        [
            leaver("Leeds, UK")(
                "Stephen Ogunbanjo",
                2,
                touches=[
                    mail(
                        20,
                        "After 22 years of tours and exercises I want to sleep in my own bed "
                        "every night. No travel, please.",
                    )
                ],
            ),
            leaver("Leeds, UK")(
                "Neil Haverstock",
                0,
                touches=[
                    mail(
                        20,
                        "I'll go mad behind a desk five days a week - I want something with "
                        "travel, out on sites, on the road.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            LEEDS_ONSITE,
            offers=["Office-based at our Leeds headquarters, no travel"],
        ),
    ),
    C(
        "travel: a night away a month at most vs three deployments, 50% travel fine",
        "manager",
        [
            vet_ops("Dallas, TX, USA")(
                "Cheyenne Lockhart",
                0,
                touches=[
                    sms(
                        20,
                        "no more than one night away a month - my wife's deployed til spring "
                        "and I'm solo with the kids",
                    )
                ],
            ),
            vet_ops("Dallas, TX, USA")(
                "Garrett Kimbrough",
                2,
                touches=[
                    sms(
                        20,
                        "three deployments, travel doesn't bother me. kids are in college, "
                        "put me on the road",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Dallas, TX, USA"),
            offers=["Up to 50% travel to distribution centers in Texas and Oklahoma"],
        ),
    ),
    C(
        "travel: no FIFO after it nearly cost him his marriage vs keen on FIFO, a Pilbara roster",
        "manager",
        [
            vet_ops("Perth, WA, Australia")(
                "Brodie Kinnear",
                0,
                touches=[
                    rang(
                        30,
                        "Ex-RAAF logistics, 12 yrs. No FIFO - tried it after discharge and it "
                        "nearly cost him his marriage. Perth metro only.",
                    )
                ],
            ),
            vet_ops("Perth, WA, Australia")(
                "Kane Rutherford",
                2,
                touches=[
                    rang(
                        30,
                        "Ex-RAAF logistics, 12 yrs. Keen on FIFO - kids have left home and the "
                        "money's good. Two-and-one suits him.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Pilbara, WA, Australia"),
            offers=["FIFO: two weeks on, one week off, flying from Perth"],
        ),
    ),
    C(
        "travel: not against travel, just not abroad vs no travel full stop, Midlands overnights",
        "cs",
        [
            nurse()(
                "Janice Etheridge",
                2,
                touches=[
                    mail(
                        22,
                        "I'm not against travel at all, just nothing international - my "
                        "passport's expired and I hate flying. Trains and hotels in the UK "
                        "are fine.",
                    )
                ],
            ),
            nurse()(
                "Collette Ramsbottom",
                0,
                touches=[
                    mail(
                        22,
                        "I can't do any travel, full stop - my son has complex needs and I "
                        "have to be home every night.",
                    )
                ],
            ),
        ],
        **role(
            CLINICAL_IMPL,
            BIRMINGHAM_HYBRID,
            offers=["Travel to hospital sites across the Midlands, some overnight stays"],
        ),
    ),
]

VISA = [
    C(
        "visa: a Commonwealth veteran with settled status vs a Skilled Worker visa, no sponsor",
        "manager",
        [
            leaver("Salisbury, UK")(
                "Semi Nawalowalo",
                2,
                touches=[
                    rang(
                        25,
                        "Served six years with the Rifles. Indefinite leave to remain granted "
                        "under the veterans' fee waiver in 2025, so no visa needed.",
                    )
                ],
            ),
            leaver("Salisbury, UK")(
                "Kwabena Ofori-Atta",
                0,
                touches=[
                    rang(
                        25,
                        "Left the Army in 2023. On a Skilled Worker visa with his current "
                        "employer - would need a new sponsor to move.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Salisbury, UK"),
            offers=["We are unable to sponsor visas for this role"],
        ),
    ),
    C(
        "visa: a partner visa with full work rights vs a student visa, no sponsorship",
        "data_eng",
        [
            teacher("Brisbane, QLD, Australia")(
                "Hannah Lindqvist",
                2,
                touches=[
                    mail(
                        30,
                        "My husband's posted to Enoggera with the Army. I'm on a partner visa "
                        "(subclass 820) with full work rights.",
                    )
                ],
            ),
            teacher("Brisbane, QLD, Australia")(
                "Mei-Ling Ostrowski",
                0,
                touches=[
                    mail(
                        30,
                        "I'm on a student visa while I finish my Master of Data Science, so "
                        "I'm capped at 48 hours a fortnight during semester.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            BRISBANE_ONSITE,
            offers=["Full-time; full Australian work rights required, no sponsorship"],
        ),
    ),
    C(
        "visa: an active TS/SCI from the Air Force vs a clearance that lapsed in 2022",
        "sre",
        [
            vet_infra("Arlington, VA, USA")(
                "Tyrone Castellanos",
                2,
                touches=[
                    rang(
                        20,
                        "Separated from the USAF in August. TS/SCI still active, enrolled in "
                        "continuous vetting, poly in 2024.",
                    )
                ],
            ),
            vet_infra("Arlington, VA, USA")(
                "Corey Blankenship",
                0,
                touches=[
                    rang(
                        20,
                        "Got out of the USAF in 2022. Clearance lapsed when he separated - "
                        "would need a full re-investigation.",
                    )
                ],
            ),
        ],
        **role(
            INFRA,
            dict(remote_policy="onsite", location="Arlington, VA, USA"),
            requirements="Active Secret clearance or higher\nLinux\nAzure\nNetworking",
            offers=["Active clearance required; we cannot sponsor a new investigation"],
        ),
    ),
    C(
        "visa: an open work permit to 2028 vs a permit tied to his employer, Halifax",
        "manager",
        [
            leaver("Halifax, NS, Canada")(
                "Oluwaseun Akinola",
                2,
                touches=[
                    mail(
                        30,
                        "My wife is a CAF member posted to CFB Halifax. I'm on an open work "
                        "permit valid to 2028, so I can work for any employer.",
                    )
                ],
            ),
            leaver("Halifax, NS, Canada")(
                "Rafael Arellano",
                0,
                touches=[
                    mail(
                        30,
                        "My work permit is tied to my current employer and ends in January. "
                        "I'd need a new LMIA-backed permit to move.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Halifax, NS, Canada"),
            offers=["Must be legally entitled to work in Canada; no sponsorship"],
        ),
    ),
    C(
        "visa: Stamp 4 as spouse of an Irish citizen vs Stamp 2 while studying",
        "data_eng",
        [
            teacher("Dublin, Ireland")(
                "Luciana Ferreira",
                2,
                touches=[ats(30, "Stamp 4 since Jan (spouse of Irish citizen). No restrictions.")],
            ),
            teacher("Dublin, Ireland")(
                "Priyanka Chaudhary",
                0,
                touches=[ats(30, "Stamp 2 - on the MSc at UCD, 20 hrs/wk in term only.")],
            ),
        ],
        **role(
            ANALYST,
            DUBLIN_HYBRID,
            offers=["Stamp 4 or EU/EEA citizenship required; we can't sponsor permits"],
        ),
    ),
    C(
        "visa: a green card holder vs needs H-1B sponsorship, a role that can't sponsor",
        "backend",
        [
            returner_dev("Austin, TX, USA")(
                "Lakshmi Ramanathan",
                2,
                touches=[
                    mail(
                        25,
                        "I've had my green card since 2019, so no sponsorship needed. Back "
                        "after four years at home with the twins.",
                    )
                ],
            ),
            returner_dev("Austin, TX, USA")(
                "Deepika Sundaram",
                0,
                touches=[
                    mail(
                        25,
                        "I'm on H-4 at the moment, so I'd need H-1B sponsorship to take a job. "
                        "Back after four years at home with the twins.",
                    )
                ],
            ),
        ],
        **role(
            DEV_PERM,
            US_REMOTE,
            offers=["We are unable to sponsor or take over sponsorship of employment visas"],
        ),
    ),
]

CONTRACT = [
    C(
        "contract: perm only, won't risk a 16-week placement vs a returnship is just the thing",
        "backend",
        [
            returner_dev()(
                "Sasha Oyenuga",
                0,
                touches=[
                    coord(
                        25,
                        "Sasha only wants a permanent role - can't risk the nursery place on "
                        "a 16-week placement that might not convert.",
                    )
                ],
            ),
            returner_dev()(
                "Beatrix Pemberton",
                2,
                touches=[
                    coord(
                        25,
                        "Beatrix says a returnship is exactly what she wants - a structured "
                        "way back in with a cohort and a mentor.",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID, offers=["Paid 16-week fixed-term returnship"]),
    ),
    C(
        "contract: wants contracting through his Ltd company vs perm only, a permanent post",
        "finance",
        [
            accountant("Sheffield, UK")(
                "Robert Skerritt",
                0,
                touches=[
                    ats(
                        30,
                        "wants contract only, day rate, outside IR35 - has his Ltd co set up. "
                        "not interested in perm",
                    )
                ],
            ),
            accountant("Sheffield, UK")(
                "Kathryn Osei",
                2,
                touches=[ats(30, "perm only - needs stability after 4 yrs out caring for mum")],
            ),
        ],
        **role(
            ACCOUNTANT,
            dict(remote_policy="hybrid", location="Sheffield, UK"),
            offers=["Permanent, full-time", "Two days a week in the office"],
        ),
    ),
    C(
        "contract: a year's FTC to test the water vs perm only for the remortgage",
        "finance",
        [
            detective("Manchester, UK")(
                "Samantha Greenhalgh",
                2,
                touches=[
                    rang(
                        20,
                        "Left GMP in June after 14 years. A 12-month FTC would suit her "
                        "perfectly - a chance to test the water outside the job.",
                    )
                ],
            ),
            detective("Manchester, UK")(
                "Lisa Entwistle",
                0,
                touches=[
                    rang(
                        20,
                        "Left GMP in June after 14 years. Perm only - they're remortgaging in "
                        "the spring and the lender wants a permanent contract.",
                    )
                ],
            ),
        ],
        **role(
            FRAUD,
            MANCHESTER_HYBRID,
            title="Financial Crime Analyst (12-month FTC, maternity cover)",
        ),
    ),
    C(
        "contract: W-2 only for the family's benefits vs 1099 fine on TRICARE",
        "manager",
        [
            vet_ops()(
                "Jamal Ransome",
                0,
                touches=[
                    mail(
                        30,
                        "W-2 only please. I need benefits - the VA covers me but not my wife "
                        "and kids.",
                    )
                ],
            ),
            vet_ops()(
                "Raymond Esquivel",
                2,
                touches=[
                    mail(
                        30,
                        "1099 is fine, I'm a retiree so the family's on TRICARE. Contract work "
                        "suits me.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            SAN_ANTONIO_ONSITE,
            title="Operations Manager (6-month contract)",
            offers=["Six-month 1099 contract, $55/hour"],
        ),
    ),
    C(
        "contract: wants permanent part-time with leave vs casual only for the loading",
        "cs",
        [
            hotelier("Adelaide, SA, Australia")(
                "Jacinta Whelan",
                2,
                touches=[
                    sms(
                        20,
                        "want permanent part time so i get paid leave and sick days, sick of "
                        "casual",
                    )
                ],
            ),
            hotelier("Adelaide, SA, Australia")(
                "Tahlia Vo",
                0,
                touches=[
                    sms(
                        20,
                        "casual only thanks - i need the 25% loading and to drop shifts in the "
                        "school hols",
                    )
                ],
            ),
        ],
        **role(
            CSM,
            dict(remote_policy="hybrid", location="Adelaide, SA, Australia"),
            offers=["Permanent part-time, three days a week, with paid leave"],
        ),
    ),
]

COMMUTE = [
    C(
        "commute: no licence after a seizure vs drives 20 minutes, a business park by car only",
        "finance",
        [
            detective("Bristol, UK")(
                "Nathan Ferrier",
                0,
                touches=[
                    mail(
                        30,
                        "I should say - the DVLA took my licence after a seizure in March, so "
                        "it's buses and trains for me for at least a year.",
                    )
                ],
            ),
            detective("Thornbury, UK")(
                "Paul Rendell",
                2,
                touches=[mail(30, "I drive, it's 20 minutes from Thornbury.")],
            ),
        ],
        **role(
            FRAUD,
            BRISTOL_ONSITE,
            offers=["Aztec West business park, Almondsbury: on-site parking, no direct bus"],
        ),
    ),
    C(
        "commute: 45 minutes door to door from Stockport vs the same limit from Lancaster",
        "data_eng",
        [
            teacher("Stockport, UK")(
                "Leanne Whitworth",
                2,
                touches=[
                    rang(
                        20,
                        "Max 45 mins door to door - nursery shuts at 6. Lives by Stockport "
                        "station.",
                    )
                ],
            ),
            teacher("Lancaster, UK")(
                "Amy Fothergill",
                0,
                touches=[
                    rang(
                        20,
                        "Max 45 mins door to door - nursery shuts at 6. Lives on the edge of "
                        "Lancaster.",
                    )
                ],
            ),
        ],
        **role(ANALYST, MANCHESTER_HYBRID),
    ),
    C(
        "commute: long Covid caps her at 40 minutes from Brighton vs 15 minutes from Islington",
        "backend",
        [
            returner_dev("Brighton, UK")(
                "Penelope Marsh",
                0,
                touches=[
                    mail(
                        25,
                        "Since long Covid, fatigue is the thing - 40 minutes each way is my "
                        "limit on days in the office.",
                    )
                ],
            ),
            returner_dev("Islington, London, UK")(
                "Harriet Quayle",
                2,
                touches=[mail(25, "I'm 15 minutes away on the bus, so the office is easy.")],
            ),
        ],
        **role(
            DEV_PERM,
            dict(remote_policy="onsite", location="London, UK"),
            offers=["Four days a week at our King's Cross office"],
        ),
    ),
    C(
        "commute: Penrith to Parramatta is fine vs won't do the bridge from Manly",
        "finance",
        [
            accountant("Penrith, NSW, Australia")(
                "Rebecca Falzon",
                2,
                touches=[sms(20, "parramatta's fine, 25 min on the train from penrith")],
            ),
            accountant("Manly, NSW, Australia")(
                "Chloe Ashcroft",
                0,
                touches=[
                    sms(
                        20,
                        "not doing the bridge and the M4 every day, it's 90 mins each way from "
                        "manly",
                    )
                ],
            ),
        ],
        **role(ACCOUNTANT, dict(remote_policy="onsite", location="Parramatta, NSW, Australia")),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "pay: knows a return means less, £38k fine vs won't go below her old £55k, a £38-42k band",
        "finance",
        [
            accountant()(
                "Alison Tordoff",
                2,
                touches=[
                    rang(
                        30,
                        "Was on £58k before the break. Knows it'll be less coming back - £38k "
                        "is fine to get back in and prove herself.",
                    )
                ],
            ),
            accountant()(
                "Susan Wardle",
                0,
                touches=[
                    rang(
                        30,
                        "Was on £55k before the break. Won't go below that - says four years "
                        "out doesn't make her worth less.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            salary_min=38_000,
            salary_max=42_000,
            currency="GBP",
            offers=["£38,000 to £42,000"],
        ),
    ),
    C(
        "pay: needs $40 an hour vs $30 an hour works with his retirement, a $28-32 role",
        "manager",
        [
            vet_ops()(
                "Dwayne Rasmussen",
                0,
                touches=[sms(25, "need at least $40/hr to make the move worth it")],
            ),
            vet_ops()(
                "Hector Galindo",
                2,
                touches=[sms(25, "30 an hour works fine with my army retirement check")],
            ),
        ],
        **role(
            OPS_MANAGER,
            SAN_ANTONIO_ONSITE,
            title="Operations Supervisor",
            seniority="mid",
            salary_min=58_240,
            salary_max=66_560,
            currency="USD",
            offers=["$28 to $32 an hour, full-time"],
        ),
    ),
    C(
        "pay: a $100k package with super is fine vs $115k base plus super, a $95k + super role",
        "data_eng",
        [
            teacher("Sydney, NSW, Australia")(
                "Georgia Kostopoulos",
                2,
                touches=[rang(30, "Happy with a $100k package including super.")],
            ),
            teacher("Sydney, NSW, Australia")(
                "Lachlan Pemberton",
                0,
                touches=[rang(30, "Wants $115k base plus super at a minimum.")],
            ),
        ],
        **role(
            ANALYST,
            SYDNEY_HYBRID,
            salary_min=95_000,
            salary_max=95_000,
            currency="AUD",
            offers=["$95,000 plus superannuation"],
        ),
    ),
    C(
        "pay: €4,500 a month would do vs €6,000 a month minimum, a €52-58k band",
        "cs",
        [
            hotelier()(
                "Deirdre Lanigan",
                2,
                touches=[mail(25, "€4,500 a month gross would do me nicely.")],
            ),
            hotelier()(
                "Clodagh Mulcahy",
                0,
                touches=[mail(25, "I'd need €6,000 a month minimum, gross.")],
            ),
        ],
        **role(CSM, DUBLIN_HYBRID, salary_min=52_000, salary_max=58_000, currency="EUR"),
    ),
    C(
        "pay: targeting $75K on top of the pension vs won't go below $110K, a $70-80K role",
        "manager",
        [
            leaver("Ottawa, ON, Canada")(
                "Darren MacIsaac",
                2,
                touches=[
                    rang(
                        30,
                        "Retired from the CAF after 20 yrs, pension in payment. Targeting "
                        "around $75K on top of it.",
                    )
                ],
            ),
            leaver("Ottawa, ON, Canada")(
                "Kevin Desrochers",
                0,
                touches=[
                    rang(
                        30,
                        "Retired from the CAF after 20 yrs, pension in payment. Won't go below "
                        "$110K.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            OTTAWA_HYBRID,
            salary_min=70_000,
            salary_max=80_000,
            currency="CAD",
        ),
    ),
    C(
        "pay: on £46k, would drop to £40k to get off shifts vs needs £50k to move, £42-45k",
        "cs",
        [
            nurse()(
                "Mandy Cheetham",
                2,
                touches=[
                    coach(
                        30,
                        "Mandy is on £46k as a Band 6 with enhancements. She'd take a drop to "
                        "£40k to get off shifts for good.",
                    )
                ],
            ),
            nurse()(
                "Joanne Pickavance",
                0,
                touches=[
                    coach(
                        30,
                        "Joanne is on £46k as a Band 6 with enhancements. She needs at least "
                        "£50k to make a move worthwhile.",
                    )
                ],
            ),
        ],
        **role(
            CLINICAL_IMPL,
            BIRMINGHAM_HYBRID,
            salary_min=42_000,
            salary_max=45_000,
            currency="GBP",
        ),
    ),
    C(
        "pay: needs £30k actual for three days vs £45k pro rata is fine, a 3-day role",
        "data_eng",
        [
            teacher("Leeds, UK")(
                "Fiona Blenkinsop",
                0,
                touches=[
                    mail(
                        25,
                        "For three days a week I'd need £30k actual in my pocket - anything "
                        "less and the childminder eats it.",
                    )
                ],
            ),
            teacher("Leeds, UK")(
                "Rebecca Haigh",
                2,
                touches=[mail(25, "£45k full-time equivalent, pro rata for three days, is fine.")],
            ),
        ],
        **role(
            ANALYST,
            LEEDS_ONSITE,
            salary_min=45_000,
            salary_max=45_000,
            currency="GBP",
            offers=["£45,000 FTE, pro rata for three days a week (£27,000)"],
        ),
    ),
    C(
        "pay: £400 a day minimum vs £600 a day, a £425-475 day-rate contract",
        "manager",
        [
            leaver("Bristol, UK")(
                "Stuart Ingleby",
                2,
                touches=[ats(30, "rate: £400/day min, outside IR35, avail now")],
            ),
            leaver("Bristol, UK")(
                "Jason Cordery",
                0,
                touches=[ats(30, "rate: £600/day or he's not interested, outside IR35")],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            BRISTOL_ONSITE,
            title="Project Manager (6-month contract)",
            offers=["£425 to £475 per day, outside IR35"],
        ),
    ),
    C(
        "pay: Army pension covers the mortgage, over £35k is fine vs nothing under £70k",
        "manager",
        [
            leaver("Colchester, UK")(
                "Andrew Blatchford",
                2,
                touches=[
                    mail(
                        30,
                        "My Army pension covers the mortgage, so anything over £35k is fine - "
                        "I want interesting work more than money.",
                    )
                ],
            ),
            leaver("Colchester, UK")(
                "Richard Stannard",
                0,
                touches=[mail(30, "I won't look at anything under £70k, pension or no pension.")],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Colchester, UK"),
            salary_min=40_000,
            salary_max=45_000,
            currency="GBP",
        ),
    ),
    C(
        "pay: $100k total comp vs a $110k base, an $85-95k base plus 10% bonus",
        "manager",
        [
            vet_ops("Atlanta, GA, USA")(
                "Terrell Abernathy",
                2,
                touches=[rang(30, "Needs total comp of at least $100k, bonus counts.")],
            ),
            vet_ops("Atlanta, GA, USA")(
                "Clayton Burkhardt",
                0,
                touches=[rang(30, "Needs a base of $110k minimum, doesn't count bonus.")],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Atlanta, GA, USA"),
            salary_min=85_000,
            salary_max=95_000,
            currency="USD",
            offers=["Base $85,000 to $95,000 plus a 10% annual bonus"],
        ),
    ),
]

# --- 5. work mode, and negation and its scope -----------------------------------------------

WORK_MODE = [
    C(
        "work mode: remote in the title only, remote-only vs wants an office",
        "cs",
        [
            hotelier("Leeds, UK")(
                "Philippa Harcourt",
                2,
                touches=[
                    mail(
                        25,
                        "Remote only for me - I have ME/chronic fatigue and a commute would "
                        "wipe me out for the day.",
                    )
                ],
            ),
            hotelier("Leeds, UK")(
                "Karen Fishwick",
                0,
                touches=[
                    mail(
                        25,
                        "I want to be in an office - five years at home and I'm desperate for "
                        "colleagues.",
                    )
                ],
            ),
        ],
        **role(CSM, dict(location="United Kingdom"), title="Customer Success Manager (Remote, UK)"),
    ),
    C(
        "work mode: office five days in the description only, needs three at home vs wants in",
        "finance",
        [
            accountant()(
                "Marian Ogden",
                0,
                touches=[
                    rang(
                        20,
                        "Needs to work from home at least three days - caring for her mum, "
                        "who can't be left all day.",
                    )
                ],
            ),
            accountant()(
                "Tracey Hinchliffe",
                2,
                touches=[
                    rang(
                        20,
                        "Wants an office, properly - needs adult conversation after four years "
                        "at home.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            dict(location="Leeds, UK"),
            description="Own month-end and the management pack. This role is office-based at "
            "our Leeds HQ five days a week.",
        ),
    ),
    C(
        "work mode: work-from-anywhere in the offers only, moves with postings vs wants an office",
        "frontend",
        [
            spouse_dev("Darwin, NT, Australia")(
                "Courtney Baillieu",
                2,
                touches=[
                    mail(
                        30,
                        "It has to be remote - we move every two or three years with Defence "
                        "postings and I'm not starting over every time.",
                    )
                ],
            ),
            spouse_dev("Darwin, NT, Australia")(
                "Renee Vukovic",
                0,
                touches=[
                    mail(
                        30,
                        "I want an office in Darwin - I'm sick of working from the spare room "
                        "with no one to talk to.",
                    )
                ],
            ),
        ],
        **role(FRONTEND, dict(location="Australia"), offers=["Work from anywhere in Australia"]),
    ),
    C(
        "work mode: two days in at most vs three days in is grand, a three-day hybrid",
        "data_eng",
        [
            teacher("Dublin, Ireland")(
                "Sorcha Keaveney",
                0,
                touches=[sms(20, "2 days in max, the creche run kills me")],
            ),
            teacher("Dublin, Ireland")(
                "Laoise Dwyer",
                2,
                touches=[sms(20, "3 days in is grand, i'd prefer it tbh")],
            ),
        ],
        **role(
            ANALYST,
            dict(remote_policy="hybrid", location="Dublin, Ireland"),
            offers=["Hybrid: three days a week in our Dublin 2 office"],
        ),
    ),
    C(
        "work mode: remote-first, a day a month is fine vs wants three days in person",
        "manager",
        [
            leaver("Swindon, UK")(
                "Graham Pettifer",
                2,
                touches=[
                    rang(
                        25,
                        "Ideally remote. A day a month in the office is fine - he gets the "
                        "value of face time.",
                    )
                ],
            ),
            leaver("Swindon, UK")(
                "Martin Culverhouse",
                0,
                touches=[
                    rang(
                        25,
                        "Wants at least three days in person - works best face to face, and "
                        "says so.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="remote", location="Remote (UK)"),
            offers=["Remote-first: one day a month at our Bristol office"],
        ),
    ),
    C(
        "work mode: on-site in the policy field only, no more WFH vs fully remote only",
        "sre",
        [
            vet_infra("Plymouth, UK")(
                "Daniel Rowse",
                2,
                touches=[
                    dm(
                        25,
                        "no more working from home for me - two years at the kitchen table "
                        "since I left the Navy. I want a desk and a team.",
                    )
                ],
            ),
            vet_infra("Plymouth, UK")(
                "Kieran Pascoe",
                0,
                touches=[dm(25, "fully remote only mate, not commuting anywhere")],
            ),
        ],
        **role(INFRA, dict(remote_policy="onsite", location="Plymouth, UK")),
    ),
    C(
        "work mode: hybrid in the title only, remote or nothing vs hybrid is perfect",
        "manager",
        [
            leaver("Canberra, ACT, Australia")(
                "Nicholas Carrington",
                0,
                touches=[mail(20, "Fully remote or nothing, I'm afraid.")],
            ),
            leaver("Canberra, ACT, Australia")(
                "Matthew Tonkin",
                2,
                touches=[mail(20, "Hybrid would be perfect - a couple of days in suits me.")],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(location="Canberra, ACT, Australia"),
            title="Project Manager (Hybrid - 2 days Canberra)",
        ),
    ),
]

NIGHT_CUTOVER = dict(
    CLINICAL_IMPL,
    description="Roll our e-prescribing system out to hospital wards. Go-live weeks include "
    "night shifts to support the cutover.",
)

NEGATION = [
    C(
        "negation: no more nights, never again vs not against nights if planned, night cutovers",
        "cs",
        [
            nurse()(
                "Dawn Upsall",
                0,
                touches=[sms(20, "no more nights. never again. did 12 years of them")],
            ),
            nurse()(
                "Heather Lowbridge",
                2,
                touches=[sms(20, "not against nights as long as i know the dates well ahead")],
            ),
        ],
        **role(NIGHT_CUTOVER, BIRMINGHAM_HYBRID),
    ),
    C(
        "negation: never again hotel hours, hotels fine vs never another hotel, hotel software",
        "cs",
        [
            hotelier()(
                "Fionnuala Redmond",
                2,
                touches=[
                    rang(
                        30,
                        "Never again hotel hours - but she'd love to stay close to the "
                        "industry, knows hotels inside out.",
                    )
                ],
            ),
            hotelier()(
                "Maeve Gilsenan",
                0,
                touches=[
                    rang(
                        30,
                        "Never wants to hear the word hotel again - no hospitality clients, "
                        "nothing to do with it.",
                    )
                ],
            ),
        ],
        **role(
            CSM,
            DUBLIN_HYBRID,
            description="Onboard and look after hotels using our booking and housekeeping "
            "software.",
            offers=["Monday to Friday, 9 to 5.30"],
        ),
    ),
    C(
        "negation: not opposed to line management again vs no line management yet, a team lead",
        "finance",
        [
            detective()(
                "Gary Ormerod",
                2,
                touches=[
                    rang(
                        25,
                        "Ex-DS, ran a team of six detectives. Not opposed to line management "
                        "again at all.",
                    )
                ],
            ),
            detective()(
                "Ian Firth",
                0,
                touches=[
                    rang(
                        25,
                        "Ex-DS, ran a team of six detectives. No line management, not yet - "
                        "wants to learn the bank's side first.",
                    )
                ],
            ),
        ],
        **role(
            FRAUD,
            LEEDS_ONSITE,
            title="Team Lead, Financial Crime",
            seniority="lead",
            offers=["Lead a team of four analysts"],
        ),
    ),
    C(
        "negation: no more Excel for everything vs not interested in Power BI, a Power BI role",
        "data_eng",
        [
            teacher()(
                "Jenny Rushworth",
                2,
                touches=[
                    mail(
                        20,
                        "No more Excel for everything, please! I want to use proper BI tools.",
                    )
                ],
            ),
            teacher()(
                "Karen Ollerton",
                0,
                touches=[
                    mail(
                        20,
                        "Not interested in Power BI - I'm happiest in Excel and that's where I "
                        "want to stay.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            offers=["Power BI and SQL: goodbye to spreadsheet trackers"],
        ),
    ),
    C(
        "negation: not against defence, just not weapons vs no defence at all, ship maintenance",
        "manager",
        [
            leaver("Portsmouth, UK")(
                "Helen Abernethy",
                2,
                touches=[
                    rang(
                        30,
                        "Ex-RN engineering officer. Not against defence as such - she just "
                        "won't work on weapons.",
                    )
                ],
            ),
            leaver("Portsmouth, UK")(
                "Victoria Pennock",
                0,
                touches=[
                    rang(
                        30,
                        "Ex-RN engineering officer. No defence, full stop - wants a clean break.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Portsmouth, UK"),
            description="Plan maintenance periods for the Royal Navy's support ships. No "
            "weapons work.",
        ),
    ),
    C(
        "negation: the hours weren't the problem, the pay was vs the reverse, £42k 8 till 6",
        "data_eng",
        [
            teacher()(
                "Naomi Siddall",
                2,
                touches=[
                    rang(
                        15,
                        "Turned down the analyst offer at the housing association. The hours "
                        "weren't the problem, the pay was - £32k wasn't enough.",
                    )
                ],
            ),
            teacher()(
                "Joanne Brierley",
                0,
                touches=[
                    rang(
                        15,
                        "Turned down the analyst offer at the housing association. The pay "
                        "wasn't the problem, the hours were - she can't do 8 till 6.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            salary_min=42_000,
            salary_max=42_000,
            currency="GBP",
            offers=["£42,000", "Monday to Friday, 8am to 6pm"],
        ),
    ),
    C(
        "negation: never again a startup vs no objection to one, a seed-stage team of ten",
        "backend",
        [
            returner_dev()(
                "Claudia Fenwick",
                0,
                touches=[
                    mail(
                        20,
                        "Never again a startup - the last one folded while I was on maternity "
                        "leave.",
                    )
                ],
            ),
            returner_dev()(
                "Yasmin Okoro",
                2,
                touches=[mail(20, "No objection to a startup if the hours are flexible.")],
            ),
        ],
        **role(DEV_PERM, LONDON_HYBRID, offers=["Seed-funded, a team of ten"]),
    ),
]

# --- 6. location, managing, stage, industry, mission, technology, level ---------------------

LOCATION = [
    C(
        "location: moving to Moray with his RAF posting vs settled in Lincoln, a role in Elgin",
        "manager",
        [
            leaver("Lincoln, UK")(
                "Philip Ransome",
                2,
                touches=[
                    mail(
                        25,
                        "My wife's posted to RAF Lossiemouth from January, so we're moving up "
                        "to Moray after Christmas. Keen on anything round Elgin.",
                    )
                ],
            ),
            leaver("Lincoln, UK")(
                "Trevor Appleyard",
                0,
                touches=[mail(25, "We're staying in Lincoln - the kids are settled, not moving.")],
            ),
        ],
        **role(PROJECT_MANAGER, dict(remote_policy="onsite", location="Elgin, UK")),
    ),
    C(
        "location: PCS to Lewis-McChord in January vs staying in San Antonio, a Tacoma role",
        "frontend",
        [
            spouse_dev("San Antonio, TX, USA")(
                "Kaitlyn Dubois",
                2,
                touches=[
                    mail(
                        25,
                        "We PCS to JBLM in January - we'll be living in Lakewood, so Tacoma "
                        "is perfect.",
                    )
                ],
            ),
            spouse_dev("San Antonio, TX, USA")(
                "Savannah Pryor",
                0,
                touches=[
                    mail(
                        25,
                        "We're staying in San Antonio for good - my husband is retiring here.",
                    )
                ],
            ),
        ],
        **role(FRONTEND, dict(remote_policy="onsite", location="Tacoma, WA, USA")),
    ),
    C(
        "location: posted out of Halifax this summer vs just posted in, a Halifax role",
        "manager",
        [
            leaver("Petawawa, ON, Canada")(
                "Stéphanie Arsenault",
                0,
                touches=[
                    mail(
                        20,
                        "We were posted out of Halifax to Petawawa this summer, so I'm in "
                        "Ontario now for at least three years.",
                    )
                ],
            ),
            leaver("Halifax, NS, Canada")(
                "Jennifer MacNeil",
                2,
                touches=[
                    mail(
                        20,
                        "We've just been posted to Halifax - arrived in August, here for three "
                        "years.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, dict(remote_policy="onsite", location="Halifax, NS, Canada")),
    ),
    C(
        "location: moving home to Cork from Sydney vs won't leave Dublin, a Cork role",
        "cs",
        [
            hotelier("Sydney, NSW, Australia")(
                "Ciarán Ó Súilleabháin",
                2,
                touches=[
                    dm(
                        25,
                        "Moving home to Cork in January after eight years in Sydney - would "
                        "love something there.",
                    )
                ],
            ),
            hotelier("Dublin, Ireland")(
                "Darragh Fennelly",
                0,
                touches=[dm(25, "I'm based in Dublin and won't relocate to Cork, sorry.")],
            ),
        ],
        **role(CSM, dict(remote_policy="onsite", location="Cork, Ireland")),
    ),
    C(
        "location: posted to Lavarack Barracks vs a posting to Townsville that fell through",
        "data_eng",
        [
            teacher("Brisbane, QLD, Australia")(
                "Emma Tuckwell",
                2,
                touches=[
                    sms(
                        20,
                        "partner's posted to lavarack barracks from jan so we're moving to "
                        "townsville!",
                    )
                ],
            ),
            teacher("Brisbane, QLD, Australia")(
                "Kristy Delaney",
                0,
                touches=[
                    sms(
                        20,
                        "partner's posting to townsville fell through so we're staying in brisbane",
                    )
                ],
            ),
        ],
        **role(ANALYST, dict(remote_policy="onsite", location="Townsville, QLD, Australia")),
    ),
    C(
        "location: won't leave Derry for her mum vs a flat lined up in Belfast",
        "finance",
        [
            accountant("Derry, UK")(
                "Bronagh McLaughlin",
                0,
                touches=[
                    rang(
                        25,
                        "Won't leave Derry - her mum's care is here and she's the only one nearby.",
                    )
                ],
            ),
            accountant("Derry, UK")(
                "Orlaith Doherty",
                2,
                touches=[
                    rang(
                        25,
                        "Open to moving to Belfast - has a flat lined up with her sister.",
                    )
                ],
            ),
        ],
        **role(ACCOUNTANT, dict(remote_policy="onsite", location="Belfast, UK")),
    ),
]

MANAGING = [
    C(
        "managing: after command wants no direct reports vs misses leading, a team of eight",
        "manager",
        [
            vet_ops()(
                "Nathaniel Crowder",
                0,
                touches=[
                    rang(
                        30,
                        "After 15 years leading soldiers he wants to be an individual "
                        "contributor for a while - no direct reports.",
                    )
                ],
            ),
            vet_ops()(
                "Lamar Ellison",
                2,
                touches=[
                    rang(
                        30,
                        "Misses leading people more than anything - wants a team again.",
                    )
                ],
            ),
        ],
        **role(OPS_MANAGER, SAN_ANTONIO_ONSITE, offers=["Lead a team of eight shift supervisors"]),
    ),
    C(
        "managing: easing back without reports vs was head of finance, wants a team",
        "finance",
        [
            accountant()(
                "Louise Garside",
                2,
                touches=[
                    coord(
                        25,
                        "Louise wants to ease back in with no line management for now - "
                        "numbers first, people later.",
                    )
                ],
            ),
            accountant()(
                "Catherine Mabbott",
                0,
                touches=[
                    coord(
                        25,
                        "Catherine was head of finance before her break and wants to manage a "
                        "team again - not interested in a solo role.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            title="Management Accountant (no direct reports)",
        ),
    ),
    C(
        "managing: a sergeant who wants to manage again vs hands-on casework only",
        "finance",
        [
            detective()(
                "Paul Whiteley",
                2,
                touches=[
                    rang(
                        30,
                        "Sergeant for eight years in the economic crime unit. Wants to manage "
                        "again - misses running a team.",
                    )
                ],
            ),
            detective()(
                "Mark Heptonstall",
                0,
                touches=[
                    rang(
                        30,
                        "Sergeant for eight years. Doesn't want to be anybody's boss any more - "
                        "hands-on casework only.",
                    )
                ],
            ),
        ],
        **role(
            FRAUD,
            LEEDS_ONSITE,
            title="Head of Investigations",
            seniority="manager",
            offers=["Manage a team of twelve investigators"],
        ),
    ),
    C(
        "managing: a burnt-out ward manager wants hands-on vs team lead or above only",
        "cs",
        [
            nurse()(
                "Patricia Gethin",
                2,
                touches=[
                    mail(
                        20,
                        "Ten years running a ward of 40 staff burnt me out. I want hands-on "
                        "work, no staff to manage.",
                    )
                ],
            ),
            nurse()(
                "Sheila Dunsmore",
                0,
                touches=[
                    mail(
                        20,
                        "I'm only looking at leadership roles now - team lead or above.",
                    )
                ],
            ),
        ],
        **role(
            CLINICAL_IMPL,
            BIRMINGHAM_HYBRID,
            offers=["Hands-on implementation role, no direct reports"],
        ),
    ),
    C(
        "managing: ran a maths department, happy to lead vs done with performance reviews",
        "data_eng",
        [
            teacher()(
                "Joanna Brocklehurst",
                2,
                touches=[
                    rang(
                        25,
                        "Ran a maths department of nine - happy to lead a small team.",
                    )
                ],
            ),
            teacher()(
                "Michelle Aspinall",
                0,
                touches=[
                    rang(
                        25,
                        "Wants to be the analyst, not the manager. Done with performance "
                        "reviews and timetables.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            title="Data Team Lead",
            seniority="lead",
            offers=["Lead a team of three analysts"],
        ),
    ),
]

STAGE = [
    C(
        "stage: wants a big firm with a returner programme vs wants a scrappy startup",
        "backend",
        [
            returner_dev()(
                "Henrietta Ashby",
                2,
                touches=[
                    mail(
                        20,
                        "I'd like a big, established firm with a proper returner programme "
                        "and HR who know what they're doing.",
                    )
                ],
            ),
            returner_dev()(
                "Lucinda Ferrars",
                0,
                touches=[mail(20, "Early-stage startup please, the scrappier the better.")],
            ),
        ],
        **role(
            RETURNSHIP_DEV,
            LONDON_HYBRID,
            offers=["FTSE 100 insurer, 40,000 staff, an established returner programme"],
        ),
    ),
    C(
        "stage: after MOD bureaucracy wants a small start-up vs wants a big employer, Series A",
        "manager",
        [
            leaver()(
                "Rupert Hanbury",
                2,
                touches=[
                    rang(
                        30,
                        "After 20 years of MOD bureaucracy he wants a small start-up where "
                        "decisions take a day, not a year.",
                    )
                ],
            ),
            leaver()(
                "Nigel Fortescue",
                0,
                touches=[
                    rang(
                        30,
                        "Wants stability and a big employer - start-ups make him nervous after "
                        "a lifetime of certainty.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            BRISTOL_ONSITE,
            offers=["Series A, 12 people, building electric-boat charging"],
        ),
    ),
    C(
        "stage: wants a small family firm vs wants a corporation with a veterans' program",
        "manager",
        [
            vet_ops("Charlotte, NC, USA")(
                "Wesley Boudreaux",
                0,
                touches=[
                    mail(
                        25,
                        "I'd like a small family-owned company - not corporate, not a number.",
                    )
                ],
            ),
            vet_ops("Charlotte, NC, USA")(
                "Darnell Fitzhugh",
                2,
                touches=[
                    mail(
                        25,
                        "I want a big corporation with a real veterans' program and an ERG.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Charlotte, NC, USA"),
            offers=["Fortune 500 retailer with a veterans' hiring program and employee network"],
        ),
    ),
    C(
        "stage: a mid-size scale-up is ideal vs a tiny team of five, a 200-person scale-up",
        "frontend",
        [
            spouse_dev("Melbourne, VIC, Australia")(
                "Annika Brekke",
                2,
                touches=[dm(25, "mid-size scale-up would be ideal, not tiny and not a bank")],
            ),
            spouse_dev("Melbourne, VIC, Australia")(
                "Jess Ferraro",
                0,
                touches=[dm(25, "tiny team please, five to ten people max")],
            ),
        ],
        **role(
            FRONTEND,
            MELBOURNE_HYBRID,
            offers=["Scale-up of 200 people, Series C"],
        ),
    ),
]

INDUSTRY = [
    C(
        "industry: wants to stay in defence vs done with defence, a submarine support programme",
        "manager",
        [
            leaver("Barrow-in-Furness, UK")(
                "Alistair Kerrigan",
                2,
                touches=[
                    rang(
                        25,
                        "Ex-submariner. Wants to stay in defence - knows the kit and the customer.",
                    )
                ],
            ),
            leaver("Barrow-in-Furness, UK")(
                "Barry Hodgkinson",
                0,
                touches=[rang(25, "Ex-submariner. No defence - he's done with it.")],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Barrow-in-Furness, UK"),
            description="Manage submarine support projects for a defence prime.",
        ),
    ),
    C(
        "industry: won't work in gambling vs anti-fraud is anti-fraud, an online bookmaker",
        "finance",
        [
            detective("Dublin, Ireland")(
                "Declan Mulready",
                0,
                touches=[
                    rang(
                        25,
                        "Ex-Garda. Won't work in gambling - saw what it does to families in "
                        "the job.",
                    )
                ],
            ),
            detective("Dublin, Ireland")(
                "Eoin Fahy",
                2,
                touches=[rang(25, "Ex-Garda. Gambling's fine - anti-fraud is anti-fraud.")],
            ),
        ],
        **role(
            FRAUD,
            DUBLIN_HYBRID,
            description="Investigate fraud and money laundering for an online bookmaker.",
        ),
    ),
    C(
        "industry: wants to stay in health off the ward vs anything but healthcare",
        "cs",
        [
            nurse()(
                "Gaynor Pilkington",
                2,
                touches=[
                    coach(
                        25,
                        "Gaynor wants to stay in health - just not on a ward. Patient safety "
                        "still matters to her.",
                    )
                ],
            ),
            nurse()(
                "Tina Roebuck",
                0,
                touches=[
                    coach(
                        25,
                        "Tina wants anything but healthcare - out of the NHS world entirely.",
                    )
                ],
            ),
        ],
        **role(CLINICAL_IMPL, BIRMINGHAM_HYBRID),
    ),
    C(
        "industry: six years sober, no drinks company vs keen on brewing, a brewery group",
        "manager",
        [
            vet_ops("Brisbane, QLD, Australia")(
                "Shane Kilpatrick",
                0,
                touches=[
                    rang(
                        30,
                        "Ex-Army. Six years sober - won't work for a booze company, not "
                        "putting himself there.",
                    )
                ],
            ),
            vet_ops("Brisbane, QLD, Australia")(
                "Mitchell Drury",
                2,
                touches=[
                    rang(
                        30,
                        "Ex-Army. Home-brews, would love to work for a brewery.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            BRISBANE_ONSITE,
            description="Run distribution for a craft brewery group across Queensland.",
        ),
    ),
]

MISSION = [
    C(
        "mission: wants public service after the Army vs done with the public sector, a council",
        "manager",
        [
            leaver("Taunton, UK")(
                "Colin Huxtable",
                2,
                touches=[
                    rang(
                        25,
                        "Wants public service after the Army - purpose, and a proper pension.",
                    )
                ],
            ),
            leaver("Taunton, UK")(
                "Graham Dunstone",
                0,
                touches=[
                    rang(
                        25,
                        "Done with the public sector after 22 years - wants commercial, profit "
                        "and loss.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="hybrid", location="Taunton, UK"),
            description="Deliver school and highways projects for the county council.",
        ),
    ),
    C(
        "mission: wants a homelessness charity after policing vs no stated wish",
        "finance",
        [
            detective("Manchester, UK")(
                "Sharon Ashworth",
                2,
                touches=[
                    rang(
                        25,
                        "Wants to work for a charity - ideally homelessness, she saw enough of "
                        "it on the streets of Manchester.",
                    )
                ],
            ),
            detective("Manchester, UK")(
                "Debbie Kershaw",
                1,
                touches=[rang(25, "Likes spreadsheets and a tidy case file.")],
            ),
        ],
        **role(
            FRAUD,
            MANCHESTER_HYBRID,
            description="Protect a national homelessness charity from fraud and misuse of funds.",
        ),
    ),
    C(
        "mission: wants to give back to veterans vs wants a clean break from the military",
        "manager",
        [
            leaver()(
                "Stewart Lomax",
                2,
                touches=[
                    mail(
                        25,
                        "I'd love to give something back to the veterans' community - a lot of "
                        "my lads are struggling.",
                    )
                ],
            ),
            leaver()(
                "Adrian Whitcombe",
                0,
                touches=[
                    mail(
                        25,
                        "I want a clean break from anything military. New chapter.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            BRISTOL_ONSITE,
            description="Run projects for a veterans' mental health charity.",
        ),
    ),
    C(
        "mission: wants work that means something, climate vs mission doesn't matter",
        "data_eng",
        [
            teacher("Glasgow, UK")(
                "Morag Kinnaird",
                2,
                touches=[
                    mail(
                        25,
                        "I want a job that means something - climate, ideally. It's why I "
                        "taught geography before maths.",
                    )
                ],
            ),
            teacher("Glasgow, UK")(
                "Fraser Urquhart",
                1,
                touches=[mail(25, "Mission doesn't matter to me, the pay does.")],
            ),
        ],
        **role(
            ANALYST,
            dict(remote_policy="hybrid", location="Glasgow, UK"),
            description="Forecast output across our onshore wind farms.",
            offers=["Mission: cut Scotland's carbon emissions"],
        ),
    ),
    C(
        "mission: never near education again vs close to education out of the classroom",
        "data_eng",
        [
            teacher()(
                "Caroline Shuttleworth",
                0,
                touches=[mail(25, "I never want to go near education again.")],
            ),
            teacher()(
                "Sarah Pendlebury",
                2,
                touches=[
                    mail(
                        25,
                        "I want to stay close to education, just not in the classroom.",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            description="Analyse how pupils use our learning platform in 3,000 schools.",
        ),
    ),
]

TECHNOLOGY = [
    C(
        "technology: trained on Azure in the RAF vs wants AWS, no Microsoft stack",
        "sre",
        [
            vet_infra("Lincoln, UK")(
                "Callum Menzies",
                2,
                touches=[dm(25, "trained on Azure in the RAF, want to stay on it")],
            ),
            vet_infra("Lincoln, UK")(
                "Ryan Hollingworth",
                0,
                touches=[dm(25, "want AWS, not touching the Microsoft stack again")],
            ),
        ],
        **role(INFRA, dict(remote_policy="hybrid", location="Lincoln, UK")),
    ),
    C(
        "technology: never again Java vs a Java developer before the break, a Java returnship",
        "backend",
        [
            returner_dev()(
                "Rosamund Kaye",
                0,
                touches=[mail(20, "Never again Java - I want Python this time round.")],
            ),
            returner_dev()(
                "Esther Kwarteng",
                2,
                touches=[
                    mail(
                        20,
                        "I was a Java developer before the break and I want to get back to Java.",
                    )
                ],
            ),
        ],
        **role(
            RETURNSHIP_DEV,
            LONDON_HYBRID,
            title="Returner Software Engineer (Java)",
            requirements="Java\nSpring Boot\nPostgreSQL\nA career break of two years or more",
        ),
    ),
    C(
        "technology: Tableau-certified and keen vs Power BI only, a Tableau shop",
        "data_eng",
        [
            teacher()(
                "Lauren Halliwell",
                2,
                touches=[ats(25, "got Tableau certified in Sept, keen to use it")],
            ),
            teacher()(
                "Kirsty Mottram",
                0,
                touches=[ats(25, "Power BI only, not learning another tool")],
            ),
        ],
        **role(
            ANALYST,
            MANCHESTER_HYBRID,
            requirements="SQL\nTableau\nExcel\nClear written communication",
        ),
    ),
    C(
        "technology: wants away from SAP vs an Army SAP super-user, an SAP-heavy role",
        "manager",
        [
            vet_ops("Fayetteville, NC, USA")(
                "Bryce Kilgore",
                0,
                touches=[
                    rang(25, "Wants to get away from SAP - used it for ten years in the Army.")
                ],
            ),
            vet_ops("Fayetteville, NC, USA")(
                "Quentin Avery",
                2,
                touches=[rang(25, "SAP super-user from the Army, wants to use it.")],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Fayetteville, NC, USA"),
            offers=["Warehouse and inventory run on SAP S/4HANA"],
        ),
    ),
]

LEVEL = [
    C(
        "level: happy to come back junior vs won't go back to junior, a junior returner role",
        "backend",
        [
            returner_dev()(
                "Madeleine Okafor",
                2,
                touches=[
                    coord(
                        20,
                        "Madeleine is happy to come back at a junior level to rebuild her "
                        "confidence.",
                    )
                ],
            ),
            returner_dev()(
                "Charlotte Pemberton",
                0,
                touches=[
                    coord(
                        20,
                        "Charlotte was a senior before her break and won't go back to junior.",
                    )
                ],
            ),
        ],
        **role(
            RETURNSHIP_DEV,
            LONDON_HYBRID,
            title="Associate Software Engineer (Returner)",
            seniority="junior",
        ),
    ),
    C(
        "level: a former lieutenant colonel wants director level vs wants entry level",
        "manager",
        [
            vet_ops("Tampa, FL, USA")(
                "Gregory Lindqvist",
                2,
                touches=[
                    mail(
                        20,
                        "Retired as a lieutenant colonel. I'm looking at director-level roles.",
                    )
                ],
            ),
            vet_ops("Tampa, FL, USA")(
                "Douglas Whitaker",
                0,
                touches=[
                    mail(
                        20,
                        "I'd like an entry-level role to learn civilian business first.",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            dict(remote_policy="onsite", location="Tampa, FL, USA"),
            title="Director of Operations",
            seniority="director",
        ),
    ),
    C(
        "level: knows she's junior in data vs ready for senior, a senior analyst role",
        "data_eng",
        [
            teacher()(
                "Eleanor Royle",
                0,
                touches=[
                    rang(
                        20,
                        "Knows she's junior in data - wants an entry-level role to learn properly.",
                    )
                ],
            ),
            teacher()(
                "Hannah Tattersall",
                2,
                touches=[
                    rang(
                        20,
                        "Three years as an analyst since leaving teaching - ready for a senior "
                        "role.",
                    )
                ],
            ),
        ],
        **role(ANALYST, MANCHESTER_HYBRID, title="Senior Data Analyst", seniority="senior"),
    ),
    C(
        "level: nothing below programme manager vs a mid-level PM is right",
        "manager",
        [
            leaver()(
                "Roderick Blaine",
                0,
                touches=[
                    ats(
                        25,
                        "ex-Lt Col. won't take anything below programme manager.",
                    )
                ],
            ),
            leaver()(
                "Sean Partridge",
                2,
                touches=[
                    ats(
                        25,
                        "ex-WO1. mid-level PM is exactly right to learn the civvy way of "
                        "doing things.",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, BRISTOL_ONSITE),
    ),
]

# --- 7. last time's reason, the history with us and the latest process ----------------------

PAST_LEEDS_ACCOUNTS = dict(
    remote_policy="onsite", location="Leeds, UK", salary_max=45_000, currency="GBP"
)
PAST_SA_OPS = dict(
    remote_policy="onsite", location="San Antonio, TX, USA", salary_max=80_000, currency="USD"
)

RESOLVED = [
    C(
        "history: declined full-time, this role is four days vs declined over pay, same band",
        "finance",
        [
            accountant()(
                "Wendy Crabtree",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Offer was full-time only; she needs four days a week",
                        past=PAST_LEEDS_ACCOUNTS,
                        role="Management Accountant",
                    )
                ],
            ),
            accountant()(
                "Julie Barraclough",
                0,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Asked for £52k; band capped at £45k",
                        past=PAST_LEEDS_ACCOUNTS,
                        role="Management Accountant",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            salary_min=40_000,
            salary_max=45_000,
            currency="GBP",
            offers=["Four days a week, permanent"],
        ),
    ),
    C(
        "history: withdrew over 4pm finishes, this role keeps school hours vs needed home working",
        "data_eng",
        [
            teacher("Nottingham, UK")(
                "Alexandra Birkin",
                2,
                apps=[
                    withdrew(
                        300,
                        "other",
                        "Couldn't do the 4pm finishes - needs school hours",
                        role="Data Analyst",
                    )
                ],
            ),
            teacher("Nottingham, UK")(
                "Samantha Gotobed",
                0,
                apps=[
                    withdrew(
                        300,
                        "remote_policy",
                        "Needed to work from home - she cares for her son",
                        role="Data Analyst",
                    )
                ],
            ),
        ],
        **role(
            ANALYST,
            dict(remote_policy="onsite", location="Nottingham, UK"),
            offers=["School hours: 9.15am to 2.45pm, term-time only", "Office-based"],
        ),
    ),
    C(
        "history: turned away without PRINCE2, since passed vs weak on budgets this summer",
        "manager",
        [
            leaver()(
                "Duncan Marchbank",
                2,
                apps=[
                    turned_away(
                        400,
                        "interview",
                        "skills_gap",
                        "No PM qualification yet - encouraged to reapply once he has PRINCE2",
                        role="Project Manager",
                    )
                ],
                touches=[mail(60, "Passed PRINCE2 Practitioner in September through ELCAS!")],
            ),
            leaver()(
                "Keith Yarwood",
                0,
                apps=[
                    turned_away(
                        75,
                        "interview",
                        "skills_gap",
                        "Weak on budget control and risk; not ready for a PM role",
                        role="Project Manager",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, BRISTOL_ONSITE),
    ),
    C(
        "history: couldn't do Aldershot after a posting, this role is remote vs no SC then or now",
        "frontend",
        [
            spouse_dev("Lossiemouth, UK")(
                "Rebecca Hutchings",
                2,
                apps=[
                    withdrew(
                        330,
                        "location",
                        "Couldn't commit to three days in Aldershot - following her husband's "
                        "posting to Lossiemouth",
                        past=dict(remote_policy="hybrid", location="Aldershot, UK"),
                        role="Frontend Developer",
                    )
                ],
            ),
            spouse_dev("Aldershot, UK")(
                "Ingrid Vanterpool",
                0,
                apps=[
                    withdrew(
                        330,
                        "other",
                        "Role needed SC clearance; she hadn't been resident in the UK for "
                        "five years",
                        role="Frontend Developer",
                    )
                ],
            ),
        ],
        **role(
            FRONTEND,
            UK_REMOTE,
            offers=[
                "Fully remote within the UK",
                "SC clearance required (five years' UK residency)",
            ],
        ),
    ),
    C(
        "history: start date clashed with terminal leave, ETS now past vs asked above the band",
        "manager",
        [
            vet_ops()(
                "Russell Oyelowo",
                2,
                apps=[
                    app(
                        300,
                        "offer",
                        "withdrew",
                        "timing",
                        "Start date clashed with his terminal leave; ETS was August",
                        role="Operations Manager",
                    )
                ],
            ),
            vet_ops()(
                "Curtis Mabry",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Wanted $95k; band capped at $80k",
                        past=PAST_SA_OPS,
                        role="Operations Manager",
                    )
                ],
            ),
        ],
        **role(
            OPS_MANAGER,
            SAN_ANTONIO_ONSITE,
            salary_min=70_000,
            salary_max=80_000,
            currency="USD",
        ),
    ),
    C(
        "history: declined over night cover, this role is days vs declined over the drive",
        "cs",
        [
            nurse()(
                "Lynne Partington",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Turned it down over the night cover in go-live weeks",
                        role="Clinical Implementation Specialist",
                    )
                ],
            ),
            nurse("Shrewsbury, UK")(
                "Gail Mottershead",
                0,
                apps=[
                    declined(
                        200,
                        "location",
                        "Too far - 80 minutes each way from Shrewsbury",
                        past=dict(remote_policy="hybrid", location="Birmingham, UK"),
                        role="Clinical Implementation Specialist",
                    )
                ],
            ),
        ],
        **role(CLINICAL_IMPL, BIRMINGHAM_HYBRID, offers=["Days only, Monday to Friday"]),
    ),
    C(
        "history: needed sponsorship, ILR since granted vs still on a Skilled Worker visa",
        "manager",
        [
            leaver("Catterick, UK")(
                "Joseph Tuilagi",
                2,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Needed visa sponsorship, which we couldn't offer",
                        role="Project Manager",
                    )
                ],
                touches=[
                    mail(
                        50,
                        "Good news - my ILR came through in September, so I don't need "
                        "sponsorship any more.",
                    )
                ],
            ),
            leaver("Catterick, UK")(
                "Emmanuel Owusu",
                0,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Needed visa sponsorship, which we couldn't offer",
                        role="Project Manager",
                    )
                ],
                touches=[
                    mail(
                        50,
                        "Still on the Skilled Worker visa, so I'd still need sponsorship, sadly.",
                    )
                ],
            ),
        ],
        **role(
            PROJECT_MANAGER,
            dict(remote_policy="onsite", location="Catterick, UK"),
            offers=["We are unable to sponsor visas for this role"],
        ),
    ),
]

# The history with us.
LAST_TIME = [
    C(
        "history: cohort places cut at the final stage vs rude to the assessor",
        "backend",
        [
            returner_dev()(
                "Georgina Ekwueme",
                2,
                apps=[
                    app(
                        380,
                        "final",
                        "position_closed",
                        "headcount",
                        "Cohort cut from twelve places to six after the budget round",
                        role="Returner Software Engineer",
                    )
                ],
            ),
            returner_dev()(
                "Arabella Whitmore",
                0,
                apps=[
                    turned_away(
                        380,
                        "final",
                        "conduct",
                        "Talked over the others in the group exercise and was rude to the assessor",
                    )
                ],
            ),
        ],
        **role(RETURNSHIP_DEV, LONDON_HYBRID),
    ),
]

PROCESS = [
    C(
        "process: placed by us last month vs a final-round runner-up",
        "data_eng",
        [
            teacher()(
                "Bethany Greenwood",
                0,
                apps=[
                    app(
                        45,
                        "offer",
                        "hired",
                        None,
                        "Placed through the career changers' programme; started 5 October",
                        role="Data Analyst",
                    )
                ],
            ),
            teacher()(
                "Victoria Ashurst",
                2,
                apps=[
                    final_loss(240, "Lost to one other person at the panel", role="Data Analyst")
                ],
            ),
        ],
        **role(ANALYST, MANCHESTER_HYBRID),
    ),
    C(
        "process: two no-shows vs withdrew on the day with an apology",
        "cs",
        [
            hotelier()(
                "Shauna Costigan",
                0,
                apps=[
                    turned_away(
                        200,
                        "interview",
                        "no_show",
                        "Didn't attend the assessment day; no contact",
                        role="Customer Success Manager",
                    ),
                    turned_away(
                        90,
                        "interview",
                        "no_show",
                        "No-show again at the video interview, no reply since",
                        role="Customer Success Manager",
                    ),
                ],
            ),
            hotelier()(
                "Aisling Kinsella",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Withdrew the morning of the assessment day - her son was taken into "
                        "hospital; emailed to apologise",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **role(CSM, DUBLIN_HYBRID),
    ),
    C(
        "process: lost a final panel to an internal candidate vs never read at the sift",
        "manager",
        [
            leaver()(
                "Fiona Cartwright",
                2,
                apps=[
                    final_loss(
                        250,
                        "Strong stakeholder answers; lost to an internal candidate",
                        role="Project Manager",
                    )
                ],
            ),
            leaver()(
                "Margaret Oduya",
                1,
                apps=[
                    turned_away(
                        250,
                        "applied",
                        "other",
                        "Not reviewed - the cohort filled before her CV was read",
                        role="Project Manager",
                    )
                ],
            ),
        ],
        **role(PROJECT_MANAGER, BRISTOL_ONSITE),
    ),
    C(
        "process: withdrew when adjustments weren't made, now offered vs rude to the panel",
        "backend",
        [
            returner_dev()(
                "Imogen Lockyer",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Asked for the questions in advance (autistic); the panel couldn't "
                        "arrange it in time and she withdrew",
                        role="Software Engineer",
                    )
                ],
            ),
            returner_dev()(
                "Sebastian Crowe",
                0,
                apps=[
                    turned_away(
                        200,
                        "onsite",
                        "conduct",
                        "Rude to the panel when challenged on his answers",
                        role="Software Engineer",
                    )
                ],
            ),
        ],
        **role(
            DEV_PERM,
            LONDON_HYBRID,
            offers=[
                "Interview questions shared 48 hours in advance; adjustments on request",
                "Hybrid: two days a week at our King's Cross office",
            ],
        ),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

DEFENCE_PM = dict(
    PROJECT_MANAGER,
    description="Manage vehicle support projects for a defence prime.",
)

LATEST_WORD = [
    C(
        "latest word: part-time, then full-time vs full-time, then part-time after a diagnosis",
        "backend",
        [
            returner_dev()(
                "Olivia Ravensworth",
                2,
                touches=[
                    mail(
                        date(2026, 3, 2), "Part-time only, three days max - the twins are at home."
                    ),
                    mail(
                        date(2026, 10, 12),
                        "Update: the twins have started school and my partner's gone "
                        "part-time, so full-time works now!",
                    ),
                ],
            ),
            returner_dev()(
                "Phoebe Ashdown",
                0,
                touches=[
                    mail(date(2026, 3, 2), "Full-time is fine, thanks."),
                    mail(
                        date(2026, 10, 12),
                        "Bit of a change - I've been diagnosed with MS and I'll need part-time, "
                        "three days at most.",
                    ),
                ],
            ),
        ],
        **role(DEV_PERM, LONDON_HYBRID, offers=["Full-time, five days a week", "Two days in"]),
    ),
    C(
        "latest word: off the list, then back on vs keep me posted, then stop contacting me",
        "data_eng",
        [
            teacher()(
                "Rosie Halstead",
                2,
                touches=[
                    coord(
                        date(2026, 2, 16),
                        "Rosie asked to be removed from the programme mailing and not "
                        "contacted - they're emigrating to Perth.",
                    ),
                    sms(
                        date(2026, 9, 28),
                        "hi! we didn't end up moving after all. pls put me back on your list, "
                        "still want analyst work",
                    ),
                ],
            ),
            teacher()(
                "Abigail Pownall",
                0,
                touches=[
                    mail(date(2026, 2, 16), "Not right now, but keep me posted, thanks!"),
                    sms(
                        date(2026, 9, 28),
                        "please stop contacting me. I've found something and I don't want any "
                        "more messages",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(ANALYST, MANCHESTER_HYBRID),
    ),
    C(
        "latest word: not moving to Darwin, then posted there vs posted there, then cancelled",
        "frontend",
        [
            spouse_dev("Canberra, ACT, Australia")(
                "Alicia Brownlow",
                2,
                touches=[
                    mail(date(2026, 4, 6), "Not moving to Darwin, Canberra's home."),
                    mail(
                        date(2026, 10, 5),
                        "Update: posting order came through - Robertson Barracks from "
                        "January. Darwin it is!",
                    ),
                ],
            ),
            spouse_dev("Canberra, ACT, Australia")(
                "Maddison Cleary",
                0,
                touches=[
                    mail(
                        date(2026, 4, 6),
                        "We're posted to Darwin in January, so keen on Darwin roles.",
                    ),
                    mail(
                        date(2026, 10, 5),
                        "Posting's been cancelled - we're staying in Canberra.",
                    ),
                ],
            ),
        ],
        **role(FRONTEND, dict(remote_policy="onsite", location="Darwin, NT, Australia")),
    ),
    C(
        "latest word: remote only, then wants an office vs office, then remote for her dad",
        "backend",
        [
            returner_dev("Manchester, UK")(
                "Jasmine Pilling",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Wants remote only."),
                    mail(
                        date(2026, 10, 19),
                        "Honestly, working from home is making me miserable - I'd love an "
                        "office again, five days is fine.",
                    ),
                ],
            ),
            returner_dev("Manchester, UK")(
                "Deborah Schofield",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Happy in the office."),
                    mail(
                        date(2026, 10, 19),
                        "Dad's moved in with us after his fall, so I need to be fully remote now.",
                    ),
                ],
            ),
        ],
        **role(DEV_PERM, dict(remote_policy="onsite", location="Manchester, UK")),
    ),
    C(
        "latest word: not before spring, then free now vs free now, then till the summer",
        "finance",
        [
            accountant()(
                "Kathleen Murgatroyd",
                2,
                touches=[
                    mail(
                        date(2026, 6, 1), "Not before the spring, I'm afraid - still no childcare."
                    ),
                    sms(date(2026, 10, 26), "scrap that, found a childminder!! free now"),
                ],
            ),
            accountant()(
                "Elaine Sugden",
                1,
                touches=[
                    mail(date(2026, 6, 1), "Free now, whenever suits."),
                    sms(date(2026, 10, 26), "dad's had a stroke. need till the summer, sorry"),
                ],
            ),
        ],
        **role(ACCOUNTANT, LEEDS_ONSITE),
    ),
    C(
        "latest word: defence yes, no, then yes again vs no, yes, then no again",
        "manager",
        [
            leaver("Telford, UK")(
                "Anthony Ridgeway",
                2,
                touches=[
                    rang(date(2026, 1, 19), "Happy with defence."),
                    rang(date(2026, 5, 11), "Changed his mind - no defence, wants a clean break."),
                    mail(
                        date(2026, 10, 5),
                        "Six months in a charity job and I miss the mission - defence is back "
                        "on the table.",
                    ),
                ],
            ),
            leaver("Telford, UK")(
                "Gordon Sillitoe",
                0,
                touches=[
                    rang(date(2026, 1, 19), "No defence."),
                    rang(date(2026, 5, 11), "Defence fine now, he's thought about it."),
                    mail(
                        date(2026, 10, 5),
                        "Scratch that - no defence after all. My daughter talked me round.",
                    ),
                ],
            ),
        ],
        **role(DEFENCE_PM, dict(remote_policy="onsite", location="Telford, UK")),
    ),
    C(
        "latest word: asked £60k, then £45k is fine vs asked £45k, then needs £60k",
        "backend",
        [
            returner_dev()(
                "Tamara Oyedele",
                2,
                touches=[
                    ats(date(2026, 2, 2), "sal exp £60k"),
                    mail(
                        date(2026, 9, 14),
                        "I've been realistic - after five years out, £45k is fine to get back in.",
                    ),
                ],
            ),
            returner_dev()(
                "Felicity Harcourt",
                0,
                touches=[
                    ats(date(2026, 2, 2), "sal exp £45k"),
                    mail(
                        date(2026, 9, 14),
                        "I've had an offer at £58k elsewhere, so I'd need at least £60k now.",
                    ),
                ],
            ),
        ],
        **role(
            DEV_PERM,
            LONDON_HYBRID,
            salary_min=45_000,
            salary_max=50_000,
            currency="GBP",
        ),
    ),
    C(
        "latest word: no on-call, then fine vs on-call fine, then not any more",
        "sre",
        [
            vet_infra()(
                "Brent Nowicki",
                2,
                touches=[
                    coach(
                        date(2026, 4, 13),
                        "No on-call - his wife works nights at the hospital and he's the kids' "
                        "only cover.",
                    ),
                    sms(date(2026, 10, 12), "wife's moved to days so on call's fine now"),
                ],
            ),
            vet_infra()(
                "Tanner Lindgren",
                0,
                touches=[
                    coach(date(2026, 4, 13), "On-call fine."),
                    sms(date(2026, 10, 12), "can't do on call anymore, wife's gone back to nights"),
                ],
            ),
        ],
        **role(
            INFRA,
            dict(remote_policy="hybrid", location="Colorado Springs, CO, USA"),
            offers=["On-call rota: one week in five"],
        ),
    ),
    C(
        "latest word: no reports at first, then ready to lead vs wants a team, then hands-on",
        "finance",
        [
            accountant()(
                "Gillian Mortimer",
                2,
                touches=[
                    coord(date(2026, 3, 9), "No reports for now - wants to find her feet first."),
                    mail(date(2026, 10, 26), "Six months back and I'm ready to lead a team again."),
                ],
            ),
            accountant()(
                "Helena Broadbent",
                0,
                touches=[
                    coord(date(2026, 3, 9), "Keen to lead a team."),
                    mail(date(2026, 10, 26), "I've realised I'd rather stay hands-on, no team."),
                ],
            ),
        ],
        **role(
            ACCOUNTANT,
            LEEDS_ONSITE,
            title="Finance Team Lead",
            seniority="lead",
            offers=["Lead a team of three accountants"],
        ),
    ),
    C(
        "latest word: no travel during treatment, then fine vs travel fine, then no nights away",
        "cs",
        [
            nurse("Liverpool, UK")(
                "Carol Unsworth",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "I can't travel - my son's having treatment at Alder Hey every fortnight.",
                    ),
                    mail(
                        date(2026, 9, 21),
                        "His treatment's finished and he's doing brilliantly - travel's fine now.",
                    ),
                ],
            ),
            nurse("Liverpool, UK")(
                "Denise Rimmer",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Travel's fine."),
                    mail(date(2026, 9, 21), "Dad needs me overnight now, so no nights away."),
                ],
            ),
        ],
        **role(
            CLINICAL_IMPL,
            dict(remote_policy="hybrid", location="Liverpool, UK"),
            offers=["Travel to hospital sites nationwide, with overnight stays most weeks"],
        ),
    ),
]

HELDOUT76_CASES: list[Case] = [
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
    *LOCATION,
    *MANAGING,
    *STAGE,
    *INDUSTRY,
    *MISSION,
    *TECHNOLOGY,
    *LEVEL,
    *RESOLVED,
    *LAST_TIME,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# negation is its NEGATION, the locations its LOCATION, stage and size its STAGE and technology
# its TECHNOLOGY; managing and level are one class there, as are industry and mission.
NEGATIONS, LOCATIONS, STAGE_SIZE, TECH = NEGATION, LOCATION, STAGE, TECHNOLOGY
LEVEL, MISSION = MANAGING + LEVEL, INDUSTRY + MISSION
