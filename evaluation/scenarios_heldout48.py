"""Held-out rediscovery cases, forty-eighth set: legal recruiters' own words, written by a
forty-eighth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 48") and never tuned to what Encore does. The recruiters are a
specialist legal agency working the City, Dublin, New York and Sydney markets, and in-house legal
talent teams at a bank, an insurer and a tech company. The people are partners and associates at
City and Big Law firms (PQE bands, lockstep, billable-hour targets, Cravath-scale bonuses),
in-house counsel, paralegals, legal secretaries, conveyancers, compliance officers, contract
managers and legal-tech people (legal engineers, CLM admins). The voices: terse ATS shorthand
with typos ("cand", "PQE", "NQ", "TC", "LVM", "ph scrn", "HM"), lower-case texts and WhatsApps,
LinkedIn replies, candidates' emails, formal letters from a solicitor's own hand, recruiters'
third-person call notes, long rambling notes where one line decides, and a few lines in Welsh,
Irish and Spanish. The calendars are the legal year's: Michaelmas and Hilary terms, the Long
Vacation, training-contract intakes, NQ qualification in September and March, the SQE, the New
York and California bar exams, firm year-ends in April, bonus rounds in December.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an erasure request in a formal letter, "take me off your list", a recruiter's
   "DNC per cand", a LinkedIn "please stop", a WhatsApp "no more", Welsh, Irish, Spanish, a
   partner retiring from practice, "reply no thanks"): never shown; beside each a scoped stop
   that is no opt-out (no calls at the firm, no more private-practice roles, not that firm
   again, the market-update newsletter, a new personal email, a feedback chase);
2. waits counted from the day said (a three-month notice period, after the trial in February,
   after NQ in September, after the bonus round in December, after Hilary term, "give me six
   weeks", the new year, next quarter, after the New York bar in February, the Long Vacation),
   each against a twin whose wait has already run out; notes full of dates that ask for no wait;
3. schedule (four-day weeks, school hours, no weekend completions, billable targets and
   late-night deal work, on-call for regulators, compressed hours), travel (client site days,
   international travel, court circuits), visa and right to work (sponsorship, E-3, H-1B,
   Stamp 4, a Graduate visa, an Australian 482), contract type (fixed-term mat cover, locum,
   perm only, contract only), commute (Thameslink, the Elizabeth line, the M62, the Luas, the
   Harbour Bridge, NJ Transit, Metro-North, minutes and towns);
4. pay against the band (PQE-banded basic, lockstep, USD and AUD and EUR, hourly paralegal
   rates, a locum day rate, a floor against current pay, bonus against basic);
5. work mode said only in the title, only in the description, hybrid days; negation and its
   scope ("not against the office", "it wasn't the hours, it was the partner");
6. location and relocation; managing against hands-on (a team of paralegals, supervising
   trainees, a GC role with no reports); company stage and size (a seed-stage start-up's sole
   counsel, a Magic Circle firm, a boutique, a FTSE 100 in-house team, a scale-up, a high-street
   practice); industry and mission wanted or refused (tobacco, defence, gambling, fossil fuels,
   pro bono-heavy firms, legal aid, climate, charities, crypto); technology wanted or refused
   (Kira, Luminance, iManage, HighQ, Ironclad, Harvey, Python, Excel macros, paper files);
7. last time's reason resolved by this role or still standing (pay, office days, billable
   target, sponsorship, travel), the history with us (a no-show, conduct, a skills gap), the
   latest process counts (an offer accepted elsewhere last month, a final round against an
   early screen);
8. several notes over time where the LATEST word counts.

Hard cases a careful human still gets right are mixed in: a partner's or spouse's condition
that is not the candidate's, a client's brief pasted into a note, a recruiter's own opinion
against the candidate's word, a current salary above the band with a lower ask, an hourly ask
against an annual band, and a past firm's billing target this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

LITIGATOR = dict(
    current_title="Senior Associate, Commercial Litigation",
    skills=["Commercial litigation", "High Court", "Disclosure", "Witness statements"],
    years_experience=7,
    resume_text=(
        "Solicitor of England and Wales, seven years PQE in commercial disputes at a City firm: "
        "High Court and LCIA matters, disclosure reviews, witness statements, instructing "
        "counsel and running trial bundles."
    ),
)
CORPORATE = dict(
    current_title="Corporate Associate (M&A)",
    skills=["Private M&A", "Due diligence", "SPAs", "Completion management"],
    years_experience=4,
    resume_text=(
        "Corporate associate, four years PQE: private M&A and private equity deals, due "
        "diligence reports, drafting SPAs and disclosure letters, running completions."
    ),
)
IN_HOUSE = dict(
    current_title="Legal Counsel",
    skills=["Commercial contracts", "Data protection", "Stakeholder advice", "Negotiation"],
    years_experience=6,
    resume_text=(
        "In-house commercial lawyer, six years PQE: SaaS and supply contracts, GDPR advice, "
        "negotiating with customers and vendors, training sales teams on contract basics."
    ),
)
PARALEGAL = dict(
    current_title="Senior Paralegal",
    skills=["Litigation support", "Bundles", "E-disclosure", "Court filings"],
    years_experience=5,
    resume_text=(
        "Litigation paralegal for five years: bundles, e-disclosure in Relativity, court "
        "filings, chronologies and supporting two partners on a busy disputes team."
    ),
)
LEGAL_SEC = dict(
    current_title="Legal Secretary",
    skills=["Audio typing", "Diary management", "Time recording", "Document management"],
    years_experience=9,
    resume_text=(
        "Legal secretary, nine years supporting partners in real estate and private client: "
        "audio typing, diaries, time recording, billing runs and document management."
    ),
)
CONVEYANCER = dict(
    current_title="Licensed Conveyancer",
    skills=["Residential conveyancing", "Leasehold", "Searches", "Completions"],
    years_experience=8,
    resume_text=(
        "Licensed conveyancer, eight years running a residential caseload of 90 files: sales and "
        "purchases, leasehold, new build, searches, exchanges and completions."
    ),
)
COMPLIANCE = dict(
    current_title="Compliance Manager",
    skills=["AML", "Regulatory compliance", "Policies", "Training"],
    years_experience=7,
    resume_text=(
        "Compliance manager, seven years in regulated firms: AML and KYC frameworks, "
        "regulatory returns, policy writing, staff training and breach reporting."
    ),
)
CONTRACTS = dict(
    current_title="Contract Manager",
    skills=["Contract lifecycle", "Negotiation", "Supplier contracts", "Redlining"],
    years_experience=6,
    resume_text=(
        "Contract manager, six years: supplier and customer agreements, redlining, renewals "
        "tracking, contract lifecycle management and playbooks for the commercial team."
    ),
)
LEGAL_ENG = dict(
    current_title="Legal Engineer",
    skills=["Legal technology", "Document automation", "CLM", "Process design"],
    years_experience=5,
    resume_text=(
        "Former solicitor turned legal engineer: document automation, contract lifecycle "
        "tooling, workflow design for fee earners and rolling out new legal tech."
    ),
)
EMPLOYMENT = dict(
    current_title="Employment Associate",
    skills=["Employment law", "Tribunal claims", "Advisory", "Restructuring"],
    years_experience=5,
    resume_text=(
        "Employment solicitor, five years PQE: tribunal claims, settlement agreements, TUPE "
        "and restructuring advice, and HR training for corporate clients."
    ),
)
PARTNER = dict(
    current_title="Partner, Banking and Finance",
    skills=["Leveraged finance", "Client development", "Team leadership", "Facility agreements"],
    years_experience=16,
    resume_text=(
        "Banking partner, sixteen years PQE: leveraged and real estate finance for lenders and "
        "sponsors, a book of around £2m, leading a team of six lawyers."
    ),
)


def pool(persona: dict, where: str = "London, UK"):
    """Candidates of one kind in the pool, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, t=(), a=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=a, touches=t, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's terse ATS note."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's own email (or formal letter, scanned in)."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """A text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def li(days, text) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Associate") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Associate") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Associate"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

LIT_ROLE = dict(
    title="Senior Associate, Commercial Disputes",
    department="Disputes",
    seniority="senior",
    requirements="Qualified solicitor\n6+ years PQE\nHigh Court litigation\nDisclosure",
    description="Run commercial disputes from pre-action to trial for corporate clients.",
)
CORP_ROLE = dict(
    title="Corporate Associate, 3-5 PQE",
    department="Corporate",
    seniority="mid",
    requirements="Qualified solicitor\nPrivate M&A\nDue diligence\nSPA drafting",
    description="Work on mid-market M&A and private equity deals.",
)
COUNSEL_ROLE = dict(
    title="Legal Counsel, Commercial",
    department="Legal",
    seniority="senior",
    requirements="Qualified lawyer\nCommercial contracts\nData protection\nIn-house experience",
    description="Advise the business on customer and supplier contracts and data protection.",
)
PARA_ROLE = dict(
    title="Senior Litigation Paralegal",
    department="Disputes",
    seniority="mid",
    requirements="Litigation support\nBundles\nE-disclosure\nCourt filings",
    description="Support the disputes team on bundles, disclosure and filings.",
)
SEC_ROLE = dict(
    title="Legal Secretary",
    department="Real Estate",
    seniority="mid",
    requirements="Audio typing\nDiary management\nTime recording\nLegal experience",
    description="Support two real estate partners and their team.",
)
CONV_ROLE = dict(
    title="Residential Conveyancer",
    department="Property",
    seniority="mid",
    requirements="Residential conveyancing\nLeasehold\nOwn caseload\nCLC or CILEx",
    description="Run a residential sales and purchase caseload.",
)
COMP_ROLE = dict(
    title="Compliance Manager",
    department="Risk and Compliance",
    seniority="senior",
    requirements="AML\nRegulatory compliance\nPolicy writing\nTraining",
    description="Own the AML framework, policies and regulatory reporting.",
)
CONTRACT_ROLE = dict(
    title="Contract Manager",
    department="Commercial",
    seniority="mid",
    requirements="Contract lifecycle management\nNegotiation\nRedlining\nSupplier contracts",
    description="Run supplier and customer contracts from request to renewal.",
)
ENG_ROLE = dict(
    title="Legal Engineer",
    department="Legal Operations",
    seniority="mid",
    requirements="Legal technology\nDocument automation\nCLM\nProcess design",
    description="Build and roll out legal technology for the lawyers.",
)
EMP_ROLE = dict(
    title="Employment Associate",
    department="Employment",
    seniority="mid",
    requirements="Qualified solicitor\nEmployment law\nTribunal claims\nAdvisory",
    description="Advise employers on contentious and non-contentious employment matters.",
)
PARTNER_ROLE = dict(
    title="Partner, Banking and Finance",
    department="Finance",
    seniority="director",
    requirements="Leveraged finance\nPortable client following\nTeam leadership",
    description="Lead and grow the banking practice.",
)

