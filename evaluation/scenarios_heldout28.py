"""Held-out rediscovery cases, twenty-eighth set: the words of a contact-centre and
shared-services talent-acquisition team, written by a twenty-eighth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 28") and never tuned to what Encore does. The recruiters are the
in-house TA desks of a BPO group and of a global business-services centre, hiring for sites in
Makati, BGC, Cebu IT Park, Pune, Hyderabad, Gurugram, Cape Town, Lisbon, Cluj, Monterrey and
Cairo's Smart Village: customer-service agents on voice, chat and email accounts, team leads,
QA analysts, workforce-management planners, process trainers, collections and KYC/AML analysts,
accounts-payable and payroll clerks in shared services, and IT service-desk techs, some on
German, French, Spanish and Japanese language accounts.

The voices: terse ATS shorthand with typos ("cand", "RD", "TL", "OM", "LWD", "CTC", "LPA",
"ND", "HMO", "endo", "WFH", "RTO", "AWOL", "rehire elig"), sourcers' call logs, lower-case
WhatsApp and Viber texts, LinkedIn InMail replies, long rambling hand-over notes that mention
paydays, Holy Week, Diwali, Ramadan, Eid and Heritage Day without asking for any wait, formal
letters (a POPIA objection, a Data Privacy Act request), and candidates' own lines in Taglish,
Hinglish, Afrikaans, Portuguese, Romanian, Mexican Spanish and Egyptian Arabic. The money is
pesos a month with 13th-month pay and night differential, lakhs per annum of CTC, rand a month,
euros gross times fourteen, lei net, Mexican pesos with vales and aguinaldo, and Egyptian pounds.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (Taglish, Hinglish, a POPIA objection, Portuguese, Romanian, Mexican Spanish,
   Egyptian Arabic, a Data Privacy Act removal logged as DNC, "no thanks" to our outreach, a
   woman leaving the industry for good): never shown; beside each a near-miss that is (no night
   accounts, don't call on shift, a POPIA access request, not the French project, not during
   work hours, not collections, not in the morning, one client account only, no Gurugram, no
   more voice);
2. waits counted from the day said, each against a twin whose wait has run out: a training
   bond, the 13th-month pay, Diwali against an April appraisal, Eid al-Fitr, Holy Week, a
   105-day maternity leave, a 90-day notice period, a retail peak against Heritage Day, a
   Romanian childcare leave, a Mexican probation;
3. schedule, travel, visa, contract and commute: graveyard shifts and night differential,
   rotating rest days, Ramadan timings, UK against US shifts in India, a compressed 4x10 week,
   Sunday shifts, on-call; site-launch travel, calibration trips to Dallas, training in Dublin,
   a past employer's travel this role does not have; a residence permit tied to an employer, a
   9(g) visa, a ZEP holder, a US visa for a client trip; project-based "endo" contracts, part
   time, training bonds, a no-poach clause, contrato a termo, PFA against CIM; commutes from
   Bulacan, Mandaue, Apodaca and Khayelitsha, a cab drop;
4. pay against the band: pesos a month, lakhs of CTC, rand, euros times fourteen, lei net,
   Mexican pesos with vales, Egyptian pounds, a current salary above the band with a lower ask;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Spanish; negation and scope ("hindi ako against sa graveyard", "night
   shift se koi dikkat nahi", "it wasn't the pay", "no collections, but KYC is fine");
6. location and relocation (Manila to Cebu, Pune to Hyderabad, Porto to Lisbon, a husband's move
   to Cluj that is not hers, Alexandria to Cairo), the level wanted (acting TL, a tenured agent,
   OM, trainer, senior WFM), company stage and size (a startup, a captive GBS, in-house against
   BPO), mission (healthcare accounts, collections refused, gambling against mobile games, an
   education non-profit) and technology (ServiceNow, Zendesk, SAP S/4HANA);
7. last time's reason resolved by this role or still standing (WFH, pay, a cab drop, a training
   bond, HMO dependents, Durban), the history with us (AWOL and rehire rules, no-shows, a
   Versant score, conduct in calibration, a typing test) and the latest process (a final round
   against a CV never screened, hired two months ago, a counteroffer, a ramp-down at offer);
8. several notes over time where the latest word counts: graveyard refused then fine and the
   reverse, a stop taken back and a "keep me posted" hardened into a removal, a pay ask lowered
   and raised, WFH-only softened and hardened, a move refused then wanted and the reverse, a
   training bond refused then accepted and the reverse.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

AGENT = dict(
    current_title="Customer Service Representative",
    skills=["Inbound voice", "Chat and email support", "Salesforce Service Cloud", "De-escalation"],
    years_experience=4,
    resume_text=(
        "Four years on inbound voice and chat accounts for US and Australian clients: billing "
        "and tech-support calls, CSAT above 90%, AHT on target, tenured-agent buddy for new hires "
        "in nesting."
    ),
)
TEAM_LEAD = dict(
    current_title="Team Leader, Customer Care",
    skills=["People management", "Coaching", "KPI management", "Attrition control"],
    years_experience=7,
    resume_text=(
        "Seven years in contact centres, the last three leading a team of 16 agents on a US "
        "retail account: daily huddles, coaching logs, AHT and CSAT recovery plans, attendance "
        "and attrition control."
    ),
)
QA_ANALYST = dict(
    current_title="Quality Assurance Analyst",
    skills=["Call monitoring", "QA scorecards", "Calibration", "Root-cause analysis"],
    years_experience=5,
    resume_text=(
        "QA analyst for five years on voice and chat: monitoring and scoring interactions, "
        "weekly calibrations with the client, root-cause analysis of dissatisfiers and coaching "
        "feedback to team leads."
    ),
)
WFM = dict(
    current_title="Workforce Management Analyst",
    skills=["Forecasting", "Scheduling", "NICE IEX", "Real-time adherence"],
    years_experience=5,
    resume_text=(
        "Workforce planner for five years: volume forecasting, shift and rest-day scheduling in "
        "NICE IEX, real-time adherence monitoring and capacity plans for account ramp-ups."
    ),
)
TRAINER = dict(
    current_title="Process Trainer",
    skills=["New-hire training", "Nesting support", "Training needs analysis", "Facilitation"],
    years_experience=6,
    resume_text=(
        "Process trainer for six years: new-hire classes of 20 to 30 agents, product and "
        "systems modules, nesting support, refresher training from QA findings and speed-to-"
        "proficiency reporting."
    ),
)
COLLECTOR = dict(
    current_title="Collections Specialist",
    skills=["Early-stage collections", "Payment arrangements", "Skip tracing", "Negotiation"],
    years_experience=4,
    resume_text=(
        "Collections specialist for four years on credit-card and personal-loan portfolios: "
        "early- and mid-stage calls, promise-to-pay follow-up, skip tracing and hardship plans."
    ),
)
KYC = dict(
    current_title="KYC/AML Analyst",
    skills=["CDD and EDD", "Sanctions screening", "Transaction monitoring", "World-Check"],
    years_experience=4,
    resume_text=(
        "KYC and AML analyst for four years in a bank's shared-services centre: customer due "
        "diligence, enhanced due diligence on high-risk clients, sanctions and PEP screening in "
        "World-Check and alert reviews."
    ),
)
AP_CLERK = dict(
    current_title="Accounts Payable Specialist",
    skills=["Three-way match", "SAP", "Vendor reconciliation", "Payment runs"],
    years_experience=5,
    resume_text=(
        "Accounts payable in a shared-services centre for five years: invoice processing with "
        "three-way match in SAP, vendor statement reconciliation, weekly payment runs and "
        "month-end accruals."
    ),
)
PAYROLL = dict(
    current_title="Payroll Specialist",
    skills=["Multi-country payroll", "Statutory deductions", "Workday", "Reconciliation"],
    years_experience=5,
    resume_text=(
        "Payroll specialist for five years: end-to-end payroll for 3,000 employees in three "
        "countries, statutory deductions and filings, Workday inputs and payroll reconciliations."
    ),
)
DESK_TECH = dict(
    current_title="IT Service Desk Analyst",
    skills=["ServiceNow", "Active Directory", "Microsoft 365", "ITIL"],
    years_experience=4,
    resume_text=(
        "Service-desk analyst for four years, L1 and L2: incident and request handling in "
        "ServiceNow, Active Directory and Microsoft 365 administration, password resets, VPN "
        "and laptop imaging, ITIL 4 Foundation."
    ),
)
GERMAN_AGENT = dict(
    current_title="German-speaking Customer Support Agent",
    skills=["German C2", "English C1", "Zendesk", "Technical support"],
    years_experience=3,
    resume_text=(
        "Three years supporting customers in Germany, Austria and Switzerland in German by "
        "phone, chat and email: device troubleshooting, returns and warranty cases in Zendesk."
    ),
)
JAPANESE_AGENT = dict(
    current_title="Japanese Bilingual Support Specialist",
    skills=["Japanese JLPT N1", "English", "Email support", "Order management"],
    years_experience=4,
    resume_text=(
        "Four years on a Japanese travel and e-commerce account: phone and email support in "
        "Japanese, bookings and order changes, escalations to the Tokyo client team."
    ),
)
SPANISH_AGENT = dict(
    current_title="Bilingual Customer Support Agent (Spanish/English)",
    skills=["Spanish native", "English C1", "Inbound voice", "Billing support"],
    years_experience=3,
    resume_text=(
        "Three years on bilingual inbound voice for US utility and telecom clients: billing "
        "disputes, plan changes and service orders in Spanish and English."
    ),
)
FRENCH_AGENT = dict(
    current_title="French-speaking Customer Support Agent",
    skills=["French C2", "English B2", "Chat support", "Technical troubleshooting"],
    years_experience=3,
    resume_text=(
        "Three years supporting French and Belgian customers of a software client by chat and "
        "phone: account access, subscriptions and first-line technical troubleshooting."
    ),
)
OPS_LEAD = dict(
    current_title="Senior Team Leader",
    skills=["Multi-team management", "Client reporting", "Budget and headcount", "Coaching TLs"],
    years_experience=10,
    resume_text=(
        "Ten years in BPO operations: agent, team leader, and for the last two years senior "
        "team leader over three TLs and 50 agents on a US healthcare account, with weekly "
        "client business reviews."
    ),
)


def pool(persona: dict, where: str):
    """People of one kind in the TA team's pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, words) -> dict:
    """A recruiter's line in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A sourcer's call log after speaking to the candidate."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def chat(days, words) -> dict:
    """The candidate's WhatsApp or Viber message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def answer(days, words) -> dict:
    """The candidate's answer to our re-engagement email."""
    return touch(days, "inbound", "replied", "re_engagement", note=words, channel="email")


