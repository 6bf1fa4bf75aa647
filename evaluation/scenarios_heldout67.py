"""Held-out rediscovery cases, sixty-seventh set: a US staffing agency's and an RPO desk's own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 67") and never tuned to what Encore does. The recruiters work a
Bullhorn desk out of Dallas, Houston, Columbus, Indianapolis, Nashville and Kansas City, placing
IT support techs and .NET developers, staff accountants and AP clerks, admin assistants, call
center reps, forklift drivers, dispatchers and shift supervisors with clients across the Midwest,
the South and Texas. The voices: terse Bullhorn shorthand with typos ("LVM", "cand", "pls adv",
"T2H", "1099 only", "2nd shft"), lower-case texts and WhatsApps, transcribed voicemails with
their ums, LinkedIn replies, candidates' emails, one formal letter, recruiters' third-person call
notes, long rambling notes where one line decides, and a few lines in Spanish and Vietnamese.
Talk of W-2 against 1099 against C2C, hourly rates and salaries, PTO and benefits, temp-to-hire,
H-1B transfers, green cards, EAD, OPT and STEM OPT, TN status, drug screens and background
checks, 1st/2nd/3rd shifts and weekend OT, commutes on I-35, I-635, I-70, I-465, the Sam
Rayburn and Hardy tolls, DART and Metra rail.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a "take me off your list" email, a STOP text, a recruiter's DNC after a complaint,
   a formal letter from a lawyer-ish candidate, a LinkedIn "please don't message me", a
   voicemail, Spanish and Vietnamese): never shown; beside each a scoped stop that is no opt-out
   (no texts but email fine, not that client again, no more call-center roles, unsubscribe from
   the newsletter, a new cell number, "call me after 5", feedback still owed);
2. waits counted from the day said (after Thanksgiving, after Tết, after tax season, end of Q1,
   a 90-day probation, two weeks' notice, a lease ending, a baby due in January, a vesting date,
   "después de Semana Santa"), each against a twin whose wait has run out; notes full of dates
   that ask for no wait;
3. schedule (1st/2nd/3rd shift, weekend OT, 4x10s), travel (overnights, 25% travel, no flying),
   visa and right to work (H-1B transfer, green card, EAD, OPT and STEM OPT, TN, US citizen),
   contract type (W-2 against 1099 against C2C, temp-to-hire against direct hire), commute
   (I-35 through Waco, the Sam Rayburn toll, DART, Metra, I-465, the Brent Spence bridge);
4. pay against the band (hourly against salary, a floor against current pay, a 1099 rate
   against a W-2 band, per-diem, OT-inclusive pay);
5. work mode said only in the title, only in the description, hybrid days; negation and scope;
6. location and relocation, managing against hands-on, company stage and size, industries and
   missions wanted or refused (tobacco, firearms, payday lending, oil and gas, hospitals, the
   school district), technology wanted or refused (SAP, QuickBooks, Azure, AS/400);
7. last time's reason resolved by this role or still standing (pay, shift, commute, drug screen
   policy, sponsorship, on-site), the history with us (a no-show, a walk-off, a placement that
   went well) and the latest process;
8. several notes over time where the latest word counts (a mind changed once or twice, across
   texts, calls, emails and Bullhorn notes).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

HELPDESK = (
    "sre",
    dict(
        current_title="IT Support Specialist",
        skills=["Active Directory", "Microsoft 365", "ServiceNow", "Windows 11", "CompTIA A+"],
        years_experience=5,
        resume_text=(
            "Desktop and help desk support for five years: Tier 1 and Tier 2 tickets in "
            "ServiceNow, Active Directory and Microsoft 365 admin, imaging Windows 11 laptops, "
            "printers and VPN for a 900-seat company."
        ),
    ),
)
DOTNET = (
    "backend",
    dict(
        current_title=".NET Developer",
        skills=["C#", "ASP.NET Core", "SQL Server", "Azure", "Entity Framework"],
        years_experience=6,
        resume_text=(
            "C# developer, six years on ASP.NET Core APIs and Entity Framework over SQL Server, "
            "deployed to Azure App Service; built claims and policy screens for an insurer."
        ),
    ),
)
STAFF_ACCT = (
    "finance",
    dict(
        current_title="Staff Accountant",
        skills=["Month-end close", "GL reconciliations", "NetSuite", "GAAP", "Excel"],
        years_experience=4,
        resume_text=(
            "Staff accountant, four years: month-end close, journal entries, balance sheet and "
            "bank reconciliations, fixed assets and accruals under US GAAP in NetSuite and Excel."
        ),
    ),
)
AP_CLERK = (
    "finance",
    dict(
        current_title="Accounts Payable Specialist",
        skills=["Accounts payable", "Three-way match", "Vendor setup", "QuickBooks", "1099s"],
        years_experience=6,
        resume_text=(
            "AP specialist for six years: 400 invoices a week, three-way match, vendor setup, "
            "check runs and ACH, 1099 filing at year end, QuickBooks and Excel."
        ),
    ),
)
ADMIN = (
    "cs",
    dict(
        current_title="Administrative Assistant",
        skills=["Calendar management", "Microsoft Office", "Data entry", "Reception"],
        years_experience=7,
        resume_text=(
            "Administrative assistant, seven years: front desk, calendars for three directors, "
            "travel booking, data entry, purchase orders and meeting minutes."
        ),
    ),
)
CSR = (
    "cs",
    dict(
        current_title="Customer Service Representative",
        skills=["Inbound calls", "Salesforce Service Cloud", "De-escalation", "Order entry"],
        years_experience=4,
        resume_text=(
            "Call center rep for four years: 70 inbound calls a day, order entry and returns in "
            "Salesforce Service Cloud, billing questions and de-escalation, 95% QA scores."
        ),
    ),
)
FORKLIFT = (
    "cs",
    dict(
        current_title="Forklift Operator",
        skills=["Sit-down forklift", "Reach truck", "RF scanner", "Loading and unloading"],
        years_experience=5,
        resume_text=(
            "Certified forklift operator, five years in distribution centers: sit-down and reach "
            "trucks, RF scanning, putaway, cycle counts and trailer loading."
        ),
    ),
)
DISPATCH = (
    "cs",
    dict(
        current_title="Logistics Coordinator",
        skills=["Dispatch", "TMS", "Carrier relations", "Load planning"],
        years_experience=5,
        resume_text=(
            "Logistics coordinator and dispatcher, five years: load planning in McLeod TMS, "
            "carrier calls, appointment setting, tracking and POD follow-up."
        ),
    ),
)
ANALYST = (
    "data_eng",
    dict(
        current_title="Data Analyst",
        skills=["SQL", "Power BI", "Excel", "Python"],
        years_experience=4,
        resume_text=(
            "Data analyst, four years: SQL Server queries, Power BI dashboards for operations "
            "and finance, Excel models and some Python for cleanup."
        ),
    ),
)
SUPERVISOR = (
    "manager",
    dict(
        current_title="Warehouse Shift Supervisor",
        skills=["Team leadership", "WMS", "OSHA safety", "Scheduling"],
        years_experience=8,
        resume_text=(
            "Warehouse supervisor, eight years: ran a 2nd shift of 30 associates, WMS, labor "
            "planning, OSHA safety walks, cycle counts and hiring temps to hire."
        ),
    ),
)


def pool(kind: tuple[str, dict], where: str):
    """People of one kind on our books, living in ``where`` unless ``location=`` says
    otherwise."""
    profile, persona = kind

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, **kw}
        extra.setdefault("location", where)
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def bh(days, note) -> dict:
    """A recruiter's Bullhorn note, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def call(days, note) -> dict:
    """A recruiter's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def vm(days, words) -> dict:
    """The candidate's voicemail, as the phone system transcribed it."""
    return touch(days, "inbound", "replied", note=words, channel="phone")


