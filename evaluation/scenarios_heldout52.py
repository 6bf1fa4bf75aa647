"""Held-out rediscovery cases, fifty-second set: finance recruiting in accountancy, audit, tax,
insurance and actuarial work, written by a stranger to the reader (its code, its labelled sets
and the earlier case files' sentences were not looked at; held-out 10 was opened for its format
only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are a specialist finance agency with desks in
London, Manchester, Dublin, New York, Toronto, Mumbai and Singapore, the in-house talent teams of
a mid-tier accountancy firm, a Lloyd's insurer and a general insurer, and the odd audit or tax
partner who types their own notes. The people are audit seniors and managers (ACA, ACCA, CPA,
CA), tax managers (CTA, EA), actuarial analysts sitting IFoA and SOA exams, interim financial
controllers on day rates, underwriters and claims handlers. The voices: terse ATS shorthand
("cand", "LM", "sp w/", "pq'd", "TC", "FC", "BS", "YE"), lower-case WhatsApps and texts, LinkedIn
replies, candidates' emails, formal letters, partners' notes, long call notes where one line
decides, and a few lines in Hindi, Hinglish, Irish, Canadian French and Chinese. Busy season,
year-end, the 31 January self-assessment deadline, exam sittings, study leave, training-contract
clawbacks, secondments, bonuses, pensions and day rates inside and outside IR35 run through them.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an erasure email, a blunt WhatsApp, a LinkedIn "kindly refrain", an ATS DNC, a
   formal withdrawal of consent, Hindi, Irish, Chinese and Canadian French, a "no thanks" reply,
   someone who has left accountancy and wants off the lists, a partner's note): never shown;
   beside each a scoped stop that is no opt-out (a new email address, WhatsApp only, one client,
   the newsletter, feedback owed, one kind of role, not in busy-season hours, the switchboard);
2. waits counted from the day said, each against a twin whose wait has run out: exam sittings
   (ACCA, CFA, IFoA, CPA, CA Final), the 31 January deadline, notice periods, "six weeks",
   quarters, Diwali and Pongal, Chinese New Year, study leave, maternity leave, a training
   contract and its clawback, a probation; and notes full of dates that ask for no wait;
3. schedule (part-time days, busy-season Saturdays, weekend rotas, US-shift nights in India,
   early APAC starts, a nine-day fortnight, Shabbat), travel (overnights, % of time, driving
   between branches, international audit travel, regional travel from Singapore, plant visits in
   Gujarat, secondments), visa and right to work (Skilled Worker, H-1B, PGWP, Stamp 4, a spouse's
   visa), contract type (interim against perm, a fixed-term cover, inside IR35, 1099 against W-2)
   and commute (the Elizabeth line, the M50 and the Luas, Virar to BKC, Mississauga without a
   car, the Forth crossings, Pasir Ris to Jurong);
4. pay against the band: annual asks in pounds, euros, dollars, Canadian dollars, lakhs and
   Singapore dollars a month, a current salary above the band with a lower ask, day and hourly
   rates, a pension contribution wanted;
5. work mode in the title only, the description only, hybrid days, negation and its scope
   ("not remote-only", "the office wasn't the problem, the hours were"), Hinglish and French;
6. location and relocation, managing against hands-on, firm size (Big Four, mid-tier, a small
   practice, an insurtech), industry and mission wanted or refused (gambling, oil and gas,
   tobacco, defence, crypto, payday lending, charity, NHS, renewables, Lloyd's) and technology
   wanted or refused (SAP, Xero against Sage, Alteryx, Python against Prophet, Oracle, R against
   SAS, Tally, AI in claims, Excel-heavy month-ends);
7. last time's reason resolved by this role or still standing, the history with us (a no-show,
   a conduct concern, a recent placement, a fresh counter-offer) and the latest process;
8. several notes over time where the latest word counts (travel, office days, pay, relocation,
   managing, contract type, firm size, hours, technology, a wait called off, a visa).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

AUDIT_SENIOR = dict(
    current_title="Audit Senior",
    skills=["External audit", "ACA", "IFRS", "FRS 102", "CaseWare"],
    years_experience=5,
    resume_text=(
        "ACA-qualified audit senior, five years in practice: running fieldwork on owner-managed "
        "and listed clients, planning, risk assessment, group audits under IFRS and FRS 102, "
        "coaching associates and drafting management letters."
    ),
)
TAX_MANAGER = dict(
    current_title="Tax Manager",
    skills=["Corporate tax", "CTA", "Tax compliance", "R&D claims", "Alteryx"],
    years_experience=8,
    resume_text=(
        "CTA-qualified tax manager, eight years: corporation tax compliance and advisory for "
        "mid-market groups, R&D relief claims, personal tax for owner-managers and HMRC enquiries."
    ),
)
ACTUARY = dict(
    current_title="Actuarial Analyst",
    skills=["Reserving", "IFRS 17", "Prophet", "Python", "R"],
    years_experience=4,
    resume_text=(
        "Actuarial analyst, four years on general insurance reserving and IFRS 17 reporting, "
        "eight IFoA exams passed, models in Prophet, R and Python."
    ),
)
CONTROLLER = dict(
    current_title="Financial Controller",
    skills=[
        "Month-end close",
        "Consolidation",
        "Statutory accounts",
        "NetSuite",
        "Team leadership",
    ],
    years_experience=12,
    resume_text=(
        "Qualified accountant, twelve years, the last five as financial controller and interim "
        "FC: month-end close, group consolidation, statutory accounts, audit liaison and systems "
        "migrations."
    ),
)
UNDERWRITER = dict(
    current_title="Property Underwriter",
    skills=["Commercial property", "Lloyd's market", "Broker relationships", "Risk pricing"],
    years_experience=7,
    resume_text=(
        "Commercial property underwriter, seven years in the Lloyd's and company market: "
        "broker relationships, risk selection and pricing, portfolio reviews."
    ),
)
US_ASSURANCE = dict(
    current_title="Senior Associate, Assurance",
    skills=["US GAAP", "SOX", "CPA", "External audit"],
    years_experience=4,
    resume_text=(
        "CPA, four years in assurance: US GAAP audits of manufacturing and tech clients, SOX "
        "testing, staff supervision in busy season."
    ),
)
INDIA_CA = dict(
    current_title="Chartered Accountant",
    skills=["Ind AS", "GST", "Statutory audit", "SAP FICO"],
    years_experience=5,
    resume_text=(
        "Chartered Accountant (ICAI), five years: statutory and tax audits, Ind AS reporting, "
        "GST returns and SAP FICO month-end for manufacturing groups."
    ),
)


def pool(persona: dict, where: str):
    """People of one kind on file: the same finance profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, "finance", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A recruiter's line typed into the ATS, shorthand and typos left in."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A recruiter's note of a phone call."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def mail(days, note) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def wa(days, note) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def li(days, note) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def partner(days, note) -> dict:
    """A partner's or hiring manager's note after meeting the candidate."""
    return touch(days, "outbound", None, "note", note=note, channel="meeting")


