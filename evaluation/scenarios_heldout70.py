"""Held-out rediscovery cases, seventieth set: campus and early-careers recruiting, written by a
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 70") and never tuned to what Encore does. The recruiters are a
graduate-recruitment desk and its campus team hiring for graduate schemes, summer internships,
twelve-month placements and degree apprenticeships in the UK, Ireland, the US and India. The
people are students and new graduates: final-year computer scientists, data and finance
graduates, placement students and school leavers. The voices are students' lower-case texts and
WhatsApps, LinkedIn replies, emails to the grad inbox, careers-fair notes typed on a phone,
assessment-centre scorecards, campus recruiters' third-person call notes, terse ATS shorthand
with typos ("cand", "AC", "grad sch", "pref", "w/ parents"), a formal letter from a student's
parent, long rambling notes where one line decides, and a few lines in Hinglish (Hindi in Latin
letters) and in Irish English slang ("grand", "deadly", "yer man", "giving out"). The calendar is
the student's: term dates, Christmas exams, finals, dissertations, graduation ceremonies, Diwali
and Holi, placement season on Indian campuses, the J1 summer, and visa timing (Graduate Route,
OPT and STEM OPT, H-1B, Stamp 1G, Critical Skills permits).

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (a WhatsApp, an email, a LinkedIn reply, a fair-desk note,
   a parent's letter, Hinglish, Irish slang): never shown; beside each a scoped stop that is not
   one (no calls in lectures, not the newsletter, not that client, not sales roles, a new
   university email, feedback owed after an assessment centre);
2. waits counted from the day said (finals, a dissertation deadline, Christmas exams, a graduation
   ceremony, Diwali and Holi, Easter, next quarter, a notice period, placement season, a semester
   abroad, a Stamp 1G appointment), each beside a twin whose wait already ran out, and notes full
   of dates that ask for no wait;
3. schedule (term-time hours, weekends around a part-time job), travel (client sites, a
   rotation abroad, none at all), visa and right to work (Graduate Route, Student visa hours, OPT
   and STEM OPT, H-1B sponsorship, Stamp 1G and Stamp 4, an OCI card, a settled-status share
   code), contract type (fixed-term placement against a permanent scheme) and commute (named
   trains, the Luas, a bridge, a bus from a hometown, minutes each way);
4. pay against the band: annual graduate salaries in pounds, euros, dollars and lakhs per annum,
   hourly intern pay, a floor against a current part-time wage, a stipend;
5. work mode in the title only, the description only, hybrid days, and negation and its scope
   ("not against the office", "never said no to hybrid");
6. location and relocation (back to a hometown, with parents, following a partner), managing
   against hands-on, company stage and size, industry and mission wanted or refused (defence,
   gambling, tobacco, fossil fuels, fintech, health, climate, edtech) and technology wanted or
   refused;
7. last time's reason resolved by this role or still standing (an office mandate, pay, no
   sponsorship, a start date clashing with finals, relocation, a rotation abroad), the history
   with us (an AC no-show, a strong AC scorecard) and the latest process;
8. several notes over time where the latest word counts: a mind changed once or twice, in notes
   of different kinds and dates.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FINALIST = dict(
    current_title="Final-year Computer Science student",
    skills=["Python", "Java", "SQL", "Git", "Django"],
    years_experience=1,
    resume_text=(
        "BSc Computer Science, predicted 2:1, graduating summer 2027. Twelve-week internship "
        "building Django APIs on PostgreSQL, a hackathon win, and a final-year project on "
        "event streaming with Kafka."
    ),
)
DATA_GRAD = dict(
    current_title="MSc Data Science student",
    skills=["SQL", "Python", "dbt", "Airflow", "Tableau"],
    years_experience=1,
    resume_text=(
        "MSc Data Science after a maths degree; summer analytics internship writing dbt models "
        "and Airflow jobs, dashboards in Tableau, and a dissertation on demand forecasting."
    ),
)
FIN_GRAD = dict(
    current_title="Economics graduate",
    skills=["Excel", "Forecasting", "FP&A", "NetSuite"],
    years_experience=1,
    resume_text=(
        "BSc Economics (First). Spring week and a summer internship in FP&A: variance analysis in "
        "Excel, month-end support in NetSuite and a forecasting model for a retail client."
    ),
)
SALES_GRAD = dict(
    current_title="Business and Marketing graduate",
    skills=["Prospecting", "Salesforce", "Negotiation", "SaaS sales"],
    years_experience=1,
    resume_text=(
        "BA Business and Marketing; a year in industry as a sales development rep booking demos "
        "in Salesforce, and president of the university enterprise society."
    ),
)


def grad(profile: str, persona: dict, where: str):
    """Students and graduates of one kind: the same profile and persona, living in ``where``
    unless a case says otherwise (``location=`` overrides it for one person)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def swe(where="London, UK"):
    return grad("backend", FINALIST, where)


def data(where="London, UK"):
    return grad("data_eng", DATA_GRAD, where)


def fin(where="London, UK"):
    return grad("finance", FIN_GRAD, where)


def bdr(where="London, UK"):
    return grad("sales", SALES_GRAD, where)


# --- who wrote what -------------------------------------------------------------------------


def wa(days, words) -> dict:
    """The student's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The student's email to the graduate inbox."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def li(days, words) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def rang(days, words) -> dict:
    """A campus recruiter's call note, in the third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A note typed into the ATS by the campus team, in their shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def fair(days, words) -> dict:
    """A careers-fair or assessment-centre note, typed on the day."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def ac_loss(days, note=None, *, role="Graduate Software Engineer") -> dict:
    """Reached the assessment centre (final stage) and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Graduate Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(
    days, reason, note, *, stage="interview", past=None, role="Graduate Software Engineer"
):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the openings are ------------------------------------------------------------------

GRAD_SWE = dict(
    title="Graduate Software Engineer (September 2027 intake)",
    seniority="junior",
    requirements="Degree in Computer Science or similar (2:1 or equivalent)\nPython or Java\n"
    "SQL\nGit",
    description="Two-year graduate scheme building backend services, with a training academy "
    "and a mentor.",
)
SWE_INTERN = dict(
    title="Software Engineering Intern, Summer 2027",
    seniority="intern",
    requirements="Penultimate or final-year CS student\nPython or Java\nData structures",
    description="Twelve-week paid summer internship on a product team, June to August 2027.",
)
PLACEMENT = dict(
    title="Software Engineering Placement Student (12 months)",
    seniority="intern",
    requirements="Undergraduate on a sandwich degree\nPython or Java\nSQL",
    description="A twelve-month industrial placement from July 2027, fixed term.",
)
DATA_ROLE = dict(
    title="Graduate Data Analyst",
    seniority="junior",
    requirements="Degree with a quantitative element\nSQL\nPython\ndbt or Airflow desirable",
    description="Join the analytics graduate cohort building pipelines and dashboards.",
)
FIN_ROLE = dict(
    title="Graduate Finance Analyst (rotational scheme)",
    seniority="junior",
    requirements="2:1 degree\nStrong Excel\nInterest in FP&A and forecasting",
    description="Three eight-month rotations across FP&A, group reporting and commercial "
    "finance, with CIMA study support.",
)
BDR_ROLE = dict(
    title="Graduate Business Development Representative",
    seniority="junior",
    requirements="Degree or equivalent\nConfident on the phone\nSalesforce a plus",
    description="Book meetings with mid-market prospects for our account executives.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYB = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Three days a week in our Shoreditch office", "£34,000 graduate salary"],
    salary_min=32_000,
    salary_max=34_000,
    currency="GBP",
)
MANC_ONSITE = dict(
    remote_policy="onsite",
    location="Manchester, UK",
    offers=["Five days a week at our office by Piccadilly station"],
    salary_min=29_000,
    salary_max=31_000,
    currency="GBP",
)
LEEDS_HYB = dict(
    remote_policy="hybrid",
    location="Leeds, UK",
    offers=["Two days a week in our Wellington Place office"],
    salary_min=28_000,
    salary_max=30_000,
    currency="GBP",
)
EDI_HYB = dict(
    remote_policy="hybrid",
    location="Edinburgh, UK",
    offers=["Two days a week in our Quartermile office"],
    salary_min=30_000,
    salary_max=32_000,
    currency="GBP",
)
BELFAST_ONSITE = dict(
    remote_policy="onsite",
    location="Belfast, UK",
    offers=["Office in the Titanic Quarter, five days"],
    salary_min=27_000,
    salary_max=29_000,
    currency="GBP",
)
UK_REMOTE = dict(
    remote_policy="remote",
    location="Remote (UK)",
    offers=["Fully remote within the UK, laptop posted out"],
    salary_min=30_000,
    salary_max=32_000,
    currency="GBP",
)
DUBLIN_HYB = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Two days a week in our Grand Canal Dock office"],
    salary_min=38_000,
    salary_max=42_000,
    currency="EUR",
)
GALWAY_ONSITE = dict(
    remote_policy="onsite",
    location="Galway, Ireland",
    offers=["On site in Parkmore, five days"],
    salary_min=35_000,
    salary_max=38_000,
    currency="EUR",
)
NYC_ONSITE = dict(
    remote_policy="onsite",
    location="New York, NY, USA",
    offers=["In office five days in Midtown"],
    salary_min=110_000,
    salary_max=125_000,
    currency="USD",
)
AUSTIN_HYB = dict(
    remote_policy="hybrid",
    location="Austin, TX, USA",
    offers=["Three days a week in the Domain office"],
    salary_min=95_000,
    salary_max=105_000,
    currency="USD",
)
BLR_HYB = dict(
    remote_policy="hybrid",
    location="Bengaluru, India",
    offers=["Three days a week at our Outer Ring Road campus"],
    salary_min=1_200_000,
    salary_max=1_400_000,
    currency="INR",
)
PUNE_ONSITE = dict(
    remote_policy="onsite",
    location="Pune, India",
    offers=["On site in Hinjewadi, five days"],
    salary_min=800_000,
    salary_max=950_000,
    currency="INR",
)

# --- 1. opt-outs, each beside a scoped stop that is not one ----------------------------------

