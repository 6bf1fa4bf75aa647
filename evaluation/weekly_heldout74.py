"""Held-out weekly reconnect cases, seventy-fourth set: contract, freelance and interim hiring,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

Everyone here is otherwise due in the week of the case: reached a client's final stage in June
2025 and lost to one other person, and was last spoken to long before the week (160 days),
unless the case is about a recent contact. The voices are a UK and Irish IT contract desk, a US
staffing firm (W-2, 1099, C2C) and a Munich freelance agency: consultants' ATS shorthand,
contractors' availability emails, texts, LinkedIn replies and a few lines in German. What
decides is what they told us:

1. opt-outs (delete my data, "STOP", a consultant's DNC, a LinkedIn "never again", German
   "Kontaktsperre"): never listed; beside each a scoped stop that is due (no calls on site,
   not that client, contracts only, newsletter only, "bitte nur per E-Mail");
2. waits counted from the day said: a contract extended to the end of March, an SoW to a go-live,
   30 days' notice, the Christmas change freeze, an interim to the end of the tax year, German
   "erst ab Mai", a twelve-month extension running into 2028: not listed while they run, listed
   once they have, each beside a twin whose wait is over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: spoken to last week is not listed, months ago is;
5. the latest word counts: a stop taken back, a wait called off early, an "available now"
   hardened into an extension.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 16),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Python Contractor",
)
LONG_AGO = 160


def last_spoke() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Otherwise due; told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ----------------------------------------

OPT_OUTS = [
    W(
        "delete all my data vs update my rate in your system",
        [
            heard(
                "Aldric Fensome",
                wrote(LONG_AGO, "Delete everything you hold on me and do not contact me again."),
                due=False,
            ),
            heard(
                "Beatrice Lamplugh",
                wrote(
                    LONG_AGO,
                    "Please update my rate in your system to £600/day outside. Still available.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by WhatsApp vs no calls while on the client site",
        [
            heard("Cedric Howcroft", wrote(LONG_AGO, "STOP - Cedric", "other"), due=False),
            heard(
                "Daphne Utterson",
                wrote(LONG_AGO, "no calls on site pls, client is strict. whatsapp fine", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "consultant's DNC vs not that client again",
        [
            heard(
                "Erasmus Pollitt",
                noted(LONG_AGO, "cand req no further contact. DNC set."),
                due=False,
            ),
            heard(
                "Fenwick Sallowfield",
                noted(LONG_AGO, "cand: never put me fwd to Capita again. all else ok"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me vs contracts only, no perm",
        [
            heard(
                "Gisela Marchetti",
                wrote(LONG_AGO, "Don't message me again, about anything.", "linkedin"),
                due=False,
            ),
            heard(
                "Horatia Binns",
                wrote(LONG_AGO, "Contracts only please, no perm roles.", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "German: Kontaktsperre vs nur per E-Mail",
        [
            heard(
                "Ulrich Hausknecht",
                noted(LONG_AGO, "Kandidat wünscht keinen Kontakt mehr - Kontaktsperre gesetzt."),
                due=False,
            ),
            heard(
                "Waltraud Kessler",
                wrote(LONG_AGO, "Bitte nur noch per E-Mail, nicht telefonisch. Projekte gern."),
                due=True,
            ),
        ],
    ),
    W(
        "US: unsubscribe from everything vs unsubscribe from the newsletter only",
        [
            heard(
                "Jaxon Pendergast",
                wrote(
                    LONG_AGO, "Unsubscribe me from everything your firm sends. I'm not a candidate."
                ),
                due=False,
            ),
            heard(
                "Kinsley Albright",
                wrote(
                    LONG_AGO,
                    "Unsubscribed from the weekly jobs newsletter - but do reach out directly "
                    "about C2C work.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Irish: take me off your list for good vs new number for the file",
        [
            heard(
                "Ruairí Cleary",
                wrote(LONG_AGO, "take me off yer list for good, not interested", "other"),
                due=False,
            ),
            heard(
                "Sadhbh Mulrooney",
                wrote(
                    LONG_AGO, "new number for ye - 087 555 0192. still grand for contracts", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired, close my record vs on holiday, back next month",
        [
            heard(
                "Thaddeus Brimble",
                noted(
                    LONG_AGO,
                    "Closed his Ltd co, retired. Asked us to close his record, no more contact.",
                ),
                due=False,
            ),
            heard(
                "Ursula Mossinghay",
                noted(LONG_AGO, "On holiday three weeks, back mid-July, then keen on contracts."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits, checked both ways ---------------------------------------------------------------

EXTENDED_MARCH = ("Extended at the client to 31 March - not free before April.", date(2026, 11, 2))
SOW_GOLIVE = ("On an SoW tied to the 20 February go-live; nothing before that.", date(2026, 10, 19))
CHANGE_FREEZE = ("locked in till after the xmas change freeze, try me in jan", date(2026, 11, 16))
GERMAN_MAY = ("Projekt verlängert, erst ab Mai wieder verfügbar.", date(2026, 11, 9))
LONG_EXTENSION = (
    "Signed a 12-month extension from January 2027 - not available till 2028.",
    date(2026, 11, 2),
)

WAITS = [
    W(
        "extended to end of March vs a contract that ended in September",
        [
            said("Ingram Blaylock", EXTENDED_MARCH, due=False),
            said(
                "Juliet Thwaite",
                ("Contract ended 30/09, available now.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "extended to end of March: due in April",
        [said("Kenelm Yardley", EXTENDED_MARCH, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "an SoW to a February go-live vs one that went live in July",
        [
            said("Leocadia Pyne", SOW_GOLIVE, due=False),
            said(
                "Mungo Ferrers",
                ("SoW ended with the go-live on 15 July.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "an SoW to a February go-live: due in March",
        [said("Nerys Prothero", SOW_GOLIVE, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "30 days' notice given this month vs given in the summer",
        [
            said(
                "Obadiah Kemble",
                ("gave 30 days notice at my W-2 job today", date(2026, 11, 16)),
                due=False,
            ),
            said(
                "Pansy Merridew",
                ("gave 30 days notice at my W-2 job today", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "the Christmas change freeze: not due in December",
        [said("Quincy Ashbury", CHANGE_FREEZE, due=False)],
        week=date(2026, 12, 14),
    ),
    W(
        "the Christmas change freeze: due in January",
        [said("Rosalie Dankworth", CHANGE_FREEZE, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "German: erst ab Mai vs seit Oktober frei",
        [
            said("Sieglinde Haberl", GERMAN_MAY, due=False),
            said(
                "Tassilo Brunnhuber",
                ("Projekt Ende September beendet, ab sofort verfügbar.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "German: erst ab Mai: due in May",
        [said("Ute Lindemayr", GERMAN_MAY, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "baby due in January, back in May vs back from parental leave in September",
        [
            said(
                "Verity Hollingshead",
                ("Baby due in January - no contracts till May.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Wystan Corrigan",
                ("On parental leave until September, then back contracting.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "baby due in January, back in May: due in May",
        [
            said(
                "Xavier Thornbury",
                ("Baby due in January - no contracts till May.", date(2026, 11, 2)),
                due=True,
            )
        ],
        week=date(2027, 5, 17),
    ),
    W(
        "US: not before Q2 vs a Q2 that has passed",
        [
            said(
                "Yolanda Brightwell",
                ("Locked in on a 1099 gig through Q1, talk to me in Q2.", date(2026, 11, 9)),
                due=False,
            ),
            said(
                "Zane Kilgour",
                ("Locked in on a 1099 gig through Q1, talk to me in Q2.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "US: not before Q2: due in April",
        [
            said(
                "Annika Sorrell",
                ("Locked in on a 1099 gig through Q1, talk to me in Q2.", date(2026, 11, 9)),
                due=True,
            )
        ],
        week=date(2027, 4, 5),
    ),
    W(
        "a 12-month extension to 2028: not due in autumn 2027",
        [said("Vivian Orchardson", LONG_EXTENSION, due=False)],
        week=date(2027, 10, 4),
    ),
    W(
        "a 12-month extension to 2028: due in January 2028",
        [said("Winston Hebblethwaite", LONG_EXTENSION, due=True)],
        week=date(2028, 1, 17),
    ),
    W(
        "interim to the end of the tax year vs last tax year",
        [
            said(
                "Yardena Colquhoun",
                (
                    "Interim runs to the end of the tax year - call me after 5 April.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
            said(
                "Zephyr Ellingham",
                (
                    "Interim runs to the end of the tax year - call me after 5 April.",
                    date(2026, 2, 9),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait -----------------------------------------------

NO_WAIT = [
    W(
        "contract history with dates, available now",
        [
            said(
                "Adelaide Brockhurst",
                (
                    "Contracts: Sky 01/24-06/24, BT 07/24-10/26. Finished 30/10, free immediately.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "holiday dates already past, back and looking",
        [
            heard(
                "Bellamy Ormsgill",
                wrote(
                    date(2026, 6, 15),
                    "Back from Lanzarote 10/06, rate 550 o/s, available from today - send "
                    "anything.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "US: start dates flexible, 'available from' already passed",
        [
            said(
                "Corinna Vail",
                ("Available from Nov 1; W-2 or C2C, flexible start.", date(2026, 10, 12)),
                due=True,
            )
        ],
    ),
]

# --- 4. restraint ------------------------------------------------------------------------------

RESTRAINT = [
    W(
        "spoken to last week vs months ago",
        [
            heard("Dorcas Pilbeam", touch(6, "outbound", "replied", channel="phone"), due=False),
            heard(
                "Eustace Marlow", touch(LONG_AGO, "outbound", "replied", channel="phone"), due=True
            ),
        ],
    ),
    W(
        "a role sent by text four days ago",
        [
            heard(
                "Florian Greatbatch",
                touch(4, "outbound", None, "re_engagement", channel="other"),
                due=False,
            )
        ],
    ),
]

# --- 5. the latest word counts -----------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Griselda Tankard",
                wrote(date(2026, 2, 2), "stop messaging me - Griselda", "other"),
                wrote(
                    date(2026, 6, 1), "ignore my last - looking for contracts again, get in touch"
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into an erasure",
        [
            heard(
                "Hilliard Ouseley",
                wrote(date(2026, 2, 2), "keep me posted on Python contracts"),
                wrote(date(2026, 6, 1), "Please erase my details and stop contacting me. Hilliard"),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Isolde Fairbrass",
                wrote(
                    date(2026, 5, 4), "Extended to the end of March 2027, not available till April."
                ),
                wrote(
                    date(2026, 6, 22),
                    "Client cut the budget - my contract ends Friday after all, free now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "available now hardened into an extension to June",
        [
            heard(
                "Jethro Quarrie",
                wrote(date(2026, 3, 2), "Free now, send me anything."),
                wrote(
                    date(2026, 6, 8), "Scratch that - they've extended me to the end of June 2027."
                ),
                due=False,
            )
        ],
    ),
    W(
        "German: erst Kontaktsperre, dann wieder offen",
        [
            heard(
                "Kunigunde Wallner",
                noted(date(2026, 1, 12), "Kontaktsperre auf Wunsch der Kandidatin."),
                wrote(date(2026, 6, 15), "Ich bin wieder auf Projektsuche, melden Sie sich gern."),
                due=True,
            )
        ],
    ),
]

LATEST += [
    W(
        "German: erst ab März, dann doch sofort",
        [
            heard(
                "Bertold Achleitner",
                wrote(date(2026, 5, 11), "Ich bin erst ab März 2027 verfügbar."),
                wrote(date(2026, 6, 29), "Projekt vorzeitig beendet - ab sofort verfügbar."),
                due=True,
            )
        ],
    ),
    W(
        "contract ok, then 'no more contact' by LinkedIn",
        [
            heard(
                "Cosima Feltham",
                wrote(date(2026, 2, 16), "Open to contracts, send them over.", "linkedin"),
                wrote(
                    date(2026, 5, 18),
                    "Please stop contacting me, I'm not interested any more. Cosima",
                    "linkedin",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT74_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