def lost_final(days, note=None, *, role="Customer Service Representative") -> dict:
    """Reached the final interview with the account's ops manager and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Customer Service Representative") -> dict:
    """Turned our job offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def backed_out(
    days, reason, note, *, stage="interview", past=None, role="Customer Service Representative"
) -> dict:
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Customer Service Representative") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CSR_ROLE = dict(
    title="Customer Service Representative, US Telco Account",
    department="Operations",
    seniority="mid",
    requirements="1+ year of BPO voice experience\nExcellent English\nCRM tools\nDe-escalation",
    description="Handle inbound billing and technical calls for a US telecom client.",
)
CHAT_ROLE = dict(
    title="Chat and Email Support Associate",
    department="Operations",
    seniority="mid",
    requirements="Written English\nChat and email support\nTyping 40 wpm\nCRM tools",
    description="Non-voice support for an e-commerce client: chat and email tickets only.",
)
TL_ROLE = dict(
    title="Team Leader, Customer Care",
    department="Operations",
    seniority="lead",
    requirements="2+ years as team leader\nCoaching\nKPI management\nAttendance and attrition",
    description="Lead a team of 15 to 18 agents on an inbound account.",
)
OM_ROLE = dict(
    title="Operations Manager",
    department="Operations",
    seniority="manager",
    requirements="Managing team leaders\nClient reporting\nP&L and headcount\nBPO operations",
    description="Run a 120-seat account through four team leaders and report to the client.",
)
QA_ROLE = dict(
    title="Quality Assurance Analyst",
    department="Quality",
    seniority="mid",
    requirements="Call and chat monitoring\nQA scorecards\nCalibration\nCoaching feedback",
    description="Score interactions, run calibrations with the client and coach team leads.",
)
WFM_ROLE = dict(
    title="Workforce Management Analyst",
    department="Workforce Management",
    seniority="mid",
    requirements="Forecasting\nScheduling\nNICE IEX or Verint\nReal-time adherence",
    description="Forecast volumes and build schedules for a 300-seat multi-account site.",
)
TRAINER_ROLE = dict(
    title="Process Trainer",
    department="Training",
    seniority="mid",
    requirements="New-hire training\nNesting\nTraining needs analysis\nFacilitation",
    description="Train new-hire waves and run refreshers for an inbound account.",
)
COLLECTIONS_ROLE = dict(
    title="Collections Specialist",
    department="Collections",
    seniority="mid",
    requirements="Collections experience\nPayment arrangements\nNegotiation\nCompliance",
    description="Early-stage collections on a credit-card portfolio for a bank client.",
)
KYC_ROLE = dict(
    title="KYC Analyst",
    department="Financial Crime Operations",
    seniority="mid",
    requirements="CDD and EDD\nSanctions and PEP screening\nWorld-Check\nAttention to detail",
    description="Customer due diligence reviews for a global bank's onboarding team.",
)
AP_ROLE = dict(
    title="Accounts Payable Specialist",
    department="Finance Shared Services",
    seniority="mid",
    requirements="Invoice processing\nThree-way match\nSAP\nVendor reconciliation",
    description="Process invoices and payment runs for European entities of a manufacturing group.",
)
PAYROLL_ROLE = dict(
    title="Payroll Specialist",
    department="HR Shared Services",
    seniority="mid",
    requirements="End-to-end payroll\nStatutory deductions\nWorkday\nReconciliation",
    description="Run monthly payroll for 4,000 employees across three countries.",
)
DESK_ROLE = dict(
    title="IT Service Desk Analyst (L1/L2)",
    department="IT",
    seniority="mid",
    requirements="ServiceNow\nActive Directory\nMicrosoft 365\nITIL Foundation",
    description="First- and second-line IT support for 9,000 users of a global client.",
)
GERMAN_ROLE = dict(
    title="German-speaking Customer Support Agent",
    department="Operations",
    seniority="mid",
    requirements="German C1 or above\nEnglish B2\nCustomer support experience\nZendesk",
    description="Phone, chat and email support for DACH customers of a consumer-electronics brand.",
)
JAPANESE_ROLE = dict(
    title="Japanese Bilingual Support Specialist",
    department="Operations",
    seniority="mid",
    requirements="Japanese JLPT N2 or above\nEnglish\nEmail and phone support",
    description="Support Japanese customers of a travel-booking client by phone and email.",
)
SPANISH_ROLE = dict(
    title="Bilingual Customer Support Agent (Spanish/English)",
    department="Operations",
    seniority="mid",
    requirements="Spanish native\nEnglish C1\nInbound voice\nBilling support",
    description="Bilingual inbound support for a US utility client.",
)
FRENCH_ROLE = dict(
    title="French-speaking Customer Support Agent",
    department="Operations",
    seniority="mid",
    requirements="French C1 or above\nEnglish B2\nChat and phone support",
    description="Support French and Belgian customers of a software client.",
)

# --- where and how they are worked ----------------------------------------------------------

