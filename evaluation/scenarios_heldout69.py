"""Held-out rediscovery cases, sixty-ninth set: an executive-search boutique's and in-house
leadership hiring teams' own words, written by a stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 69") and never tuned to what Encore does. The recruiters are search
partners and researchers at a London boutique with desks in New York, Frankfurt and Paris, plus
in-house executive talent teams at a listed group and a PE-backed portfolio. The people are
CFOs, CTOs, chief revenue and operating officers, VPs of engineering, heads of data, CISOs and
non-executive directors in the UK, the US, Germany and France. The voices: partners' terse
notes after a lunch ("cand v keen but LTIP vests Mar", "NED only, no exec"), researchers'
longlist comments, candidates' LinkedIn replies, executive assistants' emails on their
principal's behalf, formal letters from a candidate's lawyer, and a few lines in German and
French. Equity, LTIP and deferred bonus, non-competes and garden leave, relocation with a
family and school years, board approvals, chair and NED roles run through the notes.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a lawyer's letter, an EA's "please remove", a LinkedIn "not interested, ever",
   a partner's "DNC - complained to the MD", German "bitte keine Anfragen mehr", French "ne
   plus me contacter", a GDPR erasure request): never shown; beside each a scoped stop (not via
   my EA, not on LinkedIn, not for that client, no more newsletters, a new private email, no
   PE-backed roles, feedback still owed);
2. waits counted from the day said (six months' garden leave, a 12-month non-compete, an LTIP
   vesting in March, a deferred bonus paid in the spring, after the AGM, after the school year,
   "nach der Hauptversammlung", "pas avant la rentrée", Q1 close, a listing in the new year),
   each against a twin whose wait has already run out; notes full of dates that ask for none;
3. schedule, travel, visa and right to work, contract type, commute: board travel, weekly flights
   to New York, no overnight travel, H-1B and O-1 sponsorship, a US green card, an EU Blue Card,
   UK ILR, a four-day week, interim against permanent, NED days a month, the Elizabeth line,
   the Avanti to Euston, the Dartford crossing, the A8 to Stuttgart, the RER B;
4. pay against the band: base plus bonus, an ask as a floor against current pay, dollars,
   euros and pounds, a day rate for interim, NED fees a year, equity against cash;
5. work mode in the title only, in the description only, hybrid days counted; negation and its
   scope ("not against London three days", "the office wasn't the issue, the travel was");
6. location and relocation with a family, managing a function against hands-on, company stage
   and size (PE-backed, listed, pre-IPO, family-owned), industry and mission wanted or refused
   (defence, tobacco, gambling, oil and gas, crypto, healthcare, climate), technology;
7. last time's reason resolved by this role or still standing, the history with us, the latest
   process (a final with the board against a first call with a researcher);
8. several notes over time where the latest word counts: a mind changed once, or twice, in
   notes of different kinds and dates.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

CFO_P = dict(
    current_title="Group Chief Financial Officer",
    skills=["FP&A", "Forecasting", "Board reporting", "M&A", "Investor relations"],
    years_experience=22,
    resume_text=(
        "Chartered accountant, twenty-two years in finance, the last six as group CFO of a "
        "mid-cap industrial services business: forecasting, board packs, refinancing, two "
        "bolt-on acquisitions and investor relations with the lenders."
    ),
)
CTO_P = dict(
    current_title="Chief Technology Officer",
    skills=["People management", "Hiring", "Python", "Agile delivery", "Platform strategy"],
    years_experience=20,
    resume_text=(
        "Technology leader with twenty years in software, the last five as CTO of a payments "
        "scale-up: built the engineering organisation from 30 to 180, hiring, agile delivery, "
        "platform strategy and a Python services estate."
    ),
)
CRO_P = dict(
    current_title="Chief Revenue Officer",
    skills=["SaaS sales", "Salesforce", "Negotiation", "Pipeline management", "Go-to-market"],
    years_experience=19,
    resume_text=(
        "Revenue leader: grew enterprise SaaS ARR from $40M to $160M, ran sales, customer success "
        "and partnerships across EMEA and North America, pipeline discipline in Salesforce."
    ),
)
COO_P = dict(
    current_title="Chief Customer Officer",
    skills=["Onboarding", "Renewals", "Gainsight", "Churn reduction", "Operations"],
    years_experience=18,
    resume_text=(
        "Customer and operations executive: ran onboarding, renewals and support for 4,000 "
        "enterprise accounts, cut churn by a third and led a 250-person operations function."
    ),
)
CDO_P = dict(
    current_title="Chief Data Officer",
    skills=["SQL", "dbt", "Airflow", "Snowflake", "Python", "Data governance"],
    years_experience=17,
    resume_text=(
        "Data executive: built a group data platform on Snowflake with dbt and Airflow, data "
        "governance for a regulated insurer, and a 60-person analytics and engineering team."
    ),
)
NED_P = dict(
    current_title="Non-Executive Director and Audit Committee Chair",
    skills=["FP&A", "Board reporting", "Audit committee", "Forecasting", "Risk"],
    years_experience=28,
    resume_text=(
        "Former FTSE 250 CFO, now a portfolio of two non-executive roles, chairing one audit "
        "committee: financial reporting, risk, forecasting reviews and external audit tenders."
    ),
)
CISO_P = dict(
    current_title="Chief Information Security Officer",
    skills=["Kubernetes", "Terraform", "Go", "Prometheus", "GCP", "Security leadership"],
    years_experience=19,
    resume_text=(
        "Security and platform executive: led infrastructure and security for a neobank on GCP, "
        "Kubernetes and Terraform, incident command, SOC 2 and DORA readiness, team of 45."
    ),
)
CAIO_P = dict(
    current_title="VP Machine Learning",
    skills=["Python", "PyTorch", "MLOps", "Recommendation systems", "SQL"],
    years_experience=15,
    resume_text=(
        "Machine learning leader: built recommendation and pricing models in PyTorch for a "
        "retail marketplace, the MLOps platform behind them and a 40-person ML organisation."
    ),
)


def exec_pool(profile: str, persona: dict, where: str):
    """Executives of one kind in the boutique's database: the same profile and persona, living
    in ``where`` unless a case says otherwise (``location=`` wins)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


CFO = exec_pool("finance", CFO_P, "London, UK")
CFO_US = exec_pool("finance", CFO_P, "New York, NY, USA")
CFO_DE = exec_pool("finance", CFO_P, "Frankfurt am Main, Germany")
CFO_FR = exec_pool("finance", CFO_P, "Paris, France")
CTO = exec_pool("manager", CTO_P, "London, UK")
CTO_US = exec_pool("manager", CTO_P, "Boston, MA, USA")
CTO_DE = exec_pool("manager", CTO_P, "Munich, Germany")
CTO_FR = exec_pool("manager", CTO_P, "Paris, France")
CRO = exec_pool("sales", CRO_P, "London, UK")
CRO_US = exec_pool("sales", CRO_P, "New York, NY, USA")
COO = exec_pool("cs", COO_P, "London, UK")
COO_DE = exec_pool("cs", COO_P, "Hamburg, Germany")
CDO = exec_pool("data_eng", CDO_P, "London, UK")
CDO_FR = exec_pool("data_eng", CDO_P, "Lyon, France")
NED = exec_pool("finance", NED_P, "London, UK")
CISO = exec_pool("sre", CISO_P, "London, UK")
CISO_US = exec_pool("sre", CISO_P, "Chicago, IL, USA")
CAIO = exec_pool("ml", CAIO_P, "London, UK")
CAIO_DE = exec_pool("ml", CAIO_P, "Berlin, Germany")

# --- who wrote what -------------------------------------------------------------------------


def partner(days, text) -> dict:
    """A search partner's note after a call or a lunch, in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def research(days, text) -> dict:
    """A researcher's longlist comment or file note."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def linkedin(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def mail(days, text) -> dict:
    """The candidate's own email, or a letter sent on their behalf."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def ea(days, text) -> dict:
    """An email from the candidate's executive assistant, on their behalf."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def whatsapp(days, text) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def met(days, text) -> dict:
    """A partner's note after meeting in person."""
    return touch(days, "outbound", "replied", "note", note=text, channel="meeting")