OPT_OUTS = [
    C(
        "whatsapp: stop messaging me for good vs no calls during lectures, whatsapp fine",
        "backend",
        [
            swe()(
                "Keeley Ashdown",
                0,
                touches=[
                    wa(
                        30,
                        "pls stop messaging me about jobs, ive signed elsewhere and i dont want to"
                        " hear from ur company again. thx",
                    )
                ],
                excluded=True,
            ),
            swe()(
                "Tobias Wrenmarsh",
                2,
                touches=[
                    wa(
                        30,
                        "can u not ring me 9-5 im in lectures lol. whatsapp is fine, still keen on"
                        " the grad scheme",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "email: delete my data, no further contact vs stop the newsletter, roles welcome",
        "data_eng",
        [
            data()(
                "Priyanka Venkavalli",
                0,
                touches=[
                    mail(
                        55,
                        "Hello, please delete my details from your talent community and do not "
                        "contact me again about any opportunity. Kind regards, Priyanka",
                    )
                ],
                excluded=True,
            ),
            data()(
                "Hollis Pembury",
                2,
                touches=[
                    mail(
                        55,
                        "Could you unsubscribe me from the monthly early-careers newsletter? Too "
                        "much email. Happy to hear about actual analyst roles directly though.",
                    )
                ],
            ),
        ],
        **opening(DATA_ROLE, LONDON_HYB),
    ),
    C(
        "linkedin: not interested, don't reach out again vs not sales roles, engineering yes",
        "backend",
        [
            swe("Manchester, UK")(
                "Ravindra Kulkarni",
                0,
                touches=[
                    li(
                        80,
                        "Not interested. Please don't reach out to me again on here or anywhere "
                        "else.",
                    )
                ],
                excluded=True,
            ),
            swe("Manchester, UK")(
                "Ellery Blackstock",
                2,
                touches=[
                    li(
                        80,
                        "Please stop sending me the sales grad roles - I'm a developer! "
                        "Engineering schemes I'd definitely look at.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "careers-fair desk: asked to be taken off all lists vs take my old uni email off",
        "backend",
        [
            swe("Leeds, UK")(
                "Sorcha Delahunt",
                0,
                touches=[
                    fair(
                        45,
                        "Leeds autumn fair - student came to the stand to ask that we take her off"
                        " every list we have and never contact her again. Did it on the tablet "
                        "there and then. DNC.",
                    )
                ],
                excluded=True,
            ),
            swe("Leeds, UK")(
                "Gethin Marwood",
                2,
                touches=[
                    fair(
                        45,
                        "Leeds autumn fair - asked us to take his old uni email off, it dies when "
                        "he graduates; new one is personal gmail. Keen on Leeds grad intake.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, LEEDS_HYB),
    ),
    C(
        "hinglish: mujhe contact mat karo vs calls mat karo, email pe bhejo",
        "backend",
        [
            swe("Bengaluru, India")(
                "Aniruddh Saxena",
                0,
                touches=[
                    wa(
                        25,
                        "bhai please mujhe aur contact mat karo, mera number aur email dono apne "
                        "system se hata do. bilkul interest nahi hai.",
                    )
                ],
                excluded=True,
            ),
            swe("Bengaluru, India")(
                "Devika Raghunathan",
                2,
                touches=[
                    wa(
                        25,
                        "calls mat karo please, hostel mein network nahi aata. email pe JD bhej "
                        "do, main dekh lungi - BLR wala role interesting hai",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, BLR_HYB, salary_min=None, salary_max=None, currency=None),
    ),
    C(
        "irish slang: take me off yer list entirely vs not that bank again",
        "finance",
        [
            fin("Dublin, Ireland")(
                "Cathal Brennoughy",
                0,
                touches=[
                    mail(
                        60,
                        "Ah lads would ye ever take me off yer list altogether. I'm grand where I "
                        "am and I don't want another mail from ye, about anything.",
                    )
                ],
                excluded=True,
            ),
            fin("Dublin, Ireland")(
                "Niamh Ó Duinnín",
                2,
                touches=[
                    mail(
                        60,
                        "Don't put me forward to that bank on the quays again, yer man in the "
                        "interview was giving out to me the whole time. Any other grad finance "
                        "role though, I'm all ears!",
                    )
                ],
            ),
        ],
        **opening(FIN_ROLE, DUBLIN_HYB),
    ),
    C(
        "a parent's letter asking for no contact vs a parent who is not the candidate",
        "backend",
        [
            swe("Birmingham, UK")(
                "Ozias Hartnell",
                0,
                touches=[
                    mail(
                        40,
                        "Dear Sir or Madam, I write on behalf of my son and with his agreement. "
                        "Ozias has asked me to tell you he no longer wishes to receive any "
                        "communication from your firm. Please remove him from your records. Yours "
                        "faithfully, M. Hartnell",
                    ),
                    wa(38, "yeah thats from me, dad sent it. please just dont contact me"),
                ],
                excluded=True,
            ),
            swe("Birmingham, UK")(
                "Lysander Coote",
                2,
                touches=[
                    mail(
                        40,
                        "Dear Sir or Madam, my son is busy with his studies and I would rather you"
                        " did not ring the house phone. Yours faithfully, R. Coote",
                    ),
                    wa(38, "sorry about my mum lol. use my mobile, i really want the grad role"),
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "'no thanks' to the outreach line vs no thanks to this one internship only",
        "backend",
        [
            swe("Glasgow, UK")(
                "Marisol Ferreday",
                0,
                touches=[mail(20, "no thanks ta")],
                excluded=True,
            ),
            swe("Glasgow, UK")(
                "Hamish Colquhallan",
                2,
                touches=[
                    mail(
                        20,
                        "No thanks for the summer internship, I've got one. But I graduate in 2027"
                        " so the grad scheme is exactly what I'm after.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, UK_REMOTE),
    ),
    C(
        "ats: dnc per cand at ac vs feedback owed from the ac, still keen",
        "data_eng",
        [
            data("Edinburgh, UK")(
                "Isla Drummond-Kerr",
                0,
                touches=[
                    ats(
                        70,
                        "cand emailed post AC - withdrawn, req no further contact of any kind. DNC"
                        " set. do not re-add to campaigns",
                    )
                ],
                excluded=True,
            ),
            data("Edinburgh, UK")(
                "Fergus Lamondrie",
                2,
                touches=[
                    ats(
                        70,
                        "cand emailed post AC - still waiting on his feedback from the group "
                        "exercise (owed!). wants to be considered for next intake",
                    )
                ],
            ),
        ],
        **opening(DATA_ROLE, EDI_HYB),
    ),
    C(
        "text 'STOP' to the campus sms vs stop texting, email my new address",
        "sales",
        [
            bdr("Nottingham, UK")(
                "Jolene Abernethy",
                0,
                touches=[wa(15, "STOP thx")],
                excluded=True,
            ),
            bdr("Nottingham, UK")(
                "Corwin Mayhew",
                2,
                touches=[
                    wa(
                        15,
                        "stop texting this number its my mums phone now. email me at my new "
                        "address pls, still want the BDR grad thing",
                    )
                ],
            ),
        ],
        **opening(BDR_ROLE, UK_REMOTE),
    ),
    C(
        "irish: sound but i'm out, lose me contact details vs i'm out for the summer (J1)",
        "backend",
        [
            swe("Cork, Ireland")(
                "Donncha Furlong",
                0,
                touches=[
                    li(
                        50,
                        "Sound, thanks, but I'm out. Lose me contact details there and don't be "
                        "messaging me again, no offence.",
                    )
                ],
                excluded=True,
            ),
            swe("Cork, Ireland")(
                "Clodagh Hennessy",
                2,
                touches=[
                    li(
                        50,
                        "I'm away on a J1 in Boston so don't ring me, the roaming would kill me - "
                        "message here instead, I'm well up for the Galway grad role.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, GALWAY_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "finals end in June, said this month vs said last November",
        "backend",
        [
            swe()(
                "Wilhelmina Stroudwick",
                1,
                (
                    "Finals finish mid-June - no interviews or assessment days until they're over.",
                    date(2026, 11, 9),
                ),
            ),
            swe()(
                "Barnabas Quill",
                2,
                (
                    "Finals finish mid-June - no interviews or assessment days until they're over.",
                    date(2025, 11, 10),
                ),
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "dissertation due in three weeks, said last week vs said in spring",
        "data_eng",
        [
            data()(
                "Anouk Petherbridge",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "My dissertation is due in three weeks so I'm heads-down till it's handed "
                        "in - please hold off until then!",
                    )
                ],
            ),
            data()(
                "Caspian Rowanthorne",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "My dissertation is due in three weeks so I'm heads-down till it's handed "
                        "in - please hold off until then!",
                    )
                ],
            ),
        ],
        **opening(DATA_ROLE, LONDON_HYB),
    ),
    C(
        "hinglish: january ke baad call karna, said this month vs last year",
        "backend",
        [
            swe("Pune, India")(
                "Harshvardhan Bhosale",
                1,
                touches=[
                    wa(
                        date(2026, 11, 10),
                        "sir abhi college mein placement season chal raha hai, January ke baad "
                        "call karna please",
                    )
                ],
            ),
            swe("Pune, India")(
                "Ishita Deshpande",
                2,
                touches=[
                    wa(
                        date(2025, 11, 11),
                        "sir abhi college mein placement season chal raha hai, January ke baad "
                        "call karna please",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, PUNE_ONSITE, salary_min=None, salary_max=None, currency=None),
    ),
    C(
        "after Holi, said this month vs after Diwali, said in October",
        "data_eng",
        [
            data("Bengaluru, India")(
                "Tanvi Mahajan",
                1,
                (
                    "Going home to Jaipur for a long stretch - reconnect after Holi, not before.",
                    date(2026, 11, 12),
                ),
            ),
            data("Bengaluru, India")(
                "Siddharth Menokaran",
                2,
                (
                    "Going home to Kochi for a bit - reconnect after Diwali, not before.",
                    date(2026, 10, 1),
                ),
            ),
        ],
        **opening(DATA_ROLE, BLR_HYB, salary_min=None, salary_max=None, currency=None),
    ),
    C(
        "irish: give us a shout after the christmas, said this month vs last year",
        "finance",
        [
            fin("Limerick, Ireland")(
                "Ciarán Mulhall",
                1,
                touches=[
                    wa(
                        date(2026, 11, 13),
                        "im up to my eyes with the christmas exams, give us a shout after the "
                        "christmas sure",
                    )
                ],
            ),
            fin("Limerick, Ireland")(
                "Aisling Tobin",
                2,
                touches=[
                    wa(
                        date(2025, 11, 14),
                        "im up to my eyes with the christmas exams, give us a shout after the "
                        "christmas sure",
                    )
                ],
            ),
        ],
        **opening(FIN_ROLE, DUBLIN_HYB),
    ),
    C(
        "graduation on 15 January with parents flying in vs graduated in July",
        "backend",
        [
            swe("Coventry, UK")(
                "Emeka Nwabuokei",
                1,
                (
                    "Winter graduation is 15 January, parents flying in from Lagos - nothing "
                    "before that, please.",
                    date(2026, 11, 2),
                ),
            ),
            swe("Coventry, UK")(
                "Adaeze Okonwaeze",
                2,
                (
                    "Graduation is 14 July, parents flying in from Abuja - nothing before that, "
                    "please.",
                    date(2026, 3, 9),
                ),
            ),
        ],
        **opening(GRAD_SWE, UK_REMOTE),
    ),
    C(
        "one month's notice handed in last week vs handed in in September",
        "backend",
        [
            swe("Manchester, UK")(
                "Tamsin Ogilvie",
                1,
                touches=[
                    rang(
                        date(2026, 11, 17),
                        "Spoke to Tamsin - handed in notice at her grad job today, one month, so "
                        "can't start or do a final before her last day.",
                    )
                ],
            ),
            swe("Manchester, UK")(
                "Rosalind Achterlande",
                2,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Spoke to Rosalind - handed in notice at her grad job today, one month, so"
                        " can't start or do a final before her last day.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "semester abroad in Singapore till May vs exchange that ended in May",
        "backend",
        [
            swe("Bristol, UK")(
                "Perpetua Lyvenhall",
                1,
                touches=[
                    li(
                        date(2026, 11, 4),
                        "I'm on exchange at NUS until the semester ends in May, 8 hours ahead, so "
                        "I can't do interviews before I'm back. Would love to talk then!",
                    )
                ],
            ),
            swe("Bristol, UK")(
                "Quentin Harrowmere",
                2,
                touches=[
                    li(
                        date(2025, 11, 5),
                        "I'm on exchange at NUS until the semester ends in May, 8 hours ahead, so "
                        "I can't do interviews before I'm back. Would love to talk then!",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, UK_REMOTE),
    ),
    C(
        "next quarter please, said three weeks ago vs said in the spring",
        "sales",
        [
            bdr()(
                "Margot Esterhazy",
                1,
                ("Busy with a part-time sales contract - try me again next quarter.", 21),
            ),
            bdr()(
                "Florian Ashcombe",
                2,
                ("Busy with a part-time sales contract - try me again next quarter.", 220),
            ),
        ],
        **opening(BDR_ROLE, LONDON_HYB),
    ),
    C(
        "not before Easter, said this autumn vs said in January",
        "finance",
        [
            fin("Leeds, UK")(
                "Henrietta Bulstrode",
                1,
                touches=[
                    ats(
                        date(2026, 10, 26),
                        "cand - ACCA mocks + uni deadlines, not before easter pls. rediscover then",
                    )
                ],
            ),
            fin("Leeds, UK")(
                "Ambrose Tillbrooke",
                2,
                touches=[
                    ats(
                        date(2026, 1, 19),
                        "cand - ACCA mocks + uni deadlines, not before easter pls. rediscover then",
                    )
                ],
            ),
        ],
        **opening(FIN_ROLE, LEEDS_HYB),
    ),
    C(
        "stamp 1g appointment in six weeks vs stamp 1g sorted in the summer",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Mehak Arora",
                1,
                touches=[
                    mail(
                        date(2026, 11, 11),
                        "My immigration appointment for the Stamp 1G is in about six weeks and I "
                        "can't sign anything until I have it - please check back after.",
                    )
                ],
            ),
            swe("Dublin, Ireland")(
                "Rohan Chatterjee",
                2,
                touches=[
                    mail(
                        date(2026, 6, 10),
                        "My immigration appointment for the Stamp 1G is in about six weeks and I "
                        "can't sign anything until I have it - please check back after.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, DUBLIN_HYB),
    ),
]

# A wait beside both a wait run out and a no-wait: three people, so kept apart from WAITS, whose
# cases the set checks pit one held back against one free (tests/test_eval_cases.py).
NO_WAIT = [
    C(
        "three-way: wait to end of term running, wait over, no wait",
        "data_eng",
        [
            data("York, UK")(
                "Gwendolyn Featherstone",
                1,
                ("Teaching assistant job runs to the end of this term - talk after that.", 10),
            ),
            data("York, UK")(
                "Leopold Haverstock",
                2,
                ("Teaching assistant job ran to the end of the summer term - free now.", 120),
            ),
            data("York, UK")(
                "Octavia Penhalvean",
                2,
                "Keen on analyst grad schemes in the north.",
            ),
        ],
        **opening(DATA_ROLE, LEEDS_HYB),
    ),
    C(
        "a note full of dates that asks for no wait vs a wait still running",
        "backend",
        [
            swe()(
                "Cordelia Wexham",
                2,
                touches=[
                    mail(
                        6,
                        "Quick update: exams finished 12 Nov, dissertation draft in on 20 Nov, "
                        "graduation is 10 July. None of that matters for interviews - free any "
                        "day, any time.",
                    )
                ],
            ),
            swe()(
                "Fitzroy Ambler",
                1,
                touches=[
                    mail(
                        6,
                        "Quick update: exams until 18 Dec and then I'm home for Christmas. Please "
                        "don't book anything in until the new year.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "ac scorecard with dates, no wait vs a wait over new year",
        "finance",
        [
            fin("Bristol, UK")(
                "Juniper Castelbrae",
                2,
                touches=[
                    fair(
                        9,
                        "AC 13/11: numeracy 78%, group ex strong, presented 14:00. Passed CIMA BA1"
                        " 03/10. Avail for final any day wk of 30/11 or later.",
                    )
                ],
            ),
            fin("Bristol, UK")(
                "Thaddeus Gorringe",
                1,
                touches=[
                    fair(
                        9,
                        "AC 13/11: numeracy 81%, group ex strong. cand says away over xmas and new"
                        " year, not avail till mid jan.",
                    )
                ],
            ),
        ],
        **opening(FIN_ROLE, UK_REMOTE),
    ),
    C(
        "hinglish dates with no wait vs diwali-to-holi wait",
        "backend",
        [
            swe("Hyderabad, India")(
                "Karthik Reddapalli",
                2,
                touches=[
                    wa(
                        8,
                        "Sem exams 2 Dec ko khatam, convocation March mein hai, lekin interviews "
                        "ke liye main kabhi bhi free hoon",
                    )
                ],
            ),
            swe("Hyderabad, India")(
                "Pranav Iyengar",
                1,
                touches=[
                    wa(
                        8,
                        "Sem exams abhi chal rahe hain, aur phir shaadi hai ghar pe - Holi ke baad"
                        " hi baat karte hain",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, BLR_HYB, salary_min=None, salary_max=None, currency=None),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract, commute --------------------------

SCHEDULE = [
    C(
        "term-time only 16 hours vs happy with a full-time summer",
        "backend",
        [
            swe()(
                "Wynne Carraway",
                0,
                "Can only do 16 hours a week in term time, no full weeks till July.",
            ),
            swe()("Benedikt Osei", 2, "Free for a full-time 12-week summer, 9 to 5, from June."),
        ],
        **opening(SWE_INTERN, LONDON_HYB, offers=["Full-time, 37.5 hours a week, June to August"]),
    ),
    C(
        "weekends taken by a supermarket job vs weekends not a problem",
        "sales",
        [
            bdr("Sheffield, UK")(
                "Shona Pettigrew",
                0,
                touches=[
                    wa(
                        20,
                        "i work saturdays and sundays at asda and cant give that up, so no weekend"
                        " shifts",
                    )
                ],
            ),
            bdr("Sheffield, UK")(
                "Rafferty Doyle",
                2,
                touches=[wa(20, "weekends r no problem, i used to do saturdays at asda anyway")],
            ),
        ],
        **opening(
            BDR_ROLE, LEEDS_HYB, offers=["Rota includes one Saturday a month for event days"]
        ),
    ),
    C(
        "needs to finish by 3 for the school run vs not against early starts",
        "finance",
        [
            fin("Reading, UK")(
                "Philippa Aldgate",
                0,
                "Mature student - has to finish by 3pm for the school run, no later.",
            ),
            fin("Reading, UK")(
                "Kwame Asantewo", 2, "Not against early starts or late month-end days at all."
            ),
        ],
        **opening(FIN_ROLE, LONDON_HYB, offers=["Month-end close days can run to 7pm"]),
    ),
]

TRAVEL = [
    C(
        "won't travel to client sites vs loves client-site travel, consulting grad role",
        "backend",
        [
            swe()(
                "Esmé Lockridge",
                0,
                touches=[
                    fair(
                        60,
                        "careers fair - said no travel at all, cares for her gran, needs to be "
                        "home every night",
                    )
                ],
            ),
            swe()(
                "Hieronymus Blake",
                2,
                touches=[
                    fair(
                        60,
                        "careers fair - wants a job with travel, loved the client visits on "
                        "placement",
                    )
                ],
            ),
        ],
        **opening(
            GRAD_SWE,
            LONDON_HYB,
            title="Graduate Technology Consultant",
            offers=["Up to four nights a week at client sites across the UK"],
        ),
    ),
    C(
        "a rotation abroad wanted vs no rotation abroad, six-month Singapore rotation",
        "finance",
        [
            fin()(
                "Delphine Cartwright",
                2,
                "Would love an international rotation - the whole reason I'm applying to "
                "rotational schemes.",
            ),
            fin()(
                "Mortimer Ashby",
                0,
                "Can't do a rotation abroad, my mum's unwell and I need to stay in the UK.",
            ),
        ],
        **opening(
            FIN_ROLE, LONDON_HYB, offers=["Third rotation is six months in our Singapore office"]
        ),
    ),
    C(
        "no travel wanted; this role has none vs keen on travel",
        "data_eng",
        [
            data("Cardiff, UK")(
                "Bronwen Pugh",
                2,
                "No travelling please - I get really bad motion sickness, a desk job near home is "
                "ideal.",
            ),
            data("Cardiff, UK")(
                "Idris Llewellyn", 1, "Would enjoy some travel for work, not essential."
            ),
        ],
        **opening(DATA_ROLE, UK_REMOTE, offers=["No travel: fully remote, team days online"]),
    ),
    C(
        "fine with a week a month in Pune vs can't leave Bengaluru for long",
        "backend",
        [
            swe("Bengaluru, India")(
                "Aarav Kapoor",
                2,
                touches=[
                    wa(30, "ek hafta har mahine Pune jaana - koi problem nahi, travel pasand hai")
                ],
            ),
            swe("Bengaluru, India")(
                "Meenakshi Pillai",
                0,
                touches=[
                    wa(
                        30,
                        "travel nahi ho payega, mummy papa ke saath rehti hoon aur ghar chhod ke "
                        "nahi ja sakti",
                    )
                ],
            ),
        ],
        **opening(
            GRAD_SWE,
            BLR_HYB,
            salary_min=None,
            salary_max=None,
            currency=None,
            offers=["One week a month at the Pune delivery centre"],
        ),
    ),
    C(
        "hated last employer's travel; this role has none vs no view",
        "sales",
        [
            bdr()(
                "Lorcan Fitzgibbon",
                2,
                "Left the year-in-industry firm because of constant travel to trade shows - wants "
                "a desk-based role.",
            ),
            bdr()("Saffron Elmore", 1),
        ],
        **opening(BDR_ROLE, LONDON_HYB, offers=["Inside sales only: no travel, no trade shows"]),
    ),
    C(
        "hated last employer's travel; this role travels weekly vs keen on travel",
        "sales",
        [
            bdr()(
                "Fenwick Hale",
                0,
                "Left the year-in-industry firm because of constant travel to trade shows - wants "
                "a desk-based role.",
            ),
            bdr()(
                "Clementine Arkwright", 2, "Wants to be out meeting customers, happy on the road."
            ),
        ],
        **opening(
            BDR_ROLE,
            LONDON_HYB,
            title="Graduate Field Sales Representative",
            offers=["On the road three days a week across the South East"],
        ),
    ),
    C(
        "us: travel to client offices fine vs no overnight travel, NYC consulting analyst",
        "data_eng",
        [
            data("New York, NY, USA")(
                "Brayden Kowalbrook",
                2,
                touches=[
                    li(
                        40,
                        "Happy to fly out to client offices Monday to Thursday, that's why I want "
                        "consulting.",
                    )
                ],
            ),
            data("New York, NY, USA")(
                "Madison Okoro",
                0,
                touches=[
                    li(
                        40,
                        "I can't do overnight travel - I'm my younger brother's guardian. Day "
                        "trips max.",
                    )
                ],
            ),
        ],
        **opening(
            DATA_ROLE,
            NYC_ONSITE,
            title="Analytics Consulting Analyst",
            offers=["Client travel Monday to Thursday most weeks"],
        ),
    ),
    C(
        "irish: mad for a bit of travel vs wrecked by travel, wants none",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Oisín Gallagher",
                2,
                touches=[
                    wa(
                        35,
                        "Id be mad for a bit of travel to be honest, the London trips sound deadly",
                    )
                ],
            ),
            swe("Dublin, Ireland")(
                "Róisín Kinsella",
                0,
                touches=[
                    wa(
                        35,
                        "no travel for me, I'm wrecked from commuting to Maynooth as it is, don't "
                        "want to be on planes",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, DUBLIN_HYB, offers=["A week in our London office every month"]),
    ),
    C(
        "negation: 'travel was never the problem' vs travel was the problem",
        "backend",
        [
            swe("Leeds, UK")(
                "Imogen Standish",
                2,
                touches=[
                    rang(
                        50,
                        "Imogen: travel was never the problem at her last placement, it was the "
                        "pay. Fine with client visits.",
                    )
                ],
            ),
            swe("Leeds, UK")(
                "Percival Gaunt",
                0,
                touches=[
                    rang(
                        50,
                        "Percival: the pay was fine at his last placement, it was the travel that "
                        "broke him. Wants none now.",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, LEEDS_HYB, offers=["Two client visits a month across Yorkshire"]),
    ),
    C(
        "three-way: wants travel, doesn't mind, refuses, role with a US rotation",
        "finance",
        [
            fin("Edinburgh, UK")(
                "Elspeth MacAulay", 2, "Dream is a rotation in the States - will go anywhere."
            ),
            fin("Edinburgh, UK")("Torquil Baird", 1, "Doesn't mind where the rotations are."),
            fin("Edinburgh, UK")(
                "Catriona Begbie",
                0,
                "Will not do a rotation outside Scotland - partner and flat here.",
            ),
        ],
        **opening(
            FIN_ROLE, EDI_HYB, offers=["Final rotation is eight months in our New York office"]
        ),
    ),
]

VISA = [
    C(
        "graduate route, no sponsorship needed vs needs skilled worker sponsorship, role doesn't "
        "sponsor",
        "backend",
        [
            swe()(
                "Zhou Yiran",
                2,
                "On the Graduate Route visa from July 2027 for two years - no sponsorship needed "
                "to start.",
            ),
            swe()(
                "Olumide Bankolemi",
                0,
                "Needs Skilled Worker sponsorship to take any grad job after his student visa "
                "ends.",
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB, offers=["We are unable to sponsor visas for this scheme"]),
    ),
    C(
        "needs sponsorship; this role sponsors vs no view",
        "backend",
        [
            swe()(
                "Nadeesha Perera",
                2,
                "Will need Skilled Worker sponsorship once the Graduate Route runs out.",
            ),
            swe()("Gideon Rushworth", 1),
        ],
        **opening(
            GRAD_SWE, LONDON_HYB, offers=["Skilled Worker visa sponsorship available for graduates"]
        ),
    ),
    C(
        "student visa: 20 hours in term vs home student, full-time placement",
        "backend",
        [
            swe("Southampton, UK")(
                "Chen Haoyu",
                0,
                touches=[
                    mail(
                        30,
                        "I'm on a Student visa, so during term I can only work 20 hours a week, "
                        "and my course has no placement year.",
                    )
                ],
            ),
            swe("Southampton, UK")(
                "Jessamy Thornacre",
                2,
                touches=[
                    mail(
                        30,
                        "Home student, sandwich course, so a full-time 12-month placement is "
                        "exactly what I need.",
                    )
                ],
            ),
        ],
        **opening(PLACEMENT, UK_REMOTE, offers=["Full-time, 37.5 hours a week, for 12 months"]),
    ),
    C(
        "us: on STEM OPT, no sponsorship for 3 years vs needs H-1B now, no sponsorship",
        "data_eng",
        [
            data("Austin, TX, USA")(
                "Ananya Subramanian",
                2,
                touches=[
                    li(
                        45,
                        "I'm on OPT now and eligible for the 24-month STEM extension, so three "
                        "years of work authorization without sponsorship.",
                    )
                ],
            ),
            data("Austin, TX, USA")(
                "Vikram Choudhramani",
                0,
                touches=[
                    li(
                        45,
                        "My OPT ends in February and I'm not STEM eligible, so I'd need H-1B "
                        "sponsorship to join.",
                    )
                ],
            ),
        ],
        **opening(
            DATA_ROLE, AUSTIN_HYB, offers=["We do not sponsor H-1B visas for entry-level roles"]
        ),
    ),
    C(
        "us citizen vs requires sponsorship, role sponsors h-1b",
        "backend",
        [
            swe("New York, NY, USA")("Tyler Brennick", 1, "US citizen, fwiw."),
            swe("New York, NY, USA")(
                "Sneha Raghavan",
                2,
                "Will need H-1B sponsorship after STEM OPT - only applying to sponsors.",
            ),
        ],
        **opening(
            GRAD_SWE, NYC_ONSITE, offers=["H-1B sponsorship and green card support for new grads"]
        ),
    ),
    C(
        "ireland: stamp 1g covers a year vs needs a critical skills permit, none offered",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Ayesha Siddiqabadi",
                2,
                touches=[
                    ats(
                        40,
                        "cand on Stamp 1G post-MSc, 12 months left, full right to work - no permit"
                        " needed",
                    )
                ],
            ),
            swe("Dublin, Ireland")(
                "Farhan Qureshi",
                0,
                touches=[
                    ats(
                        40,
                        "cand's 1G expires Jan, needs Critical Skills permit to stay on - only "
                        "roles that support permits",
                    )
                ],
            ),
        ],
        **opening(
            GRAD_SWE, DUBLIN_HYB, offers=["Unable to support employment permits for graduate hires"]
        ),
    ),
    C(
        "ireland: stamp 4 via spouse vs needs a permit, role supports permits",
        "finance",
        [
            fin("Dublin, Ireland")(
                "Luiza Carvalho", 1, "Stamp 4 through her husband - no restrictions on work."
            ),
            fin("Dublin, Ireland")(
                "Babajide Adeyemi",
                2,
                "Needs a Critical Skills Employment Permit after his 1G; looking for employers who"
                " support one.",
            ),
        ],
        **opening(FIN_ROLE, DUBLIN_HYB, offers=["Critical Skills Employment Permit supported"]),
    ),
    C(
        "india: OCI card, can work in India vs a foreign passport with no visa",
        "backend",
        [
            swe("Bengaluru, India")(
                "Neil Fernandes",
                2,
                "British passport but holds an OCI card, so can work in India without a visa.",
            ),
            swe("Bengaluru, India")(
                "Oliver Penningale",
                0,
                "British passport, no OCI or Indian work visa - would need an employment visa to "
                "work in Bengaluru.",
            ),
        ],
        **opening(
            GRAD_SWE,
            BLR_HYB,
            salary_min=None,
            salary_max=None,
            currency=None,
            offers=["Employment visas not supported"],
        ),
    ),
    C(
        "settled status share code vs graduate visa ends before the scheme does",
        "finance",
        [
            fin("Birmingham, UK")(
                "Agnieszka Wróbel",
                2,
                touches=[
                    mail(
                        25,
                        "I have settled status, here's my share code for your right-to-work check.",
                    )
                ],
            ),
            fin("Birmingham, UK")(
                "Tendai Moyondo",
                0,
                touches=[
                    mail(
                        25,
                        "My Graduate visa ends in August 2028 and I can't extend it, so I couldn't"
                        " finish a three-year scheme without sponsorship.",
                    )
                ],
            ),
        ],
        **opening(
            FIN_ROLE,
            LONDON_HYB,
            description="Three-year rotational finance scheme with CIMA support.",
            offers=["No visa sponsorship"],
        ),
    ),
    C(
        "hinglish: visa ka koi issue nahi vs US me sponsorship chahiye",
        "backend",
        [
            swe("Austin, TX, USA")(
                "Rishabh Agarwal",
                2,
                touches=[
                    wa(
                        20,
                        "mera green card aa gaya hai, toh visa ka koi issue nahi - kabhi bhi join "
                        "kar sakta hoon",
                    )
                ],
            ),
            swe("Austin, TX, USA")(
                "Kunal Malhavarti",
                0,
                touches=[
                    wa(20, "OPT khatam ho raha hai, H-1B sponsorship ke bina join nahi kar paunga")
                ],
            ),
        ],
        **opening(GRAD_SWE, AUSTIN_HYB, offers=["No visa sponsorship for this role"]),
    ),
]

CONTRACT = [
    C(
        "wants a permanent scheme, not a fixed-term placement vs needs a placement year",
        "backend",
        [
            swe()(
                "Lucinda Farrowmead",
                0,
                "Graduated already - wants a permanent grad job, not another fixed-term placement.",
            ),
            swe()(
                "Ignatius Webb",
                2,
                "Needs a 12-month placement for his sandwich year, starting summer 2027.",
            ),
        ],
        **opening(PLACEMENT, LONDON_HYB),
    ),
    C(
        "wants a degree apprenticeship vs wants a full-time salaried grad job",
        "backend",
        [
            swe("Derby, UK")(
                "Kieran Oakes",
                2,
                "Doesn't want student debt - after a degree apprenticeship where the employer pays"
                " the fees.",
            ),
            swe("Derby, UK")("Harriet Vane-Tempest", 1, "Wants any full-time software role."),
        ],
        **opening(
            GRAD_SWE,
            dict(remote_policy="onsite", location="Derby, UK"),
            title="Software Engineering Degree Apprentice",
            offers=["Fully funded BSc over four years alongside a salaried job"],
        ),
    ),
    C(
        "refuses a 6-month contract vs fine with fixed term",
        "data_eng",
        [
            data()(
                "Marguerite Sallow",
                0,
                "Won't take a fixed-term contract - needs something permanent for her visa and her"
                " flat.",
            ),
            data()("Alastair Fenn", 2, "Fixed-term is fine, just wants the experience."),
        ],
        **opening(
            DATA_ROLE,
            LONDON_HYB,
            title="Graduate Data Analyst (6-month fixed-term)",
            offers=["Six-month fixed-term contract"],
        ),
    ),
]

COMMUTE = [
    C(
        "an hour max on the train from Stockport vs won't commute past Stockport",
        "backend",
        [
            swe("Stockport, UK")(
                "Jemima Rudge",
                2,
                "Lives with parents in Stockport - the train to Piccadilly is 10 minutes, perfect.",
            ),
            swe("Macclesfield, UK")(
                "Alaric Dunmore",
                0,
                "Won't commute into Manchester city centre every day - no car and the trains from "
                "Macclesfield are hopeless.",
            ),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "luas: red line is ten minutes vs two buses and an hour and a half",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Eoghan Kilbride",
                2,
                touches=[wa(15, "the red line luas is ten mins to grand canal, handy out")],
            ),
            swe("Navan, Ireland")(
                "Saoirse Garrigan",
                0,
                touches=[
                    wa(
                        15,
                        "its two buses and an hour and a half each way from Navan, I couldn't do "
                        "that even twice a week",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, DUBLIN_HYB),
    ),
    C(
        "won't cross the bridge at rush hour vs a short walk",
        "backend",
        [
            swe("Gateshead, UK")(
                "Lindsay Armitage",
                2,
                "Happy to walk over the Millennium Bridge to the Quayside, 15 minutes.",
            ),
            swe("Sunderland, UK")(
                "Barney Coulthard",
                0,
                "Won't drive over the Tyne Bridge in rush hour again - 50 minutes each way nearly "
                "killed him.",
            ),
        ],
        **opening(
            GRAD_SWE,
            dict(
                remote_policy="onsite",
                location="Newcastle upon Tyne, UK",
                offers=["Quayside office five days"],
                salary_min=28_000,
                salary_max=30_000,
                currency="GBP",
            ),
        ),
    ),
    C(
        "45 minutes max; role is remote vs loves commuting in",
        "data_eng",
        [
            data("Chelmsford, UK")(
                "Tabitha Greenhollow",
                2,
                "45 minutes max commute, Chelmsford to London is too far for her every day.",
            ),
            data("Chelmsford, UK")(
                "Crispin Lowther", 1, "Wants to be in an office with other grads."
            ),
        ],
        **opening(DATA_ROLE, UK_REMOTE),
    ),
    C(
        "bengaluru: silk board traffic vs metro stop outside",
        "backend",
        [
            swe("Bengaluru, India")(
                "Shreya Nambiar",
                2,
                touches=[
                    wa(12, "purple line metro se 15 minute, office ke bahar hi stop hai. perfect")
                ],
            ),
            swe("Bengaluru, India")(
                "Vivek Hegde",
                0,
                touches=[
                    wa(
                        12,
                        "electronic city se ORR, silk board ka traffic - 2 ghante lagte hain. roz "
                        "nahi kar sakta",
                    )
                ],
            ),
        ],
        **opening(GRAD_SWE, BLR_HYB, salary_min=None, salary_max=None, currency=None),
    ),
    C(
        "no driving licence, office on a bus route vs no licence, office needs a car",
        "finance",
        [
            fin("Galway, Ireland")(
                "Fionnuala Roche",
                0,
                "No driving licence yet - can't get out to Parkmore, there's no bus that suits.",
            ),
            fin("Galway, Ireland")(
                "Padraig Conneely", 2, "Has his own car, Parkmore is 12 minutes."
            ),
        ],
        **opening(FIN_ROLE, GALWAY_ONSITE),
    ),
    C(
        "fine with an hour on the train twice a week vs not even once a week",
        "backend",
        [
            swe("Brighton, UK")(
                "Rosamund Pike-Hollis",
                2,
                "Brighton to London Bridge is an hour - fine twice or three times a week.",
            ),
            swe("Brighton, UK")(
                "Linus Fairweather",
                0,
                "Can't face the Brighton line at all, not even one day a week.",
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "irish: dart from bray is grand vs m50 is a disaster, won't do it",
        "finance",
        [
            fin("Bray, Ireland")(
                "Shauna Kavanagh",
                2,
                touches=[
                    mail(18, "The DART from Bray is grand, 40 minutes and I can study on it.")
                ],
            ),
            fin("Tallaght, Ireland")(
                "Declan Moriarne",
                0,
                touches=[
                    mail(
                        18,
                        "I'd have to drive the M50 from Tallaght - it's a disaster, I'm not doing "
                        "that three days a week.",
                    )
                ],
            ),
        ],
        **opening(
            FIN_ROLE, DUBLIN_HYB, offers=["Three days a week in our Grand Canal Dock office"]
        ),
    ),
    C(
        "us: commute from Jersey City on PATH fine vs Long Island, two hours, no",
        "data_eng",
        [
            data("Jersey City, NJ, USA")(
                "Kayla Dominguez", 2, "PATH into Midtown is 25 minutes - fine five days."
            ),
            data("Ronkonkoma, NY, USA")(
                "Connor McAvoy",
                0,
                "LIRR from Ronkonkoma is two hours each way; can't do a five-day office.",
            ),
        ],
        **opening(DATA_ROLE, NYC_ONSITE),
    ),
    C(
        "commute limit was the last employer's problem, not this one's",
        "backend",
        [
            swe("Wigan, UK")(
                "Ffion Bradshaw",
                2,
                "Last placement was in Warrington with no trains; Wigan to Manchester Piccadilly "
                "direct is fine.",
            ),
            swe("Wigan, UK")("Hector Lunn", 1),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "wants £38k; band tops at £34k vs fine at £32k",
        "backend",
        [
            swe()(
                "Augustin Pell", 0, "Won't accept less than £38k - has an offer at that already."
            ),
            swe()("Marigold Tennant", 2, "Anything over £30k is more than fine for a first job."),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "floor not current pay: earns £11 an hour at a café, wants £28k+ vs wants £40k",
        "finance",
        [
            fin("Leeds, UK")(
                "Bettany Crowe",
                2,
                touches=[
                    rang(
                        30,
                        "Bettany on £11.44/hr at a café part-time; told us anything from £28k "
                        "would be life-changing.",
                    )
                ],
            ),
            fin("Leeds, UK")(
                "Rupert Stainsby",
                0,
                touches=[rang(30, "Rupert: needs £40k minimum, won't consider below that.")],
            ),
        ],
        **opening(FIN_ROLE, LEEDS_HYB),
    ),
    C(
        "intern hourly: wants $45/hr, role pays $48 vs wants $60/hr",
        "backend",
        [
            swe("Austin, TX, USA")(
                "Jaxon Whitlock", 2, "Looking for at least $45/hour for a summer internship."
            ),
            swe("Austin, TX, USA")(
                "Brianna Castellavo",
                0,
                "Won't take an internship under $60/hour, has a return offer at $62.",
            ),
        ],
        **opening(
            SWE_INTERN,
            AUSTIN_HYB,
            offers=["$48 an hour for 12 weeks, housing stipend"],
            salary_min=None,
            salary_max=None,
            currency=None,
        ),
    ),
    C(
        "lakhs: wants 12 LPA, band 12-14 vs wants 20 LPA",
        "backend",
        [
            swe("Bengaluru, India")(
                "Aditi Joshi", 2, touches=[wa(14, "12 LPA ke upar mil jaaye toh main ready hoon")]
            ),
            swe("Bengaluru, India")(
                "Nikhil Bansalwar",
                0,
                touches=[wa(14, "kam se kam 20 LPA chahiye, already ek offer hai 18 ka")],
            ),
        ],
        **opening(GRAD_SWE, BLR_HYB),
    ),
    C(
        "euros: wants €40k, band €38-42k vs wants €55k",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Eimear Lennon", 2, "Wants around €40k for the first grad role."
            ),
            swe("Dublin, Ireland")(
                "Killian Rourke", 0, "Not moving for less than €55k, his mate got that at a bank."
            ),
        ],
        **opening(GRAD_SWE, DUBLIN_HYB),
    ),
    C(
        "placement stipend: wants £22k, role pays £24k vs no ask",
        "backend",
        [
            swe("Bath, UK")(
                "Saskia Holroyd", 2, "Needs at least £22k for the placement year to cover rent."
            ),
            swe("Bath, UK")("Tristram Yelland", 1),
        ],
        **opening(
            PLACEMENT,
            UK_REMOTE,
            salary_min=24_000,
            salary_max=24_000,
            offers=["£24,000 placement salary"],
        ),
    ),
]

# --- 5. work mode in the title, description, hybrid days; negation and its scope ---------

WORK_MODE = [
    C(
        "remote said only in the title: remote seeker vs office seeker",
        "data_eng",
        [
            data("Inverness, UK")(
                "Morag Sutherland", 2, "Lives in Inverness - needs a fully remote grad role."
            ),
            data("Inverness, UK")(
                "Callum Urquharrow", 0, "Wants to be in an office with a grad cohort every day."
            ),
        ],
        **opening(
            DATA_ROLE,
            dict(location="United Kingdom", salary_min=30_000, salary_max=32_000, currency="GBP"),
            title="Graduate Data Analyst (Remote)",
        ),
    ),
    C(
        "office said only in the description: office seeker vs remote-only",
        "backend",
        [
            swe("Manchester, UK")(
                "Annika Holmberg", 2, "Wants to be in the office every day to learn from seniors."
            ),
            swe("Manchester, UK")(
                "Giles Pemberthwaite",
                0,
                "Remote only - did his whole degree online and wants to keep it that way.",
            ),
        ],
        **opening(
            GRAD_SWE,
            dict(location="Manchester, UK", salary_min=29_000, salary_max=31_000, currency="GBP"),
            description=(
                "Graduates work together on site in our Manchester office five days a week for the"
                " whole scheme."
            ),
        ),
    ),
    C(
        "hybrid: two days fine vs not even one day",
        "backend",
        [
            swe("Leeds, UK")("Pippa Crossland", 2, "Two days in the office is ideal."),
            swe("Leeds, UK")("Horatio Vancourt", 0, "Won't go into an office at all, not one day."),
        ],
        **opening(GRAD_SWE, LEEDS_HYB),
    ),
]

NEGATIONS = [
    C(
        "negation: 'not against the office' vs 'not for the office', on-site role",
        "backend",
        [
            swe("Manchester, UK")(
                "Delia Marchetti",
                2,
                touches=[
                    li(
                        25,
                        "I'm not against the office at all - being around people would be good for"
                        " me.",
                    )
                ],
            ),
            swe("Manchester, UK")(
                "Ewan Strachmore",
                0,
                touches=[li(25, "Office every day isn't for me, I need remote.")],
            ),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "negation scope: 'no problem with hybrid, just not five days' on a hybrid role",
        "data_eng",
        [
            data()("Lavinia Oduya", 2, "No problem with hybrid, just not five days in."),
            data()("Benedict Hurrell", 1),
        ],
        **opening(DATA_ROLE, LONDON_HYB),
    ),
    C(
        "negation scope: 'no problem with hybrid, just not five days' on a five-day role",
        "data_eng",
        [
            data("Manchester, UK")(
                "Seraphina Gault", 0, "No problem with hybrid, just not five days in."
            ),
            data("Manchester, UK")("Dominic Ashwoldby", 2),
        ],
        **opening(DATA_ROLE, MANC_ONSITE),
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology -----------------

LOCATION = [
    C(
        "moving back home to Belfast after uni vs staying in London",
        "backend",
        [
            swe("London, UK")(
                "Niall McCrory",
                2,
                "Moving home to Belfast after graduation to live with his parents and save.",
            ),
            swe("London, UK")(
                "Jasper Holbrook", 0, "Staying in London after graduating - won't move."
            ),
        ],
        **opening(GRAD_SWE, BELFAST_ONSITE),
    ),
    C(
        "following a partner to Edinburgh vs no view, lives there",
        "data_eng",
        [
            data("Nottingham, UK")(
                "Carys Bellamy",
                2,
                "Girlfriend starts her PhD in Edinburgh next September - moving up with her.",
            ),
            data("Nottingham, UK")(
                "Rhodri Pask", 0, "Wants to stay in the East Midlands near family."
            ),
        ],
        **opening(DATA_ROLE, EDI_HYB),
    ),
    C(
        "hinglish: hometown Pune wapas aana hai vs Delhi chhodna nahi",
        "backend",
        [
            swe("Delhi, India")(
                "Omkar Patwardhan",
                2,
                touches=[wa(20, "graduation ke baad Pune wapas aana hai, ghar wahin hai")],
            ),
            swe("Delhi, India")(
                "Gaurav Sethi",
                0,
                touches=[wa(20, "Delhi chhod ke kahin nahi jaana, family yahin hai")],
            ),
        ],
        **opening(GRAD_SWE, PUNE_ONSITE),
    ),
]

LEVEL = [
    C(
        "wants to stay hands-on coding vs wants to manage, graduate developer role",
        "backend",
        [
            swe()(
                "Ottilie Frane",
                2,
                "Wants to be hands-on writing code for years - no interest in managing.",
            ),
            swe()(
                "Bartholomew Kade",
                0,
                "Wants a management track from day one - leading people, not coding.",
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "wants to lead a team vs hands-on only, graduate leadership programme",
        "finance",
        [
            fin()(
                "Philomène Adair",
                2,
                "Ran a 40-person student society; wants a leadership track and to manage people "
                "early.",
            ),
            fin()(
                "Cosmo Ridley",
                0,
                "Doesn't want to manage anyone - just wants to get good at the numbers.",
            ),
        ],
        **opening(
            FIN_ROLE,
            LONDON_HYB,
            title="Graduate Leadership Programme (Finance)",
            offers=["Manage a team of four analysts by year two"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a big structured grad scheme vs wants a tiny startup, 2,000-person firm",
        "backend",
        [
            swe()(
                "Winifred Oakley",
                2,
                "Wants a big employer with a proper structured graduate programme and a cohort.",
            ),
            swe()("Zebedee Frost", 0, "Wants a 10-person startup, no big corporates."),
        ],
        **opening(
            GRAD_SWE, LONDON_HYB, offers=["Intake of 120 graduates a year", "FTSE 100 company"]
        ),
    ),
    C(
        "wants an early-stage startup vs wants a big name, seed-stage role",
        "backend",
        [
            swe()(
                "Ptolemy Cressey",
                2,
                "After a seed or Series A startup where grads ship on day one.",
            ),
            swe()(
                "Georgiana Liddell", 0, "Only big names - parents want the security of a blue-chip."
            ),
        ],
        **opening(
            GRAD_SWE,
            LONDON_HYB,
            title="Founding Graduate Engineer",
            offers=["Seed-stage, 8 people"],
        ),
    ),
]

MISSION = [
    C(
        "refuses defence vs wants defence, defence role",
        "backend",
        [
            swe("Bristol, UK")(
                "Honor Blackwood", 0, "Won't work in defence or weapons - a red line."
            ),
            swe("Bristol, UK")(
                "Fabian Stretton", 2, "Keen on defence and aerospace - family are ex-RAF."
            ),
        ],
        **opening(
            GRAD_SWE,
            dict(
                remote_policy="onsite",
                location="Bristol, UK",
                salary_min=30_000,
                salary_max=33_000,
                currency="GBP",
            ),
            description=(
                "Graduate software scheme in our defence systems division building mission "
                "software for the MOD."
            ),
        ),
    ),
    C(
        "refuses defence; this role is in healthcare vs no view",
        "backend",
        [
            swe("Bristol, UK")(
                "Aurelia Sandys",
                2,
                "Won't work in defence or weapons; would love something in healthcare.",
            ),
            swe("Bristol, UK")("Kit Harcourt", 1),
        ],
        **opening(
            GRAD_SWE,
            dict(
                remote_policy="hybrid",
                location="Bristol, UK",
                salary_min=30_000,
                salary_max=33_000,
                currency="GBP",
            ),
            description="Graduate engineers building NHS patient booking software.",
            offers=["Mission: shorter waits for NHS patients"],
        ),
    ),
    C(
        "no gambling vs fine with gambling, betting company",
        "data_eng",
        [
            data("Leeds, UK")(
                "Josiah Pennyfeather",
                0,
                "Grew up with a dad who gambled - will never work for a betting firm.",
            ),
            data("Leeds, UK")(
                "Nell Cartmell", 2, "Loves sports data - happy at a betting company."
            ),
        ],
        **opening(
            DATA_ROLE,
            LEEDS_HYB,
            description=(
                "Graduate analysts on the sportsbook trading team of an online betting operator."
            ),
        ),
    ),
    C(
        "hinglish: fintech mein hi jaana hai vs edtech chahiye, fintech role",
        "backend",
        [
            swe("Bengaluru, India")(
                "Yashika Rao",
                2,
                touches=[
                    wa(22, "mujhe fintech mein hi jaana hai, payments bahut interesting lagta hai")
                ],
            ),
            swe("Bengaluru, India")(
                "Abhinav Tiwari",
                0,
                touches=[
                    wa(
                        22,
                        "fintech nahi, mujhe sirf edtech mein kaam karna hai - bachchon ki padhai "
                        "ke liye kuch karna hai",
                    )
                ],
            ),
        ],
        **opening(
            GRAD_SWE,
            BLR_HYB,
            description="Graduate engineers on our UPI payments platform.",
            offers=["Fintech: UPI payments for small merchants"],
        ),
    ),
    C(
        "climate mission wanted vs fossil fuels fine, renewables role",
        "data_eng",
        [
            data("Glasgow, UK")(
                "Eilidh Crawford",
                2,
                "Wants her first job to help with climate change - renewables ideally.",
            ),
            data("Glasgow, UK")("Struan Wallace", 1, "Open to oil and gas or any energy company."),
        ],
        **opening(
            DATA_ROLE,
            dict(
                remote_policy="hybrid",
                location="Glasgow, UK",
                salary_min=29_000,
                salary_max=31_000,
                currency="GBP",
            ),
            description="Graduate analysts forecasting output across our offshore wind farms.",
            offers=["Mission: decarbonise the grid"],
        ),
    ),
    C(
        "refuses fossil fuels; oil major's grad scheme vs no view",
        "data_eng",
        [
            data("Aberdeen, UK")(
                "Innes Ferguson", 0, "Won't join an oil and gas company, whatever the pay."
            ),
            data("Aberdeen, UK")("Kirsty Mowbrayne", 2),
        ],
        **opening(
            DATA_ROLE,
            dict(
                remote_policy="onsite",
                location="Aberdeen, UK",
                salary_min=32_000,
                salary_max=35_000,
                currency="GBP",
            ),
            description=(
                "Graduate data analysts on upstream oil and gas production for a North Sea "
                "operator."
            ),
        ),
    ),
    C(
        "no tobacco vs no view, tobacco company finance scheme",
        "finance",
        [
            fin()(
                "Clemency Ward",
                0,
                touches=[
                    fair(
                        40,
                        "spring fair - said straight out she'd never work for tobacco, lost her "
                        "nan to lung cancer",
                    )
                ],
            ),
            fin()(
                "Solomon Prewitt",
                2,
                touches=[fair(40, "spring fair - open to any FMCG finance scheme")],
            ),
        ],
        **opening(
            FIN_ROLE,
            LONDON_HYB,
            description="Graduate finance rotations at a global tobacco and nicotine group.",
        ),
    ),
    C(
        "irish: mad into health tech vs wants gaming, medtech role",
        "backend",
        [
            swe("Galway, Ireland")(
                "Méabh Cunniffe",
                2,
                "Mad into health tech since her nana's hip op - medtech would be class.",
            ),
            swe("Galway, Ireland")(
                "Tadhg Ó Ceallaigh",
                0,
                "Only wants games companies, not interested in medical devices.",
            ),
        ],
        **opening(
            GRAD_SWE,
            GALWAY_ONSITE,
            description=(
                "Graduate software engineers on connected medical devices for orthopaedic surgery."
            ),
            offers=["Medtech: software for hip and knee implants"],
        ),
    ),
    C(
        "wants social impact, charity role vs wants banking",
        "finance",
        [
            fin("Manchester, UK")(
                "Beatrix Lomax",
                2,
                "Wants to work somewhere that does good - charity or social enterprise.",
            ),
            fin("Manchester, UK")(
                "Hugo Ransome", 0, "Only investment banks - wants the bonus culture."
            ),
        ],
        **opening(
            FIN_ROLE,
            MANC_ONSITE,
            title="Graduate Finance Trainee (charity)",
            description="Finance graduate scheme at a national homelessness charity.",
            salary_min=26_000,
            salary_max=28_000,
        ),
    ),
    C(
        "us: no crypto vs loves crypto, crypto exchange",
        "backend",
        [
            swe("New York, NY, USA")(
                "Madeline Hurst", 0, "Won't work in crypto - thinks it's a scam."
            ),
            swe("New York, NY, USA")("Derek Yamamoto", 2, "Wants to work in crypto and web3."),
        ],
        **opening(
            GRAD_SWE,
            NYC_ONSITE,
            description="New-grad engineers on the matching engine of a cryptocurrency exchange.",
        ),
    ),
]

TECH = [
    C(
        "wants Java; Java role vs refuses Java",
        "backend",
        [
            swe()("Imelda Crisp", 2, "Loves Java and Spring, wants a Java team."),
            swe()(
                "Reuben Sallis",
                0,
                "Never touching Java again after second year - Python or nothing.",
            ),
        ],
        **opening(
            GRAD_SWE,
            LONDON_HYB,
            requirements="Java\nSpring Boot\nSQL",
            offers=["Stack: Java 21 and Spring Boot"],
        ),
    ),
    C(
        "wants ML work vs wants no ML, ML-heavy grad role",
        "data_eng",
        [
            data()(
                "Ophelia Marsh",
                2,
                "Wants to get into machine learning - did her dissertation on it.",
            ),
            data()(
                "Jethro Bain", 0, "Not interested in ML or AI work at all, wants plain analytics."
            ),
        ],
        **opening(
            DATA_ROLE,
            LONDON_HYB,
            offers=["Build and deploy ML forecasting models in your first year"],
        ),
    ),
    C(
        "wants frontend React vs wants backend only, backend grad role",
        "backend",
        [
            swe()("Calliope Dane", 0, "Only wants frontend React work - hates backend."),
            swe()("Ronan Westgate", 2, "Wants backend only - APIs and databases."),
        ],
        **opening(GRAD_SWE, LONDON_HYB, offers=["Backend team: Python APIs on PostgreSQL"]),
    ),
]

# --- 7. last time's reason: resolved by this role or still standing; history; process -------

PAST_LDN_OFFICE = dict(
    remote_policy="onsite", location="London, UK", salary_max=30_000, currency="GBP"
)
PAST_LDN_LOWPAY = dict(
    remote_policy="hybrid", location="London, UK", salary_max=28_000, currency="GBP"
)
PAST_NO_SPONSOR = dict(remote_policy="hybrid", location="London, UK", currency="GBP")
PAST_SINGAPORE = dict(remote_policy="onsite", location="Singapore", currency="SGD")
PAST_MANC = dict(remote_policy="onsite", location="Manchester, UK", currency="GBP")

LAST_TIME = [
    C(
        "declined last year's five-day office; this scheme is remote vs no history",
        "backend",
        [
            swe("Norwich, UK")(
                "Octavian Pryce",
                2,
                apps=[
                    declined(
                        330,
                        "remote_policy",
                        "Offer declined - could not do five days in London from Norwich",
                        past=PAST_LDN_OFFICE,
                    )
                ],
            ),
            swe("Norwich, UK")("Harriet Quennelby", 1),
        ],
        **opening(GRAD_SWE, UK_REMOTE),
    ),
    C(
        "declined last year's five-day office; this one is five days again vs no history",
        "backend",
        [
            swe("Norwich, UK")(
                "Valentina Ruskin",
                0,
                apps=[
                    declined(
                        330,
                        "remote_policy",
                        "Offer declined - could not do five days in London from Norwich",
                        past=PAST_LDN_OFFICE,
                    )
                ],
            ),
            swe("Norwich, UK")("Ansel Brigstock", 2),
        ],
        **opening(
            GRAD_SWE,
            dict(
                remote_policy="onsite",
                location="London, UK",
                salary_min=32_000,
                salary_max=34_000,
                currency="GBP",
                offers=["Five days a week in our City office"],
            ),
        ),
    ),
    C(
        "turned down £28k last intake; this band is £32-34k vs no history",
        "backend",
        [
            swe()(
                "Merrick Langdon",
                2,
                apps=[
                    declined(
                        370,
                        "compensation",
                        "Asked for £32k, we could only do £28k - he took a bank's scheme",
                        past=PAST_LDN_LOWPAY,
                    )
                ],
            ),
            swe()("Prudence Cathcart", 1),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "turned down over pay wanting £40k; band still £32-34k vs no history",
        "backend",
        [
            swe()(
                "Isadora Welch",
                0,
                apps=[
                    declined(
                        200,
                        "compensation",
                        "Wanted £40k minimum; our top was £28k",
                        past=PAST_LDN_LOWPAY,
                    )
                ],
            ),
            swe()("Barnaby Tolliver", 2),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "rejected as we couldn't sponsor; this scheme sponsors vs no history",
        "backend",
        [
            swe()(
                "Oluwaseun Adebayomi",
                2,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other",
                        "Strong AC but needs Skilled Worker sponsorship, which the 2026 scheme "
                        "could not offer",
                        rating=4.5,
                        past=PAST_NO_SPONSOR,
                    )
                ],
            ),
            swe()("Florence Ingham", 1),
        ],
        **opening(
            GRAD_SWE, LONDON_HYB, offers=["Skilled Worker sponsorship available for this intake"]
        ),
    ),
    C(
        "rejected as we couldn't sponsor; this scheme still can't vs no history",
        "backend",
        [
            swe()(
                "Zhuge Mingze",
                0,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other",
                        "Strong AC but needs Skilled Worker sponsorship, which the 2026 scheme "
                        "could not offer",
                        rating=4.5,
                        past=PAST_NO_SPONSOR,
                    )
                ],
            ),
            swe()("Ambrose Kettle", 2),
        ],
        **opening(GRAD_SWE, LONDON_HYB, offers=["No visa sponsorship"]),
    ),
    C(
        "withdrew: start date clashed with finals; this one starts in September vs no history",
        "data_eng",
        [
            data()(
                "Philippa Ng",
                2,
                apps=[
                    withdrew(
                        380,
                        "timing",
                        "Withdrew - role started in May, right in the middle of her finals",
                    )
                ],
            ),
            data()("Edmund Rayne", 1),
        ],
        **opening(DATA_ROLE, LONDON_HYB, offers=["Start date: September 2027, after graduation"]),
    ),
    C(
        "withdrew: would not do the Singapore rotation; this scheme has none vs no history",
        "finance",
        [
            fin()(
                "Theodora Blyth",
                2,
                apps=[
                    withdrew(
                        290,
                        "location",
                        "Pulled out - scheme required a year in Singapore and she's a carer for "
                        "her dad",
                        stage="final",
                        past=PAST_SINGAPORE,
                        role="Graduate Finance Analyst",
                    )
                ],
            ),
            fin()("Lucian Hargreave", 1),
        ],
        **opening(FIN_ROLE, LONDON_HYB, offers=["All three rotations are in London"]),
    ),
    C(
        "withdrew: would not do the Singapore rotation; this scheme requires it vs no history",
        "finance",
        [
            fin()(
                "Rosalie Danvers",
                0,
                apps=[
                    withdrew(
                        290,
                        "location",
                        "Pulled out - scheme required a year in Singapore and she's a carer for "
                        "her dad",
                        stage="final",
                        past=PAST_SINGAPORE,
                        role="Graduate Finance Analyst",
                    )
                ],
            ),
            fin()("Cedric Holme", 2),
        ],
        **opening(FIN_ROLE, LONDON_HYB, offers=["Year two is spent in our Singapore office"]),
    ),
    C(
        "wouldn't relocate to Manchester; this one is in Leeds where she lives vs no history",
        "backend",
        [
            swe("Leeds, UK")(
                "Hermione Ackland",
                2,
                apps=[
                    withdrew(
                        250,
                        "location",
                        "Wouldn't relocate from Leeds to Manchester for the scheme",
                        past=PAST_MANC,
                    )
                ],
            ),
            swe("Leeds, UK")("Digby Sharrow", 1),
        ],
        **opening(GRAD_SWE, LEEDS_HYB),
    ),
    C(
        "wouldn't relocate to Manchester; this one is Manchester again vs lives there",
        "backend",
        [
            swe("Leeds, UK")(
                "Araminta Fyfe",
                0,
                apps=[
                    withdrew(
                        250,
                        "location",
                        "Wouldn't relocate from Leeds to Manchester for the scheme",
                        past=PAST_MANC,
                    )
                ],
            ),
            swe("Manchester, UK")("Desmond Kirkby", 2),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "hinglish: pichli baar bond ki wajah se mana kiya; this role has no bond vs no history",
        "backend",
        [
            swe("Pune, India")(
                "Sameer Kulkarnekar",
                2,
                apps=[
                    declined(
                        280,
                        "other",
                        "Offer mana kiya - 2 saal ka service bond tha, woh nahi chahiye tha",
                    )
                ],
            ),
            swe("Pune, India")("Rutuja Pawar", 1),
        ],
        **opening(GRAD_SWE, PUNE_ONSITE, offers=["No service bond, no training-cost clawback"]),
    ),
]

HISTORY = [
    C(
        "AC no-show last spring vs strong AC scorecard, lost to one other",
        "finance",
        [
            fin()(
                "Jocasta Redfern",
                0,
                apps=[
                    app(
                        220,
                        "final",
                        "rejected",
                        "no_show",
                        "Did not attend the assessment centre, no message",
                        role="Graduate Finance Analyst",
                    )
                ],
            ),
            fin()(
                "Leander Moss",
                2,
                apps=[
                    ac_loss(
                        220,
                        "Top quartile at AC, lost the last place to one other",
                        role="Graduate Finance Analyst",
                    )
                ],
            ),
        ],
        **opening(FIN_ROLE, LONDON_HYB),
    ),
    C(
        "reached our final last month and still in process elsewhere vs CV screened out years ago",
        "backend",
        [
            swe()(
                "Cosima Arden",
                2,
                apps=[ac_loss(35, "Excellent AC, lost on the final panel by a point")],
            ),
            swe()(
                "Horace Delamere",
                1,
                apps=[app(700, "applied", "rejected", "other", "Auto-screened, grades not yet in")],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
]

# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST = [
    C(
        "remote only in May, then office fine in October vs office in May, then remote only",
        "backend",
        [
            swe("Manchester, UK")(
                "Winslow Pargeter",
                2,
                touches=[
                    wa(date(2026, 5, 11), "remote only for me tbh"),
                    rang(
                        date(2026, 10, 12),
                        "Winslow now keen on the office - lonely working from his bedroom, wants "
                        "to be in with the cohort.",
                    ),
                ],
            ),
            swe("Manchester, UK")(
                "Genevieve Orme",
                0,
                touches=[
                    wa(date(2026, 5, 11), "office is fine, id like to be in"),
                    mail(
                        date(2026, 10, 12),
                        "Update - I've moved back to my parents' in Cumbria, so remote only from "
                        "now on.",
                    ),
                ],
            ),
        ],
        **opening(GRAD_SWE, MANC_ONSITE),
    ),
    C(
        "opted out then came back vs keen then opted out",
        "backend",
        [
            swe()(
                "Aldous Finch",
                2,
                touches=[
                    mail(date(2026, 3, 2), "Please take me off your mailing lists."),
                    li(
                        date(2026, 10, 19),
                        "Hi - I asked to come off your lists back in March, but I've changed my "
                        "mind and I'm applying for grad schemes now. Please keep me in the loop!",
                    ),
                ],
            ),
            swe()(
                "Petronella Shaw",
                0,
                touches=[
                    li(date(2026, 3, 2), "Keep me posted on grad roles, thanks!"),
                    mail(
                        date(2026, 10, 19),
                        "I've accepted elsewhere. Please remove my details and don't contact me "
                        "again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "changed twice: no travel, then travel, then no travel again vs the reverse",
        "finance",
        [
            fin()(
                "Evander Coyle",
                0,
                touches=[
                    fair(date(2026, 2, 9), "spring fair - no travel, part-time job at weekends"),
                    mail(
                        date(2026, 6, 15),
                        "Quit the weekend job - rotations abroad would be amazing now!",
                    ),
                    rang(
                        date(2026, 11, 2),
                        "Evander: mum's been ill, can't leave the UK for now - no overseas "
                        "rotation.",
                    ),
                ],
            ),
            fin()(
                "Marguerite Dallow",
                2,
                touches=[
                    fair(date(2026, 2, 9), "spring fair - keen on an overseas rotation"),
                    mail(
                        date(2026, 6, 15),
                        "Sorry - my visa situation means I can't leave the UK this year.",
                    ),
                    rang(
                        date(2026, 11, 2),
                        "Marguerite: ILR granted, so free to travel again - wants the overseas "
                        "rotation.",
                    ),
                ],
            ),
        ],
        **opening(
            FIN_ROLE, LONDON_HYB, offers=["Second rotation is eight months in our Hong Kong office"]
        ),
    ),
    C(
        "needed sponsorship, then got ILR vs had right to work, then lost it",
        "backend",
        [
            swe()(
                "Adebola Ogunleye",
                2,
                touches=[
                    ats(date(2026, 1, 12), "cand needs sponsorship after grad visa"),
                    mail(
                        date(2026, 9, 21),
                        "Good news - I've been granted indefinite leave to remain, so I no longer "
                        "need sponsorship.",
                    ),
                ],
            ),
            swe()(
                "Ruslan Abenov",
                0,
                touches=[
                    ats(date(2026, 1, 12), "cand has full right to work via dependant visa"),
                    mail(
                        date(2026, 9, 21),
                        "My partner's visa has ended, so I'll now need Skilled Worker sponsorship "
                        "for any role.",
                    ),
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB, offers=["Unable to sponsor visas"]),
    ),
    C(
        "pay ask lowered vs pay ask raised above the band",
        "data_eng",
        [
            data()(
                "Felicity Raikes",
                2,
                touches=[
                    rang(date(2026, 4, 6), "Felicity wants £40k+."),
                    wa(date(2026, 10, 26), "honestly after all the rejections id take 32k happily"),
                ],
            ),
            data()(
                "Ignatius Porlock",
                0,
                touches=[
                    rang(date(2026, 4, 6), "Ignatius fine with £30k."),
                    wa(
                        date(2026, 10, 26),
                        "got a 42k offer from a bank so wouldnt go below that now",
                    ),
                ],
            ),
        ],
        **opening(DATA_ROLE, LONDON_HYB),
    ),
    C(
        "hinglish: pehle Pune nahi, ab Pune theek hai vs pehle theek, ab nahi",
        "backend",
        [
            swe("Mumbai, India")(
                "Chaitanya Gokhale",
                2,
                touches=[
                    wa(date(2026, 6, 1), "Pune shift nahi kar sakta, Mumbai mein hi chahiye"),
                    wa(
                        date(2026, 10, 20),
                        "update: family Pune shift ho rahi hai, ab Pune perfect rahega",
                    ),
                ],
            ),
            swe("Mumbai, India")(
                "Rhea D'Souza",
                0,
                touches=[
                    wa(date(2026, 6, 1), "Pune chalega, koi dikkat nahi"),
                    wa(
                        date(2026, 10, 20),
                        "sorry, ab Mumbai chhodna possible nahi - papa ki tabiyat theek nahi",
                    ),
                ],
            ),
        ],
        **opening(GRAD_SWE, PUNE_ONSITE),
    ),
    C(
        "defence refused, then fine vs defence fine, then refused",
        "backend",
        [
            swe("Bristol, UK")(
                "Lachlan Ware",
                2,
                touches=[
                    fair(date(2026, 2, 16), "said no defence"),
                    mail(
                        date(2026, 9, 28),
                        "I've thought about the defence question after the site visit - it's cyber"
                        " protection, I'm comfortable with it now.",
                    ),
                ],
            ),
            swe("Bristol, UK")(
                "Tamsyn Grigg",
                0,
                touches=[
                    fair(date(2026, 2, 16), "open to defence"),
                    mail(
                        date(2026, 9, 28),
                        "After my ethics module I've decided I won't work on military projects.",
                    ),
                ],
            ),
        ],
        **opening(
            GRAD_SWE,
            dict(
                remote_policy="onsite",
                location="Bristol, UK",
                salary_min=30_000,
                salary_max=33_000,
                currency="GBP",
            ),
            description=(
                "Graduate scheme in a defence electronics group building secure military "
                "communications."
            ),
        ),
    ),
    C(
        "irish: said no to Dublin, then grand with it vs grand, then no",
        "finance",
        [
            fin("Kilkenny, Ireland")(
                "Éanna Phelan",
                2,
                touches=[
                    wa(date(2026, 4, 20), "not moving to dublin, the rent is a joke"),
                    wa(
                        date(2026, 11, 9),
                        "ok so I got a room with me cousin in Rathmines, Dublin's grand now",
                    ),
                ],
            ),
            fin("Kilkenny, Ireland")(
                "Orla Cullinane",
                0,
                touches=[
                    wa(date(2026, 4, 20), "dublin is grand, I'll find somewhere"),
                    wa(
                        date(2026, 11, 9),
                        "couldn't find a place, staying in Kilkenny, no Dublin jobs for me",
                    ),
                ],
            ),
        ],
        **opening(
            FIN_ROLE,
            dict(
                remote_policy="onsite",
                location="Dublin, Ireland",
                salary_min=38_000,
                salary_max=42_000,
                currency="EUR",
            ),
        ),
    ),
    C(
        "a wait, then called off early vs no wait, then a wait",
        "backend",
        [
            swe()(
                "Benedetta Rook",
                2,
                touches=[
                    mail(
                        date(2026, 10, 5), "Please don't contact me until after my finals in June."
                    ),
                    mail(
                        date(2026, 11, 16),
                        "Scrap that - my uni moved finals online and I'm free for interviews "
                        "whenever.",
                    ),
                ],
            ),
            swe()(
                "Osgood Pellew",
                1,
                touches=[
                    mail(date(2026, 10, 5), "Free for interviews any time!"),
                    mail(
                        date(2026, 11, 16),
                        "Actually, please hold off until after my finals in June - it's too much.",
                    ),
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB),
    ),
    C(
        "managing wanted, then hands-on vs hands-on, then managing, developer scheme",
        "backend",
        [
            swe()(
                "Roderick Vail",
                2,
                touches=[
                    li(date(2026, 3, 16), "Want a management track ASAP."),
                    rang(
                        date(2026, 10, 5),
                        "Roderick changed his mind after his internship - wants to code, no "
                        "managing for years.",
                    ),
                ],
            ),
            swe()(
                "Celestine Moorcroft",
                0,
                touches=[
                    li(date(2026, 3, 16), "Just want to code."),
                    rang(
                        date(2026, 10, 5),
                        "Celestine now wants a people-leadership track from the start, not pure "
                        "coding.",
                    ),
                ],
            ),
        ],
        **opening(GRAD_SWE, LONDON_HYB, offers=["Pure engineering track: no line management"]),
    ),
    C(
        "three notes: fintech no, fintech yes, still yes vs yes, yes, no",
        "backend",
        [
            swe("Dublin, Ireland")(
                "Fiachra Dwyer",
                2,
                touches=[
                    fair(date(2026, 2, 2), "no fintech, wants games"),
                    wa(date(2026, 7, 6), "did a fintech internship, actually loved it"),
                    li(date(2026, 11, 2), "Fintech is top of my list now."),
                ],
            ),
            swe("Dublin, Ireland")(
                "Grainne Lalor",
                0,
                touches=[
                    fair(date(2026, 2, 2), "keen on fintech"),
                    wa(date(2026, 7, 6), "fintech still good"),
                    li(
                        date(2026, 11, 2),
                        "After my internship I never want to work in financial services again.",
                    ),
                ],
            ),
        ],
        **opening(
            GRAD_SWE,
            DUBLIN_HYB,
            description="Graduate engineers on our card payments platform.",
            offers=["Fintech: card payments"],
        ),
    ),
]

HELDOUT70_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATIONS,
    *LOCATION,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the locations are its LOCATION and the latest word its LATEST; last time's reason, resolved
# or still standing, is the file's LAST_TIME list, and the history with us its HISTORY.
LOCATIONS, LATEST_WORD = LOCATION, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
