"""Held-out rediscovery cases, fifty-seventh set: public-sector, government, defence and
security-cleared hiring in the UK, the US, Canada, Australia and New Zealand, written by a
fifty-seventh stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 57") and never tuned to what Encore does. The recruiters are a UK
civil-service resourcing team (HEO, SEO, Grade 7 campaigns run through Civil Service Jobs), a
cleared-recruitment agency placing SC and DV holders with defence primes in Barrow, Bristol and
Farnborough, a US federal contractor's talent desk (GS-12/13 equivalents, TS/SCI and Secret,
commutes over the Potomac and across the Maryland and Virginia lines), an Australian APS and
EL1 recruitment panel in Canberra (NV1 and Baseline), a Government of Canada staffing adviser in
Ottawa-Gatineau, an NHS shared-services back office, a Welsh Government team in Cardiff and a
Wellington public-service agency. The people are policy advisers, cyber and data analysts,
systems engineers, project managers and finance business partners. The voices: terse ATS
shorthand with typos ("cand", "LM", "SC live till 28", "DNC"), lower-case texts and WhatsApps,
LinkedIn replies, candidates' formal emails, hiring managers' emails pasted in, third-person call
notes, long rambles where one line decides, and lines in French, Welsh and te reo Maori.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an erasure request, "unsubscribe", a LinkedIn "please
   stop", an agency "DNC", French, Welsh, te reo with English): never shown; beside scoped stops
   that are not opt-outs (not by phone, not that client, not contract roles, no newsletter, a new
   email address, feedback still owed to them);
2. waits counted from the day said (notice periods, DV vetting weeks, end of financial year,
   Easter, after the election, after Q1, a secondment ending, parental leave), each against a twin
   whose wait has run out, and notes full of dates that ask for no wait;
3. schedule, travel, visa and right to work, contract type and commute: compressed hours, shift
   rotas, on-call, overnights at Faslane, 40% travel, driving between sites, sponsorship, SC and
   DV eligibility, TS/SCI, NV1, citizenship, secondment and fixed-term against permanent, named
   commutes (the Thames, the Potomac, the Ottawa River bridges, the Hutt Valley line, the M4);
4. pay against the band: civil-service grades, GS steps, APS bands, day rates inside IR35,
   hourly rates, floors against current pay, CAD, AUD and NZD;
5. work mode in the title only, in the description only, hybrid days at named hubs, negation and
   its scope;
6. location and relocation, managing against hands-on, agency size and stage, mission and
   industry (defence, immigration enforcement, gambling regulation) and technology (Azure,
   Palantir, SAS, mainframe);
7. last time's reason resolved by this role or still standing, the history with us and the latest
   process;
8. several notes over time where the latest word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

POLICY = dict(
    current_title="Senior Policy Adviser (SEO)",
    skills=["Policy development", "Ministerial submissions", "Stakeholder engagement", "Bills"],
    years_experience=8,
    resume_text=(
        "Civil servant, eight years in policy teams: ministerial submissions, a bill team "
        "through second reading, cross-government stakeholder work and spending review bids."
    ),
)
CYBER = dict(
    current_title="Cyber Security Analyst",
    skills=["SOC operations", "Splunk", "Incident response", "NCSC CAF", "Threat hunting"],
    years_experience=7,
    resume_text=(
        "Seven years in government and defence security operations centres: Splunk use cases, "
        "incident response, threat hunting and NCSC CAF assessments on classified networks."
    ),
)
DATA = dict(
    current_title="Senior Data Analyst",
    skills=["SQL", "Python", "Power BI", "Statistics", "Official statistics"],
    years_experience=6,
    resume_text=(
        "Data analyst in public bodies for six years: SQL and Python pipelines, Power BI "
        "dashboards for ministers and official statistics releases under the Code of Practice."
    ),
)
SYSENG = dict(
    current_title="Systems Engineer",
    skills=["Systems engineering", "Requirements management", "DOORS", "MOD acquisition"],
    years_experience=9,
    resume_text=(
        "Systems engineer with nine years on naval and land defence programmes: requirements in "
        "DOORS, interface control, verification and MOD acquisition gates."
    ),
)
PM = dict(
    current_title="Project Manager",
    skills=["PRINCE2", "Risk management", "Government digital delivery", "Budget control"],
    years_experience=10,
    resume_text=(
        "Project manager for ten years on government digital and estates programmes: PRINCE2, "
        "risk and issue logs, GDS service assessments and budgets up to 12 million."
    ),
)
FINANCE = dict(
    current_title="Finance Business Partner",
    skills=["Management accounts", "Budget setting", "Oracle", "Public sector finance"],
    years_experience=7,
    resume_text=(
        "CIMA-qualified finance business partner, seven years in NHS and council back offices: "
        "budget setting, month-end, Oracle ledgers and board reporting."
    ),
)


def case(name, opening, *people, note="") -> Case:
    """One opening and its people. ``opening`` carries the role key, the persona and the town
    everyone lives in unless a person says otherwise."""
    fields = dict(opening)
    role, persona, where = fields.pop("_role"), fields.pop("_persona"), fields.pop("_where")
    built = []
    for name_, grade, said, kw in people:
        kw = dict(kw)
        extra = {**persona, "location": kw.pop("loc", where)}
        built.append(
            P(
                name_,
                role,
                grade,
                *said,
                apps=kw.pop("a", ()),
                touches=kw.pop("t", ()),
                excluded=kw.pop("x", False),
                **extra,
            )
        )
    return C(name, role, built, note=note, **fields)


def p(name, grade, *said, **kw):
    """A person: name, grade, what they said (statements or (statement, days_ago)) and
    ``t`` touches, ``a`` applications, ``x`` excluded, ``loc`` where they live."""
    return (name, grade, said, kw)


# --- who wrote what -------------------------------------------------------------------------


def mail(days, words):
    return touch(days, "inbound", "replied", note=words, channel="email")


def sms(days, words):
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words):
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def rang(days, words):
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words):
    return touch(days, "outbound", None, "note", note=words, channel="other")


def final(days, note=None, role="Senior Data Analyst"):
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, past=None, role="Senior Data Analyst"):
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, past=None, stage="interview", role="Senior Data Analyst"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- the openings ---------------------------------------------------------------------------

SEO_POLICY_LONDON = dict(
    _role="manager",
    _persona=POLICY,
    _where="London, UK",
    title="Senior Policy Adviser (SEO), Department for Transport",
    department="Policy",
    seniority="senior",
    requirements="Policy development\nMinisterial submissions\nStakeholder engagement",
    description="Lead policy on rail reform; hybrid, 60% of the week at Great Minster House, "
    "Westminster. Permanent, Civil Service pension (alpha).",
    remote_policy="hybrid",
    location="London, UK",
    salary_min=41_000,
    salary_max=46_500,
    currency="GBP",
    offers=["Hybrid: three days a week at Great Minster House", "Civil Service pension (alpha)"],
)
HEO_DATA_LEEDS = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Leeds, UK",
    title="Data Analyst (HEO), DWP Digital",
    department="Analysis",
    seniority="mid",
    requirements="SQL\nPython\nPower BI\nStatistics",
    description="Analyse Universal Credit data for policy colleagues. Hybrid, two days a week "
    "at Quarry House, Leeds. SC clearance needed; we sponsor it.",
    remote_policy="hybrid",
    location="Leeds, UK",
    salary_min=36_500,
    salary_max=40_200,
    currency="GBP",
    offers=["Two days a week at Quarry House", "SC clearance sponsored"],
)
G7_CYBER_LONDON = dict(
    _role="sre",
    _persona=CYBER,
    _where="London, UK",
    title="Grade 7 Cyber Security Lead, Cabinet Office",
    department="Security",
    seniority="lead",
    requirements="SOC operations\nIncident response\nNCSC CAF\nSC clearance (DV desirable)",
    description="Lead a team of five analysts protecting cross-government services. Office "
    "based at 70 Whitehall four days a week. SC required, DV after start.",
    remote_policy="hybrid",
    location="London, UK",
    salary_min=58_000,
    salary_max=66_000,
    currency="GBP",
    offers=["Four days a week at 70 Whitehall", "Lead a team of five analysts"],
)
CANARY_FINANCE = dict(
    _role="cs",
    _persona=FINANCE,
    _where="London, UK",
    title="Finance Business Partner (SEO), Financial Conduct Authority",
    department="Finance",
    seniority="senior",
    requirements="Management accounts\nBudget setting\nOracle\nPublic sector finance",
    description="Partner two directorates on budgets. Hybrid, two days a week in Canary Wharf.",
    remote_policy="hybrid",
    location="London, UK",
    salary_min=52_000,
    salary_max=60_000,
    currency="GBP",
    offers=["Two days a week at Stratford/Canary Wharf office"],
)
BARROW_SYSENG = dict(
    _role="backend",
    _persona=SYSENG,
    _where="Barrow-in-Furness, UK",
    title="Senior Systems Engineer, submarine programme",
    department="Engineering",
    seniority="senior",
    requirements="Systems engineering\nRequirements management\nDOORS\nSC clearance, DV on start",
    description="On site in Barrow-in-Furness five days a week, with trips to Faslane and "
    "Devonport for trials. Permanent. Sole UK nationals only (DV).",
    remote_policy="onsite",
    location="Barrow-in-Furness, UK",
    salary_min=55_000,
    salary_max=68_000,
    currency="GBP",
    offers=["Permanent", "Final salary-style defined benefit pension"],
)
BRISTOL_PM = dict(
    _role="manager",
    _persona=PM,
    _where="Bristol, UK",
    title="Project Manager, Defence Equipment & Support, Abbey Wood",
    department="Delivery",
    seniority="senior",
    requirements="PRINCE2\nRisk management\nBudget control\nSC clearance",
    description="Run a land equipment project at MOD Abbey Wood, Filton. Hybrid, three days on "
    "site. Permanent civil service post.",
    remote_policy="hybrid",
    location="Bristol, UK",
    salary_min=48_000,
    salary_max=56_000,
    currency="GBP",
    offers=["Three days a week at Abbey Wood", "Permanent"],
)
CARDIFF_DATA = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Cardiff, UK",
    title="Statistician (SEO), Welsh Government",
    department="Knowledge and Analytical Services",
    seniority="senior",
    requirements="SQL\nPython\nStatistics\nOfficial statistics",
    description="Produce housing statistics for Wales. Hybrid, two days a week at Cathays Park, "
    "Cardiff. Welsh language skills welcome but not required.",
    remote_policy="hybrid",
    location="Cardiff, UK",
    salary_min=42_000,
    salary_max=48_900,
    currency="GBP",
    offers=["Two days a week at Cathays Park"],
)
NHS_FINANCE = dict(
    _role="cs",
    _persona=FINANCE,
    _where="Manchester, UK",
    title="Finance Manager (Band 7), NHS Shared Business Services",
    department="Finance",
    seniority="senior",
    requirements="Management accounts\nBudget setting\nOracle\nPublic sector finance",
    description="Back-office finance for three trusts, Agenda for Change Band 7. Hybrid, one "
    "day a week in Salford Quays. NHS Pension Scheme.",
    remote_policy="hybrid",
    location="Manchester, UK",
    salary_min=47_810,
    salary_max=54_710,
    currency="GBP",
    offers=["One day a week at Salford Quays", "NHS Pension Scheme"],
)
DC_CYBER = dict(
    _role="sre",
    _persona=CYBER,
    _where="Washington, DC, USA",
    title="Cyber Threat Analyst (GS-13 equivalent), federal contractor",
    department="Security",
    seniority="senior",
    requirements="SOC operations\nSplunk\nIncident response\nActive TS/SCI with CI poly",
    description="Support a DHS customer at a SCIF in Arlington, Virginia, five days on site. "
    "US citizens with an active TS/SCI only.",
    remote_policy="onsite",
    location="Arlington, VA, USA",
    salary_min=135_000,
    salary_max=160_000,
    currency="USD",
    offers=["On site in Arlington, VA", "401(k) match"],
)
DC_DATA_REMOTE = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Baltimore, MD, USA",
    title="Data Analyst (GS-12), US Census Bureau - remote",
    department="Analysis",
    seniority="mid",
    requirements="SQL\nPython\nStatistics\nPower BI",
    description="Survey data work for the American Community Survey. Public Trust clearance.",
    remote_policy="remote",
    location="Remote (USA)",
    salary_min=88_520,
    salary_max=115_079,
    currency="USD",
    offers=["Fully remote in the US", "Federal pension (FERS)"],
)
CANBERRA_DATA = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Canberra, ACT, Australia",
    title="APS 6 Data Analyst, Australian Bureau of Statistics",
    department="Analysis",
    seniority="mid",
    requirements="SQL\nPython\nStatistics\nBaseline clearance",
    description="Labour force statistics. Hybrid, three days a week at the ABS Canberra office "
    "in Belconnen. Ongoing (permanent) role.",
    remote_policy="hybrid",
    location="Canberra, ACT, Australia",
    salary_min=98_000,
    salary_max=110_000,
    currency="AUD",
    offers=["Three days a week in Belconnen", "15.4% employer super"],
)
CANBERRA_CYBER = dict(
    _role="sre",
    _persona=CYBER,
    _where="Canberra, ACT, Australia",
    title="EL1 Cyber Security Manager, Department of Defence",
    department="Security",
    seniority="manager",
    requirements="SOC operations\nIncident response\nNV1 clearance\nTeam leadership",
    description="Lead six APS 6 analysts at Russell Offices. On site (classified work). "
    "Australian citizens only; NV1 needed.",
    remote_policy="onsite",
    location="Canberra, ACT, Australia",
    salary_min=125_000,
    salary_max=140_000,
    currency="AUD",
    offers=["Lead six analysts", "15.4% super"],
)
OTTAWA_DATA = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Ottawa, ON, Canada",
    title="Data Analyst (EC-05), Statistics Canada",
    department="Analysis",
    seniority="mid",
    requirements="SQL\nPython\nStatistics\nBilingual BBB/BBB",
    description="Hybrid, three days a week at Tunney's Pasture, Ottawa. Reliability status.",
    remote_policy="hybrid",
    location="Ottawa, ON, Canada",
    salary_min=95_000,
    salary_max=112_000,
    currency="CAD",
    offers=["Three days a week at Tunney's Pasture", "Public Service Pension Plan"],
)
GATINEAU_PM = dict(
    _role="manager",
    _persona=PM,
    _where="Ottawa, ON, Canada",
    title="Project Manager (IT-04), Public Services and Procurement Canada",
    department="Delivery",
    seniority="senior",
    requirements="PRINCE2\nRisk management\nBudget control\nSecret clearance",
    description="Hybrid, three days at Place du Portage, Gatineau. Secret clearance. "
    "Indeterminate (permanent).",
    remote_policy="hybrid",
    location="Gatineau, QC, Canada",
    salary_min=110_000,
    salary_max=128_000,
    currency="CAD",
    offers=["Three days a week at Place du Portage, Gatineau", "Indeterminate"],
)
WELLINGTON_POLICY = dict(
    _role="manager",
    _persona=POLICY,
    _where="Wellington, New Zealand",
    title="Senior Policy Adviser, Ministry for the Environment",
    department="Policy",
    seniority="senior",
    requirements="Policy development\nCabinet papers\nStakeholder engagement",
    description="Freshwater policy. Hybrid, three days a week at the Wellington office on "
    "Lambton Quay. Permanent, KiwiSaver contribution.",
    remote_policy="hybrid",
    location="Wellington, New Zealand",
    salary_min=118_000,
    salary_max=138_000,
    currency="NZD",
    offers=["Three days a week on Lambton Quay", "KiwiSaver 3% employer contribution"],
)
FARNBOROUGH_CONTRACT = dict(
    _role="backend",
    _persona=SYSENG,
    _where="Farnborough, UK",
    title="Systems Engineer - 12 month contract, inside IR35",
    department="Engineering",
    seniority="senior",
    requirements="Systems engineering\nRequirements management\nDOORS\nSC clearance",
    description="Fixed 12-month contract with a defence prime in Farnborough, inside IR35 "
    "through an umbrella, GBP 550 a day. On site four days a week.",
    remote_policy="hybrid",
    location="Farnborough, UK",
    offers=["12-month contract", "GBP 550/day inside IR35"],
)
REMOTE_UK_DATA = dict(
    _role="data_eng",
    _persona=DATA,
    _where="Newcastle upon Tyne, UK",
    title="Senior Data Analyst (SEO), HM Land Registry - remote contract",
    department="Analysis",
    seniority="senior",
    requirements="SQL\nPython\nPower BI\nStatistics",
    description="Work from home anywhere in England and Wales; one team day a quarter in Plymouth.",
    remote_policy="remote",
    location="Remote (UK)",
    salary_min=44_000,
    salary_max=49_000,
    currency="GBP",
    offers=["Home-based", "One team day a quarter"],
)

PAST_WHITEHALL = dict(
    remote_policy="onsite", location="London, UK", salary_max=52_000, currency="GBP"
)
PAST_LEEDS_LOW = dict(
    remote_policy="hybrid", location="Leeds, UK", salary_max=34_000, currency="GBP"
)
PAST_ARLINGTON = dict(
    remote_policy="onsite", location="Arlington, VA, USA", salary_max=120_000, currency="USD"
)
PAST_CANBERRA = dict(
    remote_policy="onsite", location="Canberra, ACT, Australia", salary_max=95_000, currency="AUD"
)

# --- 1. opt-outs, each beside a scoped stop -------------------------------------------------

OPT_OUTS = [
    case(
        "erasure request under UK GDPR vs a subject access request",
        HEO_DATA_LEEDS,
        p(
            "Morwenna Tregarthen",
            0,
            t=[
                mail(
                    30,
                    "Under Article 17 UK GDPR I am asking you to erase all personal data you hold "
                    "on me and to stop contacting me. Please confirm in writing.",
                )
            ],
            x=True,
        ),
        p(
            "Idris Pemberton",
            2,
            t=[
                mail(
                    30,
                    "Could you send me a copy of what you hold on me (a SAR, I suppose)? Just "
                    "curious. Still keen on HEO analyst roles in Leeds, by the way.",
                )
            ],
        ),
    ),
    case(
        "'unsubscribe' by text vs unsubscribed from the newsletter only",
        CANARY_FINANCE,
        p("Tamsin Okonedo", 0, t=[sms(12, "UNSUBSCRIBE. dont contact me again")], x=True),
        p(
            "Felicity Arbuthnot",
            2,
            t=[
                mail(
                    12,
                    "I've unsubscribed from your monthly public-sector jobs newsletter - too much "
                    "email - but do call me about actual FBP roles.",
                )
            ],
        ),
    ),
    case(
        "LinkedIn 'stop messaging me' vs LinkedIn 'message me here, not my work email'",
        DC_CYBER,
        p(
            "Brandon Kowalewiczny",
            0,
            t=[li(25, "Not interested and please stop messaging me. Third time asking.")],
            x=True,
        ),
        p(
            "Darnell Whitfield",
            2,
            t=[
                li(
                    25,
                    "Hey - please reach me here on LinkedIn rather than at my .mil address, "
                    "that inbox is monitored. Open to SOC roles in NoVA.",
                )
            ],
        ),
    ),
    case(
        "agency DNC flag vs 'not for the Babcock roles'",
        BARROW_SYSENG,
        p(
            "Gareth Postlethwaite",
            0,
            t=[
                ats(
                    45,
                    "cand v unhappy w/ repeated calls. DNC applied at cand request. do not contact",
                )
            ],
            x=True,
        ),
        p(
            "Ewan Satterthwaite",
            2,
            t=[
                rang(
                    45,
                    "Spoke to cand - won't go back to Babcock after his last contract there, any "
                    "other prime is fine. Likes Barrow, lives in Dalton.",
                )
            ],
        ),
    ),
    case(
        "French: 'ne me contactez plus' vs 'pas par téléphone'",
        OTTAWA_DATA,
        p(
            "Geneviève Laframboise",
            0,
            t=[
                mail(
                    20,
                    "Bonjour, je vous demande de ne plus me contacter et de retirer mon dossier "
                    "de votre banque de candidats. Merci.",
                )
            ],
            x=True,
        ),
        p(
            "Maxime Thibodeau",
            2,
            t=[
                mail(
                    20,
                    "Bonjour, svp pas d'appels au bureau, je préfère les courriels. Toujours "
                    "intéressé par un poste d'analyste à Statistique Canada.",
                )
            ],
        ),
    ),
    case(
        "Welsh: 'peidiwch â chysylltu' vs Welsh-language correspondence please",
        CARDIFF_DATA,
        p(
            "Gwenllian Prydderch",
            0,
            t=[
                mail(
                    15,
                    "Peidiwch â chysylltu â mi eto, os gwelwch yn dda. Tynnwch fy manylion o'ch "
                    "system. / Please do not contact me again and remove my details.",
                )
            ],
            x=True,
        ),
        p(
            "Rhodri Llewelyn",
            2,
            t=[
                mail(
                    15,
                    "Diolch am gysylltu. Byddai'n well gen i ohebu yn Gymraeg os yn bosib. "
                    "Yes, still interested in analyst posts at Cathays Park.",
                )
            ],
        ),
    ),
    case(
        "te reo and English: a clear no vs 'kia ora, new email'",
        WELLINGTON_POLICY,
        p(
            "Aroha Tipene",
            0,
            t=[
                mail(
                    18,
                    "Kia ora. Please take me off your list and don't contact me again about "
                    "roles. Ngā mihi.",
                )
            ],
            x=True,
        ),
        p(
            "Wiremu Hohaia",
            2,
            t=[
                mail(
                    18,
                    "Kia ora koe, I've left MBIE so please use this personal address from now on. "
                    "Keen to hear about senior policy roles in Pōneke. Ngā mihi nui.",
                )
            ],
        ),
    ),
    case(
        "formal letter withdrawing consent vs a complaint that feedback is owed",
        SEO_POLICY_LONDON,
        p(
            "Cornelius Waddington",
            0,
            t=[
                mail(
                    60,
                    "Dear Sir or Madam, I hereby withdraw my consent for your organisation to "
                    "hold or process my data for recruitment purposes. I do not wish to be "
                    "approached about future vacancies. Yours faithfully, C. Waddington",
                )
            ],
            x=True,
        ),
        p(
            "Philippa Stanhope",
            2,
            t=[
                mail(
                    60,
                    "I interviewed for the SEO post in July and never heard back on my "
                    "behaviour scores. I'd appreciate feedback - and yes, I'd apply again.",
                )
            ],
        ),
    ),
    case(
        "recruiter note 'asked never to be contacted' vs 'no calls during duty hours'",
        CANBERRA_CYBER,
        p(
            "Lachlan Brindabella",
            0,
            t=[rang(40, "Cand asked to be removed entirely and never contacted again. Actioned.")],
            x=True,
        ),
        p(
            "Bronwyn Tuggeranong",
            2,
            t=[rang(40, "Cand says no calls 0800-1600 while on watch floor, SMS fine anytime.")],
        ),
    ),
    case(
        "whatsapp 'leave me alone' vs 'not contract, perm only'",
        G7_CYBER_LONDON,
        p(
            "Kwabena Asamoah-Dankwa",
            0,
            t=[sms(8, "mate leave me alone. no more jobs. im done with you lot")],
            x=True,
        ),
        p(
            "Oluwaseun Adeyinkaola",
            2,
            t=[sms(8, "no more contract stuff pls, only perm civil service. G7 would be ideal")],
        ),
    ),
    case(
        "Gatineau: 'retirez-moi de vos listes' vs only the weekly job alerts stopped",
        GATINEAU_PM,
        p(
            "Sylvain Desrochers",
            0,
            t=[mail(22, "Retirez-moi de toutes vos listes, je ne veux plus être sollicité.")],
            x=True,
        ),
        p(
            "Chantal Beauregard",
            2,
            t=[
                mail(
                    22,
                    "Please stop the weekly job alert emails - I'd rather you contact me "
                    "directly when something at PSPC comes up.",
                )
            ],
        ),
    ),
    case(
        "US candidate opts out by email vs spouse asks us to stop calling the home number",
        DC_DATA_REMOTE,
        p(
            "Courtney Haverford",
            0,
            t=[
                mail(
                    35,
                    "Remove me from your candidate database. I do not consent to further contact.",
                )
            ],
            x=True,
        ),
        p(
            "Jamal Pettigrew",
            2,
            t=[
                rang(
                    35,
                    "Wife answered the home line, asked we stop calling the house. Jamal "
                    "emailed after: cell or email is fine, still wants remote federal work.",
                )
            ],
        ),
    ),
]

# --- 2. waits, each against a twin whose wait has run out ----------------------------------

WAITS = [
    case(
        "three months' notice handed in this month vs notice served out in the summer",
        SEO_POLICY_LONDON,
        p(
            "Imogen Fairholme",
            1,
            (
                "Handed notice in last week, three months to serve - can't start "
                "anything before Feb.",
                10,
            ),
        ),
        p(
            "Hester Blackhollin",
            2,
            ("Handed notice in, three months to serve, so nothing before the summer.", 200),
        ),
    ),
    case(
        "not before the end of the financial year vs last year's year-end now past",
        NHS_FINANCE,
        p(
            "Declan Moorcroft",
            1,
            ("Not moving until after year-end close - so April at the earliest.", 30),
        ),
        p(
            "Niamh Gallcarrick",
            2,
            ("Not moving until year-end close is done, April at the earliest.", 260),
        ),
    ),
    case(
        "secondment ends in six months vs a secondment that finished",
        HEO_DATA_LEEDS,
        p(
            "Rosalind Hebblethwaite",
            1,
            t=[
                mail(
                    14,
                    "On a secondment to HMRC for another six months, can't leave before it ends.",
                )
            ],
        ),
        p(
            "Priyanka Chaudhry",
            2,
            t=[mail(14, "My secondment to HMRC finished in August, I'm back at base and looking.")],
        ),
    ),
    case(
        "after the May elections vs 'the election's over, free now'",
        CARDIFF_DATA,
        p("Bethan Cadwaladr", 1, ("Purdah and the Senedd election in May - not before then.", 20)),
        p(
            "Elin Vaughan-Rees",
            2,
            ("Snap council by-election done and dusted, free to talk whenever.", 20),
        ),
    ),
    case(
        "Welsh: 'ddim tan ar ôl y Pasg' vs a wait that has already passed",
        CARDIFF_DATA,
        p("Cerys Morgannwg", 1, ("Ddim tan ar ôl y Pasg, plîs - not until after Easter.", 25)),
        p("Ffion Rhydderch", 2, ("Ddim tan ar ôl y Pasg - not until after Easter.", 300)),
    ),
    case(
        "French: 'pas avant le printemps' vs 'disponible dès maintenant'",
        OTTAWA_DATA,
        p(
            "Étienne Gagnon-Roy",
            1,
            t=[mail(16, "Merci, mais pas avant le printemps: je termine un mandat à l'ASFC.")],
        ),
        p(
            "Audrey Lemieux",
            2,
            t=[mail(16, "Mon mandat à l'ASFC est terminé, je suis disponible dès maintenant.")],
        ),
    ),
    case(
        "parental leave back in March vs back from parental leave in May",
        CANBERRA_DATA,
        p("Matilda Yarralumla", 1, ("On parental leave until March, happy to chat then.", 40)),
        p("Harriet Kambah", 2, ("Back from parental leave as of May, looking now.", 180)),
    ),
    case(
        "after Q1 vs 'Q1 2026 done'",
        DC_DATA_REMOTE,
        p(
            "Garrett Lindstrandh",
            1,
            ("Not until after Q1 - contract option year decision then.", 10),
        ),
        p("Trevor Hollings", 2, ("Option year wasn't exercised, available now.", 10)),
    ),
    case(
        "te reo: 'ā te tau hou' (next year) vs a wait that already ran",
        WELLINGTON_POLICY,
        p("Mereana Tawhiri", 1, ("Kia ora - ā te tau hou pea, after the new year.", 12)),
        p("Hemi Poutama", 2, ("Kia ora - after the new year works for me.", 330)),
    ),
    case(
        "not until her DV comes through vs DV granted last month",
        BARROW_SYSENG,
        p(
            "Alistair Pennington",
            1,
            t=[
                rang(20, "DV renewal in progress, vetting said 6-9 months, won't move mid-process.")
            ],
        ),
        p(
            "Callum Fotheringham",
            2,
            t=[rang(20, "DV renewal granted in October, clear to move.")],
        ),
    ),
    case(
        "not before Christmas recess vs notes full of dates, no wait",
        SEO_POLICY_LONDON,
        p("Saoirse Delahunt", 1, ("Bill in committee - nothing till after Christmas recess.", 5)),
        p(
            "Rupert Ashwardine",
            2,
            t=[
                rang(
                    9,
                    "Cand: Bill had 2R on 14 Oct, committee 3-20 Nov, report stage 8 Dec. Has "
                    "lots on but happy to interview any time, just give a day's notice.",
                )
            ],
        ),
    ),
    case(
        "probation just begun vs a probation said months ago and now over",
        DC_CYBER,
        p(
            "Kendrick Ashby",
            1,
            ("Started at Booz two weeks ago - not moving till probation ends in six months.", 14),
        ),
        p(
            "Wesley Harrington",
            2,
            ("Started at Booz, not moving till probation ends in six months.", 260),
        ),
    ),
    case(
        "training course running into February vs an ATS log with dates that is no wait",
        NHS_FINANCE,
        p(
            "Siobhan McCreevagh",
            1,
            t=[
                mail(6, "Doing the CIMA strategic case study in Feb, not changing job before then.")
            ],
        ),
        p(
            "Ashok Ramaswamy",
            2,
            t=[
                ats(
                    6,
                    "Cand passed CIMA P3 on 12/08; CIMA exam dates 05/02, 19/05. Open to "
                    "offers now.",
                )
            ],
        ),
    ),
]

# --- 3. schedule, travel, visa and clearance, contract, commute -----------------------------

COMMUTES = [
    case(
        "Medway to Canary Wharf too far vs Greenwich over the Jubilee line fine",
        CANARY_FINANCE,
        p(
            "Jolene Sutcliffe",
            0,
            t=[rang(30, "Lives Gillingham - said 2hrs each way into E14 is a no, even two days.")],
            loc="Gillingham, UK",
        ),
        p(
            "Marcus Bellingham",
            2,
            t=[rang(30, "Greenwich - 15 mins on the Jubilee to Canary Wharf, very happy with it.")],
            loc="Greenwich, London, UK",
        ),
    ),
    case(
        "Blackwall Tunnel dread vs DLR fine",
        CANARY_FINANCE,
        p(
            "Terrence Osei",
            0,
            "Eltham to E14 means the Blackwall Tunnel or two changes, over an hour each way - "
            "said no to Canary Wharf even twice a week.",
            loc="Eltham, London, UK",
        ),
        p(
            "Yasmin Qureshi",
            2,
            "DLR from Lewisham gets me to Canary Wharf in 20 minutes - ideal.",
            loc="Lewisham, London, UK",
        ),
    ),
    case(
        "crossing the Potomac daily refused vs Metro from Rosslyn fine",
        DC_CYBER,
        p(
            "Chadwick Renner",
            0,
            "Lives in Bethesda - won't sit on the Beltway over the American Legion Bridge into "
            "Virginia every day.",
            loc="Bethesda, MD, USA",
        ),
        p(
            "Tiana Washburn",
            2,
            "Lives in Rosslyn, two Metro stops from Ballston - Arlington would be perfect.",
            loc="Arlington, VA, USA",
        ),
    ),
    case(
        "Ottawa to Gatineau over the Chaudière bridge fine vs Kanata to Gatineau refused",
        GATINEAU_PM,
        p(
            "Brigitte Charbonneau",
            2,
            t=[
                mail(
                    20,
                    "I live in Hintonburg, the Chaudière crossing to Place du Portage is "
                    "15 min by bike.",
                )
            ],
        ),
        p(
            "Graham Ferrier",
            0,
            t=[
                mail(
                    20,
                    "From Kanata, the Portage Bridge at rush hour is an hour-plus each way. Not "
                    "doing Gatineau three days a week.",
                )
            ],
            loc="Kanata, ON, Canada",
        ),
    ),
    case(
        "Hutt Valley line into Wellington fine vs Kāpiti 90 minutes refused",
        WELLINGTON_POLICY,
        p(
            "Ngaire Whitcrofton",
            2,
            "Lower Hutt - 20 minutes on the Hutt Valley line to Wellington station, easy.",
            loc="Lower Hutt, New Zealand",
        ),
        p(
            "Grant McAlister",
            0,
            "Paraparaumu to the CBD is 90 minutes door to door; max one day a week in town.",
            loc="Paraparaumu, New Zealand",
        ),
    ),
    case(
        "Severn bridge commute Bristol to Cardiff fine vs 'an hour max, M4 not included'",
        CARDIFF_DATA,
        p(
            "Dafydd Hopkins",
            2,
            "Bristol, happy to do the M4 over the Prince of Wales Bridge twice a week.",
            loc="Bristol, UK",
        ),
        p(
            "Lowri Hartnell",
            0,
            "Bristol based, won't commute over the bridge to Cardiff - tried it, never again.",
            loc="Bristol, UK",
        ),
    ),
    case(
        "Tuggeranong to Russell 25 minutes vs Yass on the Barton Highway too far",
        CANBERRA_CYBER,
        p(
            "Jarrah Wilcannia",
            2,
            "Tuggeranong - 25 mins up the Parkway to Russell, no problem with on-site.",
            loc="Tuggeranong, ACT, Australia",
        ),
        p(
            "Deborah Bungendore",
            0,
            "Moved out to Yass - 50 minutes each way down the Barton Highway, told us five days "
            "at Russell is too far.",
            loc="Yass, NSW, Australia",
        ),
    ),
    case(
        "Leeds: Harrogate train 35 min fine vs Sheffield 'too far for Quarry House'",
        HEO_DATA_LEEDS,
        p(
            "Martha Illingworth",
            2,
            "Harrogate line into Leeds is 35 mins, two days at Quarry House is fine.",
            loc="Harrogate, UK",
        ),
        p(
            "Conrad Stainforth",
            0,
            t=[
                rang(
                    30,
                    "Sheffield based - said Leeds two days a week is too far on Northern, "
                    "won't do.",
                )
            ],
            loc="Sheffield, UK",
        ),
    ),
    case(
        "Walney Island bridge queues don't matter vs Kendal over an hour",
        BARROW_SYSENG,
        p(
            "Rhona Dickinson",
            2,
            "Lives on Walney - Jubilee Bridge queues at shift change are fine, 10 min to the yard.",
            loc="Walney Island, UK",
        ),
        p(
            "Nigel Garstang",
            0,
            "Kendal to Barrow is an hour on the A590 each way; won't do it five days.",
            loc="Kendal, UK",
        ),
    ),
    case(
        "Virginia to Maryland across state lines refused vs remote role makes it moot",
        DC_DATA_REMOTE,
        p(
            "Lorraine Whitlock",
            2,
            "After two years crossing the Wilson Bridge to Suitland, only fully remote now.",
            loc="Alexandria, VA, USA",
        ),
        p("Cheyenne Barlow", 1, loc="Silver Spring, MD, USA"),
    ),
    case(
        "Thames crossing by ferry is fine vs Dartford crossing is a no",
        SEO_POLICY_LONDON,
        p(
            "Shona Mackintosh",
            2,
            "Takes the Uber Boat from Woolwich to Westminster pier - loves it, three days fine.",
            loc="Woolwich, London, UK",
        ),
        p(
            "Keith Ollerenshaw",
            0,
            "Grays, Essex: Dartford crossing plus c2c into town, 1h45 each way - no more than "
            "one day a week in the office.",
            loc="Grays, UK",
        ),
    ),
    case(
        "Staten Island ferry plus subway to a Manhattan field office vs two hours from Jersey",
        DC_CYBER.copy()
        | {
            "location": "New York, NY, USA",
            "description": "SOC analyst at a federal field "
            "office in Lower Manhattan, five days on site. Active TS/SCI.",
        },
        p(
            "Vincenzo Albanese",
            2,
            "St. George ferry then a short walk - 40 minutes door to door to Lower Manhattan.",
            loc="Staten Island, NY, USA",
        ),
        p(
            "Kimberly Ostrowski",
            0,
            "From Toms River it's two hours each way through the Holland Tunnel. Not doing it.",
            loc="Toms River, NJ, USA",
        ),
    ),
]

TRAVEL = [
    case(
        "overnights at Faslane welcome vs no overnights, kids",
        BARROW_SYSENG,
        p(
            "Fraser Kilbride",
            2,
            "Happy to do trials at Faslane and Devonport, overnights no issue.",
        ),
        p(
            "Gemma Hollinrake",
            0,
            "Single parent: no overnight stays away, can't do trials trips.",
        ),
    ),
    case(
        "40% travel across the territories refused vs fine",
        CANBERRA_DATA.copy()
        | {
            "description": "Labour force data with 40% travel to NT and WA "
            "regional offices. Hybrid, Belconnen.",
            "offers": ["40% travel to regional offices"],
        },
        p("Cameron Gungahlin", 0, "No more than the odd interstate trip - max 10% travel."),
        p("Sienna Fyshwick", 2, "Loves getting out to Darwin and Broome, travel is a plus."),
    ),
    case(
        "'don't mind driving between sites' vs no licence",
        BRISTOL_PM.copy()
        | {
            "description": "Run a land equipment project across Abbey Wood, "
            "Bovington and Warminster; driving between sites weekly (car allowance)."
        },
        p("Rowena Chipperfield", 2, "Happy driving between Abbey Wood and Salisbury Plain sites."),
        p("Jasper Quennell", 0, "Doesn't drive - no licence, relies on trains."),
    ),
    case(
        "no overnights (past employer) does not apply to a role without them",
        HEO_DATA_LEEDS,
        p(
            "Wendy Ackerley",
            2,
            "Left ONS because of the weekly overnights in Newport; wants a desk job with no "
            "stays away.",
        ),
        p("Lindsay Brearley", 1),
    ),
    case(
        "Canada: happy to go to Iqaluit vs 'pas de déplacements'",
        GATINEAU_PM.copy()
        | {
            "description": "Hybrid, three days at Place du Portage; trips to "
            "Iqaluit and Yellowknife each quarter for project sites."
        },
        p(
            "Patrice Lavallée",
            2,
            t=[mail(20, "Les déplacements dans le Nord, ça me plaît beaucoup.")],
        ),
        p(
            "Nathalie Bergeron",
            0,
            t=[mail(20, "Désolée, aucun déplacement pour moi cette année, raisons familiales.")],
        ),
    ),
    case(
        "US: TDY travel 25% welcome vs 'no TDY'",
        DC_CYBER.copy()
        | {
            "description": "SCIF in Arlington, five days, plus TDY to Fort "
            "Meade and San Antonio about 25% of the time."
        },
        p("Reginald Cofield", 2, "TDY is fine, did 30% at NSA Texas."),
        p("Brittany Okafor", 0, "Done with TDY - zero travel, home every night."),
    ),
    case(
        "NZ: regional travel to Gisborne fine vs flying makes her ill",
        WELLINGTON_POLICY.copy()
        | {
            "description": "Freshwater policy; regular travel to "
            "regional councils in Tairāwhiti and Canterbury. Hybrid, Lambton Quay."
        },
        p("Kiri Ngata", 2, "Travel to the regions is the best bit of the job, kei te pai."),
        p("Hamish Duthie", 0, "Won't take roles with regular domestic flights anymore."),
    ),
    case(
        "an occasional overnight: fine with the odd one vs no overnights at all",
        NHS_FINANCE.copy()
        | {
            "description": "Back-office finance for three trusts, Band 7; an overnight in Leeds "
            "at year-end and twice a year for audit."
        },
        p("Bernadette Quillerton", 2, "Fine with the odd overnight for year-end, just not weekly."),
        p("Ravinder Bhogal", 0, "Can't do any overnight stays - caring for his dad."),
    ),
    case(
        "travel share: 'up to 20% is ok' vs 'half the month away is ok'; role is 50%",
        BRISTOL_PM.copy()
        | {
            "description": "Land equipment project; away at trials ranges about "
            "half of each month (Kirkcudbright, Otterburn)."
        },
        p("Tobias Cheverton", 0, "Up to 20% travel max."),
        p("Isla Braithwaite", 2, "Happy to be away half the month - kids are grown."),
    ),
]

VISA = [
    case(
        "DV needs sole UK national: dual national vs sole British",
        BARROW_SYSENG,
        p(
            "Dimitri Stavrakopoulis",
            0,
            "Dual British-Greek national, won't renounce; was refused DV eligibility before.",
        ),
        p(
            "Harvey Longstaff",
            2,
            "British national only, held DV until 2024, happy to be re-vetted.",
        ),
    ),
    case(
        "needs Skilled Worker sponsorship vs settled status",
        HEO_DATA_LEEDS,
        p(
            "Ananya Seshadrinath",
            0,
            "On a Graduate visa ending in February, would need Skilled Worker sponsorship.",
        ),
        p("Oksana Hrytsenko", 2, "Has settled status (EUSS), no sponsorship needed."),
    ),
    case(
        "active TS/SCI vs clearance lapsed three years ago",
        DC_CYBER,
        p("Darius Fontaine", 2, "Active TS/SCI with full-scope poly, reinvestigated 2025."),
        p("Garrett Pulaski", 0, "TS lapsed when he left the Army in 2023, no poly."),
    ),
    case(
        "NV1 needs Australian citizenship: permanent resident vs citizen",
        CANBERRA_CYBER,
        p("Rajesh Venkataraman", 0, "PR only, citizenship ceremony maybe in two years."),
        p("Tegan Coolamon", 2, "Aussie citizen, held NV1 at ASD till 2025."),
    ),
    case(
        "Canada: work permit expiring vs Canadian citizen",
        OTTAWA_DATA,
        p(
            "Ifeoma Chukwuebuka-Obi",
            1,
            "Open work permit expires in March, PR application in progress.",
        ),
        p("Mathieu Pelletier", 2, "Citoyen canadien, cote de fiabilité déjà obtenue."),
    ),
    case(
        "NZ: needs a work visa vs NZ resident",
        WELLINGTON_POLICY,
        p("Olivia Thornbury", 0, "UK citizen, would need an Accredited Employer Work Visa."),
        p("Tama Rangihuna", 2, "NZ citizen, back from London and home for good."),
    ),
    case(
        "US citizen only: green card holder vs citizen",
        DC_CYBER,
        p("Viktor Lazarenko", 0, "Green card holder, naturalisation interview next year."),
        p("Samantha Whitlow", 2, "US citizen, born in Norfolk VA, TS/SCI active."),
    ),
    case(
        "SC: not yet five years' UK residence vs residency no issue",
        G7_CYBER_LONDON,
        p(
            "Luca Bianchini",
            0,
            "Only been in the UK two years - vetting said SC won't be possible yet.",
        ),
        p("Nadia Hussainy", 2, "Lived in the UK all her life, SC held at MOJ till 2029."),
    ),
    case(
        "sponsorship needed in the past, now ILR granted",
        HEO_DATA_LEEDS,
        p(
            "Chidi Okonkwo",
            2,
            ("Got ILR in September - no sponsorship needed anymore.", 60),
            a=[
                withdrew(
                    400, "other", "Needed Skilled Worker sponsorship; DWP couldn't sponsor at HEO"
                )
            ],
        ),
        p(
            "Jun Takahashi",
            0,
            a=[withdrew(200, "other", "Needs Skilled Worker sponsorship; couldn't sponsor at HEO")],
        ),
    ),
    case(
        "Secret clearance needed at PSPC: held in French vs never held",
        GATINEAU_PM,
        p("Julien Ouellet", 2, "Cote Secret active (niveau II) jusqu'en 2030."),
        p("Karine Dufresne", 1, "Never held a clearance, willing to apply."),
    ),
]

SCHEDULE = [
    case(
        "compressed hours wanted; role offers them vs no preference",
        NHS_FINANCE.copy() | {"offers": ["Compressed hours: 9-day fortnight", "NHS Pension"]},
        p("Eleanor Pickersgill", 2, "Wants a nine-day fortnight - school run on Fridays."),
        p("Damian Rourke", 1),
    ),
    case(
        "shift rota in the SOC refused vs fine with 24/7",
        G7_CYBER_LONDON.copy()
        | {
            "description": "Lead five analysts on the 24/7 SOC rota at "
            "70 Whitehall, including nights one week in four."
        },
        p("Jacinta Mulholland", 0, "No nights, no shifts - days only from now on."),
        p("Femi Adebowale-Ife", 2, "Nights on the SOC rota don't bother me, used to them at GCHQ."),
    ),
]


CONTRACT = [
    case(
        "permanent only vs contractor who wants contract; role is a fixed 12-month inside IR35",
        FARNBOROUGH_CONTRACT,
        p("Crawford Ellison", 0, "Perm only - a pension and stability, not another contract."),
        p(
            "Dominic Rawcliffe",
            2,
            "Contracting, fine inside IR35 via umbrella if the rate's right.",
        ),
    ),
    case(
        "fixed-term refused vs secondment welcome; role is permanent",
        SEO_POLICY_LONDON,
        p("Araminta Coverholt", 2, "Wants a permanent post - done with FTAs."),
        p("Bertrand Osgood", 1, "Open to loan or secondment."),
    ),
    case(
        "part-time 3 days wanted; role is full-time vs full-time fine",
        CANBERRA_DATA,
        p("Jessamy Holt", 0, "Only 0.6 FTE, three days a week, carer for her mum."),
        p("Callan Weston", 2, "Full-time is fine."),
    ),
    case(
        "outside IR35 only vs no IR35 view; role is inside",
        FARNBOROUGH_CONTRACT,
        p("Barnaby Trelawney", 0, "Outside IR35 only, won't go via umbrella."),
        p("Leighton Carver", 1),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    case(
        "wants Grade 7 pay but role is SEO vs SEO pay ask fits",
        SEO_POLICY_LONDON,
        p("Montgomery Fellhollin", 0, "Won't look at anything under £60k - wants G7 money."),
        p("Genevieve Ashdown", 2, "Looking for around £44k, London SEO rate is fine."),
    ),
    case(
        "currently paid above band but floor is within it",
        NHS_FINANCE,
        p(
            "Veronica Haslam",
            2,
            "On £58k at a private firm, but would take £50k for NHS pension and stability.",
        ),
        p("Clive Stanworth", 0, "Current £58k and won't go below it."),
    ),
    case(
        "day rate ask £650 against a £550 contract vs £500 ask",
        FARNBOROUGH_CONTRACT,
        p("Desmond Arkenshaw", 0, "Minimum £650/day inside, won't budge."),
        p("Rupinder Bains", 2, "Happy at £500-550 a day inside IR35."),
    ),
    case(
        "USD: GS-12 step 10 ask vs step 1 fine",
        DC_DATA_REMOTE,
        p("Whitney Caldwell", 2, "Wants about $95k, GS-12 step 1 or 2 would do."),
        p("Preston Vance", 0, "Need $140k minimum - private-sector rates only."),
    ),
    case(
        "AUD: EL1 pay ask vs APS 6 band fits",
        CANBERRA_DATA,
        p("Kirra Moruya", 0, "Only looking at EL1 money now, $135k plus super at least."),
        p("Declan Weetangera", 2, "APS 6 around $100k is what she's after."),
    ),
    case(
        "CAD: hourly rate ask vs annual band",
        OTTAWA_DATA,
        p("Francis Whitehorse", 2, "As a contractor was on $50/hour; salaried ~$100k would suit."),
        p("Rémi Castonnière", 0, "Won't go under $85 an hour, contractor rates only."),
    ),
    case(
        "NZD: underpaid, wants a step up that the band gives vs no preference",
        WELLINGTON_POLICY,
        p(
            "Anahera Paewai",
            2,
            "On $96k as an adviser; wants a senior adviser salary, $120k-ish.",
        ),
        p("Blair Hendry", 1),
    ),
]

# --- 5. work mode and negation --------------------------------------------------------------

MODE = [
    case(
        "remote only in the title: remote seeker vs office lover",
        {
            k: v
            for k, v in REMOTE_UK_DATA.items()
            if k not in ("remote_policy", "offers", "description")
        },
        p("Beatrix Honeysett", 2, "Home-based only - moved to Northumberland."),
        p("Quentin Leveret", 0, "Wants to be in an office full time, hates WFH."),
    ),
    case(
        "remote only in the description vs on-site lover",
        {k: v for k, v in REMOTE_UK_DATA.items() if k not in ("remote_policy", "offers")}
        | {"title": "Senior Data Analyst (SEO), HM Land Registry"},
        p("Harriet Elphick", 2, "WFH full time is a must after the move to Hexham."),
        p("Ivor Pengelly", 0, "Only on-site roles, five days in the office."),
    ),
    case(
        "hybrid days: max two days at Canary Wharf, role two vs wants five at home",
        CANARY_FINANCE,
        p("Clemency Aylward", 2, "Two days in Canary Wharf is my limit."),
        p("Ptolemy Barraclough", 0, "Fully remote only, no office days at all."),
    ),
    case(
        "'no problem with the office' vs 'no more office'",
        BRISTOL_PM,
        p("Orla Brannigan", 2, "No problem with three days at Abbey Wood."),
        p("Seamus Rafferty", 0, "No more office-based roles, home full time."),
    ),
    case(
        "French: 'télétravail complet seulement' on a hybrid Gatineau role vs 'hybride ok'",
        GATINEAU_PM,
        p(
            "Véronique Saint-Onge",
            0,
            t=[mail(30, "Je cherche du télétravail à 100%, rien d'autre.")],
        ),
        p(
            "Olivier Marchand",
            2,
            t=[mail(30, "Le mode hybride trois jours à Gatineau me convient.")],
        ),
    ),
    case(
        "on-site Russell Offices: wants on-site vs wants WFH",
        CANBERRA_CYBER,
        p("Nerida Jindabyne", 2, "Prefers being on site - classified work is better in person."),
        p("Toby Goulburn", 0, "Working from home is non-negotiable."),
    ),
]


NEGATIONS = [
    case(
        "trips to Washington fine vs no international travel (negation: not 'no travel')",
        G7_CYBER_LONDON.copy()
        | {
            "description": "Lead five analysts at 70 Whitehall; quarterly "
            "trips to Five Eyes partners in Washington and Ottawa."
        },
        p(
            "Anwen Pritchard",
            2,
            "Not against flying out to Five Eyes partners, enjoyed it at GCHQ.",
        ),
        p(
            "Crispin Ogilvy",
            0,
            "Can't travel abroad at all for the next few years - custody arrangement.",
        ),
    ),
    case(
        "negation: 'the money wasn't the problem, the office was' on a high-pay role",
        CANARY_FINANCE,
        p(
            "Rosamund Tarrant",
            2,
            "Money wasn't the problem at the FCA last time - five days in the office was. Two "
            "days is fine.",
        ),
        p("Lionel Pargeter", 0, "Pay is the issue - needs £70k+ to move."),
    ),
    case(
        "not remote-only (negation) on a hybrid Whitehall role",
        G7_CYBER_LONDON,
        p("Gideon Ashcrofton", 2, "Not looking for remote-only - likes the office buzz."),
        p("Petronella Vane", 0, "Remote only, no Whitehall days."),
    ),
    case(
        "scope of negation: 'not fussed about remote' on an on-site role",
        DC_CYBER,
        p("Leticia Moreland", 2, "Not fussed about remote - SCIF work is in person anyway."),
        p("Travis Underhill", 0, "Must be remote; won't do a SCIF again."),
    ),
]

# --- 6. location, managing, stage, mission, technology --------------------------------------

LOCATIONS = [
    case(
        "relocating to Canberra next month vs staying in Perth",
        CANBERRA_DATA,
        p(
            "Aisling Mulcreevy",
            2,
            "Partner's posted to Canberra, we're moving in December.",
            loc="Perth, WA, Australia",
        ),
        p("Kieran Mundaring", 0, "Won't leave Perth, family here.", loc="Perth, WA, Australia"),
    ),
    case(
        "willing to move to Barrow vs won't move north",
        BARROW_SYSENG,
        p(
            "Tristan Holcombe",
            2,
            "Would relocate to Cumbria for the right submarine role.",
            loc="Portsmouth, UK",
        ),
        p("Marcus Dunleavy", 0, "Staying in Hampshire, won't relocate.", loc="Portsmouth, UK"),
    ),
]


LEVEL = [
    case(
        "wants to lead a team: G7 lead role vs hands-on analyst only",
        G7_CYBER_LONDON,
        p("Ruth Abernethy", 2, "Ready to line manage - has been acting G7 for six months."),
        p("Samuel Okoro", 0, "Wants to stay hands-on, no line management."),
    ),
    case(
        "EL1 management: 'not opposed to managing' vs no management",
        CANBERRA_CYBER,
        p("Ashleigh Murrumbidgee", 2, "Not opposed to managing a team, did it at ASD."),
        p("Bryce Wagga", 0, "No people leadership, technical track only."),
    ),
]


STAGE_SIZE = [
    case(
        "wants a big department vs wants a small arm's-length body",
        SEO_POLICY_LONDON,
        p("Euan Lockhart", 2, "Wants a big department with a real policy portfolio."),
        p("Hilary Prestwich", 1, "Wants a small arm's-length body, fewer layers."),
    ),
    case(
        "wants NHS, refuses private vs no preference",
        NHS_FINANCE,
        p("Gillian Tattersall", 2, "Wants to stay in the NHS family, pension matters."),
        p("Trudy Blakemore", 1),
    ),
]


MISSION = [
    case(
        "refuses defence work vs wants defence",
        BARROW_SYSENG,
        p("Ottilie Bramblecote", 0, "Will not work on weapons or defence programmes - ethics."),
        p("Reuben Castleton", 2, "Wants defence work - proud of the submarine programme."),
    ),
    case(
        "wants a mission: environment vs none",
        WELLINGTON_POLICY,
        p("Manaia Tuhikaramea", 2, "Wants to work on freshwater and climate policy."),
        p("Gavin Strachan", 1),
    ),
    case(
        "immigration enforcement refused; this role is Census data (not enforcement)",
        DC_DATA_REMOTE,
        p(
            "Marisol Echazarreta",
            2,
            "Won't work for ICE or anything enforcement, but statistics agencies are fine.",
        ),
        p("Bradley Kincaid", 1),
    ),
]


TECH = [
    case(
        "wants Power BI vs refuses Power BI for SAS",
        HEO_DATA_LEEDS,
        p("Joanna Pickles", 2, "Wants to work in Python and Power BI."),
        p("Ambrose Cleverley", 0, "Only SAS - won't touch Power BI or Python."),
    ),
]

# --- 7. last time's reason, history, process ------------------------------------------------

LAST_TIME = [
    case(
        "declined over the Whitehall five-day office; this role is hybrid",
        SEO_POLICY_LONDON,
        p(
            "Horatio Blenkinthorpe",
            2,
            a=[
                declined(
                    300,
                    "remote_policy",
                    "Declined - five days at Whitehall",
                    PAST_WHITEHALL,
                    "Policy Adviser",
                )
            ],
        ),
        p("Cordelia Whitmore", 1),
    ),
    case(
        "declined over pay at £34k; new band £36.5-40k",
        HEO_DATA_LEEDS,
        p(
            "Kathryn Butterfield",
            2,
            a=[declined(240, "compensation", "Wanted £37k, band capped at £34k", PAST_LEEDS_LOW)],
        ),
        p("Vincent Aspinall", 1),
    ),
    case(
        "declined over pay at $120k; asked $170k, new band still tops out at $160k",
        DC_CYBER,
        p(
            "Clayton Brewster",
            0,
            a=[
                declined(
                    200, "compensation", "Asked $170k, max $120k", PAST_ARLINGTON, "Cyber Analyst"
                )
            ],
        ),
        p("Latoya Prescott", 2),
    ),
    case(
        "withdrew over on-site Canberra; this role is also on-site",
        CANBERRA_CYBER,
        p(
            "Bianca Wollongong",
            0,
            a=[
                withdrew(
                    180,
                    "remote_policy",
                    "Needed WFH 3 days; role fully on site",
                    PAST_CANBERRA,
                    role="Cyber Analyst",
                )
            ],
        ),
        p("Duncan Merimbula", 2),
    ),
    case(
        "withdrew over relocating to Leeds; now remote",
        REMOTE_UK_DATA,
        p(
            "Francesca Ormerod",
            2,
            a=[
                withdrew(
                    250,
                    "location",
                    "Wouldn't move to Leeds",
                    dict(remote_policy="onsite", location="Leeds, UK"),
                )
            ],
        ),
        p("Giles Wetherby", 1),
    ),
    case(
        "last time needed sponsorship; still does",
        HEO_DATA_LEEDS,
        p(
            "Arjun Malhavaria",
            0,
            "Still on a Graduate visa, would need sponsoring.",
            a=[withdrew(150, "other", "Needed sponsorship")],
        ),
        p("Elspeth Grieve", 2),
    ),
    case(
        "declined over commute via the Portage Bridge; still lives in Orleans",
        GATINEAU_PM,
        p(
            "Stéphane Lachance",
            0,
            "Toujours à Orléans - Gatineau trois jours, c'est non.",
            a=[
                declined(
                    200,
                    "location",
                    "Commute Orleans-Gatineau too long",
                    dict(remote_policy="hybrid", location="Gatineau, QC, Canada"),
                    "Project Manager",
                )
            ],
            loc="Orléans, ON, Canada",
        ),
        p("Lise Fortier", 2),
    ),
    case(
        "declined over no line management last time; this G7 role leads five",
        G7_CYBER_LONDON,
        p(
            "Ingrid Halvardsrud",
            2,
            a=[
                declined(
                    280,
                    "other",
                    "Turned down SEO analyst post - wanted a team to lead, role had no reports",
                    role="Cyber Analyst",
                )
            ],
        ),
        p("Barnabas Whitcroft", 1),
    ),
    case(
        "withdrew over the rail strike commute to Cathays Park; still says trains are the issue "
        "vs resolved by moving into Cardiff",
        CARDIFF_DATA,
        p(
            "Sioned Price",
            2,
            ("Moved to Roath in the summer - walk to Cathays Park now.", 100),
            a=[withdrew(330, "location", "Valleys line from Merthyr unreliable, 80 mins each way")],
        ),
        p(
            "Iestyn Maddox",
            0,
            ("Still in Merthyr, still on the Valleys line.", 40),
            a=[withdrew(330, "location", "Valleys line from Merthyr unreliable, 80 mins each way")],
            loc="Merthyr Tydfil, UK",
        ),
    ),
    case(
        "declined over no pension match (contractor) vs this role has a DB pension",
        BARROW_SYSENG,
        p(
            "Hamish Carnegie",
            2,
            a=[
                declined(
                    260,
                    "compensation",
                    "Turned down the contract - wanted perm with a proper pension",
                    role="Systems Engineer",
                )
            ],
        ),
        p("Rory Blackadder", 1),
    ),
]


HISTORY = [
    case(
        "rejected for lacking SC last year; now holds SC",
        G7_CYBER_LONDON,
        p(
            "Oscar Pendlebury",
            2,
            ("SC granted at MOJ in June.", 150),
            a=[app(400, "interview", "rejected", "other", "No SC and couldn't wait for vetting")],
        ),
        p("Phoebe Carrisbrook", 1),
    ),
    case(
        "skills gap in Python a year ago: now completed the course",
        HEO_DATA_LEEDS,
        p(
            "Lucinda Gott",
            2,
            ("Finished the ONS Data Science Campus Python course.", 90),
            a=[app(300, "interview", "rejected", "skills_gap", "Python too weak")],
        ),
        p(
            "Hubert Crowther",
            0,
            a=[app(40, "interview", "rejected", "skills_gap", "Python too weak, SQL weak")],
        ),
    ),
]


PROCESS = [
    case(
        "no-show at interview vs final-round silver medalist",
        NHS_FINANCE,
        p(
            "Derek Sowerby",
            0,
            a=[app(120, "interview", "rejected", "no_show", "Didn't attend interview, no contact")],
        ),
        p(
            "Yvonne Cartwright",
            2,
            a=[final(120, "Very close second - noted", role="Finance Manager")],
        ),
    ),
    case(
        "placed by us three months ago vs silver medalist",
        CANARY_FINANCE,
        p(
            "Imelda Rushworth",
            0,
            a=[app(90, "offer", "hired", None, "Placed at HMRC", role="Finance Business Partner")],
        ),
        p("Tabitha Greenhollin", 2, a=[final(200, role="Finance Business Partner")]),
    ),
]

# --- 8. latest word over several notes ------------------------------------------------------

LATEST = [
    case(
        "remote only then hybrid fine (latest) vs hybrid fine then remote only (latest)",
        CARDIFF_DATA,
        p(
            "Angharad Beddoe",
            2,
            ("Fully remote only, fwiw.", 300),
            ("Changed my mind - two days at Cathays Park is fine now.", 30),
        ),
        p(
            "Meirion Talfryn",
            0,
            ("Two days in Cardiff is fine.", 300),
            ("Actually I'm fully remote only now.", 30),
        ),
    ),
    case(
        "opted out then took it back (latest) vs no history",
        CANBERRA_DATA,
        p(
            "Jemima Nowra",
            2,
            t=[
                mail(200, "Please don't contact me again."),
                mail(20, "Sorry for being short earlier - happy to hear about APS 6 roles now."),
            ],
        ),
        p("Simone Dubbo", 1),
    ),
    case(
        "pay ask raised above the band (latest) vs lowered into it",
        SEO_POLICY_LONDON,
        p(
            "Ophelia Brackenbury",
            0,
            ("£44k is fine.", 250),
            ("After the counter-offer I'd need £55k.", 20),
        ),
        p(
            "Edmund Thackeray",
            2,
            ("Needs £55k.", 250),
            ("Could do £45k for a permanent SEO.", 20),
        ),
    ),
    case(
        "relocation refused then agreed (latest) vs agreed then refused",
        BARROW_SYSENG,
        p(
            "Percival Wragg",
            2,
            ("Not moving to Cumbria.", 300),
            ("We've decided to move north - Barrow's on the list.", 15),
            loc="Reading, UK",
        ),
        p(
            "Gregory Meadowcroft",
            0,
            ("Would move to Barrow.", 300),
            ("Wife's job means we're staying in Reading.", 15),
            loc="Reading, UK",
        ),
    ),
    case(
        "nights refused then fine vs fine then refused",
        G7_CYBER_LONDON.copy()
        | {"description": "Lead the 24/7 SOC rota, nights one week in four."},
        p(
            "Valentina Moretti",
            2,
            ("No nights.", 280),
            ("Kids older now, nights are fine.", 25),
        ),
        p(
            "Reginald Thorpe",
            0,
            ("Nights fine.", 280),
            ("No more nights - health.", 25),
        ),
    ),
    case(
        "te reo latest: 'kāore' then 'āe' vs 'āe' then 'kāore'",
        WELLINGTON_POLICY,
        p(
            "Rangi Paratene-Hohaia",
            2,
            t=[
                mail(210, "Kāore, not right now - settling in at DIA."),
                mail(18, "Āe, kia ora - ready to look at senior adviser roles now."),
            ],
        ),
        p(
            "Tui Kereama",
            1,
            t=[
                mail(210, "Āe, keen."),
                mail(18, "Kāore, just accepted a role at Treasury. Check back in 2028."),
            ],
        ),
    ),
    case(
        "clearance latest: 'lapsed' then 'renewed'",
        DC_CYBER,
        p(
            "Nathaniel Brooks",
            2,
            ("TS/SCI lapsed.", 300),
            ("TS/SCI reinstated, sponsored by Leidos.", 30),
        ),
        p("Jerome Whitaker", 0, ("TS/SCI active.", 300), ("TS/SCI lapsed in August.", 30)),
    ),
    case(
        "contract: perm only then open to contract (latest)",
        FARNBOROUGH_CONTRACT,
        p(
            "Ignatius Pell",
            2,
            ("Perm only, cheers.", 290),
            ("Open to inside-IR35 contracts now.", 20),
        ),
        p(
            "Raymond Dorkin",
            0,
            ("Happy to contract.", 290),
            ("Perm only now - mortgage.", 20),
        ),
    ),
    case(
        "commute: Gatineau refused, then moved to Aylmer (latest)",
        GATINEAU_PM,
        p(
            "Danielle Rousseau",
            2,
            ("Gatineau trop loin.", 300),
            ("Déménagée à Aylmer, Gatineau c'est parfait maintenant.", 20),
            loc="Gatineau, QC, Canada",
        ),
        p("Martin Tremblay", 1),
    ),
    case(
        "wait: 'whenever' then 'after March' (latest) vs 'after March' then 'now'",
        NHS_FINANCE,
        p(
            "Priscilla Haworth",
            1,
            ("Whenever suits.", 200),
            ("Actually not until after March.", 20),
        ),
        p(
            "Leonard Bagshaw",
            2,
            ("Not until after March.", 200),
            ("Plans changed - available now.", 20),
        ),
    ),
    case(
        "three notes: wants Azure, then AWS, then 'Azure again - new GovCloud programme' latest",
        DC_DATA_REMOTE.copy()
        | {"description": "Survey data work on Azure Government (Synapse, Power BI)."},
        p(
            "Deandra Culpepper",
            2,
            ("Wants Azure work.", 400),
            ("Leaning to AWS now.", 200),
            ("Back to Azure - loved the Azure Government project.", 20),
        ),
        p(
            "Harlan Stroud",
            0,
            ("Azure is fine.", 400),
            ("Done with Microsoft - AWS only from here.", 20),
        ),
    ),
    case(
        "three notes, travel: no travel, then fine, then no again (latest)",
        BRISTOL_PM.copy()
        | {
            "description": "Land equipment project; trials trips to Otterburn and Kirkcudbright "
            "about a third of the time."
        },
        p(
            "Philippa Goodhollin",
            0,
            ("No travel.", 500),
            ("Travel fine now.", 250),
            ("Baby due in spring - no trips away at all.", 15),
        ),
        p("Cecily Ansell", 2, ("Happy to travel to trials ranges.", 60)),
    ),
]


HELDOUT57_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *COMMUTES,
    *TRAVEL,
    *VISA,
    *SCHEDULE,
    *CONTRACT,
    *PAY,
    *MODE,
    *NEGATIONS,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the commutes are its COMMUTES, the work mode its MODE and the latest word its LATEST; last
# time's reason, resolved or still standing, is the file's LAST_TIME list, and the history with
# us its HISTORY.
COMMUTE, WORK_MODE, LATEST_WORD = COMMUTES, MODE, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