# --- where and how they are worked ----------------------------------------------------------

CITY_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Three days a week in the City office, two from home"],
)
CITY_ONSITE = dict(remote_policy="onsite", location="London, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
MANC_HYBRID = dict(
    remote_policy="hybrid", location="Manchester, UK", offers=["Two days a week in Spinningfields"]
)
LEEDS_ONSITE = dict(remote_policy="onsite", location="Leeds, UK")
BRISTOL_HYBRID = dict(
    remote_policy="hybrid", location="Bristol, UK", offers=["Two days a week in Temple Quay"]
)
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Three days a week in the Docklands office"],
)
NYC_ONSITE = dict(remote_policy="onsite", location="New York, NY, USA")
NYC_HYBRID = dict(
    remote_policy="hybrid", location="New York, NY, USA", offers=["Three days a week in Midtown"]
)
SYD_HYBRID = dict(
    remote_policy="hybrid", location="Sydney, Australia", offers=["Three days a week in the CBD"]
)
MELB_ONSITE = dict(remote_policy="onsite", location="Melbourne, Australia")
PAST_CITY = dict(remote_policy="onsite", location="London, UK", salary_max=95_000, currency="GBP")
PAST_NYC = dict(remote_policy="onsite", location="New York, NY, USA")


# --- 1. opt-outs, each beside a scoped stop that is no opt-out ------------------------------