MAKATI_ONSITE = dict(remote_policy="onsite", location="Makati, Philippines")
BGC_ONSITE = dict(remote_policy="onsite", location="Taguig (BGC), Philippines")
BGC_HYBRID = dict(
    remote_policy="hybrid",
    location="Taguig (BGC), Philippines",
    offers=["Hybrid: three days on-site in BGC, two days WFH"],
)
CEBU_ONSITE = dict(remote_policy="onsite", location="Cebu City (IT Park), Philippines")
PH_WFH = dict(
    remote_policy="remote",
    location="Remote (Philippines)",
    offers=["Permanent WFH with company laptop and internet allowance"],
)
PUNE_ONSITE = dict(remote_policy="onsite", location="Pune, India")
HYDERABAD_ONSITE = dict(remote_policy="onsite", location="Hyderabad (HITEC City), India")
GURUGRAM_ONSITE = dict(remote_policy="onsite", location="Gurugram (Cyber City), India")
CAPE_TOWN_ONSITE = dict(remote_policy="onsite", location="Cape Town (Century City), South Africa")
CAPE_TOWN_HYBRID = dict(
    remote_policy="hybrid",
    location="Cape Town, South Africa",
    offers=["Hybrid: three days a week at our Century City site"],
)
LISBON_ONSITE = dict(remote_policy="onsite", location="Lisbon, Portugal")
LISBON_HYBRID = dict(
    remote_policy="hybrid",
    location="Lisbon, Portugal",
    offers=["Hybrid: two days a week at our Parque das Nações office"],
)
CLUJ_HYBRID = dict(
    remote_policy="hybrid",
    location="Cluj-Napoca, Romania",
    offers=["Hybrid: two days a week in our Cluj office"],
)
CLUJ_ONSITE = dict(remote_policy="onsite", location="Cluj-Napoca, Romania")
MONTERREY_ONSITE = dict(remote_policy="onsite", location="Monterrey, Mexico")
CAIRO_ONSITE = dict(remote_policy="onsite", location="Cairo (Smart Village), Egypt")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "Taglish: take me off your list for good vs take me off night accounts only",
        "cs",
        [
            pool(AGENT, "Quezon City, Philippines")(
                "Marites Dimaculangan",
                0,
                touches=[
                    chat(
                        35,
                        "Pakitanggal na po ako sa listahan niyo, ayoko na po ma-contact ng "
                        "recruiters niyo kahit kailan. Salamat po.",
                    )
                ],
                excluded=True,
            ),
            pool(AGENT, "Quezon City, Philippines")(
                "Jerlyn Pangilinan",
                2,
                touches=[
                    chat(
                        35,
                        "Pakitanggal na po ako sa mga night shift na account, day shift na lang "
                        "po ako ngayon. Pero G pa rin po ako sa ibang openings niyo!",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            MAKATI_ONSITE,
            title="Customer Service Representative, Australian Account (day shift)",
            offers=["Day shift, 7 am to 4 pm Manila time", "HMO from day one"],
        ),
    ),
    C(
        "Hinglish: delete my number, no calls ever vs don't call on shift, WhatsApp me",
        "cs",
        [
            pool(COLLECTOR, "Pune, India")(
                "Sandeep Khairnar",
                0,
                touches=[
                    chat(
                        50,
                        "bhai please mera number apne database se hata do, mujhe aapki company "
                        "se koi call nahi chahiye ab. bas.",
                    )
                ],
                excluded=True,
            ),
            pool(COLLECTOR, "Pune, India")(
                "Omkar Deshpande",
                2,
                touches=[
                    chat(
                        50,
                        "bhai abhi call mat karo, shift pe hoon floor pe phone allowed nahi. "
                        "WhatsApp pe details bhejo, shaam ko dekhta hoon. interested hoon.",
                    )
                ],
            ),
        ],
        **job(COLLECTIONS_ROLE, PUNE_ONSITE),
    ),
    C(
        "a POPIA objection to processing vs a POPIA request to see what is held",
        "cs",
        [
            pool(QA_ANALYST, "Cape Town, South Africa")(
                "Charmaine Adendorff",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam. In terms of section 11(3) of the Protection of Personal "
                        "Information Act I object to the further processing of my personal "
                        "information for recruitment purposes. Kindly delete my CV and details "
                        "and refrain from contacting me in future. Yours faithfully.",
                    )
                ],
                excluded=True,
            ),
            pool(QA_ANALYST, "Cape Town, South Africa")(
                "Lindiwe Mthembu",
                2,
                touches=[
                    mail(
                        80,
                        "Good day. In terms of POPIA, could you please confirm what personal "
                        "information your company holds about me and where you got it? For the "
                        "record I am still keen on QA roles in Cape Town, hybrid preferably.",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, CAPE_TOWN_HYBRID),
    ),
    C(
        "Portuguese: erase my data, stop contacting me vs not the French project, send German",
        "cs",
        [
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Tiago Vasconcelos",
                0,
                touches=[
                    mail(
                        45,
                        "Boa tarde. Peço que apaguem os meus dados da vossa base e que deixem "
                        "de me contactar, por qualquer meio. Obrigado.",
                    )
                ],
                excluded=True,
            ),
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Rui Magalhães",
                2,
                touches=[
                    mail(
                        45,
                        "Boa tarde. Esse projeto francês não me interessa (só falo alemão e "
                        "inglês), mas continuem a enviar propostas para o mercado alemão, por "
                        "favor.",
                    )
                ],
            ),
        ],
        **job(GERMAN_ROLE, LISBON_HYBRID),
    ),
    C(
        "Romanian: take me out of your database vs don't ring in office hours, write instead",
        "cs",
        [
            pool(AP_CLERK, "Cluj-Napoca, Romania")(
                "Ioana Mureșan",
                0,
                touches=[
                    mail(
                        60,
                        "Bună ziua, vă rog să mă scoateți din baza dumneavoastră de date și să "
                        "nu mă mai contactați. Mulțumesc.",
                    )
                ],
                excluded=True,
            ),
            pool(AP_CLERK, "Cluj-Napoca, Romania")(
                "Andreea Pop-Sălăjan",
                2,
                touches=[
                    mail(
                        60,
                        "Bună ziua, vă rog să nu mă mai sunați în timpul programului, nu pot "
                        "vorbi de la birou. Scrieți-mi pe e-mail - sunt în continuare "
                        "interesată de un post în AP în Cluj.",
                    )
                ],
            ),
        ],
        **job(AP_ROLE, CLUJ_HYBRID),
    ),
    C(
        "Mexican Spanish: stop sending me anything vs stop sending collections, bilingual yes",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Brenda Garza Treviño",
                0,
                touches=[
                    chat(
                        30,
                        "ya no me manden mensajes porfa, no me interesa nada de ustedes. "
                        "bórrenme de su lista",
                    )
                ],
                excluded=True,
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Yesenia Cantú Villarreal",
                2,
                touches=[
                    chat(
                        30,
                        "ya no me manden vacantes de cobranza porfa, no es lo mío. de soporte "
                        "bilingüe sí, cuando quieran",
                    )
                ],
            ),
        ],
        **job(SPANISH_ROLE, MONTERREY_ONSITE),
    ),
    C(
        "Egyptian Arabic: wipe my number, never call vs don't call mornings, I sleep after nights",
        "cs",
        [
            pool(FRENCH_AGENT, "Giza, Egypt")(
                "Mahmoud Abdel-Fattah",
                0,
                touches=[chat(25, "لو سمحت امسح رقمي من عندكم ومتكلمنيش تاني خالص")],
                excluded=True,
            ),
            pool(FRENCH_AGENT, "Giza, Egypt")(
                "Karim El-Shenawy",
                2,
                touches=[
                    chat(
                        25,
                        "لو سمحت متكلمنيش الصبح عشان بنام بعد شيفت الليل، ابعتلي واتساب بعد العصر "
                        "وأنا مهتم بالوظيفة",
                    )
                ],
            ),
        ],
        **job(
            FRENCH_ROLE,
            CAIRO_ONSITE,
            offers=["Night shift for the French market with night allowance", "Company transport"],
        ),
    ),
    C(
        "a Data Privacy Act removal logged as DNC vs out of one client's pipeline only",
        "cs",
        [
            pool(AGENT, "Pasig, Philippines")(
                "Rowell Manalastas",
                0,
                touches=[
                    ats(
                        120,
                        "Cand emailed DPO invoking right to erasure under DPA 2012. Removed frm "
                        "all TA campaigns, tagged DNC - do not source / do not re-add.",
                    )
                ],
                excluded=True,
            ),
            pool(AGENT, "Pasig, Philippines")(
                "Arnel Bautista",
                2,
                touches=[
                    ats(
                        120,
                        "Cand asked to be removed frm the Globe acct pipeline only - ex-emp of "
                        "the client, not elig there. All other accts OK per cand.",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            BGC_ONSITE,
            title="Customer Service Representative, US Healthcare Account",
            description="Inbound member-services calls for a US health insurer.",
        ),
    ),
    C(
        "'no thanks, don't write again' to our email vs no thanks to Gurugram",
        "cs",
        [
            pool(AGENT, "Hyderabad, India")(
                "Priyanka Reddy Gunda",
                0,
                touches=[answer(40, "no thanks 🙏 pls don't write again")],
                excluded=True,
            ),
            pool(AGENT, "Hyderabad, India")(
                "Swathi Kondapalli",
                2,
                touches=[
                    answer(
                        40,
                        "No thanks to Gurugram - the cab drop at 3 am isn't safe for me and my "
                        "family is here. Something in Hyderabad I'd happily look at.",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            HYDERABAD_ONSITE,
            title="Customer Support Associate, UK Banking Account",
            offers=["UK shift, 1 pm to 10 pm IST", "Cab drop after every shift"],
        ),
    ),
    C(
        "leaving the industry for good, no roles ever vs leaving voice for good, email is fine",
        "cs",
        [
            pool(AGENT, "Cebu City, Philippines")(
                "Kristine Ybañez",
                0,
                touches=[
                    rang(
                        70,
                        "Spoke w/ Kristine. She's leaving the call-centre industry for good - "
                        "enrolled in nursing - and asked that we not contact her about any "
                        "roles again. Respect pls.",
                    )
                ],
                excluded=True,
            ),
            pool(AGENT, "Cebu City, Philippines")(
                "Rhea Mae Cabahug",
                2,
                touches=[
                    rang(
                        70,
                        "Spoke w/ Rhea. She's leaving voice accounts for good - the irate "
                        "callers and AHT targets broke her - but would gladly take email or "
                        "chat support.",
                    )
                ],
            ),
        ],
        **job(CHAT_ROLE, CEBU_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a training bond to May 2027 vs a bond that ran out in August",
        "cs",
        [
            pool(AGENT, "Makati, Philippines")(
                "Jonalyn Esguerra",
                1,
                touches=[
                    chat(
                        date(2026, 10, 5),
                        "still bound po ako sa 18-month training bond ko until May 2027, ₱80k "
                        "ang penalty pag umalis ako early. after May pwede na po tayo mag-usap",
                    )
                ],
            ),
            pool(AGENT, "Makati, Philippines")(
                "Girlie Sarmiento",
                2,
                touches=[
                    chat(
                        date(2026, 3, 2),
                        "may training bond pa po ako hanggang end of August, ₱50k ang babayaran "
                        "pag nag-resign ako before that. after August free na po ako",
                    )
                ],
            ),
        ],
        **job(CSR_ROLE, MAKATI_ONSITE),
    ),
    C(
        "waiting for this December's 13th month vs last December's",
        "cs",
        [
            pool(TEAM_LEAD, "Mandaluyong, Philippines")(
                "Eduardo Lacsamana",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Spoke to cand. Hihintayin muna niya 13th month sa Dec bago mag-resign, "
                        "Jan 2027 onwards pwede na siya mag-start. Interested sa TL role.",
                    )
                ],
            ),
            pool(TEAM_LEAD, "Mandaluyong, Philippines")(
                "Ramil Quisumbing",
                2,
                touches=[
                    rang(
                        date(2025, 11, 10),
                        "Spoke to cand. Gusto muna niya makuha yung 13th month this Dec, "
                        "January onwards available na. Open sa TL opportunities.",
                    )
                ],
            ),
        ],
        **job(TL_ROLE, MAKATI_ONSITE),
    ),
    C(
        "no switch before the April appraisal hike vs only after the Diwali bonus",
        "cs",
        [
            pool(PAYROLL, "Gurugram, India")(
                "Ankit Malhotra",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 12),
                        "Hi, thanks for reaching out. I won't switch until my April appraisal "
                        "hike is credited - after that I'm open to a conversation.",
                    )
                ],
            ),
            pool(PAYROLL, "Gurugram, India")(
                "Nikhil Sehrawat",
                2,
                touches=[
                    inmail(
                        date(2026, 9, 21),
                        "Hi, thanks. After Diwali only please - our festival bonus gets credited "
                        "with the Diwali payroll, then I'm free to talk.",
                    )
                ],
            ),
        ],
        **job(PAYROLL_ROLE, GURUGRAM_ONSITE),
    ),
    C(
        "after Eid al-Fitr next year vs after this year's Eid al-Fitr",
        "cs",
        [
            pool(FRENCH_AGENT, "Cairo, Egypt")(
                "Yasmine Abou Zeid",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Merci pour le message. Please wait until after Eid al-Fitr next year - "
                        "I promised my manager I'd cover the Ramadan hours for the French queue.",
                    )
                ],
            ),
            pool(FRENCH_AGENT, "Cairo, Egypt")(
                "Nourhan Fawzy",
                2,
                touches=[
                    mail(
                        date(2026, 2, 16),
                        "Merci. Let's talk after Eid al-Fitr, I'm covering the Ramadan schedule "
                        "for my team until then.",
                    )
                ],
            ),
        ],
        **job(FRENCH_ROLE, CAIRO_ONSITE),
    ),
    C(
        "offline till after next Holy Week vs after this year's Holy Week",
        "cs",
        [
            pool(WFM, "Cebu City, Philippines")(
                "Ma. Cristina Villaflor",
                1,
                touches=[
                    chat(
                        date(2026, 11, 16),
                        "Pahinga muna ako until after Holy Week next year, uuwi ako sa Bicol at "
                        "offline ako. April 2027 na lang po tayo mag-usap",
                    )
                ],
            ),
            pool(WFM, "Cebu City, Philippines")(
                "Jhoanna Alcoseba",
                2,
                touches=[
                    chat(
                        date(2026, 2, 23),
                        "After Holy Week na lang po, uuwi ako ng probinsya at walang signal "
                        "dun. Message me pag balik ko",
                    )
                ],
            ),
        ],
        **job(WFM_ROLE, CEBU_ONSITE),
    ),
    C(
        "105-day maternity leave from October vs a maternity leave that ended in July",
        "cs",
        [
            pool(QA_ANALYST, "Taguig, Philippines")(
                "Camille Dizon-Ocampo",
                1,
                ("On 105-day maternity leave from 12 Oct, back mid-Feb 2027", date(2026, 10, 19)),
            ),
            pool(QA_ANALYST, "Taguig, Philippines")(
                "Princess Abad",
                2,
                ("On maternity leave till July, please don't call before then", date(2026, 3, 9)),
            ),
        ],
        **job(QA_ROLE, BGC_HYBRID),
    ),
    C(
        "90-day notice served from November vs 60-day notice served from June",
        "cs",
        [
            pool(KYC, "Pune, India")(
                "Rutuja Kulkarni",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Spoke to cand. Resigned today, 90 days notice, buyout not allowed by "
                        "current org - LWD 31 Jan. Can join only after.",
                    )
                ],
            ),
            pool(KYC, "Pune, India")(
                "Shraddha Joshi",
                2,
                touches=[
                    rang(
                        date(2026, 6, 1),
                        "Spoke to cand. Put down her papers today, 60 days notice, LWD end of "
                        "July. Can join after that.",
                    )
                ],
            ),
        ],
        **job(KYC_ROLE, PUNE_ONSITE),
    ),
    C(
        "tied up with the retail peak till mid-January vs the Heritage Day weekend and Q3 audit",
        "cs",
        [
            pool(TEAM_LEAD, "Cape Town, South Africa")(
                "Thabo Ramokgopa",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 10),
                        "Hi, thanks - I'm tied up with the Black Friday and festive peak on our "
                        "retail account until mid-January. Chat after that?",
                    )
                ],
            ),
            pool(TEAM_LEAD, "Cape Town, South Africa")(
                "Sipho Mthiyane",
                2,
                touches=[
                    inmail(
                        date(2026, 8, 31),
                        "Hi, thanks - it's the Heritage Day long weekend and then our Q3 client "
                        "audit. Chat after September?",
                    )
                ],
            ),
        ],
        **job(TL_ROLE, CAPE_TOWN_ONSITE),
    ),
    C(
        "Romanian: on childcare leave till June 2027 vs on annual leave till end of August",
        "cs",
        [
            pool(AP_CLERK, "Cluj-Napoca, Romania")(
                "Raluca Bogdan",
                1,
                touches=[
                    mail(
                        date(2026, 9, 7),
                        "Mulțumesc pentru mesaj. Sunt în concediu de creștere a copilului până "
                        "în iunie 2027, nu pot începe nimic înainte.",
                    )
                ],
            ),
            pool(AP_CLERK, "Cluj-Napoca, Romania")(
                "Cristina Moldovan",
                2,
                touches=[
                    mail(
                        date(2026, 8, 3),
                        "Mulțumesc. Sunt în concediu de odihnă până la sfârșitul lui august, "
                        "revin după aceea și putem vorbi.",
                    )
                ],
            ),
        ],
        **job(AP_ROLE, CLUJ_HYBRID),
    ),
    C(
        "Mexican Spanish: a six-month probation from October vs three months from April",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Alejandro Salinas Ayala",
                1,
                touches=[
                    chat(
                        date(2026, 10, 12),
                        "acabo de entrar a un nuevo trabajo, déjame pasar el periodo de prueba "
                        "de 6 meses y hablamos en abril",
                    )
                ],
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Rodrigo Elizondo Leal",
                2,
                touches=[
                    chat(
                        date(2026, 4, 6),
                        "déjame pasar los 3 meses de prueba en la nueva chamba y ya platicamos",
                    )
                ],
            ),
        ],
        **job(SPANISH_ROLE, MONTERREY_ONSITE),
    ),
]

# --- 3. schedule, travel, visa, contract and commute -----------------------------------------

