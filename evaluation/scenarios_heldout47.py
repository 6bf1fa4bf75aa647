"""Held-out rediscovery cases, forty-seventh set: sales, business development and go-to-market
hiring in the UK, the US, Canada, Australia and New Zealand, written by a forty-seventh stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 47") and never tuned to what Encore does. The recruiters are agency
and in-house sales recruiters on GTM desks: a London agency filling SaaS closing roles, a
Chicago and Toronto in-house team, a Sydney real-estate and mortgage desk, an Auckland
generalist, and an insurance-broking specialist in Leeds. The people are SDRs and BDRs, mid-market
and enterprise account executives, account managers, customer success managers, sales engineers,
channel and partnership managers, field sales reps with a car allowance and a patch, commercial
insurance brokers, mortgage advisers and loan officers, real-estate agents, and recruitment
consultants themselves. The voices: terse ATS shorthand with typos ("cand", "OTE 120 60/40",
"LM x2", "DNC", "pls", "w/c"), lower-case texts and WhatsApps, LinkedIn replies, candidates'
emails and one formal letter, recruiters' third-person call notes, long rambling notes that name
dates and quotas and holidays without asking anyone to wait, and a few lines in Canadian French
and te reo Māori. Money is OTE with base/variable splits, uncapped commission and accelerators,
draws and clawbacks, car allowances and super; calendars are quarter-end, fiscal year-end,
EOFY, President's Club, SKO, Thanksgiving and commission paid a quarter in arrears.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an angry InMail, an ATS "DNC", a WhatsApp from someone leaving sales, a formal
   withdrawal of consent, Canadian French, a recruiter's note after a botched process, a full
   unsubscribe, an Aussie "lose my number", a "no thanks, don't write again"): never shown;
   beside each a stop to InMails at work only, one client barred, a channel switch, new
   contact details, French for "email me instead", feedback owed, a newsletter-only
   unsubscribe, one agency barred, and no thanks to commission-only;
2. waits counted from the day said, each against a twin whose wait has run out: commission paid
   a quarter in arrears, garden leave and a non-compete, EOFY, President's Club, a fiscal
   year-end on 31 January, maternity leave, RSUs vesting;
3. schedule (US hours from the UK, Saturday open homes, month-end grind, a four-day week, late
   shifts on a broking desk, 6 am calls with US HQ), travel (overnights on a patch, trade shows,
   EMEA travel, an inside role with none, quarterly trips to HQ, regional NSW, a husband's travel,
   long-haul to APAC), visa and right to work (Skilled Worker, H-1B and a green card, a Canadian
   open work permit, a 482, a working holiday visa, a Graduate visa against a wife's, an E-3, a
   Youth Mobility visa), contract (a mat-cover FTC, commission-only, three days a week, 1099
   against W-2), commute (Stockport and Lancaster, the M4 in two cities, the GO train, Metra,
   the Harbour Bridge);
4. pay against the band: a base floor against OTE, a base cut for higher OTE, AUD with super,
   CAD base, a ramp and a non-recoverable draw;
5. work mode in the title only, in the description only, and hybrid days; negations and scope
   ("not against field sales", "the travel wasn't the reason I left");
6. location and relocation (Manchester, the Midwest, Calgary, Wellington, London from
   Edinburgh, Perth, a Northeast patch, Birmingham), managing against staying on a bag, company
   stage and size, products refused or wanted (tobacco and vapes, gambling, crypto, solar,
   government frameworks, defence, medtech, alcohol) and technology (HubSpot, SaaS against
   hardware, Gong, hands-on demos, services, AI, a power dialler);
7. last time's reason resolved by this role or still standing (base, patch, office days,
   non-compete and clawback, crypto and casino, sponsorship), the history with us (a no-show,
   inflated attainment, a recent gap) and the latest process (a final against a screen, a
   placement we made, a counter-offer taken);
8. several notes over time where the latest word counts: remote only and back, an opt-out taken
   back and a "keep me posted" hardened into a stop, a base ask lowered and raised, travel,
   a move to Brisbane, managing, gambling, commission-only.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SDR = dict(
    current_title="Senior SDR",
    skills=["Outbound prospecting", "Cold calling", "Outreach", "Salesforce"],
    years_experience=3,
    resume_text=(
        "Three years as an SDR at two B2B SaaS companies: sixty dials and forty personalised "
        "sequences a day in Outreach, 25 qualified meetings a month, top of the leaderboard in "
        "four quarters out of six."
    ),
)
ENT_AE = dict(
    current_title="Enterprise Account Executive",
    skills=["Enterprise SaaS sales", "MEDDICC", "Salesforce", "Multi-threading"],
    years_experience=8,
    resume_text=(
        "Enterprise AE, eight years closing six-figure SaaS deals with FTSE 250 and Fortune 1000 "
        "buyers: MEDDICC qualification, multi-threaded deals, 112% and 124% of a $1.1M quota in "
        "the last two years."
    ),
)
AM = dict(
    current_title="Account Manager",
    skills=["Account management", "Upsell and cross-sell", "Renewals", "HubSpot"],
    years_experience=5,
    resume_text=(
        "Account manager for a book of 80 mid-market customers: renewals, upsell and cross-sell, "
        "net revenue retention of 118%, QBRs with finance and ops buyers, pipeline in HubSpot."
    ),
)
SE = dict(
    current_title="Sales Engineer",
    skills=["Technical demos", "Proofs of concept", "REST APIs", "Solution design"],
    years_experience=6,
    resume_text=(
        "Sales engineer paired with enterprise AEs: discovery, tailored demos, proofs of concept "
        "against REST APIs, security questionnaires and solution design for data platforms."
    ),
)
CHANNEL = dict(
    current_title="Channel Partner Manager",
    skills=["Partner recruitment", "Reseller enablement", "Joint business plans", "MDF"],
    years_experience=7,
    resume_text=(
        "Channel manager growing a reseller and MSP network: recruited 30 partners, ran joint "
        "business plans and MDF, and grew partner-sourced revenue to 40% of the region."
    ),
)
FIELD_REP = dict(
    current_title="Field Sales Representative",
    skills=["Territory management", "New business", "Key account visits", "Driving licence"],
    years_experience=6,
    resume_text=(
        "Field sales rep with a patch of 200 accounts: cold doors, demos on site, trade counters "
        "and key account reviews, 25,000 miles a year, President's Club twice."
    ),
)
BROKER = dict(
    current_title="Commercial Insurance Broker",
    skills=["SME commercial lines", "Cert CII", "New business", "Renewal retention"],
    years_experience=7,
    resume_text=(
        "Commercial lines broker, Cert CII, placing SME property, liability and fleet business "
        "with Lloyd's and company markets; a £600k new-business target and 92% retention."
    ),
)
MORTGAGE = dict(
    current_title="Mortgage Adviser",
    skills=["Residential mortgages", "Protection", "Compliance", "Lead conversion"],
    years_experience=5,
    resume_text=(
        "Qualified mortgage adviser: residential, remortgage and buy-to-let cases, protection "
        "cross-sell, 30 completions a month off warm leads, clean compliance file reviews."
    ),
)
AGENT = dict(
    current_title="Licensed Real Estate Agent",
    skills=["Listings", "Open homes", "Vendor negotiation", "Auctions"],
    years_experience=6,
    resume_text=(
        "Licensed residential sales agent: 45 listings a year, open homes, auctions and private "
        "treaty, vendor-paid marketing and a database of 3,000 buyers."
    ),
)
RECRUITER = dict(
    current_title="Senior Recruitment Consultant",
    skills=["360 recruitment", "Business development", "Candidate sourcing", "Bullhorn"],
    years_experience=6,
    resume_text=(
        "360 recruitment consultant on a perm sales and marketing desk: business development, "
        "sourcing, interviews and offers, £240k NFI last year, Bullhorn and LinkedIn Recruiter."
    ),
)


def rep(persona: dict | None = None, where: str = "London, UK", profile: str = "sales"):
    """People of one kind in the pool: the same profile and persona, living in ``where``."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A note typed into the ATS by the recruiter, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """The recruiter's note of a phone call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mailed(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def texted(days, text) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Account Executive") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Account Executive") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Account Executive"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