OPT_OUTS = [
    C(
        "formal erasure letter vs a letter asking only for a new postal address on file",
        "cs",
        [
            pool(LITIGATOR)(
                "Hugo Pennington-Ward",
                0,
                t=[
                    mail(
                        60,
                        "Dear Sirs, I write to request that you erase all personal data you "
                        "hold concerning me and that you refrain from contacting me in future. "
                        "Kindly confirm compliance in writing. Yours faithfully, H. P-W",
                    )
                ],
                excluded=True,
            ),
            pool(LITIGATOR)(
                "Rupert Aldous",
                2,
                t=[
                    mail(
                        60,
                        "Dear Sirs, Please note that I have moved; my correspondence address is "
                        "now 14 Canonbury Grove, N1. I remain interested in senior disputes "
                        "roles in the City. Yours faithfully, R. Aldous",
                    )
                ],
            ),
        ],
        **role(LIT_ROLE, CITY_HYBRID),
    ),
    C(
        "'take me off your list' vs take me off the newsletter, keep the roles coming",
        "cs",
        [
            pool(PARALEGAL)(
                "Shannon Tulley",
                0,
                t=[wa(30, "hi can u take me off ur list pls, not interested anymore. ta")],
                excluded=True,
            ),
            pool(PARALEGAL)(
                "Jade Whitlock",
                2,
                t=[
                    wa(
                        30,
                        "can u take me off the monday market update email thing, too many emails "
                        "lol. still want to hear about lit paralegal jobs tho!!",
                    )
                ],
            ),
        ],
        **role(PARA_ROLE, CITY_HYBRID),
    ),
    C(
        "recruiter's DNC per cand vs no calls to the firm's switchboard",
        "cs",
        [
            pool(CORPORATE)(
                "Oliver Stannard",
                0,
                t=[ats(45, "DNC per cand. was v clear, do not approach re any roles. closed.")],
                excluded=True,
            ),
            pool(CORPORATE)(
                "Priya Ramanathan",
                2,
                t=[
                    call(
                        45,
                        "Cand asked that we never call her via the firm's switchboard again - "
                        "reception put us through in front of her supervising partner. Mobile "
                        "after 7pm is fine. Keen on mid-market M&A.",
                    )
                ],
            ),
        ],
        **role(CORP_ROLE, CITY_HYBRID, salary_min=95_000, salary_max=115_000, currency="GBP"),
    ),
    C(
        "LinkedIn 'please stop messaging me' vs stop sending private practice roles",
        "cs",
        [
            pool(IN_HOUSE)(
                "Declan Fairbrother",
                0,
                t=[li(25, "Please stop messaging me. I'm not looking and won't be.")],
                excluded=True,
            ),
            pool(IN_HOUSE)(
                "Amelia Stroud",
                2,
                t=[
                    li(
                        25,
                        "Thanks but please stop sending me private practice roles - I'm never "
                        "going back to billing. In-house commercial, though? Absolutely.",
                    )
                ],
            ),
        ],
        **role(COUNSEL_ROLE, CITY_HYBRID),
    ),
    C(
        "Welsh: do not contact me again vs no calls in the day, email fine",
        "cs",
        [
            pool(CONVEYANCER, "Cardiff, UK")(
                "Eleri Pritchard",
                0,
                t=[
                    mail(
                        40,
                        "Peidiwch â chysylltu â mi eto, os gwelwch yn dda. Tynnwch fy manylion "
                        "oddi ar eich system.",
                    )
                ],
                excluded=True,
            ),
            pool(CONVEYANCER, "Cardiff, UK")(
                "Gethin Bowen",
                2,
                t=[
                    mail(
                        40,
                        "Dim galwadau yn ystod y dydd plîs, mae e-bost yn iawn. Dal â diddordeb "
                        "mewn swydd trawsgludo yng Nghaerdydd.",
                    )
                ],
            ),
        ],
        **role(CONV_ROLE, dict(remote_policy="onsite", location="Cardiff, UK")),
    ),
    C(
        "Irish: don't contact me again vs not that firm again",
        "cs",
        [
            pool(EMPLOYMENT, "Dublin, Ireland")(
                "Caoimhe Ní Bhriain",
                0,
                t=[li(50, "Ná déan teagmháil liom arís, le do thoil. Bain m'ainm de do liosta.")],
                excluded=True,
            ),
            pool(EMPLOYMENT, "Dublin, Ireland")(
                "Aoife Blakemore",
                2,
                t=[
                    call(
                        50,
                        "Aoife asked we don't send her CV to Arthur Cox again - she had a "
                        "frosty final there. Any other Dublin firm fine, employment advisory.",
                    )
                ],
            ),
        ],
        **role(EMP_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "Spanish: erase my details vs no calls at work, email instead",
        "cs",
        [
            pool(PARALEGAL, "New York, NY, USA")(
                "Marisol Quarrie",
                0,
                t=[
                    wa(
                        35,
                        "Por favor, no me vuelvan a contactar y borren todos mis datos de su "
                        "sistema. Gracias.",
                    )
                ],
                excluded=True,
            ),
            pool(PARALEGAL, "New York, NY, USA")(
                "Lucía Paredes",
                2,
                t=[
                    wa(
                        35,
                        "Por favor no me llamen a la oficina, mejor por correo. Sigo buscando "
                        "trabajo de paralegal en litigios en Manhattan.",
                    )
                ],
            ),
        ],
        **role(PARA_ROLE, NYC_ONSITE, salary_min=75_000, salary_max=90_000, currency="USD"),
    ),
    C(
        "partner retiring from practice for good vs partner taking a sabbatical that has ended",
        "cs",
        [
            pool(PARTNER)(
                "Malcolm Ashdown",
                0,
                t=[
                    mail(
                        90,
                        "I retire from the partnership at the end of the year and I shan't be "
                        "practising again. Please close my file and do not write to me about "
                        "roles in future.",
                    )
                ],
                excluded=True,
            ),
            pool(PARTNER)(
                "Gillian Harcourt",
                2,
                t=[
                    mail(
                        200,
                        "Off on a six-month sabbatical from May, sailing. Back in London in "
                        "November and would be glad to talk about a lateral move then.",
                    )
                ],
            ),
        ],
        **role(PARTNER_ROLE, CITY_HYBRID),
    ),
    C(
        "'no thanks' to the opt-out line vs 'no thanks' to one role, more like it welcome",
        "cs",
        [
            pool(CONTRACTS, "Manchester, UK")(
                "Kieran Lofthouse",
                0,
                t=[
                    touch(20, kind="re_engagement", outcome="no_reply", note="Sent CM role."),
                    mail(18, "no thanks!"),
                ],
                excluded=True,
            ),
            pool(CONTRACTS, "Manchester, UK")(
                "Bethany Carrow",
                2,
                t=[
                    touch(80, kind="re_engagement", outcome="no_reply", note="Sent NHS CM role."),
                    mail(
                        78,
                        "No thanks to that one - public sector pay. But do keep me in mind for "
                        "private-sector contract manager roles in Manchester.",
                    ),
                ],
            ),
        ],
        **role(CONTRACT_ROLE, MANC_HYBRID, salary_min=50_000, salary_max=58_000, currency="GBP"),
    ),
    C(
        "'leave me alone' WhatsApp vs a feedback chase before anything else",
        "cs",
        [
            pool(LEGAL_SEC)(
                "Tracey Mould",
                0,
                t=[wa(15, "no more. leave me alone now please, i've had 3 calls today")],
                excluded=True,
            ),
            pool(LEGAL_SEC)(
                "Dawn Hollis",
                2,
                t=[
                    wa(
                        15,
                        "still waiting on feedback from the Farrer interview!! tell me what they "
                        "said first then yes happy to hear about other sec roles",
                    )
                ],
            ),
        ],
        **role(SEC_ROLE, CITY_ONSITE),
    ),
    C(
        "in-house TA: GC asked us never to approach her vs she left the bank, new email",
        "cs",
        [
            pool(COMPLIANCE)(
                "Fenella Gough",
                0,
                t=[
                    ats(
                        70,
                        "Internal TA note: cand requested no further contact from our talent "
                        "team re any vacancy. Respect this - do not re-engage.",
                    )
                ],
                excluded=True,
            ),
            pool(COMPLIANCE)(
                "Hannah Okonjo",
                2,
                t=[
                    mail(
                        70,
                        "I've left Barclays so my work address will bounce - please use this "
                        "one. Still very interested in compliance manager roles.",
                    )
                ],
            ),
        ],
        **role(COMP_ROLE, CITY_HYBRID),
    ),
]


# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

# A running wait holds a person back but still shows them (grade 1; grade 0 may be hidden).
WAITS = [
    C(
        "three months' notice served a fortnight ago vs one month's served in August",
        "cs",
        [
            pool(LITIGATOR)(
                "Sebastian Quayle",
                1,
                ("resigned, 3 months notice - nothing before end of Feb pls", 14),
            ),
            pool(LITIGATOR)(
                "Imogen Marchbank",
                2,
                ("Handed in notice, one month, so free from September on", 100),
            ),
        ],
        **role(LIT_ROLE, CITY_HYBRID),
    ),
    C(
        "after the trial in February vs after a trial that settled in the summer",
        "cs",
        [
            pool(LITIGATOR)(
                "Tobias Reeve",
                1,
                t=[
                    call(
                        12,
                        "Tobias is trial counsel's right hand on a 4-week Commercial Court trial "
                        "listed for February. Won't look at anything until judgment is reserved.",
                    )
                ],
            ),
            pool(LITIGATOR)(
                "Harriet Vance",
                2,
                t=[
                    call(
                        150,
                        "Harriet can't move until her big trial is done - listed for July. "
                        "Call her once it's over.",
                    )
                ],
            ),
        ],
        **role(LIT_ROLE, CITY_HYBRID),
    ),
    C(
        "won't move before qualifying as NQ in March vs qualified in September",
        "cs",
        [
            pool(EMPLOYMENT)(
                "Niamh Costigan",
                1,
                ("Trainee - qualifies in March, wants to stay for NQ and not move till then", 20),
                years_experience=2,
            ),
            pool(EMPLOYMENT)(
                "Ellis Maddox",
                2,
                ("Qualifying September - won't leave before NQ, talk after", 180),
                years_experience=2,
            ),
        ],
        **role(EMP_ROLE, CITY_HYBRID, title="NQ-2 PQE Employment Associate"),
    ),
    C(
        "after the December bonus round vs after last December's bonus",
        "cs",
        [
            pool(CORPORATE, "New York, NY, USA")(
                "Bradley Delacourt",
                1,
                ("Not leaving money on the table - speak after bonuses hit in December.", 25),
            ),
            pool(CORPORATE, "New York, NY, USA")(
                "Carter Yoon",
                2,
                ("Wants to wait for year-end bonus in Dec, then open to moving", 330),
            ),
        ],
        **role(CORP_ROLE, NYC_ONSITE, salary_min=260_000, salary_max=310_000, currency="USD"),
    ),
    C(
        "after Hilary term vs after last Michaelmas term",
        "cs",
        [
            pool(LITIGATOR)(
                "Rosalind Achebe",
                1,
                t=[
                    mail(
                        30,
                        "I'm in court most of next term. Could we pick this up once Hilary term "
                        "is over? Before then I haven't the bandwidth.",
                    )
                ],
            ),
            pool(LITIGATOR)(
                "Clement Oduya",
                2,
                t=[
                    mail(
                        380,
                        "I'm in court most of this term. Could we pick this up once Michaelmas "
                        "is over?",
                    )
                ],
            ),
        ],
        **role(LIT_ROLE, CITY_HYBRID),
    ),
    C(
        "give me six weeks, said ten days ago vs said three months ago",
        "cs",
        [
            pool(CONTRACTS)(
                "Lydia Brennan",
                1,
                t=[li(10, "Give me six weeks or so - mid-restructure here. Then yes, let's talk.")],
            ),
            pool(CONTRACTS)(
                "Marcus Thwaite",
                2,
                t=[li(95, "Give me six weeks, we're mid-audit. Then very happy to talk.")],
            ),
        ],
        **role(CONTRACT_ROLE, CITY_HYBRID),
    ),
    C(
        "in the new year vs that was last new year",
        "cs",
        [
            pool(IN_HOUSE, "Sydney, Australia")(
                "Chloe Haddad",
                1,
                ("new year - not before. end of year is chaos at a retailer", 18),
            ),
            pool(IN_HOUSE, "Sydney, Australia")(
                "Matilda Kerr",
                2,
                ("new year - not before. end of year is chaos at a retailer", 400),
            ),
        ],
        **role(COUNSEL_ROLE, SYD_HYBRID, salary_min=180_000, salary_max=210_000, currency="AUD"),
    ),
    C(
        "sitting the New York bar in February vs passed the July bar",
        "cs",
        [
            pool(PARALEGAL, "New York, NY, USA")(
                "Dominic Ferrante",
                1,
                t=[
                    call(
                        21,
                        "DF sitting NY bar end of Feb, studying full time from Jan. Hands off "
                        "until after the exam.",
                    )
                ],
            ),
            pool(PARALEGAL, "New York, NY, USA")(
                "Renee Whitaker",
                2,
                t=[
                    call(
                        140,
                        "RW sitting the July bar, hands off until it's done. Then keen on lit "
                        "support roles while she waits on results.",
                    )
                ],
            ),
        ],
        **role(PARA_ROLE, NYC_ONSITE, salary_min=75_000, salary_max=90_000, currency="USD"),
    ),
    C(
        "next quarter, said last month vs said in the spring",
        "cs",
        [
            pool(COMPLIANCE)(
                "Graham Ibbotson",
                1,
                ("next quarter maybe, FCA visit this quarter", 30),
            ),
            pool(COMPLIANCE)(
                "Farah Siddiqui",
                2,
                ("next quarter maybe, FCA visit this quarter", 210),
            ),
        ],
        **role(COMP_ROLE, CITY_HYBRID),
    ),
    C(
        "back after the Long Vacation vs wants to leave before next Long Vac",
        "cs",
        [
            pool(LEGAL_SEC)(
                "Philippa Thursby",
                2,
                ("Away all Long Vacation (Aug-Sept) with the kids, ring her in October", 120),
            ),
            pool(LEGAL_SEC)(
                "Sandra Keogh",
                1,
                t=[
                    mail(
                        8,
                        "Please don't put me forward for anything till my daughter's wedding is "
                        "done - 20th Feb. Then I'm all yours.",
                    )
                ],
            ),
        ],
        **role(SEC_ROLE, CITY_ONSITE),
    ),
    C(
        "Australian: after the EOFY on 30 June vs after the summer shutdown into February",
        "cs",
        [
            pool(CONTRACTS, "Melbourne, Australia")(
                "Brodie Ellingham",
                2,
                ("flat out till EOFY, hit me up in July", 160),
            ),
            pool(CONTRACTS, "Melbourne, Australia")(
                "Tahlia Rennie",
                1,
                ("heading off for the Chrissy shutdown, back mid Feb - nothing till then", 6),
            ),
        ],
        **role(CONTRACT_ROLE, MELB_ONSITE, salary_min=120_000, salary_max=140_000, currency="AUD"),
    ),
    C(
        "a note full of dates that asks no wait vs one that asks to wait",
        "cs",
        [
            pool(CONVEYANCER, "Leeds, UK")(
                "Ruth Ackerley",
                2,
                t=[
                    call(
                        15,
                        "Ruth: qualified CLC 2018, joined Shulmans 03/2021, 90 files, exchanged "
                        "40 before 31/10 SDLT deadline last year. Available now, 4 weeks notice.",
                    )
                ],
            ),
            pool(CONVEYANCER, "Leeds, UK")(
                "Colin Haworth",
                1,
                t=[
                    call(
                        15,
                        "Colin wants to see his completions through to 31 March - won't move "
                        "before April.",
                    )
                ],
            ),
        ],
        **role(CONV_ROLE, LEEDS_ONSITE),
    ),
    C(
        "dates in an application history ask no wait vs a wait for the training-contract intake",
        "cs",
        [
            pool(PARALEGAL)(
                "Kwame Ormerod",
                2,
                t=[
                    mail(
                        40,
                        "Since we spoke in March I finished the SQE1 in July and SQE2 in "
                        "October. Nothing else on the horizon - free to start now.",
                    )
                ],
            ),
            pool(PARALEGAL)(
                "Isla Drummond",
                1,
                t=[
                    mail(
                        40,
                        "I've been offered a training contract starting with the September 2027 "
                        "intake - keen to paralegal at the same firm till then, so no moves.",
                    )
                ],
            ),
        ],
        **role(PARA_ROLE, CITY_HYBRID),
    ),
]


# --- 3. schedule, travel, visa, contract, commute -------------------------------------------

SCHEDULE = [
    C(
        "four-day week wanted, role offers one vs four-day week wanted, role is five long days",
        "cs",
        [
            pool(IN_HOUSE)("Naomi Pell", 2, "4 day wk non-negotiable (kids), 0.8 FTE fine"),
            pool(IN_HOUSE)("Saul Benning", 1),
        ],
        **role(COUNSEL_ROLE, CITY_HYBRID, offers=["0.8 FTE / four-day week available"]),
    ),
    C(
        "needs school hours, role has a 1,800-hour billable target and late deal nights",
        "cs",
        [
            pool(CORPORATE)(
                "Lauren Petch",
                0,
                "Must be done by 3pm for the school run - no evening deal work any more",
            ),
            pool(CORPORATE)("Omar Farouk", 2, "Doesn't mind long hours if the deals are good"),
        ],
        **role(
            CORP_ROLE,
            CITY_ONSITE,
            offers=["1,800 chargeable hours target", "Late nights around signings"],
        ),
    ),
    C(
        "no weekend completions wanted vs fine with Saturdays, role has Saturday rota",
        "cs",
        [
            pool(CONVEYANCER, "Bristol, UK")(
                "Wendy Cottle",
                0,
                t=[
                    wa(30, "no saturdays. did 6 yrs of sat mornings at the last place, never again")
                ],
            ),
            pool(CONVEYANCER, "Bristol, UK")(
                "Alan Purvis",
                2,
                t=[wa(30, "saturdays no bother, get a day off in the week anyway dont I")],
            ),
        ],
        **role(
            CONV_ROLE,
            BRISTOL_HYBRID,
            offers=["One Saturday morning in three on the completions rota"],
        ),
    ),
    C(
        "wants sane hours, in-house role with no billables vs wants to stay on a billing track",
        "cs",
        [
            pool(LITIGATOR)(
                "Beatrice Lomas",
                2,
                "Burnt out on 2,000 hrs a year - wants predictable hours, out by 6",
            ),
            pool(LITIGATOR)(
                "Crispin Hale",
                0,
                "Wants to stay in private practice on the partnership track, hours be damned",
            ),
        ],
        **role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            title="Disputes Counsel (in-house)",
            offers=["No billable hours", "Core hours 9:30 to 5:30"],
        ),
    ),
    C(
        "no on-call, role has a weekend regulator on-call vs happy with on-call for extra pay",
        "cs",
        [
            pool(COMPLIANCE)(
                "Yvette Marr",
                0,
                ("won't do out of hours on-call again, it ruined my weekends at Monzo", 40),
            ),
            pool(COMPLIANCE)(
                "Duncan Fyfe",
                2,
                ("on-call fine if paid for it", 40),
            ),
        ],
        **role(
            COMP_ROLE,
            CITY_HYBRID,
            offers=["Weekend on-call for regulatory breaches, one week in four, paid"],
        ),
    ),
    C(
        "compressed hours wanted and offered vs no preference",
        "cs",
        [
            pool(CONTRACTS, "Manchester, UK")(
                "Aisling Rourke",
                2,
                t=[call(25, "AR wants compressed hrs - 4x9.5hr days, Fridays off for her MA.")],
            ),
            pool(CONTRACTS, "Manchester, UK")("Trevor Naylor", 1),
        ],
        **role(
            CONTRACT_ROLE,
            MANC_HYBRID,
            offers=["Compressed hours: nine-day fortnight or four longer days"],
        ),
    ),
    C(
        "part-time three days wanted, role is full-time only vs full-time wanted",
        "cs",
        [
            pool(LEGAL_SEC)(
                "Moira Tennant",
                0,
                "3 days max - caring for her mum Weds and Fris",
            ),
            pool(LEGAL_SEC)("Paula Greaves", 2, "looking for full time, more hours the better"),
        ],
        **role(SEC_ROLE, CITY_ONSITE, offers=["Full-time, Monday to Friday, 9 to 5:30"]),
    ),
    C(
        "negated: not against late nights vs against them, role has deal nights",
        "cs",
        [
            pool(CORPORATE, "New York, NY, USA")(
                "Jenna Morales",
                2,
                t=[li(60, "I'm not against late nights at all - comes with M&A. Pay me for it.")],
            ),
            pool(CORPORATE, "New York, NY, USA")(
                "Ethan Brock",
                0,
                t=[li(60, "Done with 2am turns of the SPA. Need a job where I see my kids.")],
            ),
        ],
        **role(
            CORP_ROLE,
            NYC_ONSITE,
            offers=["2,000 billable hour target", "Market lockstep"],
            salary_min=260_000,
            salary_max=310_000,
            currency="USD",
        ),
    ),
    C(
        "early finish needed on Tuesdays, role flexible vs nothing said",
        "cs",
        [
            pool(PARALEGAL)(
                "Ngozi Adeyemi",
                2,
                "Needs to leave at 4 on Tuesdays for a law degree evening class",
            ),
            pool(PARALEGAL)("Callum Breen", 1),
        ],
        **role(PARA_ROLE, CITY_HYBRID, offers=["Flexible start and finish times"]),
    ),
    C(
        "ramble where one line decides: no shifts before 8am, role starts 7am",
        "cs",
        [
            pool(LEGAL_SEC, "Manchester, UK")(
                "Gail Ormerod",
                0,
                t=[
                    call(
                        35,
                        "Long chat w Gail. Loves real estate, knows Peapod and iManage, sick of "
                        "her current partner's temper, dog's had surgery, thinking of a "
                        "Cheshire move one day. Cannot start before 8.30 - nursery drop. "
                        "Salary ~£32k.",
                    )
                ],
            ),
            pool(LEGAL_SEC, "Manchester, UK")(
                "Lorraine Fitton",
                2,
                t=[call(35, "Lorraine is an early bird - happy in at 7, out at 3:30.")],
            ),
        ],
        **role(
            SEC_ROLE,
            MANC_HYBRID,
            offers=["Early shift 7am to 3:30pm supporting the Asia-facing team"],
        ),
    ),
]

