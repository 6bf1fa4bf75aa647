"""Held-out rediscovery cases, thirteenth set: in-house talent teams' and agencies' own words
across the English-speaking world, written by a thirteenth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened for
its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 13") and never tuned to what Encore does. The voice is what recruiters
in the US, Canada, the UK, Ireland, Australia, New Zealand and South Africa actually type into an
ATS or a CRM: phone-screen summaries, hiring managers' debriefs pasted in, candidates' texts and
emails, notes dictated into a phone on the way back from a site (no punctuation, a misheard word
here and there), LinkedIn messages copied across, and the shorthand of the trade ("cand", "HM",
"NP", "CTC", "RTW", "PR", "sal exp", "avail", "w/e", "OOO", "TBC", "n/a", "DOE", "FTE", "0.6 FTE",
"PAYG", "super", "401k", "PTO"), with sarcasm, hedging, double negatives and British, American,
Australian, Kiwi and South African idiom. A few lines are in Afrikaans, Canadian French, Spanish
and te reo Māori; the rest is English. The people are A-grade electricians and plumbers, site
supervisors, physiotherapists, occupational therapists and radiographers, teachers and school
leaders, council and state-government officers, retail area managers, hotel and pub general
managers, insurance underwriters and claims handlers, accountants, and some software, data and
product people. Local things decide: award and union rates, public against private sector, NV1,
Baseline and US Secret clearances, working holiday visas, TSS/482 sponsorship, PR and citizenship,
H-1B transfers, 0.6 FTE, school terms in both hemispheres, fly-in fly-out rosters, on-call
registers, public holidays (Thanksgiving, Anzac Day, Heritage Day, Canada Day), bonus and RSU
vesting dates, notice periods and probation.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an email to unsubscribe from everything and delete the profile, a Privacy Act
   request to destroy her details, a POPIA objection to direct marketing, a withdrawal of consent
   to electronic messages in Toronto, a furious "bin my number" text, a recruiter's DNC at the
   cand's request, Afrikaans, Canadian French and Spanish, a teacher retired at the end of Term 3):
   never shown; beside each a near-miss that is shown (unsubscribe from the newsletter only, an
   access request under APP 12, a signed POPIA consent, a new email address, "stop ringing me
   when I'm under a house, text me", a hiring manager's stop on CVs that is not the candidate's,
   "nie nou nie", "pas ce poste-là", "no me llamen en horas de trabajo", ring after 3.30);
2. waits counted from the day said, each against a twin whose wait has run out: "give it a
   quarter", RSUs vesting on 3/15 against a cliff passed in August, an STI paid after EOFY, three
   months' notice against four weeks', long service leave, seeing out Term 4 with the Year 12s,
   a FIFO contract to mid-February, a six-month probation (against a note full of dates that asks
   no wait), a CA capstone in February, "not until after Anzac Day", "after the new year" against
   an "after Thanksgiving" said last year;
3. schedule, travel, visa, contract and hours, commute: an on-call register, Monday to Friday
   only, night works in rail possessions, Saturday rosters, after-hours call-outs, pager duty,
   overnights on a regional loop, interstate broker visits, FIFO, long-haul trips, no driver's
   licence, TSS/482 against PR, a working holiday visa, NV1 lapsed against current, an H-1B
   transfer against a green card, an AEWV against trans-Tasman rights, a wife's clearance that
   is not his, 0.6 FTE both ways, fixed-term against permanent, ABN against PAYG, W-2
   contract-to-hire, casual around uni, a 45-minute limit from Penrith, the N2 from Somerset West,
   the Waiheke ferry, the M3 from Navan and "30 k's, nothing south of the river"; each beside
   someone who does not object, or whose objection was about a past job this role is not like;
4. pay against the band: base plus super against a package including super, an hourly rate, ZAR
   cost to company, CAD, NZD in the public sector, USD with a 401(k) match, a current salary
   above the band that is no ask, an ACT contractor's day rate;
5. work mode said only in the policy field, the description, the title and the offers;
6. negation and scope ("not opposed to nights", "I wouldn't say no to travel", "it wasn't the
   commute, it was the manager", "no issue with on-call", "I'm not NOT interested", a brother's
   refusal to move that is not hers, "can't say I'd never do nights again");
7. location and relocation (Melbourne to Brisbane, across the ditch to Perth, a UK ancestry
   visa, Toronto to Calgary, a sister's move to Phoenix), managing against hands-on (a bigger
   region, deputy principal, an IC product role, an engineering manager, off the tools into
   project management), company stage and size, industries refused or wanted (gambling, coal,
   defence, a not-for-profit, climate adaptation) and technology (Databricks, Java, SAP, MRI);
8. last time's reason resolved by this role or still standing (pay, office days, relocation,
   sponsorship, on-call against weekends, fixed-term against 0.6 FTE), the history with us
   (swearing at a coordinator, a no-show, a CT gap since closed, a hiring manager's culture
   note) and the latest process and stage reached (a final against an unreviewed application, a
   placement we made eight weeks ago, a counteroffer taken this spring, a recent skills gap);
9. several notes over time where the latest word counts, both ways: remote only then hybrid
   fine, a stop taken back and a "keep me posted" turned into an erasure, a move called off and
   taken up, a pay ask lowered and raised, FIFO refused then wanted, 0.6 FTE then full-time.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``): late
spring in the southern hemisphere, Term 4 in Australian and New Zealand schools, the week of US
Thanksgiving.
"""

from dataclasses import dataclass, field
from datetime import date

from evaluation.scenarios import C, Case, P, Person, app, touch

# --- who the people are: equals within a case, so only their words decide ------------------


@dataclass(frozen=True)
class Kind:
    """One kind of candidate on file: a profile the pool knows and the résumé facts over it.
    Calling it makes a person of that kind living in ``where``."""

    profile: str
    facts: dict = field(default_factory=dict)

    def __call__(
        self, name, grade, *said, where, apps=(), touches=(), excluded=False, **more
    ) -> Person:
        extra = {**self.facts, "location": where, **more}
        return P(
            name, self.profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )


SPARKY = Kind(
    "cs",
    dict(
        headline="A-grade electrician, commercial and industrial",
        current_title="Electrician",
        skills=["Electrical licence", "Commercial fit-out", "Switchboards", "Test and tag"],
        years_experience=10,
        resume_text=(
            "Licensed electrician, ten years across commercial fit-outs, shopping centres and "
            "light industrial: switchboard upgrades, cable tray and containment, emergency "
            "lighting, fault finding, test and tag, and supervising two apprentices."
        ),
    ),
)
PLUMBER = Kind(
    "cs",
    dict(
        headline="Licensed plumber and gasfitter",
        current_title="Plumber",
        skills=["Plumbing licence", "Gasfitting", "Backflow testing", "Commercial maintenance"],
        years_experience=9,
        resume_text=(
            "Licensed plumber and gasfitter, nine years in commercial maintenance and new "
            "builds: hot water systems, backflow testing, drainage, gas appliance servicing."
        ),
    ),
)
SITE_SUPER = Kind(
    "cs",
    dict(
        headline="Site supervisor, commercial construction",
        current_title="Site Supervisor",
        skills=["Site supervision", "WHS", "Subcontractor coordination", "Programming"],
        years_experience=12,
        resume_text=(
            "Site supervisor, twelve years on commercial and mid-rise residential builds up to "
            "$40m: daily site running, WHS and toolbox talks, subbie coordination, inspections, "
            "defects and handover."
        ),
    ),
)
PHYSIO = Kind(
    "cs",
    dict(
        headline="Physiotherapist, musculoskeletal and hospital",
        current_title="Senior Physiotherapist",
        skills=["Musculoskeletal physiotherapy", "Orthopaedic rehab", "Hydrotherapy", "Triage"],
        years_experience=8,
        resume_text=(
            "Registered physiotherapist, eight years across public hospital orthopaedic wards "
            "and outpatient musculoskeletal clinics: post-op rehab, hydrotherapy, falls "
            "prevention and supervising graduate physios."
        ),
    ),
)
OT = Kind(
    "cs",
    dict(
        headline="Occupational therapist, community and disability",
        current_title="Occupational Therapist",
        skills=[
            "Functional assessment",
            "Home modifications",
            "Disability support",
            "Report writing",
        ],
        years_experience=6,
        resume_text=(
            "Occupational therapist, six years in community health and disability services: "
            "functional capacity assessments, home modifications, assistive technology and "
            "funding reports."
        ),
    ),
)
RADIOGRAPHER = Kind(
    "cs",
    dict(
        headline="Diagnostic radiographer, CT and general X-ray",
        current_title="Senior Radiographer",
        skills=["General X-ray", "CT", "Radiation safety", "Fluoroscopy"],
        years_experience=9,
        resume_text=(
            "Diagnostic radiographer, nine years in hospital and private imaging: general and "
            "mobile X-ray, CT including contrast studies, fluoroscopy and radiation safety."
        ),
    ),
)
TEACHER = Kind(
    "cs",
    dict(
        headline="Secondary teacher, English and humanities",
        current_title="Secondary Teacher",
        skills=["Secondary English", "Curriculum planning", "Classroom management", "Assessment"],
        years_experience=9,
        resume_text=(
            "Registered secondary teacher, nine years teaching English and humanities from Year 7 "
            "to senior years: unit planning, moderation, differentiated learning and year-level "
            "coordination."
        ),
    ),
)
PRINCIPAL = Kind(
    "manager",
    dict(
        headline="Deputy principal, primary schools",
        current_title="Deputy Principal",
        skills=["School leadership", "Staff development", "Curriculum leadership", "Budgeting"],
        years_experience=16,
        resume_text=(
            "Primary school leader, sixteen years in schools, the last five as deputy principal: "
            "staff coaching, timetabling, curriculum leadership, parent community and budgets."
        ),
    ),
)
COUNCIL = Kind(
    "cs",
    dict(
        headline="Policy and strategy officer, local and state government",
        current_title="Senior Policy Officer",
        skills=["Policy development", "Stakeholder engagement", "Briefing notes", "Consultation"],
        years_experience=8,
        resume_text=(
            "Policy officer, eight years in local councils and a state department: council "
            "reports, ministerial briefings, community consultation and strategy documents."
        ),
    ),
)
AREA_MANAGER = Kind(
    "manager",
    dict(
        headline="Retail area manager, multi-site",
        current_title="Area Manager",
        skills=["Multi-site retail", "Store P&L", "Team leadership", "Visual merchandising"],
        years_experience=11,
        resume_text=(
            "Retail area manager, eleven years in fashion and homewares: eight to twelve stores, "
            "store managers' coaching, P&L, shrinkage, rostering and new store openings."
        ),
    ),
)
HOSPO_GM = Kind(
    "manager",
    dict(
        headline="Hospitality general manager, hotels and venues",
        current_title="General Manager",
        skills=["Venue management", "Food and beverage", "Rostering", "Licensing compliance"],
        years_experience=13,
        resume_text=(
            "Hospitality general manager, thirteen years in pubs, hotels and function venues: "
            "P&L, liquor licensing, rosters of sixty staff, events and guest reviews."
        ),
    ),
)
UNDERWRITER = Kind(
    "cs",
    dict(
        headline="Commercial lines underwriter",
        current_title="Senior Underwriter",
        skills=["Commercial property", "Liability underwriting", "Broker relationships", "Pricing"],
        years_experience=9,
        resume_text=(
            "Commercial lines underwriter, nine years at insurers and an underwriting agency: "
            "property and liability risks, broker trading, referrals and portfolio reviews."
        ),
    ),
)
CLAIMS = Kind(
    "cs",
    dict(
        headline="Claims consultant, property and motor",
        current_title="Claims Consultant",
        skills=["Claims assessment", "Property claims", "Customer outcomes", "Recoveries"],
        years_experience=6,
        resume_text=(
            "Claims consultant, six years on home, contents and motor claims: lodgement to "
            "settlement, assessor and builder management, recoveries and complaint handling."
        ),
    ),
)
ACCOUNTANT = Kind(
    "cs",
    dict(
        headline="Chartered accountant, financial reporting",
        current_title="Financial Accountant",
        skills=["Month-end close", "Financial reporting", "Reconciliations", "Xero and NetSuite"],
        years_experience=7,
        resume_text=(
            "Chartered accountant, seven years in practice and industry: month-end close, "
            "statutory accounts, reconciliations, audit files and budgets in Xero and NetSuite."
        ),
    ),
)
DEV = Kind("backend")
DATA = Kind("data_eng")
PRODUCT = Kind(
    "manager",
    dict(
        headline="Product manager, B2B SaaS",
        current_title="Senior Product Manager",
        skills=["Product discovery", "Roadmapping", "Stakeholder management", "Analytics"],
        years_experience=8,
        resume_text=(
            "Product manager, eight years in B2B SaaS: discovery, roadmaps, working with design "
            "and engineering squads, pricing experiments and product analytics."
        ),
    ),
)

# --- who wrote what -------------------------------------------------------------------------


