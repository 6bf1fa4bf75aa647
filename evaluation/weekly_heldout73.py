"""Held-out weekly reconnect cases, seventy-third set: a Central and Eastern European staffing
desk's own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only),
measured and reported on its own line.

Everyone here is otherwise due in the week of the case: reached a client's final stage in May
2025 and lost to one other person, and was last spoken to long before the week (170 days),
unless the case is about a recent contact. A wait sits in a dated motivation, so no recent
contact holds the person back instead. The people are Poles, Ukrainians, Romanians and Czechs in
warehouses, plants, trucks, building sites and IT outsourcing; the voices are coordinators' ATS
lines, Viber, Telegram and WhatsApp messages, emails and LinkedIn replies, some in Polish,
Ukrainian, Romanian and Czech. What decides is what they told us:

1. opt-outs (Polish, Ukrainian, Romanian and Czech stops, a RODO erasure, "STOP", an Article 21
   objection, a LinkedIn "never again"): never listed; beside each a scoped stop that is due (a
   new number, Telegram not Viber, no calls at work, no more Tilburg client, newsletter only,
   email not phone, feedback owed first);
2. waits counted from the day said, both ways: a Polish notice period, Orthodox Christmas, the
   DC peak to mid-January, a posting to 31 January, Romanian Orthodox Easter 2027, a ski season
   to March, a Czech "after New Year", a Ukrainian "in two months", a permit decision, an EU Blue
   Card wait into 2027; not listed while they run, listed once they have; each beside a twin
   whose wait is over, and some checked again in a later week;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a Viber ten days ago holds back, the same months ago does not;
5. the latest word counts: a stop taken back, "keep me posted" hardened into an erasure, a wait
   called off early, "any time" turned into "after Orthodox Easter".
"""
# ruff: noqa: E501

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 19),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own message (Viber, Telegram, WhatsApp by default; ``channel="email"`` for mail)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A coordinator's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due --------------------------------------