TRAVEL = [
    C(
        "no travel wanted, role has monthly Frankfurt trips vs likes travel",
        "cs",
        [
            pool(CONTRACTS)("Miriam Sayer", 0, "No overnight travel - single parent"),
            pool(CONTRACTS)(
                "Anil Choudhury", 2, "Enjoys travel, would like an international brief"
            ),
        ],
        **role(CONTRACT_ROLE, CITY_HYBRID, offers=["Two nights a month at our Frankfurt hub"]),
    ),
    C(
        "hated the circuit travel at her last set; role is London-only",
        "cs",
        [
            pool(EMPLOYMENT, "London, UK")(
                "Verity Holm",
                2,
                a=[
                    withdrew(
                        200,
                        "other",
                        "Too much tribunal travel round the regions - wanted London only",
                        role="Employment Associate",
                    )
                ],
            ),
            pool(EMPLOYMENT, "London, UK")("Kit Danvers", 1),
        ],
        **role(EMP_ROLE, CITY_HYBRID, offers=["London Central and East tribunals only"]),
    ),
    C(
        "client-site days are fine vs won't be seconded to a client",
        "cs",
        [
            pool(IN_HOUSE)("Zara Nwosu", 2, ("secondments to clients sound fun tbh", 50)),
            pool(IN_HOUSE)(
                "Lionel Featherstone",
                0,
                ("Won't do client secondments again - 9 months at a bank was miserable", 50),
            ),
        ],
        **role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            title="Commercial Lawyer (client secondments)",
            offers=["Six-month secondments on site at client banks"],
        ),
    ),
    C(
        "spouse travels, not her; no-travel role",
        "cs",
        [
            pool(COMPLIANCE, "Leeds, UK")(
                "Megan Armitage",
                2,
                t=[
                    call(
                        45,
                        "Megan's husband is away with work Mon-Thu so she needs a role with no "
                        "travel at all - school pick-ups are on her.",
                    )
                ],
            ),
            pool(COMPLIANCE, "Leeds, UK")("Stuart Lumb", 1),
        ],
        **role(COMP_ROLE, LEEDS_ONSITE, offers=["No travel - single-site role"]),
    ),
]

VISA = [
    C(
        "needs Skilled Worker sponsorship, firm sponsors vs firm does not",
        "cs",
        [
            pool(CORPORATE)("Rohan Mehta", 2, "Needs Skilled Worker visa sponsorship"),
            pool(CORPORATE)("Daniel Crisp", 1),
        ],
        **role(CORP_ROLE, CITY_HYBRID, offers=["Skilled Worker visa sponsorship available"]),
    ),
    C(
        "needs an H-1B transfer, role can't sponsor vs US citizen",
        "cs",
        [
            pool(LEGAL_ENG, "New York, NY, USA")(
                "Wei Bellwood",
                0,
                t=[call(30, "On H-1B, needs the new employer to file a transfer.")],
            ),
            pool(LEGAL_ENG, "New York, NY, USA")(
                "Tyler Hammond",
                2,
                t=[call(30, "US citizen, no sponsorship needed.")],
            ),
        ],
        **role(
            ENG_ROLE,
            NYC_HYBRID,
            description="Build legal tech for the firm. We are unable to sponsor visas.",
        ),
    ),
    C(
        "Irish Stamp 4, free to work vs needs a critical skills permit, none offered",
        "cs",
        [
            pool(COMPLIANCE, "Dublin, Ireland")(
                "Adaeze Okafor",
                2,
                ("Stamp 4 holder, no permit needed", 60),
            ),
            pool(COMPLIANCE, "Dublin, Ireland")(
                "Rahul Venkatesh",
                0,
                ("Needs a Critical Skills Employment Permit to switch", 60),
            ),
        ],
        **role(COMP_ROLE, DUBLIN_HYBRID, offers=["No employment permit sponsorship"]),
    ),
    C(
        "a 482 holder needing a new sponsor vs an Australian citizen, no sponsorship",
        "cs",
        [
            pool(IN_HOUSE, "Sydney, Australia")(
                "Liam O'Donoghue",
                0,
                "On a 482 tied to current employer - any move needs a new sponsor",
            ),
            pool(IN_HOUSE, "Sydney, Australia")(
                "Georgia Kingsmill",
                2,
                "Australian citizen, back home in Sydney for good",
            ),
        ],
        **role(
            COUNSEL_ROLE,
            SYD_HYBRID,
            description="Advise the business on contracts. Applicants must hold Australian "
            "working rights; we cannot sponsor.",
        ),
    ),
]

CONTRACT = [
    C(
        "wants a fixed-term mat cover vs perm only, role is a 12-month mat cover",
        "cs",
        [
            pool(IN_HOUSE)(
                "Sinead Farrell",
                2,
                ("ideally a 9-12m FTC, finishing an LLM next autumn", 40),
            ),
            pool(IN_HOUSE)("Howard Biggs", 0, ("perm only - been burnt by FTCs", 40)),
        ],
        **role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            title="Legal Counsel (12-month maternity cover)",
        ),
    ),
    C(
        "locum solicitor wants day-rate work vs wants perm, role is a 3-month locum",
        "cs",
        [
            pool(EMPLOYMENT, "Bristol, UK")(
                "Martin Quill",
                2,
                t=[wa(50, "locum only these days mate, 3-6 months, day rate")],
            ),
            pool(EMPLOYMENT, "Bristol, UK")(
                "Eve Lambourne",
                0,
                t=[wa(50, "only want a permanent job now, had enough of locuming")],
            ),
        ],
        **role(
            EMP_ROLE,
            BRISTOL_HYBRID,
            title="Locum Employment Solicitor (3 months)",
            offers=["£450 a day, three-month locum"],
        ),
    ),
    C(
        "won't go contract, role is perm vs contract-only, role is perm",
        "cs",
        [
            pool(CONTRACTS)("Bridget Amos", 2, "Permanent roles only, needs stability"),
            pool(CONTRACTS)("Felix Bramwell", 0, "Contract only, outside IR35, no perm"),
        ],
        **role(CONTRACT_ROLE, CITY_HYBRID, offers=["Permanent, full-time"]),
    ),
    C(
        "paralegal temp-to-perm welcome vs refuses temp",
        "cs",
        [
            pool(PARALEGAL, "Sydney, Australia")(
                "Jasmine Tran",
                2,
                t=[call(20, "JT fine with temp-to-perm, just wants a foot in the door")],
            ),
            pool(PARALEGAL, "Sydney, Australia")(
                "Kane Whitfield",
                0,
                t=[call(20, "KW won't temp again, wants perm from day one")],
            ),
        ],
        **role(
            PARA_ROLE,
            SYD_HYBRID,
            title="Litigation Paralegal (temp to perm)",
            offers=["Three-month temp assignment, view to perm"],
        ),
    ),
]

