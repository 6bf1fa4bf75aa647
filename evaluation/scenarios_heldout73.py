"""Held-out rediscovery cases, seventy-third set: a Central and Eastern European staffing
desk's own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It is measured and reported on its own line and never tuned to what Encore does. The
recruiters are agency coordinators and IT-outsourcing recruiters in Poznań, Wrocław, Kraków,
Ostrava, Venlo and Northampton who place Poles, Ukrainians, Romanians, Moldovans and Czechs in
warehouses, car-parts and food plants, on building sites, behind the wheel of C+E trucks and in
outsourced software teams, in Poland, Czechia, Germany, the Netherlands and the UK. Their voice:
coordinators' terse ATS lines with typos ("cand", "tel. nieodebr.", "UDT ok", "zakwat. zapewn."),
Viber, Telegram and WhatsApp messages in lower case, LinkedIn replies, candidates' emails and a
few formal letters, call notes translated on the fly, and long rambling hand-overs where one line
decides. The world in them: Karta Pobytu and free labour-market access, PESEL UKR and temporary
protection, the EU Blue Card, UK settled and pre-settled status and share codes, posted-worker
contracts with A1 certificates and per diems, umowa o pracę against zlecenie against B2B,
accommodation provided or not, shuttle buses from the station at 5 a.m., night shifts and the
November-to-January peak, money sent home, Orthodox Christmas on 7 January and Orthodox Easter.
Some lines are in Polish, Ukrainian, Romanian and Czech.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (Viber, Telegram, WhatsApp, LinkedIn, email, a RODO /
   GDPR erasure, an objection under Article 21, a coordinator's DNC, a "no thanks" to our opt-out
   line; in Polish, Ukrainian, Romanian and Czech): never shown; beside each a scoped stop that is
   no opt-out (no calls at work, Telegram not Viber, not that client, newsletter only, a new
   number, email not phone, LinkedIn not email, no night-shift offers, a brother's number, no
   more building sites, feedback owed first, "no thanks to this one");
2. waits counted from the day said, each against a twin whose wait has run out: a Polish notice
   period, Orthodox Christmas, peak season at a DC, "six weeks", the end of Q1 on a posting,
   Orthodox Easter in Romanian, a First Communion, a ski season, a permit decision, Czech "after
   New Year", a Ukrainian "two months", a posting to 31 January, "not before March"; and notes
   full of dates that ask for no wait;
3. schedule, travel, visa and right to work, contract type, commute (named towns, trains,
   shuttle routes, a bridge over the Neisse, minutes, no car);
4. pay against the band (PLN gross a month, CZK, euros an hour, pounds an hour, B2B PLN an hour,
   a day rate, a current pay above the band with a lower ask);
5. work mode in the title only, the description only, hybrid days, in Polish; negation and scope;
6. location and relocation, managing against hands-on, company stage and size, industries and
   missions wanted or refused (arms, meat, betting, tobacco, alcohol, fast fashion, renewables,
   firms still trading in Russia, civil against military aviation), technology wanted or refused;
7. last time's reason resolved by this role or still standing, the history with us, the latest
   process;
8. several notes over time where the latest word counts (minds changed once and twice, in
   motivations, calls, texts and emails of different dates).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""
# ruff: noqa: E501

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FORKLIFT = dict(
    current_title="Warehouse Operative (Forklift)",
    skills=["UDT forklift licence", "Reach truck", "WMS scanners", "Picking and loading"],
    years_experience=6,
    resume_text=(
        "Six years in distribution centres in Poland and the Netherlands: counterbalance and "
        "reach-truck driving on a UDT licence, loading trailers, RF scanning in a WMS, "
        "picking to 150% of norm in peak and stock counts."
    ),
)
OPERATOR = dict(
    current_title="Production Operator (CNC)",
    skills=["CNC machine operation", "Quality control", "5S", "Assembly line"],
    years_experience=5,
    resume_text=(
        "Five years on automotive parts lines in Czechia and Poland: setting and running CNC "
        "lathes, first-piece and in-process quality checks with callipers, 5S and three-shift work."
    ),
)
DRIVER = dict(
    current_title="HGV Driver C+E",
    skills=["C+E licence", "Code 95", "Digital tachograph", "ADR"],
    years_experience=9,
    resume_text=(
        "C+E driver for nine years: international curtain-sider and reefer routes across the EU, "
        "digital tachograph and driving-time rules, ADR for packaged goods, CMR paperwork."
    ),
)
CARPENTER = dict(
    current_title="Formwork Carpenter",
    skills=["Formwork systems", "Reading drawings", "Concrete works", "Working at height"],
    years_experience=8,
    resume_text=(
        "Formwork carpenter, eight years on residential and infrastructure sites in Poland and "
        "Germany: PERI and Doka systems, slabs, walls and columns, reading drawings, setting out."
    ),
)
WELDER = dict(
    current_title="MIG/MAG Welder",
    skills=["MIG/MAG welding", "TIG welding", "EN ISO 9606-1", "Technical drawings"],
    years_experience=7,
    resume_text=(
        "Welder with EN ISO 9606-1 certificates, seven years on steel structures and trailer "
        "chassis: MAG 135 in all positions, some TIG on stainless, reading welding drawings."
    ),
)
OUTSOURCED_DEV = dict(
    resume_text=(
        "Seven years in IT outsourcing houses in Kraków and Lviv: Python services in Django and "
        "FastAPI on PostgreSQL and AWS, Kafka pipelines for a German retail client, and on-call "
        "for a payments platform."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Poznań, Poland"):
    """People of one kind in the agency's database: one profile and persona, living in
    ``where`` unless a case says otherwise (``location=`` on the person wins)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def lifts(where="Poznań, Poland"):
    return pool("backend", FORKLIFT, where)


def line(where="Ostrava, Czechia"):
    return pool("backend", OPERATOR, where)


def truck(where="Łódź, Poland"):
    return pool("backend", DRIVER, where)


def site(where="Wrocław, Poland"):
    return pool("backend", CARPENTER, where)


def torch(where="Gliwice, Poland"):
    return pool("backend", WELDER, where)


def dev(where="Kraków, Poland", profile="backend"):
    return pool(profile, OUTSOURCED_DEV if profile == "backend" else None, where)


# --- who wrote what -------------------------------------------------------------------------


