"""Held-out rediscovery cases, thirty-eighth set: Indian IT-services, GCC and start-up recruiters'
own words, written by a thirty-eighth stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 38") and never tuned to what Encore does. The recruiters are an
in-house TA team at a Bengaluru global capability centre, a Hyderabad consulting firm that hires
for the service majors and their clients, a Pune start-up's founder-recruiter and a Noida BPO/KPO
desk. The voices: ATS and Naukri shorthand ("cand", "CTC 18 LPA", "ECTC", "NP 90D", "LWD",
"serving NP", "OIH", "DOJ", "F2F", "TL", "BGV", "C2H", "DNC"), recruiters' call notes in the third
person, candidates' WhatsApp replies in lower case, formal emails that end "Kindly do the
needful", LinkedIn messages, and lines of Hindi, Hinglish, Tamil, Telugu and Kannada. The people
are Java, .NET and SAP FICO consultants, QA and automation testers, data and cloud engineers,
L2 application support, international voice process team leaders, KPO analysts and engineering
managers in Bengaluru, Hyderabad, Pune, Chennai, Gurugram, Noida, Coimbatore and Kochi. Money is
in LPA and lakhs, fixed against variable, hikes in percent, offers in hand and counter-offers;
time is notice periods of 30/60/90 days, buyouts, last working days, April appraisals, Diwali,
Navratri, Pongal, Holi, weddings, maternity leave and board exams.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp "remove my number", a blocked number marked DND, Hindi, Tamil and
   Kannada, a DPDP Act erasure request, a woman leaving the workforce, LinkedIn "never", an
   "unsubscribe", a complaint that ends in DNC): never shown; beside each a changed SIM, "call
   after 7", "shaam ko call karna", "next week pesalaam", Hyderabad openings only, a change of
   city after marriage, WhatsApp rather than LinkedIn, a newsletter subscription, a brother's old
   number and "one SPOC only";
2. waits counted from the day said, each against a twin whose wait has run out: 90 days' notice
   with LWD in January, the April appraisal, a service agreement to March 2027, a sister's
   wedding, Pongal at the native place, a son's board exams, maternity leave, an onsite stint in
   Germany ending in February, a probation, a go-live, Holi against Navratri, and a note full
   of dates that asks no wait;
3. schedule, travel, visa, contract and hours, commute: US and UK shifts, nights with a cab,
   rotational weekends, a client's JD pasted over the candidate's word, implementation travel,
   B1 trips, onsite in Germany, H-1B and L1, a husband's US plans that are not hers, passports,
   C2H and third-party payroll, bonds, freelance, part-time, six-day weeks, Electronic City from
   Hebbal, Hinjewadi with and without a cab, Noida to Gurugram, OMR and Anna Nagar;
4. pay in LPA against the band: hike percentages, fixed against variable, an offer in hand,
   lakhs a month in hand against an annual band, a current CTC above the band with a lower ask,
   a BPO band, ESOPs against cash;
5. work mode said only in the policy field, only in the description, only in the title, only
   in the offers, in Hindi and in Telugu;
6. negation and scope ("not against 5 days WFO", "salary wasn't the issue, the commute was",
   "not looking for a TL role", "don't mind relocating", "no to Cognizant, not to service
   companies", "not only remote", "not because of SAP");
7. location (a hometown posting in Coimbatore, a move to Pune after the wedding against a fiancé
   who moves instead, anywhere but the North, Chennai against Bengaluru, Kolkata, a husband's
   transfer she is not following), managing against hands-on, company stage and size (a Series A,
   a service major, a bank's GCC, a unicorn after a layoff), industries (instant-loan apps,
   edtech, real-money gaming, healthtech) and technology (Java, S/4HANA, manual testing,
   Databricks, legacy .NET);
8. last time's reason resolved by this role or still standing (WFO, a 30-day joiner, relocation
   to Chennai, nights, a bond, pay), the history with us (a recent skills gap, a no-show against a
   rescheduled F2F, an offer ghosted against one declined in good time, a failed BGV) and the
   latest process (a final round lost last month, a placement two months ago, a counter-offer
   taken recently against long ago, a req put on hold after selection);
9. several notes over time where the latest word counts: a stop taken back and a "keep me
   posted" turned into a removal, nights refused then fine and the reverse, a move refused then
   wanted and the reverse, a pay ask lowered and raised, WFH-only given up and taken up.

Hard cases a careful recruiter still gets right are mixed in: a brother's, a father's or a
husband's word that is not the candidate's, a client's JD pasted into the candidate's note, a
current CTC above the band with a lower ask, a monthly in-hand ask against an annual CTC band, a
past employer's nights or travel this role does not have, and long notes with many dates where one
line decides.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

JAVA_DEV = dict(
    current_title="Senior Software Engineer (Java)",
    skills=["Java 17", "Spring Boot", "Microservices", "Kafka", "AWS"],
    years_experience=7,
    resume_text="Seven years of Java at a service major for a US retail bank "
    "client: Spring Boot microservices, Kafka consumers for card "
    "transactions, REST APIs on AWS EKS, JUnit and SonarQube gates, "
    "and two years as module lead for a team of five.",
)
DOTNET_DEV = dict(
    current_title="Technical Lead (.NET)",
    skills=["C#", "ASP.NET Core", "Azure", "SQL Server", "Angular"],
    years_experience=9,
    resume_text="Nine years on the Microsoft stack: ASP.NET Core Web APIs, Azure "
    "App Services and Functions, SQL Server tuning, Angular front "
    "ends, and the migration of a WebForms insurance portal to .NET 8.",
)
SAP_FICO = dict(
    current_title="SAP FICO Consultant",
    skills=["SAP FI", "SAP CO", "S/4HANA", "GST configuration", "Month-end close"],
    years_experience=8,
    resume_text="SAP FICO consultant with eight years and three end-to-end "
    "implementations: GL, AP, AR, asset accounting, cost centre and "
    "profit centre accounting, GST configuration for Indian entities, "
    "and support for month-end close.",
)
QA_ENGINEER = dict(
    current_title="Senior QA Engineer",
    skills=["Selenium", "Java", "TestNG", "Rest Assured", "JIRA"],
    years_experience=6,
    resume_text="Six years in testing for a healthcare client: manual and "
    "automated regression, Selenium with Java and TestNG, API tests in "
    "Rest Assured, defect triage in JIRA and daily calls with the "
    "onsite coordinator.",
)
DATA_ENGINEER = dict(
    current_title="Senior Data Engineer",
    skills=["PySpark", "Azure Data Factory", "Databricks", "SQL", "Python"],
    years_experience=6,
    resume_text="Six years building data pipelines for a GCC of a UK insurer: "
    "Azure Data Factory orchestration, PySpark transformations on "
    "Databricks, SQL performance tuning and data quality checks in "
    "Python.",
)
CLOUD_ENGINEER = dict(
    current_title="DevOps Engineer",
    skills=["AWS", "Kubernetes", "Terraform", "Jenkins", "Linux"],
    years_experience=7,
    resume_text="DevOps engineer for seven years: AWS landing zones in Terraform, "
    "EKS clusters, Jenkins and GitHub Actions pipelines, Linux "
    "administration and on-call for a payments client.",
)
APP_SUPPORT = dict(
    current_title="Application Support Engineer (L2)",
    skills=["ITIL", "ServiceNow", "SQL", "Unix shell", "Incident management"],
    years_experience=5,
    resume_text="L2 application support for five years on a US telecom account: "
    "ServiceNow incidents, SQL and Unix log analysis, batch "
    "monitoring, P1 bridges and shift handovers under ITIL.",
)
VOICE_TL = dict(
    current_title="Team Leader, International Voice Process",
    skills=["Team handling", "Call quality", "AHT and CSAT", "US customer service"],
    years_experience=8,
    resume_text="Eight years in international voice BPO, the last three as team "
    "leader of 18 advisors on a US telecom process: floor management, "
    "call audits, AHT and CSAT targets, attrition control and shift "
    "rosters.",
)
KPO_ANALYST = dict(
    current_title="Senior Analyst, Financial Research",
    skills=["Equity research", "Financial modelling", "Excel", "Bloomberg"],
    years_experience=5,
    resume_text="Five years at a KPO supporting US asset managers: company "
    "financial models, earnings updates, industry reports from "
    "Bloomberg and Capitaline data, and client calls in UK hours.",
)
ENG_MANAGER = dict(
    current_title="Associate Engineering Manager",
    skills=["People management", "Java", "Hiring", "Agile delivery"],
    years_experience=12,
    resume_text="Twelve years in product engineering, the last four leading teams "
    "of six to ten engineers: hiring, appraisals, sprint delivery, and "
    "Java service design for an e-commerce marketplace.",
)


def pool(profile: str, persona: dict, where: str = "Bengaluru, India"):
    """Candidates of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


java = pool("backend", JAVA_DEV)
dotnet = pool("backend", DOTNET_DEV, "Hyderabad, India")
sap = pool("finance", SAP_FICO, "Hyderabad, India")
qa = pool("frontend", QA_ENGINEER, "Chennai, India")
data = pool("data_eng", DATA_ENGINEER)
cloud = pool("sre", CLOUD_ENGINEER, "Gurugram, India")
support = pool("cs", APP_SUPPORT, "Pune, India")
voice = pool("cs", VOICE_TL, "Noida, India")
kpo = pool("finance", KPO_ANALYST, "Gurugram, India")
manager = pool("manager", ENG_MANAGER)

# --- who wrote what -------------------------------------------------------------------------


