"""Held-out rediscovery cases, seventy-fourth set: contract, freelance and interim hiring, written
by a stranger to the reader (its code, its labelled sets and the earlier case files' sentences
were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line and never tuned to what Encore does. The recruiters are a UK and Irish IT
contract desk, a US staffing firm placing W-2, 1099 and corp-to-corp contractors, an interim
management boutique and a Munich agency on the DACH freelance market (Freiberufler,
Arbeitnehmerüberlassung). The people are Python, data, platform and frontend contractors, interim
finance and engineering managers and freelance account executives, some limited-company
contractors, some on umbrella, some who want permanent work again. The voices: agency
consultants' terse ATS notes ("LM", "avail 2 wks", "rate 550 o/s", "ltd co", "cv sent"),
contractors' availability emails, lower-case texts and WhatsApps, LinkedIn replies, formal
letters, hiring managers' feedback pasted in, long rambling call notes where one line decides,
and a few lines in German. Contract end dates, extensions, notice in days, "available from",
day and hourly rates against perm salaries, statements of work, client-site travel, part-week
contracts and security clearance run through all of them.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal letter, "take me off your books", a consultant's DNC, a WhatsApp "stop",
   a LinkedIn "not interested ever", an unsubscribe-from-everything, German): never shown;
   beside each a scoped stop (no calls at the client site, not that client again, no perm
   roles, the newsletter only, a new email, feedback still owed, "bitte nur per E-Mail");
2. waits counted from the day said (a contract to the end of March, an extension to Q2, 30
   days' notice, Christmas shutdown, "after the tax year", a baby due in January, an SoW that
   ends with the go-live, German "erst ab April"): each against a twin whose wait ran out, and
   notes full of dates that ask for no wait;
3. schedule, travel, visa and right to work, contract type and commute: four-day weeks, school
   runs, on-call, client-site travel and overnight stays, flights to Frankfurt, H-1B transfers,
   TN, Graduate and Skilled Worker visas, Stamp 4 and Stamp 1G in Ireland, SC and DV clearance,
   inside and outside IR35, W-2 against 1099 and C2C, perm against fixed-term, named commutes
   (the M25, the Severn bridge, the Elizabeth line, the DART, Metro-North, the S-Bahn);
4. pay against the band: day rates against perm salaries, hourly rates, USD, EUR, GBP, a
   floor against current pay, an annual ask against a day-rate role;
5. work mode in the title only, the description only, the offers only, hybrid days;
   negation and its scope;
6. location and relocation, managing against hands-on, company stage and size, industry and
   mission wanted or refused (defence, gambling, crypto, tobacco, oil and gas, public
   sector, the NHS, climate), technology wanted or refused;
7. last time's reason resolved by this role or still standing, the history with us and the
   latest process;
8. several notes over time where the latest word counts (minds changed once or twice, in
   notes of different kinds and dates).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who is on the books: equally skilled within a case, so only their words decide ----------


def books(profile: str, where: str = "London, UK"):
    """People of one profile, living in ``where`` unless a case passes ``location=``."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def ats(days, note) -> dict:
    """A consultant's terse ATS note."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A call note typed up after speaking to the contractor."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def mail(days, note) -> dict:
    """The contractor's own email."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def msg(days, note) -> dict:
    """A text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def li(days, note) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def hm(days, note) -> dict:
    """A hiring manager's feedback, pasted in by the consultant."""
    return touch(days, "outbound", None, "note", note=note, channel="meeting")


def lost_final(days, note=None, role="Python Contractor") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, past=None, role="Python Contractor") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, past=None, role="Python Contractor", stage="interview") -> dict:
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where and how the openings are worked ---------------------------------------------------

LDN_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Two days a week at the client's office in Canary Wharf"],
)
LDN_ONSITE = dict(remote_policy="onsite", location="London, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
MCR_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Two days a week at the client's office in MediaCity"],
)
BRISTOL_ONSITE = dict(remote_policy="onsite", location="Bristol, UK")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Three days a week in the client's office on Sir John Rogerson's Quay"],
)
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Three days a week in the client's Midtown office"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
MUNICH_ONSITE = dict(remote_policy="onsite", location="Munich, Germany")
FFM_HYBRID = dict(
    remote_policy="hybrid",
    location="Frankfurt am Main, Germany",
    offers=["Zwei Tage pro Woche beim Kunden in Frankfurt"],
)

# Contract openings: the rate is in the title, the description and the offers.
PY_OUTSIDE = dict(
    title="Python Contractor, 6 months, outside IR35",
    description="Six-month contract building order services for a retail client. Outside IR35, "
    "limited company, £600 a day.",
    offers=["£600/day outside IR35", "Six months with a view to extend"],
)
PY_INSIDE = dict(
    title="Python Contractor, 6 months, inside IR35",
    description="Six-month contract for a government department's payments platform. Inside "
    "IR35, paid through an approved umbrella, £520 a day.",
    offers=["£520/day inside IR35 via umbrella"],
)
DATA_CONTRACT = dict(
    title="Contract Data Engineer, 3 months",
    description="Three-month contract to rebuild a client's dbt and Airflow estate.",
    offers=["£550/day outside IR35", "Three months, likely to extend"],
)
SRE_CONTRACT = dict(
    title="Contract Platform Engineer, 6 months",
    description="Six-month contract hardening a Kubernetes platform on GCP.",
)
INTERIM_EM = dict(
    title="Interim Engineering Manager, 6 months",
    description="Interim cover for the payments engineering manager on a six-month contract: "
    "lead a team of six through a migration.",
    offers=["£750/day", "Six-month interim assignment"],
)
INTERIM_FIN = dict(
    title="Interim Financial Analyst, 4 months",
    description="Interim FP&A cover through budget season on a four-month contract.",
)


def job(*parts: dict, **more) -> dict:
    """An opening from a kind of contract and a place; offers from every part add up."""
    merged: dict = {}
    offers: list[str] = []
    for part in (*parts, more):
        for key, value in part.items():
            if key == "offers":
                offers += list(value)
            else:
                merged[key] = value
    if offers:
        merged["offers"] = offers
    return merged


