"""Held-out rediscovery cases, twenty-ninth set: the aid, foundation and university world's own
words, written by a twenty-ninth stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 29") and never tuned to what Encore does. The recruiters are a small
talent team shared by international NGOs, a humanitarian agency, two grant-making foundations and
a university research institute, hiring in Geneva, Nairobi, Amman, London, Ottawa, Dhaka, Cox's
Bazar and Bogotá. The people are grants and programme managers, MEAL officers, logisticians,
country directors, major-gifts officers, policy advisers, postdocs and research fellows, lab
managers and lecturers. Their words come in many voices: terse ATS shorthand with abbreviations
and typos ("cand", "DNC", "R&R", "NFDS", "TA", "FTC", "pls"), lower-case WhatsApp texts,
LinkedIn replies, long rambling call notes full of dates that ask for no wait, a recruiter's
third-person hand-over, a formal letter under the Swiss data-protection act, and lines in
French, Spanish, Arabic, Bangla and Swahili. The money and calendars are the sector's: UN grades
(P3, P4, P5, NOC) and steps, consultancy day rates in US dollars, CHF salaries, KES and COP a
month, hardship and danger pay, family and non-family duty stations, R&R cycles, rotations and
deployments, fixed-term grant-funded posts and renewals, tenure track, sabbaticals and the
academic year, ERC and NIH deadlines, Ramadan and the two Eids, Pohela Boishakh, Durga Puja and
Semana Santa.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a donor-and-candidate CRM erasure, Spanish on WhatsApp, French, Arabic, Bangla and
   Swahili, a recruiter's DNC after a mass mailing, a researcher leaving academia for good, a
   letter under the Swiss data-protection act, "unsubscribe. all of it.", a lab manager retiring):
   never shown; beside each a donor-appeal unsubscribe, WhatsApp rather than email, no calls to
   the office, no non-family postings, email rather than phone, messages after five, a lab left
   but not research, a data-access request, a newsletter unsubscribe, and a husband's stop that
   is not hers;
2. waits counted from the day said, each against a twin whose wait has run out: a deployment to
   the end of January, a grant-funded contract to March, Ramadan and Eid al-Fitr, a sabbatical,
   an ERC deadline, an NIH resubmission, Semana Santa, Pohela Boishakh against Durga Puja, a UN
   temporary appointment, rest after an emergency response, maternity leave and a tenure decision;
3. schedule, travel, visa and clearance, contract form, commute: rotational rosters and R&R,
   a Sunday-to-Thursday week in Amman, evening teaching, on-call security duty, Sabbath and lab
   weekends, regional travel, donor trips and flying, field travel in Colombia, a partner's
   grumbles; Swiss permits, SC clearance, Canadian PR, nationals-only NOC posts, a Colombian right
   to work; fixed-term and grant-funded posts, consultancy against staff, part-time, tenure
   track, indeterminate against term; Nairobi, Geneva, Dhaka and Brighton commutes;
4. pay against the band: a UN grade and step, a consultancy day rate, CHF, KES a month, mission
   over money, COP a month and an all-in ask that counts hardship pay;
5. negation and scope ("not against a non-family posting", "the hardship wasn't the issue", "no me
   molesta el terreno", "wouldn't say no to managing people", "not only Geneva");
6. work mode only in the title, the description, the offers, a French location and the policy
   field; location and relocation (a spouse's posting, a carjacking, Montreal against Toronto, a
   husband's move she is not following, Cox's Bazar, Cali);
7. level (deputy to country director, an independent research line, the bench, leading a
   fundraising team), organisation size and stage, mission (an arms-linked donor, refugee
   education, border-deterrence money, faith-based agencies, burnout after emergency responses,
   applied research) and tools (KoboToolbox and Power BI, Salesforce against Raiser's Edge, Stata
   against Python);
8. last time's reason resolved by this post or still standing (a non-family station, a grade, a
   consultancy without benefits, a defence-linked funder, office days, vetting), the history
   with us (a safeguarding concern, Arabic since improved, an evacuation mistaken for a no-show,
   a weak budget test, talking over national staff) and the latest process (a final round
   against a screen, a placement made six weeks ago, two counter-offers, an offer pulled by a
   stop-work order);
9. several notes over time where the latest word counts: a non-family posting refused then fine
   and the reverse, an opt-out taken back and a "keep me posted" hardened into one, a pay ask
   raised and lowered, a move to Dhaka refused then wanted, consultancy-only then a staff post.

Hard cases a careful human still gets right are mixed in: a husband's or a partner's words that
are not the candidate's, an all-in ask against a base band plus hardship pay, a past employer's
travel this post does not have, a Friday refusal in a Sunday-to-Thursday week, a fixed-term
refusal that allows two years, a donor-appeal unsubscribe, and a recruiter's own view beside
the candidate's word.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

GRANTS = dict(
    current_title="Grants Manager",
    skills=["Donor reporting", "Proposal writing", "Grant budgets", "ECHO and FCDO compliance"],
    years_experience=8,
    resume_text=(
        "Grants manager, eight years with international NGOs: proposals and budgets for ECHO, "
        "FCDO, BHA and Swiss Development Cooperation, donor reporting, sub-grant compliance and "
        "audits across a portfolio of twenty grants."
    ),
)
MEAL = dict(
    current_title="MEAL Officer",
    skills=["Monitoring and evaluation", "Logframes", "KoboToolbox", "Data quality audits"],
    years_experience=5,
    resume_text=(
        "MEAL officer, five years on cash, protection and education programmes: logframes and "
        "indicator tracking, KoboToolbox surveys, post-distribution monitoring, accountability "
        "and feedback mechanisms, and data-quality audits."
    ),
)
LOGISTICIAN = dict(
    current_title="Logistics Coordinator",
    skills=["Procurement", "Warehouse management", "Fleet management", "Emergency supply chain"],
    years_experience=9,
    resume_text=(
        "Humanitarian logistician, nine years in emergencies and protracted crises: procurement "
        "to donor rules, warehouses and pipelines, fleet and fuel, customs clearance and "
        "prepositioning for cyclone and flood responses."
    ),
)
DIRECTOR = dict(
    current_title="Deputy Country Director",
    skills=["Country programme leadership", "Security management", "Donor relations", "Budgets"],
    years_experience=15,
    resume_text=(
        "Fifteen years in humanitarian and development programming, the last four as deputy "
        "country director: a country budget of USD 30M, senior management team, security "
        "management, donor and government relations."
    ),
)
GIFTS = dict(
    current_title="Major Gifts Officer",
    skills=["Major donor fundraising", "Donor stewardship", "Gift agreements", "Raiser's Edge"],
    years_experience=7,
    resume_text=(
        "Major gifts fundraiser, seven years at charities and a university development office: "
        "a portfolio of 120 major donors, six- and seven-figure asks, stewardship plans, gift "
        "agreements and trustee events."
    ),
)
POLICY = dict(
    current_title="Humanitarian Policy Adviser",
    skills=["Policy analysis", "Advocacy", "International humanitarian law", "Briefing papers"],
    years_experience=6,
    resume_text=(
        "Policy adviser, six years on humanitarian access and protection of civilians: briefing "
        "papers, Security Council and member-state advocacy, IHL analysis and coalition work in "
        "Geneva and New York."
    ),
)
POSTDOC = dict(
    current_title="Postdoctoral Research Fellow",
    skills=["Epidemiology", "R", "Stata", "Grant writing", "Household surveys"],
    years_experience=4,
    resume_text=(
        "Epidemiologist, PhD and four years of postdoctoral research on nutrition and infectious "
        "disease in displaced populations: household surveys, cohort analysis in R and Stata, "
        "six first-author papers and co-applicant on two funded grants."
    ),
)
LAB = dict(
    current_title="Laboratory Manager",
    skills=["Biosafety", "Lab procurement", "LIMS", "Staff training", "Equipment maintenance"],
    years_experience=10,
    resume_text=(
        "Laboratory manager, ten years in university molecular biology labs: BSL-2 biosafety, "
        "purchasing and budgets, LIMS, freezer and equipment maintenance, training students and "
        "technicians."
    ),
)
LECTURER = dict(
    current_title="Lecturer in International Development",
    skills=["Teaching", "Curriculum design", "Research supervision", "Qualitative methods"],
    years_experience=9,
    resume_text=(
        "Lecturer, nine years teaching development and humanitarian studies: module leadership, "
        "MSc dissertation supervision, qualitative fieldwork in East Africa and South Asia, and "
        "peer-reviewed publications."
    ),
)
PROGRAMME = dict(
    current_title="Programme Manager",
    skills=["Programme cycle management", "Partner management", "Budget management", "Response"],
    years_experience=9,
    resume_text=(
        "Programme manager, nine years with INGOs: multi-sector programmes with local partners, "
        "budgets up to USD 8M, teams of forty, and emergency responses to floods, displacement "
        "and conflict."
    ),
)


def roster(profile: str, persona: dict | None = None, where: str = "Geneva, Switzerland"):
    """People of one kind on the team's books: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, words) -> dict:
    """A recruiter's note typed into the ATS, often in shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A recruiter's note of a phone or video call."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def mail(days, words) -> dict:
    """The candidate's email, as sent."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def wa(days, words) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def runner_up(days, note=None, *, role="Grants Manager") -> dict:
    """Reached the final panel and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Grants Manager") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def stepped_back(days, reason, note, *, stage="interview", past=None, role="Grants Manager"):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def post(what: dict, where: dict, **more) -> dict:
    """An opening: what the post is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the posts are ---------------------------------------------------------------------

GRANTS_POST = dict(
    title="Grants Manager",
    department="Programme Funding",
    seniority="senior",
    requirements="Institutional donor reporting\nProposal writing\nGrant budgets\nCompliance",
    description="Run the grant portfolio of a humanitarian NGO: proposals, donor reports and "
    "compliance for ECHO, FCDO and Swiss funding.",
)
MEAL_POST = dict(
    title="MEAL Manager",
    department="Programme Quality",
    seniority="senior",
    requirements="Monitoring and evaluation\nLogframes\nKoboToolbox\nData quality",
    description="Lead monitoring, evaluation, accountability and learning across the country "
    "programme.",
)
LOGS_POST = dict(
    title="Logistics Coordinator",
    department="Supply Chain",
    seniority="senior",
    requirements="Humanitarian procurement\nWarehouse management\nFleet management\nDonor rules",
    description="Run procurement, warehousing and fleet for an emergency response.",
)
CD_POST = dict(
    title="Country Director",
    department="Country Programme",
    seniority="director",
    requirements="Country programme leadership\nSecurity management\nDonor relations\nBudgets",
    description="Lead the country programme, its senior management team and its security.",
)
GIFTS_POST = dict(
    title="Major Gifts Manager",
    department="Fundraising",
    seniority="senior",
    requirements="Major donor fundraising\nStewardship\nGift agreements\nCRM discipline",
    description="Grow income from major donors and philanthropists for an international charity.",
)
POLICY_POST = dict(
    title="Senior Humanitarian Policy Adviser",
    department="Policy and Advocacy",
    seniority="senior",
    requirements="Humanitarian policy\nAdvocacy\nIHL\nWriting for decision-makers",
    description="Shape the organisation's positions on humanitarian access and protection.",
)
FELLOW_POST = dict(
    title="Research Fellow in Humanitarian Epidemiology",
    department="Global Health Institute",
    seniority="mid",
    requirements="PhD in epidemiology\nR or Stata\nField surveys\nPublication record",
    description="Run surveys and cohort analyses on nutrition and disease among displaced people.",
)
LAB_POST = dict(
    title="Laboratory Manager",
    department="Molecular Microbiology",
    seniority="senior",
    requirements="Biosafety\nLab procurement\nLIMS\nTraining staff",
    description="Keep a 30-person university research lab safe, stocked and running.",
)
LECTURER_POST = dict(
    title="Lecturer in Humanitarian Studies",
    department="School of International Development",
    seniority="mid",
    requirements="PhD\nTeaching experience\nResearch in humanitarian or development studies",
    description="Teach and convene modules on the MSc in Humanitarian Studies, supervise "
    "dissertations and publish.",
)
PM_POST = dict(
    title="Programme Manager",
    department="Programmes",
    seniority="senior",
    requirements="Programme cycle management\nPartner management\nBudget management\nResponse",
    description="Manage a multi-sector programme with local partners.",
)

# --- where and how they are worked ----------------------------------------------------------