COMMUTE = [
    C(
        "Thameslink from Luton is fine vs won't do more than 45 minutes, role in Farringdon",
        "cs",
        [
            pool(PARALEGAL, "Luton, UK")("Harvey Lister", 2, "Thameslink to Farringdon is easy"),
            pool(PARALEGAL, "Luton, UK")("Aimee Dowd", 0, "Max 45 min door to door, no more"),
        ],
        **role(PARA_ROLE, dict(remote_policy="onsite", location="Farringdon, London, UK")),
    ),
    C(
        "Elizabeth line from Reading works vs can't face the M4 into Canary Wharf",
        "cs",
        [
            pool(COMPLIANCE, "Reading, UK")(
                "Nadia Rainsford",
                2,
                t=[li(40, "Liz line straight to Canary Wharf from Reading - that I'd do.")],
            ),
            pool(COMPLIANCE, "Reading, UK")(
                "Gareth Pugh",
                0,
                t=[li(40, "Nothing in Canary Wharf - tried that commute for a year, never again.")],
            ),
        ],
        **role(COMP_ROLE, dict(remote_policy="onsite", location="Canary Wharf, London, UK")),
    ),
    C(
        "M62 from Huddersfield to Manchester refused vs Leeds fine",
        "cs",
        [
            pool(CONVEYANCER, "Huddersfield, UK")(
                "Janet Sugden",
                0,
                "Won't do the M62 to Manchester again - 90 mins each way in traffic",
            ),
            pool(CONVEYANCER, "Huddersfield, UK")("Pete Haigh", 2, "Manchester is an easy train"),
        ],
        **role(CONV_ROLE, dict(remote_policy="onsite", location="Manchester, UK")),
    ),
    C(
        "Luas from Sandyford is handy vs won't cross the city from Swords",
        "cs",
        [
            pool(IN_HOUSE, "Dublin, Ireland")(
                "Ciara Mulcahy",
                2,
                t=[wa(30, "green luas from sandyford, door to door 25 mins. grand")],
            ),
            pool(IN_HOUSE, "Dublin, Ireland")(
                "Eoin Brannigan",
                0,
                t=[wa(30, "southside is a no from swords, the M50 would kill me")],
            ),
        ],
        **role(
            COUNSEL_ROLE,
            dict(remote_policy="onsite", location="Sandyford, Dublin, Ireland"),
        ),
    ),
    C(
        "won't cross the Harbour Bridge daily vs lives in the CBD",
        "cs",
        [
            pool(CONTRACTS, "Mosman, Sydney, Australia")(
                "Hamish Doyle",
                0,
                ("no more Harbour Bridge traffic every day - north shore only", 35),
            ),
            pool(CONTRACTS, "Surry Hills, Sydney, Australia")(
                "Priya Upshall",
                2,
                ("walks to work, anywhere south of the bridge", 35),
            ),
        ],
        **role(
            CONTRACT_ROLE,
            dict(remote_policy="onsite", location="Sydney CBD, Australia"),
            salary_min=120_000,
            salary_max=140_000,
            currency="AUD",
        ),
    ),
    C(
        "NJ Transit into Penn is fine vs Metro-North from Connecticut too long",
        "cs",
        [
            pool(LEGAL_SEC, "Montclair, NJ, USA")(
                "Donna Ricci",
                2,
                "NJ Transit to Penn Station, 40 minutes, happy with Midtown",
            ),
            pool(LEGAL_SEC, "New Haven, CT, USA")(
                "Carol Whitman",
                0,
                "Metro-North to Grand Central is 2 hours each way - Connecticut roles only",
            ),
        ],
        **role(SEC_ROLE, NYC_ONSITE),
    ),
    C(
        "an hour by car is the limit; office is 20 minutes vs 80 minutes",
        "cs",
        [
            pool(LEGAL_SEC, "Horsham, UK")(
                "Angela Brook",
                2,
                t=[call(30, "AB: up to an hour's drive max. Crawley would be fine.")],
            ),
            pool(LEGAL_SEC, "Brighton, UK")(
                "Valerie Hume",
                0,
                t=[call(30, "VH: won't drive more than 30 mins any more, Brighton only.")],
            ),
        ],
        **role(SEC_ROLE, dict(remote_policy="onsite", location="Crawley, UK")),
    ),
    C(
        "the Severn crossing every day is a no vs Bristol local",
        "cs",
        [
            pool(EMPLOYMENT, "Newport, UK")(
                "Rhys Wetherell",
                0,
                t=[mail(50, "Bristol is out - I'm not doing the Severn bridge five days a week.")],
            ),
            pool(EMPLOYMENT, "Bristol, UK")("Holly Barnes", 2),
        ],
        **role(EMP_ROLE, dict(remote_policy="onsite", location="Bristol, UK")),
    ),
    C(
        "hybrid makes the long commute fine vs hates the commute even twice a week",
        "cs",
        [
            pool(CORPORATE, "Cambridge, UK")(
                "Oscar Penrose",
                2,
                "Kings Cross from Cambridge is fine for two or three days a week",
            ),
            pool(CORPORATE, "Cambridge, UK")(
                "Freya Lund",
                0,
                "Won't commute into London at all, not even hybrid - Cambridge firms only",
            ),
        ],
        **role(CORP_ROLE, CITY_HYBRID),
    ),
    C(
        "ramble: Victoria line to Green Park is fine vs Croydon to the West End too far",
        "cs",
        [
            pool(LEGAL_ENG, "Walthamstow, London, UK")(
                "Jonah Fielding",
                2,
                t=[
                    call(
                        28,
                        "Jonah: building Python scripts for his team on the side, likes HighQ, "
                        "wants more product work, might do a part-time MSc. Victoria line to "
                        "Green Park is 25 mins, so Mayfair is no issue.",
                    )
                ],
            ),
            pool(LEGAL_ENG, "Croydon, UK")(
                "Stella Okafor",
                0,
                t=[
                    call(
                        28,
                        "Stella: great on automation, not fussed on title. Croydon to the West "
                        "End is too far for her - wants south London or remote.",
                    )
                ],
            ),
        ],
        **role(ENG_ROLE, dict(remote_policy="onsite", location="Mayfair, London, UK")),
    ),
]


# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "asks £110k, band reaches £120k vs asks £140k",
        "cs",
        [
            pool(LITIGATOR)("Alistair Crane", 2, "looking for 110k basic min"),
            pool(LITIGATOR)("Fiona Marsh", 0, "won't move for less than £140k base"),
        ],
        **role(LIT_ROLE, CITY_HYBRID, salary_min=100_000, salary_max=120_000, currency="GBP"),
    ),
    C(
        "current pay above the band but a lower ask vs a floor above it",
        "cs",
        [
            pool(IN_HOUSE)(
                "Bronwen Lyle",
                2,
                t=[
                    call(
                        40,
                        "On £105k at the bank now, but would take £90k for a proper four-day "
                        "week. Money's not the driver.",
                    )
                ],
            ),
            pool(IN_HOUSE)(
                "Jeremy Stokes",
                0,
                t=[call(40, "Floor is £105k. Won't take a cut, full stop.")],
            ),
        ],
        **role(COUNSEL_ROLE, CITY_HYBRID, salary_min=85_000, salary_max=95_000, currency="GBP"),
    ),
    C(
        "lockstep in dollars: wants Cravath scale, role pays it vs wants above scale",
        "cs",
        [
            pool(CORPORATE, "New York, NY, USA")(
                "Madison Clarke",
                2,
                "Just wants market lockstep for a 4th year",
            ),
            pool(CORPORATE, "New York, NY, USA")(
                "Trent Haskell",
                0,
                "Wants $400k+ - only above-scale offers",
            ),
        ],
        **role(
            CORP_ROLE,
            NYC_ONSITE,
            salary_min=260_000,
            salary_max=310_000,
            currency="USD",
            offers=["Cravath scale, class year 4"],
        ),
    ),
    C(
        "hourly paralegal ask against an annual band: $38 an hour fits vs $65 an hour doesn't",
        "cs",
        [
            pool(PARALEGAL, "New York, NY, USA")("Jorge Medina", 2, "wants at least $38/hr"),
            pool(PARALEGAL, "New York, NY, USA")("Brittany Vale", 0, "$65 an hour or nothing"),
        ],
        **role(PARA_ROLE, NYC_ONSITE, salary_min=75_000, salary_max=90_000, currency="USD"),
    ),
    C(
        "AUD ask inside the band vs ask in AUD well over it",
        "cs",
        [
            pool(COMPLIANCE, "Sydney, Australia")(
                "Lachlan Pryor",
                2,
                t=[li(30, "Targeting around $170k plus super.")],
            ),
            pool(COMPLIANCE, "Sydney, Australia")(
                "Simone Hatch",
                0,
                t=[li(30, "Need $240k base incl super at a minimum to move.")],
            ),
        ],
        **role(COMP_ROLE, SYD_HYBRID, salary_min=160_000, salary_max=185_000, currency="AUD"),
    ),
    C(
        "euro ask for Dublin fits vs wants sterling London money",
        "cs",
        [
            pool(EMPLOYMENT, "Dublin, Ireland")("Orla Duggan", 2, "€85k would do it"),
            pool(EMPLOYMENT, "Dublin, Ireland")(
                "Padraig Whelan",
                0,
                "Wants €120k - knows what London pays",
            ),
        ],
        **role(EMP_ROLE, DUBLIN_HYBRID, salary_min=80_000, salary_max=92_000, currency="EUR"),
    ),
    C(
        "bonus not basic: wants a 20% bonus, role has none vs basic-only is fine",
        "cs",
        [
            pool(CONTRACTS)("Roland Pike", 0, "Must have a bonus of 20% or more on top"),
            pool(CONTRACTS)("Tessa Wynn", 2, "Happy with a flat salary, no bonus needed"),
        ],
        **role(
            CONTRACT_ROLE,
            CITY_HYBRID,
            salary_min=60_000,
            salary_max=70_000,
            currency="GBP",
            offers=["Basic salary only - no bonus scheme"],
        ),
    ),
    C(
        "locum day rate asked fits vs day rate asked too high",
        "cs",
        [
            pool(CONVEYANCER, "Leeds, UK")("Denise Royle", 2, "£300 a day locum is fine"),
            pool(CONVEYANCER, "Leeds, UK")("Barry Cawood", 0, "£550 pd minimum"),
        ],
        **role(
            CONV_ROLE,
            LEEDS_ONSITE,
            title="Locum Conveyancer",
            offers=["£280 to £320 a day, three months"],
        ),
    ),
]


# --- 5. work mode in title only, description only, hybrid days; negation and its scope ----