def lost_final(days, note=None, *, role="Audit Senior") -> dict:
    """Reached the final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Audit Senior") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Audit Senior") -> dict:
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

AUDIT_ROLE = dict(
    title="Audit Senior",
    department="Audit and Assurance",
    seniority="senior",
    requirements="ACA or ACCA qualified\nExternal audit experience\nIFRS and FRS 102",
    description="Run audit fieldwork on a portfolio of owner-managed and listed clients.",
)
AUDIT_MANAGER_ROLE = dict(
    title="Audit Manager",
    department="Audit and Assurance",
    seniority="manager",
    requirements="ACA or ACCA qualified\nExternal audit experience\nSupervising audit teams",
    description="Lead audits end to end and line-manage a team of six seniors and associates.",
)
TAX_ROLE = dict(
    title="Tax Manager",
    department="Tax",
    seniority="manager",
    requirements="CTA or ATT\nCorporate tax compliance\nR&D relief claims",
    description="Look after corporate tax compliance and advisory for a mid-market portfolio.",
)
ACT_ROLE = dict(
    title="Actuarial Analyst, Reserving",
    department="Actuarial",
    seniority="mid",
    requirements="Studying towards IFoA or SOA fellowship\nReserving\nIFRS 17\nR or Python",
    description="Quarterly reserving and IFRS 17 reporting for a general insurer.",
)
FC_ROLE = dict(
    title="Financial Controller",
    department="Finance",
    seniority="manager",
    requirements="ACA, ACCA or CIMA\nMonth-end close\nGroup consolidation\nStatutory accounts",
    description="Own month-end, consolidation and the statutory accounts for a group.",
)
UW_ROLE = dict(
    title="Property Underwriter",
    department="Underwriting",
    seniority="senior",
    requirements="Commercial property underwriting\nBroker relationships\nRisk pricing",
    description="Write a commercial property account with the London market brokers.",
)
US_AUDIT_ROLE = dict(
    title="Senior Associate, Audit",
    department="Assurance",
    seniority="senior",
    requirements="CPA or CPA-eligible\nUS GAAP\nSOX testing\nExternal audit",
    description="Senior on US GAAP audits for public and private clients.",
)
CA_ROLE = dict(
    title="Chartered Accountant, Statutory Audit",
    department="Audit",
    seniority="mid",
    requirements="CA (ICAI)\nStatutory audit\nInd AS\nGST",
    description="Statutory and tax audits for manufacturing and services clients.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week in our Moorgate office"],
)
LONDON_ONSITE = dict(remote_policy="onsite", location="London, UK")
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week in St Peter's Square"],
)
LEEDS_ONSITE = dict(remote_policy="onsite", location="Leeds, UK")
BIRMINGHAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Birmingham, UK",
    offers=["Hybrid: two days a week at Colmore Row"],
)
EDINBURGH_ONSITE = dict(remote_policy="onsite", location="Edinburgh, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in Dublin 2"],
)
DUBLIN_ONSITE = dict(remote_policy="onsite", location="Dublin, Ireland")
NY_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Hybrid: three days a week in Midtown"],
)
CHICAGO_ONSITE = dict(remote_policy="onsite", location="Chicago, IL, USA")
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Hybrid: two days a week on Bay Street"],
)
MUMBAI_ONSITE = dict(remote_policy="onsite", location="Mumbai, India")
BENGALURU_HYBRID = dict(
    remote_policy="hybrid",
    location="Bengaluru, India",
    offers=["Hybrid: three days a week in Whitefield"],
)
SINGAPORE_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: three days a week at Marina Bay"],
)

# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

A_LDN = pool(AUDIT_SENIOR, "London, UK")
T_MAN = pool(TAX_MANAGER, "Manchester, UK")
ACT = pool(ACTUARY, "London, UK")
FC_DUB = pool(CONTROLLER, "Dublin, Ireland")
US = pool(US_ASSURANCE, "New York, NY, USA")
CA_MUM = pool(INDIA_CA, "Mumbai, India")
A_SG = pool(AUDIT_SENIOR, "Singapore")
UW = pool(UNDERWRITER, "London, UK")
FC_UK = pool(CONTROLLER, "Birmingham, UK")
US_TO = pool(US_ASSURANCE, "Toronto, ON, Canada")

OPT_OUTS = [
    C(
        "delete my details and never contact me vs delete my old Hotmail, use this one",
        "backend",
        [
            A_LDN(
                "Priyanka Ould-Mansour",
                0,
                touches=[
                    mail(
                        45,
                        "Hi, please delete all my details from your system and do not contact "
                        "me again about any roles. Thanks, P.",
                    )
                ],
                excluded=True,
            ),
            A_LDN(
                "Harriet Quinlivan",
                2,
                touches=[
                    mail(
                        45,
                        "Hi, could you delete my old Hotmail from your system? I'm only using "
                        "this gmail now. Still keen on audit senior roles in London.",
                    )
                ],
            ),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID),
    ),
    C(
        "a blunt WhatsApp to stop vs stop WhatsApping me, email's fine",
        "backend",
        [
            T_MAN(
                "Declan Forsythe-Amadi",
                0,
                touches=[wa(20, "pls stop messaging me abt jobs. not interested. ever.")],
                excluded=True,
            ),
            T_MAN(
                "Sunil Varadarajan",
                2,
                touches=[
                    wa(
                        20,
                        "can u stop whatsapping me during work pls, email me the tax roles instead",
                    )
                ],
            ),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "LinkedIn 'kindly refrain' vs LinkedIn 'not Deloitte again'",
        "backend",
        [
            ACT(
                "Imogen Strachan-Bell",
                0,
                touches=[
                    li(
                        60,
                        "Kindly refrain from reaching out to me in future. I am not open to "
                        "approaches from recruiters, now or later.",
                    )
                ],
                excluded=True,
            ),
            ACT(
                "Tobias Wynn-Okoro",
                2,
                touches=[
                    li(
                        60,
                        "Please don't put me forward to Deloitte again, I've interviewed there "
                        "twice. Anything on the insurer side I'd love to hear about.",
                    )
                ],
            ),
        ],
        **job(ACT_ROLE, LONDON_HYBRID),
    ),
    C(
        "ATS DNC at the candidate's request vs unsubscribed from the market-update newsletter",
        "backend",
        [
            FC_DUB(
                "Orla Breathnach",
                0,
                touches=[
                    ats(90, "DNC - cand reqd no further contact on call 12/08. do not re-engage.")
                ],
                excluded=True,
            ),
            FC_DUB(
                "Cathal Brosnan",
                2,
                touches=[
                    ats(
                        90,
                        "cand asked to come off the monthly salary survey / market update "
                        "mailer. still wants FC roles, Dublin south side ideally.",
                    )
                ],
            ),
        ],
        **job(FC_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "a formal withdrawal of consent vs a formal request for feedback owed",
        "backend",
        [
            US(
                "Eleanor Vandermeer",
                0,
                touches=[
                    mail(
                        75,
                        "Dear Sir or Madam, I write to withdraw my consent to your processing of "
                        "my personal data and to ask that you cease all further contact with "
                        "me, by any means. Yours faithfully, E. Vandermeer",
                    )
                ],
                excluded=True,
            ),
            US(
                "Marcus Adesanya",
                2,
                touches=[
                    mail(
                        75,
                        "Dear Ms Patel, I write to ask for the feedback from my final interview "
                        "in June, which I was told would follow and never did. I remain very "
                        "interested in senior audit opportunities with your clients. Sincerely, "
                        "M. Adesanya",
                    )
                ],
            ),
        ],
        **job(US_AUDIT_ROLE, NY_HYBRID),
    ),
    C(
        "Hindi: please never call again vs Hindi: don't send audit roles, tax only",
        "backend",
        [
            CA_MUM(
                "Kavita Raghunathan",
                0,
                touches=[
                    wa(
                        35,
                        "Kripya mujhe dobara call ya message na karein. Mera number apni list "
                        "se hata dijiye.",
                    )
                ],
                excluded=True,
            ),
            CA_MUM(
                "Anirudh Bhatnagar",
                2,
                touches=[
                    wa(
                        35,
                        "Mujhe sirf statutory audit wali roles bhejiye, internal audit ya "
                        "consulting mat bhejiye. Baaki sab theek hai.",
                    )
                ],
            ),
        ],
        **job(CA_ROLE, MUMBAI_ONSITE, salary_min=1_200_000, salary_max=1_600_000, currency="INR"),
    ),
    C(
        "Irish: do not contact me again vs not during busy-season working hours",
        "backend",
        [
            FC_DUB(
                "Siobhán Ní Riada",
                0,
                touches=[
                    mail(50, "Ná déan teagmháil liom arís, le do thoil. Go raibh maith agat.")
                ],
                excluded=True,
            ),
            FC_DUB(
                "Eoghan Mac Carthaigh",
                2,
                touches=[
                    mail(
                        50,
                        "Please don't ring me between 9 and 6 while we're in year-end - "
                        "evenings or email are grand. Very open to a move.",
                    )
                ],
            ),
        ],
        **job(FC_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "Chinese: please don't contact me again vs this one doesn't suit, keep sending others",
        "backend",
        [
            A_SG(
                "Lim Wei Ling",
                0,
                touches=[wa(40, "请不要再联系我了，也不要再发职位给我。谢谢。")],
                excluded=True,
            ),
            A_SG(
                "Tan Jun Hao",
                2,
                touches=[wa(40, "上次那个职位不太适合我，不过请继续发其他审计的机会给我。")],
            ),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID),
    ),
    C(
        "a 'no thanks' reply to our outreach vs 'no thanks to that one' with a question",
        "backend",
        [
            UW(
                "Rupert Achterberg",
                0,
                touches=[
                    touch(30, "outbound", None, "re_engagement", note="Reconnect email re: UW"),
                    mail(29, "No thanks, cheers."),
                ],
                excluded=True,
            ),
            UW(
                "Felicity Amankwah",
                2,
                touches=[
                    touch(30, "outbound", None, "re_engagement", note="Reconnect email re: UW"),
                    mail(
                        29,
                        "No thanks to the marine one - but if a property role comes up at a "
                        "syndicate, I'm all ears.",
                    ),
                ],
            ),
        ],
        **job(UW_ROLE, LONDON_HYBRID),
    ),
    C(
        "left accountancy and wants off every list vs left practice for industry",
        "backend",
        [
            FC_UK(
                "Gareth Trevithick",
                0,
                touches=[
                    mail(
                        100,
                        "I've left accountancy for good and retrained as a secondary teacher. "
                        "Please take me off all your lists - there's nothing you could send me.",
                    )
                ],
                excluded=True,
            ),
            FC_UK(
                "Lucinda Ferraro",
                2,
                touches=[
                    mail(
                        100,
                        "I've left practice for industry, so please update my record - "
                        "in-house controller roles only from now on.",
                    )
                ],
            ),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID),
    ),
    C(
        "a partner's note: never approach her vs not through her firm's switchboard",
        "backend",
        [
            T_MAN(
                "Rosalind Ekwueme",
                0,
                touches=[
                    partner(
                        140,
                        "After the way her secondment ended she has asked that neither we nor "
                        "any agency acting for us approach her again. Please respect that.",
                    )
                ],
                excluded=True,
            ),
            T_MAN(
                "Philippa Wedgwood",
                2,
                touches=[
                    partner(
                        140,
                        "Strong technically. She asked we never call her via her current "
                        "firm's switchboard - personal mobile only. Keen to talk again.",
                    )
                ],
            ),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "Canadian French: remove me and stop vs not available this week, write next week",
        "backend",
        [
            US_TO(
                "Geneviève Tremblay-Roy",
                0,
                touches=[
                    mail(
                        55,
                        "Veuillez retirer mon nom de votre liste et ne plus me contacter, merci.",
                    )
                ],
                excluded=True,
            ),
            US_TO(
                "Mathieu Bergeron",
                2,
                touches=[
                    mail(
                        55,
                        "Je ne suis pas disponible pour un appel cette semaine, écrivez-moi "
                        "la semaine prochaine - le poste m'intéresse.",
                    )
                ],
            ),
        ],
        **job(US_AUDIT_ROLE, TORONTO_HYBRID),
    ),
]

# --- 2. waits counted from the day said, against twins whose wait has run out ----------------

A_MAN = pool(AUDIT_SENIOR, "Manchester, UK")
T_LDN = pool(TAX_MANAGER, "London, UK")
CA_BLR = pool(INDIA_CA, "Bengaluru, India")
UW_LDN = pool(UNDERWRITER, "London, UK")
FC_LDN = pool(CONTROLLER, "London, UK")

WAITS = [
    C(
        "ACCA SBR in the March sitting vs an ACCA paper sat in September",
        "backend",
        [
            A_MAN(
                "Bethany Ollerenshaw",
                1,
                ("Sitting SBR in the March sitting - want that done before any interviews.", 40),
            ),
            A_MAN(
                "Callum Atherley",
                2,
                ("Sitting AAA in the September session, let's talk once it's sat.", 150),
            ),
        ],
        **job(AUDIT_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "nothing till the 31 January deadline, said this autumn vs said last January",
        "backend",
        [
            T_LDN(
                "Nikhil Saraogi",
                1,
                ("nothing till the 31 Jan SA deadline is out the way pls", 30),
            ),
            T_LDN(
                "Morwenna Tregear",
                2,
                ("Ping me once the January self-assessment crunch is behind me.", 320),
            ),
        ],
        **job(TAX_ROLE, LONDON_HYBRID),
    ),
    C(
        "give the counter-offer six months, said three weeks ago vs eight months ago",
        "backend",
        [
            FC_LDN(
                "Alastair Bywater",
                1,
                (
                    "Took the counter-offer. Promised my wife I'd give it six months before "
                    "looking again.",
                    20,
                ),
            ),
            FC_LDN(
                "Jolyon Westerby",
                2,
                ("Accepted their counter - said I'd give it six months and see.", 250),
            ),
        ],
        **job(FC_ROLE, LONDON_HYBRID),
    ),
    C(
        "ask me again in six weeks: ten days ago vs ten weeks ago",
        "backend",
        [
            UW_LDN("Saoirse Ní Mhurchú", 1, touches=[li(10, "Ask me again in six weeks?")]),
            UW_LDN("Hamish Lockerbie", 2, touches=[li(70, "Try me again in six weeks or so.")]),
        ],
        **job(UW_ROLE, LONDON_HYBRID),
    ),
    C(
        "no interviews until Q2 next year vs come back after Q3 close",
        "backend",
        [
            FC_DUB(
                "Fionnuala Garvey",
                1,
                ("Our YE is 31 March. No interviews from me until Q2 next year.", 20),
            ),
            FC_DUB(
                "Donncha Hegarty",
                2,
                ("Swamped with Q3 close, come back to me in October.", 100),
            ),
        ],
        **job(FC_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "a long note: connect after Pongal in January vs after Diwali",
        "backend",
        [
            CA_BLR(
                "Lakshmi Venkataraman",
                1,
                touches=[
                    rang(
                        30,
                        "Long call. Cand at a mid-size CA firm in Jayanagar, 5 yrs post-qual, "
                        "handles stat audits for 3 listed cos, knows SAP FICO well, CTC 14 LPA, "
                        "expects 18-20. Ok with hybrid, has a two-wheeler, Whitefield is far "
                        "but fine 3 days. Sister's wedding after Diwali and then Pongal at "
                        "home in Madurai - asked us to connect only after Pongal in January.",
                    )
                ],
            ),
            CA_BLR(
                "Raghav Iyengar",
                2,
                touches=[
                    rang(
                        60,
                        "Spoke w/ cand. Travelling to Jaipur with family for Diwali, call "
                        "after Diwali. Otherwise open, 5 yrs stat audit.",
                    )
                ],
            ),
        ],
        **job(CA_ROLE, BENGALURU_HYBRID),
    ),
    C(
        "only after Chinese New Year's bonus vs after the mid-year bonus in July",
        "backend",
        [
            A_SG("Goh Shu Min", 1, ("will only move after CNY, when the bonus is paid out", 15)),
            A_SG("Ong Kai Xiang", 2, ("Want to collect my mid-year bonus in July first.", 200)),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID),
    ),
    C(
        "on study leave for CA Final till 10 December vs till 10 October",
        "backend",
        [
            CA_MUM(
                "Aishwarya Deshpande",
                1,
                ("On study leave for CA Final till 10 Dec, please don't call till then.", 25),
            ),
            CA_MUM(
                "Sameer Kulkarni",
                2,
                ("Study leave till 10 Oct, reachable after that.", 80),
            ),
        ],
        **job(CA_ROLE, MUMBAI_ONSITE),
    ),
    C(
        "on maternity leave until the end of April vs back from it since September",
        "backend",
        [
            T_MAN(
                "Zainab Mirza",
                1,
                touches=[
                    mail(
                        40,
                        "I'm on maternity leave until the end of April - I'll be in touch "
                        "after that, would love to hear about tax roles then.",
                    )
                ],
            ),
            T_MAN(
                "Naomi Fairclough",
                2,
                touches=[
                    mail(
                        60,
                        "Back from maternity leave since September and ready for a change - "
                        "tax manager, Manchester, hybrid.",
                    )
                ],
            ),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "training contract and fee clawback to August 2027 vs TC finished in August",
        "backend",
        [
            A_LDN(
                "Josiah Brackenbury",
                1,
                (
                    "TC runs to Aug 2027 and I'd have to repay the ACA fees if I left early - "
                    "speak next summer.",
                    30,
                ),
            ),
            A_LDN(
                "Clementine Asante",
                2,
                ("TC finished in August, fully ACA now, clawback no longer applies.", 60),
            ),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID),
    ),
    C(
        "six months' probation that started in October vs probation passed in May",
        "backend",
        [
            UW_LDN(
                "Tristram Fenwick",
                1,
                (
                    "Started at the new syndicate in October - six months' probation, "
                    "don't want to rock the boat till that's passed.",
                    40,
                ),
            ),
            UW_LDN(
                "Ambrose Tillotson",
                2,
                ("Joined last November, passed probation in May, settled but open.", 90),
            ),
        ],
        **job(UW_ROLE, LONDON_HYBRID),
    ),
    C(
        "a CV history full of dates asks for no wait; a March bonus does",
        "backend",
        [
            T_LDN(
                "Oluwaseun Adeyemi-Clarke",
                2,
                (
                    "Qualified ACA 07/2021; Grant Thornton 2019-2023; in-house since "
                    "03/2024; CTA passed Nov 2025. Free to interview any time.",
                    15,
                ),
            ),
            T_LDN(
                "Bartholomew Kessington",
                1,
                ("Not moving until my bonus lands at the end of March.", 15),
            ),
        ],
        **job(TAX_ROLE, LONDON_HYBRID),
    ),
    C(
        "IFoA CM1 in the April sitting vs CS2 sat in September",
        "backend",
        [
            ACT("Ishaan Malhotra", 1, ("Sitting CM1 in the April sitting - talk after that.", 30)),
            ACT("Rebecca Hollingworth", 2, ("CS2 in the September sitting, speak after.", 120)),
        ],
        **job(ACT_ROLE, LONDON_HYBRID),
    ),
    C(
        "CPA FAR on January 15 vs REG on September 20",
        "backend",
        [
            US(
                "Brianna Kowalczyk",
                1,
                touches=[wa(20, "taking FAR jan 15th. after that im all yours lol")],
            ),
            US(
                "Dashiell Moreau",
                2,
                touches=[wa(100, "sitting REG on sept 20, hit me up after")],
            ),
        ],
        **job(US_AUDIT_ROLE, NY_HYBRID),
    ),
    C(
        "an ATS line crowded with dates vs hands full till after the January year-end",
        "backend",
        [
            FC_UK(
                "Venkat Subramaniam",
                2,
                touches=[
                    ats(
                        25,
                        "int'd 14/03, 2nd stg 02/04, sp w/ 11/09 - "
                        "cand open to FC roles now, Bham.",
                    )
                ],
            ),
            FC_UK(
                "Theodora Pemberton",
                1,
                touches=[ats(25, "sp w/ cand - hands full till after YE 31/01, then all ears.")],
            ),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID),
    ),
]

# --- 3a. schedule: hours, days, rotas, nights, weekends --------------------------------------

GBS_PUNE = dict(
    remote_policy="onsite",
    location="Pune, India",
    offers=["US shift: 6:30pm to 3:30am IST, night allowance and cab drop"],
)
CA_PUNE = pool(INDIA_CA, "Pune, India")
CLAIMS_ROLE = dict(
    title="Claims Technical Specialist",
    department="Claims",
    seniority="senior",
    requirements="Commercial property claims\nLoss adjuster liaison\nReserving on claims",
    description="Handle complex commercial property claims for a general insurer.",
)

SCHEDULE = [
    C(
        "three days a week for school pick-ups vs full-time again now the kids are older",
        "backend",
        [
            A_MAN(
                "Keeley Brotherton",
                0,
                ("Can only do three days a week - school pick-ups Mon, Thu and Fri.", 50),
            ),
            A_MAN(
                "Saffron Hollinrake",
                2,
                ("Was on four days, but kids are at secondary now - full-time is fine.", 50),
            ),
        ],
        **job(
            AUDIT_ROLE,
            MANCHESTER_HYBRID,
            description="Full-time audit senior, Monday to Friday, on a portfolio of "
            "owner-managed clients.",
        ),
    ),
    C(
        "a part-time, pro rata role: wants part-time vs needs full-time pay",
        "backend",
        [
            FC_UK(
                "Hermione Castellano",
                2,
                touches=[mail(45, "Ideally 20-24 hours a week now, pro rata is fine by me.")],
            ),
            FC_UK(
                "Desmond Arkwright",
                0,
                touches=[
                    mail(45, "Needs to be full-time, can't make the numbers work on pro rata.")
                ],
            ),
        ],
        **job(
            FC_ROLE,
            BIRMINGHAM_HYBRID,
            title="Financial Controller (Part-time, 3 days)",
            offers=["Part-time: three days a week, pro rata salary", "Hybrid in Birmingham"],
        ),
    ),
    C(
        "busy-season Saturdays: never again vs fine if the summer is quiet",
        "backend",
        [
            US(
                "Garrett Lindqvist-Shaw",
                0,
                ("Never again doing Saturdays in busy season. That's why I'm leaving.", 35),
            ),
            US(
                "Porter Nakashima",
                2,
                ("Long hours Jan-Mar are fine as long as the summer is quiet.", 35),
            ),
        ],
        **job(
            US_AUDIT_ROLE,
            NY_HYBRID,
            description="Senior on US GAAP audits. Busy season January to March runs 55-60 "
            "hour weeks including some Saturdays; summers are light.",
        ),
    ),
    C(
        "a weekend claims rota: cares for his dad at weekends vs happy with TOIL",
        "backend",
        [
            UW_LDN(
                "Clifford Ashworth",
                0,
                touches=[rang(40, "cand cannot do weekends - looks after his dad Sat/Sun.")],
            ),
            UW_LDN(
                "Perpetua Oduya",
                2,
                touches=[rang(40, "weekend rota no problem for her if there's time off in lieu")],
            ),
        ],
        **job(
            CLAIMS_ROLE,
            LONDON_HYBRID,
            offers=["Weekend rota: one weekend in four, time off in lieu"],
        ),
    ),
    C(
        "a US night shift in Pune: can't do nights vs prefers nights, studying by day",
        "backend",
        [
            CA_PUNE(
                "Snehal Patwardhan",
                0,
                ("Cannot do night shift at all - UK shift at the latest.", 30),
            ),
            CA_PUNE(
                "Omkar Joshi",
                2,
                ("Prefers US shift actually - studying for CPA during the day.", 30),
            ),
        ],
        **job(CA_ROLE, GBS_PUNE, title="Senior Analyst, US GAAP Reporting (US shift)"),
    ),
    C(
        "8am APAC close starts: not against early starts vs nursery drop-off until 9:30",
        "backend",
        [
            A_SG("Chua Bee Leng", 2, ("Not against early starts at all.", 45)),
            A_SG(
                "Nurul Ain Hashim",
                0,
                ("Can't be in before 9:30 - nursery drop-off every day.", 45),
            ),
        ],
        **job(
            AUDIT_ROLE,
            SINGAPORE_HYBRID,
            description="Group reporting for APAC: the close runs on Singapore mornings, "
            "8am starts every working day.",
        ),
    ),
    C(
        "a nine-day fortnight: wants a compressed week vs said nothing about hours",
        "backend",
        [
            T_LDN("Lavinia Ogunbiyi", 2, ("Wants a compressed week or a nine-day fortnight.", 60)),
            T_LDN("Crispin Arbuthnot", 1),
        ],
        **job(TAX_ROLE, LONDON_HYBRID, offers=["Nine-day fortnight", "Two days in Moorgate"]),
    ),
    C(
        "two January Saturdays: no Saturdays, Shabbat vs Saturdays fine, Sundays not",
        "backend",
        [
            FC_LDN("Mordecai Feldman", 0, ("I don't work Saturdays - Shabbat.", 70)),
            FC_LDN("Yusuf Karadeniz", 2, ("Saturdays fine if needed, Sundays not.", 70)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            description="Own the group close. The January year-end needs two Saturdays in "
            "the office; otherwise Monday to Friday.",
        ),
    ),
    C(
        "no 8pm finishes like at EY; this role has flexible hours",
        "backend",
        [
            A_LDN(
                "Tamsin Polglase",
                2,
                ("Done with 8pm finishes like at EY - wants proper flexible hours.", 40),
            ),
            A_LDN("Ignatius Ferrante", 1),
        ],
        **job(
            AUDIT_ROLE,
            LONDON_HYBRID,
            offers=["Flexible hours, no timesheets, 35-hour week", "Two days in Moorgate"],
        ),
    ),
    C(
        "an on-call rota for catastrophe events: won't be on call vs did it at RSA",
        "backend",
        [
            UW_LDN("Wilfred Haverstock", 0, ("Won't do on-call, not again.", 55)),
            UW_LDN("Esther Mbeki", 2, ("On-call is fine, did the CAT rota at RSA for years.", 55)),
        ],
        **job(
            CLAIMS_ROLE,
            LONDON_HYBRID,
            offers=["On-call one week in six for catastrophe events"],
        ),
    ),
]

# --- 3b. travel: overnights, share of time, driving between sites ----------------------------

A_LEEDS = pool(AUDIT_SENIOR, "Leeds, UK")
FC_KENT = pool(CONTROLLER, "Maidstone, UK")

TRAVEL = [
    C(
        "two or three nights away a month: no overnights vs likes client travel",
        "backend",
        [
            A_LEEDS("Marnie Hebblethwaite", 0, ("No overnights - single parent.", 40)),
            A_LEEDS(
                "Dominic Oyelowo", 2, ("Happy to stay away, enjoys being on client sites.", 40)
            ),
        ],
        **job(
            AUDIT_ROLE,
            LEEDS_ONSITE,
            description="Audit clients across the North; two or three nights away a month.",
        ),
    ),
    C(
        "up to 40% travel: max 10% vs up to half the time fine",
        "backend",
        [
            FC_LDN("Roderick Pennington", 0, ("Max 10% travel, absolutely no more.", 60)),
            FC_LDN("Celestine Obi", 2, ("Up to 50% travel is fine.", 60)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            title="Interim Group Financial Controller",
            description="Group FC for a retail business; up to 40% travel to the "
            "European subsidiaries.",
        ),
    ),
    C(
        "driving between six branches: no licence vs clean licence",
        "backend",
        [
            FC_KENT("Quentin Marlowe", 0, ("Doesn't drive - no licence.", 30)),
            FC_KENT("Rosamund Tewksbury", 2, ("Clean licence, happy on the road.", 30)),
        ],
        **job(
            FC_ROLE,
            dict(remote_policy="onsite", location="Maidstone, UK"),
            description="Controller for a dealership group: you'll drive between our six "
            "branches across Kent most weeks. Car allowance.",
        ),
    ),
    C(
        "internal audit with 30% international travel: loved it at Deloitte vs no more flying",
        "backend",
        [
            A_LDN("Cosima Delacroix", 2, ("Loved the travel at Deloitte, wants more of it.", 45)),
            A_LDN("Fergus Macpherson", 0, ("No more flying since the twins.", 45)),
        ],
        **job(
            AUDIT_ROLE,
            LONDON_HYBRID,
            title="Senior Internal Auditor",
            description="Group internal audit: about 30% international travel across "
            "Europe and the Middle East.",
        ),
    ),
    C(
        "a monthly overnight at the Cork plant: not averse vs zero travel",
        "backend",
        [
            FC_DUB("Ciarán Moriarty", 2, touches=[rang(50, "not averse to the odd overnight")]),
            FC_DUB("Aoife Brennan-Ward", 0, touches=[rang(50, "zero travel - can't do it")]),
        ],
        **job(
            FC_ROLE,
            DUBLIN_HYBRID,
            description="Group FC; an overnight at the Cork plant once a month.",
        ),
    ),
    C(
        "left KPMG over constant client travel; this role is single-site",
        "backend",
        [
            A_MAN(
                "Lysander Okafor",
                2,
                ("Left KPMG because of constant travel to client sites.", 90),
            ),
            A_MAN("Wilhelmina Gorringe", 1),
        ],
        **job(
            AUDIT_ROLE,
            MANCHESTER_HYBRID,
            title="Financial Reporting Senior (in-house)",
            description="In-house reporting, one site, no travel.",
        ),
    ),
    C(
        "a New York secondment: wants an overseas one vs can't be away more than a week",
        "backend",
        [
            A_LDN("Peregrine Fanshawe", 2, ("Wants an overseas secondment next.", 35)),
            A_LDN(
                "Marisol Eriksen",
                0,
                ("Carer for my mum - can't be away from home more than a week.", 35),
            ),
        ],
        **job(
            AUDIT_ROLE,
            LONDON_HYBRID,
            offers=["Six-month secondment to our New York office in year two"],
        ),
    ),
    C(
        "regional travel to Jakarta, KL and Manila: can't travel vs welcomes it",
        "backend",
        [
            A_SG("Siti Rahmah Ismail", 0, ("Can't travel, caring for my mother.", 25)),
            A_SG("Benjamin Teo Wei Jie", 2, ("Regional travel welcome.", 25)),
        ],
        **job(
            AUDIT_ROLE,
            SINGAPORE_HYBRID,
            description="Regional audit: about one week a month in Jakarta, Kuala Lumpur "
            "and Manila.",
        ),
    ),
    C(
        "plant audits across Gujarat and Maharashtra: travel no issue vs Mumbai only",
        "backend",
        [
            CA_MUM("Hardik Mehta", 2, touches=[wa(30, "travel is not an issue for me sir")]),
            CA_MUM(
                "Pooja Sawant",
                0,
                touches=[wa(30, "only Mumbai based work pls, no touring")],
            ),
        ],
        **job(
            CA_ROLE,
            MUMBAI_ONSITE,
            description="Plant audits: travel to factories in Gujarat and Maharashtra, about "
            "15 days a month.",
        ),
    ),
    C(
        "driving to clients across the GTA: no car, takes the TTC vs has a car",
        "backend",
        [
            US_TO("Aurelien Gagnon", 0, ("No car, I take the TTC everywhere.", 40)),
            US_TO("Priya Ramcharan", 2, ("Has a car, doesn't mind driving to clients.", 40)),
        ],
        **job(
            US_AUDIT_ROLE,
            TORONTO_HYBRID,
            description="Audit senior: you'll drive to client sites across the GTA, mileage paid.",
        ),
    ),
]

# --- 3c. visa and right to work --------------------------------------------------------------

VISA = [
    C(
        "no sponsorship: needs a Skilled Worker visa vs has ILR",
        "backend",
        [
            A_LDN("Chidera Nwankwo", 0, ("Will need Skilled Worker sponsorship to move.", 40)),
            A_LDN("Arjun Sethuraman", 2, ("Has ILR, no sponsorship needed.", 40)),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, offers=["We are unable to offer visa sponsorship"]),
    ),
    C(
        "we don't sponsor H-1B: on an H-1B needing a transfer vs a US citizen",
        "backend",
        [
            US("Venkatesh Pillai", 0, ("On H-1B, would need the employer to transfer it.", 30)),
            US("Colton Abernathy", 2, ("US citizen.", 30)),
        ],
        **job(
            US_AUDIT_ROLE,
            CHICAGO_ONSITE,
            requirements="CPA\nUS GAAP\nSOX testing\nMust be authorized to work in the US "
            "without sponsorship now or in future",
        ),
    ),
    C(
        "Ireland, no permits: Stamp 4 vs needs a Critical Skills permit",
        "backend",
        [
            FC_DUB("Adaeze Okonkwo", 2, ("Stamp 4, no permit needed.", 50)),
            FC_DUB(
                "Rafael Quintanilla",
                0,
                ("Needs a Critical Skills Employment Permit for any move.", 50),
            ),
        ],
        **job(
            FC_ROLE,
            DUBLIN_HYBRID,
            requirements="ACA or ACCA\nMonth-end close\nRight to work in Ireland (we cannot "
            "sponsor employment permits)",
        ),
    ),
    C(
        "his wife needs sponsorship, he doesn't vs he needs it himself",
        "backend",
        [
            T_LDN(
                "Declan O'Hanlon",
                2,
                touches=[
                    rang(
                        35,
                        "Note: it's his wife who needs sponsorship for her own job search - "
                        "he's an Irish citizen, full right to work in the UK.",
                    )
                ],
            ),
            T_LDN(
                "Thulani Dlamini",
                0,
                touches=[rang(35, "cand will need Skilled Worker sponsorship for any UK role")],
            ),
        ],
        **job(TAX_ROLE, LONDON_HYBRID, offers=["No visa sponsorship available"]),
    ),
    C(
        "Canada, no LMIA: a work permit ending in January vs a PGWP valid to 2029",
        "backend",
        [
            US_TO(
                "Harpreet Sandhu",
                0,
                ("Work permit ends in January, would need an LMIA-backed offer.", 30),
            ),
            US_TO("Mei Ling Zhou", 2, ("PGWP valid until 2029.", 30)),
        ],
        **job(
            US_AUDIT_ROLE,
            TORONTO_HYBRID,
            offers=["We cannot support LMIA or work permit applications"],
        ),
    ),
]

# --- 3d. contract type ------------------------------------------------------------------------

CONTRACT = [
    C(
        "a six-month interim on a day rate: perm only vs interim only",
        "backend",
        [
            FC_LDN("Augustus Trelawney", 0, ("Perm only now, no more contracting.", 45)),
            FC_LDN("Nerys Llewellyn", 2, ("Interim only - likes the day-rate life.", 45)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            title="Interim Financial Controller (6 months)",
            offers=["Six-month interim assignment, £550 a day outside IR35"],
        ),
    ),
    C(
        "a permanent role: only wants interim outside IR35 vs wants a permanent seat",
        "backend",
        [
            FC_UK(
                "Barnaby Holcroft",
                0,
                ("Only interested in interim work outside IR35, through my Ltd.", 30),
            ),
            FC_UK(
                "Olwen Cartwright", 2, ("Wants a permanent role - security after contracting.", 30)
            ),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID, offers=["Permanent, 10% bonus, 8% pension"]),
    ),
    C(
        "a 12-month maternity cover: won't do FTCs vs fine with a 12-month one",
        "backend",
        [
            T_MAN(
                "Lorcan Whitely", 0, touches=[mail(40, "I won't consider fixed-term contracts.")]
            ),
            T_MAN(
                "Beatrix Cholmondeley",
                2,
                touches=[mail(40, "An FTC is fine if it's at least 12 months.")],
            ),
        ],
        **job(
            TAX_ROLE,
            MANCHESTER_HYBRID,
            title="Tax Manager (12-month maternity cover)",
            offers=["Fixed-term contract for 12 months"],
        ),
    ),
    C(
        "inside IR35 via umbrella: won't go inside vs inside is fine",
        "backend",
        [
            FC_LDN("Sebastian Crewe", 0, ("Won't take anything inside IR35.", 35)),
            FC_LDN("Juliet Okoye", 2, ("Inside IR35 is fine, I'll use an umbrella.", 35)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            title="Interim Financial Controller (inside IR35)",
            offers=["£600 a day inside IR35 via umbrella", "Three-month assignment"],
        ),
    ),
    C(
        "a 1099 contract: W-2 only for the benefits vs has his own LLC",
        "backend",
        [
            US("Kendra Washington", 0, ("W-2 only, I need the benefits.", 30)),
            US("Travis Oberholzer", 2, ("1099 is fine, I invoice through my own LLC.", 30)),
        ],
        **job(
            US_AUDIT_ROLE,
            NY_HYBRID,
            title="SOX Consultant (1099 contract)",
            offers=["1099 contract, $85-95 an hour, six months"],
        ),
    ),
]

# --- 3e. commute ------------------------------------------------------------------------------

CANARY_WHARF = dict(
    remote_policy="hybrid",
    location="Canary Wharf, London, UK",
    offers=["Four days a week in our Canary Wharf office"],
)

COMMUTE = [
    C(
        "Canary Wharf four days: an hour max from Reading vs 25 minutes on the Elizabeth line",
        "backend",
        [
            A_LDN(
                "Edmund Blackstock",
                0,
                ("Lives in Reading - an hour door to door max, Canary Wharf is 1h40.", 40),
                location="Reading, UK",
            ),
            A_LDN(
                "Ngozi Arinze",
                2,
                ("25 minutes to Canary Wharf on the Elizabeth line from Woolwich.", 40),
                location="Woolwich, London, UK",
            ),
        ],
        **job(AUDIT_ROLE, CANARY_WHARF),
    ),
    C(
        "Sandyford: won't drive the M50 daily vs Luas Green line from Ranelagh",
        "backend",
        [
            FC_DUB(
                "Padraig Cullinane",
                0,
                touches=[rang(40, "won't do the M50 every day from Swords, not a hope")],
                location="Swords, Ireland",
            ),
            FC_DUB(
                "Grainne Whelan",
                2,
                touches=[rang(40, "Green line from Ranelagh, Sandyford is 15 min, easy")],
                location="Ranelagh, Dublin, Ireland",
            ),
        ],
        **job(FC_ROLE, dict(remote_policy="onsite", location="Sandyford, Dublin, Ireland")),
    ),
    C(
        "BKC: two and a half hours each way from Virar vs fifteen minutes from Bandra",
        "backend",
        [
            CA_MUM(
                "Tejas Vartak",
                0,
                ("Virar to BKC is 2.5 hrs each way, won't do it daily.", 30),
                location="Virar, India",
            ),
            CA_MUM(
                "Farah Merchant",
                2,
                ("Bandra se BKC 15 min hai, no issue.", 30),
                location="Bandra, Mumbai, India",
            ),
        ],
        **job(CA_ROLE, dict(remote_policy="onsite", location="BKC, Mumbai, India")),
    ),
    C(
        "Edinburgh office: won't drive the Queensferry Crossing vs the Fife train is fine",
        "backend",
        [
            pool(TAX_MANAGER, "Dunfermline, UK")(
                "Alasdair Drummond",
                0,
                ("Won't drive over the Queensferry Crossing every day, the tailbacks.", 30),
            ),
            pool(TAX_MANAGER, "Inverkeithing, UK")(
                "Kirsteen Balfour",
                2,
                ("Train over the Forth Bridge is 30 min to Waverley, fine every day.", 30),
            ),
        ],
        **job(TAX_ROLE, EDINBURGH_ONSITE),
    ),
    C(
        "Jurong: over an hour from Pasir Ris vs ten minutes from Clementi",
        "backend",
        [
            A_SG(
                "Koh Boon Keat",
                0,
                ("Pasir Ris to Jurong is over an hour on the MRT, rather not.", 30),
                location="Pasir Ris, Singapore",
            ),
            A_SG(
                "Lee Hui Min",
                2,
                ("Lives in Clementi, 10 minutes to Jurong East.", 30),
                location="Clementi, Singapore",
            ),
        ],
        **job(AUDIT_ROLE, dict(remote_policy="onsite", location="Jurong East, Singapore")),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "a £55-62k band: £70k minimum vs £58k would do it",
        "backend",
        [
            A_MAN("Giles Thistlewood", 0, ("Looking for £70k minimum.", 40)),
            A_MAN("Hollie Brearley", 2, ("£58k would do it for the right firm.", 40)),
        ],
        **job(AUDIT_ROLE, MANCHESTER_HYBRID, salary_min=55_000, salary_max=62_000, currency="GBP"),
    ),
    C(
        "on £75k at a bank but would take £60k vs won't go below £72k",
        "backend",
        [
            T_LDN(
                "Evangeline Sorensen",
                2,
                ("On £75k at a bank now but would take £60k for saner hours.", 50),
            ),
            T_LDN("Rowan Fitzwilliam", 0, ("Won't go below £72k.", 50)),
        ],
        **job(TAX_ROLE, LONDON_HYBRID, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "an interim at £450-550 a day: £700 a day no less vs £500 outside",
        "backend",
        [
            FC_LDN("Horatio Pembury", 0, ("My rate is £700 a day, no less.", 30)),
            FC_LDN("Georgiana Lisle", 2, ("£500 a day outside IR35 works.", 30)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            title="Interim Financial Controller",
            offers=["£450-£550 a day outside IR35, four months"],
        ),
    ),
    C(
        "W-2 at $60-70 an hour: needs $85 an hour vs $65 works",
        "backend",
        [
            US("Dakota Fairbanks", 0, touches=[mail(25, "I'd need at least $85/hr to move.")]),
            US("Reginald Osei", 2, touches=[mail(25, "$65 an hour W-2 works for me.")]),
        ],
        **job(
            US_AUDIT_ROLE,
            NY_HYBRID,
            title="Contract Audit Senior (W-2)",
            offers=["$60-70 an hour on W-2"],
        ),
    ),
    C(
        "₹18-24 LPA: expects 35 LPA vs CTC 16, expects 22",
        "backend",
        [
            CA_BLR("Vikram Chandrasekhar", 0, ("Expecting 35 LPA fixed.", 30)),
            CA_BLR("Nandini Rao", 2, ("Current CTC 16 LPA, expecting around 22.", 30)),
        ],
        **job(
            CA_ROLE, BENGALURU_HYBRID, salary_min=1_800_000, salary_max=2_400_000, currency="INR"
        ),
    ),
    C(
        "S$84-96k a year: S$12k a month minimum vs S$7,500 a month fine",
        "backend",
        [
            A_SG("Ang Zhi Wei", 0, ("Minimum S$12k a month.", 40)),
            A_SG("Yeo Li Ting", 2, ("S$7,500 a month is fine for me.", 40)),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID, salary_min=84_000, salary_max=96_000, currency="SGD"),
    ),
    C(
        "C$95-110k: needs $130k vs $100k base plus bonus",
        "backend",
        [
            US_TO("Brendan MacIsaac", 0, ("Needs $130k base to consider it.", 35)),
            US_TO("Anjali Khurana", 2, ("$100k base plus bonus would be fine.", 35)),
        ],
        **job(US_AUDIT_ROLE, TORONTO_HYBRID, salary_min=95_000, salary_max=110_000, currency="CAD"),
    ),
    C(
        "€70-80k in Dublin: not for under €95k vs €75k fair",
        "backend",
        [
            FC_DUB("Ruairí Donoghue", 0, ("Won't move for less than €95k.", 45)),
            FC_DUB("Sorcha Kinsella", 2, ("€75k would be fair.", 45)),
        ],
        **job(FC_ROLE, DUBLIN_HYBRID, salary_min=70_000, salary_max=80_000, currency="EUR"),
    ),
    C(
        "a 10% employer pension wanted; this role pays it",
        "backend",
        [
            FC_UK("Leopoldine Garside", 2, ("Wants a 10% employer pension contribution.", 50)),
            FC_UK("Cuthbert Ramsbottom", 1),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID, offers=["10% employer pension", "15% bonus"]),
    ),
]

# --- 5. work mode and negation ---------------------------------------------------------------

WORK_MODE = [
    C(
        "remote said only in the title: remote pls vs wants an office five days",
        "backend",
        [
            T_MAN("Isadora Blackwood", 2, touches=[wa(30, "remote pls, no more office")]),
            T_MAN(
                "Magnus Thorvaldsen",
                0,
                ("Wants to be in an office five days, misses the team.", 30),
            ),
        ],
        **job(TAX_ROLE, dict(location="United Kingdom"), title="Tax Manager (Remote, UK)"),
    ),
    C(
        "home-based said only in the description: wants remote vs wants the office",
        "backend",
        [
            ACT("Ottilie Ravensworth", 2, ("Looking for fully remote, lives in Devon.", 40)),
            ACT("Caspian Hargreaves", 0, ("Wants to work from an office every day.", 40)),
        ],
        **job(
            ACT_ROLE,
            dict(location="United Kingdom"),
            description="This is a fully home-based position; we have no office.",
        ),
    ),
    C(
        "three office days Tuesday to Thursday: two days max vs three is fine",
        "backend",
        [
            A_LDN("Briony Whitcombe", 0, ("Two days in the office max.", 35)),
            A_LDN("Solomon Adebayo", 2, ("Three days in the office is fine.", 35)),
        ],
        **job(
            AUDIT_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Three days a week in the office, Tuesday to Thursday"],
            ),
        ),
    ),
    C(
        "a day a month in Birmingham: remote-first vs needs an office, flatshare",
        "backend",
        [
            FC_UK("Henrietta Quennell", 2, ("Wants remote-first, an odd office day is ok.", 40)),
            FC_UK(
                "Jethro Pickering",
                0,
                ("Needs an office five days - can't work from the flatshare.", 40),
            ),
        ],
        **job(
            FC_ROLE,
            dict(
                remote_policy="remote",
                location="Remote (UK)",
                offers=["Remote, one day a month in Birmingham"],
            ),
        ),
    ),
    C(
        "on-site five days: not remote-only, happy in vs remote only",
        "backend",
        [
            A_LEEDS("Winifred Oakes", 2, ("Not remote-only - happy in the office.", 40)),
            A_LEEDS("Lachlan Ferris", 0, ("Remote only.", 40)),
        ],
        **job(AUDIT_ROLE, LEEDS_ONSITE),
    ),
    C(
        "the office wasn't the issue at PwC, the hours were vs the commute was the issue",
        "backend",
        [
            A_LDN(
                "Cordelia Fenwick-Hall",
                2,
                ("The office wasn't the issue at PwC, the hours were.", 55),
            ),
            A_LDN(
                "Bertram Achebe",
                0,
                ("It was the office days that killed me at PwC - wants home working.", 55),
            ),
        ],
        **job(
            AUDIT_ROLE,
            LONDON_ONSITE,
            offers=["Office-based, 9 to 5:30, no weekend work"],
        ),
    ),
    C(
        "an office role: doesn't need hybrid vs two days at home is a must",
        "backend",
        [
            T_LDN("Jemima Stapleton", 2, ("Doesn't need hybrid - happy either way.", 40)),
            T_LDN("Ptolemy Grainger", 0, ("Hybrid is a must, two days at home minimum.", 40)),
        ],
        **job(TAX_ROLE, LONDON_ONSITE, offers=["Five days a week in the office"]),
    ),
    C(
        "Hinglish: WFH chahiye vs prefers the office, distractions at home",
        "backend",
        [
            CA_BLR("Divya Shenoy", 2, touches=[wa(30, "WFH chahiye, office roz nahi aa sakti")]),
            CA_BLR(
                "Karthik Vaidyanathan",
                0,
                touches=[
                    wa(30, "mujhe office se kaam karna pasand hai, ghar pe bahut distraction hai")
                ],
            ),
        ],
        **job(CA_ROLE, dict(remote_policy="remote", location="Remote (India)")),
    ),
    C(
        "French: looking for 100% télétravail vs prefers the office every day",
        "backend",
        [
            US_TO("Élodie Fournier", 2, touches=[mail(30, "Je cherche du télétravail à 100 %.")]),
            US_TO(
                "Maxime Lévesque",
                0,
                touches=[mail(30, "Je préfère être au bureau tous les jours.")],
            ),
        ],
        **job(US_AUDIT_ROLE, dict(remote_policy="remote", location="Remote (Canada)")),
    ),
]

# --- 6a. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "Dublin on-site, both in Cork: won't relocate vs lease signed in Dublin",
        "backend",
        [
            pool(CONTROLLER, "Cork, Ireland")(
                "Diarmuid Scanlon", 0, ("Will not relocate to Dublin.", 40)
            ),
            pool(CONTROLLER, "Cork, Ireland")(
                "Niamh Cronin",
                2,
                ("Moving to Dublin in January, lease signed.", 40),
            ),
        ],
        **job(FC_ROLE, DUBLIN_ONSITE),
    ),
    C(
        "Singapore, both in KL: open to relocating vs not leaving KL",
        "backend",
        [
            pool(AUDIT_SENIOR, "Kuala Lumpur, Malaysia")(
                "Farhan Abdullah", 2, ("Open to relocating to Singapore.", 30)
            ),
            pool(AUDIT_SENIOR, "Kuala Lumpur, Malaysia")(
                "Nadia Rahim", 0, ("Not leaving KL, family here.", 30)
            ),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID),
    ),
    C(
        "Leeds, both in London: wants to move north vs London only",
        "backend",
        [
            A_LDN(
                "Ezekiel Brampton", 2, ("Wants to move north - Leeds or York, cheaper housing.", 50)
            ),
            A_LDN("Araminta Fox", 0, ("London only.", 50)),
        ],
        **job(AUDIT_ROLE, LEEDS_ONSITE),
    ),
    C(
        "Bengaluru, both in Hyderabad: ready to relocate vs parents in Hyderabad",
        "backend",
        [
            pool(INDIA_CA, "Hyderabad, India")(
                "Srikanth Reddy", 2, ("Ready to relocate to Bangalore.", 30)
            ),
            pool(INDIA_CA, "Hyderabad, India")(
                "Bhavana Gowda", 0, ("Not relocating, parents are in Hyderabad.", 30)
            ),
        ],
        **job(CA_ROLE, BENGALURU_HYBRID),
    ),
]

# --- 6b. managing against hands-on ------------------------------------------------------------

LEVEL = [
    C(
        "an audit manager leading six: ready to manage vs wants to stay technical",
        "backend",
        [
            A_MAN("Florence Nightingale-Ade", 2, ("Ready to manage people - the step up.", 45)),
            A_MAN("Percival Outhwaite", 0, ("Wants to stay technical, no line management.", 45)),
        ],
        **job(AUDIT_MANAGER_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "a technical specialist with no reports: stay hands-on vs build a team",
        "backend",
        [
            T_LDN("Ambrose Whitlock", 2, ("Wants to stay hands-on, no people management.", 40)),
            T_LDN("Seraphina Lowe", 0, ("Wants to build and lead a team of her own.", 40)),
        ],
        **job(
            TAX_ROLE,
            LONDON_HYBRID,
            title="Senior Tax Manager, Technical (individual contributor)",
            description="Technical specialist with no direct reports.",
        ),
    ),
    C(
        "a head of reserving leading eight: not opposed to line management vs it's a no",
        "backend",
        [
            ACT("Leontyne Abara", 2, ("Not opposed to line management at all.", 40)),
            ACT("Ruaridh Cairns", 0, ("Line management is a no for me.", 40)),
        ],
        **job(
            ACT_ROLE,
            LONDON_HYBRID,
            title="Head of Reserving",
            seniority="manager",
            description="Lead a reserving team of eight actuaries and students.",
        ),
    ),
]

# --- 6c. company stage and size ----------------------------------------------------------------

STAGE_SIZE = [
    C(
        "a Big Four role: wants the brand and training vs had enough of the Big Four",
        "backend",
        [
            A_LDN(
                "Tobias Pennyworth",
                2,
                ("Wants a Big Four name on the CV and structured training.", 40),
            ),
            A_LDN(
                "Marguerite Sallis", 0, ("Had enough of the Big Four, wants a small practice.", 40)
            ),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, description="Audit senior in a Big Four firm's FS team."),
    ),
    C(
        "a twelve-person practice: wants a small independent vs wants a big firm",
        "backend",
        [
            T_MAN(
                "Gwendolen Ashby",
                2,
                ("Wants a small independent practice, knows every client.", 40),
            ),
            T_MAN("Everard Kingsley", 0, ("Only wants a large firm - Big Four or top ten.", 40)),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID, description="Tax manager in a 12-person practice."),
    ),
    C(
        "a Series A insurtech: wants a scale-up vs wants a FTSE 100",
        "backend",
        [
            ACT("Juniper Okeke", 2, ("Wants a start-up or scale-up.", 40)),
            ACT("Montague Blythe", 0, ("Wants a FTSE 100 insurer, stability.", 40)),
        ],
        **job(
            ACT_ROLE,
            LONDON_HYBRID,
            description="Reserving at a Series A insurtech of 40 people.",
        ),
    ),
]

# --- 6d. industry and mission wanted or refused ----------------------------------------------

MISSION = [
    C(
        "FC at a bookmaker: won't work in gambling vs fine, was at Entain",
        "backend",
        [
            FC_LDN("Ebenezer Holt", 0, ("Won't work in gambling.", 40)),
            FC_LDN("Philomena Dacre", 2, ("Fine with gambling, worked at Entain.", 40)),
        ],
        **job(FC_ROLE, LONDON_HYBRID, description="Financial controller for a bookmaker."),
    ),
    C(
        "a charity's finance team: wants not-for-profit vs said nothing",
        "backend",
        [
            FC_UK("Hyacinth Morley", 2, ("Wants to work for a charity or not-for-profit.", 40)),
            FC_UK("Rufus Whitmore", 1),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID, description="Head of finance for a children's charity."),
    ),
    C(
        "an Aberdeen oil and gas operator: no fossil fuels vs happy in energy",
        "backend",
        [
            pool(CONTROLLER, "Aberdeen, UK")("Isla Buchanan", 0, ("No fossil fuels.", 40)),
            pool(CONTROLLER, "Aberdeen, UK")(
                "Angus Farquharson", 2, ("Happy in energy, oil and gas included.", 40)
            ),
        ],
        **job(
            FC_ROLE,
            dict(remote_policy="onsite", location="Aberdeen, UK"),
            description="Financial controller for a North Sea oil and gas operator.",
        ),
    ),
    C(
        "a wind-farm developer: wants renewables vs financial services only",
        "backend",
        [
            FC_DUB("Clodagh Ryan", 2, ("Wants to work in renewables.", 40)),
            FC_DUB("Conall Brophy", 0, ("Financial services only.", 40)),
        ],
        **job(
            FC_ROLE, DUBLIN_HYBRID, description="Financial controller for a wind-farm developer."
        ),
    ),
    C(
        "a tobacco group: won't work for tobacco vs doesn't mind the sector",
        "backend",
        [
            T_LDN("Aurelia Whitfield", 0, ("Won't work for tobacco.", 40)),
            T_LDN("Jasper Kellaway", 2, ("Doesn't mind the sector.", 40)),
        ],
        **job(TAX_ROLE, LONDON_HYBRID, description="Tax manager for a tobacco group."),
    ),
    C(
        "a defence contractor: refuses defence vs ex-forces, wants defence",
        "backend",
        [
            FC_UK("Tabitha Greaves", 0, ("Refuses to work in defence or arms.", 40)),
            FC_UK("Malcolm Royle", 2, ("Ex-forces, wants to work in defence.", 40)),
        ],
        **job(
            FC_ROLE, BIRMINGHAM_HYBRID, description="Financial controller for a defence contractor."
        ),
    ),
    C(
        "an NHS trust: wants the NHS vs private sector only",
        "backend",
        [
            FC_LDN("Prudence Okwu", 2, ("Wants the NHS, public service.", 40)),
            FC_LDN("Lionel Crabtree", 0, ("Private sector only.", 40)),
        ],
        **job(FC_ROLE, LONDON_HYBRID, description="Deputy director of finance for an NHS trust."),
    ),
    C(
        "a sports streamer: no betting firms but sports media fine vs banks and insurers only",
        "backend",
        [
            A_LDN("Keturah Olufemi", 2, ("No betting firms, but sports media is fine.", 40)),
            A_LDN("Wendell Fairhurst", 0, ("Only banks or insurers.", 40)),
        ],
        **job(
            AUDIT_ROLE,
            LONDON_HYBRID,
            description="Financial reporting for a sports streaming platform.",
        ),
    ),
    C(
        "a Lloyd's marine syndicate: stay in the Lloyd's market vs wants out of insurance",
        "backend",
        [
            UW_LDN("Benedict Ashgrove", 2, ("Wants to stay in the Lloyd's market.", 40)),
            UW_LDN("Coralie Dunstan", 0, ("Wants out of insurance entirely.", 40)),
        ],
        **job(UW_ROLE, LONDON_HYBRID, description="Underwriter at a Lloyd's syndicate."),
    ),
    C(
        "a crypto exchange: no crypto vs keen on fintech and crypto",
        "backend",
        [
            A_SG("Marcus Lim Jia Hui", 0, ("No crypto.", 40)),
            A_SG("Vanessa Chong", 2, ("Keen on fintech and crypto.", 40)),
        ],
        **job(
            AUDIT_ROLE, SINGAPORE_HYBRID, description="Financial reporting for a crypto exchange."
        ),
    ),
]

# --- 6e. technology wanted or refused --------------------------------------------------------

TECH = [
    C(
        "an SAP S/4HANA shop: wants SAP vs never again SAP",
        "backend",
        [
            FC_UK("Octavia Brennan", 2, ("Wants SAP S/4HANA experience.", 40)),
            FC_UK("Leofric Dunn", 0, ("Never again SAP.", 40)),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID, description="Financial controller on SAP S/4HANA."),
    ),
    C(
        "a Xero practice: sick of Sage 50 vs won't learn Xero",
        "backend",
        [
            T_MAN("Delphine Ashurst", 2, ("Wants cloud tools - sick of Sage 50.", 40)),
            T_MAN("Horace Pilkington", 0, ("Won't learn Xero.", 40)),
        ],
        **job(
            TAX_ROLE, MANCHESTER_HYBRID, description="Practice tax manager; all clients on Xero."
        ),
    ),
    C(
        "audit with Alteryx and Power BI: wants the automation vs pure audit, no tech",
        "backend",
        [
            A_LDN("Gideon Saltmarsh", 2, ("Wants to use Alteryx and automation in audit.", 40)),
            A_LDN("Rosalie Vint", 0, ("Hates the tech side, wants pure audit.", 40)),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, description="Audit senior using Alteryx and Power BI."),
    ),
    C(
        "moving from Prophet to Python: wants Python vs wants to stay on Prophet",
        "backend",
        [
            ACT("Eliza Pemberton", 2, ("Wants to code in Python, not Prophet.", 40)),
            ACT("Osbert Langley", 0, ("Wants to stay on Prophet, not a coder.", 40)),
        ],
        **job(ACT_ROLE, LONDON_HYBRID, description="Reserving team moving from Prophet to Python."),
    ),
    C(
        "an Excel-heavy month-end: never again manual Excel vs an Excel wizard",
        "backend",
        [
            FC_LDN("Nathaniel Corbett", 0, ("Never again manual Excel month-ends.", 40)),
            FC_LDN("Imelda Foxwell", 2, ("Excel wizard, loves building models.", 40)),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            description="Month-end is Excel-heavy with manual reconciliations.",
        ),
    ),
    C(
        "a Workday Financials implementation: wants one vs said nothing",
        "backend",
        [
            FC_DUB("Aisling Doherty", 2, ("Wants to be on a Workday implementation.", 40)),
            FC_DUB("Colm Geraghty", 1),
        ],
        **job(
            FC_ROLE,
            DUBLIN_HYBRID,
            description="Lead finance through a Workday Financials implementation.",
        ),
    ),
    C(
        "Oracle Fusion: refuses Oracle vs Oracle is fine",
        "backend",
        [
            US("Chester Whitaker", 0, ("Refuses Oracle.", 40)),
            US("Imani Rutherford", 2, ("Oracle Fusion is fine.", 40)),
        ],
        **job(US_AUDIT_ROLE, NY_HYBRID, description="Senior on Oracle Fusion audits."),
    ),
    C(
        "pricing in R: won't go back to SAS vs SAS only",
        "backend",
        [
            ACT("Phoebe Carrington", 2, ("Prefers R, won't go back to SAS.", 40)),
            ACT("Rupert Stanhope", 0, ("SAS only.", 40)),
        ],
        **job(ACT_ROLE, LONDON_HYBRID, description="Pricing and reserving in R."),
    ),
    C(
        "a Tally shop: wants SAP, not Tally vs Tally is fine",
        "backend",
        [
            CA_MUM("Rohan Kapadia", 0, ("Wants SAP, not Tally.", 40)),
            CA_MUM("Sneha Nair", 2, ("Tally is fine.", 40)),
        ],
        **job(CA_ROLE, MUMBAI_ONSITE, description="Statutory audit for clients on Tally ERP."),
    ),
    C(
        "AI tools in claims: doesn't want AI work vs keen on AI in claims",
        "backend",
        [
            UW_LDN("Barnabas Thorne", 0, ("Doesn't want to work on AI tools.", 40)),
            UW_LDN("Evadne Marsh", 2, ("Keen on AI in claims.", 40)),
        ],
        **job(CLAIMS_ROLE, LONDON_HYBRID, description="Claims specialist on an AI triage rollout."),
    ),
]

# --- 7. last time's reason, the history with us, the latest process ---------------------------

PAST_LDN_55 = dict(remote_policy="hybrid", location="London, UK", salary_max=55_000, currency="GBP")
PAST_4_DAYS = dict(remote_policy="onsite", location="London, UK")

RESOLVED = [
    C(
        "declined at £55k over pay; this band is £65-72k",
        "backend",
        [
            A_LDN(
                "Cressida Vaughan",
                2,
                apps=[
                    declined(
                        300, "compensation", "Wanted £65k, we capped at £55k", past=PAST_LDN_55
                    )
                ],
            ),
            A_LDN("Horatio Pettigrew", 1),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, salary_min=65_000, salary_max=72_000, currency="GBP"),
    ),
    C(
        "declined over four office days; this role is four days again",
        "backend",
        [
            T_LDN(
                "Lavender Okoro",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "Four days in the office was a dealbreaker",
                        past=PAST_4_DAYS,
                        role="Tax Manager",
                    )
                ],
            ),
            T_LDN("Sylvester Nash", 2),
        ],
        **job(TAX_ROLE, CANARY_WHARF),
    ),
    C(
        "part-qualified eighteen months ago, finished ACCA since vs a conduct concern",
        "backend",
        [
            A_MAN(
                "Ottoline Barraclough",
                2,
                ("Passed my final ACCA papers in September - fully qualified now.", 60),
                apps=[
                    app(540, "interview", "rejected", "skills_gap", "Part-qualified, need ACA/ACCA")
                ],
            ),
            A_MAN(
                "Cedric Woolacott",
                0,
                apps=[
                    app(
                        120,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Rude to the receptionist and the partner's PA",
                    )
                ],
            ),
        ],
        **job(AUDIT_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "a no-show at last month's interview vs lost a final round in spring",
        "backend",
        [
            FC_UK(
                "Gerontius Pell",
                0,
                apps=[
                    app(30, "interview", "rejected", "no_show", "Didn't turn up, no call, no email")
                ],
            ),
            FC_UK("Marjorie Ellwood", 2, apps=[lost_final(200, role="Financial Controller")]),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID),
    ),
    C(
        "placed by us eight weeks ago vs a silver medalist",
        "backend",
        [
            T_MAN(
                "Valentina Grice",
                0,
                apps=[
                    app(
                        56,
                        "offer",
                        "hired",
                        None,
                        "Placed with client, started 28/09",
                        role="Tax Manager",
                    )
                ],
            ),
            T_MAN("Bartley Hume", 2, apps=[lost_final(250, role="Tax Manager")]),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "took a counter-offer two months ago vs nothing on record",
        "backend",
        [
            UW_LDN(
                "Octavius Lumley",
                0,
                apps=[
                    declined(
                        60,
                        "counteroffer",
                        "Took the counter, pay rise and promotion",
                        role="Underwriter",
                    )
                ],
            ),
            UW_LDN("Lorna Quayle", 2),
        ],
        **job(UW_ROLE, LONDON_HYBRID),
    ),
    C(
        "the latest process counts: a spring final after an old screen vs a spring skills gap",
        "backend",
        [
            ACT(
                "Wystan Ellery",
                2,
                apps=[
                    app(1100, "screen", "rejected", "skills_gap", "Too few exams then"),
                    lost_final(210, role="Actuarial Analyst"),
                ],
            ),
            ACT(
                "Annika Fjeldstad",
                0,
                apps=[
                    lost_final(1100, role="Actuarial Analyst"),
                    app(
                        210,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on IFRS 17, failed the case study",
                        role="Actuarial Analyst",
                    ),
                ],
            ),
        ],
        **job(ACT_ROLE, LONDON_HYBRID),
    ),
    C(
        "withdrew over sponsorship; this role sponsors",
        "backend",
        [
            A_SG(
                "Aditya Deodhar",
                2,
                apps=[withdrew(230, "other", "Needed an EP, client wouldn't sponsor")],
                location="Kuala Lumpur, Malaysia",
            ),
            A_SG("Cheryl Seah", 1),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID, offers=["Employment Pass sponsorship provided"]),
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no travel, then the kids are older and travel's fine vs the reverse",
        "backend",
        [
            A_LEEDS(
                "Marcella Dunmore",
                2,
                ("No travel, kids are small.", 300),
                ("Kids older now - overnights and travel fine.", 20),
            ),
            A_LEEDS(
                "Edwin Harrowby",
                0,
                ("Travel is fine, loves client sites.", 300),
                ("New baby - no more overnights for a good while.", 20),
            ),
        ],
        **job(
            AUDIT_ROLE,
            LEEDS_ONSITE,
            description="Audit clients across the North; two nights away most months.",
        ),
    ),
    C(
        "remote only, then misses the office vs hybrid fine, then remote only",
        "backend",
        [
            T_LDN(
                "Rosamond Keane",
                2,
                touches=[
                    mail(280, "Remote only for me now."),
                    mail(25, "Honestly I miss the office - two days a week would be good."),
                ],
            ),
            T_LDN(
                "Benedick Orme",
                0,
                touches=[
                    mail(280, "Hybrid's fine."),
                    mail(25, "Moved to Cornwall - fully remote only from now on."),
                ],
            ),
        ],
        **job(TAX_ROLE, LONDON_HYBRID),
    ),
    C(
        "a removal taken back vs 'keep me posted' hardened into a deletion",
        "backend",
        [
            FC_LDN(
                "Wilhelmina Carver",
                2,
                touches=[
                    mail(300, "Please remove me from all your lists."),
                    mail(
                        30,
                        "I know I asked to be removed - things changed, please send me FC roles.",
                    ),
                ],
            ),
            FC_LDN(
                "Godfrey Alcott",
                0,
                touches=[
                    mail(300, "Keep me posted on FC roles!"),
                    mail(30, "Please delete my data and don't contact me again, thanks."),
                ],
                excluded=True,
            ),
        ],
        **job(FC_ROLE, LONDON_HYBRID),
    ),
    C(
        "asked £80k then lowered to £65k vs asked £60k then raised to £80k",
        "backend",
        [
            A_LDN("Hesper Ingram", 2, ("£80k minimum.", 250), ("Dropping my ask to £65k.", 30)),
            A_LDN("Tarquin Mowbray", 0, ("£60k is fine.", 250), ("Need £80k now.", 30)),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, salary_min=60_000, salary_max=68_000, currency="GBP"),
    ),
    C(
        "won't move to Singapore, then relocating vs keen, then staying in KL",
        "backend",
        [
            pool(AUDIT_SENIOR, "Kuala Lumpur, Malaysia")(
                "Haziq Rahman",
                2,
                ("Won't move to Singapore.", 300),
                ("Wife got a job in SG - relocating in December.", 20),
            ),
            pool(AUDIT_SENIOR, "Kuala Lumpur, Malaysia")(
                "Aqilah Yusof",
                0,
                ("Keen to move to Singapore.", 300),
                ("Staying in KL now, bought a house.", 20),
            ),
        ],
        **job(AUDIT_ROLE, SINGAPORE_HYBRID),
    ),
    C(
        "wanted to lead, then hated managing vs the reverse, for a manager role",
        "backend",
        [
            A_MAN(
                "Peregrine Stott",
                0,
                ("Wants to lead a team.", 300),
                ("Tried managing, hated it - back to hands-on.", 25),
            ),
            A_MAN(
                "Imogen Featherstone",
                2,
                ("No line management please.", 300),
                ("Ready to manage now, been mentoring juniors all year.", 25),
            ),
        ],
        **job(AUDIT_MANAGER_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "perm only, then going interim vs interim, then perm only",
        "backend",
        [
            FC_LDN(
                "Alaric Penrose",
                2,
                ("Perm only for me.", 300),
                ("Going interim - better day rates.", 30),
            ),
            FC_LDN(
                "Berenice Holt",
                0,
                ("Interim only.", 300),
                ("Perm only now, mortgage.", 30),
            ),
        ],
        **job(
            FC_ROLE,
            LONDON_HYBRID,
            title="Interim Financial Controller",
            offers=["Six months, £575 a day"],
        ),
    ),
    C(
        "Big Four wanted, then done with it vs the reverse, for a Big Four role",
        "backend",
        [
            A_LDN(
                "Clarissa Venn",
                0,
                ("Wants Big Four.", 300),
                ("Done with Big Four, small practice please.", 20),
            ),
            A_LDN(
                "Ignatius Hale",
                2,
                ("Small practice only.", 300),
                ("Wants a Big Four brand for the CV now.", 20),
            ),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, description="Audit senior in a Big Four firm's FS team."),
    ),
    C(
        "part-time only, then full-time vs full-time, then three days only",
        "backend",
        [
            T_MAN(
                "Georgette Winslow",
                2,
                ("Three days only.", 300),
                ("Can do full-time now, mum's moved in.", 30),
            ),
            T_MAN(
                "Barnaby Pruitt",
                0,
                ("Full-time fine.", 300),
                ("Three days a week only now.", 30),
            ),
        ],
        **job(TAX_ROLE, MANCHESTER_HYBRID, description="Full-time tax manager, Monday to Friday."),
    ),
    C(
        "wanted off SAP, then enjoying S/4 vs wanted SAP, then done with it",
        "backend",
        [
            FC_UK(
                "Hortense Lyle",
                2,
                ("Wants to move off SAP.", 300),
                ("Actually enjoying S/4 now, wants more of it.", 30),
            ),
            FC_UK(
                "Dorian Nuttall",
                0,
                ("Loves SAP.", 300),
                ("Done with SAP, NetSuite only now.", 30),
            ),
        ],
        **job(FC_ROLE, BIRMINGHAM_HYBRID, description="Financial controller on SAP S/4HANA."),
    ),
    C(
        "not before March, then available now vs available, then not before April",
        "backend",
        [
            ACT(
                "Hildegard Moss",
                2,
                ("Not before March.", 120),
                ("Ignore March - contract ended, available now.", 15),
            ),
            ACT(
                "Fenella Drury",
                1,
                ("Available now.", 120),
                ("Not before April - year-end reserving.", 15),
            ),
        ],
        **job(ACT_ROLE, LONDON_HYBRID),
    ),
    C(
        "needed sponsorship, then got ILR vs Graduate visa, then needs sponsorship",
        "backend",
        [
            A_LDN(
                "Kwabena Asare",
                2,
                ("Needs Skilled Worker sponsorship.", 300),
                ("Got ILR last month - no sponsorship needed.", 30),
            ),
            A_LDN(
                "Meera Iyer",
                0,
                ("On a Graduate visa, fine for now.", 300),
                ("Graduate visa expires in January - will need sponsorship.", 30),
            ),
        ],
        **job(AUDIT_ROLE, LONDON_HYBRID, offers=["No visa sponsorship"]),
    ),
]

HELDOUT52_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *RESOLVED,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# here negation and its scope sit inside the work-mode cases (class 5), and the history with us
# inside the cases of last time's reason.
NEGATIONS, LAST_TIME = WORK_MODE, RESOLVED