def call(days, words) -> dict:
    """A coordinator's call note, often translated on the fly."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS by a coordinator or recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def msg(days, words) -> dict:
    """The candidate's Viber, Telegram or WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def linkedin(days, words) -> dict:
    """The candidate's reply on LinkedIn."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def lost_final(days, note=None, *, role="Warehouse Operative") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Warehouse Operative") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Warehouse Operative"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

DC_JOB = dict(
    title="Warehouse Operative – Forklift (UDT)",
    department="Logistics",
    seniority="mid",
    requirements="UDT forklift licence\nReach truck\nWMS scanners\nLoading trailers",
    description="Move, put away and load pallets in a grocery distribution centre.",
)
LINE_JOB = dict(
    title="Production Operator – CNC",
    department="Production",
    seniority="mid",
    requirements="CNC machine operation\nQuality checks with measuring tools\n5S\nShift work",
    description="Run and set CNC lathes on an automotive parts line.",
)
DRIVE_JOB = dict(
    title="HGV Driver C+E",
    department="Transport",
    seniority="mid",
    requirements="C+E licence\nCode 95\nDigital tachograph card\nADR desirable",
    description="Drive a tractor unit with curtain-sider for a logistics client.",
)
FORMWORK_JOB = dict(
    title="Formwork Carpenter",
    department="Construction",
    seniority="mid",
    requirements="Formwork systems (PERI, Doka)\nReading drawings\nConcrete works\nWorking at height",
    description="Formwork for slabs, walls and columns on a residential block.",
)
WELD_JOB = dict(
    title="Welder MIG/MAG",
    department="Fabrication",
    seniority="mid",
    requirements="MIG/MAG welding\nEN ISO 9606-1 certificate\nReading welding drawings",
    description="Weld steel structures and chassis parts in a fabrication hall.",
)

# --- where and how they are worked ----------------------------------------------------------

POZNAN = dict(remote_policy="onsite", location="Poznań, Poland")
STRYKOW = dict(remote_policy="onsite", location="Stryków, Poland")
WROCLAW = dict(remote_policy="onsite", location="Wrocław, Poland")
GLIWICE = dict(remote_policy="onsite", location="Gliwice, Poland")
VENLO = dict(remote_policy="onsite", location="Venlo, Netherlands")
TILBURG = dict(remote_policy="onsite", location="Tilburg, Netherlands")
ROTTERDAM = dict(remote_policy="onsite", location="Rotterdam, Netherlands")
OSTRAVA = dict(remote_policy="onsite", location="Ostrava, Czechia")
PLZEN = dict(remote_policy="onsite", location="Plzeň, Czechia")
PRAGUE_ZLICIN = dict(remote_policy="onsite", location="Prague, Czechia")
LEIPZIG = dict(remote_policy="onsite", location="Leipzig, Germany")
GORLITZ = dict(remote_policy="onsite", location="Görlitz, Germany")
BERLIN = dict(remote_policy="onsite", location="Berlin, Germany")
NORTHAMPTON = dict(remote_policy="onsite", location="Northampton, UK")
PETERBOROUGH = dict(remote_policy="onsite", location="Peterborough, UK")
KRAKOW_HYBRID = dict(
    remote_policy="hybrid",
    location="Kraków, Poland",
    offers=["Hybrid: two days a week in our Zabłocie office"],
)
WARSAW_HYBRID3 = dict(
    remote_policy="hybrid",
    location="Warsaw, Poland",
    offers=["Hybrid: three days a week in the Mokotów office"],
)
PL_REMOTE = dict(remote_policy="remote", location="Remote (Poland)")
CLUJ_HYBRID = dict(
    remote_policy="hybrid",
    location="Cluj-Napoca, Romania",
    offers=["Hybrid: two days a week in our Cluj office"],
)
PLN_DC = dict(salary_min=76_800, salary_max=86_400, currency="PLN")  # 6 400–7 200 gross a month
NL_HOURLY = dict(salary_min=31_000, salary_max=33_500, currency="EUR")  # about €15.50 an hour
HOUSED = "Accommodation provided: shared house, two to a room, €110 a week deducted"


# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "Polish Viber: delete my number, never write vs Polish: no calls during my shift",
        "backend",
        [
            lifts()(
                "Zbigniew Kołodziejczyk",
                0,
                touches=[
                    msg(
                        40,
                        "Proszę usunąć mój numer i więcej do mnie nie pisać. Nie jestem zainteresowany żadną pracą od Was.",
                    )
                ],
                excluded=True,
            ),
            lifts()(
                "Radosław Wilczek",
                2,
                touches=[
                    msg(
                        40,
                        "prosze nie dzwonic jak jestem na zmianie 6-14, sms albo viber po 15 jest ok",
                    )
                ],
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "Ukrainian Telegram: don't write to me any more vs Telegram only, not Viber",
        "backend",
        [
            line()(
                "Oksana Zhovtobriukh",
                0,
                touches=[
                    msg(
                        55,
                        "Більше мені не пишіть, будь ласка. Я не шукаю роботу через агенції і не хочу отримувати пропозицій.",
                    )
                ],
                excluded=True,
            ),
            line()(
                "Tetiana Kovalchuk",
                2,
                touches=[
                    msg(
                        55, "Пишіть мені тільки в Telegram, Viber я видалила. Пропозиції цікавлять."
                    )
                ],
            ),
        ],
        **role(LINE_JOB, OSTRAVA),
    ),
    C(
        "Romanian WhatsApp: erase me and never contact vs not that Tilburg client again",
        "backend",
        [
            lifts("Venlo, Netherlands")(
                "Florin Vâlceleanu",
                0,
                touches=[
                    msg(
                        30,
                        "Vă rog să mă ștergeți din baza de date și să nu mă mai contactați niciodată.",
                    )
                ],
                excluded=True,
            ),
            lifts("Venlo, Netherlands")(
                "Marius Constantinescu",
                2,
                touches=[
                    msg(
                        30,
                        "Nu mai vreau oferte pentru clientul din Tilburg, acolo a fost haos. În rest sunt deschis, trimiteți ce aveți în Venlo.",
                    )
                ],
            ),
        ],
        **role(DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED]),
    ),
    C(
        "RODO erasure logged by a coordinator vs off the newsletter only",
        "backend",
        [
            lifts("Stryków, Poland")(
                "Dariusz Pawlak",
                0,
                touches=[
                    ats(
                        25,
                        "cand zadzwonil - zadanie usuniecia danych (RODO art.17). nie kontaktowac, usunac z kampanii sms i maili. przekazane do IOD",
                    )
                ],
                excluded=True,
            ),
            lifts("Stryków, Poland")(
                "Sebastian Grzelak",
                2,
                touches=[
                    ats(
                        25,
                        "cand prosi o wypisanie z newslettera tygodniowego (za duzo maili) - oferty pracy indywidualnie dalej chetnie przyjmie",
                    )
                ],
            ),
        ],
        **role(DC_JOB, STRYKOW, **PLN_DC),
    ),
    C(
        "a formal Article 21 objection vs a formal note of new contact details",
        "data_eng",
        [
            dev("Wrocław, Poland", "data_eng")(
                "Bohdan Savchuk",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Sir or Madam, I hereby object under Article 21 GDPR to any further processing of my personal data for recruitment purposes. Please do not contact me again by any channel. Yours faithfully, B. Savchuk",
                    )
                ],
                excluded=True,
            ),
            dev("Wrocław, Poland", "data_eng")(
                "Yaroslav Melnyk",
                2,
                touches=[
                    mail(
                        60,
                        "Dear Ms Nowak, please note that my Ukrainian number no longer works; I now use a Polish one, the same as on my new CV attached. I remain interested in data roles. Kind regards, Y. Melnyk",
                    )
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Wrocław, Poland",
        offers=["Hybrid: two days a week at Sky Tower"],
    ),
    C(
        "angry text: STOP, never again vs stop sending night-shift offers, role is days",
        "backend",
        [
            lifts("Northampton, UK")(
                "Kamil Jabłoński",
                0,
                touches=[
                    msg(
                        18,
                        "how many times do i have to say it. STOP. not interested in ur agency now or ever, lose my number",
                    )
                ],
                excluded=True,
            ),
            lifts("Northampton, UK")(
                "Patryk Sobczak",
                2,
                touches=[
                    msg(
                        18,
                        "stop sending me the night shift ones pls, only days for me now. days i will look at",
                    )
                ],
            ),
        ],
        **role(
            DC_JOB,
            NORTHAMPTON,
            salary_min=25_000,
            salary_max=27_000,
            currency="GBP",
            offers=["Days only: 06:00–14:00 or 14:00–22:00, Monday to Friday"],
        ),
    ),
    C(
        "Czech: never contact me again vs Czech: email only, no phone at work",
        "backend",
        [
            line("Plzeň, Czechia")(
                "Lukáš Dvořák",
                0,
                touches=[
                    msg(
                        45,
                        "Nekontaktujte mě prosím už nikdy. Práci mám natrvalo a o vaše nabídky nemám zájem.",
                    )
                ],
                excluded=True,
            ),
            line("Plzeň, Czechia")(
                "Jiří Vondrouš",
                2,
                touches=[
                    msg(45, "Prosím jen e-mailem, v práci telefon nezvedám. Nabídky si rád přečtu.")
                ],
            ),
        ],
        **role(LINE_JOB, PLZEN, salary_min=456_000, salary_max=504_000, currency="CZK"),
    ),
    C(
        "do-not-contact flag vs 'send me the feedback you owe me first'",
        "backend",
        [
            torch()(
                "Arkadiusz Wrona",
                0,
                do_not_contact=True,
                do_not_contact_reason="Cand asked on the phone to be taken off every list",
                excluded=True,
            ),
            torch()(
                "Mateusz Kubiak",
                2,
                apps=[
                    lost_final(
                        120, "Client picked another welder after the test piece", role="Welder"
                    )
                ],
                touches=[
                    msg(
                        90,
                        "zanim cos nowego wyslecie to prosze o feedback z testu spawalniczego w Gliwicach, obiecaliscie a nic nie przyszlo",
                    )
                ],
            ),
        ],
        **role(WELD_JOB, GLIWICE),
    ),
    C(
        "LinkedIn: never message me about jobs vs LinkedIn: not here, email me",
        "backend",
        [
            dev()(
                "Taras Boyko",
                0,
                touches=[
                    linkedin(
                        70,
                        "Please don't message me again about jobs. Not interested now or in the future, thanks.",
                    )
                ],
                excluded=True,
            ),
            dev()(
                "Andrii Lysenko",
                2,
                touches=[
                    linkedin(
                        70,
                        "Hi, I rarely open LinkedIn - please send anything relevant to my email instead, happy to look.",
                    )
                ],
            ),
        ],
        **KRAKOW_HYBRID,
    ),
    C(
        "'no thanks' to our opt-out line vs 'no thanks to this one'",
        "backend",
        [
            truck()(
                "Ryszard Majewski",
                0,
                touches=[
                    touch(
                        35,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent C+E Stryków role. Footer: reply 'no thanks' and I won't write again.",
                        channel="email",
                    ),
                    mail(33, "no thanks - Ryszard"),
                ],
                excluded=True,
            ),
            truck()(
                "Waldemar Adamczyk",
                2,
                touches=[
                    touch(
                        35,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent C+E Stryków role. Footer: reply 'no thanks' and I won't write again.",
                        channel="email",
                    ),
                    mail(
                        33,
                        "No thanks to this one, the tandem route isn't for me - but keep me in mind for solo domestic work.",
                    ),
                ],
            ),
        ],
        **role(DRIVE_JOB, STRYKOW, offers=["Domestic routes, solo, home most nights"]),
    ),
    C(
        "Ukrainian: delete my data vs stop calling my brother's number",
        "backend",
        [
            site()(
                "Vasyl Tkachenko",
                0,
                touches=[msg(50, "Видаліть мої дані з вашої бази і не телефонуйте мені більше.")],
                excluded=True,
            ),
            site()(
                "Serhii Moroz",
                2,
                touches=[
                    msg(
                        50,
                        "Не дзвоніть більше на номер брата, то був тимчасовий. Мій номер тепер цей, роботу шукаю.",
                    )
                ],
            ),
        ],
        **role(FORMWORK_JOB, WROCLAW),
    ),
    C(
        "Polish call note: no more offers from you vs no more building sites, warehouse only",
        "backend",
        [
            lifts()(
                "Henryk Zawadzki",
                0,
                touches=[
                    call(
                        28,
                        "rozm. z kand. - 'nie chce wiecej ofert od Panstwa, prosze mnie usunac'. oznaczyc, nie dzwonic.",
                    )
                ],
                excluded=True,
            ),
            lifts()(
                "Jarosław Cieślak",
                2,
                touches=[
                    call(
                        28,
                        "rozm. z kand. - zadnych budow wiecej, kregoslup. magazyn tak, wozek tak.",
                    )
                ],
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "Polish three months' notice given this month vs given in May",
        "backend",
        [
            lifts()(
                "Grzegorz Sikora",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "zlozyl dzis wypowiedzenie w Raben, okres wypowiedzenia 3 mies. Do tego czasu nie moze zaczac.",
                    )
                ],
            ),
            lifts()(
                "Tomasz Wieczorek",
                2,
                touches=[
                    call(
                        date(2026, 5, 4),
                        "zlozyl dzis wypowiedzenie w Raben, okres wypowiedzenia 3 mies. Do tego czasu nie moze zaczac.",
                    )
                ],
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "Ukrainian: after Orthodox Christmas, said this month vs said last December",
        "backend",
        [
            line()(
                "Nataliia Shevchuk",
                1,
                (
                    "Після Різдва, тобто після 7 січня, можу виходити. До того їду додому до мами.",
                    date(2026, 11, 12),
                ),
            ),
            line()(
                "Iryna Romaniuk",
                2,
                (
                    "Після Різдва, тобто після 7 січня, можу виходити. До того їду додому до мами.",
                    date(2025, 12, 15),
                ),
            ),
        ],
        **role(LINE_JOB, OSTRAVA),
    ),
    C(
        "signed on for the DC peak to mid-January, this autumn vs last autumn",
        "backend",
        [
            lifts()(
                "Krzysztof Banaś",
                1,
                (
                    "Signed for peak at the Sady DC till mid-Jan, won't walk out on it. After that yes.",
                    date(2026, 10, 19),
                ),
            ),
            lifts()(
                "Łucja Ostrowska",
                2,
                (
                    "Signed for peak at the Sady DC till mid-Jan, won't walk out on it. After that yes.",
                    date(2025, 10, 20),
                ),
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "'give me six weeks, moving flat' a week ago vs in August",
        "backend",
        [
            torch()(
                "Emil Czarnecki",
                1,
                touches=[msg(7, "daj mi 6 tyg, przeprowadzam sie z rodzina, potem dzwon")],
            ),
            torch()(
                "Szymon Lis",
                2,
                touches=[
                    msg(date(2026, 8, 10), "daj mi 6 tyg, przeprowadzam sie z rodzina, potem dzwon")
                ],
            ),
        ],
        **role(WELD_JOB, GLIWICE),
    ),
    C(
        "posted to Belgium to the end of Q1 (A1 running) vs end of last Q1",
        "backend",
        [
            site()(
                "Marcin Kwiatkowski",
                1,
                touches=[
                    call(
                        date(2026, 9, 28),
                        "Cand on delegacja in Antwerp, A1 valid to end of Q1, contract ties him till then. Call back after.",
                    )
                ],
            ),
            site()(
                "Przemysław Rutkowski",
                2,
                touches=[
                    call(
                        date(2025, 12, 8),
                        "Cand on delegacja in Antwerp, A1 valid to end of Q1, contract ties him till then. Call back after.",
                    )
                ],
            ),
        ],
        **role(FORMWORK_JOB, WROCLAW),
    ),
    C(
        "Romanian: not before Orthodox Easter, said this month vs said last February",
        "backend",
        [
            lifts("Venlo, Netherlands")(
                "Ionuț Stanciu",
                1,
                (
                    "Nu pot pleca de acasă până după Paștele ortodox, vreau să fiu cu familia. După aceea, da.",
                    date(2026, 11, 4),
                ),
            ),
            lifts("Venlo, Netherlands")(
                "Cătălin Munteanu",
                2,
                (
                    "Nu pot pleca de acasă până după Paștele ortodox, vreau să fiu cu familia. După aceea, da.",
                    date(2026, 2, 9),
                ),
            ),
        ],
        **role(DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED]),
    ),
    C(
        "after the daughter's First Communion in May vs after a wedding last August",
        "backend",
        [
            truck()(
                "Agnieszka Pstrągowska",
                1,
                touches=[
                    call(
                        date(2026, 10, 14),
                        "Cand: nothing until after daughter's Komunia in May, she's organising it all. Then full time.",
                    )
                ],
            ),
            truck()(
                "Beata Kaczmarczyk",
                2,
                touches=[
                    call(
                        date(2026, 6, 10),
                        "Cand: nothing until after her son's wedding on 15 Aug, she's organising it all. Then full time.",
                    )
                ],
            ),
        ],
        **role(DRIVE_JOB, STRYKOW),
    ),
    C(
        "a ski-lift season to March, said now vs a strawberry season that ended in August",
        "backend",
        [
            lifts("Nowy Targ, Poland")(
                "Wojciech Gąsienica",
                1,
                (
                    "Zimą pracuję na wyciągu w Białce, do końca sezonu narciarskiego w marcu. Potem magazyn.",
                    date(2026, 11, 5),
                ),
            ),
            lifts("Nowy Targ, Poland")(
                "Stanisław Chowaniec",
                2,
                (
                    "Lato spędzam na truskawkach w Holandii do końca sierpnia, potem wracam i szukam magazynu.",
                    date(2026, 5, 25),
                ),
            ),
        ],
        **role(DC_JOB, dict(remote_policy="onsite", location="Kraków, Poland"), **PLN_DC),
    ),
    C(
        "can't switch employer until the permit decision (3-4 months) vs a decision due by June",
        "backend",
        [
            line("Wrocław, Poland")(
                "Olena Pavlenko",
                1,
                (
                    "Waiting on the voivode office for my Karta Pobytu decision - they say 3-4 months from now. Can't change employer before it.",
                    date(2026, 10, 15),
                ),
            ),
            line("Wrocław, Poland")(
                "Halyna Marchenko",
                2,
                (
                    "Waiting on the voivode office for my Karta Pobytu decision, promised by the end of June. Can't change employer before it.",
                    date(2026, 4, 2),
                ),
            ),
        ],
        **role(LINE_JOB, WROCLAW),
    ),
    C(
        "Czech: call after New Year, said this November vs said last November",
        "backend",
        [
            line()(
                "Petr Novotný",
                1,
                touches=[
                    msg(
                        date(2026, 11, 9),
                        "Ozvěte se až po Novém roce, do Vánoc jedu přesčasy a nic neřeším.",
                    )
                ],
            ),
            line()(
                "Tomáš Hrdoušek",
                2,
                touches=[
                    msg(
                        date(2025, 11, 10),
                        "Ozvěte se až po Novém roce, do Vánoc jedu přesčasy a nic neřeším.",
                    )
                ],
            ),
        ],
        **role(LINE_JOB, OSTRAVA),
    ),
    C(
        "Ukrainian: in two months, after surgery, said three weeks ago vs in July",
        "backend",
        [
            site()(
                "Mykola Bondar",
                1,
                ("Через два місяці, зараз відновлююсь після операції на коліні.", 21),
            ),
            site()(
                "Oleh Kravets",
                2,
                ("Через два місяці, зараз відновлююсь після операції на коліні.", date(2026, 7, 1)),
            ),
        ],
        **role(FORMWORK_JOB, WROCLAW),
    ),
    C(
        "Polish: not before March, said in October vs said last November",
        "backend",
        [
            torch()(
                "Rafał Szewczyk",
                1,
                ("Nie wcześniej niż w marcu - kończę kurs TIG i egzamin.", date(2026, 10, 26)),
            ),
            torch()(
                "Bartosz Mazur",
                2,
                ("Nie wcześniej niż w marcu - kończę kurs TIG i egzamin.", date(2025, 11, 3)),
            ),
        ],
        **role(WELD_JOB, GLIWICE),
    ),
    C(
        "posted in Germany to 31 January vs a posting that ended 30 September",
        "backend",
        [
            site()(
                "Adrian Górecki",
                1,
                touches=[
                    msg(
                        date(2026, 10, 1),
                        "jestem na delegacji w Hamburgu do 31 stycznia, wczesniej nie zjade",
                    )
                ],
            ),
            site()(
                "Dawid Zieliński",
                2,
                touches=[
                    msg(
                        date(2026, 9, 1),
                        "delegacja w Hamburgu konczy mi sie 30 wrzesnia, od pazdziernika wolny",
                    )
                ],
            ),
        ],
        **role(FORMWORK_JOB, WROCLAW),
    ),
    C(
        "a note full of dates that asks for no wait vs a wait still running",
        "backend",
        [
            lifts("Stryków, Poland")(
                "Norbert Jankowski",
                2,
                "DHL Stryków 03.2022–09.2025, then Lidl Sady 10.2025–10.2026. UDT renewed 14.05.2026, reach truck since 2023. Available from now, any start date.",
            ),
            lifts("Stryków, Poland")(
                "Karol Wasilewski",
                1,
                (
                    "Finishing at Lidl on 31.01, can't start anywhere before February.",
                    date(2026, 11, 16),
                ),
            ),
        ],
        **role(DC_JOB, STRYKOW, **PLN_DC),
    ),
    C(
        "a hand-over full of dates, no wait asked vs 'after the holidays'",
        "backend",
        [
            dev()(
                "Dmytro Kostenko",
                2,
                touches=[
                    ats(
                        12,
                        "Hand-over: cand at SoftServe 2019-2023, then EPAM 02/2023-now. Project ends 15/12 but he is free to interview now and could start 04/01 or earlier - notice 2 weeks. Invoice schedule 10th monthly. Vacation taken in Aug.",
                    )
                ],
            ),
            dev()(
                "Maksym Hnatiuk",
                1,
                touches=[
                    call(
                        12,
                        "cand: don't call me before the holidays are over, after New Year and Orthodox Christmas let's talk",
                    )
                ],
            ),
        ],
        **KRAKOW_HYBRID,
    ),
]


def at(place: str) -> dict:
    """Where this one person lives, when it differs from the rest of the case."""
    return {"_where": place}


def two(name, maker, a, b, opening, *, key="backend"):
    """A case of two people made by ``maker``: each of ``a`` and ``b`` is (name, grade, said...)
    where each said is a statement, a (statement, day) pair, or a touchpoint dict."""
    people = []
    for who, grade, *said in (a, b):
        words = [s for s in said if not isinstance(s, dict)]
        notes = [s for s in said if isinstance(s, dict) and "_where" not in s]
        places = [s["_where"] for s in said if isinstance(s, dict) and "_where" in s]
        lives = {"location": places[0]} if places else {}
        people.append(maker(who, grade, *words, touches=notes, **lives))
    return C(name, key, people, **opening)


# --- 3. schedule, travel, visa, contract, commute -------------------------------------------

NIGHTS_DC = role(
    DC_JOB,
    POZNAN,
    **PLN_DC,
    offers=["Night shift 22:00–06:00, Sunday to Thursday, +20% night premium"],
)

SCHEDULE = [
    two(
        "nights refused vs nights welcome, night role",
        lifts(),
        ("Ewa Duda", 0, "nocki odpadają, mam małe dziecko i nikt w nocy nie zostanie"),
        ("Piotr Malinowski", 2, "Nights suit me - the premium is what I send home."),
        NIGHTS_DC,
    ),
    two(
        "weekends off for Sunday liturgy vs weekends fine on 4-on-4-off",
        line(),
        ("Vira Dorosh", 0, "Неділя - це церква, у вихідні не працюю ні за які гроші."),
        (
            "Liudmyla Kravchenko",
            2,
            "4 days on 4 off is fine with me, weekends included, I like the long breaks",
        ),
        role(LINE_JOB, OSTRAVA, offers=["12-hour shifts, 4 on / 4 off, weekends included"]),
    ),
    two(
        "max eight hours (back) vs wants 12-hour shifts, 12-hour role",
        torch(),
        (
            "Zenon Baran",
            0,
            "After the disc surgery the doctor says max 8 h standing. No long shifts.",
        ),
        ("Leszek Mroczek", 2, "prefers 12h shifts - more days off to drive home to Rzeszów"),
        role(WELD_JOB, GLIWICE, offers=["12-hour shifts, 3 or 4 a week"]),
    ),
    two(
        "mornings only for the nursery vs afternoons only, morning-shift role",
        lifts("Stryków, Poland"),
        ("Magdalena Pietrzak", 2, "Tylko ranna zmiana - dzieci w przedszkolu do 15:00."),
        (
            "Natalia Wójtowicz",
            0,
            "Only afternoons or evenings, my husband works mornings and someone has to do the school run.",
        ),
        role(
            DC_JOB, STRYKOW, **PLN_DC, offers=["Fixed morning shift 06:00–14:00, Monday to Friday"]
        ),
    ),
    two(
        "as much overtime as possible vs no overtime, peak role with Saturday overtime",
        lifts(),
        ("Oleksandr Yurchenko", 2, "Хочу максимум годин, суботи теж - відправляю гроші родині."),
        ("Daria Filipek", 0, "No overtime please, I study in the evenings (WSB, weekend course)."),
        role(
            DC_JOB,
            POZNAN,
            **PLN_DC,
            offers=["Peak season: compulsory Saturday overtime November to January"],
        ),
    ),
    two(
        "'not against nights' vs 'nights are out', night role",
        line("Plzeň, Czechia"),
        ("Radek Horák", 2, "Noční mi nevadí, klidně i celý měsíc."),
        ("Ondřej Kolíbal", 0, "Noční směny už ne, po třech letech nocí nespím."),
        role(LINE_JOB, PLZEN, offers=["Permanent nights 22:00–06:00"]),
    ),
]

TRAVEL = [
    two(
        "domestic only, home nightly vs 3-on-1-off rotation fine, international role",
        truck(),
        ("Andrzej Kozłowski", 0, "Tylko krajówka, codziennie w domu - mam małe dzieci."),
        ("Robert Szulc", 2, "3 weeks out 1 home is fine, did 4/1 for years on Scandinavia"),
        role(DRIVE_JOB, STRYKOW, offers=["International EU routes, 3 weeks out / 1 week home"]),
    ),
    two(
        "a Lviv man who cannot cross the border vs a Kraków Pole, role with client trips",
        dev(),
        (
            "Ihor Sydorenko",
            0,
            "Lives in Lviv; under martial law men 18–60 can't leave Ukraine, so no trips abroad possible.",
            at("Lviv, Ukraine"),
        ),
        ("Paweł Kaczmarek", 2, "Happy to fly to the client every few weeks, no family ties"),
        role(
            {},
            KRAKOW_HYBRID,
            offers=["Hybrid in Kraków", "One week a month on site at the client in Munich"],
        ),
    ),
    two(
        "happy on weekly montaż in Germany vs done with delegacja, weekly travel role",
        site(),
        ("Łukasz Mikołajczyk", 2, "montaż w DE pon-pt, weekend w domu - pasuje mi idealnie"),
        (
            "Tadeusz Olszewski",
            0,
            "Żadnych delegacji, 5 lat w Niemczech wystarczy, chcę spać w domu.",
        ),
        role(
            FORMWORK_JOB,
            WROCLAW,
            offers=["Sites in Saxony Monday to Friday, company bus home every Friday"],
        ),
    ),
    two(
        "hated long routes at the last job vs wants to see Europe, local delivery role",
        truck(),
        (
            "Janusz Walczak",
            2,
            "The Scandinavia runs at Girteka wore him out - wants to be home every evening.",
        ),
        ("Mirosław Sadowski", 1, "Chce jeździć po Europie, lubi długie trasy."),
        role(
            DRIVE_JOB,
            STRYKOW,
            offers=["Local distribution around Łódź, back at the depot every evening"],
        ),
    ),
    two(
        "Romanian: no more international runs vs Romanian: 2-3 week runs fine, international role",
        truck("Bacău, Romania"),
        ("Gheorghe Popa", 0, "Nu mai vreau curse internaționale, doar tur-retur în țară."),
        ("Vasile Ciobanu", 2, "Pot face curse de 2-3 săptămâni prin Europa, nu e problemă."),
        role(
            DRIVE_JOB,
            dict(remote_policy="onsite", location="Bacău, Romania"),
            offers=["EU international routes, 2–3 weeks out"],
        ),
    ),
    two(
        "home every weekend via the company bus vs rotations no longer than two weeks, 3-week role",
        site(),
        (
            "Kazimierz Bielecki",
            2,
            "Needs to be home every weekend, wife in Przemyśl - weekly bus would do it.",
        ),
        ("Grażyna Nowakowska", 0, "Rotation max 2 tygodnie, dłużej nie dam rady z mamą."),
        role(FORMWORK_JOB, WROCLAW, offers=["Germany, 3-week rotations, then one week home"]),
    ),
    two(
        "two weeks' training abroad fine vs cannot be away a single night, role starts with training in NL",
        line(),
        (
            "Svitlana Bilyk",
            2,
            "Two weeks of training abroad is no problem, I just don't want to move permanently.",
        ),
        ("Inna Stepanenko", 0, "I care for my mother - I can't be away from home even one night."),
        role(
            LINE_JOB,
            OSTRAVA,
            offers=["Starts with two weeks' paid training at the plant in Eindhoven"],
        ),
    ),
    two(
        "quarterly flights fine vs won't fly, train in Poland only; role with quarterly London trips",
        dev(profile="sre"),
        ("Michał Stępień", 2, "Fine with a trip to the client every quarter or so"),
        ("Kinga Lewandowska", 0, "Nie latam (panika) - tylko pociąg, i tylko po Polsce."),
        role(
            {},
            PL_REMOTE,
            offers=["Remote in Poland", "A week at the client in London every quarter"],
        ),
    ),
    two(
        "'not against travel, against nights away' vs no travel at all, same-day trips",
        torch(),
        (
            "Zdzisław Kowalik",
            2,
            "I'm not against travelling to sites - only against sleeping away from home.",
        ),
        ("Bogdan Jaworski", 0, "Nie jeżdżę nigdzie, tylko hala."),
        role(
            WELD_JOB,
            GLIWICE,
            offers=["Repairs at customers across Silesia, back home the same day"],
        ),
    ),
    two(
        "wants back on Scandinavia runs vs nothing said, Scandinavian role",
        truck(),
        (
            "Henryk Lipiński",
            2,
            "Misses the Scandinavia routes, wants them back - ferries, Norway, all of it",
        ),
        ("Eugeniusz Krajewski", 1),
        role(
            DRIVE_JOB,
            STRYKOW,
            offers=["Poland–Sweden–Norway routes via Świnoujście ferry, 3/1 rotation"],
        ),
    ),
]

NO_SPONSOR = "Valid right to work required - we cannot sponsor or wait for permits."

VISA = [
    two(
        "temporary protection in NL vs a Poland-only Karta Pobytu, Dutch role without sponsorship",
        lifts("Venlo, Netherlands"),
        (
            "Yulia Honchar",
            2,
            "Has temporary protection in the Netherlands (BSN, sticker in passport) - can work for any employer here.",
        ),
        (
            "Artem Polishchuk",
            0,
            "His Karta Pobytu is Polish - it doesn't let him work in NL, he'd need a Dutch TWV permit first.",
        ),
        role(
            DC_JOB,
            VENLO,
            **NL_HOURLY,
            offers=[HOUSED],
            description="Pallet work in a Venlo DC. " + NO_SPONSOR,
        ),
    ),
    two(
        "a German Blue Card holder vs needs sponsorship, Leipzig role without it",
        dev("Leipzig, Germany"),
        (
            "Roman Didenko",
            2,
            "Already in Leipzig on an EU Blue Card, can change employer after notifying the Ausländerbehörde.",
        ),
        (
            "Viktor Savenko",
            0,
            "Would need a German work visa sponsored by the employer - no EU permit at all.",
        ),
        role(
            {},
            LEIPZIG,
            offers=["On-site in Leipzig"],
            description="Build the services behind our ordering platform. " + NO_SPONSOR,
        ),
    ),
    two(
        "settled status with a share code vs arrived 2023 with no status, UK role without sponsorship",
        lifts("Northampton, UK"),
        ("Aleksandra Zając", 2, "Settled status since 2020, share code sent over."),
        (
            "Wiktoria Kurek",
            0,
            "Came to the UK in 2023, no settled or pre-settled status - would need a Skilled Worker visa.",
        ),
        role(
            DC_JOB,
            NORTHAMPTON,
            salary_min=25_000,
            salary_max=27_000,
            currency="GBP",
            description="Pallet moves and loading at a Northampton DC. We are unable to sponsor visas.",
        ),
    ),
    two(
        "PESEL UKR, free to work vs a Belarusian needing a permit, start-now role",
        lifts(),
        (
            "Anastasiia Lytvyn",
            2,
            "Ma PESEL UKR i status UKR - pracodawca tylko zgłasza powierzenie pracy, może zacząć od razu.",
        ),
        (
            "Siarhei Lukashou",
            0,
            "Obywatel Białorusi, potrzebuje zezwolenia na pracę typ A - procedura 2-3 miesiące.",
        ),
        role(DC_JOB, POZNAN, **PLN_DC, description="Start 1 December. " + NO_SPONSOR),
    ),
    two(
        "'does not need sponsorship' vs 'needs sponsorship', no-sponsor role",
        dev("Berlin, Germany"),
        ("Kacper Włodarczyk", 2, "Does not need sponsorship - Polish passport, EU citizen."),
        ("Nazar Zinchenko", 0, "Needs visa sponsorship to work in Germany."),
        role(
            {},
            BERLIN,
            offers=["On-site in Berlin Mitte"],
            description="Build the services behind our ordering platform. " + NO_SPONSOR,
        ),
    ),
    two(
        "a husband's visa in her note vs someone needing a permit himself",
        line("Wrocław, Poland"),
        (
            "Valentyna Kuzmenko",
            2,
            "She has a Karta Pobytu with free access to the labour market. It's her HUSBAND who still needs a visa - he's not our candidate.",
        ),
        (
            "Yevhen Hrytsak",
            0,
            "Needs a new work permit for any employer change - the current one is tied to his employer.",
        ),
        role(LINE_JOB, WROCLAW, description="Run CNC lathes. " + NO_SPONSOR),
    ),
    two(
        "permanent residence now vs a permit tied to the current employer",
        torch(),
        (
            "Vitalii Oliinyk",
            2,
            "Left his last job because the permit was tied to it; now has Karta stałego pobytu, no permit needed.",
        ),
        (
            "Ruslan Fedorenko",
            1,
            "Permit still tied to his current employer - a change means a fresh application.",
        ),
        role(WELD_JOB, GLIWICE),
    ),
    two(
        "a Romanian with settled status vs on a Skilled Worker visa tied to his sponsor",
        lifts("Peterborough, UK"),
        ("Adrian Lungu", 2, "Settled status, in Peterborough seven years."),
        (
            "Cosmin Vlad",
            0,
            "EUSS refused in 2022; now on a Skilled Worker visa tied to his current sponsor.",
        ),
        role(
            DC_JOB,
            PETERBOROUGH,
            salary_min=25_500,
            salary_max=27_500,
            currency="GBP",
            description="Reach truck work at a Peterborough DC. We do not sponsor visas.",
        ),
    ),
    two(
        "a Moldovan with a Romanian passport vs a Moldovan without, Dutch role without sponsorship",
        lifts("Chișinău, Moldova"),
        ("Ion Rusu", 2, "Are pașaport românesc - cetățean UE, poate lucra în Olanda fără permis."),
        (
            "Nicolae Ceban",
            0,
            "Doar pașaport moldovenesc, ar avea nevoie de permis de muncă în Olanda.",
        ),
        role(
            DC_JOB,
            TILBURG,
            **NL_HOURLY,
            offers=[HOUSED],
            description="Order picking and loading in Tilburg. " + NO_SPONSOR,
        ),
    ),
    two(
        "a Lviv developer ready for a sponsored Blue Card vs won't do another visa process, sponsored Berlin role",
        dev("Lviv, Ukraine"),
        (
            "Bohdana Voloshyn",
            2,
            "Has a master's degree, would relocate to Berlin on a Blue Card if the employer sponsors it.",
        ),
        (
            "Aliaksandr Karpovich",
            0,
            "Won't go through another visa process - only roles where his Polish card works.",
            at("Warsaw, Poland"),
        ),
        role(
            {},
            BERLIN,
            offers=["On-site in Berlin", "EU Blue Card sponsorship and relocation package"],
        ),
    ),
]

CONTRACT = [
    two(
        "B2B only vs employment contract only, B2B role",
        dev(),
        ("Jakub Pietras", 2, "B2B preferred, has his own działalność and a good accountant."),
        ("Marta Gawron", 0, "Tylko umowa o pracę - biorę kredyt hipoteczny, bank nie uzna B2B."),
        role(
            {},
            KRAKOW_HYBRID,
            offers=["B2B contract, 150–180 PLN net an hour", "Two days a week in Zabłocie"],
        ),
    ),
    two(
        "wants a direct German contract vs prefers a Polish posting with per diems, direct-hire role",
        site(),
        (
            "Mariusz Frankowski",
            2,
            "Chce umowę niemiecką bezpośrednio, koniec z agencjami i delegowaniem.",
        ),
        ("Sławomir Gajewski", 1, "Woli polską umowę z delegowaniem (diety, A1)."),
        role(
            FORMWORK_JOB,
            LEIPZIG,
            offers=["Direct German employment contract with the builder, German tariff pay"],
        ),
    ),
    two(
        "a student on zlecenie only vs wants a steady umowa o pracę, permanent role",
        lifts(),
        ("Igor Nowacki", 0, "Student do 26 r.ż. - tylko umowa zlecenie, na etat nie pójdzie."),
        ("Weronika Sowa", 2, "Wants a stable umowa o pracę, full time, after years on zlecenie."),
        role(
            DC_JOB, POZNAN, **PLN_DC, offers=["Umowa o pracę, full time, permanent after 3 months"]
        ),
    ),
    two(
        "only long-term vs only seasonal, a peak-season role",
        lifts("Venlo, Netherlands"),
        ("Daniel Mocanu", 0, "Only long-term contracts, no more seasonal work - I want to settle."),
        ("Andrei Ilie", 2, "Seasonal only, I go home to Iași in February every year."),
        role(
            DC_JOB,
            VENLO,
            **NL_HOURLY,
            offers=[HOUSED, "Peak season contract, 16 November to 31 January"],
        ),
    ),
    two(
        "no more agency contracts vs agency fine, temp-to-perm role",
        line(),
        ("Marek Svoboda", 0, "Přes agenturu už nikdy, jen kmenový zaměstnanec."),
        ("Michal Černý", 2, "Agentura mi nevadí, hlavně ať je práce stabilní."),
        role(
            LINE_JOB,
            OSTRAVA,
            offers=[
                "First six months through our agency, then a permanent contract with the plant"
            ],
        ),
    ),
]

COMMUTE = [
    two(
        "Zgierz, 30 minutes by car vs Kutno, no car, bus 1.5h; Stryków role with no shuttle",
        lifts("Zgierz, Poland"),
        ("Łukasz Domański", 2, "Ma auto, do 30 min dojazdu ok."),
        (
            "Kamila Sroka",
            0,
            "No car, the bus from Kutno takes 1.5 hours - max 40 minutes for her.",
            at("Kutno, Poland"),
        ),
        role(DC_JOB, STRYKOW, **PLN_DC, offers=["No shuttle bus; on-site parking"]),
    ),
    two(
        "no car, needs the shuttle from Wrocław Główny vs no car, Trzebnica has no 5 a.m. bus",
        lifts("Wrocław, Poland"),
        ("Paulina Wasiak", 2, "nie mam auta, tylko jesli jest bus z dworca"),
        (
            "Dorota Kalinowska",
            0,
            "Nie mam auta, mieszkam w Trzebnicy - o 5 rano nic stamtąd nie jedzie.",
            at("Trzebnica, Poland"),
        ),
        role(
            DC_JOB,
            WROCLAW,
            **PLN_DC,
            offers=[
                "Free shuttle bus from Wrocław Główny station to the Bielany DC for every shift"
            ],
        ),
    ),
    two(
        "Kladno bus 20 minutes to Zličín vs Mladá Boleslav, max 45 minutes, Prague-Zličín role",
        line("Kladno, Czechia"),
        ("Jan Veselý", 2, "Z Kladna jezdí bus na Zličín za 20 minut, to je v pohodě."),
        (
            "Pavel Marek",
            0,
            "Maximálně 45 minut dojíždění a bez auta - Mladá Boleslav je moc daleko.",
            at("Mladá Boleslav, Czechia"),
        ),
        role(LINE_JOB, PRAGUE_ZLICIN),
    ),
    two(
        "Katowice on Koleje Śląskie, 30 minutes vs Bielsko, no more hour-long commutes, Gliwice role",
        torch("Katowice, Poland"),
        ("Mateusz Borkowski", 2, "Pociągiem Koleje Śląskie z Katowic do Gliwic 30 min - pasuje."),
        (
            "Krystian Pawłowski",
            0,
            "No more commutes over an hour - he's in Bielsko-Biała.",
            at("Bielsko-Biała, Poland"),
        ),
        role(WELD_JOB, GLIWICE),
    ),
    two(
        "Wellingborough, 15 minutes' drive vs Milton Keynes, no car, no bus for the 6 a.m. start",
        lifts("Wellingborough, UK"),
        ("Natalia Mazurek", 2, "15 min drive to Brackmills, easy."),
        (
            "Ewelina Bąk",
            0,
            "No car - from Milton Keynes there's no bus in time for a 6am start.",
            at("Milton Keynes, UK"),
        ),
        role(
            DC_JOB,
            NORTHAMPTON,
            salary_min=25_000,
            salary_max=27_000,
            currency="GBP",
            offers=["Shifts start 06:00, Brackmills Industrial Estate"],
        ),
    ),
    two(
        "Zgorzelec, walks over the bridge vs Jelenia Góra, never that drive again; Görlitz role",
        torch("Zgorzelec, Poland"),
        (
            "Tadeusz Rogalski",
            2,
            "Mieszka w Zgorzelcu - przez most na Nysie pieszo 10 minut do zakładu.",
        ),
        (
            "Wiesław Kowal",
            0,
            "Jelenia Góra - Görlitz to godzina w jedną stronę, nigdy więcej.",
            at("Jelenia Góra, Poland"),
        ),
        role(
            WELD_JOB,
            GORLITZ,
            offers=["German contract, fabrication hall 1 km from the Old Town bridge"],
        ),
    ),
    two(
        "Karviná with a car, 30 minutes vs Opava, public transport only, night shifts; Ostrava role",
        line("Karviná, Czechia"),
        ("Zdeněk Kolář", 2, "Mám auto, z Karviné je to 30 minut."),
        (
            "Martin Pospíšil",
            0,
            "Jen MHD z Opavy - na noční směny nejede nic.",
            at("Opava, Czechia"),
        ),
        role(LINE_JOB, OSTRAVA, offers=["Three shifts including nights, no company transport"]),
    ),
    two(
        "on the S5 S-Bahn, fine vs won't commute out of Halle, Leipzig role",
        dev("Leipzig, Germany"),
        ("Oksana Lytvynenko", 2, "S5 to the office is 15 minutes, fine."),
        (
            "Yurii Pasichnyk",
            0,
            "He lives in Halle and won't commute to Leipzig every day - Halle only.",
            at("Halle (Saale), Germany"),
        ),
        role({}, LEIPZIG, offers=["On-site in Leipzig Plagwitz"]),
    ),
    two(
        "'the drive wasn't the problem, the pay was' vs 'the distance was the problem', same site, better pay",
        lifts(),
        ("Roman Kołodziej", 2, "The drive to Sady was never the problem, the pay was."),
        (
            "Zofia Adamska",
            0,
            "The pay was fine - it was the 50-minute drive to Sady that killed it.",
        ),
        role(
            DC_JOB,
            dict(remote_policy="onsite", location="Sady (Tarnowo Podgórne), Poland"),
            salary_min=86_400,
            salary_max=93_600,
            currency="PLN",
            offers=["7 200–7 800 PLN gross a month"],
        ),
    ),
    two(
        "lives in Tilburg, will cycle vs Eindhoven flat, no car, won't move; Tilburg role",
        lifts("Tilburg, Netherlands"),
        ("Gabriela Stoica", 2, "Lives in Tilburg, cycles everywhere."),
        (
            "Elena Rădulescu",
            0,
            "Has her own flat in Eindhoven, no car, won't move and won't do the train at 5am.",
            at("Eindhoven, Netherlands"),
        ),
        role(DC_JOB, TILBURG, **NL_HOURLY),
    ),
]

PAY = [
    two(
        "asks 6 000 gross a month vs won't go below 9 000, band 6 400–7 200",
        lifts(),
        ("Iwona Kowalczyk", 2, "chce min. 6 000 brutto miesięcznie"),
        ("Lech Zalewski", 0, "Poniżej 9 000 brutto nie schodzę."),
        role(
            DC_JOB, POZNAN, **PLN_DC, offers=["6 400–7 200 PLN gross a month plus attendance bonus"]
        ),
    ),
    two(
        "needs €14 an hour plus housing vs not below €19 an hour, Venlo at €15.50",
        lifts("Venlo, Netherlands"),
        ("Mihai Georgescu", 2, "Needs at least €14/h if housing is sorted."),
        ("Sorin Tudor", 0, "Won't go below €19 an hour, not worth leaving home for less."),
        role(
            DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED, "€15.50 gross an hour, 40 hours guaranteed"]
        ),
    ),
    two(
        "on £11.44 now and wants more vs wants £16 an hour minimum, £12.90 role",
        lifts("Northampton, UK"),
        ("Bartłomiej Kamiński", 2, "On £11.44/h at the moment, wants a step up."),
        ("Marzena Duda", 0, "£16 an hour minimum or she stays put."),
        role(
            DC_JOB,
            NORTHAMPTON,
            salary_min=25_000,
            salary_max=27_000,
            currency="GBP",
            offers=["£12.90 an hour, days"],
        ),
    ),
    two(
        "asks 150 PLN an hour on B2B vs asks 220, band 140–170",
        dev(),
        ("Filip Urban", 2, "Stawka 150 zł/h netto na B2B mu wystarczy."),
        ("Oskar Bednarek", 0, "Asks 220 PLN/h B2B, firm on it."),
        role(
            {},
            KRAKOW_HYBRID,
            salary_min=280_000,
            salary_max=340_000,
            currency="PLN",
            offers=["B2B 140–170 PLN net an hour", "Two days a week in Zabłocie"],
        ),
    ),
    two(
        "earns 8 500 now but would take 7 000 near home vs earns 6 000 and wants 9 000, band to 7 500",
        torch(),
        (
            "Ryszard Wawrzyniak",
            2,
            "Earns 8 500 gross now in Germany but would take 7 000 to work near home in Gliwice.",
        ),
        ("Patrycja Lasota", 0, "Zarabia 6 000, ale za mniej niż 9 000 się nie ruszy."),
        role(
            WELD_JOB,
            GLIWICE,
            salary_min=78_000,
            salary_max=90_000,
            currency="PLN",
            offers=["6 500–7 500 PLN gross a month"],
        ),
    ),
    two(
        "day rate floor €160 vs €250 a day or nothing, €180 a day role",
        site(),
        ("Stefan Kubacki", 2, "Min €160 a day on German sites."),
        ("Edward Piątek", 0, "€250 dziennie albo nic."),
        role(
            FORMWORK_JOB,
            LEIPZIG,
            salary_min=40_000,
            salary_max=42_000,
            currency="EUR",
            offers=["€180 a day gross, German contract"],
        ),
    ),
    two(
        "Czech: at least 35 thousand vs under 50 thousand no, band 38–42 thousand CZK",
        line(),
        ("Lenka Svobodová", 2, "Chce aspoň 35 tisíc hrubého."),
        ("Vojtěch Urban", 0, "Pod 50 tisíc hrubého nejdu."),
        role(
            LINE_JOB,
            OSTRAVA,
            salary_min=456_000,
            salary_max=504_000,
            currency="CZK",
            offers=["38 000–42 000 CZK gross a month plus shift allowances"],
        ),
    ),
]

WORK_MODE = [
    two(
        "remote in the title only: remote seeker vs office seeker",
        dev("Rzeszów, Poland"),
        ("Agata Michalska", 2, "Remote only, lives in a village near Rzeszów."),
        ("Hubert Jasiński", 0, "Wants an office - lonely working from home."),
        dict(title="Python Developer (100% remote)"),
    ),
    two(
        "remote in the description only: remote seeker vs office seeker",
        dev("Lublin, Poland"),
        ("Edyta Krawczyk", 2, "Only fully remote work."),
        ("Konrad Głowacki", 0, "Wants to be in an office every day, hates home office."),
        dict(
            description="Work from home anywhere in Poland; we meet in Kraków twice a year for a team week."
        ),
    ),
    two(
        "max two office days vs three days fine, three-day hybrid",
        dev("Warsaw, Poland"),
        ("Julia Szymańska", 0, "Max 2 days in the office, not a day more."),
        ("Maciej Leśniak", 2, "3 days a week in the office is fine."),
        WARSAW_HYBRID3,
    ),
    two(
        "'not remote-only' vs 'no office days at all', two-day hybrid",
        dev(),
        (
            "Karolina Wiśniewska",
            2,
            "Not remote-only - she likes a day or two with the team in the office.",
        ),
        ("Dominik Krupa", 0, "No office days whatsoever."),
        KRAKOW_HYBRID,
    ),
    two(
        "Polish: only remote vs prefers the office, on-site role",
        dev(),
        ("Sylwia Mazurkiewicz", 0, "Praca wyłącznie zdalna, do biura nie jeżdżę."),
        ("Arkadiusz Mrozowicz", 2, "Woli pracę w biurze, w domu się nie skupia."),
        dict(
            remote_policy="onsite",
            location="Kraków, Poland",
            offers=["Five days a week in our Kraków office"],
        ),
    ),
]

NEGATIONS = [
    two(
        "'the pay wasn't the issue, the shifts were' vs 'the shifts weren't the issue, the pay was', better shifts at the same pay",
        lifts(),
        ("Wanda Kurowska", 2, "The pay wasn't the issue at Sady - the rotating shifts were."),
        ("Jerzy Ciesielski", 0, "The shifts weren't the issue - the pay was."),
        role(
            DC_JOB,
            POZNAN,
            **PLN_DC,
            offers=[
                "Fixed day shift, no rotation",
                "6 400–7 200 PLN gross a month, the same as Sady",
            ],
        ),
    ),
    two(
        "'doesn't want to stay on the line forever' vs 'doesn't want to lead anyone', shift-leader role",
        line(),
        ("Filip Dostál", 2, "Nechce být na lince navždy - chce vést směnu."),
        ("Aleš Růžička", 0, "Nechce nikoho vést, jen svou práci."),
        role(
            LINE_JOB,
            OSTRAVA,
            title="Shift Leader – CNC line",
            seniority="lead",
            offers=["Lead a shift of 12 operators"],
        ),
    ),
    two(
        "Ukrainian: not against moving to Czechia vs doesn't want to move, Plzeň role",
        line("Wrocław, Poland"),
        ("Alina Tymoshenko", 2, "Не проти переїзду до Чехії, якщо буде житло."),
        ("Kateryna Ivanenko", 0, "Переїжджати не хочу, залишаюсь у Вроцлаві."),
        role(LINE_JOB, PLZEN, offers=["Accommodation provided in Plzeň"]),
    ),
    two(
        "'didn't mind the warehouse, minded the agency' vs 'done with warehouses', direct-hire DC",
        lifts(),
        (
            "Szymon Woźniak",
            2,
            "He didn't mind the warehouse work at all - it was the agency that he minded.",
        ),
        ("Renata Sobieraj", 0, "Done with warehouses - wants production, anything but a DC."),
        role(DC_JOB, POZNAN, **PLN_DC, offers=["Direct contract with the retailer, no agency"]),
    ),
]

LOCATIONS = [
    two(
        "moving to Wrocław in January vs staying in Opole, Wrocław role",
        site("Opole, Poland"),
        ("Kornel Jasiński", 2, "Moving to Wrocław in January with his girlfriend."),
        ("Robert Gołębiowski", 0, "Zostaje w Opolu, nie dojeżdża do Wrocławia."),
        role(FORMWORK_JOB, WROCLAW),
    ),
    two(
        "wants to move to her sister in Plzeň vs nothing said, Plzeň role",
        line("Brno, Czechia"),
        ("Yana Kozak", 2, "Wants to move to Plzeň, her sister lives there with the kids."),
        ("Olha Kuzmych", 1),
        role(LINE_JOB, PLZEN),
    ),
    two(
        "ready for NL if housed vs won't leave Poland, kids in school; Venlo role with housing",
        lifts(),
        ("Waldemar Pawlik", 2, "Pojedzie do Holandii, jeśli jest zakwaterowanie."),
        ("Jolanta Ryba", 0, "Won't leave Poland - kids in school in Poznań."),
        role(DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED]),
    ),
    two(
        "going back to Cluj for good vs staying in London, Cluj role",
        dev("London, UK"),
        ("Raluca Pop", 2, "Moving back to Cluj for good next summer, wants a job there."),
        ("Bogdan Enache", 0, "Staying in London, settled, won't relocate."),
        CLUJ_HYBRID,
    ),
]

LEVEL = [
    two(
        "wants to be brygadzista vs only wants to drive the truck, shift-leader role",
        lifts(),
        ("Tomasz Jaworski", 2, "Chce być brygadzistą, już zastępuje kierownika zmiany."),
        ("Paweł Górski", 0, "Doesn't want to manage anyone, just drive the forklift."),
        role(
            DC_JOB,
            POZNAN,
            **PLN_DC,
            title="Shift Leader – Warehouse",
            seniority="lead",
            offers=["Lead a night shift of 25 operatives"],
        ),
    ),
    C(
        "wants to stay coding vs ready to lead, team-lead role",
        "manager",
        [
            P(
                "Denys Kravchuk",
                "manager",
                0,
                "Wants to stay hands-on coding, no people management.",
                location="Kraków, Poland",
            ),
            P(
                "Marta Piotrowska",
                "manager",
                2,
                "Ready to lead a team, has been acting lead for a year.",
                location="Kraków, Poland",
            ),
        ],
        **KRAKOW_HYBRID,
    ),
    two(
        "only a leader post, done with line work vs happy on the line, operator role",
        line(),
        ("Jaroslav Kučera", 0, "Only a leader post now - done with line work."),
        ("Radim Šimek", 2, "Happy on the line, doesn't want responsibility for others."),
        role(LINE_JOB, OSTRAVA),
    ),
]

STAGE_SIZE = [
    two(
        "wants a small product start-up vs a big stable corporation, start-up role",
        dev(),
        (
            "Artur Sadowski",
            2,
            "After 6 years in an outsourcing giant wants a small product start-up.",
        ),
        ("Ewa Kaczmarek", 0, "Wants a big stable corporation - mortgage, no start-ups."),
        role({}, KRAKOW_HYBRID, offers=["Seed-stage product start-up, 12 people"]),
    ),
    two(
        "wants a big employer after late pay vs hates big factories, 8 000-staff plant",
        line("Mladá Boleslav, Czechia"),
        ("Roman Hrubý", 2, "Wants a big employer - tired of small firms that pay late."),
        ("Miroslav Kopecký", 0, "Hates big factories, wants a small family workshop."),
        role(
            LINE_JOB,
            dict(remote_policy="onsite", location="Mladá Boleslav, Czechia"),
            offers=["Large automotive plant, 8 000 employees"],
        ),
    ),
    two(
        "wants a small family firm vs nothing said, family-run joinery",
        site(),
        ("Czesław Nowicki", 2, "Woli małą rodzinną firmę, gdzie szef zna ludzi."),
        ("Władysław Kozieł", 1),
        role(FORMWORK_JOB, WROCLAW, offers=["Family-run building firm, 40 people"]),
    ),
]

MISSION = [
    two(
        "refuses the arms industry vs wants to help defence, ammunition plant",
        torch(),
        ("Grzegorz Wojtas", 0, "Won't work for the arms industry, conscience."),
        ("Oleksii Hrechko", 2, "Хоче працювати в оборонці - для України."),
        role(
            WELD_JOB,
            dict(remote_policy="onsite", location="Skarżysko-Kamienna, Poland"),
            offers=["Ammunition and defence plant"],
        ),
    ),
    two(
        "vegetarian, no meat plants vs worked at a meat plant before, meat plant role",
        line("Wrocław, Poland"),
        ("Ilona Zawada", 0, "Wegetarianka - żadnych zakładów mięsnych ani ubojni."),
        ("Anna Rudenko", 2, "Worked at a meat plant before, no problem with it."),
        role(
            LINE_JOB,
            WROCLAW,
            title="Production Operator – Meat Processing",
            description="Run the slicing and packing line in a pork processing plant.",
        ),
    ),
    two(
        "no betting (father's addiction) vs loves football, fine with betting; bookmaker role",
        dev(),
        ("Piotr Wilk", 0, "No gambling companies - his father's addiction."),
        ("Marcin Sobański", 2, "Sports betting is fine, he loves football."),
        role({}, KRAKOW_HYBRID, offers=["Sports betting operator's platform team"]),
    ),
    two(
        "wants green energy vs nothing said, wind-blade plant",
        line("Szczecin, Poland"),
        ("Jakub Fornal", 2, "Chce pracować w zielonej energii."),
        ("Bogusław Rak", 1),
        role(
            LINE_JOB,
            dict(remote_policy="onsite", location="Szczecin, Poland"),
            offers=["Wind turbine blade factory"],
        ),
    ),
    two(
        "refuses tobacco vs nothing said, cigarette factory",
        line("Kraków, Poland"),
        ("Beata Żak", 0, "Nie będzie pracować przy tytoniu."),
        ("Gabriela Bury", 2),
        role(
            LINE_JOB,
            dict(remote_policy="onsite", location="Kraków, Poland"),
            offers=["Cigarette factory, automated packing lines"],
        ),
    ),
    two(
        "no alcohol, water or juice fine vs nothing said, mineral-water bottling",
        line(),
        ("Dariusz Mrozek", 2, "No alcohol lines (in recovery) - water or juice bottling is fine."),
        ("Kamil Osiński", 1),
        role(LINE_JOB, OSTRAVA, offers=["Mineral water bottling plant"]),
    ),
    two(
        "won't work for firms still trading in Russia vs nothing said, group still in Russia",
        lifts(),
        ("Liliia Shevchenko", 0, "Не працюватиму на компанії, які досі працюють у Росії."),
        ("Halyna Bondarenko", 2),
        role(DC_JOB, POZNAN, **PLN_DC, offers=["Part of a group that still runs plants in Russia"]),
    ),
    two(
        "wants meaningful medical work vs wants fintech money, hospital software role",
        dev(),
        ("Karina Wójcik", 2, "Wants meaningful work - healthcare, hospitals."),
        ("Mikołaj Zięba", 1, "Wants fintech money."),
        role({}, KRAKOW_HYBRID, offers=["Software for hospital wards"]),
    ),
    two(
        "refuses fast fashion vs nothing said, fast-fashion returns centre",
        lifts("Stryków, Poland"),
        ("Ada Lipińska", 0, "Not for fast fashion - sustainability matters to her."),
        ("Klaudia Baranowska", 2),
        role(DC_JOB, STRYKOW, **PLN_DC, offers=["Fast-fashion e-commerce returns centre"]),
    ),
    two(
        "'anything but weapons, civil aircraft fine' vs wants defence, civil aviation role",
        torch("Rzeszów, Poland"),
        ("Hubert Nowak", 2, "Anything but weapons - civilian aircraft parts are fine."),
        ("Robert Dziedzic", 1, "Wants defence work."),
        role(
            WELD_JOB,
            dict(remote_policy="onsite", location="Rzeszów, Poland"),
            offers=["Civil aviation parts supplier, no military work"],
        ),
    ),
]

TECH = [
    two(
        "no more Java vs Java fine, Java role",
        dev(),
        ("Adam Kubiak", 0, "No more Java, wants Python."),
        ("Marek Laskowski", 2, "Java is fine."),
        role({}, KRAKOW_HYBRID, requirements="Java 17\nSpring Boot\nPostgreSQL\nKafka"),
    ),
    two(
        "wants to learn SAP vs nothing said, SAP EWM warehouse",
        lifts(),
        ("Paula Maciejewska", 2, "Wants to learn SAP - only had Excel before."),
        ("Roksana Nowak", 1),
        role(DC_JOB, POZNAN, **PLN_DC, offers=["SAP EWM warehouse system, training given"]),
    ),
    two(
        "wants an automated warehouse vs refuses robots, AutoStore DC",
        lifts(),
        ("Zbigniew Łuczak", 2, "Wants an automated warehouse, tired of lifting."),
        ("Marianna Kot", 0, "Refuses robots, prefers manual."),
        role(DC_JOB, POZNAN, **PLN_DC, offers=["AutoStore robotic warehouse"]),
    ),
    two(
        "wants TIG work vs MIG only, TIG stainless role",
        torch(),
        ("Jan Kowalewski", 2, "Chce spawać TIG."),
        ("Józef Szczepański", 0, "Tylko MIG, TIG nie."),
        role(
            WELD_JOB,
            GLIWICE,
            requirements="TIG welding stainless\nEN ISO 9606-1\nReading welding drawings",
        ),
    ),
]

PAST_VENLO_NOHOUSE = dict(
    remote_policy="onsite", location="Venlo, Netherlands", salary_max=33_000, currency="EUR"
)
PAST_POZNAN = dict(
    remote_policy="onsite", location="Poznań, Poland", salary_max=69_600, currency="PLN"
)
PAST_KRAKOW_OFFICE = dict(remote_policy="onsite", location="Kraków, Poland")


def one(maker, name, grade, *said, apps=()):
    return maker(
        name,
        grade,
        *[s for s in said if not isinstance(s, dict)],
        apps=apps,
        touches=[s for s in said if isinstance(s, dict)],
    )


LAST_TIME = [
    C(
        "declined over no housing; this role houses",
        "backend",
        [
            one(
                lifts(),
                "Cristian Matei",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "No accommodation offered, couldn't afford a flat in Venlo",
                        past=PAST_VENLO_NOHOUSE,
                    )
                ],
            ),
            one(lifts(), "Valentin Radu", 1),
        ],
        **role(DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED]),
    ),
    C(
        "declined nights; this role is nights again",
        "backend",
        [
            one(
                lifts(),
                "Monika Grabowska",
                0,
                apps=[
                    declined(
                        200,
                        "other",
                        "Declined - role was nights, she won't do nights",
                        past=PAST_POZNAN,
                    )
                ],
            ),
            one(lifts(), "Aneta Sikorska", 2),
        ],
        **NIGHTS_DC,
    ),
    C(
        "declined over pay (asked 6 500, band 5 800); band now 6 400–7 200",
        "backend",
        [
            one(
                lifts(),
                "Marcin Bielawski",
                2,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Asked 6 500 gross, band capped at 5 800",
                        past=PAST_POZNAN,
                    )
                ],
            ),
            one(lifts(), "Tomasz Górny", 1),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "withdrew over no shuttle from Oleśnica; this role runs one",
        "backend",
        [
            one(
                lifts("Oleśnica, Poland"),
                "Paweł Jurek",
                2,
                apps=[withdrew(180, "location", "No car and no shuttle from Oleśnica")],
            ),
            one(lifts("Oleśnica, Poland"), "Krzysztof Żuk", 1),
        ],
        **role(
            DC_JOB, WROCLAW, **PLN_DC, offers=["Free shuttle bus from Oleśnica and Wrocław Główny"]
        ),
    ),
    C(
        "withdrew from a posting, wanted a German contract; this role is a posting again",
        "backend",
        [
            one(
                site(),
                "Dariusz Zięba",
                0,
                apps=[
                    withdrew(
                        150,
                        "other",
                        "Didn't want delegowanie again - only a direct German contract",
                    )
                ],
            ),
            one(site(), "Marek Stachowiak", 2),
        ],
        **role(
            FORMWORK_JOB,
            LEIPZIG,
            offers=["Polish contract, posted to Leipzig with A1 and per diems"],
        ),
    ),
    C(
        "turned down for no Czech permit; this role sponsors",
        "backend",
        [
            one(
                line(),
                "Serhii Panchenko",
                2,
                apps=[
                    app(
                        220,
                        "interview",
                        "rejected",
                        "other",
                        "No Czech work permit and client wouldn't sponsor",
                        role="Production Operator",
                    )
                ],
            ),
            one(line(), "Vitalii Honchar", 1),
        ],
        **role(LINE_JOB, OSTRAVA, offers=["We arrange the employee card (zaměstnanecká karta)"]),
    ),
    C(
        "declined B2B-only; this role is umowa o pracę",
        "backend",
        [
            one(
                dev(),
                "Agnieszka Trzebielska",
                2,
                apps=[declined(210, "other", "Only B2B on offer, she needs umowa o pracę")],
            ),
            one(dev(), "Kamil Urbański", 1),
        ],
        **role({}, KRAKOW_HYBRID, offers=["Umowa o pracę, full time"]),
    ),
    C(
        "declined five days in the Kraków office; this role is remote",
        "backend",
        [
            one(
                dev(),
                "Łukasz Sikorski",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Five days in the office in Kraków - no",
                        past=PAST_KRAKOW_OFFICE,
                    )
                ],
            ),
            one(dev(), "Michał Żurek", 1),
        ],
        **PL_REMOTE,
    ),
    C(
        "declined five days in the Kraków office; this role is on-site again",
        "backend",
        [
            one(
                dev(),
                "Joanna Król",
                0,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Five days in the office in Kraków - no",
                        past=PAST_KRAKOW_OFFICE,
                    )
                ],
            ),
            one(dev(), "Mariola Kozak", 2),
        ],
        remote_policy="onsite",
        location="Kraków, Poland",
        offers=["Five days a week in the Kraków office"],
    ),
    C(
        "declined a 3/1 international rotation; this role is domestic",
        "backend",
        [
            one(
                truck(),
                "Andrzej Bartosik",
                2,
                apps=[
                    declined(
                        190,
                        "other",
                        "3 weeks out 1 home - too long away from the kids",
                        role="HGV Driver",
                    )
                ],
            ),
            one(truck(), "Wojciech Kurek", 1),
        ],
        **role(DRIVE_JOB, STRYKOW, offers=["Domestic, home every night"]),
    ),
    C(
        "rejected for no UDT licence two months ago; nothing since",
        "backend",
        [
            one(
                lifts(),
                "Dawid Pacholczyk",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No UDT licence - can't drive the forklift",
                    )
                ],
            ),
            one(lifts(), "Kacper Orzeł", 2),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "declined 12-hour shifts; this role is 12-hour shifts again",
        "backend",
        [
            one(
                torch(),
                "Ireneusz Wolski",
                0,
                apps=[declined(170, "other", "12-hour shifts, declined - max 8", role="Welder")],
            ),
            one(torch(), "Rafał Bator", 2),
        ],
        **role(WELD_JOB, GLIWICE, offers=["12-hour shifts"]),
    ),
]

HISTORY = [
    C(
        "silver medalist at a client vs never reviewed",
        "backend",
        [
            one(
                lifts(),
                "Jacek Pawlicki",
                2,
                apps=[lost_final(200, "Lost to one other operative, client liked him")],
            ),
            one(
                lifts(),
                "Konrad Wójcik",
                1,
                apps=[app(200, "applied", "rejected", "other", "CV not reviewed in time")],
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
    C(
        "no-show on the first day at a client vs clean record",
        "backend",
        [
            one(
                lifts(),
                "Mirosław Błaszczyk",
                0,
                ats(
                    150,
                    "NO SHOW first day at Sady, no call, client furious. do not place at this client again",
                ),
            ),
            one(lifts(), "Sławomir Pietrzyk", 2),
        ],
        **role(
            DC_JOB,
            dict(remote_policy="onsite", location="Sady (Tarnowo Podgórne), Poland"),
            **PLN_DC,
        ),
    ),
    C(
        "placed by us before with good reviews vs nothing",
        "backend",
        [
            one(
                truck(),
                "Leszek Kubicki",
                2,
                ats(400, "Placed at Raben 2024, 12 months, great reviews, rehire yes"),
            ),
            one(truck(), "Marian Witkowski", 1),
        ],
        **role(DRIVE_JOB, STRYKOW),
    ),
]

PROCESS = [
    C(
        "reached a client's final stage lately vs CV never sent",
        "backend",
        [
            one(torch(), "Sebastian Rybak", 2, apps=[lost_final(45, role="Welder")]),
            one(
                torch(),
                "Bogdan Mazur",
                1,
                apps=[app(45, "applied", "rejected", "other", "CV never forwarded", role="Welder")],
            ),
        ],
        **role(WELD_JOB, GLIWICE),
    ),
    C(
        "placed by us six weeks ago vs free",
        "backend",
        [
            one(
                lifts(),
                "Artur Czajka",
                0,
                ats(42, "Placed at Lidl Sady, started 12/10, 3-month trial"),
            ),
            one(lifts(), "Krystyna Wolska", 2),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC),
    ),
]

LATEST_WORD = [
    C(
        "nights refused then fine vs nights fine then refused, night role",
        "backend",
        [
            one(
                lifts(),
                "Ewelina Szczepaniak",
                2,
                ("no nights", date(2026, 3, 2)),
                msg(date(2026, 9, 14), "nocki już mogę, mama przyjechała pomóc z dziećmi"),
            ),
            one(
                lifts(),
                "Agata Kubica",
                0,
                ("Agata: nights fine.", date(2026, 3, 2)),
                msg(date(2026, 9, 14), "sorry, nights are off now - second job in the mornings"),
            ),
        ],
        **NIGHTS_DC,
    ),
    C(
        "abroad: yes, no, yes vs no, yes, no; Venlo role",
        "backend",
        [
            one(
                lifts(),
                "Mariusz Kaczor",
                2,
                ("Will go to NL.", date(2026, 2, 1)),
                call(date(2026, 5, 5), "changed mind, staying in PL - wife ill"),
                msg(date(2026, 10, 1), "wife better, I can go to Holland now"),
            ),
            one(
                lifts(),
                "Roman Sowiński",
                0,
                ("Won't go abroad.", date(2026, 2, 1)),
                call(date(2026, 5, 5), "now ready for NL"),
                msg(date(2026, 10, 1), "forget Holland, got a job near home, staying"),
            ),
        ],
        **role(DC_JOB, VENLO, **NL_HOURLY, offers=[HOUSED]),
    ),
    C(
        "a stop taken back vs 'keep me posted' hardened into erasure",
        "backend",
        [
            one(
                line(),
                "Iryna Sydorchuk",
                2,
                msg(date(2026, 3, 3), "не пишіть мені"),
                msg(date(2026, 8, 3), "вибачте за різкість, я знову шукаю роботу, пишіть"),
            ),
            P(
                "Yana Petrenko",
                "backend",
                0,
                location="Ostrava, Czechia",
                touches=[
                    msg(date(2026, 3, 3), "keep me posted, cheers"),
                    msg(date(2026, 8, 3), "delete all my data and don't contact me"),
                ],
                excluded=True,
                **OPERATOR,
            ),
        ],
        **role(LINE_JOB, OSTRAVA),
    ),
    C(
        "pay ask lowered into the band vs raised above it",
        "backend",
        [
            one(
                lifts(),
                "Tadeusz Głowacki",
                2,
                ("min 8 000 gross", date(2026, 2, 2)),
                call(date(2026, 9, 9), "now ok with 7 000"),
            ),
            one(
                lifts(),
                "Adam Wrzesień",
                0,
                ("6 500 ok", date(2026, 2, 2)),
                call(date(2026, 9, 9), "now needs 9 000 minimum"),
            ),
        ],
        **role(
            DC_JOB,
            POZNAN,
            salary_min=76_800,
            salary_max=87_600,
            currency="PLN",
            offers=["6 400–7 300 PLN gross a month"],
        ),
    ),
    C(
        "office then remote vs remote then office, remote role",
        "backend",
        [
            one(
                dev(),
                "Patrycja Borowska",
                2,
                ("Wants the office.", date(2026, 1, 5)),
                mail(date(2026, 7, 1), "moved to the countryside, remote only now"),
            ),
            one(
                dev(),
                "Marek Rogala",
                0,
                ("Marek: remote only.", date(2026, 1, 5)),
                mail(date(2026, 7, 1), "had enough of home office, want an office now"),
            ),
        ],
        **PL_REMOTE,
    ),
    C(
        "needed sponsorship, now has free access vs nothing said, no-sponsor role",
        "backend",
        [
            one(
                line("Wrocław, Poland"),
                "Tamara Lysak",
                2,
                ("Tamara needs a work permit.", date(2026, 2, 2)),
                ats(date(2026, 10, 5), "Got Karta Pobytu with free labour-market access."),
            ),
            one(line("Wrocław, Poland"), "Zoriana Havryliuk", 1),
        ],
        **role(LINE_JOB, WROCLAW, description="Run CNC lathes. " + NO_SPONSOR),
    ),
    C(
        "no postings then postings fine vs postings fine then not, weekly German role",
        "backend",
        [
            one(
                site(),
                "Grzegorz Bednarz",
                2,
                ("No delegacja.", date(2026, 1, 12)),
                call(date(2026, 9, 1), "kids older now, Mon-Fri in Germany fine"),
            ),
            one(
                site(),
                "Wiktor Kowalski",
                0,
                ("Delegacja ok.", date(2026, 1, 12)),
                call(date(2026, 9, 1), "wife pregnant, no more time away"),
            ),
        ],
        **role(FORMWORK_JOB, WROCLAW, offers=["Germany Monday to Friday"]),
    ),
    C(
        "wanted to lead then back to hands-on vs no leading then ready, leader role",
        "backend",
        [
            one(
                line(),
                "Petra Holubová",
                0,
                ("Petra wants to lead.", date(2026, 1, 1)),
                msg(date(2026, 8, 1), "tried leading, hated the paperwork - back to the machine"),
            ),
            one(
                line(),
                "Hana Vlčková",
                2,
                ("No leading.", date(2026, 1, 1)),
                msg(date(2026, 8, 1), "ready to lead a shift now"),
            ),
        ],
        **role(LINE_JOB, OSTRAVA, title="Shift Leader – CNC line", seniority="lead"),
    ),
    C(
        "refused meat then fine vs fine then refused, meat plant",
        "backend",
        [
            one(
                line("Wrocław, Poland"),
                "Nadiia Bilous",
                2,
                ("No meat plants.", date(2026, 2, 1)),
                msg(date(2026, 9, 1), "meat plant is ok now, I need the job"),
            ),
            one(
                line("Wrocław, Poland"),
                "Larysa Kutsenko",
                0,
                ("Meat plant fine.", date(2026, 2, 1)),
                msg(date(2026, 9, 1), "no more meat plants, I can't stand the smell"),
            ),
        ],
        **role(LINE_JOB, WROCLAW, title="Production Operator – Meat Processing"),
    ),
    C(
        "UoP only then B2B fine vs B2B then UoP only, B2B role",
        "backend",
        [
            one(
                dev(),
                "Szymon Pawelec",
                2,
                ("UoP only.", date(2026, 1, 1)),
                mail(date(2026, 8, 1), "mortgage done, B2B fine now"),
            ),
            one(
                dev(),
                "Aleksander Lewicki",
                0,
                ("B2B fine.", date(2026, 1, 1)),
                mail(date(2026, 8, 1), "applying for a mortgage, UoP only now"),
            ),
        ],
        **role({}, KRAKOW_HYBRID, offers=["B2B contract only"]),
    ),
    C(
        "no car then bought one vs car then sold it, 50-minute commute",
        "backend",
        [
            one(
                lifts("Gniezno, Poland"),
                "Jan Ryba",
                2,
                ("No car, max 30 min.", date(2026, 1, 1)),
                call(date(2026, 9, 1), "bought a car, up to an hour fine"),
            ),
            one(
                lifts("Gniezno, Poland"),
                "Ludwik Baran",
                0,
                ("Has a car, an hour is fine.", date(2026, 1, 1)),
                call(date(2026, 9, 1), "sold the car, max 30 min now"),
            ),
        ],
        **role(DC_JOB, POZNAN, **PLN_DC, offers=["No shuttle; 50 minutes' drive from Gniezno"]),
    ),
    C(
        "'not before March' called off vs 'any time' turned into 'after Easter'",
        "backend",
        [
            one(
                torch(),
                "Kazimierz Dudek",
                2,
                ("Not before March - noted.", date(2026, 10, 1)),
                msg(date(2026, 11, 10), "project cancelled, free now"),
            ),
            one(
                torch(),
                "Roman Jurkiewicz",
                1,
                ("Any time - noted.", date(2026, 9, 1)),
                msg(date(2026, 11, 10), "not before Easter now"),
            ),
        ],
        **role(WELD_JOB, GLIWICE),
    ),
]

HELDOUT73_CASES: list[Case] = [
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