WORK_MODE = [
    C(
        "remote only in the title vs office-only wish",
        "cs",
        [
            pool(LEGAL_ENG, "Norwich, UK")("Poppy Clare", 2, "remote pls, Norwich isn't moving"),
            pool(LEGAL_ENG, "Norwich, UK")("Dev Malhotra", 0, "wants an office, hates WFH"),
        ],
        **role(ENG_ROLE, dict(location="United Kingdom"), title="Legal Engineer (Fully Remote)"),
    ),
    C(
        "remote only in the description vs five days in a City office wanted",
        "cs",
        [
            pool(CONTRACTS, "Exeter, UK")(
                "Isobel Tate",
                2,
                t=[mail(40, "Only remote roles please - I'm in Devon now.")],
            ),
            pool(CONTRACTS, "Exeter, UK")(
                "Neville Crook",
                0,
                t=[mail(40, "Looking to be back in an office five days, I miss people.")],
            ),
        ],
        **role(
            CONTRACT_ROLE,
            dict(location="United Kingdom"),
            description="Run contracts for our SaaS business. The whole legal team works from "
            "home; we meet in person twice a year.",
        ),
    ),
    C(
        "two days in is her max, role is two days vs wants fully remote",
        "cs",
        [
            pool(IN_HOUSE, "Manchester, UK")("Kerry Bolton", 2, "2 days in max"),
            pool(IN_HOUSE, "Manchester, UK")("Adam Sharrock", 0, "100% remote, no office days"),
        ],
        **role(COUNSEL_ROLE, MANC_HYBRID),
    ),
    C(
        "four office days asked for, she'll only do two vs happy in four",
        "cs",
        [
            pool(LITIGATOR)(
                "Eloise Varney",
                0,
                t=[li(30, "Two days in is my ceiling these days - non-negotiable.")],
            ),
            pool(LITIGATOR)(
                "Marcus Greer",
                2,
                t=[li(30, "I like the office; four days would suit me.")],
            ),
        ],
        **role(
            LIT_ROLE,
            dict(remote_policy="hybrid", location="London, UK"),
            offers=["Four days a week in the office, Friday from home"],
        ),
    ),
    C(
        "on-site only in the description vs remote wish",
        "cs",
        [
            pool(PARALEGAL, "Chicago, IL, USA")("Tanya Kowalczyk", 2, "likes being in the office"),
            pool(PARALEGAL, "Chicago, IL, USA")("Garrett Lind", 0, "Remote roles only"),
        ],
        **role(
            PARA_ROLE,
            dict(location="Chicago, IL, USA"),
            description="Support trial teams in our Loop office. This role is in the office "
            "five days a week; there is no remote option.",
        ),
    ),
    C(
        "hybrid days in the offers, wants three days home",
        "cs",
        [
            pool(COMPLIANCE, "Dublin, Ireland")(
                "Róisín Tierney",
                2,
                ("3 days WFH, 2 in is perfect", 30),
            ),
            pool(COMPLIANCE, "Dublin, Ireland")("Shane Kehoe", 1),
        ],
        **role(
            COMP_ROLE,
            dict(location="Dublin, Ireland"),
            offers=["Two days a week in the office, three from home"],
        ),
    ),
]

NEGATIONS = [
    C(
        "'not against the office' vs not going back into an office, role on-site",
        "cs",
        [
            pool(LEGAL_SEC)("Sheila Rowntree", 2, "Not against being in the office every day"),
            pool(LEGAL_SEC)("Kirsty Abbott", 0, "Not going back into an office full time"),
        ],
        **role(SEC_ROLE, CITY_ONSITE),
    ),
    C(
        "'it wasn't the hours, it was the partner' vs it was the hours",
        "cs",
        [
            pool(LITIGATOR)(
                "Simon Ashe",
                2,
                t=[
                    call(
                        60,
                        "Simon says it wasn't the hours that drove him out, it was the partner. "
                        "Fine with a big billing target at a decent firm.",
                    )
                ],
            ),
            pool(LITIGATOR)(
                "Hetty Crossland",
                0,
                t=[call(60, "Hetty says it was the hours, plain and simple. Under 1,400 only.")],
            ),
        ],
        **role(LIT_ROLE, CITY_ONSITE, offers=["1,900 chargeable hours target"]),
    ),
    C(
        "'no problem with travel' vs 'a problem with travel'",
        "cs",
        [
            pool(COMPLIANCE)("Louise Dent", 2, "no problem with travel to the regional offices"),
            pool(COMPLIANCE)("Jacob Rees", 0, "travel is a problem, can't be away overnight"),
        ],
        **role(COMP_ROLE, CITY_HYBRID, offers=["Visits to eight regional offices, overnights"]),
    ),
    C(
        "'never said no to managing' vs never wants to manage",
        "cs",
        [
            pool(PARALEGAL)(
                "Ayesha Karim",
                2,
                "I've never said no to managing - happy to run the paralegal pool",
            ),
            pool(PARALEGAL)("Lewis Pratt", 0, "Never want to manage anyone"),
        ],
        **role(
            PARA_ROLE,
            CITY_HYBRID,
            title="Paralegal Team Leader",
            offers=["Line-manage six paralegals"],
        ),
    ),
    C(
        "scope: refuses tobacco only, not all consumer goods; role is FMCG food",
        "cs",
        [
            pool(IN_HOUSE)(
                "Catriona Lyall",
                2,
                "No tobacco or vaping companies - consumer goods otherwise are great",
            ),
            pool(IN_HOUSE)("Vikram Armitage", 1),
        ],
        **role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            description="Commercial counsel for a packaged-food group (cereals and snacks).",
        ),
    ),
]


# --- 6. location, managing, stage and size, industry and mission, technology ---------------


def pair(name, persona, where, good, bad, opening, grades=(2, 0)):
    """Two equally skilled people: ``good`` and ``bad`` are (name, said) pairs."""
    return C(
        name,
        "cs",
        [
            pool(persona, where)(good[0], grades[0], *good[1:]),
            pool(persona, where)(bad[0], grades[1], *bad[1:]),
        ],
        **opening,
    )


LOCATION = [
    pair(
        "relocating to Sydney next month vs staying in London",
        LITIGATOR,
        "London, UK",
        ("Flora Dempsey", ("Moving home to Sydney in December for good - wants work there", 30)),
        ("Ivo Brandt", "London only, settled with family"),
        role(LIT_ROLE, SYD_HYBRID),
    ),
    pair(
        "won't relocate from Leeds vs open to Manchester",
        CONVEYANCER,
        "Leeds, UK",
        ("Gemma Firth", "Would move to Manchester for the right firm"),
        ("Nigel Spence", "Not relocating, Leeds only"),
        role(CONV_ROLE, dict(remote_policy="onsite", location="Manchester, UK")),
    ),
    pair(
        "US lawyer moving to London with a spouse's transfer vs staying in New York",
        CORPORATE,
        "New York, NY, USA",
        ("Abigail Hart", ("Husband's bank is moving them to London in January", 25)),
        ("Kyle Penrose", "Staying in NYC, no interest in London"),
        role(CORP_ROLE, CITY_HYBRID),
    ),
    pair(
        "spouse would move but she won't vs she wants to move to Dublin",
        COMPLIANCE,
        "Belfast, UK",
        ("Clodagh Rafferty", "Keen to relocate to Dublin"),
        (
            "Maeve Quigley",
            "Her partner wants to move to Dublin but she won't leave Belfast - Belfast only",
        ),
        role(COMP_ROLE, DUBLIN_HYBRID),
    ),
]

MANAGING = [
    pair(
        "wants to supervise trainees vs wants no reports",
        LITIGATOR,
        "London, UK",
        ("Edmund Carver", "Wants to supervise trainees and juniors, build a team"),
        ("Petra Vaughan", "No supervising - wants her own caseload and nobody reporting in"),
        role(LIT_ROLE, CITY_HYBRID, offers=["Supervise two trainees and an NQ"]),
    ),
    pair(
        "GC role with no reports: wants hands-on vs wants a big team",
        IN_HOUSE,
        "London, UK",
        ("Laura Finch", "Wants to stay hands-on, drafting herself, no team to run"),
        ("Giles Barrow", "Only a GC role leading a team of 5+"),
        role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            title="Sole Legal Counsel",
            offers=["A one-person legal function, no reports"],
        ),
    ),
    pair(
        "legal ops lead managing six vs individual contributor only",
        LEGAL_ENG,
        "London, UK",
        ("Samir Yelland", ("ready to manage a team now, done it informally", 30)),
        ("Tilly Ogden", ("IC only, building stuff is the fun bit", 30)),
        role(
            ENG_ROLE,
            CITY_HYBRID,
            title="Head of Legal Engineering",
            seniority="manager",
            offers=["Lead a team of six legal engineers"],
        ),
    ),
    pair(
        "secretary team leader: wants to lead vs doesn't",
        LEGAL_SEC,
        "London, UK",
        ("Lorna McBride", "Ready to run the secretarial team"),
        ("June Pearce", "Doesn't want to manage other secretaries, just support partners"),
        role(
            SEC_ROLE,
            CITY_ONSITE,
            title="Secretarial Team Leader",
            offers=["Manage a team of eight legal secretaries"],
        ),
    ),
]

STAGE_SIZE = [
    pair(
        "wants a seed-stage start-up as first lawyer vs wants a big legal team",
        IN_HOUSE,
        "London, UK",
        ("Tara Quinlan", "Wants to be first legal hire at an early start-up"),
        ("Hector Bligh", "Wants a large established in-house team with structure"),
        role(COUNSEL_ROLE, CITY_HYBRID, offers=["First lawyer at a 25-person seed-stage fintech"]),
    ),
    pair(
        "wants Magic Circle scale vs wants a boutique",
        CORPORATE,
        "London, UK",
        ("Henrietta Lowe", "Wants a Magic Circle or US firm, big-ticket deals"),
        ("Seamus Grady", "Only boutiques now - under 50 lawyers"),
        role(CORP_ROLE, CITY_ONSITE, offers=["Magic Circle firm, 2,500 lawyers worldwide"]),
    ),
    pair(
        "wants a boutique, role is a 30-lawyer boutique vs wants Big Law",
        LITIGATOR,
        "London, UK",
        ("Cordelia Shaw", ("sick of big firm politics, small boutique please", 40)),
        ("Brandon Yates", ("only top 10 firms, needs the brand", 40)),
        role(LIT_ROLE, CITY_HYBRID, offers=["Disputes boutique of 30 lawyers"]),
    ),
    pair(
        "wants a FTSE 100 in-house team vs wants a scale-up",
        COMPLIANCE,
        "London, UK",
        ("Ingrid Northcote", "Wants a FTSE 100 name, stability after two start-up collapses"),
        ("Max Devlin", "Wants a fast scale-up, Series B or C"),
        role(COMP_ROLE, CITY_HYBRID, offers=["FTSE 100 bank, 80,000 staff"]),
    ),
    pair(
        "wants a scale-up, role is Series B vs wants stability",
        CONTRACTS,
        "London, UK",
        ("Rosie Akers", ("scale-up energy please, series B/C", 20)),
        ("Terence Mabbott", ("no start-ups, wants a big stable corporate", 20)),
        role(CONTRACT_ROLE, CITY_HYBRID, offers=["Series B legal-tech scale-up, 140 people"]),
    ),
    pair(
        "high-street practice wanted vs national firm wanted",
        CONVEYANCER,
        "Leeds, UK",
        ("Brenda Lowther", "Wants a small high-street practice, knows the clients"),
        ("Craig Moxon", "Wants a national conveyancing factory with progression"),
        role(CONV_ROLE, LEEDS_ONSITE, offers=["Four-partner high-street practice in Headingley"]),
    ),
    pair(
        "refuses start-ups after a collapse, role is seed-stage vs likes early stage",
        LEGAL_ENG,
        "London, UK",
        ("Reuben Sachs", "Loves early-stage, wants to build from scratch"),
        ("Alice Whyte", "No start-ups - last one went bust owing her wages"),
        role(ENG_ROLE, UK_REMOTE, offers=["Seed-stage, 12 people, 18 months runway"]),
    ),
    pair(
        "ATS shorthand: 'big firm only' vs 'no big firms' for a 3,000-lawyer US firm",
        CORPORATE,
        "New York, NY, USA",
        ("Derek Olsen", "big law only, AmLaw 50"),
        ("Nina Castellano", "no BigLaw pls, burned out at Skadden"),
        role(CORP_ROLE, NYC_ONSITE, offers=["AmLaw 20 firm, 3,000 lawyers"]),
    ),
    pair(
        "small in-house team wanted vs large team wanted, role is a team of two",
        EMPLOYMENT,
        "Dublin, Ireland",
        ("Sorcha Lynch", "Wants a small team where she'd see everything"),
        ("Colm Reidy", "Wants a big legal department with specialists"),
        role(EMP_ROLE, DUBLIN_HYBRID, offers=["Legal team of two at a 200-person company"]),
    ),
    pair(
        "long ramble, one line: wants a mid-size national firm vs wants a global one",
        PARALEGAL,
        "Manchester, UK",
        (
            "Ellie Ingleby",
            (
                "Loves bundling, knows Relativity, annoyed her firm lost its Deansgate office, "
                "doing a CILEx module, wants a mid-size national firm, 300-ish lawyers",
                25,
            ),
        ),
        ("Joel Whitty", ("Global firm only - wants international work", 25)),
        role(PARA_ROLE, MANC_HYBRID, offers=["National firm, 350 lawyers, six UK offices"]),
    ),
]

