"""Held-out rediscovery cases, twenty-fifth set: finance, legal, insurance and professional
services desks in their own words, written by a twenty-fifth stranger to the reader (its code,
its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 25") and never tuned to what Encore does. The recruiters are an
in-house talent team and two specialist agencies placing accountants (ACCA, CPA, CA, ACA),
auditors, tax advisers, payroll, FP&A and treasury people, paralegals, solicitors and in-house
counsel, compliance and AML/KYC analysts, actuaries, underwriters, claims handlers and management
consultants in Hong Kong, Singapore, London, Frankfurt, Toronto, Johannesburg, Sydney and New
York. The voices: terse ATS shorthand with typos ("cand", "spk w/", "LVM", "NQ", "PQE", "CTC",
"FTC", "bfr", "tmrw"), lower-case WhatsApp and texts, LinkedIn replies, candidates' emails, a
formal letter or two under the PDPA and the PDPO, third-person consultant notes, long rambling
call notes that mention dates (busy season, year-end, quarter-close, Chinese New Year, EOFY,
Thanksgiving) without asking for a wait, and lines in Cantonese, German, Afrikaans, French and
Singlish. Their world: bonus cycles and deferred tranches, garden leave and non-competes,
billable-hours targets, partnership tracks, study leave, practising certificates, MPF, CPF and
superannuation, SMCR senior-manager functions, Big Four against boutique against in-house,
monthly salaries with a 13th month, CTC packages and base-plus-super.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a PDPA withdrawal of consent, a PDPO direct-marketing objection, WhatsApp, Cantonese,
   German, Afrikaans, a consultant's DNC, a LinkedIn "never", someone who has left the law, a
   firm of solicitors writing for their client): never shown; beside each an access request, a
   new number, "not during busy season", "not the Big Four", "in-house only", the newsletter
   only, and a "not now";
2. waits counted from the day said, each against a twin whose wait has run out: garden leave, a
   twelve-month non-compete, a bonus paid after Chinese New Year, a deferred tranche vesting in
   March, busy season, an ACCA sitting in December, EOFY, maternity leave, a partnership vote, a
   probation, the T1 season in Toronto;
3. schedule, travel, visa, contract and hours, commute: busy-season weekends, a 7am treasury
   desk, New York overlap from Sydney, a weekend claims rota, school-run hours; client-site
   travel Monday to Thursday, ASEAN and pan-African audit travel; Employment Pass, Skilled Worker,
   GEP against IANG, a PGWP, H-1B and a spouse's visa; fixed-term maternity cover, a 0.6 FTE,
   Festanstellung against Freiberufler, billable-hours targets; crossing the harbour, the Jubilee
   line, Sandton traffic, Parramatta;
4. pay against the band: HK$ a month with a 13th month, S$ a month, NQ salaries in £, € brutto,
   C$ with a current salary that is no ask, rand CTC, A$ base plus super against a package, US$
   base against a bonus;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in German;
6. negation and scope ("not against the Big Four", "don't mind busy season", "it wasn't the
   money", SMCR, insurance, "not remote-only");
7. location and relocation, managing against hands-on and the partnership track, company stage
   and size (Big Four, boutique, Magic Circle, pre-IPO fintech, family office), industries
   refused or wanted (crypto, mining, tobacco, ESG, legal aid) and technology (SAP, Python for
   actuaries, Workday, Power BI);
8. last time's reason resolved by this role or still standing, the history with us (a no-show,
   a false CPA claim, a recent failed case study, a counter-offer) and the latest process and
   stage reached;
9. several notes over time where the latest word counts.

Hard cases a careful human still gets right are mixed in: a partner's or a spouse's condition
that is not the candidate's, a client's brief pasted into a note, the consultant's own opinion
against the candidate's word, a current salary above the band with a lower ask, a monthly ask
against an annual band, and a past employer's travel or hours this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

AUDIT_SENIOR = dict(
    current_title="Audit Senior",
    skills=["IFRS", "ISA audits", "Financial services audit", "Caseware"],
    years_experience=5,
    resume_text=(
        "ACCA-qualified audit senior, five years in a Big Four assurance practice: year-end "
        "audits of banks and asset managers under IFRS and ISA, running fieldwork teams of four, "
        "controls testing and reporting to audit committees."
    ),
)
TAX_MANAGER = dict(
    current_title="Corporate Tax Manager",
    skills=["Corporate tax", "Transfer pricing", "Tax provisioning", "Tax compliance"],
    years_experience=8,
    resume_text=(
        "Chartered tax adviser, eight years in corporate tax: group compliance, provisioning "
        "under IAS 12, transfer pricing documentation and advisory on restructurings."
    ),
)
FPA_MANAGER = dict(
    current_title="FP&A Manager",
    skills=["FP&A", "Budgeting", "Rolling forecasts", "Anaplan", "Board reporting"],
    years_experience=8,
    resume_text=(
        "CPA, eight years in FP&A: annual budget and rolling forecasts in Anaplan, monthly "
        "business reviews with the CFO, and the board pack."
    ),
)
TREASURY = dict(
    current_title="Treasury Analyst",
    skills=["Cash management", "FX hedging", "Kyriba", "Bank relationships"],
    years_experience=5,
    resume_text=(
        "Corporate treasury analyst, five years: daily cash positioning across 14 currencies, FX "
        "forwards and hedge accounting support, Kyriba, and bank mandates."
    ),
)
PAYROLL = dict(
    current_title="Payroll Manager",
    skills=["Multi-country payroll", "Workday", "Pension and provident funds", "Year-end"],
    years_experience=9,
    resume_text=(
        "Payroll manager, nine years running multi-country payroll for 3,000 staff in Workday: "
        "MPF, CPF and superannuation contributions, year-end returns and audits."
    ),
)
LITIGATOR = dict(
    current_title="Senior Associate, Commercial Litigation",
    skills=["Commercial litigation", "International arbitration", "Disclosure", "Advocacy"],
    years_experience=6,
    resume_text=(
        "Solicitor, six years PQE in commercial litigation and arbitration: banking disputes, "
        "HKIAC and LCIA arbitrations, disclosure exercises and instructing counsel."
    ),
)
PARALEGAL = dict(
    current_title="Corporate Paralegal",
    skills=["Due diligence", "Company secretarial", "Data rooms", "Entity management"],
    years_experience=4,
    resume_text=(
        "Corporate paralegal, four years on M&A and fund formation: due diligence, data rooms, "
        "board minutes, filings and entity management."
    ),
)
COUNSEL = dict(
    current_title="Legal Counsel",
    skills=["Commercial contracts", "Financial services regulation", "Data protection"],
    years_experience=7,
    resume_text=(
        "Qualified lawyer, seven years (four in private practice, three in-house at an insurer): "
        "commercial contracts, regulatory advice and data protection."
    ),
)
KYC_ANALYST = dict(
    current_title="AML/KYC Analyst",
    skills=["KYC onboarding", "Enhanced due diligence", "Transaction monitoring", "Sanctions"],
    years_experience=4,
    resume_text=(
        "AML/KYC analyst, four years at a private bank: onboarding and periodic reviews, "
        "enhanced due diligence on high-risk clients, sanctions screening and SAR drafting."
    ),
)
COMPLIANCE_MGR = dict(
    current_title="Compliance Manager",
    skills=["Regulatory compliance", "Financial crime", "Compliance monitoring", "Policy"],
    years_experience=10,
    resume_text=(
        "Compliance manager, ten years in banking and asset management: monitoring plans, "
        "financial crime frameworks, regulator relationships and policy writing."
    ),
)
ACTUARY = dict(
    current_title="Actuarial Analyst",
    skills=["Reserving", "Pricing", "IFRS 17", "Prophet", "Excel VBA"],
    years_experience=5,
    resume_text=(
        "Part-qualified actuary, five years in general insurance reserving and pricing: IFRS 17 "
        "reporting, Prophet models and Excel tools."
    ),
)
UNDERWRITER = dict(
    current_title="Property Underwriter",
    skills=["Commercial property", "Risk selection", "Broker relationships", "Pricing"],
    years_experience=7,
    resume_text=(
        "Commercial property underwriter, seven years: risk selection and pricing on a "
        "broker-led book, survey reviews, and renewals."
    ),
)
CLAIMS = dict(
    current_title="Senior Claims Handler",
    skills=["Liability claims", "Claims reserving", "Loss adjusters", "Fraud indicators"],
    years_experience=6,
    resume_text=(
        "Claims handler, six years on commercial liability and motor claims: reserving, "
        "instructing loss adjusters and solicitors, and fraud referrals."
    ),
)
CONSULTANT = dict(
    current_title="Management Consultant",
    skills=["Strategy", "Operating model design", "Financial services", "Workshops"],
    years_experience=5,
    resume_text=(
        "Management consultant, five years on banking and insurance engagements: operating "
        "model design, cost programmes and board-level workshops."
    ),
)
FIN_ACCOUNTANT = dict(
    current_title="Financial Accountant",
    skills=["Month-end close", "Group consolidation", "IFRS", "SAP"],
    years_experience=6,
    resume_text=(
        "Chartered accountant, six years: month-end close, group consolidation under IFRS, "
        "statutory accounts and audit liaison, SAP and BlackLine."
    ),
)


def desk(persona: dict, where: str):
    """Candidates of one kind on the desk: the finance profile dressed as ``persona``, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, "finance", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A call note: what the consultant heard on the phone."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def runner_up(days, note=None, *, role="Financial Analyst") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Financial Analyst") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Financial Analyst"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

AUDIT_ROLE = dict(
    title="Audit Senior, Financial Services",
    department="Assurance",
    seniority="senior",
    requirements="ACCA, ACA or CPA\nIFRS\nISA audits\nBanking or asset management clients",
    description="Run year-end audit fieldwork on a portfolio of banks and fund managers.",
)
TAX_ROLE = dict(
    title="Corporate Tax Manager",
    department="Tax",
    seniority="manager",
    requirements="CTA or equivalent\nCorporate tax compliance\nTax provisioning\nTransfer pricing",
    description="Own group corporate tax compliance and provisioning.",
)
FPA_ROLE = dict(
    title="FP&A Manager",
    department="Finance",
    seniority="manager",
    requirements="CPA, CA or ACCA\nBudgeting and forecasting\nBoard reporting\nAnaplan or similar",
    description="Run the budget, the rolling forecast and the monthly business review.",
)
TREASURY_ROLE = dict(
    title="Treasury Analyst",
    department="Treasury",
    seniority="mid",
    requirements="Cash management\nFX hedging\nTreasury management system\nBank relationships",
    description="Daily cash, FX and funding for a listed group.",
)
PAYROLL_ROLE = dict(
    title="Payroll Manager",
    department="People Operations",
    seniority="manager",
    requirements="Multi-country payroll\nWorkday or similar\nStatutory contributions\nYear-end",
    description="Run payroll for 2,500 people across the region.",
)
LIT_ROLE = dict(
    title="Senior Associate, Disputes",
    department="Disputes",
    seniority="senior",
    requirements="Qualified solicitor, 5+ years PQE\nCommercial litigation\nArbitration",
    description="Run banking and commercial disputes and arbitrations for financial clients.",
)
PARALEGAL_ROLE = dict(
    title="Corporate Paralegal",
    department="Corporate",
    seniority="mid",
    requirements="Due diligence\nData rooms\nCompany secretarial\nEntity management",
    description="Support the corporate team on M&A and fund formation.",
)
COUNSEL_ROLE = dict(
    title="Legal Counsel",
    department="Legal",
    seniority="senior",
    requirements="Qualified lawyer\nCommercial contracts\nFinancial services regulation",
    description="Advise the business on contracts, regulation and data protection.",
)
KYC_ROLE = dict(
    title="KYC Analyst",
    department="Financial Crime",
    seniority="mid",
    requirements="KYC onboarding\nEnhanced due diligence\nSanctions screening",
    description="Onboard and review corporate and private clients.",
)
COMPLIANCE_ROLE = dict(
    title="Compliance Manager",
    department="Compliance",
    seniority="manager",
    requirements="Regulatory compliance\nFinancial crime\nMonitoring\nRegulator relationships",
    description="Run the compliance monitoring plan and advise the business.",
)
ACTUARY_ROLE = dict(
    title="Actuarial Analyst, Reserving",
    department="Actuarial",
    seniority="mid",
    requirements="Part-qualified actuary\nReserving\nIFRS 17\nProphet or similar",
    description="Quarterly reserving and IFRS 17 reporting for a general insurer.",
)
UW_ROLE = dict(
    title="Property Underwriter",
    department="Underwriting",
    seniority="senior",
    requirements="Commercial property underwriting\nRisk selection\nBroker relationships",
    description="Grow and price a commercial property book with brokers.",
)
CLAIMS_ROLE = dict(
    title="Senior Claims Handler",
    department="Claims",
    seniority="senior",
    requirements="Liability claims\nReserving\nManaging loss adjusters",
    description="Handle a book of complex liability claims.",
)
CONSULT_ROLE = dict(
    title="Consultant, Financial Services",
    department="Consulting",
    seniority="mid",
    requirements="Strategy or operations consulting\nBanking or insurance clients\nWorkshops",
    description="Deliver operating model and cost engagements for banks and insurers.",
)
FA_ROLE = dict(
    title="Financial Accountant",
    department="Finance",
    seniority="mid",
    requirements="Qualified accountant\nMonth-end close\nConsolidation\nIFRS",
    description="Own month-end close and group consolidation.",
)