SDR_ROLE = dict(
    title="Senior Business Development Representative",
    department="Sales",
    seniority="mid",
    requirements="Outbound prospecting\nCold calling\nOutreach or Salesloft\nSalesforce",
    description="Book first meetings for the enterprise team from a named account list.",
)
ENT_ROLE = dict(
    title="Enterprise Account Executive",
    department="Sales",
    seniority="senior",
    requirements="Enterprise SaaS sales\nMEDDICC\nSalesforce\nMulti-threading",
    description="Own a named list of enterprise logos and close new business.",
)
AM_ROLE = dict(
    title="Account Manager",
    department="Sales",
    seniority="mid",
    requirements="Account management\nRenewals\nUpsell and cross-sell\nHubSpot or Salesforce",
    description="Grow and renew a book of mid-market customers.",
)
SE_ROLE = dict(
    title="Senior Sales Engineer",
    department="Solutions",
    seniority="senior",
    requirements="Technical demos\nProofs of concept\nREST APIs\nSolution design",
    description="Run discovery, demos and proofs of concept beside the enterprise AEs.",
)
CHANNEL_ROLE = dict(
    title="Channel Partner Manager",
    department="Partnerships",
    seniority="senior",
    requirements="Partner recruitment\nReseller enablement\nJoint business plans\nMDF",
    description="Recruit and grow resellers and MSPs across the region.",
)
FIELD_ROLE = dict(
    title="Field Sales Representative",
    department="Sales",
    seniority="mid",
    requirements="Territory management\nNew business\nKey account visits\nFull driving licence",
    description="Win and grow accounts across a field patch, out on the road four days a week.",
)
BROKER_ROLE = dict(
    title="Commercial Insurance Account Executive",
    department="Broking",
    seniority="mid",
    requirements="SME commercial lines\nCert CII\nNew business\nRenewal retention",
    description="Win and place SME commercial business for a regional broker.",
)
MORTGAGE_ROLE = dict(
    title="Mortgage Adviser",
    department="Advice",
    seniority="mid",
    requirements="Residential mortgages\nProtection\nCompliance\nLead conversion",
    description="Advise warm leads on purchases and remortgages.",
)
AGENT_ROLE = dict(
    title="Residential Sales Agent",
    department="Sales",
    seniority="mid",
    requirements="Listings\nOpen homes\nVendor negotiation\nAuctions",
    description="List and sell homes for a busy residential agency.",
)
RECRUITER_ROLE = dict(
    title="Senior Recruitment Consultant",
    department="Recruitment",
    seniority="senior",
    requirements="360 recruitment\nBusiness development\nCandidate sourcing\nBullhorn",
    description="Run a 360 desk recruiting sales and marketing people.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: Tuesdays and Thursdays in our Shoreditch office"],
)
MANCHESTER_ONSITE = dict(remote_policy="onsite", location="Manchester, UK")
LEEDS_ONSITE = dict(remote_policy="onsite", location="Leeds, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
CHICAGO_HYBRID = dict(
    remote_policy="hybrid",
    location="Chicago, IL, USA",
    offers=["Hybrid: three days a week in our River North office"],
)
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Hybrid: three days a week in our Flatiron office"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Hybrid: three days a week at our King West office"],
)
SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Hybrid: three days a week in our Barangaroo office"],
)
MELBOURNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne, VIC, Australia",
    offers=["Hybrid: three days a week in our Cremorne office"],
)
AUCKLAND_ONSITE = dict(remote_policy="onsite", location="Auckland, New Zealand")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "an angry InMail to remove him vs stop InMailing me at work, use my gmail",
        "sales",
        [
            rep(ENT_AE)(
                "Barnaby Quennell-Stokes",
                0,
                touches=[
                    inmail(
                        45,
                        "This is the fifth InMail from your firm this month. I am not interested "
                        "in hearing from recruiters, ever. Remove me from whatever system I'm in.",
                    )
                ],
                excluded=True,
            ),
            rep(ENT_AE)(
                "Obadiah Fennimore-Platt",
                2,
                touches=[
                    inmail(
                        45,
                        "Please stop InMailing me here - my VP can see my LinkedIn activity. Use "
                        "obadiah.f@gmail.com instead. Still very keen on enterprise AE roles.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, LONDON_HYBRID),
    ),
    C(
        "ATS 'DNC per cand' vs don't put him forward to one ex-employer again",
        "sales",
        [
            rep(SDR, "Manchester, UK")(
                "Kieran Hollingdrake",
                0,
                touches=[
                    ats(120, "DNC - cand req no further contact of any kind. do not re-engage")
                ],
                excluded=True,
            ),
            rep(SDR, "Manchester, UK")(
                "Tobias Wrenfield",
                2,
                touches=[
                    ats(
                        120,
                        "cand asked we dont send his cv to Peninsula again (ex-employer, messy "
                        "exit). everything else fine, wants a senior SDR seat in Manc",
                    )
                ],
            ),
        ],
        **role(SDR_ROLE, MANCHESTER_ONSITE),
    ),
    C(
        "a WhatsApp: left sales for good, stop messaging vs stop WhatsApp, use email",
        "sales",
        [
            rep(SDR, "Bristol, UK")(
                "Jodie Pellow",
                0,
                touches=[
                    texted(
                        30,
                        "pls stop messaging me, ive left sales for good and im retraining as a "
                        "paramedic. not coming back so no point",
                    )
                ],
                excluded=True,
            ),
            rep(SDR, "Bristol, UK")(
                "Keeley Vosper",
                2,
                touches=[
                    texted(
                        30,
                        "can u stop whatsapping me during the day, my phones on the desk lol. "
                        "email is fine, still want a BDR job",
                    )
                ],
            ),
        ],
        **role(SDR_ROLE, UK_REMOTE),
    ),
    C(
        "a formal withdrawal of consent vs a formal change of address",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Godfrey Attwater",
                0,
                touches=[
                    mailed(
                        80,
                        "Dear Sir or Madam, I write to withdraw my consent to your firm holding "
                        "or processing my personal data, and I ask that you cease all contact "
                        "with me forthwith. Yours faithfully, G. Attwater",
                    )
                ],
                excluded=True,
            ),
            rep(BROKER, "Leeds, UK")(
                "Ambrose Quayleworth",
                2,
                touches=[
                    mailed(
                        80,
                        "Dear Sir or Madam, I write to notify you of my change of address and "
                        "email; kindly use the details below for any future correspondence "
                        "about suitable broking roles. Yours faithfully, A. Quayleworth",
                    )
                ],
            ),
        ],
        **role(BROKER_ROLE, LEEDS_ONSITE),
    ),
    C(
        "Canadian French: please stop contacting me vs contact me by email instead",
        "sales",
        [
            rep(AM, "Montréal, QC, Canada")(
                "Geneviève Thibodeau-Morin",
                0,
                touches=[
                    mailed(
                        60,
                        "Merci de ne plus me contacter. Je ne souhaite plus recevoir d'offres "
                        "de votre part, ni par courriel ni par téléphone.",
                    )
                ],
                excluded=True,
            ),
            rep(AM, "Montréal, QC, Canada")(
                "Mélodie Charbonneau",
                2,
                touches=[
                    mailed(
                        60,
                        "Merci de me contacter plutôt par courriel, je ne peux pas répondre au "
                        "téléphone au bureau. Toujours ouverte aux postes de gestionnaire de "
                        "comptes.",
                    )
                ],
            ),
        ],
        **role(
            AM_ROLE,
            dict(
                remote_policy="hybrid",
                location="Montréal, QC, Canada",
                offers=["Hybride : deux jours par semaine au bureau du Vieux-Montréal"],
            ),
        ),
    ),
    C(
        "recruiter's note: wants nothing more to do with us vs wants feedback he was owed",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Gareth Pennycuick",
                0,
                touches=[
                    rang(
                        90,
                        "Spoke to Gareth re the Towergate process. Very clear he wants nothing "
                        "more to do with us after how the final was handled - take him off "
                        "everything, no mailers, no calls.",
                    )
                ],
                excluded=True,
            ),
            rep(BROKER, "Leeds, UK")(
                "Mandla Oyelaran",
                2,
                touches=[
                    rang(
                        90,
                        "Spoke to Mandla re the Towergate process. Unhappy he never got feedback "
                        "after the final - owed him a proper debrief. Still wants to hear about "
                        "commercial broking roles in Leeds.",
                    )
                ],
            ),
        ],
        **role(BROKER_ROLE, LEEDS_ONSITE),
    ),
    C(
        "unsubscribe me from everything vs unsubscribe me from the newsletter only",
        "sales",
        [
            rep(CHANNEL, "Chicago, IL, USA")(
                "Darnell Whitacre",
                0,
                touches=[
                    mailed(
                        50,
                        "Unsubscribe. From the newsletter, the job alerts, the calls, all of it.",
                    )
                ],
                excluded=True,
            ),
            rep(CHANNEL, "Chicago, IL, USA")(
                "Cordell Ashby-Frame",
                2,
                touches=[
                    mailed(
                        50,
                        "Could you unsubscribe me from the weekly jobs newsletter? Too much "
                        "noise. But do keep calling me about real partner-manager roles, those I "
                        "want.",
                    )
                ],
            ),
        ],
        **role(CHANNEL_ROLE, CHICAGO_HYBRID),
    ),
    C(
        "an Aussie 'lose my number' vs not that agency again, anything else in Brisbane",
        "sales",
        [
            rep(AGENT, "Brisbane, QLD, Australia")(
                "Shane Mulholland-Voss",
                0,
                touches=[
                    texted(
                        25,
                        "mate ive told you three times now. lose my number and dont ring again",
                    )
                ],
                excluded=True,
            ),
            rep(AGENT, "Brisbane, QLD, Australia")(
                "Brodie Kettering",
                2,
                touches=[
                    texted(
                        25,
                        "mate not the Ray White one, that office is a shocker. flick me "
                        "anything else in Brissie tho",
                    )
                ],
            ),
        ],
        **role(
            AGENT_ROLE,
            dict(remote_policy="onsite", location="Brisbane, QLD, Australia"),
            description="List and sell homes for an independent agency in Brisbane's inner north.",
        ),
    ),
    C(
        "'no thanks, and don't write again' vs no thanks to commission-only",
        "sales",
        [
            rep(MORTGAGE, "Birmingham, UK")(
                "Petula Hargreave",
                0,
                touches=[
                    mailed(
                        40,
                        "No thanks, and please don't write to me again about this or anything "
                        "else.",
                    )
                ],
                excluded=True,
            ),
            rep(MORTGAGE, "Birmingham, UK")(
                "Ravinder Sangha",
                2,
                touches=[
                    mailed(
                        40,
                        "No thanks on this one - I'm not going back to self-employed, "
                        "commission-only advice. Anything employed with a proper basic, keep me "
                        "in mind.",
                    )
                ],
            ),
        ],
        **role(
            MORTGAGE_ROLE,
            dict(remote_policy="hybrid", location="Birmingham, UK"),
            offers=["Employed: £38k basic plus bonus per completion", "Warm leads supplied"],
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "Q3 commission paid out in January vs Q4 commission paid in March, free since April",
        "sales",
        [
            rep(ENT_AE)(
                "Lucinda Farquharson",
                1,
                touches=[
                    rang(
                        date(2026, 10, 12),
                        "Cand closing a monster Q3 - comms on it pay out end of Jan and she "
                        "won't walk away from that. Not moving before February.",
                    )
                ],
            ),
            rep(ENT_AE)(
                "Henrietta Blakiston",
                2,
                touches=[
                    rang(
                        date(2026, 1, 19),
                        "Cand's Q4 commission lands with March payroll. Not moving before it's "
                        "paid - from April she's a free agent.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, LONDON_HYBRID),
    ),
    C(
        "six months' garden leave from October vs a three-month non-compete done in August",
        "sales",
        [
            rep(SE, "Toronto, ON, Canada")(
                "Desmond Okonkwo-Reid",
                1,
                touches=[
                    mailed(
                        date(2026, 10, 5),
                        "Heads up - I resigned and I'm on six months' garden leave from 1 Oct. "
                        "Can't talk to anyone in the space until April, legal were very clear.",
                    )
                ],
            ),
            rep(SE, "Toronto, ON, Canada")(
                "Ignatius Pereira-Lamb",
                2,
                touches=[
                    mailed(
                        date(2026, 6, 1),
                        "I left last week; there's a three-month non-compete so nothing in the "
                        "same space until the end of August. After that I'm all yours.",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, TORONTO_HYBRID),
    ),
    C(
        "not before EOFY, said in November vs not before EOFY, said in March",
        "sales",
        [
            rep(AM, "Sydney, NSW, Australia")(
                "Tamsin Coolidge",
                1,
                touches=[
                    texted(
                        date(2026, 11, 2),
                        "not moving b4 EOFY sorry, its our biggest quarter and my whole bonus "
                        "rides on june",
                    )
                ],
            ),
            rep(AM, "Sydney, NSW, Australia")(
                "Ashleigh Brannock",
                2,
                touches=[
                    texted(
                        date(2026, 3, 2),
                        "cant look at anything till EOFY is done, june is when the bonus gets "
                        "decided",
                    )
                ],
            ),
        ],
        **role(AM_ROLE, SYDNEY_HYBRID),
    ),
    C(
        "staying for President's Club in March, said in November vs said last February",
        "sales",
        [
            rep(ENT_AE, "Austin, TX, USA")(
                "Colby Vandermeer",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 9),
                        "Made President's Club this year - the trip's in Cabo in March and I'm "
                        "not forfeiting it. Let's talk after that.",
                    )
                ],
            ),
            rep(ENT_AE, "Austin, TX, USA")(
                "Brantley Okafor-Hale",
                2,
                touches=[
                    inmail(
                        date(2026, 2, 9),
                        "Staying put until the President's Club trip in March - Maui, you don't "
                        "walk away from that. Reach out after.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, US_REMOTE),
    ),
    C(
        "fiscal year ends 31 January, said in October vs said a year earlier",
        "sales",
        [
            rep(CHANNEL, "Atlanta, GA, USA")(
                "Marisol Etheridge-Banks",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Marisol: FY ends Jan 31 and accelerators kick in over 100%. Don't pitch "
                        "anything until February.",
                    )
                ],
            ),
            rep(CHANNEL, "Atlanta, GA, USA")(
                "Yolanda Spurlock",
                2,
                touches=[
                    rang(
                        date(2025, 10, 20),
                        "Yolanda wants to close out the fiscal year (ends 31 Jan) before she "
                        "looks. Circle back in Feb.",
                    )
                ],
            ),
        ],
        **role(CHANNEL_ROLE, US_REMOTE),
    ),
    C(
        "on maternity leave till next September vs back from mat leave this September",
        "cs",
        [
            rep(where="Glasgow, UK", profile="cs")(
                "Eilidh Strachan-Dunbar",
                1,
                touches=[
                    mailed(
                        date(2026, 7, 6),
                        "Baby arrived last week! On maternity leave until next September, so "
                        "please park me until then.",
                    )
                ],
            ),
            rep(where="Glasgow, UK", profile="cs")(
                "Morven Buchanan-Lyle",
                2,
                touches=[
                    mailed(
                        date(2025, 10, 13),
                        "On mat leave now - back next September and I'll be looking then, not "
                        "before.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="remote", location="Remote (UK)")),
    ),
    C(
        "RSUs vest in May, said in October vs RSUs vested last May",
        "sales",
        [
            rep(SE, "Seattle, WA, USA")(
                "Prescott Ainsley",
                1,
                touches=[
                    ats(
                        date(2026, 10, 26),
                        "cand has a big RSU tranche vesting in May. wont move before, dont "
                        "waste a slot on him till then",
                    )
                ],
            ),
            rep(SE, "Seattle, WA, USA")(
                "Thaddeus Mirabal",
                2,
                touches=[
                    ats(
                        date(2025, 10, 27),
                        "cand sitting on RSUs that vest in May. not moving till they land, "
                        "revisit after",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, US_REMOTE),
    ),
]

# --- 3. schedule, travel, visa, contract and commute -----------------------------------------

SCHEDULE = [
    C(
        "no late shifts, school run vs happy on US hours, a UK desk covering the West Coast",
        "sales",
        [
            rep(SDR)(
                "Harriet Mawdsley",
                0,
                touches=[
                    rang(
                        60,
                        "Harriet can't do anything past 6pm - she does bedtime on her own "
                        "Mon-Thu. Early starts fine.",
                    )
                ],
            ),
            rep(SDR)(
                "Zachary Lomaxe",
                2,
                touches=[
                    rang(
                        60,
                        "Zach's a night owl, genuinely prefers a 1pm-9pm shift and has done US "
                        "hours before for a Denver startup.",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            LONDON_HYBRID,
            description="Prospect into US West Coast accounts from London on a 1pm to 9pm shift.",
        ),
    ),
    C(
        "no more Saturday open homes vs no Sundays, Saturdays fine",
        "sales",
        [
            rep(AGENT, "Auckland, New Zealand")(
                "Rawiri Pomare",
                0,
                touches=[
                    rang(
                        75,
                        "Rawiri done with weekend work - says Saturday open homes every week for "
                        "six years nearly cost him his marriage. Weekdays only now.",
                    )
                ],
            ),
            rep(AGENT, "Auckland, New Zealand")(
                "Hemi Tautahi",
                2,
                touches=[
                    rang(
                        75,
                        "Hemi: no Sundays (church and whānau), but Saturdays are part of the "
                        "job and he's fine with them.",
                    )
                ],
            ),
        ],
        **role(
            AGENT_ROLE,
            AUCKLAND_ONSITE,
            offers=["Saturday open homes every week, Sundays off", "Tuesday to Saturday roster"],
        ),
    ),
    C(
        "done with 60-hour month-ends vs will grind any hours, a 9-to-5:30 desk",
        "sales",
        [
            rep(AM, "Leeds, UK")(
                "Philippa Crowthers",
                2,
                touches=[
                    mailed(
                        100,
                        "Honestly I'm done with 60-hour weeks every month-end. I want a job "
                        "where 5:30 means 5:30.",
                    )
                ],
            ),
            rep(AM, "Leeds, UK")(
                "Dominic Spofforth",
                1,
                touches=[
                    mailed(
                        100,
                        "Hours don't bother me, I'll grind whatever it takes if the OTE is there.",
                    )
                ],
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Leeds, UK"),
            offers=["Monday to Friday, 9 to 5:30, no weekend or evening work"],
        ),
    ),
    C(
        "wants a four-day week for the kids vs tried a four-day week and it didn't suit",
        "cs",
        [
            rep(where="Bristol, UK", profile="cs")(
                "Imogen Treharne-Vosper",
                2,
                "Would love a four-day week - Fridays with the kids would change my life",
            ),
            rep(where="Bristol, UK", profile="cs")(
                "Saffron Leverett",
                1,
                "Did a compressed four-day week at the last place; it didn't suit her, "
                "prefers five normal days",
            ),
        ],
        **role(
            {}, UK_REMOTE, offers=["Four-day week, 32 hours, full pay", "Fridays off for everyone"]
        ),
    ),
    C(
        "can't do evenings, caring for mum vs 'evenings were never an issue'",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Roisin Harkness",
                0,
                touches=[
                    ats(
                        45,
                        "cand cares for her mum most evenings - cant do the late rota at all, "
                        "out the door by 5",
                    )
                ],
            ),
            rep(BROKER, "Leeds, UK")(
                "Colette Brierley",
                2,
                touches=[
                    ats(
                        45,
                        "evenings were never an issue for cand, left last place over the "
                        "commission structure not the hours",
                    )
                ],
            ),
        ],
        **role(
            BROKER_ROLE,
            LEEDS_ONSITE,
            offers=["Rota: two late shifts to 8pm a week and one Saturday morning a month"],
        ),
    ),
    C(
        "no more 6am calls with US HQ vs early US calls fine, it was 10pm London calls",
        "sales",
        [
            rep(CHANNEL, "Sydney, NSW, Australia")(
                "Lachlan Treloar",
                0,
                touches=[
                    inmail(
                        55,
                        "Not doing 6am calls with an American head office again. Three years "
                        "of that and I'm cooked.",
                    )
                ],
            ),
            rep(CHANNEL, "Sydney, NSW, Australia")(
                "Fergus Kilpatrick-Nye",
                2,
                touches=[
                    inmail(
                        55,
                        "Early calls with the US are fine, I'm up at 5 anyway. It was the 10pm "
                        "ones with London that broke me.",
                    )
                ],
            ),
        ],
        **role(
            CHANNEL_ROLE,
            SYDNEY_HYBRID,
            offers=["APAC lead reporting to San Francisco: weekly 6am pipeline call with HQ"],
        ),
    ),
]

TRAVEL = [
    C(
        "no overnights, single dad vs misses being on the road, a North West patch",
        "sales",
        [
            rep(FIELD_REP, "Preston, UK")(
                "Craig Bamforth",
                0,
                touches=[
                    rang(
                        70,
                        "Craig has his lad full time now - can do the patch day to day but "
                        "no nights away, has to be home for tea.",
                    )
                ],
            ),
            rep(FIELD_REP, "Preston, UK")(
                "Wesley Entwhistle",
                2,
                touches=[
                    rang(
                        70,
                        "Wes bored stiff on an inside role, misses the road - Premier Inns "
                        "and meal deals don't bother him one bit.",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Preston, UK"),
            offers=[
                "Patch: the North West and Cumbria, three or four nights away a month",
                "£6,000 car allowance",
            ],
        ),
    ),
    C(
        "won't do another Vegas trade show vs did Dreamforce five times and loved it",
        "sales",
        [
            rep(ENT_AE, "Denver, CO, USA")(
                "Kendra Oyelowo",
                0,
                touches=[
                    mailed(
                        90,
                        "I won't do conference season again. Booth duty in Vegas, red-eyes to "
                        "Orlando - never again.",
                    )
                ],
            ),
            rep(ENT_AE, "Denver, CO, USA")(
                "Skyler Maddox-Penn",
                2,
                touches=[
                    mailed(
                        90,
                        "I've worked Dreamforce five times and I'd do it again tomorrow - trade "
                        "shows are where I close.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            US_REMOTE,
            offers=["Six to eight trade shows a year across the US", "Travel around 30%"],
        ),
    ),
    C(
        "max 10% travel with a new baby vs 50% travel no problem, an EMEA role",
        "sales",
        [
            rep(SE)(
                "Anoushka Talwar",
                0,
                touches=[ats(40, "new baby - max 10% travel for next couple of yrs. firm on this")],
            ),
            rep(SE)(
                "Ruairi Costigan",
                2,
                touches=[ats(40, "happy w/ 50% travel, EMEA or wider, has done it before")],
            ),
        ],
        **role(
            SE_ROLE,
            LONDON_HYBRID,
            offers=["EMEA coverage: around 40% travel to customers in DACH, Nordics and Benelux"],
        ),
    ),
    C(
        "wants no travel vs bored of Zoom, wants to meet clients, an inside sales role",
        "sales",
        [
            rep(AM, "Glasgow, UK")(
                "Fiona Lamont",
                2,
                "Wants a desk job with no travel at all - did three years on the road",
            ),
            rep(AM, "Glasgow, UK")(
                "Calum Drysdale",
                0,
                "Sick of selling over Zoom; wants to be out in front of clients most weeks",
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Glasgow, UK"),
            offers=["Inside role: all meetings by video, no travel"],
        ),
    ),
    C(
        "a few trips a year fine, just not weekly vs no travel at all, quarterly trips to HQ",
        "sales",
        [
            rep(ENT_AE, "Vancouver, BC, Canada")(
                "Tessa Lindqvist-Moore",
                2,
                touches=[
                    rang(
                        110,
                        "Tessa left Oracle because it was Frankfurt every single week. Says a "
                        "handful of trips a year is totally fine.",
                    )
                ],
            ),
            rep(ENT_AE, "Vancouver, BC, Canada")(
                "Marguerite Olsson-Hart",
                0,
                touches=[
                    rang(
                        110,
                        "Marguerite won't get on a plane for work at all any more - zero travel, "
                        "full stop.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="remote", location="Remote (Canada)"),
            offers=["Fully remote with a quarterly trip to Toronto HQ"],
        ),
    ),
    C(
        "can't be away overnight on week-on week-off care vs partner does the school run",
        "sales",
        [
            rep(FIELD_REP, "Newcastle, NSW, Australia")(
                "Kirra Woolcott",
                0,
                touches=[
                    texted(
                        35,
                        "i have the kids week on week off so cant do nights away on the alternate "
                        "weeks either, too messy",
                    )
                ],
            ),
            rep(FIELD_REP, "Newcastle, NSW, Australia")(
                "Jarrah Pettigrew-Lowe",
                2,
                touches=[
                    texted(
                        35,
                        "nights away are sweet, my partner does the school run and loves "
                        "having the house to herself lol",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Newcastle, NSW, Australia"),
            offers=["Regional NSW territory: two nights away a fortnight", "Novated lease car"],
        ),
    ),
    C(
        "her husband travels so she must be home nightly vs husband hates it, she doesn't mind",
        "sales",
        [
            rep(CHANNEL, "Minneapolis, MN, USA")(
                "Bethany Gruenwald",
                0,
                touches=[
                    rang(
                        65,
                        "Bethany: husband is on the road Mon-Thu for his job, so she has to be "
                        "home every night for the kids. No overnight travel possible.",
                    )
                ],
            ),
            rep(CHANNEL, "Minneapolis, MN, USA")(
                "Courtney Lindahl",
                2,
                touches=[
                    rang(
                        65,
                        "Courtney: her husband grumbles when she's away but she doesn't mind "
                        "travel at all, sees partner visits as the fun part.",
                    )
                ],
            ),
        ],
        **role(
            CHANNEL_ROLE,
            dict(remote_policy="remote", location="Remote (US Midwest)"),
            offers=["Partner visits across the Midwest, two or three overnights a month"],
        ),
    ),
    C(
        "not flying long-haul any more vs long-haul fine, an APAC channel role",
        "sales",
        [
            rep(CHANNEL, "Melbourne, VIC, Australia")(
                "Dougal Ferrante",
                0,
                "Not flying long-haul any more - back surgery last year, anything over "
                "three hours is out",
            ),
            rep(CHANNEL, "Melbourne, VIC, Australia")(
                "Priyanka Holloway",
                2,
                "Long-haul flights don't bother her; has covered Singapore and Tokyo before",
            ),
        ],
        **role(
            CHANNEL_ROLE,
            MELBOURNE_HYBRID,
            offers=["APAC partners: a trip to Singapore, Tokyo or Seoul most months"],
        ),
    ),
]

NO_SPONSOR_UK = "We can't offer visa sponsorship; you'll need the right to work in the UK."
NO_SPONSOR_US = "US work authorization required; we are unable to sponsor visas."

VISA = [
    C(
        "Skilled Worker visa tied to her employer vs ILR granted in June",
        "sales",
        [
            rep(ENT_AE)(
                "Adaeze Okafor-Brightman",
                0,
                touches=[
                    ats(
                        55,
                        "cand on Skilled Worker visa sponsored by current employer - would need "
                        "a new CoS to move",
                    )
                ],
            ),
            rep(ENT_AE)(
                "Chidinma Ekwueme",
                2,
                touches=[ats(55, "cand got ILR in June!! no sponsorship needed any more")],
            ),
        ],
        **role(ENT_ROLE, LONDON_HYBRID, offers=[NO_SPONSOR_UK]),
    ),
    C(
        "needs an H-1B transfer vs green card in March",
        "sales",
        [
            rep(SE, "San Jose, CA, USA")(
                "Venkatesh Raghunathan-Iyer",
                0,
                touches=[
                    mailed(
                        80,
                        "Just so you know, I'm on an H-1B, so any new employer would need to "
                        "file a transfer petition.",
                    )
                ],
            ),
            rep(SE, "San Jose, CA, USA")(
                "Arvind Kothandaraman",
                2,
                touches=[
                    mailed(
                        80,
                        "Good news on my side - I was on an H-1B for six years but my green "
                        "card came through in March. No paperwork needed now.",
                    )
                ],
            ),
        ],
        **role(SE_ROLE, US_REMOTE, offers=[NO_SPONSOR_US]),
    ),
    C(
        "open work permit ends in February, PR pending vs landed as a PR last year",
        "sales",
        [
            rep(SDR, "Toronto, ON, Canada")(
                "Oluwaseun Adebayo-Kerr",
                1,
                touches=[
                    ats(
                        35,
                        "cand on open work permit exp Feb 2027, PR app submitted but no ITA "
                        "yet - could lapse",
                    )
                ],
            ),
            rep(SDR, "Toronto, ON, Canada")(
                "Babajide Olatunji",
                2,
                touches=[ats(35, "cand landed as PR last yr - full work rights, no LMIA needed")],
            ),
        ],
        **role(
            SDR_ROLE,
            TORONTO_HYBRID,
            offers=["Permanent role; we do not support LMIAs or work permits"],
        ),
    ),
    C(
        "on a 482 needing a sponsor vs an Australian citizen since 2024",
        "sales",
        [
            rep(AM, "Melbourne, VIC, Australia")(
                "Siobhan Carrick",
                0,
                touches=[
                    rang(
                        50,
                        "Siobhan (Irish) on a 482 with her current employer - needs a new "
                        "sponsor to move.",
                    )
                ],
            ),
            rep(AM, "Melbourne, VIC, Australia")(
                "Niamh Costelloe",
                2,
                touches=[
                    rang(
                        50,
                        "Niamh (Irish) did her citizenship ceremony in 2024, full Aussie now - "
                        "no visa questions.",
                    )
                ],
            ),
        ],
        **role(
            AM_ROLE,
            MELBOURNE_HYBRID,
            offers=["Must have full working rights in Australia; no sponsorship available"],
        ),
    ),
    C(
        "working holiday visa with four months left vs NZ resident visa",
        "sales",
        [
            rep(SDR, "Auckland, New Zealand")(
                "Freddie Ashcombe",
                0,
                touches=[
                    texted(
                        30,
                        "keen!! only thing is my working holiday visa has 4 months left on it",
                    )
                ],
            ),
            rep(SDR, "Auckland, New Zealand")(
                "Archie Blenkinsop",
                2,
                touches=[
                    texted(
                        30,
                        "keen!! got my resident visa sorted in august so im here for good",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            AUCKLAND_ONSITE,
            offers=["Permanent full-time; NZ residency or citizenship required"],
        ),
    ),
    C(
        "his own Graduate visa ends in January vs his wife's Graduate visa, he's British",
        "sales",
        [
            rep(SDR, "Birmingham, UK")(
                "Tariq Haddadin",
                0,
                touches=[
                    inmail(
                        40,
                        "Should mention: I'm on a Graduate visa that expires in January, so I "
                        "would need sponsoring after that.",
                    )
                ],
            ),
            rep(SDR, "Birmingham, UK")(
                "Samir Baghdadi-Wells",
                2,
                touches=[
                    inmail(
                        40,
                        "Should mention: my wife is on a Graduate visa, but I'm a British "
                        "citizen so there's nothing to sort on my side.",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            dict(remote_policy="hybrid", location="Birmingham, UK"),
            offers=[NO_SPONSOR_UK],
        ),
    ),
    C(
        "an Australian on an E-3 vs an Australian with a green card through marriage",
        "sales",
        [
            rep(ENT_AE, "New York, NY, USA")(
                "Mitchell Dunstan",
                0,
                touches=[
                    rang(
                        60,
                        "Mitch is on an E-3 - cheap and quick, but the new employer still has "
                        "to file an LCA and sponsor it.",
                    )
                ],
            ),
            rep(ENT_AE, "New York, NY, USA")(
                "Bronwyn Eastaugh",
                2,
                touches=[
                    rang(
                        60,
                        "Bronwyn is Australian but got her green card through her American "
                        "husband in 2023. Authorised to work, nothing to file.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, NYC_HYBRID, offers=[NO_SPONSOR_US]),
    ),
    C(
        "Youth Mobility visa running to March vs a British passport through his dad",
        "sales",
        [
            rep(AM)(
                "Cooper Whitlam",
                1,
                touches=[
                    ats(
                        50,
                        "Aussie on Youth Mobility, visa ends March 27, wants to stay but no "
                        "route yet",
                    )
                ],
            ),
            rep(AM)(
                "Angus Rutherford-Bell",
                2,
                touches=[ats(50, "Kiwi but has British passport thru his dad - full RTW")],
            ),
        ],
        **role(AM_ROLE, LONDON_HYBRID, offers=[NO_SPONSOR_UK]),
    ),
]

CONTRACT = [
    C(
        "perm only vs happy with a mat-cover FTC",
        "sales",
        [
            rep(AM, "Manchester, UK")(
                "Leanne Ormerod",
                0,
                touches=[ats(60, "perm only - wont look at FTC or mat cover, needs security")],
            ),
            rep(AM, "Manchester, UK")(
                "Gemma Sutcliffe-Reyes",
                2,
                touches=[ats(60, "open to FTC incl mat cover, 12m suits her actually")],
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Manchester, UK"),
            title="Account Manager (12-month maternity cover)",
            offers=["Fixed-term contract, 12 months"],
        ),
    ),
    C(
        "won't do commission-only again vs prefers commission-only, uncapped",
        "sales",
        [
            rep(AGENT, "Perth, WA, Australia")(
                "Shannon Dewhurst",
                0,
                "Needs a retainer or base now - commission-only nearly sank her in the 2023 "
                "downturn",
            ),
            rep(AGENT, "Perth, WA, Australia")(
                "Taryn Blackwood",
                2,
                "Prefers commission-only on a bigger split; a retainer just caps what she earns",
            ),
        ],
        **role(
            AGENT_ROLE,
            dict(remote_policy="onsite", location="Perth, WA, Australia"),
            offers=["Commission-only: 50% split of agency commission, uncapped"],
        ),
    ),
    C(
        "wants three days a week vs full-time only, a part-time role",
        "cs",
        [
            rep(where="Wellington, New Zealand", profile="cs")(
                "Aroha Waititi-Bloom",
                2,
                "Looking for part-time, ideally three days, while the kids are small",
            ),
            rep(where="Wellington, New Zealand", profile="cs")(
                "Manaia Te Kani",
                0,
                "Needs full-time hours; part-time doesn't pay the Wellington rent",
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Wellington, New Zealand"),
            title="Customer Success Manager (part-time, 24 hours)",
            offers=["Three days a week, days to suit"],
        ),
    ),
    C(
        "W-2 only for the health insurance vs 1099 fine through his LLC",
        "sales",
        [
            rep(FIELD_REP, "Phoenix, AZ, USA")(
                "Dustin Haverkamp",
                0,
                touches=[
                    rang(
                        45,
                        "Dustin W-2 only - wife's a type 1 diabetic, he needs the employer "
                        "health plan.",
                    )
                ],
            ),
            rep(FIELD_REP, "Phoenix, AZ, USA")(
                "Travis Coldiron",
                2,
                touches=[
                    rang(
                        45,
                        "Travis set up an LLC last year, happy on a 1099 and prefers writing "
                        "off his truck.",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Phoenix, AZ, USA"),
            title="Independent Sales Representative (1099)",
            offers=["1099 independent contractor, 25% commission, no benefits"],
        ),
    ),
]

COMMUTE = [
    C(
        "Stockport, max 45 minutes door to door vs Lancaster, max half an hour",
        "sales",
        [
            rep(SDR, "Stockport, UK")(
                "Jordan Fairclough",
                2,
                "Max 45 mins door to door; the train from Stockport is fine",
            ),
            rep(SDR, "Lancaster, UK")(
                "Bradley Cottam",
                0,
                "Won't commute more than half an hour each way",
            ),
        ],
        **role(SDR_ROLE, MANCHESTER_ONSITE, offers=["Five days a week in our Ancoats office"]),
    ),
    C(
        "won't do the M4 from Penrith daily vs walks in from Surry Hills",
        "sales",
        [
            rep(AM, "Penrith, NSW, Australia")(
                "Corey Pemberton-Ash",
                0,
                touches=[
                    rang(
                        40,
                        "Corey's out at Penrith - not doing the M4 into the city every day, "
                        "it's 90 mins each way on a bad one.",
                    )
                ],
            ),
            rep(AM, "Surry Hills, NSW, Australia")(
                "Jasmine Adeyemi-Clark",
                2,
                touches=[
                    rang(
                        40,
                        "Jas lives in Surry Hills, walks to anything in the CBD, loves an office.",
                    )
                ],
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="onsite", location="Sydney, NSW, Australia"),
            offers=["Five days a week in our Martin Place office"],
        ),
    ),
    C(
        "train from Reading to Slough is fine vs won't drive the M4 to Slough again",
        "sales",
        [
            rep(CHANNEL, "Reading, UK")(
                "Hamish Trelawney",
                2,
                touches=[
                    inmail(
                        70,
                        "Slough is 20 minutes on the Elizabeth line from me, that's nothing.",
                    )
                ],
            ),
            rep(CHANNEL, "Reading, UK")(
                "Ollie Pendleton",
                0,
                touches=[
                    inmail(
                        70,
                        "I did the M4 to Slough for three years and I'm not doing it again. "
                        "Nothing in Slough, please.",
                    )
                ],
            ),
        ],
        **role(CHANNEL_ROLE, dict(remote_policy="onsite", location="Slough, UK")),
    ),
    C(
        "an hour on the GO from Mississauga is fine vs max 30 minutes from Hamilton",
        "sales",
        [
            rep(AM, "Mississauga, ON, Canada")(
                "Harpreet Dhillon-Sandhu",
                2,
                touches=[
                    ats(
                        50,
                        "fine w/ up to an hour on the GO train, does it now 3x/wk",
                    )
                ],
            ),
            rep(AM, "Hamilton, ON, Canada")(
                "Brennan Wojtaszek",
                0,
                touches=[ats(50, "max 30 min commute, wont do the QEW or the GO")],
            ),
        ],
        **role(AM_ROLE, TORONTO_HYBRID),
    ),
    C(
        "Metra into the Loop is fine vs not commuting into the Loop again",
        "sales",
        [
            rep(ENT_AE, "Naperville, IL, USA")(
                "Garrett Lindqvist-Oyler",
                2,
                touches=[
                    mailed(
                        85,
                        "The Metra into the Loop is honestly fine - I read, I answer emails, "
                        "it's my quiet hour.",
                    )
                ],
            ),
            rep(ENT_AE, "Naperville, IL, USA")(
                "Brock Dahlgren",
                0,
                touches=[
                    mailed(
                        85,
                        "Not commuting into the Loop again. It's a two-hour round trip from "
                        "Naperville and I got my life back when I stopped.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="onsite", location="Chicago, IL, USA"),
            offers=["Four days a week in our West Loop office"],
        ),
    ),
    C(
        "the Harbour Bridge is a dealbreaker vs happy to come over the bridge",
        "sales",
        [
            rep(SDR, "Takapuna, Auckland, New Zealand")(
                "Nikau Rangitaawa",
                0,
                touches=[
                    texted(
                        20,
                        "not crossing the harbour bridge every day bro, the traffic is a "
                        "dealbreaker. shore only",
                    )
                ],
            ),
            rep(SDR, "Takapuna, Auckland, New Zealand")(
                "Tane Whaanga",
                2,
                touches=[
                    texted(
                        20,
                        "happy to come over the bridge, its only 2 days in and the bus lane flies",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            dict(
                remote_policy="hybrid",
                location="Penrose, Auckland, New Zealand",
                offers=["Two days a week in our Penrose office"],
            ),
        ),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "won't look under £90k base vs £70k base plus uncapped, a £72k base 60/40 role",
        "sales",
        [
            rep(ENT_AE)(
                "Rupert Sandiford",
                0,
                touches=[ats(30, "base floor £90k, wont entertain less even w/ big OTE")],
            ),
            rep(ENT_AE)(
                "Jessamy Colquhoun",
                2,
                touches=[ats(30, "£70k base + uncapped comms works, cares more about the patch")],
            ),
        ],
        **role(
            ENT_ROLE,
            LONDON_HYBRID,
            salary_min=70_000,
            salary_max=75_000,
            currency="GBP",
            offers=["OTE £120k, 60/40 split, uncapped with accelerators over 100%"],
        ),
    ),
    C(
        "won't take a base cut for higher OTE vs happy at 50/50 with accelerators",
        "sales",
        [
            rep(ENT_AE, "Boston, MA, USA")(
                "Caldwell Frasier",
                0,
                touches=[
                    rang(
                        60,
                        "Caldwell's on $95k base today and won't take a base cut, even if the "
                        "OTE is higher. Mortgage math.",
                    )
                ],
            ),
            rep(ENT_AE, "Boston, MA, USA")(
                "Sheridan Mulcahy",
                2,
                touches=[
                    rang(
                        60,
                        "Sheridan doesn't care about base - wants uncapped with real "
                        "accelerators, happy at 50/50.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="hybrid", location="Boston, MA, USA"),
            salary_min=80_000,
            salary_max=85_000,
            currency="USD",
            offers=["OTE $170k at 50/50, uncapped, 2x accelerator over quota"],
        ),
    ),
    C(
        "after $150k package incl. super vs needs $200k base, an AUD 140-160k role",
        "sales",
        [
            rep(AM, "Sydney, NSW, Australia")(
                "Hayden Strickland",
                2,
                touches=[
                    texted(25, "looking for about 150 package incl super, OTE on top is a bonus")
                ],
            ),
            rep(AM, "Sydney, NSW, Australia")(
                "Lincoln Abernathy",
                0,
                touches=[texted(25, "wont move for less than 200 base, been offered that already")],
            ),
        ],
        **role(AM_ROLE, SYDNEY_HYBRID, salary_min=140_000, salary_max=160_000, currency="AUD"),
    ),
    C(
        "on CAD 110k base, needs a raise vs on CAD 70k, wants 85+, a CAD 85-95k role",
        "sales",
        [
            rep(SE, "Calgary, AB, Canada")(
                "Everett Lachance",
                0,
                touches=[ats(40, "currently 110k base CAD, needs a bump to move")],
            ),
            rep(SE, "Calgary, AB, Canada")(
                "Rowan Tremblay-Hughes",
                2,
                touches=[ats(40, "on 70k base now (underpaid), would move for 85k+")],
            ),
        ],
        **role(
            SE_ROLE,
            dict(remote_policy="hybrid", location="Calgary, AB, Canada"),
            salary_min=85_000,
            salary_max=95_000,
            currency="CAD",
        ),
    ),
    C(
        "can't start on zero commission, needs a ramp vs only cares about top-end OTE",
        "sales",
        [
            rep(SDR, "Denver, CO, USA")(
                "Kaylee Brandvold",
                2,
                touches=[
                    mailed(
                        55,
                        "I can't afford to start somewhere on zero commission for six months "
                        "- I need a guaranteed ramp or a draw I don't have to pay back.",
                    )
                ],
            ),
            rep(SDR, "Denver, CO, USA")(
                "Maddison Teague",
                1,
                touches=[
                    mailed(
                        55,
                        "All I really care about is how high the OTE goes once I'm fully ramped.",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            US_REMOTE,
            offers=["Non-recoverable draw for your first six months while you ramp"],
        ),
    ),
]

# --- 5. last time's reason against this role ---------------------------------------------------

PAST_LONDON_60K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=60_000, currency="GBP"
)
PAST_LONDON_75K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=75_000, currency="GBP"
)
PAST_LEEDS_OFFICE = dict(remote_policy="onsite", location="Leeds, UK")
PAST_LEEDS_HYBRID = dict(
    remote_policy="hybrid", location="Leeds, UK", offers=["Two days a week in the office"]
)

RESOLVED = [
    C(
        "declined over a £60k base, the band now reaches her ask vs an ask still above it",
        "sales",
        [
            rep(ENT_AE)(
                "Ottilie Barraclough",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Wanted £70k base; client capped at £60k",
                        past=PAST_LONDON_60K,
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            rep(ENT_AE)(
                "Peregrine Asquith",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Held out for £90k base, band topped out at £75k",
                        past=PAST_LONDON_75K,
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, LONDON_HYBRID, salary_min=70_000, salary_max=75_000, currency="GBP"),
    ),
    C(
        "withdrew over a South West patch, this is Yorkshire vs didn't want the North East",
        "sales",
        [
            rep(FIELD_REP, "Leeds, UK")(
                "Curtis Haigh",
                2,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Pulled out - patch was Devon and Cornwall, he lives in Leeds",
                        role="Field Sales Representative",
                    )
                ],
            ),
            rep(FIELD_REP, "Leeds, UK")(
                "Damian Outhwaite",
                0,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Pulled out - doesn't want the North East patch, too far up the A1",
                        role="Field Sales Representative",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Leeds, UK"),
            title="Field Sales Representative - North East",
            offers=["Patch: Newcastle, Sunderland, Durham and Teesside", "£5,500 car allowance"],
        ),
    ),
    C(
        "declined five days in the office, this is two vs wanted fully remote, still hybrid",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Yvette Ackroyd-Lane",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Turned down - five days on the broking floor, she wants two at most",
                        past=PAST_LEEDS_OFFICE,
                        role="Commercial Account Executive",
                    )
                ],
            ),
            rep(BROKER, "Leeds, UK")(
                "Bernadette Fawcett",
                0,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Turned down the hybrid offer - only wants to work from home full time",
                        past=PAST_LEEDS_HYBRID,
                        role="Commercial Account Executive",
                    )
                ],
            ),
        ],
        **role(
            BROKER_ROLE,
            dict(remote_policy="hybrid", location="Leeds, UK"),
            offers=["Two days a week in our Wellington Place office"],
        ),
    ),
    C(
        "walked over a 12-month non-compete, this has none vs walked over a clawback that stays",
        "sales",
        [
            rep(SE)(
                "Lysander Mortimer",
                2,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Withdrew at offer stage - contract had a 12-month non-compete",
                        stage="offer",
                        role="Sales Engineer",
                    )
                ],
            ),
            rep(SE)(
                "Ignatia Folkestone",
                0,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Withdrew at offer - commission clawed back if a customer churns "
                        "within 12 months",
                        stage="offer",
                        role="Sales Engineer",
                    )
                ],
            ),
        ],
        **role(
            SE_ROLE,
            LONDON_HYBRID,
            offers=[
                "No non-compete: a three-month non-solicit only",
                "Commission clawback if the customer churns in the first year",
            ],
        ),
    ),
    C(
        "declined over crypto, this is a casino platform vs declined over casinos, the same",
        "sales",
        [
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Jocelyn Marchetti",
                2,
                apps=[
                    declined(
                        200,
                        "not_interested",
                        "Declined - wouldn't sell for a crypto exchange",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Dorian Castellano",
                0,
                apps=[
                    declined(
                        200,
                        "not_interested",
                        "Declined - refuses to sell anything for online casinos",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            TORONTO_HYBRID,
            title="Enterprise Account Executive - iGaming Platform",
            description="Sell our online casino platform to operators across Ontario.",
        ),
    ),
    C(
        "turned down over no sponsorship, now has ILR vs still needs sponsoring, none offered",
        "sales",
        [
            rep(AM)(
                "Xiomara Delacroix",
                2,
                "Got ILR in August - no more visa questions",
                apps=[
                    withdrew(
                        330,
                        "other",
                        "Couldn't proceed - needed Skilled Worker sponsorship, client not a "
                        "licensed sponsor",
                        stage="final",
                        role="Account Manager",
                    )
                ],
            ),
            rep(AM)(
                "Benedikt Auerbach",
                0,
                apps=[
                    withdrew(
                        330,
                        "other",
                        "Couldn't proceed - needs Skilled Worker sponsorship and client won't "
                        "sponsor",
                        stage="final",
                        role="Account Manager",
                    )
                ],
            ),
        ],
        **role(AM_ROLE, LONDON_HYBRID, offers=[NO_SPONSOR_UK]),
    ),
]

LAST_TIME = [
    C(
        "no-show to the final vs a final closed when the headcount was pulled",
        "sales",
        [
            rep(SDR, "Leeds, UK")(
                "Connor Mottram",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the final with the CRO, no call, no text",
                        role="SDR",
                    )
                ],
            ),
            rep(SDR, "Leeds, UK")(
                "Liam Oddie",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "position_closed",
                        "headcount",
                        "Final done, strong - then the seat was pulled in the Q2 reforecast",
                        role="SDR",
                    )
                ],
            ),
        ],
        **role(SDR_ROLE, LEEDS_ONSITE),
    ),
    C(
        "inflated his attainment on references vs lost to an internal hire",
        "sales",
        [
            rep(ENT_AE, "Chicago, IL, USA")(
                "Brayden Stolz",
                0,
                apps=[
                    app(
                        240,
                        "offer",
                        "rejected",
                        "conduct",
                        "Offer pulled - references showed 62% attainment, not the 140% he claimed",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            rep(ENT_AE, "Chicago, IL, USA")(
                "Jaxon Pruett",
                2,
                apps=[
                    app(
                        240,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Great final - lost out to an internal promotion",
                        rating=4.5,
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, CHICAGO_HYBRID),
    ),
    C(
        "no enterprise experience two months ago vs the same two years ago",
        "sales",
        [
            rep(ENT_AE, "Manchester, UK")(
                "Declan Rainford",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Only SMB deals, nothing over £20k ACV yet - not enterprise ready",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            rep(ENT_AE, "Manchester, UK")(
                "Aidan Hesketh",
                2,
                apps=[
                    app(
                        700,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Only SMB so far, biggest deal £15k ACV - not ready for enterprise",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, dict(remote_policy="hybrid", location="Manchester, UK")),
    ),
]

PROCESS = [
    C(
        "a final round rated 4.6 vs a CV screen",
        "cs",
        [
            rep(where="Auckland, New Zealand", profile="cs")(
                "Kahurangi Paewai",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Pipped at the panel - panel loved her",
                        rating=4.6,
                        role="Customer Success Manager",
                    )
                ],
            ),
            rep(where="Auckland, New Zealand", profile="cs")(
                "Ngaio Whitcombe-Hura",
                1,
                apps=[
                    app(
                        200,
                        "screen",
                        "rejected",
                        "other",
                        "Phone screen only, role filled before next round",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="hybrid", location="Auckland, New Zealand")),
    ),
    C(
        "we placed her three months ago vs her last final was closed for budget",
        "sales",
        [
            rep(RECRUITER, "Manchester, UK")(
                "Stacey Greenhalgh",
                0,
                apps=[
                    app(
                        95,
                        "offer",
                        "hired",
                        None,
                        "Placed with Hays Manchester, started August on the tech desk",
                        role="Senior Recruitment Consultant",
                    )
                ],
            ),
            rep(RECRUITER, "Manchester, UK")(
                "Chantelle Ashworth",
                2,
                apps=[
                    app(
                        95,
                        "final",
                        "position_closed",
                        "headcount",
                        "Final with the MD went well, then the desk was frozen for budget",
                        role="Senior Recruitment Consultant",
                    )
                ],
            ),
        ],
        **role(RECRUITER_ROLE, MANCHESTER_ONSITE),
    ),
    C(
        "took a counter-offer two months ago vs a counter-offer two years ago",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Warrick Sowerby",
                0,
                apps=[
                    declined(
                        60,
                        "counteroffer",
                        "Accepted a counter from Aviva at the last minute",
                        role="Commercial Account Executive",
                    )
                ],
            ),
            rep(BROKER, "Leeds, UK")(
                "Neville Copley",
                2,
                apps=[
                    declined(
                        720,
                        "counteroffer",
                        "Took a counter from his broker after our offer",
                        role="Commercial Account Executive",
                    )
                ],
            ),
        ],
        **role(BROKER_ROLE, LEEDS_ONSITE),
    ),
]

# --- 6. negation and scope, work mode --------------------------------------------------------

NEGATIONS = [
    C(
        "'not against field sales' vs 'not into field sales', a field role",
        "sales",
        [
            rep(FIELD_REP, "Birmingham, UK")(
                "Jermaine Ellery",
                2,
                touches=[ats(30, "not against field sales at all, has a clean licence")],
            ),
            rep(FIELD_REP, "Birmingham, UK")(
                "Dwight Moorcroft",
                0,
                touches=[ats(30, "not into field sales anymore, wants inside only")],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Birmingham, UK"),
            offers=["West Midlands patch, out on the road four days a week", "Company car"],
        ),
    ),
    C(
        "commission-heavy doesn't scare him vs it scares her, a 40/60 split",
        "sales",
        [
            rep(ENT_AE, "Dallas, TX, USA")(
                "Rhett Calloway",
                2,
                "A commission-heavy plan doesn't scare him; 40/60 is fine if it's uncapped",
            ),
            rep(ENT_AE, "Dallas, TX, USA")(
                "Savannah Pruitt",
                0,
                "Commission-heavy plans scare her now; wants at least 60% of OTE as base",
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="hybrid", location="Dallas, TX, USA"),
            offers=["OTE $200k on a 40/60 base-to-variable split, uncapped"],
        ),
    ),
    C(
        "never had a problem with cold calling vs never cold calling again",
        "sales",
        [
            rep(SDR, "Edinburgh, UK")(
                "Ewan MacAskill",
                2,
                touches=[
                    inmail(
                        35,
                        "Never had a problem with cold calling - if anything it's the bit I'm "
                        "best at.",
                    )
                ],
            ),
            rep(SDR, "Edinburgh, UK")(
                "Struan Guthrie",
                0,
                touches=[
                    inmail(
                        35,
                        "Never again with the cold calling. Email and LinkedIn outbound only "
                        "for me now.",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            dict(remote_policy="hybrid", location="Edinburgh, UK"),
            offers=["Phone-first outbound: 70 dials a day"],
        ),
    ),
    C(
        "the travel wasn't why he left, the manager was vs the manager wasn't, the travel was",
        "sales",
        [
            rep(SE, "Atlanta, GA, USA")(
                "Desmond Pettaway",
                2,
                touches=[
                    rang(
                        80,
                        "Desmond: the travel wasn't the reason he left, it was the manager. "
                        "Would happily do 40% again.",
                    )
                ],
            ),
            rep(SE, "Atlanta, GA, USA")(
                "Quentin Larkspur",
                0,
                touches=[
                    rang(
                        80,
                        "Quentin: the manager wasn't the reason he left, the travel was - "
                        "wants to be home most weeks.",
                    )
                ],
            ),
        ],
        **role(
            SE_ROLE,
            dict(remote_policy="remote", location="Remote (US Southeast)"),
            offers=["Around 40% travel to customer sites"],
        ),
    ),
]

WORK_MODE = [
    C(
        "remote said only in the title: remote-only vs wants an office to go to",
        "sales",
        [
            rep(AM, "Columbus, OH, USA")(
                "Kinsley Amundsen",
                2,
                touches=[ats(45, "remote only, no exceptions, moved out of the city in 2021")],
            ),
            rep(AM, "Columbus, OH, USA")(
                "Paisley Runyon",
                0,
                touches=[ats(45, "hates WFH, wants an office w/ people in it daily")],
            ),
        ],
        **role(AM_ROLE, dict(location="United States"), title="Account Manager - 100% Remote (US)"),
    ),
    C(
        "on-site said only in the description: wants a loud sales floor vs home only since 2020",
        "sales",
        [
            rep(SDR, "Leeds, UK")(
                "Kyle Ramsbottom",
                2,
                "Wants to get back on a proper sales floor, with a gong and a leaderboard",
            ),
            rep(SDR, "Leeds, UK")(
                "Reece Thackeray",
                0,
                "Has worked from his spare room since 2020 and isn't going back into an office",
            ),
        ],
        **role(
            SDR_ROLE,
            dict(location="Leeds, UK"),
            description="Office-based on our Leeds sales floor five days a week - it's loud, "
            "there's a bell, and we celebrate every booked meeting.",
        ),
    ),
    C(
        "two or three days in is ideal vs fully remote only, a three-day hybrid",
        "sales",
        [
            rep(AM, "Melbourne, VIC, Australia")(
                "Matilda Cresswell",
                2,
                touches=[
                    texted(
                        40,
                        "hybrid would be perfect honestly, 2 or 3 days in and the rest at home",
                    )
                ],
            ),
            rep(AM, "Melbourne, VIC, Australia")(
                "Georgia Lockyer",
                0,
                touches=[
                    texted(
                        40,
                        "only fully remote for me now, i moved to the Mornington Peninsula",
                    )
                ],
            ),
        ],
        **role(AM_ROLE, MELBOURNE_HYBRID),
    ),
]

# --- 7. location, level, stage and size, mission and technology -------------------------------

LOCATIONS = [
    C(
        "moving back up to Manchester in spring vs not leaving London, a Manchester office",
        "sales",
        [
            rep(RECRUITER, "London, UK")(
                "Natalie Whitworth",
                2,
                touches=[
                    rang(
                        70,
                        "Nat's moving back up north to Manchester in the spring - family are "
                        "there, already house hunting in Didsbury.",
                    )
                ],
            ),
            rep(RECRUITER, "London, UK")(
                "Jade Okoro-Banks",
                0,
                touches=[
                    rang(
                        70,
                        "Jade's London through and through - won't leave the M25 for any desk.",
                    )
                ],
            ),
        ],
        **role(RECRUITER_ROLE, MANCHESTER_ONSITE),
    ),
    C(
        "would cover the Midwest from Minneapolis vs Miami and won't relocate",
        "sales",
        [
            rep(FIELD_REP, "Minneapolis, MN, USA")(
                "Tanner Bjorklund",
                2,
                "Happy to cover a Midwest territory from home in Minneapolis",
            ),
            rep(FIELD_REP, "Miami, FL, USA")(
                "Alejandro Ybarra",
                0,
                "Staying in South Florida; not relocating for any territory",
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="remote", location="Midwest, USA"),
            title="Territory Sales Representative - Midwest",
            offers=["Territory: Minnesota, Wisconsin, Iowa and Illinois; must live in it"],
        ),
    ),
    C(
        "would move to Calgary for cheaper houses vs won't leave the coast",
        "sales",
        [
            rep(SE, "Vancouver, BC, Canada")(
                "Jasper Nakamura-Bell",
                2,
                "Would relocate to Calgary in a heartbeat - can't afford to buy in Vancouver",
            ),
            rep(SE, "Vancouver, BC, Canada")(
                "Kieran Aucoin",
                0,
                "Won't leave the coast; it's BC or nothing",
            ),
        ],
        **role(
            SE_ROLE,
            dict(remote_policy="onsite", location="Calgary, AB, Canada"),
            offers=["Relocation package up to CAD 15,000"],
        ),
    ),
    C(
        "te reo kia ora: moving to Wellington vs partner moving, she's staying in Auckland",
        "sales",
        [
            rep(AM, "Auckland, New Zealand")(
                "Mereana Horomona",
                2,
                touches=[
                    mailed(
                        50,
                        "Kia ora e hoa - we've decided to shift to Pōneke in the new year, my "
                        "partner's starting at the ministry. So Wellington roles please!",
                    )
                ],
            ),
            rep(AM, "Auckland, New Zealand")(
                "Anahera Puketapu-Reid",
                0,
                touches=[
                    mailed(
                        50,
                        "Kia ora - my partner keeps talking about moving to Wellington, but "
                        "I'm not going anywhere. Auckland roles only.",
                    )
                ],
            ),
        ],
        **role(AM_ROLE, dict(remote_policy="onsite", location="Wellington, New Zealand")),
    ),
    C(
        "would relocate to London with a package vs Scotland only",
        "sales",
        [
            rep(ENT_AE, "Edinburgh, UK")(
                "Fraser Dalgleish",
                2,
                touches=[ats(60, "open to relocating to London if theres a reloc package")],
            ),
            rep(ENT_AE, "Edinburgh, UK")(
                "Callum Rennison-Bain",
                0,
                touches=[ats(60, "London is a no. Scotland based roles only, Edi or Glasgow")],
            ),
        ],
        **role(ENT_ROLE, dict(remote_policy="onsite", location="London, UK")),
    ),
    C(
        "lives in Perth vs in Sydney and would never move to Perth",
        "sales",
        [
            rep(BROKER, "Perth, WA, Australia")(
                "Tahlia Moncrieff",
                2,
                "Perth born and raised, wants a commercial broking role close to home",
            ),
            rep(BROKER, "Sydney, NSW, Australia")(
                "Jacinta Borrowdale",
                0,
                "Would never move to Perth, too far from her family in Sydney",
            ),
        ],
        **role(BROKER_ROLE, dict(remote_policy="onsite", location="Perth, WA, Australia")),
    ),
    C(
        "lives in Boston for a Northeast patch vs lives in Denver, happy remote",
        "sales",
        [
            rep(ENT_AE, "Boston, MA, USA")(
                "Cormac Finnerty",
                2,
                "Based in Boston; knows the Northeast accounts well",
            ),
            rep(ENT_AE, "Denver, CO, USA")(
                "Wyatt Stallworth",
                1,
                "Happy with any remote role, based in Denver",
            ),
        ],
        **role(
            ENT_ROLE,
            US_REMOTE,
            title="Enterprise Account Executive - Northeast",
            offers=["Remote, but you must live in the Northeast territory (New England or NY)"],
        ),
    ),
    C(
        "Brummie wants to come home from Bristol vs wants the South West only",
        "sales",
        [
            rep(MORTGAGE, "Bristol, UK")(
                "Kerry-Ann Oldacre",
                2,
                "Brum born and bred; wants to move home to Birmingham next year",
            ),
            rep(MORTGAGE, "Bristol, UK")(
                "Tegan Lusby",
                0,
                "Only looking in Bristol and the South West; not moving",
            ),
        ],
        **role(MORTGAGE_ROLE, dict(remote_policy="onsite", location="Birmingham, UK")),
    ),
]

LEVEL = [
    C(
        "ready to manage SDRs vs wants to stay an AE for the money, an SDR manager role",
        "sales",
        [
            rep(ENT_AE)(
                "Felicity Brabazon",
                2,
                "Has been the unofficial SDR team lead for a year; wants the title and the team",
            ),
            rep(ENT_AE)(
                "Montgomery Ashdown",
                0,
                "Wants to stay on a bag; the money's better as an AE and he hates one-to-ones",
            ),
        ],
        **role(
            ENT_ROLE,
            LONDON_HYBRID,
            title="SDR Manager",
            seniority="manager",
            description="Lead and coach a team of eight SDRs.",
        ),
    ),
    C(
        "won't step back from managing vs done with management, wants a bag",
        "sales",
        [
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Raphaëlle Gagnon",
                0,
                touches=[
                    rang(
                        70,
                        "Raphaëlle manages six AEs now, won't go back to an IC seat at any price.",
                    )
                ],
            ),
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Émile Desrosiers",
                2,
                touches=[
                    rang(
                        70,
                        "Émile managed a team for two years, hated the admin - wants to carry "
                        "a number again.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, TORONTO_HYBRID),
    ),
    C(
        "only enterprise now vs wants to step down to SMB, an enterprise seat",
        "sales",
        [
            rep(ENT_AE, "Chicago, IL, USA")(
                "Holden Rasmussen",
                2,
                touches=[inmail(30, "Done with mid-market. Enterprise only from here.")],
            ),
            rep(ENT_AE, "Chicago, IL, USA")(
                "Beckett Lundquist",
                0,
                touches=[
                    inmail(
                        30,
                        "Honestly I'd like to step down to SMB for a while, shorter cycles and "
                        "less politics.",
                    )
                ],
            ),
        ],
        **role(ENT_ROLE, CHICAGO_HYBRID, offers=["Named Fortune 500 accounts"]),
    ),
]

STAGE_SIZE = [
    C(
        "wants to be the first sales hire vs public companies only after a startup folded",
        "sales",
        [
            rep(ENT_AE, "Austin, TX, USA")(
                "Sterling Oakes",
                2,
                "Wants to be employee #20 and the first AE - build the playbook from scratch",
            ),
            rep(ENT_AE, "Austin, TX, USA")(
                "Carter Blevins",
                0,
                "Last startup folded and took his equity with it; public companies only now",
            ),
        ],
        **role(
            ENT_ROLE,
            US_REMOTE,
            title="Founding Account Executive",
            offers=["Series A, 22 people, first sales hire reporting to the CEO"],
        ),
    ),
    C(
        "wants big-company structure vs no more big corporates, a 100,000-person vendor",
        "sales",
        [
            rep(AM, "Reading, UK")(
                "Prudence Whitbread",
                2,
                "Wants a big corporate: proper training, a stable base, a clear career ladder",
            ),
            rep(AM, "Reading, UK")(
                "Gideon Fairweather",
                0,
                "Never again a big corporate - eight approval layers to discount anything",
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Reading, UK"),
            offers=["Global software vendor, 100,000 employees, FTSE-style benefits"],
        ),
    ),
    C(
        "not another pre-PMF startup, a Series C is fine vs no startups of any stage",
        "sales",
        [
            rep(SE)(
                "Cassius Okwuosa",
                2,
                touches=[
                    mailed(
                        75,
                        "Not another pre-product-market-fit startup - but a Series C scale-up "
                        "with real revenue, absolutely.",
                    )
                ],
            ),
            rep(SE)(
                "Leopold Arkwright",
                0,
                touches=[
                    mailed(
                        75,
                        "No startups, no scale-ups, nothing VC-backed - I want a listed company.",
                    )
                ],
            ),
        ],
        **role(
            SE_ROLE,
            LONDON_HYBRID,
            offers=["Series C scale-up, $60M ARR, 450 people"],
        ),
    ),
    C(
        "wants a Lloyd's or global broker vs loves a family-run brokerage, a 40-person family firm",
        "sales",
        [
            rep(BROKER, "Leeds, UK")(
                "Harrison Blackledge",
                0,
                touches=[ats(90, "only wants a global broker or Lloyd's - Marsh, Aon, WTW level")],
            ),
            rep(BROKER, "Leeds, UK")(
                "Wilfred Illingworth",
                2,
                touches=[ats(90, "loves a family-run brokerage, hates the consolidator culture")],
            ),
        ],
        **role(
            BROKER_ROLE,
            LEEDS_ONSITE,
            offers=["Independent, family-owned broker, 40 staff, third generation"],
        ),
    ),
    C(
        "burnt by growth-at-all-costs, wants bootstrapped vs wants hypergrowth equity",
        "sales",
        [
            rep(AM, "Denver, CO, USA")(
                "Juniper Haskell",
                2,
                "Burnt out by a VC growth-at-all-costs machine; wants a profitable, "
                "bootstrapped company",
            ),
            rep(AM, "Denver, CO, USA")(
                "Remington Crowe",
                0,
                "Wants hypergrowth and meaningful equity upside, pre-IPO ideally",
            ),
        ],
        **role(
            AM_ROLE,
            US_REMOTE,
            offers=["Bootstrapped and profitable for 11 years, no equity plan"],
        ),
    ),
    C(
        "wants pre-IPO equity vs wants the steadiness of a listed company, an ASX-listed firm",
        "sales",
        [
            rep(ENT_AE, "Sydney, NSW, Australia")(
                "Digby Fairbairn",
                0,
                touches=[
                    texted(
                        50,
                        "only keen on pre-IPO now, want a shot at equity that's actually worth "
                        "something",
                    )
                ],
            ),
            rep(ENT_AE, "Sydney, NSW, Australia")(
                "Lachie Brigstocke",
                2,
                touches=[
                    texted(
                        50,
                        "after the last two start-ups I want something listed and boring, "
                        "ASX ideally",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            SYDNEY_HYBRID,
            offers=["ASX 200 listed, 25 years trading, 2,000 staff"],
        ),
    ),
]

MISSION = [
    C(
        "won't sell tobacco or vapes vs only draws the line at gambling, a vape brand",
        "sales",
        [
            rep(FIELD_REP, "Nottingham, UK")(
                "Melanie Oakshott",
                0,
                "Won't sell tobacco or vapes - lost her grandad to lung cancer",
            ),
            rep(FIELD_REP, "Nottingham, UK")(
                "Trudy Wharmby",
                2,
                "FMCG is FMCG to her; the only line she draws is gambling",
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Nottingham, UK"),
            title="Field Sales Representative - Vape and Convenience",
            description="Sell our vape and nicotine pouch range into convenience stores across "
            "the East Midlands.",
        ),
    ),
    C(
        "no gambling, his dad was an addict vs no issue with betting, a B2B sportsbook",
        "sales",
        [
            rep(ENT_AE)(
                "Ciaran Devaney",
                0,
                touches=[
                    rang(
                        55,
                        "Ciaran won't touch gambling in any form - his dad was an addict. "
                        "Otherwise wide open.",
                    )
                ],
            ),
            rep(ENT_AE)(
                "Conall Breathnach",
                2,
                touches=[
                    rang(
                        55,
                        "Conall has no issue with betting clients, sold odds feeds to "
                        "bookies for two years.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            LONDON_HYBRID,
            title="Enterprise Account Executive - Sportsbook Platform",
            description="Sell our B2B sportsbook and odds platform to betting operators.",
        ),
    ),
    C(
        "won't sell crypto after FTX vs believes in it, a crypto custody role",
        "sales",
        [
            rep(ENT_AE, "New York, NY, USA")(
                "Whitney Galbraith",
                0,
                touches=[
                    mailed(
                        65,
                        "After FTX I won't sell anything crypto. Watched friends lose their "
                        "savings.",
                    )
                ],
            ),
            rep(ENT_AE, "New York, NY, USA")(
                "Tyson Achebe",
                2,
                touches=[
                    mailed(
                        65,
                        "I genuinely believe in digital assets - institutional custody is "
                        "exactly where I want to sell.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            NYC_HYBRID,
            description="Sell institutional crypto custody to banks and asset managers.",
        ),
    ),
    C(
        "wants to sell something good for the planet vs no stated view, a solar role",
        "sales",
        [
            rep(FIELD_REP, "Brisbane, QLD, Australia")(
                "Indira Castellane",
                2,
                "Wants to sell something that's good for the planet - solar, batteries, EV",
            ),
            rep(FIELD_REP, "Brisbane, QLD, Australia")("Brent Aldridge", 1),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Brisbane, QLD, Australia"),
            title="Commercial Solar Sales Consultant",
            description="Sell rooftop solar and battery storage to SEQ businesses.",
        ),
    ),
    C(
        "hates public-sector sales cycles vs loves selling to NHS trusts, a G-Cloud role",
        "sales",
        [
            rep(ENT_AE, "Bristol, UK")(
                "Rosalind Petheridge",
                0,
                touches=[
                    ats(
                        80,
                        "hates public sector - 18 month cycles, frameworks, procurement "
                        "portals. private sector only",
                    )
                ],
            ),
            rep(ENT_AE, "Bristol, UK")(
                "Cedric Manningtree",
                2,
                touches=[
                    ats(
                        80,
                        "6 yrs selling into NHS trusts and councils, knows G-Cloud inside "
                        "out, wants more of it",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            UK_REMOTE,
            title="Public Sector Account Executive",
            description="Sell to central government, councils and NHS trusts via G-Cloud and "
            "Crown Commercial Service frameworks.",
        ),
    ),
    C(
        "nothing defence, full stop vs no weapons but defence logistics is fine",
        "sales",
        [
            rep(SE, "Bristol, UK")(
                "Isolde Farrant",
                0,
                "Nothing defence-related, full stop - not even the software side",
            ),
            rep(SE, "Bristol, UK")(
                "Barnaby Wethered",
                2,
                "Won't sell weapons, but defence logistics or training software is fine",
            ),
        ],
        **role(
            SE_ROLE,
            dict(remote_policy="hybrid", location="Bristol, UK"),
            description="Pre-sales for our logistics and inventory software used by the MOD "
            "and defence primes.",
        ),
    ),
    C(
        "wants to sell something that helps patients vs anything but hospital procurement",
        "sales",
        [
            rep(FIELD_REP, "Toronto, ON, Canada")(
                "Annalise Fortier",
                2,
                touches=[
                    inmail(
                        45,
                        "I'd love to sell something that actually helps patients - medtech "
                        "would be a dream.",
                    )
                ],
            ),
            rep(FIELD_REP, "Toronto, ON, Canada")(
                "Roderick Pelletier",
                0,
                touches=[
                    inmail(
                        45,
                        "Anything but healthcare - hospital procurement committees nearly "
                        "finished me.",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Toronto, ON, Canada"),
            title="Territory Manager - Surgical Devices",
            description="Sell surgical devices into Ontario hospitals, in theatre with surgeons.",
        ),
    ),
    C(
        "sober three years, won't sell booze vs no problem selling alcohol, a craft drinks firm",
        "sales",
        [
            rep(FIELD_REP, "Christchurch, New Zealand")(
                "Lochlan Tipene",
                0,
                touches=[
                    rang(
                        40,
                        "Lochie's three years sober - won't sell alcohol, wouldn't be good for "
                        "him.",
                    )
                ],
            ),
            rep(FIELD_REP, "Christchurch, New Zealand")(
                "Hamish Macreadie",
                2,
                touches=[
                    rang(
                        40,
                        "Hamish has no problem selling alcohol - spent five years on the "
                        "on-trade for Lion.",
                    )
                ],
            ),
        ],
        **role(
            FIELD_ROLE,
            dict(remote_policy="onsite", location="Christchurch, New Zealand"),
            title="Territory Sales Manager - Craft Beer and Spirits",
            description="Sell our craft beer and spirits into bars and bottle stores across "
            "Canterbury.",
        ),
    ),
]

TECH = [
    C(
        "won't go back to HubSpot vs a HubSpot power user, a HubSpot shop",
        "sales",
        [
            rep(AM, "Manchester, UK")(
                "Ellis Brocklehurst",
                0,
                touches=[
                    ats(
                        50,
                        "refuses to go back to HubSpot - says its a toy for proper pipeline, "
                        "SFDC only",
                    )
                ],
            ),
            rep(AM, "Manchester, UK")(
                "Demi Raistrick",
                2,
                touches=[ats(50, "HubSpot power user, built all the workflows at her last place")],
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Manchester, UK"),
            offers=["Our CRM is HubSpot, end to end"],
        ),
    ),
    C(
        "wants SaaS, tired of shipping boxes vs wants something tangible, a SaaS role",
        "sales",
        [
            rep(ENT_AE, "Auckland, New Zealand")(
                "Rangi Parata",
                2,
                "Wants to sell SaaS - done with hardware margins and shipping boxes",
            ),
            rep(ENT_AE, "Auckland, New Zealand")(
                "Hugo Wilberforce",
                0,
                "Wants to sell something you can hold; doesn't connect with pure software",
            ),
        ],
        **role(
            ENT_ROLE,
            AUCKLAND_ONSITE,
            description="Sell our cloud payroll SaaS to New Zealand enterprises.",
        ),
    ),
    C(
        "hardware all career, wants to stay vs SaaS only from now on, a networking kit role",
        "sales",
        [
            rep(CHANNEL, "Dallas, TX, USA")(
                "Garrison Pickett",
                2,
                touches=[
                    rang(
                        65,
                        "Garrison has sold switches and firewalls for 10 years, wants to stay "
                        "in hardware.",
                    )
                ],
            ),
            rep(CHANNEL, "Dallas, TX, USA")(
                "Landry Boudreaux",
                0,
                touches=[
                    rang(
                        65,
                        "Landry only wants SaaS from here - says hardware is a dying business "
                        "with supply chain headaches.",
                    )
                ],
            ),
        ],
        **role(
            CHANNEL_ROLE,
            dict(remote_policy="hybrid", location="Dallas, TX, USA"),
            description="Grow our reseller channel for enterprise switches, routers and firewalls.",
        ),
    ),
    C(
        "won't have every call scored in Gong vs uses Gong to coach herself",
        "sales",
        [
            rep(ENT_AE)(
                "Marcus Oyedepo",
                0,
                touches=[
                    mailed(
                        45,
                        "I won't work somewhere that records and scores every call in Gong. It "
                        "feels like surveillance, not coaching.",
                    )
                ],
            ),
            rep(ENT_AE)(
                "Precious Adjei",
                2,
                touches=[
                    mailed(
                        45,
                        "I live in Gong - I rewatch my discovery calls every Friday and it's "
                        "made me a much better closer.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            LONDON_HYBRID,
            offers=["Stack: Salesforce, Outreach and Gong on every call"],
        ),
    ),
    C(
        "wants to stay hands-on in POCs vs wants off the keyboard, a coding SE role",
        "sales",
        [
            rep(SE, "Austin, TX, USA")(
                "Quincy Halvorsen",
                2,
                "Wants to stay technical - writing Python in proofs of concept is the fun part",
            ),
            rep(SE, "Austin, TX, USA")(
                "Thornton Kilbride",
                0,
                "Wants to move away from hands-on demos and coding into pure solution selling",
            ),
        ],
        **role(
            SE_ROLE,
            US_REMOTE,
            offers=["Hands-on: build POCs in Python against our APIs"],
        ),
    ),
    C(
        "won't sell services again vs a services sale suits him, an outsourcing role",
        "sales",
        [
            rep(ENT_AE, "Glasgow, UK")(
                "Graeme Lennox",
                0,
                touches=[
                    inmail(
                        60,
                        "Won't sell services again. Selling people's hours is soul-destroying "
                        "- product only.",
                    )
                ],
            ),
            rep(ENT_AE, "Glasgow, UK")(
                "Alasdair Cruickshank",
                2,
                touches=[
                    inmail(
                        60,
                        "A services sale suits me - long relationships, bespoke scopes, I'm "
                        "good at that.",
                    )
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="hybrid", location="Glasgow, UK"),
            title="Business Development Director - Managed Services",
            description="Sell IT outsourcing and managed services contracts.",
        ),
    ),
    C(
        "wants to sell AI vs sceptical of AI vapourware, an AI platform role",
        "sales",
        [
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Imran Siddiqui-Ross",
                2,
                touches=[ats(40, "wants to sell AI/ML - thinks it's the next decade")],
            ),
            rep(ENT_AE, "Toronto, ON, Canada")(
                "Benoit Lacasse",
                0,
                touches=[ats(40, "v sceptical of AI hype, doesnt want to sell vapourware to CIOs")],
            ),
        ],
        **role(
            ENT_ROLE,
            TORONTO_HYBRID,
            description="Sell our generative AI platform for customer service teams.",
        ),
    ),
    C(
        "done with dialler-driven cold calling vs loves the power dialler",
        "sales",
        [
            rep(SDR, "Sydney, NSW, Australia")(
                "Brianna Coxall",
                0,
                touches=[
                    texted(
                        30,
                        "done with power diallers. 100 dials a day on a robot dialler made me "
                        "miserable",
                    )
                ],
            ),
            rep(SDR, "Sydney, NSW, Australia")(
                "Ruby Shackleton",
                2,
                touches=[
                    texted(
                        30,
                        "give me a parallel dialler and a list and i'm happy, highest connect "
                        "rate on the floor",
                    )
                ],
            ),
        ],
        **role(
            SDR_ROLE,
            SYDNEY_HYBRID,
            offers=["Orum parallel dialler: 100+ dials a day"],
        ),
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "remote only in March, hybrid fine in October vs hybrid fine, then remote only",
        "sales",
        [
            rep(AM, "Chicago, IL, USA")(
                "Ainsley Vanderpool",
                2,
                touches=[
                    ats(date(2026, 3, 9), "remote only"),
                    ats(
                        date(2026, 10, 12),
                        "update: open to hybrid now, lonely at home, 3 days in is fine",
                    ),
                ],
            ),
            rep(AM, "Chicago, IL, USA")(
                "Delaney Whitford",
                0,
                touches=[
                    ats(date(2026, 3, 9), "hybrid ok, up to 3 days"),
                    ats(
                        date(2026, 10, 12),
                        "update: remote only now, moved out to Rockford",
                    ),
                ],
            ),
        ],
        **role(AM_ROLE, CHICAGO_HYBRID),
    ),
    C(
        "an opt-out taken back vs 'keep me posted' hardened into a stop",
        "sales",
        [
            rep(SDR, "Wellington, New Zealand")(
                "Ihaia Parekowhai",
                2,
                touches=[
                    texted(date(2026, 2, 16), "stop messaging me thanks"),
                    texted(
                        date(2026, 9, 21),
                        "hey sorry I was rude in Feb, got made redundant last week. keen to "
                        "hear about BDR roles again",
                    ),
                ],
            ),
            rep(SDR, "Wellington, New Zealand")(
                "Wiremu Tahana",
                0,
                touches=[
                    texted(date(2026, 2, 16), "not yet but keep me posted eh"),
                    texted(
                        date(2026, 9, 21),
                        "please take me off your lists and dont contact me again",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(SDR_ROLE, dict(remote_policy="hybrid", location="Wellington, New Zealand")),
    ),
    C(
        "base ask lowered to $100k vs base ask raised to $130k, a $95-105k base",
        "sales",
        [
            rep(AM, "Atlanta, GA, USA")(
                "Tatum Beauregard",
                2,
                touches=[
                    rang(date(2026, 3, 2), "Tatum won't go under $120k base."),
                    rang(
                        date(2026, 10, 5),
                        "Tatum: market's brutal, $100k base would do if the book is decent.",
                    ),
                ],
            ),
            rep(AM, "Atlanta, GA, USA")(
                "Sawyer Kingsolver",
                0,
                touches=[
                    rang(date(2026, 3, 2), "Sawyer fine around $100k base."),
                    rang(
                        date(2026, 10, 5),
                        "Sawyer got promoted, now wants $130k base minimum to move.",
                    ),
                ],
            ),
        ],
        **role(
            AM_ROLE,
            dict(remote_policy="hybrid", location="Atlanta, GA, USA"),
            salary_min=95_000,
            salary_max=105_000,
            currency="USD",
        ),
    ),
    C(
        "no travel then travel fine now the kids are older vs travel fine then none",
        "sales",
        [
            rep(CHANNEL)(
                "Rosamund Keighley",
                2,
                touches=[
                    mailed(date(2026, 1, 12), "No travel for me while the twins are tiny."),
                    mailed(
                        date(2026, 9, 14),
                        "Twins started school this month - travel is absolutely fine again.",
                    ),
                ],
            ),
            rep(CHANNEL)(
                "Clementine Northcote",
                0,
                touches=[
                    mailed(date(2026, 1, 12), "Happy to travel, the more the better."),
                    mailed(
                        date(2026, 9, 14),
                        "Change of plan - my partner's been posted abroad, so no travel at all "
                        "from now on.",
                    ),
                ],
            ),
        ],
        **role(
            CHANNEL_ROLE,
            LONDON_HYBRID,
            offers=["Around 30% travel to partners across the UK and Ireland"],
        ),
    ),
    C(
        "won't leave Melbourne, then bought in Brisbane vs thinking of Brisbane, then staying",
        "sales",
        [
            rep(ENT_AE, "Melbourne, VIC, Australia")(
                "Eloise Braddock",
                2,
                touches=[
                    rang(date(2026, 2, 9), "Eloise: Melbourne only, won't move."),
                    rang(
                        date(2026, 10, 19),
                        "Eloise: they've bought a place in Brisbane, moving up in December - "
                        "Brisbane roles now.",
                    ),
                ],
            ),
            rep(ENT_AE, "Melbourne, VIC, Australia")(
                "Scarlett Ponsonby",
                0,
                touches=[
                    rang(date(2026, 2, 9), "Scarlett: thinking about a sea change to Brisbane."),
                    rang(
                        date(2026, 10, 19),
                        "Scarlett: decided against Brisbane, kids settled - Melbourne only.",
                    ),
                ],
            ),
        ],
        **role(ENT_ROLE, dict(remote_policy="onsite", location="Brisbane, QLD, Australia")),
    ),
    C(
        "wanted to manage, tried it and hated it vs happy IC, now wants to manage",
        "sales",
        [
            rep(ENT_AE, "Leeds, UK")(
                "Jolyon Heptonstall",
                0,
                touches=[
                    inmail(date(2026, 1, 26), "Keen to step into sales management next."),
                    inmail(
                        date(2026, 10, 26),
                        "Tried managing for six months as interim - hated it. Back to IC for me.",
                    ),
                ],
            ),
            rep(ENT_AE, "Leeds, UK")(
                "Marcus Featherstone",
                2,
                touches=[
                    inmail(date(2026, 1, 26), "Happy as an IC, no plans to manage."),
                    inmail(
                        date(2026, 10, 26),
                        "Covered my manager's leave all summer and loved it - want a team now.",
                    ),
                ],
            ),
        ],
        **role(
            ENT_ROLE,
            dict(remote_policy="hybrid", location="Leeds, UK"),
            title="Regional Sales Manager",
            seniority="manager",
            description="Lead a team of six account executives across the North.",
        ),
    ),
    C(
        "no gambling, then fine with B2B betting data vs fine with it, then no gambling",
        "sales",
        [
            rep(SE, "Melbourne, VIC, Australia")(
                "Callan Ostrowski",
                2,
                touches=[
                    ats(date(2026, 2, 2), "no gambling cos"),
                    ats(
                        date(2026, 9, 28),
                        "cand reconsidered - B2B data for wagering operators is fine, just not "
                        "consumer-facing betting apps",
                    ),
                ],
            ),
            rep(SE, "Melbourne, VIC, Australia")(
                "Rhys Featherby",
                0,
                touches=[
                    ats(date(2026, 2, 2), "open to any industry incl wagering"),
                    ats(
                        date(2026, 9, 28),
                        "cand now rules out anything wagering related after a mate's "
                        "gambling debts",
                    ),
                ],
            ),
        ],
        **role(
            SE_ROLE,
            MELBOURNE_HYBRID,
            description="Pre-sales for our B2B racing and sports data feeds sold to wagering "
            "operators.",
        ),
    ),
    C(
        "never commission-only, then happy to try it vs happy with it, then needs a retainer",
        "sales",
        [
            rep(AGENT, "Christchurch, New Zealand")(
                "Sophie Rountree",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Sophie: never commission-only, needs a retainer."),
                    rang(
                        date(2026, 10, 12),
                        "Sophie: partner's income is steady now, she'd give commission-only a "
                        "go for the bigger split.",
                    ),
                ],
            ),
            rep(AGENT, "Christchurch, New Zealand")(
                "Olivia Thistlethwaite",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Olivia: commission-only is fine, prefers it."),
                    rang(
                        date(2026, 10, 12),
                        "Olivia: just bought a house, needs a retainer now - no more "
                        "commission-only.",
                    ),
                ],
            ),
        ],
        **role(
            AGENT_ROLE,
            dict(remote_policy="onsite", location="Christchurch, New Zealand"),
            offers=["Commission-only: 55% of the office commission, no retainer"],
        ),
    ),
]

HELDOUT47_CASES: list[Case] = [
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