def email(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def sms(days, words) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def final_loss(days, note=None, *, role="IT Support Specialist") -> dict:
    """Submitted, reached the client's final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="IT Support Specialist") -> dict:
    """Turned the client's offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="IT Support Specialist"):
    """Pulled out of the client's process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: the job, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- the jobs -------------------------------------------------------------------------------

HELPDESK_JOB = dict(
    title="IT Support Specialist II",
    department="IT",
    seniority="mid",
    requirements="Active Directory\nMicrosoft 365\nServiceNow\nWindows 11 imaging\nCompTIA A+",
    description="Tier 2 desktop support for a regional hospital group's corporate office.",
    currency="USD",
    salary_min=52_000,
    salary_max=60_000,
)
DOTNET_JOB = dict(
    title=".NET Developer",
    department="Engineering",
    seniority="mid",
    requirements="C#\nASP.NET Core\nSQL Server\nAzure\nEntity Framework",
    description="Build and maintain the policy administration APIs for a mid-size insurer.",
    currency="USD",
    salary_min=105_000,
    salary_max=120_000,
)
ACCT_JOB = dict(
    title="Staff Accountant",
    department="Accounting",
    seniority="mid",
    requirements="Month-end close\nGL reconciliations\nNetSuite\nUS GAAP",
    description="Own close tasks, reconciliations and accruals for a distribution company.",
    currency="USD",
    salary_min=62_000,
    salary_max=70_000,
)
AP_JOB = dict(
    title="Accounts Payable Specialist",
    department="Accounting",
    seniority="mid",
    requirements="Full-cycle AP\nThree-way match\nVendor setup\n1099 reporting",
    description="Process invoices, check runs and ACH for a regional building-supply firm.",
    currency="USD",
    salary_min=47_000,
    salary_max=52_000,
)
ADMIN_JOB = dict(
    title="Administrative Assistant",
    department="Operations",
    seniority="mid",
    requirements="Microsoft Office\nCalendar management\nReception\nData entry",
    description="Front desk and admin support for a busy branch office.",
    currency="USD",
    salary_min=40_000,
    salary_max=45_000,
)
CSR_JOB = dict(
    title="Customer Service Representative",
    department="Customer Service",
    seniority="junior",
    requirements="Inbound calls\nOrder entry\nSalesforce or similar CRM\nDe-escalation",
    description="Answer inbound calls and emails from customers about orders and billing.",
    currency="USD",
    salary_min=37_000,
    salary_max=41_000,
)
FORKLIFT_JOB = dict(
    title="Forklift Operator",
    department="Warehouse",
    seniority="junior",
    requirements="Forklift certification\nRF scanner\nLoading and unloading\nPass drug screen",
    description="Move, load and put away freight in a 600,000 sq ft distribution center.",
    currency="USD",
    salary_min=41_600,
    salary_max=45_800,
)
DISPATCH_JOB = dict(
    title="Logistics Coordinator",
    department="Logistics",
    seniority="mid",
    requirements="Dispatch\nTMS\nCarrier relations\nLoad planning",
    description="Plan and track truckload shipments and keep carriers and customers informed.",
    currency="USD",
    salary_min=50_000,
    salary_max=56_000,
)
ANALYST_JOB = dict(
    title="Data Analyst",
    department="Business Intelligence",
    seniority="mid",
    requirements="SQL\nPower BI\nExcel\nStakeholder reporting",
    description="Build reports and dashboards for operations and finance leaders.",
    currency="USD",
    salary_min=75_000,
    salary_max=85_000,
)
SUPERVISOR_JOB = dict(
    title="Warehouse Shift Supervisor",
    department="Operations",
    seniority="lead",
    requirements="Supervising 20+ associates\nWMS\nOSHA safety\nLabor planning",
    description="Run a shift of 25 associates in a cross-dock facility.",
    currency="USD",
    salary_min=62_000,
    salary_max=70_000,
)

# --- where and how they are worked ----------------------------------------------------------

DALLAS_ONSITE = dict(remote_policy="onsite", location="Dallas, TX")
DALLAS_HYBRID = dict(
    remote_policy="hybrid",
    location="Dallas, TX",
    offers=["Hybrid: Tuesday to Thursday in the Uptown office"],
)
HOUSTON_ONSITE = dict(remote_policy="onsite", location="Houston, TX")
AUSTIN_ONSITE = dict(remote_policy="onsite", location="Austin, TX")
SAN_ANTONIO_ONSITE = dict(remote_policy="onsite", location="San Antonio, TX")
IRVING_ONSITE = dict(remote_policy="onsite", location="Irving, TX")
COLUMBUS_ONSITE = dict(remote_policy="onsite", location="Columbus, OH")
COLUMBUS_HYBRID = dict(
    remote_policy="hybrid",
    location="Columbus, OH",
    offers=["Hybrid: two days a week at the Easton office"],
)
INDY_ONSITE = dict(remote_policy="onsite", location="Indianapolis, IN")
CHICAGO_HYBRID = dict(
    remote_policy="hybrid",
    location="Chicago, IL",
    offers=["Hybrid: three days a week in the Loop"],
)
NASHVILLE_ONSITE = dict(remote_policy="onsite", location="Nashville, TN")
KC_ONSITE = dict(remote_policy="onsite", location="Kansas City, MO")
MEMPHIS_ONSITE = dict(remote_policy="onsite", location="Memphis, TN")
ATLANTA_HYBRID = dict(
    remote_policy="hybrid",
    location="Atlanta, GA",
    offers=["Hybrid: two days a week in Midtown"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)", offers=["Fully remote, US only"])

# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "'take me off your list' email vs unsubscribe from the newsletter only",
        "sre",
        [
            pool(HELPDESK, "Plano, TX")(
                "Darnell Pettawell",
                0,
                touches=[
                    email(
                        40,
                        "Please take me off your candidate list entirely. I have a job I like "
                        "and I do not want any more calls, emails or texts from your agency.",
                    )
                ],
                excluded=True,
            ),
            pool(HELPDESK, "Plano, TX")(
                "Krista Vanderpool",
                2,
                touches=[
                    email(
                        40,
                        "Can you unsubscribe me from the Monday hot-jobs newsletter? Too much "
                        "mail. If something Tier 2 comes up near Plano just email me directly.",
                    )
                ],
            ),
        ],
        **opening(HELPDESK_JOB, DALLAS_ONSITE),
    ),
    C(
        "a STOP text vs no texts at work, email fine",
        "cs",
        [
            pool(CSR, "Memphis, TN")(
                "Shaquille Pennington",
                0,
                touches=[sms(25, "STOP - Shaquille")],
                excluded=True,
            ),
            pool(CSR, "Memphis, TN")(
                "Lorena Bustillos",
                2,
                touches=[
                    sms(
                        25,
                        "pls dont text me during my shift, they check our phones on the floor. "
                        "email is fine tho",
                    )
                ],
            ),
        ],
        **opening(CSR_JOB, MEMPHIS_ONSITE),
    ),
    C(
        "a recruiter's DNC after a complaint vs never that client again",
        "finance",
        [
            pool(AP_CLERK, "Kansas City, MO")(
                "Marlene Oyelaran",
                0,
                touches=[
                    bh(
                        60,
                        "cand called in upset re: 4 recruiters calling her same wk. Apologized. "
                        "Per cand: DO NOT CONTACT for any reason. DNC flag set, mgr aware.",
                    )
                ],
                excluded=True,
            ),
            pool(AP_CLERK, "Kansas City, MO")(
                "Trudy Gallardo",
                2,
                touches=[
                    bh(
                        60,
                        "cand says never submit her to Hollister Supply again (bad interview, "
                        "controller was rude). Otherwise open to AP roles in KC, call anytime.",
                    )
                ],
            ),
        ],
        **opening(AP_JOB, KC_ONSITE),
    ),
    C(
        "a formal letter revoking consent vs a letter asking what is on file",
        "finance",
        [
            pool(STAFF_ACCT, "Houston, TX")(
                "Reginald Ashcroft-Boyd",
                0,
                touches=[
                    email(
                        90,
                        "To whom it may concern: I hereby withdraw any consent previously given "
                        "for your firm to store or use my resume and contact information. Delete "
                        "my records and refrain from contacting me in the future. Regards, R. "
                        "Ashcroft-Boyd",
                    )
                ],
                excluded=True,
            ),
            pool(STAFF_ACCT, "Houston, TX")(
                "Imelda Castellanos",
                2,
                touches=[
                    email(
                        90,
                        "To whom it may concern: please send me a copy of the resume and "
                        "references you have on file for me, I think the phone number is old. "
                        "I remain interested in staff accountant openings in Houston.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, HOUSTON_ONSITE),
    ),
    C(
        "a LinkedIn 'don't message me' vs no more call-center roles",
        "cs",
        [
            pool(ADMIN, "Nashville, TN")(
                "Brantley Hollowell",
                0,
                touches=[
                    inmail(
                        30,
                        "I'm not looking and won't be. Please don't message me here or anywhere "
                        "else again.",
                    )
                ],
                excluded=True,
            ),
            pool(ADMIN, "Nashville, TN")(
                "Keisha Odom",
                2,
                touches=[
                    inmail(
                        30,
                        "Please no more call center jobs, I'm done with headsets lol. Front "
                        "desk or office admin though, yes please.",
                    )
                ],
            ),
        ],
        **opening(ADMIN_JOB, NASHVILLE_ONSITE),
    ),
    C(
        "a voicemail asking to be removed vs a voicemail with a new cell number",
        "cs",
        [
            pool(FORKLIFT, "Indianapolis, IN")(
                "Curtis Blankenship",
                0,
                touches=[
                    vm(
                        20,
                        "Yeah this is Curtis, uh, I got another message from y'all. I need you "
                        "to take my number out your system, I'm not interested in no jobs, "
                        "don't call back. Thanks.",
                    )
                ],
                excluded=True,
            ),
            pool(FORKLIFT, "Indianapolis, IN")(
                "Demetrius Culbrathe",
                2,
                touches=[
                    vm(
                        20,
                        "Hey it's Demetrius, um, my old phone got cut off so use this number "
                        "now, 317 area code. Still looking for forklift, day or second shift.",
                    )
                ],
            ),
        ],
        **opening(FORKLIFT_JOB, INDY_ONSITE),
    ),
    C(
        "Spanish: 'bórrenme de su lista' vs 'llámenme después de las 5'",
        "cs",
        [
            pool(FORKLIFT, "San Antonio, TX")(
                "Rigoberto Zamarripa",
                0,
                touches=[
                    sms(
                        35,
                        "Ya no me manden mensajes ni me llamen. Bórrenme de su lista por favor, "
                        "no me interesa.",
                    )
                ],
                excluded=True,
            ),
            pool(FORKLIFT, "San Antonio, TX")(
                "Maricela Quintanilla",
                2,
                touches=[
                    sms(
                        35,
                        "Llámenme después de las 5 por favor, en el trabajo no puedo contestar. "
                        "Sigo buscando trabajo de montacargas.",
                    )
                ],
            ),
        ],
        **opening(FORKLIFT_JOB, SAN_ANTONIO_ONSITE),
    ),
    C(
        "Vietnamese: do not contact me again vs call my wife's phone instead",
        "finance",
        [
            pool(AP_CLERK, "Houston, TX")(
                "Trần Quốc Bảo",
                0,
                touches=[
                    sms(
                        45,
                        "Xin đừng liên lạc với tôi nữa. Vui lòng xóa thông tin của tôi khỏi hệ "
                        "thống của công ty.",
                    )
                ],
                excluded=True,
            ),
            pool(AP_CLERK, "Houston, TX")(
                "Phạm Thị Hồng Nhung",
                2,
                touches=[
                    sms(
                        45,
                        "Số này sắp bị cắt, anh chị gọi số mới giúp em nhé. Em vẫn đang tìm việc "
                        "kế toán AP ở Houston.",
                    )
                ],
            ),
        ],
        **opening(AP_JOB, HOUSTON_ONSITE),
    ),
    C(
        "a rambling note with 'remove him' in it vs a rambling note with feedback owed",
        "backend",
        [
            pool(DOTNET, "Irving, TX")(
                "Garrett Mulhern",
                0,
                touches=[
                    call(
                        50,
                        "Caught Garrett on his lunch. Talked about the Toyota Financial job he "
                        "got from another agency, likes the team, C# and Azure as usual, wife "
                        "just had twins. He was polite but clear: he wants to be removed from "
                        "our database and not called again by anyone here. Told him I'd take "
                        "care of it.",
                    )
                ],
                excluded=True,
            ),
            pool(DOTNET, "Irving, TX")(
                "Priyanka Sundareswar",
                2,
                touches=[
                    call(
                        50,
                        "Caught Priyanka between meetings. Still on the insurer project, Azure "
                        "migration dragging, manager leaving in Q1. She's annoyed we never got "
                        "her feedback from the Sabre final, I owe her that. Stop pitching her "
                        "contract gigs, she only wants FTE. Open to .NET roles in Irving/Las "
                        "Colinas.",
                    )
                ],
            ),
        ],
        **opening(DOTNET_JOB, IRVING_ONSITE),
    ),
    C(
        "'not interested, lose my number' vs 'not interested in this one'",
        "data_eng",
        [
            pool(ANALYST, "Columbus, OH")(
                "Whitney Stalnaker",
                0,
                touches=[sms(15, "not interested. lose my number")],
                excluded=True,
            ),
            pool(ANALYST, "Columbus, OH")(
                "Omar Haddadin",
                2,
                touches=[
                    sms(
                        15,
                        "not interested in that one, tableau shop and 5 days in. anything "
                        "power bi + hybrid i'm all ears",
                    )
                ],
            ),
        ],
        **opening(ANALYST_JOB, COLUMBUS_HYBRID),
    ),
    C(
        "an ATS 'DNC - per cand' vs an ATS 'do not call before 9am'",
        "manager",
        [
            pool(SUPERVISOR, "Memphis, TN")(
                "Lamar Thibodeaux",
                0,
                touches=[bh(70, "DNC - per cand req 9/14. no calls/txt/email.")],
                excluded=True,
            ),
            pool(SUPERVISOR, "Memphis, TN")(
                "Roxanne Delacroix",
                2,
                touches=[
                    bh(
                        70,
                        "do not call b4 9am, works 3rd shft & sleeps mornings. open to sup roles",
                    )
                ],
            ),
        ],
        **opening(SUPERVISOR_JOB, MEMPHIS_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait is over --------------

WAITS = [
    C(
        "'not till after the new year' said last week vs 'after Labor Day' said in June",
        "sre",
        [
            pool(HELPDESK, "Columbus, OH")(
                "Brody Kaczmarek",
                1,
                ("Open to moving but not till after the new year, year-end freeze at work", 12),
            ),
            pool(HELPDESK, "Columbus, OH")(
                "Latasha Greenlee",
                2,
                ("Reach back out after Labor Day, summer is crazy with the kids", 170),
            ),
        ],
        **opening(HELPDESK_JOB, COLUMBUS_ONSITE),
    ),
    C(
        "busy season: 'after April 15' said this month vs said last winter",
        "finance",
        [
            pool(STAFF_ACCT, "Dallas, TX")(
                "Colleen Brandvold",
                1,
                touches=[
                    email(
                        9,
                        "I'm at a CPA firm and busy season is about to eat my life. Please don't "
                        "send me anything until after April 15th.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Dallas, TX")(
                "Hector Villarreal",
                2,
                touches=[
                    email(
                        date(2026, 1, 20),
                        "Busy season just started here - nothing until after the April 15 "
                        "deadline please, then I'm all yours.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, DALLAS_ONSITE),
    ),
    C(
        "a 90-day probation started a month ago vs started five months ago",
        "cs",
        [
            pool(CSR, "Nashville, TN")(
                "Tavia Montgomery",
                1,
                touches=[
                    call(
                        30,
                        "Tavia just started at Asurion, 90 day probationary period. Wants to "
                        "finish it clean before she talks to anybody.",
                    )
                ],
            ),
            pool(CSR, "Nashville, TN")(
                "Jarvis Coleman",
                2,
                touches=[
                    call(
                        150,
                        "Jarvis started at the Ryman call center last week, 90-day probation, "
                        "says check back once he's through it.",
                    )
                ],
            ),
        ],
        **opening(CSR_JOB, NASHVILLE_ONSITE),
    ),
    C(
        "'give me six months' after a new job, two months ago vs eight months ago",
        "cs",
        [
            pool(FORKLIFT, "Memphis, TN")(
                "Dontavious Rucker",
                1,
                ("just got on at FedEx hub, give me 6 months to get my raise then we talk", 60),
            ),
            pool(FORKLIFT, "Memphis, TN")(
                "Alvin Pettaway",
                2,
                ("started at the Nike DC, give me six months before you call", 245),
            ),
        ],
        **opening(FORKLIFT_JOB, MEMPHIS_ONSITE),
    ),
    C(
        "maternity leave until April said this month vs until August said in spring",
        "cs",
        [
            pool(ADMIN, "Kansas City, MO")(
                "Brianna Lockhart",
                1,
                touches=[
                    sms(
                        18,
                        "baby girl due jan 4!! on maternity leave thru april, ill reach out "
                        "when im ready to go back",
                    )
                ],
            ),
            pool(ADMIN, "Kansas City, MO")(
                "Esperanza Tovar",
                2,
                touches=[
                    sms(
                        200,
                        "on maternity leave until august, text me after that and we'll find "
                        "something",
                    )
                ],
            ),
        ],
        **opening(ADMIN_JOB, KC_ONSITE),
    ),
    C(
        "stock vests March 15 (said in October) vs bonus paid in March (said in January)",
        "backend",
        [
            pool(DOTNET, "Plano, TX")(
                "Nathaniel Okereafor",
                1,
                ("Has RSUs vesting March 15, not leaving a dollar on the table before then", 35),
            ),
            pool(DOTNET, "Plano, TX")(
                "Sung-min Park",
                2,
                (
                    "Annual bonus pays out in March, will look once it has hit his account",
                    date(2026, 1, 12),
                ),
            ),
        ],
        **opening(DOTNET_JOB, DALLAS_HYBRID),
    ),
    C(
        "a lease running to June vs a lease that ended in May",
        "data_eng",
        [
            pool(ANALYST, "Fort Worth, TX")(
                "Kelsey Pickelsimer",
                1,
                touches=[
                    bh(
                        40,
                        "cand wants Austin but lease in FW runs thru end of June, cant break "
                        "it. hold til then",
                    )
                ],
            ),
            pool(ANALYST, "Fort Worth, TX")(
                "Marcus Tillery",
                2,
                touches=[
                    bh(
                        date(2025, 12, 3),
                        "cand wants to move to Austin when his FW lease is up in May. reconnect "
                        "then",
                    )
                ],
            ),
        ],
        **opening(ANALYST_JOB, AUSTIN_ONSITE),
    ),
    C(
        "'after our go-live at the end of Q1' said this month vs last January",
        "sre",
        [
            pool(HELPDESK, "Indianapolis, IN")(
                "Ethan Vukovich",
                1,
                touches=[
                    inmail(
                        14,
                        "We're mid Epic rollout and I promised my director I'd see it through. "
                        "Ask me again after go-live, end of Q1.",
                    )
                ],
            ),
            pool(HELPDESK, "Indianapolis, IN")(
                "Yolanda Birdsong",
                2,
                touches=[
                    inmail(
                        date(2026, 1, 8),
                        "Laptop refresh project runs through the end of Q1. After that I'm "
                        "happy to look.",
                    )
                ],
            ),
        ],
        **opening(HELPDESK_JOB, INDY_ONSITE),
    ),
    C(
        "Spanish: 'hasta después de Semana Santa' vs 'cuando terminen las clases en mayo'",
        "cs",
        [
            pool(CSR, "San Antonio, TX")(
                "Graciela Villaseca",
                1,
                touches=[
                    sms(
                        10,
                        "Gracias pero hasta después de Semana Santa no puedo cambiar de trabajo, "
                        "mi supervisora me pidió quedarme.",
                    )
                ],
            ),
            pool(CSR, "San Antonio, TX")(
                "Ulises Barragán",
                2,
                touches=[
                    sms(
                        date(2026, 3, 4),
                        "Búsqueme cuando terminen las clases en mayo, ahorita estoy estudiando "
                        "en las noches.",
                    )
                ],
            ),
        ],
        **opening(CSR_JOB, SAN_ANTONIO_ONSITE),
    ),
    C(
        "Vietnamese: 'sau Tết' said this month vs said last December",
        "finance",
        [
            pool(AP_CLERK, "Houston, TX")(
                "Nguyễn Văn Thành",
                1,
                touches=[
                    sms(
                        12,
                        "Cảm ơn chị. Sau Tết em mới nghỉ việc được, công ty đang cuối năm bận "
                        "lắm. Sau Tết chị liên lạc lại nhé.",
                    )
                ],
            ),
            pool(AP_CLERK, "Houston, TX")(
                "Lê Thị Mai Anh",
                2,
                touches=[
                    sms(
                        date(2025, 12, 15),
                        "Em muốn đợi sau Tết rồi mới tìm việc mới. Sau Tết chị gọi em nha.",
                    )
                ],
            ),
        ],
        **opening(AP_JOB, HOUSTON_ONSITE),
    ),
    C(
        "peak season: 'after Christmas' said this month vs 'after Prime Day' said in May",
        "manager",
        [
            pool(SUPERVISOR, "Dallas, TX")(
                "Dwight Albrecht",
                1,
                ("We're in peak, no PTO and no interviews till after Christmas", 16),
            ),
            pool(SUPERVISOR, "Dallas, TX")(
                "Ramona Echeverría",
                2,
                ("Can't step away until Prime Day in July is behind us", date(2026, 5, 4)),
            ),
        ],
        **opening(SUPERVISOR_JOB, DALLAS_ONSITE),
    ),
    C(
        "a note full of dates that asks for no wait vs 'call me in February'",
        "cs",
        [
            pool(DISPATCH, "Kansas City, MO")(
                "Tobias Renfro",
                2,
                touches=[
                    bh(
                        6,
                        "Started at Sentinel Freight 3/2/25, promoted to lead dispatcher 8/1/25, "
                        "laid off 11/6/26 with the KC terminal closing. Available immediately, "
                        "can interview any day M-F, start 12/1.",
                    )
                ],
            ),
            pool(DISPATCH, "Kansas City, MO")(
                "Ingrid Fjellheim",
                1,
                touches=[bh(6, "cand happy where she is thru the holidays - call her in February")],
            ),
        ],
        **opening(DISPATCH_JOB, KC_ONSITE),
    ),
    C(
        "exam passed on a date and free now vs sitting FAR in January, hold off",
        "finance",
        [
            pool(STAFF_ACCT, "Columbus, OH")(
                "Danielle Okonkwo",
                2,
                touches=[
                    email(
                        8,
                        "Update: sat AUD on 10/14, scores came out 11/10 and I passed! Done with "
                        "exams for now, so my schedule is wide open for interviews.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Columbus, OH")(
                "Bryce Lindemann",
                1,
                touches=[
                    email(
                        8,
                        "I sit for FAR on January 12. Please hold off on anything until the "
                        "exam is behind me.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, COLUMBUS_ONSITE),
    ),
    C(
        "'check back in 60 days' said last week vs 'a month or so' said in August",
        "data_eng",
        [
            pool(ANALYST, "Chicago, IL")(
                "Shelby Marchetti",
                1,
                touches=[inmail(7, "Not a great time. Check back in 60 days?")],
            ),
            pool(ANALYST, "Chicago, IL")(
                "Feng Zhao",
                2,
                touches=[inmail(95, "hit me up in a month or so, wrapping a big project")],
            ),
        ],
        **opening(ANALYST_JOB, CHICAGO_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract, commute -------------------------------------------

SECOND_SHIFT = dict(offers=["2nd shift, 2:30pm-11pm Mon-Fri, $1.50/hr shift differential"])
THIRD_SHIFT = dict(offers=["3rd shift, 10pm-6:30am Sun-Thu, $2/hr night differential"])
WEEKEND_OT = dict(offers=["Mandatory weekend OT during peak: Saturdays and some Sundays"])

SCHEDULE = [
    C(
        "days only (school bus at 3) vs wants 2nd shift for morning classes, 2nd-shift role",
        "cs",
        [
            pool(FORKLIFT, "Columbus, OH")(
                "Tamika Brower",
                0,
                "Days only - has to be home when the school bus drops at 3:15",
            ),
            pool(FORKLIFT, "Columbus, OH")(
                "Josué Arredondo",
                2,
                "Wants 2nd shift so he can take classes at Columbus State in the mornings",
            ),
        ],
        **opening(FORKLIFT_JOB, COLUMBUS_ONSITE, **SECOND_SHIFT),
    ),
    C(
        "no overnights ever vs works nights for the differential, 3rd-shift role",
        "cs",
        [
            pool(FORKLIFT, "Indianapolis, IN")(
                "Randall Eckert",
                0,
                touches=[sms(45, "no 3rd shift. did it 2 yrs at amazon and never again")],
            ),
            pool(FORKLIFT, "Indianapolis, IN")(
                "Aaliyah Bonner",
                2,
                touches=[sms(45, "3rd shift is my thing, the night diff pays my car note lol")],
            ),
        ],
        **opening(FORKLIFT_JOB, INDY_ONSITE, **THIRD_SHIFT),
    ),
    C(
        "no weekends (church, coaching) vs wants weekend OT, weekend-OT role",
        "manager",
        [
            pool(SUPERVISOR, "Fort Worth, TX")(
                "Everett Plunkett",
                0,
                "Sundays are church and Saturdays he coaches his son's team - no weekend work",
            ),
            pool(SUPERVISOR, "Fort Worth, TX")(
                "Consuelo Ybarra",
                2,
                "Wants every hour of OT she can get, weekends included",
            ),
        ],
        **opening(SUPERVISOR_JOB, DALLAS_ONSITE, **WEEKEND_OT),
    ),
    C(
        "wants 4x10s vs nothing said, a 4x10 role",
        "finance",
        [
            pool(AP_CLERK, "Irving, TX")(
                "Gwendolyn Tollivane",
                2,
                touches=[
                    call(
                        80,
                        "Gwen wants a compressed week - 4x10s with Fridays off is the dream, "
                        "for her mom's appointments.",
                    )
                ],
            ),
            pool(AP_CLERK, "Irving, TX")("Tyrone Mabry", 1),
        ],
        **opening(AP_JOB, IRVING_ONSITE, offers=["Four 10-hour days, Fridays off"]),
    ),
    C(
        "'not opposed to 2nd shift' vs 'not doing 2nd shift again', 2nd-shift role",
        "cs",
        [
            pool(CSR, "Kansas City, MO")(
                "Destiny Harlan",
                2,
                touches=[bh(55, "cand not opposed to 2nd shift, actually prefers later start")],
            ),
            pool(CSR, "Kansas City, MO")(
                "Cody Pettigrowe",
                0,
                touches=[bh(55, "cand not doing 2nd shift again - missed every game his kids had")],
            ),
        ],
        **opening(CSR_JOB, KC_ONSITE, offers=["2nd shift 1pm-9:30pm, bilingual pay +$1/hr"]),
    ),
]

BRANCH_TRAVEL = dict(
    offers=["25% travel to branch offices in Texas and Oklahoma, overnights 2-3 times a month"]
)

TRAVEL = [
    C(
        "can't do overnights (single dad) vs wants some travel, overnight-travel role",
        "sre",
        [
            pool(HELPDESK, "Dallas, TX")(
                "Leland Forsythe",
                0,
                "Single dad with full custody, cannot do overnight travel",
            ),
            pool(HELPDESK, "Dallas, TX")(
                "Nadia Sharifzadeh",
                2,
                "Would enjoy some travel, likes going out to sites and racking up hotel points",
            ),
        ],
        **opening(HELPDESK_JOB, DALLAS_ONSITE, **BRANCH_TRAVEL),
    ),
    C(
        "won't fly vs nothing said, a role flying to plants monthly",
        "finance",
        [
            pool(STAFF_ACCT, "Memphis, TN")(
                "Bernadette Kowal",
                0,
                touches=[
                    call(
                        90,
                        "Bernadette does not fly - panic attacks - will drive anywhere within "
                        "a few hours but no airplanes.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Memphis, TN")("Quentin Okafor", 1),
        ],
        **opening(
            ACCT_JOB,
            MEMPHIS_ONSITE,
            offers=["Monthly flights to plants in Ohio and South Carolina for inventory counts"],
        ),
    ),
    C(
        "fine up to 25% travel vs 10% max, a 40%-travel role",
        "data_eng",
        [
            pool(ANALYST, "Atlanta, GA")(
                "Cierra Wadsworth",
                0,
                "Travel tops out at 10% for her, after that it's a no",
            ),
            pool(ANALYST, "Atlanta, GA")(
                "Vikram Srinivasamurthy",
                2,
                "Travel is fine, even heavy travel - no family ties right now",
            ),
        ],
        **opening(
            ANALYST_JOB,
            ATLANTA_HYBRID,
            offers=["About 40% travel to client sites across the Southeast"],
        ),
    ),
    C(
        "wants off the road (80% travel now) vs only wants roles with travel, a no-travel role",
        "sre",
        [
            pool(HELPDESK, "Houston, TX")(
                "Clint Vandermeer",
                2,
                "On the road 80% as a field tech - wants a desk job with no travel",
            ),
            pool(HELPDESK, "Houston, TX")(
                "Ashton Pryor",
                0,
                "Only interested in field roles with travel, a desk all day would kill him",
            ),
        ],
        **opening(HELPDESK_JOB, HOUSTON_ONSITE, offers=["No travel: one building, Galleria area"]),
    ),
    C(
        "day trips ok, no overnights vs no travel at all, a day-trip role",
        "cs",
        [
            pool(DISPATCH, "Austin, TX")(
                "Rosalind Treviño",
                2,
                touches=[sms(65, "day trips are fine, i just can't stay overnight anywhere")],
            ),
            pool(DISPATCH, "Austin, TX")(
                "Emmett Sikorski",
                0,
                touches=[sms(65, "zero travel please. not even a day trip")],
            ),
        ],
        **opening(
            DISPATCH_JOB,
            AUSTIN_ONSITE,
            offers=["Occasional day trips to yards in Waco and Temple, back the same night"],
        ),
    ),
    C(
        "passport and happy to go to Monterrey vs won't cross the border, a Monterrey-travel role",
        "finance",
        [
            pool(STAFF_ACCT, "San Antonio, TX")(
                "Adriana Cavazos",
                2,
                "Has a passport and family in Monterrey, happy to go to the plant there",
            ),
            pool(STAFF_ACCT, "San Antonio, TX")(
                "Wade Hutchins",
                0,
                "No passport and won't travel to Mexico for work",
            ),
        ],
        **opening(
            ACCT_JOB,
            SAN_ANTONIO_ONSITE,
            offers=["Quarterly trips to the Monterrey, Mexico plant for close support"],
        ),
    ),
    C(
        "her husband travels and she can't vs her husband travels and she can, a travel role",
        "cs",
        [
            pool(ADMIN, "Nashville, TN")(
                "Felicia Brandt",
                0,
                touches=[
                    call(
                        75,
                        "Felicia's husband is a lineman and gone all week, so she has the kids "
                        "and cannot be away overnight herself.",
                    )
                ],
            ),
            pool(ADMIN, "Nashville, TN")(
                "Monique Stallworth",
                2,
                touches=[
                    call(
                        75,
                        "Monique's husband travels for work too but her mother lives with them; "
                        "she is fine traveling with the execs a few nights a month.",
                    )
                ],
            ),
        ],
        **opening(
            ADMIN_JOB,
            NASHVILLE_ONSITE,
            offers=["Travel with the leadership team to board meetings, 2-3 nights a month"],
        ),
    ),
    C(
        "drives anywhere in Texas vs has no driver's license, a field-support role",
        "sre",
        [
            pool(HELPDESK, "Austin, TX")(
                "Jace Holloway",
                2,
                "Fine driving to sites anywhere in Texas, has his own truck",
            ),
            pool(HELPDESK, "Austin, TX")(
                "Marisol Peña",
                0,
                "Does not drive - no license - relies on CapMetro",
            ),
        ],
        **opening(
            HELPDESK_JOB,
            AUSTIN_ONSITE,
            offers=["Drive to clinics around Central Texas in your own car, mileage paid"],
        ),
    ),
    C(
        "voicemail: travel fine with notice vs can't leave mom overnight, a travel role",
        "manager",
        [
            pool(SUPERVISOR, "Louisville, KY")(
                "Garland Pickett",
                2,
                touches=[
                    vm(
                        40,
                        "Hey it's Garland, um, about the travel thing, yeah I can do it, I just "
                        "need like a week heads up to line stuff up. Call me back.",
                    )
                ],
            ),
            pool(SUPERVISOR, "Louisville, KY")(
                "Lucinda Marrow",
                0,
                touches=[
                    vm(
                        40,
                        "Hi it's Lucinda, so I thought about it and I can't be gone overnight, "
                        "my mom's on dialysis three days a week and I'm her ride. Sorry.",
                    )
                ],
            ),
        ],
        **opening(
            SUPERVISOR_JOB,
            dict(remote_policy="onsite", location="Louisville, KY"),
            offers=["Travel to help open new sites in Ohio and Indiana, a week at a time"],
        ),
    ),
    C(
        "Spanish: 'no puedo viajar' vs 'sí puedo viajar', a travel role",
        "cs",
        [
            pool(DISPATCH, "Houston, TX")(
                "Efraín Solórzano",
                0,
                touches=[sms(50, "No puedo viajar, cuido a mis niños solo en las noches.")],
            ),
            pool(DISPATCH, "Houston, TX")(
                "Yesenia Arellano",
                2,
                touches=[sms(50, "Sí puedo viajar, no hay problema con quedarme fuera unos días.")],
            ),
        ],
        **opening(
            DISPATCH_JOB,
            HOUSTON_ONSITE,
            offers=["Overnight trips to terminals in Laredo and McAllen twice a month"],
        ),
    ),
]

NO_SPONSOR = dict(
    offers=[
        "Must be authorized to work in the US without sponsorship now or in the future",
    ]
)

VISA = [
    C(
        "US citizen vs H-1B needing a transfer, no sponsorship",
        "backend",
        [
            pool(DOTNET, "Plano, TX")("Brent Cardwell", 2, "US citizen, no sponsorship needed"),
            pool(DOTNET, "Plano, TX")(
                "Harish Subramanyam",
                0,
                "On H-1B with his current employer, would need the new employer to file a transfer",
            ),
        ],
        **opening(DOTNET_JOB, DALLAS_HYBRID, **NO_SPONSOR),
    ),
    C(
        "H-1B transfer needed vs nothing said, a role that files transfers",
        "backend",
        [
            pool(DOTNET, "Irving, TX")(
                "Swetha Kandukuri",
                2,
                touches=[
                    email(
                        60,
                        "I'm on H-1B (approved through 2028), so any new employer would need to "
                        "file a transfer petition. I-140 already approved.",
                    )
                ],
            ),
            pool(DOTNET, "Irving, TX")("Dale Wozniak", 1),
        ],
        **opening(
            DOTNET_JOB,
            IRVING_ONSITE,
            offers=["We sponsor H-1B transfers and green cards"],
        ),
    ),
    C(
        "green card holder vs STEM OPT ending in March, no sponsorship",
        "data_eng",
        [
            pool(ANALYST, "Chicago, IL")(
                "Anjali Tamhankar",
                2,
                touches=[bh(40, "cand has GC (permanent resident), no sponsorship ever")],
            ),
            pool(ANALYST, "Chicago, IL")(
                "Kwame Adjabenga",
                0,
                touches=[
                    bh(
                        40,
                        "cand on STEM OPT EAD exp 3/2027, will need H1B sponsorship to stay on",
                    )
                ],
            ),
        ],
        **opening(ANALYST_JOB, CHICAGO_HYBRID, **NO_SPONSOR),
    ),
    C(
        "EAD with asylum pending (no sponsorship needed) vs on OPT and will need it",
        "sre",
        [
            pool(HELPDESK, "Houston, TX")(
                "Yonas Tesfaye",
                2,
                "Has a valid EAD (pending asylum case), authorized to work, needs no sponsorship",
            ),
            pool(HELPDESK, "Houston, TX")(
                "Minh Châu Đoàn",
                0,
                "On OPT after her master's, will need H-1B sponsorship after it ends",
            ),
        ],
        **opening(HELPDESK_JOB, HOUSTON_ONSITE, **NO_SPONSOR),
    ),
    C(
        "Canadian on TN vs Canadian who can't work in the US, a TN-friendly on-site role",
        "finance",
        [
            pool(STAFF_ACCT, "Detroit, MI")(
                "Mackenzie Thibault",
                2,
                "Canadian, eligible for TN as an accountant - just needs the offer letter",
            ),
            pool(STAFF_ACCT, "Windsor, ON, Canada")(
                "Logan Fraser",
                0,
                "Canadian, no US work permit and not pursuing one - remote from Canada only",
            ),
        ],
        **opening(
            ACCT_JOB,
            dict(remote_policy="onsite", location="Detroit, MI"),
            offers=["TN visas supported for Canadian accountants"],
        ),
    ),
    C(
        "the husband is on H-1B but she is a citizen vs she is on H-4 without EAD",
        "finance",
        [
            pool(AP_CLERK, "Irving, TX")(
                "Lakshmi Chidambrath",
                2,
                touches=[
                    call(
                        55,
                        "Note: her husband is the one on H-1B. Lakshmi herself is a naturalized "
                        "US citizen, no sponsorship needed.",
                    )
                ],
            ),
            pool(AP_CLERK, "Irving, TX")(
                "Divya Ramaswamy",
                0,
                touches=[
                    call(
                        55,
                        "Divya is on H-4, her H-4 EAD hasn't been approved, so she can't work "
                        "yet and would need sponsorship of her own.",
                    )
                ],
            ),
        ],
        **opening(AP_JOB, IRVING_ONSITE, **NO_SPONSOR),
    ),
    C(
        "I-485 pending with a combo card vs H-1B needing sponsorship",
        "backend",
        [
            pool(DOTNET, "Columbus, OH")(
                "Oleksandr Bilokon",
                2,
                touches=[
                    email(
                        35,
                        "Status: I-485 pending, I hold the EAD/AP combo card, so I can work for "
                        "any employer with no sponsorship.",
                    )
                ],
            ),
            pool(DOTNET, "Columbus, OH")(
                "Ravindra Kolluri",
                0,
                touches=[email(35, "I'm currently on H-1B and will require sponsorship.")],
            ),
        ],
        **opening(DOTNET_JOB, COLUMBUS_HYBRID, **NO_SPONSOR),
    ),
    C(
        "Vietnamese: has a green card vs English: needs H-1B sponsorship",
        "data_eng",
        [
            pool(ANALYST, "Houston, TX")(
                "Võ Hoàng Long",
                2,
                touches=[sms(30, "Em có thẻ xanh rồi anh, không cần bảo lãnh visa gì hết.")],
            ),
            pool(ANALYST, "Houston, TX")(
                "Tariq Shahzaib",
                0,
                touches=[sms(30, "fyi i need h1b sponsorship, opt runs out in spring")],
            ),
        ],
        **opening(
            ANALYST_JOB,
            dict(remote_policy="onsite", location="Houston, TX"),
            **NO_SPONSOR,
        ),
    ),
    C(
        "'does NOT need sponsorship' vs 'will need sponsorship down the road'",
        "sre",
        [
            pool(HELPDESK, "Atlanta, GA")(
                "Adebayo Olatubosun",
                2,
                "Does not need sponsorship, not now and not later",
            ),
            pool(HELPDESK, "Atlanta, GA")(
                "Sai Prasanna Reddy",
                0,
                "Authorized today on EAD but will need sponsorship down the road",
            ),
        ],
        **opening(HELPDESK_JOB, ATLANTA_HYBRID, **NO_SPONSOR),
    ),
    C(
        "US citizen vs permanent resident, a federal contract needing citizenship",
        "sre",
        [
            pool(HELPDESK, "San Antonio, TX")(
                "Travis Dillehay",
                2,
                "US citizen, Air Force veteran, can get a Public Trust clearance",
            ),
            pool(HELPDESK, "San Antonio, TX")(
                "Joon-ho Baek",
                0,
                "Green card holder, not a US citizen yet (eligible to naturalize in 2028)",
            ),
        ],
        **opening(
            HELPDESK_JOB,
            SAN_ANTONIO_ONSITE,
            offers=["Federal contract at a VA facility: US citizenship required"],
        ),
    ),
]

CONTRACT = [
    C(
        "W-2 with benefits vs C2C through his LLC only, a W-2 temp-to-hire role",
        "backend",
        [
            pool(DOTNET, "Dallas, TX")(
                "Morgan Tidwell",
                2,
                "W-2 only, needs the health insurance for her family",
            ),
            pool(DOTNET, "Dallas, TX")(
                "Pradeep Gollapudi",
                0,
                "Corp-to-corp only through his own LLC, will not go W-2",
            ),
        ],
        **opening(
            DOTNET_JOB,
            DALLAS_HYBRID,
            offers=["W-2 contract-to-hire, 6 months, medical and dental from day one"],
        ),
    ),
    C(
        "1099 fine with an LLC vs W-2 with benefits only, a 1099 contract",
        "finance",
        [
            pool(STAFF_ACCT, "Houston, TX")(
                "Delilah Roark",
                2,
                touches=[bh(60, "cand has own LLC, 1099 or C2C fine, likes contract work")],
            ),
            pool(STAFF_ACCT, "Houston, TX")(
                "Frank Estrada",
                0,
                touches=[bh(60, "W2 w/ benefits only. no 1099, got burned on taxes last time")],
            ),
        ],
        **opening(
            ACCT_JOB,
            HOUSTON_ONSITE,
            offers=["1099 contract, $38/hr, 4 months for a system conversion, no benefits"],
        ),
    ),
    C(
        "wants permanent vs wants contract only, a direct-hire role",
        "data_eng",
        [
            pool(ANALYST, "Kansas City, MO")(
                "Harmony Eldridge",
                2,
                "Done with contracts - wants a permanent job with PTO and a 401k match",
            ),
            pool(ANALYST, "Kansas City, MO")(
                "Dominic Ferraro",
                0,
                "Only wants short contracts, likes taking summers off",
            ),
        ],
        **opening(
            ANALYST_JOB,
            dict(remote_policy="onsite", location="Kansas City, MO"),
            offers=["Direct hire, 15 days PTO, 401k with 5% match"],
        ),
    ),
    C(
        "temp-to-hire never again vs temp-to-hire fine if 90 days, a T2H role",
        "cs",
        [
            pool(ADMIN, "Columbus, OH")(
                "Sherry Albright",
                0,
                touches=[
                    sms(
                        70,
                        "no more temp to hire. last one kept me temp 11 months and never "
                        "converted. direct hire only",
                    )
                ],
            ),
            pool(ADMIN, "Columbus, OH")(
                "Deandre Whitfield",
                2,
                touches=[sms(70, "temp to hire is cool if they convert around 90 days")],
            ),
        ],
        **opening(
            ADMIN_JOB,
            COLUMBUS_ONSITE,
            offers=["Temp-to-hire: conversion after 90 days with good attendance"],
        ),
    ),
    C(
        "part-time only vs wants 40+ hours, a full-time role",
        "finance",
        [
            pool(AP_CLERK, "Nashville, TN")(
                "Loretta Hatfield",
                0,
                "Part-time only, 25 hours max, mornings while the kids are at school",
            ),
            pool(AP_CLERK, "Nashville, TN")(
                "Ignacio Medrano",
                2,
                "Needs full-time, 40 hours plus if there's OT",
            ),
        ],
        **opening(AP_JOB, NASHVILLE_ONSITE, offers=["Full-time, 40 hours, Monday to Friday"]),
    ),
]

COMMUTE = [
    C(
        "won't drive I-35E past 40 minutes vs rides the A-train and DART, a role in Irving",
        "finance",
        [
            pool(AP_CLERK, "Denton, TX")(
                "Kaylee Womack",
                0,
                "Lives in Denton; will not sit on I-35E in rush hour, 40 minutes max",
            ),
            pool(AP_CLERK, "Denton, TX")(
                "Julian Abernathy",
                2,
                "Lives in Denton, happy to ride the A-train and DART into Irving",
            ),
        ],
        **opening(AP_JOB, IRVING_ONSITE),
    ),
    C(
        "no daily tolls on the Sam Houston vs has an EZ TAG and doesn't mind, Greenspoint role",
        "cs",
        [
            pool(DISPATCH, "Katy, TX")(
                "Brenton Oakes",
                0,
                "Lives in Katy, won't pay Beltway 8 tolls every day to get to the north side",
            ),
            pool(DISPATCH, "Katy, TX")(
                "Celeste Nwosu",
                2,
                "Lives in Katy, has an EZ TAG, Sam Houston Tollway to Greenspoint is no problem",
            ),
        ],
        **opening(DISPATCH_JOB, dict(remote_policy="onsite", location="Houston, TX (Greenspoint)")),
    ),
    C(
        "takes Metra BNSF to the Loop vs done with Metra, Loop role",
        "data_eng",
        [
            pool(ANALYST, "Naperville, IL")(
                "Gretchen Hoffmann",
                2,
                touches=[
                    inmail(
                        45,
                        "I ride the BNSF line in from Naperville, so anything walkable from "
                        "Union Station works.",
                    )
                ],
            ),
            pool(ANALYST, "Naperville, IL")(
                "Patrick Dunleavy",
                0,
                touches=[
                    inmail(
                        45,
                        "Done with the Metra into the city - only looking within 20 minutes "
                        "of Naperville now.",
                    )
                ],
            ),
        ],
        **opening(ANALYST_JOB, CHICAGO_HYBRID),
    ),
    C(
        "won't cross the Brent Spence daily vs lives in Florence KY, a role in Covington",
        "finance",
        [
            pool(STAFF_ACCT, "Cincinnati, OH")(
                "Douglas Pfeiffer",
                0,
                touches=[
                    call(
                        80,
                        "Doug lives in Westwood. Will not cross the Brent Spence every day into "
                        "Kentucky, the construction backups are brutal.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Florence, KY")(
                "Tabitha Grissom",
                2,
                touches=[
                    call(
                        80,
                        "Tabitha lives in Florence, KY - wants something in NKY, ten minutes up "
                        "I-75 would be perfect.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, dict(remote_policy="onsite", location="Covington, KY")),
    ),
    C(
        "Carmel, 30 minutes max vs lives in Greenwood, a role in Greenwood",
        "cs",
        [
            pool(CSR, "Carmel, IN")(
                "Whitley Branham",
                0,
                "Lives in Carmel, 30-minute commute max, won't drive around 465 to the south side",
            ),
            pool(CSR, "Greenwood, IN")(
                "Ezekiel Thibodelle",
                2,
                "Lives in Greenwood and wants something close to home",
            ),
        ],
        **opening(CSR_JOB, dict(remote_policy="onsite", location="Greenwood, IN")),
    ),
    C(
        "won't do I-35 through downtown vs takes SH 130, Round Rock to south Austin",
        "sre",
        [
            pool(HELPDESK, "Round Rock, TX")(
                "Skyler Dominguez",
                0,
                touches=[sms(30, "not driving 35 thru downtown austin every day, no way")],
            ),
            pool(HELPDESK, "Round Rock, TX")(
                "Noelle Kerrigan",
                2,
                touches=[sms(30, "south austin is fine, i take 130 and pay the toll, 35 min")],
            ),
        ],
        **opening(HELPDESK_JOB, dict(remote_policy="onsite", location="Austin, TX (South)")),
    ),
    C(
        "'45 minutes each way is fine' vs '15 minutes max', a role 40 minutes out",
        "finance",
        [
            pool(AP_CLERK, "Arlington, TX")(
                "Viviana Santoyo",
                2,
                "Up to 45 minutes each way is fine from Arlington",
            ),
            pool(AP_CLERK, "Arlington, TX")(
                "Russell Caudill",
                0,
                "15 minutes from Arlington max, no long drives",
            ),
        ],
        **opening(
            AP_JOB,
            dict(remote_policy="onsite", location="Frisco, TX"),
            offers=["Office in Frisco, about 40 minutes from Arlington"],
        ),
    ),
    C(
        "no car, bus only vs own car, a 3rd-shift warehouse off the bus lines",
        "cs",
        [
            pool(FORKLIFT, "Dallas, TX")(
                "Kendrick Mayfield",
                0,
                "No car right now - gets everywhere on DART buses",
            ),
            pool(FORKLIFT, "Dallas, TX")(
                "Gilberto Rangel",
                2,
                "Has reliable transportation, will drive anywhere in south Dallas County",
            ),
        ],
        **opening(
            FORKLIFT_JOB,
            dict(remote_policy="onsite", location="Wilmer, TX"),
            offers=["3rd shift; no bus service to the site, reliable transportation required"],
        ),
    ),
    C(
        "nothing on the Kansas side vs Lenexa ten minutes away, a role in Lenexa",
        "manager",
        [
            pool(SUPERVISOR, "Lee's Summit, MO")(
                "Harlan Guthrie",
                0,
                touches=[bh(90, "cand: nothing on the KS side, I-435 to Lenexa is an hr each way")],
            ),
            pool(SUPERVISOR, "Shawnee, KS")(
                "Paloma Ordaz",
                2,
                touches=[bh(90, "cand lives in Shawnee, Lenexa/Olathe ideal, 10 min")],
            ),
        ],
        **opening(SUPERVISOR_JOB, dict(remote_policy="onsite", location="Lenexa, KS")),
    ),
    C(
        "Hendersonville to Franklin on I-65 is a no vs lives in Brentwood, Franklin role",
        "cs",
        [
            pool(ADMIN, "Hendersonville, TN")(
                "Cordelia Vance",
                0,
                "Lives in Hendersonville - I-65 through Nashville down to Franklin is a nightmare",
            ),
            pool(ADMIN, "Brentwood, TN")(
                "Thaddeus Boone",
                2,
                "Lives in Brentwood, Franklin or Cool Springs would be a short drive",
            ),
        ],
        **opening(ADMIN_JOB, dict(remote_policy="onsite", location="Franklin, TN")),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "asks $24/hr, the role pays $20-22/hr vs asks $20/hr",
        "cs",
        [
            pool(FORKLIFT, "Columbus, OH")(
                "Travon Keel",
                0,
                "Won't move for less than $24 an hour",
            ),
            pool(FORKLIFT, "Columbus, OH")(
                "Alejandro Tejeda",
                2,
                "Looking for $20/hr or better plus OT",
            ),
        ],
        **opening(
            FORKLIFT_JOB,
            COLUMBUS_ONSITE,
            salary_min=41_600,
            salary_max=45_760,
            offers=["$20-$22/hr W-2, weekly pay, OT after 40"],
        ),
    ),
    C(
        "a floor above the band vs current pay above the band but a lower ask",
        "finance",
        [
            pool(STAFF_ACCT, "Dallas, TX")(
                "Peyton Ridgeway",
                0,
                touches=[call(50, "Peyton's floor is 80k base, won't entertain less.")],
            ),
            pool(STAFF_ACCT, "Dallas, TX")(
                "Rashida Cromwell",
                2,
                touches=[
                    call(
                        50,
                        "Rashida makes 74k now at a Big 4 but would take 66-68k to get out of "
                        "audit and have her evenings back.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, DALLAS_ONSITE),
    ),
    C(
        "a $70/hr 1099 ask vs a $52/hr W-2 ask, band $50-55/hr W-2",
        "backend",
        [
            pool(DOTNET, "Houston, TX")(
                "Kirill Sokolov",
                0,
                "Rate is $70/hr on 1099, non-negotiable",
            ),
            pool(DOTNET, "Houston, TX")(
                "Jolene Burkett",
                2,
                "Looking for around $52/hr W-2",
            ),
        ],
        **opening(
            DOTNET_JOB,
            HOUSTON_ONSITE,
            salary_min=104_000,
            salary_max=114_400,
            offers=["Contract, $50-$55/hr W-2 with benefits"],
        ),
    ),
    C(
        "wants a pay bump, band is high vs no pay talk",
        "data_eng",
        [
            pool(ANALYST, "Atlanta, GA")(
                "Maribel Sosa",
                2,
                touches=[
                    inmail(
                        70,
                        "Honestly I'm underpaid at 62k. Something around 80 would change my life.",
                    )
                ],
            ),
            pool(ANALYST, "Atlanta, GA")("Corbin Ashworth", 1),
        ],
        **opening(ANALYST_JOB, ATLANTA_HYBRID),
    ),
    C(
        "needs 55k salary vs 'pay isn't the issue', a 40-45k role",
        "cs",
        [
            pool(ADMIN, "Kansas City, MO")(
                "Geneva Holcomb",
                0,
                "Needs at least 55k salary, single income household",
            ),
            pool(ADMIN, "Kansas City, MO")(
                "Augusta Fenwick",
                2,
                "Pay isn't the issue - wants a calmer office closer to home",
            ),
        ],
        **opening(ADMIN_JOB, KC_ONSITE),
    ),
    C(
        "OT-inclusive ask of 60k vs base floor of 60k, a 47-52k base with OT",
        "finance",
        [
            pool(AP_CLERK, "Memphis, TN")(
                "Jermaine Oliphant",
                2,
                touches=[
                    bh(
                        40,
                        "cand wants ~60k all in, counting OT - fine w/ lower base if OT is real",
                    )
                ],
            ),
            pool(AP_CLERK, "Memphis, TN")(
                "Sabrina Gwatkins",
                0,
                touches=[bh(40, "cand needs 60k BASE min, OT doesnt count, has been burned")],
            ),
        ],
        **opening(
            AP_JOB,
            MEMPHIS_ONSITE,
            offers=["Base $47k-$52k, steady OT at month end and year end, most earn $58k-$62k"],
        ),
    ),
]

# --- 5. work mode in the title or the description, hybrid days, negation -----------------

WORK_MODE = [
    C(
        "remote only vs office lover, 'Remote' only in the title",
        "backend",
        [
            pool(DOTNET, "Tulsa, OK")("Kenna Bridwell", 2, "Remote only, lives out in the country"),
            pool(DOTNET, "Tulsa, OK")(
                "Russell Oakhurst",
                0,
                "Wants to be in an office every day, goes stir crazy at home",
            ),
        ],
        **opening(
            DOTNET_JOB,
            {},
            title=".NET Developer (Remote - US)",
            location="United States",
        ),
    ),
    C(
        "remote only vs nothing said, remote only in the description",
        "data_eng",
        [
            pool(ANALYST, "Omaha, NE")(
                "Blythe Carrington",
                2,
                touches=[sms(40, "remote or bust. not commuting in nebraska winters again")],
            ),
            pool(ANALYST, "Omaha, NE")("Fernando Lucero", 1),
        ],
        **opening(
            ANALYST_JOB,
            {},
            location="Omaha, NE",
            description="Build reports for operations and finance. This position is 100% "
            "remote; we have no office.",
        ),
    ),
    C(
        "'three days in max' vs 'fully remote or nothing', a Tue-Thu hybrid",
        "backend",
        [
            pool(DOTNET, "Dallas, TX")(
                "Sienna Whitlock",
                2,
                "Hybrid is fine, three days in the office max",
            ),
            pool(DOTNET, "Dallas, TX")(
                "Marcus Delgado",
                0,
                "Fully remote or nothing, he left his last job over a return to office",
            ),
        ],
        **opening(DOTNET_JOB, DALLAS_HYBRID),
    ),
]

# negation and its scope (class 5): cases moved whole out of WORK_MODE, unchanged, so the
# set checks find them under their own class.
NEGATIONS = [
    C(
        "'not remote-only, likes the office' vs 'no office, ever', an on-site role",
        "sre",
        [
            pool(HELPDESK, "Columbus, OH")(
                "Francesca Zanchettin",
                2,
                touches=[
                    call(
                        30,
                        "Francesca is not looking for remote-only - she wants to be on site "
                        "with users, that's the fun part.",
                    )
                ],
            ),
            pool(HELPDESK, "Columbus, OH")(
                "Jensen Albers",
                0,
                touches=[call(30, "Jensen: no office, ever. Remote or he stays put.")],
            ),
        ],
        **opening(HELPDESK_JOB, COLUMBUS_ONSITE),
    ),
    C(
        "'the money wasn't the problem, the drive was' vs 'the pay was the problem', remote role",
        "finance",
        [
            pool(STAFF_ACCT, "Waxahachie, TX")(
                "Annabelle Krueger",
                2,
                touches=[
                    email(
                        100,
                        "To be clear the money wasn't the problem, the hour-long drive up I-35E "
                        "was. Remote would fix everything.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Waxahachie, TX")(
                "Lonnie Burch",
                1,
                touches=[
                    email(
                        100,
                        "The drive wasn't the problem, the pay was. I need to clear 70k.",
                    )
                ],
            ),
        ],
        **opening(ACCT_JOB, US_REMOTE),
    ),
    C(
        "no problem with weekends (but no nights) vs no weekends, a weekend day-shift role",
        "cs",
        [
            pool(CSR, "Irving, TX")(
                "Evangelina Ruelas",
                2,
                "No problem working weekends - just no overnight shifts",
            ),
            pool(CSR, "Irving, TX")(
                "Clayton Meeks",
                0,
                "Weekends are off limits, shared custody",
            ),
        ],
        **opening(
            CSR_JOB,
            IRVING_ONSITE,
            offers=["Wednesday to Sunday, 8am-4:30pm, no overnights"],
        ),
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology --------------------

LOCATIONS = [
    C(
        "moving to Nashville in the spring vs staying in Memphis, a Nashville role",
        "finance",
        [
            pool(STAFF_ACCT, "Memphis, TN")(
                "Cassandra Pruitt",
                2,
                "Husband got into Vanderbilt nursing, they move to Nashville in March",
            ),
            pool(STAFF_ACCT, "Memphis, TN")(
                "Otis Blackwood",
                0,
                "Not leaving Memphis, his whole family is here",
            ),
        ],
        **opening(ACCT_JOB, NASHVILLE_ONSITE),
    ),
    C(
        "will relocate to Texas for the right job vs won't relocate, an Austin role",
        "backend",
        [
            pool(DOTNET, "Columbus, OH")(
                "Ingrid Skogstad",
                2,
                touches=[
                    inmail(
                        60,
                        "Open to relocating to Texas - Austin especially - if there's relo help.",
                    )
                ],
            ),
            pool(DOTNET, "Columbus, OH")(
                "Wendell Prater",
                0,
                touches=[inmail(60, "Not relocating. Columbus or remote only.")],
            ),
        ],
        **opening(DOTNET_JOB, AUSTIN_ONSITE, offers=["Relocation assistance up to $8,000"]),
    ),
    C(
        "wants to move back home to San Antonio vs wants out of Texas, a San Antonio role",
        "cs",
        [
            pool(DISPATCH, "Denver, CO")(
                "Rocío Galindo",
                2,
                "Wants to move back home to San Antonio to be near her parents",
            ),
            pool(DISPATCH, "Denver, CO")(
                "Brock Lundgren",
                0,
                "Left Texas on purpose and is not moving back",
            ),
        ],
        **opening(DISPATCH_JOB, SAN_ANTONIO_ONSITE),
    ),
]

LEVEL = [
    C(
        "ready to lead a shift vs wants to stay on the forklift, a supervisor role",
        "manager",
        [
            pool(SUPERVISOR, "Fort Worth, TX")(
                "Gideon Yarbrowe",
                2,
                "Has been acting lead for a year, ready to run a shift of his own",
            ),
            pool(SUPERVISOR, "Fort Worth, TX")(
                "Leroy Cantrell",
                0,
                "Does not want to supervise anybody again - wants to drive a lift and go home",
            ),
        ],
        **opening(SUPERVISOR_JOB, DALLAS_ONSITE),
    ),
    C(
        "wants to stay hands-on vs wants a team, an individual-contributor analyst role",
        "data_eng",
        [
            pool(ANALYST, "Chicago, IL")(
                "Delphine Mercer",
                2,
                "Wants to stay hands-on building reports, not interested in managing",
            ),
            pool(ANALYST, "Chicago, IL")(
                "Garrison Hale",
                0,
                "Only looking at BI manager roles with direct reports now",
            ),
        ],
        **opening(
            ANALYST_JOB,
            CHICAGO_HYBRID,
            offers=["Individual contributor role, no direct reports"],
        ),
    ),
    C(
        "'not opposed to managing' vs 'no people management', an AP lead role",
        "finance",
        [
            pool(AP_CLERK, "Indianapolis, IN")(
                "Philippa Durant",
                2,
                touches=[
                    call(45, "Philippa's not opposed to managing - trained the last 3 new hires")
                ],
            ),
            pool(AP_CLERK, "Indianapolis, IN")(
                "Norbert Kessler",
                0,
                touches=[call(45, "Norbert: no people management, he'll say it twice")],
            ),
        ],
        **opening(
            AP_JOB,
            INDY_ONSITE,
            title="Accounts Payable Lead",
            offers=["Lead a team of three AP clerks"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a big stable company after a layoff vs wants a startup, a Fortune 500 role",
        "sre",
        [
            pool(HELPDESK, "Irving, TX")(
                "Cheyenne Rasmussen",
                2,
                "Laid off twice from startups, wants a big stable company",
            ),
            pool(HELPDESK, "Irving, TX")(
                "Dev Sabharkar",
                0,
                "Only wants small startups, hates big-company red tape",
            ),
        ],
        **opening(
            HELPDESK_JOB,
            IRVING_ONSITE,
            offers=["Fortune 500 company, 60,000 employees, 100 years in business"],
        ),
    ),
    C(
        "wants a small family-owned shop vs wants a corporate ladder, a 40-person firm",
        "finance",
        [
            pool(STAFF_ACCT, "Louisville, KY")(
                "Mavis Dunlap",
                2,
                "Wants a small family-owned company where she knows everybody",
            ),
            pool(STAFF_ACCT, "Louisville, KY")(
                "Preston Vail",
                0,
                "Wants a large corporate with a real promotion ladder, no mom-and-pop shops",
            ),
        ],
        **opening(
            ACCT_JOB,
            dict(remote_policy="onsite", location="Louisville, KY"),
            offers=["Family-owned distributor, 40 employees"],
        ),
    ),
]

MISSION = [
    C(
        "won't work for tobacco vs nothing said, a tobacco company role",
        "finance",
        [
            pool(STAFF_ACCT, "Winston-Salem, NC")(
                "Honora Beasley",
                0,
                "Lost her dad to lung cancer - will not work for a tobacco company",
            ),
            pool(STAFF_ACCT, "Winston-Salem, NC")("Terrence Albee", 1),
        ],
        **opening(
            ACCT_JOB,
            dict(remote_policy="onsite", location="Winston-Salem, NC"),
            description="Close and reconciliations for a cigarette and vape manufacturer.",
        ),
    ),
    C(
        "wants healthcare, to help patients vs refuses hospitals, a hospital role",
        "sre",
        [
            pool(HELPDESK, "Nashville, TN")(
                "Evelyn Sturgill",
                2,
                "Wants to work in healthcare, supporting nurses and doctors feels like it matters",
            ),
            pool(HELPDESK, "Nashville, TN")(
                "Barrett Coe",
                0,
                "No hospitals - did IT for one and the 24/7 pages wrecked him",
            ),
        ],
        **opening(
            HELPDESK_JOB,
            NASHVILLE_ONSITE,
            description="Tier 2 support for nurses and physicians across a hospital network.",
        ),
    ),
    C(
        "won't touch firearms vs fine with firearms, a gun maker's AP role",
        "finance",
        [
            pool(AP_CLERK, "Fort Worth, TX")(
                "Priscilla Yeager",
                0,
                touches=[email(80, "Please nothing in the firearms or ammunition industry.")],
            ),
            pool(AP_CLERK, "Fort Worth, TX")(
                "Wyatt Brannon",
                2,
                touches=[
                    email(80, "Firearms, defense, whatever - I'm a hunter, doesn't bother me.")
                ],
            ),
        ],
        **opening(
            AP_JOB,
            dict(remote_policy="onsite", location="Fort Worth, TX"),
            description="AP for a firearms and ammunition manufacturer.",
        ),
    ),
    C(
        "refuses payday lending vs wants fintech, a payday lender's data role",
        "data_eng",
        [
            pool(ANALYST, "Dallas, TX")(
                "Tamsin Woolverton",
                0,
                "Won't work for payday or title loan lenders, saw what they did to her family",
            ),
            pool(ANALYST, "Dallas, TX")(
                "Raúl Montalvo",
                2,
                "Wants consumer lending or fintech data, loves credit risk work",
            ),
        ],
        **opening(
            ANALYST_JOB,
            DALLAS_HYBRID,
            description="Reporting on loan volume and defaults for a payday and title loan "
            "lender with 300 storefronts.",
        ),
    ),
    C(
        "wants out of oil and gas vs wants to stay in oil and gas, an energy role",
        "finance",
        [
            pool(STAFF_ACCT, "Houston, TX")(
                "Dixie Lambert",
                0,
                touches=[
                    call(
                        60,
                        "Dixie is done with oil & gas - third downturn layoff, wants any other "
                        "industry.",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Houston, TX")(
                "Cesar Robledo",
                2,
                touches=[
                    call(
                        60,
                        "Cesar wants to stay in upstream oil & gas, knows JIB and revenue "
                        "accounting.",
                    )
                ],
            ),
        ],
        **opening(
            ACCT_JOB,
            HOUSTON_ONSITE,
            description="Joint interest billing and close for an upstream oil and gas operator.",
        ),
    ),
    C(
        "wants to work for the school district vs refuses schools, a school district role",
        "cs",
        [
            pool(ADMIN, "San Antonio, TX")(
                "Lupita Garza",
                2,
                "Wants to work for the school district - summers and the same calendar as her kids",
            ),
            pool(ADMIN, "San Antonio, TX")(
                "Ramsey Coyle",
                0,
                "Never working in a school again after five years as a front office clerk",
            ),
        ],
        **opening(
            ADMIN_JOB,
            SAN_ANTONIO_ONSITE,
            description="Front office assistant at a middle school in Northside ISD.",
        ),
    ),
    C(
        "casinos are a no (gambling) vs hotels fine, a hotel group's CSR role",
        "cs",
        [
            pool(CSR, "Memphis, TN")(
                "Ophelia Starks",
                2,
                touches=[bh(30, "cand: no casinos or gambling companies. hotels/travel fine")],
            ),
            pool(CSR, "Memphis, TN")("Lyle Dobbins", 1),
        ],
        **opening(
            CSR_JOB,
            MEMPHIS_ONSITE,
            description="Reservations and guest service calls for a family-owned hotel group; "
            "no gaming properties.",
        ),
    ),
    C(
        "Spanish: no quiere trabajar para la migra vs nothing said, an immigration detention "
        "contractor",
        "cs",
        [
            pool(DISPATCH, "San Antonio, TX")(
                "Xóchitl Benavides",
                0,
                touches=[
                    sms(
                        40,
                        "Cualquier cosa menos centros de detención de inmigrantes, eso no lo hago.",
                    )
                ],
            ),
            pool(DISPATCH, "San Antonio, TX")("Royce Harkins", 1),
        ],
        **opening(
            DISPATCH_JOB,
            SAN_ANTONIO_ONSITE,
            description="Coordinate transport schedules for a private immigration detention "
            "center operator.",
        ),
    ),
    C(
        "wants a nonprofit mission vs nothing said, a food bank role",
        "finance",
        [
            pool(AP_CLERK, "Columbus, OH")(
                "Marguerite Osei",
                2,
                touches=[
                    inmail(
                        50,
                        "I'd take less money to do AP somewhere with a mission - food "
                        "insecurity, housing, something like that.",
                    )
                ],
            ),
            pool(AP_CLERK, "Columbus, OH")("Stanley Voorhees", 1),
        ],
        **opening(
            AP_JOB,
            COLUMBUS_ONSITE,
            description="AP for a regional food bank feeding 200,000 people a year.",
        ),
    ),
    C(
        "'no defense contractors' vs 'defense is fine, not weapons', a defense avionics role",
        "backend",
        [
            pool(DOTNET, "Fort Worth, TX")(
                "Imogen Castillo",
                0,
                "No defense contractors of any kind",
            ),
            pool(DOTNET, "Fort Worth, TX")(
                "Silas Greer",
                2,
                "Defense work is fine by him, his dad was a machinist at the plant",
            ),
        ],
        **opening(
            DOTNET_JOB,
            dict(remote_policy="onsite", location="Fort Worth, TX"),
            description="Internal tools for a defense aerospace manufacturer's supply chain.",
        ),
    ),
]

TECH = [
    C(
        "wants off AS/400 onto modern .NET vs wants to stay on AS/400, a .NET Core role",
        "backend",
        [
            pool(DOTNET, "Omaha, NE")(
                "Gordon Velasquez",
                2,
                "Wants off the AS/400 green screens and into modern .NET Core and Azure",
            ),
            pool(DOTNET, "Omaha, NE")(
                "Irma Schoenberg",
                0,
                "Only wants RPG and AS/400 work, not interested in learning web stacks",
            ),
        ],
        **opening(DOTNET_JOB, dict(remote_policy="onsite", location="Omaha, NE")),
    ),
    C(
        "refuses SAP vs nothing said, an SAP shop",
        "finance",
        [
            pool(STAFF_ACCT, "Chicago, IL")(
                "Evander Clayborne",
                0,
                touches=[sms(55, "please no SAP shops, two implementations were enough")],
            ),
            pool(STAFF_ACCT, "Chicago, IL")("Winona Sheffield", 1),
        ],
        **opening(
            ACCT_JOB,
            CHICAGO_HYBRID,
            requirements="Month-end close\nGL reconciliations\nSAP S/4HANA\nUS GAAP",
            description="Close and reconciliations in SAP S/4HANA for a manufacturer.",
        ),
    ),
    C(
        "wants QuickBooks, no big ERPs vs wants NetSuite, a QuickBooks role",
        "finance",
        [
            pool(AP_CLERK, "Little Rock, AR")(
                "Harriet Mayo",
                2,
                "Knows QuickBooks inside out and wants a QuickBooks shop",
            ),
            pool(AP_CLERK, "Little Rock, AR")(
                "Cortez Whitaker",
                0,
                "Won't go back to QuickBooks - only NetSuite or bigger ERPs now",
            ),
        ],
        **opening(
            AP_JOB,
            dict(remote_policy="onsite", location="Little Rock, AR"),
            requirements="Full-cycle AP\nQuickBooks Online\nVendor setup\n1099 reporting",
        ),
    ),
]

# --- 7. last time's reason: resolved by this role, or still standing --------------------------

PAST_ACCT_LOW = dict(
    remote_policy="onsite", location="Dallas, TX", salary_max=58_000, currency="USD"
)
PAST_ACCT_HIGH = dict(
    remote_policy="onsite", location="Dallas, TX", salary_max=70_000, currency="USD"
)
PAST_DC_NIGHTS = dict(remote_policy="onsite", location="Indianapolis, IN")
PAST_DOTNET_ONSITE = dict(remote_policy="onsite", location="Plano, TX")
PAST_NO_SPONSOR = dict(remote_policy="onsite", location="Irving, TX")

LAST_TIME = [
    C(
        "declined at a 58k cap; this band goes to 70k",
        "finance",
        [
            pool(STAFF_ACCT, "Dallas, TX")(
                "Rosemary Quattlebaum",
                2,
                apps=[
                    declined(
                        230,
                        "compensation",
                        "offer 58k, cand wanted 65k min. client wouldnt budge",
                        past=PAST_ACCT_LOW,
                        role="Staff Accountant",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Dallas, TX")("Barnaby Thistlecombe", 1),
        ],
        **opening(ACCT_JOB, DALLAS_ONSITE),
    ),
    C(
        "declined over pay at 70k asking 78k; this band still tops at 70k",
        "finance",
        [
            pool(STAFF_ACCT, "Dallas, TX")(
                "Octavia Lindenmuth",
                0,
                apps=[
                    declined(
                        120,
                        "compensation",
                        "Cand turned down 70k, holding out for 78k+",
                        past=PAST_ACCT_HIGH,
                        role="Staff Accountant",
                    )
                ],
            ),
            pool(STAFF_ACCT, "Dallas, TX")("Casey Lindqvist", 2),
        ],
        **opening(ACCT_JOB, DALLAS_ONSITE),
    ),
    C(
        "withdrew over 3rd shift; this role is 1st shift",
        "cs",
        [
            pool(FORKLIFT, "Indianapolis, IN")(
                "Jerome Satterfield",
                2,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "pulled out - only 3rd shift open at the DC, cant do overnights",
                        past=PAST_DC_NIGHTS,
                        role="Forklift Operator",
                    )
                ],
            ),
            pool(FORKLIFT, "Indianapolis, IN")("Moses Ashford", 1),
        ],
        **opening(FORKLIFT_JOB, INDY_ONSITE, offers=["1st shift, 6am-2:30pm Mon-Fri"]),
    ),
    C(
        "withdrew over 3rd shift; this role is 3rd shift again",
        "cs",
        [
            pool(FORKLIFT, "Indianapolis, IN")(
                "Horace Vinson",
                0,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "withdrew, wont work overnights - 3rd shift was the dealbreaker",
                        past=PAST_DC_NIGHTS,
                        role="Forklift Operator",
                    )
                ],
            ),
            pool(FORKLIFT, "Indianapolis, IN")("Ambrose Kitchens", 2),
        ],
        **opening(FORKLIFT_JOB, INDY_ONSITE, **THIRD_SHIFT),
    ),
    C(
        "declined a five-day on-site mandate; this role is remote",
        "backend",
        [
            pool(DOTNET, "McKinney, TX")(
                "Juniper Halstead",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Offer was 5 days on site in Plano, cand needs remote (caregiver)",
                        past=PAST_DOTNET_ONSITE,
                        role=".NET Developer",
                    )
                ],
            ),
            pool(DOTNET, "McKinney, TX")("Rufus Ellington", 1),
        ],
        **opening(DOTNET_JOB, US_REMOTE),
    ),
    C(
        "client couldn't file an H-1B transfer; this one does",
        "backend",
        [
            pool(DOTNET, "Irving, TX")(
                "Venkatesh Thirumalvan",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "other",
                        "Client loved him but could not sponsor his H-1B transfer",
                        past=PAST_NO_SPONSOR,
                        role=".NET Developer",
                    )
                ],
            ),
            pool(DOTNET, "Irving, TX")("Clement Ashby", 1),
        ],
        **opening(DOTNET_JOB, IRVING_ONSITE, offers=["H-1B transfers sponsored"]),
    ),
    C(
        "client couldn't sponsor; this role can't either",
        "backend",
        [
            pool(DOTNET, "Irving, TX")(
                "Mohan Chakravarthy",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "other",
                        "Strong final but needs H-1B transfer, client doesn't sponsor",
                        past=PAST_NO_SPONSOR,
                        role=".NET Developer",
                    )
                ],
            ),
            pool(DOTNET, "Irving, TX")("Clifton Rowe", 2),
        ],
        **opening(DOTNET_JOB, IRVING_ONSITE, **NO_SPONSOR),
    ),
    C(
        "declined over 50% travel; this role has none",
        "data_eng",
        [
            pool(ANALYST, "Atlanta, GA")(
                "Lorelei Brennan",
                2,
                apps=[
                    declined(
                        210,
                        "other",
                        "Declined - role turned out to be 50% travel, she has a toddler",
                        role="Data Analyst",
                    )
                ],
            ),
            pool(ANALYST, "Atlanta, GA")("Sterling Pate", 1),
        ],
        **opening(ANALYST_JOB, ATLANTA_HYBRID, offers=["Hybrid two days in Midtown, no travel"]),
    ),
    C(
        "withdrew from a temp-to-hire; this role is direct hire",
        "cs",
        [
            pool(ADMIN, "Nashville, TN")(
                "Winifred Abernathy",
                2,
                apps=[
                    withdrew(
                        140,
                        "other",
                        "cand withdrew - only wants direct hire, not another T2H",
                        role="Administrative Assistant",
                    )
                ],
            ),
            pool(ADMIN, "Nashville, TN")("Dorothea Quick", 1),
        ],
        **opening(ADMIN_JOB, NASHVILLE_ONSITE, offers=["Direct hire with full benefits day one"]),
    ),
    C(
        "declined over mandatory weekend OT; this role has it too",
        "manager",
        [
            pool(SUPERVISOR, "Dallas, TX")(
                "Cornelius Fitch",
                0,
                apps=[
                    declined(
                        100,
                        "other",
                        "Turned down offer over mandatory Saturday OT - won't give up weekends",
                        role="Warehouse Shift Supervisor",
                    )
                ],
            ),
            pool(SUPERVISOR, "Dallas, TX")("Benedict Sauer", 2),
        ],
        **opening(SUPERVISOR_JOB, DALLAS_ONSITE, **WEEKEND_OT),
    ),
    C(
        "withdrew over a THC drug screen; this client does not test for THC",
        "cs",
        [
            pool(FORKLIFT, "Oklahoma City, OK")(
                "Dusty Carmichael",
                2,
                apps=[
                    withdrew(
                        160,
                        "other",
                        "Withdrew before the drug screen - has an OK medical card, client's "
                        "panel tests for THC",
                        role="Forklift Operator",
                    )
                ],
            ),
            pool(FORKLIFT, "Oklahoma City, OK")("Hank Overstreet", 1),
        ],
        **opening(
            FORKLIFT_JOB,
            dict(remote_policy="onsite", location="Oklahoma City, OK"),
            offers=["5-panel drug screen without THC; background check"],
        ),
    ),
]

PROCESS = [
    C(
        "lost a client's final round narrowly vs applied and never screened",
        "sre",
        [
            pool(HELPDESK, "Dallas, TX")(
                "Annika Strand",
                2,
                apps=[final_loss(120, "2nd choice, client said 'coin flip'")],
            ),
            pool(HELPDESK, "Dallas, TX")(
                "Felix Ortega",
                1,
                apps=[app(120, "applied", "position_closed", "headcount", None)],
            ),
        ],
        **opening(HELPDESK_JOB, DALLAS_ONSITE),
    ),
]

# the history with us (class 7): cases moved whole out of PROCESS, unchanged, so the set
# checks tell the history with us from the latest process.
HISTORY = [
    C(
        "no-showed two client interviews vs placed by us with glowing reviews",
        "cs",
        [
            pool(CSR, "Columbus, OH")(
                "Brayden Lusk",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "no_show",
                        "NCNS 2nd time - client furious",
                        role="Customer Service Representative",
                    )
                ],
            ),
            pool(CSR, "Columbus, OH")(
                "Eleanor Whitmire",
                2,
                apps=[
                    app(
                        400,
                        "offer",
                        "hired",
                        None,
                        "Placed on T2H, converted at 90 days, client rated her top of the team",
                        role="Customer Service Representative",
                    )
                ],
            ),
        ],
        **opening(CSR_JOB, COLUMBUS_ONSITE),
    ),
    C(
        "walked off an assignment mid-shift vs client asked for him back",
        "cs",
        [
            pool(FORKLIFT, "Memphis, TN")(
                "Zane Fulcher",
                0,
                touches=[
                    bh(
                        75,
                        "Assignment ended: walked off mid shift week 2, left lift running. "
                        "Client DNR. Not eligible for rehire on warehouse accts.",
                    )
                ],
            ),
            pool(FORKLIFT, "Memphis, TN")(
                "Booker Lattimore",
                2,
                touches=[
                    bh(
                        75,
                        "Assignment ended on schedule. Client asked for Booker by name for "
                        "peak - perfect attendance, zero incidents.",
                    )
                ],
            ),
        ],
        **opening(FORKLIFT_JOB, MEMPHIS_ONSITE),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "remote only in March, hybrid fine by October vs the reverse, a hybrid role",
        "backend",
        [
            pool(DOTNET, "Dallas, TX")(
                "Rhiannon Talley",
                2,
                touches=[
                    email(250, "I'm only looking at fully remote roles right now."),
                    sms(
                        40,
                        "update - we moved to Lakewood, uptown is 10 min now. hybrid 3 days is "
                        "totally fine",
                    ),
                ],
            ),
            pool(DOTNET, "Dallas, TX")(
                "Desmond Okparanta",
                0,
                touches=[
                    email(250, "Hybrid works for me, a few days in the office is nice."),
                    sms(40, "bought a house in Waxahachie. remote only from here on out"),
                ],
            ),
        ],
        **opening(DOTNET_JOB, DALLAS_HYBRID),
    ),
    C(
        "'take me off' then 'put me back' vs 'keep me posted' then 'remove me'",
        "finance",
        [
            pool(AP_CLERK, "Kansas City, MO")(
                "Della Rutherford",
                2,
                touches=[
                    email(210, "Please take me off your list, I'm not looking."),
                    email(
                        20,
                        "I asked to be taken off back in the spring - my company was just "
                        "bought and I'm looking again. Please put me back on, AP roles in KC.",
                    ),
                ],
            ),
            pool(AP_CLERK, "Kansas City, MO")(
                "Lionel Batchelor",
                0,
                touches=[
                    email(210, "Not right now, but keep me posted on AP roles."),
                    email(
                        20,
                        "Please remove me from your system completely and stop contacting me.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening(AP_JOB, KC_ONSITE),
    ),
    C(
        "nights fine, then no nights (doctor), vs no nights, then nights fine",
        "cs",
        [
            pool(FORKLIFT, "Columbus, OH")(
                "Wilbur Stanton",
                0,
                touches=[
                    bh(300, "cand open to any shift incl 3rd"),
                    call(
                        60,
                        "Wilbur's doctor took him off nights - sleep apnea. Days or 2nd only "
                        "from now on.",
                    ),
                ],
            ),
            pool(FORKLIFT, "Columbus, OH")(
                "Agnes Pruett",
                2,
                touches=[
                    bh(300, "cand: days only, kids small"),
                    sms(
                        60,
                        "kids are older now & my sister watches them at night, 3rd shift is ok now",
                    ),
                ],
            ),
        ],
        **opening(FORKLIFT_JOB, COLUMBUS_ONSITE, **THIRD_SHIFT),
    ),
    C(
        "staying put then moving to Houston vs moving to Houston then staying put",
        "finance",
        [
            pool(STAFF_ACCT, "Dallas, TX")(
                "Beatriz Olvera",
                2,
                ("Not relocating, Dallas only", 320),
                ("Wife accepted a job at MD Anderson, moving to Houston in January", 25),
            ),
            pool(STAFF_ACCT, "Dallas, TX")(
                "Clarence Whitby",
                0,
                ("Moving to Houston this winter, husband's transfer", 300),
                ("Houston move is off - transfer got cancelled, staying in Dallas", 30),
            ),
        ],
        **opening(ACCT_JOB, HOUSTON_ONSITE),
    ),
    C(
        "pay ask lowered to fit vs pay ask raised above the band",
        "finance",
        [
            pool(STAFF_ACCT, "Columbus, OH")(
                "Imani Blackwell",
                2,
                touches=[
                    call(280, "Imani wants 80k min."),
                    call(
                        35,
                        "Imani revisited - market's tough, would take 66-68k for the right team.",
                    ),
                ],
            ),
            pool(STAFF_ACCT, "Columbus, OH")(
                "Duncan McCrindle",
                0,
                touches=[
                    call(280, "Duncan would move for 65k."),
                    call(35, "Duncan got a raise to 76k, needs 82k to move now."),
                ],
            ),
        ],
        **opening(ACCT_JOB, COLUMBUS_ONSITE),
    ),
    C(
        "OPT needing sponsorship, then a green card vs green card pending, then denied",
        "data_eng",
        [
            pool(ANALYST, "Chicago, IL")(
                "Mei-Ling Zhou",
                2,
                touches=[
                    bh(330, "cand on OPT, needs H1B sponsorship"),
                    email(
                        45,
                        "Good news - my green card through marriage was approved! No "
                        "sponsorship needed anymore.",
                    ),
                ],
            ),
            pool(ANALYST, "Chicago, IL")(
                "Arjun Bhattacharya",
                0,
                touches=[
                    bh(330, "cand GC pending, I-485 filed, works on EAD"),
                    email(
                        45,
                        "Bad news, my I-485 was denied. I'm back to needing H-1B sponsorship "
                        "from whoever hires me.",
                    ),
                ],
            ),
        ],
        **opening(ANALYST_JOB, CHICAGO_HYBRID, **NO_SPONSOR),
    ),
    C(
        "1099 only, then W-2 for insurance vs W-2 fine, then C2C only",
        "backend",
        [
            pool(DOTNET, "Austin, TX")(
                "Harper Eastwood",
                2,
                touches=[
                    inmail(260, "I only do 1099 contract work these days."),
                    inmail(
                        30,
                        "Baby on the way so I need real insurance - W-2 with benefits now, "
                        "forget the 1099 thing.",
                    ),
                ],
            ),
            pool(DOTNET, "Austin, TX")(
                "Vijay Ranganathan",
                0,
                touches=[
                    inmail(260, "W-2 is fine with me."),
                    inmail(30, "I formed an LLC - corp-to-corp only going forward, no W-2."),
                ],
            ),
        ],
        **opening(
            DOTNET_JOB,
            AUSTIN_ONSITE,
            offers=["W-2 direct hire, medical, dental, vision, 401k"],
        ),
    ),
    C(
        "travel: no, yes, no again vs yes, no, yes again, a travel role",
        "sre",
        [
            pool(HELPDESK, "Dallas, TX")(
                "Lorraine Kipling",
                0,
                touches=[
                    bh(date(2026, 1, 12), "Lorraine: no travel"),
                    call(date(2026, 4, 20), "Lorraine says travel is fine now, kids in college"),
                    sms(
                        date(2026, 10, 5),
                        "mom got sick, i'm her caregiver. can't travel anymore sorry",
                    ),
                ],
            ),
            pool(HELPDESK, "Dallas, TX")(
                "Maxwell Dunbar",
                2,
                touches=[
                    bh(date(2026, 1, 12), "travel ok"),
                    call(date(2026, 4, 20), "Maxwell can't travel for now - dad's surgery"),
                    sms(
                        date(2026, 10, 5),
                        "dad's all healed up, i can travel again whenever",
                    ),
                ],
            ),
        ],
        **opening(HELPDESK_JOB, DALLAS_ONSITE, **BRANCH_TRAVEL),
    ),
    C(
        "wanted hospitals, now anything but vs refused hospitals, now misses them",
        "sre",
        [
            pool(HELPDESK, "Nashville, TN")(
                "Philomena Reyes",
                0,
                ("Wants healthcare IT, likes supporting clinicians", 350),
                ("Burnt out on hospitals after the Epic go-live - anything but healthcare", 50),
            ),
            pool(HELPDESK, "Nashville, TN")(
                "Cedric Ambrose",
                2,
                ("No hospitals, the pages never stop", 350),
                ("Six months at a law firm and he misses hospital work, wants back in", 50),
            ),
        ],
        **opening(
            HELPDESK_JOB,
            NASHVILLE_ONSITE,
            description="Tier 2 support for nurses and physicians across a hospital network.",
        ),
    ),
    C(
        "wanted to lead, tried it, back to hands-on vs said no to leading, now wants it",
        "manager",
        [
            pool(SUPERVISOR, "Memphis, TN")(
                "Gus Whitmore",
                0,
                touches=[
                    call(300, "Gus wants a sup role, ready to lead"),
                    call(
                        45,
                        "Gus did 4 months as lead at XPO - hated it, stepped back down to "
                        "operator. Does not want to supervise.",
                    ),
                ],
            ),
            pool(SUPERVISOR, "Memphis, TN")(
                "Nettie Coggins",
                2,
                touches=[
                    call(300, "Nettie not interested in supervising"),
                    call(
                        45,
                        "Nettie changed her mind, wants to run a shift - did the leadership course",
                    ),
                ],
            ),
        ],
        **opening(SUPERVISOR_JOB, MEMPHIS_ONSITE),
    ),
    C(
        "Spanish: wait until summer called off, available now vs 'whenever' turned into a wait",
        "cs",
        [
            pool(CSR, "Houston, TX")(
                "Anabel Cárdenas",
                2,
                touches=[
                    sms(60, "Hasta el verano no puedo, estoy terminando mi certificado."),
                    sms(
                        10,
                        "Ya terminé el certificado antes de lo planeado, estoy disponible "
                        "desde ya.",
                    ),
                ],
            ),
            pool(CSR, "Houston, TX")(
                "Osvaldo Treviño",
                1,
                touches=[
                    sms(60, "Cuando quieran, estoy disponible."),
                    sms(
                        10,
                        "Cambio de planes: hasta después de marzo no puedo, me ofrecieron "
                        "quedarme por la temporada de impuestos.",
                    ),
                ],
            ),
        ],
        **opening(CSR_JOB, HOUSTON_ONSITE),
    ),
    C(
        "no tolls, then a toll tag that makes tolls moot vs nothing said",
        "cs",
        [
            pool(DISPATCH, "Katy, TX")(
                "Solomon Pryce",
                2,
                touches=[
                    sms(200, "no toll roads daily, too expensive"),
                    sms(
                        25,
                        "new car came w/ a toll tag my brother pays for lol, tolls dont matter now",
                    ),
                ],
            ),
            pool(DISPATCH, "Katy, TX")("Ricardo Alvarado", 1),
        ],
        **opening(
            DISPATCH_JOB,
            dict(remote_policy="onsite", location="Houston, TX (Greenspoint)"),
            offers=["Greenspoint office; from the west side it's the Sam Houston Tollway"],
        ),
    ),
]

HELDOUT67_CASES: list[Case] = [
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