GENEVA_HYBRID = dict(
    remote_policy="hybrid",
    location="Geneva, Switzerland",
    offers=["Hybrid: three days a week at our office near Place des Nations"],
)
GENEVA_ONSITE = dict(remote_policy="onsite", location="Geneva, Switzerland")
NAIROBI_ONSITE = dict(remote_policy="onsite", location="Nairobi, Kenya")
NAIROBI_HYBRID = dict(
    remote_policy="hybrid",
    location="Nairobi, Kenya",
    offers=["Hybrid: three days a week at the Westlands office"],
)
AMMAN_ONSITE = dict(remote_policy="onsite", location="Amman, Jordan")
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week at our Farringdon office"],
)
LONDON_ONSITE = dict(remote_policy="onsite", location="London, UK")
OTTAWA_HYBRID = dict(
    remote_policy="hybrid",
    location="Ottawa, Canada",
    offers=["Hybrid: three days a week on campus"],
)
OTTAWA_ONSITE = dict(remote_policy="onsite", location="Ottawa, Canada")
DHAKA_ONSITE = dict(remote_policy="onsite", location="Dhaka, Bangladesh")
COXS_BAZAR_ONSITE = dict(remote_policy="onsite", location="Cox's Bazar, Bangladesh")
BOGOTA_ONSITE = dict(remote_policy="onsite", location="Bogotá, Colombia")
BOGOTA_HYBRID = dict(
    remote_policy="hybrid",
    location="Bogotá, Colombia",
    offers=["Híbrido: martes y jueves en la oficina de Chapinero"],
)
HOME_BASED = dict(remote_policy="remote", location="Home-based (any time zone UTC-5 to UTC+6)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "delete me from every system vs take me off the donor appeals, jobs still welcome",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Philippa Ashworth-Nkemelu",
                0,
                touches=[
                    mail(
                        55,
                        "Please delete me from your systems entirely - the candidate record, the "
                        "supporter database, the alumni mailing, all of it. I shan't be applying "
                        "to the charity again and I do not want recruitment emails.",
                    )
                ],
                excluded=True,
            ),
            roster("sales", GIFTS, "London, UK")(
                "Rosalind Okonkwo-Pryce",
                2,
                touches=[
                    mail(
                        55,
                        "Could someone take me off the Christmas appeal mailings? I gave once in "
                        "2019 and now get four letters a month. I'm still very keen to hear "
                        "about major gifts jobs though - I assume that's a different list!",
                    )
                ],
            ),
        ],
        **post(GIFTS_POST, LONDON_HYBRID),
    ),
    C(
        "Spanish on WhatsApp: don't write to me again vs not on WhatsApp, email me",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Mariana Quintero Arbeláez",
                0,
                touches=[
                    wa(
                        35,
                        "Por favor no me vuelvan a escribir. Ya no me interesa trabajar con "
                        "ustedes ni que me tengan en su base de datos.",
                    )
                ],
                excluded=True,
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Daniela Cifuentes Rojas",
                2,
                touches=[
                    wa(
                        35,
                        "Porfa no me escriban por WhatsApp, es mi número personal. Mejor al "
                        "correo, sigo muy interesada en cargos de MEAL.",
                    )
                ],
            ),
        ],
        **post(MEAL_POST, BOGOTA_HYBRID),
    ),
    C(
        "French: erase my data, no further contact vs don't ring me at the office",
        "cs",
        [
            roster("cs", POLICY)(
                "Anne-Sophie Rochat-Meylan",
                0,
                touches=[
                    mail(
                        80,
                        "Madame, Monsieur, je vous prie de supprimer l'ensemble de mes données "
                        "et de ne plus me contacter, ni par courriel ni par téléphone. "
                        "Cordialement.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", POLICY)(
                "Delphine Favre-Bulliard",
                2,
                touches=[
                    mail(
                        80,
                        "Merci de ne plus m'appeler sur ma ligne au bureau, mon chef est juste "
                        "à côté ! Écrivez-moi plutôt sur mon adresse perso, les postes de "
                        "conseillère m'intéressent toujours.",
                    )
                ],
            ),
        ],
        **post(POLICY_POST, GENEVA_HYBRID),
    ),
    C(
        "recruiter's note: no further contact, full stop vs none about Mogadishu posts",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Fatuma Abdikadir Hersi",
                0,
                touches=[
                    ats(
                        40,
                        "Fatuma rang the office, upset after the 3rd bulk email in a week. "
                        "Wants no further contact from our recruitment team, full stop. Flag "
                        "DNC and take her out of all talent campaigns.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Achieng Atieno Ouma",
                2,
                touches=[
                    ats(
                        40,
                        "Achieng rang the office: wants no further contact about Mogadishu-based "
                        "posts (non-family, two kids under 5). Nairobi roles very welcome, she "
                        "asked about the log coordinator opening specifically.",
                    )
                ],
            ),
        ],
        **post(LOGS_POST, NAIROBI_ONSITE),
    ),
    C(
        "Arabic: never contact me again about jobs vs email me instead of calling",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Rawan Al-Momani",
                0,
                touches=[
                    wa(
                        60,
                        "من فضلكم لا تراسلوني بعد الآن بخصوص الوظائف، ولا تحتفظوا بسيرتي الذاتية.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Dima Al-Khatib Haddadin",
                2,
                touches=[
                    wa(
                        60,
                        "أرجو التواصل معي عبر البريد الإلكتروني بدلاً من الهاتف، فأنا في "
                        "الميدان معظم الأسبوع. ما زلت مهتمة بوظائف إدارة البرامج.",
                    )
                ],
            ),
        ],
        **post(PM_POST, AMMAN_ONSITE),
    ),
    C(
        "Bangla: don't contact me about any job vs not by phone, by email",
        "cs",
        [
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Tahmina Sultana Chowdhury",
                0,
                touches=[wa(45, "আমাকে আর কোনো চাকরির বিষয়ে যোগাযোগ করবেন না।")],
                excluded=True,
            ),
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Nusrat Jahan Mollick",
                2,
                touches=[
                    wa(
                        45,
                        "ফোনে নয়, ইমেইলে যোগাযোগ করুন, ধন্যবাদ। প্রোগ্রাম ম্যানেজার পদে আমি এখনও আগ্রহী।",
                    )
                ],
            ),
        ],
        **post(PM_POST, DHAKA_ONSITE),
    ),
    C(
        "Swahili: don't message me again vs message me after five",
        "cs",
        [
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Wanjiku Gathoni Muriithi",
                0,
                touches=[wa(30, "Tafadhali usinitumie ujumbe tena. Sitaki kuwasiliana nanyi.")],
                excluded=True,
            ),
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Nyokabi Wambui Kariuki",
                2,
                touches=[
                    wa(
                        30,
                        "Tafadhali nitumie ujumbe baada ya saa kumi na moja jioni, niko kazini "
                        "mchana. Nafasi ya grants bado inanivutia sana.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, NAIROBI_HYBRID),
    ),
    C(
        "left academia for good, close my file vs left the lab, not research",
        "data_eng",
        [
            roster("data_eng", POSTDOC, "London, UK")(
                "Imogen Fairweather-Lal",
                0,
                touches=[
                    ats(
                        70,
                        "Imogen has left academia for good - retraining as a secondary maths "
                        "teacher from January. She asked us to close her file and not approach "
                        "her with research posts ever again.",
                    )
                ],
                excluded=True,
            ),
            roster("data_eng", POSTDOC, "London, UK")(
                "Harriet Mwangi-Sutcliffe",
                2,
                touches=[
                    ats(
                        70,
                        "Harriet has left her lab (PI retired, group wound up) but not "
                        "research. Asked us to close the old application and keep her on file "
                        "for fellowship posts in humanitarian epi.",
                    )
                ],
            ),
        ],
        **post(FELLOW_POST, LONDON_HYBRID),
    ),
    C(
        "a letter under the Swiss data-protection act: erase vs a copy of my data",
        "cs",
        [
            roster("cs", GRANTS)(
                "Beatrice Zurbriggen-Oduya",
                0,
                touches=[
                    mail(
                        95,
                        "Dear Sir or Madam, pursuant to the Federal Act on Data Protection "
                        "(nFADP), I request that you erase all personal data concerning me and "
                        "cease any further recruitment correspondence. Kindly confirm in "
                        "writing. Yours faithfully, B. Zurbriggen.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", GRANTS)(
                "Cornelia Imboden-Mensah",
                2,
                touches=[
                    mail(
                        95,
                        "Dear Sir or Madam, pursuant to the Federal Act on Data Protection "
                        "(nFADP), I request a copy of the personal data you hold on me. I "
                        "remain interested in senior grants posts in Geneva. Yours faithfully, "
                        "C. Imboden.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, GENEVA_HYBRID),
    ),
    C(
        "'unsubscribe. all of it.' vs unsubscribed from the newsletter only",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Jasper Holloway-Mbeki",
                0,
                touches=[li(25, "unsubscribe. all of it.")],
                excluded=True,
            ),
            roster("sales", GIFTS, "London, UK")(
                "Tobias Renshaw-Adeyemi",
                2,
                touches=[
                    li(
                        25,
                        "just unsubscribed from the impact newsletter (too many!) but keep the "
                        "job stuff coming pls, esp major gifts",
                    )
                ],
            ),
        ],
        **post(GIFTS_POST, LONDON_HYBRID),
    ),
    C(
        "retiring, remove me vs her husband retiring and removed, she stays keen",
        "cs",
        [
            roster("cs", LAB, "Ottawa, Canada")(
                "Marguerite Lavoie-Desjardins",
                0,
                touches=[
                    rang(
                        50,
                        "Marguerite called: retiring in December after 31 years, doesn't want "
                        "any more approaches. Remove her from the lab manager pool please.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", LAB, "Ottawa, Canada")(
                "Genevieve Thibodeau-Park",
                2,
                touches=[
                    rang(
                        50,
                        "Genevieve called re her husband Daniel (also on our books): HE is "
                        "retiring and asked to be removed. She is staying on and is still very "
                        "open to lab manager posts at uOttawa or Carleton.",
                    )
                ],
            ),
        ],
        **post(LAB_POST, OTTAWA_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "deployed to Cox's Bazar till end of January vs a deployment that ended in June",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Dhaka, Bangladesh")(
                "Rezaul Karim Bhuiyan",
                1,
                touches=[
                    wa(
                        date(2026, 10, 5),
                        "on deployment in CXB till end of jan, 6 wks on 2 off. no bandwidth for "
                        "interviews till im back in dhaka, sorry bhai",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Dhaka, Bangladesh")(
                "Mahbubul Alam Sarkar",
                2,
                touches=[
                    wa(
                        date(2026, 3, 2),
                        "on deployment in CXB till end of june for the monsoon prep. cant "
                        "interview before that, will ping when back",
                    )
                ],
            ),
        ],
        **post(LOGS_POST, DHAKA_ONSITE),
    ),
    C(
        "won't break an ECHO contract that runs to March vs one that ran to September",
        "cs",
        [
            roster("cs", GRANTS)(
                "Ottilie Brandenberger",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Cand's ECHO-funded FTC runs to 31 March 2027 and she won't break it - "
                        "her name is on the donor reports and the final narrative is hers. "
                        "Interested in anything starting April.",
                    )
                ],
            ),
            roster("cs", GRANTS)(
                "Severine Aebischer",
                2,
                touches=[
                    rang(
                        date(2026, 4, 20),
                        "Cand's ECHO grant (and her contract) runs to 30 Sept; she won't walk "
                        "out before the final report. Keen on anything from October on.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, GENEVA_HYBRID),
    ),
    C(
        "after Eid al-Fitr, said in November vs said during last Ramadan",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Yazan Abu-Ghazaleh",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "Winterisation starts next week, then the Ramadan food parcels. Please "
                        "let's talk after Eid al-Fitr, not before - I will not have one free "
                        "evening until then.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Laith Obeidat",
                2,
                touches=[
                    mail(
                        date(2026, 2, 23),
                        "Ramadan Kareem! We are fasting and on short office hours, so let's "
                        "speak after Eid please. Kul 'am wa antum bikhair.",
                    )
                ],
            ),
        ],
        **post(PM_POST, AMMAN_ONSITE),
    ),
    C(
        "on sabbatical till September 2027 vs research leave that ended in the summer",
        "cs",
        [
            roster("cs", LECTURER, "London, UK")(
                "Cressida Pennington-Oyelowo",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "I'm on sabbatical until September 2027, finishing the book on cash "
                        "transfers. I won't move institutions before I'm back, but do keep me "
                        "in mind after that.",
                    )
                ],
            ),
            roster("cs", LECTURER, "London, UK")(
                "Eleanor Bassey-Whitfield",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "I'm on research leave until the end of the summer term, back in "
                        "September. Happy to talk about lectureships after that.",
                    )
                ],
            ),
        ],
        **post(LECTURER_POST, LONDON_HYBRID),
    ),
    C(
        "heads down on an ERC bid due in February vs one that was due in October",
        "data_eng",
        [
            roster("data_eng", POSTDOC)(
                "Kristina Vukovic-Ambani",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Heads down on my ERC Consolidator bid until the deadline on 4 "
                        "February. Please don't ask me to interview before it's in.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC)(
                "Ingrid Solheim-Kiprono",
                2,
                touches=[
                    mail(
                        date(2026, 8, 10),
                        "Heads down on the ERC Starting Grant until it's submitted mid-October. "
                        "After that I'd love to hear about fellowships.",
                    )
                ],
            ),
        ],
        **post(FELLOW_POST, GENEVA_HYBRID),
    ),
    C(
        "an NIH resubmission due 5 March vs an R01 that was due 5 October",
        "cs",
        [
            roster("cs", LAB, "Ottawa, Canada")(
                "Roxanne Beaulieu-Osei",
                1,
                touches=[
                    rang(
                        date(2026, 10, 26),
                        "Cand's PI has the R01 resubmission due 5 March and she runs all the "
                        "prelim data. Won't interview before it goes in - 'don't even ask'.",
                    )
                ],
            ),
            roster("cs", LAB, "Ottawa, Canada")(
                "Chantal Gauthier-Mensah",
                2,
                touches=[
                    rang(
                        date(2026, 7, 6),
                        "Cand's lab has a new R01 due 5 October, she's generating the "
                        "preliminary data. Not looking before that date.",
                    )
                ],
            ),
        ],
        **post(LAB_POST, OTTAWA_ONSITE),
    ),
    C(
        "Spanish: after Semana Santa, said in November vs said in February",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Juliana Betancur Ospina",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "Hola! Ahora estamos cerrando el informe final para el donante y luego "
                        "arranca la línea de base. Hablemos después de Semana Santa, antes no "
                        "puedo.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Catalina Restrepo Villegas",
                2,
                touches=[
                    wa(
                        date(2026, 2, 16),
                        "Hola! Estoy a tope con la evaluación de medio término. Después de "
                        "Semana Santa hablamos con calma, ¿vale?",
                    )
                ],
            ),
        ],
        **post(MEAL_POST, BOGOTA_HYBRID),
    ),
    C(
        "after Pohela Boishakh in April vs after the Durga Puja holidays in October",
        "cs",
        [
            roster("cs", GRANTS, "Dhaka, Bangladesh")(
                "Farhana Yasmin Talukder",
                1,
                touches=[
                    rang(
                        date(2026, 11, 11),
                        "Cand tied up with the annual report and next FY's donor plans. Asked "
                        "us to come back after Pohela Boishakh - not before mid-April.",
                    )
                ],
            ),
            roster("cs", GRANTS, "Dhaka, Bangladesh")(
                "Shuvo Chakraborty",
                2,
                touches=[
                    rang(
                        date(2026, 9, 7),
                        "Cand going home to Sylhet for the Puja. Asked us to come back after "
                        "the Durga Puja holidays, he'll be free then.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, DHAKA_ONSITE),
    ),
    C(
        "a UN temporary appointment to the end of February vs one that ended in July",
        "cs",
        [
            roster("cs", POLICY)(
                "Aurelien Kouassi-Berthod",
                1,
                touches=[
                    li(
                        date(2026, 9, 21),
                        "Thanks! I've just accepted a P3 TA with OCHA here until the end of "
                        "February and I can't leave before it ends. Let's reconnect then.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Matthieu Rossier-Diallo",
                2,
                touches=[
                    li(
                        date(2026, 3, 16),
                        "Thanks! I'm on a TA with UNHCR until July and can't break it. Happy to "
                        "reconnect once it's done.",
                    )
                ],
            ),
        ],
        **post(POLICY_POST, GENEVA_HYBRID),
    ),
    C(
        "three months off after the earthquake response vs three months after the floods",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Hiba Nabulsi",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "I'm back from the earthquake response and honestly running on empty. "
                        "I'm taking three months off to recover - please don't send me "
                        "anything before February.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Sawsan Bataineh",
                2,
                touches=[
                    mail(
                        date(2026, 6, 1),
                        "Back from the flood response, exhausted. I'm taking three months off "
                        "to rest first - after that, try me.",
                    )
                ],
            ),
        ],
        **post(PM_POST, AMMAN_ONSITE),
    ),
    C(
        "maternity leave to the end of May vs maternity leave that ended in October",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Henrietta Oduya-Blackwood",
                1,
                touches=[
                    ats(
                        date(2026, 9, 28),
                        "Cand on mat leave till end of May 2027 (baby no. 2). Not interviewing "
                        "till she's back, says she'll be v keen then.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Clementine Asante-Hughes",
                2,
                touches=[
                    ats(
                        date(2026, 4, 13),
                        "Cand on mat leave, back early Oct. Not interviewing until then but "
                        "wants major gifts roles after.",
                    )
                ],
            ),
        ],
        **post(GIFTS_POST, LONDON_HYBRID),
    ),
    C(
        "waiting on a tenure decision in May vs one that came in June",
        "cs",
        [
            roster("cs", LECTURER, "Ottawa, Canada")(
                "Simone Archambault-Nwosu",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "My tenure dossier goes to the faculty committee in the spring. I won't "
                        "look at anything until I hear, probably in May.",
                    )
                ],
            ),
            roster("cs", LECTURER, "Ottawa, Canada")(
                "Nathalie Pelletier-Kamau",
                2,
                touches=[
                    mail(
                        date(2026, 1, 19),
                        "I hear about tenure in June, so ask me after that - I'll know where I "
                        "stand.",
                    )
                ],
            ),
        ],
        **post(LECTURER_POST, OTTAWA_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and clearance, contract form, commute --------------------------

ROTATION_LOGS = dict(
    LOGS_POST,
    description="Run the supply chain for the Rohingya response. Rotational post: eight weeks "
    "in Cox's Bazar, then two weeks' R&R.",
)
AMMAN_WEEK = dict(
    PM_POST,
    description="Manage a cash and protection programme with Jordanian partners. Working week "
    "Sunday to Thursday, Friday and Saturday off.",
)
EVENING_TEACHING = dict(
    LECTURER_POST,
    description="Convene the part-time MSc in Humanitarian Studies; teaching is on weekday "
    "evenings, 6 to 9 pm, for students who work by day.",
)
SECURITY_ON_CALL = dict(
    CD_POST,
    description="Lead the country programme. The country director is the security focal point "
    "and shares a 24/7 on-call rota with the security manager.",
)
LAB_WEEKENDS = dict(
    LAB_POST,
    description="Keep a 30-person research lab running. Weekend cover one in four for freezer "
    "alarms and the animal unit, usually Saturdays.",
)

SCHEDULE = [
    C(
        "won't do rotations again, home every night vs liked 8/2 rotations, rotational post",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Dhaka, Bangladesh")(
                "Anisur Rahman Patwary",
                0,
                touches=[
                    rang(
                        60,
                        "Cand done with rotational postings - kids are 3 and 5, needs to be home "
                        "every night. Dhaka-based roles only, office hours.",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Dhaka, Bangladesh")(
                "Kamrul Hasan Mridha",
                2,
                touches=[
                    rang(
                        60,
                        "Cand did 8/2 rotations with MSF for years and liked the rhythm - R&R "
                        "cycles suit him. Wants back into the field.",
                    )
                ],
            ),
        ],
        **post(ROTATION_LOGS, COXS_BAZAR_ONSITE),
    ),
    C(
        "never on Fridays, the week is Sunday to Thursday vs needs Sundays off",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Tareq Al-Zoubi",
                2,
                touches=[
                    rang(
                        35,
                        "Cand won't work Fridays - Jumu'ah and family lunch at his mother's, "
                        "non-negotiable. Otherwise flexible, late evenings fine.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Rania Kawar",
                0,
                touches=[
                    rang(
                        35,
                        "Cand needs Sundays off - church and the family day. Only a Monday to "
                        "Friday week works for her.",
                    )
                ],
            ),
        ],
        **post(AMMAN_WEEK, AMMAN_ONSITE),
    ),
    C(
        "no evening teaching, nursery pick-up vs prefers evenings, evening MSc",
        "cs",
        [
            roster("cs", LECTURER, "London, UK")(
                "Georgiana Whitlock",
                0,
                touches=[
                    ats(
                        75,
                        "Cand: no evening teaching - nursery pick-up at 5.30 every day, partner "
                        "works shifts. Daytime timetable essential.",
                    )
                ],
            ),
            roster("cs", LECTURER, "London, UK")(
                "Olufunke Adebayo-Carr",
                2,
                touches=[
                    ats(
                        75,
                        "Cand actually prefers evening teaching - keeps her mornings for "
                        "writing. Has run a part-time MSc before.",
                    )
                ],
            ),
        ],
        **post(EVENING_TEACHING, LONDON_HYBRID),
    ),
    C(
        "done being the 3am security phone vs an unpaid solo rota was the problem",
        "manager",
        [
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Gideon Kiprotich Langat",
                0,
                touches=[
                    rang(
                        90,
                        "Long call. He's done being the 3am security phone - won't take any "
                        "post where he's on call for security, in any form. Says Juba took "
                        "years off him.",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Caroline Jeptoo Rotich",
                2,
                touches=[
                    rang(
                        90,
                        "Long call. The on-call in Juba nearly broke her because it was unpaid "
                        "and she was alone on it for a year. A shared rota with a proper "
                        "security manager is fine by her.",
                    )
                ],
            ),
        ],
        **post(SECURITY_ON_CALL, NAIROBI_ONSITE),
    ),
    C(
        "did the weekend freezer cover at her last lab vs no Saturday work, Sabbath",
        "cs",
        [
            roster("cs", LAB, "London, UK")(
                "Philomena Achterberg",
                2,
                touches=[
                    ats(
                        40,
                        "Cand fine with weekend cover - did 1-in-4 at her last lab for the -80s "
                        "and the fish room. Shrugged it off.",
                    )
                ],
            ),
            roster("cs", LAB, "London, UK")(
                "Miriam Oyelaran-Stoke",
                0,
                touches=[
                    ats(
                        40,
                        "Cand keeps the Sabbath - no work from Friday sunset to Saturday night, no "
                        "exceptions.",
                    )
                ],
            ),
        ],
        **post(LAB_WEEKENDS, LONDON_ONSITE),
    ),
]

REGIONAL_MEAL = dict(
    MEAL_POST,
    title="Regional MEAL Manager, East Africa",
    description="Regional MEAL lead for Kenya, Somalia, South Sudan and Uganda; about 40% "
    "travel to country offices and field sites.",
)
DESK_POLICY = dict(
    POLICY_POST,
    description="Geneva-based desk role shaping positions for member-state consultations. "
    "No field travel.",
)
DONOR_TRIPS = dict(
    GIFTS_POST,
    description="Grow income from major donors; four to six long-haul donor trips a year to "
    "New York, Toronto and Dubai.",
)
FIELD_BOGOTA = dict(
    MEAL_POST,
    description="Coordinar el MEAL del programa en Catatumbo y Arauca: la mitad del tiempo en "
    "terreno.",
)
FIELD_LOGS = dict(
    LOGS_POST,
    description="Logistics for mobile clinics across Turkana and Marsabit; regular field trips "
    "of three to five nights.",
)

TRAVEL = [
    C(
        "ten percent travel at most, carer for her mum vs wants out of the office",
        "data_eng",
        [
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Mercy Chepkoech Kirui",
                0,
                touches=[
                    rang(
                        50,
                        "Cand can do 10% travel max - she's her mum's main carer since the "
                        "stroke. No overnights in Somalia or SSD.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Brenda Akinyi Otieno",
                2,
                touches=[
                    rang(
                        50,
                        "Cand wants out of the Nairobi office as much as possible - loves field "
                        "visits, misses Kakuma.",
                    )
                ],
            ),
        ],
        **post(REGIONAL_MEAL, NAIROBI_HYBRID),
    ),
    C(
        "left her last job over 60% travel, this is a desk job vs wants to travel more",
        "cs",
        [
            roster("cs", POLICY)(
                "Annelise Gerber-Osman",
                2,
                touches=[
                    rang(
                        65,
                        "Cand left IRC because the role was 60% travel - two years of "
                        "airports. Wants a desk in Geneva and her evenings back.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Valentin Baumgartner",
                1,
                touches=[
                    rang(
                        65,
                        "Cand bored of desk work in Bern, wants a role with regular travel to "
                        "the field and New York.",
                    )
                ],
            ),
        ],
        **post(DESK_POLICY, GENEVA_HYBRID),
    ),
    C(
        "no flying at all, climate pledge vs no short-haul, long-haul donor trips fine",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Saskia Llewellyn-Otieno",
                0,
                touches=[
                    mail(
                        85,
                        "I should say up front: I've stopped flying altogether, it's a personal "
                        "climate pledge. Train only, so anything with donor travel abroad is "
                        "out for me.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Rebecca Thornbury-Asamoah",
                2,
                touches=[
                    mail(
                        85,
                        "I should say up front: I don't take short-haul flights any more - "
                        "Eurostar for Europe. Long-haul donor visits are fine when the ask is "
                        "big enough to justify them.",
                    )
                ],
            ),
        ],
        **post(DONOR_TRIPS, LONDON_HYBRID),
    ),
    C(
        "Spanish: a week a month in the field at most vs loves field work",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Paola Andrea Giraldo",
                0,
                touches=[
                    wa(
                        45,
                        "No puedo viajar a terreno más de una semana al mes, tengo a mi hija "
                        "pequeña y no tengo con quién dejarla.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Laura Marcela Zuluaga",
                2,
                touches=[
                    wa(
                        45,
                        "Me encanta el trabajo de terreno, quiero salir de la oficina. Arauca o "
                        "Catatumbo, donde sea.",
                    )
                ],
            ),
        ],
        **post(FIELD_BOGOTA, BOGOTA_ONSITE),
    ),
    C(
        "her partner grumbles about field trips, she doesn't vs no trips over two nights",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Esther Nasimiyu Wafula",
                2,
                touches=[
                    rang(
                        70,
                        "Cand happy with field trips, did Turkana for 3 yrs. Her partner "
                        "grumbles about the nights away but she says that's his problem, not a "
                        "condition.",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Lilian Adhiambo Onyango",
                0,
                touches=[
                    rang(
                        70,
                        "Cand said field trips over two nights are a non-starter now. Office "
                        "based in Nairobi with day trips only.",
                    )
                ],
            ),
        ],
        **post(FIELD_LOGS, NAIROBI_ONSITE),
    ),
]

SWISS_NO_SPONSOR = dict(
    GRANTS_POST,
    description="Run the grant portfolio of a Geneva NGO. Candidates must already hold the "
    "right to work in Switzerland; we cannot sponsor a permit.",
)
SC_POLICY = dict(
    POLICY_POST,
    title="Senior Policy Adviser, Conflict and Stabilisation",
    requirements="Humanitarian policy\nAdvocacy\nSC clearance (held or obtainable)",
    description="Seconded to a UK government department; SC clearance is required before starting.",
)
CANADA_PR = dict(
    LAB_POST,
    description="Keep a federally funded research lab running. Open to Canadian citizens and "
    "permanent residents only; reliability status required.",
)
NOC_DHAKA = dict(
    PM_POST,
    title="National Programme Officer (NOC)",
    description="National Officer post, open to Bangladeshi nationals only, managing a "
    "livelihoods programme with government partners.",
)
COLOMBIA_NATIONAL = dict(
    MEAL_POST,
    description="Contrato nacional: se requiere estar autorizado para trabajar en Colombia, no "
    "patrocinamos visas.",
)

VISA = [
    C(
        "Kenyan national needing a Swiss permit vs holds a B permit through her spouse",
        "cs",
        [
            roster("cs", GRANTS)(
                "Njeri Wairimu Kamande",
                0,
                touches=[
                    ats(
                        60,
                        "Kenyan national, in Geneva on a short-term consultancy; would need an "
                        "employer to get her a Swiss work permit for anything longer.",
                    )
                ],
            ),
            roster("cs", GRANTS)(
                "Wangari Muthoni Githinji",
                2,
                touches=[
                    ats(
                        60,
                        "Kenyan national, holds a Swiss B permit through her spouse (WHO, "
                        "Geneva) - free to take any job here, no sponsorship.",
                    )
                ],
            ),
        ],
        **post(SWISS_NO_SPONSOR, GENEVA_ONSITE),
    ),
    C(
        "holds active SC from the Stabilisation Unit vs under five years' UK residence",
        "cs",
        [
            roster("cs", POLICY, "London, UK")(
                "Alastair Finch-Mukherjee",
                2,
                touches=[
                    rang(
                        80,
                        "Holds active SC from his time at the Stabilisation Unit, renewed 2025.",
                    )
                ],
            ),
            roster("cs", POLICY, "London, UK")(
                "Benedikt Krähenbühl",
                0,
                touches=[
                    rang(
                        80,
                        "Only in the UK since 2024 - vetting team told him SC won't be granted "
                        "until he has five years' residence. Can't take cleared posts.",
                    )
                ],
            ),
        ],
        **post(SC_POLICY, LONDON_HYBRID),
    ),
    C(
        "a post-graduation work permit running out vs PR confirmed in August",
        "cs",
        [
            roster("cs", LAB, "Ottawa, Canada")(
                "Priyadarshini Raghunathan-Lavigne",
                0,
                touches=[
                    mail(
                        70,
                        "I'm on a post-graduation work permit that expires in June 2027, and "
                        "my PR application is still in the queue - I'd need an employer who "
                        "can support an LMIA.",
                    )
                ],
            ),
            roster("cs", LAB, "Ottawa, Canada")(
                "Oluwaseyi Adekunle-Roy",
                2,
                touches=[
                    mail(
                        70,
                        "Good news: I got my PR confirmation in August and the card is in the "
                        "mail. No permits needed any more.",
                    )
                ],
            ),
        ],
        **post(CANADA_PR, OTTAWA_ONSITE),
    ),
    C(
        "nationals-only NOC post: an Indian national in Dhaka vs a Bangladeshi back home",
        "cs",
        [
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Meenakshi Iyengar Bose",
                0,
                touches=[
                    ats(
                        55,
                        "Indian national, living in Dhaka with her husband (he's at the "
                        "embassy). Strong on livelihoods; not eligible for national-officer "
                        "posts here.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Sharmin Akter Khandaker",
                2,
                touches=[
                    ats(
                        55,
                        "Bangladeshi national, back in Dhaka after her master's at Sussex. "
                        "Wants a NOC-level programme post.",
                    )
                ],
            ),
        ],
        **post(NOC_DHAKA, DHAKA_ONSITE),
    ),
    C(
        "Spanish: her partner's visa is pending, not hers vs no right to work in Colombia",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Alejandra Sanabria Mejía",
                2,
                touches=[
                    ats(
                        40,
                        "Colombiana. Su pareja (venezolano) está tramitando la visa de "
                        "beneficiario - nada que ver con ella, puede firmar contrato ya.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Gabriela Almeida Carrión",
                0,
                touches=[
                    ats(
                        40,
                        "Ecuatoriana, en Bogotá con visa de turista. No tiene permiso de "
                        "trabajo en Colombia y necesitaría patrocinio.",
                    )
                ],
            ),
        ],
        **post(COLOMBIA_NATIONAL, BOGOTA_HYBRID),
    ),
]

FTC_GRANTS = dict(
    GRANTS_POST,
    title="Grants Manager (12-month fixed term)",
    description="Twelve-month fixed-term post funded by an FCDO grant; renewal subject to funding.",
)
CONSULTANCY_MEAL = dict(
    MEAL_POST,
    title="MEAL Consultant (60 days)",
    description="A 60-day consultancy to design the MEAL framework for a new cash programme, "
    "paid at a day rate, no staff benefits.",
)
PART_TIME_POLICY = dict(
    POLICY_POST,
    title="Policy Adviser (0.6 FTE)",
    description="Part-time post, three days a week.",
)
TWO_YEAR_FELLOW = dict(
    FELLOW_POST,
    title="Research Fellow (24-month fixed term)",
    description="A 24-month fixed-term fellowship on a Wellcome-funded cohort study.",
)
TENURE_TRACK = dict(
    LECTURER_POST,
    title="Assistant Professor (tenure track), Humanitarian Studies",
    description="Tenure-track post with research, teaching and service expectations; tenure "
    "review in year six.",
)
TERM_OTTAWA = dict(
    PM_POST,
    title="Programme Manager (12-month term)",
    description="A twelve-month term position covering a secondment.",
)

CONTRACT = [
    C(
        "permanent only after three FTCs ended with their grants vs likes project posts",
        "cs",
        [
            roster("cs", GRANTS, "London, UK")(
                "Lucinda Hargreaves-Obi",
                0,
                touches=[
                    rang(
                        45,
                        "Cand: permanent contracts only now. Three fixed-term posts in a row "
                        "ended with the grant and she's had enough of the cliff edge.",
                    )
                ],
            ),
            roster("cs", GRANTS, "London, UK")(
                "Morwenna Tregunna",
                2,
                touches=[
                    rang(
                        45,
                        "Cand fine with fixed-term - actually prefers project-based posts, "
                        "likes a clear end date and a new donor.",
                    )
                ],
            ),
        ],
        **post(FTC_GRANTS, LONDON_HYBRID),
    ),
    C(
        "freelance by choice, consultancies only vs done with consultancies",
        "data_eng",
        [
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Kevin Omondi Ochieng",
                2,
                touches=[
                    li(
                        30,
                        "Thanks for reaching out. I've gone freelance on purpose - short "
                        "consultancies only, no staff contracts. Evaluations and MEAL design "
                        "are my sweet spot.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Dennis Mutua Kilonzo",
                0,
                touches=[
                    li(
                        30,
                        "Thanks for reaching out. I'm done with consultancies - five years "
                        "without a pension or medical cover. Staff contracts only now.",
                    )
                ],
            ),
        ],
        **post(CONSULTANCY_MEAL, HOME_BASED),
    ),
    C(
        "wants three days a week to finish her PhD vs needs full-time hours",
        "cs",
        [
            roster("cs", POLICY)(
                "Ludivine Chappuis",
                2,
                touches=[
                    ats(
                        50,
                        "Cand wants 3 days/wk max - writing up her PhD at the Graduate "
                        "Institute till 2028.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Fabienne Rüegg-Amadou",
                0,
                touches=[
                    ats(
                        50,
                        "Cand needs full-time hours - part-time pay won't cover rent in Geneva "
                        "plus the kids' crèche.",
                    )
                ],
            ),
        ],
        **post(PART_TIME_POLICY, GENEVA_HYBRID),
    ),
    C(
        "no more fixed-term unless two years or longer vs no fixed-term however long",
        "data_eng",
        [
            roster("data_eng", POSTDOC, "London, UK")(
                "Marisol Etxeberria-Owusu",
                2,
                touches=[
                    mail(
                        90,
                        "I'm not taking another twelve-month contract - I spend half of each "
                        "one applying for the next. Two years or longer and I'm interested.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC, "London, UK")(
                "Tamsin Pemberton-Ola",
                0,
                touches=[
                    mail(
                        90,
                        "I'm not taking another fixed-term contract, however long. Open-ended "
                        "or nothing at this point.",
                    )
                ],
            ),
        ],
        **post(TWO_YEAR_FELLOW, LONDON_HYBRID),
    ),
    C(
        "tenure track or nothing vs wants a teaching-only contract, no research pressure",
        "cs",
        [
            roster("cs", LECTURER, "Ottawa, Canada")(
                "Anouk Lefebvre-Tshibanda",
                2,
                touches=[
                    rang(
                        60,
                        "Cand only interested in tenure-track now - four years of sessional "
                        "contracts is enough.",
                    )
                ],
            ),
            roster("cs", LECTURER, "Ottawa, Canada")(
                "Josée Paquette-Moreau",
                0,
                touches=[
                    rang(
                        60,
                        "Cand wants a teaching-focused contract - no research targets, no "
                        "tenure clock, she loves the classroom.",
                    )
                ],
            ),
        ],
        **post(TENURE_TRACK, OTTAWA_HYBRID),
    ),
    C(
        "leaves an indeterminate job only for another vs between contracts, term is fine",
        "cs",
        [
            roster("cs", PROGRAMME, "Ottawa, Canada")(
                "Mathieu Charbonneau",
                0,
                touches=[
                    rang(
                        40,
                        "Cand indeterminate at Global Affairs. Would only leave for another "
                        "indeterminate job - no term or casual posts.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Ottawa, Canada")(
                "Étienne Bergeron-Lusamba",
                2,
                touches=[
                    rang(
                        40,
                        "Cand between contracts since his secondment ended. A term position "
                        "suits him fine for now.",
                    )
                ],
            ),
        ],
        **post(TERM_OTTAWA, OTTAWA_HYBRID),
    ),
]

GIGIRI = dict(
    remote_policy="onsite",
    location="Nairobi, Kenya",
    offers=["Office in Gigiri, next to the UN complex, five days a week"],
)
GULSHAN = dict(
    remote_policy="onsite",
    location="Dhaka, Bangladesh",
    offers=["Office in Gulshan 2, five days a week"],
)
VAUXHALL = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Four days a week at our Vauxhall office"],
)

COMMUTE = [
    C(
        "lives in Rongai, won't do the Gigiri commute vs ten minutes away in Runda",
        "cs",
        [
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Purity Wanjala Simiyu",
                0,
                touches=[
                    rang(
                        30,
                        "Cand lives in Rongai. Won't do Gigiri daily - 2.5 hrs each way on "
                        "Langata Rd in the rains. Westlands or Upper Hill only.",
                    )
                ],
            ),
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Faith Nyambura Macharia",
                2,
                touches=[rang(30, "Cand lives in Runda - Gigiri is ten minutes, she'd walk it.")],
            ),
        ],
        **post(GRANTS_POST, GIGIRI),
    ),
    C(
        "a frontalier in Annecy, 45 minutes is fine vs Lausanne, thirty minutes at most",
        "cs",
        [
            roster("cs", POLICY, "Annecy, France")(
                "Clémence Vuillemin",
                2,
                touches=[
                    ats(
                        55,
                        "Frontalière, lives in Annecy with a G permit. 45 min to Place des "
                        "Nations, has done it for years, no issue.",
                    )
                ],
            ),
            roster("cs", POLICY, "Lausanne, Switzerland")(
                "Séraphine Jaccard",
                0,
                touches=[
                    ats(
                        55,
                        "Lives in Lausanne, max 30 min commute. Geneva three days a week is too "
                        "far with the kids' school run.",
                    )
                ],
            ),
        ],
        **post(POLICY_POST, GENEVA_HYBRID),
    ),
    C(
        "Mirpur to Gulshan in traffic kills her vs moving to Banani next month",
        "cs",
        [
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Rokeya Begum Sheikh",
                0,
                touches=[
                    rang(
                        25,
                        "Cand lives in Mirpur-10. Says the Gulshan commute in Dhaka traffic "
                        "would be 3 hrs a day - only Mirpur/Uttara offices.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Afroza Parvin Mozumder",
                2,
                touches=[
                    rang(
                        25,
                        "Cand lives in Mirpur for now but moving to Banani next month - "
                        "walking distance to Gulshan 2.",
                    )
                ],
            ),
        ],
        **post(PM_POST, GULSHAN),
    ),
    C(
        "Brighton, no commute over an hour vs Brighton, reads on the train",
        "sales",
        [
            roster("sales", GIFTS, "Brighton, UK")(
                "Arabella Stokes-Munyua",
                0,
                touches=[
                    ats(
                        45,
                        "Cand won't commute more than an hour each way - lives in Hove. London "
                        "4 days/wk is a no.",
                    )
                ],
            ),
            roster("sales", GIFTS, "Brighton, UK")(
                "Guinevere Poulton",
                2,
                touches=[
                    ats(
                        45,
                        "Cand lives in Brighton, doesn't mind the train at all - reads on it, "
                        "calls it her library.",
                    )
                ],
            ),
        ],
        **post(GIFTS_POST, VAUXHALL),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "a P3 step 8 wanting P4 vs a P5 who won't go back down, a P4 post",
        "cs",
        [
            roster("cs", POLICY)(
                "Kwabena Asante-Rohner",
                2,
                touches=[
                    rang(
                        60,
                        "Cand P3 step 8 at UNICEF, topped out. Wants a P4 - would move "
                        "laterally to get one.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Ismail Haidari-Perrin",
                0,
                touches=[
                    rang(
                        60,
                        "Cand is P5 at WFP. Won't go back down to a P4, not even for Geneva.",
                    )
                ],
            ),
        ],
        **post(
            POLICY_POST,
            GENEVA_HYBRID,
            title="Senior Humanitarian Policy Adviser (P4)",
            offers=["UN common system P4 grade, Geneva post adjustment"],
        ),
    ),
    C(
        "a day rate of $600 minimum vs a rate of $400, a $450 consultancy",
        "data_eng",
        [
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Collins Kipkemboi Ruto",
                0,
                touches=[li(40, "My minimum daily rate is USD 600, non-negotiable for evals.")],
            ),
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Victor Onyango Odera",
                2,
                touches=[li(40, "My rate is $400/day for MEAL design, plus travel at cost.")],
            ),
        ],
        **post(
            CONSULTANCY_MEAL,
            HOME_BASED,
            offers=["USD 450 a day for 60 days"],
        ),
    ),
    C(
        "needs CHF 140k for a family of four vs on CHF 105k, would move for 115k",
        "cs",
        [
            roster("cs", GRANTS)(
                "Ulrich Fankhauser",
                0,
                touches=[
                    ats(
                        70,
                        "Cand needs CHF 140k min to move - family of four, Geneva rents, one "
                        "income.",
                    )
                ],
            ),
            roster("cs", GRANTS)(
                "Reto Bachmann-Ngugi",
                2,
                touches=[ats(70, "Cand on CHF 105k now; would move for CHF 115k.")],
            ),
        ],
        **post(GRANTS_POST, GENEVA_HYBRID, salary_min=110_000, salary_max=125_000, currency="CHF"),
    ),
    C(
        "KES 600k a month gross vs KES 480k a month would do",
        "cs",
        [
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Janet Moraa Nyamweya",
                0,
                touches=[
                    rang(
                        35,
                        "Cand expects KES 600k gross per month - current is 540k plus medical.",
                    )
                ],
            ),
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Beatrice Kerubo Ondieki",
                2,
                touches=[rang(35, "Cand: KES 480k a month gross would be fine.")],
            ),
        ],
        **post(
            GRANTS_POST,
            NAIROBI_HYBRID,
            offers=["KES 450,000 to 520,000 gross a month, medical cover for the family"],
        ),
    ),
    C(
        "took a 30% cut for the mission vs needs £55k for London rent, a £42-46k band",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Ottoline Farquharson",
                2,
                touches=[
                    rang(
                        80,
                        "Cand took a 30% pay cut to leave private banking for fundraising - "
                        "money isn't the driver, the cause is.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Peregrine Ashdown-Kamara",
                0,
                touches=[rang(80, "Cand needs £55k minimum - London rent, no way round it.")],
            ),
        ],
        **post(GIFTS_POST, LONDON_HYBRID, salary_min=42_000, salary_max=46_000, currency="GBP"),
    ),
    C(
        "Spanish: asks 9 million pesos a month vs asks 8 million, a 7.5-8.5 million band",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Sebastián Londoño Arango",
                0,
                touches=[
                    ats(
                        30,
                        "Aspiración salarial: 9 millones de pesos mensuales, no menos. Hoy gana "
                        "8,2.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Andrés Felipe Salazar",
                2,
                touches=[ats(30, "Aspira a 8 millones mensuales, negociable.")],
            ),
        ],
        **post(
            MEAL_POST,
            BOGOTA_HYBRID,
            offers=["COP 7,5 a 8,5 millones mensuales", "Híbrido: martes y jueves en Chapinero"],
        ),
    ),
    C(
        "an all-in ask that counts hardship pay vs the same figure as a base",
        "manager",
        [
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Hamish Drummond-Achieng",
                2,
                touches=[
                    rang(
                        50,
                        "Cand asking USD 85k all-in, hardship and danger pay included - he "
                        "looks at the total package, not the base.",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Torquil Abernethy",
                0,
                touches=[
                    rang(
                        50,
                        "Cand asking USD 85k base, allowances on top - he won't count hardship "
                        "pay towards it.",
                    )
                ],
            ),
        ],
        **post(
            CD_POST,
            dict(remote_policy="onsite", location="Juba, South Sudan"),
            offers=[
                "USD 70,000 to 78,000 base salary",
                "Hardship and danger pay of 25% on top of base",
                "R&R every eight weeks",
            ],
            salary_min=70_000,
            salary_max=78_000,
            currency="USD",
        ),
    ),
]

# --- 5. last time's reason, against this post ---------------------------------------------------

PAST_JUBA = dict(remote_policy="onsite", location="Juba, South Sudan")
PAST_NAIROBI = dict(remote_policy="onsite", location="Nairobi, Kenya")
PAST_P3 = dict(remote_policy="onsite", location="Geneva, Switzerland", offers=["P3 grade"])
PAST_CONSULTANCY = dict(
    remote_policy="remote", location="Home-based", offers=["11-month consultancy, no benefits"]
)
PAST_CXB = dict(remote_policy="onsite", location="Cox's Bazar, Bangladesh")
PAST_DEFENCE_FUNDED = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Programme funded by the Halvorsen Aerospace & Defence Foundation"],
)
PAST_LONDON_OFFICE = dict(
    remote_policy="onsite", location="London, UK", offers=["Five days a week in Farringdon"]
)

RESOLVED = [
    C(
        "declined a non-family Juba post; this one is family, in Nairobi vs partner's permit",
        "manager",
        [
            roster("manager", DIRECTOR, "Kampala, Uganda")(
                "Obadiah Ssemakula",
                2,
                apps=[
                    said_no(
                        330,
                        "location",
                        "Declined: Juba is a non-family duty station and he has two kids at "
                        "school.",
                        past=PAST_JUBA,
                        role="Country Director",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Kampala, Uganda")(
                "Ronald Kasozi Mukasa",
                0,
                apps=[
                    said_no(
                        330,
                        "location",
                        "Declined Nairobi: his wife can't get a Kenyan work permit and won't "
                        "move without one.",
                        past=PAST_NAIROBI,
                        role="Country Director",
                    )
                ],
            ),
        ],
        **post(
            CD_POST,
            NAIROBI_ONSITE,
            offers=["Family duty station: school fees covered for two children"],
        ),
    ),
    C(
        "turned down a P3 wanting P4; this is P4 vs wanted P5",
        "cs",
        [
            roster("cs", POLICY)(
                "Sigrún Halvorsdóttir-Mbeki",
                2,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Declined the P3 - wanted a P4 after six years at P3.",
                        past=PAST_P3,
                        role="Humanitarian Policy Adviser",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Aksel Brennhovd-Diouf",
                0,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Declined the P3 - he's after a P5 and said a P4 wouldn't do either.",
                        past=PAST_P3,
                        role="Humanitarian Policy Adviser",
                    )
                ],
            ),
        ],
        **post(
            POLICY_POST,
            GENEVA_HYBRID,
            title="Senior Humanitarian Policy Adviser (P4)",
            offers=["P4 grade, fixed-term appointment, Geneva post adjustment"],
        ),
    ),
    C(
        "withdrew from a consultancy without benefits; this is a staff post vs won't do CXB",
        "data_eng",
        [
            roster("data_eng", MEAL, "Dhaka, Bangladesh")(
                "Sabbir Ahmed Khan",
                2,
                apps=[
                    stepped_back(
                        200,
                        "other",
                        "Pulled out: 11-month consultancy, no medical, no leave. Wants a staff "
                        "contract.",
                        past=PAST_CONSULTANCY,
                        role="MEAL Officer",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Dhaka, Bangladesh")(
                "Tanvir Hossain Dewan",
                0,
                apps=[
                    stepped_back(
                        200,
                        "location",
                        "Pulled out: would not relocate to Cox's Bazar, Dhaka only.",
                        past=PAST_CXB,
                        role="MEAL Officer",
                    )
                ],
            ),
        ],
        **post(
            MEAL_POST,
            COXS_BAZAR_ONSITE,
            offers=["Two-year staff contract with medical cover, pension and 30 days' leave"],
        ),
    ),
    C(
        "withdrew over a defence-linked funder; this post is Wellcome-funded vs same funder",
        "data_eng",
        [
            roster("data_eng", POSTDOC, "London, UK")(
                "Perpetua Okafor-Lindqvist",
                2,
                apps=[
                    stepped_back(
                        290,
                        "not_interested",
                        "Withdrew when she learned the programme was funded by the Halvorsen "
                        "Aerospace & Defence Foundation - won't take arms-linked money.",
                        stage="final",
                        past=PAST_DEFENCE_FUNDED,
                        role="Research Fellow",
                    )
                ],
            ),
            roster("data_eng", POSTDOC, "Edinburgh, UK")(
                "Wilhelmina Oduro-Sandberg",
                0,
                apps=[
                    stepped_back(
                        290,
                        "remote_policy",
                        "Withdrew at the final: she wants a fully remote fellowship from "
                        "Edinburgh and won't do days in London.",
                        stage="final",
                        role="Research Fellow",
                    )
                ],
            ),
        ],
        **post(
            TWO_YEAR_FELLOW,
            LONDON_HYBRID,
            offers=["Funded by Wellcome", "Two days a week on site"],
        ),
    ),
    C(
        "declined five office days; this is two vs wants fully remote, still hybrid",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Cosima Redgrave-Adomako",
                2,
                apps=[
                    said_no(
                        240,
                        "remote_policy",
                        "Declined: five days in Farringdon was too much with a toddler; two "
                        "would have been fine.",
                        past=PAST_LONDON_OFFICE,
                        role="Major Gifts Officer",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Barnaby Quartey-Hollis",
                0,
                apps=[
                    said_no(
                        240,
                        "remote_policy",
                        "Declined: wants fully remote, moved to the Peak District; any office "
                        "days are a no.",
                        past=PAST_LONDON_OFFICE,
                        role="Major Gifts Officer",
                    )
                ],
            ),
        ],
        **post(GIFTS_POST, LONDON_HYBRID),
    ),
    C(
        "withdrew over slow vetting, cleared since vs refuses vetting on principle",
        "cs",
        [
            roster("cs", POLICY, "London, UK")(
                "Cordelia Ashby-Nwankwo",
                2,
                apps=[
                    stepped_back(
                        180,
                        "timing",
                        "Withdrew after four months waiting on SC clearance - couldn't keep "
                        "her current employer hanging.",
                        role="Senior Policy Adviser",
                    )
                ],
                touches=[
                    rang(
                        60,
                        "Cand now holds SC - her current employer put her through it in "
                        "the spring, granted in April.",
                    ),
                ],
            ),
            roster("cs", POLICY, "London, UK")(
                "Augustus Penhaligon",
                0,
                apps=[
                    stepped_back(
                        180,
                        "other",
                        "Withdrew: refuses vetting of any kind on principle - won't fill in the "
                        "forms.",
                        role="Senior Policy Adviser",
                    )
                ],
            ),
        ],
        **post(SC_POLICY, LONDON_HYBRID),
    ),
]

# --- 6. negation and scope --------------------------------------------------------------------

NON_FAMILY_CD = dict(
    CD_POST,
    description="Lead the country programme from Maiduguri, a non-family duty station with R&R "
    "every six weeks.",
)
HARDSHIP_LOGS = dict(
    LOGS_POST,
    description="Run the supply chain from Dadaab, an E-category hardship duty station.",
)

NEGATIONS = [
    C(
        "not against a non-family posting vs not prepared to take one",
        "manager",
        [
            roster("manager", DIRECTOR, "Abuja, Nigeria")(
                "Chukwudi Eze-Lundgren",
                2,
                touches=[
                    rang(
                        70,
                        "Cand not against a non-family posting - kids are at university now, "
                        "wife is fine with R&R visits.",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Abuja, Nigeria")(
                "Emeka Obi-Haugland",
                0,
                touches=[
                    rang(
                        70,
                        "Cand not prepared to take a non-family posting - youngest is four.",
                    )
                ],
            ),
        ],
        **post(NON_FAMILY_CD, dict(remote_policy="onsite", location="Maiduguri, Nigeria")),
    ),
    C(
        "the hardship wasn't the issue, the unpaid overtime was vs no more hardship stations",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Abdirahman Noor Farah",
                2,
                touches=[
                    rang(
                        55,
                        "Cand left Dadaab last year - the hardship wasn't the issue, the unpaid "
                        "weekend overtime was. Would go back to a hardship station with decent "
                        "terms.",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Hassan Ibrahim Aden",
                0,
                touches=[rang(55, "Cand: no more hardship stations. Nairobi or bust.")],
            ),
        ],
        **post(HARDSHIP_LOGS, dict(remote_policy="onsite", location="Dadaab, Kenya")),
    ),
    C(
        "Spanish: the field doesn't bother me vs no more field work",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Natalia Bermúdez Cárdenas",
                2,
                touches=[
                    wa(
                        40,
                        "No me molesta el terreno para nada, al contrario. Lo que no quiero es "
                        "otro contrato de tres meses.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Valeria Montoya Echeverri",
                0,
                touches=[wa(40, "No más terreno, por favor. Ya cumplí con eso, solo oficina.")],
            ),
        ],
        **post(FIELD_BOGOTA, BOGOTA_ONSITE),
    ),
    C(
        "wouldn't say no to managing people vs would say no to it, a team-lead post",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Leonora Castellanos-Webb",
                2,
                touches=[rang(65, "I wouldn't say no to managing people - it's the next step.")],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Theodora Blakemore",
                0,
                touches=[
                    rang(
                        65,
                        "I would say no to managing people - I like my own portfolio and my "
                        "own donors.",
                    )
                ],
            ),
        ],
        **post(
            GIFTS_POST,
            LONDON_HYBRID,
            title="Head of Major Gifts",
            seniority="manager",
            description="Lead a team of five major gifts officers and carry a small portfolio.",
        ),
    ),
    C(
        "never turned down a fixed-term post vs turned down every one so far",
        "cs",
        [
            roster("cs", GRANTS)(
                "Mirjam Stucki-Wanyama",
                2,
                touches=[
                    ats(
                        50,
                        "Cand says she's never turned down a fixed-term post in her life - "
                        "that's the sector.",
                    )
                ],
            ),
            roster("cs", GRANTS)(
                "Corinne Blaser-Adjei",
                0,
                touches=[
                    ats(
                        50,
                        "Cand has turned down every fixed-term post we've sent - wants open-"
                        "ended only.",
                    )
                ],
            ),
        ],
        **post(FTC_GRANTS, GENEVA_HYBRID, title="Grants Manager (fixed term to December 2027)"),
    ),
    C(
        "not only Geneva, anywhere with an airport vs only Geneva, a Nairobi post",
        "cs",
        [
            roster("cs", POLICY)(
                "Raphaël Dubuis-Ochieng",
                2,
                touches=[
                    li(
                        45,
                        "I'm not only interested in Geneva - happy anywhere with an airport and "
                        "a decent school.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Thibault Guignard",
                0,
                touches=[li(45, "Honestly I'm only interested in Geneva. Family's rooted here.")],
            ),
        ],
        **post(POLICY_POST, NAIROBI_HYBRID),
    ),
    C(
        "needs no sponsorship, a UK national vs can't start without sponsorship",
        "data_eng",
        [
            roster("data_eng", POSTDOC, "London, UK")(
                "Annika Bergström-Chowdhury",
                2,
                touches=[
                    ats(
                        35,
                        "No visa sponsorship needed - dual Swedish/British, settled here.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC, "London, UK")(
                "Farzana Haque Milton",
                0,
                touches=[
                    ats(
                        35,
                        "Her Graduate visa ends in February; can't start anywhere without "
                        "visa sponsorship.",
                    )
                ],
            ),
        ],
        **post(
            FELLOW_POST,
            LONDON_HYBRID,
            description="Run surveys and cohort analyses on nutrition among displaced people. "
            "This post is not eligible for visa sponsorship.",
        ),
    ),
]

# --- 7. work mode, said in different places ----------------------------------------------------

WORK_MODE = [
    C(
        "home-based only in the title: moved to Kisumu vs misses an office",
        "cs",
        [
            roster("cs", GRANTS, "Kisumu, Kenya")(
                "Rosemary Awino Oketch",
                2,
                touches=[
                    rang(
                        60,
                        "Cand remote only now - moved back to Kisumu to look after her parents.",
                    )
                ],
            ),
            roster("cs", GRANTS, "Kisumu, Kenya")(
                "Eunice Atieno Owino",
                0,
                touches=[
                    rang(
                        60,
                        "Cand wants an office again - home-based for two years and found it "
                        "lonely.",
                    )
                ],
            ),
        ],
        **post(
            GRANTS_POST,
            dict(location="East Africa"),
            title="Home-based Grants Manager (East Africa)",
        ),
    ),
    C(
        "office-based only in the description: full remote vs wants a team in an office",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Omar Tarawneh",
                0,
                touches=[rang(30, "Wants full remote, won't go back to an office.")],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Lina Haddad-Sweidan",
                2,
                touches=[rang(30, "Wants to be back in an office with a team around her.")],
            ),
        ],
        **post(
            PM_POST,
            dict(location="Amman, Jordan"),
            description="Manage a multi-sector programme. This is an office-based post in "
            "Abdoun; staff are expected in the office every working day.",
        ),
    ),
    C(
        "Spanish, hybrid only in the offers: remote only vs loves two days in the office",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Carolina Pineda Vargas",
                0,
                touches=[wa(30, "Solo trabajo remoto, ya no voy a oficina.")],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Manuela Ocampo Duque",
                2,
                touches=[wa(30, "Híbrido me encanta, dos días en oficina es perfecto.")],
            ),
        ],
        **post(
            MEAL_POST,
            dict(location="Bogotá, Colombia"),
            offers=["Híbrido: martes y jueves en la oficina de Chapinero"],
        ),
    ),
    C(
        "French location field only: wants full télétravail vs wants colleagues back",
        "cs",
        [
            roster("cs", POLICY, "Neuchâtel, Switzerland")(
                "Apolline Monnier",
                2,
                touches=[
                    mail(
                        50,
                        "Je préfère le télétravail complet, j'habite à Neuchâtel et je ne veux "
                        "plus faire les trajets.",
                    )
                ],
            ),
            roster("cs", POLICY, "Neuchâtel, Switzerland")(
                "Lucienne Perroud",
                0,
                touches=[
                    mail(
                        50,
                        "Je veux retrouver un bureau et des collègues, le télétravail m'isole.",
                    )
                ],
            ),
        ],
        **post(POLICY_POST, dict(location="Télétravail (Suisse romande)")),
    ),
    C(
        "the policy field says on site: home-based only vs prefers the office for power",
        "cs",
        [
            roster("cs", GRANTS, "Dhaka, Bangladesh")(
                "Ishrat Jahan Siddiqua",
                0,
                touches=[rang(35, "Cand: home-based only since Covid, won't go back.")],
            ),
            roster("cs", GRANTS, "Dhaka, Bangladesh")(
                "Moushumi Akhter Rupa",
                2,
                touches=[
                    rang(
                        35,
                        "Cand prefers the office - load-shedding at home means no power or "
                        "internet half the afternoon.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, DHAKA_ONSITE),
    ),
]

# --- 8. location and relocation ---------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Amman with her husband's posting vs settled in Beirut",
        "cs",
        [
            roster("cs", PROGRAMME, "Beirut, Lebanon")(
                "Nour Abi Saab",
                2,
                touches=[
                    mail(
                        50,
                        "My husband's posting to Amman starts in January and we're all moving "
                        "with him, so I'm looking for work there.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Beirut, Lebanon")(
                "Maya Khoury-Azar",
                1,
                touches=[mail(50, "Settled in Beirut with the kids, happy at work for now.")],
            ),
        ],
        **post(PM_POST, AMMAN_ONSITE),
    ),
    C(
        "won't go back to Nairobi after a carjacking vs would happily go back",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Kampala, Uganda")(
                "Brian Tumusiime Atuhaire",
                0,
                touches=[
                    rang(
                        75,
                        "Cand won't relocate back to Nairobi after the carjacking in 2024 - "
                        "Kampala-based roles only.",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Kampala, Uganda")(
                "Daphne Namubiru Kato",
                2,
                touches=[
                    rang(
                        75,
                        "Cand would happily relocate back to Nairobi, her partner is there.",
                    )
                ],
            ),
        ],
        **post(LOGS_POST, NAIROBI_ONSITE),
    ),
    C(
        "Montreal, happy to move to Ottawa or Gatineau vs won't leave Toronto",
        "cs",
        [
            roster("cs", LAB, "Montreal, Canada")(
                "Éloïse Tremblay-Achebe",
                2,
                touches=[
                    ats(
                        45,
                        "Cand happy to move to Ottawa - or the Gatineau side, she's "
                        "francophone anyway.",
                    )
                ],
            ),
            roster("cs", LAB, "Toronto, Canada")(
                "Gurpreet Sandhu-Fraser",
                0,
                touches=[ats(45, "Cand won't leave Toronto - partner's practice is there.")],
            ),
        ],
        **post(LAB_POST, OTTAWA_ONSITE),
    ),
    C(
        "her husband moves to Geneva, she stays in London vs relocating to Geneva herself",
        "cs",
        [
            roster("cs", GRANTS, "London, UK")(
                "Penelope Ashcroft-Danso",
                0,
                touches=[
                    rang(
                        55,
                        "Cand's husband is moving to Geneva for ILO in the new year, but she's "
                        "staying in London with the kids - not relocating.",
                    )
                ],
            ),
            roster("cs", GRANTS, "London, UK")(
                "Harriet Kwarteng-Lowe",
                2,
                touches=[
                    rang(
                        55,
                        "Cand relocating to Geneva in the spring - her own decision, looking "
                        "for grants roles there.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, GENEVA_ONSITE),
    ),
    C(
        "Dhaka only, can't relocate to Cox's Bazar vs happy to go where the work is",
        "cs",
        [
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Sadia Afrin Bhuiyan",
                0,
                touches=[rang(40, "Dhaka only. Can't relocate to Cox's Bazar - in-laws.")],
            ),
            roster("cs", PROGRAMME, "Dhaka, Bangladesh")(
                "Jannatul Ferdous Rimi",
                2,
                touches=[
                    rang(
                        40,
                        "Happy to relocate to Cox's Bazar, that's where the work is.",
                    )
                ],
            ),
        ],
        **post(PM_POST, COXS_BAZAR_ONSITE),
    ),
    C(
        "Spanish: already moved to Bogotá from Cali vs staying in Cali",
        "data_eng",
        [
            roster("data_eng", MEAL, "Cali, Colombia")(
                "Isabella Cardona Lozano",
                2,
                touches=[wa(20, "Ya me mudé a Bogotá! Actualicen mi ciudad porfa.")],
            ),
            roster("data_eng", MEAL, "Cali, Colombia")(
                "Camila Figueroa Ortiz",
                0,
                touches=[wa(20, "Vivo en Cali y no me pienso mudar, ni a Bogotá ni a ninguna.")],
            ),
        ],
        **post(MEAL_POST, BOGOTA_ONSITE),
    ),
]

# --- 9. the history with us -------------------------------------------------------------------

ARABIC_PM = dict(
    PM_POST,
    requirements="Programme cycle management\nPartner management\nProfessional Arabic\nBudgets",
    description="Manage a protection programme with Jordanian and Syrian partners; working "
    "language Arabic.",
)

LAST_TIME = [
    C(
        "a safeguarding concern on her last deployment vs the safeguarding lead there",
        "cs",
        [
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Josephine Auma Were",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "conduct",
                        "Safeguarding concern raised at her last deployment; referee declined "
                        "to confirm. Not to be put forward.",
                        role="Programme Manager",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Pamela Anyango Odhiambo",
                2,
                apps=[
                    runner_up(
                        150,
                        "Was the safeguarding focal point on her last deployment; lost narrowly "
                        "to an internal candidate.",
                        role="Programme Manager",
                    )
                ],
            ),
        ],
        **post(PM_POST, NAIROBI_ONSITE),
    ),
    C(
        "weak Arabic two months ago vs weak Arabic two years ago, a year at Qasid since",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Fenella Cartwright-Yousef",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Arabic not at working level - couldn't follow the partner call.",
                        role="Programme Manager",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Rosamund Achebe-Hart",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Arabic not at working level yet.",
                        role="Programme Manager",
                    )
                ],
                touches=[
                    mail(
                        90,
                        "Quick update: I've just finished a year at Qasid and passed the "
                        "advanced exam - I now run partner meetings in Arabic.",
                    )
                ],
            ),
        ],
        **post(ARABIC_PM, AMMAN_ONSITE),
    ),
    C(
        "missed the panel during the Khartoum evacuation vs two no-shows",
        "cs",
        [
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Mohamed Osman Elamin",
                2,
                apps=[
                    app(
                        420,
                        "interview",
                        "rejected",
                        "no_show",
                        "Missed the panel - he was being evacuated from Khartoum that week, "
                        "no signal. Not his fault; panel said re-invite.",
                        role="Logistics Coordinator",
                    )
                ],
            ),
            roster("cs", LOGISTICIAN, "Nairobi, Kenya")(
                "Kelvin Mwendwa Musyoka",
                0,
                apps=[
                    app(
                        200,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show for the second time, no message either time.",
                        role="Logistics Coordinator",
                    )
                ],
            ),
        ],
        **post(LOGS_POST, NAIROBI_ONSITE),
    ),
    C(
        "failed the budget exercise last month vs lost to an internal candidate",
        "cs",
        [
            roster("cs", GRANTS)(
                "Gaspard Jeanneret",
                0,
                apps=[
                    app(
                        35,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Budget exercise poor - couldn't build a donor budget with indirect "
                        "costs, panel unanimous.",
                    )
                ],
            ),
            roster("cs", GRANTS)(
                "Valérie Oberson-Nyirenda",
                2,
                apps=[runner_up(200, "Lost only to an internal candidate with ECHO history.")],
            ),
        ],
        **post(GRANTS_POST, GENEVA_HYBRID),
    ),
    C(
        "talked over national staff on the panel vs praised by the national staff",
        "manager",
        [
            roster("manager", DIRECTOR, "Amman, Jordan")(
                "Rupert Cavendish-Hale",
                0,
                apps=[
                    app(
                        240,
                        "final",
                        "rejected",
                        "culture_fit",
                        "Talked over the two national staff on the panel and dismissed the "
                        "localisation question. Not for us.",
                        role="Country Director",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Amman, Jordan")(
                "Giles Ponsonby-Adu",
                2,
                apps=[
                    runner_up(
                        240,
                        "National staff on the panel rated him highest; lost to the sitting "
                        "deputy.",
                        role="Country Director",
                    )
                ],
            ),
        ],
        **post(CD_POST, AMMAN_ONSITE),
    ),
]

# --- 10. level, size and stage, mission and tools ----------------------------------------------

LEVEL = [
    C(
        "a deputy ready to step up vs wants to step back to a technical role",
        "manager",
        [
            roster("manager", DIRECTOR, "Dhaka, Bangladesh")(
                "Monirul Islam Howlader",
                2,
                touches=[
                    rang(
                        80,
                        "Four years as deputy CD, ran the country twice during the CD's "
                        "leave. Wants the top job now.",
                    )
                ],
            ),
            roster("manager", DIRECTOR, "Dhaka, Bangladesh")(
                "Mizanur Rahman Sikder",
                0,
                touches=[
                    rang(
                        80,
                        "Wants to step back from management - a technical advisory role, no "
                        "SMT, no security phone.",
                    )
                ],
            ),
        ],
        **post(CD_POST, DHAKA_ONSITE),
    ),
    C(
        "wants her own research line vs prefers to work inside a PI's group",
        "data_eng",
        [
            roster("data_eng", POSTDOC)(
                "Solveig Aronsen-Mutua",
                2,
                touches=[
                    mail(
                        60,
                        "I want my own research line next, not another PI's project with my "
                        "name third.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC)(
                "Henrike Wüthrich",
                1,
                touches=[
                    mail(
                        60,
                        "I'm happiest inside an established group - I like being the analyst "
                        "on someone else's big study.",
                    )
                ],
            ),
        ],
        **post(
            FELLOW_POST,
            GENEVA_HYBRID,
            title="Independent Research Fellow",
            description="An independent fellowship: set your own research line on health in "
            "displacement, with a small budget and a PhD student.",
        ),
    ),
    C(
        "wants to stay at the bench vs wants off the bench, a half-bench post",
        "cs",
        [
            roster("cs", LAB, "London, UK")(
                "Hyacinth Baptiste-Moore",
                2,
                touches=[ats(50, "Wants to keep her hands at the bench - half and half ideal.")],
            ),
            roster("cs", LAB, "London, UK")(
                "Winifred Oakes-Bamidele",
                0,
                touches=[
                    ats(
                        50,
                        "Wants to get away from the bench entirely - pure ops and management "
                        "now, her back can't take the hood.",
                    )
                ],
            ),
        ],
        **post(
            LAB_POST,
            LONDON_ONSITE,
            description="Run a 30-person lab; half the week at the bench running the core "
            "sequencing assays.",
        ),
    ),
    C(
        "wants to lead a fundraising team vs happy as an individual gifts officer",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Marguerite Osei-Fanshawe",
                2,
                touches=[
                    rang(
                        70,
                        "Cand wants to lead a team - has mentored two juniors informally.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Esmeralda Pocklington",
                0,
                touches=[
                    rang(
                        70,
                        "Cand happy as an individual gifts officer - no line management, it "
                        "ate her last job.",
                    )
                ],
            ),
        ],
        **post(
            GIFTS_POST,
            LONDON_HYBRID,
            title="Head of Major Gifts",
            seniority="manager",
            description="Build and lead a team of five major gifts officers.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small grassroots NGO, tired of the UN vs wants a big INGO's career path",
        "cs",
        [
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Stella Wairimu Ngige",
                2,
                touches=[
                    rang(
                        50,
                        "Cand tired of UN bureaucracy - wants a small grassroots org where "
                        "decisions take a day, not a quarter.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Agnes Chelangat Koech",
                1,
                touches=[
                    rang(
                        50,
                        "Cand wants a big INGO with structure, a grading system and a career path.",
                    )
                ],
            ),
        ],
        **post(
            PM_POST,
            NAIROBI_HYBRID,
            offers=["A 12-person community-led organisation in Kibera", "Three office days"],
        ),
    ),
    C(
        "wants a big agency with a pension and mobility vs won't go back to a UN agency",
        "cs",
        [
            roster("cs", POLICY)(
                "Leopoldine Vaucher",
                2,
                touches=[
                    ats(
                        65,
                        "Cand wants a big agency - pension fund, mobility between duty "
                        "stations, the works.",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Anastasia Papadakis-Muli",
                0,
                touches=[
                    ats(
                        65,
                        "Cand will not go back to a UN agency - too slow, too many layers.",
                    )
                ],
            ),
        ],
        **post(
            POLICY_POST,
            GENEVA_HYBRID,
            offers=[
                "UN agency with 18,000 staff in 130 countries",
                "UN Joint Staff Pension Fund",
            ],
        ),
    ),
    C(
        "wants to build something from scratch vs needs established systems",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Araminta Fitzwilliam",
                2,
                touches=[
                    rang(
                        45,
                        "Cand wants to build something from scratch - set up a major gifts "
                        "programme where there isn't one.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Jemima Okonjo-Hartley",
                0,
                touches=[
                    rang(
                        45,
                        "Cand needs established systems - her last start-up foundation had no "
                        "CRM, no gift policy, and she burnt out.",
                    )
                ],
            ),
        ],
        **post(
            GIFTS_POST,
            LONDON_HYBRID,
            offers=["A new foundation set up in 2025: build the major gifts function"],
        ),
    ),
    C(
        "loves a small team where she does everything vs wants a big research university",
        "cs",
        [
            roster("cs", POLICY, "Ottawa, Canada")(
                "Brigitte Ouellet-Mwale",
                2,
                touches=[
                    mail(
                        40,
                        "I love small teams where I do a bit of everything - research, "
                        "comms, the odd grant.",
                    )
                ],
            ),
            roster("cs", POLICY, "Ottawa, Canada")(
                "Francine Desrosiers",
                1,
                touches=[
                    mail(
                        40,
                        "Looking for a large research university with a graduate school - I "
                        "want PhD students.",
                    )
                ],
            ),
        ],
        **post(
            POLICY_POST,
            OTTAWA_HYBRID,
            offers=["A six-person independent policy think tank"],
        ),
    ),
]

DEFENCE_PARTNERSHIPS = dict(
    GIFTS_POST,
    title="Corporate and Major Gifts Manager",
    description="Grow income from companies and philanthropists; the portfolio includes our "
    "aerospace and defence corporate partners.",
)
REFUGEE_EDUCATION = dict(
    PM_POST,
    description="Manage a refugee education programme: schools and teachers for Syrian and "
    "Jordanian children in host communities.",
)
BORDER_FUND = dict(
    PM_POST,
    description="Manage an EU-funded migration management programme: border capacity, returns "
    "and reintegration.",
)
FAITH_BASED = dict(
    PM_POST,
    description="Manage livelihoods programmes for a Christian relief agency; staff sign our "
    "statement of faith.",
)
EMERGENCY_RESPONSE = dict(
    PM_POST,
    title="Emergency Response Manager",
    description="Lead category-2 and category-3 emergency responses; deploy within 72 hours.",
)
CLIMATE_HEALTH = dict(
    FELLOW_POST,
    title="Research Fellow, Climate and Health Policy",
    description="Applied research on heat and health in cities, written for ministries and WHO "
    "policy briefs.",
)

MISSION = [
    C(
        "never again for an arms-linked donor vs her red line is tobacco money",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Imelda Castellano-Roper",
                0,
                touches=[
                    rang(
                        80,
                        "Never again for an arms-linked donor - she left her last charity over "
                        "a defence partnership and won't manage one.",
                    )
                ],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Ottilie Marchetti-Boateng",
                2,
                touches=[
                    rang(
                        80,
                        "Her red line is tobacco money - otherwise pragmatic about corporate "
                        "partners.",
                    )
                ],
            ),
        ],
        **post(DEFENCE_PARTNERSHIPS, LONDON_HYBRID),
    ),
    C(
        "refugee education is why she does this vs whichever sector pays best",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Rasha Al-Masri",
                2,
                touches=[
                    mail(
                        60,
                        "Education for refugee kids is why I do this work - I was one of them "
                        "in Zarqa.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Basel Qudah",
                1,
                touches=[mail(60, "Sector doesn't matter to me - whichever pays best.")],
            ),
        ],
        **post(REFUGEE_EDUCATION, AMMAN_ONSITE),
    ),
    C(
        "won't touch border-deterrence money vs wants to work on migration",
        "cs",
        [
            roster("cs", PROGRAMME, "London, UK")(
                "Aoife Brannigan-Ssali",
                0,
                touches=[
                    ats(
                        70,
                        "Won't work on migration deterrence - no EU border budgets, no "
                        "returns programmes. Said it twice.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "London, UK")(
                "Samuel Tesfaye Bekele",
                2,
                touches=[
                    ats(
                        70,
                        "Wants to work on migration and reintegration - has lived it, came "
                        "through Libya in 2012.",
                    )
                ],
            ),
        ],
        **post(BORDER_FUND, LONDON_HYBRID),
    ),
    C(
        "won't sign a statement of faith vs worked for faith-based agencies before",
        "cs",
        [
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Moses Kiplagat Sang",
                0,
                touches=[
                    rang(
                        55,
                        "Secular orgs only - won't sign a statement of faith, whatever the faith.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Nairobi, Kenya")(
                "Ruth Nyaboke Ombati",
                2,
                touches=[
                    rang(
                        55,
                        "Fine with faith-based orgs - did Tearfund and Islamic Relief, both "
                        "good experiences.",
                    )
                ],
            ),
        ],
        **post(FAITH_BASED, NAIROBI_HYBRID),
    ),
    C(
        "burnt out after Gaza, development only vs thrives in emergencies",
        "cs",
        [
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Hala Shunnar",
                0,
                touches=[
                    rang(
                        90,
                        "Burnt out after the Gaza response. Development programmes only from "
                        "now on - no emergencies, no deployments.",
                    )
                ],
            ),
            roster("cs", PROGRAMME, "Amman, Jordan")(
                "Kareem Rifai",
                2,
                touches=[
                    rang(
                        90,
                        "Thrives in emergencies - wants the next cat-3 deployment, bags "
                        "always packed.",
                    )
                ],
            ),
        ],
        **post(EMERGENCY_RESPONSE, AMMAN_ONSITE),
    ),
    C(
        "wants research that reaches policy vs wants pure theory, no policy work",
        "data_eng",
        [
            roster("data_eng", POSTDOC)(
                "Elodie Marchand-Wekesa",
                2,
                touches=[
                    mail(
                        45,
                        "I want applied research that ends up in a ministry's hands, not just "
                        "in a journal.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC)(
                "Oskar Lindahl-Banda",
                1,
                touches=[
                    mail(
                        45,
                        "I'm after pure methods work - theory, not policy engagement.",
                    )
                ],
            ),
        ],
        **post(CLIMATE_HEALTH, GENEVA_HYBRID),
    ),
]

KOBO_POWERBI = dict(
    MEAL_POST,
    requirements="Monitoring and evaluation\nKoboToolbox\nPower BI dashboards\nData quality",
    description="Run digital data collection in KoboToolbox and Power BI dashboards for donors.",
)
SALESFORCE_GIFTS = dict(
    GIFTS_POST,
    description="Grow major gifts income; our supporter CRM is Salesforce Nonprofit Cloud.",
)
PYTHON_FELLOW = dict(
    FELLOW_POST,
    requirements="PhD in epidemiology\nPython\nMachine learning for surveillance\nField data",
    description="Build machine-learning early-warning models for cholera and measles from "
    "surveillance data, in Python.",
)

TECH = [
    C(
        "done with paper surveys, wants Kobo and Power BI vs wants R and Stata",
        "data_eng",
        [
            roster("data_eng", MEAL, "Dhaka, Bangladesh")(
                "Ayesha Siddika Munshi",
                2,
                touches=[
                    ats(
                        40,
                        "Cand done with paper surveys and Excel - wants Kobo + Power BI, did "
                        "the PBI course herself.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Dhaka, Bangladesh")(
                "Rubina Yasmin Tapader",
                1,
                touches=[
                    ats(
                        40,
                        "Cand wants to go deeper into R and Stata analysis, not dashboards.",
                    )
                ],
            ),
        ],
        **post(KOBO_POWERBI, DHAKA_ONSITE),
    ),
    C(
        "hates Raiser's Edge, wants Salesforce vs won't touch Salesforce again",
        "sales",
        [
            roster("sales", GIFTS, "London, UK")(
                "Felicity Ogunleye-Marsh",
                2,
                touches=[li(55, "honestly if I never see Raiser's Edge again it'll be too soon")],
            ),
            roster("sales", GIFTS, "London, UK")(
                "Hermione Radcliffe-Tetteh",
                0,
                touches=[
                    li(
                        55,
                        "Not touching Salesforce again after that migration - RE NXT shops "
                        "only please.",
                    )
                ],
            ),
        ],
        **post(SALESFORCE_GIFTS, LONDON_HYBRID),
    ),
    C(
        "wants to move from Stata to Python and ML vs staying with Stata and qual",
        "data_eng",
        [
            roster("data_eng", POSTDOC, "Ottawa, Canada")(
                "Aurore Bélanger-Kimani",
                2,
                touches=[
                    mail(
                        65,
                        "I want to move from Stata to Python and ML methods - doing the "
                        "courses at night already.",
                    )
                ],
            ),
            roster("data_eng", POSTDOC, "Ottawa, Canada")(
                "Laurence Gagné-Poirier",
                1,
                touches=[
                    mail(
                        65,
                        "I'd rather stay in Stata and mixed methods; ML isn't for me.",
                    )
                ],
            ),
        ],
        **post(PYTHON_FELLOW, OTTAWA_HYBRID),
    ),
]

# --- 11. the latest process -------------------------------------------------------------------

PROCESS = [
    C(
        "a final panel vs a CV screen only",
        "cs",
        [
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Winnie Chepngetich Bett",
                2,
                apps=[runner_up(140, "Close second; panel loved her ECHO single form.")],
            ),
            roster("cs", GRANTS, "Nairobi, Kenya")(
                "Diana Wangui Njoroge",
                1,
                apps=[
                    app(
                        140,
                        "screen",
                        "rejected",
                        "other",
                        "Screened out at CV stage - 400 applicants, not read in full.",
                    )
                ],
            ),
        ],
        **post(GRANTS_POST, NAIROBI_HYBRID),
    ),
    C(
        "we placed her six weeks ago vs our placement ended with the grant",
        "data_eng",
        [
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Verónica Arbeláez Tobón",
                0,
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "Placed by us: started today as MEAL lead at the Bogotá office of a "
                        "partner NGO. Hands off for other roles.",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Bogotá, Colombia")(
                "Luisa Fernanda Henao",
                2,
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "Her MEAL post (placed by us in 2024) ended with the grant on 30 Sept. "
                        "Looking again, keen.",
                    )
                ],
            ),
        ],
        **post(MEAL_POST, BOGOTA_HYBRID),
    ),
    C(
        "used two offers for counter-offers vs lost a final",
        "cs",
        [
            roster("cs", POLICY)(
                "Maximilian Oehler-Sow",
                0,
                apps=[
                    said_no(
                        260,
                        "counteroffer",
                        "Took his employer's counter again - second offer of ours he's used "
                        "for a raise.",
                        role="Humanitarian Policy Adviser",
                    )
                ],
            ),
            roster("cs", POLICY)(
                "Constance Favrod-Kariuki",
                2,
                apps=[runner_up(260, role="Humanitarian Policy Adviser")],
            ),
        ],
        **post(POLICY_POST, GENEVA_HYBRID),
    ),
    C(
        "an offer pulled by a stop-work order vs screened out for skills",
        "data_eng",
        [
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Sharon Jepkosgei Kibet",
                2,
                apps=[
                    app(
                        300,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer withdrawn the day the stop-work order landed on the grant - "
                        "nothing to do with her.",
                        role="MEAL Officer",
                    )
                ],
            ),
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Cynthia Wanjiru Maina",
                1,
                apps=[
                    app(
                        300,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "No quantitative M&E experience at the time.",
                        role="MEAL Officer",
                    )
                ],
            ),
        ],
        **post(MEAL_POST, NAIROBI_HYBRID),
    ),
]

# --- 12. several notes over time: the latest word counts ----------------------------------------

LATEST_WORD = [
    C(
        "no non-family posts in March, fine in October vs the reverse",
        "manager",
        [
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Jackson Mwangi Kinyanjui",
                2,
                touches=[
                    rang(date(2026, 3, 9), "No NFDS - kids still at home."),
                    rang(
                        date(2026, 10, 12),
                        "Update: both kids at boarding school in Nanyuki now, non-family is fine.",
                    ),
                ],
            ),
            roster("manager", DIRECTOR, "Nairobi, Kenya")(
                "Evans Kiplimo Cheruiyot",
                0,
                touches=[
                    rang(date(2026, 3, 9), "NFDS fine, he's done them before."),
                    rang(
                        date(2026, 10, 12),
                        "Update: wife expecting in Feb - no non-family posts now.",
                    ),
                ],
            ),
        ],
        **post(NON_FAMILY_CD, dict(remote_policy="onsite", location="Maiduguri, Nigeria")),
    ),
    C(
        "an opt-out taken back vs 'keep me posted' hardened into an opt-out",
        "cs",
        [
            roster("cs", GRANTS)(
                "Evangeline Nyakundi-Roth",
                2,
                touches=[
                    mail(date(2026, 2, 16), "Please stop sending me roles."),
                    mail(
                        date(2026, 9, 28),
                        "I asked you to stop in February, but our grant wasn't renewed and I'm "
                        "looking again. Please do send roles.",
                    ),
                ],
            ),
            roster("cs", GRANTS)(
                "Madeleine Sauthier",
                0,
                touches=[
                    mail(date(2026, 2, 16), "Not right now, but keep me posted please."),
                    mail(
                        date(2026, 9, 28),
                        "Please remove me from your talent pool and stop contacting me.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **post(GRANTS_POST, GENEVA_HYBRID),
    ),
    C(
        "a CHF 150k floor lowered to 120k vs 115k raised to 150k, a 110-125k band",
        "cs",
        [
            roster("cs", POLICY)(
                "Florian Tschopp",
                2,
                touches=[
                    ats(date(2026, 3, 2), "CHF 150k min."),
                    ats(
                        date(2026, 9, 14),
                        "Would now take CHF 120k - the funding cuts have changed the market.",
                    ),
                ],
            ),
            roster("cs", POLICY)(
                "Dominik Zbinden",
                0,
                touches=[
                    ats(date(2026, 3, 2), "Would do CHF 115k."),
                    ats(
                        date(2026, 9, 14),
                        "Got promoted, now needs CHF 150k to move.",
                    ),
                ],
            ),
        ],
        **post(POLICY_POST, GENEVA_HYBRID, salary_min=110_000, salary_max=125_000, currency="CHF"),
    ),
    C(
        "no move to Dhaka, then wants Dhaka vs keen on Dhaka, then staying in Khulna",
        "cs",
        [
            roster("cs", PROGRAMME, "Khulna, Bangladesh")(
                "Shafiqul Islam Mondol",
                2,
                touches=[
                    rang(date(2026, 2, 2), "Not moving to Dhaka."),
                    rang(
                        date(2026, 10, 5),
                        "Wife got a post at BRAC in Dhaka - they move in December, he wants "
                        "Dhaka roles now.",
                    ),
                ],
            ),
            roster("cs", PROGRAMME, "Khulna, Bangladesh")(
                "Rafiqul Alam Gazi",
                0,
                touches=[
                    rang(date(2026, 2, 2), "Keen to move to Dhaka."),
                    rang(
                        date(2026, 10, 5),
                        "Mother unwell - staying in Khulna, no relocation now.",
                    ),
                ],
            ),
        ],
        **post(PM_POST, DHAKA_ONSITE),
    ),
    C(
        "consultancy only, then a staff post vs a staff post, then consultancy only",
        "data_eng",
        [
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Edwin Kipchumba Too",
                2,
                touches=[
                    li(date(2026, 1, 19), "Consultancies only for me this year."),
                    li(
                        date(2026, 9, 21),
                        "Changed my mind - a staff post with medical would suit me now, baby "
                        "on the way.",
                    ),
                ],
            ),
            roster("data_eng", MEAL, "Nairobi, Kenya")(
                "Felix Omollo Okoth",
                0,
                touches=[
                    li(date(2026, 1, 19), "Looking for a staff post."),
                    li(
                        date(2026, 9, 21),
                        "Went independent in August - consultancies only now.",
                    ),
                ],
            ),
        ],
        **post(
            MEAL_POST,
            NAIROBI_HYBRID,
            offers=["Two-year staff contract with medical cover", "Three office days"],
        ),
    ),
]

HELDOUT29_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *RESOLVED,
    *NEGATIONS,
    *WORK_MODE,
    *LOCATIONS,
    *LAST_TIME,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LATEST_WORD,
    *PROCESS,
]