def call(days, text) -> dict:
    """A recruiter's call note, typed in the ATS in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def ats(days, text) -> dict:
    """A note typed into the ATS or copied from Naukri: a recruiter, a screener, BGV."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def wa(days, text) -> dict:
    """The candidate's WhatsApp reply, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def li(days, text) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Java Developer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Java Developer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Java Developer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def at(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


def lpa(low: float, high: float) -> dict:
    """A CTC band in lakhs per annum, stored in rupees."""
    return dict(salary_min=int(low * 100_000), salary_max=int(high * 100_000), currency="INR")


# --- what the roles are ---------------------------------------------------------------------

JAVA_ROLE = dict(
    title="Senior Java Developer",
    department="Engineering",
    seniority="senior",
    requirements="Java 11+\nSpring Boot\nMicroservices\nKafka\nAWS",
    description="Build card-payment microservices for a global bank's India GCC.",
)
DOTNET_ROLE = dict(
    title="Technical Lead - .NET",
    department="Engineering",
    seniority="lead",
    requirements="C#\nASP.NET Core\nAzure\nSQL Server",
    description="Lead a squad of five on an insurance client's policy platform.",
)
SAP_ROLE = dict(
    title="SAP FICO Consultant",
    department="Enterprise Applications",
    seniority="senior",
    requirements="SAP FI and CO\nS/4HANA\nGST configuration\nEnd-to-end implementation",
    description="Configure and support FICO for a manufacturing client's S/4HANA programme.",
)
QA_ROLE = dict(
    title="Senior QA Automation Engineer",
    department="Quality Engineering",
    seniority="senior",
    requirements="Selenium\nJava\nTestNG\nAPI testing",
    description="Own regression automation for a healthcare client's claims platform.",
)
DATA_ROLE = dict(
    title="Senior Data Engineer (Azure)",
    department="Data",
    seniority="senior",
    requirements="PySpark\nAzure Data Factory\nDatabricks\nSQL",
    description="Build the lakehouse pipelines for an insurer's India GCC.",
)
CLOUD_ROLE = dict(
    title="Senior DevOps Engineer",
    department="Platform",
    seniority="senior",
    requirements="AWS\nKubernetes\nTerraform\nCI/CD",
    description="Run the AWS platform and pipelines for a fintech's product teams.",
)
SUPPORT_ROLE = dict(
    title="Application Support Engineer - L2",
    department="Production Support",
    seniority="mid",
    requirements="ITIL\nServiceNow\nSQL\nUnix",
    description="L2 support for a US telecom client's billing applications.",
)
VOICE_ROLE = dict(
    title="Team Leader - International Voice",
    department="Operations",
    seniority="lead",
    requirements="Team handling\nInternational voice process\nAHT and CSAT\nRostering",
    description="Lead a team of 20 advisors on a US customer-care process.",
)
KPO_ROLE = dict(
    title="Senior Analyst - Investment Research",
    department="Research",
    seniority="senior",
    requirements="Financial modelling\nEquity research\nExcel\nBloomberg",
    description="Support a US asset manager's analysts with models and earnings notes.",
)
EM_ROLE = dict(
    title="Engineering Manager",
    department="Engineering",
    seniority="manager",
    requirements="People management\nHiring\nJava\nAgile delivery",
    description="Lead the checkout team of eight engineers at a consumer-internet company.",
)

# --- where and how they are worked ----------------------------------------------------------

BLR_HYBRID = dict(
    remote_policy="hybrid",
    location="Bengaluru, India",
    offers=["Hybrid: three days a week at our Whitefield office"],
)
BLR_WFO = dict(remote_policy="onsite", location="Bengaluru, India")
HYD_HYBRID = dict(
    remote_policy="hybrid",
    location="Hyderabad, India",
    offers=["Hybrid: two days a week at our HITEC City office"],
)
HYD_WFO = dict(remote_policy="onsite", location="Hyderabad, India")
PUNE_WFO = dict(remote_policy="onsite", location="Pune, India")
PUNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Pune, India",
    offers=["Hybrid: three days a week at our Kharadi office"],
)
CHENNAI_WFO = dict(remote_policy="onsite", location="Chennai, India")
GGN_HYBRID = dict(
    remote_policy="hybrid",
    location="Gurugram, India",
    offers=["Hybrid: three days a week in Cyber City"],
)
GGN_WFO = dict(remote_policy="onsite", location="Gurugram, India")
NOIDA_WFO = dict(remote_policy="onsite", location="Noida, India")
INDIA_REMOTE = dict(remote_policy="remote", location="Remote (India)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "WhatsApp 'remove my number from your database' vs update my number in your database",
        "backend",
        [
            java(
                "Venkatesh Rangarajan",
                0,
                touches=[
                    wa(
                        45,
                        "Please remove my number from your database. I am not looking for "
                        "any change and don't want these calls. Kindly do the needful.",
                    )
                ],
                excluded=True,
            ),
            java(
                "Harikrishnan Pillai",
                2,
                touches=[
                    wa(
                        45,
                        "Kindly update my number in your database, old Airtel SIM is "
                        "discontinued. Use this one only. Still looking for Java openings "
                        "in Bangalore.",
                    )
                ],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "blocked our number, marked DND vs call only after 7 pm",
        "backend",
        [
            dotnet(
                "Saikiran Pulluri",
                0,
                touches=[
                    call(
                        60,
                        "Cand said don't call again, he has blocked our number. Marked DND "
                        "in Naukri + ATS.",
                    )
                ],
                excluded=True,
            ),
            dotnet(
                "Naveen Chowdary Kakani",
                2,
                touches=[
                    call(
                        60,
                        "Cand said don't call during office hrs, his TL sits next to him. "
                        "Call after 7pm. Intrested in .NET lead roles.",
                    )
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
    C(
        "Hindi: 'dobara call mat karna' vs 'shaam ko call karna'",
        "backend",
        [
            java(
                "Rohit Bhadauria",
                0,
                touches=[
                    wa(
                        30,
                        "Bhai mujhe dobara call mat karna. Koi interest nahi hai, mera "
                        "number apni list se delete karo.",
                    )
                ],
                excluded=True,
                location="Pune, India",
            ),
            java(
                "Ankit Shrivastava",
                2,
                touches=[
                    wa(
                        30,
                        "Bhai abhi meeting mein hoon, shaam ko call karna. Pune wala role "
                        "interesting lag raha hai.",
                    )
                ],
                location="Pune, India",
            ),
        ],
        **at(JAVA_ROLE, PUNE_WFO),
    ),
    C(
        "a DPDP Act erasure letter vs a letter asking for Hyderabad openings only",
        "backend",
        [
            sap(
                "Lakshmi Prasanna Gudivada",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam, I hereby request you to stop sending me job mails "
                        "and to delete my profile, resume and contact details from all "
                        "your records as per the Digital Personal Data Protection Act. "
                        "Kindly confirm once done. Regards, Lakshmi Prasanna",
                    )
                ],
                excluded=True,
            ),
            sap(
                "Sravanthi Nallamothu",
                2,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam, I request you to please stop sending me mails for "
                        "Chennai openings as I have relocated to Hyderabad permanently. "
                        "Kindly share FICO openings in Hyderabad only. Regards, Sravanthi",
                    )
                ],
            ),
        ],
        **at(SAP_ROLE, HYD_HYBRID),
    ),
    C(
        "Tamil: 'inimel call panna vendaam' vs 'next week pesalaam'",
        "frontend",
        [
            qa(
                "Karthikeyan Murugesan",
                0,
                touches=[
                    wa(
                        25,
                        "Sir enakku inimel call panna vendaam. Job change pannura idea "
                        "illa, eppovume. Please stop.",
                    )
                ],
                excluded=True,
            ),
            qa(
                "Senthilnathan Arumugam",
                2,
                touches=[
                    wa(
                        25,
                        "Sir ippo konjam busy, next week pesalaam. Chennai automation role "
                        "interesting-a irukku.",
                    )
                ],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO),
    ),
    C(
        "leaving the workforce after marriage, remove from all mailers vs "
        "moved to Pune, update mailers",
        "cs",
        [
            support(
                "Pooja Deshmane",
                0,
                touches=[
                    call(
                        90,
                        "Cand informed she got married and has left the workforce for "
                        "good. Asked us to remove her from all mailers and calls "
                        "permanently.",
                    )
                ],
                excluded=True,
            ),
            support(
                "Snehal Kulkarni",
                2,
                touches=[
                    call(
                        90,
                        "Cand informed she got married and shifted to Pune from Nagpur. "
                        "Asked us to update her location on all mailers - looking for L2 "
                        "support roles in Pune.",
                    )
                ],
            ),
        ],
        **at(SUPPORT_ROLE, PUNE_WFO),
    ),
    C(
        "LinkedIn: never contact me about jobs vs not on LinkedIn, WhatsApp me",
        "data_eng",
        [
            data(
                "Aparna Venugopal",
                0,
                touches=[
                    li(
                        50,
                        "Please don't message me here or anywhere else regarding jobs. I "
                        "am not interested and won't be in future either.",
                    )
                ],
                excluded=True,
            ),
            data(
                "Divya Thirunavukkarasu",
                2,
                touches=[
                    li(
                        50,
                        "Please don't message me here, I hardly open LinkedIn - WhatsApp "
                        "me on the number in my CV. Open to Databricks roles in BLR.",
                    )
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID),
    ),
    C(
        "'unsubscribe' to a mass mailer vs 'subscribe me to your GCC jobs mailer'",
        "sre",
        [
            cloud(
                "Gurpreet Singh Bedi",
                0,
                touches=[mail(35, "unsubscribe from all your mailers")],
                excluded=True,
            ),
            cloud(
                "Harmanpreet Kaur Sodhi",
                2,
                touches=[mail(35, "subscribe me to your GCC jobs mailer pls, the DevOps ones")],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID),
    ),
    C(
        "she says stop, she is taking a break for good vs her brother's old number, she is keen",
        "cs",
        [
            voice(
                "Shalini Chauhan",
                0,
                touches=[
                    wa(
                        40,
                        "pls stop calling me, i have decided not to work anymore. not "
                        "interested in any process.",
                    )
                ],
                excluded=True,
            ),
            voice(
                "Nidhi Bhardwaj",
                2,
                touches=[
                    call(
                        40,
                        "Her brother picked up and said stop calling this no., it's his - "
                        "she had given it years back. Got her own mobile from him, spoke "
                        "to her, keen on TL roles in Noida.",
                    )
                ],
            ),
        ],
        **at(VOICE_ROLE, NOIDA_WFO),
    ),
    C(
        "complained to our HR, asked to be marked DNC vs complained about calls, wants one SPOC",
        "backend",
        [
            kpo(
                "Abhishek Khandelwal",
                0,
                touches=[
                    ats(
                        70,
                        "Cand escalated to our HR head about repeated calls. Has asked to "
                        "be marked DNC - do not contact under any circumstances.",
                    )
                ],
                excluded=True,
            ),
            kpo(
                "Siddharth Agarwal",
                2,
                touches=[
                    ats(
                        70,
                        "Cand complained he got calls from 4 of our recruiters for the "
                        "same req. Wants one SPOC only going forward - Ritu to own. Still "
                        "open to research roles.",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "serving 90 days, LWD end of January vs LWD was end of October",
        "backend",
        [
            java(
                "Pradeep Kumar Nayak",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Cand resigned today from Infosys, serving NP 90D, LWD 31 Jan. No "
                        "buyout from company side. Can join only after LWD.",
                    )
                ],
            ),
            java(
                "Manoj Tripathy",
                2,
                touches=[
                    call(
                        date(2026, 8, 3),
                        "Cand resigned today from Infosys, serving NP 90D, LWD 31 Oct. No "
                        "buyout. Can join only after LWD.",
                    )
                ],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "after the April appraisal, said in October vs said in January",
        "backend",
        [
            dotnet(
                "Raghavendra Kulkarni",
                1,
                (
                    "Will look for a change only after the April appraisal, don't want "
                    "to lose the hike this year",
                    date(2026, 10, 12),
                ),
            ),
            dotnet(
                "Vishwanath Hegde",
                2,
                (
                    "Will look for a change only after the April appraisal, not before",
                    date(2026, 1, 19),
                ),
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
    C(
        "a service agreement to March 2027 vs one that ended in June",
        "frontend",
        [
            qa(
                "Muthukumar Sundaram",
                1,
                touches=[
                    wa(
                        date(2026, 9, 14),
                        "Sir I have a 2 year service agreement with my company till March "
                        "2027. If I leave before that I have to pay 2 lakhs, so not "
                        "possible now.",
                    )
                ],
            ),
            qa(
                "Elangovan Natarajan",
                2,
                touches=[
                    wa(
                        date(2025, 10, 6),
                        "Sir I have a service agreement with my company till June 2026. If "
                        "I leave before that I have to pay 1.5 lakhs, so only after that.",
                    )
                ],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO),
    ),
    C(
        "out of station till 20 Dec for a sister's wedding vs till 20 March",
        "backend",
        [
            sap(
                "Bhargav Reddy Annapureddy",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "Out of station till 20th Dec for sister's marriage in Nellore. "
                        "Will revert after that, pls don't schedule anything.",
                    )
                ],
            ),
            sap(
                "Chaitanya Varma Penmetsa",
                2,
                touches=[
                    wa(
                        date(2026, 3, 2),
                        "Out of station till 20th March for my sister's marriage in "
                        "Bhimavaram. Will revert after that.",
                    )
                ],
            ),
        ],
        **at(SAP_ROLE, HYD_HYBRID),
    ),
    C(
        "after Pongal at the native place, said this month vs said last December",
        "cs",
        [
            support(
                "Saravanan Periyasamy",
                1,
                touches=[
                    call(
                        date(2026, 11, 9),
                        "Cand going to native (Thanjavur) for Pongal. Said call him after "
                        "Pongal, will decide on job change then.",
                    )
                ],
                location="Chennai, India",
            ),
            support(
                "Ilayaraja Mariappan",
                2,
                touches=[
                    call(
                        date(2025, 12, 15),
                        "Cand going to native (Madurai) for Pongal. Said call him after "
                        "Pongal, will think about change then.",
                    )
                ],
                location="Chennai, India",
            ),
        ],
        **at(SUPPORT_ROLE, CHENNAI_WFO),
    ),
    C(
        "a son's 10th boards in Feb-March, said in October vs said a year earlier",
        "data_eng",
        [
            data(
                "Sunitha Gopalakrishnan",
                1,
                (
                    "Son has 10th board exams Feb-March, cannot change jobs till his "
                    "exams are over",
                    date(2026, 10, 5),
                ),
            ),
            data(
                "Rekha Balasubramanian",
                2,
                (
                    "Daughter has 12th board exams Feb-March, cannot change jobs till "
                    "her exams are over",
                    date(2025, 10, 6),
                ),
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID),
    ),
    C(
        "maternity leave till end of February vs maternity leave that ended in July",
        "backend",
        [
            java(
                "Ashwini Gowda",
                1,
                touches=[
                    li(
                        date(2026, 10, 19),
                        "Hi, I'm on maternity leave till end of Feb 2027. I'll rejoin my "
                        "current org and then take a call on a switch, so please connect "
                        "after that.",
                    )
                ],
            ),
            java(
                "Kavya Shetty",
                2,
                touches=[
                    li(
                        date(2026, 2, 9),
                        "Hi, I'm on maternity leave till end of July. Please connect after "
                        "that, I'll be open to a switch.",
                    )
                ],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "onsite in Frankfurt till February vs onsite that ended in June",
        "sre",
        [
            cloud(
                "Tushar Malhotra",
                1,
                touches=[
                    mail(
                        date(2026, 9, 21),
                        "Currently onsite in Frankfurt on an ICT permit, back in India "
                        "mid-Feb 2027. Can look at India roles only once I'm back. Please "
                        "keep me in mind.",
                    )
                ],
            ),
            cloud(
                "Varun Sehgal",
                2,
                touches=[
                    mail(
                        date(2026, 1, 12),
                        "Currently onsite in Munich, back in India by June. Can look at "
                        "India roles only once I'm back. Please keep me in mind.",
                    )
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID),
    ),
    C(
        "probation at Accenture till March vs a probation passed, a note full of dates",
        "backend",
        [
            kpo(
                "Nikita Bansal",
                1,
                touches=[
                    call(
                        date(2026, 9, 28),
                        "Cand joined Accenture on 7 Sep, 6 months probation. Won't move "
                        "before probation is confirmed in March.",
                    )
                ],
            ),
            kpo(
                "Ishita Goyal",
                2,
                touches=[
                    call(
                        date(2026, 9, 28),
                        "Cand joined Accenture 9 Jan, probation confirmed 9 July, got her "
                        "CFA L2 result 20 Aug, back from Dubai trip 15 Sep. Open to good "
                        "research roles, call anytime.",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO),
    ),
    C(
        "'give me 2-3 months, go-live in Jan', said this month vs said in May",
        "backend",
        [
            dotnet(
                "Srinivas Rao Bandaru",
                1,
                touches=[
                    wa(
                        date(2026, 11, 2),
                        "Give me 2-3 months, our go-live is in Jan and I'm the only one "
                        "who knows the module. After that I'm free to talk.",
                    )
                ],
            ),
            dotnet(
                "Ramesh Babu Yarlagadda",
                2,
                touches=[
                    wa(
                        date(2026, 5, 4),
                        "Give me 2-3 months, our go-live is in July and I'm the only one "
                        "handling the module. After that free to talk.",
                    )
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
    C(
        "till Holi, said this month vs after Navratri, said in September",
        "cs",
        [
            voice(
                "Deepak Rawat",
                1,
                (
                    "Not moving till Holi - wants the annual incentive payout in March first",
                    date(2026, 11, 16),
                ),
            ),
            voice(
                "Sandeep Negi",
                2,
                (
                    "Not moving till Navratri is over, family function at home in Dehradun",
                    date(2026, 9, 7),
                ),
            ),
        ],
        **at(VOICE_ROLE, NOIDA_WFO),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ---------------------------------

NIGHT_SUPPORT = dict(
    SUPPORT_ROLE,
    title="Application Support Engineer - L2 (US shift)",
    description="L2 support for a US telecom client's billing applications, 6:30 "
    "pm to 3:30 am "
    "IST, Monday to Friday.",
)

SCHEDULE = [
    C(
        "no night shift on a doctor's advice vs four years of US shift, fine with a cab",
        "cs",
        [
            support(
                "Amol Patwardhan",
                0,
                touches=[
                    call(
                        35,
                        "Cand can't do night shift - health issue, doctor has advised "
                        "proper sleep after his BP episode last year. Only day/general "
                        "shift.",
                    )
                ],
            ),
            support(
                "Chinmay Joshi",
                2,
                touches=[
                    call(
                        35,
                        "Cand has done US shift for 4 yrs at Syntel, fine with night shift "
                        "if cab is provided both ways.",
                    )
                ],
            ),
        ],
        **at(NIGHT_SUPPORT, PUNE_WFO, offers=["Cab facility both ways", "Night shift allowance"]),
    ),
    C(
        "tired of rotational shifts, general shift only vs wants the US shift for MBA classes",
        "cs",
        [
            support(
                "Rajesh Gaikwad",
                2,
                touches=[
                    wa(
                        50,
                        "Tired of rotational shifts since 5 years, body clock is gone. "
                        "Want only general shift now, 9 to 6 type.",
                    )
                ],
            ),
            support(
                "Omkar Bhosale",
                0,
                touches=[
                    wa(
                        50,
                        "Prefer US shift only bro, I'm doing executive MBA classes in the "
                        "mornings till 2028. Day shift won't work for me.",
                    )
                ],
            ),
        ],
        **at(SUPPORT_ROLE, PUNE_WFO, offers=["General shift, 9:30 am to 6:30 pm"]),
    ),
    C(
        "'not against nights as long as it's WFH' vs 'against nights even from home'",
        "backend",
        [
            kpo(
                "Mohit Aggarwal",
                2,
                touches=[
                    call(
                        40,
                        "Not against night shift as long as it's WFH, he says commuting at "
                        "2am is the only thing that bothered him at EXL.",
                    )
                ],
            ),
            kpo(
                "Rahul Sachdeva",
                0,
                touches=[
                    call(
                        40,
                        "Against night shift even if it's WFH - tried it for a year at "
                        "EXL, his health went for a toss.",
                    )
                ],
            ),
        ],
        **at(
            KPO_ROLE,
            INDIA_REMOTE,
            description="Support a US asset manager's analysts in US hours, 7 pm to 4 am "
            "IST, fully from home.",
            title="Senior Analyst - Investment Research (US hours, WFH)",
        ),
    ),
    C(
        "weekends are for family vs weekend on-call is fine, did it at Wipro",
        "sre",
        [
            cloud(
                "Nitin Bhatia",
                0,
                touches=[
                    wa(
                        30,
                        "weekends are for family yaar, no saturday-sunday work at all. did "
                        "enough of that.",
                    )
                ],
            ),
            cloud(
                "Karan Arora",
                2,
                touches=[
                    wa(
                        30,
                        "weekend on-call rotation is fine, did it for 3 years at wipro. "
                        "just want comp off.",
                    )
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID, offers=["One weekend on-call in four, with comp off"]),
    ),
    C(
        "UK shift fine, not US vs only a morning shift for the school pick-up",
        "backend",
        [
            kpo(
                "Simran Kapoor",
                2,
                touches=[
                    call(
                        45,
                        "UK shift ok for her (1pm-10pm), not US shift. Has done UK hours "
                        "for her current client.",
                    )
                ],
            ),
            kpo(
                "Megha Saxena",
                0,
                touches=[
                    call(
                        45,
                        "Only morning shift - has to pick up her son from school at 3:30, "
                        "no one else at home.",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO, offers=["UK shift, 1 pm to 10 pm, cab drop after 9 pm"]),
    ),
    C(
        "the client's 24x7 JD pasted in, he won't do nights vs the same JD, she is fine",
        "cs",
        [
            support(
                "Sachin Shelar",
                0,
                touches=[
                    ats(
                        20,
                        "Client JD: 24x7 rotational shifts incl. nights, cab provided, "
                        "shift allowance as per policy. Cand said: I will not do nights, "
                        "full stop.",
                    )
                ],
            ),
            support(
                "Sayali Jadhav",
                2,
                touches=[
                    ats(
                        20,
                        "Client JD: 24x7 rotational shifts incl. nights, cab provided, "
                        "shift allowance as per policy. Cand fine with it, only asked "
                        "about cab routing to Wakad.",
                    )
                ],
            ),
        ],
        **at(
            SUPPORT_ROLE,
            PUNE_WFO,
            offers=["24x7 rotational shifts including nights", "Cab facility"],
        ),
    ),
]

TRAVEL = [
    C(
        "a bedridden mother, cannot travel vs three go-lives at client sites",
        "backend",
        [
            sap(
                "Anil Kumar Gorantla",
                0,
                touches=[
                    call(
                        55,
                        "Cand cannot travel - mother is bedridden, he has to be home every "
                        "night. Only base location work.",
                    )
                ],
            ),
            sap(
                "Pavan Kalyan Tummala",
                2,
                touches=[
                    call(
                        55,
                        "Cand happy to travel for implementations, has done 3 go-lives at "
                        "client sites in Vizag, Pune and Jamshedpur.",
                    )
                ],
            ),
        ],
        **at(
            SAP_ROLE,
            HYD_HYBRID,
            offers=["About 40% travel to client plants across India during the implementation"],
        ),
    ),
    C(
        "no more client-site travel after Deloitte vs wants a role on the road",
        "backend",
        [
            sap(
                "Venkata Ramana Chilukuri",
                2,
                touches=[
                    mail(
                        65,
                        "After five years of living out of hotels with Deloitte I don't "
                        "want any more client-site travel. A desk job in Hyderabad is what "
                        "I'm after.",
                    )
                ],
            ),
            sap(
                "Kiran Teja Vemula",
                0,
                touches=[
                    mail(
                        65,
                        "I get bored sitting in one office. Looking for a role with "
                        "frequent travel to client sites, that's when I learn the most.",
                    )
                ],
            ),
        ],
        **at(
            SAP_ROLE,
            HYD_WFO,
            offers=["No client travel: the support centre works remotely with the plants"],
        ),
    ),
    C(
        "B1/B2 valid till 2029, ready for short trips vs no flying at all",
        "backend",
        [
            java(
                "Anirudh Iyengar",
                2,
                touches=[
                    call(
                        40,
                        "Ready for short-term onsite trips, has B1/B2 stamped till 2029. "
                        "Went to Charlotte twice for 3 weeks each.",
                    )
                ],
            ),
            java(
                "Sudarshan Bhat",
                0,
                touches=[
                    call(
                        40,
                        "Won't do any international travel - fear of flying, only goes by "
                        "train. Domestic road trips ok.",
                    )
                ],
            ),
        ],
        **at(
            JAVA_ROLE,
            BLR_HYBRID,
            offers=["Two or three short business trips a year to the US client on B1"],
        ),
    ),
    C(
        "travel fine, only overnights are not vs wants zero travel",
        "data_eng",
        [
            data(
                "Gautham Srinivasan",
                2,
                touches=[
                    wa(
                        60,
                        "travel not a problem for me, only overnight stays are - wife "
                        "works night shift so i need to be home by night",
                    )
                ],
            ),
            data(
                "Prashanth Raghavan",
                0,
                touches=[wa(60, "travel is a problem for me, i want zero travel in my next job")],
            ),
        ],
        **at(
            DATA_ROLE,
            BLR_HYBRID,
            offers=["Occasional day trips to the Hosur plant, back the same evening"],
        ),
    ),
    C(
        "only one site, no shuttling vs fine moving between Sector 62 and Cyber City",
        "cs",
        [
            voice(
                "Ravi Shankar Pandey",
                0,
                touches=[
                    call(
                        30,
                        "Wants to work at one location only, no shuttling between sites. "
                        "Had enough running around at Teleperformance.",
                    )
                ],
            ),
            voice(
                "Amit Kumar Dwivedi",
                2,
                touches=[
                    call(
                        30,
                        "Ok with moving between Sector 62 and Cyber City sites during the "
                        "week, has his own bike + metro pass.",
                    )
                ],
            ),
        ],
        **at(VOICE_ROLE, NOIDA_WFO, offers=["Weekly floor visits to the Gurugram site"]),
    ),
]

VISA = [
    C(
        "wants onsite, Germany above all, Goethe A2 done vs no onsite, parents are old",
        "backend",
        [
            java(
                "Rakshith Poojary",
                2,
                touches=[
                    li(
                        70,
                        "Looking for a role with an onsite opportunity, Germany preferably "
                        "- I've cleared Goethe A2 and am doing B1 now.",
                    )
                ],
            ),
            java(
                "Sharath Chandra Moorthy",
                0,
                touches=[
                    li(
                        70,
                        "Not interested in going onsite at all, my parents are old and I'm "
                        "the only son. India-based roles only.",
                    )
                ],
            ),
        ],
        **at(
            JAVA_ROLE,
            BLR_HYBRID,
            offers=["Onsite move to Frankfurt on an EU Blue Card after six months"],
        ),
    ),
    C(
        "only roles with an H-1B route vs wants to settle in Hyderabad, an India-only role",
        "backend",
        [
            dotnet(
                "Sai Teja Mandava",
                0,
                touches=[
                    call(
                        75,
                        "Cand only looking at roles with onsite opportunity (H-1B filing). "
                        "Otherwise not interested in a switch.",
                    )
                ],
            ),
            dotnet(
                "Harsha Vardhan Kolli",
                2,
                touches=[
                    call(
                        75,
                        "Cand not keen on onsite, wants to settle in Hyderabad, just "
                        "bought a flat in Kokapet.",
                    )
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID, offers=["India-based role, no onsite travel"]),
    ),
    C(
        "a stamped H-1B till 2028 vs not picked in the lottery three times",
        "frontend",
        [
            qa(
                "Vignesh Ramalingam",
                2,
                touches=[
                    ats(
                        50,
                        "Cand has valid H-1B stamped till 2028 (was in Dallas 2022-24). "
                        "Visa transfer possible, ready to travel in 4-6 weeks.",
                    )
                ],
            ),
            qa(
                "Dinesh Kumaravel",
                0,
                touches=[
                    ats(
                        50,
                        "Cand not picked in H-1B lottery 3 times, no US visa. Wants onsite "
                        "but can't go.",
                    )
                ],
            ),
        ],
        **at(
            QA_ROLE,
            CHENNAI_WFO,
            title="QA Automation Lead - Onsite (New Jersey)",
            offers=["Onsite in New Jersey; a valid H-1B is required"],
        ),
    ),
    C(
        "wants the L1 to join her husband in Dallas vs her husband wants the US, she does not",
        "cs",
        [
            support(
                "Rutuja Phadke",
                2,
                touches=[
                    call(
                        45,
                        "Her husband is already in Dallas on H-1B since last year. She "
                        "wants a role with an L1 route so she can join him, not H-4.",
                    )
                ],
            ),
            support(
                "Manasi Karandikar",
                0,
                touches=[
                    call(
                        45,
                        "Her husband keeps talking about going to US, but she doesn't want "
                        "to leave Pune - her parents are here. India only for her.",
                    )
                ],
            ),
        ],
        **at(
            SUPPORT_ROLE, PUNE_WFO, offers=["L1 transfer to the Dallas client site after one year"]
        ),
    ),
    C(
        "'passport no issue, valid till 2031' vs never applied for a passport",
        "data_eng",
        [
            data(
                "Yashwanth Gowda",
                2,
                touches=[wa(40, "passport no issue, valid till 2031. ready to fly whenever")],
            ),
            data(
                "Mahesh Hiremath",
                0,
                touches=[wa(40, "I don't have a passport, never applied. Not planning also")],
            ),
        ],
        **at(
            DATA_ROLE,
            BLR_HYBRID,
            offers=["Three months at the client's London office in the first year"],
        ),
    ),
]

C2H_JAVA = dict(JAVA_ROLE, title="Java Developer - C2H (third-party payroll)")
BOND_ROLE = dict(
    DOTNET_ROLE,
    description="Lead a squad of five on an insurance client's policy platform. A "
    "two-year "
    "service agreement applies.",
)

CONTRACT = [
    C(
        "company payroll only, no C2H vs C2H fine if converted in six months",
        "backend",
        [
            java(
                "Vinay Krishnamurthy",
                0,
                touches=[
                    call(
                        40,
                        "Cand only wants permanent role on company payroll. No third-party "
                        "payroll or C2H, had a bad experience with a vendor delaying "
                        "salary.",
                    )
                ],
            ),
            java(
                "Nagaraj Bhat",
                2,
                touches=[
                    call(
                        40,
                        "Cand ok with C2H if conversion happens in 6 months and PF is from "
                        "day one.",
                    )
                ],
            ),
        ],
        **at(
            C2H_JAVA,
            BLR_HYBRID,
            offers=["Contract-to-hire on a vendor's payroll, conversion reviewed after 6-9 months"],
        ),
    ),
    C(
        "will not sign any bond, burnt once vs no problem with a bond",
        "backend",
        [
            dotnet(
                "Phanindra Kota",
                0,
                touches=[
                    wa(
                        55,
                        "I will not sign any bond or service agreement. Burnt once at Tech "
                        "Mahindra, had to pay 1 lakh to leave.",
                    )
                ],
            ),
            dotnet(
                "Suresh Babu Chintala",
                2,
                touches=[
                    wa(
                        55,
                        "No problem with a bond, I'm looking for a long-term place anyway. "
                        "2-3 years is fine.",
                    )
                ],
            ),
        ],
        **at(BOND_ROLE, HYD_HYBRID, offers=["Two-year service agreement with a joining bonus"]),
    ),
    C(
        "freelance only, runs her own consulting vs no contract roles, home loan",
        "backend",
        [
            sap(
                "Madhavi Latha Kosuri",
                2,
                touches=[
                    mail(
                        80,
                        "I now run my own SAP consulting practice. Only looking at "
                        "freelance/contract assignments, 3-6 months, billed hourly.",
                    )
                ],
            ),
            sap(
                "Sirisha Jonnalagadda",
                0,
                touches=[
                    mail(
                        80,
                        "No contract roles please. I have a home loan EMI and need a "
                        "permanent position with stability.",
                    )
                ],
            ),
        ],
        **at(
            SAP_ROLE,
            INDIA_REMOTE,
            title="SAP FICO Consultant - 6-month contract",
            offers=["Six-month freelance contract, hourly billing"],
        ),
    ),
    C(
        "part-time only after the baby vs needs full-time, not part-time",
        "cs",
        [
            voice(
                "Preeti Tomar",
                2,
                touches=[
                    call(
                        60,
                        "After the baby she only wants part-time, 4-5 hrs a day. Ready for "
                        "evening shift since her mother-in-law is home then.",
                    )
                ],
            ),
            voice(
                "Anjali Yadav",
                0,
                touches=[
                    call(
                        60,
                        "Needs full-time, part-time won't work for her - she's the only "
                        "earning member.",
                    )
                ],
            ),
        ],
        **at(
            VOICE_ROLE,
            NOIDA_WFO,
            title="Quality Coach - part-time (20 hrs/week)",
            offers=["Part-time, 20 hours a week, evening hours"],
        ),
    ),
    C(
        "won't do a 6-day week vs six days fine for the right start-up",
        "sre",
        [
            cloud(
                "Ritesh Kalra",
                0,
                touches=[li(30, "Not doing a 6-day week again, that's non-negotiable for me.")],
            ),
            cloud(
                "Kunal Chhabra",
                2,
                touches=[
                    li(
                        30,
                        "6 days a week is ok for the right startup, as long as the work is "
                        "interesting.",
                    )
                ],
            ),
        ],
        **at(
            CLOUD_ROLE,
            GGN_WFO,
            offers=["Six-day week (alternate Saturdays) at a Series A start-up"],
        ),
    ),
    C(
        "wants company payroll, not a vendor vs prefers a contract at a higher hourly rate",
        "data_eng",
        [
            data(
                "Roopa Narasimhan",
                2,
                touches=[
                    call(
                        50,
                        "She wants to be on the company's own payroll, not with a vendor - "
                        "wants the GCC's insurance and PF.",
                    )
                ],
            ),
            data(
                "Shwetha Nagesh",
                1,
                touches=[
                    call(
                        50,
                        "She prefers contract roles at a higher hourly rate, but will "
                        "listen to perm if the pay is right.",
                    )
                ],
            ),
        ],
        **at(
            DATA_ROLE,
            BLR_HYBRID,
            offers=["Permanent role on the GCC's own payroll, group medical cover"],
        ),
    ),
]

EC_ROLE = dict(remote_policy="onsite", location="Electronic City, Bengaluru, India")
HINJEWADI = dict(remote_policy="onsite", location="Hinjewadi, Pune, India")
FIN_DISTRICT = dict(remote_policy="onsite", location="Financial District, Hyderabad, India")
OMR = dict(remote_policy="onsite", location="Sholinganallur, Chennai, India")

COMMUTE = [
    C(
        "stays in Hebbal, two hours to Electronic City vs stays in HSR, thirty minutes",
        "backend",
        [
            java(
                "Chandan Gowda",
                0,
                touches=[
                    call(
                        30,
                        "Cand stays in Hebbal, won't commute to Electronic City - it's 2 "
                        "hrs one way on a good day.",
                    )
                ],
                location="Hebbal, Bengaluru, India",
            ),
            java(
                "Santosh Hegde",
                2,
                touches=[
                    call(
                        30,
                        "Cand stays in HSR Layout, EC is 30 mins by bike. Prefers EC side offices.",
                    )
                ],
                location="HSR Layout, Bengaluru, India",
            ),
        ],
        **at(JAVA_ROLE, EC_ROLE),
    ),
    C(
        "Hinjewadi only with a cab (cab given) vs never Hinjewadi traffic",
        "cs",
        [
            support(
                "Aniket Khedekar",
                2,
                touches=[
                    wa(
                        40,
                        "hinjewadi ok only if cab facility is there, otherwise chowk "
                        "traffic is madness",
                    )
                ],
            ),
            support(
                "Akshay Dhamdhere",
                0,
                touches=[wa(40, "no hinjewadi at any cost, only kharadi or viman nagar side")],
            ),
        ],
        **at(SUPPORT_ROLE, HINJEWADI, offers=["Cab facility both ways"]),
    ),
    C(
        "Noida to Gurugram daily not possible vs just shifted to Sector 56",
        "sre",
        [
            cloud(
                "Vivek Chaudhary",
                0,
                touches=[
                    call(
                        35,
                        "Cand lives in Noida Extension, daily Noida-Gurugram commute not "
                        "possible for him.",
                    )
                ],
                location="Noida, India",
            ),
            cloud(
                "Pankaj Mittal",
                2,
                touches=[
                    call(
                        35,
                        "Cand shifted from Noida to Gurugram Sector 56 last month, now "
                        "wants something close by.",
                    )
                ],
                location="Gurugram, India",
            ),
        ],
        **at(CLOUD_ROLE, GGN_WFO),
    ),
    C(
        "within 10 km of Kukatpally vs does not mind the drive, has a car",
        "backend",
        [
            dotnet(
                "Ravi Teja Gollapudi",
                0,
                touches=[
                    wa(
                        45,
                        "Office should be within 10 km of Kukatpally, I can't do more than "
                        "that daily",
                    )
                ],
                location="Kukatpally, Hyderabad, India",
            ),
            dotnet(
                "Surya Prakash Addanki",
                2,
                touches=[
                    wa(
                        45,
                        "I don't mind the commute, I have my own car. Kukatpally to "
                        "anywhere is fine",
                    )
                ],
                location="Kukatpally, Hyderabad, India",
            ),
        ],
        **at(DOTNET_ROLE, FIN_DISTRICT),
    ),
    C(
        "stays in Sholinganallur, prefers OMR vs nothing beyond Guindy",
        "frontend",
        [
            qa(
                "Balaji Venkataraman",
                2,
                touches=[
                    call(
                        50,
                        "Cand stays in Sholinganallur, prefers OMR offices - walkable from home.",
                    )
                ],
            ),
            qa(
                "Arunkumar Thiyagarajan",
                0,
                touches=[
                    call(
                        50, "Cand stays in Anna Nagar, won't go beyond Guindy. OMR is out for him."
                    )
                ],
                location="Anna Nagar, Chennai, India",
            ),
        ],
        **at(QA_ROLE, OMR),
    ),
]

# --- 4. pay in LPA against the band ---------------------------------------------------------

PAY = [
    C(
        "16 LPA expecting 40% vs 22 LPA expecting 50%, an 18-24 LPA band",
        "backend",
        [
            java(
                "Gaurav Mishra",
                2,
                touches=[ats(30, "CCTC 16 LPA, ECTC 40% hike, NP 60D negotiable.")],
            ),
            java(
                "Saurabh Dubey",
                0,
                touches=[ats(30, "CCTC 22 LPA, ECTC 50% hike, NP 90D. Won't move for less.")],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID, **lpa(18, 24)),
    ),
    C(
        "28 LPA fixed, variable doesn't count vs 28-30 CTC with variable "
        "fine, a 30 LPA CTC with 20% variable",
        "data_eng",
        [
            data(
                "Arjun Subramanyam",
                0,
                touches=[
                    call(
                        40,
                        "Wants min 28 LPA fixed. Variable doesn't count for him, his "
                        "current co paid 40% of variable last year.",
                    )
                ],
            ),
            data(
                "Niranjan Bhat",
                2,
                touches=[
                    call(
                        40,
                        "Wants 28-30 LPA CTC, fine with a variable component if it's paid "
                        "quarterly.",
                    )
                ],
            ),
        ],
        **at(
            DATA_ROLE,
            BLR_HYBRID,
            **lpa(26, 30),
            offers=["CTC up to 30 LPA: 80% fixed, 20% annual variable"],
        ),
    ),
    C(
        "an offer in hand at 35 LPA, needs 38 vs an offer at 26 LPA, will take 28-30",
        "sre",
        [
            cloud(
                "Abhinav Tyagi",
                0,
                touches=[
                    wa(
                        15,
                        "Have OIH from Flipkart for 35 LPA. Will need 38+ to consider "
                        "anything else, DOJ is 5 Jan.",
                    )
                ],
            ),
            cloud(
                "Rohan Khurana",
                2,
                touches=[
                    wa(
                        15,
                        "Have an offer for 26 LPA from a service co, not excited about it. "
                        "Will consider 28-30 for a product setup.",
                    )
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID, **lpa(27, 32)),
    ),
    C(
        "2.5 lakh a month in hand vs 1.6 lakh in hand, a 24-28 LPA band",
        "backend",
        [
            dotnet(
                "Krishna Chaitanya Dasari",
                0,
                touches=[call(25, "Expects 2.5 lakh per month in hand, not less. Has EMIs.")],
            ),
            dotnet(
                "Mallikarjun Rao Boddu",
                2,
                touches=[
                    call(25, "Ok with around 1.6 L monthly in hand, mainly wants a stable project.")
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID, **lpa(24, 28)),
    ),
    C(
        "at 34 LPA, will take 28 for WFH vs at 25 LPA, won't move under "
        "35, a 24-30 LPA remote band",
        "data_eng",
        [
            data(
                "Sujatha Raman",
                2,
                touches=[
                    li(
                        60,
                        "I'm at 34 LPA today but will happily take 28 for a fully remote "
                        "role with sane hours. Money isn't the driver anymore.",
                    )
                ],
            ),
            data(
                "Madhuri Iyer",
                0,
                touches=[li(60, "Currently at 25 LPA. I won't move for anything less than 35.")],
            ),
        ],
        **at(DATA_ROLE, INDIA_REMOTE, **lpa(24, 30)),
    ),
    C(
        "expects 7 LPA, not less vs 5 LPA plus incentives, a 4.5-5.5 LPA TL band",
        "cs",
        [
            voice(
                "Vikas Tanwar",
                0,
                touches=[call(20, "Expecting 7 LPA for TL, not less. Current 5.2 LPA.")],
            ),
            voice(
                "Mukesh Rathi",
                2,
                touches=[
                    call(
                        20,
                        "Expecting 5 LPA + incentives for TL. Current 4.1 LPA, wants "
                        "growth more than money.",
                    )
                ],
            ),
        ],
        **at(VOICE_ROLE, NOIDA_WFO, **lpa(4.5, 5.5)),
    ),
    C(
        "'money is not the main thing, growth is' vs only moving for a 60% hike on 20 LPA",
        "backend",
        [
            kpo(
                "Tanvi Malhotra",
                2,
                touches=[
                    mail(
                        35,
                        "Money is not the main thing for me, growth and learning are. A "
                        "modest hike is fine if the work is good.",
                    )
                ],
            ),
            kpo(
                "Ritika Sethi",
                0,
                touches=[
                    mail(
                        35,
                        "I'm only moving for money this time. Minimum 60% hike on my "
                        "current 20 LPA.",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO, **lpa(22, 26)),
    ),
    C(
        "cash only, ESOPs are paper vs would take 20 LPA for real ESOPs",
        "backend",
        [
            java(
                "Yogesh Dhumal",
                0,
                touches=[
                    wa(
                        45,
                        "cash only bro, esops are paper money. min 30 fixed or not interested",
                    )
                ],
                location="Pune, India",
            ),
            java(
                "Hrishikesh Gokhale",
                2,
                touches=[
                    wa(
                        45,
                        "would take a cut to 20 LPA if the ESOPs are meaningful and "
                        "vesting is clean",
                    )
                ],
                location="Pune, India",
            ),
        ],
        **at(
            JAVA_ROLE,
            PUNE_WFO,
            **lpa(18, 22),
            offers=["ESOPs with a four-year vest", "Seed-stage start-up"],
        ),
    ),
]

# --- 5. last time's reason, resolved by this role or still standing -------------------------

PAST_PUNE_WFO = dict(remote_policy="onsite", location="Pune, India", **lpa(20, 26))
PAST_CHENNAI = dict(remote_policy="onsite", location="Chennai, India", **lpa(18, 24))
PAST_HYD_NIGHTS = dict(remote_policy="onsite", location="Hyderabad, India", **lpa(8, 10))
PAST_BLR = dict(remote_policy="hybrid", location="Bengaluru, India", **lpa(16, 20))

RESOLVED = [
    C(
        "declined over 5-day WFO, this role is 2 days vs declined over the hike, same band",
        "backend",
        [
            java(
                "Siddhesh Sawant",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Declined offer - 5 days WFO at Hinjewadi not possible for him.",
                        past=PAST_PUNE_WFO,
                    )
                ],
                location="Pune, India",
            ),
            java(
                "Tejas Kelkar",
                0,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Declined offer - asked 30% hike on 22 LPA, we could do only 15%.",
                        past=PAST_PUNE_WFO,
                    )
                ],
                location="Pune, India",
            ),
        ],
        **at(
            JAVA_ROLE,
            PUNE_HYBRID,
            **lpa(20, 26),
            offers=["Hybrid: two days a week at our Kharadi office"],
        ),
    ),
    C(
        "dropped over the 30-day joiner rule, now 90 days accepted vs a skills gap two months ago",
        "data_eng",
        [
            data(
                "Kishore Anantharaman",
                2,
                apps=[
                    withdrew(
                        300,
                        "timing",
                        "Cand on 90D NP, no buyout. Client needed a 30-day joiner - dropped.",
                        stage="final",
                    )
                ],
            ),
            data(
                "Harish Venkatesan",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "L2 feedback: weak on PySpark optimisation and partitioning, "
                        "couldn't explain broadcast joins.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID, offers=["We can wait out a 90-day notice period"]),
    ),
    C(
        "wouldn't relocate to Chennai, role in Bengaluru vs wouldn't leave Chennai for Bengaluru",
        "frontend",
        [
            qa(
                "Naresh Kannan",
                2,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Withdrew - did not want to relocate to Chennai from Bangalore.",
                        past=PAST_CHENNAI,
                        role="Senior QA Engineer",
                    )
                ],
                location="Bengaluru, India",
            ),
            qa(
                "Lokesh Rangaswamy",
                0,
                apps=[
                    withdrew(
                        220,
                        "location",
                        "Withdrew from the Bangalore role - not ready to leave Chennai, "
                        "family settled here.",
                        past=dict(PAST_CHENNAI, location="Bengaluru, India"),
                        role="Senior QA Engineer",
                    )
                ],
            ),
        ],
        **at(QA_ROLE, dict(remote_policy="onsite", location="Bengaluru, India")),
    ),
    C(
        "declined over nights, this role is days vs declined over Noida, Noida again",
        "cs",
        [
            voice(
                "Sunil Kumar Bisht",
                2,
                apps=[
                    declined(
                        240,
                        "other",
                        "Offer declined - can't do permanent night shift for the US process.",
                        past=PAST_HYD_NIGHTS,
                        role="Team Leader - Voice",
                    )
                ],
            ),
            voice(
                "Manish Rautela",
                0,
                apps=[
                    declined(
                        240,
                        "location",
                        "Offer declined - wants Gurgaon side only, Noida commute from "
                        "Dwarka not possible.",
                        past=dict(PAST_HYD_NIGHTS, location="Noida, India"),
                        role="Team Leader - Voice",
                    )
                ],
                location="Dwarka, New Delhi, India",
            ),
        ],
        **at(
            dict(
                VOICE_ROLE,
                description="Lead a team of 20 advisors on a domestic customer-care process, "
                "day shift 9 am to 6 pm.",
            ),
            NOIDA_WFO,
        ),
    ),
    C(
        "declined over a bond, this role has none vs declined over hybrid, hybrid again",
        "backend",
        [
            dotnet(
                "Venkata Subbaiah Ponnaganti",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Declined offer because of the 2-year bond clause, won't sign bonds.",
                        role="Technical Lead - .NET",
                    )
                ],
            ),
            dotnet(
                "Jagadeesh Kommineni",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "Declined offer - wanted full remote, not 2 days in HITEC City.",
                        past=dict(remote_policy="hybrid", location="Hyderabad, India"),
                        role="Technical Lead - .NET",
                    )
                ],
            ),
        ],
        **at(
            DOTNET_ROLE,
            HYD_HYBRID,
            offers=[
                "Hybrid: two days a week at our HITEC City office",
                "No bond or service agreement",
            ],
        ),
    ),
    C(
        "asked 24 LPA over a 20 cap, now 22-26 vs asked 32, still out of reach",
        "backend",
        [
            java(
                "Prakash Shenoy",
                2,
                apps=[
                    declined(
                        330,
                        "compensation",
                        "Asked 24 LPA, band capped at 20. Cand declined.",
                        past=PAST_BLR,
                    )
                ],
            ),
            java(
                "Dilip Kamath",
                0,
                apps=[
                    declined(
                        330,
                        "compensation",
                        "Asked 32 LPA, band capped at 20. Cand declined.",
                        past=PAST_BLR,
                    )
                ],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID, **lpa(22, 26)),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against 5 days WFO' vs 'against 5-day WFO, hybrid only'",
        "backend",
        [
            dotnet(
                "Rajasekhar Mulpuri",
                2,
                touches=[
                    call(
                        40,
                        "Not against coming to office 5 days, he stays 10 mins from Cyber Towers.",
                    )
                ],
            ),
            dotnet(
                "Vamsi Krishna Alluri",
                0,
                touches=[call(40, "Against 5-day WFO, will only consider hybrid.")],
            ),
        ],
        **at(DOTNET_ROLE, HYD_WFO),
    ),
    C(
        "'salary wasn't the issue, the commute to Whitefield was' vs the reverse, Whitefield again",
        "backend",
        [
            java(
                "Girish Kamath",
                0,
                touches=[
                    wa(
                        50,
                        "Salary wasn't the issue last time, the 2 hour commute to "
                        "Whitefield was. That hasn't changed, I still stay in Kengeri.",
                    )
                ],
                location="Kengeri, Bengaluru, India",
            ),
            java(
                "Mahantesh Patil",
                2,
                touches=[
                    wa(
                        50,
                        "Commute wasn't the issue last time, salary was. I'm in "
                        "Marathahalli so Whitefield is close.",
                    )
                ],
                location="Marathahalli, Bengaluru, India",
            ),
        ],
        **at(
            JAVA_ROLE,
            dict(remote_policy="onsite", location="Whitefield, Bengaluru, India"),
            **lpa(24, 30),
        ),
    ),
    C(
        "'not looking for a TL role, want to stay hands-on' vs 'not looking for hands-on only'",
        "backend",
        [
            dotnet(
                "Sreenivasulu Pasupuleti",
                0,
                touches=[li(60, "Not looking for a TL role. I want to stay hands-on and code.")],
            ),
            dotnet(
                "Rajkumar Pemmasani",
                2,
                touches=[
                    li(60, "Not looking for a hands-on only role anymore - I want to lead a team.")
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
    C(
        "'don't mind relocating to Hyderabad' vs 'don't want to relocate to Hyderabad'",
        "data_eng",
        [
            data(
                "Anusha Ramaswamy",
                2,
                touches=[wa(35, "I don't mind relocating to Hyderabad for the right role")],
            ),
            data(
                "Bhavana Narayan",
                0,
                touches=[wa(35, "I don't want to relocate to Hyderabad, Bangalore only please")],
            ),
        ],
        **at(DATA_ROLE, HYD_HYBRID),
    ),
    C(
        "said no to Cognizant, not to service companies vs no service companies at all",
        "frontend",
        [
            qa(
                "Sivakumar Palanisamy",
                2,
                touches=[
                    call(
                        55,
                        "Cand clarified: he said no to Cognizant only (bad bench "
                        "experience), not to service companies in general. Infosys, HCL "
                        "fine.",
                    )
                ],
            ),
            qa(
                "Gopinath Rajendran",
                0,
                touches=[call(55, "Cand clear: no service companies at all, only product or GCC.")],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO, offers=["Infosys, working for a US healthcare client"]),
    ),
    C(
        "'not only remote, hybrid also fine' vs 'remote only, not even hybrid'",
        "sre",
        [
            cloud(
                "Akash Verma",
                2,
                touches=[li(45, "Not only remote - hybrid is also fine for me if it's 2-3 days.")],
            ),
            cloud(
                "Aditya Rastogi",
                0,
                touches=[li(45, "Remote only, not even hybrid.")],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID),
    ),
    C(
        "didn't turn the SAP role down because of SAP vs done with SAP, moving to data",
        "backend",
        [
            sap(
                "Subrahmanyam Vadlamani",
                2,
                touches=[
                    call(
                        70,
                        "He didn't reject the last role because of SAP - it was a pure "
                        "support project with no S/4 work. Wants implementation.",
                    )
                ],
            ),
            sap(
                "Narasimha Murthy Karri",
                0,
                touches=[
                    call(
                        70,
                        "He doesn't want SAP anymore, doing a data analytics course and "
                        "wants to move to data.",
                    )
                ],
            ),
        ],
        **at(SAP_ROLE, HYD_HYBRID, offers=["Greenfield S/4HANA implementation"]),
    ),
]

# --- 7. work mode said in one place only ----------------------------------------------------

WORK_MODE = [
    C(
        "remote only in the policy field: 'wfh only pls' vs wants WFO from a PG",
        "backend",
        [
            java(
                "Ajay Kumar Reddy Sama",
                2,
                touches=[wa(30, "wfh only pls, moved back to hometown")],
                location="Kurnool, India",
            ),
            java(
                "Pavan Kumar Boya",
                0,
                touches=[
                    wa(
                        30,
                        "want wfo only, staying in a PG, no space or proper wifi to work from room",
                    )
                ],
                location="Kurnool, India",
            ),
        ],
        **at(JAVA_ROLE, dict(remote_policy="remote")),
    ),
    C(
        "office five days only in the description: strictly WFH vs misses the team",
        "backend",
        [
            dotnet(
                "Sowjanya Kothapalli",
                0,
                touches=[call(45, "Strictly WFH, not coming to office at all.")],
            ),
            dotnet(
                "Haritha Vemuri",
                2,
                touches=[call(45, "Prefers office, misses the team after 3 years of WFH.")],
            ),
        ],
        **at(
            dict(
                DOTNET_ROLE,
                description="Lead a squad of five on an insurance client's policy platform. "
                "Work from office all five days at Madhapur.",
            ),
            dict(location="Hyderabad, India"),
        ),
    ),
    C(
        "hybrid only in the title: 2-3 days fine vs full remote from Nagpur only",
        "cs",
        [
            support(
                "Swapnil Wankhede",
                2,
                touches=[wa(50, "hybrid 2-3 days is fine for me, I can come from Wakad")],
            ),
            support(
                "Prafulla Thakre",
                0,
                touches=[wa(50, "only full remote, I stay in Nagpur and won't shift")],
                location="Nagpur, India",
            ),
        ],
        **at(
            dict(SUPPORT_ROLE, title="L2 Application Support - Hybrid (Pune)"),
            dict(location="Pune, India"),
        ),
    ),
    C(
        "WFH only in the offers: settled in Mysuru vs joint family, must go to office",
        "data_eng",
        [
            data(
                "Shreyas Urs",
                2,
                touches=[call(60, "Wants WFH, settled back in hometown Mysuru with parents.")],
                location="Mysuru, India",
            ),
            data(
                "Vinod Aradhya",
                0,
                touches=[
                    call(
                        60,
                        "Needs to go to office daily, can't work from home in a joint "
                        "family of 11.",
                    )
                ],
                location="Mysuru, India",
            ),
        ],
        **at(
            DATA_ROLE,
            dict(location="Bengaluru, India"),
            offers=["Work from home, with a quarterly meet-up in Bengaluru"],
        ),
    ),
    C(
        "Hindi: 'ghar se kaam chahiye' vs 'office se kaam pasand hai', a remote role",
        "backend",
        [
            kpo(
                "Shweta Tiwari",
                2,
                touches=[
                    wa(
                        40,
                        "Mujhe ghar se kaam chahiye, baby abhi chhota hai. Office nahi aa sakti.",
                    )
                ],
            ),
            kpo(
                "Pallavi Srivastava",
                0,
                touches=[
                    wa(40, "Mujhe office se kaam karna pasand hai, ghar pe bahut disturbance hai.")
                ],
            ),
        ],
        **at(KPO_ROLE, INDIA_REMOTE),
    ),
    C(
        "Telugu: 'office ki ravadaniki ready' vs 'WFH matrame kavali', an office role",
        "backend",
        [
            sap(
                "Prasanth Kumar Nimmagadda",
                2,
                touches=[wa(35, "Office ki ravadaniki ready andi, Madhapur lone untanu.")],
            ),
            sap(
                "Satish Chandra Veeramachaneni",
                0,
                touches=[wa(35, "Naaku WFH matrame kavali andi, office ki raanu.")],
            ),
        ],
        **at(SAP_ROLE, HYD_WFO),
    ),
]

# --- 8. location and relocation -------------------------------------------------------------

LOCATIONS = [
    C(
        "back to Coimbatore for her parents vs wants Bengaluru, a Coimbatore role",
        "frontend",
        [
            qa(
                "Nandhini Sivaraman",
                2,
                touches=[
                    wa(
                        40,
                        "Want to move back to Coimbatore, parents are alone there and appa "
                        "is not keeping well. Any Kovai opening pls share.",
                    )
                ],
                location="Bengaluru, India",
            ),
            qa(
                "Kalaiselvi Duraisamy",
                0,
                touches=[
                    wa(
                        40,
                        "Looking for Bangalore only, my husband is working there. Not Coimbatore.",
                    )
                ],
                location="Bengaluru, India",
            ),
        ],
        **at(QA_ROLE, dict(remote_policy="onsite", location="Coimbatore, India")),
    ),
    C(
        "moving to Pune after the wedding vs the fiancé moves to Chennai instead",
        "cs",
        [
            support(
                "Aishwarya Krishnan",
                2,
                touches=[
                    call(
                        50,
                        "Getting married in Jan, moving to Pune after that - husband works "
                        "at Magarpatta. Wants a Pune role.",
                    )
                ],
                location="Chennai, India",
            ),
            support(
                "Janani Subramanian",
                0,
                touches=[
                    call(
                        50,
                        "Getting married in Jan. Her fiance is in Pune but he is moving to "
                        "Chennai after the wedding - she stays in Chennai.",
                    )
                ],
                location="Chennai, India",
            ),
        ],
        **at(SUPPORT_ROLE, PUNE_WFO),
    ),
    C(
        "anywhere in India except the North vs has relatives in Gurgaon, open to NCR",
        "data_eng",
        [
            data(
                "Joseph Mathew Kuriakose",
                0,
                touches=[
                    li(
                        65,
                        "Open to relocate anywhere in India except North - can't handle "
                        "the Delhi winters and summers.",
                    )
                ],
                location="Kochi, India",
            ),
            data(
                "Thomas Varghese Panicker",
                2,
                touches=[
                    li(
                        65,
                        "Open to relocation to NCR, we have relatives in Gurgaon so "
                        "settling will be easy.",
                    )
                ],
                location="Kochi, India",
            ),
        ],
        **at(DATA_ROLE, GGN_HYBRID),
    ),
    C(
        "wants Chennai, not Bangalore vs wants Bangalore, not Chennai, a Bengaluru role",
        "backend",
        [
            java(
                "Mohammed Irfan Basha",
                0,
                touches=[wa(30, "chennai only, not bangalore. family business here")],
                location="Chennai, India",
            ),
            java(
                "Syed Arshad Hussain",
                2,
                touches=[wa(30, "bangalore only, not chennai. wife got transfer to bangalore")],
                location="Chennai, India",
            ),
        ],
        **at(JAVA_ROLE, BLR_WFO),
    ),
    C(
        "Noida-based, wants nearby vs won't leave Kolkata, a Noida office role",
        "cs",
        [
            voice(
                "Rahul Jaiswal",
                2,
                touches=[call(25, "Noida based (Sector 137), prefers something nearby.")],
            ),
            voice(
                "Subhajit Mukherjee",
                0,
                touches=[call(25, "Won't relocate out of Kolkata, parents are elderly.")],
                location="Kolkata, India",
            ),
        ],
        **at(VOICE_ROLE, NOIDA_WFO),
    ),
    C(
        "husband transferred to Hyderabad, she stays in Bengaluru vs the family shifted in October",
        "backend",
        [
            dotnet(
                "Deepika Ramaiah",
                0,
                touches=[
                    call(
                        45,
                        "Husband got transferred to Hyderabad, but she is staying back in "
                        "Bangalore with the kids - their school. Not looking at Hyd.",
                    )
                ],
                location="Bengaluru, India",
            ),
            dotnet(
                "Vijayalakshmi Rangan",
                2,
                touches=[
                    call(
                        45,
                        "Husband got transferred to Hyderabad, whole family shifted in "
                        "October. She wants a Hyd role now.",
                    )
                ],
                location="Hyderabad, India",
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
]

# --- 9. the history with us -----------------------------------------------------------------

LAST_TIME = [
    C(
        "lost the final to one other vs weak communication at L1 two months ago",
        "backend",
        [
            java(
                "Ashok Kumar Jena",
                2,
                apps=[
                    lost_final(
                        280,
                        "Strong in Spring Boot and Kafka, lost to an internal referral by "
                        "a whisker.",
                    )
                ],
            ),
            java(
                "Bibhuti Bhushan Sahoo",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "L1: comm skills weak, couldn't explain his own project architecture.",
                        role="Senior Java Developer",
                    )
                ],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "no-show at the F2F after confirming twice vs rescheduled in advance for a hospital stay",
        "sre",
        [
            cloud(
                "Rajat Bhalla",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "no_show",
                        "Did not turn up for F2F after confirming twice, phone switched off.",
                        role="Senior DevOps Engineer",
                    )
                ],
            ),
            cloud(
                "Rishabh Anand",
                2,
                apps=[
                    app(
                        150,
                        "interview",
                        "position_closed",
                        "headcount",
                        "Rescheduled F2F with 2 days notice (father hospitalised), req "
                        "closed before new slot.",
                        role="Senior DevOps Engineer",
                    )
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID),
    ),
    C(
        "accepted and ghosted on the DOJ vs declined two weeks before the DOJ, with a reason",
        "frontend",
        [
            qa(
                "Prabhu Shanmugam",
                0,
                apps=[
                    app(
                        180,
                        "offer",
                        "declined_offer",
                        "no_show",
                        "Accepted offer, didn't join on DOJ, stopped answering calls and "
                        "mails. Offer ghosted.",
                        role="Senior QA Engineer",
                    )
                ],
            ),
            qa(
                "Jayakumar Annamalai",
                2,
                apps=[
                    declined(
                        180,
                        "other",
                        "Informed 2 weeks before DOJ that he can't join - father's surgery "
                        "in Trichy. Very apologetic, kept us posted.",
                        role="Senior QA Engineer",
                    )
                ],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO),
    ),
    C(
        "a BGV failed on a fake experience letter vs a BGV delayed, the old employer shut down",
        "backend",
        [
            kpo(
                "Neeraj Chawla",
                0,
                apps=[
                    app(
                        210,
                        "offer",
                        "rejected",
                        "conduct",
                        "BGV failed - experience letter for 2019-20 found fake. Offer revoked.",
                        role="Senior Analyst - Research",
                    )
                ],
            ),
            kpo(
                "Varun Bhasin",
                2,
                apps=[
                    app(
                        210,
                        "offer",
                        "position_closed",
                        "headcount",
                        "BGV delayed - his 2019 employer shut down, he got Form 16 and "
                        "bank statements as proof. Req frozen meanwhile.",
                        role="Senior Analyst - Research",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO),
    ),
    C(
        "a skills gap two years ago vs the same gap in September",
        "data_eng",
        [
            data(
                "Sriram Parthasarathy",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Spark internals and data modelling at the time.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            data(
                "Venkatraman Seshadri",
                0,
                apps=[
                    app(
                        70,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Spark internals; couldn't design an SCD2 pipeline.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID),
    ),
]

# --- 10. managing against hands-on ----------------------------------------------------------

LEVEL = [
    C(
        "ready to manage, has led eight informally vs the architect track",
        "manager",
        [
            manager(
                "Rajeev Menon",
                2,
                touches=[
                    li(
                        80,
                        "Want to move into people management - I've been leading 8 "
                        "engineers informally for two years without the title.",
                    )
                ],
            ),
            manager(
                "Sandeep Nambiar",
                0,
                touches=[
                    li(
                        80,
                        "Want to remain an IC, looking at principal or architect track "
                        "only. No people management.",
                    )
                ],
            ),
        ],
        **at(EM_ROLE, BLR_HYBRID),
    ),
    C(
        "tired of managing, back to coding vs manager roles only, an IC role",
        "backend",
        [
            java(
                "Mithun Shetty",
                2,
                touches=[
                    call(
                        55,
                        "Tired of managing people and appraisals, wants to get back to "
                        "hands-on coding.",
                    )
                ],
            ),
            java(
                "Praveen Acharya",
                0,
                touches=[call(55, "Only manager roles now, won't go back to an IC role.")],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "wants the TL designation he already works as vs not keen on TL duties",
        "backend",
        [
            dotnet(
                "Anand Kumar Yadlapalli",
                2,
                touches=[
                    wa(
                        50,
                        "I'm doing TL work since 2 years at Associate level. Want the TL "
                        "designation now, that's the main reason for the switch.",
                    )
                ],
            ),
            dotnet(
                "Sudheer Babu Kancharla",
                0,
                touches=[
                    wa(
                        50,
                        "Not keen on TL responsibilities, want to stay an individual contributor.",
                    )
                ],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID),
    ),
    C(
        "same level is fine, wants a better project vs Lead or Architect only, a mid-level role",
        "cs",
        [
            support(
                "Nilesh Shinde",
                2,
                touches=[
                    call(
                        40,
                        "Ok with the same level, mainly wants a better project - current "
                        "one is pure monitoring.",
                    )
                ],
            ),
            support(
                "Mangesh Kadam",
                0,
                touches=[
                    call(
                        40,
                        "Wants next level only - Lead or Architect. Won't take an Engineer "
                        "role again.",
                    )
                ],
            ),
        ],
        **at(SUPPORT_ROLE, PUNE_WFO),
    ),
    C(
        "off the floor into quality vs wants an AM operations role, a quality role",
        "cs",
        [
            voice(
                "Kavita Negi",
                2,
                touches=[
                    call(
                        35,
                        "Wants to move from TL to quality/training, no more handling the "
                        "floor and attrition.",
                    )
                ],
            ),
            voice(
                "Sunita Bisht",
                0,
                touches=[call(35, "Wants AM operations role only, next step up from TL.")],
            ),
        ],
        **at(
            dict(
                VOICE_ROLE,
                title="Quality Analyst - International Voice",
                seniority="mid",
                description="Audit calls and coach advisors on a US customer-care process.",
            ),
            NOIDA_WFO,
        ),
    ),
]

# --- 11. company stage and size -------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants start-up chaos vs big brands only, a 40-person Series A",
        "backend",
        [
            java(
                "Vishal Londhe",
                2,
                touches=[wa(60, "want startup exp now, ok with chaos and wearing many hats")],
                location="Pune, India",
            ),
            java(
                "Rohan Apte",
                0,
                touches=[
                    wa(60, "only MNC or big brand, parents want stability before my marriage")
                ],
                location="Pune, India",
            ),
        ],
        **at(JAVA_ROLE, PUNE_WFO, offers=["Series A, 40 people, founders from IIT Bombay"]),
    ),
    C(
        "after a start-up shut down, a big MNC vs product start-ups only, a service major",
        "frontend",
        [
            qa(
                "Sathish Kumar Ramasamy",
                2,
                touches=[
                    call(
                        45,
                        "His startup shut down in August, wants stability - prefers a big "
                        "MNC or service major now.",
                    )
                ],
            ),
            qa(
                "Ranjith Krishnasamy",
                0,
                touches=[call(45, "Wants product startups only, no service companies.")],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO, offers=["A top-five IT services company, 3 lakh employees"]),
    ),
    C(
        "a captive GCC for the balance vs early stage for ESOPs, a bank's GCC",
        "data_eng",
        [
            data(
                "Kiran Kumar Nagaraju",
                2,
                touches=[
                    li(
                        50,
                        "Looking for a GCC/captive centre, not a service company - want "
                        "better work-life balance and ownership.",
                    )
                ],
            ),
            data(
                "Pavithra Chandrashekar",
                0,
                touches=[
                    li(
                        50,
                        "I prefer early-stage startups where I get ESOPs and can build "
                        "from scratch.",
                    )
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID, offers=["India GCC of a Fortune 500 bank, 6,000 people"]),
    ),
    C(
        "laid off from a unicorn, no funding risk vs wants a unicorn heading to IPO",
        "sre",
        [
            cloud(
                "Saurav Kohli",
                0,
                touches=[
                    call(
                        40,
                        "Was laid off from a unicorn in the 2024 layoffs. Doesn't want "
                        "funding-dependent companies again.",
                    )
                ],
            ),
            cloud(
                "Tarun Jaggi",
                2,
                touches=[
                    call(40, "Wants a unicorn with IPO plans, excited about the ESOP liquidity.")
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID, offers=["Pre-IPO unicorn, Series F"]),
    ),
]

# --- 12. industry, mission and technology ---------------------------------------------------

MISSION = [
    C(
        "no instant-loan apps after seeing harassment vs wants UPI and payments",
        "backend",
        [
            java(
                "Shreyas Kulkarni",
                0,
                touches=[
                    wa(
                        55,
                        "no instant loan apps please. saw how recovery agents harassed "
                        "borrowers, including my cousin.",
                    )
                ],
            ),
            java(
                "Rakesh Naik",
                2,
                touches=[wa(55, "want fintech, esp UPI and payments. that's where the action is")],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID, offers=["Instant personal-loan app, 20 million downloads"]),
    ),
    C(
        "teaches at an NGO, wants education vs no edtech after a layoff",
        "data_eng",
        [
            data(
                "Lavanya Raghunath",
                2,
                touches=[
                    call(
                        60,
                        "Wants to work on something for education - teaches maths at an "
                        "NGO school on weekends.",
                    )
                ],
            ),
            data(
                "Archana Sathyanarayana",
                0,
                touches=[
                    call(
                        60,
                        "No edtech after what happened at her last company - laid off with "
                        "one day's notice.",
                    )
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID, offers=["Edtech for government schools in rural Karnataka"]),
    ),
    C(
        "no betting companies, the family objects vs plays fantasy cricket himself",
        "backend",
        [
            dotnet(
                "Nagendra Prasad Medicherla",
                0,
                touches=[call(45, "No gaming/betting companies, his family objects strongly.")],
            ),
            dotnet(
                "Srikanth Uppalapati",
                2,
                touches=[call(45, "Fine with fantasy sports, plays Dream11 himself every IPL.")],
            ),
        ],
        **at(DOTNET_ROLE, HYD_HYBRID, offers=["Real-money fantasy sports platform"]),
    ),
    C(
        "healthcare after the mother's illness vs BFSI only, a healthtech",
        "frontend",
        [
            qa(
                "Meenakshi Sundar",
                2,
                touches=[
                    li(
                        70,
                        "After my mother's cancer treatment I want to work in the "
                        "healthcare domain, something that matters.",
                    )
                ],
            ),
            qa(
                "Revathi Chandrasekaran",
                0,
                touches=[li(70, "BFSI domain only, I don't want to switch domains at this stage.")],
            ),
        ],
        **at(QA_ROLE, CHENNAI_WFO, offers=["Healthtech: hospital records and telemedicine"]),
    ),
]

TECH = [
    C(
        "stay on Java, no migration vs out of Java into Go, a Spring Boot role",
        "backend",
        [
            java(
                "Sunil Rao Kadam",
                2,
                touches=[
                    call(
                        50,
                        "Wants to stay on Java/Spring, not interested in moving to other stacks.",
                    )
                ],
            ),
            java(
                "Nikhil Bhandarkar",
                0,
                touches=[call(50, "Wants to move out of Java completely, into Go or Rust.")],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "wants S/4HANA after years on ECC vs out of SAP into analytics",
        "backend",
        [
            sap(
                "Rajendra Prasad Mutyala",
                2,
                touches=[
                    mail(
                        60,
                        "Stuck on ECC support for 6 years. I want S/4HANA implementation "
                        "exposure before it's too late.",
                    )
                ],
            ),
            sap(
                "Durga Prasad Maddipati",
                0,
                touches=[
                    mail(
                        60,
                        "I want to move out of SAP into data analytics, doing a Power BI "
                        "course now.",
                    )
                ],
            ),
        ],
        **at(SAP_ROLE, HYD_HYBRID, offers=["S/4HANA greenfield implementation"]),
    ),
    C(
        "automation only, no manual vs comfortable with manual plus some automation",
        "frontend",
        [
            qa(
                "Ganesh Moorthy",
                0,
                touches=[
                    wa(
                        40,
                        "automation only sir, no manual testing anymore, 6 years of manual "
                        "is enough",
                    )
                ],
            ),
            qa(
                "Velmurugan Kandasamy",
                2,
                touches=[wa(40, "comfortable with manual + some automation, no issues")],
            ),
        ],
        **at(
            dict(
                QA_ROLE,
                title="Senior QA Engineer - Manual",
                description="Manual functional and regression testing for a healthcare client, "
                "with some Selenium.",
            ),
            CHENNAI_WFO,
        ),
    ),
    C(
        "wants Databricks after SSIS vs stays in Informatica",
        "data_eng",
        [
            data(
                "Vasanth Kumar Hegde",
                2,
                touches=[
                    call(
                        45,
                        "Wants Databricks/PySpark work, currently stuck doing only SSIS packages.",
                    )
                ],
            ),
            data(
                "Raghu Nandan Joshi",
                0,
                touches=[
                    call(45, "Wants to stay in Informatica and ETL tools, not interested in Spark.")
                ],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID),
    ),
    C(
        "no more legacy WebForms vs happy to maintain old .NET, a WebForms support role",
        "backend",
        [
            dotnet(
                "Kalyan Chakravarthy Bodduluri",
                0,
                touches=[
                    li(35, "No more legacy WebForms or VB.NET for me. Only .NET Core / .NET 8.")
                ],
            ),
            dotnet(
                "Mohan Krishna Jampani",
                2,
                touches=[
                    li(35, "Happy to maintain legacy .NET apps too, I know WebForms inside out.")
                ],
            ),
        ],
        **at(
            dict(
                DOTNET_ROLE,
                description="Lead support and enhancements of a 15-year-old ASP.NET WebForms "
                "and VB.NET policy system.",
            ),
            HYD_HYBRID,
        ),
    ),
]

# --- 13. the latest process -----------------------------------------------------------------

PROCESS = [
    C(
        "a final round lost last month vs a CV never shortlisted",
        "sre",
        [
            cloud(
                "Deepanshu Arora",
                2,
                apps=[
                    lost_final(
                        30,
                        "Final with the CTO, lost to a candidate with 30-day NP. Rated strong.",
                        role="Senior DevOps Engineer",
                    )
                ],
            ),
            cloud(
                "Manpreet Singh Gill",
                1,
                apps=[
                    app(
                        30,
                        "applied",
                        "rejected",
                        "other",
                        "CV not shortlisted, req filled before screening.",
                        role="Senior DevOps Engineer",
                    )
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID),
    ),
    C(
        "placed by us two months ago vs lost a final in the spring",
        "backend",
        [
            java(
                "Keshav Murthy",
                0,
                apps=[
                    app(
                        65,
                        "offer",
                        "hired",
                        None,
                        "Joined the client via us in September, still in his first months there.",
                    )
                ],
            ),
            java(
                "Madhusudan Rao",
                2,
                apps=[lost_final(220, "Lost to one other in the final round; client liked him.")],
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "took a counter-offer three months ago vs eighteen months ago",
        "backend",
        [
            kpo(
                "Gaurav Narang",
                0,
                apps=[
                    declined(
                        90,
                        "counteroffer",
                        "Accepted counter-offer of 40% from current employer, stayed.",
                        role="Senior Analyst - Research",
                    )
                ],
            ),
            kpo(
                "Puneet Oberoi",
                2,
                apps=[
                    declined(
                        540,
                        "counteroffer",
                        "Took counter-offer from current employer at 35% hike.",
                        role="Senior Analyst - Research",
                    )
                ],
            ),
        ],
        **at(KPO_ROLE, GGN_WFO),
    ),
    C(
        "selected, then the req went on hold vs applied and never heard back",
        "data_eng",
        [
            data(
                "Nagarjuna Setty",
                2,
                apps=[
                    app(
                        160,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Selected in all rounds, offer was being released - req put on "
                        "hold after budget freeze.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            data(
                "Chetan Kumar Ballal",
                1,
                apps=[app(160, "applied", "rejected", "other", None, role="Senior Data Engineer")],
            ),
        ],
        **at(DATA_ROLE, BLR_HYBRID),
    ),
]

# --- 14. several notes over time, the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "a stop in March taken back in July vs 'keep me posted' turned into a removal",
        "backend",
        [
            java(
                "Sharan Kumar Bellary",
                2,
                touches=[
                    wa(date(2026, 3, 9), "pls dont contact me for jobs"),
                    wa(
                        date(2026, 7, 13),
                        "Sorry for my earlier msg, was going through a bad phase. Now "
                        "actively looking, pls share Java roles.",
                    ),
                ],
            ),
            java(
                "Umesh Hosamani",
                0,
                touches=[
                    wa(date(2026, 3, 9), "Interested, keep me posted on Java roles."),
                    wa(
                        date(2026, 8, 10),
                        "Please remove my details from your system. Got a govt job at BEL, "
                        "won't be returning to private IT.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **at(JAVA_ROLE, BLR_HYBRID),
    ),
    C(
        "no nights, then fine now the kids are older vs fine, then no more nights",
        "cs",
        [
            support(
                "Vaibhav Ranade",
                2,
                touches=[
                    call(date(2025, 12, 1), "No night shifts, small kids at home."),
                    call(
                        date(2026, 9, 14),
                        "Update: now ok with night shift, kids are older and wife is home. "
                        "Wants the shift allowance.",
                    ),
                ],
            ),
            support(
                "Sagar Naikwade",
                0,
                touches=[
                    call(date(2025, 12, 1), "Ok with night shifts, has done them for years."),
                    call(
                        date(2026, 9, 14),
                        "Update: no more night shifts - doctor's orders after a gastric "
                        "issue. Day shift only.",
                    ),
                ],
            ),
        ],
        **at(NIGHT_SUPPORT, PUNE_WFO, offers=["Cab facility both ways"]),
    ),
    C(
        "won't leave Chennai, then ready for Bengaluru vs the reverse",
        "frontend",
        [
            qa(
                "Tamilarasan Ponnusamy",
                2,
                touches=[
                    li(date(2026, 2, 16), "Won't leave Chennai, sorry."),
                    li(
                        date(2026, 8, 24),
                        "Things changed - my wife got a job in Bangalore. Now ready to move there.",
                    ),
                ],
            ),
            qa(
                "Manikandan Veerappan",
                0,
                touches=[
                    li(date(2026, 2, 16), "Ready to move to Bangalore for a good role."),
                    li(
                        date(2026, 8, 24),
                        "Dropping the Bangalore plan - father had a fall, staying in Chennai now.",
                    ),
                ],
            ),
        ],
        **at(QA_ROLE, dict(remote_policy="onsite", location="Bengaluru, India")),
    ),
    C(
        "an ask cut from 35 to 28 LPA vs raised from 26 to 34, a 26-30 LPA band",
        "sre",
        [
            cloud(
                "Ankur Bhatnagar",
                2,
                touches=[
                    call(date(2026, 4, 6), "ECTC 35 LPA."),
                    call(
                        date(2026, 10, 5),
                        "Revised ECTC: 28 LPA is fine now, his project is ramping down and "
                        "he wants out.",
                    ),
                ],
            ),
            cloud(
                "Lalit Sharma",
                0,
                touches=[
                    call(date(2026, 4, 6), "ECTC 26 LPA."),
                    call(
                        date(2026, 10, 5), "Revised ECTC: got a hike in appraisal, now min 34 LPA."
                    ),
                ],
            ),
        ],
        **at(CLOUD_ROLE, GGN_HYBRID, **lpa(26, 30)),
    ),
    C(
        "WFH only, then hybrid after a flat near Manyata vs hybrid, then WFH only",
        "data_eng",
        [
            data(
                "Pradeep Gowda Siddaiah",
                2,
                touches=[
                    mail(date(2026, 1, 12), "Only WFH roles for me, I stay in Tumkur."),
                    mail(
                        date(2026, 9, 7),
                        "We bought a flat near Manyata Tech Park, so hybrid is fine now.",
                    ),
                ],
            ),
            data(
                "Harsha Nandish",
                0,
                touches=[
                    mail(date(2026, 1, 12), "Hybrid is fine for me, I stay near Hebbal."),
                    mail(
                        date(2026, 9, 7),
                        "We moved back to Hassan to look after my parents, so only WFH roles now.",
                    ),
                ],
            ),
        ],
        **at(
            DATA_ROLE,
            dict(
                remote_policy="hybrid",
                location="Manyata Tech Park, Bengaluru, India",
                offers=["Hybrid: three days a week at Manyata Tech Park"],
            ),
        ),
    ),
]

HELDOUT38_CASES: list[Case] = [
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
    *PROCESS,
    *LATEST_WORD,
]
