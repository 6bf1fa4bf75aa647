"""Held-out rediscovery cases, sixteenth set: professional-services recruiters' own words, written
by a sixteenth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 16") and never tuned to what Encore does. The setting is the search
firms and in-house teams that hire for professional services: law firms (PQE, NQ, secondments,
billable-hours targets, lockstep and partnership rounds), accountancy and audit (ACA, ACCA, CPA
and CA, busy season, year-end, tax season), financial services (compliance, front office,
regulated roles, garden leave, a bonus paid in March), universities and schools (term dates,
semesters, sabbaticals, tenure track, contact hours), the NHS and charities (bands, pensions,
"acting up"). The places are London, Manchester and Edinburgh, Dublin and Cork, New York,
Chicago and Boston, Hong Kong, Singapore, Sydney and Melbourne, Toronto, Vancouver and Calgary,
and Luxembourg, Frankfurt and Amsterdam with a sentence or two in French, German or Dutch. The
voices: partner-level emails in full formal dress, headhunters' terse CRM lines ("cand", "PQE",
"MC", "NQ'd", "GL", "EP"), HR business partners' handover notes, candidates' gracious emails that
decline all the same, notes crowded with dates that are no wait (completions, exam sittings
passed, hearings), and waits tied to a bonus payout, exam results, the end of the academic year,
a partnership round, a deal completing or an audit busy season.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (formal "I would be grateful if you could remove my details from your database", a
   partner's letter asking that contact cease, a headhunter's DNC, an HRBP's consent withdrawn, a
   polite email leaving the profession, French, German and Dutch, a terse unsubscribe): never
   shown; beside each "please remove my old CV and use this one", "remove me from the newsletter,
   but keep me in mind", not at chambers but by personal email, not to Magic Circle firms, consent
   renewed, not this role, not at the office, a new CV for the file, bank shifts but not posts;
2. waits counted from the day said, each against a twin whose wait has run out or who asked for
   none: a March bonus, a partnership round, CPA results, audit busy season, a deal completion,
   the end of the academic year, a sabbatical, garden leave, a client secondment, "give it a
   quarter", acting up until a post is filled, tax season, a Luxembourg bonus in French and a
   Frankfurt year-end audit in German;
3. schedule (weekend rota, 6am desk starts, evening galas, busy-season hours, evening MBA
   teaching), travel (client sites, regional Asia travel, field visits), visa (Employment Pass,
   Skilled Worker, H-1B, 482, Canadian work permit), contract and hours (0.8 FTE, fixed-term
   cover, day-rate contracts, billable-hours targets, term-time-only pay) and commute (Brighton,
   Hamilton, Naas, Würzburg), each against someone who does not object or whose objection was
   about a past employer or someone else;
4. pay against the band: a US-firm NQ salary, lockstep against eat-what-you-kill, Singapore base
   pay, an NHS band while acting up, an academic grade, euros in German and French, a Hong Kong
   package above the band with a lower ask, and a monthly ask against an annual band;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Dutch;
6. negation and scope ("no objection to business development", "it wasn't the hours", "not set on
   private practice", "never minded the travel", "doesn't need sponsorship", German "nichts gegen
   Reisen", "no longer insists on remote");
7. location and relocation, managing against hands-on (partner track against a legal director,
   an audit team, a research post against teaching and scholarship, acting up into team lead),
   company stage and size (boutique against a global firm, Big Four against mid-tier, a small
   charity, a fintech), industries refused or wanted (tobacco, oil trading, children's charities)
   and technology (SAS against Python, audit analytics, AI review tools);
8. last time's reason resolved by this role or still standing (pay, office days, partnership
   track, a visa, a billable target), the history with us (an undisclosed disciplinary finding,
   a partner interview missed, a recent IFRS 17 gap, admission since gained) and the latest
   process (a final round against a CV never sent, a placement made weeks ago, counter-offers);
9. several notes over time where the latest word counts: Hong Kong refused then wanted and the
   reverse, a removal taken back and a "keep me in mind" hardened into erasure, a pay ask lowered
   and raised, fixed-term refused then accepted, partner track insisted on then dropped.

Hard cases a careful human still gets right are mixed in: a spouse's visa or move, a colleague's
refusal quoted in the candidate's note, a past firm's hours or travel this role does not have, a
deal or a court date mentioned with no wait in it, an exam passed rather than pending, a current
package above the band with a lower ask, and a monthly ask against an annual band.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally qualified within a case, so only their words decide ---------

CORPORATE_ASSOCIATE = dict(
    headline="Corporate M&A associate, five years' PQE",
    current_title="Senior Associate, Corporate",
    skills=["Private equity buy-outs", "Public M&A", "SPA drafting", "Due diligence"],
    years_experience=7,
    resume_text=(
        "Solicitor admitted after a training contract at a City firm; five years' PQE acting for "
        "private equity sponsors and listed bidders: buy-outs, bolt-ons and schemes of "
        "arrangement, running due diligence, drafting SPAs and disclosure letters and "
        "supervising trainees on completion mechanics."
    ),
)
DISPUTES_LAWYER = dict(
    headline="Commercial litigation solicitor, two years' PQE",
    current_title="Associate, Commercial Litigation",
    skills=["Commercial litigation", "Disclosure", "Witness statements", "Civil procedure"],
    years_experience=4,
    resume_text=(
        "Litigation solicitor two years qualified: High Court and arbitration claims for banks "
        "and insurers, disclosure exercises, witness statements, instructing counsel and "
        "preparing trial bundles."
    ),
)
FUNDS_LAWYER = dict(
    headline="Investment funds lawyer, UCITS and AIF",
    current_title="Associate, Investment Management",
    skills=["UCITS", "AIFMD", "Fund formation", "Regulatory filings"],
    years_experience=6,
    resume_text=(
        "Funds lawyer, six years advising asset managers on UCITS and alternative fund "
        "structures: launches, prospectus drafting, regulatory filings and side letters, in "
        "English and French."
    ),
)
AUDIT_MANAGER = dict(
    headline="Chartered accountant, audit manager",
    current_title="Audit Manager",
    skills=["IFRS group audits", "ISA audits", "Audit file review", "Team supervision"],
    years_experience=8,
    resume_text=(
        "Chartered accountant, eight years in external audit: listed and private group audits "
        "under IFRS, planning and risk assessment, reviewing seniors' files, signing-off "
        "packs for the engagement partner and running teams of four to eight."
    ),
)
TAX_SENIOR = dict(
    headline="CPA-track tax senior, partnerships",
    current_title="Tax Senior",
    skills=["Partnership returns", "Individual returns", "Tax provisions", "CCH Axcess"],
    years_experience=5,
    resume_text=(
        "Tax senior, five years in a regional accounting firm: partnership and individual "
        "returns, quarterly estimates, provision work for private clients and reviewing "
        "staff preparers' files."
    ),
)
COMPLIANCE_OFFICER = dict(
    headline="Compliance and AML manager, regulated firms",
    current_title="Compliance Manager",
    skills=["AML and KYC", "Financial crime", "Regulatory reporting", "Compliance monitoring"],
    years_experience=9,
    resume_text=(
        "Compliance professional, nine years in banks and asset managers: AML and KYC "
        "frameworks, financial crime risk assessments, regulatory returns, monitoring plans "
        "and training front-office staff."
    ),
)
PRIVATE_BANKER = dict(
    headline="Private banking relationship manager",
    current_title="Relationship Manager, Private Banking",
    skills=["UHNW clients", "Lombard lending", "Portfolio reviews", "Client onboarding"],
    years_experience=11,
    resume_text=(
        "Relationship manager, eleven years covering ultra-high-net-worth families: a book of "
        "around 40 relationships, lending, discretionary mandates, annual reviews and onboarding "
        "with the compliance team."
    ),
)
LECTURER = dict(
    headline="Lecturer in economics",
    current_title="Lecturer in Economics",
    skills=["Econometrics", "Undergraduate teaching", "Module leadership", "Research output"],
    years_experience=7,
    resume_text=(
        "Lecturer in economics with a PhD and teaching fellowship: applied econometrics and "
        "labour economics modules, dissertation supervision, module leadership and journal "
        "publications."
    ),
)
ENGLISH_TEACHER = dict(
    headline="Secondary English teacher, IB and IGCSE",
    current_title="Teacher of English",
    skills=["IB Diploma English", "IGCSE English", "Pastoral care", "Curriculum planning"],
    years_experience=8,
    resume_text=(
        "English teacher, eight years in UK and international schools: IGCSE and IB Diploma "
        "English, a Year 10 tutor group, schemes of work and coursework moderation."
    ),
)
PHYSIO = dict(
    headline="Musculoskeletal physiotherapist, Band 7",
    current_title="Advanced Physiotherapist",
    skills=["MSK outpatients", "Injection therapy", "Clinical supervision", "First contact"],
    years_experience=9,
    resume_text=(
        "HCPC-registered physiotherapist, nine years in NHS outpatient musculoskeletal services: "
        "complex caseload, injection therapy, supervising Band 5 and 6 staff and first contact "
        "practitioner clinics in GP surgeries."
    ),
)
NHS_ACCOUNTANT = dict(
    headline="NHS finance business partner",
    current_title="Finance Business Partner",
    skills=["NHS budgeting", "Cost improvement plans", "Service line reporting", "Forecasting"],
    years_experience=10,
    resume_text=(
        "CIMA-qualified accountant, ten years in NHS trusts: business partnering for surgery and "
        "medicine divisions, budget setting, cost improvement plans and monthly forecasts."
    ),
)
FUNDRAISER = dict(
    headline="Major gifts fundraiser",
    current_title="Major Gifts Manager",
    skills=["Major donors", "Trusts and foundations", "Gift Aid", "Donor stewardship"],
    years_experience=8,
    resume_text=(
        "Fundraiser, eight years in national and local charities: a major donor portfolio, "
        "trust applications, legacy conversations, events and stewardship plans."
    ),
)
RISK_ANALYST = dict(
    headline="Credit risk data analyst",
    current_title="Risk Data Analyst",
    skills=["SQL", "Credit risk data", "Regulatory reporting", "SAS"],
    years_experience=6,
    resume_text=(
        "Risk data analyst, six years in retail banking: credit risk data marts, IFRS 9 and "
        "capital reporting feeds, data quality controls and model monitoring packs."
    ),
)


def in_pool(profile: str, persona: dict | None = None, where: str = "London, UK"):
    """People of one kind in the firm's talent pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def crm(days, words) -> dict:
    """A headhunter's line in the CRM, in their shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A call that got through, as the consultant logged it."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def handover(days, words) -> dict:
    """An HR business partner's or a departing consultant's hand-over note."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def wrote(days, words) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def texted(days, words) -> dict:
    """The candidate's text or WhatsApp message."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def met(days, words) -> dict:
    """A note of a coffee or lunch with the candidate."""
    return touch(days, "outbound", "replied", "note", note=words, channel="meeting")


def lost_final(days, note=None, *, role="Senior Associate") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Associate") -> dict:
    """Turned down the offer."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Associate"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said. No pay
    band unless the case gives one."""
    return {"salary_min": None, "salary_max": None, "currency": None, **what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CORPORATE_ROLE = dict(
    title="Corporate Associate (4-6 PQE)",
    department="Corporate",
    seniority="senior",
    requirements="Qualified solicitor\n4-6 years' PQE\nPrivate equity or public M&A",
    description="Advise private equity sponsors and listed companies on buy-outs, disposals "
    "and takeovers as part of a busy corporate team.",
)
DISPUTES_ROLE = dict(
    title="Commercial Litigation Associate (NQ-3 PQE)",
    department="Disputes",
    seniority="mid",
    requirements="Qualified solicitor\nCommercial litigation\nStrong drafting",
    description="Run commercial disputes for financial institutions and insurers, from "
    "pre-action to trial.",
)
FUNDS_ROLE = dict(
    title="Investment Funds Associate",
    department="Investment Management",
    seniority="mid",
    requirements="UCITS and AIF experience\nFund formation\nFrench or German an advantage",
    description="Advise asset managers on fund launches, prospectuses and regulatory filings.",
)
AUDIT_ROLE = dict(
    title="Audit Manager",
    department="Audit & Assurance",
    seniority="manager",
    requirements="ACA, ACCA, ICAS, CA or CPA qualified\nIFRS group audits\nRunning audit teams",
    description="Run a portfolio of listed and private group audits and the teams on them.",
)
TAX_ROLE = dict(
    title="Tax Senior, Partnerships",
    department="Tax",
    seniority="mid",
    requirements="CPA or on the CPA track\nPartnership returns\nCCH Axcess or similar",
    description="Prepare and review partnership and individual returns for private clients.",
)
COMPLIANCE_ROLE = dict(
    title="Compliance Manager (AML)",
    department="Compliance",
    seniority="manager",
    requirements="AML and KYC frameworks\nRegulated firm experience\nMonitoring and testing",
    description="Own the AML framework, financial crime risk assessment and monitoring plan.",
)
PRIVATE_BANK_ROLE = dict(
    title="Relationship Manager, Private Banking",
    department="Private Bank",
    seniority="senior",
    requirements="UHNW client book\nLending and investment products\nRegulatory licences",
    description="Cover a book of ultra-high-net-worth families and grow it.",
)
LECTURER_ROLE = dict(
    title="Lecturer in Economics",
    department="School of Economics",
    seniority="mid",
    requirements="PhD in economics\nUndergraduate teaching\nResearch record",
    description="Teach and lead undergraduate economics modules and supervise dissertations.",
)
ENGLISH_ROLE = dict(
    title="Teacher of English",
    department="English",
    seniority="mid",
    requirements="Qualified teacher\nIGCSE or IB English\nPastoral experience",
    description="Teach English from Year 7 to the IB Diploma and take on a tutor group.",
)
PHYSIO_ROLE = dict(
    title="Advanced Physiotherapist (Band 7), MSK",
    department="Therapies",
    seniority="senior",
    requirements="HCPC registration\nMSK outpatient experience\nClinical supervision",
    description="Carry a complex MSK outpatient caseload and supervise junior staff.",
)
NHS_FINANCE_ROLE = dict(
    title="Finance Business Partner (Band 8a)",
    department="Finance",
    seniority="senior",
    requirements="CCAB or CIMA qualified\nNHS finance experience\nBudget setting",
    description="Business partner the surgical division: budgets, forecasts and savings plans.",
)
FUNDRAISING_ROLE = dict(
    title="Major Gifts Manager",
    department="Fundraising",
    seniority="senior",
    requirements="Major donor fundraising\nPortfolio management\nDonor stewardship",
    description="Grow a portfolio of major donors and the charity's philanthropy programme.",
)
RISK_DATA_ROLE = dict(
    title="Risk Data Analyst",
    department="Credit Risk",
    seniority="mid",
    requirements="SQL\nCredit risk data\nRegulatory reporting",
    description="Build and run the credit risk data feeds behind IFRS 9 and capital reporting.",
)

# --- where and how they are worked ----------------------------------------------------------

CITY_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week at our City office"],
)
CITY_ONSITE = dict(
    remote_policy="onsite", location="London, UK", offers=["Based at our Canary Wharf office"]
)
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: three days a week in our Spinningfields office"],
)
EDINBURGH_HYBRID = dict(
    remote_policy="hybrid",
    location="Edinburgh, UK",
    offers=["Hybrid: two days a week at our Haymarket office"],
)
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: three days a week at our Dublin 2 office"],
)
CORK_ONSITE = dict(remote_policy="onsite", location="Cork, Ireland", offers=["Office in Cork"])
NEW_YORK_ONSITE = dict(
    remote_policy="onsite", location="New York, NY, USA", offers=["Midtown office"]
)
CHICAGO_HYBRID = dict(
    remote_policy="hybrid",
    location="Chicago, IL, USA",
    offers=["Hybrid: three days a week in the Loop"],
)
BOSTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Boston, MA, USA",
    offers=["Hybrid: three days a week in the Back Bay office"],
)
HONG_KONG_ONSITE = dict(remote_policy="onsite", location="Hong Kong", offers=["Office in Central"])
SINGAPORE_ONSITE = dict(
    remote_policy="onsite", location="Singapore", offers=["Office at Marina Bay"]
)
SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, Australia",
    offers=["Hybrid: three days a week in the CBD"],
)
MELBOURNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne, Australia",
    offers=["Hybrid: three days a week on Collins Street"],
)
TORONTO_ONSITE = dict(
    remote_policy="onsite", location="Toronto, ON, Canada", offers=["Office on Bay Street"]
)
CALGARY_HYBRID = dict(
    remote_policy="hybrid",
    location="Calgary, AB, Canada",
    offers=["Hybrid: three days a week downtown"],
)
LUXEMBOURG_HYBRID = dict(
    remote_policy="hybrid",
    location="Luxembourg",
    offers=["Hybrid: three days a week at our Kirchberg office"],
)
FRANKFURT_HYBRID = dict(
    remote_policy="hybrid",
    location="Frankfurt am Main, Germany",
    offers=["Hybrid: three days a week at our Westend office"],
)
AMSTERDAM_ONSITE = dict(
    remote_policy="onsite", location="Amsterdam, Netherlands", offers=["Office at the Zuidas"]
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)", offers=["Fully remote in the UK"])

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "grateful if you could remove my details vs please remove my old CV and use this one",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Perpetua Honeysett",
                0,
                touches=[
                    wrote(
                        60,
                        "Dear Ms Calloway, I would be grateful if you could remove my details "
                        "from your database and confirm once that has been done. With thanks "
                        "and best wishes, Perpetua",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Lysander Okonkwo-Blake",
                2,
                touches=[
                    wrote(
                        60,
                        "Dear Ms Calloway, I would be grateful if you could remove my old CV "
                        "from your records and use the attached one instead - it now includes "
                        "the Halcyon take-private. I remain very interested in 4-6 PQE corporate "
                        "roles. Kind regards, Lysander",
                    )
                ],
            ),
        ],
        **opening(CORPORATE_ROLE, CITY_HYBRID),
    ),
    C(
        "unsubscribe me and delete my records vs off the newsletter, but keep me in mind",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Dublin, Ireland")(
                "Aoibheann Fitzmaurice",
                0,
                touches=[
                    wrote(
                        45,
                        "Please unsubscribe me from everything and delete the records you hold "
                        "on me. I don't wish to be contacted by your firm in future.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Dublin, Ireland")(
                "Cathal Brennock",
                2,
                touches=[
                    wrote(
                        45,
                        "Could you take me off the monthly newsletter? It's a bit much. But "
                        "please do keep me in mind for AML manager roles in Dublin - I'm open to "
                        "a move.",
                    )
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "a partner's letter that all contact cease vs not through the switchboard, email instead",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Benedict Trelawney-Vaux",
                0,
                touches=[
                    wrote(
                        90,
                        "Dear Mr Ashdown, Further to your call to my secretary this morning, I "
                        "must ask that your firm ceases all contact with me, by any means, with "
                        "immediate effect. I have no interest in any approach, now or in "
                        "future. Yours sincerely, Benedict Trelawney-Vaux",
                    )
                ],
                current_title="Partner, Corporate",
                excluded=True,
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Araminta Quarshie",
                2,
                touches=[
                    wrote(
                        90,
                        "Dear Mr Ashdown, May I ask that you cease calling me through the firm's "
                        "switchboard - it is rather conspicuous. My personal email is the better "
                        "route, and I should be glad to hear of private equity partner roles "
                        "through it. Yours sincerely, Araminta Quarshie",
                    )
                ],
                current_title="Partner, Corporate",
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            title="Corporate Partner (Private Equity)",
            seniority="director",
        ),
    ),
    C(
        "taken off all our lists, DNC vs not to Magic Circle firms again",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER)(
                "Tobias Wrexham-Dyer",
                0,
                touches=[
                    crm(
                        120,
                        "Cand v irritated on call. Asked to be taken off all our lists "
                        "permanently. DNC applied.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", DISPUTES_LAWYER)(
                "Jemima Arkwright-Lowe",
                2,
                touches=[
                    crm(
                        120,
                        "Cand asked not to be sent to MC firms again (grim final at one in "
                        "2025). Any other firm fine. 2PQE lit, keen, wants banking disputes.",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            CITY_HYBRID,
            description="Run commercial disputes for banks and insurers at a 300-lawyer "
            "independent City firm.",
        ),
    ),
    C(
        "an HRBP hand-over: consent withdrawn vs consent renewed",
        "cs",
        [
            in_pool("cs", NHS_ACCOUNTANT, "Manchester, UK")(
                "Gwenllian Probert",
                0,
                touches=[
                    handover(
                        75,
                        "HRBP handover to Priya: Gwenllian withdrew her consent for us to hold "
                        "her details on 3 Sept (email on file). Do not contact; record kept only "
                        "so she isn't re-imported.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", NHS_ACCOUNTANT, "Manchester, UK")(
                "Ifeoma Warburton",
                2,
                touches=[
                    handover(
                        75,
                        "HRBP handover to Priya: Ifeoma renewed her consent on 3 Sept for a "
                        "further two years and is actively looking for 8a business partner "
                        "roles in Greater Manchester.",
                    )
                ],
            ),
        ],
        **opening(NHS_FINANCE_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "leaving teaching, please no longer contact me vs not this school, others welcome",
        "cs",
        [
            in_pool("cs", ENGLISH_TEACHER, "Hong Kong")(
                "Philippa Yeung",
                0,
                touches=[
                    wrote(
                        50,
                        "Thank you so much for thinking of me, and for all your help over the "
                        "years. I have decided to leave teaching altogether at Christmas, so I "
                        "would ask that you no longer contact me about posts. Wishing you every "
                        "success.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", ENGLISH_TEACHER, "Hong Kong")(
                "Rosalind Tsang Hoi-lam",
                2,
                touches=[
                    wrote(
                        50,
                        "Thank you so much for thinking of me. The Kowloon Tong post isn't "
                        "quite right, as I'd much prefer IB to A level, but I would be delighted "
                        "to hear about other English posts on the Island.",
                    )
                ],
            ),
        ],
        **opening(
            ENGLISH_ROLE,
            HONG_KONG_ONSITE,
            description="Teach IB Diploma and IGCSE English at an international school in Pok "
            "Fu Lam, Hong Kong Island.",
            offers=["Housing allowance", "School on Hong Kong Island"],
        ),
    ),
    C(
        "French: delete my data and stop contacting me vs not at the office, write instead",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Margaux Delvaux-Schmit",
                0,
                touches=[
                    wrote(
                        40,
                        "Madame, je vous prie de bien vouloir supprimer mes données de votre "
                        "base et de ne plus me contacter. Cordialement.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Thibault Kremer",
                2,
                touches=[
                    wrote(
                        40,
                        "Madame, je vous prie de ne plus m'appeler au bureau ; écrivez-moi "
                        "plutôt sur mon adresse personnelle. Je reste ouvert à un poste en "
                        "fonds d'investissement au Kirchberg.",
                    )
                ],
            ),
        ],
        **opening(FUNDS_ROLE, LUXEMBOURG_HYBRID),
    ),
    C(
        "German: erase everything and no further contact vs off the newsletter, roles welcome",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Frankfurt am Main, Germany")(
                "Hannelore Brüggemann",
                0,
                touches=[
                    wrote(
                        55,
                        "Sehr geehrte Damen und Herren, bitte löschen Sie sämtliche Daten, die "
                        "Sie über mich gespeichert haben, und sehen Sie von weiteren "
                        "Kontaktaufnahmen ab. Mit freundlichen Grüßen",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Frankfurt am Main, Germany")(
                "Florian Mittermaier",
                2,
                touches=[
                    wrote(
                        55,
                        "Bitte nehmen Sie mich aus Ihrem Newsletter heraus. Über passende "
                        "Compliance-Positionen in Frankfurt informieren Sie mich aber gern "
                        "weiterhin.",
                    )
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, FRANKFURT_HYBRID),
    ),
    C(
        "Dutch: take my details out of your files vs swap my old CV for this new one",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST, "Amsterdam, Netherlands")(
                "Annelies Vermeulen-Kok",
                0,
                touches=[
                    wrote(
                        35,
                        "Wilt u mijn gegevens uit uw bestand verwijderen? Ik wil niet meer "
                        "benaderd worden voor vacatures.",
                    )
                ],
                excluded=True,
            ),
            in_pool("data_eng", RISK_ANALYST, "Amsterdam, Netherlands")(
                "Sjoerd Brinkhorst",
                2,
                touches=[
                    wrote(
                        35,
                        "Wilt u mijn oude cv verwijderen en deze nieuwe versie gebruiken? Ik sta "
                        "nog steeds open voor een functie in risk data in Amsterdam.",
                    )
                ],
            ),
        ],
        **opening(RISK_DATA_ROLE, AMSTERDAM_ONSITE),
    ),
    C(
        "accepted a chair, take me off your lists vs off one shortlist, still keen elsewhere",
        "cs",
        [
            in_pool("cs", LECTURER, "Edinburgh, UK")(
                "Cosmo Attwater",
                0,
                touches=[
                    wrote(
                        65,
                        "Dear Eleanor, I have accepted a permanent post at St Andrews and would "
                        "be grateful if you would take me off your lists entirely. I shan't be "
                        "considering further approaches. Best wishes, Cosmo",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", LECTURER, "Edinburgh, UK")(
                "Isadora Featherstonhaugh",
                2,
                touches=[
                    wrote(
                        65,
                        "Dear Eleanor, please take my name off the Heriot-Watt shortlist - I "
                        "have withdrawn from that process for family reasons. I remain keen on "
                        "economics lectureships in Edinburgh, though. Best wishes, Isadora",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            EDINBURGH_HYBRID,
            description="Teach and lead undergraduate economics modules at a Russell Group "
            "university in central Edinburgh.",
        ),
    ),
    C(
        "stop every text and call, remove my number vs no bank shifts, posts still welcome",
        "cs",
        [
            in_pool("cs", PHYSIO, "Bristol, UK")(
                "Jacinta Muldowney",
                0,
                touches=[
                    texted(
                        25,
                        "Please stop all texts and calls, about bank shifts or posts or "
                        "anything. I want my number removed.",
                    )
                ],
                excluded=True,
            ),
            in_pool("cs", PHYSIO, "Bristol, UK")(
                "Bethany Carlisle-Owusu",
                2,
                touches=[
                    texted(
                        25,
                        "Please stop sending me bank shift texts, I can't do extra shifts. "
                        "Permanent Band 7 MSK posts I'd still love to hear about though!",
                    )
                ],
            ),
        ],
        **opening(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Bristol, UK", offers=["Permanent post"]),
        ),
    ),
    C(
        "a terse 'unsubscribe, no more calls' vs unsubscribed from the digest, calls fine",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER, "Singapore")(
                "Teo Kian Hwee",
                0,
                touches=[texted(30, "Pls unsubscribe me. No more calls or msgs.")],
                excluded=True,
            ),
            in_pool("sales", PRIVATE_BANKER, "Singapore")(
                "Sandeep Thirunavukkarasu",
                2,
                touches=[
                    crm(
                        30,
                        "Cand unsubscribed from the weekly market digest (too many emails). "
                        "Still takes calls re RM roles - covers South Asian and SEA families.",
                    )
                ],
            ),
        ],
        **opening(PRIVATE_BANK_ROLE, SINGAPORE_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "no resignation before the March bonus, said in October vs said last February",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER)(
                "Rupert Hazeldine",
                1,
                touches=[
                    rang(
                        date(2026, 10, 12),
                        "Spoke to cand. Won't resign before his bonus is paid in March, so "
                        "nothing can start before then. Otherwise keen on a UHNW desk.",
                    )
                ],
            ),
            in_pool("sales", PRIVATE_BANKER)(
                "Ottilie Grimsditch",
                2,
                touches=[
                    rang(
                        date(2026, 2, 9),
                        "Spoke to cand. Staying put until the March bonus lands, then she'll "
                        "look at UHNW desks seriously.",
                    )
                ],
            ),
        ],
        **opening(PRIVATE_BANK_ROLE, CITY_ONSITE),
    ),
    C(
        "in the May partnership round, waiting on it vs missed this spring's round, moving now",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Hamish Strachan-Deverell",
                1,
                touches=[
                    crm(
                        date(2026, 11, 2),
                        "Cand is up in the May partnership round at his firm - won't look at "
                        "anything until the outcome is known. Revisit after May.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Wilhelmina Ashcroft",
                2,
                touches=[
                    crm(
                        date(2026, 6, 1),
                        "Cand missed out in this spring's partnership round; says she's done "
                        "waiting and is open to moves now.",
                    )
                ],
            ),
        ],
        **opening(CORPORATE_ROLE, CITY_HYBRID),
    ),
    C(
        "sitting FAR in January, waiting for the score vs passed the last section in August",
        "cs",
        [
            in_pool("cs", TAX_SENIOR, "Chicago, IL, USA")(
                "Kendall Brzezinski",
                1,
                touches=[
                    rang(
                        date(2026, 11, 9),
                        "Sitting FAR on Jan 8. Doesn't want to interview until she has her "
                        "score back, mid-to-late February.",
                    )
                ],
            ),
            in_pool("cs", TAX_SENIOR, "Chicago, IL, USA")(
                "Tyrone Abernathy-Cole",
                2,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Passed his last CPA section (REG) in August, score released 8/28, "
                        "license application in. Ready to interview.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, CHICAGO_HYBRID),
    ),
    C(
        "busy season till the end of March, April onwards vs busy season done in April",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Manchester, UK")(
                "Saoirse Dunleavy",
                1,
                touches=[
                    wrote(
                        date(2026, 11, 16),
                        "Thanks for the call. Honestly, busy season runs January to the end of "
                        "March for us and I won't leave a team midway through it. April "
                        "onwards I'm all ears.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Manchester, UK")(
                "Prakash Ramaswamy-Hale",
                2,
                touches=[
                    wrote(
                        date(2026, 5, 11),
                        "Busy season's over - the last December year-end was signed on 28 "
                        "April. Happy to hear what you have.",
                    )
                ],
            ),
        ],
        **opening(AUDIT_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "won't leave before a take-private completes next spring vs her deal completed",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE, "Hong Kong")(
                "Cressida Lau Man-yee",
                1,
                touches=[
                    crm(
                        date(2026, 10, 19),
                        "Cand running DD on a HK$8bn take-private, completion targeted end of "
                        "Q1 next yr. Won't leave before it completes - loyal to the partner.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE, "Hong Kong")(
                "Ambrose Tsui Ka-fai",
                2,
                touches=[
                    crm(
                        date(2026, 10, 5),
                        "Cand's big deal (Project Junk Bay carve-out) completed 30 Sept. Free "
                        "now, wants a firm with more PE work.",
                    )
                ],
            ),
        ],
        **opening(CORPORATE_ROLE, HONG_KONG_ONSITE),
    ),
    C(
        "staying to the end of this academic year vs contract ended with the year in July",
        "cs",
        [
            in_pool("cs", LECTURER, "Manchester, UK")(
                "Lavinia Okafor-Hughes",
                1,
                touches=[
                    wrote(
                        date(2026, 10, 26),
                        "I'm committed to my students until the end of this academic year, so "
                        "I couldn't take up a post before September 2027. I'd be happy to apply "
                        "for one starting then.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "Manchester, UK")(
                "Barnabas Whitlock",
                2,
                touches=[
                    wrote(
                        date(2026, 8, 10),
                        "My fixed-term contract ended with the academic year in July, so I'm "
                        "free to start whenever suits.",
                    )
                ],
            ),
        ],
        **opening(LECTURER_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "on sabbatical in Kyoto until August vs back from sabbatical in September",
        "cs",
        [
            in_pool("cs", LECTURER, "Boston, MA, USA")(
                "Cornelius Vanderhoek",
                1,
                touches=[
                    rang(
                        date(2026, 9, 7),
                        "On sabbatical at Kyoto until August 2027. Won't consider anything "
                        "before he's back - wants a tenure-track post from the fall.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "Boston, MA, USA")(
                "Marisol Urquiza-Bennett",
                2,
                touches=[
                    rang(
                        date(2026, 9, 28),
                        "Back from her sabbatical in Lisbon as of September; actively applying "
                        "to tenure-track posts in New England.",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            BOSTON_HYBRID,
            title="Assistant Professor of Economics (tenure track)",
        ),
    ),
    C(
        "six months' garden leave and a non-compete from October vs garden leave ended in June",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Hugo Fanshawe-Clarke",
                1,
                touches=[
                    crm(
                        date(2026, 10, 5),
                        "Cand resigned 01/10. Six months' GL plus a 3-month non-compete on top, "
                        "so earliest realistic start is July.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Delphine Ashworth-Nkemelu",
                2,
                touches=[
                    crm(date(2026, 7, 6), "Cand's GL ended 30/06. No non-compete. Can start.")
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, CITY_HYBRID),
    ),
    C(
        "seconded in-house until the end of February vs secondment finished in June",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER, "Sydney, Australia")(
                "Imogen Wardlaw",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Cand on secondment to a big-four bank's legal team until the end of "
                        "Feb. Firm expects her back after; she won't move while seconded.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER, "Sydney, Australia")(
                "Lachlan Pemberton-Yip",
                2,
                touches=[
                    rang(
                        date(2026, 7, 13),
                        "His secondment to a client's in-house team finished in June. Back at "
                        "the firm and restless - keen to move.",
                    )
                ],
            ),
        ],
        **opening(DISPUTES_ROLE, SYDNEY_HYBRID),
    ),
    C(
        "give it a quarter, said in late October vs the same ask made in April",
        "cs",
        [
            in_pool("cs", FUNDRAISER)(
                "Georgiana Pettifer",
                1,
                touches=[
                    handover(
                        date(2026, 10, 26),
                        "Handover from Jess: Georgiana asked us to give it a quarter - a new "
                        "CEO has just started and she wants to see where the strategy lands.",
                    )
                ],
            ),
            in_pool("cs", FUNDRAISER)(
                "Rosamund Achterberg",
                2,
                touches=[
                    handover(
                        date(2026, 4, 13),
                        "Handover from Jess: Rosamund asked us to give it a quarter while the "
                        "restructure settled; open to roles after that.",
                    )
                ],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Hybrid: two days a week at our Southwark office"],
            ),
        ),
    ),
    C(
        "acting up until the post is filled in spring vs acting up ended in August",
        "cs",
        [
            in_pool("cs", PHYSIO, "Nottingham, UK")(
                "Morwenna Tregidgo",
                1,
                touches=[
                    rang(
                        date(2026, 10, 12),
                        "Acting up as 8a team lead until the substantive post is recruited in "
                        "the spring. Wants to see it through before any move - call after "
                        "Easter.",
                    )
                ],
            ),
            in_pool("cs", PHYSIO, "Nottingham, UK")(
                "Niamh Cullinane",
                2,
                touches=[
                    rang(
                        date(2026, 8, 24),
                        "Her acting-up period ended in August and she's back at Band 7. "
                        "Looking for a new Band 7 MSK post now.",
                    )
                ],
            ),
        ],
        **opening(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Nottingham, UK", offers=["Permanent post"]),
        ),
    ),
    C(
        "no interviews till after April 15 vs tax season and extensions behind him",
        "cs",
        [
            in_pool("cs", TAX_SENIOR, "New York, NY, USA")(
                "Brody Kowalczyk",
                1,
                touches=[
                    wrote(
                        date(2026, 11, 2),
                        "I appreciate you reaching out. With tax season coming, I won't be in "
                        "a position to interview until after April 15. Please circle back then.",
                    )
                ],
            ),
            in_pool("cs", TAX_SENIOR, "New York, NY, USA")(
                "Jolene Haverford",
                2,
                touches=[
                    wrote(
                        date(2026, 10, 19),
                        "April 15 came and went, and our extensions all went out by October "
                        "15. I have my evenings back and would be glad to talk now.",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, NEW_YORK_ONSITE),
    ),
    C(
        "French: not before the bonus at the end of March vs the bonus was paid in March",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Séverine Hoffmann-Leclerc",
                1,
                touches=[
                    wrote(
                        date(2026, 10, 19),
                        "Je ne bougerai pas avant le versement de mon bonus, fin mars. "
                        "Recontactez-moi en avril, volontiers.",
                    )
                ],
            ),
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Mathis Wagener",
                2,
                touches=[
                    wrote(
                        date(2026, 5, 4),
                        "Mon bonus a été versé fin mars ; je suis désormais disponible pour en "
                        "discuter.",
                    )
                ],
            ),
        ],
        **opening(FUNDS_ROLE, LUXEMBOURG_HYBRID),
    ),
    C(
        "German: not until the year-end audits close in March vs audit season over in April",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Frankfurt am Main, Germany")(
                "Dorothea Kirchhoff",
                1,
                touches=[
                    wrote(
                        date(2026, 11, 9),
                        "Bis die Jahresabschlussprüfungen Ende März abgeschlossen sind, wechsle "
                        "ich nicht. Ab April können wir gern sprechen.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Frankfurt am Main, Germany")(
                "Jannik Oberländer",
                2,
                touches=[
                    wrote(
                        date(2026, 6, 1),
                        "Die Prüfungssaison ist vorbei, alle Testate wurden bis Ende April "
                        "erteilt. Ich bin jetzt offen für Gespräche.",
                    )
                ],
            ),
        ],
        **opening(AUDIT_ROLE, FRANKFURT_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

SCHEDULE = [
    C(
        "can't do weekends at all vs not against weekends on a fair rota, a seven-day service",
        "cs",
        [
            in_pool("cs", PHYSIO, "Leicester, UK")(
                "Clemency Ogunleye",
                0,
                touches=[
                    rang(
                        40,
                        "Spoke to cand. Knows the Leicester team well, HCPC renewed, loves the "
                        "injection clinics - but can't do weekends at all, she's on her own "
                        "with the twins.",
                    )
                ],
            ),
            in_pool("cs", PHYSIO, "Leicester, UK")(
                "Keturah Blackwood",
                2,
                touches=[
                    rang(
                        40,
                        "Spoke to cand. Not against weekend working as long as it's a fair "
                        "rota - did 1 in 5 at her last trust. Wants more injection work.",
                    )
                ],
            ),
        ],
        **opening(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Leicester, UK", offers=["Permanent post"]),
            description="Seven-day MSK outpatient service: everyone works one weekend in four, "
            "with time off in lieu.",
        ),
    ),
    C(
        "no more 6am desk starts vs her old desk's 6am starts never bothered her",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER)(
                "Fitzroy Anand-Baptiste",
                0,
                touches=[
                    crm(
                        60,
                        "Cand did 6am starts on an Asia desk at Barclays for seven years. Will "
                        "not do early starts again - non-negotiable.",
                    )
                ],
            ),
            in_pool("sales", PRIVATE_BANKER)(
                "Valentina Seccombe",
                2,
                touches=[
                    crm(
                        60,
                        "Her old desk at Barclays started at 6am and she never minded - early "
                        "starts suit her, she's a lark.",
                    )
                ],
            ),
        ],
        **opening(
            PRIVATE_BANK_ROLE,
            CITY_ONSITE,
            description="Cover Hong Kong and Singapore-based families from London: the desk "
            "starts at 6am to overlap with Asian hours.",
        ),
    ),
    C(
        "done with evening galas vs frustrated that her last charity ran none",
        "cs",
        [
            in_pool("cs", FUNDRAISER)(
                "Henrietta Ollerenshaw",
                0,
                touches=[
                    wrote(
                        50,
                        "I've done my share of galas. I really can't take on a role with "
                        "evening events now - my evenings are for my family.",
                    )
                ],
            ),
            in_pool("cs", FUNDRAISER)(
                "Marguerite Abiodun",
                2,
                touches=[
                    wrote(
                        50,
                        "My last director wouldn't let us run evening events at all, which "
                        "drove me mad - donor dinners are where the big gifts happen. I'd love "
                        "a role with more of them.",
                    )
                ],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Hybrid: two days a week at our Bloomsbury office"],
            ),
            description="Grow a major donor portfolio through regular evening donor dinners "
            "and two black-tie galas a year.",
        ),
    ),
    C(
        "won't do another 60-hour busy season vs busy-season hours don't bother her",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Edinburgh, UK")(
                "Alasdair McCorquodale",
                0,
                touches=[
                    rang(
                        45,
                        "Won't do another busy season of 60-hour weeks. Wants an audit role "
                        "with sane hours all year or he'll go in-house.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Edinburgh, UK")(
                "Fenella Dalgleish",
                2,
                touches=[
                    rang(
                        45,
                        "Busy-season hours don't bother her; she just wants the manager title "
                        "and a portfolio of listed audits.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            EDINBURGH_HYBRID,
            description="Run listed group audits. Busy season runs January to April with "
            "extended hours and some Saturdays.",
        ),
    ),
    C(
        "can't teach in the evenings vs the evening MBA cohort is her favourite",
        "cs",
        [
            in_pool("cs", LECTURER, "Melbourne, Australia")(
                "Bronwyn Threlfall",
                0,
                touches=[
                    wrote(
                        55,
                        "I couldn't take a post with evening teaching - I care for my father "
                        "in the evenings.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "Melbourne, Australia")(
                "Ignatius Okoro",
                2,
                touches=[
                    wrote(
                        55,
                        "The evening MBA cohort is honestly my favourite group to teach - "
                        "mid-career students ask the best questions.",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            MELBOURNE_HYBRID,
            description="Teach economics on the part-time MBA: contact hours are Tuesday and "
            "Thursday evenings, 6 to 9pm.",
        ),
    ),
]

TRAVEL = [
    C(
        "no overnights, three small kids vs liked four days a week on client sites",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Calgary, AB, Canada")(
                "Garrett Lindqvist-Moore",
                0,
                touches=[
                    rang(
                        40,
                        "No overnights - his wife works nights and there are three kids "
                        "under eight.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Calgary, AB, Canada")(
                "Shauna Kowalchuk",
                2,
                touches=[
                    rang(
                        40,
                        "Spent four days a week on client sites at her last firm and liked it; "
                        "happy to travel the province.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            CALGARY_HYBRID,
            description="Audit energy clients across Alberta, with regular overnight stays "
            "at sites in Fort McMurray and Grande Prairie.",
        ),
    ),
    C(
        "won't travel after three years on the road vs keen on a week a month around Asia",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Hong Kong")(
                "Kelvin Wong Siu-ming",
                0,
                touches=[
                    crm(
                        35,
                        "Cand won't travel - just back from 3 yrs on the road for a regional "
                        "bank, wants to see his kids. HK-only role please.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Hong Kong")(
                "Phoebe Leung Wai-sze",
                2,
                touches=[
                    crm(
                        35,
                        "Cand keen on a regional role, happy to be on a plane a week a month. "
                        "Fluent Mandarin.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            HONG_KONG_ONSITE,
            title="Regional Compliance Manager (AML), Asia Pacific",
            description="Own AML monitoring across the Asia Pacific branches, travelling to "
            "Singapore, Shanghai and Tokyo about one week a month.",
        ),
    ),
    C(
        "her partner hates flying, she doesn't vs a night a month at most",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER)(
                "Leonie Ashby-Fairweather",
                2,
                touches=[
                    rang(
                        50,
                        "Cand said her partner hates flying and won't travel - but that's him, "
                        "not her. She's happy to be in Paris or Munich most weeks.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER)(
                "Quentin Aldridge-Moss",
                0,
                touches=[rang(50, "Can't travel more than a night a month - shared custody.")],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            CITY_HYBRID,
            title="Transaction Services Manager",
            description="Financial due diligence for private equity clients, with travel to "
            "targets across Europe most weeks.",
        ),
    ),
    C(
        "led a field visit to Malawi, would love more vs overseas travel out of the question",
        "cs",
        [
            in_pool("cs", FUNDRAISER, "Edinburgh, UK")(
                "Tabitha Nwachukwu-Reed",
                2,
                touches=[
                    wrote(
                        45,
                        "I'd love to take donors out to see the projects - I led a field "
                        "visit to Malawi at my last charity.",
                    )
                ],
            ),
            in_pool("cs", FUNDRAISER, "Edinburgh, UK")(
                "Evangeline Harcourt",
                0,
                touches=[
                    wrote(
                        45,
                        "I'm afraid overseas travel is out of the question for me at the "
                        "moment, for health reasons.",
                    )
                ],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            EDINBURGH_HYBRID,
            description="Major gifts for an international development charity, including two "
            "donor trips a year to projects in Kenya and Uganda.",
        ),
    ),
]

VISA = [
    C(
        "on an Employment Pass tied to his bank vs a PR herself, her husband is on the EP",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Aravind Subramaniam",
                0,
                touches=[
                    crm(
                        40,
                        "Cand is an Indian national on an EP tied to his current bank - any "
                        "move needs a new EP.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Rachel Goh Pei Shan",
                2,
                touches=[
                    crm(
                        40,
                        "Cand is SG PR since 2019; it's her husband who's on an EP. Wants a "
                        "step up to manager.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            SINGAPORE_ONSITE,
            requirements="AML and KYC frameworks\nMAS-regulated firm experience\nSingapore "
            "citizen or PR",
            description="Own the AML framework for a MAS-regulated bank. We are unable to "
            "support Employment Pass applications for this role.",
        ),
    ),
    C(
        "on a firm-sponsored Skilled Worker visa vs British, his wife's visa is no employer's",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Chidinma Eze-Ogbonna",
                0,
                touches=[
                    crm(
                        50,
                        "Cand NY-qualified + E&W via SQE, on a Skilled Worker visa sponsored by "
                        "her current firm - would need new sponsorship to move.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Harrison Abara-Lowe",
                2,
                touches=[
                    crm(
                        50,
                        "British citizen, no sponsorship needed. Wife is Canadian on a spouse "
                        "visa - not an employer matter.",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            description="Advise private equity sponsors on buy-outs. We cannot sponsor Skilled "
            "Worker visas for this role.",
        ),
    ),
    C(
        "on an H-1B needing a transfer vs green card came through in March",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER, "New York, NY, USA")(
                "Rohan Khatri-Lindgren",
                0,
                touches=[
                    rang(60, "Cand on an H-1B, so any move needs the new firm to file a transfer.")
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER, "New York, NY, USA")(
                "Meredith Oyelaran",
                2,
                touches=[rang(60, "Green card came through in March - no sponsorship needed now.")],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            NEW_YORK_ONSITE,
            title="Litigation Associate (2-4 years)",
            description="Commercial litigation for financial institutions. The firm is unable "
            "to sponsor or transfer H-1B visas for this position.",
        ),
    ),
    C(
        "on a 482 tied to his firm vs an Australian back from London",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Sydney, Australia")(
                "Callum Fraser-Doherty",
                0,
                touches=[
                    crm(
                        45,
                        "Scottish CA, in Sydney on a 482 tied to his firm. Would need a new "
                        "482 nomination to move.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Sydney, Australia")(
                "Ellie Ramanathan",
                2,
                touches=[
                    crm(
                        45,
                        "Aussie citizen, moved back from London in July after 5 yrs in UK audit.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            SYDNEY_HYBRID,
            requirements="CA ANZ or CPA Australia\nIFRS group audits\nAustralian citizen or "
            "permanent resident",
            description="Run group audits for ASX-listed clients. No visa sponsorship is "
            "available for this role.",
        ),
    ),
    C(
        "a closed work permit needing an LMIA vs landed as a permanent resident",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Toronto, ON, Canada")(
                "Oluwadamilare Adeyemi",
                0,
                touches=[
                    crm(
                        40,
                        "Cand on a closed work permit tied to his current employer - any move "
                        "needs a new LMIA and permit.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Toronto, ON, Canada")(
                "Genevieve Tremblay-Ross",
                2,
                touches=[
                    crm(
                        40,
                        "Cand landed as a PR in 2024 - no permit needed. Keen on AML roles "
                        "downtown.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            TORONTO_ONSITE,
            description="Own the AML program for a Schedule I bank. Candidates must already be "
            "entitled to work in Canada; we do not support work permits.",
        ),
    ),
]

CONTRACT = [
    C(
        "0.8 FTE only vs back to full time after two years at 0.8, a full-time team",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER, "Manchester, UK")(
                "Harriet Cheesebrough",
                0,
                touches=[
                    rang(40, "Cand will only look at 0.8 FTE roles - Fridays are for her kids.")
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER, "Manchester, UK")(
                "Olamide Rushworth",
                2,
                touches=[
                    rang(
                        40,
                        "Cand did 0.8 for two years while the kids were small; back to full "
                        "time since Sept and happy to stay there.",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            MANCHESTER_HYBRID,
            description="Full-time role, five days a week; the team does not offer reduced hours.",
        ),
    ),
    C(
        "permanent posts only after three postdocs vs a year's cover would suit her",
        "cs",
        [
            in_pool("cs", LECTURER, "Dublin, Ireland")(
                "Seamus Ó Briain",
                0,
                touches=[
                    wrote(
                        45,
                        "After three postdocs and two fixed-term lectureships, I'm only "
                        "applying for permanent posts now.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "Dublin, Ireland")(
                "Aoife Gallagher-Nolan",
                2,
                touches=[
                    wrote(
                        45,
                        "I'm happy with a fixed-term post - a year's cover would suit me "
                        "nicely while my partner finishes his PhD.",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            DUBLIN_HYBRID,
            title="Lecturer in Economics (12-month fixed term, maternity cover)",
        ),
    ),
    C(
        "perm only for a remortgage vs contracting since 2019, an interim day-rate role",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Humphrey Stallybrass",
                0,
                touches=[
                    crm(30, "Perm only - remortgaging and the lender wants a permanent contract.")
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Lorcan Devereux",
                2,
                touches=[
                    crm(
                        30,
                        "Contracting since 2019; likes interim remediation work, fine inside IR35.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            title="Interim AML Manager (6-month contract)",
            offers=["£650 a day inside IR35", "Hybrid: three days a week at our City office"],
        ),
    ),
    C(
        "only firms with targets of 1,600 or under vs billed 2,050 hours, unfazed",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER)(
                "Anouska Billington",
                0,
                touches=[
                    crm(
                        50,
                        "Burnt out at 2,100 billed hours. Only firms with targets of 1,600 "
                        "or under.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER)(
                "Deepak Kallicharan",
                2,
                touches=[
                    crm(
                        50,
                        "Billed 2,050 last year, targets don't faze him; wants better quality "
                        "work.",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            CITY_HYBRID,
            description="Commercial disputes for banks at a US firm's London office; the "
            "billable target is 1,950 hours a year.",
        ),
    ),
    C(
        "three days a week for her MA vs must be full-time, a three-day role",
        "cs",
        [
            in_pool("cs", FUNDRAISER, "Edinburgh, UK")(
                "Cordelia Fothergill",
                2,
                touches=[
                    wrote(
                        40,
                        "I'm looking for three days a week now, ideally Monday to Wednesday - "
                        "the rest of the week is for my MA.",
                    )
                ],
            ),
            in_pool("cs", FUNDRAISER, "Edinburgh, UK")(
                "Pandora Keswick-Amadi",
                0,
                touches=[
                    wrote(
                        40, "It has to be full-time, I'm afraid; I'm the only earner in our house."
                    )
                ],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            EDINBURGH_HYBRID,
            title="Major Gifts Manager (part-time, three days a week)",
            offers=["Part-time: three days a week", "Hybrid: two days at our Haymarket office"],
        ),
    ),
]

COMMUTE = [
    C(
        "Brighton, more than two City days a deal-breaker vs does the Brighton run daily",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE, "Brighton, UK")(
                "Jolyon Pickersgill",
                0,
                touches=[
                    rang(
                        40,
                        "Lives in Brighton. More than two days a week in the City is a "
                        "deal-breaker - 75 mins each way on the train.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE, "Brighton, UK")(
                "Saskia Ruddock",
                2,
                touches=[
                    rang(
                        40,
                        "Lives in Brighton, has done the City commute daily for six years and "
                        "works on the train.",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Four days a week at our City office"],
            ),
        ),
    ),
    C(
        "Hamilton, 30 minutes at most vs did Union Station daily for five years",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Hamilton, ON, Canada")(
                "Declan Vandermeer",
                0,
                touches=[
                    crm(
                        35,
                        "Lives in Hamilton, won't do the GO train downtown every day. Max "
                        "30 min commute.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Hamilton, ON, Canada")(
                "Priyanka Sharma-Bowes",
                2,
                touches=[
                    crm(
                        35,
                        "Lives in Hamilton, did Union Station daily for 5 yrs at RBC, fine "
                        "with it.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            TORONTO_ONSITE,
            offers=["Office on Bay Street, five days a week"],
        ),
    ),
    C(
        "left Sandyford over the M50, city centre ideal vs 20 minutes from Naas at most",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Dublin, Ireland")(
                "Orla Kinsella-Byrne",
                2,
                touches=[
                    rang(
                        45,
                        "Left her Sandyford job because of the M50 crawl - 90 mins a day in the "
                        "car. City centre on the Luas would be perfect.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Naas, Ireland")(
                "Padraig Hanratty",
                0,
                touches=[
                    rang(
                        45,
                        "Lives in Naas. Won't commute more than 20 mins - wants something "
                        "local in Kildare.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            dict(
                remote_policy="onsite",
                location="Dublin, Ireland",
                offers=["Office on St Stephen's Green, beside the Luas"],
            ),
        ),
    ),
    C(
        "German: Würzburg, no more than 30 minutes vs has commuted to Frankfurt for years",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST, "Würzburg, Germany")(
                "Wendelin Schäfer-Hollmann",
                0,
                touches=[
                    wrote(
                        40,
                        "Ich wohne in Würzburg; mehr als 30 Minuten Pendelzeit pro Strecke "
                        "kommen für mich nicht infrage.",
                    )
                ],
            ),
            in_pool("data_eng", RISK_ANALYST, "Würzburg, Germany")(
                "Annika Rothenbücher",
                2,
                touches=[
                    wrote(
                        40,
                        "Ich wohne in Würzburg und pendle seit Jahren nach Frankfurt - das ist "
                        "für mich kein Problem.",
                    )
                ],
            ),
        ],
        **opening(RISK_DATA_ROLE, FRANKFURT_HYBRID),
    ),
]

# --- 4. pay against the role's band ---------------------------------------------------------

PAY = [
    C(
        "holding out for US-firm NQ money vs a £110k NQ salary a dream, a £100-115k NQ role",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER)(
                "Octavia Penhaligon",
                0,
                touches=[
                    crm(
                        30,
                        "NQ'd in Sept. Holding out for US-firm NQ money - £150k+ or she stays put.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER)(
                "Caspian Oduya",
                2,
                touches=[crm(30, "NQ'd in Sept at a national firm. £110k NQ would be a dream.")],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            CITY_HYBRID,
            title="NQ Solicitor, Commercial Litigation",
            seniority="junior",
            salary_min=100_000,
            salary_max=115_000,
            currency="GBP",
        ),
    ),
    C(
        "wants to eat what he kills vs prefers lockstep, a full-lockstep partnership",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Leopold Fairbrother-Kaye",
                0,
                touches=[
                    crm(
                        40,
                        "Cand wants an eat-what-you-kill model. Won't join a lockstep firm and "
                        "carry partners who bill half what he does.",
                    )
                ],
                current_title="Partner, Corporate",
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Isolde Marchetti-Boyle",
                2,
                touches=[
                    crm(
                        40,
                        "Cand prefers lockstep - sick of the annual points fight under merit pay.",
                    )
                ],
                current_title="Partner, Corporate",
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            title="Corporate Partner (Private Equity)",
            seniority="director",
            offers=["Full lockstep equity partnership, reaching plateau in seven years"],
        ),
    ),
    C(
        "SGD 300k base minimum vs SGD 200k base plus bonus, an SGD 180-220k base",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER, "Singapore")(
                "Benjamin Koh Wei Liang",
                0,
                touches=[crm(30, "Needs SGD 300k base min - has a US$400m book.")],
            ),
            in_pool("sales", PRIVATE_BANKER, "Singapore")(
                "Hafiz bin Ismail",
                2,
                touches=[crm(30, "SGD 200k base plus bonus works for him.")],
            ),
        ],
        **opening(
            PRIVATE_BANK_ROLE,
            SINGAPORE_ONSITE,
            salary_min=180_000,
            salary_max=220_000,
            currency="SGD",
        ),
    ),
    C(
        "acting 8b and won't drop back to 8a vs acting 8b, substantive 8a and content",
        "cs",
        [
            in_pool("cs", NHS_ACCOUNTANT, "Leeds, UK")(
                "Bronagh McAteer",
                0,
                touches=[
                    rang(
                        45,
                        "Acting up at 8b for 18 months now. Won't go back to an 8a salary - "
                        "8b posts only.",
                    )
                ],
            ),
            in_pool("cs", NHS_ACCOUNTANT, "Leeds, UK")(
                "Euan Drysdale-Hunt",
                2,
                touches=[
                    rang(
                        45,
                        "Acting up to 8b temporarily, but substantive 8a and perfectly happy to "
                        "stay at 8a in a bigger trust.",
                    )
                ],
            ),
        ],
        **opening(
            NHS_FINANCE_ROLE,
            dict(remote_policy="onsite", location="Leeds, UK", offers=["NHS Pension Scheme"]),
            salary_min=55_690,
            salary_max=62_682,
            currency="GBP",
        ),
    ),
    C(
        "a professorial salary of £75k+ vs the same £51k for the right department",
        "cs",
        [
            in_pool("cs", LECTURER, "Bristol, UK")(
                "Ptolemy Ravenscroft",
                0,
                touches=[
                    wrote(
                        50,
                        "Given the grant income I'd bring, I'd need a professorial salary - "
                        "£75k at the very least.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "Bristol, UK")(
                "Hermione Adebayo-Clarke",
                2,
                touches=[
                    wrote(
                        50,
                        "I'm on £51k now and would happily move for the same - it's the "
                        "department I'm after, not the money.",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            dict(
                remote_policy="onsite",
                location="Bristol, UK",
                offers=["USS pension", "Grade 8 lectureship"],
            ),
            salary_min=48_000,
            salary_max=56_000,
            currency="GBP",
        ),
    ),
    C(
        "German: not below €120k vs around €90k would do, an €85-95k band",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Frankfurt am Main, Germany")(
                "Ludger Brinkmann-Voss",
                0,
                touches=[wrote(40, "Unter 120.000 € brutto im Jahr wechsle ich nicht.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Frankfurt am Main, Germany")(
                "Theresa Haberl",
                2,
                touches=[wrote(40, "Mit rund 90.000 € brutto wäre ich sehr zufrieden.")],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            FRANKFURT_HYBRID,
            salary_min=85_000,
            salary_max=95_000,
            currency="EUR",
        ),
    ),
    C(
        "French: around €95k vs not a cent under €140k, a €90-110k band",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Capucine Reuter",
                2,
                touches=[wrote(35, "Je vise autour de 95 000 € bruts par an, c'est raisonnable.")],
            ),
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Aurélien Weis-Dumont",
                0,
                touches=[wrote(35, "Je n'irai pas en dessous de 140 000 € bruts annuels.")],
            ),
        ],
        **opening(
            FUNDS_ROLE,
            LUXEMBOURG_HYBRID,
            salary_min=90_000,
            salary_max=110_000,
            currency="EUR",
        ),
    ),
    C(
        "on HK$1.6m, would take HK$1.2m for saner hours vs won't move under HK$1.6m",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE, "Hong Kong")(
                "Desmond Ho Chun-kit",
                2,
                touches=[
                    crm(
                        30,
                        "Cand on HK$1.6m at a US firm. Would take HK$1.2m to get to a UK firm "
                        "with saner hours.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE, "Hong Kong")(
                "Valerie Chow Mei-ling",
                0,
                touches=[crm(30, "Won't move for less than HK$1.6m all in.")],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            HONG_KONG_ONSITE,
            salary_min=1_100_000,
            salary_max=1_300_000,
            currency="HKD",
        ),
    ),
    C(
        "SGD 15k a month vs SGD 20k a month minimum, an SGD 150-190k annual band",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Cheryl Lim Shu Fen",
                2,
                touches=[crm(30, "Asking SGD 15k a month.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Gerald Tan Boon Keat",
                0,
                touches=[crm(30, "SGD 20k a month minimum, no flex.")],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            SINGAPORE_ONSITE,
            salary_min=150_000,
            salary_max=190_000,
            currency="SGD",
        ),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "remote policy field only: moved to the Borders vs wants an office every day",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Kelso, UK")(
                "Rhodri Penberthy",
                2,
                touches=[crm(30, "Moved to the Borders in the summer; needs fully remote now.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Kelso, UK")(
                "Tamsin Ferrier-Holt",
                0,
                touches=[
                    crm(30, "Wants an office every day - lives alone, hated lockdown working.")
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, dict(UK_REMOTE, offers=["10% employer pension"])),
    ),
    C(
        "office-based only in the description: remote only vs misses the office",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST, "Toronto, ON, Canada")(
                "Brennan Kowalski-Hart",
                0,
                touches=[crm(30, "Remote only since 2021, won't go back to an office.")],
            ),
            in_pool("data_eng", RISK_ANALYST, "Toronto, ON, Canada")(
                "Mireille Gauthier",
                2,
                touches=[crm(30, "Misses the office; wants to be in five days with a team.")],
            ),
        ],
        **opening(
            RISK_DATA_ROLE,
            dict(remote_policy=None, location="Toronto, ON, Canada", offers=[]),
            description="Build the credit risk data feeds. This role is office-based five days "
            "a week at our King Street headquarters.",
        ),
    ),
    C(
        "remote in the title only: moved to Westport vs wants the Dublin office daily",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Dublin, Ireland")(
                "Clodagh Mac Aodha",
                2,
                touches=[rang(35, "Has moved home to Westport, so needs a fully remote role.")],
            ),
            in_pool("cs", FUNDS_LAWYER, "Dublin, Ireland")(
                "Fiachra Dunne",
                0,
                touches=[rang(35, "Wants to be in a Dublin office every day - learns best there.")],
            ),
        ],
        **opening(
            FUNDS_ROLE,
            dict(remote_policy=None, location="Ireland", offers=[]),
            title="Investment Funds Associate (fully remote, Ireland)",
        ),
    ),
    C(
        "remote in the offers only: moved to Hobart vs wants five days in an office",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Hobart, Australia")(
                "Kirrily Vandenberg",
                2,
                touches=[crm(40, "Moved to Hobart for family; needs to work from home.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Hobart, Australia")(
                "Jarrah Mortimer",
                0,
                touches=[crm(40, "Wants five days in an office, hates WFH.")],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            dict(
                remote_policy=None,
                location="Australia",
                offers=["Work from home anywhere in Australia", "Super at 12%"],
            ),
        ),
    ),
    C(
        "Dutch: only fully from home now vs two or three office days welcome, a hybrid role",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST, "Amsterdam, Netherlands")(
                "Femke Oosterhuis",
                0,
                touches=[wrote(35, "Ik wil alleen nog volledig thuiswerken, geen kantoordagen.")],
            ),
            in_pool("data_eng", RISK_ANALYST, "Amsterdam, Netherlands")(
                "Maarten Roelofsen",
                2,
                touches=[
                    wrote(
                        35,
                        "Ik ga graag twee of drie dagen per week naar kantoor, mits in Amsterdam.",
                    )
                ],
            ),
        ],
        **opening(
            RISK_DATA_ROLE,
            dict(
                remote_policy="hybrid",
                location="Amsterdam, Netherlands",
                offers=["Hybrid: two days a week at the Zuidas office"],
            ),
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "no objection whatsoever to business development vs wants no BD at all",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Evander Hollingsworth",
                2,
                touches=[
                    rang(
                        40,
                        "No objection whatsoever to business development - says he's happiest "
                        "out building a book.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Marcella Dewhurst",
                0,
                touches=[
                    rang(
                        40,
                        "Doesn't want BD at all - wants to be the technician in the team, not "
                        "out pitching.",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            description="Senior associate expected to build a client following: pitches, "
            "sector events and business development alongside deal work.",
        ),
    ),
    C(
        "it wasn't the hours, it was the partner vs left because of the hours, a US firm",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER)(
                "Ashwin Chaudhry-Fenton",
                2,
                touches=[
                    crm(
                        45,
                        "It wasn't the hours that made him leave his last US firm, it was the "
                        "partner he worked for. Fine with the pace.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER)(
                "Georgette Pilkington",
                0,
                touches=[
                    crm(
                        45,
                        "Left her last firm because of the hours; wants 9-to-6 and her weekends.",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            CITY_ONSITE,
            description="A US firm's London disputes team: long hours and weekend work in the "
            "run-up to trials.",
        ),
    ),
    C(
        "not set on private practice, in-house would suit vs private practice only",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Dublin, Ireland")(
                "Ruairí Costigan",
                2,
                touches=[
                    crm(
                        30, "Cand isn't set on private practice - in-house at a manager would suit."
                    )
                ],
            ),
            in_pool("cs", FUNDS_LAWYER, "Dublin, Ireland")(
                "Sinéad Mulcahy",
                0,
                touches=[
                    crm(30, "Private practice only - won't go in-house, still wants partnership.")
                ],
            ),
        ],
        **opening(
            FUNDS_ROLE,
            DUBLIN_HYBRID,
            title="Legal Counsel, Funds (in-house)",
            description="Join the in-house legal team of a Dublin asset manager, supporting "
            "fund launches and distribution.",
        ),
    ),
    C(
        "never minded the monthly Gulf trips vs the travel was the worst of it",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER)(
                "Ravinder Gill-Whitaker",
                2,
                touches=[
                    rang(
                        45,
                        "Never minded the travel - covered Gulf clients for years, in "
                        "Dubai every month.",
                    )
                ],
            ),
            in_pool("sales", PRIVATE_BANKER)(
                "Cecily Farrant",
                0,
                touches=[
                    rang(
                        45,
                        "The travel was the worst of her last role; doesn't want to be on a "
                        "plane every month again.",
                    )
                ],
            ),
        ],
        **opening(
            PRIVATE_BANK_ROLE,
            CITY_ONSITE,
            description="Cover Gulf-based families from London, with a trip to Dubai or "
            "Riyadh each month.",
        ),
    ),
    C(
        "does NOT need sponsorship, ILR granted vs needs a Health and Care visa sponsor",
        "cs",
        [
            in_pool("cs", PHYSIO, "Birmingham, UK")(
                "Chiamaka Obi-Lawson",
                2,
                touches=[crm(40, "Does NOT need sponsorship - ILR granted last year.")],
            ),
            in_pool("cs", PHYSIO, "Birmingham, UK")(
                "Joseph Mathew Kurian",
                0,
                touches=[crm(40, "Needs a Health and Care Worker visa sponsor to move trusts.")],
            ),
        ],
        **opening(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Birmingham, UK", offers=["Permanent post"]),
            description="Complex MSK outpatient caseload. The trust is unable to offer visa "
            "sponsorship for this post.",
        ),
    ),
    C(
        "German: nothing against travel vs travel out of the question, 30% client sites",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Frankfurt am Main, Germany")(
                "Benedikt Wohlfahrt",
                2,
                touches=[
                    wrote(
                        40,
                        "Ich habe nichts gegen Reisen, im Gegenteil - ein paar Tage im Monat "
                        "beim Mandanten finde ich gut.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Frankfurt am Main, Germany")(
                "Svenja Rautenberg",
                0,
                touches=[
                    wrote(
                        40, "Reisen kommt für mich derzeit nicht infrage; ich pflege meine Mutter."
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            FRANKFURT_HYBRID,
            description="Audit clients across Germany and Austria, with client-site travel "
            "around 30% of the time.",
        ),
    ),
    C(
        "no longer insists on fully remote vs insists on it, a hybrid role",
        "cs",
        [
            in_pool("cs", TAX_SENIOR, "Boston, MA, USA")(
                "Delaney Fitzpatrick-Moore",
                2,
                touches=[
                    crm(
                        40,
                        "No longer insists on fully remote - fine with 3 days in Back Bay "
                        "since the move.",
                    )
                ],
            ),
            in_pool("cs", TAX_SENIOR, "Boston, MA, USA")(
                "Garrison Whitfield",
                0,
                touches=[crm(40, "Insists on fully remote, won't consider hybrid.")],
            ),
        ],
        **opening(TAX_ROLE, BOSTON_HYBRID),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology -----------

LOCATIONS = [
    C(
        "going with her husband's posting to Singapore vs shan't leave London",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Seraphina Lowther",
                2,
                touches=[
                    wrote(
                        40,
                        "My husband has been posted to Singapore from January and the children "
                        "and I are going with him - I'd love to keep practising out there.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Montgomery Asquith-Pell",
                0,
                touches=[wrote(40, "I shan't leave London - my whole family is here.")],
            ),
        ],
        **opening(CORPORATE_ROLE, SINGAPORE_ONSITE),
    ),
    C(
        "her sister is moving to Sydney, she stays vs relocating to Sydney herself",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER, "Melbourne, Australia")(
                "Matilda Cartwright-Huang",
                0,
                touches=[
                    rang(
                        40,
                        "Her sister's moving to Sydney next year; she's staying put in "
                        "Melbourne - kids settled at school.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER, "Melbourne, Australia")(
                "Tahnee Brockhurst",
                2,
                touches=[
                    rang(
                        40,
                        "Relocating to Sydney with her partner's job - wants a Sydney role.",
                    )
                ],
            ),
        ],
        **opening(DISPUTES_ROLE, SYDNEY_HYBRID),
    ),
    C(
        "would move to Cork in a heartbeat vs Dublin only, a Cork office",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Dublin, Ireland")(
                "Donal Ó Súilleabháin",
                2,
                touches=[
                    rang(
                        35,
                        "Would move to Cork in a heartbeat - his partner's from Douglas and "
                        "they want to be near her parents.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Dublin, Ireland")(
                "Eimear Kavanagh-Walsh",
                0,
                touches=[rang(35, "Dublin only - won't leave the city.")],
            ),
        ],
        **opening(AUDIT_ROLE, CORK_ONSITE),
    ),
    C(
        "Dutch: staying in Groningen vs moving to Amsterdam in the spring",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST, "Groningen, Netherlands")(
                "Hidde Wiersma",
                0,
                touches=[wrote(40, "Ik wil niet verhuizen; ik blijf in Groningen wonen.")],
            ),
            in_pool("data_eng", RISK_ANALYST, "Groningen, Netherlands")(
                "Lieke Tjeerdsma",
                2,
                touches=[
                    wrote(40, "We verhuizen in het voorjaar naar Amsterdam, dus daar zoek ik werk.")
                ],
            ),
        ],
        **opening(RISK_DATA_ROLE, AMSTERDAM_ONSITE),
    ),
    C(
        "Vancouver, open to moving east vs won't leave BC, a Toronto role",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Vancouver, BC, Canada")(
                "Ainsley MacPherson-Roy",
                2,
                touches=[
                    crm(40, "Open to moving east for the right role - wife's family is in Toronto.")
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Vancouver, BC, Canada")(
                "Brock Haverstock",
                0,
                touches=[crm(40, "Won't leave BC - the mountains are why he's here.")],
            ),
        ],
        **opening(COMPLIANCE_ROLE, TORONTO_ONSITE),
    ),
]

LEVEL = [
    C(
        "a clear route to partnership only vs wants a legal director role and a life",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Percival Ngata-Wynne",
                0,
                touches=[
                    crm(
                        40,
                        "Only interested in roles with a clear route to partnership. LD "
                        "roles a no.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Lucinda Ferraby",
                2,
                touches=[
                    crm(40, "Doesn't want partnership; wants a legal director role and a life.")
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            title="Legal Director, Corporate (non-partner track)",
            seniority="director",
        ),
    ),
    C(
        "ready to run a team of her own vs wants no line management, an audit team of eight",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Manchester, UK")(
                "Oyinkansola Fairley",
                2,
                touches=[
                    rang(
                        40,
                        "Ready to manage - has been running jobs unofficially; wants a "
                        "team of her own.",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Manchester, UK")(
                "Torquil Macaulay",
                0,
                touches=[
                    rang(
                        40,
                        "Wants to stay technical - no line management; happiest in an "
                        "accounting technical team.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            MANCHESTER_HYBRID,
            offers=[
                "Line-manage a team of eight auditors",
                "Hybrid: three days a week in our Spinningfields office",
            ],
        ),
    ),
    C(
        "research-active posts only vs an education and scholarship track would suit",
        "cs",
        [
            in_pool("cs", LECTURER, "York, UK")(
                "Evadne Whitcombe-Osei",
                0,
                touches=[
                    wrote(
                        45,
                        "I'm looking for a research-active post; I wouldn't take a "
                        "teaching-only contract.",
                    )
                ],
            ),
            in_pool("cs", LECTURER, "York, UK")(
                "Barnaby Lightowler",
                2,
                touches=[
                    wrote(
                        45,
                        "Teaching is what I love - an education and scholarship track would "
                        "suit me perfectly.",
                    )
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            dict(remote_policy="onsite", location="York, UK", offers=["USS pension"]),
            title="Lecturer in Economics (Education and Scholarship)",
            description="A teaching-focused lectureship: 18 contact hours a week in term, "
            "module leadership and pedagogy, with no research expectation.",
        ),
    ),
    C(
        "acting up as team lead, wants it substantively vs wants to stay clinical",
        "cs",
        [
            in_pool("cs", PHYSIO, "Cardiff, UK")(
                "Nerys Pritchard-Lowe",
                2,
                touches=[
                    rang(
                        40,
                        "Has been acting up as team lead for a year - wants it substantively, "
                        "loves the management side.",
                    )
                ],
            ),
            in_pool("cs", PHYSIO, "Cardiff, UK")(
                "Cormac Delahunty",
                0,
                touches=[
                    rang(40, "Wants to stay clinical - no management, no rotas, just patients.")
                ],
            ),
        ],
        **opening(
            PHYSIO_ROLE,
            dict(remote_policy="onsite", location="Cardiff, UK", offers=["Permanent post"]),
            title="MSK Team Lead (Band 8a)",
            seniority="lead",
            description="Lead and line-manage a team of six physiotherapists, own the rota and "
            "keep a small clinical caseload.",
        ),
    ),
    C(
        "made senior associate, won't be plain Associate vs the title doesn't matter",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Clémence Schroeder",
                0,
                touches=[crm(30, "Made SA this year - won't take a role titled plain Associate.")],
            ),
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Yannick Muller-Reding",
                2,
                touches=[crm(30, "Title doesn't matter to him - it's the fund work he's after.")],
            ),
        ],
        **opening(FUNDS_ROLE, LUXEMBOURG_HYBRID, title="Associate, Investment Funds"),
    ),
]

STAGE_SIZE = [
    C(
        "wants a big international brand vs wants a boutique after the Magic Circle",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Sebastian Carrington-Oyo",
                0,
                touches=[crm(30, "Wants a big international firm brand - global network matters.")],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Winifred Thistlethwaite",
                2,
                touches=[
                    crm(
                        30,
                        "After 7 yrs at an MC firm wants a boutique - small team, real "
                        "client contact.",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            description="Join a 12-lawyer corporate boutique advising founders and mid-market "
            "private equity.",
        ),
    ),
    C(
        "left the Big Four, never again vs wants a Big Four name on her CV",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Melbourne, Australia")(
                "Hamish Buckley-Tait",
                0,
                touches=[
                    rang(40, "Left a Big Four firm two years ago - never again, mid-tier only.")
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Melbourne, Australia")(
                "Sienna Papadakis",
                2,
                touches=[
                    rang(40, "Wants Big Four on her CV - six years mid-tier, time for a big name.")
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            MELBOURNE_HYBRID,
            description="Join the Melbourne audit practice of a Big Four firm, running ASX 200 "
            "audits.",
        ),
    ),
    C(
        "a national charity with structure next vs back to a small grassroots charity",
        "cs",
        [
            in_pool("cs", FUNDRAISER, "Manchester, UK")(
                "Imelda Sowerbutts",
                0,
                touches=[
                    wrote(
                        40,
                        "I'd like a national charity next - proper structures, a database "
                        "team and a well-known brand.",
                    )
                ],
            ),
            in_pool("cs", FUNDRAISER, "Manchester, UK")(
                "Jocasta Whiteley",
                2,
                touches=[
                    wrote(
                        40,
                        "I want to get back to a small grassroots charity where I know every "
                        "donor by name.",
                    )
                ],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            MANCHESTER_HYBRID,
            description="Lead major gifts at a local homelessness charity of 12 staff.",
        ),
    ),
    C(
        "stay at a tier 1 bank vs wants a fintech to build from scratch, 40 people",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Augustus Pembridge",
                0,
                touches=[crm(30, "Wants to stay at a tier 1 bank - stability, pension.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Nadia Karimova-Lewis",
                2,
                touches=[crm(30, "Wants a fintech - to build a framework from scratch.")],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            offers=["Series A payments fintech, 40 people", "Hybrid: three days in Shoreditch"],
        ),
    ),
]

MISSION = [
    C(
        "won't work for tobacco vs no issue, a trainee secondment at a cigarette maker",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Florence Tattersall",
                0,
                touches=[
                    rang(40, "Won't work for a tobacco company - lost her dad to lung cancer.")
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Rafferty Mbatha-Cole",
                2,
                touches=[
                    rang(
                        40,
                        "No issue with tobacco - did a six-month secondment at a cigarette "
                        "maker as a trainee.",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            title="Senior Legal Counsel, M&A",
            description="Join the in-house M&A team of a global tobacco and nicotine group.",
        ),
    ),
    C(
        "no oil and gas for climate reasons vs four years at an oil trader",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Ishaan Varadarajan",
                0,
                touches=[crm(35, "Won't work in oil & gas - climate reasons.")],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Singapore")(
                "Serene Ong Jia Hui",
                2,
                touches=[
                    crm(
                        35,
                        "Happy in commodities - did 4 yrs of trade surveillance at an oil trader.",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            SINGAPORE_ONSITE,
            description="Compliance for a physical crude oil and refined products trading house.",
        ),
    ),
    C(
        "wants the children's sector vs keen on an environmental charity, a children's hospice",
        "cs",
        [
            in_pool("cs", FUNDRAISER)(
                "Rosalie Entwhistle",
                2,
                touches=[
                    wrote(40, "I'd love to move into the children's sector - hospices especially.")
                ],
            ),
            in_pool("cs", FUNDRAISER)(
                "Cuthbert Ainsworth",
                1,
                touches=[wrote(40, "I'm keen on an environmental charity next.")],
            ),
        ],
        **opening(
            FUNDRAISING_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Hybrid: two days a week at the hospice in Sydenham"],
            ),
            description="Grow major gifts for a children's hospice caring for 300 families.",
        ),
    ),
]

TECH = [
    C(
        "wants out of SAS into Python vs wants to stay on SAS, a SAS-to-Python migration",
        "data_eng",
        [
            in_pool("data_eng", RISK_ANALYST)(
                "Nikolai Brandt-Osei",
                2,
                touches=[
                    crm(30, "Wants out of SAS and into Python - doing courses in his own time.")
                ],
            ),
            in_pool("data_eng", RISK_ANALYST)(
                "Prudence Wetherall",
                0,
                touches=[crm(30, "Wants to stay on SAS; not interested in retraining to Python.")],
            ),
        ],
        **opening(
            RISK_DATA_ROLE,
            CITY_HYBRID,
            description="Migrate the credit risk data estate from SAS to Python and dbt.",
            offers=["Move from SAS to Python", "Hybrid: three days a week at our City office"],
        ),
    ),
    C(
        "self-taught Alteryx, wants more analytics vs Excel and the audit software suit him",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Birmingham, UK")(
                "Juliet Okwuosa",
                2,
                touches=[
                    rang(40, "Wants more data analytics in audit - self-taught Alteryx, loves it.")
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Birmingham, UK")(
                "Reginald Poskitt",
                0,
                touches=[
                    rang(
                        40,
                        "Doesn't want to learn new tools - Excel and the audit software suit "
                        "him fine.",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            dict(
                remote_policy="hybrid",
                location="Birmingham, UK",
                offers=["Audit data analytics in Alteryx and Power BI on every engagement"],
            ),
        ),
    ),
    C(
        "keen on AI review tools vs sceptical, won't rely on them, a firm using them daily",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Anastasia Brightwell",
                2,
                touches=[
                    crm(
                        35,
                        "Keen to work somewhere using AI review tools properly - hates manual DD.",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Horace Pendlebury",
                0,
                touches=[
                    crm(35, "Sceptical of AI review tools, won't rely on them - prefers manual DD.")
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            offers=[
                "AI contract review (Luminance, Harvey) used on every deal",
                "Hybrid: three days a week at our City office",
            ],
        ),
    ),
]

# --- 8. last time's reason against this role, the history with us, the latest process -------

PAST_CITY_95K = dict(
    remote_policy="hybrid",
    location="London, UK",
    salary_min=85_000,
    salary_max=95_000,
    currency="GBP",
)
PAST_CITY_100K = dict(
    remote_policy="hybrid",
    location="London, UK",
    salary_min=90_000,
    salary_max=100_000,
    currency="GBP",
)
PAST_DUBLIN_OFFICE = dict(remote_policy="onsite", location="Dublin, Ireland")
PAST_DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in the office"],
)

RESOLVED = [
    C(
        "declined at £95k asking £110k, the band now reaches it vs asked £140k, still above",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Ottoline Gresham",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked £110k; firm's band stopped at £95k",
                        past=PAST_CITY_95K,
                        role="Corporate Associate",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Bartholomew Naylor",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Wanted £140k (US-firm rates); firm topped out at £100k",
                        past=PAST_CITY_100K,
                        role="Corporate Associate",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            salary_min=110_000,
            salary_max=120_000,
            currency="GBP",
        ),
    ),
    C(
        "declined four office days, this role is two vs wanted fully remote, still hybrid",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Dublin, Ireland")(
                "Caoimhe Redmond",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Firm wanted four days in the office; she'll do two at most",
                        past=PAST_DUBLIN_OFFICE,
                        role="AML Manager",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Dublin, Ireland")(
                "Eoghan Lenihan",
                0,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Offered hybrid (two days in); he only wants fully remote",
                        past=PAST_DUBLIN_HYBRID,
                        role="AML Manager",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            dict(
                remote_policy="hybrid",
                location="Dublin, Ireland",
                offers=["Hybrid: two days a week at our IFSC office"],
            ),
        ),
    ),
    C(
        "pulled out of a counsel role with no partner route vs pulled out of a firm too big",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Aldous Winterbottom",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - counsel role with no route to partnership",
                        role="Counsel, Corporate",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Clarissa Ogilvie-Mensah",
                0,
                apps=[
                    withdrew(
                        200,
                        "culture_fit",
                        "Pulled out - firm far too big for her (2,000+ lawyers); wants "
                        "somewhere under 200",
                        role="Counsel, Corporate",
                    )
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            CITY_HYBRID,
            title="Senior Associate, Corporate (partnership track)",
            offers=[
                "A defined route to partnership within three years",
                "Global firm of 2,500 lawyers",
            ],
        ),
    ),
    C(
        "withdrew when no Employment Pass could be had vs wouldn't leave KL, Singapore again",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER, "Kuala Lumpur, Malaysia")(
                "Farid Hakimi bin Osman",
                2,
                apps=[
                    withdrew(
                        260,
                        "other",
                        "Client couldn't support an Employment Pass for the role - had to withdraw",
                        stage="final",
                        role="Compliance Manager",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER, "Kuala Lumpur, Malaysia")(
                "Chua Mei Ling",
                0,
                apps=[
                    declined(
                        260,
                        "location",
                        "Didn't want to relocate from KL to Singapore - family reasons",
                        role="Compliance Manager",
                    )
                ],
            ),
        ],
        **opening(
            COMPLIANCE_ROLE,
            SINGAPORE_ONSITE,
            offers=["Employment Pass sponsorship provided", "Office at Marina Bay"],
        ),
    ),
    C(
        "turned down a 2,000-hour target, this one is 1,600 vs wants 1,500 at most",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER)(
                "Felix Hartigan-Moore",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Turned down: 2,000-hour billable target, wants 1,600 max",
                        role="Litigation Associate",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER)(
                "Blythe Cavendish",
                0,
                apps=[
                    declined(
                        300,
                        "other",
                        "Turned down: 1,800-hour target; won't go above 1,500",
                        role="Litigation Associate",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            CITY_HYBRID,
            description="Commercial disputes for insurers at a national firm with a billable "
            "target of 1,600 hours a year.",
        ),
    ),
]

LAST_TIME = [
    C(
        "an offer withdrawn over an undisclosed SRA finding vs lost to an internal move",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Crispian Vellacott",
                0,
                apps=[
                    app(
                        180,
                        "offer",
                        "rejected",
                        "conduct",
                        "Offer withdrawn: references showed an SRA disciplinary finding he "
                        "hadn't disclosed",
                        role="Corporate Associate",
                    )
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Honor Blakiston",
                2,
                apps=[
                    lost_final(
                        180,
                        "Partners liked her; went with an internal move",
                        role="Corporate Associate",
                    )
                ],
            ),
        ],
        **opening(CORPORATE_ROLE, CITY_HYBRID),
    ),
    C(
        "missed the partner interview without a word vs lost a final",
        "cs",
        [
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Raphaël Hensgen",
                0,
                apps=[
                    app(
                        120,
                        "interview",
                        "rejected",
                        "no_show",
                        "Didn't attend the partner interview - no call, no apology",
                        role="Funds Associate",
                    )
                ],
            ),
            in_pool("cs", FUNDS_LAWYER, "Luxembourg")(
                "Estelle Majerus",
                2,
                apps=[lost_final(120, role="Funds Associate")],
            ),
        ],
        **opening(FUNDS_ROLE, LUXEMBOURG_HYBRID),
    ),
    C(
        "no IFRS 17 two months ago vs strong on IFRS 17, lost on notice",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER)(
                "Algernon Featherby",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Partner feedback: no IFRS 17 exposure, couldn't talk through the CSM",
                        role="Audit Manager, Insurance",
                    )
                ],
            ),
            in_pool("cs", AUDIT_MANAGER)(
                "Rukhsana Qureshi-Dale",
                2,
                apps=[
                    lost_final(
                        60,
                        "Strong on IFRS 17 and Solvency II; lost out on notice period",
                        role="Audit Manager, Insurance",
                    )
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            CITY_HYBRID,
            title="Audit Manager, Insurance",
            requirements="ACA or ACCA qualified\nIFRS 17\nInsurance audits",
        ),
    ),
    C(
        "not yet admitted last year, admitted since vs a trainee turned down two months ago",
        "cs",
        [
            in_pool("cs", DISPUTES_LAWYER, "Dublin, Ireland")(
                "Colm Ó Dálaigh",
                2,
                apps=[
                    app(
                        420,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Not yet admitted as a solicitor - firm needs a qualified lawyer",
                        role="Litigation Solicitor",
                    )
                ],
                touches=[
                    crm(
                        50,
                        "Cand admitted to the Roll of Solicitors in Sept - practising "
                        "certificate on file.",
                    )
                ],
            ),
            in_pool("cs", DISPUTES_LAWYER, "Dublin, Ireland")(
                "Muireann Tierney",
                0,
                apps=[
                    app(
                        50,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Still a trainee, not admitted - firm needs an admitted solicitor",
                        role="Litigation Solicitor",
                    )
                ],
            ),
        ],
        **opening(
            DISPUTES_ROLE,
            DUBLIN_HYBRID,
            requirements="Admitted as a solicitor in Ireland\nCommercial litigation\nStrong "
            "drafting",
        ),
    ),
]

PROCESS = [
    C(
        "a final round vs a CV never sent",
        "cs",
        [
            in_pool("cs", TAX_SENIOR, "Chicago, IL, USA")(
                "Sullivan Reinholt",
                2,
                apps=[lost_final(120, "Partner loved him; lost to a referral", role="Tax Senior")],
            ),
            in_pool("cs", TAX_SENIOR, "Chicago, IL, USA")(
                "Kenna Abernethy",
                1,
                apps=[
                    app(
                        120,
                        "applied",
                        "rejected",
                        "headcount",
                        "CV not sent - client paused the search",
                        role="Tax Senior",
                    )
                ],
            ),
        ],
        **opening(TAX_ROLE, CHICAGO_HYBRID),
    ),
    C(
        "placed by us eight weeks ago, hands off vs our interim placement just ended",
        "cs",
        [
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Peregrine Oakes",
                0,
                touches=[
                    handover(
                        date(2026, 9, 28),
                        "Placed by us at an asset manager as AML Manager (perm), started today. "
                        "Rebate period runs three months - do not approach.",
                    )
                ],
            ),
            in_pool("cs", COMPLIANCE_OFFICER)(
                "Celestine Agbaje",
                2,
                touches=[
                    handover(
                        date(2026, 9, 28),
                        "Her interim contract at the asset manager we placed her with ended "
                        "Friday. Free and looking - put her forward.",
                    )
                ],
            ),
        ],
        **opening(COMPLIANCE_ROLE, CITY_HYBRID),
    ),
    C(
        "accepted, then reneged for a counter-offer a second time vs lost a final",
        "sales",
        [
            in_pool("sales", PRIVATE_BANKER, "Hong Kong")(
                "Terrence Yip Ho-yin",
                0,
                apps=[
                    declined(
                        200,
                        "counteroffer",
                        "Accepted, then reneged a week before start - took his bank's counter. "
                        "Second time through us.",
                        role="Relationship Manager",
                    )
                ],
            ),
            in_pool("sales", PRIVATE_BANKER, "Hong Kong")(
                "Angelina Fung Sze-wan",
                2,
                apps=[lost_final(200, role="Relationship Manager")],
            ),
        ],
        **opening(PRIVATE_BANK_ROLE, HONG_KONG_ONSITE),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "not to Hong Kong, then keen vs open to Hong Kong, then bought a flat in Hackney",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Tristram Hargreaves-Liu",
                2,
                touches=[
                    crm(date(2026, 3, 9), "Not relocating to HK - wife's career is here."),
                    crm(
                        date(2026, 10, 12),
                        "Update: wife got a transfer to HK with her bank; cand now keen on HK "
                        "roles.",
                    ),
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE)(
                "Drusilla Penwarden",
                0,
                touches=[
                    crm(date(2026, 3, 9), "Open to HK - loved her secondment there."),
                    crm(
                        date(2026, 10, 12),
                        "Bought a flat in Hackney in Aug - not relocating anywhere now.",
                    ),
                ],
            ),
        ],
        **opening(CORPORATE_ROLE, HONG_KONG_ONSITE),
    ),
    C(
        "asked off the mailing list, then back on vs keep me in mind, then delete everything",
        "cs",
        [
            in_pool("cs", NHS_ACCOUNTANT, "Leeds, UK")(
                "Gwyneth Trewartha",
                2,
                touches=[
                    wrote(
                        date(2026, 2, 16),
                        "I would be grateful if you could remove me from your mailing list.",
                    ),
                    wrote(
                        date(2026, 9, 21),
                        "I asked to come off your list in February - please put me back on. The "
                        "restructure here has changed everything and I'm looking.",
                    ),
                ],
            ),
            in_pool("cs", NHS_ACCOUNTANT, "Leeds, UK")(
                "Eudora Blamire",
                0,
                touches=[
                    wrote(date(2026, 2, 16), "Not for now, but do keep me in mind."),
                    wrote(
                        date(2026, 9, 21),
                        "Please delete all my details and do not contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening(
            NHS_FINANCE_ROLE,
            dict(remote_policy="onsite", location="Leeds, UK", offers=["NHS Pension Scheme"]),
        ),
    ),
    C(
        "AUD 190k lowered to 160k vs 155k raised to 190k after a promotion, a 150-165k band",
        "cs",
        [
            in_pool("cs", AUDIT_MANAGER, "Sydney, Australia")(
                "Darcy Fenwick-Ng",
                2,
                touches=[
                    rang(date(2026, 3, 2), "AUD 190k minimum."),
                    rang(
                        date(2026, 10, 5),
                        "Would now take AUD 160k - wants out of her firm badly.",
                    ),
                ],
            ),
            in_pool("cs", AUDIT_MANAGER, "Sydney, Australia")(
                "Bryony Leckie",
                0,
                touches=[
                    rang(date(2026, 3, 2), "AUD 155k would do."),
                    rang(
                        date(2026, 10, 5),
                        "Promoted to senior manager on AUD 185k - needs 190k+ to move now.",
                    ),
                ],
            ),
        ],
        **opening(
            AUDIT_ROLE,
            SYDNEY_HYBRID,
            salary_min=150_000,
            salary_max=165_000,
            currency="AUD",
        ),
    ),
    C(
        "permanent only, then a fixed term is fine vs fixed term fine, then permanent only",
        "cs",
        [
            in_pool("cs", LECTURER, "Glasgow, UK")(
                "Fergus Lindsay-Achebe",
                2,
                touches=[
                    wrote(date(2026, 1, 19), "Permanent posts only, please."),
                    wrote(
                        date(2026, 9, 7),
                        "Having thought about it, I'd take a fixed-term post now - a two-year "
                        "contract would be fine.",
                    ),
                ],
            ),
            in_pool("cs", LECTURER, "Glasgow, UK")(
                "Ysolde Crichton",
                0,
                touches=[
                    wrote(date(2026, 1, 19), "Fixed-term is fine by me."),
                    wrote(
                        date(2026, 9, 7),
                        "We've bought a house, so I can only consider permanent posts from now on.",
                    ),
                ],
            ),
        ],
        **opening(
            LECTURER_ROLE,
            dict(remote_policy="onsite", location="Glasgow, UK", offers=["USS pension"]),
            title="Lecturer in Economics (two-year fixed term)",
        ),
    ),
    C(
        "partner track or nothing, then a legal director role vs the reverse",
        "cs",
        [
            in_pool("cs", CORPORATE_ASSOCIATE, "Manchester, UK")(
                "Aurelia Stanhope",
                2,
                touches=[
                    crm(date(2026, 2, 23), "Partner track or nothing."),
                    crm(
                        date(2026, 10, 19),
                        "Had a rethink after burnout - LD or counsel roles now, no partner "
                        "track wanted.",
                    ),
                ],
            ),
            in_pool("cs", CORPORATE_ASSOCIATE, "Manchester, UK")(
                "Lancelot Ebdon",
                0,
                touches=[
                    crm(date(2026, 2, 23), "Happy with a legal director role."),
                    crm(
                        date(2026, 10, 19),
                        "Now wants partnership - only roles with a clear partner track.",
                    ),
                ],
            ),
        ],
        **opening(
            CORPORATE_ROLE,
            MANCHESTER_HYBRID,
            title="Legal Director, Corporate (non-partner track)",
            seniority="director",
        ),
    ),
]

HELDOUT16_CASES: list[Case] = [
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