def lost_final(days, note=None, *, role="Chief Financial Officer") -> dict:
    """Reached the final round with the board and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.5, role=role)


def declined(days, reason, note, *, past=None, role="Chief Financial Officer") -> dict:
    """Turned the client's offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="final", past=None, role="Chief Financial Officer"):
    """Pulled out of the client's process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CFO_ROLE = dict(
    title="Chief Financial Officer",
    department="Finance",
    seniority="executive",
    requirements="FP&A leadership\nForecasting\nBoard reporting\nM&A\nInvestor relations",
    description="Lead finance for a mid-market group, report to the CEO and sit on the board.",
)
CTO_ROLE = dict(
    title="Chief Technology Officer",
    department="Technology",
    seniority="executive",
    requirements="People management\nHiring\nPython\nAgile delivery\nPlatform strategy",
    description="Lead the technology organisation of 150 engineers and own the platform.",
)
CRO_ROLE = dict(
    title="Chief Revenue Officer",
    department="Sales",
    seniority="executive",
    requirements="SaaS sales\nSalesforce\nNegotiation\nPipeline management\nGo-to-market",
    description="Own new business, renewals and partnerships across the regions.",
)
CCO_ROLE = dict(
    title="Chief Customer Officer",
    department="Customer Success",
    seniority="executive",
    requirements="Onboarding\nRenewals\nGainsight\nChurn reduction\nOperations leadership",
    description="Lead onboarding, support and renewals for our enterprise customers.",
)
CDO_ROLE = dict(
    title="Chief Data Officer",
    department="Data",
    seniority="executive",
    requirements="SQL\ndbt\nAirflow\nSnowflake\nPython\nData governance",
    description="Own the group data platform, governance and the analytics function.",
)
NED_ROLE = dict(
    title="Non-Executive Director, Audit Committee Chair",
    department="Board",
    seniority="executive",
    requirements="Recent and relevant financial experience\nAudit committee\nBoard reporting",
    description="Join the board as an independent NED and chair the audit committee.",
)
CISO_ROLE = dict(
    title="Chief Information Security Officer",
    department="Security",
    seniority="executive",
    requirements="Kubernetes\nTerraform\nGo\nPrometheus\nGCP\nSecurity leadership",
    description="Own security and platform resilience, report to the CEO and the risk committee.",
)
ML_ROLE = dict(
    title="VP Machine Learning",
    department="Machine Learning",
    seniority="director",
    requirements="Python\nPyTorch\nMLOps\nRecommendation systems\nSQL",
    description="Lead the ML organisation behind our recommendations and pricing.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week in the Mayfair office"],
)
LONDON_ONSITE = dict(remote_policy="onsite", location="London, UK")
CANARY_HYBRID = dict(
    remote_policy="hybrid",
    location="London (Canary Wharf), UK",
    offers=["Hybrid: three days a week at Canary Wharf"],
)
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: three days a week in Manchester"],
)
BIRMINGHAM_ONSITE = dict(remote_policy="onsite", location="Birmingham, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
NY_ONSITE = dict(remote_policy="onsite", location="New York, NY, USA")
NY_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Hybrid: three days a week in Midtown Manhattan"],
)
BOSTON_HYBRID = dict(
    remote_policy="hybrid", location="Boston, MA, USA", offers=["Hybrid: two days in Seaport"]
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
FRANKFURT_ONSITE = dict(remote_policy="onsite", location="Frankfurt am Main, Germany")
MUNICH_HYBRID = dict(
    remote_policy="hybrid",
    location="Munich, Germany",
    offers=["Hybrid: three days a week in Munich-Schwabing"],
)
STUTTGART_ONSITE = dict(remote_policy="onsite", location="Stuttgart, Germany")
BERLIN_HYBRID = dict(
    remote_policy="hybrid", location="Berlin, Germany", offers=["Hybrid: two days in Mitte"]
)
HAMBURG_ONSITE = dict(remote_policy="onsite", location="Hamburg, Germany")
PARIS_HYBRID = dict(
    remote_policy="hybrid",
    location="Paris, France",
    offers=["Hybrid: three days a week at La Défense"],
)
PARIS_ONSITE = dict(remote_policy="onsite", location="Paris, France")
LYON_ONSITE = dict(remote_policy="onsite", location="Lyon, France")
EU_REMOTE = dict(remote_policy="remote", location="Remote (EU)")

PAST_LONDON_5 = dict(
    remote_policy="onsite", location="London, UK", salary_max=260_000, currency="GBP"
)
PAST_NY = dict(remote_policy="onsite", location="New York, NY, USA", currency="USD")
PAST_FRANKFURT = dict(remote_policy="onsite", location="Frankfurt am Main, Germany")

# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "a lawyer's letter demanding no further contact vs a lawyer's note on the non-compete",
        "finance",
        [
            CFO(
                "Bartholomew Ainsworth",
                0,
                touches=[
                    mail(
                        95,
                        "Dear Sirs, we act for Mr Ainsworth. Our client does not wish to be "
                        "approached by your firm again in any capacity. Please delete his "
                        "details and confirm in writing. Yours faithfully, Harbottle Crane LLP",
                    )
                ],
                excluded=True,
            ),
            CFO(
                "Leofric Tennyson-Blair",
                2,
                touches=[
                    mail(
                        95,
                        "Dear Sirs, we act for Mr Tennyson-Blair. Please direct any questions "
                        "about his restrictive covenants to this office; he remains happy to "
                        "hear about suitable CFO roles directly. Yours faithfully, Pemberton Rusk",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "an EA asks us to remove her principal vs an EA asks us to write to his own address",
        "manager",
        [
            CTO(
                "Cornelius Quarrendon",
                0,
                touches=[
                    ea(
                        60,
                        "Hello, I'm writing on behalf of Cornelius. He has asked me to let you "
                        "know he does not want to receive any further approaches from your firm, "
                        "please remove him from your records. Kind regards, Tabitha (EA to CTO)",
                    )
                ],
                excluded=True,
            ),
            CTO(
                "Peregrine Oduya",
                2,
                touches=[
                    ea(
                        60,
                        "Hello, writing for Peregrine - please stop routing search enquiries "
                        "through me and send them to his personal Gmail instead, he's "
                        "happy to hear from you there. Best, Marisol (EA to CTO)",
                    )
                ],
            ),
        ],
        **role(CTO_ROLE, LONDON_HYBRID),
    ),
    C(
        "LinkedIn 'never contact me' vs LinkedIn 'don't message me here, use email'",
        "sales",
        [
            CRO_US(
                "Dwight Kasprzak",
                0,
                touches=[
                    linkedin(
                        40,
                        "I've ignored three of these. Not interested, not now, not ever. Do not "
                        "contact me again.",
                    )
                ],
                excluded=True,
            ),
            CRO_US(
                "Marcus Villarrosca",
                2,
                touches=[
                    linkedin(
                        40,
                        "I barely check this inbox - don't message me here. Email "
                        "marcus.v@fastmail.com and I'll answer within the day.",
                    )
                ],
            ),
        ],
        **role(CRO_ROLE, NY_HYBRID),
    ),
    C(
        "partner marks DNC after a complaint vs partner notes no approaches for one client",
        "cs",
        [
            COO(
                "Gwendolyn Pryce-Jarvis",
                0,
                touches=[
                    research(
                        120,
                        "DNC. Complained to our MD about being approached twice in a week. Do "
                        "not contact under any circumstances - HM.",
                    )
                ],
                excluded=True,
            ),
            COO(
                "Imogen Fallowmere",
                2,
                touches=[
                    research(
                        120,
                        "Do not put IF forward to Halcyon Group again - bad blood with their "
                        "chair. Otherwise v open to COO/CCO conversations - HM.",
                    )
                ],
            ),
        ],
        **role(CCO_ROLE, LONDON_HYBRID),
    ),
    C(
        "German: no more enquiries at all vs no calls at the office, email is fine",
        "finance",
        [
            CFO_DE(
                "Reinhold Katzenberger",
                0,
                touches=[
                    mail(
                        75,
                        "Sehr geehrte Damen und Herren, bitte sehen Sie künftig von jeglichen "
                        "Anfragen ab und löschen Sie meine Daten. Mit freundlichen Grüßen, "
                        "R. Katzenberger",
                    )
                ],
                excluded=True,
            ),
            CFO_DE(
                "Ulrike Brennwaldt",
                2,
                touches=[
                    mail(
                        75,
                        "Bitte rufen Sie mich nicht mehr im Büro an - per E-Mail an meine "
                        "private Adresse bin ich aber gern für Gespräche offen.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, FRANKFURT_ONSITE),
    ),
    C(
        "French: stop contacting me vs stop the newsletter, keep the roles",
        "data_eng",
        [
            CDO_FR(
                "Gaspard Lemaître-Vidal",
                0,
                touches=[
                    mail(
                        50,
                        "Bonjour, je vous prie de ne plus me contacter, ni par mail ni par "
                        "téléphone. Merci de supprimer mes coordonnées de votre fichier.",
                    )
                ],
                excluded=True,
            ),
            CDO_FR(
                "Solène Marquevielle",
                2,
                touches=[
                    mail(
                        50,
                        "Bonjour, merci de me désabonner de votre lettre d'information "
                        "mensuelle. En revanche, les postes de CDO m'intéressent toujours.",
                    )
                ],
            ),
        ],
        **role(CDO_ROLE, PARIS_HYBRID),
    ),
    C(
        "GDPR erasure request vs a request to see what we hold",
        "sre",
        [
            CISO(
                "Ptolemy Garstowe",
                0,
                touches=[
                    mail(
                        30,
                        "Under Article 17 UK GDPR I am asking you to erase all personal data "
                        "you hold on me and to cease processing it. Please confirm completion.",
                    )
                ],
                excluded=True,
            ),
            CISO(
                "Rosalind Achterwick",
                2,
                touches=[
                    mail(
                        30,
                        "Out of professional curiosity (I'm a CISO after all) - could you send "
                        "me a copy of what you hold on me? Still keen to hear about roles.",
                    )
                ],
            ),
        ],
        **role(CISO_ROLE, LONDON_HYBRID),
    ),
    C(
        "'no thanks' reply to our outreach vs no PE-backed roles",
        "finance",
        [
            CFO(
                "Humphrey Oyelaran",
                0,
                touches=[
                    touch(25, "outbound", None, "re_engagement", channel="email"),
                    mail(22, "no thanks - Humphrey"),
                ],
                excluded=True,
            ),
            CFO(
                "Jemima Strathearn",
                2,
                touches=[
                    touch(25, "outbound", None, "re_engagement", channel="email"),
                    mail(
                        22,
                        "No thanks on the PE-backed ones, three years of a sponsor was enough. "
                        "Listed or family-owned, I'm all ears.",
                    ),
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, description="CFO of a family-owned food group."),
    ),
    C(
        "WhatsApp 'delete my number' vs WhatsApp 'not on this number from Friday'",
        "ml",
        [
            CAIO(
                "Lysander Mbatha",
                0,
                touches=[whatsapp(18, "who gave u this number. delete it and dont msg me again")],
                excluded=True,
            ),
            CAIO(
                "Perpetua Haldane",
                2,
                touches=[
                    whatsapp(
                        18,
                        "work phone goes back on fri so dont use this no. after that - "
                        "07700 900461 is mine, message me there re the VP role",
                    )
                ],
            ),
        ],
        **role(ML_ROLE, LONDON_HYBRID),
    ),
    C(
        "German LinkedIn: please no more messages vs feedback is still owed to her",
        "cs",
        [
            COO_DE(
                "Wiebke Lautenschläger",
                0,
                touches=[
                    linkedin(
                        45,
                        "Bitte schreiben Sie mir nicht mehr. Kein Interesse an einem Wechsel, "
                        "auch nicht in Zukunft.",
                    )
                ],
                excluded=True,
            ),
            COO_DE(
                "Henrike Vosskuhl",
                2,
                apps=[
                    lost_final(200, "Board went with internal cand", role="Chief Customer Officer")
                ],
                touches=[
                    linkedin(
                        45,
                        "Ich warte immer noch auf Feedback vom Aufsichtsrat nach dem Finale. "
                        "Bitte melden Sie sich - und gern auch mit neuen Mandaten.",
                    )
                ],
            ),
        ],
        **role(CCO_ROLE, HAMBURG_ONSITE),
    ),
    C(
        "partner call note: take me off your list vs no interim roles please",
        "manager",
        [
            CTO_US(
                "Everett Santangelo",
                0,
                touches=[
                    partner(
                        80,
                        "Rang ES re Boston CTO. Pretty curt - asked to be taken off our list "
                        "entirely and not to be called again. Logged as DNC.",
                    )
                ],
                excluded=True,
            ),
            CTO_US(
                "Cassius Whitford",
                2,
                touches=[
                    partner(
                        80,
                        "Rang CW re interim CTO gig. Doesn't want interim or fractional - take "
                        "him off the interim list. Perm CTO roles, call him any time.",
                    )
                ],
            ),
        ],
        **role(CTO_ROLE, BOSTON_HYBRID),
    ),
    C(
        "French EA: Madame ne souhaite plus être sollicitée vs only through the EA",
        "finance",
        [
            CFO_FR(
                "Héloïse Daubigny",
                0,
                touches=[
                    ea(
                        55,
                        "Bonjour, Madame Daubigny ne souhaite plus être sollicitée par votre "
                        "cabinet. Merci de retirer son nom de vos listes. Cordialement, "
                        "l'assistante de direction",
                    )
                ],
                excluded=True,
            ),
            CFO_FR(
                "Clémence Vautrin",
                2,
                touches=[
                    ea(
                        55,
                        "Bonjour, merci de ne plus appeler Madame Vautrin sur son portable : "
                        "passez par moi pour fixer un rendez-vous, elle est ouverte aux "
                        "échanges. Cordialement, son assistante",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, PARIS_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "six months' garden leave starting this month vs six months that ended in October",
        "finance",
        [
            CFO(
                "Ambrose Littlejohn",
                1,
                touches=[
                    partner(
                        date(2026, 11, 2),
                        "AL resigned Fri; 6m garden leave from today, can't start anywhere "
                        "till it's served. V interested in principle.",
                    )
                ],
            ),
            CFO(
                "Desmond Achebe-Hart",
                2,
                touches=[
                    partner(
                        date(2026, 4, 6),
                        "DAH resigned, 6m garden leave from today. Interested in CFO roles "
                        "once it's done.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "LTIP vests next March vs LTIP vested last March",
        "manager",
        [
            CTO(
                "Fitzgerald Obunweze",
                1,
                touches=[
                    met(
                        date(2026, 10, 14),
                        "Lunch w FO. Sizeable LTIP tranche vests in March - won't walk away "
                        "from it, so no move before then. Keen after.",
                    )
                ],
            ),
            CTO(
                "Quentin Harrowby",
                2,
                touches=[
                    met(
                        date(2025, 12, 3),
                        "Lunch w QH. LTIP tranche vests in March - won't move before it pays. "
                        "Keen after.",
                    )
                ],
            ),
        ],
        **role(CTO_ROLE, LONDON_HYBRID),
    ),
    C(
        "a 12-month non-compete from September vs one from last September",
        "sales",
        [
            CRO_US(
                "Thaddeus Kowaldrin",
                1,
                touches=[
                    mail(
                        date(2026, 9, 21),
                        "Left on Friday. I'm bound by a 12-month non-compete from my last day, "
                        "so I can't join a competitor or anyone adjacent until it lapses.",
                    )
                ],
            ),
            CRO_US(
                "Lorenzo Ashcombe",
                2,
                touches=[
                    mail(
                        date(2025, 9, 22),
                        "Left on Friday. There's a 12-month non-compete from my last day, so "
                        "nothing in our space until it lapses.",
                    )
                ],
            ),
        ],
        **role(CRO_ROLE, NY_HYBRID),
    ),
    C(
        "German: not before the AGM in May vs the AGM in May has been and gone",
        "finance",
        [
            CFO_DE(
                "Wolfram Eichenbrugg",
                1,
                (
                    "Vor der Hauptversammlung im Mai kommt ein Wechsel nicht in Frage, danach "
                    "gern.",
                    date(2026, 10, 27),
                ),
            ),
            CFO_DE(
                "Sieglinde Pfannenstiel",
                2,
                (
                    "Vor der Hauptversammlung im Mai kommt ein Wechsel nicht in Frage, danach "
                    "sehr gern.",
                    date(2026, 2, 9),
                ),
            ),
        ],
        **role(CFO_ROLE, FRANKFURT_ONSITE),
    ),
    C(
        "French: pas avant la rentrée 2027 vs la rentrée 2026 est passée",
        "data_eng",
        [
            CDO_FR(
                "Baptiste Rochefort",
                1,
                (
                    "Pas de changement avant la rentrée de septembre prochain : les enfants "
                    "finissent l'année scolaire à Lyon.",
                    date(2026, 11, 9),
                ),
            ),
            CDO_FR(
                "Apolline Desvignolles",
                2,
                (
                    "Pas de changement avant la rentrée de septembre : les enfants finissent "
                    "l'année scolaire à Lyon.",
                    date(2026, 3, 16),
                ),
            ),
        ],
        **role(CDO_ROLE, LYON_ONSITE),
    ),
    C(
        "deferred bonus paid in April vs deferred bonus already paid out",
        "finance",
        [
            CFO(
                "Hamish Drummond-Kerr",
                1,
                touches=[
                    linkedin(
                        date(2026, 11, 16),
                        "Thanks - the timing's wrong. Two years of deferred bonus pay out in "
                        "April and I'd forfeit it by resigning now. Spring onwards, definitely.",
                    )
                ],
            ),
            CFO(
                "Rufus Pengelly",
                2,
                touches=[
                    linkedin(
                        date(2026, 1, 12),
                        "Timing's wrong - deferred bonus pays out in April and I'd lose it by "
                        "resigning now. Spring onwards, definitely.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "EA: not until after Q1 close vs after Q1 close, said last winter",
        "finance",
        [
            CFO_US(
                "Winifred Castelmoor",
                1,
                touches=[
                    ea(
                        date(2026, 11, 4),
                        "Hi, Winifred asked me to reply: she can't take any calls until after "
                        "the Q1 close next year. She'd welcome a conversation in April.",
                    )
                ],
            ),
            CFO_US(
                "Ottoline Brasher",
                2,
                touches=[
                    ea(
                        date(2026, 1, 20),
                        "Hi, Ottoline asked me to reply: nothing until after the Q1 close. "
                        "She'd welcome a conversation in April.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, NY_HYBRID),
    ),
    C(
        "three months after a takeover completes in January vs a takeover that completed in May",
        "manager",
        [
            CTO_DE(
                "Florian Weisskopf",
                1,
                touches=[
                    partner(
                        date(2026, 11, 11),
                        "FW: deal closes mid-Jan, he's promised the acquirer 3 months of "
                        "integration after completion. Then free. Solid cand.",
                    )
                ],
            ),
            CTO_DE(
                "Matthias Grünhöfler",
                2,
                touches=[
                    partner(
                        date(2026, 3, 2),
                        "MG: deal closes in May, promised the acquirer 3 months of "
                        "integration after completion. Then free. Solid cand.",
                    )
                ],
            ),
        ],
        **role(CTO_ROLE, MUNICH_HYBRID),
    ),
    C(
        "'ping me after Easter' said this autumn vs said last winter",
        "cs",
        [
            COO(
                "Araminta Lowther",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 30), "mad busy with the restructure - ping me after easter x"
                    )
                ],
            ),
            COO(
                "Philippa Esterhuizen",
                2,
                touches=[
                    whatsapp(
                        date(2026, 2, 2), "mad busy with the restructure - ping me after easter x"
                    )
                ],
            ),
        ],
        **role(CCO_ROLE, LONDON_HYBRID),
    ),
    C(
        "sabbatical until the end of next summer vs a sabbatical that ended in the summer",
        "ml",
        [
            CAIO_DE(
                "Konstantin Hergesell",
                1,
                touches=[
                    mail(
                        date(2026, 9, 28),
                        "I'm taking a year out sailing with the family from October - back on "
                        "land and open to conversations at the end of next summer.",
                    )
                ],
            ),
            CAIO_DE(
                "Benedikt Oberländer",
                2,
                touches=[
                    mail(
                        date(2025, 9, 29),
                        "Taking ten months out with the family from October - back and open to "
                        "conversations in August.",
                    )
                ],
            ),
        ],
        **role(ML_ROLE, BERLIN_HYBRID),
    ),
    C(
        "board has asked her to stay through the IPO next spring vs through an IPO that happened",
        "sales",
        [
            CRO(
                "Georgiana Trelawney",
                1,
                touches=[
                    met(
                        date(2026, 11, 5),
                        "Coffee w GT. Board have asked her to see the IPO through - pencilled "
                        "for late spring. Won't leave before listing.",
                    )
                ],
            ),
            CRO(
                "Lavinia Summerskill",
                2,
                touches=[
                    met(
                        date(2025, 11, 10),
                        "Coffee w LS. Board asked her to see the IPO through - pencilled for "
                        "late spring. Won't leave before listing.",
                    )
                ],
            ),
        ],
        **role(CRO_ROLE, LONDON_HYBRID),
    ),
    C(
        "French: préavis de trois mois from November vs from last June",
        "finance",
        [
            CFO_FR(
                "Aurélien Castagnet",
                1,
                touches=[
                    partner(
                        date(2026, 11, 16),
                        "AC a démissionné aujourd'hui, préavis de trois mois - aucune prise de "
                        "poste possible avant.",
                    )
                ],
            ),
            CFO_FR(
                "Ségolène Barrault",
                2,
                touches=[
                    partner(
                        date(2026, 6, 1),
                        "SB a démissionné aujourd'hui, préavis de trois mois - aucune prise de "
                        "poste possible avant.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, PARIS_HYBRID),
    ),
    C(
        "a note full of dates asking for no wait vs a wait still running",
        "finance",
        [
            CFO(
                "Oswin Baptiste-Kerr",
                2,
                touches=[
                    partner(
                        date(2026, 11, 9),
                        "OBK: joined current co Mar 2019, CFO since Jan 2022, refinanced Jun "
                        "2024, sold the Benelux arm Oct 2025. Notice 1m. Available now and "
                        "actively looking - call him this week.",
                    )
                ],
            ),
            CFO(
                "Crispin Malhotra",
                1,
                touches=[
                    partner(
                        date(2026, 11, 9),
                        "CM: year-end audit sign-off end of March - not moving before then.",
                    )
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "an assistant's diary of dates that is no wait vs a six-month notice",
        "sre",
        [
            CISO(
                "Marguerite Okonkwo",
                2,
                touches=[
                    ea(
                        date(2026, 11, 12),
                        "Hello, Marguerite is free for a call on 26 Nov, 1 Dec or 3 Dec, and "
                        "travelling 8-12 Dec. She's keen to move quickly on the CISO brief.",
                    )
                ],
            ),
            CISO(
                "Tobias Fennistow",
                1,
                touches=[
                    ea(
                        date(2026, 11, 12),
                        "Hello, Tobias handed in his notice last week - six months - so he "
                        "couldn't start before May. Happy to talk about later starts.",
                    )
                ],
            ),
        ],
        **role(CISO_ROLE, LONDON_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract, commute -------------------------

SCHEDULE = [
    C(
        "four-day week wanted; this role offers it vs no stated wish",
        "cs",
        [
            COO(
                "Beatrix Holloway-Nunn",
                2,
                "Wants a four-day week - Fridays with her kids are non-negotiable",
            ),
            COO("Cordelia Ashdown", 1),
        ],
        **role(
            CCO_ROLE, LONDON_HYBRID, offers=["Four-day week (Mon-Thu)", "Three days in Mayfair"]
        ),
    ),
    C(
        "refuses weekend board calls across time zones vs fine with them",
        "finance",
        [
            CFO(
                "Eustace Mountjoy",
                0,
                touches=[
                    partner(
                        70,
                        (
                            "EM - won't do the Sunday-night board calls w Asia again, that's what "
                            "broke him at Halden. Hard no to anything with that rhythm."
                        ),
                    )
                ],
            ),
            CFO(
                "Lionel Fairbairn",
                2,
                touches=[
                    partner(
                        70,
                        "LF - Sunday board calls w Singapore are fine by him, done it for years.",
                    )
                ],
            ),
        ],
        **role(
            CFO_ROLE,
            LONDON_HYBRID,
            description=(
                "CFO of a group with its board in Singapore; board calls Sunday evenings UK time."
            ),
        ),
    ),
    C(
        "no 24/7 incident pager at this stage of life vs happy to hold the pager",
        "sre",
        [
            CISO_US(
                "Garrison Pettlebury",
                0,
                "Done with being on the 24/7 incident pager - no on-call rotas",
            ),
            CISO_US(
                "Delphine Okafor-Reyes",
                2,
                "Happy to sit on the exec on-call rota, it comes with the job",
            ),
        ],
        **role(CISO_ROLE, US_REMOTE, offers=["Exec on-call rota one week in four"]),
    ),
]

TRAVEL = [
    C(
        "no more weekly transatlantic flights; this role flies to NY monthly vs wants to travel",
        "sales",
        [
            CRO(
                "Sebastian Quarshie",
                0,
                touches=[
                    met(
                        40,
                        (
                            "SQ: spent 3 yrs on the BA red-eye to JFK every week. Will not take "
                            "another role with transatlantic travel, full stop."
                        ),
                    )
                ],
            ),
            CRO(
                "Aldous Penhaligon",
                2,
                touches=[met(40, "AP: misses the travel honestly, happy to be in NY every month.")],
            ),
        ],
        **role(CRO_ROLE, LONDON_HYBRID, offers=["Monthly week in New York with the US team"]),
    ),
    C(
        "no overnight stays since the baby vs no travel limits, role has overnights",
        "cs",
        [
            COO("Henrietta Blackwood", 0, "Since the baby, no overnight travel - day trips only"),
            COO("Rosamund Tiverton", 2, "Travel is fine, overnight or otherwise"),
        ],
        **role(
            CCO_ROLE, LONDON_HYBRID, offers=["Two nights a month at the Edinburgh and Dublin sites"]
        ),
    ),
    C(
        "refused travel at an old job that flew weekly; this role has none vs someone indifferent",
        "finance",
        [
            CFO(
                "Leopold Ravenscroft",
                2,
                touches=[
                    partner(
                        150,
                        (
                            "LR left Tarrow because it was Frankfurt every Monday. Wants a role "
                            "with basically no travel."
                        ),
                    )
                ],
            ),
            CFO("Aurelia Stanthwaite", 1),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, offers=["No regular travel - one UK site, one board"]),
    ),
    C(
        "German: max two travel days a month vs role with 50% travel",
        "manager",
        [
            CTO_DE(
                "Jörg Stellmacher",
                0,
                "Höchstens zwei Reisetage im Monat, mehr geht mit der Familie nicht",
            ),
            CTO_DE("Tilman Oberreuter", 2, "Reisen ist kein Problem, gern auch international"),
        ],
        **role(CTO_ROLE, MUNICH_HYBRID, offers=["Around 50% travel across our EU and US sites"]),
    ),
    C(
        "wants a global role with travel; this one travels vs wants none",
        "sales",
        [
            CRO_US(
                "Jasper Ekwueme", 2, "Wants a global remit with real travel - APAC, EMEA, the lot"
            ),
            CRO_US("Reginald Ostrelby", 0, "No travel beyond the odd day trip to Boston"),
        ],
        **role(CRO_ROLE, NY_HYBRID, offers=["Global remit, roughly a week a month on the road"]),
    ),
    C(
        "French: pas de déplacements à l'étranger vs aime voyager",
        "finance",
        [
            CFO_FR("Thibault Esquirol", 0, "Plus de déplacements à l'étranger, j'ai donné"),
            CFO_FR("Maëlle Quintard", 2, "Les déplacements ne me dérangent pas du tout"),
        ],
        **role(
            CFO_ROLE,
            PARIS_HYBRID,
            offers=["Déplacements réguliers en Asie (filiales de Singapour et Shanghai)"],
        ),
    ),
    C(
        "travel limit was about long-haul; this role is UK-only travel vs a no-UK-travel limit",
        "cs",
        [
            COO(
                "Millicent Ogunleye",
                2,
                "Won't do long-haul any more; trains around the UK are fine",
            ),
            COO(
                "Evangeline Harcombeley",
                0,
                "Won't travel at all - not even domestic, not even by train",
            ),
        ],
        **role(
            CCO_ROLE,
            MANCHESTER_HYBRID,
            offers=["Regular train trips to the Leeds, Glasgow and Bristol sites"],
        ),
    ),
    C(
        "researcher: travel objection was his wife's, not his vs his own objection",
        "manager",
        [
            CTO(
                "Barnaby Kettlewell",
                2,
                touches=[
                    research(
                        60,
                        (
                            "BK - wife isn't keen on him travelling but he says he's fine with it "
                            "and happy to go to the Austin office quarterly."
                        ),
                    )
                ],
            ),
            CTO(
                "Horatio Denholm",
                0,
                touches=[
                    research(60, "HD - says flatly he won't travel to the US, not even quarterly.")
                ],
            ),
        ],
        **role(CTO_ROLE, LONDON_HYBRID, offers=["Quarterly week at the Austin office"]),
    ),
    C(
        "NED: can give two days a month, no more vs the role needs two days",
        "finance",
        [
            NED("Sir Anselm Waverley", 2, "Can give a board two days a month, plus committee prep"),
            NED(
                "Dame Clarissa Hebden",
                0,
                "Can give one day a quarter at most - my portfolio is full",
            ),
        ],
        **role(
            NED_ROLE, LONDON_ONSITE, offers=["Around two days a month, eight board meetings a year"]
        ),
    ),
    C(
        "no weekly commute by plane from Edinburgh vs happy to fly down weekly",
        "data_eng",
        [
            CDO(
                "Fergus Lindqvist-Ross",
                0,
                "Won't do a weekly flight from Edinburgh to London again",
                location="Edinburgh, UK",
            ),
            CDO(
                "Isla Macaulay",
                2,
                "Happy to fly down to London every week, did it for five years",
                location="Edinburgh, UK",
            ),
        ],
        **role(CDO_ROLE, LONDON_ONSITE),
    ),
]

VISA = [
    C(
        "needs H-1B sponsorship; this role cannot sponsor vs a green card holder",
        "manager",
        [
            CTO_US(
                "Anirudh Venkataraman",
                0,
                "On an H-1B - would need the new employer to sponsor a transfer",
            ),
            CTO_US("Priyamvada Nair", 2, "Green card holder, no sponsorship needed - fyi"),
        ],
        **role(CTO_ROLE, BOSTON_HYBRID, offers=["We are unable to sponsor US work visas"]),
    ),
    C(
        "needs sponsorship; this role sponsors vs no need",
        "ml",
        [
            CAIO(
                "Tenzin Dorjee-Hall",
                2,
                touches=[
                    partner(
                        30,
                        (
                            "TDH - needs a Skilled Worker visa sponsored, current one tied to "
                            "employer."
                        ),
                    )
                ],
            ),
            CAIO("Ruairi Gallacher", 1),
        ],
        **role(
            ML_ROLE, LONDON_HYBRID, offers=["Visa sponsorship and relocation support available"]
        ),
    ),
    C(
        "UK ILR granted vs Graduate visa ending, no sponsor",
        "data_eng",
        [
            CDO(
                "Oluwaseun Adebayo-Clarke",
                2,
                touches=[
                    mail(
                        50,
                        (
                            "Good news - my ILR came through last month, so no visa questions any "
                            "more."
                        ),
                    )
                ],
            ),
            CDO(
                "Farhan Qureshi-Lowe",
                0,
                touches=[
                    mail(
                        50,
                        (
                            "My visa is tied to my current employer and I'd need a new sponsor to "
                            "move."
                        ),
                    )
                ],
            ),
        ],
        **role(CDO_ROLE, LONDON_HYBRID, offers=["Sorry, no visa sponsorship for this role"]),
    ),
    C(
        "German: needs a Blue Card, role in Germany sponsors vs EU citizen",
        "manager",
        [
            CTO_DE(
                "Rajesh Kulkarni-Weber",
                1,
                "Braucht eine Blaue Karte EU - aktuell noch in Indien",
                location="Bangalore, India",
            ),
            CTO_DE("Vikram Hoffmann", 2, "EU-Bürger, keine Arbeitserlaubnis nötig"),
        ],
        **role(CTO_ROLE, MUNICH_HYBRID, offers=["No visa sponsorship"]),
    ),
    C(
        "O-1 pending for a NY role vs US citizen",
        "sales",
        [
            CRO_US(
                "Ciarán Fitzmaurice",
                0,
                "Still waiting on the O-1 - can't legally work in the US until it's granted",
                location="Dublin, Ireland",
            ),
            CRO_US("Dominique LaRochelle", 2, "US citizen, based in Brooklyn"),
        ],
        **role(CRO_ROLE, NY_ONSITE, offers=["No sponsorship; must have US work authorisation"]),
    ),
    C(
        "spouse visa gives full right to work vs needs sponsoring",
        "finance",
        [
            CFO(
                "Mei-Ling Carrington",
                2,
                touches=[
                    research(
                        90,
                        "MLC: on a spouse visa, full right to work in UK, no sponsorship needed.",
                    )
                ],
            ),
            CFO(
                "Hiroshi Abernathy",
                0,
                touches=[
                    research(
                        90,
                        "HA: right to work ends with his current sponsor; would need sponsorship.",
                    )
                ],
            ),
        ],
        **role(
            CFO_ROLE,
            LONDON_HYBRID,
            offers=["Candidates must already have the right to work in the UK"],
        ),
    ),
    C(
        "a right-to-work note about her husband, not her vs her own sponsorship need",
        "cs",
        [
            COO(
                "Ngozi Whitlock",
                2,
                touches=[
                    partner(
                        45,
                        (
                            "NW - British citizen. It's her husband who'd need a dependant visa if "
                            "they moved to the US, not relevant for London."
                        ),
                    )
                ],
            ),
            COO(
                "Yuki Pemberton",
                0,
                touches=[
                    partner(
                        45,
                        (
                            "YP - her own Skilled Worker visa is tied to her employer; she'd need "
                            "sponsoring."
                        ),
                    )
                ],
            ),
        ],
        **role(CCO_ROLE, LONDON_HYBRID, offers=["No visa sponsorship"]),
    ),
    C(
        "French: titre de séjour à renouveler, sponsoring wanted; role sponsors vs EU national",
        "data_eng",
        [
            CDO_FR(
                "Karim Benslimane",
                2,
                (
                    "Mon titre de séjour est lié à mon employeur, il me faudrait un nouvel "
                    "employeur qui le prend en charge"
                ),
            ),
            CDO_FR("Lucien Marsac", 1),
        ],
        **role(
            CDO_ROLE,
            LYON_ONSITE,
            offers=["Accompagnement complet pour le titre de séjour et la relocalisation"],
        ),
    ),
    C(
        "TN-eligible Canadian vs needs H-1B lottery",
        "sre",
        [
            CISO_US(
                "Gordon MacIsaac",
                2,
                "Canadian - TN status, no lottery, can start quickly",
                location="Toronto, Canada",
            ),
            CISO_US(
                "Sandeep Raghuvendran",
                1,
                "Would need an H-1B via the lottery to join a US company",
                location="Toronto, Canada",
            ),
        ],
        **role(CISO_ROLE, US_REMOTE, offers=["TN and transfer support; no new H-1B petitions"]),
    ),
    C(
        "ILR application 'no issue with right to work' negation vs 'no right to work'",
        "ml",
        [
            CAIO("Adaeze Fontaine", 2, "No issue with right to work - British passport"),
            CAIO(
                "Matteo Bellingham",
                0,
                "No right to work in the UK yet, would need a sponsor",
                location="Milan, Italy",
            ),
        ],
        **role(ML_ROLE, LONDON_HYBRID, offers=["No sponsorship available"]),
    ),
]

CONTRACT = [
    C(
        "interim only vs permanent only, interim role",
        "finance",
        [
            CFO("Montague Ellery", 2, "Only doing interim CFO assignments now, 6-9 months"),
            CFO("Prudence Oakhampton", 0, "Permanent roles only, done with interim"),
        ],
        **role(
            CFO_ROLE,
            LONDON_HYBRID,
            title="Interim CFO (9 months)",
            offers=["Nine-month interim assignment"],
        ),
    ),
    C(
        "permanent only vs open to either, fixed-term maternity cover",
        "cs",
        [
            COO(
                "Philomena Starkey",
                0,
                touches=[
                    linkedin(
                        30, "Not interested in fixed-term or cover roles - permanent only please."
                    )
                ],
            ),
            COO(
                "Wilhelmina Brice",
                2,
                touches=[linkedin(30, "Perm or fixed-term, both fine if the remit is right.")],
            ),
        ],
        **role(CCO_ROLE, LONDON_HYBRID, title="Chief Customer Officer (12-month maternity cover)"),
    ),
    C(
        "fractional two days a week wanted vs full-time wanted, fractional role",
        "manager",
        [
            CTO("Cuthbert Ashworth", 2, "Wants a fractional CTO role, two days a week"),
            CTO("Ignatius Featherstone", 0, "Full-time only - not interested in fractional"),
        ],
        **role(CTO_ROLE, UK_REMOTE, title="Fractional CTO (2 days/week)"),
    ),
]

COMMUTE = [
    C(
        "Elizabeth line from Reading to Canary Wharf is fine vs won't go east of Farringdon",
        "finance",
        [
            CFO(
                "Valentine Osei-Bonsu",
                2,
                "Elizabeth line from Reading to Canary Wharf is an easy run",
                location="Reading, UK",
            ),
            CFO(
                "Ptolemy Blaxland",
                0,
                "Won't commute further east than Farringdon",
                location="Reading, UK",
            ),
        ],
        **role(CFO_ROLE, CANARY_HYBRID),
    ),
    C(
        "Avanti to Euston three days a week is too much vs happy on the train",
        "sales",
        [
            CRO(
                "Gideon Hartley-Moss",
                0,
                "Three days a week on the Avanti from Manchester to Euston is too much",
                location="Manchester, UK",
            ),
            CRO(
                "Rowan Etherington",
                2,
                "Happy on the train from Manchester to Euston, works on it",
                location="Manchester, UK",
            ),
        ],
        **role(CRO_ROLE, LONDON_HYBRID),
    ),
    C(
        "won't cross the Dartford crossing daily vs lives north of the river",
        "cs",
        [
            COO(
                "Sybil Marchbanks",
                0,
                "Will not do the Dartford crossing every day again",
                location="Sevenoaks, UK",
            ),
            COO(
                "Winston Achterberg",
                2,
                "Forty minutes to Thurrock is nothing",
                location="Chelmsford, UK",
            ),
        ],
        **role(CCO_ROLE, dict(remote_policy="onsite", location="Thurrock, Essex, UK")),
    ),
    C(
        "German: A8 to Stuttgart every day is out vs lives in Stuttgart",
        "finance",
        [
            CFO_DE(
                "Eberhard Zeilinger",
                0,
                "Täglich über die A8 nach Stuttgart pendeln mache ich nicht mehr",
                location="Munich, Germany",
            ),
            CFO_DE(
                "Gisela Rothmund",
                2,
                "Wohne in Stuttgart-Degerloch, zwanzig Minuten ins Zentrum",
                location="Stuttgart, Germany",
            ),
        ],
        **role(CFO_ROLE, STUTTGART_ONSITE),
    ),
    C(
        "French: RER B tous les jours, non vs lives in Paris",
        "finance",
        [
            CFO_FR(
                "Éloïse Charbonnel",
                0,
                "Plus jamais le RER B tous les jours depuis Massy",
                location="Massy, France",
            ),
            CFO_FR(
                "Grégoire Peyrefitte",
                2,
                "J'habite à Courbevoie, La Défense est à dix minutes à pied",
                location="Courbevoie, France",
            ),
        ],
        **role(CFO_ROLE, PARIS_ONSITE, location="Paris (La Défense), France"),
    ),
    C(
        "max 45 minutes door to door; role is 30 minutes away vs 90 minutes away",
        "data_eng",
        [
            CDO(
                "Imelda Thornbury",
                2,
                "Max 45 minutes door to door - Didsbury to the city centre is 25",
                location="Didsbury, Manchester, UK",
            ),
            CDO("Ambrose Pickardine", 0, "Max 45 minutes door to door", location="Sheffield, UK"),
        ],
        **role(CDO_ROLE, dict(remote_policy="onsite", location="Manchester, UK")),
    ),
    C(
        "New Jersey to Midtown by PATH is fine vs won't commute into Manhattan",
        "finance",
        [
            CFO_US(
                "Cornelia VanderMeer",
                2,
                "PATH from Hoboken to Midtown, 25 minutes, no problem",
                location="Hoboken, NJ, USA",
            ),
            CFO_US(
                "Bradford Okoye",
                0,
                "Not commuting into Manhattan ever again",
                location="Hoboken, NJ, USA",
            ),
        ],
        **role(CFO_ROLE, NY_ONSITE),
    ),
    C(
        "Severn bridge commute to Bristol fine vs too far",
        "manager",
        [
            CTO(
                "Rhodri Pugh-Ellison",
                2,
                "Bristol is 35 minutes over the Prince of Wales bridge, easy",
                location="Newport, Wales, UK",
            ),
            CTO(
                "Emrys Wynne-Jones",
                0,
                "Crossing the bridge to Bristol every day is too far for me",
                location="Newport, Wales, UK",
            ),
        ],
        **role(CTO_ROLE, dict(remote_policy="onsite", location="Bristol, UK")),
    ),
    C(
        "a commute limit only for five days; hybrid two days is fine vs hates any commute",
        "sre",
        [
            CISO(
                "Leander Cavendish",
                2,
                touches=[
                    partner(
                        80,
                        (
                            "LC - Brighton to London five days was the killer. Two days a week on "
                            "the Thameslink he'd happily do."
                        ),
                    )
                ],
                location="Brighton, UK",
            ),
            CISO(
                "Tristram Ellwood",
                0,
                touches=[
                    partner(
                        80,
                        "TE - won't do the Thameslink up to London at all, not even once a week.",
                    )
                ],
                location="Brighton, UK",
            ),
        ],
        **role(
            CISO_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Two days a week in London Bridge"],
            ),
        ),
    ),
    C(
        "Boston: the Pike from Worcester is fine twice a week vs not",
        "manager",
        [
            CTO_US(
                "Josiah Pendergast",
                2,
                "Twice a week on the Pike from Worcester is fine",
                location="Worcester, MA, USA",
            ),
            CTO_US(
                "Ezekiel Marchetti",
                0,
                "Not doing the Pike into Boston any more",
                location="Worcester, MA, USA",
            ),
        ],
        **role(CTO_ROLE, BOSTON_HYBRID),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "floor £280k base vs band tops at £240k; someone fine at £220k",
        "finance",
        [
            CFO("Augustus Penrose", 0, "Floor is £280k base, not moving for less"),
            CFO(
                "Horace Bellingrove",
                2,
                "Currently on £210k; would move for £220k plus a proper LTIP",
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, salary_min=200_000, salary_max=240_000, currency="GBP"),
    ),
    C(
        "current pay above the band but a lower ask vs an ask above the band",
        "sales",
        [
            CRO_US(
                "Nathaniel Ashby-Rourke",
                2,
                touches=[
                    partner(
                        40,
                        (
                            "NAR on $420k base today but would take $350k for the equity story "
                            "here - said so twice."
                        ),
                    )
                ],
            ),
            CRO_US(
                "Clifford Dunmore",
                0,
                touches=[partner(40, "CD won't look at anything under $450k base.")],
            ),
        ],
        **role(CRO_ROLE, NY_HYBRID, salary_min=320_000, salary_max=360_000, currency="USD"),
    ),
    C(
        "German: mindestens 250k Fixum vs band 280-320k",
        "finance",
        [
            CFO_DE("Dietrich Hollweg", 2, "Mindestens 250.000 Euro Fixgehalt"),
            CFO_DE("Annegret Saalfeld", 0, "Unter 400.000 Euro Fixum wechsle ich nicht"),
        ],
        **role(CFO_ROLE, FRANKFURT_ONSITE, salary_min=280_000, salary_max=320_000, currency="EUR"),
    ),
    C(
        "interim day rate £1,800 vs rate offered £1,500; another at £1,400",
        "finance",
        [
            CFO("Septimus Wragg", 0, "Interim only at £1,800 a day or more"),
            CFO("Evadne Lockhart", 2, "Interim day rate around £1,400"),
        ],
        **role(
            CFO_ROLE, LONDON_HYBRID, title="Interim CFO", offers=["£1,500 per day, nine months"]
        ),
    ),
    C(
        "NED fee ask £90k vs fee £60k; another happy at £55k",
        "finance",
        [
            NED("Lady Araminta Vesey", 0, "Won't join a board for less than £90k a year"),
            NED(
                "Sir Gervase Tolley",
                2,
                "NED fees around £55k are fine, it's the company that matters",
            ),
        ],
        **role(
            NED_ROLE,
            LONDON_ONSITE,
            offers=["Fee £60,000 a year"],
            salary_min=60_000,
            salary_max=60_000,
            currency="GBP",
        ),
    ),
    C(
        "French: veut 220k€ fixe; band 180-200k vs 170k€",
        "data_eng",
        [
            CDO_FR("Hippolyte Garnevaux", 0, "Pas en dessous de 220 k€ fixe"),
            CDO_FR("Capucine Lebreton", 2, "Vise autour de 170 k€ fixe plus variable"),
        ],
        **role(CDO_ROLE, PARIS_HYBRID, salary_min=180_000, salary_max=200_000, currency="EUR"),
    ),
]

# --- 5. work mode and negation --------------------------------------------------------------

WORK_MODE = [
    C(
        "remote only; 'remote' only in the title vs wants an office",
        "manager",
        [
            CTO(
                "Jethro Ballantyne",
                2,
                "Fully remote only - lives on the Isle of Skye",
                location="Isle of Skye, UK",
            ),
            CTO("Marmaduke Fell", 0, "Needs an office to go to, hates working from home"),
        ],
        **role(
            CTO_ROLE, dict(location="United Kingdom"), title="Chief Technology Officer (Remote, UK)"
        ),
    ),
    C(
        "remote only; office days said only in the description vs office lover",
        "data_eng",
        [
            CDO("Anastasia Worrall", 0, "Remote only, won't do office days"),
            CDO("Ottilie Grimshaw", 2, "Wants to be in an office most days"),
        ],
        **role(
            CDO_ROLE,
            dict(location="London, UK"),
            description=(
                "Own the group data platform. The role is based in our Holborn office "
                "four days a week."
            ),
        ),
    ),
    C(
        "max two office days; hybrid three vs max three",
        "sales",
        [
            CRO("Percival Huxtable", 0, "Two office days a week maximum"),
            CRO("Vivienne Ackroyd", 2, "Three days in the office is my sweet spot"),
        ],
        **role(CRO_ROLE, LONDON_HYBRID),
    ),
    C(
        "German: nur remote vs vor Ort gewünscht, remote role",
        "ml",
        [
            CAIO_DE("Lennart Vogelsteder", 2, "Nur noch remote, kein Büro mehr"),
            CAIO_DE("Ottokar Brüggemann", 0, "Möchte jeden Tag im Büro mit dem Team sein"),
        ],
        **role(ML_ROLE, EU_REMOTE),
    ),
    C(
        "French: full remote exigé vs présentiel, onsite Paris",
        "finance",
        [
            CFO_FR("Anatole Bessière", 0, "Uniquement en full remote"),
            CFO_FR("Bérénice Fauconnier", 2, "Préfère le présentiel, cinq jours au bureau"),
        ],
        **role(CFO_ROLE, PARIS_ONSITE),
    ),
]

NEGATIONS = [
    C(
        "'not against three days in London' vs 'against any office days'",
        "cs",
        [
            COO("Clementine Rushworth", 2, "Not against three days in London at all"),
            COO("Hermione Brackenbury", 0, "Against any office days - remote only"),
        ],
        **role(CCO_ROLE, LONDON_HYBRID),
    ),
    C(
        "'the office wasn't the issue, the travel was' vs 'the office was the issue'",
        "finance",
        [
            CFO(
                "Jolyon Featherby",
                2,
                apps=[
                    withdrew(
                        220,
                        "other",
                        "The office wasn't the issue, the travel was - Asia every month",
                        past=PAST_LONDON_5,
                    )
                ],
            ),
            CFO(
                "Fenella Grayling",
                0,
                apps=[
                    withdrew(
                        220,
                        "remote_policy",
                        "The travel wasn't the issue, the five office days were",
                        past=PAST_LONDON_5,
                    )
                ],
            ),
        ],
        **role(
            CFO_ROLE,
            LONDON_ONSITE,
            offers=["Five days in the St James's office", "No regular travel"],
        ),
    ),
    C(
        "'no problem with a PE sponsor' vs 'no PE sponsor'",
        "finance",
        [
            CFO_US("Kingsley Abara", 2, "No problem with a PE sponsor - did two buyouts already"),
            CFO_US("Lucinda Farrowdene", 0, "No PE sponsor, ever again"),
        ],
        **role(
            CFO_ROLE, NY_HYBRID, offers=["PE-backed (mid-market buyout fund), exit in 3-5 years"]
        ),
    ),
]

# --- 6. location and relocation, level, stage and size, industry and mission, technology ----

LOCATIONS = [
    C(
        "relocating the family to NY next summer is wanted vs won't move the kids",
        "finance",
        [
            CFO(
                "Alistair Montgomerie",
                2,
                "Family keen to relocate to New York - wife's firm is moving her there",
            ),
            CFO(
                "Godfrey Pennington",
                0,
                "Won't relocate abroad while the kids are at school in Surrey",
            ),
        ],
        **role(CFO_ROLE, NY_ONSITE, offers=["Full family relocation package to New York"]),
    ),
    C(
        "moving back to Germany vs rooted in London, Munich role",
        "manager",
        [
            CTO("Friedrich Ansbacher", 2, "Moving back home to Bavaria with the family next year"),
            CTO("Clarence Dewhurst", 0, "Rooted in London, no relocation"),
        ],
        **role(CTO_ROLE, MUNICH_HYBRID),
    ),
    C(
        "French: prêt à s'installer à Lyon vs refuse de quitter Paris",
        "data_eng",
        [
            CDO_FR(
                "Séraphin Dutertre",
                2,
                "Prêt à m'installer à Lyon avec ma famille",
                location="Paris, France",
            ),
            CDO_FR(
                "Gaëtan Rivoire", 0, "Hors de question de quitter Paris", location="Paris, France"
            ),
        ],
        **role(CDO_ROLE, LYON_ONSITE),
    ),
    C(
        "husband's transfer she isn't following vs her own move to Hamburg",
        "cs",
        [
            COO_DE(
                "Friederike Albers",
                2,
                touches=[
                    partner(
                        60, "FA is relocating to Hamburg herself in the spring - wants roles there."
                    )
                ],
                location="Cologne, Germany",
            ),
            COO_DE(
                "Katharina Rieswick",
                0,
                touches=[
                    partner(
                        60,
                        (
                            "KR's husband got a Hamburg transfer but she's staying in Cologne with "
                            "the kids, no move."
                        ),
                    )
                ],
                location="Cologne, Germany",
            ),
        ],
        **role(CCO_ROLE, HAMBURG_ONSITE),
    ),
]

LEVEL = [
    C(
        "wants to run a function vs wants to stay hands-on, CTO role",
        "manager",
        [
            CTO_FR("Anselme Poirier", 2, "Veut diriger toute une organisation tech, plus coder"),
            CTO_FR("Romain Vasseur", 0, "Wants to stay hands-on and write code, no org of 150"),
        ],
        **role(CTO_ROLE, PARIS_HYBRID),
    ),
    C(
        "wants a first C-suite seat vs wants to step back from management",
        "ml",
        [
            CAIO("Mirabel Okonjo", 2, "Ready to lead a whole ML organisation"),
            CAIO(
                "Thaddeus Grove",
                0,
                "Wants to step back from managing people and be a principal scientist",
            ),
        ],
        **role(ML_ROLE, LONDON_HYBRID, offers=["Lead a 40-person ML organisation"]),
    ),
    C(
        "wants a chair role, not another audit chair vs wants audit chair",
        "finance",
        [
            NED(
                "Sir Ewart Lumley", 0, "Done chairing audit committees - only board chair roles now"
            ),
            NED("Dame Honoria Selwyn", 2, "Would love another audit committee chair"),
        ],
        **role(NED_ROLE, LONDON_ONSITE),
    ),
]

STAGE_SIZE = [
    C(
        "wants a listed plc vs wants early-stage, FTSE 250 role",
        "finance",
        [
            CFO("Bertram Houlihan", 2, "Wants a listed plc CFO seat"),
            CFO(
                "Ophelia Kinsella", 0, "Only early-stage, venture-backed companies under 100 people"
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, offers=["FTSE 250 listed group, 9,000 employees"]),
    ),
    C(
        "wants a family-owned Mittelstand firm vs wants a start-up, Mittelstand role",
        "finance",
        [
            CFO_DE("Hartmut Liebenau", 2, "Sucht ein familiengeführtes Mittelstandsunternehmen"),
            CFO_DE("Jannik Sellmer", 0, "Nur noch Start-ups, kein Konzern und kein Mittelstand"),
        ],
        **role(
            CFO_ROLE,
            STUTTGART_ONSITE,
            offers=["Family-owned Mittelstand manufacturer, 1,200 staff"],
        ),
    ),
    C(
        "pre-IPO wanted vs after a layoff, wants a large stable company, pre-IPO role",
        "sales",
        [
            CRO_US("Thornton Ebersole", 2, "Wants one more pre-IPO run"),
            CRO_US(
                "Maribel Quintavera",
                0,
                "Only large, established, profitable companies now - no pre-IPO",
            ),
        ],
        **role(CRO_ROLE, NY_HYBRID, offers=["Series E, preparing for IPO"]),
    ),
]

MISSION = [
    C(
        "refuses defence vs fine with defence, defence role",
        "sre",
        [
            CISO("Ignatia Wolstenholme", 0, "Won't work in defence or weapons"),
            CISO("Rutherford Blayney", 2, "Wants to work on national security and defence"),
        ],
        **role(
            CISO_ROLE, LONDON_ONSITE, description="CISO for a defence electronics prime contractor."
        ),
    ),
    C(
        "refuses tobacco vs indifferent, tobacco role",
        "finance",
        [
            CFO(
                "Persephone Aldridge",
                0,
                touches=[partner(90, "PA - no tobacco, no vaping, not at any price.")],
            ),
            CFO("Lancelot Whitcombe", 1),
        ],
        **role(
            CFO_ROLE, LONDON_HYBRID, description="CFO of a tobacco and nicotine products group."
        ),
    ),
    C(
        "wants healthcare mission vs wants adtech, healthcare role",
        "data_eng",
        [
            CDO("Seraphina Oyelowo", 2, "Wants her data work to improve patient outcomes"),
            CDO("Dorian Blakemore", 1, "Wants to stay in adtech"),
        ],
        **role(
            CDO_ROLE,
            LONDON_HYBRID,
            description=(
                "Chief Data Officer for an NHS diagnostics provider: earlier cancer detection."
            ),
        ),
    ),
    C(
        "refuses gambling; the role is sports media, not betting vs refuses sports",
        "ml",
        [
            CAIO("Caspian Hendry", 2, "Refuses gambling - but sports and media are fine"),
            CAIO("Ottoline Garrick", 0, "No sports companies at all"),
        ],
        **role(
            ML_ROLE,
            LONDON_HYBRID,
            description="Lead ML for a sports streaming and media platform (no betting).",
        ),
    ),
    C(
        "refuses oil and gas vs wants energy transition, offshore wind role",
        "finance",
        [
            CFO_DE("Helmut Stallbaum", 2, "Keine Öl- und Gasindustrie, gern erneuerbare Energien"),
            CFO_DE("Gunther Rasmussen", 1),
        ],
        **role(CFO_ROLE, HAMBURG_ONSITE, description="CFO of an offshore wind developer."),
    ),
    C(
        "refuses oil and gas; role is upstream oil vs no objection",
        "finance",
        [
            CFO("Ellington Crowther", 0, "Won't work for oil and gas"),
            CFO("Marchmont Kyle", 2, "Energy sector, any kind, is where he wants to be"),
        ],
        **role(
            CFO_ROLE,
            dict(remote_policy="onsite", location="Aberdeen, UK"),
            description="CFO of an upstream North Sea oil producer.",
        ),
    ),
    C(
        "wants climate, French vs wants luxury, climate role",
        "data_eng",
        [
            CDO_FR("Marius Duchêne", 2, "Veut travailler pour la transition écologique"),
            CDO_FR("Blanche Delorme", 1, "Aime le luxe et la mode"),
        ],
        **role(
            CDO_ROLE,
            PARIS_HYBRID,
            description=(
                "Chief Data Officer d'une scale-up de rénovation énergétique des bâtiments."
            ),
        ),
    ),
    C(
        "refuses crypto vs wants crypto, crypto exchange role",
        "sre",
        [
            CISO_US(
                "Barrington Lutz",
                0,
                touches=[linkedin(30, "Appreciate it but I don't touch crypto. Nothing personal.")],
            ),
            CISO_US(
                "Juniper Castellory",
                2,
                touches=[linkedin(30, "Crypto security is exactly where I want to be next.")],
            ),
        ],
        **role(CISO_ROLE, US_REMOTE, description="CISO of a regulated crypto exchange."),
    ),
    C(
        "refused fast fashion; role is luxury vs refuses all retail",
        "cs",
        [
            COO("Eulalia Penrose-Hart", 2, "Won't work in fast fashion; luxury is fine"),
            COO("Morwenna Treloar", 0, "No retail of any kind"),
        ],
        **role(
            CCO_ROLE,
            LONDON_HYBRID,
            description="Chief Customer Officer for a British luxury leather goods house.",
        ),
    ),
    C(
        "German: keine Rüstung vs Rüstung ok; role is medical devices",
        "manager",
        [
            CTO_DE("Wendelin Schaumann", 2, "Keine Rüstungsindustrie - Medizintechnik wäre ideal"),
            CTO_DE("Rüdiger Alsfeld", 1, "Rüstung ist für mich kein Problem"),
        ],
        **role(
            CTO_ROLE,
            MUNICH_HYBRID,
            description="CTO of a medical devices company (surgical robotics).",
        ),
    ),
]

TECH = [
    C(
        "refuses Azure vs wants GCP, GCP role",
        "sre",
        [
            CISO("Alaric Bramwell", 2, "Wants to stay on GCP, never Azure"),
            CISO("Quintus Hale", 0, "Only wants Azure estates"),
        ],
        **role(CISO_ROLE, LONDON_HYBRID, offers=["GCP-only estate"]),
    ),
    C(
        "wants to get off Snowflake vs wants Snowflake, Snowflake role",
        "data_eng",
        [
            CDO("Benedict Farrow", 0, "Wants to move off Snowflake to Databricks"),
            CDO("Leonie Ashgrove", 2, "Wants to keep building on Snowflake and dbt"),
        ],
        **role(CDO_ROLE, LONDON_HYBRID, offers=["Snowflake and dbt platform"]),
    ),
]

# --- 7. last time's reason, the history with us, the latest process -------------------------

LAST_TIME = [
    C(
        "declined over pay; new band is higher vs a silver medalist",
        "finance",
        [
            CFO(
                "Roderick Ashburnham",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Wanted £300k base, band stopped at £260k",
                        past=PAST_LONDON_5,
                    )
                ],
            ),
            CFO("Theobald Kirkland", 1),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, salary_min=290_000, salary_max=330_000, currency="GBP"),
    ),
    C(
        "declined over pay; this band is the same vs no history",
        "finance",
        [
            CFO(
                "Adelbert Cromwell",
                0,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Asked £300k base; they capped at £260k",
                        past=PAST_LONDON_5,
                    )
                ],
            ),
            CFO("Linus Wetherell", 2),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, salary_min=230_000, salary_max=260_000, currency="GBP"),
    ),
    C(
        "withdrew over five office days; this role is remote vs no history",
        "manager",
        [
            CTO(
                "Evander Thistlewood",
                2,
                apps=[
                    withdrew(
                        200,
                        "remote_policy",
                        "Pulled out - five days in the City was a deal-breaker",
                        past=PAST_LONDON_5,
                        role="CTO",
                    )
                ],
            ),
            CTO("Caractacus Webb", 1),
        ],
        **role(CTO_ROLE, UK_REMOTE),
    ),
    C(
        "withdrew over five office days; this role is five days again vs no history",
        "manager",
        [
            CTO(
                "Aurelius Dunstan",
                0,
                apps=[
                    withdrew(
                        200,
                        "remote_policy",
                        "Pulled out - five days in the City was a deal-breaker",
                        past=PAST_LONDON_5,
                        role="CTO",
                    )
                ],
            ),
            CTO("Barnabas Ellery", 2),
        ],
        **role(CTO_ROLE, LONDON_ONSITE, offers=["Five days a week in the City office"]),
    ),
    C(
        "declined: wouldn't relocate to Frankfurt; now lives there vs still won't",
        "finance",
        [
            CFO_DE(
                "Konrad Eschbach",
                2,
                apps=[
                    declined(
                        330,
                        "location",
                        "Would not relocate to Frankfurt at the time",
                        past=PAST_FRANKFURT,
                    )
                ],
                touches=[partner(40, "KE moved to Frankfurt in the summer for his wife's job.")],
                location="Frankfurt am Main, Germany",
            ),
            CFO_DE(
                "Jost Lindemann",
                0,
                apps=[
                    declined(
                        330, "location", "Would not relocate to Frankfurt", past=PAST_FRANKFURT
                    )
                ],
                touches=[partner(40, "JL still firmly in Hamburg, won't move.")],
                location="Hamburg, Germany",
            ),
        ],
        **role(CFO_ROLE, FRANKFURT_ONSITE),
    ),
    C(
        "lost out over sponsorship; now has a green card vs still needs sponsorship",
        "sales",
        [
            CRO_US(
                "Rohan Dasgupta",
                2,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Client could not sponsor his H-1B transfer",
                        past=PAST_NY,
                        role="CRO",
                    )
                ],
                touches=[mail(30, "Green card finally approved in October!")],
            ),
            CRO_US(
                "Arjun Malhotra-Singh",
                0,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Client could not sponsor his H-1B transfer",
                        past=PAST_NY,
                        role="CRO",
                    )
                ],
                touches=[mail(30, "Still on the H-1B, would still need a transfer.")],
            ),
        ],
        **role(CRO_ROLE, NY_ONSITE, offers=["No visa sponsorship"]),
    ),
    C(
        "declined over travel; this role has none vs declined over the sector",
        "cs",
        [
            COO(
                "Marigold Ashenthorpe",
                2,
                apps=[
                    declined(
                        210,
                        "other",
                        "Turned down offer - 40% travel across Asia, young family",
                        role="COO",
                    )
                ],
            ),
            COO(
                "Clarimond Vance",
                0,
                apps=[
                    declined(
                        210,
                        "not_interested",
                        "Turned down - doesn't want to work in gambling",
                        role="COO",
                    )
                ],
            ),
        ],
        **role(
            CCO_ROLE,
            LONDON_HYBRID,
            description="Chief Customer Officer for an online gaming and betting operator.",
            offers=["No regular travel"],
        ),
    ),
    C(
        "PE-backed refused last time; this one is family-owned vs PE refusal, PE role",
        "finance",
        [
            CFO_US(
                "Sterling Abernolde",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Declined: didn't want another PE sponsor and a 3-year exit clock",
                        role="CFO",
                    )
                ],
            ),
            CFO_US(
                "Wardell Finch",
                0,
                apps=[
                    declined(
                        260,
                        "other",
                        "Declined: didn't want another PE sponsor and a 3-year exit clock",
                        role="CFO",
                    )
                ],
            ),
        ],
        **role(
            CFO_ROLE, NY_HYBRID, offers=["Family-owned for four generations, no outside investors"]
        ),
    ),
    C(
        "declined a counter-offer last time, now left that employer vs still there",
        "data_eng",
        [
            CDO(
                "Eleanor Whitmarsh",
                2,
                apps=[
                    declined(240, "counteroffer", "Took the counter-offer from Aviva", role="CDO")
                ],
                touches=[
                    linkedin(
                        20,
                        (
                            "Left Aviva in September - the counter-offer promises never landed. "
                            "Free now."
                        ),
                    )
                ],
            ),
            CDO(
                "Cressida Vaughtrey",
                1,
                apps=[declined(240, "counteroffer", "Took the counter-offer - noted", role="CDO")],
            ),
        ],
        **role(CDO_ROLE, LONDON_HYBRID),
    ),
    C(
        "lost a NED seat to a sitting CFO; this board wants exactly her profile vs no history",
        "finance",
        [
            NED(
                "Dame Perpetua Lisle",
                2,
                apps=[
                    lost_final(150, "Board preferred a serving CFO for the audit chair", role="NED")
                ],
                touches=[
                    partner(
                        30,
                        (
                            "DPL stepped down from CFO role this year - now full portfolio, "
                            "'recent and relevant' still holds."
                        ),
                    )
                ],
            ),
            NED("Sir Lucius Trentham", 1),
        ],
        **role(NED_ROLE, LONDON_ONSITE),
    ),
]

HISTORY = [
    C(
        "behaved badly with a client's chair vs a silver medalist",
        "finance",
        [
            CFO(
                "Mortimer Blackenhurst",
                0,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "conduct",
                        (
                            "Rude to the client's chair and our researcher; client asked us not to "
                            "present him again"
                        ),
                        role="CFO",
                    )
                ],
            ),
            CFO(
                "Tarquin Bellamy",
                2,
                apps=[lost_final(300, "Board split, went with the other finalist")],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "no-showed the board interview vs lost narrowly at the board",
        "manager",
        [
            CTO_US(
                "Darian Whitlock",
                0,
                apps=[
                    app(
                        180,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the board dinner, no word",
                        role="CTO",
                    )
                ],
            ),
            CTO_US(
                "Leland Ashcroft", 2, apps=[lost_final(180, "Close second - noted", role="CTO")]
            ),
        ],
        **role(CTO_ROLE, BOSTON_HYBRID),
    ),
]

PROCESS = [
    C(
        "final with the board last spring vs a first call with a researcher",
        "sales",
        [
            CRO(
                "Genevieve Aldersey",
                2,
                apps=[
                    lost_final(200, "Final with the board, lost to the internal cand", role="CRO")
                ],
            ),
            CRO(
                "Priscilla Hartnell",
                1,
                apps=[
                    app(
                        200,
                        "screen",
                        "rejected",
                        "other_candidate",
                        "Researcher call only",
                        role="CRO",
                    )
                ],
            ),
        ],
        **role(CRO_ROLE, LONDON_HYBRID),
    ),
    C(
        "latest process: placed by us elsewhere ten weeks ago vs final lost",
        "finance",
        [
            CFO(
                "Ashby Lowndes",
                0,
                apps=[app(70, "offer", "hired", None, "Placed as CFO at Corvan plc", role="CFO")],
            ),
            CFO("Fabian Moorcroft", 2, apps=[lost_final(200)]),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "remote only, then happy with three days in London vs office days, then remote only",
        "manager",
        [
            CTO(
                "Archibald Frobisher",
                2,
                touches=[
                    linkedin(300, "Remote only for me these days."),
                    partner(
                        40,
                        (
                            "AF changed tune - now fine with three days in Mayfair, wants the team "
                            "contact."
                        ),
                    ),
                ],
            ),
            CTO(
                "Lysander Pocklethwaite",
                0,
                touches=[
                    partner(300, "LP happy with 3 days in the office."),
                    mail(40, "Update: we've moved to Cornwall. It's fully remote or nothing now."),
                ],
            ),
        ],
        **role(CTO_ROLE, LONDON_HYBRID),
    ),
    C(
        "opt-out then taken back vs keen then opted out",
        "finance",
        [
            CFO(
                "Barnaby Oyelowo",
                2,
                touches=[
                    mail(400, "Please don't contact me again. Thanks."),
                    linkedin(
                        30,
                        (
                            "I know I told you to stop writing last year - circumstances have "
                            "changed, I'd like to hear about CFO roles."
                        ),
                    ),
                ],
            ),
            CFO(
                "Cecily Ambrose",
                0,
                touches=[
                    linkedin(400, "Yes, keep me posted on CFO roles."),
                    mail(30, "Please remove me from your database and don't contact me again."),
                ],
                excluded=True,
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID),
    ),
    C(
        "won't relocate, then will, then won't again vs won't, then will",
        "finance",
        [
            CFO_US(
                "Winthrop Calloway",
                0,
                touches=[
                    partner(400, "WC won't leave Chicago."),
                    partner(200, "WC now open to NY - kids finishing school."),
                    mail(
                        20,
                        (
                            "Sorry to flip-flop - my daughter's deferred college, we're staying in "
                            "Chicago after all."
                        ),
                    ),
                ],
                location="Chicago, IL, USA",
            ),
            CFO_US(
                "Prescott Hargreave",
                2,
                touches=[
                    partner(400, "PH won't leave Chicago."),
                    mail(20, "Kids have left home - we're ready to move to New York."),
                ],
                location="Chicago, IL, USA",
            ),
        ],
        **role(CFO_ROLE, NY_ONSITE),
    ),
    C(
        "German: zuerst kein Interesse an Reisen, dann doch vs the reverse",
        "manager",
        [
            CTO_DE(
                "Heiko Brennecke",
                2,
                "Keine Reisen möglich",
                touches=[
                    mail(
                        25,
                        (
                            "Kleine Korrektur: Reisen ist inzwischen kein Problem mehr, die Kinder "
                            "sind aus dem Haus."
                        ),
                    )
                ],
            ),
            CTO_DE(
                "Arnulf Stroebel",
                0,
                "Reisen ist kein Problem",
                touches=[
                    mail(
                        25,
                        (
                            "Korrektur: Ich kann leider doch keine Reisen mehr machen, meine "
                            "Mutter braucht Pflege."
                        ),
                    )
                ],
            ),
        ],
        **role(CTO_ROLE, MUNICH_HYBRID, offers=["About one week a month at the US sites"]),
    ),
    C(
        "pay ask lowered after the layoff vs raised after a promotion",
        "sales",
        [
            CRO(
                "Fenwick Aldous",
                2,
                touches=[
                    partner(300, "FA floor £260k base."),
                    partner(30, "FA after the layoff - would take £200k, wants back in."),
                ],
            ),
            CRO(
                "Galahad Percy",
                0,
                touches=[
                    partner(300, "GP would do £200k."),
                    linkedin(30, "Promoted in the summer - I'd now need £280k base to move."),
                ],
            ),
        ],
        **role(CRO_ROLE, LONDON_HYBRID, salary_min=190_000, salary_max=220_000, currency="GBP"),
    ),
    C(
        "French: refuses defence, then open to it vs the reverse",
        "sre",
        [
            CISO(
                "Aymeric Lavalette",
                2,
                touches=[
                    mail(350, "Pas de défense, merci."),
                    mail(
                        30,
                        (
                            "J'ai changé d'avis : la cybersécurité pour la défense m'intéresse "
                            "désormais."
                        ),
                    ),
                ],
            ),
            CISO(
                "Sidonie Carrère",
                0,
                touches=[
                    mail(350, "La défense me va très bien."),
                    mail(30, "Finalement, plus de défense pour moi - question de conscience."),
                ],
            ),
        ],
        **role(CISO_ROLE, LONDON_ONSITE, description="CISO for a defence systems integrator."),
    ),
    C(
        "interim only, then perm wanted vs perm, then interim only",
        "finance",
        [
            CFO(
                "Tobias Warrender",
                2,
                touches=[
                    research(300, "TW interim only."),
                    met(35, "TW now wants a permanent seat, bored of 9-month gigs."),
                ],
            ),
            CFO(
                "Cyprian Ellacott",
                0,
                touches=[
                    research(300, "CE perm CFO only."),
                    met(35, "CE now interim only - going portfolio."),
                ],
            ),
        ],
        **role(CFO_ROLE, LONDON_HYBRID, offers=["Permanent role"]),
    ),
    C(
        "needs sponsorship, then ILR granted vs settled status, then lapsed",
        "data_eng",
        [
            CDO(
                "Parisa Ghorbani",
                2,
                touches=[
                    research(380, "PG needs Skilled Worker sponsorship."),
                    mail(40, "ILR granted last week - no sponsorship needed now."),
                ],
            ),
            CDO(
                "Dmitri Voloshyn",
                0,
                touches=[
                    research(380, "DV fine on right to work."),
                    mail(40, "My status ran out - I'd now need a sponsor to work in the UK."),
                ],
            ),
        ],
        **role(CDO_ROLE, LONDON_HYBRID, offers=["No visa sponsorship"]),
    ),
    C(
        "commute from Oxford refused, then fine after the new train vs fine then refused",
        "cs",
        [
            COO(
                "Hyacinth Partridge",
                2,
                touches=[
                    partner(400, "HP won't commute from Oxford."),
                    whatsapp(
                        30,
                        (
                            "new direct train to marylebone has changed everything - 3 days in "
                            "london fine now"
                        ),
                    ),
                ],
                location="Oxford, UK",
            ),
            COO(
                "Letitia Wainwright",
                0,
                touches=[
                    partner(400, "LW happy to commute from Oxford."),
                    whatsapp(
                        30, "after this year of strikes - no more oxford to london commute for me"
                    ),
                ],
                location="Oxford, UK",
            ),
        ],
        **role(CCO_ROLE, LONDON_HYBRID),
    ),
    C(
        "no fintech, then fintech wanted, then no again vs wanted throughout",
        "ml",
        [
            CAIO(
                "Osric Templeman",
                0,
                touches=[
                    mail(500, "No fintech please."),
                    mail(250, "Actually, fintech sounds interesting now."),
                    mail(25, "Having seen a few, I'm back where I started - no fintech."),
                ],
            ),
            CAIO(
                "Evadne Maplethorpe",
                2,
                touches=[
                    mail(250, "Fintech is exactly what I want next."),
                    linkedin(25, "Still keen on fintech ML roles."),
                ],
            ),
        ],
        **role(ML_ROLE, LONDON_HYBRID, description="Lead ML for a consumer lending fintech."),
    ),
]

HELDOUT69_CASES: list[Case] = [
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
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# last time's reason, resolved or still standing, is the file's LAST_TIME list, and the history
# with us its HISTORY.
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