OPT_OUTS = [
    W(
        "Polish: never write to me again vs Polish: new number",
        [
            heard(
                "Stefan Marczak",
                wrote(LONG_AGO, "Proszę już nigdy do mnie nie pisać, nie chcę żadnych ofert."),
                due=False,
            ),
            heard(
                "Roman Grabarczyk",
                wrote(
                    LONG_AGO,
                    "Zmieniłem numer, ten stary już nie działa - piszcie na nowy, oferty dalej mile widziane.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Ukrainian: remove me from your lists vs Telegram instead of Viber",
        [
            heard(
                "Larysa Dovhan",
                wrote(
                    LONG_AGO,
                    "Приберіть мене з усіх ваших списків, я більше не хочу отримувати повідомлень.",
                ),
                due=False,
            ),
            heard(
                "Maryna Sokolenko",
                wrote(LONG_AGO, "Пишіть краще в Telegram, у Viber я рідко заходжу."),
                due=True,
            ),
        ],
    ),
    W(
        "Romanian: don't contact me any more vs no more offers for the Tilburg client",
        [
            heard(
                "Costel Barbu",
                wrote(LONG_AGO, "Nu mă mai contactați, vă rog. Nu mai sunt interesat."),
                due=False,
            ),
            heard(
                "Liviu Neagu",
                wrote(LONG_AGO, "Pentru Tilburg nu mai trimiteți nimic, în rest sunt disponibil."),
                due=True,
            ),
        ],
    ),
    W(
        "Czech: delete my details vs Czech: don't ring at work, email fine",
        [
            heard(
                "Vladimír Hájek",
                wrote(LONG_AGO, "Smažte prosím moje údaje a už mě nekontaktujte."),
                due=False,
            ),
            heard(
                "Karel Blažek",
                wrote(LONG_AGO, "V práci mi nevolejte, e-mail je v pořádku.", "email"),
                due=True,
            ),
        ],
    ),
    W(
        "a RODO erasure logged vs off the newsletter only",
        [
            heard(
                "Henryka Sobolewska",
                noted(LONG_AGO, "cand - zadanie usuniecia danych RODO. usunac, nie kontaktowac."),
                due=False,
            ),
            heard(
                "Bożena Tomczak",
                noted(LONG_AGO, "cand wypisana z newslettera, indywidualne oferty ok"),
                due=True,
            ),
        ],
    ),
    W(
        "STOP by text vs stop the night-shift offers",
        [
            heard("Daniel Kruk", wrote(LONG_AGO, "STOP. lose my number"), due=False),
            heard(
                "Konrad Pająk", wrote(LONG_AGO, "stop sending nights pls, days are fine"), due=True
            ),
        ],
    ),
    W(
        "an Article 21 objection vs feedback owed first",
        [
            heard(
                "Oleksandr Tkachuk",
                wrote(
                    LONG_AGO,
                    "I object under Article 21 GDPR to any further processing of my data for recruitment. Do not contact me.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Yevheniia Mazur",
                wrote(
                    LONG_AGO,
                    "Before any new offers, please send the feedback from the Ostrava interview - I'm still waiting.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never again vs LinkedIn: email me instead",
        [
            heard(
                "Marcel Wojtczak",
                wrote(LONG_AGO, "Please never contact me about jobs again."),
                due=False,
            ),
            heard(
                "Filip Krzemiński",
                wrote(LONG_AGO, "Not on LinkedIn please, email me - still open to offers."),
                due=True,
            ),
        ],
    ),
    W(
        "Polish coordinator: wants no more contact vs no more building sites",
        [
            heard(
                "Zenon Bartczak",
                noted(LONG_AGO, "kand. nie zyczy sobie dalszego kontaktu. DNC."),
                due=False,
            ),
            heard(
                "Lucjan Gołąb", noted(LONG_AGO, "kand. nie chce juz budow, tylko magazyn"), due=True
            ),
        ],
    ),
    W(
        "Romanian: erase my data vs new phone number from Romania",
        [
            heard(
                "Adina Moldovan",
                wrote(LONG_AGO, "Ștergeți-mi datele personale din sistemul dumneavoastră."),
                due=False,
            ),
            heard(
                "Roxana Dinu",
                wrote(LONG_AGO, "Am număr nou de România, vă rog actualizați. Caut în continuare."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said -------------------------------------------------------

NOTICE = (
    "Złożył wypowiedzenie, 3 miesiące okresu wypowiedzenia - wcześniej nie zacznie.",
    date(2026, 11, 2),
)
ORTHODOX_XMAS = ("Після Різдва, після 7 січня, тоді поговоримо.", date(2026, 11, 16))
PEAK = ("Contracted for peak at the DC to mid-January, not leaving before.", date(2026, 10, 19))
POSTING = ("Na delegacji w Hamburgu do 31 stycznia.", date(2026, 10, 1))
PASTE = ("Nu pot pleca până după Paștele ortodox.", date(2026, 11, 4))
SKI = ("Zimą pracuję na wyciągu do końca sezonu w marcu.", date(2026, 11, 5))
NEW_YEAR = ("Ozvěte se až po Novém roce.", date(2026, 11, 9))
TWO_MONTHS = ("Через два місяці, зараз після операції.", date(2026, 11, 2))
BLUE_CARD = (
    "Blue Card application in Germany pending - can't move before the decision, expected end of February.",
    date(2026, 11, 10),
)

WAITS = [
    W(
        "Polish notice given this month vs given in May",
        [
            told("Adam Przybylski", NOTICE, due=False),
            told(
                "Mirosław Zawisza",
                ("Złożył wypowiedzenie, 3 miesiące okresu wypowiedzenia.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "Polish notice: due in mid-February",
        [told("Bogumił Kasprzak", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "Orthodox Christmas said this month vs said last December",
        [
            told("Oksana Kyrylenko", ORTHODOX_XMAS, due=False),
            told(
                "Svitlana Rudenko",
                ("Після Різдва, після 7 січня, тоді поговоримо.", date(2025, 12, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "Orthodox Christmas: due mid-January",
        [told("Halyna Kravets", ORTHODOX_XMAS, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "DC peak to mid-January this year vs last year",
        [
            told("Jacek Kubacki", PEAK, due=False),
            told(
                "Rafał Gierczak",
                (
                    "Contracted for peak at the DC to mid-January, not leaving before.",
                    date(2025, 10, 20),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "posting to 31 January vs posting ended 30 September",
        [
            told("Marian Łukaszewicz", POSTING, due=False),
            told(
                "Wojciech Mikulski",
                ("Delegacja kończy się 30 września.", date(2026, 9, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "posting to 31 January: due in February",
        [told("Kazimierz Wieczorek", POSTING, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "Romanian Orthodox Easter, said this month vs said last February",
        [
            told("Ionel Marin", PASTE, due=False),
            told(
                "Dorin Sandu",
                ("Nu pot pleca până după Paștele ortodox.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "Orthodox Easter 2027: still not due in mid-April",
        [told("Florin Iordache", PASTE, due=False)],
        week=date(2027, 4, 19),
    ),
    W(
        "Orthodox Easter 2027: due in mid-May",
        [told("Viorel Stan", PASTE, due=True)],
        week=date(2027, 5, 17),
    ),
    W(
        "ski season to March vs strawberry season ended August",
        [
            told("Józef Bachleda", SKI, due=False),
            told(
                "Andrzej Galica",
                ("Lato na truskawkach w Holandii do końca sierpnia.", date(2026, 5, 25)),
                due=True,
            ),
        ],
    ),
    W(
        "Czech: after New Year, this November vs last November",
        [
            told("Milan Šťastný", NEW_YEAR, due=False),
            told("Josef Koubek", ("Ozvěte se až po Novém roce.", date(2025, 11, 10)), due=True),
        ],
    ),
    W(
        "Ukrainian: in two months, now vs said in July",
        [
            told("Petro Lytvyn", TWO_MONTHS, due=False),
            told(
                "Bohdan Tarasenko",
                ("Через два місяці, зараз після операції.", date(2026, 7, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "a Blue Card decision at the end of February: not due in late January",
        [
            told("Andriy Shapoval", BLUE_CARD, due=False),
        ],
        week=date(2027, 1, 25),
    ),
    W(
        "a Blue Card decision at the end of February: due in March",
        [told("Taras Kolomiiets", BLUE_CARD, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Czech after New Year: due mid-January",
        [told("Libor Machala", NEW_YEAR, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "ski season to March: due in April",
        [told("Franciszek Pitoń", SKI, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Ukrainian two months from early November: due in February",
        [told("Yurii Danyliuk", TWO_MONTHS, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "DC peak to mid-January: due in February",
        [told("Grzegorz Fijałkowski", PEAK, due=True)],
        week=date(2027, 2, 1),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a CV history full of dates, available now",
        [
            told(
                "Norbert Kaczyński",
                (
                    "DHL 03.2021–08.2024, Amazon 09.2024–10.2026, UDT renewed 05.2026. Available immediately.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Ukrainian: dates of permit and passport, no wait",
        [
            told(
                "Viktoriia Kovalenko",
                (
                    "Карта побиту до 12.2028, паспорт до 2031. Можу почати будь-коли.",
                    date(2026, 10, 12),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Czech: dates of certificates, free to start",
        [
            told(
                "Lubomír Sedláček",
                (
                    "Svářečský průkaz platí do 03/2027, ZP 01/2026. Můžu nastoupit hned.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint -------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a Viber ten days ago vs the same months ago",
        [
            NotDue(
                "Kamil Borowiec",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        10,
                        outcome="no_reply",
                        channel="other",
                        note="Sent Venlo DC offer on Viber.",
                    ),
                ],
            ),
            Due(
                "Marcin Żak",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent Venlo DC offer on Viber.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ------------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me posted' hardened into an erasure",
        [
            heard(
                "Iryna Hnatyuk",
                wrote(date(2026, 2, 2), "не пишіть мені більше"),
                wrote(date(2026, 6, 1), "вибачте, я знову шукаю роботу, пишіть будь ласка"),
                due=True,
            ),
            heard(
                "Anna Zielonka",
                wrote(date(2026, 2, 2), "nie teraz, ale dajcie znać jak coś będzie"),
                wrote(date(2026, 6, 1), "Proszę usunąć moje dane i nie kontaktować się."),
                due=False,
            ),
        ],
    ),
    W(
        "'not before March' called off early: due now",
        [
            heard(
                "Marek Cichoń",
                wrote(date(2026, 4, 6), "not before March next year"),
                wrote(date(2026, 6, 1), "forget March - contract ended early, free now"),
                due=True,
            ),
        ],
    ),
    W(
        "'any time' turned into 'after Orthodox Easter'",
        [
            heard(
                "Mihaela Toma",
                wrote(date(2026, 3, 2), "Oricând, sunt disponibilă."),
                wrote(date(2026, 6, 8), "M-am răzgândit: după Paștele ortodox de anul viitor."),
                due=False,
            ),
        ],
    ),
    W(
        "a coordinator's DNC later withdrawn by the candidate",
        [
            heard(
                "Tomasz Pielak",
                noted(date(2026, 1, 12), "DNC na prośbę kand."),
                wrote(
                    date(2026, 6, 15),
                    "Wiem, że prosiłem o brak kontaktu, ale teraz szukam - piszcie śmiało.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Czech 'after New Year' taken back a month later",
        [
            heard(
                "Radka Pokorná",
                wrote(date(2026, 5, 4), "Ozvěte se až po Novém roce, teď nemůžu."),
                wrote(
                    date(2026, 6, 1), "Zapomeňte na to, co jsem psala - můžu hned, klidně volejte."
                ),
                due=True,
            ),
        ],
    ),
]

HELDOUT73_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