# --- 1. opt-outs, each beside a scoped stop that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a formal letter asking to be deleted vs a letter asking only for feedback owed",
        "backend",
        [
            books("backend")(
                "Hollis Pemberton-Rae",
                0,
                touches=[
                    mail(
                        55,
                        "Dear Sir or Madam, I write to withdraw my consent to your processing of "
                        "my personal data. Kindly delete my CV and contact details from all "
                        "your systems and refrain from contacting me in future. Yours "
                        "faithfully, H. Pemberton-Rae",
                    )
                ],
                excluded=True,
            ),
            books("backend")(
                "Desmond Wrenshollow",
                2,
                touches=[
                    mail(
                        55,
                        "Dear Ms Kaur, I never received any feedback from the client after the "
                        "final interview in August and would be grateful for it. I remain "
                        "available for outside IR35 Python work. Kind regards, D. Wrenshollow",
                    )
                ],
            ),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "'take me off your books' vs 'take me off the perm list, contracts only'",
        "data_eng",
        [
            books("data_eng", "Manchester, UK")(
                "Gethin Llwydcoed",
                0,
                touches=[msg(30, "take me off ur books mate, done with agencies for good")],
                excluded=True,
            ),
            books("data_eng", "Manchester, UK")(
                "Rhodri Penwyllt",
                2,
                touches=[
                    msg(
                        30,
                        "take me off the perm mailers pls, only want contract work now - "
                        "day rate stuff still very welcome",
                    )
                ],
            ),
        ],
        **job(DATA_CONTRACT, MCR_HYBRID),
    ),
    C(
        "a consultant's DNC after a complaint vs no calls while on the client site",
        "sre",
        [
            books("sre")(
                "Quentin Armitage",
                0,
                touches=[
                    ats(
                        80,
                        "cand complained re volume of calls. DNC applied per his request - no "
                        "email/phone/LI. do not re-add.",
                    )
                ],
                excluded=True,
            ),
            books("sre")(
                "Barnaby Quarrendine",
                2,
                touches=[
                    ats(
                        80,
                        "cand asked no calls while on site at the client (security rules) - "
                        "email only till his contract ends. open to next gig.",
                    )
                ],
            ),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
    C(
        "a WhatsApp 'stop messaging me' vs stop sending that client's roles",
        "frontend",
        [
            books("frontend")(
                "Leona Fairweather",
                0,
                touches=[msg(12, "Stop messaging me. I'm not interested in anything, ever.")],
                excluded=True,
            ),
            books("frontend")(
                "Priyanka Dholakia",
                2,
                touches=[
                    msg(
                        12,
                        "pls stop sending me the Barclays ones, did 2 yrs there and not going "
                        "back. anything else React send it over",
                    )
                ],
            ),
        ],
        title="React Contractor, 6 months",
        description="Contract React work on a retailer's customer web app, outside IR35.",
        **LDN_HYBRID,
    ),
    C(
        "a LinkedIn 'never contact me' vs unsubscribed from the newsletter only",
        "ml",
        [
            books("ml", "Dublin, Ireland")(
                "Cathal Ó Duinnín",
                0,
                touches=[
                    li(
                        40,
                        "Please do not contact me again about any role, on here or anywhere "
                        "else. I've blocked your firm's email domain.",
                    )
                ],
                excluded=True,
            ),
            books("ml", "Dublin, Ireland")(
                "Eimear Gannon",
                2,
                touches=[
                    li(
                        40,
                        "Hi - I've unsubscribed from your weekly contracts newsletter, too many "
                        "emails. If something ML comes up in Dublin though, message me here.",
                    )
                ],
            ),
        ],
        title="Contract ML Engineer, 9 months",
        description="Nine-month contract on recommendation models for a Dublin retailer.",
        **DUBLIN_HYBRID,
    ),
    C(
        "German: delete my data vs German: only by email please",
        "backend",
        [
            books("backend", "Munich, Germany")(
                "Wendelin Hollerbach",
                0,
                touches=[
                    mail(
                        25,
                        "Bitte löschen Sie meine Daten vollständig und kontaktieren Sie mich "
                        "nicht mehr. Ich habe kein Interesse an weiteren Projektangeboten.",
                    )
                ],
                excluded=True,
            ),
            books("backend", "Munich, Germany")(
                "Korbinian Stadler",
                2,
                touches=[
                    mail(
                        25,
                        "Bitte keine Anrufe mehr aufs Handy, nur noch per E-Mail. Für "
                        "Python-Projekte in München bin ich weiterhin offen.",
                    )
                ],
            ),
        ],
        title="Freiberuflicher Python-Entwickler (m/w/d), 6 Monate",
        description="Projekt für einen Versicherer in München, Vor-Ort-Einsatz, Freiberufler.",
        **MUNICH_ONSITE,
    ),
    C(
        "German: no more project offers vs not through this agency's ANÜ again",
        "data_eng",
        [
            books("data_eng", "Frankfurt am Main, Germany")(
                "Ottilie Brandauer",
                0,
                touches=[
                    ats(
                        60,
                        "Kandidatin telefonisch: möchte keinerlei Projektanfragen mehr von uns, "
                        "Kontaktsperre eingetragen.",
                    )
                ],
                excluded=True,
            ),
            books("data_eng", "Frankfurt am Main, Germany")(
                "Friederike Wohlgemuth",
                2,
                touches=[
                    ats(
                        60,
                        "Kandidatin telefonisch: keine Arbeitnehmerüberlassung mehr, nur noch "
                        "freiberuflich. Projekte gern weiter schicken.",
                    )
                ],
            ),
        ],
        title="Freelance Data Engineer (m/w/d), 4 Monate",
        description="Freiberufliches Projekt: dbt und Airflow für eine Bank in Frankfurt.",
        **FFM_HYBRID,
    ),
    C(
        "'no thanks' to an outreach email vs 'no thanks to this one'",
        "cs",
        [
            books("cs")(
                "Morwenna Polkerran",
                0,
                touches=[
                    touch(18, "outbound", "replied", "re_engagement", channel="email"),
                    mail(17, "no thanks."),
                ],
                excluded=True,
            ),
            books("cs")(
                "Jocasta Vane",
                2,
                touches=[
                    touch(18, "outbound", "replied", "re_engagement", channel="email"),
                    mail(
                        17,
                        "no thanks to that one, it's a 40-min-each-way site. keep me in mind "
                        "for anything remote though",
                    ),
                ],
            ),
        ],
        title="Customer Success Manager, 6-month fixed-term contract",
        description="Fixed-term cover for a SaaS firm's largest accounts, fully remote.",
        **UK_REMOTE,
    ),
    C(
        "US: remove from all campaigns vs new personal email, old one was the W-2 employer's",
        "backend",
        [
            books("backend", "Austin, TX, USA")(
                "Brantley Okonkwo",
                0,
                touches=[
                    mail(
                        45,
                        "Remove me from every list and campaign you have. I'm not a candidate "
                        "and I'm not going to be one.",
                    )
                ],
                excluded=True,
            ),
            books("backend", "Austin, TX, USA")(
                "Dakota Heilbrunn",
                2,
                touches=[
                    mail(
                        45,
                        "Heads up: please stop using my old address, it belonged to my W-2 "
                        "employer and I've left. Use this one going forward, still looking for "
                        "Python contracts.",
                    )
                ],
            ),
        ],
        title="Python Developer, 6-month contract (W-2 or C2C)",
        description="Six-month contract on a logistics platform, $85/hr W-2 or $100/hr C2C.",
        **US_REMOTE,
    ),
    C(
        "retired from contracting, don't contact vs taking December off, not an opt-out",
        "manager",
        [
            books("manager")(
                "Everard Quilliam",
                0,
                touches=[
                    rang(
                        35,
                        "Spoke to Everard. Has closed his Ltd co and retired from interim work "
                        "altogether - asked us to stop contacting him and close his record.",
                    )
                ],
                excluded=True,
            ),
            books("manager")(
                "Saoirse Lanigan",
                2,
                touches=[
                    rang(
                        35,
                        "Spoke to Saoirse. Between interims, taking a week off mid-Nov, then "
                        "open to a 6-month interim EM brief. Keen on payments.",
                    )
                ],
            ),
        ],
        **job(INTERIM_EM, LDN_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "contract runs to end of March vs contract that ran to end of September",
        "backend",
        [
            books("backend")(
                "Torquil Strathcarron",
                1,
                touches=[
                    mail(
                        21,
                        "Quick update: current gig has been extended to 31 March, so I'm off "
                        "the market till then. Happy to chat about April starts.",
                    )
                ],
            ),
            books("backend")(
                "Ambrose Whitlinge",
                2,
                touches=[
                    mail(
                        160,
                        "Current gig runs to 30 September, so nothing before then please - "
                        "happy to chat about October starts.",
                    )
                ],
            ),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "30 days' notice given last week vs 30 days' notice given in the summer",
        "data_eng",
        [
            books("data_eng", "Chicago, IL, USA")(
                "Jolene Vasquez-Marr",
                1,
                ("Gave 30 days' notice at her W-2 job last week; free after that.", 6),
            ),
            books("data_eng", "Chicago, IL, USA")(
                "Marisol Tamblethorpe",
                2,
                ("Gave 30 days' notice at her W-2 job last week; free after that.", 130),
            ),
        ],
        title="Data Engineer, 1099 contract, 6 months",
        description="Six-month 1099 contract on a Snowflake and dbt estate, $95/hr.",
        **US_REMOTE,
    ),
    C(
        "after the Christmas shutdown vs after last Christmas",
        "sre",
        [
            books("sre", "Leeds, UK")(
                "Caspian Thorley",
                1,
                touches=[
                    msg(
                        9,
                        "cant look at anything till after the xmas change freeze, client has me "
                        "locked in till then. new year def",
                    )
                ],
            ),
            books("sre", "Leeds, UK")(
                "Lachlan Ibbotson",
                2,
                touches=[
                    msg(
                        date(2025, 12, 8),
                        "cant look at anything till after the xmas change freeze, client has me "
                        "locked in till then. new year def",
                    )
                ],
            ),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
    C(
        "wait until after the tax year end vs a tax year that has long ended",
        "finance",
        [
            books("finance")(
                "Perpetua Lowndes",
                1,
                touches=[
                    rang(
                        14,
                        "Interim FA, wants to close out her current client's year-end first. "
                        "Not available until after 5 April.",
                    )
                ],
            ),
            books("finance")(
                "Clementine Haig",
                2,
                touches=[
                    rang(
                        date(2026, 2, 16),
                        "Interim FA, wants to close out her current client's year-end first. "
                        "Not available until after 5 April.",
                    )
                ],
            ),
        ],
        **job(INTERIM_FIN, LDN_HYBRID),
    ),
    C(
        "baby due in January, back in spring vs back from parental leave in October",
        "frontend",
        [
            books("frontend", "Bristol, UK")(
                "Sorcha Whitlock",
                1,
                ("Baby due mid-January - not taking a contract until May at the earliest.", 20),
            ),
            books("frontend", "Bristol, UK")(
                "Imogen Carrow",
                2,
                (
                    "On parental leave till October; will pick contracts up again after.",
                    date(2026, 4, 6),
                ),
            ),
        ],
        title="Frontend Contractor, 6 months",
        description="React contract for a Bristol insurer, on site.",
        **BRISTOL_ONSITE,
    ),
    C(
        "an SoW that ends with a February go-live vs one that ended with the summer go-live",
        "data_eng",
        [
            books("data_eng")(
                "Alaric Coldthorne",
                1,
                touches=[
                    ats(
                        11,
                        "on SoW w/ Deloitte client, tied to go-live 14/02. not avail b4. "
                        "rate 575 o/s",
                    )
                ],
            ),
            books("data_eng")(
                "Tobias Entwhistle",
                2,
                touches=[
                    ats(
                        150,
                        "on SoW w/ Deloitte client, tied to go-live 31/07. not avail b4. "
                        "rate 575 o/s",
                    )
                ],
            ),
        ],
        **job(DATA_CONTRACT, LDN_HYBRID),
    ),
    C(
        "German: only from April vs German: since October free",
        "backend",
        [
            books("backend", "Munich, Germany")(
                "Vinzenz Aigner",
                1,
                touches=[
                    mail(
                        16,
                        "Mein aktuelles Projekt wurde verlängert, ich bin erst ab April wieder "
                        "verfügbar. Gern danach melden.",
                    )
                ],
            ),
            books("backend", "Munich, Germany")(
                "Leopoldine Brugger",
                2,
                touches=[
                    mail(
                        date(2026, 7, 20),
                        "Mein aktuelles Projekt läuft bis Ende September, ab Oktober bin ich "
                        "wieder verfügbar.",
                    )
                ],
            ),
        ],
        title="Freiberuflicher Python-Entwickler (m/w/d), Remote",
        description="Remote-Projekt für einen Münchner Versicherer, 6 Monate, Freiberufler.",
        remote_policy="remote",
        location="Remote (Germany)",
    ),
    C(
        "German: three months' notice to end of quarter vs that quarter is over",
        "sre",
        [
            books("sre", "Vienna, Austria")(
                "Florentin Hasenöhrl",
                1,
                touches=[
                    ats(
                        10,
                        "Kandidat hat gekündigt, drei Monate Kündigungsfrist zum Quartalsende - "
                        "frühestens verfügbar Ende März.",
                    )
                ],
            ),
            books("sre", "Vienna, Austria")(
                "Severin Mautner",
                2,
                touches=[
                    ats(
                        date(2026, 5, 4),
                        "Kandidat hat gekündigt, drei Monate Kündigungsfrist zum Quartalsende - "
                        "frühestens verfügbar Ende September.",
                    )
                ],
            ),
        ],
        title="Freelance SRE (m/w/d), 6 Monate",
        description="Kubernetes-Plattform für einen Wiener Zahlungsdienstleister, remote.",
        remote_policy="remote",
        location="Remote (DACH)",
    ),
    C(
        "finishing an MoD contract to end of Feb vs one that ran to end of June",
        "backend",
        [
            books("backend")(
                "Piran Locksley",
                1,
                touches=[
                    rang(
                        8,
                        "Spoke to Piran. Wants to finish his MoD contract which runs till end "
                        "of Feb, then open. SC current.",
                    )
                ],
            ),
            books("backend")(
                "Evander Stroud",
                2,
                touches=[
                    rang(
                        200,
                        "Spoke to Evander. Wants to finish his MoD contract which runs till end "
                        "of June, then open. SC current.",
                    )
                ],
            ),
        ],
        **job(PY_INSIDE, LDN_HYBRID),
    ),
    C(
        "Irish: not till after the Christmas break vs a note full of dates asking for nothing",
        "sales",
        [
            books("sales", "Dublin, Ireland")(
                "Niamh Carberry",
                1,
                touches=[
                    rang(
                        5,
                        "Chatted w Niamh. Not moving till after the Christmas break, wants to "
                        "land her Q4 number first. Call her in January.",
                    )
                ],
            ),
            books("sales", "Dublin, Ireland")(
                "Orlaith Kinsella",
                2,
                touches=[
                    rang(
                        5,
                        "Chatted w Orlaith. Contract ended 31/10, holiday 02/11-09/11, back "
                        "since 10/11, did her SalesLoft cert 17/11. Free now, wants to start "
                        "asap.",
                    )
                ],
            ),
        ],
        title="Contract Account Executive, 6 months",
        description="Six-month contract closing mid-market SaaS deals across Ireland.",
        **DUBLIN_HYBRID,
    ),
    C(
        "a note full of contract dates with no wait vs an extension to the end of Q2",
        "ml",
        [
            books("ml")(
                "Ferdinand Oakes",
                2,
                touches=[
                    mail(
                        7,
                        "For your records: started Ltd co 2019, contracts at Sky 03/2020-"
                        "09/2022, Ocado 10/2022-06/2024, Zopa 07/2024-10/2026. Finished "
                        "Friday. Available immediately.",
                    )
                ],
            ),
            books("ml")(
                "Peregrine Mallory",
                1,
                touches=[
                    mail(
                        7,
                        "Zopa have just extended me to the end of Q2 next year, so I'm not "
                        "available until July. Get back to me then.",
                    )
                ],
            ),
        ],
        title="Contract ML Engineer, 6 months, outside IR35",
        description="Recommendation models for a fintech, outside IR35, £650 a day.",
        **UK_REMOTE,
    ),
    C(
        "'ring me in a couple of months' said last week vs said in the spring",
        "cs",
        [
            books("cs", "Boston, MA, USA")(
                "Kendra Okonwaye",
                1,
                touches=[li(6, "Not a good moment, ping me again in a couple of months?")],
            ),
            books("cs", "Boston, MA, USA")(
                "Harper Lindqvist-Dunn",
                2,
                touches=[li(220, "Not a good moment, ping me again in a couple of months?")],
            ),
        ],
        title="Customer Success Manager, 6-month W-2 contract",
        description="Six-month W-2 contract covering enterprise renewals, $60/hr.",
        **US_REMOTE,
    ),
]

# --- 3. schedule, travel, visa and right to work, contract type, commute ----------------------

SCHEDULE = [
    C(
        "four-day week wanted, role is a 4-day contract vs wants full-time hours",
        "backend",
        [
            books("backend")(
                "Hermione Slatter",
                2,
                "Only doing four-day weeks now - Fridays are for the kids.",
            ),
            books("backend")(
                "Cosmo Penhaligon", 1, "Wants a full five-day contract, max days billed."
            ),
        ],
        title="Python Contractor, 4 days a week",
        description="Part-week contract: four days a week, Monday to Thursday, outside IR35.",
        **UK_REMOTE,
    ),
    C(
        "won't do on-call vs fine with a rota, role has weekend on-call",
        "sre",
        [
            books("sre")(
                "Ignatius Forde",
                0,
                touches=[ats(60, "no on-call, no weekends. hard no. mon-fri 9-5 only")],
            ),
            books("sre")(
                "Delphine Ellerthwaite",
                2,
                touches=[ats(60, "happy w/ on-call rota if paid per call-out")],
            ),
        ],
        offers=["Weekend on-call one week in four, paid per call-out"],
        **SRE_CONTRACT,
        remote_policy="remote",
        location="Remote (UK)",
    ),
    C(
        "school-run hours vs nothing said, role is core hours 10-3",
        "frontend",
        [
            books("frontend", "Reading, UK")(
                "Lavinia Crace",
                2,
                touches=[
                    msg(40, "need to do school drop off + pick up so 10-3 core hours is ideal")
                ],
            ),
            books("frontend", "Reading, UK")("Ophelia Nancarrow", 1),
        ],
        title="Frontend Contractor, flexible hours",
        description="Remote React contract with core hours 10:00-15:00, the rest flexible.",
        **UK_REMOTE,
    ),
    C(
        "three days a week only vs happy full-time, role is full-time five days",
        "data_eng",
        [
            books("data_eng")(
                "Benedikt Rauscher",
                0,
                touches=[
                    mail(
                        50,
                        "I'm only taking 3-day-a-week engagements now, the other two days go to "
                        "my own product.",
                    )
                ],
            ),
            books("data_eng")(
                "Gideon Marwood",
                2,
                touches=[mail(50, "Looking for a full-time contract, five days, ideally 6m+.")],
            ),
        ],
        **job(DATA_CONTRACT, UK_REMOTE),
    ),
    C(
        "US: no night shift coverage vs happy to cover Asia hours, role is night support",
        "sre",
        [
            books("sre", "Denver, CO, USA")(
                "Tatum Beckwith",
                0,
                "No overnight shifts - did three years of them at my last 1099 gig.",
            ),
            books("sre", "Denver, CO, USA")(
                "Rowan Achebe-Stiles",
                2,
                "Night owl, happy to cover APAC hours overnight.",
            ),
        ],
        title="Contract SRE, APAC-hours coverage",
        description="Six-month 1099 contract covering the platform overnight (APAC hours).",
        **US_REMOTE,
    ),
]

TRAVEL = [
    C(
        "won't travel to client sites vs happy to, role is weekly travel to Leeds",
        "backend",
        [
            books("backend")(
                "Augustin Pennycastle",
                0,
                touches=[ats(70, "won't do client site travel - remote only, no trains")],
            ),
            books("backend")(
                "Gwendolyn Ruthven",
                2,
                touches=[ats(70, "fine with travel to client sites, expenses paid")],
            ),
        ],
        description="Contract for a consultancy: Python delivery with one day a week at the "
        "client's site in Leeds, travel expensed.",
        title="Python Contractor, 6 months",
        offers=["Weekly travel to the client in Leeds, expenses paid"],
        **UK_REMOTE,
    ),
    C(
        "no overnight stays vs likes the stopovers, role needs two nights a month in Frankfurt",
        "manager",
        [
            books("manager")(
                "Cressida Vaughan-Lyle",
                0,
                touches=[
                    rang(
                        90,
                        "Carer for her dad, so no overnights away. Day trips ok within the UK.",
                    )
                ],
            ),
            books("manager")(
                "Lucius Mainwaring",
                2,
                touches=[rang(90, "Loves a bit of travel, happy with overnights abroad.")],
            ),
        ],
        **job(
            LDN_HYBRID,
            offers=["Two nights a month at the Frankfurt office", "£750/day"],
            title="Interim Engineering Manager, 6 months",
            description="Interim EM; flights to Frankfurt twice a month with an overnight stay.",
        ),
    ),
    C(
        "'no flying' vs no preference, role flies to Dublin monthly",
        "data_eng",
        [
            books("data_eng", "Birmingham, UK")(
                "Seraphina Lindqvale",
                0,
                "Won't fly for work any more, climate reasons. Trains only.",
            ),
            books("data_eng", "Birmingham, UK")("Thaddeus Crewe", 1),
        ],
        **job(
            DATA_CONTRACT,
            UK_REMOTE,
            offers=["A monthly trip to the client in Dublin (flights booked for you)"],
        ),
    ),
    C(
        "travel to site was the old problem; this role has none vs someone who wants travel",
        "sre",
        [
            books("sre")(
                "Bartholomew Crayshaw",
                2,
                "Fed up living out of a Premier Inn - wants a contract with no travel at all.",
            ),
            books("sre")(
                "Zebedee Frain",
                1,
                "Enjoys client-facing travel roles, would miss being on the road.",
            ),
        ],
        **SRE_CONTRACT,
        remote_policy="remote",
        location="Remote (UK)",
        offers=["Fully remote, no travel"],
    ),
    C(
        "US: up to 25% travel fine vs 0% travel, role is 50% at client sites",
        "cs",
        [
            books("cs", "Atlanta, GA, USA")(
                "Jessamyn Waverton",
                0,
                touches=[li(30, "I'm done with travel. 0% please, nothing on the road.")],
            ),
            books("cs", "Atlanta, GA, USA")(
                "Leland Okafor-Burr",
                2,
                touches=[li(30, "Travel's fine, up to half the month on the road is ok for me.")],
            ),
        ],
        title="Customer Success Manager, contract, 50% travel",
        description="Six-month W-2 contract; half of the time on site with clients in the "
        "Southeast.",
        **US_REMOTE,
    ),
    C(
        "German: no travel to the client vs happy with Reisetätigkeit, role is 80% on site",
        "backend",
        [
            books("backend", "Cologne, Germany")(
                "Ludwig Ebersberger",
                0,
                touches=[ats(45, "Keine Reisetätigkeit mehr, nur noch 100 % remote.")],
            ),
            books("backend", "Cologne, Germany")(
                "Margarethe Kühnel",
                2,
                touches=[ats(45, "Reisebereitschaft vorhanden, auch 80 % vor Ort beim Kunden.")],
            ),
        ],
        title="Freelance Python-Entwickler (m/w/d), 80 % vor Ort",
        description="Projekt beim Kunden in Hamburg, 80 % vor Ort, Reisekosten werden erstattet.",
        remote_policy="onsite",
        location="Hamburg, Germany",
    ),
    C(
        "happy to travel if expensed vs 'travel: no' in a rambling note",
        "finance",
        [
            books("finance", "Glasgow, UK")(
                "Alasdair Menzies",
                2,
                touches=[
                    rang(
                        25,
                        "Good chat, he's just back from a fortnight in Portugal, kids are "
                        "settled at school, wife's back at work. Happy to travel to London "
                        "two days a week if expenses are covered. Rate 500.",
                    )
                ],
            ),
            books("finance", "Glasgow, UK")(
                "Fenella Drummond",
                0,
                touches=[
                    rang(
                        25,
                        "Good chat, she's just back from a fortnight in Portugal, kids are "
                        "settled at school. Still at the housing association. Travel: no - "
                        "won't go south of Glasgow for work. Rate 500.",
                    )
                ],
            ),
        ],
        **INTERIM_FIN,
        remote_policy="hybrid",
        location="Glasgow, UK",
        offers=["Two days a week at head office in London, travel expensed"],
    ),
    C(
        "travel refused at the old employer, not this client's kind vs refuses all travel",
        "backend",
        [
            books("backend")(
                "Humphrey Laybourne",
                2,
                touches=[
                    ats(
                        100,
                        "left last contract bc it was 4 nights/wk in Aberdeen. fine w/ the odd "
                        "day trip.",
                    )
                ],
            ),
            books("backend")(
                "Ottoline Spurrier",
                0,
                touches=[ats(100, "no travel whatsoever, not even day trips")],
            ),
        ],
        title="Python Contractor, 6 months",
        description="Remote contract with an occasional day trip to the client in Birmingham "
        "(about once a month).",
        **UK_REMOTE,
    ),
    C(
        "Irish: Cork to Dublin weekly is fine vs won't do the Dublin train every week",
        "frontend",
        [
            books("frontend", "Cork, Ireland")(
                "Donncha Ó Riordáin",
                2,
                touches=[msg(33, "Grand with the train up to Dublin once a week, expensed.")],
            ),
            books("frontend", "Cork, Ireland")(
                "Clodagh Mulcarrig",
                0,
                touches=[msg(33, "Not doing the Cork-Dublin train every week, did it for a year.")],
            ),
        ],
        title="Frontend Contractor, remote with weekly client day",
        description="Remote React contract; one day every week in the client's Dublin office.",
        remote_policy="hybrid",
        location="Dublin, Ireland",
    ),
    C(
        "open to client-site weeks abroad vs no travel, role is remote with none",
        "ml",
        [
            books("ml")(
                "Octavia Brisbane",
                1,
                "Enjoys weeks on client sites abroad, keen on travel-heavy gigs.",
            ),
            books("ml")(
                "Casimir Royle",
                2,
                "Will not travel for work, school runs every day.",
            ),
        ],
        title="Contract ML Engineer, remote, no travel",
        description="Remote ML contract with no travel at all; everyone works from home.",
        **UK_REMOTE,
    ),
]

VISA = [
    C(
        "needs H-1B transfer, role is W-2 with sponsorship vs same need, role is C2C only",
        "backend",
        [
            books("backend", "Jersey City, NJ, USA")(
                "Anirudh Venkatesan",
                2,
                touches=[
                    ats(40, "on H-1B, needs transfer. W-2 only, can't do 1099/C2C on his own")
                ],
            ),
            books("backend", "Jersey City, NJ, USA")("Caleb Whitford", 1),
        ],
        **job(
            NYC_HYBRID,
            title="Python Developer, 12-month W-2 contract",
            description="Twelve-month W-2 contract; the client sponsors and takes H-1B transfers.",
            offers=["H-1B transfer and sponsorship supported"],
        ),
    ),
    C(
        "needs sponsorship vs US citizen, role says no sponsorship",
        "data_eng",
        [
            books("data_eng", "Seattle, WA, USA")(
                "Thanh Nguyen-Albright",
                0,
                touches=[
                    li(60, "I'll need H-1B sponsorship for any role - my OPT ends in January.")
                ],
            ),
            books("data_eng", "Seattle, WA, USA")(
                "Brody Halvorsen",
                2,
                touches=[li(60, "US citizen, no sponsorship needed. Open to C2C or W-2.")],
            ),
        ],
        **job(
            US_REMOTE,
            title="Data Engineer, 6-month contract",
            description="Six-month contract. Candidates must be authorised to work in the US "
            "without sponsorship now or in future; no H-1B transfers.",
        ),
    ),
    C(
        "Graduate visa ends in March, needs sponsorship vs settled status, role can't sponsor",
        "frontend",
        [
            books("frontend")(
                "Mehak Chaudhry",
                0,
                touches=[
                    rang(
                        30,
                        "Graduate visa runs out March, will need Skilled Worker sponsorship for "
                        "anything longer than that.",
                    )
                ],
            ),
            books("frontend")(
                "Ilinca Dragomir",
                2,
                touches=[
                    rang(30, "Has settled status (EUSS), full right to work, no sponsorship.")
                ],
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Frontend Developer, 12-month fixed-term contract",
            description="Twelve-month fixed-term contract; we cannot offer visa sponsorship.",
        ),
    ),
    C(
        "needs Skilled Worker sponsorship, role sponsors vs British passport holder",
        "ml",
        [
            books("ml", "Manchester, UK")(
                "Obiageli Nwachukwu",
                2,
                "Looking for a perm role that sponsors a Skilled Worker visa - contracts are "
                "no use to me on my visa.",
            ),
            books("ml", "Manchester, UK")("Callum Rigby", 1),
        ],
        **job(
            MCR_HYBRID,
            title="Machine Learning Engineer, permanent",
            description="Permanent role; we are a licensed sponsor and sponsor Skilled Worker "
            "visas.",
            offers=["Skilled Worker visa sponsorship available"],
            salary_min=70_000,
            salary_max=85_000,
            currency="GBP",
        ),
    ),
    C(
        "Irish Stamp 1G needs a permit vs Stamp 4, role can't do permits",
        "backend",
        [
            books("backend", "Dublin, Ireland")(
                "Rafael Quintanilha",
                0,
                touches=[
                    ats(
                        50,
                        "on stamp 1G, expires Feb - will need an employment permit sponsored "
                        "for anything after.",
                    )
                ],
            ),
            books("backend", "Dublin, Ireland")(
                "Siobhán Quigley",
                2,
                touches=[ats(50, "Irish citizen. no permit issues. open to contract or perm")],
            ),
        ],
        **job(
            DUBLIN_HYBRID,
            title="Python Contractor, 12 months",
            description="Twelve-month contract; candidates must already have the right to work "
            "in Ireland, the client does not sponsor employment permits.",
        ),
    ),
    C(
        "SC cleared vs never vetted, role needs active SC from day one",
        "sre",
        [
            books("sre")(
                "Marcus Thistlewood",
                2,
                touches=[ats(70, "active SC (renewed 2025). BPSS too obv.")],
            ),
            books("sre")(
                "Fabian Lekkerkerk",
                1,
                touches=[ats(70, "no clearance held, 4 yrs UK residency only")],
            ),
        ],
        **job(
            LDN_ONSITE,
            title="Contract Platform Engineer, SC cleared, inside IR35",
            description="Six-month inside IR35 contract for a government department; active SC "
            "clearance is required from day one.",
            requirements="Kubernetes\nTerraform\nActive SC clearance\nGCP",
        ),
    ),
    C(
        "won't go through DV vetting vs happy to be sponsored for DV",
        "backend",
        [
            books("backend", "Cheltenham, UK")(
                "Ptolemy Ashwicke",
                0,
                touches=[
                    mail(
                        35,
                        "Not prepared to go through DV vetting again, far too intrusive. SC "
                        "work only please.",
                    )
                ],
            ),
            books("backend", "Cheltenham, UK")(
                "Wilhelmina Spragg",
                2,
                touches=[mail(35, "Happy to go through DV if the client sponsors it.")],
            ),
        ],
        **job(
            title="Python Contractor, DV clearance sponsored",
            description="Twelve-month contract in Cheltenham; the client will sponsor DV "
            "clearance, which is required.",
            remote_policy="onsite",
            location="Cheltenham, UK",
        ),
    ),
    C(
        "TN visa Canadian fine for contract vs needs a green-card employer",
        "data_eng",
        [
            books("data_eng", "Buffalo, NY, USA")(
                "Geneviève Beaurivage",
                2,
                touches=[li(25, "Canadian on TN, fine for a W-2 contract through your firm.")],
            ),
            books("data_eng", "Buffalo, NY, USA")(
                "Priscilla Adeyemi-Ross",
                0,
                touches=[
                    li(
                        25,
                        "Only looking at perm employers who'll file my green card - no "
                        "contract roles, they can't sponsor it.",
                    )
                ],
            ),
        ],
        **job(
            US_REMOTE,
            title="Data Engineer, 9-month W-2 contract",
            description="Nine-month W-2 contract through our firm; TN visas welcome, no green "
            "card sponsorship.",
        ),
    ),
    C(
        "German: needs a Blue Card employer vs EU citizen, role is freelance only",
        "backend",
        [
            books("backend", "Berlin, Germany")(
                "Arjun Venkatadri",
                0,
                touches=[
                    ats(
                        45,
                        "Kandidat hat eine Blaue Karte, darf nicht freiberuflich arbeiten - nur "
                        "Festanstellung möglich.",
                    )
                ],
            ),
            books("backend", "Berlin, Germany")(
                "Janne Oksanen",
                2,
                touches=[
                    ats(45, "EU-Bürger (Finnland), Freiberufler mit Gewerbe, keine Einschränkung.")
                ],
            ),
        ],
        **job(
            title="Freiberuflicher Python-Entwickler (m/w/d), 6 Monate",
            description="Freelance-Projekt, nur Freiberufler, keine Festanstellung.",
            remote_policy="remote",
            location="Remote (Germany)",
        ),
    ),
    C(
        "spouse's dependant visa, she has full right to work vs needs own sponsorship",
        "cs",
        [
            books("cs")(
                "Yewande Falope",
                2,
                touches=[
                    rang(
                        20,
                        "Husband is on a Skilled Worker visa; she's his dependant so she has "
                        "full right to work, no sponsorship needed for her.",
                    )
                ],
            ),
            books("cs")(
                "Karthika Sreenivasan",
                0,
                touches=[
                    rang(20, "Student visa ending, will need her own Skilled Worker sponsorship.")
                ],
            ),
        ],
        **job(
            UK_REMOTE,
            title="Customer Success Manager, 9-month fixed-term",
            description="Nine-month fixed-term contract; no visa sponsorship available.",
        ),
    ),
]

CONTRACT = [
    C(
        "outside IR35 only vs happy inside, role is inside IR35",
        "backend",
        [
            books("backend")(
                "Montgomery Feaver",
                0,
                touches=[ats(45, "outside only. won't touch inside roles, ltd co")],
            ),
            books("backend")(
                "Philippa Toovey",
                2,
                touches=[ats(45, "inside or outside both ok, has umbrella set up")],
            ),
        ],
        **job(PY_INSIDE, LDN_HYBRID),
    ),
    C(
        "wants perm after years contracting vs wants to stay contracting, role is perm",
        "data_eng",
        [
            books("data_eng")(
                "Horatio Bembridge",
                2,
                touches=[
                    mail(
                        60,
                        "After eight years of contracting I want a permanent job - pension, "
                        "holiday pay, no more IR35 worries.",
                    )
                ],
            ),
            books("data_eng")(
                "Lysander Pryke",
                0,
                touches=[mail(60, "Contract only for me - not interested in going perm.")],
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Senior Data Engineer (permanent)",
            description="Permanent role with pension, 28 days' holiday and private healthcare.",
            salary_min=85_000,
            salary_max=100_000,
            currency="GBP",
        ),
    ),
    C(
        "W-2 only vs prefers C2C, role is C2C only",
        "sre",
        [
            books("sre", "Dallas, TX, USA")(
                "Colton Ferreira-Hays",
                0,
                touches=[ats(30, "W2 only - no corp, won't set up an LLC")],
            ),
            books("sre", "Dallas, TX, USA")(
                "Sienna Waterhouse",
                2,
                touches=[ats(30, "has LLC, prefers C2C")],
            ),
        ],
        **job(
            US_REMOTE,
            title="Contract SRE, corp-to-corp only",
            description="Twelve-month contract, C2C only, $110/hr to your corporation.",
        ),
    ),
    C(
        "fixed-term cover wanted vs perm wanted, role is a 9-month fixed-term",
        "finance",
        [
            books("finance")(
                "Araminta Beale",
                2,
                "Wants fixed-term or interim work only - travelling for a year from next autumn.",
            ),
            books("finance")(
                "Cuthbert Hanley",
                0,
                "Looking for a permanent post only, nothing with an end date.",
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Financial Analyst, 9-month fixed-term contract (mat cover)",
            description="Nine-month fixed-term maternity cover in FP&A.",
        ),
    ),
    C(
        "German: Freiberufler only vs open to ANÜ, role is Arbeitnehmerüberlassung",
        "sre",
        [
            books("sre", "Stuttgart, Germany")(
                "Reinhold Seidenfaden",
                0,
                touches=[ats(40, "Nur freiberuflich, keine Arbeitnehmerüberlassung.")],
            ),
            books("sre", "Stuttgart, Germany")(
                "Amalia Kronberger",
                2,
                touches=[ats(40, "ANÜ ist für sie in Ordnung, auch befristet.")],
            ),
        ],
        **job(
            title="Platform Engineer (m/w/d) in Arbeitnehmerüberlassung, 12 Monate",
            description="Einsatz per Arbeitnehmerüberlassung bei einem Automobilzulieferer.",
            remote_policy="hybrid",
            location="Stuttgart, Germany",
        ),
    ),
    C(
        "1099 fine vs wants benefits through W-2, role is 1099",
        "frontend",
        [
            books("frontend", "Portland, OR, USA")(
                "Juniper Montalvane",
                2,
                touches=[li(20, "1099 is perfect, I run my own books.")],
            ),
            books("frontend", "Portland, OR, USA")(
                "Weston Abernathy",
                0,
                touches=[li(20, "Need W-2 with health benefits, can't go 1099 with a family.")],
            ),
        ],
        **job(
            US_REMOTE,
            title="Frontend Developer, 1099 contract",
            description="Six-month 1099 contract, $80/hr, no benefits.",
        ),
    ),
]

COMMUTE = [
    C(
        "Canary Wharf on the Elizabeth line is easy vs won't do the Elizabeth line again",
        "backend",
        [
            books("backend", "Abbey Wood, London, UK")(
                "Dorian Fairclough",
                2,
                touches=[msg(30, "liz line from abbey wood to canary wharf is 10 mins, perfect")],
            ),
            books("backend", "Reading, UK")(
                "Rosalind Hetherington",
                0,
                touches=[
                    msg(
                        30,
                        "not doing reading to canary wharf again, 80 mins each way on the liz "
                        "line killed me last contract",
                    )
                ],
            ),
        ],
        **job(PY_OUTSIDE, LDN_HYBRID),
    ),
    C(
        "the Severn bridge every day vs lives in Bristol, role on site in Bristol",
        "frontend",
        [
            books("frontend", "Newport, UK")(
                "Bronwen Llewellyn",
                0,
                touches=[
                    ats(55, "wont commute over the severn bridge daily, Newport-side roles only")
                ],
            ),
            books("frontend", "Bristol, UK")(
                "Tristram Coles",
                2,
                touches=[ats(55, "lives Bishopston, cycles to anywhere in central Bristol")],
            ),
        ],
        **job(
            BRISTOL_ONSITE,
            title="Frontend Contractor, on site in Bristol",
            description="React contract, five days on site at Temple Quay, Bristol.",
        ),
    ),
    C(
        "max 45 minutes door to door vs 90 minutes fine, office 75 minutes away",
        "data_eng",
        [
            books("data_eng", "Milton Keynes, UK")(
                "Evangeline Stokes",
                0,
                "Won't commute more than 45 minutes door to door.",
            ),
            books("data_eng", "Milton Keynes, UK")(
                "Crispian Holroyd",
                2,
                "Happy to commute up to 90 minutes if it's only two days a week.",
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Contract Data Engineer, 6 months",
            description="Two days a week in Canary Wharf - about 75 minutes from Milton Keynes.",
        ),
    ),
    C(
        "the M25 at rush hour refused vs happy to drive, role is a Surrey site",
        "sre",
        [
            books("sre", "Chelmsford, UK")(
                "Hadrian Blessington",
                0,
                touches=[rang(45, "Will not sit on the M25 every morning. Essex side only.")],
            ),
            books("sre", "Chelmsford, UK")(
                "Marigold Pettifer",
                2,
                touches=[rang(45, "Drives, happy with the M25 to anywhere round London.")],
            ),
        ],
        **job(
            title="Contract Platform Engineer, on site in Guildford",
            description="Six-month contract, on site in Guildford, Surrey, four days a week.",
            remote_policy="onsite",
            location="Guildford, UK",
        ),
    ),
    C(
        "Irish: DART from Bray is fine vs won't do the M50 from Naas",
        "ml",
        [
            books("ml", "Bray, Ireland")(
                "Fionnuala Brennan",
                2,
                touches=[msg(22, "DART straight in from Bray, no bother 3 days a week")],
            ),
            books("ml", "Naas, Ireland")(
                "Cormac Tierney",
                0,
                touches=[
                    msg(
                        22,
                        "not sitting on the M50 3 days a week from Naas, did that, never again",
                    )
                ],
            ),
        ],
        **job(
            DUBLIN_HYBRID,
            title="Contract ML Engineer, 9 months",
            description="Nine-month contract, three days a week in the Grand Canal Dock office.",
        ),
    ),
    C(
        "US: Metro-North from Stamford fine vs no bridges or tunnels into Manhattan",
        "cs",
        [
            books("cs", "Stamford, CT, USA")(
                "Bethany Szczepaniec",
                2,
                touches=[li(35, "Metro-North into Grand Central is easy for me, 3 days is fine.")],
            ),
            books("cs", "Hoboken, NJ, USA")(
                "Garrett Lindeman",
                0,
                touches=[
                    li(
                        35,
                        "Not commuting into Manhattan again - the tunnel traffic was the reason "
                        "I left my last contract.",
                    )
                ],
            ),
        ],
        **job(
            NYC_HYBRID,
            title="Customer Success Manager, W-2 contract",
            description="Six-month W-2 contract, three days a week in Midtown.",
        ),
    ),
    C(
        "German: S-Bahn from Freising fine vs won't pendeln to Munich",
        "backend",
        [
            books("backend", "Freising, Germany")(
                "Quirin Hartl",
                2,
                touches=[ats(28, "S-Bahn aus Freising, 40 Minuten, täglich vor Ort kein Problem.")],
            ),
            books("backend", "Augsburg, Germany")(
                "Irmgard Zöllner",
                0,
                touches=[
                    ats(28, "Will nicht mehr nach München pendeln, nur Augsburg oder remote.")
                ],
            ),
        ],
        **job(
            MUNICH_ONSITE,
            title="Freiberuflicher Python-Entwickler (m/w/d), vor Ort München",
            description="Projekt vor Ort in München-Schwabing, fünf Tage die Woche.",
        ),
    ),
    C(
        "twenty minutes by bike vs an hour by train, role is five days on site",
        "finance",
        [
            books("finance", "Manchester, UK")(
                "Ottilie Greatorex",
                2,
                "Lives in Chorlton, twenty minutes by bike to Salford Quays.",
            ),
            books("finance", "Preston, UK")(
                "Bertram Ackroyd-Lees",
                0,
                "An hour on the train each way is too much - wants to stay local to Preston.",
            ),
        ],
        **job(
            INTERIM_FIN,
            remote_policy="onsite",
            location="Salford, UK",
            description="Interim FP&A cover, five days on site at Salford Quays.",
        ),
    ),
    C(
        "Harrogate to Leeds by train is fine vs won't commute into Leeds",
        "backend",
        [
            books("backend", "Harrogate, UK")(
                "Esmé Rowntree",
                2,
                touches=[ats(60, "harrogate to leeds train 35 mins, fine for 2 days/wk")],
            ),
            books("backend", "Harrogate, UK")(
                "Wilfred Banbury",
                0,
                touches=[ats(60, "no commuting into leeds, parking a nightmare, remote only")],
            ),
        ],
        **job(
            PY_OUTSIDE,
            remote_policy="hybrid",
            location="Leeds, UK",
            offers=["Two days a week at the client's office by Leeds station"],
        ),
    ),
    C(
        "a long drive only if part-week vs nothing said, role is two days on site",
        "manager",
        [
            books("manager", "Swindon, UK")(
                "Aurelia Thornquist",
                2,
                touches=[
                    rang(
                        75,
                        "Would do the M4 into Reading two days a week, not five. Rate 700+.",
                    )
                ],
            ),
            books("manager", "Swindon, UK")("Hector Lusk", 1),
        ],
        **job(
            INTERIM_EM,
            remote_policy="hybrid",
            location="Reading, UK",
            offers=["Two days a week at the client's Reading office"],
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "floor of £650 a day vs £550 is fine, role pays £600",
        "backend",
        [
            books("backend")("Lorcan Hebditch", 0, "Won't go below £650/day outside IR35."),
            books("backend")("Agatha Fennimore", 2, "£550 a day outside is my number."),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "wants $120/hr C2C vs $90/hr, role pays $100",
        "data_eng",
        [
            books("data_eng", "Phoenix, AZ, USA")(
                "Kingsley Ashworth",
                0,
                touches=[ats(30, "rate expectation 120/hr c2c firm, wont budge")],
            ),
            books("data_eng", "Phoenix, AZ, USA")(
                "Mireille Batiste",
                2,
                touches=[ats(30, "rate 90/hr c2c, flexible")],
            ),
        ],
        **job(
            US_REMOTE,
            title="Data Engineer, C2C contract",
            description="Six-month C2C contract at $100/hr.",
        ),
    ),
    C(
        "perm ask of £95k in a £85k-£100k band vs £120k ask",
        "ml",
        [
            books("ml")("Jemima Otterburn", 2, "Going perm, wants around £95k base."),
            books("ml")(
                "Rufus Danvers",
                0,
                "Won't go perm for less than £120k - that's my contract equivalent.",
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Machine Learning Engineer (permanent)",
            salary_min=85_000,
            salary_max=100_000,
            currency="GBP",
        ),
    ),
    C(
        "current rate above band but ask within it vs ask above band",
        "sre",
        [
            books("sre", "Munich, Germany")(
                "Eckhart Vollmer",
                2,
                touches=[
                    ats(
                        35,
                        "Aktuell 110 €/h, würde aber für ein Remote-Projekt auch 90 €/h nehmen.",
                    )
                ],
            ),
            books("sre", "Munich, Germany")(
                "Benedikta Lanz",
                0,
                touches=[ats(35, "Stundensatz mindestens 115 €/h, darunter nicht.")],
            ),
        ],
        **job(
            title="Freelance SRE (m/w/d), remote, 95 €/h",
            description="Remote-Projekt, Stundensatz bis 95 €/h.",
            remote_policy="remote",
            location="Remote (Germany)",
        ),
    ),
    C(
        "interim at £800 a day vs £700 a day, role pays £750",
        "manager",
        [
            books("manager")("Valentine Cheever", 2, "Interim EM work at £700 a day is fine."),
            books("manager")("Horace Dimmock", 0, "Interim floor is £850 a day, no exceptions."),
        ],
        **job(INTERIM_EM, LDN_HYBRID),
    ),
]

# --- 5. work mode and negation ----------------------------------------------------------------

WORK_MODE = [
    C(
        "remote only vs office-lover, 'remote' only in the title",
        "backend",
        [
            books("backend")("Oriel Vasey", 2, "Remote contracts only, no office days."),
            books("backend")(
                "Dunstan Fothergill", 0, "Wants to be on site with the client team every day."
            ),
        ],
        title="Remote Python Contractor, 6 months",
        description="Six-month contract on an ordering platform.",
        location="United Kingdom",
    ),
    C(
        "remote only vs office-lover, on site only in the description",
        "data_eng",
        [
            books("data_eng", "Leeds, UK")(
                "Tabitha Moorcroft",
                0,
                touches=[ats(40, "remote only pls. no site days")],
            ),
            books("data_eng", "Leeds, UK")(
                "Augustus Brierley",
                2,
                touches=[ats(40, "wants to be in an office, sick of the spare room")],
            ),
        ],
        title="Contract Data Engineer, 3 months",
        description="Three-month contract. You will work on site in the client's Leeds office "
        "five days a week.",
        location="Leeds, UK",
    ),
    C(
        "max one office day vs three days fine, role is three days a week",
        "frontend",
        [
            books("frontend", "Dublin, Ireland")(
                "Aisling Mulcahy",
                0,
                touches=[li(20, "One day a week in the office is my max now.")],
            ),
            books("frontend", "Dublin, Ireland")(
                "Ronan Kilbride",
                2,
                touches=[li(20, "Three days in is grand.")],
            ),
        ],
        **job(
            DUBLIN_HYBRID,
            title="Frontend Contractor, 6 months",
            description="React contract, three days a week in the office.",
        ),
    ),
    C(
        "German: nur remote vs gern vor Ort, role is on site",
        "backend",
        [
            books("backend", "Munich, Germany")(
                "Theodor Wimmer",
                0,
                touches=[ats(30, "Nur 100 % remote, kein Vor-Ort-Einsatz.")],
            ),
            books("backend", "Munich, Germany")(
                "Hedwig Obermaier",
                2,
                touches=[ats(30, "Gern vor Ort beim Kunden, wohnt in der Innenstadt.")],
            ),
        ],
        **job(
            MUNICH_ONSITE,
            title="Freiberuflicher Python-Entwickler (m/w/d), 100 % vor Ort",
            description="Projekt in München, fünf Tage die Woche beim Kunden.",
        ),
    ),
]

NEGATIONS = [
    C(
        "'not against inside IR35' vs 'not doing inside', role is inside",
        "backend",
        [
            books("backend")(
                "Lucinda Harcourt",
                2,
                touches=[ats(25, "not against inside IR35 if the rate's right")],
            ),
            books("backend")(
                "Jasper Brightmoor",
                0,
                touches=[ats(25, "not doing inside IR35, full stop")],
            ),
        ],
        **job(PY_INSIDE, UK_REMOTE),
    ),
    C(
        "'the rate wasn't the issue, the travel was' vs 'the rate was the issue', role pays less "
        "but is remote",
        "data_eng",
        [
            books("data_eng")(
                "Gervase Tolley",
                2,
                touches=[
                    rang(
                        90,
                        "Turned down the Aviva contract - the rate wasn't the issue, the travel "
                        "to Norwich was.",
                    )
                ],
            ),
            books("data_eng")(
                "Henrietta Skipworth",
                0,
                touches=[
                    rang(
                        90,
                        "Turned down the Aviva contract - the travel wasn't the issue, the rate "
                        "was: needs £650 a day minimum.",
                    )
                ],
            ),
        ],
        **job(DATA_CONTRACT, UK_REMOTE, offers=["No travel"]),
    ),
    C(
        "'no problem with on-call' vs 'no on-call', role has on-call",
        "sre",
        [
            books("sre", "Denver, CO, USA")(
                "Brooklyn Haverford",
                2,
                touches=[li(30, "No problem with on-call as long as it's paid.")],
            ),
            books("sre", "Denver, CO, USA")(
                "Emmett Sandoval",
                0,
                touches=[li(30, "No on-call. That's a dealbreaker for me.")],
            ),
        ],
        **job(
            US_REMOTE,
            title="Contract SRE, 1099",
            description="Six-month 1099 contract with a paid on-call rotation one week in four.",
        ),
    ),
]

# --- 6. location, level, stage and size, mission, technology ---------------------------------

LOCATIONS = [
    C(
        "relocating to Dublin in January vs staying put in Galway, role on site in Dublin",
        "backend",
        [
            books("backend", "Galway, Ireland")(
                "Ciara Hennessy",
                2,
                touches=[
                    mail(30, "We're moving to Dublin in January - rented a place in Rathmines.")
                ],
            ),
            books("backend", "Galway, Ireland")(
                "Padraig Kerrigan",
                0,
                touches=[mail(30, "Staying in Galway, not relocating for any contract.")],
            ),
        ],
        **job(
            title="Python Contractor, on site in Dublin",
            description="Twelve-month contract, on site in Dublin 2.",
            remote_policy="onsite",
            location="Dublin, Ireland",
        ),
    ),
    C(
        "will relocate to Frankfurt for a long contract vs won't leave Hamburg",
        "data_eng",
        [
            books("data_eng", "Hamburg, Germany")(
                "Jorinde Petersen",
                2,
                "Würde für ein Projekt ab 12 Monaten nach Frankfurt umziehen.",
            ),
            books("data_eng", "Hamburg, Germany")(
                "Malte Hinrichsen",
                0,
                "Bleibt in Hamburg, kein Umzug, keine Wochenendpendelei.",
            ),
        ],
        **job(
            title="Freelance Data Engineer (m/w/d), 12 Monate, vor Ort Frankfurt",
            description="Zwölf Monate Projekt bei einer Bank, vor Ort in Frankfurt.",
            remote_policy="onsite",
            location="Frankfurt am Main, Germany",
        ),
    ),
    C(
        "US: moving to Austin vs staying in Boston, role on site in Austin",
        "frontend",
        [
            books("frontend", "Boston, MA, USA")(
                "Savannah Pritchard",
                2,
                touches=[li(45, "Relocating to Austin in December, looking for work there.")],
            ),
            books("frontend", "Boston, MA, USA")(
                "Thatcher Boyle",
                0,
                touches=[li(45, "Boston only, not moving.")],
            ),
        ],
        **job(
            title="Frontend Developer, W-2 contract, on site in Austin",
            description="Twelve-month W-2 contract, on site in Austin, TX.",
            remote_policy="onsite",
            location="Austin, TX, USA",
        ),
    ),
]

LEVEL = [
    C(
        "wants to lead a team again vs hands-on only, role is interim EM",
        "manager",
        [
            books("manager")(
                "Ingrid Castleford",
                2,
                touches=[rang(50, "Keen to manage again - misses running a team.")],
            ),
            books("manager")(
                "Barnabas Whitcombe-Lee",
                0,
                touches=[rang(50, "Wants to stay hands-on, no line management, no more 1:1s.")],
            ),
        ],
        **job(INTERIM_EM, LDN_HYBRID),
    ),
    C(
        "hands-on IC contract wanted vs wants a lead title, role is IC",
        "backend",
        [
            books("backend")(
                "Tarquin Oldroyd", 2, "Wants a heads-down IC contract, no people stuff."
            ),
            books("backend")("Philomena Aske", 1, "Wants a tech lead role with a team of her own."),
        ],
        **job(
            PY_OUTSIDE, UK_REMOTE, description="Individual contributor contract, no line reports."
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a scale-up vs wants big-bank stability, role is a 40-person Series A",
        "data_eng",
        [
            books("data_eng")("Emrys Vaughan", 2, "Wants a small scale-up after years at banks."),
            books("data_eng")(
                "Constance Wray",
                0,
                "Only large, established clients - no startups after the last one folded owing "
                "her two invoices.",
            ),
        ],
        **job(
            DATA_CONTRACT,
            UK_REMOTE,
            description="Three-month contract with a 40-person Series A fintech.",
        ),
    ),
    C(
        "wants a big consultancy client vs wants startups, role is a FTSE 100 bank",
        "backend",
        [
            books("backend")(
                "Sebastian Threlfall", 2, "Prefers big corporate clients, steady long extensions."
            ),
            books("backend")("Araminta Coke", 1, "Enjoys early-stage startups, chaos and all."),
        ],
        **job(
            PY_INSIDE,
            LDN_HYBRID,
            description="Twelve-month contract with a FTSE 100 bank, 80,000 staff, inside IR35.",
        ),
    ),
]

MISSION = [
    C(
        "won't work in defence vs no view, role is a defence prime",
        "backend",
        [
            books("backend", "Bristol, UK")(
                "Rosamund Fitch", 0, "No defence or weapons clients, ever."
            ),
            books("backend", "Bristol, UK")("Leofric Danby", 1),
        ],
        **job(
            BRISTOL_ONSITE,
            title="Python Contractor, defence programme",
            description="Contract for a defence prime's missile-systems software, SC required.",
        ),
    ),
    C(
        "wants public-sector work vs refuses government clients, role is HMRC",
        "data_eng",
        [
            books("data_eng", "Newcastle upon Tyne, UK")(
                "Edwina Corbishley",
                2,
                touches=[
                    ats(40, "wants public sector - likes the idea of work that matters to ppl")
                ],
            ),
            books("data_eng", "Newcastle upon Tyne, UK")(
                "Reginald Stobart",
                0,
                touches=[ats(40, "no gov / public sector, too slow, too much red tape")],
            ),
        ],
        **job(
            UK_REMOTE,
            title="Contract Data Engineer, HMRC, inside IR35",
            description="Six-month inside IR35 contract on HMRC's tax data platform.",
        ),
    ),
    C(
        "refuses gambling vs wants gaming-adjacent work, role is a sportsbook",
        "frontend",
        [
            books("frontend", "Manchester, UK")(
                "Jacinta Heeley",
                0,
                touches=[msg(35, "no betting companies pls, lost my uncle to it")],
            ),
            books("frontend", "Manchester, UK")(
                "Dermot Sayle",
                2,
                touches=[msg(35, "sports betting is fine, love the live odds stuff")],
            ),
        ],
        **job(
            MCR_HYBRID,
            title="React Contractor, sportsbook",
            description="Contract on an online sportsbook's live betting web app.",
        ),
    ),
    C(
        "wants climate work vs indifferent, role is a grid-battery startup",
        "ml",
        [
            books("ml")(
                "Xanthe Goodbody",
                2,
                "Wants her next contract to be on climate or energy transition.",
            ),
            books("ml")("Alistair Pumphrey", 1, "Happy with any industry if the rate is right."),
        ],
        **job(
            UK_REMOTE,
            title="Contract ML Engineer, grid storage",
            description="Forecasting models for a grid-scale battery startup cutting carbon.",
        ),
    ),
    C(
        "refuses oil and gas vs no view, role is a North Sea operator",
        "data_eng",
        [
            books("data_eng", "Aberdeen, UK")(
                "Ishbel Cruickshank",
                0,
                touches=[rang(60, "Left oil and gas for good - won't go back to an operator.")],
            ),
            books("data_eng", "Aberdeen, UK")("Murdo Sinclair", 1),
        ],
        **job(
            title="Contract Data Engineer, North Sea operator",
            description="Six-month contract for an oil and gas operator's production data.",
            remote_policy="hybrid",
            location="Aberdeen, UK",
        ),
    ),
    C(
        "refuses crypto vs likes fintech, role is a regulated bank not crypto",
        "backend",
        [
            books("backend")(
                "Cordelia Greywhistle",
                2,
                touches=[li(50, "Anything but crypto. Regulated banking is fine.")],
            ),
            books("backend")(
                "Zachariah Brill",
                1,
                touches=[li(50, "Only interested in web3 and crypto exchanges now.")],
            ),
        ],
        **job(
            PY_OUTSIDE,
            LDN_HYBRID,
            description="Contract for an FCA-regulated high-street bank's payments platform.",
        ),
    ),
    C(
        "wants the NHS vs refuses healthcare, role is an NHS trust",
        "data_eng",
        [
            books("data_eng", "Leeds, UK")(
                "Marjorie Pindlebury",
                2,
                "Wants an NHS contract - her mum's care made her want to give something back.",
            ),
            books("data_eng", "Leeds, UK")(
                "Percival Yeadon",
                0,
                "Not doing NHS contracts again - the inside IR35 rates and the politics.",
            ),
        ],
        **job(
            UK_REMOTE,
            title="Contract Data Engineer, NHS trust",
            description="Six-month contract for an NHS trust's patient-flow data platform.",
        ),
    ),
    C(
        "US: no tobacco clients vs open, role is a vape and tobacco firm",
        "sales",
        [
            books("sales", "Charlotte, NC, USA")(
                "Dahlia Merriweather", 0, "I won't sell for tobacco or vape companies."
            ),
            books("sales", "Charlotte, NC, USA")("Beau Callahan", 1),
        ],
        **job(
            US_REMOTE,
            title="Contract Account Executive, 6 months",
            description="Six-month W-2 contract selling for a tobacco and vaping company.",
        ),
    ),
    C(
        "German: keine Rüstung vs wants mission-driven, role is a Rüstungskonzern",
        "sre",
        [
            books("sre", "Munich, Germany")(
                "Gundula Pfisterer", 0, "Keine Projekte in der Rüstungsindustrie."
            ),
            books("sre", "Munich, Germany")("Kilian Eberhardt", 1),
        ],
        **job(
            MUNICH_ONSITE,
            title="Freelance Platform Engineer (m/w/d), Rüstung",
            description="Projekt bei einem Rüstungskonzern in Ottobrunn, Sicherheitsüberprüfung.",
        ),
    ),
    C(
        "refused defence but cyber for the NHS is fine vs refuses all security work",
        "backend",
        [
            books("backend")(
                "Peregrine Holtby",
                2,
                touches=[
                    ats(
                        30,
                        "no defence / weapons. civilian cyber is fine e.g. health or charities",
                    )
                ],
            ),
            books("backend")(
                "Winifred Catesby",
                0,
                touches=[ats(30, "no security or surveillance work of any kind")],
            ),
        ],
        **job(
            PY_OUTSIDE,
            UK_REMOTE,
            description="Contract building threat-detection services for NHS hospitals.",
        ),
    ),
]

TECH = [
    C(
        "wants to get away from Java into Python vs wants Java, role is Python",
        "backend",
        [
            books("backend")("Ansel Drury", 2, "Sick of Java, wants a Python contract."),
            books("backend")("Maude Kitteridge", 0, "Only Java / Spring contracts from now on."),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "refuses Azure vs wants GCP, role is GCP",
        "sre",
        [
            books("sre")("Hamish Calder", 2, "GCP please, wants to get deeper into GKE."),
            books("sre")("Lettice Norreys", 1, "Wants Azure work to finish her certs."),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
]

# --- 7. last time's reason, the history with us, the latest process ---------------------------

PAST_INSIDE = dict(remote_policy="hybrid", location="London, UK")
PAST_ONSITE_LEEDS = dict(remote_policy="onsite", location="Leeds, UK")

LAST_TIME = [
    C(
        "turned down an inside IR35 role; this one is outside vs no history",
        "backend",
        [
            books("backend")(
                "Gregor Macintyre",
                2,
                apps=[declined(200, "other", "Inside IR35 - he only works outside.", PAST_INSIDE)],
            ),
            books("backend")("Leander Foulkes", 1),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "turned down an inside IR35 role; this one is inside again vs no history",
        "backend",
        [
            books("backend")(
                "Sylvester Oakshott",
                0,
                apps=[
                    declined(150, "other", "Declined: inside IR35, won't do umbrella.", PAST_INSIDE)
                ],
            ),
            books("backend")("Marianne Toller", 2),
        ],
        **job(PY_INSIDE, LDN_HYBRID),
    ),
    C(
        "the rate was too low last time; this one pays more vs no history",
        "data_eng",
        [
            books("data_eng")(
                "Caradoc Penry",
                2,
                apps=[declined(220, "compensation", "Client capped at £450/day; he wanted £525.")],
            ),
            books("data_eng")("Honoria Staithes", 1),
        ],
        **job(DATA_CONTRACT, UK_REMOTE),
    ),
    C(
        "the rate was too low last time; this one pays the same low rate",
        "data_eng",
        [
            books("data_eng")(
                "Aldous Wetherell",
                0,
                apps=[declined(120, "compensation", "Client capped at £450/day; he wanted £525.")],
            ),
            books("data_eng")("Jessamine Croft", 2),
        ],
        **job(
            UK_REMOTE,
            title="Contract Data Engineer, 3 months",
            description="Three-month contract at £450 a day.",
            offers=["£450/day outside IR35"],
        ),
    ),
    C(
        "pulled out over five days on site in Leeds; this role is remote vs no history",
        "sre",
        [
            books("sre", "York, UK")(
                "Rosalind Eccleston",
                2,
                apps=[
                    withdrew(
                        180,
                        "remote_policy",
                        "Five days on site in Leeds was too much.",
                        PAST_ONSITE_LEEDS,
                    )
                ],
            ),
            books("sre", "York, UK")("Ebenezer Tate", 1),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
    C(
        "pulled out over five days on site in Leeds; this role is on site in Leeds too",
        "sre",
        [
            books("sre", "York, UK")(
                "Gwendolen Kirkhallam",
                0,
                apps=[
                    withdrew(
                        180,
                        "remote_policy",
                        "Five days on site in Leeds was too much.",
                        PAST_ONSITE_LEEDS,
                    )
                ],
            ),
            books("sre", "York, UK")("Osric Pennington", 2),
        ],
        **job(
            SRE_CONTRACT,
            remote_policy="onsite",
            location="Leeds, UK",
            offers=["Five days a week on site in Leeds"],
        ),
    ),
    C(
        "declined perm because she wanted contract; this one is contract vs no history",
        "frontend",
        [
            books("frontend")(
                "Felicity Hardcastle",
                2,
                apps=[
                    declined(
                        140,
                        "other",
                        "Offered perm; she only wants contracts.",
                        role="Frontend Engineer (perm)",
                    )
                ],
            ),
            books("frontend")("Norbert Sallis", 1),
        ],
        **job(
            LDN_HYBRID,
            title="React Contractor, 6 months, outside IR35",
            description="Six-month React contract, outside IR35, £575 a day.",
        ),
    ),
    C(
        "needed sponsorship last time; since granted ILR vs still needs sponsorship",
        "ml",
        [
            books("ml")(
                "Adaeze Obi",
                2,
                "Got ILR in September - no sponsorship needed any more.",
                apps=[
                    withdrew(300, "other", "Needed Skilled Worker sponsorship; client couldn't.")
                ],
            ),
            books("ml")(
                "Rashmi Iyengar",
                0,
                apps=[
                    withdrew(200, "other", "Needed Skilled Worker sponsorship; client couldn't.")
                ],
            ),
        ],
        **job(
            UK_REMOTE,
            title="Contract ML Engineer, 6 months",
            description="Six-month contract; no visa sponsorship available.",
        ),
    ),
    C(
        "travel was the blocker last time; still no travel and this role travels",
        "cs",
        [
            books("cs", "Belfast, UK")(
                "Aoibheann McCartan",
                0,
                apps=[
                    withdrew(
                        90,
                        "other",
                        "Didn't want the weekly flights to London.",
                        role="CSM contract",
                    )
                ],
            ),
            books("cs", "Belfast, UK")("Colm Donnelly", 2),
        ],
        **job(
            remote_policy="remote",
            location="Remote (UK)",
            title="Customer Success Manager, contract",
            description="Remote contract with a flight to the London office every week.",
            offers=["Weekly flights to London, expensed"],
        ),
    ),
    C(
        "German: turned down because of ANÜ; this one is freelance vs no history",
        "data_eng",
        [
            books("data_eng", "Frankfurt am Main, Germany")(
                "Burkhard Wolkenhauer",
                2,
                apps=[
                    declined(
                        160,
                        "other",
                        "Abgesagt: wollte keine Arbeitnehmerüberlassung, nur freiberuflich.",
                        role="Data Engineer (ANÜ)",
                    )
                ],
            ),
            books("data_eng", "Frankfurt am Main, Germany")("Elfriede Saalfeld", 1),
        ],
        **job(
            FFM_HYBRID,
            title="Freelance Data Engineer (m/w/d), 6 Monate",
            description="Freiberufliches Projekt, keine Arbeitnehmerüberlassung.",
        ),
    ),
]

HISTORY = [
    C(
        "reached the client's final round last month vs a CV never sent",
        "backend",
        [
            books("backend")(
                "Ignatia Bellamy",
                2,
                apps=[lost_final(30, "Client loved her; lost to an internal hire by a nose.")],
            ),
            books("backend")(
                "Rupert Gissing",
                1,
                touches=[ats(30, "cv reviewed, not sent - client paused the req")],
            ),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "walked off a client site mid-contract vs finished every contract",
        "sre",
        [
            books("sre")(
                "Dashiell Crowe",
                0,
                touches=[
                    hm(
                        120,
                        "HM: he walked off site in week 3 without notice, left us mid-migration. "
                        "Would not use again.",
                    )
                ],
            ),
            books("sre")(
                "Tamsin Penhalwyn",
                2,
                touches=[
                    hm(120, "HM: delivered the migration on time, extended twice, would rehire.")
                ],
            ),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "outside only, then fine with inside (latest) vs inside, then outside only (latest)",
        "backend",
        [
            books("backend")(
                "Evelina Strachan",
                2,
                touches=[
                    ats(200, "outside IR35 only"),
                    mail(20, "Changed my mind - I've joined an umbrella, inside IR35 is fine now."),
                ],
            ),
            books("backend")(
                "Magnus Thorburn",
                0,
                touches=[
                    ats(200, "inside is fine, has umbrella"),
                    mail(20, "Update: set up a Ltd co, outside IR35 only from now on."),
                ],
            ),
        ],
        **job(PY_INSIDE, UK_REMOTE),
    ),
    C(
        "opted out, then asked back in vs keen, then opted out (latest)",
        "data_eng",
        [
            books("data_eng")(
                "Oonagh Delaney",
                2,
                touches=[
                    msg(300, "stop contacting me - Oonagh"),
                    li(
                        15,
                        "Hi, I told you to stop a while back but I'm looking again - please send "
                        "contracts my way.",
                    ),
                ],
            ),
            books("data_eng")(
                "Fitzroy Abernethy",
                0,
                touches=[
                    li(300, "Yes please keep me posted on data contracts!"),
                    mail(
                        15,
                        "Please remove me from your database and don't contact me again. Fitzroy",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(DATA_CONTRACT, UK_REMOTE),
    ),
    C(
        "remote only, then hybrid ok, then remote only again vs the reverse",
        "frontend",
        [
            books("frontend", "Manchester, UK")(
                "Philippa Garside-Rook",
                0,
                touches=[
                    ats(300, "remote only (Philippa)"),
                    rang(150, "will do 2 days in MCR now, kids at school"),
                    msg(10, "sorry - back to remote only, childcare fell through"),
                ],
            ),
            books("frontend", "Manchester, UK")(
                "Gideon Sowerby",
                2,
                touches=[
                    ats(300, "2 days in ok"),
                    rang(150, "remote only now"),
                    msg(10, "new flat is 10 mins from MediaCity - happy with 2 days in again"),
                ],
            ),
        ],
        **job(
            MCR_HYBRID,
            title="Frontend Contractor, 6 months",
            description="React contract, two days a week in MediaCity.",
        ),
    ),
    C(
        "no travel, then travel fine (latest) vs travel fine, then none (latest)",
        "manager",
        [
            books("manager")(
                "Clemency Ravenhill",
                2,
                touches=[
                    rang(250, "no overnights - small kids"),
                    mail(
                        25,
                        "Kids are older now and my husband's home - overnights in Frankfurt are "
                        "fine.",
                    ),
                ],
            ),
            books("manager")(
                "Orlando Peverell",
                0,
                touches=[
                    rang(250, "happy to travel anywhere"),
                    mail(25, "Dad's unwell, so no overnight travel for the foreseeable."),
                ],
            ),
        ],
        **job(
            LDN_HYBRID,
            title="Interim Engineering Manager, 6 months",
            description="Interim EM with two overnight trips a month to the Frankfurt office.",
            offers=["£750/day"],
        ),
    ),
    C(
        "perm only, then contract ok (latest) vs contract ok, then perm only (latest)",
        "sre",
        [
            books("sre")(
                "Isadora Quennell",
                2,
                touches=[
                    li(280, "Only perm roles please."),
                    rang(12, "Perm search going nowhere - now open to a 6-month contract."),
                ],
            ),
            books("sre")(
                "Lancelot Bywater",
                0,
                touches=[
                    li(280, "Contracts are fine."),
                    rang(12, "Accepted he wants perm now - mortgage application, no contracts."),
                ],
            ),
        ],
        **job(SRE_CONTRACT, UK_REMOTE),
    ),
    C(
        "rate dropped to fit (latest) vs rate raised above band (latest)",
        "backend",
        [
            books("backend")(
                "Temperance Loxley",
                2,
                touches=[ats(180, "rate 700 o/s min"), ats(14, "rate now 575 o/s, market's quiet")],
            ),
            books("backend")(
                "Bartholomew Greig",
                0,
                touches=[
                    ats(180, "rate 550 o/s"),
                    ats(14, "rate now 725 o/s min, has other offers"),
                ],
            ),
        ],
        **job(PY_OUTSIDE, UK_REMOTE),
    ),
    C(
        "no defence, then SC defence fine (latest) vs fine, then no defence (latest)",
        "backend",
        [
            books("backend", "Bristol, UK")(
                "Hyacinth Mowbray",
                2,
                touches=[
                    ats(300, "no defence"),
                    mail(30, "I've thought again - defence work is fine for me now, SC is active."),
                ],
            ),
            books("backend", "Bristol, UK")(
                "Silas Thackray",
                0,
                touches=[
                    ats(300, "defence fine, SC held"),
                    mail(30, "After the last programme I've decided no more defence work."),
                ],
            ),
        ],
        **job(
            BRISTOL_ONSITE,
            title="Python Contractor, defence programme",
            description="Contract for a defence prime's avionics software, SC required.",
        ),
    ),
    C(
        "German: erst nicht umziehen, dann doch vs the reverse",
        "data_eng",
        [
            books("data_eng", "Leipzig, Germany")(
                "Heike Brandenburg",
                2,
                touches=[
                    ats(260, "Kein Umzug nach Frankfurt."),
                    mail(18, "Wir ziehen im Januar nach Frankfurt - ich suche dort ein Projekt."),
                ],
            ),
            books("data_eng", "Leipzig, Germany")(
                "Torsten Eilers",
                0,
                touches=[
                    ats(260, "Umzug nach Frankfurt denkbar."),
                    mail(18, "Umzug ist vom Tisch, ich bleibe in Leipzig."),
                ],
            ),
        ],
        **job(
            title="Freelance Data Engineer (m/w/d), vor Ort Frankfurt",
            description="Zwölf Monate vor Ort in Frankfurt.",
            remote_policy="onsite",
            location="Frankfurt am Main, Germany",
        ),
    ),
    C(
        "needs sponsorship, then got a green card (latest) vs citizen who never needed it",
        "data_eng",
        [
            books("data_eng", "Seattle, WA, USA")(
                "Nirmala Raghavan",
                2,
                touches=[
                    li(300, "I'll need H-1B sponsorship."),
                    li(20, "Green card approved last month! No sponsorship needed now."),
                ],
            ),
            books("data_eng", "Seattle, WA, USA")(
                "Vikram Annadurai",
                0,
                touches=[
                    li(300, "No sponsorship needed, I'm on an EAD."),
                    li(20, "My EAD lapsed - I'll need sponsorship for any role now."),
                ],
            ),
        ],
        **job(
            US_REMOTE,
            title="Data Engineer, 6-month contract",
            description="Six-month contract; no visa sponsorship or transfers.",
        ),
    ),
    C(
        "commute refused, then moved nearer (latest) vs nearer, then moved away (latest)",
        "backend",
        [
            books("backend", "London, UK")(
                "Lavender Cottrell",
                2,
                touches=[
                    ats(240, "won't do Cambridge to London daily"),
                    mail(
                        16, "Moved to Stratford last month - 2 days in Canary Wharf is 15 mins now."
                    ),
                ],
            ),
            books("backend", "Norwich, UK")(
                "Ptolemy Ashburner",
                0,
                touches=[
                    ats(240, "lives Bow, any London office fine"),
                    mail(16, "We've moved out to Norfolk - can't commute to London at all now."),
                ],
            ),
        ],
        **job(PY_OUTSIDE, LDN_HYBRID),
    ),
]

HELDOUT74_CASES: list[Case] = [
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
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# last time's reason, resolved or still standing, is the file's LAST_TIME list, and the history
# with us its HISTORY.
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