MISSION = [
    pair(
        "no tobacco clients, role is a tobacco group vs no objection",
        IN_HOUSE,
        "London, UK",
        ("Owen Tallis", "Fine with any consumer sector"),
        ("Harriet Moss", "Won't work for tobacco - lost her dad to lung cancer"),
        role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            description="Commercial counsel for a global tobacco and nicotine group.",
        ),
    ),
    pair(
        "wants a pro bono-heavy firm vs doesn't care for pro bono",
        LITIGATOR,
        "New York, NY, USA",
        ("Gabriela Santos", "Only firms with serious pro bono - 100+ hours counted as billable"),
        ("Chad Remington", "Pro bono not a factor, wants top comp"),
        role(LIT_ROLE, NYC_ONSITE, offers=["Unlimited pro bono hours count toward billables"]),
        grades=(2, 1),
    ),
    pair(
        "refuses defence, role is a defence contractor vs no objection",
        CONTRACTS,
        "Bristol, UK",
        ("Glen Abbot", "Happy in aerospace or defence"),
        ("Imani Brooks", "No defence or arms companies - a Quaker, it's a conscience thing"),
        role(
            CONTRACT_ROLE,
            BRISTOL_HYBRID,
            description="Contract manager for a defence "
            "contractor building missile systems for the MoD.",
        ),
    ),
    pair(
        "no gambling: lower-case text vs happy in gaming",
        COMPLIANCE,
        "Manchester, UK",
        ("Ricky Hulme", "gambling compliance is my bread and butter, love it"),
        ("Suzanne Platt", "no betting firms. my brother. not going there"),
        role(
            COMP_ROLE,
            MANC_HYBRID,
            description="AML and safer-gambling compliance for an "
            "online sportsbook and casino operator.",
        ),
    ),
    pair(
        "wants climate work, role is a renewables developer vs wants oil and gas",
        CORPORATE,
        "London, UK",
        ("Isaac Bloom", ("wants to work on the energy transition - renewables deals", 45)),
        ("Dominic Thorne", ("wants oil and gas upstream M&A, the big money", 45)),
        role(CORP_ROLE, CITY_HYBRID, description="M&A for offshore wind and solar developers."),
    ),
    pair(
        "refuses fossil fuels, role is an oil major vs no objection",
        IN_HOUSE,
        "London, UK",
        ("Arthur Penn", "Energy sector is fine"),
        ("Willa Green", "Won't act for fossil fuel companies - climate"),
        role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            description="Legal counsel at an integrated oil and gas major, upstream and trading.",
        ),
    ),
    pair(
        "wants legal aid and access to justice vs wants corporate clients",
        EMPLOYMENT,
        "Leeds, UK",
        ("Beth Cawley", "Wants to act for claimants who can't afford lawyers"),
        ("Marcus Dyer", "Only respondent side, big corporates"),
        role(
            EMP_ROLE,
            dict(remote_policy="onsite", location="Leeds, UK"),
            description="Law centre: represent low-paid workers at tribunal, legal aid and "
            "pro bono funded.",
        ),
    ),
    pair(
        "wants a charity, role is a children's charity vs no mission",
        COMPLIANCE,
        "London, UK",
        ("Heidi Lamb", "Wants to work for a charity, something that matters"),
        ("Rex Oakley",),
        role(
            COMP_ROLE,
            CITY_HYBRID,
            description="Head of compliance for a national children's "
            "charity: safeguarding, Charity Commission returns.",
        ),
        grades=(2, 1),
    ),
    pair(
        "refuses crypto, role is a crypto exchange vs keen on crypto",
        COMPLIANCE,
        "Dublin, Ireland",
        ("Cian Moloney", "Big into digital assets, wants a crypto role"),
        ("Deirdre Nolan", "Won't go near crypto - saw an exchange collapse up close"),
        role(
            COMP_ROLE,
            DUBLIN_HYBRID,
            description="MLRO deputy at a crypto-asset exchange authorised under MiCA.",
        ),
    ),
    pair(
        "scope: refuses tobacco and gambling only, healthcare is fine vs wants tech only",
        CONTRACTS,
        "London, UK",
        ("Nell Garvey", "No tobacco or gambling - healthcare or pharma would be great"),
        ("Oscar Wray", "Only wants tech companies"),
        role(
            CONTRACT_ROLE,
            CITY_HYBRID,
            description="Contract manager for an NHS-facing medical devices company.",
        ),
    ),
    pair(
        "ATS shorthand: 'no arms, no fossil' vs 'ESG-driven, wants impact'; role is impact fund",
        CORPORATE,
        "London, UK",
        ("Zoe Amadi", "ESG driven, wants impact investing deals"),
        ("Carl Benson", "PE deals, cares about carry not causes - no charities or impact"),
        role(
            CORP_ROLE,
            CITY_HYBRID,
            description="Deals lawyer for an impact investment fund "
            "backing social housing and clean energy.",
        ),
    ),
    pair(
        "email: wants a firm with a human rights practice vs refuses public-law work",
        LITIGATOR,
        "London, UK",
        (
            "Amira Haddad",
            ("I'd love a firm where human rights and public law work is core", 60),
        ),
        ("Giles Fenwick", ("Commercial only - I don't want judicial reviews or NGO clients", 60)),
        role(
            LIT_ROLE,
            CITY_HYBRID,
            description="Public law and human rights litigation for "
            "NGOs and campaign groups, plus commercial disputes.",
        ),
    ),
]

TECH = [
    pair(
        "wants Kira and Luminance for diligence vs prefers manual review",
        CORPORATE,
        "London, UK",
        ("Felicity Jessop", "Wants a firm using Kira/Luminance for DD, not manual review"),
        ("Bernard Cole", "Doesn't want AI review tools, prefers reading the docs himself"),
        role(CORP_ROLE, CITY_HYBRID, offers=["AI-assisted due diligence with Kira and Luminance"]),
    ),
    pair(
        "refuses to go back to paper files vs misses paper",
        CONVEYANCER,
        "Leeds, UK",
        ("Debbie Marsden", "Only fully digital case management - no more paper files"),
        ("Keith Gledhill", "Prefers paper files, hates case management systems"),
        role(CONV_ROLE, LEEDS_ONSITE, offers=["Paperless: Proclaim case management, e-signing"]),
    ),
    pair(
        "wants Python automation vs no coding",
        LEGAL_ENG,
        "London, UK",
        ("Ravi Chandra", "Wants to code - Python, APIs, real automation"),
        ("Hattie Sloane", "Doesn't want to code any more, no-code tools only"),
        role(ENG_ROLE, CITY_HYBRID, requirements="Python\nAPIs\nDocument automation\nCLM"),
    ),
    pair(
        "wants Ironclad CLM vs hates CLM roll-outs",
        CONTRACTS,
        "New York, NY, USA",
        ("Kelsey Morgan", "Wants to run an Ironclad implementation"),
        ("Doug Farrell", "Never again a CLM roll-out - spreadsheets are fine"),
        role(CONTRACT_ROLE, NYC_HYBRID, offers=["Lead our Ironclad CLM implementation"]),
    ),
    pair(
        "iManage fan vs NetDocuments only",
        LEGAL_SEC,
        "London, UK",
        ("Maureen Tait", "Expert in iManage, wants a firm on it"),
        ("Sally Crewe", "Only NetDocuments - won't retrain on iManage"),
        role(SEC_ROLE, CITY_ONSITE, offers=["iManage Work 10 and Intapp time recording"]),
    ),
    pair(
        "generative AI: wants Harvey vs refuses AI drafting",
        LITIGATOR,
        "London, UK",
        ("Jasper Nwankwo", ("keen to use Harvey / gen AI in practice", 30)),
        ("Rosamund Pyke", ("won't use gen AI for drafting, professional risk", 30)),
        role(LIT_ROLE, CITY_HYBRID, offers=["Firm-wide Harvey rollout, AI drafting tools"]),
    ),
    pair(
        "Excel macros refused vs loves Excel",
        COMPLIANCE,
        "Manchester, UK",
        ("Graham Firth", "Loves building Excel trackers and macros"),
        ("Anika Brandt", "Done with Excel-and-macro compliance, wants proper RegTech"),
        role(COMP_ROLE, MANC_HYBRID, offers=["Compliance monitoring in Excel with VBA macros"]),
    ),
    pair(
        "HighQ wanted vs SharePoint only",
        LEGAL_ENG,
        "Dublin, Ireland",
        ("Niall Farrelly", "Wants HighQ portals and client dashboards"),
        ("Aoibhinn Daly", "Only Microsoft stack - SharePoint and Power Automate, no HighQ"),
        role(ENG_ROLE, DUBLIN_HYBRID, offers=["Build client portals on Thomson Reuters HighQ"]),
    ),
    pair(
        "Relativity for e-disclosure wanted vs hates doc review platforms",
        PARALEGAL,
        "London, UK",
        ("Femi Adebayo", "Wants to get Relativity certified, loves e-disclosure"),
        ("Rachel Udall", "No more doc review platforms - bundles and court work only"),
        role(PARA_ROLE, CITY_HYBRID, offers=["Relativity e-disclosure work, certification paid"]),
    ),
    pair(
        "wants Salesforce-integrated contracting vs refuses Salesforce",
        CONTRACTS,
        "Sydney, Australia",
        ("Bree Lawson", "Wants contract work tied into Salesforce CPQ"),
        ("Mitchell Duff", "Hates Salesforce, won't touch it again"),
        role(CONTRACT_ROLE, SYD_HYBRID, offers=["Contracts run through Salesforce CPQ"]),
    ),
]