def screen(days, words) -> dict:
    """A recruiter's phone-screen summary, typed up after the call."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed straight into the ATS or CRM by the recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def dictated(days, words) -> dict:
    """A note dictated into a phone between meetings, as the phone heard it."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def debrief(days, words) -> dict:
    """A hiring manager's debrief, pasted in by the recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def mail(days, words) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def sms(days, words) -> dict:
    """The candidate's text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def dm(days, words) -> dict:
    """A LinkedIn message from the candidate, copied across."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def runner_up(days, note=None, *, role="Senior Software Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def stepped_back(
    days, reason, note, *, stage="interview", past=None, role="Senior Software Engineer"
):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the jobs are ----------------------------------------------------------------------

SPARKY_JOB = dict(
    title="Electrician",
    department="Facilities",
    seniority="mid",
    requirements=(
        "Unrestricted electrical licence\nCommercial experience\nWhite card\nDriver's licence"
    ),
    description="Maintenance and small-works electrician for a commercial property portfolio.",
)
PLUMBER_JOB = dict(
    title="Maintenance Plumber",
    department="Facilities",
    seniority="mid",
    requirements="Plumbing licence\nGasfitting licence\nBackflow accreditation",
    description="Reactive and planned plumbing maintenance across hospitals and aged care sites.",
)
SUPER_JOB = dict(
    title="Site Supervisor",
    department="Construction",
    seniority="senior",
    requirements="Site supervision on commercial builds\nWHS systems\nWhite card\nFirst aid",
    description="Run a $30m mid-rise build for a tier-two builder, from structure to handover.",
)
PHYSIO_JOB = dict(
    title="Senior Physiotherapist",
    department="Allied Health",
    seniority="senior",
    requirements="Physiotherapy registration\nOrthopaedic or MSK experience\nSupervision of grads",
    description="Senior physio on orthopaedic and surgical wards, supervising two graduates.",
)
OT_JOB = dict(
    title="Occupational Therapist",
    department="Allied Health",
    seniority="mid",
    requirements="OT registration\nCommunity or disability experience\nReport writing",
    description="Community OT doing functional assessments and home modifications.",
)
RADIO_JOB = dict(
    title="Senior Radiographer",
    department="Medical Imaging",
    seniority="senior",
    requirements="Radiography registration and licence\nCT competency\nGeneral X-ray",
    description="Senior radiographer in a busy hospital imaging department: CT and general.",
)
TEACHER_JOB = dict(
    title="Secondary English Teacher",
    department="English",
    seniority="mid",
    requirements="Teacher registration\nSecondary English\nSenior years experience desirable",
    description="Teach English from Year 7 to the senior years in a co-educational school.",
)
PRINCIPAL_JOB = dict(
    title="Deputy Principal",
    department="School Leadership",
    seniority="lead",
    requirements="Teacher registration\nSchool leadership experience\nCurriculum leadership",
    description="Deputy principal of a primary school of 600 students and 45 staff.",
)
COUNCIL_JOB = dict(
    title="Senior Policy Officer",
    department="Strategy and Policy",
    seniority="senior",
    requirements="Policy development\nStakeholder consultation\nBriefing and report writing",
    description="Write council policy and reports and run community consultation.",
)
AREA_JOB = dict(
    title="Area Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Multi-site retail management\nP&L ownership\nCoaching store managers",
    description="Lead ten stores and their managers across a region.",
)
GM_JOB = dict(
    title="General Manager",
    department="Hospitality",
    seniority="manager",
    requirements="Venue or hotel management\nLiquor licensing\nP&L ownership",
    description="Run a 120-room hotel with two bars and a function centre.",
)
UW_JOB = dict(
    title="Senior Underwriter, Commercial Property",
    department="Underwriting",
    seniority="senior",
    requirements="Commercial property underwriting\nBroker relationships\nTechnical pricing",
    description="Underwrite mid-market commercial property risks through brokers.",
)
CLAIMS_JOB = dict(
    title="Claims Consultant",
    department="Claims",
    seniority="mid",
    requirements="Property or motor claims\nCustomer outcomes\nRecoveries",
    description="Manage home and motor claims from lodgement to settlement.",
)
ACCOUNTANT_JOB = dict(
    title="Financial Accountant",
    department="Finance",
    seniority="mid",
    requirements="CA or CPA\nMonth-end close\nStatutory reporting\nNetSuite or Xero",
    description="Own month-end and statutory reporting for a group of four companies.",
)
PRODUCT_JOB = dict(
    title="Senior Product Manager",
    department="Product",
    seniority="senior",
    requirements="Product management in B2B SaaS\nDiscovery\nRoadmapping\nAnalytics",
    description="Own the roadmap for our billing product and work with two squads.",
)

# --- where and how they are worked ----------------------------------------------------------

SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Hybrid: two days a week in the Barangaroo office"],
)
SYDNEY_SITE = dict(remote_policy="onsite", location="Sydney, NSW, Australia")
MELBOURNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne, VIC, Australia",
    offers=["Hybrid: three days a week in the Collins Street office"],
)
MELBOURNE_SITE = dict(remote_policy="onsite", location="Melbourne, VIC, Australia")
BRISBANE_SITE = dict(remote_policy="onsite", location="Brisbane, QLD, Australia")
PERTH_SITE = dict(remote_policy="onsite", location="Perth, WA, Australia")
ADELAIDE_SITE = dict(remote_policy="onsite", location="Adelaide, SA, Australia")
CANBERRA_HYBRID = dict(
    remote_policy="hybrid",
    location="Canberra, ACT, Australia",
    offers=["Hybrid: two days a week in the Civic office"],
)
AU_REMOTE = dict(remote_policy="remote", location="Remote (Australia)")
AUCKLAND_SITE = dict(remote_policy="onsite", location="Auckland, New Zealand")
AUCKLAND_HYBRID = dict(
    remote_policy="hybrid",
    location="Auckland, New Zealand",
    offers=["Hybrid: two days a week in the Wynyard Quarter office"],
)
WELLINGTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Wellington, New Zealand",
    offers=["Hybrid: two days a week on Lambton Quay"],
)
CHRISTCHURCH_SITE = dict(remote_policy="onsite", location="Christchurch, New Zealand")
JOBURG_HYBRID = dict(
    remote_policy="hybrid",
    location="Johannesburg, South Africa",
    offers=["Hybrid: two days a week in the Sandton office"],
)
JOBURG_SITE = dict(remote_policy="onsite", location="Johannesburg, South Africa")
CAPE_TOWN_SITE = dict(remote_policy="onsite", location="Cape Town, South Africa")
CAPE_TOWN_HYBRID = dict(
    remote_policy="hybrid",
    location="Cape Town, South Africa",
    offers=["Hybrid: two days a week at the V&A Waterfront office"],
)
DURBAN_SITE = dict(remote_policy="onsite", location="Durban, South Africa")
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Hybrid: three days a week at our King Street office"],
)
TORONTO_SITE = dict(remote_policy="onsite", location="Toronto, ON, Canada")
CALGARY_SITE = dict(remote_policy="onsite", location="Calgary, AB, Canada")
VANCOUVER_HYBRID = dict(
    remote_policy="hybrid",
    location="Vancouver, BC, Canada",
    offers=["Hybrid: two days a week in our Gastown office"],
)
MONTREAL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montreal, QC, Canada",
    offers=["Hybrid: two days a week in the Mile End office"],
)
CANADA_REMOTE = dict(remote_policy="remote", location="Remote (Canada)")
AUSTIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Austin, TX, USA",
    offers=["Hybrid: Tuesday to Thursday in the Domain office"],
)
CHICAGO_SITE = dict(remote_policy="onsite", location="Chicago, IL, USA")
DENVER_HYBRID = dict(
    remote_policy="hybrid",
    location="Denver, CO, USA",
    offers=["Hybrid: two days a week in the LoDo office"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
DC_SITE = dict(remote_policy="onsite", location="Arlington, VA, USA")
BOSTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Boston, MA, USA",
    offers=["Hybrid: two days a week in the Seaport office"],
)
MANCHESTER_SITE = dict(remote_policy="onsite", location="Manchester, UK")
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week near Liverpool Street"],
)
GLASGOW_HYBRID = dict(
    remote_policy="hybrid",
    location="Glasgow, UK",
    offers=["Hybrid: two days a week in the Merchant City office"],
)
DUBLIN_SITE = dict(remote_policy="onsite", location="Dublin, Ireland")
GALWAY_HYBRID = dict(
    remote_policy="hybrid",
    location="Galway, Ireland",
    offers=["Hybrid: two days a week in our Galway office"],
)
HOUSTON_SITE = dict(remote_policy="onsite", location="Houston, TX, USA")
PRETORIA_HYBRID = dict(
    remote_policy="hybrid",
    location="Pretoria, South Africa",
    offers=["Hybrid: two days a week in the Menlyn office"],
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "unsubscribe me from everything and delete my profile vs unsubscribe from the newsletter",
        "cs",
        [
            PHYSIO(
                "Kirralee Vandenberg",
                0,
                where="Newcastle, NSW, Australia",
                touches=[
                    mail(
                        45,
                        "Hi, please unsubscribe me from everything you send and delete my "
                        "profile. I'm not looking and won't be. Regards, K",
                    )
                ],
                excluded=True,
            ),
            PHYSIO(
                "Shenae Whitfield-Kaur",
                2,
                where="Newcastle, NSW, Australia",
                touches=[
                    mail(
                        45,
                        "Can you unsubscribe me from the monthly allied health newsletter? Too "
                        "many emails. Keep sending me actual senior physio jobs though, ortho "
                        "especially.",
                    )
                ],
            ),
        ],
        **job(PHYSIO_JOB, dict(remote_policy="onsite", location="Newcastle, NSW, Australia")),
    ),
    C(
        "a Privacy Act request to destroy her details vs an access request under APP 12",
        "cs",
        [
            SPARKY(
                "Brodie Kellerman",
                0,
                where="Brisbane, QLD, Australia",
                touches=[
                    mail(
                        60,
                        "Under the Privacy Act I'm requesting that you destroy all personal "
                        "information you hold about me and cease contacting me. Please confirm "
                        "in writing.",
                    )
                ],
                excluded=True,
            ),
            SPARKY(
                "Jaxon Pritchard-Mabo",
                2,
                where="Brisbane, QLD, Australia",
                touches=[
                    mail(
                        60,
                        "Quick one - under APP 12 can I get a copy of whatever info you lot "
                        "hold on me? Not fussed, just curious. Still keen on commercial "
                        "maintenance work northside.",
                    )
                ],
            ),
        ],
        **job(SPARKY_JOB, BRISBANE_SITE),
    ),
    C(
        "a POPIA objection to direct marketing vs a signed POPIA consent sent back",
        "cs",
        [
            CLAIMS(
                "Lerato Mokoena-Steyn",
                0,
                where="Johannesburg, South Africa",
                touches=[
                    mail(
                        30,
                        "In terms of section 11(3) of POPIA I object to any further processing "
                        "of my personal information for recruitment or marketing. Do not "
                        "contact me again.",
                    )
                ],
                excluded=True,
            ),
            CLAIMS(
                "Thandeka Ngcobo",
                2,
                where="Johannesburg, South Africa",
                touches=[
                    mail(
                        30,
                        "Good day, attached is the POPIA consent form signed as requested. "
                        "Happy for you to share my CV for claims roles in Joburg, hybrid "
                        "preferred.",
                    )
                ],
            ),
        ],
        **job(CLAIMS_JOB, JOBURG_HYBRID),
    ),
    C(
        "withdrew consent to electronic messages vs a new address, consent unchanged",
        "cs",
        [
            ACCOUNTANT(
                "Geneviève Archambault-Ross",
                0,
                where="Toronto, ON, Canada",
                touches=[
                    mail(
                        50,
                        "Please treat this email as my withdrawal of consent to receive "
                        "electronic messages from your firm. Remove me from your lists "
                        "effective immediately.",
                    )
                ],
                excluded=True,
            ),
            ACCOUNTANT(
                "Priyanka Dhaliwal-Moore",
                2,
                where="Toronto, ON, Canada",
                touches=[
                    mail(
                        50,
                        "Heads up that my work email is going away when I leave Deloitte - "
                        "please use this personal one going forward. Nothing else changes, "
                        "still open to industry roles downtown.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, TORONTO_HYBRID),
    ),
    C(
        "a furious text to bin his number vs don't ring mid-job, text and I'll call back",
        "cs",
        [
            PLUMBER(
                "Wiremu Tautahi-Bell",
                0,
                where="Hamilton, New Zealand",
                touches=[
                    sms(
                        12,
                        "mate for the love of god stop ringing me. not interested never will "
                        "be. bin my number",
                    )
                ],
                excluded=True,
            ),
            PLUMBER(
                "Corey Fenwick-Huia",
                2,
                where="Hamilton, New Zealand",
                touches=[
                    sms(
                        12,
                        "stop ringing me when im under a house bro cant answer. flick me a txt "
                        "and ill call u in the arvo. still keen on maintenance",
                    )
                ],
            ),
        ],
        **job(PLUMBER_JOB, dict(remote_policy="onsite", location="Hamilton, New Zealand")),
    ),
    C(
        "cand asked us never to call again vs a hiring manager asked us to stop sending CVs",
        "cs",
        [
            UNDERWRITER(
                "Damon Castellano",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    ats(
                        80,
                        "Cand asked us to never call him again, re any role. Flagged DNC in "
                        "Bullhorn per his request.",
                    )
                ],
                excluded=True,
            ),
            UNDERWRITER(
                "Annaliese Burgoyne",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    ats(
                        80,
                        "HM at the MGA asked us to stop sending him CVs for now (hiring "
                        "freeze). Nothing to do with cand - she is keen and wants commercial "
                        "property.",
                    )
                ],
            ),
        ],
        **job(UW_JOB, SYDNEY_HYBRID),
    ),
    C(
        "Afrikaans: don't contact me again, remove my details vs not now, keep me informed",
        "cs",
        [
            ACCOUNTANT(
                "Marthinus Oosthuizen",
                0,
                where="Pretoria, South Africa",
                touches=[
                    mail(
                        40,
                        "Moet my asseblief nie weer kontak nie en verwyder al my besonderhede "
                        "uit julle stelsel.",
                    )
                ],
                excluded=True,
            ),
            ACCOUNTANT(
                "Riana du Plessis-Venter",
                1,
                where="Pretoria, South Africa",
                touches=[
                    mail(
                        40,
                        "Nie nou nie, ek is besig met jaareinde. Maar hou my asseblief op "
                        "hoogte van nuwe poste.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, PRETORIA_HYBRID),
    ),
    C(
        "Canadian French: take my name off your list vs not this post, keep sending",
        "backend",
        [
            DEV(
                "Maxime Bellefeuille",
                0,
                where="Montreal, QC, Canada",
                touches=[
                    mail(
                        55,
                        "Veuillez retirer mon nom de votre liste et ne plus communiquer avec "
                        "moi. Merci.",
                    )
                ],
                excluded=True,
            ),
            DEV(
                "Olivier Thibodeau-Lacasse",
                2,
                where="Montreal, QC, Canada",
                touches=[
                    mail(
                        55,
                        "Pas ce poste-là, merci. Mais continuez de m'envoyer des offres en "
                        "hybride à Montréal, ça m'intéresse.",
                    )
                ],
            ),
        ],
        **job({}, MONTREAL_HYBRID),
    ),
    C(
        "Spanish: stop messaging me, take me off your list vs don't call at work, text me",
        "cs",
        [
            PLUMBER(
                "Rigoberto Villaseñor",
                0,
                where="Houston, TX, USA",
                touches=[
                    sms(
                        25,
                        "Ya no me manden mensajes por favor. No me interesa, sáquenme de su lista.",
                    )
                ],
                excluded=True,
            ),
            PLUMBER(
                "Efraín Quintanilla",
                2,
                where="Houston, TX, USA",
                touches=[
                    sms(
                        25,
                        "No me llamen en horas de trabajo, mejor mándenme un texto. Sigo "
                        "buscando trabajo de mantenimiento.",
                    )
                ],
            ),
        ],
        **job(PLUMBER_JOB, HOUSTON_SITE),
    ),
    C(
        "retired at the end of Term 3, off all lists vs don't ring during class, after 3.30",
        "cs",
        [
            TEACHER(
                "Rosalind Tuhiwai",
                0,
                where="Tauranga, New Zealand",
                touches=[
                    mail(
                        35,
                        "I've retired as of the end of Term 3. Please take me off all your "
                        "lists and don't ring me again - I'm done with schools.",
                    )
                ],
                excluded=True,
            ),
            TEACHER(
                "Aroha Whitcombe-Ngata",
                2,
                where="Tauranga, New Zealand",
                touches=[
                    mail(
                        35,
                        "Kia ora, please don't ring during school hours, I can't pick up in "
                        "class. Anytime after 3.30 is good. Still after a permanent English job "
                        "for 2027. Ngā mihi, Aroha",
                    )
                ],
            ),
        ],
        **job(TEACHER_JOB, dict(remote_policy="onsite", location="Tauranga, New Zealand")),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "'give it a quarter' said this month vs said in May",
        "manager",
        [
            PRODUCT(
                "Tamsyn Oyelaran",
                1,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        date(2026, 11, 9),
                        "Phone screen. Cand just shipped the pricing revamp, wants to see it "
                        "land. Her words: give it a quarter and then I'm all ears.",
                    )
                ],
            ),
            PRODUCT(
                "Lachlan Abernethy",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        date(2026, 5, 4),
                        "Phone screen. Cand mid-way through a replatform, asked us to give it "
                        "a quarter before we send anything.",
                    )
                ],
            ),
        ],
        **job(PRODUCT_JOB, SYDNEY_HYBRID),
    ),
    C(
        "RSUs vest mid-March vs an RSU cliff that passed in August",
        "backend",
        [
            DEV(
                "Bryce Halvorsen",
                1,
                where="Denver, CO, USA",
                touches=[
                    screen(
                        date(2026, 10, 19),
                        "Sal exp 175 base. Big RSU tranche vests 3/15 - not walking away from "
                        "that, won't start anywhere before it hits.",
                    )
                ],
            ),
            DEV(
                "Kendall Ostrowski",
                2,
                where="Denver, CO, USA",
                touches=[
                    screen(
                        date(2026, 6, 1),
                        "Sal exp 175 base. One-year RSU cliff on 8/15, wants to be vested before "
                        "she moves - reach back out after that. PTO booked Thanksgiving week, "
                        "otherwise around.",
                    )
                ],
            ),
        ],
        **job({}, DENVER_HYBRID),
    ),
    C(
        "STI paid in September after EOFY vs an STI paid out last August",
        "cs",
        [
            UNDERWRITER(
                "Fergus McAlinden",
                1,
                where="Melbourne, VIC, Australia",
                touches=[
                    dictated(
                        date(2026, 11, 16),
                        "just off the phone with fergus he's staying put until the STI is paid "
                        "in September after EOFY says its too big to leave behind call him "
                        "after that",
                    )
                ],
            ),
            UNDERWRITER(
                "Saoirse Quilty",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    ats(
                        date(2026, 2, 9),
                        "Cand won't resign before her STI lands in August (FY bonus, paid after "
                        "30 June). Open to talk once it's in the bank.",
                    )
                ],
            ),
        ],
        **job(UW_JOB, MELBOURNE_HYBRID),
    ),
    C(
        "three months' notice handed in last week vs four weeks' notice in September",
        "cs",
        [
            ACCOUNTANT(
                "Imogen Blackwood-Fry",
                1,
                where="London, UK",
                touches=[
                    screen(
                        date(2026, 11, 16),
                        "Cand resigned Monday, NP is 3 months so earliest start mid Feb. Wants "
                        "hybrid, industry not practice.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Tobias Ellingham",
                2,
                where="London, UK",
                touches=[
                    screen(
                        date(2026, 9, 21),
                        "Cand handed notice in today, NP 4 wks. Wants hybrid, industry not "
                        "practice.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, LONDON_HYBRID),
    ),
    C(
        "on long service leave till the end of January vs back from LSL in September",
        "cs",
        [
            SITE_SUPER(
                "Darryl Cunnington",
                1,
                where="Perth, WA, Australia",
                touches=[
                    sms(
                        date(2026, 11, 2),
                        "On LSL till end of Jan, doing the lap in the van. Not looking at "
                        "anything til I'm back mate",
                    )
                ],
            ),
            SITE_SUPER(
                "Shane Mulholland",
                2,
                where="Perth, WA, Australia",
                touches=[
                    sms(
                        date(2026, 6, 8),
                        "heading off on 3 months long service tomorrow, back start of Sept. "
                        "hit me up then",
                    )
                ],
            ),
        ],
        **job(SUPER_JOB, PERTH_SITE),
    ),
    C(
        "finishing Term 4 with her Year 12s, said this October vs said last October",
        "cs",
        [
            TEACHER(
                "Bronte Kavanagh",
                1,
                where="Brisbane, QLD, Australia",
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "I won't leave my Year 12s before they finish. I'll see out Term 4 and "
                        "could start somewhere new from Term 1 next year.",
                    )
                ],
            ),
            TEACHER(
                "Jacinta Moloney",
                2,
                where="Brisbane, QLD, Australia",
                touches=[
                    mail(
                        date(2025, 10, 20),
                        "Finishing up at my current school at the end of Term 4, so I'd be "
                        "looking at a Term 1 start.",
                    )
                ],
            ),
        ],
        **job(TEACHER_JOB, BRISBANE_SITE),
    ),
    C(
        "a FIFO contract to mid-February vs a FIFO contract that finished in August",
        "cs",
        [
            SPARKY(
                "Rhys Tamblyn",
                1,
                where="Perth, WA, Australia",
                touches=[
                    screen(
                        date(2026, 11, 9),
                        "Cand on a 2:1 swing at a Pilbara iron ore site, contract finishes mid "
                        "Feb. Won't bail early. Wants a metro role after.",
                    )
                ],
            ),
            SPARKY(
                "Kurt Van Leeuwen",
                2,
                where="Perth, WA, Australia",
                touches=[
                    screen(
                        date(2026, 7, 6),
                        "Cand's FIFO contract at the gold mine ends in August, then home for "
                        "good. Wants a metro role after that.",
                    )
                ],
            ),
        ],
        **job(SPARKY_JOB, PERTH_SITE),
    ),
    C(
        "six months' probation from September vs probation passed, a note full of dates",
        "cs",
        [
            PHYSIO(
                "Madeleine Corrigan",
                1,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        date(2026, 10, 5),
                        "Started at a private ortho clinic 7 Sept, 6 month probation. Won't "
                        "jump ship before it's done - try her again in March.",
                    )
                ],
            ),
            PHYSIO(
                "Hamish Trengrove",
                2,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        date(2026, 10, 5),
                        "Started at the clinic 3 Feb, passed probation 3 Aug, did his "
                        "hydro course 12-14 Sept. Open to a hospital role now.",
                    )
                ],
            ),
        ],
        **job(PHYSIO_JOB, ADELAIDE_SITE),
    ),
    C(
        "CA capstone sitting in February vs capstone sat and passed in May",
        "cs",
        [
            ACCOUNTANT(
                "Anahera Pomare-Lynch",
                1,
                where="Auckland, New Zealand",
                touches=[
                    dm(
                        date(2026, 11, 9),
                        "Thanks for reaching out! Sitting my CA capstone in February so head "
                        "down till then - could we chat after results?",
                    )
                ],
            ),
            ACCOUNTANT(
                "Georgia Pennington",
                2,
                where="Auckland, New Zealand",
                touches=[
                    dm(
                        date(2026, 5, 11),
                        "Capstone is done (sat it last week!) and results come out in June. "
                        "Happy to talk after that.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, AUCKLAND_HYBRID),
    ),
    C(
        "not going anywhere until after Anzac Day, said this month vs said in March",
        "manager",
        [
            HOSPO_GM(
                "Callum Ridgeway",
                1,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        date(2026, 11, 16),
                        "GM at a big pub in Civic. Christmas, Easter and Anzac Day are their "
                        "three biggest trading periods, so he's not going anywhere until after "
                        "Anzac Day. Loyal type.",
                    )
                ],
            ),
            HOSPO_GM(
                "Stacey Brumby",
                2,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        date(2026, 3, 2),
                        "Runs the pub in Kingston. Wouldn't leave before Anzac Day - two-up and "
                        "the dawn service crowd - but says after that she's open.",
                    )
                ],
            ),
        ],
        **job(GM_JOB, dict(remote_policy="onsite", location="Canberra, ACT, Australia")),
    ),
    C(
        "call after New Year's, year-end close vs after Thanksgiving, said last year",
        "cs",
        [
            ACCOUNTANT(
                "Marisol Echeverría-Kemp",
                1,
                where="Chicago, IL, USA",
                touches=[
                    sms(
                        date(2026, 11, 16),
                        "Swamped with year-end close and Thanksgiving thru New Year's is a "
                        "write-off w the kids. Can we talk after the new year?",
                    )
                ],
            ),
            ACCOUNTANT(
                "Dwight Habersham",
                2,
                where="Chicago, IL, USA",
                touches=[
                    sms(
                        date(2025, 10, 27),
                        "Slammed with Q3 close. Circle back after Thanksgiving and I'm all yours.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, CHICAGO_SITE),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

ONCALL_RADIO = dict(
    RADIO_JOB,
    description="Senior radiographer in a hospital imaging department: CT and general, with a "
    "place on the after-hours on-call register (one weekend in four).",
)
WEEKEND_GM = dict(
    GM_JOB,
    description="Run a 120-room hotel with two bars and a function centre; weddings and the "
    "Friday-to-Sunday trade are where the GM is needed most.",
)
NIGHT_WORKS = dict(
    SUPER_JOB,
    title="Site Supervisor, Rail Night Works",
    description="Supervise station upgrade works in rail possessions: night shifts Sunday to "
    "Thursday, 10pm to 6am.",
)
CAT_CLAIMS = dict(
    CLAIMS_JOB,
    description="Manage home and motor claims from lodgement to settlement; the catastrophe "
    "team works a Saturday roster, about one Saturday a month.",
)
CALLOUT_PLUMBER = dict(
    PLUMBER_JOB,
    description="Reactive plumbing maintenance across hospitals and aged care sites, with "
    "after-hours call-outs on a one-week-in-four roster.",
)
PAGER_DEV = dict(
    description="Build and run our payments APIs; the team shares a paid on-call rotation, one "
    "week in six.",
)

SCHEDULE = [
    C(
        "done with the on-call register vs on-call fine, on-call CT role",
        "cs",
        [
            RADIOGRAPHER(
                "Perpetua Hannigan",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        40,
                        "Lovely cand, strong CT, wants a senior role closer to Parramatta. "
                        "Won't go back on an on-call register though - did eight years of it "
                        "at Westmead and it nearly broke her.",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Yusuf Karimi-Walsh",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        40,
                        "Strong CT, wants a senior role closer to Parramatta. On-call is fine "
                        "by him, he likes the penalty rates.",
                    )
                ],
            ),
        ],
        **job(ONCALL_RADIO, SYDNEY_SITE),
    ),
    C(
        "Monday to Friday only vs weekends are hospo, weekend-heavy hotel",
        "manager",
        [
            HOSPO_GM(
                "Cheryl Dunstan",
                0,
                where="Gold Coast, QLD, Australia",
                touches=[
                    ats(
                        55,
                        "GM exp solid. Deal breaker: Mon-Fri only from now on, wants her "
                        "weekends back with the grandkids. No weddings.",
                    )
                ],
            ),
            HOSPO_GM(
                "Travis Ellwood",
                2,
                where="Gold Coast, QLD, Australia",
                touches=[
                    ats(
                        55,
                        "GM exp solid. Weekends don't faze him - it's hospo, that's the gig. "
                        "Keen on a hotel with functions.",
                    )
                ],
            ),
        ],
        **job(WEEKEND_GM, dict(remote_policy="onsite", location="Gold Coast, QLD, Australia")),
    ),
    C(
        "can't do night works vs left the Metro job over a manager, not the nights",
        "cs",
        [
            SITE_SUPER(
                "Gavin Prendergast",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    dictated(
                        70,
                        "gav says no night works for him anymore shift work wrecked his sleep "
                        "on the met row job doctor told him days only",
                    )
                ],
            ),
            SITE_SUPER(
                "Nathan Cordeiro",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        70,
                        "Did two years of night works on the Metro job. Left because of the PM, "
                        "not the hours - happy to do possessions again on a set roster.",
                    )
                ],
            ),
        ],
        **job(NIGHT_WORKS, SYDNEY_SITE),
    ),
    C(
        "no Saturdays ever, kids' sport vs a Saturday a month is fine",
        "cs",
        [
            CLAIMS(
                "Kylie Featherstone",
                0,
                where="Brisbane, QLD, Australia",
                touches=[
                    screen(
                        35,
                        "Cand good on motor. No weekends full stop - netball and footy with "
                        "the kids every Saturday, non-negotiable.",
                    )
                ],
            ),
            CLAIMS(
                "Renee Aldous",
                2,
                where="Brisbane, QLD, Australia",
                touches=[
                    screen(
                        35,
                        "Cand good on motor. Did the odd Saturday on the cat team at her last "
                        "insurer, one a month is no drama.",
                    )
                ],
            ),
        ],
        **job(CAT_CLAIMS, BRISBANE_SITE),
    ),
    C(
        "no more after-hours call-outs vs not fussed, likes the extra money",
        "cs",
        [
            PLUMBER(
                "Dean Hoskings",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    sms(
                        50,
                        "not doing after hours call outs anymore, did 10 yrs of 2am burst "
                        "pipes. day work only",
                    )
                ],
            ),
            PLUMBER(
                "Liam Osei-Grant",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    sms(
                        50,
                        "call outs dont bother me, extra coin. after something steady with "
                        "hospitals or aged care",
                    )
                ],
            ),
        ],
        **job(CALLOUT_PLUMBER, MELBOURNE_SITE),
    ),
    C(
        "refuses pager duty after burning out vs wouldn't say no to paid on-call",
        "backend",
        [
            DEV(
                "Caleb Whitlock",
                0,
                where="Austin, TX, USA",
                touches=[
                    screen(
                        30,
                        "Strong Go/Python. Hard no on any on-call rotation - burned out on "
                        "PagerDuty at his last place, wants to sleep through the night.",
                    )
                ],
            ),
            DEV(
                "Josefina Arredondo",
                2,
                where="Austin, TX, USA",
                touches=[
                    screen(
                        30,
                        "Strong Go/Python. Wouldn't say no to on-call if it's paid and the "
                        "runbooks are decent.",
                    )
                ],
            ),
        ],
        **job(PAGER_DEV, AUSTIN_HYBRID),
    ),
]

REGIONAL_AREA = dict(
    AREA_JOB,
    description="Lead ten stores across regional NSW - Dubbo, Orange, Bathurst, Tamworth - "
    "with two or three overnight stays most weeks.",
)
INTERSTATE_UW = dict(
    UW_JOB,
    description="Underwrite mid-market commercial property through brokers, with broker visits "
    "interstate (Brisbane and Perth) about once a month.",
)
FIFO_SPARKY = dict(
    SPARKY_JOB,
    title="FIFO Electrician",
    description="Shutdown and maintenance electrician on a Pilbara iron ore site, fly-in "
    "fly-out from Perth on an 8 days on, 6 off roster.",
)
US_TRAVEL_PRODUCT = dict(
    PRODUCT_JOB,
    description="Own the billing roadmap; travel to the San Francisco head office for a week "
    "each quarter.",
)
DRIVING_OT = dict(
    OT_JOB,
    requirements="OT registration\nCommunity experience\nCurrent driver's licence",
    description="Community OT visiting clients at home across the region in a fleet car.",
)

TRAVEL = [
    C(
        "can't do overnights, single dad vs loved the regional loop",
        "manager",
        [
            AREA_MANAGER(
                "Ashleigh Grainger",
                0,
                where="Orange, NSW, Australia",
                touches=[
                    screen(
                        45,
                        "Good multi-site exp. Single dad, two under 10 - can't do nights away, "
                        "has to be home every night.",
                    )
                ],
            ),
            AREA_MANAGER(
                "Jodie Wakeling",
                2,
                where="Orange, NSW, Australia",
                touches=[
                    screen(
                        45,
                        "Good multi-site exp. Did the Dubbo-Bathurst-Tamworth loop for Kmart "
                        "for years, loves being on the road, overnights no issue.",
                    )
                ],
            ),
        ],
        **job(REGIONAL_AREA, dict(remote_policy="onsite", location="Orange, NSW, Australia")),
    ),
    C(
        "no interstate travel full stop vs happy to fly to Brisbane once a month",
        "cs",
        [
            UNDERWRITER(
                "Bernadette Szabo",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    debrief(
                        90,
                        "HM debrief: technically very good. Told us plainly she won't do "
                        "interstate travel at all, not even day trips.",
                    )
                ],
            ),
            UNDERWRITER(
                "Conor Featherby",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    debrief(
                        90,
                        "HM debrief: technically very good. Happy to jump on a plane to "
                        "Brissie or Perth once a month to see brokers.",
                    )
                ],
            ),
        ],
        **job(INTERSTATE_UW, MELBOURNE_HYBRID),
    ),
    C(
        "promised the missus no more FIFO vs keen to go back on a swing",
        "cs",
        [
            SPARKY(
                "Troy Kilpatrick",
                0,
                where="Perth, WA, Australia",
                touches=[
                    sms(
                        20,
                        "appreciate it but ive promised the missus no more FIFO. metro only "
                        "from here on",
                    )
                ],
            ),
            SPARKY(
                "Mitchell Oakden",
                2,
                where="Perth, WA, Australia",
                touches=[
                    sms(
                        20,
                        "did 6 yrs FIFO, happy to go back on an 8/6. money's better than metro",
                    )
                ],
            ),
        ],
        **job(FIFO_SPARKY, PERTH_SITE),
    ),
    C(
        "no more long-haul flights vs a few trips to SF would be a perk",
        "manager",
        [
            PRODUCT(
                "Eloise Marchetti",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        60,
                        "PM with strong billing background. Done with long-haul - two kids "
                        "and a bad back, no trips to the US.",
                    )
                ],
            ),
            PRODUCT(
                "Rohan Deshpande-Hill",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        60,
                        "PM with strong billing background. A few trips a year to SF would "
                        "be a perk, he says.",
                    )
                ],
            ),
        ],
        **job(US_TRAVEL_PRODUCT, SYDNEY_HYBRID),
    ),
    C(
        "doesn't drive, no licence vs licence and own car, driving between clients fine",
        "cs",
        [
            OT(
                "Niamh Ferriter",
                0,
                where="Ballarat, VIC, Australia",
                touches=[
                    screen(
                        30,
                        "Great community OT exp. Doesn't drive - never got her licence, "
                        "relies on the bus.",
                    )
                ],
            ),
            OT(
                "Amelie Scholtz",
                2,
                where="Ballarat, VIC, Australia",
                touches=[
                    screen(
                        30,
                        "Great community OT exp. Full licence and her own car, happy to drive "
                        "between home visits.",
                    )
                ],
            ),
        ],
        **job(DRIVING_OT, dict(remote_policy="onsite", location="Ballarat, VIC, Australia")),
    ),
]

NO_SPONSOR_AU = "No visa sponsorship available: full Australian work rights required"

VISA = [
    C(
        "on a 482 tied to his employer vs PR granted in August, no sponsorship role",
        "data_eng",
        [
            DATA(
                "Arjun Venkataraman",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Strong dbt/Snowflake. On a TSS 482 with his current employer - would "
                        "need a new sponsor to move.",
                    )
                ],
            ),
            DATA(
                "Farhan Siddiqui-Reyes",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Strong dbt/Snowflake. Was on a 482, PR granted in August - no "
                        "sponsorship needed any more.",
                    )
                ],
            ),
        ],
        **job({}, MELBOURNE_HYBRID, offers=[*MELBOURNE_HYBRID["offers"], NO_SPONSOR_AU]),
    ),
    C(
        "working holiday visa ending in May vs moved to a partner visa, full work rights",
        "manager",
        [
            HOSPO_GM(
                "Freya Lindqvist-Hart",
                0,
                where="Cairns, QLD, Australia",
                touches=[
                    screen(
                        25,
                        "Ran a hostel bar in Cairns. On a working holiday visa, second year, "
                        "six months max per employer and she has to leave Australia in May.",
                    )
                ],
            ),
            HOSPO_GM(
                "Oisín Delahunty",
                2,
                where="Cairns, QLD, Australia",
                touches=[
                    screen(
                        25,
                        "Came out on a working holiday visa originally, now on a partner visa "
                        "with full work rights. Wants a permanent GM job.",
                    )
                ],
            ),
        ],
        **job(
            GM_JOB,
            dict(remote_policy="onsite", location="Cairns, QLD, Australia"),
            offers=["Permanent full-time", NO_SPONSOR_AU],
        ),
    ),
    C(
        "an NV1 that lapsed and vetting refused vs NV1 current till 2029, NV1 role",
        "cs",
        [
            COUNCIL(
                "Hugh Tremayne",
                0,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        60,
                        "Held NV1 at Defence, lapsed in 2022. Said he won't go through AGSVA "
                        "vetting again, the last one took eleven months.",
                    )
                ],
            ),
            COUNCIL(
                "Philippa Yeo",
                2,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        60,
                        "Holds a current NV1, revalidated last year, good till 2029. Keen on "
                        "a policy role in Defence or Home Affairs.",
                    )
                ],
            ),
        ],
        **job(
            COUNCIL_JOB,
            CANBERRA_HYBRID,
            title="Senior Policy Officer (APS6)",
            requirements="Policy development\nMinisterial briefings\nNV1 security clearance",
            description="APS6 policy role in a federal department; NV1 clearance required.",
        ),
    ),
    C(
        "H-1B needing a transfer vs a green card since 2024, no sponsorship role",
        "backend",
        [
            DEV(
                "Sandeep Raghunathan",
                0,
                where="Boston, MA, USA",
                touches=[
                    screen(
                        35,
                        "On an H-1B at his current employer, would need us to file a transfer. "
                        "Otherwise strong.",
                    )
                ],
            ),
            DEV(
                "Mihail Constantinescu",
                2,
                where="Boston, MA, USA",
                touches=[
                    screen(
                        35,
                        "Green card holder since 2024, no sponsorship needed now or later. "
                        "Otherwise strong.",
                    )
                ],
            ),
        ],
        **job(
            {},
            BOSTON_HYBRID,
            offers=[
                *BOSTON_HYBRID["offers"],
                "We are unable to sponsor or transfer work visas now or in the future",
            ],
        ),
    ),
    C(
        "an AEWV tied to her employer vs an Australian citizen working in NZ",
        "cs",
        [
            RADIOGRAPHER(
                "Charmaine de Souza",
                0,
                where="Christchurch, New Zealand",
                touches=[
                    ats(
                        50,
                        "Cand on an AEWV tied to her current DHB employer; would need an "
                        "accredited employer to take it on. Ours isn't accredited.",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Bridie Holloway",
                2,
                where="Christchurch, New Zealand",
                touches=[
                    ats(
                        50,
                        "Cand is an Aussie citizen, so RTW in NZ is automatic under the "
                        "trans-Tasman arrangement. No visa needed.",
                    )
                ],
            ),
        ],
        **job(
            RADIO_JOB,
            CHRISTCHURCH_SITE,
            offers=["Permanent role; we cannot support work visa applications"],
        ),
    ),
    C(
        "his wife holds the clearance, he doesn't vs an active Secret, Secret role",
        "backend",
        [
            DEV(
                "Garrett Lindholm",
                0,
                where="Arlington, VA, USA",
                touches=[
                    screen(
                        45,
                        "No clearance himself - it's his wife who holds the TS, at a "
                        "contractor in Reston. He's never been through an investigation.",
                    )
                ],
            ),
            DEV(
                "Shaniqua Pettaway",
                2,
                where="Arlington, VA, USA",
                touches=[
                    screen(
                        45,
                        "Active Secret clearance, reinvestigated 2025. Ready to go on a "
                        "cleared program.",
                    )
                ],
            ),
        ],
        **job(
            {},
            DC_SITE,
            requirements="Python and Go\nActive US Secret clearance required on day one",
            description="Build mission software on a cleared program; on-site in a SCIF.",
        ),
    ),
]

OT_PART_TIME = dict(
    OT_JOB,
    title="Occupational Therapist (0.6 FTE)",
    description="Community OT, 0.6 FTE - three days a week, days negotiable.",
)
FIXED_TERM_POLICY = dict(
    COUNCIL_JOB,
    title="Senior Policy Officer (12-month fixed term)",
    description="Twelve-month fixed-term contract backfilling parental leave: council policy, "
    "reports and community consultation.",
)

CONTRACT = [
    C(
        "wants 0.6 FTE vs full-time only, a 0.6 FTE role",
        "cs",
        [
            OT(
                "Tegan Fairweather",
                2,
                where="Geelong, VIC, Australia",
                touches=[
                    screen(
                        30,
                        "Back from mat leave. After 0.6 FTE, three days, ideally Mon-Wed.",
                    )
                ],
            ),
            OT(
                "Siobhan Carmody",
                0,
                where="Geelong, VIC, Australia",
                touches=[
                    screen(
                        30,
                        "Needs full-time hours, 1.0 FTE only - mortgage. Won't consider part-time.",
                    )
                ],
            ),
        ],
        **job(OT_PART_TIME, dict(remote_policy="onsite", location="Geelong, VIC, Australia")),
    ),
    C(
        "0.6 FTE max vs was 0.6 while the kids were small, full-time now, a 1.0 FTE role",
        "cs",
        [
            PHYSIO(
                "Felicity Amberley",
                0,
                where="Hobart, TAS, Australia",
                touches=[
                    ats(
                        45,
                        "Sal exp on award. Can only do 0.6 FTE max, school drop-offs.",
                    )
                ],
            ),
            PHYSIO(
                "Lucinda Prowse",
                2,
                where="Hobart, TAS, Australia",
                touches=[
                    ats(
                        45,
                        "Sal exp on award. Was 0.6 FTE while the kids were little, youngest "
                        "started school so she's after full-time again.",
                    )
                ],
            ),
        ],
        **job(
            PHYSIO_JOB,
            dict(remote_policy="onsite", location="Hobart, TAS, Australia"),
            offers=["Permanent full-time, 1.0 FTE"],
        ),
    ),
    C(
        "permanent only, no more fixed-term vs happy with a 12-month contract",
        "cs",
        [
            COUNCIL(
                "Rangi Tawhiao-Smith",
                0,
                where="Wellington, New Zealand",
                touches=[
                    screen(
                        40,
                        "Only looking at permanent roles. Has done three fixed-terms in a row "
                        "and won't do another.",
                    )
                ],
            ),
            COUNCIL(
                "Mereana Holt",
                2,
                where="Wellington, New Zealand",
                touches=[
                    screen(
                        40,
                        "A 12-month contract suits her fine, likes the variety and has savings "
                        "to cover gaps.",
                    )
                ],
            ),
        ],
        **job(FIXED_TERM_POLICY, WELLINGTON_HYBRID),
    ),
    C(
        "only works on his ABN vs sick of the ABN, wants PAYG with super",
        "cs",
        [
            SPARKY(
                "Brett Coughlan",
                0,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        25,
                        "Sparky on his own ABN for 6 yrs. Won't go PAYG, likes being his own "
                        "boss and invoicing weekly.",
                    )
                ],
            ),
            SPARKY(
                "Jarrod Tippett",
                2,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        25,
                        "Sparky on his own ABN for 6 yrs. Sick of chasing invoices, wants PAYG "
                        "with super and sick leave.",
                    )
                ],
            ),
        ],
        **job(
            SPARKY_JOB,
            ADELAIDE_SITE,
            offers=["Permanent PAYG employment with super, sick leave and a work ute"],
        ),
    ),
    C(
        "FTE only, no contract-to-hire vs open to C2H on W-2, a C2H role",
        "backend",
        [
            DEV(
                "Cassidy Brennaman",
                0,
                where="Chicago, IL, USA",
                touches=[
                    screen(
                        30,
                        "FTE only. No contract-to-hire - got burned by one that never converted.",
                    )
                ],
            ),
            DEV(
                "Tobias Wexler",
                2,
                where="Chicago, IL, USA",
                touches=[
                    screen(
                        30,
                        "Open to C2H as long as it's W-2 and conversion is at 6 months.",
                    )
                ],
            ),
        ],
        **job(
            {},
            CHICAGO_SITE,
            title="Backend Engineer (6-month contract-to-hire, W-2)",
            offers=["Six-month W-2 contract, converting to full-time"],
        ),
    ),
    C(
        "casual hours around uni only vs after permanent full-time after years of casual",
        "cs",
        [
            CLAIMS(
                "Zoe Kallergis-Dunn",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    sms(
                        20,
                        "Hey! I'm only after casual shifts around uni next year, 2 days max. "
                        "Doing my masters.",
                    )
                ],
            ),
            CLAIMS(
                "Mia Tran-Gallagher",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    sms(
                        20,
                        "After 4 yrs of casual I really want something permanent full time "
                        "with leave and all that.",
                    )
                ],
            ),
        ],
        **job(CLAIMS_JOB, SYDNEY_SITE, offers=["Permanent full-time, 38 hours"]),
    ),
]

COMMUTE = [
    C(
        "45 minutes max from Penrith vs Penrith and happy on the train, CBD role",
        "cs",
        [
            ACCOUNTANT(
                "Ebony Macfarlane",
                0,
                where="Penrith, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Lives in Penrith. Won't commute more than 45 min each way, that's "
                        "her line in the sand.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Grace Lomu",
                2,
                where="Penrith, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Lives in Penrith. Train into the city is about 70 min, she reads and "
                        "doesn't mind it at all.",
                    )
                ],
            ),
        ],
        **job(
            ACCOUNTANT_JOB,
            dict(remote_policy="onsite", location="Sydney CBD, NSW, Australia"),
            offers=["Five days a week at Martin Place"],
        ),
    ),
    C(
        "won't do the N2 from Somerset West daily vs leaves at six, happy to drive in",
        "cs",
        [
            UNDERWRITER(
                "Pieter Swanepoel",
                0,
                where="Somerset West, South Africa",
                touches=[
                    screen(
                        35,
                        "Lives in Somerset West. Not prepared to sit on the N2 into town every "
                        "day - wants something in Stellenbosch or the Helderberg.",
                    )
                ],
            ),
            UNDERWRITER(
                "Anneke Kruger",
                2,
                where="Somerset West, South Africa",
                touches=[
                    screen(
                        35,
                        "Lives in Somerset West. Leaves at 6, beats the N2 traffic, fine "
                        "driving into the CBD daily.",
                    )
                ],
            ),
        ],
        **job(UW_JOB, CAPE_TOWN_SITE, offers=["Office-based in the Cape Town CBD"]),
    ),
    C(
        "Waiheke, the ferry no more than once a week vs the ferry two days is fine",
        "data_eng",
        [
            DATA(
                "Kahu Rangitoto-Price",
                0,
                where="Waiheke Island, New Zealand",
                touches=[
                    dm(
                        40,
                        "Love the sound of it but I'm on Waiheke - the ferry once a week max, "
                        "otherwise it has to be remote.",
                    )
                ],
            ),
            DATA(
                "Isla Brannigan",
                2,
                where="Waiheke Island, New Zealand",
                touches=[
                    dm(
                        40,
                        "I'm on Waiheke but the ferry is 40 min and I actually like it - two "
                        "days in town is totally fine.",
                    )
                ],
            ),
        ],
        **job({}, AUCKLAND_HYBRID),
    ),
    C(
        "won't do the M3 from Navan five days vs there's a bus, fine with it",
        "cs",
        [
            CLAIMS(
                "Orla Gilsenan",
                0,
                where="Navan, Ireland",
                touches=[
                    screen(
                        50,
                        "Lives in Navan. The M3 into Dublin five days a week is a no - did it "
                        "for two years and never again.",
                    )
                ],
            ),
            CLAIMS(
                "Ciara Mac Giolla",
                2,
                where="Navan, Ireland",
                touches=[
                    screen(
                        50,
                        "Lives in Navan. Gets the bus in, sleeps on it, says the commute is grand.",
                    )
                ],
            ),
        ],
        **job(CLAIMS_JOB, DUBLIN_SITE, offers=["Office-based five days in Dublin 2"]),
    ),
    C(
        "30 km each way max from Joondalup vs doesn't mind the freeway, Kwinana site",
        "cs",
        [
            SITE_SUPER(
                "Warren Beaumont",
                0,
                where="Joondalup, WA, Australia",
                touches=[
                    dictated(
                        30,
                        "warren lives up in joondalup max 30 k's each way he says anything "
                        "south of the river is a no",
                    )
                ],
            ),
            SITE_SUPER(
                "Kane Ashcroft",
                2,
                where="Joondalup, WA, Australia",
                touches=[
                    dictated(
                        30,
                        "kane lives in joondalup doesn't mind the freeway down to kwinana if "
                        "the jobs write starts early anyway",
                    )
                ],
            ),
        ],
        **job(SUPER_JOB, dict(remote_policy="onsite", location="Kwinana, WA, Australia")),
    ),
]

# --- 4. pay against the role's band ----------------------------------------------------------

PAY = [
    C(
        "$150k base plus super vs a $135k package including super, a $120-130k + super band",
        "cs",
        [
            UNDERWRITER(
                "Marcus Threlfall",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Sal exp $150k base + super. Not moving for less, he's on $142k now.",
                    )
                ],
            ),
            UNDERWRITER(
                "Elyse Ferrante",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Sal exp around $135k package incl super. Flexible if the team's good.",
                    )
                ],
            ),
        ],
        **job(
            UW_JOB,
            SYDNEY_HYBRID,
            salary_min=120_000,
            salary_max=130_000,
            currency="AUD",
            offers=["$120k-$130k base plus 12% super"],
        ),
    ),
    C(
        "won't get out of bed under $60 an hour vs after $48-50 an hour, a $48 an hour job",
        "cs",
        [
            SPARKY(
                "Clint Doherty",
                0,
                where="Brisbane, QLD, Australia",
                touches=[sms(15, "wont get out of bed for under $60/hr these days sorry")],
            ),
            SPARKY(
                "Hayden Marsh",
                2,
                where="Brisbane, QLD, Australia",
                touches=[
                    sms(15, "on $44/hr EBA rate now, after something round $48-50 plus the ute"),
                ],
            ),
        ],
        **job(
            SPARKY_JOB,
            BRISBANE_SITE,
            offers=["$48 an hour plus super, work ute and fuel card"],
        ),
    ),
    C(
        "R1.1m CTC vs R800k CTC negotiable, an R750-850k CTC band",
        "cs",
        [
            UNDERWRITER(
                "Johan Fourie",
                0,
                where="Johannesburg, South Africa",
                touches=[
                    screen(
                        40,
                        "Current CTC R920k. Wants R1.1m CTC to move, won't budge on that.",
                    )
                ],
            ),
            UNDERWRITER(
                "Nomvula Dlamini-Botha",
                2,
                where="Johannesburg, South Africa",
                touches=[screen(40, "Sal exp R800k CTC, negotiable for the right team.")],
            ),
        ],
        **job(
            UW_JOB,
            JOBURG_HYBRID,
            salary_min=750_000,
            salary_max=850_000,
            currency="ZAR",
            offers=["R750k-R850k cost to company, medical aid and retirement fund included"],
        ),
    ),
    C(
        "expects $120K plus bonus vs on $78K, hoping for the high 80s, an $85-95K CAD band",
        "cs",
        [
            ACCOUNTANT(
                "Brent Lafrenière",
                0,
                where="Toronto, ON, Canada",
                touches=[screen(25, "Expects $120K base plus bonus, CPA done, not flexible.")],
            ),
            ACCOUNTANT(
                "Anika Sandhu",
                2,
                where="Toronto, ON, Canada",
                touches=[
                    screen(
                        25,
                        "Currently at $78K, hoping for high 80s - told her the band is DOE, 85-95. "
                        "CPA done, flexible.",
                    )
                ],
            ),
        ],
        **job(
            ACCOUNTANT_JOB,
            TORONTO_HYBRID,
            salary_min=85_000,
            salary_max=95_000,
            currency="CAD",
        ),
    ),
    C(
        "nothing below $140k NZD vs anything from $110k, a public-sector $105-120k band",
        "cs",
        [
            COUNCIL(
                "Tama Whaanga-Doyle",
                0,
                where="Wellington, New Zealand",
                touches=[
                    screen(
                        35,
                        "Won't consider anything below $140k, he's comparing with private "
                        "sector consultancy.",
                    )
                ],
            ),
            COUNCIL(
                "Kiri Aperahama",
                2,
                where="Wellington, New Zealand",
                touches=[
                    screen(
                        35,
                        "Happy with anything from $110k - ka pai, she says, she values public "
                        "service and the leave.",
                    )
                ],
            ),
        ],
        **job(
            COUNCIL_JOB,
            WELLINGTON_HYBRID,
            salary_min=105_000,
            salary_max=120_000,
            currency="NZD",
        ),
    ),
    C(
        "$210k base minimum vs fine at $160k with a decent 401k match, a $150-170k band",
        "backend",
        [
            DEV(
                "Preston Kowalczyk",
                0,
                where="Austin, TX, USA",
                touches=[
                    screen(
                        20,
                        "Needs $210k base minimum plus 401k match and equity. Has a competing "
                        "offer at that number.",
                    )
                ],
            ),
            DEV(
                "Latoya Kingsbury",
                2,
                where="Austin, TX, USA",
                touches=[
                    screen(
                        20,
                        "Fine at $160k base if the 401k match is decent. More about the team.",
                    )
                ],
            ),
        ],
        **job(
            {},
            AUSTIN_HYBRID,
            salary_min=150_000,
            salary_max=170_000,
            currency="USD",
            offers=[*AUSTIN_HYBRID["offers"], "401(k) with a 4% match"],
        ),
    ),
    C(
        "on £55k, wants £80k vs on £82k but would drop to £65k, a £60-70k band",
        "data_eng",
        [
            DATA(
                "Rory Fitzwilliam",
                0,
                where="Glasgow, UK",
                touches=[
                    screen(
                        30,
                        "Currently on £55k. Wants at least £80k to move, says he's underpaid.",
                    )
                ],
            ),
            DATA(
                "Morag Sinclair-Ahmed",
                2,
                where="Glasgow, UK",
                touches=[
                    screen(
                        30,
                        "Currently on £82k at a bank in Edinburgh, but would happily drop to "
                        "£65k to work in Glasgow and cut the train. Her ask is £65k.",
                    )
                ],
            ),
        ],
        **job({}, GLASGOW_HYBRID, salary_min=60_000, salary_max=70_000, currency="GBP"),
    ),
    C(
        "$1,100 a day plus GST vs $900 a day incl super, an $850-950 day-rate contract",
        "data_eng",
        [
            DATA(
                "Declan Mahoney",
                0,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        25,
                        "Contractor. Rate $1,100/day + GST, won't go under $1k. Baseline cleared.",
                    )
                ],
            ),
            DATA(
                "Priya Ramaswamy-Cole",
                2,
                where="Canberra, ACT, Australia",
                touches=[
                    screen(
                        25,
                        "Contractor. $900/day incl super works for her. Baseline cleared.",
                    )
                ],
            ),
        ],
        **job(
            {},
            CANBERRA_HYBRID,
            title="Data Engineer (6-month contract)",
            offers=["$850-$950 per day including super, six months with extension"],
        ),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "policy field only: moved to Byron, wants remote vs needs an office, three kids at home",
        "backend",
        [
            DEV(
                "Harrison Gale",
                2,
                where="Byron Bay, NSW, Australia",
                touches=[screen(40, "Moved up to Byron - fully remote or it doesn't work.")],
            ),
            DEV(
                "Tahlia Rossiter",
                0,
                where="Byron Bay, NSW, Australia",
                touches=[
                    screen(
                        40,
                        "Wants an office five days - three kids at home, 'WFH is such a joy, "
                        "said no one ever'.",
                    )
                ],
            ),
        ],
        **job({}, AU_REMOTE),
    ),
    C(
        "description only says there is no office: remote seeker vs office seeker",
        "data_eng",
        [
            DATA(
                "Mackenzie Dufresne",
                2,
                where="Halifax, NS, Canada",
                touches=[dm(30, "Only looking at WFH roles now - the Halifax market is tiny.")],
            ),
            DATA(
                "Brianne O'Keefe",
                0,
                where="Halifax, NS, Canada",
                touches=[
                    dm(
                        30,
                        "Honestly I need to be in an office with people. WFH has been miserable.",
                    )
                ],
            ),
        ],
        **job(
            {},
            dict(location="Canada"),
            remote_policy=None,
            description="We have no office: everyone works from home anywhere in Canada, with "
            "a team meet-up twice a year.",
            offers=[],
        ),
    ),
    C(
        "title only says remote: work-from-home seeker vs wants in-person",
        "backend",
        [
            DEV(
                "Declan Ashworth-Reid",
                2,
                where="Cork, Ireland",
                touches=[
                    screen(
                        30,
                        "Moving back to west Cork to be near family, needs to work from home "
                        "full time.",
                    )
                ],
            ),
            DEV(
                "Fionnuala Breen",
                0,
                where="Cork, Ireland",
                touches=[
                    screen(
                        30,
                        "Wants to be in the office every day, learns best beside people.",
                    )
                ],
            ),
        ],
        **job(
            {},
            dict(location="Ireland"),
            title="Senior Backend Engineer (Remote, Ireland)",
            remote_policy=None,
            offers=[],
        ),
    ),
    C(
        "offers only say work from home: remote seeker vs hates WFH",
        "manager",
        [
            PRODUCT(
                "Saskia Nieuwoudt",
                2,
                where="Durban, South Africa",
                touches=[
                    screen(
                        35,
                        "Wants remote - moved to Ballito and isn't driving to Umhlanga daily "
                        "again.",
                    )
                ],
            ),
            PRODUCT(
                "Thabo Mahlangu",
                0,
                where="Durban, South Africa",
                touches=[
                    screen(
                        35,
                        "Doesn't want WFH - says the loadshedding days at home were the "
                        "worst of his career. Office please.",
                    )
                ],
            ),
        ],
        **job(
            PRODUCT_JOB,
            dict(location="South Africa"),
            remote_policy=None,
            offers=["Work from home five days a week, with a data and backup-power allowance"],
        ),
    ),
    C(
        "description says on-site, no WFH: wants the office back vs WFH only",
        "cs",
        [
            CLAIMS(
                "Chantelle Adams",
                2,
                where="Cape Town, South Africa",
                touches=[
                    screen(
                        30,
                        "Two years working alone from home, wants to be back in an office "
                        "with a team.",
                    )
                ],
            ),
            CLAIMS(
                "Yolandi Jacobs",
                0,
                where="Cape Town, South Africa",
                touches=[
                    screen(
                        30,
                        "WFH only, won't go back into an office. Has a home setup and solar.",
                    )
                ],
            ),
        ],
        **job(
            CLAIMS_JOB,
            dict(location="Cape Town, South Africa"),
            remote_policy=None,
            description="Claims consultant, 100% on-site in our Century City office - there "
            "is no work from home in this team.",
            offers=[],
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NIGHTS_RADIO = dict(
    RADIO_JOB,
    description="Senior radiographer in an emergency imaging department on a rotating roster "
    "of days, evenings and nights.",
)
ONCALL_DEV = dict(
    description="Build and run our lending platform's APIs; engineers share an on-call "
    "rotation, one week in five, paid.",
)

NEGATIONS = [
    C(
        "'not opposed to nights' vs opposed to nights, a nights roster",
        "cs",
        [
            RADIOGRAPHER(
                "Ingrid Solberg-Mac",
                2,
                where="Perth, WA, Australia",
                touches=[
                    screen(
                        30,
                        "Cand not opposed to nights - did them at Fiona Stanley for years.",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Delphine Arsenault",
                0,
                where="Perth, WA, Australia",
                touches=[
                    screen(
                        30,
                        "Cand opposed to nights now she's older - days and evenings only.",
                    )
                ],
            ),
        ],
        **job(NIGHTS_RADIO, PERTH_SITE),
    ),
    C(
        "'I wouldn't say no to travel' vs I'd say no to anything with travel",
        "cs",
        [
            UNDERWRITER(
                "Gareth Llewellyn-Price",
                2,
                where="Melbourne, VIC, Australia",
                touches=[dm(40, "I wouldn't say no to a bit of travel, to be honest.")],
            ),
            UNDERWRITER(
                "Melissa Hartigan",
                0,
                where="Melbourne, VIC, Australia",
                touches=[dm(40, "I'd say no to anything with travel in it, sorry - carer duties.")],
            ),
        ],
        **job(INTERSTATE_UW, MELBOURNE_HYBRID),
    ),
    C(
        "'it wasn't the commute, it was the manager' vs it was the commute, same suburb role",
        "cs",
        [
            CLAIMS(
                "Dominique Papageorgiou",
                2,
                where="Frankston, VIC, Australia",
                touches=[
                    screen(
                        60,
                        "Left her last role in the Docklands. Made a point of saying it wasn't "
                        "the commute that got to her, it was the manager.",
                    )
                ],
            ),
            CLAIMS(
                "Kimberley Rusk",
                0,
                where="Frankston, VIC, Australia",
                touches=[
                    screen(
                        60,
                        "Left her last role in the Docklands - it was the commute, 90 min each "
                        "way from Frankston, and she won't do that trip again.",
                    )
                ],
            ),
        ],
        **job(
            CLAIMS_JOB,
            dict(remote_policy="onsite", location="Docklands, Melbourne, VIC, Australia"),
        ),
    ),
    C(
        "'no issue with on-call' vs has an issue with on-call, won't do it",
        "backend",
        [
            DEV(
                "Teodora Vasilescu",
                2,
                where="Vancouver, BC, Canada",
                touches=[screen(35, "No issue with on-call as long as it's compensated.")],
            ),
            DEV(
                "Bradley Nakamura-Scott",
                0,
                where="Vancouver, BC, Canada",
                touches=[
                    screen(
                        35,
                        "Has a real issue with on-call and won't take a role that has it.",
                    )
                ],
            ),
        ],
        **job(ONCALL_DEV, VANCOUVER_HYBRID),
    ),
    C(
        "'I'm not NOT interested' vs I'm not interested in this one",
        "manager",
        [
            AREA_MANAGER(
                "Belinda Cheung",
                2,
                where="Auckland, New Zealand",
                touches=[
                    sms(
                        20,
                        "Haha I'm not NOT interested if that makes sense. Send the details "
                        "through and I'll have a look tonight.",
                    )
                ],
            ),
            AREA_MANAGER(
                "Jasmine Tukaki",
                0,
                where="Auckland, New Zealand",
                touches=[
                    sms(
                        20,
                        "I'm not interested in that one thanks, another homewares chain is "
                        "the last thing I need.",
                    )
                ],
            ),
        ],
        **job(
            AREA_JOB,
            AUCKLAND_SITE,
            description="Lead ten stores of a homewares chain across Auckland and Northland.",
        ),
    ),
    C(
        "her brother won't leave Sydney, she will vs her husband won't move, so she won't",
        "cs",
        [
            OT(
                "Stephanie Gorman",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        40,
                        "Her brother refuses to leave Sydney but she's ready to move to "
                        "Brisbane - already looking at rentals in Paddington.",
                    )
                ],
            ),
            OT(
                "Rebecca Angelopoulos",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        40,
                        "Husband won't do another interstate move, so she's staying in Sydney.",
                    )
                ],
            ),
        ],
        **job(OT_JOB, BRISBANE_SITE),
    ),
    C(
        "'can't say I'd never do nights again' vs can't do nights again, ever",
        "cs",
        [
            PHYSIO(
                "Callista Brightwell",
                2,
                where="Auckland, New Zealand",
                touches=[
                    screen(
                        45,
                        "Can't say she'd never do a night shift again - she's open to the "
                        "after-hours ward cover if the roster is fair.",
                    )
                ],
            ),
            PHYSIO(
                "Harriet Monaghan",
                0,
                where="Auckland, New Zealand",
                touches=[
                    screen(
                        45,
                        "Can't do night shifts again, ever - epilepsy, her neurologist has "
                        "been firm about it.",
                    )
                ],
            ),
        ],
        **job(
            PHYSIO_JOB,
            AUCKLAND_SITE,
            description="Senior physio on orthopaedic wards, sharing after-hours ward cover "
            "including some night shifts.",
        ),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology ------------

LOCATIONS = [
    C(
        "moving to Brisbane in January, lease signed vs Brisbane's too hot, not moving north",
        "cs",
        [
            ACCOUNTANT(
                "Naomi Castlereagh",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    mail(
                        30,
                        "We're moving to Brisbane in January - partner's transfer came "
                        "through and we've signed a lease in Bulimba.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Sophie Brancatisano",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    mail(
                        30,
                        "Brisbane's too hot for me, I'm not moving north. Melbourne roles "
                        "only please.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, BRISBANE_SITE),
    ),
    C(
        "keen to cross the ditch to Perth vs staying in NZ for her mum",
        "cs",
        [
            RADIOGRAPHER(
                "Ngaire Hohaia",
                2,
                where="Auckland, New Zealand",
                touches=[
                    screen(
                        40,
                        "Keen to cross the ditch - Perth's top of her list, has mates in "
                        "Fremantle.",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Leonie Kereama",
                0,
                where="Auckland, New Zealand",
                touches=[
                    screen(
                        40,
                        "Staying in NZ - mum's unwell and she's the only one nearby.",
                    )
                ],
            ),
        ],
        **job(RADIO_JOB, PERTH_SITE),
    ),
    C(
        "ancestry visa, moving to London in February vs won't leave Cape Town",
        "data_eng",
        [
            DATA(
                "Ruan Erasmus",
                2,
                where="Cape Town, South Africa",
                touches=[
                    screen(
                        30,
                        "Has his UK ancestry visa, flying to London in Feb (date TBC). Wants a "
                        "data role there.",
                    )
                ],
            ),
            DATA(
                "Sipho Khumalo-Smit",
                0,
                where="Cape Town, South Africa",
                touches=[
                    screen(
                        30,
                        "Won't leave Cape Town, family's here. Local or remote only.",
                    )
                ],
            ),
        ],
        **job({}, LONDON_HYBRID),
    ),
    C(
        "open to Alberta for the cost of living vs won't leave the GTA",
        "cs",
        [
            SITE_SUPER(
                "Darnell Okonkwo",
                2,
                where="Toronto, ON, Canada",
                touches=[
                    screen(
                        45,
                        "Open to moving to Alberta, the cost of living in Toronto is killing "
                        "them. Calgary preferred.",
                    )
                ],
            ),
            SITE_SUPER(
                "Vince Albanese",
                0,
                where="Toronto, ON, Canada",
                touches=[
                    screen(
                        45,
                        "Won't leave the GTA - kids in school, wife's job at Sunnybrook.",
                    )
                ],
            ),
        ],
        **job(SUPER_JOB, CALGARY_SITE),
    ),
    C(
        "her sister is moving to Phoenix, not her vs we're moving to Phoenix in March",
        "cs",
        [
            CLAIMS(
                "Rochelle Dempsey",
                2,
                where="Chicago, IL, USA",
                touches=[
                    screen(
                        25,
                        "Her sister is moving to Phoenix, not her - she's staying in Chicago, "
                        "just bought a condo in Logan Square.",
                    )
                ],
            ),
            CLAIMS(
                "Tamika Holloway-Burke",
                0,
                where="Chicago, IL, USA",
                touches=[
                    screen(
                        25,
                        "They're moving to Phoenix in March, the house is already listed.",
                    )
                ],
            ),
        ],
        **job(CLAIMS_JOB, CHICAGO_SITE),
    ),
]

LEVEL = [
    C(
        "ready for a bigger region vs wants one store again, a ten-store role",
        "manager",
        [
            AREA_MANAGER(
                "Leanne Cosgrove",
                2,
                where="Adelaide, SA, Australia",
                touches=[screen(30, "Has six stores now, ready for a bigger region.")],
            ),
            AREA_MANAGER(
                "Tracey Bellamy",
                0,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        30,
                        "Done with multi-site, wants to step back to running one flagship store.",
                    )
                ],
            ),
        ],
        **job(AREA_JOB, ADELAIDE_SITE),
    ),
    C(
        "aiming for principal, DP the next step vs wants the classroom back",
        "manager",
        [
            PRINCIPAL(
                "Gwyneth Ashby-Koh",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Acting DP this year, aiming for principal within three years - a "
                        "substantive DP role is the next step.",
                    )
                ],
            ),
            PRINCIPAL(
                "Marguerite Dalby",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Wants to go back to the classroom. Leadership isn't for her, misses "
                        "teaching.",
                    )
                ],
            ),
        ],
        **job(PRINCIPAL_JOB, MELBOURNE_SITE),
    ),
    C(
        "wants to stay an IC PM vs only people-leadership roles, an IC role",
        "manager",
        [
            PRODUCT(
                "Nikolai Petrenko-Wood",
                2,
                where="Toronto, ON, Canada",
                touches=[
                    screen(
                        30,
                        "Wants to stay a senior IC PM - no interest in managing PMs.",
                    )
                ],
            ),
            PRODUCT(
                "Alessandra Ruiz-Tanner",
                0,
                where="Toronto, ON, Canada",
                touches=[
                    screen(
                        30,
                        "Only looking at Group PM or Director roles with direct reports.",
                    )
                ],
            ),
        ],
        **job(
            PRODUCT_JOB,
            TORONTO_HYBRID,
            offers=[*TORONTO_HYBRID["offers"], "Individual contributor role, no direct reports"],
        ),
    ),
    C(
        "keen to manage, led the team informally vs wants to keep coding, a manager role",
        "manager",
        [
            DEV(
                "Wesley Armitage",
                2,
                where="Denver, CO, USA",
                touches=[
                    screen(
                        35,
                        "Has been running standups and 1:1s informally. Keen to move into "
                        "management properly.",
                    )
                ],
            ),
            DEV(
                "Colby Eastwood",
                0,
                where="Denver, CO, USA",
                touches=[
                    screen(
                        35,
                        "No interest in managing people, wants to keep shipping code.",
                    )
                ],
            ),
        ],
        **job(
            {},
            DENVER_HYBRID,
            title="Engineering Manager",
            offers=[*DENVER_HYBRID["offers"], "Manage a team of seven engineers"],
        ),
    ),
    C(
        "wants off the tools into project management vs happy as a super, a PM role",
        "cs",
        [
            SITE_SUPER(
                "Jamie Tullock",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        45,
                        "Wants to step up into project management, been doing the PM's job anyway.",
                    )
                ],
            ),
            SITE_SUPER(
                "Robbie Faulkner",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        45,
                        "Happy as a super. Doesn't want the PM paperwork or the client meetings.",
                    )
                ],
            ),
        ],
        **job(
            SUPER_JOB,
            SYDNEY_SITE,
            title="Project Manager",
            seniority="manager",
            description="Project manager on a $30m mid-rise build: client, budget, programme "
            "and the site team.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants seed or Series A vs after two startups folded, wants a listed company",
        "manager",
        [
            PRODUCT(
                "Imani Oduya",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Sick of corporate, wants seed or Series A, happy with equity over cash.",
                    )
                ],
            ),
            PRODUCT(
                "Bianca Lorimer",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "After two startups folded under her, only wants an ASX-listed company "
                        "now.",
                    )
                ],
            ),
        ],
        **job(
            PRODUCT_JOB,
            SYDNEY_HYBRID,
            offers=[*SYDNEY_HYBRID["offers"], "Seed-stage startup, 25 people, meaningful equity"],
        ),
    ),
    C(
        "wants a big corporate with structure vs a small family business, ASX 50 role",
        "cs",
        [
            ACCOUNTANT(
                "Tristan Wheelwright",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        35,
                        "Wants a big corporate with proper structure and a grad-to-senior path.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Vanessa Kouris",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        35,
                        "Wants a small family business where she knows everyone by name.",
                    )
                ],
            ),
        ],
        **job(
            ACCOUNTANT_JOB,
            MELBOURNE_HYBRID,
            offers=[*MELBOURNE_HYBRID["offers"], "ASX 50 company, 9,000 employees"],
        ),
    ),
    C(
        "never again VC-backed vs wants a Series B-D scale-up, a Series C role",
        "backend",
        [
            DEV(
                "Ethan Rosenthal",
                0,
                where="Boston, MA, USA",
                touches=[
                    screen(
                        40,
                        "Never again VC-backed - wants profitable and bootstrapped after a "
                        "down round.",
                    )
                ],
            ),
            DEV(
                "Marguerite Okafor-Lind",
                2,
                where="Boston, MA, USA",
                touches=[
                    screen(
                        40,
                        "Wants a Series B to D scale-up, enough runway but still moving fast.",
                    )
                ],
            ),
        ],
        **job(
            {},
            BOSTON_HYBRID,
            offers=[*BOSTON_HYBRID["offers"], "Series C, VC-backed, 400 people"],
        ),
    ),
    C(
        "wants a boutique underwriting agency vs tier-one insurers only, a 15-person MGA",
        "cs",
        [
            UNDERWRITER(
                "Alistair Penhaligon",
                2,
                where="Brisbane, QLD, Australia",
                touches=[
                    screen(
                        30,
                        "Wants a boutique agency, hates the big insurer bureaucracy.",
                    )
                ],
            ),
            UNDERWRITER(
                "Cassandra Yip",
                0,
                where="Brisbane, QLD, Australia",
                touches=[screen(30, "Tier-one insurers only, wants the brand on her CV.")],
            ),
        ],
        **job(
            UW_JOB,
            BRISBANE_SITE,
            offers=["Boutique underwriting agency (MGA), 15 people"],
        ),
    ),
]

MISSION = [
    C(
        "wants climate adaptation work vs no stated wish, a council climate role",
        "cs",
        [
            COUNCIL(
                "Elodie Fairbanks",
                2,
                where="Hobart, TAS, Australia",
                touches=[
                    screen(
                        30,
                        "Really wants to work on climate adaptation - coastal erosion, bushfire "
                        "resilience. That's her why.",
                    )
                ],
            ),
            COUNCIL("Martin Dwyer-Lowe", 1, where="Hobart, TAS, Australia"),
        ],
        **job(
            COUNCIL_JOB,
            dict(remote_policy="hybrid", location="Hobart, TAS, Australia"),
            title="Senior Policy Officer, Climate Adaptation",
            offers=["Lead the council's climate adaptation and coastal hazards strategy"],
        ),
    ),
    C(
        "won't work in gambling vs fine with wagering, loves sport, a wagering company",
        "data_eng",
        [
            DATA(
                "Anil Chaudhary",
                0,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Won't touch gambling or wagering - ethical line, his dad had a problem.",
                    )
                ],
            ),
            DATA(
                "Ben Strathdee",
                2,
                where="Melbourne, VIC, Australia",
                touches=[
                    screen(
                        40,
                        "Fine with wagering, massive footy and racing fan, would love sports data.",
                    )
                ],
            ),
        ],
        **job(
            {},
            MELBOURNE_HYBRID,
            offers=[*MELBOURNE_HYBRID["offers"], "Online wagering and sports betting company"],
        ),
    ),
    C(
        "renewables only, won't go near coal vs coal or anything, a coal mine job",
        "cs",
        [
            SPARKY(
                "Jye Hollingworth",
                0,
                where="Mackay, QLD, Australia",
                touches=[
                    screen(
                        25,
                        "Only wants renewables - solar farms, batteries. Won't go near coal, "
                        "full stop.",
                    )
                ],
            ),
            SPARKY(
                "Dale Kimberley",
                2,
                where="Mackay, QLD, Australia",
                touches=[screen(25, "Coal, gas, solar - doesn't care, goes where the work is.")],
            ),
        ],
        **job(
            SPARKY_JOB,
            dict(remote_policy="onsite", location="Moranbah, QLD, Australia"),
            description="Maintenance electrician at an open-cut coal mine in the Bowen Basin.",
        ),
    ),
    C(
        "no defence work vs ex-ADF and keen on defence, a defence contractor",
        "backend",
        [
            DEV(
                "Lukas Vandermeer",
                0,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        35,
                        "Won't work in defence or weapons. Conscientious objection, he was clear.",
                    )
                ],
            ),
            DEV(
                "Corey Pemberton",
                2,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        35,
                        "Ex-ADF (signals), keen to get into defence industry, naval "
                        "shipbuilding ideally.",
                    )
                ],
            ),
        ],
        **job(
            {},
            ADELAIDE_SITE,
            offers=["Defence prime contractor working on naval combat systems"],
        ),
    ),
    C(
        "wants a not-for-profit vs private practice only, an NFP disability provider",
        "cs",
        [
            OT(
                "Harper Lindeman",
                2,
                where="Newcastle, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Wants a not-for-profit, tired of billable-hours targets in private "
                        "practice.",
                    )
                ],
            ),
            OT(
                "Paige Whitmore",
                0,
                where="Newcastle, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Private practice only - wants the higher earning potential and to "
                        "build her own caseload.",
                    )
                ],
            ),
        ],
        **job(
            OT_JOB,
            dict(remote_policy="onsite", location="Newcastle, NSW, Australia"),
            offers=["Not-for-profit disability services provider"],
        ),
    ),
]

TECH = [
    C(
        "wants off Informatica and into Databricks vs wants to stay on SSIS",
        "data_eng",
        [
            DATA(
                "Chloe Vanstone",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Wants to get off Informatica and into Databricks and Spark, that's the "
                        "main reason she's looking.",
                    )
                ],
            ),
            DATA(
                "Terrence Ogilvie",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(
                        30,
                        "Wants to stay on SSIS and SQL Server - not interested in retraining "
                        "on Spark.",
                    )
                ],
            ),
        ],
        **job({}, SYDNEY_HYBRID, offers=[*SYDNEY_HYBRID["offers"], "Databricks and Spark"]),
    ),
    C(
        "done with Java and Spring vs happy in Java, a Java shop",
        "backend",
        [
            DEV(
                "Fraser Kinloch",
                0,
                where="Glasgow, UK",
                touches=[
                    screen(
                        40,
                        "Done with Java - ten years of Spring, wants Go or Rust next.",
                    )
                ],
            ),
            DEV(
                "Eilidh Rennie",
                2,
                where="Glasgow, UK",
                touches=[screen(40, "Happy staying in Java/Spring, knows it inside out.")],
            ),
        ],
        **job({}, GLASGOW_HYBRID, offers=[*GLASGOW_HYBRID["offers"], "Java 21 and Spring Boot"]),
    ),
    C(
        "refuses to go back to SAP vs likes SAP S/4, an SAP shop",
        "cs",
        [
            ACCOUNTANT(
                "Róisín Ní Bhriain",
                0,
                where="Galway, Ireland",
                touches=[
                    screen(
                        35,
                        "Refuses to go back to SAP after the S/4 migration nightmare. Xero or "
                        "NetSuite only.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Padraig Costello",
                2,
                where="Galway, Ireland",
                touches=[screen(35, "Likes SAP S/4, was a key user on the rollout.")],
            ),
        ],
        **job(
            ACCOUNTANT_JOB,
            GALWAY_HYBRID,
            requirements="ACA or ACCA\nMonth-end close\nSAP S/4HANA",
            offers=[*GALWAY_HYBRID["offers"], "SAP S/4HANA finance"],
        ),
    ),
    C(
        "wants to train in MRI vs no stated wish, an MRI training post",
        "cs",
        [
            RADIOGRAPHER(
                "Lorena Castillo-Webb",
                2,
                where="Adelaide, SA, Australia",
                touches=[
                    screen(
                        30,
                        "Really wants to cross-train into MRI - that's what would move her.",
                    )
                ],
            ),
            RADIOGRAPHER("Dimitri Papadopoulos-Ng", 1, where="Adelaide, SA, Australia"),
        ],
        **job(
            RADIO_JOB,
            ADELAIDE_SITE,
            offers=["Funded MRI cross-training and accreditation"],
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_SYDNEY_125K = dict(
    remote_policy="hybrid", location="Sydney, NSW, Australia", salary_max=125_000, currency="AUD"
)
PAST_SYDNEY_OFFICE = dict(remote_policy="onsite", location="Sydney, NSW, Australia")
PAST_SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Two days a week in the office"],
)
PAST_PERTH = dict(remote_policy="onsite", location="Perth, WA, Australia")

RESOLVED = [
    C(
        "declined at $125k asking $140k; band now reaches it vs asked $170k, still above",
        "backend",
        [
            DEV(
                "Kaitlyn Mabbott",
                2,
                where="Sydney, NSW, Australia",
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Asked $140k base, band capped at $125k",
                        past=PAST_SYDNEY_125K,
                    )
                ],
            ),
            DEV(
                "Sunil Abeysekera",
                0,
                where="Sydney, NSW, Australia",
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Wanted $170k base + super; our ceiling was $125k",
                        past=PAST_SYDNEY_125K,
                    )
                ],
            ),
        ],
        **job(
            {},
            SYDNEY_HYBRID,
            salary_min=135_000,
            salary_max=150_000,
            currency="AUD",
        ),
    ),
    C(
        "declined five days in the office, this is two vs wanted fully remote, still hybrid",
        "data_eng",
        [
            DATA(
                "Shauna Fitzsimons",
                2,
                where="Sydney, NSW, Australia",
                apps=[
                    said_no(
                        220,
                        "remote_policy",
                        "Role was 5 days in office, cand will do 2 max",
                        past=PAST_SYDNEY_OFFICE,
                        role="Senior Data Engineer",
                    )
                ],
            ),
            DATA(
                "Bartholomew Ng",
                0,
                where="Sydney, NSW, Australia",
                apps=[
                    said_no(
                        220,
                        "remote_policy",
                        "Hybrid 2 days wasn't enough, he only does fully remote",
                        past=PAST_SYDNEY_HYBRID,
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **job({}, SYDNEY_HYBRID),
    ),
    C(
        "withdrew over moving to Perth, this one is in Sydney vs wouldn't leave Perth, Sydney",
        "cs",
        [
            ACCOUNTANT(
                "Lauren Stoddart",
                2,
                where="Sydney, NSW, Australia",
                apps=[
                    stepped_back(
                        300,
                        "location",
                        "Wouldn't relocate to Perth for the role",
                        past=PAST_PERTH,
                        role="Financial Accountant",
                    )
                ],
            ),
            ACCOUNTANT(
                "Kristen Boyd-Harris",
                0,
                where="Perth, WA, Australia",
                apps=[
                    stepped_back(
                        300,
                        "location",
                        "Won't leave Perth, husband's FIFO base is here",
                        past=dict(remote_policy="onsite", location="Sydney, NSW, Australia"),
                        role="Financial Accountant",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, SYDNEY_SITE),
    ),
    C(
        "declined for lack of sponsorship, PR since vs still on a 482, no sponsorship again",
        "backend",
        [
            DEV(
                "Ayesha Qureshi",
                2,
                where="Melbourne, VIC, Australia",
                apps=[
                    said_no(
                        260,
                        "other",
                        "Needed 482 sponsorship, we couldn't offer it",
                    )
                ],
                touches=[dm(60, "Good news - my PR came through in September!")],
            ),
            DEV(
                "Vikram Balasubramanian",
                0,
                where="Melbourne, VIC, Australia",
                apps=[
                    said_no(
                        260,
                        "other",
                        "Needed 482 sponsorship, we couldn't offer it",
                    )
                ],
                touches=[dm(60, "Still on the 482, PR application not lodged yet.")],
            ),
        ],
        **job({}, MELBOURNE_HYBRID, offers=[*MELBOURNE_HYBRID["offers"], NO_SPONSOR_AU]),
    ),
    C(
        "pulled out over the on-call roster, this has none vs pulled out over weekends, weekends",
        "cs",
        [
            RADIOGRAPHER(
                "Maeve Donnellan",
                2,
                where="Brisbane, QLD, Australia",
                apps=[
                    stepped_back(
                        200,
                        "other",
                        "Pulled out at interview: the role had a 1-in-4 on-call roster",
                        role="Senior Radiographer",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Celeste Arnaud",
                0,
                where="Brisbane, QLD, Australia",
                apps=[
                    stepped_back(
                        200,
                        "other",
                        "Pulled out at interview: won't work weekends",
                        role="Senior Radiographer",
                    )
                ],
            ),
        ],
        **job(
            RADIO_JOB,
            BRISBANE_SITE,
            description="Senior radiographer in a private imaging clinic, Tuesday to Saturday. "
            "No on-call, no after-hours.",
        ),
    ),
    C(
        "declined a fixed-term, this is permanent vs declined full-time wanting 0.6, still 1.0",
        "cs",
        [
            COUNCIL(
                "Heather Inglis",
                2,
                where="Adelaide, SA, Australia",
                apps=[
                    said_no(
                        180,
                        "other",
                        "Declined: 12-month fixed term, she wants permanent",
                        role="Senior Policy Officer",
                    )
                ],
            ),
            COUNCIL(
                "Moana Herewini",
                0,
                where="Adelaide, SA, Australia",
                apps=[
                    said_no(
                        180,
                        "other",
                        "Declined: role was full-time, she can only do 0.6 FTE",
                        role="Senior Policy Officer",
                    )
                ],
            ),
        ],
        **job(
            COUNCIL_JOB,
            dict(remote_policy="hybrid", location="Adelaide, SA, Australia"),
            offers=["Permanent, full-time (1.0 FTE)"],
        ),
    ),
]

LAST_TIME = [
    C(
        "swore at our coordinator vs lost on a coin toss",
        "cs",
        [
            SITE_SUPER(
                "Rodney Spinks",
                0,
                where="Brisbane, QLD, Australia",
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "conduct",
                        "Swore at our coordinator on the phone when the interview was moved",
                        role="Site Supervisor",
                    )
                ],
            ),
            SITE_SUPER(
                "Glen Whitford",
                2,
                where="Brisbane, QLD, Australia",
                apps=[runner_up(150, "HM: honestly a coin toss", role="Site Supervisor")],
            ),
        ],
        **job(SUPER_JOB, BRISBANE_SITE),
    ),
    C(
        "didn't show two months ago vs asked politely to reschedule, then interviewed well",
        "cs",
        [
            CLAIMS(
                "Kody Brasher",
                0,
                where="Toronto, ON, Canada",
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "no_show",
                        "No call no show for the panel, never responded after",
                        role="Claims Consultant",
                    )
                ],
            ),
            CLAIMS(
                "Anjali Mehra-Scott",
                2,
                where="Toronto, ON, Canada",
                apps=[
                    runner_up(
                        60,
                        "Asked to reschedule a day ahead (sick kid), then strong panel",
                        role="Claims Consultant",
                    )
                ],
            ),
        ],
        **job(CLAIMS_JOB, TORONTO_SITE),
    ),
    C(
        "no CT two months ago vs no CT two years ago, accredited since",
        "cs",
        [
            RADIOGRAPHER(
                "Tessa Goodall",
                0,
                where="Sydney, NSW, Australia",
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No CT competency, general X-ray only",
                        role="Senior Radiographer",
                    )
                ],
            ),
            RADIOGRAPHER(
                "Fern Ashdown",
                2,
                where="Sydney, NSW, Australia",
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No CT competency at the time",
                        role="Senior Radiographer",
                    )
                ],
                touches=[mail(90, "Finished my CT accreditation in June, signed off at RPA.")],
            ),
        ],
        **job(RADIO_JOB, SYDNEY_SITE),
    ),
    C(
        "HM: talked over the panel, dismissive of juniors vs HM: great energy, second",
        "manager",
        [
            HOSPO_GM(
                "Nigel Ashcombe",
                0,
                where="Christchurch, New Zealand",
                apps=[
                    app(
                        120,
                        "onsite",
                        "rejected",
                        "culture_fit",
                        "HM: talked over the panel, dismissive of the duty managers",
                        role="General Manager",
                    )
                ],
            ),
            HOSPO_GM(
                "Hinemoa Carrington",
                2,
                where="Christchurch, New Zealand",
                apps=[
                    runner_up(
                        120, "HM: great energy with the team, close second", role="General Manager"
                    )
                ],
            ),
        ],
        **job(GM_JOB, CHRISTCHURCH_SITE),
    ),
]

PROCESS = [
    C(
        "a final round vs an application never reviewed",
        "cs",
        [
            UNDERWRITER(
                "Oliver Ng-Carruthers",
                2,
                where="Sydney, NSW, Australia",
                apps=[runner_up(150, "Lost to an internal", role="Senior Underwriter")],
            ),
            UNDERWRITER(
                "Rupert Haddon",
                1,
                where="Sydney, NSW, Australia",
                apps=[
                    app(
                        150,
                        "applied",
                        "rejected",
                        "other",
                        "Auto-rejected when the req closed, never reviewed",
                        role="Senior Underwriter",
                    )
                ],
            ),
        ],
        **job(UW_JOB, SYDNEY_HYBRID),
    ),
    C(
        "we placed her eight weeks ago vs our placement's contract ended",
        "cs",
        [
            ACCOUNTANT(
                "Shona Macleod",
                0,
                where="Glasgow, UK",
                touches=[
                    ats(
                        date(2026, 9, 28),
                        "PLACED: cand started perm at the distillery group today via us. "
                        "Rebate period 12 wks - hands off.",
                    )
                ],
            ),
            ACCOUNTANT(
                "Kirsty Drummond",
                2,
                where="Glasgow, UK",
                touches=[
                    ats(
                        date(2026, 10, 26),
                        "Our temp placement at the council finished Friday, contract ran its "
                        "course. Cand avail immediately, wants perm.",
                    )
                ],
            ),
        ],
        **job(ACCOUNTANT_JOB, GLASGOW_HYBRID),
    ),
    C(
        "took a counteroffer in September vs took one two years ago, band higher now",
        "manager",
        [
            AREA_MANAGER(
                "Tarryn Govender",
                0,
                where="Durban, South Africa",
                apps=[
                    said_no(
                        65,
                        "counteroffer",
                        "Accepted a counteroffer from her current employer",
                        role="Area Manager",
                    )
                ],
            ),
            AREA_MANAGER(
                "Lindiwe Zuma-Naidoo",
                2,
                where="Durban, South Africa",
                apps=[
                    said_no(
                        740,
                        "counteroffer",
                        "Took a counteroffer at R620k CTC",
                        role="Area Manager",
                    )
                ],
            ),
        ],
        **job(
            AREA_JOB,
            DURBAN_SITE,
            salary_min=700_000,
            salary_max=800_000,
            currency="ZAR",
        ),
    ),
    C(
        "an early screen long ago then a final vs a final long ago then a recent skills gap",
        "backend",
        [
            DEV(
                "Jonah Whitaker",
                2,
                where="Toronto, ON, Canada",
                apps=[
                    app(650, "screen", "rejected", "skills_gap", "Light on Kotlin at the time"),
                    runner_up(90),
                ],
            ),
            DEV(
                "Lucas Fontaine-Reyes",
                1,
                where="Toronto, ON, Canada",
                apps=[
                    runner_up(650),
                    app(
                        90,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Tech panel: struggled on system design, couldn't reason about queues",
                    ),
                ],
            ),
        ],
        **job({}, TORONTO_HYBRID),
    ),
]

# --- 9. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "remote only in March, hybrid fine by October vs hybrid fine, then remote only",
        "data_eng",
        [
            DATA(
                "Rosie Carmichael",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(date(2026, 3, 16), "Remote only, won't do any office days."),
                    screen(
                        date(2026, 10, 12),
                        "Update: new flat is 15 min from the CBD, two days in is fine now.",
                    ),
                ],
            ),
            DATA(
                "Evan Tsakalos",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(date(2026, 3, 16), "Hybrid's fine, two or three days in."),
                    screen(
                        date(2026, 10, 12),
                        "Update: moved to the Blue Mountains, remote only from now on.",
                    ),
                ],
            ),
        ],
        **job({}, SYDNEY_HYBRID),
    ),
    C(
        "asked to be left alone, then reached out again vs 'keep me posted', then delete me",
        "cs",
        [
            TEACHER(
                "Clementine Forsyth",
                2,
                where="Perth, WA, Australia",
                touches=[
                    mail(date(2026, 2, 9), "Please leave me alone for now, no more emails."),
                    mail(
                        date(2026, 9, 14),
                        "Hi again - I know I told you to stop emailing back in Feb, but I'm "
                        "ready to look for Term 1. Please send me anything in English.",
                    ),
                ],
            ),
            TEACHER(
                "Annabelle Kirwan",
                0,
                where="Perth, WA, Australia",
                touches=[
                    mail(date(2026, 2, 9), "Not right now but keep me posted!"),
                    mail(
                        date(2026, 9, 14),
                        "Please delete my details from your system and stop contacting me. "
                        "I've left teaching.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(TEACHER_JOB, PERTH_SITE),
    ),
    C(
        "not moving in February, moving to Brisbane by September vs the reverse",
        "cs",
        [
            CLAIMS(
                "Nadia Haddad-Simmons",
                2,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(date(2026, 2, 16), "Staying in Sydney, not relocating."),
                    screen(
                        date(2026, 9, 7),
                        "Change of plans - they're moving to Brisbane at Christmas, wants a "
                        "Brisbane role.",
                    ),
                ],
            ),
            CLAIMS(
                "Cody Merriweather",
                0,
                where="Sydney, NSW, Australia",
                touches=[
                    screen(date(2026, 2, 16), "Open to moving to Brisbane, partner's from there."),
                    screen(
                        date(2026, 9, 7),
                        "Brisbane's off - partner got a promotion in Sydney, they're staying put.",
                    ),
                ],
            ),
        ],
        **job(CLAIMS_JOB, BRISBANE_SITE),
    ),
    C(
        "pay ask lowered to within the band vs raised above it",
        "cs",
        [
            PLUMBER(
                "Kieran Bassett",
                2,
                where="Auckland, New Zealand",
                touches=[
                    sms(date(2026, 4, 6), "need $45/hr minimum"),
                    sms(
                        date(2026, 10, 19),
                        "been thinking, for a steady job with a van I'd take $38/hr",
                    ),
                ],
            ),
            PLUMBER(
                "Shaun Te Whata",
                0,
                where="Auckland, New Zealand",
                touches=[
                    sms(date(2026, 4, 6), "$38/hr is fine for the right job"),
                    sms(
                        date(2026, 10, 19),
                        "update - got a pay rise, wont move for less than $48/hr now",
                    ),
                ],
            ),
        ],
        **job(
            PLUMBER_JOB,
            AUCKLAND_SITE,
            offers=["$37-$40 an hour plus KiwiSaver, company van"],
        ),
    ),
    C(
        "no FIFO in May, keen on FIFO by October vs FIFO fine, then no more FIFO",
        "cs",
        [
            SPARKY(
                "Lachie Brennan",
                2,
                where="Perth, WA, Australia",
                touches=[
                    screen(date(2026, 5, 11), "No FIFO, new baby."),
                    screen(
                        date(2026, 10, 5),
                        "Update: wife's back at work, her mum's moved in to help - he's keen "
                        "to go back FIFO for the money.",
                    ),
                ],
            ),
            SPARKY(
                "Tyson Garrard",
                0,
                where="Perth, WA, Australia",
                touches=[
                    screen(date(2026, 5, 11), "FIFO fine, any roster."),
                    screen(
                        date(2026, 10, 5),
                        "Update: done with FIFO - missed too much with the kids. Metro only.",
                    ),
                ],
            ),
        ],
        **job(FIFO_SPARKY, PERTH_SITE),
    ),
    C(
        "0.6 FTE in March, full-time from October vs full-time, then 0.6 only",
        "cs",
        [
            PHYSIO(
                "Bethany Kwan",
                2,
                where="Wellington, New Zealand",
                touches=[
                    ats(date(2026, 3, 9), "0.6 FTE only this year, finishing a postgrad."),
                    ats(
                        date(2026, 10, 12),
                        "Postgrad done - available full-time from January.",
                    ),
                ],
            ),
            PHYSIO(
                "Georgie Tamatea",
                0,
                where="Wellington, New Zealand",
                touches=[
                    ats(date(2026, 3, 9), "Full-time, keen to pick up extra hours."),
                    ats(
                        date(2026, 10, 12),
                        "Now 0.6 FTE max - caring for her dad after his stroke.",
                    ),
                ],
            ),
        ],
        **job(
            PHYSIO_JOB,
            dict(remote_policy="onsite", location="Wellington, New Zealand"),
            offers=["Permanent full-time, 1.0 FTE"],
        ),
    ),
]

HELDOUT13_CASES: list[Case] = [
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