SCHEDULE = [
    C(
        "no more graveyard, day shift only vs graveyard is fine with night diff",
        "cs",
        [
            pool(AGENT, "Manila, Philippines")(
                "Jomar Tolentino",
                0,
                touches=[
                    chat(
                        60, "hi maam, no graveyard na po ako, day shift lang talaga. health reasons"
                    )
                ],
            ),
            pool(AGENT, "Manila, Philippines")(
                "Aldrin Macaraeg",
                2,
                touches=[
                    chat(
                        60, "hi maam kaya ko po graveyard basta may night diff at HMO, sanay na po"
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            MAKATI_ONSITE,
            offers=["Graveyard shift, 10 pm to 7 am, US hours", "Night differential of 10%"],
        ),
    ),
    C(
        "needs fixed Saturday-Sunday rest days vs rotating rest days are fine",
        "cs",
        [
            pool(WFM, "Taguig, Philippines")(
                "Liezl Navarro",
                0,
                "Needs fixed weekend RDs (Sat-Sun) - two kids in school, no one else to mind them",
            ),
            pool(WFM, "Taguig, Philippines")(
                "Joanna Marie Dela Rosa",
                2,
                "Rotating RDs ok - used to split rest days on the old account",
            ),
        ],
        **job(
            WFM_ROLE,
            BGC_ONSITE,
            offers=["Rotating rest days, two consecutive days off each week"],
        ),
    ),
    C(
        "only where Ramadan hours are given vs nothing said",
        "cs",
        [
            pool(KYC, "Cairo, Egypt")(
                "Omar Hegazy",
                2,
                "Only considering employers that give reduced hours in Ramadan - his current one "
                "dropped them this year",
            ),
            pool(KYC, "Cairo, Egypt")("Tarek Soliman", 1),
        ],
        **job(
            KYC_ROLE,
            CAIRO_ONSITE,
            offers=["Reduced six-hour days during Ramadan", "Transport allowance"],
        ),
    ),
    C(
        "UK shift only, no US nights vs already on the US shift",
        "cs",
        [
            pool(AGENT, "Gurugram, India")(
                "Harpreet Kaur Sandhu",
                0,
                touches=[
                    rang(
                        45,
                        "Spoke to cand. UK process only (1-10 pm IST). Will not do US shift "
                        "again, health gone for a toss last time.",
                    )
                ],
            ),
            pool(AGENT, "Gurugram, India")(
                "Simran Dhillon",
                2,
                touches=[
                    rang(
                        45,
                        "Spoke to cand. Currently on US shift 6:30 pm to 3:30 am, comfortable, "
                        "wants a better process and cab facility.",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            GURUGRAM_ONSITE,
            title="Customer Support Associate, US Process (night shift)",
            offers=["US shift, 7 pm to 4 am IST", "Cab pick-up and drop"],
        ),
    ),
    C(
        "wants a compressed 4x10 week vs prefers a plain five-day week",
        "cs",
        [
            pool(DESK_TECH, "Cape Town, South Africa")(
                "Ruan Bezuidenhout",
                2,
                "Wants a compressed work week - four 10-hour days so he can study on the fifth",
            ),
            pool(DESK_TECH, "Cape Town, South Africa")(
                "Jaco van der Merwe",
                1,
                "Prefers a normal five-day week, eight hours a day",
            ),
        ],
        **job(
            DESK_ROLE,
            CAPE_TOWN_HYBRID,
            offers=["Compressed 4x10 work week", "Hybrid: three days at Century City"],
        ),
    ),
    C(
        "can't work Sundays, church ministry vs Sundays fine, her service is Saturday evening",
        "cs",
        [
            pool(TRAINER, "Cebu City, Philippines")(
                "Hazel Tumulak",
                0,
                touches=[
                    rang(
                        90,
                        "Spoke to Hazel: can't do Sunday shifts at all, she leads the youth "
                        "ministry at their church every Sunday.",
                    )
                ],
            ),
            pool(TRAINER, "Cebu City, Philippines")(
                "Mylene Rosales",
                2,
                touches=[
                    rang(
                        90,
                        "Spoke to Mylene: Sunday shifts ok, their church service is Saturday "
                        "evening so that's not an issue.",
                    )
                ],
            ),
        ],
        **job(TRAINER_ROLE, CEBU_ONSITE, offers=["Sunday to Thursday schedule"]),
    ),
    C(
        "no on-call ever again vs on-call fine if standby is paid",
        "cs",
        [
            pool(DESK_TECH, "Hyderabad, India")(
                "Venkatesh Pothuri",
                0,
                "No on-call rota ever again - did two years of weekend P1 calls at his last org",
            ),
            pool(DESK_TECH, "Hyderabad, India")(
                "Srikanth Yadav",
                2,
                "On-call is fine as long as standby is paid",
            ),
        ],
        **job(
            DESK_ROLE,
            HYDERABAD_ONSITE,
            offers=["On-call for P1 incidents one weekend a month, standby allowance paid"],
        ),
    ),
]

TRAVEL = [
    C(
        "can't travel, solo parent home every night vs loves travelling for site launches",
        "cs",
        [
            pool(TRAINER, "Makati, Philippines")(
                "Maricel Fontanilla",
                0,
                "Solo parent - can't travel, needs to be home every night",
            ),
            pool(TRAINER, "Makati, Philippines")(
                "Grace Ann Lumibao",
                2,
                "Loves travelling for site launches, did the Davao and Bacolod ramp-ups",
            ),
        ],
        **job(
            TRAINER_ROLE,
            MAKATI_ONSITE,
            offers=["30% travel to our Cebu, Davao and Iloilo sites for new-hire waves"],
        ),
    ),
    C(
        "happy to fly to Dallas for calibrations vs no overnight trips",
        "cs",
        [
            pool(QA_ANALYST, "Monterrey, Mexico")(
                "Daniela Montemayor",
                2,
                touches=[
                    inmail(
                        50,
                        "Sure, happy to fly to the client in Dallas for calibrations, I have a "
                        "valid visa and I like meeting the client team in person.",
                    )
                ],
            ),
            pool(QA_ANALYST, "Monterrey, Mexico")(
                "Mariana Chapa Garza",
                0,
                touches=[
                    inmail(
                        50,
                        "Thanks! Just so you know, I can't do overnight trips - my mom lives "
                        "with us and needs me at home at night.",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            MONTERREY_ONSITE,
            offers=["Quarterly calibration trips to the client in Dallas, two or three nights"],
        ),
    ),
    C(
        "left her last job over constant travel, this role has none vs misses travel",
        "cs",
        [
            pool(WFM, "Pune, India")(
                "Meghna Patil",
                2,
                "Left Genpact because of the constant travel to client sites - wants a desk "
                "job in one city",
            ),
            pool(WFM, "Pune, India")(
                "Aditi Bhosale",
                1,
                "Misses travelling for work, wants client visits again",
            ),
        ],
        **job(WFM_ROLE, PUNE_ONSITE, offers=["No travel: one site in Kharadi"]),
    ),
    C(
        "three weeks' training in Dublin is fine vs no more than two nights away from Lisbon",
        "cs",
        [
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Inês Carvalho Amaral",
                2,
                "Disponível para as três semanas de formação em Dublin no início",
            ),
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Beatriz Nogueira",
                0,
                "Não pode ficar mais de duas noites fora de Lisboa - cuida da mãe",
            ),
        ],
        **job(
            GERMAN_ROLE,
            LISBON_HYBRID,
            offers=["Three-week onboarding at the client's Dublin hub, flights and hotel paid"],
        ),
    ),
]

VISA = [
    C(
        "a residence permit tied to her employer, no sponsorship here vs an Italian passport",
        "cs",
        [
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Letícia Albuquerque",
                0,
                touches=[
                    rang(
                        60,
                        "Cand is Brazilian, residence permit tied to her current employer - "
                        "would need the new company to handle the AIMA change and sponsor.",
                    )
                ],
            ),
            pool(GERMAN_AGENT, "Lisbon, Portugal")(
                "Gabriela Teixeira Bonfim",
                2,
                touches=[
                    rang(
                        60,
                        "Cand is Brazilian-born but holds an Italian passport, no permit or "
                        "sponsorship needed.",
                    )
                ],
            ),
        ],
        **job(GERMAN_ROLE, LISBON_HYBRID, offers=["No visa sponsorship for this role"]),
    ),
    C(
        "a Japanese national needing a 9(g) visa vs a dual Filipino-Japanese citizen",
        "cs",
        [
            pool(JAPANESE_AGENT, "Makati, Philippines")(
                "Haruka Takeda",
                0,
                "Japanese national living in Manila - needs the employer to sponsor a 9(g) work "
                "visa and AEP",
            ),
            pool(JAPANESE_AGENT, "Makati, Philippines")(
                "Erika Yamada Santos",
                2,
                "Dual Filipino-Japanese citizen, no visa or permit needed to work in the PH",
            ),
        ],
        **job(
            JAPANESE_ROLE,
            MAKATI_ONSITE,
            offers=["Filipino citizens only; we do not sponsor 9(g) visas"],
        ),
    ),
    C(
        "a ZEP holder needing a work-visa sponsor vs a South African citizen",
        "cs",
        [
            pool(COLLECTOR, "Cape Town, South Africa")(
                "Tendai Chikwanha",
                0,
                touches=[
                    rang(
                        40,
                        "Spoke to cand. Zimbabwean, on ZEP which lapses - needs an employer to "
                        "sponsor a general work visa to move.",
                    )
                ],
            ),
            pool(COLLECTOR, "Cape Town, South Africa")(
                "Lerato Seakamela",
                2,
                touches=[
                    rang(
                        40,
                        "Spoke to cand. SA citizen, ID on file, no permit questions. Wants "
                        "collections in the southern suburbs.",
                    )
                ],
            ),
        ],
        **job(
            COLLECTIONS_ROLE,
            CAPE_TOWN_ONSITE,
            offers=["SA citizens and permanent residents only"],
        ),
    ),
    C(
        "a US visa valid to 2031 for client trips vs a visa refused in 2025",
        "cs",
        [
            pool(TEAM_LEAD, "Monterrey, Mexico")(
                "Luis Fernando Ibarra",
                2,
                "Tiene visa americana vigente hasta 2031, puede viajar a Texas cuando se ocupe",
            ),
            pool(TEAM_LEAD, "Monterrey, Mexico")(
                "Jorge Arturo Benavides",
                0,
                "Le negaron la visa americana en 2025, no puede viajar a Estados Unidos",
            ),
        ],
        **job(
            TL_ROLE,
            MONTERREY_ONSITE,
            offers=["Quarterly trips to the client in San Antonio (valid US visa needed)"],
        ),
    ),
]

CONTRACT = [
    C(
        "no more contractual, regular only vs project-based is fine with HMO",
        "cs",
        [
            pool(AGENT, "Caloocan, Philippines")(
                "Rodel Magbanua",
                0,
                touches=[
                    chat(
                        75,
                        "ayoko na po ng contractual, regular lang. twice na ako na-endo sa 5 "
                        "months, pagod na po ako",
                    )
                ],
            ),
            pool(AGENT, "Caloocan, Philippines")(
                "Jayson Pineda",
                2,
                touches=[
                    chat(
                        75,
                        "ok lang po sakin project-based basta may HMO at on time ang sahod",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            MAKATI_ONSITE,
            title="Customer Service Representative (6-month project-based)",
            offers=["Six-month project-based contract for a seasonal ramp", "HMO from day one"],
        ),
    ),
    C(
        "four hours a day around classes vs full time, 45 hours",
        "cs",
        [
            pool(AGENT, "Pasay, Philippines")(
                "Angelica Reyes-Bernardo",
                0,
                "Can only do four hours a day - back in college for her BSBA",
            ),
            pool(AGENT, "Pasay, Philippines")(
                "Kimberly Cuenca",
                2,
                "Wants full-time hours, 45 a week is fine",
            ),
        ],
        **job(CSR_ROLE, MAKATI_ONSITE, offers=["Full time, 40 hours a week plus paid breaks"]),
    ),
    C(
        "won't sign another training bond vs a bond is fine, planning to stay",
        "cs",
        [
            pool(JAPANESE_AGENT, "Parañaque, Philippines")(
                "Dianne Matsumoto Cruz",
                0,
                touches=[
                    rang(
                        55,
                        "Spoke to cand. Won't sign another training bond - paid ₱60k to get "
                        "out of the last one. Deal breaker for her.",
                    )
                ],
            ),
            pool(JAPANESE_AGENT, "Parañaque, Philippines")(
                "Aiko Villanueva",
                2,
                touches=[
                    rang(
                        55,
                        "Spoke to cand. Bond is fine, she plans to stay long anyway if the "
                        "Japanese account is stable.",
                    )
                ],
            ),
        ],
        **job(
            JAPANESE_ROLE,
            MAKATI_ONSITE,
            offers=["Paid Japanese language upskilling with a 12-month training bond"],
        ),
    ),
    C(
        "a no-poach clause on this very client vs one on a different client",
        "cs",
        [
            pool(AGENT, "Mandaue, Philippines")(
                "Christian Jumao-as",
                0,
                touches=[
                    ats(
                        30,
                        "Cand's exit papers from prev vendor: 12-mo no-poach, can't work on the "
                        "Lazada acct for any other vendor til Oct 2027. Confirmed w/ legal.",
                    )
                ],
            ),
            pool(AGENT, "Mandaue, Philippines")(
                "Vincent Ouano",
                2,
                touches=[
                    ats(
                        30,
                        "Cand's exit papers from prev vendor: 12-mo no-poach covers the Shopee "
                        "acct only. Any other client ok per legal.",
                    )
                ],
            ),
        ],
        **job(
            CHAT_ROLE,
            CEBU_ONSITE,
            title="Chat Support Associate, Lazada Account",
            description="Chat and email support for Lazada shoppers and sellers.",
        ),
    ),
    C(
        "Portuguese: only a permanent contract vs a fixed-term contract is no problem",
        "cs",
        [
            pool(FRENCH_AGENT, "Lisbon, Portugal")(
                "Joana Pimentel",
                0,
                touches=[mail(65, "Só aceito contrato sem termo. Chega de contratos a prazo.")],
            ),
            pool(FRENCH_AGENT, "Lisbon, Portugal")(
                "Mariana Lobo Antunes",
                2,
                touches=[
                    mail(
                        65,
                        "Contrato a termo não é problema para mim, desde que seja em francês.",
                    )
                ],
            ),
        ],
        **job(
            FRENCH_ROLE,
            LISBON_ONSITE,
            offers=["Contrato a termo certo de 6 meses, renovável"],
        ),
    ),
    C(
        "Romanian: employment contract only, no PFA vs PFA is fine, already has one",
        "cs",
        [
            pool(DESK_TECH, "Cluj-Napoca, Romania")(
                "Vlad Ciobanu",
                0,
                "Doar contract de muncă (CIM), nu lucrez pe PFA",
            ),
            pool(DESK_TECH, "Cluj-Napoca, Romania")(
                "Mihai Rus",
                2,
                "PFA e ok, am deja unul deschis",
            ),
        ],
        **job(DESK_ROLE, CLUJ_HYBRID, offers=["B2B contract via PFA, 40 hours a week"]),
    ),
]

COMMUTE = [
    C(
        "lives in Pasig, 30 minutes to BGC vs in Bulacan, won't do the BGC commute",
        "cs",
        [
            pool(QA_ANALYST, "Metro Manila, Philippines")(
                "Katrina Soriano",
                2,
                "Lives in Pasig, 30 minutes to BGC by P2P - prefers on-site nearby",
            ),
            pool(QA_ANALYST, "Metro Manila, Philippines")(
                "Hannah Mercado",
                0,
                "Moved to Bulacan - won't commute to BGC anymore, 3 hours each way in traffic",
            ),
        ],
        **job(QA_ROLE, BGC_ONSITE),
    ),
    C(
        "needs the company cab for nights, role has it vs nothing said",
        "cs",
        [
            pool(AGENT, "Gurugram, India")(
                "Pooja Rawat",
                2,
                "Will take a night shift only if the company gives cab pick-up and drop",
            ),
            pool(AGENT, "Gurugram, India")("Neha Chauhan", 1),
        ],
        **job(
            CSR_ROLE,
            GURUGRAM_ONSITE,
            offers=["Cab pick-up and drop for all night shifts", "US shift"],
        ),
    ),
    C(
        "no car, can't get home from Century City at 10 pm vs has her own car",
        "cs",
        [
            pool(COLLECTOR, "Cape Town, South Africa")(
                "Nomvula Zulu",
                0,
                touches=[
                    rang(
                        70,
                        "Spoke to cand - no car, uses taxis from Khayelitsha, can't get home "
                        "from Century City after 8pm. Needs day hours or transport.",
                    )
                ],
            ),
            pool(COLLECTOR, "Cape Town, South Africa")(
                "Bongiwe Ndlovu",
                2,
                touches=[
                    rang(
                        70,
                        "Spoke to cand - has her own car now, happy with late shifts at Century "
                        "City.",
                    )
                ],
            ),
        ],
        **job(
            COLLECTIONS_ROLE,
            CAPE_TOWN_ONSITE,
            offers=["Shifts end at 10 pm, no company transport"],
        ),
    ),
    C(
        "moved to Mandaue, fifteen minutes to IT Park vs moved to Talisay, too far for nights",
        "cs",
        [
            pool(AGENT, "Cebu, Philippines")(
                "Junrey Cañete",
                2,
                touches=[chat(80, "lipat na mi sa Mandaue maam, 15 mins ra to IT Park. G ko!")],
            ),
            pool(AGENT, "Cebu, Philippines")(
                "Rey Mark Alquizola",
                0,
                touches=[
                    chat(
                        80,
                        "lipat na mi sa Talisay maam, layo na kaayo ang IT Park for graveyard. "
                        "di na ko ka commute",
                    )
                ],
            ),
        ],
        **job(CSR_ROLE, CEBU_ONSITE, offers=["Graveyard shift for a US account"]),
    ),
    C(
        "Apodaca, won't cross to San Pedro daily vs lives in San Pedro, walks in",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Karla Tamez Olivares",
                0,
                "Vive en Apodaca; no quiere cruzar a San Pedro todos los días, son dos horas",
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Fernanda de la Garza",
                2,
                "Vive en San Pedro, puede llegar caminando a Valle Oriente",
            ),
        ],
        **job(
            SPANISH_ROLE,
            dict(remote_policy="onsite", location="San Pedro Garza García, Mexico"),
            offers=["On-site at our Valle Oriente office"],
        ),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "₱40k basic minimum vs ₱30k basic is okay, a ₱28-32k role",
        "cs",
        [
            pool(AGENT, "Makati, Philippines")(
                "Reynaldo Agbayani",
                0,
                touches=[chat(40, "asking po ako ₱40k basic minimum, hindi na po ako bababa")],
            ),
            pool(AGENT, "Makati, Philippines")(
                "Mark Anthony Sison",
                2,
                touches=[chat(40, "₱30k basic okay na po sakin basta may ND at 13th month")],
            ),
        ],
        **job(
            CSR_ROLE,
            MAKATI_ONSITE,
            currency="PHP",
            offers=["₱28,000–₱32,000 monthly basic plus night differential and 13th-month pay"],
        ),
    ),
    C(
        "expects 8 LPA on a 6.2 CTC vs expects about 5 on a 3.8, a 4.5-5.5 LPA role",
        "cs",
        [
            pool(KYC, "Hyderabad, India")(
                "Ravi Teja Nallamothu",
                0,
                touches=[
                    ats(35, "CCTC 6.2 LPA, ECTC 8 LPA firm, NP 30d. Not negotiable per cand.")
                ],
            ),
            pool(KYC, "Hyderabad, India")(
                "Lakshmi Prasanna Vemula",
                2,
                touches=[ats(35, "CCTC 3.8 LPA, expecting ~30% hike so ~5 LPA. NP 30d, flexible.")],
            ),
        ],
        **job(
            KYC_ROLE,
            HYDERABAD_ONSITE,
            salary_min=450_000,
            salary_max=550_000,
            currency="INR",
            offers=["₹4.5–5.5 LPA CTC"],
        ),
    ),
    C(
        "Afrikaans: not under R25k a month vs R20k is fine with a transport allowance",
        "cs",
        [
            pool(AGENT, "Bellville, South Africa")(
                "Marelize Botha",
                0,
                touches=[chat(45, "Ek skuif nie vir minder as R25 000 per maand nie, jammer.")],
            ),
            pool(AGENT, "Bellville, South Africa")(
                "Chantelle Fourie",
                2,
                touches=[
                    chat(
                        45,
                        "R20k pm is reg vir my as daar 'n vervoertoelaag is. Stuur gerus die "
                        "besonderhede.",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            CAPE_TOWN_ONSITE,
            title="Customer Service Agent, UK Insurance Account",
            currency="ZAR",
            offers=["R18,000–R22,000 per month plus transport allowance"],
        ),
    ),
    C(
        "Portuguese: at least €1,900 gross a month vs €1,500 times fourteen will do",
        "cs",
        [
            pool(GERMAN_AGENT, "Almada, Portugal")(
                "Duarte Figueiredo",
                0,
                touches=[mail(50, "Para mudar quero pelo menos 1.900 € brutos por mês.")],
            ),
            pool(GERMAN_AGENT, "Almada, Portugal")(
                "Sofia Quintela",
                2,
                touches=[mail(50, "1.500 € brutos x 14 chega-me, mais o subsídio de alimentação.")],
            ),
        ],
        **job(
            GERMAN_ROLE,
            LISBON_HYBRID,
            salary_min=19_600,
            salary_max=22_400,
            currency="EUR",
            offers=["€1,400–€1,600 gross a month, paid 14 times a year", "Meal allowance"],
        ),
    ),
    C(
        "Romanian: 9,500 lei net minimum vs 7,500 net plus meal vouchers is fine",
        "cs",
        [
            pool(PAYROLL, "Cluj-Napoca, Romania")(
                "Alexandra Cozma",
                0,
                "Minim 9.500 lei net pe lună, altfel nu schimbă jobul",
            ),
            pool(PAYROLL, "Cluj-Napoca, Romania")(
                "Diana Oltean",
                2,
                "7.500 lei net plus tichete de masă e ok pentru ea",
            ),
        ],
        **job(
            PAYROLL_ROLE,
            CLUJ_HYBRID,
            currency="RON",
            offers=["7,000–8,000 lei net a month plus meal vouchers"],
        ),
    ),
    C(
        "Mexican Spanish: not under 25k a month vs 19k plus grocery vouchers is fine",
        "cs",
        [
            pool(SPANISH_AGENT, "Guadalupe, Mexico")(
                "Ricardo Villarreal Peña",
                0,
                touches=[chat(30, "no bajo de 25 mil al mes, ya lo platiqué con mi esposa")],
            ),
            pool(SPANISH_AGENT, "Guadalupe, Mexico")(
                "Hugo Cavazos Leal",
                2,
                touches=[chat(30, "con 19 mil más vales de despensa estoy bien, la neta")],
            ),
        ],
        **job(
            SPANISH_ROLE,
            MONTERREY_ONSITE,
            currency="MXN",
            offers=["$18,000–$21,000 MXN al mes más vales de despensa", "Aguinaldo de 30 días"],
        ),
    ),
    C(
        "Egyptian Arabic: not under EGP 25k vs EGP 16k is good with transport",
        "cs",
        [
            pool(FRENCH_AGENT, "Cairo, Egypt")(
                "Ahmed Zaki Mansour",
                0,
                touches=[chat(40, "مش هقبل أقل من ٢٥ ألف جنيه في الشهر")],
            ),
            pool(FRENCH_AGENT, "Cairo, Egypt")(
                "Mostafa Ragab",
                2,
                touches=[chat(40, "١٦ ألف كويسين لو فيه مواصلات من الشركة")],
            ),
        ],
        **job(
            FRENCH_ROLE,
            CAIRO_ONSITE,
            currency="EGP",
            offers=["EGP 15,000–18,000 a month", "Company transport"],
        ),
    ),
    C(
        "on ₱45k now but would take ₱35k for WFH vs won't take a cut from ₱45k",
        "cs",
        [
            pool(JAPANESE_AGENT, "Laguna, Philippines")(
                "Rochelle Tanaka Mendoza",
                2,
                "Currently on ₱45k at the Japanese travel account but would take ₱35k for "
                "permanent WFH - saves her four hours of commute a day",
            ),
            pool(JAPANESE_AGENT, "Laguna, Philippines")(
                "Jennifer Oshiro Cruz",
                0,
                "On ₱45k on the Japanese account now and won't take a pay cut for any setup",
            ),
        ],
        **job(
            JAPANESE_ROLE,
            PH_WFH,
            currency="PHP",
            offers=["₱33,000–₱36,000 monthly basic", "Permanent WFH"],
        ),
    ),
]

# --- 5. last time's reason, resolved by this role or still standing --------------------------

RESOLVED = [
    C(
        "declined over a Makati on-site mandate, this role is WFH vs declined graveyard again",
        "cs",
        [
            pool(AGENT, "Antipolo, Philippines")(
                "Lovely Jane Tapia",
                2,
                apps=[
                    said_no(
                        210,
                        "remote_policy",
                        "Declined JO - needed WFH, client required 5 days on-site in Makati",
                        past=dict(remote_policy="onsite", location="Makati, Philippines"),
                    )
                ],
            ),
            pool(AGENT, "Antipolo, Philippines")(
                "Shiela Marie Ocampo",
                0,
                apps=[
                    said_no(
                        210,
                        "other",
                        "Declined JO - wants day shift, the account was graveyard",
                        past=dict(remote_policy="onsite", location="Makati, Philippines"),
                    )
                ],
            ),
        ],
        **job(CSR_ROLE, PH_WFH, offers=["Permanent WFH", "Graveyard shift, US hours, with ND"]),
    ),
    C(
        "asked ₱30k against a ₱25k offer, now ₱30-34k vs asked ₱38k",
        "cs",
        [
            pool(TEAM_LEAD, "Quezon City, Philippines")(
                "Ferdinand Castañeda",
                2,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Declined - asked ₱30k basic, our offer was ₱25k",
                        role="Team Leader",
                    )
                ],
            ),
            pool(TEAM_LEAD, "Quezon City, Philippines")(
                "Randolph Ilagan",
                0,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Declined - asked ₱38k basic, our offer was ₱25k",
                        role="Team Leader",
                    )
                ],
            ),
        ],
        **job(
            TL_ROLE,
            MAKATI_ONSITE,
            currency="PHP",
            offers=["₱30,000–₱34,000 monthly basic plus 13th month"],
        ),
    ),
    C(
        "withdrew over no cab drop, this role has one vs withdrew over US nights at all",
        "cs",
        [
            pool(AGENT, "Gurugram, India")(
                "Ritika Yadav",
                2,
                apps=[
                    backed_out(
                        180,
                        "other",
                        "Withdrew - no cab drop for the 3 am logout, not safe for her",
                    )
                ],
            ),
            pool(AGENT, "Gurugram, India")(
                "Kavya Tanwar",
                0,
                apps=[
                    backed_out(
                        180,
                        "not_interested",
                        "Withdrew - does not want US night shift in any process",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            GURUGRAM_ONSITE,
            offers=["US shift, 7 pm to 4 am IST", "Door-to-door cab drop for every shift"],
        ),
    ),
    C(
        "pulled out over an 18-month training bond, this role has none vs nothing on record",
        "cs",
        [
            pool(DESK_TECH, "Makati, Philippines")(
                "Paolo Evangelista",
                2,
                apps=[
                    backed_out(
                        300,
                        "other",
                        "Pulled out at offer stage over the 18-month training bond",
                        stage="offer",
                        role="IT Service Desk Analyst",
                    )
                ],
            ),
            pool(DESK_TECH, "Makati, Philippines")("Gerald Sumulong", 1),
        ],
        **job(DESK_ROLE, MAKATI_ONSITE, offers=["No training bond", "HMO with two dependents"]),
    ),
    C(
        "declined because HMO left out her kids, now covered vs declined over a TL title",
        "cs",
        [
            pool(AGENT, "Davao City, Philippines")(
                "Almira Sangcopan",
                2,
                apps=[
                    said_no(
                        150,
                        "compensation",
                        "Declined - HMO covered her only, needs her two kids covered",
                    )
                ],
            ),
            pool(AGENT, "Davao City, Philippines")(
                "Rosalie Untalan",
                0,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Declined - wanted a TL title, offer was senior agent",
                    )
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            dict(remote_policy="onsite", location="Davao City, Philippines"),
            offers=["HMO for the employee plus two free dependents"],
        ),
    ),
    C(
        "withdrew from a Durban role, this one is Cape Town vs Century City too far, still is",
        "cs",
        [
            pool(WFM, "Cape Town, South Africa")(
                "Zanele Mabuza-Gqirana",
                2,
                apps=[
                    backed_out(
                        220,
                        "location",
                        "Withdrew - role was in Durban, won't relocate from Cape Town",
                        past=dict(remote_policy="onsite", location="Durban, South Africa"),
                        role="WFM Analyst",
                    )
                ],
            ),
            pool(WFM, "Cape Town, South Africa")(
                "Ayanda Mahlangu",
                0,
                apps=[
                    backed_out(
                        220,
                        "location",
                        "Withdrew - Century City too far from Khayelitsha without transport",
                        past=dict(remote_policy="onsite", location="Cape Town, South Africa"),
                        role="WFM Analyst",
                    )
                ],
            ),
        ],
        **job(WFM_ROLE, CAPE_TOWN_ONSITE, offers=["No company transport"]),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "Taglish: not against graveyard vs really against graveyard",
        "cs",
        [
            pool(AGENT, "Las Piñas, Philippines")(
                "Ervin Dimalanta",
                2,
                touches=[chat(50, "hindi naman ako against sa graveyard, sanay na ako dun")],
            ),
            pool(AGENT, "Las Piñas, Philippines")(
                "Noel Buenaventura",
                0,
                touches=[chat(50, "against talaga ako sa graveyard, ayoko na ng puyat")],
            ),
        ],
        **job(CSR_ROLE, MAKATI_ONSITE, offers=["Graveyard shift with 10% night differential"]),
    ),
    C(
        "it wasn't the pay, it was forced OT, role has none vs it was the pay",
        "cs",
        [
            pool(COLLECTOR, "Pune, India")(
                "Sachin Londhe",
                2,
                "It wasn't the pay that made him leave, it was the forced OT every single week",
            ),
            pool(COLLECTOR, "Pune, India")(
                "Tushar Pawar",
                1,
                "It was the pay that made him leave - the OT he didn't mind",
            ),
        ],
        **job(COLLECTIONS_ROLE, PUNE_ONSITE, offers=["No mandatory overtime"]),
    ),
    C(
        "never had a problem with on-site vs on-site is a problem now, caring for her father",
        "cs",
        [
            pool(PAYROLL, "Makati, Philippines")(
                "Maria Luisa Enriquez",
                2,
                touches=[ats(90, "Cand never had a problem w/ on-site, likes the office routine.")],
            ),
            pool(PAYROLL, "Makati, Philippines")(
                "Carmela Velasco",
                0,
                touches=[
                    ats(90, "On-site is a problem now - cand caring for her father after a stroke.")
                ],
            ),
        ],
        **job(PAYROLL_ROLE, MAKATI_ONSITE, offers=["Five days on-site in Salcedo Village"]),
    ),
    C(
        "doesn't mind voice at all vs doesn't do voice any more",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Paola Quiroga",
                2,
                touches=[
                    inmail(60, "I don't mind voice at all, I actually prefer talking to people.")
                ],
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Itzel Garza Rangel",
                0,
                touches=[inmail(60, "I don't do voice anymore, non-voice only please.")],
            ),
        ],
        **job(SPANISH_ROLE, MONTERREY_ONSITE),
    ),
    C(
        "Hinglish: no problem with night shift vs night shift is a problem",
        "cs",
        [
            pool(DESK_TECH, "Gurugram, India")(
                "Rohit Bhardwaj",
                2,
                touches=[chat(45, "sir night shift se koi dikkat nahi hai, pehle bhi kiya hai")],
            ),
            pool(DESK_TECH, "Gurugram, India")(
                "Gaurav Chaudhary",
                0,
                touches=[chat(45, "sir night shift se dikkat hai, day shift hi chahiye mujhe")],
            ),
        ],
        **job(DESK_ROLE, GURUGRAM_ONSITE, offers=["Night shift for US users, 8 pm to 5 am IST"]),
    ),
    C(
        "no collections, but KYC is fine vs no banking at all",
        "cs",
        [
            pool(KYC, "Cairo, Egypt")(
                "Salma Fathy",
                2,
                "No collections - but KYC and fraud operations are fine",
            ),
            pool(KYC, "Cairo, Egypt")(
                "Dina Samir",
                0,
                "No banking at all, not even back office",
            ),
        ],
        **job(KYC_ROLE, CAIRO_ONSITE),
    ),
]

# --- 7. work mode said in one place only ------------------------------------------------------

WORK_MODE = [
    C(
        "remote said only in the policy field: WFH-only vs wants the site back",
        "cs",
        [
            pool(AGENT, "Batangas, Philippines")(
                "Jocelyn Macalintal",
                2,
                touches=[chat(55, "WFH lang po ako, may fibre at generator po ako dito")],
            ),
            pool(AGENT, "Batangas, Philippines")(
                "Rachelle Panganiban",
                0,
                touches=[chat(55, "gusto ko na po bumalik sa site, ang ingay dito sa bahay")],
            ),
        ],
        **job(CHAT_ROLE, dict(remote_policy="remote", location="Philippines")),
    ),
    C(
        "on-site said only in the description: WFH-only vs wants the floor again",
        "cs",
        [
            pool(AGENT, "Cebu City, Philippines")(
                "Arvin Pacaña",
                0,
                "WFH only - will not go back to the production floor",
            ),
            pool(AGENT, "Cebu City, Philippines")(
                "Dexter Sumalinog",
                2,
                "Wants to be back on the production floor with a team",
            ),
        ],
        **job(
            CHAT_ROLE,
            dict(location="Cebu City, Philippines"),
            description="Chat support, fully on-site at our IT Park floor; no work from home.",
        ),
    ),
    C(
        "hybrid said only in the title: hybrid suits him vs permanent WFH only",
        "cs",
        [
            pool(TEAM_LEAD, "Taguig, Philippines")(
                "Benedict Samonte",
                2,
                touches=[rang(40, "Spoke to cand - hybrid suits him, 2-3 days on-site fine.")],
            ),
            pool(TEAM_LEAD, "Taguig, Philippines")(
                "Francis Lagman",
                0,
                touches=[rang(40, "Spoke to cand - permanent WFH only, no RTO for him.")],
            ),
        ],
        **job(
            TL_ROLE,
            dict(location="Taguig (BGC), Philippines"),
            title="Team Leader, Customer Care (hybrid, 3 days on-site)",
        ),
    ),
    C(
        "WFH said only in the offers: wants WFH after her baby vs no room at home",
        "cs",
        [
            pool(AP_CLERK, "Pune, India")(
                "Sneha Inamdar",
                2,
                "Wants work from home after her baby",
            ),
            pool(AP_CLERK, "Pune, India")(
                "Vaishali Jagtap",
                0,
                "Prefers office - joint family, no quiet corner at home",
            ),
        ],
        **job(
            AP_ROLE,
            dict(location="Pune, India"),
            offers=["Work from home permanently; laptop and internet reimbursed"],
        ),
    ),
    C(
        "Spanish offers: 100% home office, wants it vs wants to go in",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Guadalupe Saldívar",
                2,
                "Busca home office, vive en Juárez NL y pierde tres horas diarias en camión",
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Ximena Garza Sada",
                0,
                "Prefiere presencial, en casa no se concentra",
            ),
        ],
        **job(
            SPANISH_ROLE,
            dict(location="Monterrey, Mexico"),
            offers=["Esquema 100% home office, equipo proporcionado"],
        ),
    ),
]

# --- 8. location and relocation -------------------------------------------------------------

LOCATIONS = [
    C(
        "moving back to Cebu in December vs settled in Quezon City",
        "cs",
        [
            pool(QA_ANALYST, "Quezon City, Philippines")(
                "Cherry Lou Abellana",
                2,
                "Moving back to Cebu in December to be near her parents",
            ),
            pool(QA_ANALYST, "Quezon City, Philippines")(
                "Rhodora Galang",
                0,
                "Settled in QC with her family, not relocating anywhere",
            ),
        ],
        **job(QA_ROLE, CEBU_ONSITE),
    ),
    C(
        "ready to move to Hyderabad, wife transferred there vs Pune only",
        "cs",
        [
            pool(TEAM_LEAD, "Pune, India")(
                "Amol Shinde",
                2,
                touches=[rang(60, "Cand ready to relocate to Hyd, wife got transferred there.")],
            ),
            pool(TEAM_LEAD, "Pune, India")(
                "Prasad Kale",
                0,
                touches=[rang(60, "Cand Pune only - own flat, parents stay with him.")],
            ),
        ],
        **job(TL_ROLE, HYDERABAD_ONSITE),
    ),
    C(
        "Portuguese: moving to Lisbon in January vs Porto only",
        "cs",
        [
            pool(FRENCH_AGENT, "Porto, Portugal")(
                "Catarina Sampaio",
                2,
                touches=[
                    mail(50, "Vou mudar-me para Lisboa em janeiro, já tenho casa em Benfica.")
                ],
            ),
            pool(FRENCH_AGENT, "Porto, Portugal")(
                "Marta Brandão",
                0,
                touches=[mail(50, "Só Porto. Lisboa para mim está fora de questão.")],
            ),
        ],
        **job(FRENCH_ROLE, LISBON_ONSITE),
    ),
    C(
        "her husband moves to Cluj but she stays in Bucharest vs she moves with him",
        "cs",
        [
            pool(PAYROLL, "Bucharest, Romania")(
                "Elena Dumitrescu",
                0,
                touches=[
                    rang(
                        45,
                        "Spoke to Elena: her husband is relocating to Cluj for work; she is "
                        "staying in Bucharest with the kids.",
                    )
                ],
            ),
            pool(PAYROLL, "Bucharest, Romania")(
                "Simona Stănescu",
                2,
                touches=[
                    rang(
                        45,
                        "Spoke to Simona: she's relocating to Cluj with her husband in "
                        "February, looking for payroll roles there.",
                    )
                ],
            ),
        ],
        **job(PAYROLL_ROLE, CLUJ_ONSITE),
    ),
    C(
        "Egyptian Arabic: will move to Cairo with housing vs Alexandria only",
        "cs",
        [
            pool(COLLECTOR, "Alexandria, Egypt")(
                "Hossam Eldin Farouk",
                2,
                touches=[chat(70, "مستعد أنقل القاهرة لو الشركة هتوفر سكن")],
            ),
            pool(COLLECTOR, "Alexandria, Egypt")(
                "Amr Shalaby",
                0,
                touches=[chat(70, "إسكندرية بس، عندي شغل العيلة هنا")],
            ),
        ],
        **job(
            COLLECTIONS_ROLE,
            CAIRO_ONSITE,
            offers=["Company housing for hires from outside Cairo for the first six months"],
        ),
    ),
]

# --- 9. the history with us -------------------------------------------------------------------

LAST_TIME = [
    C(
        "resigned with clearance, rehire eligible vs went AWOL, not eligible",
        "cs",
        [
            pool(AGENT, "Makati, Philippines")(
                "Jerome Abrenica",
                2,
                touches=[
                    ats(
                        270,
                        "Ex-emp (2023-2026). Resigned Feb 2026 w/ complete clearance, rehire "
                        "elig per HR. Good attendance.",
                    )
                ],
            ),
            pool(AGENT, "Makati, Philippines")(
                "Darwin Almazan",
                0,
                touches=[
                    ats(
                        270,
                        "Ex-emp (2023-2026). AWOL Mar 2026, no clearance, NOT elig for rehire "
                        "per HR.",
                    )
                ],
            ),
        ],
        **job(CSR_ROLE, MAKATI_ONSITE),
    ),
    C(
        "a no-show at the final last month vs a typhoon no-show two years ago, apologised",
        "cs",
        [
            pool(TEAM_LEAD, "Marikina, Philippines")(
                "Rachel Ann Dimaano",
                0,
                apps=[
                    turned_away(
                        40,
                        "final",
                        "no_show",
                        "No-show at final interview w/ OM, no call no text",
                        role="Team Leader",
                    )
                ],
            ),
            pool(TEAM_LEAD, "Marikina, Philippines")(
                "Maybelle Santiago",
                2,
                apps=[
                    turned_away(
                        720,
                        "final",
                        "no_show",
                        "Missed final - typhoon flooded her street in Marikina, called the next "
                        "day to apologise",
                        role="Team Leader",
                    )
                ],
            ),
        ],
        **job(TL_ROLE, MAKATI_ONSITE),
    ),
    C(
        "Versant 48 last month vs Versant 50 two years ago and IELTS 7.5 since",
        "cs",
        [
            pool(AGENT, "Iloilo City, Philippines")(
                "Nikki Gumban",
                0,
                apps=[turned_away(40, "screen", "skills_gap", "Versant 48, acct needs 58")],
            ),
            pool(AGENT, "Iloilo City, Philippines")(
                "Trisha Jalandoni",
                2,
                "Took IELTS this year - 7.5 overall",
                apps=[turned_away(720, "screen", "skills_gap", "Versant 50 vs 58 reqd")],
            ),
        ],
        **job(CSR_ROLE, dict(remote_policy="onsite", location="Iloilo City, Philippines")),
    ),
    C(
        "rude to the QA manager in calibration vs pushed back but stayed professional",
        "cs",
        [
            pool(QA_ANALYST, "Hyderabad, India")(
                "Kiran Kumar Bollam",
                0,
                apps=[
                    turned_away(
                        120,
                        "final",
                        "conduct",
                        "Rude and dismissive to the QA manager in the calibration exercise",
                        role="QA Analyst",
                    )
                ],
            ),
            pool(QA_ANALYST, "Hyderabad, India")(
                "Sai Charan Mudiraj",
                2,
                apps=[
                    lost_final(
                        120,
                        "Pushed back hard on QA's scoring in calibration but stayed professional "
                        "- and had a point. Lost narrowly.",
                        role="QA Analyst",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, HYDERABAD_ONSITE),
    ),
    C(
        "failed the typing test in August vs passed everything, lost to an internal",
        "cs",
        [
            pool(AGENT, "Cairo, Egypt")(
                "Hana Elsayed",
                0,
                apps=[
                    turned_away(
                        95,
                        "screen",
                        "skills_gap",
                        "Failed typing test - 28 wpm vs 40 required",
                        role="Chat Support Associate",
                    )
                ],
            ),
            pool(AGENT, "Cairo, Egypt")(
                "Rana Abdelrahman",
                2,
                apps=[
                    lost_final(
                        95,
                        "Passed all assessments (typing 52 wpm); lost to an internal applicant",
                        role="Chat Support Associate",
                    )
                ],
            ),
        ],
        **job(CHAT_ROLE, CAIRO_ONSITE),
    ),
]

# --- 10. managing and level, company stage and size ------------------------------------------

LEVEL = [
    C(
        "ready to lead, acting TL for eight months vs wants to stay an agent",
        "cs",
        [
            pool(AGENT, "Taguig, Philippines")(
                "Jeffrey Magsino",
                2,
                "Ready to lead a team - was acting TL for 8 months while his TL was on leave",
            ),
            pool(AGENT, "Taguig, Philippines")(
                "Christopher Lualhati",
                0,
                "Doesn't want to be TL - likes being an agent, no people stuff",
            ),
        ],
        **job(TL_ROLE, BGC_ONSITE),
    ),
    C(
        "wants to stay a tenured agent vs TL roles only now",
        "cs",
        [
            pool(AGENT, "Cebu City, Philippines")(
                "Ronalyn Bacus",
                2,
                touches=[
                    chat(65, "stay lang ko as tenured agent maam, dili ko ganahan mag TL. chill ra")
                ],
            ),
            pool(AGENT, "Cebu City, Philippines")(
                "Lyka Daan",
                0,
                touches=[chat(65, "TL roles na lang po, ayaw na nako mobalik sa calls")],
            ),
        ],
        **job(CSR_ROLE, CEBU_ONSITE),
    ),
    C(
        "wants an OM seat, runs three TLs vs wants to stay a senior TL",
        "cs",
        [
            pool(OPS_LEAD, "Gurugram, India")(
                "Vikram Chawla-Bedi",
                2,
                "Wants an operations manager role - already runs three TLs and the client review",
            ),
            pool(OPS_LEAD, "Gurugram, India")(
                "Manish Arora",
                0,
                "Wants to stay a senior TL - OM is too political, he likes the floor",
            ),
        ],
        **job(OM_ROLE, GURUGRAM_ONSITE),
    ),
    C(
        "wants to move into training vs wants QA, not training",
        "cs",
        [
            pool(AGENT, "Cape Town, South Africa")(
                "Kayla Petersen",
                2,
                "Wants to move into training - has been the nesting buddy for three waves",
            ),
            pool(AGENT, "Cape Town, South Africa")(
                "Megan Jacobs",
                1,
                "Wants to move into QA rather than training",
            ),
        ],
        **job(TRAINER_ROLE, CAPE_TOWN_ONSITE),
    ),
    C(
        "senior or lead WFM only vs happy as an analyst",
        "cs",
        [
            pool(WFM, "Lisbon, Portugal")(
                "Pedro Gouveia",
                0,
                touches=[
                    inmail(50, "Only senior or lead WFM roles now - not going back to analyst.")
                ],
            ),
            pool(WFM, "Lisbon, Portugal")(
                "Nuno Valente",
                2,
                touches=[
                    inmail(50, "Happy staying an analyst, I want to get deeper into forecasting.")
                ],
            ),
        ],
        **job(WFM_ROLE, LISBON_HYBRID),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small in-house team vs wants a big multinational BPO",
        "cs",
        [
            pool(AGENT, "Taguig, Philippines")(
                "Patricia Gonzaga",
                2,
                "Wants a small in-house support team - tired of big-BPO politics",
            ),
            pool(AGENT, "Taguig, Philippines")(
                "Cheska Villarama",
                0,
                "Wants a big multinational BPO for stability and the family HMO",
            ),
        ],
        **job(
            CHAT_ROLE,
            BGC_HYBRID,
            title="Customer Support Specialist (in-house)",
            offers=["40-person fintech startup, in-house support team of six"],
        ),
    ),
    C(
        "wants a large captive GBS centre vs wants a startup",
        "cs",
        [
            pool(AP_CLERK, "Pune, India")(
                "Aniket Phadke",
                2,
                "Wants a large captive GBS centre, not a third-party vendor",
            ),
            pool(AP_CLERK, "Pune, India")(
                "Yogesh Waghmare",
                0,
                "Wants a small startup where he can wear many hats",
            ),
        ],
        **job(
            AP_ROLE,
            PUNE_ONSITE,
            offers=["Captive GBS centre of a Fortune 500 bank, 6,000 employees in Pune"],
        ),
    ),
    C(
        "Romanian: wants in-house, not outsourced vs likes moving between BPO accounts",
        "cs",
        [
            pool(FRENCH_AGENT, "Cluj-Napoca, Romania")(
                "Bianca Pop",
                2,
                "Vrea in-house, nu outsourcing - s-a săturat să fie furnizor pentru client",
            ),
            pool(FRENCH_AGENT, "Cluj-Napoca, Romania")(
                "Larisa Szabo",
                1,
                "Preferă un BPO, îi place să treacă de la un proiect la altul",
            ),
        ],
        **job(
            FRENCH_ROLE,
            CLUJ_HYBRID,
            offers=["In-house customer care team of an e-commerce company, not a BPO"],
        ),
    ),
]

# --- 11. mission and technology -------------------------------------------------------------

MISSION = [
    C(
        "wants a healthcare account vs avoids healthcare accounts",
        "cs",
        [
            pool(AGENT, "Pasig, Philippines")(
                "Janine Quiambao",
                2,
                "Wants a healthcare account - helping patients makes the calls worth it",
            ),
            pool(AGENT, "Pasig, Philippines")(
                "Roxanne Baltazar",
                0,
                "Avoids healthcare accounts, the medical calls upset her",
            ),
        ],
        **job(
            CSR_ROLE,
            BGC_ONSITE,
            title="Patient Support Representative, US Healthcare Account",
            description="Help patients with appointments, prescriptions and insurance claims.",
        ),
    ),
    C(
        "Mexican Spanish: refuses collections vs no issue with collections",
        "cs",
        [
            pool(COLLECTOR, "Monterrey, Mexico")(
                "Óscar Treviño Lozano",
                0,
                touches=[
                    rang(
                        60,
                        "Hablé con él: no quiere nada de cobranza, dice que no puede andar "
                        "correteando a la gente por deudas.",
                    )
                ],
            ),
            pool(COLLECTOR, "Monterrey, Mexico")(
                "Eduardo González Sepúlveda",
                2,
                touches=[
                    rang(
                        60,
                        "Hablé con él: sin problema con cobranza, le gusta negociar convenios "
                        "de pago.",
                    )
                ],
            ),
        ],
        **job(COLLECTIONS_ROLE, MONTERREY_ONSITE),
    ),
    C(
        "no gambling, mobile games are fine vs nothing gaming at all",
        "cs",
        [
            pool(AGENT, "Makati, Philippines")(
                "Aljon Dumlao",
                2,
                "No online gambling accounts - but mobile games are fine, he's a gamer himself",
            ),
            pool(AGENT, "Makati, Philippines")(
                "Ruby Anne Pascual",
                0,
                "Anything gaming-related is a no for her, mobile games included",
            ),
        ],
        **job(
            CHAT_ROLE,
            MAKATI_ONSITE,
            title="Player Support Agent, Mobile Games Studio",
            description="Chat support for players of a mobile puzzle game. No gambling products.",
        ),
    ),
    C(
        "wants meaningful work in education vs pay matters, not mission",
        "cs",
        [
            pool(AGENT, "Johannesburg, South Africa")(
                "Refilwe Motaung-Kekana",
                2,
                "Wants meaningful work - education especially",
            ),
            pool(AGENT, "Johannesburg, South Africa")(
                "Kagiso Sithole",
                1,
                "Mission doesn't matter much to him, the pay does",
            ),
        ],
        **job(
            CHAT_ROLE,
            dict(remote_policy="remote", location="Remote (South Africa)"),
            offers=["Non-profit: support for learners on a free online education platform"],
        ),
    ),
]

TECH = [
    C(
        "wants to stay on ServiceNow, CSA certified vs wants out into AWS",
        "cs",
        [
            pool(DESK_TECH, "Cluj-Napoca, Romania")(
                "Andrei Mărginean",
                2,
                "Wants to keep working in ServiceNow - just got his CSA certification",
            ),
            pool(DESK_TECH, "Cluj-Napoca, Romania")(
                "Bogdan Crișan",
                0,
                "Wants out of service desk, moving into AWS cloud engineering",
            ),
        ],
        **job(DESK_ROLE, CLUJ_HYBRID),
    ),
    C(
        "wants Zendesk admin exposure vs wants to stay on Salesforce",
        "cs",
        [
            pool(AGENT, "Lisbon, Portugal")(
                "Francisca Leitão",
                2,
                "Wants Zendesk admin exposure - triggers, macros, views",
            ),
            pool(AGENT, "Lisbon, Portugal")(
                "Rita Cordeiro",
                1,
                "Wants to stay on Salesforce Service Cloud",
            ),
        ],
        **job(
            CHAT_ROLE,
            LISBON_HYBRID,
            offers=["Zendesk admin rights for senior agents", "English-language chat queue"],
        ),
    ),
    C(
        "wants S/4HANA migration experience vs never SAP again",
        "cs",
        [
            pool(AP_CLERK, "Gurugram, India")(
                "Deepika Rathore",
                2,
                "Wants SAP S/4HANA migration experience on her CV",
            ),
            pool(AP_CLERK, "Gurugram, India")(
                "Nidhi Kapoor",
                0,
                "Never SAP again - Oracle Fusion only",
            ),
        ],
        **job(AP_ROLE, GURUGRAM_ONSITE, offers=["Be part of the SAP S/4HANA migration in 2027"]),
    ),
]

# --- 12. several notes over time, the latest counts -------------------------------------------

LATEST_WORD = [
    C(
        "graveyard refused in March, fine in October vs fine in March, refused in October",
        "cs",
        [
            pool(AGENT, "Manila, Philippines")(
                "Kenneth Manalo",
                2,
                touches=[
                    chat(date(2026, 3, 9), "no graveyard muna ako, may sakit si mama"),
                    chat(
                        date(2026, 10, 12), "okay na ako sa graveyard ngayon, magaling na si mama"
                    ),
                ],
            ),
            pool(AGENT, "Manila, Philippines")(
                "Jericho Salonga",
                0,
                touches=[
                    chat(date(2026, 3, 9), "game ako sa graveyard anytime"),
                    chat(
                        date(2026, 10, 12),
                        "hindi na ako pwede sa graveyard, nag-aaral na ako sa umaga",
                    ),
                ],
            ),
        ],
        **job(CSR_ROLE, MAKATI_ONSITE, offers=["Graveyard shift with night differential"]),
    ),
    C(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        "cs",
        [
            pool(QA_ANALYST, "Durbanville, South Africa")(
                "Annelie Coetzee",
                2,
                touches=[
                    mail(date(2026, 2, 2), "Please stop contacting me, I am happy at Sykes."),
                    mail(
                        date(2026, 9, 14),
                        "I know I asked you to stop earlier this year - things have changed and "
                        "I'm open to QA roles now. Please do get in touch.",
                    ),
                ],
            ),
            pool(QA_ANALYST, "Durbanville, South Africa")(
                "Elmarie Pretorius",
                0,
                touches=[
                    mail(date(2026, 2, 2), "Not now, but keep me posted."),
                    mail(
                        date(2026, 9, 14),
                        "Please remove me from your database and stop all contact.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(QA_ROLE, CAPE_TOWN_HYBRID),
    ),
    C(
        "asked ₱40k then ₱32k vs asked ₱30k then ₱42k, a ₱30-34k role",
        "cs",
        [
            pool(TRAINER, "Taguig, Philippines")(
                "Giselle Marquez",
                2,
                touches=[
                    rang(date(2026, 4, 20), "Asking ₱40k basic."),
                    rang(date(2026, 10, 19), "Cand lowered ask - ₱32k okay na, wants stability."),
                ],
            ),
            pool(TRAINER, "Taguig, Philippines")(
                "Pamela Torralba",
                0,
                touches=[
                    rang(date(2026, 4, 20), "Asking ₱30k basic."),
                    rang(
                        date(2026, 10, 19),
                        "Cand raised ask to ₱42k, has a competing offer elsewhere.",
                    ),
                ],
            ),
        ],
        **job(
            TRAINER_ROLE,
            BGC_ONSITE,
            currency="PHP",
            offers=["₱30,000–₱34,000 monthly basic plus 13th month"],
        ),
    ),
    C(
        "WFH only then hybrid is fine vs hybrid fine then WFH only",
        "cs",
        [
            pool(WFM, "Taguig, Philippines")(
                "Melanie Cortez",
                2,
                touches=[
                    chat(
                        date(2026, 1, 12), "WFH lang talaga ako for now, walang mag-aalaga sa baby"
                    ),
                    chat(date(2026, 9, 28), "pwede na ako hybrid, may yaya na kami!"),
                ],
            ),
            pool(WFM, "Taguig, Philippines")(
                "Irene Bustamante",
                0,
                touches=[
                    chat(date(2026, 1, 12), "hybrid ok sakin, 3 days onsite kaya"),
                    chat(
                        date(2026, 9, 28),
                        "WFH only na ako ngayon, lumipat kami sa Batangas",
                    ),
                ],
            ),
        ],
        **job(WFM_ROLE, BGC_HYBRID),
    ),
    C(
        "Hinglish: won't move to Hyderabad, then ready vs ready, then won't",
        "cs",
        [
            pool(KYC, "Vijayawada, India")(
                "Harish Chennupati",
                2,
                touches=[
                    chat(date(2026, 2, 16), "Hyderabad nahi jaunga sir, ghar yahin hai"),
                    chat(
                        date(2026, 10, 5),
                        "sir ab Hyderabad shift karne ke liye ready hoon, shaadi ke baad wife "
                        "wahin job karti hai",
                    ),
                ],
            ),
            pool(KYC, "Vijayawada, India")(
                "Naveen Tummala",
                0,
                touches=[
                    chat(date(2026, 2, 16), "Hyderabad shift karne ke liye ready hoon sir"),
                    chat(
                        date(2026, 10, 5),
                        "sir Hyderabad ab nahi ho payega, father ki tabiyat kharab hai, yahin "
                        "rehna padega",
                    ),
                ],
            ),
        ],
        **job(KYC_ROLE, HYDERABAD_ONSITE),
    ),
    C(
        "no bond, then a certified 12-month bond is fine vs bond fine, then never",
        "cs",
        [
            pool(AGENT, "Bacolod, Philippines")(
                "Kristel Gatuslao",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Cand: no training bond, period."),
                    rang(
                        date(2026, 10, 26),
                        "Cand ok na w/ 12-month bond if the training is certified (TESDA NC II).",
                    ),
                ],
            ),
            pool(AGENT, "Bacolod, Philippines")(
                "April Joy Lacson",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Cand ok w/ training bond, no issue."),
                    rang(
                        date(2026, 10, 26),
                        "Cand changed mind - will not sign any bond now, friend got burned.",
                    ),
                ],
            ),
        ],
        **job(
            CSR_ROLE,
            dict(remote_policy="onsite", location="Bacolod, Philippines"),
            offers=["TESDA-certified NC II training with a 12-month training bond"],
        ),
    ),
]

# --- 13. the latest process and stage reached -------------------------------------------------

PROCESS = [
    C(
        "lost the final to one other vs a CV never screened",
        "cs",
        [
            pool(KYC, "Lisbon, Portugal")(
                "Vasco Pereira Lopes", 2, apps=[lost_final(200, role="KYC Analyst")]
            ),
            pool(KYC, "Lisbon, Portugal")(
                "Henrique Moura",
                1,
                apps=[
                    app(
                        200,
                        "applied",
                        "rejected",
                        "other",
                        "CV not screened - req closed before review",
                        role="KYC Analyst",
                    )
                ],
            ),
        ],
        **job(KYC_ROLE, LISBON_HYBRID),
    ),
    C(
        "hired by us two months ago vs lost a final",
        "cs",
        [
            pool(AGENT, "Cebu City, Philippines")(
                "Jessa Mae Rosales",
                0,
                apps=[app(60, "offer", "hired", None, "Joined Sept 2026 on the Optus acct")],
            ),
            pool(AGENT, "Cebu City, Philippines")(
                "Charisse Montecillo",
                2,
                apps=[lost_final(200)],
            ),
        ],
        **job(CSR_ROLE, CEBU_ONSITE),
    ),
    C(
        "took a counteroffer six weeks ago vs cut at finals by a client ramp-down",
        "cs",
        [
            pool(COLLECTOR, "Makati, Philippines")(
                "Bernard Lapitan",
                0,
                apps=[
                    said_no(
                        40,
                        "counteroffer",
                        "Took counteroffer - promoted to SME w/ ₱5k increase",
                        role="Collections Specialist",
                    )
                ],
            ),
            pool(COLLECTOR, "Makati, Philippines")(
                "Edwin Ponce",
                2,
                apps=[
                    app(
                        220,
                        "final",
                        "position_closed",
                        "headcount",
                        "Client ramp-down - wave cut from 120 to 40 seats after finals",
                        role="Collections Specialist",
                    )
                ],
            ),
        ],
        **job(COLLECTIONS_ROLE, MAKATI_ONSITE),
    ),
    C(
        "an offer pulled when the account ramped down vs an application never looked at",
        "cs",
        [
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Alma Rosa Cárdenas",
                2,
                apps=[
                    app(
                        150,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Oferta cancelada - el cliente movió el volumen a Colombia (ramp-down)",
                    )
                ],
            ),
            pool(SPANISH_AGENT, "Monterrey, Mexico")(
                "Liliana Zambrano",
                1,
                apps=[app(150, "applied", "rejected", "other", None)],
            ),
        ],
        **job(SPANISH_ROLE, MONTERREY_ONSITE),
    ),
]

HELDOUT28_CASES: list[Case] = [
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