# --- 7. last time's reason, the history with us, the latest process -------------------------

RESOLVED = [
    C(
        "declined over pay at £95k; this band reaches £125k vs same decline, band unchanged",
        "cs",
        [
            pool(LITIGATOR)(
                "Percy Lyle",
                2,
                a=[declined(240, "compensation", "Wanted £115k, capped at £95k", past=PAST_CITY)],
            ),
            pool(LITIGATOR)("Moira Gant", 1),
        ],
        **role(LIT_ROLE, CITY_HYBRID, salary_min=110_000, salary_max=125_000, currency="GBP"),
    ),
    C(
        "declined over pay; this band is no higher",
        "cs",
        [
            pool(LITIGATOR)(
                "Quentin Ames",
                0,
                a=[declined(200, "compensation", "Wanted £115k, capped at £95k", past=PAST_CITY)],
            ),
            pool(LITIGATOR)("Lara Coombes", 2),
        ],
        **role(LIT_ROLE, CITY_HYBRID, salary_min=85_000, salary_max=95_000, currency="GBP"),
    ),
    C(
        "withdrew over five office days; this role is two days",
        "cs",
        [
            pool(IN_HOUSE)(
                "Sadie Frome",
                2,
                a=[
                    withdrew(
                        180,
                        "remote_policy",
                        "5 days in the office was a dealbreaker",
                        past=PAST_CITY,
                        role="Legal Counsel",
                    )
                ],
            ),
            pool(IN_HOUSE)("Toby Lennard", 1),
        ],
        **role(
            COUNSEL_ROLE,
            dict(remote_policy="hybrid", location="London, UK"),
            offers=["Two days a week in the office"],
        ),
    ),
    C(
        "withdrew over a 2,000-hour target; this in-house role has no billables",
        "cs",
        [
            pool(CORPORATE)(
                "Hugh Darnell",
                2,
                a=[
                    withdrew(
                        150,
                        "other",
                        "Billable target of 2,000 hrs - too much",
                        role="Corporate Associate",
                    )
                ],
            ),
            pool(CORPORATE)("Ian Meek", 1),
        ],
        **role(
            COUNSEL_ROLE,
            CITY_HYBRID,
            title="M&A Counsel (in-house)",
            offers=["No billable hours target"],
        ),
    ),
    C(
        "declined over sponsorship; the firm now sponsors",
        "cs",
        [
            pool(CORPORATE)(
                "Arjun Pillai",
                2,
                a=[
                    declined(
                        220,
                        "other",
                        "Firm could not sponsor his Skilled Worker visa",
                        role="Corporate Associate",
                    )
                ],
            ),
            pool(CORPORATE)("Nathan Stainforth", 1),
        ],
        **role(CORP_ROLE, CITY_HYBRID, offers=["Skilled Worker visa sponsorship provided"]),
    ),
    C(
        "withdrew over weekly travel; this role has the same travel",
        "cs",
        [
            pool(CONTRACTS)(
                "Serena Voss",
                0,
                a=[
                    withdrew(
                        160,
                        "other",
                        "Couldn't do the weekly Paris trips - young kids",
                        role="Contract Manager",
                    )
                ],
            ),
            pool(CONTRACTS)("Wilf Hargreaves", 2),
        ],
        **role(CONTRACT_ROLE, CITY_HYBRID, offers=["Weekly day trips to our Paris office"]),
    ),
]

HISTORY = [
    C(
        "no-show at the client's final vs final-round silver medalist",
        "cs",
        [
            pool(EMPLOYMENT)(
                "Grant Tolley",
                0,
                a=[
                    app(
                        120,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the partner panel, no call",
                        role="Employment Associate",
                    )
                ],
            ),
            pool(EMPLOYMENT)(
                "Anya Petrova",
                2,
                a=[lost_final(120, "Lost to an internal candidate", role="Employment Associate")],
            ),
        ],
        **role(EMP_ROLE, CITY_HYBRID),
    ),
    C(
        "conduct at interview vs silver medalist",
        "cs",
        [
            pool(PARALEGAL)(
                "Darren Shaw",
                0,
                a=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "conduct",
                        "Rude to the reception team, client asked us not to send him again",
                        role="Paralegal",
                    )
                ],
            ),
            pool(PARALEGAL)("Keisha Grant", 2, a=[lost_final(90, role="Paralegal")]),
        ],
        **role(PARA_ROLE, CITY_HYBRID),
    ),
    C(
        "skills gap last month vs skills gap two years ago since closed",
        "cs",
        [
            pool(COMPLIANCE)(
                "Norman Pike",
                0,
                a=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No AML framework build experience",
                        role="Compliance Manager",
                    )
                ],
            ),
            pool(COMPLIANCE)(
                "Lucy Armstrong",
                2,
                a=[
                    app(
                        700,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No AML framework build experience",
                        role="Compliance Manager",
                    )
                ],
                t=[mail(100, "Since we met I rebuilt our whole AML framework at Revolut.")],
            ),
        ],
        **role(COMP_ROLE, CITY_HYBRID),
    ),
]

PROCESS = [
    C(
        "accepted an offer elsewhere last month vs lost a final last month",
        "cs",
        [
            pool(CORPORATE)(
                "Felix Hammond",
                0,
                t=[
                    ats(28, "cand accepted offer at Travers, starts Jan. closed - placed elsewhere")
                ],
            ),
            pool(CORPORATE)(
                "Olivia Tran",
                2,
                a=[lost_final(28, "Pipped by one other cand", role="Corporate Associate")],
            ),
        ],
        **role(CORP_ROLE, CITY_HYBRID),
    ),
    C(
        "final round vs an early phone screen",
        "cs",
        [
            pool(IN_HOUSE)(
                "Harriet Blunt",
                2,
                a=[lost_final(150, role="Legal Counsel")],
            ),
            pool(IN_HOUSE)(
                "Jamie Coker",
                1,
                a=[app(150, "screen", "rejected", "other", "ph scrn only", role="Legal Counsel")],
            ),
        ],
        **role(COUNSEL_ROLE, CITY_HYBRID),
    ),
    C(
        "latest process: rejected then came back strong vs the reverse",
        "cs",
        [
            pool(LITIGATOR)(
                "Edwin Marr",
                2,
                a=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "experience_level",
                        "Too junior for us",
                        role="Associate",
                    ),
                    lost_final(60, "Second by a hair", role="Senior Associate"),
                ],
            ),
            pool(LITIGATOR)(
                "Cressida Fothergill",
                1,
                a=[
                    lost_final(600, role="Associate"),
                    app(
                        60,
                        "screen",
                        "rejected",
                        "other",
                        "Weak screen, unprepared",
                        role="Senior Associate",
                    ),
                ],
            ),
        ],
        **role(LIT_ROLE, CITY_HYBRID),
    ),
]


# --- 8. several notes over time: the latest word counts ------------------------------------

LATEST = [
    C(
        "remote only, then fine with hybrid vs hybrid, then remote only",
        "cs",
        [
            pool(CONTRACTS)(
                "Hazel Ridley",
                2,
                t=[
                    mail(200, "It's remote only for me."),
                    mail(20, "Changed my mind - hybrid is fine."),
                ],
            ),
            pool(CONTRACTS)(
                "Ned Kirby",
                0,
                t=[mail(200, "Hybrid is fine."), mail(20, "Actually fully remote only now.")],
            ),
        ],
        **role(CONTRACT_ROLE, CITY_HYBRID),
    ),
    C(
        "opt-out taken back vs interest hardened into an opt-out",
        "cs",
        [
            pool(PARALEGAL)(
                "Maya Lindqvist",
                2,
                t=[
                    wa(300, "stop messaging me pls!!"),
                    wa(30, "sorry about before, I was having a bad week - please do send roles"),
                ],
            ),
            pool(PARALEGAL)(
                "Craig Dunlop",
                0,
                t=[
                    wa(300, "keep me posted!"),
                    wa(30, "please delete my details and don't contact me again"),
                ],
                excluded=True,
            ),
        ],
        **role(PARA_ROLE, CITY_HYBRID),
    ),
    C(
        "won't relocate, then moving to Dublin vs the reverse",
        "cs",
        [
            pool(IN_HOUSE, "London, UK")(
                "Sophie Kearney",
                2,
                ("London only", 300),
                ("Moving back to Dublin in the new year, wants work there", 15),
            ),
            pool(IN_HOUSE, "London, UK")(
                "Aidan Foley",
                0,
                ("Thinking of moving to Dublin", 300),
                ("Dublin's off - staying in London for good", 15),
            ),
        ],
        **role(COUNSEL_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "pay ask lowered into the band vs raised out of it",
        "cs",
        [
            pool(COMPLIANCE)(
                "Greta Holm",
                2,
                ("needs 120k", 250),
                ("would take 95k for the right role now", 20),
            ),
            pool(COMPLIANCE)(
                "Warren Lacey",
                0,
                ("95k fine", 250),
                ("got a pay rise - won't move under 125k now", 20),
            ),
        ],
        **role(COMP_ROLE, CITY_HYBRID, salary_min=90_000, salary_max=100_000, currency="GBP"),
    ),
    C(
        "wanted to manage, now wants hands-on vs the reverse, role leads a team",
        "cs",
        [
            pool(LEGAL_ENG)(
                "Clara Jessop",
                2,
                ("IC only", 280),
                ("ready to lead a team now", 25),
            ),
            pool(LEGAL_ENG)(
                "Boris Aldred",
                0,
                ("wants to manage", 280),
                ("managing was awful - back to IC please", 25),
            ),
        ],
        **role(
            ENG_ROLE, CITY_HYBRID, title="Legal Engineering Lead", offers=["Lead a team of four"]
        ),
    ),
    C(
        "refused gambling, then fine with it vs fine, then refused",
        "cs",
        [
            pool(COMPLIANCE, "Manchester, UK")(
                "Lydia Okon",
                2,
                t=[
                    call(300, "No gambling firms."),
                    call(30, "Lydia says she's softened on gambling - regulated operators fine."),
                ],
            ),
            pool(COMPLIANCE, "Manchester, UK")(
                "Sean Tolan",
                0,
                t=[
                    call(300, "Happy in gambling."),
                    call(30, "Sean now refuses gambling firms after what he saw."),
                ],
            ),
        ],
        **role(
            COMP_ROLE, MANC_HYBRID, description="AML compliance for an online betting operator."
        ),
    ),
]

HELDOUT48_CASES: list[Case] = [
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
    *LOCATION,
    *MANAGING,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *RESOLVED,
    *HISTORY,
    *PROCESS,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists.
LOCATIONS, LEVEL, LAST_TIME, LATEST_WORD = LOCATION, MANAGING, HISTORY, LATEST