# --- where and how they are worked ----------------------------------------------------------

HK = "Hong Kong"
SG = "Singapore"
LDN = "London, UK"
FRA = "Frankfurt, Germany"
TOR = "Toronto, Canada"
JHB = "Johannesburg, South Africa"
SYD = "Sydney, Australia"
NYC = "New York, NY, USA"

HK_HYBRID = dict(
    remote_policy="hybrid", location=HK, offers=["Hybrid: three days a week in Central"]
)
HK_ONSITE = dict(remote_policy="onsite", location=HK)
SG_HYBRID = dict(
    remote_policy="hybrid", location=SG, offers=["Hybrid: three days a week at Marina Bay"]
)
SG_ONSITE = dict(remote_policy="onsite", location=SG)
LDN_HYBRID = dict(
    remote_policy="hybrid", location=LDN, offers=["Hybrid: three days a week in the City"]
)
LDN_ONSITE = dict(remote_policy="onsite", location=LDN)
FRA_HYBRID = dict(
    remote_policy="hybrid", location=FRA, offers=["Hybrid: three days a week in the Westend"]
)
TOR_HYBRID = dict(
    remote_policy="hybrid", location=TOR, offers=["Hybrid: three days a week on Bay Street"]
)
JHB_HYBRID = dict(
    remote_policy="hybrid", location=JHB, offers=["Hybrid: three days a week in Sandton"]
)
SYD_HYBRID = dict(
    remote_policy="hybrid", location=SYD, offers=["Hybrid: three days a week in Barangaroo"]
)
NYC_HYBRID = dict(
    remote_policy="hybrid", location=NYC, offers=["Hybrid: three days a week in Midtown"]
)
NYC_ONSITE = dict(remote_policy="onsite", location=NYC)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a PDPA withdrawal of consent vs a PDPA access request",
        "cs",
        [
            desk(KYC_ANALYST, SG)(
                "Shermaine Goh Li Ting",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, Pursuant to section 16 of the Personal Data Protection "
                        "Act 2012, I hereby withdraw my consent to your firm's collection, use "
                        "and disclosure of my personal data, and request that you cease "
                        "contacting me about employment opportunities. Yours faithfully, "
                        "S. Goh",
                    )
                ],
                excluded=True,
            ),
            desk(KYC_ANALYST, SG)(
                "Darren Kwek Jun Hao",
                2,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, Under the PDPA could I have a copy of the personal data "
                        "your firm holds about me? Separately, I remain keen on KYC roles at "
                        "banks in the CBD. Regards, D. Kwek",
                    )
                ],
            ),
        ],
        **opening(KYC_ROLE, SG_HYBRID),
    ),
    C(
        "a PDPO direct-marketing objection vs a new mobile number",
        "cs",
        [
            desk(PAYROLL, HK)(
                "Winnie Tsang Hoi-yan",
                0,
                touches=[
                    mail(
                        45,
                        "I object to the use of my personal data for direct marketing under "
                        "section 35G of the PDPO. Please stop sending me job alerts and do not "
                        "call me again.",
                    )
                ],
                excluded=True,
            ),
            desk(PAYROLL, HK)(
                "Kelvin Mok Ka-lok",
                2,
                touches=[
                    mail(
                        45,
                        "New mobile is 9123 4567 from next week, the old one is being cut off. "
                        "Still interested in payroll manager roles, MPF experience as before.",
                    )
                ],
            ),
        ],
        **opening(PAYROLL_ROLE, HK_HYBRID),
    ),
    C(
        "WhatsApp: don't message me again vs not during busy season",
        "cs",
        [
            desk(AUDIT_SENIOR, SYD)(
                "Brodie McKellar",
                0,
                touches=[wa(25, "mate pls dont msg me again, not interested in anything u have")],
                excluded=True,
            ),
            desk(AUDIT_SENIOR, SYD)(
                "Tahlia Vukovic",
                2,
                touches=[
                    wa(
                        25,
                        "pls dont msg me during busy season lol im drowning. email is fine "
                        "tho, will read on the wknd",
                    )
                ],
            ),
        ],
        **opening(AUDIT_ROLE, SYD_HYBRID),
    ),
    C(
        "Cantonese: don't look for me again vs don't ring at work, WhatsApp is fine",
        "cs",
        [
            desk(CLAIMS, HK)(
                "Lau Chi-keung",
                0,
                touches=[wa(30, "唔好再搵我，我唔想再收到你哋嘅電話同訊息。")],
                excluded=True,
            ),
            desk(CLAIMS, HK)(
                "Cheung Wing-sze",
                2,
                touches=[
                    wa(
                        30,
                        "返工時間唔好打俾我，唔方便。有職位 WhatsApp 我得㗎，"
                        "claims 嘅工我都有興趣。",
                    )
                ],
            ),
        ],
        **opening(CLAIMS_ROLE, HK_HYBRID),
    ),
    C(
        "German: delete my data and stop contacting me vs no calls during work hours",
        "cs",
        [
            desk(TREASURY, FRA)(
                "Annegret Pfisterer",
                0,
                touches=[
                    mail(
                        50,
                        "Bitte löschen Sie meine Daten gemäß Art. 17 DSGVO und kontaktieren Sie "
                        "mich künftig nicht mehr.",
                    )
                ],
                excluded=True,
            ),
            desk(TREASURY, FRA)(
                "Florian Wackernagel",
                2,
                touches=[
                    mail(
                        50,
                        "Bitte rufen Sie mich nicht mehr während der Arbeitszeit an - per "
                        "E-Mail gerne. Treasury-Stellen in Frankfurt interessieren mich weiter.",
                    )
                ],
            ),
        ],
        **opening(TREASURY_ROLE, FRA_HYBRID),
    ),
    C(
        "Afrikaans: never contact me again vs not now, keep me posted",
        "cs",
        [
            desk(TAX_MANAGER, JHB)(
                "Marthinus Kleynhans-Mabe",
                0,
                touches=[
                    wa(
                        40,
                        "Moet my asseblief nooit weer kontak nie. Verwyder my nommer van julle "
                        "lys.",
                    )
                ],
                excluded=True,
            ),
            desk(TAX_MANAGER, JHB)(
                "Riaan Steenkamp",
                2,
                touches=[
                    wa(
                        40,
                        "Nie nou nie, ek is baie besig met die provisional tax, maar hou my "
                        "asseblief op hoogte van tax manager rolle.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, JHB_HYBRID),
    ),
    C(
        "ATS: removed from all comms, DNC vs removed from the newsletter only",
        "cs",
        [
            desk(ACTUARY, LDN)(
                "Quentin Abernethy-Roe",
                0,
                touches=[
                    ats(
                        80,
                        "cand called in v unhappy - wants off ALL comms incl. roles. DNC flag "
                        "set per his request, do not approach.",
                    )
                ],
                excluded=True,
            ),
            desk(ACTUARY, LDN)(
                "Imogen Vardakis-Lowe",
                2,
                touches=[
                    ats(
                        80,
                        "cand asked to be taken off the monthly market-update newsletter only. "
                        "Still happy to hear abt reserving roles, IFRS17 exp.",
                    )
                ],
            ),
        ],
        **opening(ACTUARY_ROLE, LDN_HYBRID),
    ),
    C(
        "LinkedIn: no recruiters ever vs no Big Four, in-house welcome",
        "cs",
        [
            desk(FIN_ACCOUNTANT, TOR)(
                "Mitchell Brassard",
                0,
                touches=[
                    inmail(
                        35,
                        "I'm not interested in hearing from recruiters, now or ever. Please "
                        "stop messaging me here.",
                    )
                ],
                excluded=True,
            ),
            desk(FIN_ACCOUNTANT, TOR)(
                "Priya Sivalingam",
                2,
                touches=[
                    inmail(
                        35,
                        "Not interested in going back to a Big Four firm, but in-house "
                        "accounting roles on the TSX side - yes please.",
                    )
                ],
            ),
        ],
        **opening(FA_ROLE, TOR_HYBRID, title="Financial Accountant (in-house)"),
    ),
    C(
        "left the law for good, take me off vs left private practice, in-house only",
        "cs",
        [
            desk(COUNSEL, LDN)(
                "Ophelia Strickland-Yeo",
                0,
                touches=[
                    mail(
                        90,
                        "I've left the law for good - retraining as a primary school teacher. "
                        "Please take me off your lists; I won't be needing legal roles again.",
                    )
                ],
                excluded=True,
            ),
            desk(COUNSEL, LDN)(
                "Barnaby Oduya",
                2,
                touches=[
                    mail(
                        90,
                        "I've left private practice for good - no more billable hours. "
                        "In-house counsel roles only from now on, please keep them coming.",
                    )
                ],
            ),
        ],
        **opening(COUNSEL_ROLE, LDN_HYBRID, title="Legal Counsel (in-house, insurer)"),
    ),
    C(
        "a solicitors' letter for their client to cease contact vs a note from her own lawyer",
        "cs",
        [
            desk(COMPLIANCE_MGR, NYC)(
                "Harriet Vandermolen",
                0,
                touches=[
                    mail(
                        100,
                        "We act for Ms Vandermolen. Our client instructs us to require that "
                        "your firm cease all contact with her, by any channel, with immediate "
                        "effect, and delete her details from your candidate database.",
                    )
                ],
                excluded=True,
            ),
            desk(COMPLIANCE_MGR, NYC)(
                "Desmond Achterberg",
                2,
                touches=[
                    ats(
                        100,
                        "Cand's employment lawyer reviewing his non-solicit before he moves - "
                        "cand says go ahead and send roles meanwhile, he's keen.",
                    )
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, NYC_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "six months' garden leave from 1 Oct vs three months' from March",
        "cs",
        [
            desk(TREASURY, LDN)(
                "Rupert Ellerbeck-Danjuma",
                1,
                touches=[
                    rang(
                        date(2026, 10, 5),
                        "Spk w/ cand. Resigned from the bank last wk, they've put him on 6 "
                        "months' garden leave from 1 Oct. Can't start anywhere until April, "
                        "contractually. Happy to interview for April starts only.",
                    )
                ],
            ),
            desk(TREASURY, LDN)(
                "Saoirse Delahunty",
                2,
                touches=[
                    rang(
                        date(2026, 3, 2),
                        "Spk w/ cand. Resigned, 3 months' garden leave from 1 March so she's "
                        "free from June. Wants treasury, hybrid.",
                    )
                ],
            ),
        ],
        **opening(TREASURY_ROLE, LDN_HYBRID),
    ),
    C(
        "a twelve-month non-compete from June vs a six-month one from last September",
        "cs",
        [
            desk(UNDERWRITER, SG)(
                "Benedict Ong Wei Ming",
                1,
                touches=[
                    mail(
                        date(2026, 6, 15),
                        "I left the insurer today. My contract has a 12-month non-compete, so I "
                        "can't join another underwriter in Singapore until June next year. "
                        "Please keep me in mind after that.",
                    )
                ],
            ),
            desk(UNDERWRITER, SG)(
                "Rachel Seah Hui Min",
                2,
                touches=[
                    mail(
                        date(2025, 9, 8),
                        "Left the insurer this week. Six-month non-compete, so nothing with a "
                        "competitor until March. Let's talk after that.",
                    )
                ],
            ),
        ],
        **opening(UW_ROLE, SG_HYBRID),
    ),
    C(
        "waiting for the bonus paid after Chinese New Year vs last year's, paid in March",
        "cs",
        [
            desk(FPA_MANAGER, HK)(
                "Vincent Leung Tsz-fung",
                1,
                touches=[
                    wa(
                        date(2026, 11, 2),
                        "bonus only gets paid after CNY, usually end feb. no way im leaving "
                        "before it lands, come back to me after that ok",
                    )
                ],
            ),
            desk(FPA_MANAGER, HK)(
                "Janice Yip Mei-ling",
                2,
                touches=[
                    wa(
                        date(2026, 1, 12),
                        "bonus paid in march after CNY, dont want to lose it. ping me after la",
                    )
                ],
            ),
        ],
        **opening(FPA_ROLE, HK_HYBRID),
    ),
    C(
        "a deferred tranche vesting next March vs one that vested this March",
        "cs",
        [
            desk(COMPLIANCE_MGR, LDN)(
                "Ptolemy Grenfell",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Long call. Last deferred tranche from the 2023 bonus vests in March - "
                        "walking now means leaving ~£60k on the table, so he won't move before "
                        "it vests. Otherwise v keen, likes the monitoring side.",
                    )
                ],
            ),
            desk(COMPLIANCE_MGR, LDN)(
                "Henrietta Mbatha-Lyle",
                2,
                touches=[
                    rang(
                        date(2025, 11, 10),
                        "Long call. Her deferred bonus tranche vests in March - won't move "
                        "before it's paid out. After that she's open, likes monitoring work.",
                    )
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, LDN_HYBRID),
    ),
    C(
        "not until busy season ends in April, said this month vs said in January",
        "cs",
        [
            desk(AUDIT_SENIOR, SG)(
                "Nicholas Tay Boon Keat",
                1,
                touches=[
                    ats(
                        date(2026, 11, 9),
                        "cand not moving during busy season - Dec YE clients, peak Jan to "
                        "Apr. Says call end April once the last sign-off is done.",
                    )
                ],
            ),
            desk(AUDIT_SENIOR, SG)(
                "Felicia Lim Xue Er",
                2,
                touches=[
                    ats(
                        date(2026, 1, 19),
                        "cand not moving mid busy season, Dec YE portfolio. Said call her "
                        "end April once all the sign-offs are done.",
                    )
                ],
            ),
        ],
        **opening(AUDIT_ROLE, SG_HYBRID),
    ),
    C(
        "ACCA papers on 7-8 December vs a paper sat in September",
        "cs",
        [
            desk(FIN_ACCOUNTANT, JHB)(
                "Lerato Mokoena-Botha",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "I'm sitting SBR and AFM on 7 and 8 December and on study leave until "
                        "then. Please don't line anything up until after my exams.",
                    )
                ],
            ),
            desk(FIN_ACCOUNTANT, JHB)(
                "Zanele Khumalo-Pretorius",
                2,
                touches=[
                    mail(
                        date(2026, 8, 3),
                        "I'm sitting AAA in early September and on study leave till then - "
                        "please only line things up after my exam.",
                    )
                ],
            ),
        ],
        **opening(FA_ROLE, JHB_HYBRID),
    ),
    C(
        "nothing till after EOFY, said in November vs said in February",
        "cs",
        [
            desk(FPA_MANAGER, SYD)(
                "Lachlan Quirindi-Burke",
                1,
                touches=[
                    rang(
                        date(2026, 11, 16),
                        "Spoke to Lachie. Budget season plus year-end on his plate, can't think "
                        "about moving till after EOFY - 30 June. Reach out in July.",
                    )
                ],
            ),
            desk(FPA_MANAGER, SYD)(
                "Kirrilee Dunstan",
                2,
                touches=[
                    rang(
                        date(2026, 2, 9),
                        "Spoke to Kirrilee. Year-end and the budget are on her plate, not "
                        "moving before EOFY at 30 June. Reach out in July.",
                    )
                ],
            ),
        ],
        **opening(FPA_ROLE, SYD_HYBRID),
    ),
    C(
        "on maternity leave until next September vs back from a year's leave in June",
        "cs",
        [
            desk(TAX_MANAGER, TOR)(
                "Geneviève Ouellette",
                1,
                touches=[
                    mail(
                        date(2026, 8, 24),
                        "I started my 13-month parental leave last week, so I'm off until next "
                        "September. I'm not looking at anything until I'm back at work.",
                    )
                ],
            ),
            desk(TAX_MANAGER, TOR)(
                "Harjit Sandhu-Mercer",
                2,
                touches=[
                    mail(
                        date(2025, 6, 9),
                        "I'm on a year's parental leave from this week, back in June 2026. "
                        "Happy to talk once I'm back.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, TOR_HYBRID),
    ),
    C(
        "staying for the partnership vote in May, said in September vs said last December",
        "cs",
        [
            desk(LITIGATOR, NYC)(
                "Cornelius Abernathy",
                1,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Cand up for partner - the vote is in May. He's staying put until he "
                        "knows either way; revisit after.",
                    )
                ],
            ),
            desk(LITIGATOR, NYC)(
                "Marisol Quintanilla",
                2,
                touches=[
                    rang(
                        date(2025, 12, 1),
                        "Cand up for partner, vote in May. Staying put till she knows, "
                        "revisit after.",
                    )
                ],
            ),
        ],
        **opening(LIT_ROLE, NYC_HYBRID, title="Senior Associate, Commercial Litigation"),
    ),
    C(
        "probation to the end of February vs probation that ended in May",
        "cs",
        [
            desk(CONSULTANT, JHB)(
                "Thabo Mahlangu-Venter",
                1,
                touches=[
                    wa(
                        date(2026, 10, 12),
                        "started at the new firm 1 sept, probation runs to end of feb. not "
                        "jumping before then bru, msg me in march",
                    )
                ],
            ),
            desk(CONSULTANT, JHB)(
                "Anika du Preez",
                2,
                touches=[
                    wa(
                        date(2026, 3, 16),
                        "started the new job in dec, probation only ends end of may. msg me "
                        "after that",
                    )
                ],
            ),
        ],
        **opening(CONSULT_ROLE, JHB_HYBRID),
    ),
    C(
        "after personal tax season on 30 April, said this month vs said in February",
        "cs",
        [
            desk(TAX_MANAGER, TOR)(
                "Dominic Beauregard",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 16),
                        "Thanks - I'm not going anywhere until T1 season is over on April 30. "
                        "Happy to chat in May.",
                    )
                ],
            ),
            desk(TAX_MANAGER, TOR)(
                "Aaliyah Fontaine-Reid",
                2,
                touches=[
                    inmail(
                        date(2026, 2, 16),
                        "Thanks - not moving during T1 season, it ends April 30. Let's chat in "
                        "May.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, TOR_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ---------------------------------

SCHEDULE = [
    C(
        "done with busy-season weekends vs loves the buzz, an in-house role with none",
        "cs",
        [
            desk(AUDIT_SENIOR, LDN)(
                "Georgiana Pemberton",
                2,
                "Done with busy-season weekends - wants a job where Saturday is Saturday",
            ),
            desk(AUDIT_SENIOR, LDN)(
                "Oluwatobi Ashcroft",
                1,
                "Honestly loves the buzz of busy season and the team spirit at 11pm",
            ),
        ],
        **opening(
            FA_ROLE,
            LDN_HYBRID,
            title="Group Reporting Accountant (in-house)",
            offers=["No busy season: 9 to 5.30, no weekend work", "Three days in the City"],
        ),
    ),
    C(
        "can't do a 7am start with the school run vs early bird, a 7am treasury desk",
        "cs",
        [
            desk(TREASURY, LDN)(
                "Lavinia Osei-Bonsu",
                0,
                touches=[
                    rang(
                        40,
                        "Cand does the school run every morning - nothing that starts before "
                        "9, full stop. Otherwise strong on cash mgmt and FX.",
                    )
                ],
            ),
            desk(TREASURY, LDN)(
                "Caspian Thornycroft-Adu",
                2,
                touches=[
                    rang(
                        40,
                        "Cand is an early bird, in at 7 most days anyway to catch Asia. Strong "
                        "on cash mgmt and FX.",
                    )
                ],
            ),
        ],
        **opening(
            TREASURY_ROLE,
            LDN_ONSITE,
            offers=["Desk starts at 7am to cover the Asian close"],
        ),
    ),
    C(
        "no late calls with New York vs happy to flex evenings, a Sydney role with NY overlap",
        "cs",
        [
            desk(FPA_MANAGER, SYD)(
                "Jarrah Moorcroft-Teo",
                0,
                "No more 10pm calls with head office in New York - did three years of that",
            ),
            desk(FPA_MANAGER, SYD)(
                "Sienna Kourtakis-Bell",
                2,
                "Fine flexing evenings for US calls if she can start late the next morning",
            ),
        ],
        **opening(
            FPA_ROLE,
            SYD_HYBRID,
            description="Partner the New York CFO office; weekly calls run 9 to 11pm Sydney "
            "time, late starts the next day.",
        ),
    ),
    C(
        "no weekend claims rota vs weekend rota is fine, a role with one weekend a month",
        "cs",
        [
            desk(CLAIMS, JHB)(
                "Pieter Vermaak",
                0,
                touches=[
                    ats(
                        55,
                        "cand: 'no weekend rota, my weekends are for my kids and my church' - "
                        "firm on this.",
                    )
                ],
            ),
            desk(CLAIMS, JHB)(
                "Naledi Sithole",
                2,
                touches=[
                    ats(
                        55,
                        "cand ok with a weekend rota if it's time off in lieu, did it at Santam.",
                    )
                ],
            ),
        ],
        **opening(
            CLAIMS_ROLE,
            JHB_HYBRID,
            offers=["One weekend on the catastrophe rota a month, time off in lieu"],
        ),
    ),
    C(
        "school hours only vs no limits, a payroll role needing late nights at month-end",
        "cs",
        [
            desk(PAYROLL, SG)(
                "Cheryl Toh Pei Shan",
                0,
                touches=[
                    wa(
                        20,
                        "can only do 9 to 3 sia, need to fetch my boy from school. paiseh "
                        "cannot stay late one",
                    )
                ],
            ),
            desk(PAYROLL, SG)(
                "Marcus Ng Jia Wei",
                2,
                touches=[
                    wa(
                        20,
                        "late nights at payroll cutoff no problem lah, used to it at my current co",
                    )
                ],
            ),
        ],
        **opening(
            PAYROLL_ROLE,
            SG_ONSITE,
            description="Run monthly payroll for 2,500 staff; the last three days of each month "
            "run late into the evening.",
        ),
    ),
]

TRAVEL = [
    C(
        "no more Monday-to-Thursday on client site vs misses the client site",
        "cs",
        [
            desk(CONSULTANT, LDN)(
                "Peregrine Ashcombe",
                0,
                "No more living out of a suitcase Monday to Thursday on client site",
            ),
            desk(CONSULTANT, LDN)(
                "Adaeze Kingsbury",
                2,
                "Misses being on client site - the hotel weeks never bothered her",
            ),
        ],
        **opening(
            CONSULT_ROLE,
            LDN_HYBRID,
            offers=["Client-site travel Monday to Thursday across the UK"],
        ),
    ),
    C(
        "wants regional travel vs one who travelled for a past firm, a role with ASEAN travel",
        "cs",
        [
            desk(AUDIT_SENIOR, SG)(
                "Sharon Chia Wen Hui",
                2,
                "Wants regional exposure - Jakarta, KL, Bangkok trips are a plus",
            ),
            desk(AUDIT_SENIOR, SG)(
                "Gerald Phua Kok Leong",
                1,
                touches=[
                    ats(
                        70,
                        "at his last firm he flew to Jakarta a lot, didn't say if he liked it "
                        "or not. Solid on bank audits.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            SG_HYBRID,
            offers=["Around 30% travel across ASEAN"],
        ),
    ),
    C(
        "refuses long-haul vs happy to fly, a pan-African internal audit role",
        "cs",
        [
            desk(AUDIT_SENIOR, JHB)(
                "Johannes Kruger-Naidoo",
                0,
                touches=[
                    rang(
                        45,
                        "Spk w/ cand. Wife just had twins - no travel beyond Gauteng for the "
                        "foreseeable, not negotiable.",
                    )
                ],
            ),
            desk(AUDIT_SENIOR, JHB)(
                "Palesa Molefe",
                2,
                touches=[
                    rang(
                        45,
                        "Spk w/ cand. Loves travelling, has done Lagos and Nairobi audits, "
                        "would do more.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            JHB_HYBRID,
            title="Internal Audit Senior, Africa",
            offers=["40% travel to subsidiaries in Nigeria, Kenya and Zambia"],
        ),
    ),
    C(
        "his last job's travel wore him out vs travel is a must, a role with none",
        "cs",
        [
            desk(UNDERWRITER, LDN)(
                "Rafferty Coleridge",
                2,
                touches=[
                    rang(
                        60,
                        "Travel at his last job (broker visits all over Europe) wore him out. "
                        "Wants a desk-based book.",
                    )
                ],
            ),
            desk(UNDERWRITER, LDN)(
                "Elspeth Moncrieff",
                0,
                touches=[
                    rang(
                        60,
                        "Says travel is a must for her - broker trips to Europe and the US are "
                        "why she's in underwriting.",
                    )
                ],
            ),
        ],
        **opening(
            UW_ROLE,
            LDN_HYBRID,
            offers=["Lloyd's box, London brokers only - no travel"],
        ),
    ),
    C(
        "don't mind travel, just not overnight vs no travel at all, day trips only",
        "cs",
        [
            desk(COMPLIANCE_MGR, FRA)(
                "Ingeborg Sauerbrey",
                2,
                touches=[
                    mail(
                        30,
                        "Reisen stört mich nicht, solange ich abends wieder zu Hause bin - "
                        "Tagesreisen nach Mainz oder Köln sind kein Problem.",
                    )
                ],
            ),
            desk(COMPLIANCE_MGR, FRA)(
                "Torsten Habermehl",
                0,
                touches=[
                    mail(
                        30,
                        "Ich möchte gar nicht mehr reisen - auch keine Tagesreisen. Nur noch "
                        "Frankfurt.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            FRA_HYBRID,
            offers=["Day trips to branches in Cologne and Mainz, home the same evening"],
        ),
    ),
]

NO_VISA = "We are unable to sponsor work visas for this role."

VISA = [
    C(
        "needs an Employment Pass vs a Singapore PR, no EP for this role",
        "cs",
        [
            desk(KYC_ANALYST, SG)(
                "Arvind Raghunathan",
                0,
                touches=[
                    ats(
                        50,
                        "cand on EP tied to current bank - any move needs a new EP from the "
                        "employer. Strong EDD exp.",
                    )
                ],
            ),
            desk(KYC_ANALYST, SG)(
                "Melissa Koh Shu Fen",
                2,
                touches=[
                    ats(
                        50,
                        "cand is SPR since 2021, no pass needed. Strong EDD exp.",
                    )
                ],
            ),
        ],
        **opening(KYC_ROLE, SG_HYBRID, description="Onboard corporate clients. " + NO_VISA),
    ),
    C(
        "needs Skilled Worker sponsorship vs on her husband's visa with the right to work",
        "cs",
        [
            desk(PARALEGAL, LDN)(
                "Tanvir Chowdhury-Hale",
                0,
                "Graduate visa ends in February - will need Skilled Worker sponsorship to stay",
            ),
            desk(PARALEGAL, LDN)(
                "Ananya Bhattacharjee",
                2,
                "Here on her husband's Skilled Worker visa as a dependant - full right to work, "
                "no sponsorship needed",
            ),
        ],
        **opening(PARALEGAL_ROLE, LDN_HYBRID, description="M&A support. " + NO_VISA),
    ),
    C(
        "needs a GEP visa from the new employer vs an IANG holder, no sponsorship",
        "cs",
        [
            desk(LITIGATOR, HK)(
                "Siobhan Fairclough",
                0,
                touches=[
                    mail(
                        40,
                        "I'm on a GEP visa sponsored by my current firm, so any new firm would "
                        "need to sponsor a fresh employment visa with Immigration.",
                    )
                ],
            ),
            desk(LITIGATOR, HK)(
                "Zhao Yiran",
                2,
                touches=[
                    mail(
                        40,
                        "I'm on IANG (did my LLM and PCLL at HKU), so I can change employers "
                        "without any sponsorship.",
                    )
                ],
            ),
        ],
        **opening(LIT_ROLE, HK_HYBRID, offers=["Three days in Central", NO_VISA]),
    ),
    C(
        "a PGWP running out, needs an LMIA vs permanent residence landed last year",
        "cs",
        [
            desk(ACTUARY, TOR)(
                "Rohan Deshpande",
                0,
                touches=[
                    rang(
                        35,
                        "Cand's PGWP expires Feb 2027. Would need the employer to get an LMIA "
                        "to keep working here.",
                    )
                ],
            ),
            desk(ACTUARY, TOR)(
                "Mehreen Qureshi-Laval",
                2,
                touches=[
                    rang(
                        35,
                        "Cand was on a PGWP, landed PR last year - no work permit issues at "
                        "all now.",
                    )
                ],
            ),
        ],
        **opening(ACTUARY_ROLE, TOR_HYBRID, description="Quarterly reserving. " + NO_VISA),
    ),
    C(
        "a US citizen whose wife needs an H-1B vs a candidate who needs one himself",
        "cs",
        [
            desk(FIN_ACCOUNTANT, NYC)(
                "Garrett Lindqvist-Obi",
                2,
                touches=[
                    ats(
                        30,
                        "Cand is a US citizen. His wife is the one job hunting on an H-1B - "
                        "separate search, nothing to do with him.",
                    )
                ],
            ),
            desk(FIN_ACCOUNTANT, NYC)(
                "Siddharth Gokhale-Menon",
                0,
                touches=[
                    ats(
                        30,
                        "Cand on H-1B - would need the new employer to file a transfer "
                        "petition before he can start.",
                    )
                ],
            ),
        ],
        **opening(FA_ROLE, NYC_HYBRID, description="Month-end close in Midtown. " + NO_VISA),
    ),
]

CONTRACT = [
    C(
        "perm only vs open to a fixed-term maternity cover",
        "cs",
        [
            desk(FIN_ACCOUNTANT, LDN)(
                "Cordelia Hatherley",
                0,
                touches=[rang(45, "cand: perm only. Won't look at FTCs, needs the mortgage.")],
            ),
            desk(FIN_ACCOUNTANT, LDN)(
                "Emeka Fairbanks",
                2,
                touches=[
                    rang(
                        45,
                        "cand open to FTC, even prefers a 12m mat cover so he can travel after.",
                    )
                ],
            ),
        ],
        **opening(
            FA_ROLE,
            LDN_HYBRID,
            title="Financial Accountant - 12-month FTC (maternity cover)",
        ),
    ),
    C(
        "wants three days a week vs full time only, a 0.6 FTE role",
        "cs",
        [
            desk(PAYROLL, SYD)(
                "Bronwyn Ashby-Teo",
                2,
                "Wants three days a week max now the kids are little - 0.6 would be ideal",
            ),
            desk(PAYROLL, SYD)(
                "Callum Petrakis",
                0,
                "Needs full-time hours - can't make the mortgage on part-time pay",
            ),
        ],
        **opening(
            PAYROLL_ROLE,
            SYD_HYBRID,
            title="Payroll Manager (0.6 FTE, three days a week)",
        ),
    ),
    C(
        "Festanstellung only vs freelance only, a permanent Frankfurt role",
        "cs",
        [
            desk(TAX_MANAGER, FRA)(
                "Wolfram Quernheim",
                2,
                touches=[rang(25, "Kandidat sucht nur Festanstellung, keine Freiberuflichkeit.")],
            ),
            desk(TAX_MANAGER, FRA)(
                "Ludmila Brandauer",
                0,
                touches=[
                    rang(
                        25,
                        "Kandidatin will nur noch freiberuflich arbeiten, Tagessatz, keine "
                        "Festanstellung mehr.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, FRA_HYBRID, title="Steuerberater / Tax Manager (unbefristet)"),
    ),
    C(
        "won't do another 2,000-hour target vs fine with 1,900 if the bonus pays",
        "cs",
        [
            desk(LITIGATOR, LDN)(
                "Fenwick Ravensworth",
                0,
                touches=[
                    mail(
                        50,
                        "I'm not signing up to another 1,900-2,000 hour target. That's why I'm "
                        "looking. Anything under 1,500 I'd consider.",
                    )
                ],
            ),
            desk(LITIGATOR, LDN)(
                "Yewande Castlemaine",
                2,
                touches=[
                    mail(
                        50,
                        "1,900 billable is fine by me if the bonus above target is real. I "
                        "just want better work.",
                    )
                ],
            ),
        ],
        **opening(
            LIT_ROLE,
            LDN_ONSITE,
            offers=["Billable target 1,900 hours, bonus above target"],
        ),
    ),
    C(
        "a six-month contract vs perm only, a fixed-term Johannesburg project",
        "cs",
        [
            desk(CONSULTANT, JHB)(
                "Bongani Zwane",
                2,
                touches=[
                    wa(
                        35,
                        "honestly a 6 month contract suits me, want to do my MBA mid next year",
                    )
                ],
            ),
            desk(CONSULTANT, JHB)(
                "Ilse Jacobsz",
                0,
                touches=[wa(35, "only permanent please, contracts dont work with my bond")],
            ),
        ],
        **opening(
            CONSULT_ROLE,
            JHB_HYBRID,
            title="Consultant - six-month fixed-term contract",
        ),
    ),
    C(
        "a nine-day fortnight wanted vs five days fine, a compressed-hours role",
        "cs",
        [
            desk(CLAIMS, LDN)(
                "Marigold Trevethick",
                2,
                "After a compressed-hours pattern, ideally a nine-day fortnight",
            ),
            desk(CLAIMS, LDN)(
                "Dashiell Akintola",
                1,
                "Standard five days is fine, wants bigger, more complex claims",
            ),
        ],
        **opening(
            CLAIMS_ROLE,
            LDN_HYBRID,
            offers=["Nine-day fortnight: every other Friday off", "Two days in the office"],
        ),
    ),
]

COMMUTE = [
    C(
        "won't cross the harbour daily vs the MTR to Central is easy, a Central role",
        "cs",
        [
            desk(PARALEGAL, HK)(
                "Wong Ka-yan",
                0,
                "Lives in Tseung Kwan O, won't cross the harbour every day - Kowloon side only",
            ),
            desk(PARALEGAL, HK)(
                "Tam Hiu-tung",
                2,
                "Lives in Tseung Kwan O; the MTR into Central is easy, she doesn't mind",
            ),
        ],
        **opening(PARALEGAL_ROLE, dict(remote_policy="onsite", location="Central, Hong Kong")),
    ),
    C(
        "the Jubilee line to Canary Wharf is hell vs an easy ride, a Canary Wharf role",
        "cs",
        [
            desk(KYC_ANALYST, LDN)(
                "Hermione Blackwood-Nkemelu",
                0,
                touches=[
                    rang(
                        30,
                        "cand: never again Canary Wharf, the Jubilee line at 8am is hell. "
                        "City or West End only.",
                    )
                ],
            ),
            desk(KYC_ANALYST, LDN)(
                "Ignatius Penhaligon",
                2,
                touches=[
                    rang(
                        30,
                        "cand lives in Greenwich, Canary Wharf is 15 mins on the DLR - ideal.",
                    )
                ],
            ),
        ],
        **opening(
            KYC_ROLE,
            dict(remote_policy="hybrid", location="Canary Wharf, London, UK"),
            offers=["Three days a week in Canary Wharf"],
        ),
    ),
    C(
        "Sandton traffic is a no vs ten minutes from Sandton, a Sandton office",
        "cs",
        [
            desk(FPA_MANAGER, JHB)(
                "Ruan Swanepoel",
                0,
                touches=[
                    ats(
                        40,
                        "cand in Centurion - refuses the N1 into Sandton daily, 90 min each way "
                        "with the traffic. Pretoria side only.",
                    )
                ],
            ),
            desk(FPA_MANAGER, JHB)(
                "Nomvula Dube",
                2,
                touches=[
                    ats(
                        40,
                        "cand lives in Morningside, 10 min to Sandton. Commute not an issue.",
                    )
                ],
            ),
        ],
        **opening(
            FPA_ROLE,
            dict(remote_policy="onsite", location="Sandton, Johannesburg, South Africa"),
        ),
    ),
    C(
        "wants off the CBD commute, Parramatta ideal vs loves the CBD, a Parramatta office",
        "cs",
        [
            desk(CLAIMS, SYD)(
                "Deklan Haverfield",
                2,
                "Lives in Baulkham Hills - sick of the CBD commute, Parramatta would be perfect",
            ),
            desk(CLAIMS, SYD)(
                "Ebony Castellano",
                1,
                "Likes working in the CBD, walks to Wynyard from the ferry",
            ),
        ],
        **opening(
            CLAIMS_ROLE,
            dict(remote_policy="onsite", location="Parramatta, Sydney, Australia"),
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "HK$80k a month with a 13th month vs HK$98k a month, a HK$0.9-1.05m band",
        "cs",
        [
            desk(TAX_MANAGER, HK)(
                "Raymond Chan Chun-hei",
                2,
                touches=[
                    rang(
                        30,
                        "cand expecting HK$80k/month + 13th month + MPF top-up. Notice 1 month.",
                    )
                ],
            ),
            desk(TAX_MANAGER, HK)(
                "Gigi Fung Sze-man",
                0,
                touches=[
                    rang(
                        30,
                        "cand expecting min HK$98k/month + 13th month, won't go lower. Notice "
                        "1 month.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, HK_HYBRID, salary_min=900_000, salary_max=1_050_000, currency="HKD"),
    ),
    C(
        "asks S$8.5k a month vs S$12k, a S$100-125k role",
        "cs",
        [
            desk(KYC_ANALYST, SG)(
                "Jolene Heng Yi Xuan",
                2,
                touches=[wa(20, "current 7.2k, hoping for 8.5k/mth can? AWS 1 mth")],
            ),
            desk(KYC_ANALYST, SG)(
                "Eugene Sim Zhi Hao",
                0,
                touches=[wa(20, "wont move below 12k/mth leh, got offer elsewhere at 11.5")],
            ),
        ],
        **opening(KYC_ROLE, SG_HYBRID, salary_min=100_000, salary_max=125_000, currency="SGD"),
    ),
    C(
        "NQ who won't go under £110k vs £100k NQ fine, a £95-105k NQ role",
        "cs",
        [
            desk(LITIGATOR, LDN)(
                "Tamsin Carrow-Ebuka",
                0,
                "Qualifying in March - won't accept less than £110k NQ, the US firms pay it",
                years_experience=2,
            ),
            desk(LITIGATOR, LDN)(
                "Hugo Lamberton",
                2,
                "Qualifying in March - £100k NQ would be more than fair for a good team",
                years_experience=2,
            ),
        ],
        **opening(
            LIT_ROLE,
            LDN_HYBRID,
            title="NQ Solicitor, Disputes",
            seniority="junior",
            salary_min=95_000,
            salary_max=105_000,
            currency="GBP",
        ),
    ),
    C(
        "95.000 € brutto vs 78.000 €, a 75-85k Frankfurt band",
        "cs",
        [
            desk(TREASURY, FRA)(
                "Maximilian Oberdörfer",
                0,
                touches=[
                    mail(
                        35,
                        "Meine Gehaltsvorstellung liegt bei 95.000 € brutto im Jahr, darunter "
                        "wechsle ich nicht.",
                    )
                ],
            ),
            desk(TREASURY, FRA)(
                "Svenja Ostendorp",
                2,
                touches=[
                    mail(
                        35,
                        "Gehaltsvorstellung: ca. 78.000 € brutto, plus Jobticket wäre schön.",
                    )
                ],
            ),
        ],
        **opening(TREASURY_ROLE, FRA_HYBRID, salary_min=75_000, salary_max=85_000, currency="EUR"),
    ),
    C(
        "earns C$150k but would take C$125k vs needs C$145k, a C$120-135k band",
        "cs",
        [
            desk(FIN_ACCOUNTANT, TOR)(
                "Keziah Montgomery-Lau",
                2,
                touches=[
                    rang(
                        40,
                        "Currently on $150k at a bank but burnt out - would take $125k for "
                        "sane hours.",
                    )
                ],
            ),
            desk(FIN_ACCOUNTANT, TOR)(
                "Brennan O'Halloran",
                0,
                touches=[
                    rang(
                        40,
                        "Currently $128k, needs $145k minimum to move - has a competing offer.",
                    )
                ],
            ),
        ],
        **opening(FA_ROLE, TOR_HYBRID, salary_min=120_000, salary_max=135_000, currency="CAD"),
    ),
    C(
        "R1.3m CTC vs R950k CTC, an R850k-1.05m role",
        "cs",
        [
            desk(ACTUARY, JHB)(
                "Wikus Coetzer",
                0,
                touches=[ats(25, "cand wants R1.3m CTC min, has a Discovery offer close to it")],
            ),
            desk(ACTUARY, JHB)(
                "Refilwe Nkosi",
                2,
                touches=[ats(25, "cand looking for ~R950k CTC, flexible for study leave")],
            ),
        ],
        **opening(
            ACTUARY_ROLE, JHB_HYBRID, salary_min=850_000, salary_max=1_050_000, currency="ZAR"
        ),
    ),
    C(
        "A$175k base plus super vs A$160k including super, an A$145-160k base band",
        "cs",
        [
            desk(UNDERWRITER, SYD)(
                "Harrison Tregear",
                0,
                touches=[
                    rang(
                        30,
                        "Wants $175k base + super, not a package. Won't budge, told him the "
                        "market.",
                    )
                ],
            ),
            desk(UNDERWRITER, SYD)(
                "Matilda Ferreira-Ross",
                2,
                touches=[rang(30, "Happy at $160k package incl. super, wants the bigger book.")],
            ),
        ],
        **opening(
            UW_ROLE,
            SYD_HYBRID,
            salary_min=145_000,
            salary_max=160_000,
            currency="AUD",
            offers=["Base A$145-160k plus 11.5% super"],
        ),
    ),
    C(
        "needs US$190k base vs US$160k base with a 20% bonus, a US$150-170k base role",
        "cs",
        [
            desk(COMPLIANCE_MGR, NYC)(
                "Theodora Van Wyck",
                0,
                touches=[
                    mail(
                        40,
                        "Bonuses have been cut two years running, so base is all that counts "
                        "for me now: $190k base minimum.",
                    )
                ],
            ),
            desk(COMPLIANCE_MGR, NYC)(
                "Malcolm Adebayo-Rhodes",
                2,
                touches=[
                    mail(
                        40,
                        "I'd take $160k base if the bonus target is around 20%.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            NYC_HYBRID,
            salary_min=150_000,
            salary_max=170_000,
            currency="USD",
            offers=["Bonus target 20% of base"],
        ),
    ),
]

# --- 5. work mode said in one place only --------------------------------------------------

WORK_MODE = [
    C(
        "wants to WFH full time vs prefers the office, on-site said only in the policy field",
        "cs",
        [
            desk(FIN_ACCOUNTANT, SG)(
                "Adeline Soh Kai Lin",
                0,
                touches=[wa(25, "wfh full time pls, cannot go back to office 5 days")],
            ),
            desk(FIN_ACCOUNTANT, SG)(
                "Bryan Teo Wei Jie",
                2,
                touches=[wa(25, "actually prefer office, wfh alone at home very sian")],
            ),
        ],
        **opening(FA_ROLE, SG_ONSITE),
    ),
    C(
        "three home-office days minimum vs likes the office, office-based said in the description",
        "cs",
        [
            desk(COMPLIANCE_MGR, FRA)(
                "Henrike Stollberg",
                0,
                "Mindestens drei Tage Homeoffice pro Woche, sonst kein Wechsel",
            ),
            desk(COMPLIANCE_MGR, FRA)(
                "Jannik Ostermeier",
                2,
                "Ist gern jeden Tag im Büro, schätzt den direkten Austausch",
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            dict(location=FRA),
            description="Run the monitoring plan. This role is fully office-based in our "
            "Westend office, five days a week.",
        ),
    ),
    C(
        "wants fully remote from the Blue Mountains vs wants a team in an office, remote in title",
        "cs",
        [
            desk(CLAIMS, SYD)(
                "Saffron Llewellyn",
                2,
                "Moved out to the Blue Mountains - needs a fully remote role now",
            ),
            desk(CLAIMS, SYD)(
                "Jasper Kowalczyk",
                0,
                "Wants to be in an office with a team around him, WFH made him miserable",
            ),
        ],
        **opening(
            CLAIMS_ROLE,
            dict(location="Australia"),
            title="Senior Claims Handler (Fully Remote, anywhere in Australia)",
        ),
    ),
    C(
        "needs remote from Kingston vs wants real office days, remote said only in the offers",
        "cs",
        [
            desk(PAYROLL, TOR)(
                "Océane Tremblay-Kaur",
                2,
                touches=[
                    inmail(
                        30,
                        "We moved to Kingston, so it would have to be fully remote - Toronto "
                        "three days a week isn't doable anymore.",
                    )
                ],
            ),
            desk(PAYROLL, TOR)(
                "Declan Whitmore-Osei",
                1,
                touches=[
                    inmail(
                        30,
                        "I'd like real office days again - two or three a week on Bay Street.",
                    )
                ],
            ),
        ],
        **opening(
            PAYROLL_ROLE,
            dict(location="Canada"),
            offers=["Work from anywhere in Canada; the team meets in Toronto once a quarter"],
        ),
    ),
    C(
        "two office days is her max vs remote only, hybrid said in German in the description",
        "cs",
        [
            desk(FPA_MANAGER, FRA)(
                "Katharina Weissenborn",
                2,
                touches=[rang(35, "Kandidatin: maximal zwei Tage Büro pro Woche, mehr nicht.")],
            ),
            desk(FPA_MANAGER, FRA)(
                "Benedikt Lorscheider",
                0,
                touches=[rang(35, "Kandidat: nur noch 100 % remote, kein Büro mehr.")],
            ),
        ],
        **opening(
            FPA_ROLE,
            dict(location=FRA),
            description="Budget und Forecast für die Gruppe. Hybrides Arbeiten: zwei Tage pro "
            "Woche im Büro am Opernplatz, den Rest von zu Hause.",
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "nothing against the Big Four vs dead against going back, a Big Four role",
        "cs",
        [
            desk(AUDIT_SENIOR, HK)(
                "Ivan Kwok Chun-yin",
                2,
                "Has nothing against going back to a Big Four firm if the clients are good",
            ),
            desk(AUDIT_SENIOR, HK)(
                "Michelle Lai Wing-yee",
                0,
                "Dead against going back to a Big Four firm after four years of it",
            ),
        ],
        **opening(AUDIT_ROLE, HK_HYBRID, title="Audit Senior, Big Four, Financial Services"),
    ),
    C(
        "doesn't mind busy season vs minds it a great deal, an audit role with one",
        "cs",
        [
            desk(AUDIT_SENIOR, TOR)(
                "Connor Aucoin",
                2,
                touches=[rang(45, "Doesn't mind busy season at all - it's the job.")],
            ),
            desk(AUDIT_SENIOR, TOR)(
                "Leila Haddad-Price",
                0,
                touches=[
                    rang(45, "Minds busy season a great deal - wants out of the Jan-Apr grind.")
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            TOR_HYBRID,
            offers=["Busy season January to April, overtime paid"],
        ),
    ),
    C(
        "it wasn't the money, it was the hours vs it was never the hours, it was the money",
        "cs",
        [
            desk(CONSULTANT, NYC)(
                "Beatrix Okonkwo-Hale",
                0,
                "Left consulting because of the hours, not the money - won't go back to 70-hour "
                "weeks for any pay",
            ),
            desk(CONSULTANT, NYC)(
                "Lorenzo Vasquez-Whyte",
                2,
                "Never minded the hours in consulting; it was the money - happy to grind if it "
                "pays",
            ),
        ],
        **opening(
            CONSULT_ROLE,
            NYC_ONSITE,
            salary_min=190_000,
            salary_max=220_000,
            currency="USD",
            offers=["Top-of-market pay; expect 60-70 hour weeks on engagements"],
        ),
    ),
    C(
        "never had an issue holding an SMF vs won't take on SMF liability again, an SMF17 role",
        "cs",
        [
            desk(COMPLIANCE_MGR, LDN)(
                "Aurelia Thistlewood",
                2,
                touches=[
                    rang(
                        55,
                        "Has held SMF16 before and never had an issue with the SMCR "
                        "accountability - would do it again.",
                    )
                ],
            ),
            desk(COMPLIANCE_MGR, LDN)(
                "Leopold Ashcombe-Nyambura",
                0,
                touches=[
                    rang(
                        55,
                        "Won't hold a senior manager function again - not taking on SMCR "
                        "personal liability after what happened at his last firm.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            LDN_HYBRID,
            title="MLRO (SMF17)",
            description="Hold the SMF17 function under SMCR and run financial crime compliance.",
        ),
    ),
    C(
        "no objection to insurance vs no insurance ever, in-house counsel at an insurer",
        "cs",
        [
            desk(COUNSEL, SG)(
                "Gabriel Loh Jun Kai",
                2,
                "No objection to insurance - happy in any regulated financial business",
            ),
            desk(COUNSEL, SG)(
                "Natasha Goh Hwee Ling",
                0,
                "No insurance companies, ever - did three years at one and found it deadly",
            ),
        ],
        **opening(COUNSEL_ROLE, SG_HYBRID, title="Legal Counsel, General Insurance"),
    ),
    C(
        "not remote-only vs remote only, a three-day hybrid",
        "cs",
        [
            desk(ACTUARY, NYC)(
                "Winifred Oyelaran",
                2,
                touches=[
                    mail(
                        40,
                        "To be clear, I'm not remote-only - three days in Midtown is totally fine.",
                    )
                ],
            ),
            desk(ACTUARY, NYC)(
                "Everett Kowalski-Dunn",
                0,
                touches=[mail(40, "Remote only for me - I moved upstate last year.")],
            ),
        ],
        **opening(ACTUARY_ROLE, NYC_HYBRID),
    ),
]

# --- 7. location, level, stage and size, mission, technology --------------------------------

LOCATIONS = [
    C(
        "moving to Singapore in January vs not leaving Hong Kong, a Singapore role",
        "cs",
        [
            desk(TREASURY, HK)(
                "Cherie Lam Hoi-ching",
                2,
                "Husband posted to Singapore from January - she's moving with him and needs a "
                "job there",
            ),
            desk(TREASURY, HK)(
                "Alvin Siu Ho-yin",
                0,
                "Not leaving Hong Kong - elderly parents here",
            ),
        ],
        **opening(TREASURY_ROLE, SG_HYBRID),
    ),
    C(
        "would move to Frankfurt, speaks German vs turned down a Brexit move, a Frankfurt role",
        "cs",
        [
            desk(TREASURY, LDN)(
                "Rosalind Achterhof",
                2,
                touches=[
                    rang(
                        50,
                        "cand would happily move to Frankfurt, fluent German (Austrian mum). "
                        "Wants the ECB side of things.",
                    )
                ],
            ),
            desk(TREASURY, LDN)(
                "Crispin Fairbairn",
                0,
                touches=[
                    rang(
                        50,
                        "cand already turned down his bank's post-Brexit move to Frankfurt - "
                        "London only, partner's here.",
                    )
                ],
            ),
        ],
        **opening(TREASURY_ROLE, FRA_HYBRID),
    ),
    C(
        "semigrating to Cape Town vs Joburg born and bred, a Cape Town role",
        "cs",
        [
            desk(UNDERWRITER, JHB)(
                "Mieke van der Merwe",
                2,
                touches=[wa(30, "we're semigrating to Cape Town in Feb! anything down there?")],
            ),
            desk(UNDERWRITER, JHB)(
                "Sizwe Ngubane",
                0,
                touches=[wa(30, "joburg born and bred, not moving to the Cape for anything")],
            ),
        ],
        **opening(
            UW_ROLE,
            dict(
                remote_policy="hybrid",
                location="Cape Town, South Africa",
                offers=["Three days a week at the V&A Waterfront office"],
            ),
        ),
    ),
    C(
        "would relocate to New York vs Boston only, a Manhattan role",
        "cs",
        [
            desk(LITIGATOR, "Boston, MA, USA")(
                "Prescott Ainsworth",
                2,
                "Would relocate from Boston to New York for the right disputes practice",
            ),
            desk(LITIGATOR, "Boston, MA, USA")(
                "Fiona Gallagher-Reyes",
                0,
                "Boston only - kids settled in school, not moving",
            ),
        ],
        **opening(LIT_ROLE, NYC_HYBRID),
    ),
    C(
        "a husband moving to Melbourne she's not following vs moving there with him",
        "cs",
        [
            desk(PAYROLL, SYD)(
                "Georgie Thistleton",
                2,
                touches=[
                    rang(
                        35,
                        "Her husband's taking a job in Melbourne but she's staying in Sydney "
                        "with the kids - he'll fly up and down. She wants Sydney roles.",
                    )
                ],
            ),
            desk(PAYROLL, SYD)(
                "Annabelle Kouris",
                0,
                touches=[
                    rang(
                        35,
                        "Moving to Melbourne with her husband in January - only Melbourne "
                        "roles from then.",
                    )
                ],
            ),
        ],
        **opening(PAYROLL_ROLE, SYD_HYBRID),
    ),
    C(
        "French: ready to move to Montréal vs won't leave the GTA, a Montréal role",
        "cs",
        [
            desk(KYC_ANALYST, TOR)(
                "Étienne Lavallée-Singh",
                2,
                touches=[
                    inmail(
                        40,
                        "Je suis prêt à déménager à Montréal - je suis francophone et ma "
                        "famille est là-bas.",
                    )
                ],
            ),
            desk(KYC_ANALYST, TOR)(
                "Kristen Abernethy-Choi",
                0,
                touches=[inmail(40, "I won't leave the GTA - Toronto roles only, thanks.")],
            ),
        ],
        **opening(
            KYC_ROLE,
            dict(
                remote_policy="hybrid",
                location="Montréal, Canada",
                offers=["Three days a week in Old Montréal"],
            ),
            requirements="KYC onboarding\nEnhanced due diligence\nFrench and English",
        ),
    ),
]

LEVEL = [
    C(
        "ready to lead her own team vs wants to stay technical, a Head of Tax role",
        "cs",
        [
            desk(TAX_MANAGER, LDN)(
                "Philippa Dunleavy",
                2,
                "Ready to lead a tax team of her own - has been deputising for the head",
            ),
            desk(TAX_MANAGER, LDN)(
                "Augustin Farrow",
                0,
                "Wants to stay technical - no line management, no appraisals",
            ),
        ],
        **opening(
            TAX_ROLE,
            LDN_HYBRID,
            title="Head of Tax",
            seniority="director",
            offers=["Lead a team of five tax professionals"],
        ),
    ),
    C(
        "wants senior manager and a book vs happy at manager with no sales targets",
        "cs",
        [
            desk(AUDIT_SENIOR, SYD)(
                "Lucinda Prentice",
                2,
                touches=[
                    rang(
                        40,
                        "Wants to step up to Senior Manager and start building her own client "
                        "book - BD doesn't scare her.",
                    )
                ],
                current_title="Audit Manager",
            ),
            desk(AUDIT_SENIOR, SYD)(
                "Hamish Cartwright",
                0,
                touches=[
                    rang(
                        40,
                        "Happy staying at Manager - doesn't want BD or sales targets, just "
                        "wants to run good audits.",
                    )
                ],
                current_title="Audit Manager",
            ),
        ],
        **opening(
            AUDIT_ROLE,
            SYD_HYBRID,
            title="Senior Manager, Audit",
            seniority="manager",
            offers=["Own a client portfolio and business development targets"],
        ),
    ),
    C(
        "partnership is the goal vs a career senior associate, a role with a partnership track",
        "cs",
        [
            desk(LITIGATOR, SG)(
                "Jonathan Seow Kah Wai",
                2,
                "Partnership is the goal - wants a firm with a real track, not a vague promise",
            ),
            desk(LITIGATOR, SG)(
                "Audrey Chua Li Ying",
                1,
                "Happy as a career senior associate, not chasing partnership",
            ),
        ],
        **opening(
            LIT_ROLE,
            SG_HYBRID,
            offers=["Clear path to equity partnership within three years"],
        ),
    ),
    C(
        "an FC happy to step down for balance vs won't take a step back, a Senior Accountant role",
        "cs",
        [
            desk(FIN_ACCOUNTANT, TOR)(
                "Rosalie Desjardins",
                2,
                "Happy to step down from FC to a senior accountant role for a calmer life",
                current_title="Financial Controller",
            ),
            desk(FIN_ACCOUNTANT, TOR)(
                "Nathaniel Okafor-Grant",
                0,
                "Won't take a step back in title after making FC",
                current_title="Financial Controller",
            ),
        ],
        **opening(FA_ROLE, TOR_HYBRID, title="Senior Accountant", seniority="mid"),
    ),
    C(
        "wants the Director title she's been doing vs no stated want, a Director role",
        "cs",
        [
            desk(FPA_MANAGER, NYC)(
                "Cassandra Whitmore",
                2,
                touches=[
                    ats(
                        30,
                        "cand has run FP&A for 2 yrs as 'Sr Mgr' - wants the Director title "
                        "that matches the job.",
                    )
                ],
            ),
            desk(FPA_MANAGER, NYC)(
                "Julian Ferraro",
                1,
                touches=[ats(30, "cand open to a move, solid Anaplan, good w/ the board pack.")],
            ),
        ],
        **opening(FPA_ROLE, NYC_HYBRID, title="Director, FP&A", seniority="director"),
    ),
]

STAGE_SIZE = [
    C(
        "sick of being a number at the Big Four vs wants the brand, a 12-person boutique",
        "cs",
        [
            desk(TAX_MANAGER, SG)(
                "Clement Yeo Teck Seng",
                2,
                touches=[
                    wa(
                        30,
                        "sick of being just a number at Big 4. a small boutique where partners "
                        "know my name would be shiok",
                    )
                ],
            ),
            desk(TAX_MANAGER, SG)(
                "Vanessa Low Jia Min",
                0,
                touches=[wa(30, "want to stay Big 4 leh, the brand on my CV matters for later")],
            ),
        ],
        **opening(
            TAX_ROLE,
            SG_HYBRID,
            offers=["Boutique tax advisory firm of 12 people, partner-led"],
        ),
    ),
    C(
        "wants a pre-IPO fintech vs wants a listed bank after a layoff, a Series C fintech",
        "cs",
        [
            desk(TREASURY, SG)(
                "Ryan Ang Zhi Yong",
                2,
                "Wants a pre-IPO fintech - equity and building treasury from scratch",
            ),
            desk(TREASURY, SG)(
                "Pamela Quek Siew Lan",
                0,
                "After being retrenched, wants a big listed bank - stability above all",
            ),
        ],
        **opening(
            TREASURY_ROLE,
            SG_HYBRID,
            offers=["Series C payments fintech, 140 people, IPO planned", "ESOP"],
        ),
    ),
    C(
        "wants a Magic Circle name vs a regional firm only, a Magic Circle role",
        "cs",
        [
            desk(PARALEGAL, LDN)(
                "Octavia Sinclair-Bello",
                2,
                touches=[
                    mail(
                        45,
                        "Ideally a Magic Circle firm - I want the training contract route and "
                        "the name helps.",
                    )
                ],
            ),
            desk(PARALEGAL, LDN)(
                "Rhys Pendleton",
                0,
                touches=[
                    mail(
                        45,
                        "No big City firms for me - a small regional practice where I'm not one "
                        "of 200 paralegals.",
                    )
                ],
            ),
        ],
        **opening(
            PARALEGAL_ROLE,
            LDN_ONSITE,
            offers=["Magic Circle firm, 2,800 lawyers worldwide"],
        ),
    ),
    C(
        "wants a small family office vs no stated want, a six-person family office",
        "cs",
        [
            desk(FIN_ACCOUNTANT, HK)(
                "Sabrina Ho Yuen-ting",
                2,
                "Wants a small family office - fewer layers, closer to the principal",
            ),
            desk(FIN_ACCOUNTANT, HK)(
                "Terence Chow Man-kit",
                1,
            ),
        ],
        **opening(
            FA_ROLE,
            HK_HYBRID,
            offers=["Single family office, team of six"],
        ),
    ),
]

MISSION = [
    C(
        "no crypto, reputational vs keen on digital assets, a crypto exchange",
        "cs",
        [
            desk(KYC_ANALYST, HK)(
                "Kenneth Yau Chi-wai",
                0,
                touches=[
                    ats(
                        35,
                        "cand won't touch crypto - 'reputational, and I want a bank on my CV'.",
                    )
                ],
            ),
            desk(KYC_ANALYST, HK)(
                "Stephanie Kwan Hiu-lam",
                2,
                touches=[
                    ats(
                        35,
                        "cand keen on digital assets, did the SFC VATP licensing course.",
                    )
                ],
            ),
        ],
        **opening(
            KYC_ROLE,
            HK_HYBRID,
            title="KYC Analyst, Virtual Asset Exchange",
            offers=["SFC-licensed virtual asset trading platform"],
        ),
    ),
    C(
        "won't audit mining houses vs grew up with mining, a mining audit portfolio",
        "cs",
        [
            desk(AUDIT_SENIOR, JHB)(
                "Chantelle Februarie",
                0,
                "Won't audit mining houses again - can't square it with what she saw on site",
            ),
            desk(AUDIT_SENIOR, JHB)(
                "Dewald Rossouw",
                2,
                "Grew up in Rustenburg - loves mining clients and the site visits",
            ),
        ],
        **opening(
            AUDIT_ROLE,
            JHB_HYBRID,
            title="Audit Senior, Mining and Resources",
            offers=["Portfolio of platinum and coal mining groups"],
        ),
    ),
    C(
        "wants to move into ESG reporting vs no stated want, an ISSB reporting role",
        "cs",
        [
            desk(FIN_ACCOUNTANT, SYD)(
                "Willow Abernethy-Tan",
                2,
                "Wants to move into sustainability reporting - climate disclosures are the future",
            ),
            desk(FIN_ACCOUNTANT, SYD)(
                "Ashton Brierley",
                1,
            ),
        ],
        **opening(
            FA_ROLE,
            SYD_HYBRID,
            title="Sustainability Reporting Accountant",
            offers=["Build the group's first mandatory climate disclosures (AASB S2)"],
        ),
    ),
    C(
        "wants access-to-justice work at a pay cut vs wants big-firm money, a legal clinic",
        "cs",
        [
            desk(LITIGATOR, TOR)(
                "Miriam Szabo-Grant",
                2,
                "Wants access-to-justice work - will take a pay cut to do legal aid",
            ),
            desk(LITIGATOR, TOR)(
                "Colton Van Horne",
                0,
                "Only Bay Street firms - wants big-firm money and deals",
            ),
        ],
        **opening(
            LIT_ROLE,
            TOR_HYBRID,
            title="Staff Lawyer, Community Legal Clinic",
            salary_min=95_000,
            salary_max=110_000,
            currency="CAD",
            offers=["Legal aid clinic serving low-income tenants"],
        ),
    ),
]

TECH = [
    C(
        "keen on an S/4HANA migration vs fed up with SAP, an S/4HANA role",
        "cs",
        [
            desk(FIN_ACCOUNTANT, FRA)(
                "Franziska Leutheusser",
                2,
                touches=[
                    rang(
                        30,
                        "Möchte unbedingt eine S/4HANA-Migration mitmachen, das fehlt ihr "
                        "noch im Lebenslauf.",
                    )
                ],
            ),
            desk(FIN_ACCOUNTANT, FRA)(
                "Sebastian Hollerbach",
                0,
                touches=[
                    rang(
                        30,
                        "Hat genug von SAP - will nur noch Oracle Fusion oder NetSuite.",
                    )
                ],
            ),
        ],
        **opening(
            FA_ROLE,
            FRA_HYBRID,
            offers=["SAP S/4HANA migration in 2027"],
        ),
    ),
    C(
        "wants off Excel VBA into Python vs no interest in coding, a Python reserving role",
        "cs",
        [
            desk(ACTUARY, LDN)(
                "Cecily Aldergrove",
                2,
                "Wants to move off Excel VBA and build reserving models in Python",
            ),
            desk(ACTUARY, LDN)(
                "Gideon Westerby",
                0,
                "No interest in coding - Excel and Prophet are plenty",
            ),
        ],
        **opening(
            ACTUARY_ROLE,
            LDN_HYBRID,
            offers=["Reserving models being rebuilt in Python"],
        ),
    ),
    C(
        "wants Workday vs refuses to leave SuccessFactors, a Workday payroll role",
        "cs",
        [
            desk(PAYROLL, NYC)(
                "Delphine Okereke",
                2,
                touches=[mail(30, "Would love a Workday implementation - it's what I'm after.")],
            ),
            desk(PAYROLL, NYC)(
                "Marshall Tibbetts",
                0,
                touches=[
                    mail(
                        30,
                        "I'll only move to a SuccessFactors shop - not learning Workday at "
                        "this stage.",
                    )
                ],
            ),
        ],
        **opening(
            PAYROLL_ROLE,
            NYC_HYBRID,
            offers=["Workday payroll go-live in 2027"],
        ),
    ),
    C(
        "wants to do more Power BI vs no stated want, a Power BI-heavy FP&A role",
        "cs",
        [
            desk(FPA_MANAGER, JHB)(
                "Karabo Mathebula",
                2,
                "Wants to do more Power BI dashboards and less Excel",
            ),
            desk(FPA_MANAGER, JHB)(
                "Gerrit Lombard",
                1,
            ),
        ],
        **opening(
            FPA_ROLE,
            JHB_HYBRID,
            offers=["Reporting moved to Power BI dashboards"],
        ),
    ),
]

# --- 8. last time's reason, the history with us, and the latest process --------------------

PAST_HK_750K = dict(remote_policy="hybrid", location=HK, salary_max=750_000, currency="HKD")
PAST_HK_800K = dict(remote_policy="hybrid", location=HK, salary_max=800_000, currency="HKD")
PAST_LDN_OFFICE = dict(remote_policy="onsite", location=LDN)
PAST_LDN_HYBRID = dict(
    remote_policy="hybrid", location=LDN, offers=["Three days a week in the office"]
)
PAST_SG_NO_EP = dict(remote_policy="hybrid", location=SG, offers=[NO_VISA])

RESOLVED = [
    C(
        "declined at a HK$750k cap asking HK$900k vs asking HK$1.3m, a HK$0.9-1.05m band",
        "cs",
        [
            desk(FPA_MANAGER, HK)(
                "Osmond Cheng Ka-ho",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked HK$900k p.a.; we capped at HK$750k",
                        past=PAST_HK_750K,
                        role="FP&A Manager",
                    )
                ],
            ),
            desk(FPA_MANAGER, HK)(
                "Phoebe Szeto Wai-man",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Wanted HK$1.3m all-in, top of our range was HK$800k",
                        past=PAST_HK_800K,
                        role="FP&A Manager",
                    )
                ],
            ),
        ],
        **opening(FPA_ROLE, HK_HYBRID, salary_min=900_000, salary_max=1_050_000, currency="HKD"),
    ),
    C(
        "withdrew over five office days, this is three vs wanted fully remote, still hybrid",
        "cs",
        [
            desk(KYC_ANALYST, LDN)(
                "Rosamund Etheridge",
                2,
                apps=[
                    withdrew(
                        230,
                        "remote_policy",
                        "5 days in the office was a dealbreaker - would do 3",
                        past=PAST_LDN_OFFICE,
                        role="KYC Analyst",
                    )
                ],
            ),
            desk(KYC_ANALYST, LDN)(
                "Tobias Anyanwu",
                0,
                apps=[
                    withdrew(
                        230,
                        "remote_policy",
                        "Wanted fully remote; our 3 days in the office didn't work for him",
                        past=PAST_LDN_HYBRID,
                        role="KYC Analyst",
                    )
                ],
            ),
        ],
        **opening(KYC_ROLE, LDN_HYBRID),
    ),
    C(
        "declined for lack of an EP, now a PR vs still on an EP, again no EP",
        "cs",
        [
            desk(COMPLIANCE_MGR, SG)(
                "Deepa Ramachandran",
                2,
                apps=[
                    declined(
                        330,
                        "other",
                        "Needed EP sponsorship, role couldn't offer it",
                        past=PAST_SG_NO_EP,
                        role="Compliance Manager",
                    )
                ],
                touches=[wa(60, "btw got my PR approved in aug! no more EP issues")],
            ),
            desk(COMPLIANCE_MGR, SG)(
                "Kartik Venugopal",
                0,
                apps=[
                    declined(
                        330,
                        "other",
                        "Needs EP sponsorship - we couldn't do it",
                        past=PAST_SG_NO_EP,
                        role="Compliance Manager",
                    )
                ],
                touches=[wa(60, "still on EP, PR application rejected again sadly")],
            ),
        ],
        **opening(COMPLIANCE_ROLE, SG_HYBRID, description="Run compliance monitoring. " + NO_VISA),
    ),
    C(
        "rejected without a practising certificate, has one now vs still without",
        "cs",
        [
            desk(LITIGATOR, HK)(
                "Yvonne Kwong Sum-yi",
                2,
                apps=[
                    app(
                        380,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No HK practising certificate yet - role needs one",
                        role="Associate, Disputes",
                    )
                ],
                touches=[ats(70, "cand now holds a HK practising certificate (admitted Sept).")],
            ),
            desk(LITIGATOR, HK)(
                "Desmond Lui Kin-wah",
                0,
                apps=[
                    app(
                        120,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Not admitted in HK, no practising certificate - role needs one",
                        role="Associate, Disputes",
                    )
                ],
            ),
        ],
        **opening(
            LIT_ROLE,
            HK_HYBRID,
            requirements="Admitted in Hong Kong with a current practising certificate\n"
            "Commercial litigation\nArbitration",
        ),
    ),
    C(
        "declined over a 1,900-hour target, this is in-house vs declined over pay, no higher now",
        "cs",
        [
            desk(COUNSEL, NYC)(
                "Genevieve Stroud",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Wouldn't sign up to a 1,900 billable-hour target",
                        role="Associate, Financial Regulation",
                    )
                ],
            ),
            desk(COUNSEL, NYC)(
                "Marcus Delacroix-Byrne",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Asked $260k base; our max was $215k",
                        past=dict(
                            remote_policy="hybrid",
                            location=NYC,
                            salary_max=215_000,
                            currency="USD",
                        ),
                        role="Associate, Financial Regulation",
                    )
                ],
            ),
        ],
        **opening(
            COUNSEL_ROLE,
            NYC_HYBRID,
            title="Legal Counsel (in-house)",
            salary_min=190_000,
            salary_max=215_000,
            currency="USD",
            offers=["In-house: no billable hours"],
        ),
    ),
    C(
        "declined over travel, this role has none vs declined over office days, five days here",
        "cs",
        [
            desk(CONSULTANT, SYD)(
                "Imogen Blackall",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Couldn't do Mon-Thu on client site interstate",
                        role="Consultant",
                    )
                ],
            ),
            desk(CONSULTANT, SYD)(
                "Fletcher Roebuck",
                0,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Wanted two days in the office max; the role was four",
                        role="Consultant",
                    )
                ],
            ),
        ],
        **opening(
            CONSULT_ROLE,
            dict(remote_policy="onsite", location=SYD),
            title="Internal Strategy Manager",
            offers=["Five days a week in the Barangaroo office", "No client travel"],
        ),
    ),
    C(
        "withdrew over a non-compete that ran out in January vs one running to August 2027",
        "cs",
        [
            desk(UNDERWRITER, LDN)(
                "Percival Ashenden",
                2,
                apps=[
                    withdrew(
                        420,
                        "timing",
                        "Non-compete with his old syndicate ran to January 2026 - couldn't "
                        "join in time",
                        role="Property Underwriter",
                    )
                ],
            ),
            desk(UNDERWRITER, LDN)(
                "Serafina Blackwell",
                1,
                apps=[
                    withdrew(
                        60,
                        "timing",
                        "Restrictive covenant with her syndicate runs to August 2027",
                        role="Property Underwriter",
                    )
                ],
            ),
        ],
        **opening(UW_ROLE, LDN_HYBRID),
    ),
]

LAST_TIME = [
    C(
        "failed our case study three months ago vs too junior two years ago",
        "cs",
        [
            desk(CONSULTANT, FRA)(
                "Moritz Kessling",
                0,
                apps=[
                    app(
                        90,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Case study weak - couldn't structure the cost problem",
                        role="Consultant",
                    )
                ],
            ),
            desk(CONSULTANT, FRA)(
                "Elisabeth Brandstetter",
                2,
                apps=[
                    app(
                        720,
                        "onsite",
                        "rejected",
                        "experience_level",
                        "Too junior then, only one year out of uni",
                        role="Consultant",
                    )
                ],
            ),
        ],
        **opening(CONSULT_ROLE, FRA_HYBRID),
    ),
    C(
        "a no-show at the final vs a final round closed by a freeze",
        "cs",
        [
            desk(CLAIMS, TOR)(
                "Tyler Bouchard",
                0,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the final with the claims director, no word since",
                        role="Senior Claims Handler",
                    )
                ],
            ),
            desk(CLAIMS, TOR)(
                "Amara Nwachukwu",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "position_closed",
                        "headcount",
                        "Hiring freeze after the Q2 reforecast, she was our pick",
                        role="Senior Claims Handler",
                    )
                ],
            ),
        ],
        **opening(CLAIMS_ROLE, TOR_HYBRID),
    ),
    C(
        "claimed a CPA he doesn't hold vs a CPA pending at the time, verified since",
        "cs",
        [
            desk(FIN_ACCOUNTANT, NYC)(
                "Bradley Hutchins",
                0,
                apps=[
                    app(
                        250,
                        "offer",
                        "rejected",
                        "conduct",
                        "Offer pulled: CV says CPA, state board has no record of him",
                        role="Senior Accountant",
                    )
                ],
            ),
            desk(FIN_ACCOUNTANT, NYC)(
                "Rachelle Ortega-Stein",
                2,
                apps=[
                    app(
                        250,
                        "final",
                        "rejected",
                        "other_candidate",
                        "CPA license pending at the time; lost to a licensed candidate",
                        role="Senior Accountant",
                    )
                ],
                touches=[ats(90, "CPA license verified w/ NYSED - active since June.")],
            ),
        ],
        **opening(FA_ROLE, NYC_HYBRID),
    ),
    C(
        "reneged on our offer for a counter-offer six weeks ago vs a counter-offer two years ago",
        "cs",
        [
            desk(TAX_MANAGER, SYD)(
                "Darcy Holloway",
                0,
                apps=[
                    app(
                        42,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Signed our offer then reneged the week before starting - took a counter",
                        role="Tax Manager",
                    )
                ],
            ),
            desk(TAX_MANAGER, SYD)(
                "Phoebe Marchetti",
                2,
                apps=[
                    app(
                        740,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Took a counter-offer from her firm",
                        role="Tax Manager",
                    )
                ],
                touches=[rang(100, "Counter-offer didn't fix anything, she says - open now.")],
            ),
        ],
        **opening(TAX_ROLE, SYD_HYBRID),
    ),
    C(
        "German too weak three years ago, C1 since vs too weak two months ago",
        "cs",
        [
            desk(KYC_ANALYST, FRA)(
                "Aoife Brennan-Kraus",
                2,
                apps=[
                    app(
                        1_080,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "German not strong enough for client calls",
                        role="KYC Analyst",
                    )
                ],
                touches=[mail(150, "Ich habe inzwischen das Goethe-Zertifikat C1 bestanden!")],
            ),
            desk(KYC_ANALYST, FRA)(
                "Callum Ferguson-Wendt",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "German not strong enough for client calls - A2 at best",
                        role="KYC Analyst",
                    )
                ],
            ),
        ],
        **opening(
            KYC_ROLE,
            FRA_HYBRID,
            requirements="KYC onboarding\nEnhanced due diligence\nFluent German",
        ),
    ),
]

PROCESS = [
    C(
        "lost the final to one other vs screened out at CV",
        "cs",
        [
            desk(ACTUARY, SG)(
                "Lionel Ong Jia Hao",
                2,
                apps=[runner_up(300, "Close second - strong IFRS 17", role="Actuarial Analyst")],
            ),
            desk(ACTUARY, SG)(
                "Tiffany Koh Rui Qi",
                1,
                apps=[
                    app(
                        300,
                        "applied",
                        "rejected",
                        "other",
                        "CV not progressed, high volume",
                        role="Actuarial Analyst",
                    )
                ],
            ),
        ],
        **opening(ACTUARY_ROLE, SG_HYBRID),
    ),
    C(
        "joined us three months ago vs a silver medalist",
        "cs",
        [
            desk(PAYROLL, LDN)(
                "Wilhelmina Crabbe",
                0,
                apps=[
                    app(
                        95,
                        "offer",
                        "hired",
                        None,
                        "Started in Group Payroll in August",
                        role="Payroll Manager",
                    )
                ],
            ),
            desk(PAYROLL, LDN)(
                "Ambrose Quillfeather",
                2,
                apps=[runner_up(210, "Pipped at the final, great on Workday", role="Payroll Lead")],
            ),
        ],
        **opening(PAYROLL_ROLE, LDN_HYBRID),
    ),
    C(
        "reached offer before a headcount freeze vs withdrew at screen, no insurers",
        "cs",
        [
            desk(UNDERWRITER, HK)(
                "Edmund Tse Kwok-wai",
                2,
                apps=[
                    app(
                        180,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer approved then frozen by group",
                        role="Property Underwriter",
                    )
                ],
            ),
            desk(UNDERWRITER, HK)(
                "Agnes Mak Pui-san",
                0,
                apps=[
                    app(
                        180,
                        "screen",
                        "withdrew",
                        "not_interested",
                        "Wants to leave insurance for a bank",
                        role="Property Underwriter",
                    )
                ],
            ),
        ],
        **opening(UW_ROLE, HK_HYBRID),
    ),
    C(
        "a screen reject then a final vs a final then a recent skills gap",
        "cs",
        [
            desk(TREASURY, TOR)(
                "Simone Bergeron",
                2,
                apps=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "experience_level",
                        "Too junior",
                        role="Treasury Analyst",
                    ),
                    runner_up(150, "Lost to an internal mover", role="Treasury Analyst"),
                ],
            ),
            desk(TREASURY, TOR)(
                "Graham Oyelowo",
                0,
                apps=[
                    runner_up(600, role="Treasury Analyst"),
                    app(
                        55,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Couldn't explain hedge accounting basics",
                        role="Treasury Analyst",
                    ),
                ],
            ),
        ],
        **opening(TREASURY_ROLE, TOR_HYBRID),
    ),
]

# --- 9. several notes over time: the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "never in-house, then open to it vs in-house wanted, then private practice only",
        "cs",
        [
            desk(COUNSEL, LDN)(
                "Araminta Fotheringham",
                2,
                touches=[
                    rang(date(2025, 10, 6), "Private practice lifer - no in-house, ever."),
                    mail(
                        date(2026, 9, 14),
                        "I've changed my mind about in-house after this year. Would genuinely "
                        "like to hear about in-house counsel roles now.",
                    ),
                ],
            ),
            desk(COUNSEL, LDN)(
                "Horatio Pennyfather",
                0,
                touches=[
                    rang(date(2025, 10, 6), "Wants in-house, done with time sheets."),
                    mail(
                        date(2026, 9, 14),
                        "Made salaried partner track at the firm, so I'm staying in private "
                        "practice - please no more in-house roles.",
                    ),
                ],
            ),
        ],
        **opening(COUNSEL_ROLE, LDN_HYBRID, title="Legal Counsel (in-house)"),
    ),
    C(
        "refused Singapore, then wants it vs wanted Singapore, then staying in Hong Kong",
        "cs",
        [
            desk(AUDIT_SENIOR, HK)(
                "Jacky Ip Chun-wai",
                2,
                touches=[
                    wa(date(2026, 2, 16), "singapore no la, family all here"),
                    wa(
                        date(2026, 10, 5),
                        "update: gf got a job in SG so now i actually want to move there. "
                        "anything at a big 4 SG?",
                    ),
                ],
            ),
            desk(AUDIT_SENIOR, HK)(
                "Crystal Ngai Wing-sum",
                0,
                touches=[
                    wa(date(2026, 2, 16), "keen on singapore!! any openings there?"),
                    wa(
                        date(2026, 10, 5),
                        "sorry change of plan, mum not well, staying in HK. no SG for me now",
                    ),
                ],
            ),
        ],
        **opening(AUDIT_ROLE, SG_HYBRID),
    ),
    C(
        "an ask lowered to fit the band vs an ask raised above it",
        "cs",
        [
            desk(CLAIMS, SYD)(
                "Jedda Harrington",
                2,
                touches=[
                    rang(date(2026, 3, 2), "Wants $130k base + super."),
                    rang(
                        date(2026, 9, 28),
                        "Revised down - would take $112k + super for the right team, market's "
                        "flat.",
                    ),
                ],
            ),
            desk(CLAIMS, SYD)(
                "Corbin Maddocks",
                0,
                touches=[
                    rang(date(2026, 3, 2), "Would take $110k + super."),
                    rang(
                        date(2026, 9, 28),
                        "Got a pay rise to $120k - now needs $135k + super to move.",
                    ),
                ],
            ),
        ],
        **opening(
            CLAIMS_ROLE,
            SYD_HYBRID,
            salary_min=105_000,
            salary_max=118_000,
            currency="AUD",
        ),
    ),
    C(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        "cs",
        [
            desk(TREASURY, NYC)(
                "Evangeline Pruitt",
                2,
                touches=[
                    mail(date(2026, 1, 26), "Please stop emailing me about roles."),
                    mail(
                        date(2026, 8, 17),
                        "Apologies for the curt note in January - year-end had me frazzled. "
                        "I'm open to treasury roles now, please do reach out.",
                    ),
                ],
            ),
            desk(TREASURY, NYC)(
                "Roderick Thackeray",
                0,
                touches=[
                    mail(
                        date(2026, 1, 26),
                        "Not right now - do keep me posted on treasury roles though.",
                    ),
                    mail(
                        date(2026, 8, 17),
                        "On reflection, please remove me from your candidate list entirely and "
                        "don't contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening(TREASURY_ROLE, NYC_HYBRID),
    ),
    C(
        "travel fine then no more vs no travel then fine again, a role with travel",
        "cs",
        [
            desk(CONSULTANT, SG)(
                "Samuel Foo Kian Hwee",
                0,
                touches=[
                    ats(date(2025, 11, 3), "cand ok w/ regional travel, did Manila + HCMC."),
                    ats(
                        date(2026, 8, 10),
                        "cand's wife expecting in Dec - no travel from now, firm on it.",
                    ),
                ],
            ),
            desk(CONSULTANT, SG)(
                "Germaine Chew Si Hui",
                2,
                touches=[
                    ats(date(2025, 11, 3), "cand no travel - caring for her dad."),
                    ats(
                        date(2026, 8, 10),
                        "dad moved in w/ her brother, she's free to travel again, keen even.",
                    ),
                ],
            ),
        ],
        **opening(
            CONSULT_ROLE,
            SG_HYBRID,
            offers=["Regional travel: Manila, Ho Chi Minh City and Jakarta, about 40%"],
        ),
    ),
    C(
        "part-time then back to full-time vs full-time then part-time only, a full-time role",
        "cs",
        [
            desk(PARALEGAL, JHB)(
                "Lindiwe Mabaso",
                2,
                touches=[
                    wa(date(2026, 1, 19), "only part time for now, studying LLB"),
                    wa(
                        date(2026, 10, 19),
                        "finished my LLB!! full time now please, any corporate paralegal jobs?",
                    ),
                ],
            ),
            desk(PARALEGAL, JHB)(
                "Jacques Fourie",
                0,
                touches=[
                    wa(date(2026, 1, 19), "full time, ready whenever"),
                    wa(
                        date(2026, 10, 19),
                        "started my LLB part-time at Unisa so can only do mornings now, "
                        "part time only",
                    ),
                ],
            ),
        ],
        **opening(PARALEGAL_ROLE, JHB_HYBRID, title="Corporate Paralegal (full-time)"),
    ),
]

HELDOUT25_CASES: list[Case] = [
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
