"""Held-out rediscovery cases, thirty-seventh set: City and European financial-services, consulting
and agency recruiters in their own words, written by a thirty-seventh stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 37") and never tuned to what Encore does. The recruiters are City
headhunters and in-house talent teams in London, Dublin, Edinburgh, Manchester, Amsterdam and
Frankfurt: a banking and asset-management search desk, an insurance and Lloyd's market desk, a
Big Four and strategy-house in-house team, a fintech's talent partner, and a marketing and
agency recruiter. The people are M&A associates and VPs, compliance and risk managers, financial
controllers and FP&A leads, pricing actuaries, audit managers, strategy consultants, brand and
performance marketers, agency account directors and creatives, and a few fintech engineers.

The voices: terse ATS shorthand ("cand", "LM", "VM", "FTC", "mat cover", "o/s IR35", "GL",
"NC", "TC", "lwd"), typos and lower-case WhatsApp, LinkedIn replies, third-person recruiter
write-ups, long rambling call notes that mention dates (bonus season, year-end, Easter, the
summer lull, bank holidays) without asking for a wait, formal letters and emails, and a few
lines in German and Dutch. The money and calendars are the City's: base plus bonus, deferred
bonus and buy-outs, LTIPs and carry, day rates inside and outside IR35, umbrella and Ltd
companies, three- and six-month notice, garden leave and non-competes, Kündigungsfrist,
hybrid mandates of three days in (Tuesday to Thursday), the City against Canary Wharf, the
Elizabeth line, season tickets, bonus season in February and March, year-end and the audit,
August in Europe, UK and Irish bank holidays, the Dutch 30% ruling, Stamp 4 and Critical Skills
permits, Skilled Worker sponsorship and ILR, Blue Cards.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal withdrawal of consent, a WhatsApp "take me off ur lists", ATS "DNC per
   cand", a LinkedIn no to all InMails, German and Dutch erasure requests, a recruiter's write-up
   of someone done with recruiters, a bare "UNSUBSCRIBE", her own stop, a "don't write again"
   from a copywriter leaving advertising): never shown; beside each a personal address only, a
   no to Canary Wharf, no calls in bonus season, no sell-side roles, no work address, no calls in
   office hours, done with the Big Four, off the digest but ring me, a husband's stop that is
   not hers, and a too-low day rate;
2. waits counted from the day said, each against a twin whose wait has run out: a bonus paid in
   March, six months' notice against three, garden leave and a non-compete, a German
   Kündigungsfrist to the end of a quarter, maternity leave, year-end and the audit sign-off, a
   deferred tranche vesting, CFA exams, a sabbatical against the summer lull, St Patrick's Day
   against the October bank holiday, a probation;
3. schedule, travel, visa, contract and commute: live-deal hours, a nine-day fortnight, a 7am
   start, busy season Saturdays, three days a week; Monday to Thursday on a client site, London
   trips from Frankfurt, Channel Islands audits, shoots abroad, a past employer's travel; Skilled
   Worker sponsorship, HSM permits and the 30% ruling, a Blue Card, a dependant's visa, Stamp 1G
   against Stamp 4; inside and outside IR35, perm against interim, a maternity-cover FTC, a Ltd
   company against PAYE, six months against twelve, befristet against unbefristet; the
   Elizabeth line to the Wharf, Stockport against Lancaster, Glasgow to Edinburgh, Utrecht
   against Rotterdam to the Zuidas, Wiesbaden against Würzburg;
4. pay against the band: a base floor, a day rate, a buy-out, euros in German, Dublin euros, a
   current salary above the band with a lower ask, all-in against base, carry;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in German;
6. negation and scope ("not averse to", "money was never the issue", "no problem with three
   days", "not remote-only", "wouldn't say no to", no insurance except Lloyd's);
7. location and relocation, managing against hands-on, titles, company stage and size,
   industries refused or wanted (tobacco, gambling, impact, renewables, the third sector) and
   technology (Anaplan, Python over VBA, GA4, payments ledgers);
8. last time's reason resolved by this role or still standing (pay, office days, the Wharf,
   sponsorship, inside IR35, a buy-out), the history with us (rudeness at a client, no-shows, a
   recent modelling test, a second counter-offer, a headcount freeze) and the latest process
   (a final round against a CV screen, a placement we made weeks ago);
9. several notes over time where the latest word counts: office days refused then fine and the
   reverse, a stop taken back and a keep-in-touch hardened into a stop, a pay ask lowered and
   raised, a move to Edinburgh, inside IR35 taken up and given up, travel refused then fine.

Hard cases a careful recruiter still gets right are mixed in: a spouse's stop, a client's
brief pasted into a note, a current salary above the band with a lower ask, an all-in number
against a base band, a refusal whose scope does not reach this role, a past employer's travel
this role does not have, and dates in a note that ask for no wait.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FPA = dict(
    current_title="FP&A Manager",
    skills=["FP&A", "Forecasting", "Hyperion", "Power BI", "Board reporting"],
    years_experience=8,
    resume_text=(
        "ACA-qualified FP&A manager, eight years across a retail bank and a general insurer: the "
        "annual budget and quarterly reforecasts, cost-centre variance analysis, Hyperion and "
        "Power BI models, and board packs for the CFO."
    ),
)
MNA = dict(
    current_title="M&A Associate",
    skills=["Financial modelling", "Valuation", "Pitch books", "Due diligence"],
    years_experience=5,
    resume_text=(
        "Investment banking associate, five years in a mid-market M&A team: LBO and DCF models, "
        "pitch books, information memoranda, buy-side and sell-side processes and data rooms."
    ),
)
COMPLIANCE = dict(
    current_title="Compliance Manager",
    skills=["AML and KYC", "SM&CR", "FCA regulation", "Financial crime monitoring"],
    years_experience=9,
    resume_text=(
        "Compliance manager, nine years in wealth management and payments: AML and KYC reviews, "
        "SM&CR certification, FCA returns, financial crime monitoring and the annual MLRO report."
    ),
)
CONTROLLER = dict(
    current_title="Financial Controller",
    skills=["IFRS", "Statutory accounts", "Month-end close", "Audit liaison"],
    years_experience=10,
    resume_text=(
        "ACA financial controller, ten years after training at a Big Four firm: month-end close, "
        "IFRS statutory accounts for six entities, audit liaison, treasury and a team of five."
    ),
)
ACTUARY = dict(
    current_title="Pricing Actuary",
    skills=["Pricing", "Lloyd's market", "Python", "Reserving", "Solvency II"],
    years_experience=7,
    resume_text=(
        "Fellow of the IFoA, seven years pricing specialty lines at a Lloyd's syndicate: rating "
        "models in Python, rate monitoring, reserving support and Solvency II reporting."
    ),
)
RISK = dict(
    current_title="Market Risk VP",
    skills=["VaR", "FRTB", "Stress testing", "Python", "Rates and FX"],
    years_experience=9,
    resume_text=(
        "Market risk VP at a global bank, nine years covering rates and FX desks: VaR and "
        "stress testing, FRTB implementation, limit monitoring and Python risk tooling."
    ),
)
AUDITOR = dict(
    current_title="Audit Manager",
    skills=["External audit", "IFRS", "Financial services", "Team leadership"],
    years_experience=7,
    resume_text=(
        "ACA audit manager, seven years in a Big Four financial services assurance practice: "
        "asset managers and insurers, IFRS 9 and 17, running teams of eight in busy season."
    ),
)
CONSULTANT = dict(
    current_title="Strategy Consultant",
    skills=["Commercial due diligence", "Market sizing", "Client workshops", "Financial services"],
    years_experience=6,
    resume_text=(
        "Consultant at a strategy house, six years on financial services and PE work: commercial "
        "due diligence, market sizing, operating-model redesign and board workshops."
    ),
)
PERFORMANCE = dict(
    current_title="Performance Marketing Manager",
    skills=["Paid social", "Google Ads", "Attribution", "GA4", "CRO"],
    years_experience=6,
    resume_text=(
        "Performance marketer, six years in-house at a neobank and a travel brand: paid social "
        "and search budgets of £4m a year, attribution in GA4, landing-page tests and CRO."
    ),
)
BRAND = dict(
    current_title="Senior Brand Manager",
    skills=["Brand strategy", "Campaign planning", "Agency management", "Consumer insight"],
    years_experience=8,
    resume_text=(
        "Brand manager, eight years in FMCG and financial services: brand plans, above-the-line "
        "campaigns with creative and media agencies, consumer insight and tracking studies."
    ),
)
ACCOUNT_DIRECTOR = dict(
    current_title="Account Director",
    skills=["Client services", "Integrated campaigns", "Budget management", "Pitching"],
    years_experience=9,
    resume_text=(
        "Account director at an integrated agency, nine years on retail, drinks and banking "
        "clients: client leadership, scopes and fees, integrated campaigns and new business."
    ),
)
CREATIVE = dict(
    current_title="Senior Copywriter",
    skills=["Copywriting", "Concepting", "Integrated campaigns", "Brand voice"],
    years_experience=8,
    resume_text=(
        "Senior copywriter, eight years in London agencies: TV, OOH and social campaigns for "
        "banks, beer and cars, concepting with an art director and a couple of Cannes shortlists."
    ),
)


def pool(persona: dict | None, where: str, profile: str = "finance"):
    """People of one kind on the desk's books: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's note of a phone call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Vice President") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Vice President") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="final", past=None, role="Vice President") -> dict:
    """Pulled out of the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

FPA_ROLE = dict(
    title="FP&A Manager",
    department="Finance",
    seniority="manager",
    requirements="ACA, ACCA or CIMA\nBudgeting and reforecasting\nBoard reporting\nHyperion",
    description="Own the budget, reforecasts and board pack for a UK financial services group.",
)
MNA_ROLE = dict(
    title="M&A Associate",
    department="Investment Banking",
    seniority="mid",
    requirements="Financial modelling\nValuation\nPitch books\nExecution experience",
    description="Join the mid-market M&A team of a European investment bank.",
)
COMPLIANCE_ROLE = dict(
    title="Compliance Manager",
    department="Compliance",
    seniority="manager",
    requirements="AML and KYC\nSM&CR\nFCA regulation\nFinancial crime",
    description="Run advisory and monitoring for a regulated wealth and payments business.",
)
CONTROLLER_ROLE = dict(
    title="Financial Controller",
    department="Finance",
    seniority="manager",
    requirements="ACA or ACCA\nIFRS\nStatutory accounts\nMonth-end close",
    description="Own month-end, statutory accounts and the audit for a group of six entities.",
)
ACTUARY_ROLE = dict(
    title="Pricing Actuary",
    department="Underwriting",
    seniority="senior",
    requirements="FIA or near-qualified\nSpecialty pricing\nPython or R\nSolvency II",
    description="Price specialty lines for a Lloyd's syndicate.",
)
RISK_ROLE = dict(
    title="Market Risk VP",
    department="Risk",
    seniority="senior",
    requirements="VaR\nFRTB\nStress testing\nPython",
    description="Cover the rates and FX desks for a global bank's market risk team.",
)
AUDIT_ROLE = dict(
    title="Audit Manager, Financial Services",
    department="Assurance",
    seniority="manager",
    requirements="ACA\nExternal audit\nIFRS 9 or 17\nFinancial services clients",
    description="Run audits of asset managers and insurers.",
)
CONSULTING_ROLE = dict(
    title="Consultant, Financial Services Strategy",
    department="Strategy",
    seniority="senior",
    requirements="Strategy consulting\nCommercial due diligence\nFinancial services",
    description="Strategy and due diligence work for banks, insurers and private equity.",
)
PERFORMANCE_ROLE = dict(
    title="Performance Marketing Manager",
    department="Marketing",
    seniority="senior",
    requirements="Paid social\nGoogle Ads\nGA4 and attribution\nBudget ownership",
    description="Own paid acquisition for a consumer brand.",
)
BRAND_ROLE = dict(
    title="Senior Brand Manager",
    department="Marketing",
    seniority="senior",
    requirements="Brand strategy\nCampaign planning\nAgency management\nConsumer insight",
    description="Own the brand plan and the agency roster for a consumer brand.",
)
AD_ROLE = dict(
    title="Account Director",
    department="Client Services",
    seniority="lead",
    requirements="Client leadership\nIntegrated campaigns\nFees and scopes\nNew business",
    description="Lead two retail and banking clients at an integrated agency.",
)
COPY_ROLE = dict(
    title="Senior Copywriter",
    department="Creative",
    seniority="senior",
    requirements="Copywriting\nConcepting\nIntegrated campaigns\nA portfolio of work",
    description="Write and concept integrated campaigns with an art director partner.",
)

# --- where and how they are worked ----------------------------------------------------------

CITY_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week in our City office, Tuesday to Thursday"],
)
WHARF_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week at our Canary Wharf office"],
)
CITY_ONSITE = dict(remote_policy="onsite", location="London, UK")
WHARF_ONSITE = dict(
    remote_policy="onsite",
    location="London, UK",
    offers=["Based on the floor at our Canary Wharf office, five days a week"],
)
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: three days a week in our IFSC office"],
)
EDINBURGH_HYBRID = dict(
    remote_policy="hybrid",
    location="Edinburgh, UK",
    offers=["Hybrid: three days a week at our St Andrew Square office"],
)
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: three days a week at our St Peter's Square office"],
)
AMSTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid: three days a week at our Zuidas office"],
)
FRANKFURT_HYBRID = dict(
    remote_policy="hybrid",
    location="Frankfurt am Main, Germany",
    offers=["Hybrid: three days a week in our Westend office"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a formal withdrawal of consent vs a formal note to use a personal address only",
        "cs",
        [
            pool(CONTROLLER, "London, UK")(
                "Perpetua Ashcombe",
                0,
                touches=[
                    mail(
                        65,
                        "Dear Sirs, I write to withdraw my consent to your firm holding or "
                        "processing my personal data for recruitment purposes. Kindly ensure "
                        "that no further contact is made with me by any of your consultants. "
                        "Yours faithfully, P. Ashcombe",
                    )
                ],
                excluded=True,
            ),
            pool(CONTROLLER, "London, UK")(
                "Winifred Castellane",
                2,
                touches=[
                    mail(
                        65,
                        "Dear Mr Harcourt, a brief note to ask that you write to my personal "
                        "address from now on rather than my work one at Barclays. I remain keen "
                        "to hear of financial controller roles in the City. Kind regards, "
                        "W. Castellane",
                    )
                ],
            ),
        ],
        **role(CONTROLLER_ROLE, CITY_HYBRID),
    ),
    C(
        "whatsapp 'take me off ur lists' vs take me off the Canary Wharf shortlist",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Jermaine Ofori-Atta",
                0,
                touches=[
                    wa(
                        30,
                        "pls take me off ur lists mate. not interested in headhunters full "
                        "stop, dont message again",
                    )
                ],
                excluded=True,
            ),
            pool(RISK, "London, UK")(
                "Kwabena Asante-Boateng",
                2,
                touches=[
                    wa(
                        30,
                        "pls take me off the canary wharf shortlist, cant face that commute "
                        "from walthamstow again. anything city side still v keen",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID),
    ),
    C(
        "ATS 'DNC per cand' vs no calls during bonus season",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Hugo Fairweather-Lane",
                0,
                touches=[
                    ats(
                        110,
                        "Cand reqd removal from all comms 14/07. DNC per cand - do NOT approach "
                        "for any mandate, any desk.",
                    )
                ],
                excluded=True,
            ),
            pool(MNA, "London, UK")(
                "Barnaby Quarrington",
                2,
                touches=[
                    ats(
                        110,
                        "Cand reqd no calls Jan-Mar (bonus season, comp convos) - fine to "
                        "approach rest of yr. Open to mid-mkt M&A.",
                    )
                ],
            ),
        ],
        **role(MNA_ROLE, CITY_HYBRID),
    ),
    C(
        "a LinkedIn no to all InMails vs no more sell-side InMails, buy-side welcome",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Tarquin Holloway-Breen",
                0,
                touches=[
                    inmail(
                        45,
                        "Please stop sending me InMails. I'm not open to opportunities and "
                        "won't be through agencies - kindly close whatever file you have on me.",
                    )
                ],
                excluded=True,
            ),
            pool(MNA, "London, UK")(
                "Rupa Chaudhary-Wells",
                2,
                touches=[
                    inmail(
                        45,
                        "Please stop sending me InMails about sell-side roles - I've done my "
                        "time in banking. Buy-side or corp dev, very happy to talk.",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_HYBRID,
            title="Corporate Development Associate",
            description="Buy-side M&A for a listed insurer's corporate development team.",
        ),
    ),
    C(
        "German: delete my data and stop vs not at the work address, open to risk roles",
        "cs",
        [
            pool(RISK, "Frankfurt am Main, Germany")(
                "Volker Hinrichsen",
                0,
                touches=[
                    mail(
                        50,
                        "Sehr geehrte Damen und Herren, bitte löschen Sie sämtliche Daten zu "
                        "meiner Person und sehen Sie von jeder weiteren Kontaktaufnahme ab. "
                        "Mit freundlichen Grüßen",
                    )
                ],
                excluded=True,
            ),
            pool(RISK, "Frankfurt am Main, Germany")(
                "Dagmar Ostendorff",
                2,
                touches=[
                    mail(
                        50,
                        "Bitte kontaktieren Sie mich nicht mehr über meine Firmenadresse bei "
                        "der Commerzbank, sondern privat. Für Marktrisiko-Rollen in Frankfurt "
                        "bin ich weiterhin offen.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, FRANKFURT_HYBRID),
    ),
    C(
        "Dutch: take me out of your files vs rather no calls in office hours",
        "sales",
        [
            pool(PERFORMANCE, "Amsterdam, Netherlands", "sales")(
                "Maarten Hoogeveen",
                0,
                touches=[
                    mail(
                        40,
                        "Haal mij alsjeblieft uit jullie bestand. Ik wil door niemand van "
                        "jullie bureau meer benaderd worden.",
                    )
                ],
                excluded=True,
            ),
            pool(PERFORMANCE, "Amsterdam, Netherlands", "sales")(
                "Lieke Brinkerink",
                2,
                touches=[
                    mail(
                        40,
                        "Bel me liever niet onder werktijd, mailen is prima. Ik sta nog steeds "
                        "open voor een performance-rol op de Zuidas.",
                    )
                ],
            ),
        ],
        **role(PERFORMANCE_ROLE, AMSTERDAM_HYBRID),
    ),
    C(
        "a write-up: done with recruiters for good vs done with the Big Four",
        "cs",
        [
            pool(AUDITOR, "Manchester, UK")(
                "Imelda Prendergast",
                0,
                touches=[
                    rang(
                        80,
                        "Caught Imelda between meetings. She told me in no uncertain terms "
                        "she is finished with recruiters and wants nothing further from us, "
                        "ever. I've said we'll respect that.",
                    )
                ],
                excluded=True,
            ),
            pool(AUDITOR, "Manchester, UK")(
                "Rosalind Ackerley",
                2,
                touches=[
                    rang(
                        80,
                        "Caught Rosalind between meetings. She told me in no uncertain terms "
                        "she is finished with the Big Four - wants an in-house or challenger "
                        "firm seat next, Manchester based.",
                    )
                ],
            ),
        ],
        **role(
            AUDIT_ROLE,
            MANCHESTER_HYBRID,
            description="Run audits of asset managers and insurers for a challenger firm.",
        ),
    ),
    C(
        "a bare UNSUBSCRIBE vs off the jobs digest but ring me about AD roles",
        "sales",
        [
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Sorcha Mulrooney",
                0,
                touches=[mail(20, "UNSUBSCRIBE. Now.")],
                excluded=True,
            ),
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Gráinne Devereux",
                2,
                touches=[
                    mail(
                        20,
                        "Unsubscribe me from the weekly jobs digest please - but do ring me "
                        "yourself about AD roles, that's different.",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, CITY_HYBRID),
    ),
    C(
        "her own stop vs a husband's stop passed on by a wife still keen on FP&A",
        "cs",
        [
            pool(FPA, "Edinburgh, UK")(
                "Morag Lindsay-Kerr",
                0,
                touches=[
                    mail(
                        35,
                        "Please don't contact me again about any roles, now or in future. "
                        "Thank you.",
                    )
                ],
                excluded=True,
            ),
            pool(FPA, "Edinburgh, UK")(
                "Catriona Balfour",
                2,
                touches=[
                    mail(
                        35,
                        "My husband asked me to pass on that he doesn't want any more calls "
                        "from your team (he's retiring!). I'm very much still interested in "
                        "FP&A roles in Edinburgh though.",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, EDINBURGH_HYBRID),
    ),
    C(
        "no thanks and don't write again vs no thanks, the day rate was too low",
        "cs",
        [
            pool(CREATIVE, "London, UK", "designer")(
                "Ptolemy Wraybrook",
                0,
                touches=[
                    mail(
                        55,
                        "Thanks but no thanks - and please don't write again. I've left "
                        "advertising altogether and I'm retraining as a carpenter.",
                    )
                ],
                excluded=True,
            ),
            pool(CREATIVE, "London, UK", "designer")(
                "Lysander Okonjo",
                2,
                touches=[
                    mail(
                        55,
                        "Thanks but no thanks on that freelance gig - £350 a day is too low "
                        "for a senior writer. Do write again with anything over £500.",
                    )
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            CITY_HYBRID,
            title="Senior Copywriter (freelance, 3 months)",
            offers=["£550 a day, outside IR35", "Three days a week in our Clerkenwell studio"],
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "not moving till the bonus is paid in March vs bonus paid last March",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Fenwick Harrow",
                1,
                touches=[
                    rang(
                        date(2026, 10, 12),
                        "Cand not moving till bonus is paid in March - leaving it on the "
                        "table is a non-starter. Ping him after.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Ottoline Ferrars",
                2,
                touches=[
                    rang(
                        date(2025, 11, 10),
                        "Cand won't budge before the bonus lands in March. Revisit after "
                        "that, v open to mid-mkt.",
                    )
                ],
            ),
        ],
        **role(MNA_ROLE, CITY_HYBRID),
    ),
    C(
        "six months' notice handed in this month vs three months' handed in in June",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Crispian Vellenoweth",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "Resigned this morning. Six months' notice as a VP, so I won't be free "
                        "before May - keep me warm for anything starting then.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Ambrose Tennyson-Hale",
                2,
                touches=[
                    mail(
                        date(2026, 6, 1),
                        "Resigned today - 3 months' notice, so I'm yours from September. "
                        "Would love to hear about market risk roles from then.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID),
    ),
    C(
        "garden leave and a non-compete into April vs garden leave over in July",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Sebastian Du Plessis",
                1,
                touches=[
                    ats(
                        date(2026, 10, 26),
                        "Cand on GL to 31/01 then 3m NC to end Apr - can't start anywhere "
                        "competing till May. Lwd was 23/10.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Peregrine Ashworth",
                2,
                touches=[
                    ats(
                        date(2026, 3, 30),
                        "Cand on GL till end July, no NC. Free to start any time after - "
                        "wants mid-mkt M&A.",
                    )
                ],
            ),
        ],
        **role(MNA_ROLE, CITY_HYBRID),
    ),
    C(
        "German notice to the end of a quarter, from April vs a notice that ran out in September",
        "cs",
        [
            pool(COMPLIANCE, "Frankfurt am Main, Germany")(
                "Heike Lautenschläger",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Meine Kündigungsfrist beträgt drei Monate zum Quartalsende - "
                        "frühestens ab dem 1. April kann ich anfangen. Gerne danach.",
                    )
                ],
            ),
            pool(COMPLIANCE, "Frankfurt am Main, Germany")(
                "Reinhild Oberhauser",
                2,
                touches=[
                    mail(
                        date(2026, 6, 15),
                        "Ich habe gekündigt, Kündigungsfrist bis 30. September. Ab Oktober "
                        "bin ich frei für neue Compliance-Rollen.",
                    )
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, FRANKFURT_HYBRID),
    ),
    C(
        "on maternity leave till next September vs maternity leave that ended in August",
        "cs",
        [
            pool(FPA, "Dublin, Ireland")(
                "Aisling Fitzmaurice",
                1,
                touches=[
                    wa(
                        date(2026, 10, 5),
                        "on mat leave til next september so no point calling before then, "
                        "baby's only 3 wks! xx",
                    )
                ],
            ),
            pool(FPA, "Dublin, Ireland")(
                "Clodagh Brannigan",
                2,
                touches=[
                    wa(
                        date(2026, 2, 9),
                        "on mat leave til end of august, try me after that? would love "
                        "something in fp&a",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "year-end: not till the accounts are signed off in March vs last year's sign-off",
        "cs",
        [
            pool(CONTROLLER, "Manchester, UK")(
                "Gervase Pilkington",
                1,
                touches=[
                    rang(
                        date(2026, 11, 16),
                        "FC at a PE-backed group, Dec year-end. Won't look at anything till "
                        "the accounts are signed off in March - leaving mid-audit would burn "
                        "bridges.",
                    )
                ],
            ),
            pool(CONTROLLER, "Manchester, UK")(
                "Leofric Haworth",
                2,
                touches=[
                    rang(
                        date(2026, 1, 12),
                        "FC, Dec year-end. Not moving till the audit's signed off in March, "
                        "then very open.",
                    )
                ],
            ),
        ],
        **role(CONTROLLER_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "a deferred tranche vesting next June vs one that vested in September",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Bartholomew Kinnear",
                1,
                touches=[
                    mail(
                        date(2026, 9, 28),
                        "Honestly I'd be walking away from £80k of deferred if I went before "
                        "the June 2027 vest. Come back to me after that.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Evander Sloane",
                2,
                touches=[
                    mail(
                        date(2026, 5, 18),
                        "I'd rather not move until my deferred tranche vests at the end of "
                        "September - after that I'm all ears.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID),
    ),
    C(
        "CFA Level III in May vs Level II sat last May",
        "cs",
        [
            pool(COMPLIANCE, "Edinburgh, UK")(
                "Lachlan Urquhart",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 2),
                        "Thanks for reaching out. Sitting CFA Level III in May so no "
                        "interviews till after the exam, sorry.",
                    )
                ],
            ),
            pool(COMPLIANCE, "Edinburgh, UK")(
                "Ewan Macrae",
                2,
                touches=[
                    inmail(
                        date(2026, 2, 16),
                        "Thanks for getting in touch - I've got CFA Level II in May, so "
                        "nothing until the exam's done please.",
                    )
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, EDINBURGH_HYBRID),
    ),
    C(
        "travelling South America till Easter vs 'after the summer lull'",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Saffron Whitlock",
                1,
                touches=[
                    mail(
                        date(2026, 9, 21),
                        "Taking a proper sabbatical - Patagonia, then Colombia - back after "
                        "Easter. Don't bother sending anything until then!",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Persephone Marchetti",
                2,
                touches=[
                    mail(
                        date(2026, 6, 22),
                        "Nothing moves in August anyway - drop me a line after the summer "
                        "lull and we'll talk properly.",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, CITY_HYBRID),
    ),
    C(
        "Irish: after Paddy's Day vs after the October bank holiday",
        "cs",
        [
            pool(COMPLIANCE, "Dublin, Ireland")(
                "Donncha Ó Loingsigh",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "leave it til after paddys day if u dont mind, weve the CBI "
                        "inspection and a fund launch",
                    )
                ],
            ),
            pool(COMPLIANCE, "Dublin, Ireland")(
                "Ruairí Mac Giolla",
                2,
                touches=[
                    wa(
                        date(2026, 9, 7),
                        "leave it til after the october bank hol, swamped with the fund "
                        "launch til then",
                    )
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "in probation at an insurer till February vs a probation that ended in July",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Cosmo Pennefather",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Spoke to cand, 6m probation at Hiscox runs to mid-Feb - won't jump "
                        "before he's through it.",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Jago Trethewey",
                2,
                touches=[
                    rang(
                        date(2026, 2, 2),
                        "Spoke to cand, probation at Beazley to end of July - not moving "
                        "before that, keen after.",
                    )
                ],
            ),
        ],
        **role(ACTUARY_ROLE, CITY_HYBRID),
    ),
]

# --- 3. schedule -----------------------------------------------------------------------------

SCHEDULE = [
    C(
        "live-deal hours: done with 2am turns vs used to the hours on a live deal",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Ingram Featherstonehaugh",
                0,
                touches=[
                    rang(
                        60,
                        "Cand done with 2am turns and weekend pitch books, wants predictable "
                        "hours and a life back. Exit ops only.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Marcus Abernethy-Cole",
                2,
                touches=[
                    rang(
                        60,
                        "Cand fine with the hours when a deal is live - 'it's the job'. Wants "
                        "better deal flow than his current shop.",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_ONSITE,
            offers=["Live-deal hours: late nights and weekend work are expected on execution"],
        ),
    ),
    C(
        "a nine-day fortnight: wants Fridays for the school run vs no stated hours",
        "cs",
        [
            pool(FPA, "Manchester, UK")(
                "Philippa Entwistle",
                2,
                touches=[
                    mail(
                        45,
                        "Ideally I'd like every other Friday off for the school run - a 9-day "
                        "fortnight or compressed hours would be perfect.",
                    )
                ],
            ),
            pool(FPA, "Manchester, UK")(
                "Harriet Blundell",
                1,
                touches=[
                    mail(
                        45,
                        "Ideally I'd like a bigger remit - the whole budget, not just opex. "
                        "Manchester hybrid suits me.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            MANCHESTER_HYBRID,
            offers=["Nine-day fortnight: every other Friday off", "Three days in the office"],
        ),
    ),
    C(
        "a 7am start for the London open: nursery drop-off vs in by seven anyway",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Tobias Wetherall",
                0,
                touches=[
                    ats(
                        40,
                        "Cand can't be in before 8.45 - nursery drop-off is his, wife leaves "
                        "at 6. Hard stop.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Rafferty Coldstream",
                2,
                touches=[
                    ats(
                        40,
                        "Cand early bird - at his desk by 7 most days anyway, gym at 5.30. "
                        "Likes being on the floor for the open.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            WHARF_ONSITE,
            description="Cover the rates desk from the London open: the day starts at 7am.",
        ),
    ),
    C(
        "busy season Saturdays: never another vs busy season is busy season",
        "cs",
        [
            pool(AUDITOR, "London, UK")(
                "Delphine Achterberg",
                0,
                touches=[
                    inmail(
                        75,
                        "Honestly I won't do another January-to-March of Saturdays in the "
                        "office. That's why I'm looking.",
                    )
                ],
            ),
            pool(AUDITOR, "London, UK")(
                "Ottilie Brackenbury",
                2,
                touches=[
                    inmail(
                        75,
                        "Busy season is busy season, I know what I signed up for - I just "
                        "want a firm with better FS clients.",
                    )
                ],
            ),
        ],
        **role(
            AUDIT_ROLE,
            CITY_HYBRID,
            offers=["Busy season January to March: evenings and some Saturdays"],
        ),
    ),
    C(
        "a three-day-a-week post: full-time only vs wants three days after mat leave",
        "cs",
        [
            pool(CONTROLLER, "Edinburgh, UK")(
                "Isla Drummond-Hay",
                0,
                touches=[
                    rang(
                        50,
                        "Full-time only - can't afford to drop to three days, mortgage just "
                        "went up.",
                    )
                ],
            ),
            pool(CONTROLLER, "Edinburgh, UK")(
                "Fenella Mackintosh",
                2,
                touches=[
                    rang(
                        50,
                        "Back from mat leave in the spring, wants to go down to three days a "
                        "week - Mon to Wed ideally.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            EDINBURGH_HYBRID,
            title="Financial Controller (part-time, 0.6 FTE)",
            offers=["Three days a week, Monday to Wednesday"],
        ),
    ),
]

# --- 4. travel -------------------------------------------------------------------------------

TRAVEL = [
    C(
        "Monday to Thursday on a client site: no more with a young family vs prefers it",
        "cs",
        [
            pool(CONSULTANT, "London, UK")(
                "Algernon Pettifer",
                0,
                touches=[
                    rang(
                        90,
                        "Young family - no more Mon-Thu on client site, wants to sleep in his "
                        "own bed every night.",
                    )
                ],
            ),
            pool(CONSULTANT, "London, UK")(
                "Sunniva Tveitane",
                2,
                touches=[
                    rang(
                        90,
                        "Loves being on client site Mon-Thu, gets bored in the office. Single, "
                        "no ties, up for anything.",
                    )
                ],
            ),
        ],
        **role(
            CONSULTING_ROLE,
            CITY_HYBRID,
            offers=["Client site Monday to Thursday most weeks, Fridays in the office"],
        ),
    ),
    C(
        "London trips from Frankfurt: once a month is fine vs no more business trips",
        "cs",
        [
            pool(RISK, "Frankfurt am Main, Germany")(
                "Konstantin Wehrli",
                2,
                touches=[
                    mail(
                        60,
                        "Einmal im Monat nach London zu fliegen ist für mich kein Problem, "
                        "das habe ich bei der Deutschen jahrelang gemacht.",
                    )
                ],
            ),
            pool(RISK, "Frankfurt am Main, Germany")(
                "Annegret Vollmer",
                0,
                touches=[
                    mail(
                        60,
                        "Seit der Elternzeit mache ich keine Dienstreisen mehr - höchstens "
                        "mal ein Tag in Köln.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            FRANKFURT_HYBRID,
            offers=["Two or three days in London every month with the global risk team"],
        ),
    ),
    C(
        "Channel Islands audits: the odd trip to Jersey is fine vs no overnights since EY",
        "cs",
        [
            pool(AUDITOR, "London, UK")(
                "Gideon Faraday",
                2,
                touches=[
                    ats(
                        70,
                        "Cand fine with the odd trip to Jersey or Guernsey - did fund audits "
                        "there at PwC.",
                    )
                ],
            ),
            pool(AUDITOR, "London, UK")(
                "Valentina Rossetti",
                0,
                touches=[
                    ats(
                        70,
                        "Cand left EY because of the travel - wants a desk in London, no "
                        "overnights, no flights.",
                    )
                ],
            ),
        ],
        **role(
            AUDIT_ROLE,
            CITY_HYBRID,
            offers=["Regular overnight trips to fund clients in Jersey and Guernsey"],
        ),
    ),
    C(
        "a past employer's travel this desk job doesn't have vs wants to travel",
        "cs",
        [
            pool(CONSULTANT, "London, UK")(
                "Horatio Blenkiron-Wade",
                2,
                touches=[
                    rang(
                        100,
                        "Left Accenture because of the travel - 4 nights away most weeks "
                        "for three years. Wants a London seat.",
                    )
                ],
            ),
            pool(CONSULTANT, "London, UK")(
                "Cassius Mbeki-Hart",
                0,
                touches=[
                    rang(
                        100,
                        "Will only look at roles with international travel - goes stir crazy "
                        "at a desk.",
                    )
                ],
            ),
        ],
        **role(
            CONSULTING_ROLE,
            CITY_HYBRID,
            title="Strategy Manager (in-house)",
            offers=["No client travel: an in-house strategy team in the City"],
        ),
    ),
    C(
        "shoots abroad: loves a Cape Town shoot vs carer for her mum, can't travel",
        "cs",
        [
            pool(CREATIVE, "London, UK", "designer")(
                "Zephyrine Lockhart",
                2,
                touches=[
                    wa(
                        45,
                        "honestly a week in cape town on a shoot is my favourite bit of the "
                        "job, bring it on",
                    )
                ],
            ),
            pool(CREATIVE, "London, UK", "designer")(
                "Mirabel Osei-Tutu",
                0,
                touches=[
                    wa(
                        45,
                        "cant do shoots abroad anymore, im my mums carer now. london only sorry",
                    )
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            CITY_HYBRID,
            offers=["Shoots abroad several times a year (Cape Town, Lisbon, LA)"],
        ),
    ),
]

# --- 5. visa ---------------------------------------------------------------------------------

NO_SPONSOR = "We cannot offer visa sponsorship for this role."

VISA = [
    C(
        "needs Skilled Worker sponsorship vs ILR since 2024, a no-sponsorship role",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Aarav Raghunathan",
                0,
                touches=[
                    ats(
                        40,
                        "Cand on Graduate visa, expires March - needs Skilled Worker "
                        "sponsorship for any move.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Ishaan Balasubramanian",
                2,
                touches=[
                    ats(
                        40,
                        "Cand has ILR since 2024, no sponsorship needed. Wants a payments "
                        "compliance seat.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            description=COMPLIANCE_ROLE["description"] + " " + NO_SPONSOR,
        ),
    ),
    C(
        "Amsterdam: needs a highly skilled migrant permit, offered vs an Irish passport",
        "sales",
        [
            pool(PERFORMANCE, "Mumbai, India", "sales")(
                "Vikramaditya Bhattacharjee-Lowe",
                2,
                touches=[
                    mail(
                        55,
                        "I'd need a kennismigrant (HSM) permit to move, and honestly the 30% "
                        "ruling would make Amsterdam work for us.",
                    )
                ],
            ),
            pool(PERFORMANCE, "Dublin, Ireland", "sales")(
                "Eimear Ní Fhlannagáin",
                1,
                touches=[
                    mail(
                        55,
                        "Irish passport so no paperwork needed - I'd just need to find a flat "
                        "in Amsterdam.",
                    )
                ],
            ),
        ],
        **role(
            PERFORMANCE_ROLE,
            AMSTERDAM_HYBRID,
            offers=[
                "Highly skilled migrant sponsorship and the 30% ruling",
                "Relocation package to Amsterdam",
            ],
        ),
    ),
    C(
        "Frankfurt: needs a Blue Card vs a Portuguese passport, EU authorisation required",
        "cs",
        [
            pool(RISK, "São Paulo, Brazil")(
                "Thiago Cavalcanti-Rezende",
                0,
                touches=[
                    mail(
                        50,
                        "Brazilian passport only - I'd need the employer to sponsor a Blue "
                        "Card for Germany.",
                    )
                ],
            ),
            pool(RISK, "São Paulo, Brazil")(
                "Mariana Vasconcelos",
                2,
                touches=[
                    mail(
                        50,
                        "I hold a Portuguese passport through my father, so I can work in "
                        "Germany without any visa.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            FRANKFURT_HYBRID,
            description="Cover the rates desks for a bank's market risk team. EU work "
            "authorisation required; we do not sponsor visas.",
        ),
    ),
    C(
        "a dependant visa with full work rights vs a visa tied to his employer",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Nandini Krishnamurthy",
                2,
                touches=[
                    rang(
                        65,
                        "Her husband's Skilled Worker visa is tied to his job at Aon; she's on "
                        "a dependant visa with full right to work - no sponsorship needed.",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Siddharth Venugopal",
                0,
                touches=[
                    rang(
                        65,
                        "On a Skilled Worker visa tied to Chaucer - would need a new CoS from "
                        "any new employer.",
                    )
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            CITY_HYBRID,
            description="Price specialty lines for a Lloyd's syndicate. " + NO_SPONSOR,
        ),
    ),
    C(
        "Dublin: Stamp 1G needing a Critical Skills permit vs Stamp 4",
        "cs",
        [
            pool(FPA, "Dublin, Ireland")(
                "Chidinma Anozie-Platt",
                0,
                touches=[
                    ats(
                        45,
                        "Cand on Stamp 1G (grad scheme), needs a CSEP to stay past June.",
                    )
                ],
            ),
            pool(FPA, "Dublin, Ireland")(
                "Ifeoma Ezeogu-Blair",
                2,
                touches=[
                    ats(
                        45,
                        "Cand has Stamp 4 since last year - free to work for anyone, no permit.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            DUBLIN_HYBRID,
            description="Own the budget and reforecasts for an Irish fund administrator. "
            "Candidates must already have the right to work in Ireland.",
        ),
    ),
]

# --- 6. contract and hours -------------------------------------------------------------------

CONTRACT = [
    C(
        "an inside-IR35 contract: outside only, no umbrella vs inside via umbrella is fine",
        "cs",
        [
            pool(CONTROLLER, "London, UK")(
                "Reginald Ashburton",
                0,
                touches=[
                    rang(
                        30,
                        "Interim FC. Outside IR35 only - won't go near an umbrella, has his "
                        "own Ltd.",
                    )
                ],
            ),
            pool(CONTROLLER, "London, UK")(
                "Oswin Thackeray",
                2,
                touches=[
                    rang(
                        30,
                        "Interim FC. Inside via umbrella is fine, it's the day rate he cares "
                        "about.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            CITY_HYBRID,
            title="Interim Financial Controller (6 months, inside IR35)",
            offers=["£650 a day inside IR35 via an umbrella company"],
        ),
    ),
    C(
        "a permanent job: interim only vs wants to go perm after two years of FTCs",
        "cs",
        [
            pool(FPA, "London, UK")(
                "Cordelia Ravenscroft",
                0,
                touches=[
                    mail(
                        35,
                        "Interim only for me - I've no appetite for perm politics, appraisals "
                        "and the rest of it.",
                    )
                ],
            ),
            pool(FPA, "London, UK")(
                "Georgiana Whitbread",
                2,
                touches=[
                    mail(
                        35,
                        "After two years of back-to-back FTCs I'd really like a permanent "
                        "seat now.",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, CITY_HYBRID, offers=["Permanent, full-time"]),
    ),
    C(
        "a 12-month maternity cover: a bridge to her MBA vs no more fixed-term",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Anouk Vermeulen-Price",
                2,
                touches=[
                    ats(
                        50,
                        "Open to a 12m mat cover - would bridge nicely to her MBA at LBS in "
                        "Jan 2028.",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Henrietta Adebisi-Croft",
                0,
                touches=[
                    ats(
                        50,
                        "Wants perm security now, no more fixed-term or mat covers. Burned by "
                        "the last one.",
                    )
                ],
            ),
        ],
        **role(
            BRAND_ROLE,
            CITY_HYBRID,
            title="Senior Brand Manager (12-month maternity cover)",
            offers=["Fixed-term contract, 12 months"],
        ),
    ),
    C(
        "outside IR35 through a Ltd: has his own Ltd vs wants to stay on PAYE",
        "cs",
        [
            pool(CREATIVE, "London, UK", "designer")(
                "Fitzgerald Ampofo-Reade",
                2,
                touches=[
                    wa(
                        25,
                        "got my own ltd now, outside gigs only please, day rate negotiable",
                    )
                ],
            ),
            pool(CREATIVE, "London, UK", "designer")(
                "Beatrix Holloway",
                0,
                touches=[
                    wa(
                        25,
                        "want to stay on PAYE, cant be doing with the Ltd company admin and "
                        "an accountant",
                    )
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            CITY_HYBRID,
            title="Freelance Senior Copywriter (outside IR35)",
            offers=["£500 a day outside IR35, invoiced through your own limited company"],
        ),
    ),
    C(
        "a six-month contract: wants at least twelve vs short contracts suit him",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Montague Harcastle",
                0,
                touches=[
                    rang(
                        40,
                        "Contractor. Wants something long-term - 12m minimum, sick of "
                        "chasing renewals every quarter.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Lucius Ferreira-Dunn",
                2,
                touches=[
                    rang(
                        40,
                        "Contractor. Short contracts suit him, likes the variety, 3-6m is "
                        "the sweet spot.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            title="KYC Remediation Lead (6-month contract)",
            offers=["Six-month contract, £600 a day inside IR35"],
        ),
    ),
    C(
        "German fixed-term parental cover: permanent only vs fixed-term is fine",
        "cs",
        [
            pool(COMPLIANCE, "Frankfurt am Main, Germany")(
                "Gundula Brettschneider",
                0,
                touches=[
                    mail(
                        45,
                        "Ein befristeter Vertrag kommt für mich nicht in Frage - nur unbefristet.",
                    )
                ],
            ),
            pool(COMPLIANCE, "Frankfurt am Main, Germany")(
                "Wiebke Sonnenfeld",
                2,
                touches=[
                    mail(
                        45,
                        "Befristet ist für mich völlig in Ordnung, gerne auch als "
                        "Elternzeitvertretung.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            FRANKFURT_HYBRID,
            title="Compliance Manager (Elternzeitvertretung, befristet auf 14 Monate)",
            offers=["Befristeter Vertrag, 14 Monate"],
        ),
    ),
]

# --- 7. commute ------------------------------------------------------------------------------

COMMUTE = [
    C(
        "Canary Wharf: Reading on the Elizabeth line vs Sevenoaks, City only",
        "cs",
        [
            pool(RISK, "Reading, UK")(
                "Leopold Ainsworth",
                2,
                touches=[
                    rang(
                        55,
                        "Lives in Reading - Elizabeth line straight through to the Wharf, "
                        "door to desk in an hour. Happy.",
                    )
                ],
            ),
            pool(RISK, "Sevenoaks, UK")(
                "Horace Wintringham",
                0,
                touches=[
                    rang(
                        55,
                        "Lives in Sevenoaks - won't do the Wharf, only the City via London "
                        "Bridge or Cannon St.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, WHARF_HYBRID),
    ),
    C(
        "Manchester three days in: Stockport, fifteen minutes vs Lancaster, 45 minutes max",
        "cs",
        [
            pool(FPA, "Stockport, UK")(
                "Kirsty Ashworth-Tyldesley",
                2,
                touches=[
                    mail(
                        50,
                        "I'm in Stockport so it's 15 minutes on the train to Piccadilly - "
                        "three days in is no bother.",
                    )
                ],
            ),
            pool(FPA, "Lancaster, UK")(
                "Tamsin Greenhalgh",
                0,
                touches=[
                    mail(
                        50,
                        "I'm in Lancaster and my limit is 45 minutes door to door, so "
                        "Manchester's a stretch too far for me.",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "Glasgow to Edinburgh three days a week: reads on the train vs once a week max",
        "cs",
        [
            pool(ACTUARY, "Glasgow, UK")(
                "Hamish Baird",
                2,
                touches=[
                    ats(
                        45,
                        "Cand Glasgow based, happy doing Queen St to Waverley 3x a week - "
                        "uses the train to read.",
                    )
                ],
            ),
            pool(ACTUARY, "Glasgow, UK")(
                "Fraser Gillespie",
                0,
                touches=[
                    ats(
                        45,
                        "Cand Glasgow based, won't do the Edinburgh train more than once a "
                        "week, not with ScotRail.",
                    )
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            EDINBURGH_HYBRID,
            description="Price protection and annuity products for an Edinburgh life insurer.",
        ),
    ),
    C(
        "the Zuidas three days a week: Utrecht, 25 minutes vs Rotterdam, once a week",
        "sales",
        [
            pool(BRAND, "Utrecht, Netherlands", "sales")(
                "Jorien Vanderhorst",
                2,
                touches=[
                    mail(
                        40,
                        "Ik woon in Utrecht, 25 minuten met de trein naar Amsterdam Zuid - "
                        "drie dagen op kantoor is prima.",
                    )
                ],
            ),
            pool(BRAND, "Rotterdam, Netherlands", "sales")(
                "Sietske Dijkhuizen",
                0,
                touches=[
                    mail(
                        40,
                        "Vanuit Rotterdam ga ik niet vaker dan één dag per week naar "
                        "Amsterdam reizen.",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, AMSTERDAM_HYBRID),
    ),
    C(
        "Frankfurt four days on site: Wiesbaden by S-Bahn vs Würzburg, out of the question",
        "cs",
        [
            pool(CONTROLLER, "Wiesbaden, Germany")(
                "Matthias Grünewald",
                2,
                touches=[
                    mail(
                        60,
                        "Mit der S-Bahn von Wiesbaden bin ich in 40 Minuten am "
                        "Hauptbahnhof - das passt.",
                    )
                ],
            ),
            pool(CONTROLLER, "Würzburg, Germany")(
                "Hannelore Stöckl",
                0,
                touches=[
                    mail(
                        60,
                        "Täglich von Würzburg nach Frankfurt pendeln, 80 Minuten pro Strecke, "
                        "ist ausgeschlossen.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            dict(remote_policy="onsite", location="Frankfurt am Main, Germany"),
            offers=["Vier Tage pro Woche im Büro im Bankenviertel"],
        ),
    ),
]

# --- 8. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "a £150k base floor vs a 10-15% uplift on £105k, a £110-125k VP band",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Cuthbert Lowndes",
                0,
                touches=[
                    rang(
                        35,
                        "Cand wants £150k base minimum - won't move for less, bonus on top "
                        "is a given.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Desmond Achebe-Ward",
                2,
                touches=[
                    rang(
                        35,
                        "Cand on £105k base, looking for a 10-15% uplift plus a fair bonus.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            CITY_HYBRID,
            salary_min=110_000,
            salary_max=125_000,
            currency="GBP",
            offers=["Base £110k-£125k plus discretionary bonus"],
        ),
    ),
    C(
        "£750 a day outside vs £575 a day outside, a £550-600 outside contract",
        "cs",
        [
            pool(CONTROLLER, "London, UK")(
                "Ignatius Fairbrother",
                0,
                touches=[wa(20, "750/day outside is my floor, not budging")],
            ),
            pool(CONTROLLER, "London, UK")(
                "Percival Okafor-Lyle",
                2,
                touches=[wa(20, "575 outside would do it for me, can start in 2 wks")],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            CITY_HYBRID,
            title="Interim Group Financial Controller (outside IR35)",
            offers=["£550-£600 a day outside IR35", "Six months, likely to extend"],
        ),
    ),
    C(
        "needs her deferred bought out, a buy-out offered vs no deferred at stake",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Eugenia Saltonstall",
                2,
                touches=[
                    mail(
                        45,
                        "The sticking point will be my unvested deferred - roughly £60k. "
                        "Any move needs it bought out.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Clementine Awolowo",
                1,
                touches=[
                    mail(
                        45,
                        "No deferred to worry about at my shop, so I'm clean to move whenever.",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_HYBRID,
            offers=["Buy-out of unvested deferred bonus", "Base £110k-£130k plus bonus"],
            salary_min=110_000,
            salary_max=130_000,
            currency="GBP",
        ),
    ),
    C(
        "German: 130k fixed vs 100k fixed plus bonus, a €95-110k Frankfurt band",
        "cs",
        [
            pool(RISK, "Frankfurt am Main, Germany")(
                "Ulrich Pfeiffenberger",
                0,
                touches=[
                    rang(
                        40,
                        "Kandidat: Zielgehalt 130k fix, darunter wechselt er nicht.",
                    )
                ],
            ),
            pool(RISK, "Frankfurt am Main, Germany")(
                "Friedemann Ahlers",
                2,
                touches=[
                    rang(
                        40,
                        "Kandidat: 100k fix plus Bonus reicht ihm, wichtiger ist das Team.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            FRANKFURT_HYBRID,
            salary_min=95_000,
            salary_max=110_000,
            currency="EUR",
        ),
    ),
    C(
        "Dublin: won't move under €90k vs €75k and a decent pension, a €70-80k band",
        "cs",
        [
            pool(FPA, "Dublin, Ireland")(
                "Fiachra Ó Scannláin",
                0,
                touches=[
                    wa(
                        30,
                        "honestly not moving for under 90k base, rent in dublin is savage",
                    )
                ],
            ),
            pool(FPA, "Dublin, Ireland")(
                "Niamh Ní Mhurchadha-Kent",
                2,
                touches=[
                    wa(
                        30,
                        "75k would do me if theres a decent pension contribution on top",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            DUBLIN_HYBRID,
            salary_min=70_000,
            salary_max=80_000,
            currency="EUR",
        ),
    ),
    C(
        "a current salary above the band with a lower ask vs a current below it with a higher ask",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Araminta Pellew-Crane",
                2,
                touches=[
                    ats(
                        55,
                        "Cand on £95k at Goldman but would take £85k for proper balance and a "
                        "smaller shop. Genuinely.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Benedict Tamworth",
                0,
                touches=[
                    ats(
                        55,
                        "Cand on £85k now, needs £100k to move - has a counter in his back pocket.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            salary_min=80_000,
            salary_max=90_000,
            currency="GBP",
        ),
    ),
    C(
        "£120k all-in vs £120k base, a £95k base plus 25% bonus",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Roderick Pemberton",
                2,
                touches=[
                    rang(
                        45,
                        "His number is £120k all-in, base and bonus together - not fussed "
                        "how it splits.",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Ferdinand Oduya",
                0,
                touches=[
                    rang(
                        45,
                        "His number is £120k base, bonus on top - won't trade base for bonus.",
                    )
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            CITY_HYBRID,
            salary_min=90_000,
            salary_max=95_000,
            currency="GBP",
            offers=["Base up to £95k plus a target bonus of 25%"],
        ),
    ),
]

# --- 9. work mode said in one place only -----------------------------------------------------

WORK_MODE = [
    C(
        "remote in the policy field only: moved to the Peak District vs misses an office",
        "sales",
        [
            pool(PERFORMANCE, "Buxton, UK", "sales")(
                "Tabitha Cresswell",
                2,
                touches=[
                    wa(
                        40,
                        "moved out to the peaks so fully remote or nothing now tbh",
                    )
                ],
            ),
            pool(PERFORMANCE, "Buxton, UK", "sales")(
                "Jemima Strickland",
                0,
                touches=[
                    wa(
                        40,
                        "need an actual office again, the kitchen table is killing me",
                    )
                ],
            ),
        ],
        **role(PERFORMANCE_ROLE, UK_REMOTE),
    ),
    C(
        "a trading-floor role said only in the description: remote only vs wants the floor",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Caspar Thistlethwaite",
                0,
                touches=[
                    ats(
                        35,
                        "Cand remote only since covid, won't go back on a floor.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Dominic Featherby",
                2,
                touches=[
                    ats(
                        35,
                        "Cand wants to be back on the floor next to the traders, hates Teams.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            dict(location="London, UK"),
            description="Sit on the trading floor in Canary Wharf with the rates desk, five "
            "days a week.",
        ),
    ),
    C(
        "remote in the title only: fully remote from Inverness vs office-based for structure",
        "cs",
        [
            pool(FPA, "Inverness, UK")(
                "Eilidh Mac an Tòisich",
                2,
                touches=[
                    mail(
                        30,
                        "Living in Inverness now, so it has to be fully remote, I'm afraid.",
                    )
                ],
            ),
            pool(FPA, "Inverness, UK")(
                "Kenzie Sutherland",
                0,
                touches=[
                    mail(
                        30,
                        "I want to be in an office five days - I'm better with people around me.",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, dict(location="United Kingdom"), title="FP&A Manager (Remote, UK)"),
    ),
    C(
        "Tuesday to Thursday in the offers only: two days max vs likes the anchor days",
        "sales",
        [
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Rhiannon Bevan-Price",
                0,
                touches=[
                    rang(
                        45,
                        "AD, wants two days in max - three is a dealbreaker after the last "
                        "agency's mandate.",
                    )
                ],
            ),
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Olwen Pritchard",
                2,
                touches=[
                    rang(
                        45,
                        "AD, likes anchor days Tue-Thu with the team, the buzz is why she's "
                        "in agencies.",
                    )
                ],
            ),
        ],
        **role(
            AD_ROLE,
            dict(location="London, UK"),
            offers=["Tuesday to Thursday in our Shoreditch office"],
        ),
    ),
    C(
        "German: office presence in the description, home office only vs prefers the office",
        "cs",
        [
            pool(CONTROLLER, "Frankfurt am Main, Germany")(
                "Joachim Riedesel",
                0,
                touches=[
                    mail(
                        40,
                        "Ich suche ausschließlich Stellen mit 100 % Homeoffice.",
                    )
                ],
            ),
            pool(CONTROLLER, "Frankfurt am Main, Germany")(
                "Elke Bruckhaus",
                2,
                touches=[
                    mail(
                        40,
                        "Ich arbeite am liebsten im Büro, der Austausch mit dem Team fehlt "
                        "mir im Homeoffice.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            dict(location="Frankfurt am Main, Germany"),
            description="Präsenzstelle: fünf Tage pro Woche im Büro in Frankfurt, kein Homeoffice.",
        ),
    ),
]

# --- 10. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not averse to early starts' vs 'averse to anything before eight'",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Barnabas Whitgift",
                2,
                touches=[
                    rang(
                        40,
                        "Not averse to early starts at all, he's up with the kids by six anyway.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Jocelyn Hebblethwaite",
                0,
                touches=[
                    rang(
                        40,
                        "Pretty averse to anything before eight - does the breakfast club run.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_ONSITE,
            offers=["Trade surveillance cover from 7am"],
        ),
    ),
    C(
        "'money was never the issue, the Leeds commute was' vs the reverse, a modest band",
        "cs",
        [
            pool(FPA, "Manchester, UK")(
                "Graham Illingworth",
                2,
                touches=[
                    mail(
                        60,
                        "Money was never the issue - the two-hour round trip to Leeds was. "
                        "Something in Manchester would be ideal.",
                    )
                ],
            ),
            pool(FPA, "Manchester, UK")(
                "Stewart Ormerod",
                0,
                touches=[
                    mail(
                        60,
                        "The commute was never the issue - the money was. I need £20k more "
                        "than the £70k I'm on.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            MANCHESTER_HYBRID,
            salary_min=68_000,
            salary_max=75_000,
            currency="GBP",
        ),
    ),
    C(
        "'three days in is no problem' vs 'three days in is a problem'",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Clarissa Heathcote",
                2,
                touches=[
                    inmail(
                        35,
                        "Three days in the office is no problem at all for me, I'm ten "
                        "minutes from Farringdon.",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Honoria Blaxland",
                0,
                touches=[
                    inmail(
                        35,
                        "Three days in the office is a problem, I'm afraid - two is my "
                        "absolute max.",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, CITY_HYBRID),
    ),
    C(
        "'not remote-only, hybrid's fine' vs 'remote-only, not hybrid'",
        "cs",
        [
            pool(ACTUARY, "Manchester, UK")(
                "Alasdair Whiteside",
                2,
                touches=[
                    ats(
                        50,
                        "Cand NOT remote-only despite what his LinkedIn says - hybrid's fine, "
                        "3 days ok.",
                    )
                ],
            ),
            pool(ACTUARY, "Manchester, UK")(
                "Callum Strathearn-Moy",
                0,
                touches=[
                    ats(
                        50,
                        "Cand remote-only, not hybrid - has said it twice, don't send office "
                        "roles.",
                    )
                ],
            ),
        ],
        **role(ACTUARY_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "'wouldn't say no to a couple of reports' vs 'would say no to reports for now'",
        "cs",
        [
            pool(CONTROLLER, "Edinburgh, UK")(
                "Ailsa Cormack",
                2,
                touches=[
                    rang(
                        55,
                        "Wouldn't say no to a couple of reports - has been informally "
                        "mentoring two trainees.",
                    )
                ],
            ),
            pool(CONTROLLER, "Edinburgh, UK")(
                "Moira Halkett",
                0,
                touches=[
                    rang(
                        55,
                        "Would say no to reports for now - wants to be a technical IFRS "
                        "specialist, not a manager.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            EDINBURGH_HYBRID,
            offers=["Line manage two assistant accountants"],
        ),
    ),
    C(
        "no insurance except Lloyd's specialty vs no insurance, Lloyd's included",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Magnus Threlfall",
                2,
                touches=[
                    mail(
                        70,
                        "No more personal lines insurance - except Lloyd's specialty, which "
                        "I loved. Marine or cyber would be brilliant.",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Octavia Brightwell",
                0,
                touches=[
                    mail(
                        70,
                        "No more insurance of any kind, Lloyd's included - I want to move "
                        "into banking or consulting.",
                    )
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            CITY_HYBRID,
            description="Price marine and cyber for a Lloyd's syndicate in Lime Street.",
        ),
    ),
]

# --- 11. location and relocation -------------------------------------------------------------

LOCATIONS = [
    C(
        "Dublin: moving home to Dublin vs won't leave London, kids in school",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Orla Ní Chathasaigh",
                2,
                touches=[
                    rang(
                        40,
                        "Cand moving home to Dublin - partner starting at Stripe there, "
                        "flat sorted in Ranelagh.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Bronagh Tierney",
                0,
                touches=[
                    rang(
                        40,
                        "Cand won't leave London - kids settled in school in Clapham, "
                        "London roles only.",
                    )
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "Edinburgh: settled in Stockbridge vs emigrating to Sydney in February",
        "cs",
        [
            pool(FPA, "Edinburgh, UK")(
                "Rowena Maclean",
                2,
                touches=[
                    mail(
                        45,
                        "We've just bought in Stockbridge so I'm in Edinburgh for the long "
                        "haul - would love something in the New Town.",
                    )
                ],
            ),
            pool(FPA, "Edinburgh, UK")(
                "Shona Kilbride",
                0,
                touches=[
                    mail(
                        45,
                        "We're emigrating to Sydney in February - visa's through - so only "
                        "roles in Australia for me now.",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, EDINBURGH_HYBRID),
    ),
    C(
        "Frankfurt from London: did a secondment there vs Paris or Dublin only",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Julian Ashdown-Voss",
                2,
                touches=[
                    rang(
                        60,
                        "Open to Frankfurt - did an 18m secondment there in 2021, German B2, "
                        "loved Sachsenhausen.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Sebastiano Greco",
                0,
                touches=[
                    rang(
                        60,
                        "Would relocate for the right role but Paris or Dublin only - not "
                        "Frankfurt, tried it, hated it.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, FRANKFURT_HYBRID, offers=["Relocation support to Frankfurt"]),
    ),
    C(
        "Manchester: moving back up north vs a partner moving there while she stays",
        "sales",
        [
            pool(PERFORMANCE, "London, UK", "sales")(
                "Lydia Butterworth",
                2,
                touches=[
                    wa(
                        50,
                        "were moving back up north to be near my mum, manchester from march "
                        "- house is bought!",
                    )
                ],
            ),
            pool(PERFORMANCE, "London, UK", "sales")(
                "Georgina Haslam",
                0,
                touches=[
                    wa(
                        50,
                        "my partners moving to manchester for work but im staying in london "
                        "during the week, london roles only",
                    )
                ],
            ),
        ],
        **role(PERFORMANCE_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "Amsterdam from Cork: house-hunting in De Pijp vs parents in Cork, no relocation",
        "sales",
        [
            pool(BRAND, "Cork, Ireland", "sales")(
                "Caoimhe Lenihan",
                2,
                touches=[
                    mail(
                        55,
                        "We're already looking at flats in De Pijp - Amsterdam is the plan "
                        "for next year whatever happens.",
                    )
                ],
            ),
            pool(BRAND, "Cork, Ireland", "sales")(
                "Siobhán Creagh",
                0,
                touches=[
                    mail(
                        55,
                        "Relocation is off the table - my parents are in Cork and getting "
                        "on. Cork or remote only.",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, AMSTERDAM_HYBRID),
    ),
]

# --- 12. managing and level ------------------------------------------------------------------

LEVEL = [
    C(
        "a director leading eight: ready to step up vs wants to stay hands-on",
        "cs",
        [
            pool(FPA, "London, UK")(
                "Imogen Carrington-Smythe",
                2,
                touches=[
                    rang(
                        50,
                        "Ready to step up to Director - already runs four, covering for her "
                        "boss half the year.",
                    )
                ],
            ),
            pool(FPA, "London, UK")(
                "Esmé Fotheringham",
                0,
                touches=[
                    rang(
                        50,
                        "Wants to stay hands-on in the models, no line management, has turned "
                        "down a team twice.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            CITY_HYBRID,
            title="FP&A Director",
            seniority="director",
            offers=["Lead a team of eight"],
        ),
    ),
    C(
        "a senior individual contributor VP: hates managing vs won't go back to no reports",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Aurelius Penhaligon",
                2,
                touches=[
                    ats(
                        45,
                        "Cand hates managing, wants a senior IC seat - quant-heavy, no appraisals.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Wilhelmina Stanbury",
                0,
                touches=[
                    ats(
                        45,
                        "Cand won't go back to zero reports after running a team of six at "
                        "Barclays.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID, offers=["Individual contributor, no direct reports"]),
    ),
    C(
        "an Associate title: a step back from VP vs happy to take it to get into PE",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Hartley Beauchamp",
                0,
                touches=[
                    inmail(
                        60,
                        "I've been a VP for two years - I won't take a step back to Associate "
                        "for anyone.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Rohan Mehrotra-Blake",
                2,
                touches=[
                    inmail(
                        60,
                        "Very happy to take an Associate title if it gets me into private equity.",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_HYBRID,
            title="Private Equity Associate",
            description="Join the deal team of a mid-market private equity fund.",
        ),
    ),
    C(
        "Head of Brand: wants the Head of title vs not ready for a Head of",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Allegra Montgomery",
                2,
                touches=[
                    mail(
                        40,
                        "After four years as a senior brand manager I'm after a Head of "
                        "title and a seat at the table.",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Verity Hatherley",
                0,
                touches=[
                    mail(
                        40,
                        "I don't think I'm ready for a Head of role yet - another couple of "
                        "years as an SBM would suit me.",
                    )
                ],
            ),
        ],
        **role(
            BRAND_ROLE,
            CITY_HYBRID,
            title="Head of Brand",
            seniority="lead",
            offers=["Head of Brand, reporting to the CMO, team of three"],
        ),
    ),
    C(
        "a Group Account Director over three ADs: wants to manage ADs vs client-facing only",
        "sales",
        [
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Tallulah Fairchild",
                2,
                touches=[
                    rang(
                        35,
                        "AD wants to manage ADs next - already runs a team of four, itching "
                        "for GAD.",
                    )
                ],
            ),
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Philomena Gascoigne",
                0,
                touches=[
                    rang(
                        35,
                        "AD wants to stay client-facing, no interest in managing managers - "
                        "GAD would bore her.",
                    )
                ],
            ),
        ],
        **role(
            AD_ROLE,
            CITY_HYBRID,
            title="Group Account Director",
            seniority="director",
            offers=["Lead three account directors across the bank's business"],
        ),
    ),
]

# --- 13. company stage and size --------------------------------------------------------------

STAGE_SIZE = [
    C(
        "a Series A fintech of forty: fed up with bank bureaucracy vs needs a tier-1 bank",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Lucan Avebury",
                2,
                touches=[
                    rang(
                        50,
                        "Sick of bank bureaucracy - 14 sign-offs for a policy tweak. Wants a "
                        "scale-up where compliance builds things.",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Seraphina Goldsworthy",
                0,
                touches=[
                    rang(
                        50,
                        "Last start-up went bust owing her two months' pay - tier-1 bank only "
                        "from now on.",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            offers=["Series A fintech, 40 people", "First compliance hire, reporting to the CEO"],
        ),
    ),
    C(
        "a global bank: wants a big name on the CV vs never again a 50,000-person bank",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Montgomery Oyelowo",
                2,
                touches=[
                    mail(
                        55,
                        "I'd like a big-bank name on the CV after five years at a boutique - "
                        "tier 1 ideally.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Cressida Vane-Tempest",
                0,
                touches=[
                    mail(
                        55,
                        "Never again a 50,000-person bank - I want to know the CEO's name and "
                        "have him know mine.",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, WHARF_HYBRID, offers=["A global bank with 80,000 staff"]),
    ),
    C(
        "a 25-person indie agency: misses indie life vs wants a network agency",
        "cs",
        [
            pool(CREATIVE, "London, UK", "designer")(
                "Florian Ashbee",
                2,
                touches=[
                    wa(
                        40,
                        "miss indie agency life so much after 3 yrs at a WPP shop, want "
                        "somewhere with 30 people and no holding co",
                    )
                ],
            ),
            pool(CREATIVE, "London, UK", "designer")(
                "Evangeline Sørensen",
                0,
                touches=[
                    wa(
                        40,
                        "want a network agency next - publicis or omnicom - for the global "
                        "briefs and the training",
                    )
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            CITY_HYBRID,
            offers=["Independent agency of 25 people, no holding company"],
        ),
    ),
    C(
        "a PE-backed group heading for IPO: wants an IPO vs no PE-backed businesses again",
        "cs",
        [
            pool(CONTROLLER, "Manchester, UK")(
                "Lavinia Heseltine",
                2,
                touches=[
                    rang(
                        65,
                        "Wants to take a business through an IPO - the one gap on her CV.",
                    )
                ],
            ),
            pool(CONTROLLER, "Manchester, UK")(
                "Gwendoline Rathbone",
                0,
                touches=[
                    rang(
                        65,
                        "No PE-backed businesses again - three CFOs in two years and a "
                        "100-day plan every quarter.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            MANCHESTER_HYBRID,
            offers=["Private-equity-backed, preparing for a London IPO in 2028"],
        ),
    ),
]

# --- 14. industry and mission ----------------------------------------------------------------

MISSION = [
    C(
        "an impact fund: wants impact investing vs purely about the returns",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Caspian Holloway-Reid",
                2,
                touches=[
                    rang(
                        60,
                        "Wants impact investing - sustainability genuinely matters to him, "
                        "did a climate masters.",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Digby Rawnsley",
                1,
                touches=[
                    rang(
                        60,
                        "Not fussed about ESG one way or the other - purely about the returns "
                        "and the deal flow.",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_HYBRID,
            title="Impact Investment Associate",
            offers=["An impact fund investing in climate and social infrastructure"],
        ),
    ),
    C(
        "a tobacco and vapes brand: won't touch tobacco vs any FMCG brand, vapes included",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Marigold Ashford",
                0,
                touches=[
                    mail(
                        45,
                        "I won't work on tobacco or vapes, whatever the money - my dad died "
                        "of lung cancer.",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Cecily Wainwright",
                2,
                touches=[
                    mail(
                        45,
                        "Happy on any FMCG brand, vapes included - it's the brand work I "
                        "care about.",
                    )
                ],
            ),
        ],
        **role(
            BRAND_ROLE,
            CITY_HYBRID,
            description="Own the brand plan for a next-generation vape range from a tobacco group.",
        ),
    ),
    C(
        "a betting operator: no gambling clients vs comfortable with betting and gaming",
        "sales",
        [
            pool(PERFORMANCE, "Manchester, UK", "sales")(
                "Niamh Carrigan",
                0,
                touches=[
                    ats(
                        50,
                        "Cand: no gambling clients - lost her uncle to it. Non-negotiable.",
                    )
                ],
            ),
            pool(PERFORMANCE, "Manchester, UK", "sales")(
                "Deacon Whitworth",
                2,
                touches=[
                    ats(
                        50,
                        "Cand comfortable with betting & gaming - ran acquisition at Paddy "
                        "Power for two years.",
                    )
                ],
            ),
        ],
        **role(
            PERFORMANCE_ROLE,
            MANCHESTER_HYBRID,
            description="Own paid acquisition for a sports betting and casino operator.",
        ),
    ),
    C(
        "a renewables infrastructure fund: wants the energy transition vs refuses oil and gas",
        "cs",
        [
            pool(FPA, "Edinburgh, UK")(
                "Iona Rintoul-Gow",
                2,
                touches=[
                    mail(
                        50,
                        "I'd love to work on the energy transition - offshore wind especially.",
                    )
                ],
            ),
            pool(FPA, "Edinburgh, UK")(
                "Kirsteen Lumsden",
                1,
                touches=[
                    mail(
                        50,
                        "One red line: no oil and gas. Otherwise open to most sectors.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            EDINBURGH_HYBRID,
            description="Own the budget and reforecasts for a renewables infrastructure fund "
            "investing in offshore wind.",
        ),
    ),
    C(
        "a social housing association: wants to give back vs no interest in not-for-profit",
        "cs",
        [
            pool(CONTROLLER, "Manchester, UK")(
                "Bernadette Gorton",
                2,
                touches=[
                    rang(
                        40,
                        "Wants to give something back - third sector or social housing, "
                        "happy to take less for it.",
                    )
                ],
            ),
            pool(CONTROLLER, "Manchester, UK")(
                "Trevor Aspinall",
                0,
                touches=[
                    rang(
                        40,
                        "No interest in not-for-profit - too slow, tried a charity once and "
                        "lasted eight months.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            MANCHESTER_HYBRID,
            description="Own month-end and the statutory accounts for a not-for-profit "
            "social housing association.",
        ),
    ),
]

# --- 15. technology --------------------------------------------------------------------------

TECH = [
    C(
        "an Anaplan rollout: wants to get off Excel vs never another planning-system rollout",
        "cs",
        [
            pool(FPA, "London, UK")(
                "Eleanor Threadgold",
                2,
                touches=[
                    ats(
                        45,
                        "Cand wants hands-on Anaplan - desperate to move off 40-tab Excel models.",
                    )
                ],
            ),
            pool(FPA, "London, UK")(
                "Rosamund Pickering",
                0,
                touches=[
                    ats(
                        45,
                        "Cand: never doing another planning system rollout after the "
                        "Adaptive fiasco. Excel is fine.",
                    )
                ],
            ),
        ],
        **role(
            FPA_ROLE,
            CITY_HYBRID,
            offers=["Lead the Anaplan rollout for group FP&A"],
        ),
    ),
    C(
        "Python risk tooling: wants to move from VBA to Python vs keeping to Excel and VBA",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Lorcan Fitzwilliam",
                2,
                touches=[
                    mail(
                        40,
                        "I'd really like to move from VBA to Python properly - I've done the "
                        "courses, I want to use it daily.",
                    )
                ],
            ),
            pool(RISK, "London, UK")(
                "Barnaby Crowhurst",
                0,
                touches=[
                    mail(
                        40,
                        "I'm an Excel and VBA person through and through - no interest in "
                        "coding jobs.",
                    )
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            CITY_HYBRID,
            offers=["Build the desk's risk tooling in Python"],
        ),
    ),
    C(
        "GA4 and server-side tracking: keen on measurement vs wants out of analytics",
        "sales",
        [
            pool(PERFORMANCE, "London, UK", "sales")(
                "Xanthe Merriweather",
                2,
                touches=[
                    inmail(
                        30,
                        "Keen to go deep on measurement - GA4, server-side tagging, "
                        "incrementality tests.",
                    )
                ],
            ),
            pool(PERFORMANCE, "London, UK", "sales")(
                "Juno Pettigrew",
                0,
                touches=[
                    inmail(
                        30,
                        "Want to move away from analytics and dashboards into brand and creative.",
                    )
                ],
            ),
        ],
        **role(
            PERFORMANCE_ROLE,
            CITY_HYBRID,
            offers=["Own GA4, server-side tracking and Meta CAPI"],
        ),
    ),
    C(
        "a real-time payments ledger: would love one vs wants out of payments",
        "backend",
        [
            pool(None, "London, UK", "backend")(
                "Ravindra Satyanarayan",
                2,
                touches=[
                    rang(
                        50,
                        "Would love to build a real-time payments ledger - did card "
                        "settlement at a PSP.",
                    )
                ],
            ),
            pool(None, "London, UK", "backend")(
                "Tomasz Ziółkowski-Hart",
                0,
                touches=[
                    rang(
                        50,
                        "Wants out of payments entirely after five years at Worldpay - "
                        "anything but payments.",
                    )
                ],
            ),
        ],
        **role(
            {},
            CITY_HYBRID,
            title="Senior Backend Engineer, Payments Ledger",
            offers=["Build a real-time payments ledger in Python and Kafka"],
        ),
    ),
]

# --- 16. last time's reason, resolved by this role or still standing -------------------------

PAST_CITY_85K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=85_000, currency="GBP"
)
PAST_CITY_90K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=90_000, currency="GBP"
)
PAST_FIVE_DAYS = dict(remote_policy="onsite", location="London, UK")
PAST_THREE_DAYS = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week in the office"],
)
PAST_WHARF = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week at Canary Wharf"],
)
PAST_NO_SPONSOR = dict(
    remote_policy="hybrid",
    location="London, UK",
    description="No visa sponsorship available.",
)

RESOLVED = [
    C(
        "declined at £85k asking £95k, the band now reaches it vs asked £130k, still short",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Ottoline Marchbanks",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked £95k base, client capped at £85k",
                        past=PAST_CITY_85K,
                        role="Compliance Manager",
                    )
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Fitzroy Abara",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Wanted £130k base; client's top was £90k",
                        past=PAST_CITY_90K,
                        role="Compliance Manager",
                    )
                ],
            ),
        ],
        **role(
            COMPLIANCE_ROLE,
            CITY_HYBRID,
            salary_min=95_000,
            salary_max=105_000,
            currency="GBP",
        ),
    ),
    C(
        "turned down five days in, this is three vs wanted fully remote, still three days",
        "cs",
        [
            pool(FPA, "London, UK")(
                "Juliana Bexley",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Client insisted on 5 days in; she'll do 3 max",
                        past=PAST_FIVE_DAYS,
                        role="FP&A Manager",
                    )
                ],
            ),
            pool(FPA, "London, UK")(
                "Theodora Mayhew",
                0,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Client offered 3 days in; she's fully remote or nothing",
                        past=PAST_THREE_DAYS,
                        role="FP&A Manager",
                    )
                ],
            ),
        ],
        **role(FPA_ROLE, CITY_HYBRID),
    ),
    C(
        "withdrew over the Wharf commute, this is the City vs withdrew over the City, City again",
        "cs",
        [
            pool(RISK, "Epsom, UK")(
                "Crispin Aldous",
                2,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Pulled out - Canary Wharf from Epsom is 1h45 each way. City would "
                        "be fine.",
                        past=PAST_WHARF,
                        role="Market Risk VP",
                    )
                ],
            ),
            pool(RISK, "Epsom, UK")(
                "Lionel Papadakis",
                0,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Pulled out - won't commute into the City from Epsom any more, "
                        "wants Surrey or remote.",
                        past=PAST_THREE_DAYS,
                        role="Market Risk VP",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID),
    ),
    C(
        "declined for want of sponsorship, this role sponsors vs still none on offer",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Anjali Deshpande",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "Had to turn it down - client couldn't sponsor her Skilled Worker visa",
                        past=PAST_NO_SPONSOR,
                        role="Pricing Actuary",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Harshvardhan Iyengar",
                1,
                apps=[
                    declined(
                        220,
                        "compensation",
                        "Offer declined - wanted £10k more base than the client's £90k",
                        role="Pricing Actuary",
                    )
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            CITY_HYBRID,
            offers=["Skilled Worker visa sponsorship available"],
        ),
    ),
    C(
        "pulled out over an inside determination, this is outside vs wanted perm, a contract",
        "cs",
        [
            pool(CONTROLLER, "London, UK")(
                "Aldous Kettleborough",
                2,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Withdrew - SDS came back inside IR35, he only works outside",
                        stage="interview",
                        role="Interim Financial Controller",
                    )
                ],
            ),
            pool(CONTROLLER, "London, UK")(
                "Quentin Harbottle",
                0,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Withdrew - realised he wants a perm role, not another interim",
                        stage="interview",
                        role="Interim Financial Controller",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            CITY_HYBRID,
            title="Interim Financial Controller (outside IR35)",
            offers=["£700 a day outside IR35, six months"],
        ),
    ),
    C(
        "declined for want of a buy-out, one is offered vs declined a VP title, a VP again",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Eustace Wrigglesworth",
                2,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Turned down - client wouldn't buy out his deferred bonus",
                        role="M&A Associate",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Alphonse Delacroix-Hunt",
                0,
                apps=[
                    declined(
                        260,
                        "experience_level",
                        "Turned down - wanted a Director title, it was VP level",
                        role="M&A Vice President",
                    )
                ],
            ),
        ],
        **role(
            MNA_ROLE,
            CITY_HYBRID,
            title="M&A Vice President",
            offers=["Full buy-out of unvested deferred bonus"],
        ),
    ),
]

# --- 17. the history with us -----------------------------------------------------------------

LAST_TIME = [
    C(
        "rude to the client's receptionist vs late thanks to an Elizabeth line failure",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Maximilian Strachan",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "conduct",
                        "Client feedback: rude to the receptionist and dismissive with the "
                        "MD's EA. Won't see him again.",
                        role="M&A Associate",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Ignatius Penrose",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Arrived 20 mins late - Elizabeth line signal failure - apologised, "
                        "client fine with it, lost narrowly.",
                        role="M&A Associate",
                    )
                ],
            ),
        ],
        **role(MNA_ROLE, CITY_HYBRID),
    ),
    C(
        "no-show twice vs rescheduled once with a day's notice",
        "sales",
        [
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Jolyon Fennimore",
                0,
                apps=[
                    app(
                        120,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show for 2nd stage, second time this year. No call, no email.",
                        role="Account Director",
                    )
                ],
            ),
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Clemency Rutherford",
                2,
                apps=[
                    app(
                        120,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Rescheduled 2nd stage once with a day's notice (pitch ran over), "
                        "then strong final, just pipped.",
                        role="Account Director",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, CITY_HYBRID),
    ),
    C(
        "failed the modelling test two months ago vs failed it two years ago",
        "cs",
        [
            pool(MNA, "London, UK")(
                "Rupert Vanstone",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Modelling test: three-statement didn't balance, weak on working capital.",
                        role="M&A Associate",
                    )
                ],
            ),
            pool(MNA, "London, UK")(
                "Oscar Lindqvist-Hale",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Modelling test: LBO returns wrong, ran out of time. Two years as "
                        "an analyst since.",
                        role="M&A Analyst",
                    )
                ],
            ),
        ],
        **role(MNA_ROLE, CITY_HYBRID),
    ),
    C(
        "took a counter-offer a second time vs withdrew when his mother fell ill",
        "cs",
        [
            pool(COMPLIANCE, "Edinburgh, UK")(
                "Alistair Dunbar-Reid",
                0,
                apps=[
                    declined(
                        90,
                        "counteroffer",
                        "Accepted HSBC's counter at the last minute - second time he's done "
                        "this to us.",
                        role="Compliance Manager",
                    )
                ],
            ),
            pool(COMPLIANCE, "Edinburgh, UK")(
                "Gregor Kinloch",
                2,
                apps=[
                    withdrew(
                        90,
                        "other",
                        "Withdrew at final - his mum fell ill. Asked us to keep him in mind, "
                        "very apologetic.",
                        role="Compliance Manager",
                    )
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, EDINBURGH_HYBRID),
    ),
    C(
        "a headcount freeze at the final vs a weak case study last month",
        "sales",
        [
            pool(BRAND, "London, UK", "sales")(
                "Petronella Ashdown",
                2,
                apps=[
                    app(
                        170,
                        "final",
                        "position_closed",
                        "headcount",
                        "Role frozen at final stage after the Q2 reforecast - client loved her.",
                        role="Senior Brand Manager",
                    )
                ],
            ),
            pool(BRAND, "London, UK", "sales")(
                "Rosalie Tremayne",
                0,
                apps=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Case study thin - no insight, no measurement plan. Client not keen.",
                        role="Senior Brand Manager",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, CITY_HYBRID),
    ),
]

# --- 18. the latest process ------------------------------------------------------------------

PROCESS = [
    C(
        "a final round at a bank vs a CV never sent to the client",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Cornelius Wexford",
                2,
                apps=[lost_final(130, "Lost to an internal move at the final, MD rated him")],
            ),
            pool(RISK, "London, UK")(
                "Thaddeus Boateng",
                1,
                apps=[
                    app(
                        130,
                        "applied",
                        "rejected",
                        "other",
                        "CV not sent - client paused the req the same week",
                    )
                ],
            ),
        ],
        **role(RISK_ROLE, CITY_HYBRID),
    ),
    C(
        "placed by us eight weeks ago vs lost a final to one other",
        "cs",
        [
            pool(FPA, "London, UK")(
                "Henrietta Galbraith",
                0,
                apps=[
                    app(
                        56,
                        "offer",
                        "hired",
                        None,
                        "Placed with Legal & General, started 28/09 - off-limits.",
                        role="FP&A Manager",
                    )
                ],
            ),
            pool(FPA, "London, UK")(
                "Lucinda Braithwaite",
                2,
                apps=[lost_final(56, "Pipped at final by one other, strong feedback")],
            ),
        ],
        **role(FPA_ROLE, CITY_HYBRID),
    ),
    C(
        "an offer pulled by a freeze vs rejected at the phone screen",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Perdita Fanshawe",
                2,
                apps=[
                    app(
                        200,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Verbal offer made, then pulled when the syndicate froze hiring",
                        role="Pricing Actuary",
                    )
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Gwilym Probert",
                1,
                apps=[
                    app(
                        200,
                        "screen",
                        "rejected",
                        "other",
                        "Phone screen: fine, not progressed, client had enough at stage",
                        role="Pricing Actuary",
                    )
                ],
            ),
        ],
        **role(ACTUARY_ROLE, CITY_HYBRID),
    ),
    C(
        "a recent final vs an old screen rejection",
        "sales",
        [
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Arabella Stonehouse",
                2,
                apps=[lost_final(75, "Final at Mother: lost to their own ex-AD coming back")],
            ),
            pool(ACCOUNT_DIRECTOR, "London, UK", "sales")(
                "Penelope Dunstable",
                1,
                apps=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "other",
                        "Screened out, client wanted drinks experience",
                        role="Account Director",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, CITY_HYBRID),
    ),
]

# --- 19. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "three days in refused in March, fine in October vs fine in March, one day max now",
        "cs",
        [
            pool(COMPLIANCE, "London, UK")(
                "Marguerite Lavelle",
                2,
                touches=[
                    rang(date(2026, 3, 9), "Won't do 3 days in - 2 max, childcare."),
                    rang(
                        date(2026, 10, 12),
                        "Update: Tue-Thu in the office fine now, youngest started school.",
                    ),
                ],
            ),
            pool(COMPLIANCE, "London, UK")(
                "Winslow Carraway",
                0,
                touches=[
                    rang(date(2026, 3, 9), "Tue-Thu in the office is fine by him."),
                    rang(
                        date(2026, 10, 12),
                        "Update: moved to Folkestone in the summer - one day a week in "
                        "London max now.",
                    ),
                ],
            ),
        ],
        **role(COMPLIANCE_ROLE, CITY_HYBRID),
    ),
    C(
        "a stop taken back vs a keep-in-touch hardened into a stop",
        "sales",
        [
            pool(PERFORMANCE, "London, UK", "sales")(
                "Saoirse Gallagher",
                2,
                touches=[
                    mail(date(2026, 2, 16), "Please stop contacting me about roles."),
                    mail(
                        date(2026, 9, 14),
                        "Hi - ignore my email from February, I was in a bad place at work. "
                        "I'm properly looking now, please get in touch.",
                    ),
                ],
            ),
            pool(PERFORMANCE, "London, UK", "sales")(
                "Evadne Marchmont",
                0,
                touches=[
                    mail(date(2026, 2, 16), "Not now, but do keep in touch!"),
                    mail(
                        date(2026, 9, 14),
                        "I've changed my mind - please stop contacting me altogether and "
                        "delete my CV.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(PERFORMANCE_ROLE, CITY_HYBRID),
    ),
    C(
        "a pay ask lowered into the band vs one raised above it",
        "cs",
        [
            pool(RISK, "London, UK")(
                "Algernon Fitzhardinge",
                2,
                touches=[
                    rang(date(2026, 4, 13), "Wants £140k base, nothing less."),
                    rang(
                        date(2026, 10, 19),
                        "Softened - would consider £115k base for the right desk and a "
                        "shorter commute.",
                    ),
                ],
            ),
            pool(RISK, "London, UK")(
                "Benedikt Aschenbach",
                0,
                touches=[
                    rang(date(2026, 4, 13), "£110k base would work for him."),
                    rang(
                        date(2026, 10, 19),
                        "Promoted to director in Sept - £140k base minimum now.",
                    ),
                ],
            ),
        ],
        **role(
            RISK_ROLE,
            CITY_HYBRID,
            salary_min=110_000,
            salary_max=120_000,
            currency="GBP",
        ),
    ),
    C(
        "won't leave London, then moving to Edinburgh vs open to Edinburgh, then staying put",
        "cs",
        [
            pool(ACTUARY, "London, UK")(
                "Rosalind Fyfe",
                2,
                touches=[
                    mail(date(2026, 3, 2), "London only for me, not moving."),
                    mail(
                        date(2026, 9, 28),
                        "Big news - we're moving to Edinburgh in January, done deal. "
                        "Edinburgh roles very welcome now!",
                    ),
                ],
            ),
            pool(ACTUARY, "London, UK")(
                "Euan Lockerbie",
                0,
                touches=[
                    mail(date(2026, 3, 2), "Edinburgh would be lovely, I'd move."),
                    mail(
                        date(2026, 9, 28),
                        "Change of plan - my wife's been promoted here, so we're staying in "
                        "London. London roles only.",
                    ),
                ],
            ),
        ],
        **role(
            ACTUARY_ROLE,
            EDINBURGH_HYBRID,
            description="Price protection and annuity products for an Edinburgh life insurer.",
        ),
    ),
    C(
        "outside only, then inside is fine vs inside fine, then outside only",
        "cs",
        [
            pool(CONTROLLER, "London, UK")(
                "Horatia Penwarden",
                2,
                touches=[
                    wa(date(2026, 4, 20), "outside ir35 only pls"),
                    wa(
                        date(2026, 10, 26),
                        "market's dead, will take inside via umbrella now if the rate's ok",
                    ),
                ],
            ),
            pool(CONTROLLER, "London, UK")(
                "Bertram Illsley",
                0,
                touches=[
                    wa(date(2026, 4, 20), "inside is fine, just need the work"),
                    wa(
                        date(2026, 10, 26),
                        "set up my ltd properly now so outside only from here on",
                    ),
                ],
            ),
        ],
        **role(
            CONTROLLER_ROLE,
            CITY_HYBRID,
            title="Interim Financial Controller (inside IR35)",
            offers=["£600 a day inside IR35 via umbrella", "Six months"],
        ),
    ),
    C(
        "no travel in spring, travel fine now vs happy to travel, then no more",
        "cs",
        [
            pool(CONSULTANT, "London, UK")(
                "Leander Castellan",
                2,
                touches=[
                    ats(date(2026, 4, 6), "Cand: no client travel, baby due May."),
                    ats(
                        date(2026, 10, 5),
                        "Cand update: travel fine again, wife back at work and grandparents "
                        "helping. Mon-Thu ok.",
                    ),
                ],
            ),
            pool(CONSULTANT, "London, UK")(
                "Fabian Westmacott",
                0,
                touches=[
                    ats(date(2026, 4, 6), "Cand: loves client travel, any sector."),
                    ats(
                        date(2026, 10, 5),
                        "Cand update: no more client travel - dad's unwell, needs to be home "
                        "every night.",
                    ),
                ],
            ),
        ],
        **role(
            CONSULTING_ROLE,
            CITY_HYBRID,
            offers=["Client site Monday to Thursday most weeks"],
        ),
    ),
]

HELDOUT37_CASES: list[Case] = [
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
