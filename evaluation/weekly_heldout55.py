"""Held-out weekly reconnect cases, fifty-fifth set: construction, skilled trades and field
engineering in the US and Canada, written by a stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

Everyone here is otherwise due in the week of the case: reached a contractor's final round in
May 2025 and lost to one other hand, and was last spoken to long before the week (160 days, past
a silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a text, voicemail or email sent long enough before the week
that no recent contact holds the person back instead. The voices are a trades staffing desk's
shorthand, union business agents, and workers' texts, voicemails and emails, some in Spanish and
Québécois French, about electricians, pipefitters, welders, operators, linemen and supers.

1. opt-outs (STOP by text, a BA relaying a brother's stop, a formal deletion email, a voicemail,
   Spanish, Québécois, "unsub all", a bare "no thanks" to our pitch): never listed; beside each a
   scoped stop that is due (a new number, dispatch-only, the newsletter only, no daytime calls,
   WhatsApp instead, not one GC, email not LinkedIn, not that town);
2. waits counted from the day said: a six-week turnaround, after Christmas, spring, end of Q1,
   thirty days' notice, the Stampede in July, US Thanksgiving, 1 March, "in 3 months", Pâques,
   after the winter shutdown, año nuevo: not listed while they run; each beside a twin whose wait
   is already over; and a few checked in a later week, once they have run out;
3. notes full of dates that ask for no wait are due; "give me a year at the new outfit" is not;
4. plain restraint: a pitch texted six days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due, "keep me posted" hardened into a stop is
   not; a wait called off early is due, "anytime" turned into "after breakup" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Journeyman Electrician",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text, with ``channel="other"``; voicemail with ``"phone"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due --------------------------------------

OPT_OUTS = [
    W(
        "texted STOP vs texted a new number",
        [
            heard("Buford Lathrop", wrote(LONG_AGO, "STOP please", "other"), due=False),
            heard(
                "Ricky Dufresne",
                wrote(
                    LONG_AGO, "switched carriers, new # is 780-555-0192. keep em coming", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a BA relays a brother's stop vs a BA says go through dispatch",
        [
            heard(
                "Norris Wachowski",
                logged(
                    LONG_AGO,
                    "BA from Local 424 called: Wachowski wants no more calls or texts from us, "
                    "ever.",
                ),
                due=False,
            ),
            heard(
                "Clement Arsenault",
                logged(
                    LONG_AGO,
                    "BA from Local 424: route Arsenault's calls through the dispatch office, he's "
                    "on the books and wants work.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "formal deletion email vs off the newsletter only",
        [
            heard(
                "Georgina Pettibone",
                wrote(
                    LONG_AGO,
                    "Please delete my records and do not contact me again. This is a formal "
                    "request.",
                ),
                due=False,
            ),
            heard(
                "Hattie Crenshaw",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the jobs newsletter please - but you can still call me "
                    "about super roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "voicemail: don't ever call me again vs don't call while I'm on the tools",
        [
            heard(
                "Lyman Strickland",
                wrote(
                    LONG_AGO,
                    "yeah this is Lyman, do not call this number again, I'm not interested, ever, "
                    "goodbye",
                    "phone",
                ),
                due=False,
            ),
            heard(
                "Ozzie Kincaid",
                wrote(
                    LONG_AGO,
                    "it's Ozzie, can't talk on the tools, call after 5:30, still looking",
                    "phone",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't write to me anymore vs WhatsApp, not calls",
        [
            heard(
                "Teodoro Valdivia",
                wrote(LONG_AGO, "ya no me escriban, no quiero nada con ustedes", "other"),
                due=False,
            ),
            heard(
                "Pascual Benavides",
                wrote(
                    LONG_AGO,
                    "no me llamen, mejor escríbanme por whatsapp, sigo buscando chamba",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Québécois: leave me alone for good vs not for EBC, the rest is fine",
        [
            heard(
                "Ghislain Bédard",
                wrote(LONG_AGO, "Lâchez-moi pour de bon, rappelez pus jamais.", "other"),
                due=False,
            ),
            heard(
                "Normand Vachon",
                wrote(
                    LONG_AGO, "Pus de jobs chez EBC svp, mais pour le reste appelez-moi.", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsub all vs email not LinkedIn",
        [
            heard("Darnell Pugh", logged(LONG_AGO, "per cand - unsub all, DNC"), due=False),
            heard(
                "Evangeline Comeaux",
                logged(LONG_AGO, "per cand - doesn't use LinkedIn, email only going forward"),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'no thanks' to our pitch vs no thanks to Estevan only",
        [
            heard(
                "Roland Kaye",
                touch(LONG_AGO + 1, "outbound", None, "re_engagement"),
                wrote(LONG_AGO, "no thanks, I'm good"),
                due=False,
            ),
            heard(
                "Virgil Stanek",
                touch(LONG_AGO + 1, "outbound", None, "re_engagement"),
                wrote(LONG_AGO, "No thanks on Estevan, too far. Regina area I'm in."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: remove me from your pool vs stop the texts, email is fine",
        [
            heard(
                "Marguerite Slade",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    note="Remove me from your candidate pool and stop contacting me.",
                    channel="linkedin",
                ),
                due=False,
            ),
            heard(
                "Dorian Whitehall",
                wrote(LONG_AGO, "please stop the texts, email is fine for jobs", "other"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

WAITS = [
    W(
        "six weeks of turnaround from 16 November vs six weeks from 7 September",
        [
            told(
                "Clyde Hemphill",
                ("Started a 6-week TA, call after it wraps.", date(2026, 11, 16)),
                due=False,
            ),
            told(
                "Roscoe Tillery",
                ("Started a 6-week TA, call after it wraps.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "after Christmas said this month vs said last December",
        [
            told("Orval Pettigrew", ("not til after christmas", date(2026, 11, 9)), due=False),
            told("Merritt Cole", ("not til after christmas", date(2025, 12, 8)), due=True),
        ],
    ),
    W(
        "not before spring said in October vs not before fall said in May",
        [
            told(
                "Harley Gunderson",
                ("Don't bother me before spring.", date(2026, 10, 26)),
                due=False,
            ),
            told("Arvid Solberg", ("Don't bother me before fall.", date(2026, 5, 4)), due=True),
        ],
    ),
    W(
        "end of Q1 vs end of Q3",
        [
            told(
                "Priscilla Doane",
                ("Closeout runs to end of Q1, not leaving before.", date(2026, 10, 19)),
                due=False,
            ),
            told(
                "Wilma Arbuckle",
                ("Closeout runs to end of Q3, not leaving before.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "thirty days' notice given last week vs given in August",
        [
            told(
                "Gus Lindemann",
                ("Gave my 30 days, nothing till I'm out.", date(2026, 11, 16)),
                due=False,
            ),
            told(
                "Ned Pulaski",
                ("Gave my 30 days, nothing till I'm out.", date(2026, 8, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "busy till the Stampede's done in July: said now vs said in April",
        [
            told(
                "Brody Kuefler",
                ("Stampede grounds crew, not free till it's done in July.", date(2026, 10, 26)),
                due=False,
            ),
            told(
                "Jed Harbottle",
                ("Stampede grounds crew, not free till it's done in July.", date(2026, 4, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "after (US) Thanksgiving this week vs after Canadian Thanksgiving in October",
        [
            told(
                "Luther Bynum",
                ("Call me after Thanksgiving, deer camp then family.", date(2026, 11, 13)),
                due=False,
            ),
            told(
                "Angus Cormier",
                ("Call me after Canadian Thanksgiving.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "not before 1 March vs not before 1 October",
        [
            told("Delbert Yoder", ("Not before March 1st.", date(2026, 11, 2)), due=False),
            told("Omar Haskins", ("Not before October 1st.", date(2026, 9, 1)), due=True),
        ],
    ),
    W(
        "in three months, a month ago vs four months ago",
        [
            told("Elwood Brandt", ("ask me again in 3 months", date(2026, 10, 19)), due=False),
            told("Ferris Coyle", ("ask me again in 3 months", date(2026, 7, 13)), due=True),
        ],
    ),
    W(
        "Québécois: pas avant Pâques said in October vs said in January",
        [
            told("Rosaire Thériault", ("Pas avant Pâques.", date(2026, 10, 13)), due=False),
            told("Fernand Boivin", ("Pas avant Pâques.", date(2026, 1, 26)), due=True),
        ],
    ),
    W(
        "Spanish: después de año nuevo said in October vs last October",
        [
            told(
                "Macario Ledezma", ("Después de año nuevo hablamos.", date(2026, 10, 19)), due=False
            ),
            told(
                "Crispín Olvera", ("Después de año nuevo hablamos.", date(2025, 10, 20)), due=True
            ),
        ],
    ),
    W(
        "home for the winter shutdown till March: due in the week of 15 March 2027",
        [
            told(
                "Boyd Mahoney",
                ("Home for the winter shutdown - don't call before March.", date(2026, 11, 16)),
                due=True,
            ),
        ],
        week=date(2027, 3, 15),
    ),
    W(
        "Red Seal exam in January, leave me till February: still waiting on 11 January 2027",
        [
            told(
                "Dwight Osei",
                (
                    "Writing my Red Seal in January, leave me alone till February.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "after Christmas: due in the week of 11 January 2027",
        [
            told(
                "Wendell Ruark",
                ("not til after christmas, holiday bonus", date(2026, 11, 9)),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "not till after the Super Bowl, said this month vs said in March",
        [
            told(
                "Rusty Hargrove",
                ("Not till after the Super Bowl, we're slammed.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Lyle Oberholtzer", ("Not till after the Super Bowl.", date(2026, 1, 19)), due=True
            ),
        ],
    ),
    W(
        "baby due in January, six weeks off after vs baby came in July, back at it",
        [
            told(
                "Kendrick Dobbs",
                (
                    "Baby's due mid-January, I'm off six weeks after - nothing till March.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Shelby Ansel",
                (
                    "Baby came in July, back at work since September, open to calls.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the Stampede in July: still waiting in the week of 15 March 2027",
        [
            told(
                "Colt Andreychuk",
                ("Stampede grounds crew, not free till it's done in July.", date(2026, 10, 26)),
                due=False,
            ),
        ],
        week=date(2027, 3, 15),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "finished the TA 6 Nov, OSHA renewed 30 Oct, available vs give me a year at the new outfit",
        [
            told(
                "Roberta Quade",
                (
                    "Finished the Motiva TA Nov 6, OSHA 30 renewed Oct 30, took 9-13 Nov off. "
                    "Available.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            told(
                "Amos Pettit",
                ("Started with Kiewit Oct 5 - give me a year to settle in.", date(2026, 11, 16)),
                due=False,
            ),
        ],
    ),
    W(
        "handover, punch list and holidays all dated and done",
        [
            told(
                "Irene Caldwell",
                (
                    "Handed over 14 Oct, punch list closed 2 Nov, back from the cottage 12 Nov. "
                    "Ready.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "tickets renewed on three dates, free now",
        [
            told(
                "Lamont Bixby",
                (
                    "H2S Alive renewed 3 Sept, first aid 21 Oct, CSTS 4 Nov - free now.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "pitched by text six days ago vs pitched in June",
        [
            NotDue(
                "Sonny Redfern",
                apps=[MAY_2025_FINAL],
                touches=[touch(6, "outbound", "replied", "re_engagement", channel="other")],
            ),
            Due(
                "Harvey Lusk",
                apps=[MAY_2025_FINAL],
                touches=[touch(170, "outbound", "replied", "re_engagement", channel="other")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Verna Ashcroft",
                wrote(date(2026, 3, 2), "Stop contacting me please. Thanks."),
                wrote(
                    date(2026, 6, 1),
                    "Changed my mind, I'm looking again - please send me anything.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into a stop",
        [
            heard(
                "Curtis Vail",
                wrote(date(2026, 3, 2), "yeah keep me posted", "other"),
                wrote(date(2026, 6, 1), "take me off your list for good, no more texts", "other"),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Jolene Marsh",
                wrote(date(2026, 10, 12), "Not before March, I'm on a contract."),
                wrote(date(2026, 11, 2), "Contract got cancelled - free now, call me."),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'after spring breakup'",
        [
            heard(
                "Elden Rasko",
                wrote(date(2026, 6, 1), "call anytime", "other"),
                wrote(
                    date(2026, 10, 19),
                    "actually wait til after spring breakup, busy hauling all winter",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the worker",
        [
            heard(
                "Conrad Yazzie",
                logged(date(2026, 2, 9), "Cand angry about repeat calls - DNC set at his request."),
                wrote(
                    date(2026, 6, 15),
                    "I know I said don't call back in Feb, but I'm looking now. Get in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Spanish: 'llámame cuando quieras' then 'ya no me llamen'",
        [
            heard(
                "Cirilo Navarrete",
                wrote(date(2026, 4, 6), "llámame cuando quieras", "other"),
                wrote(
                    date(2026, 6, 8),
                    "ya no me llamen, por favor, ya no quiero saber de trabajos",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "Québécois: rappelez en mars, then call me right away",
        [
            heard(
                "Raynald Gagnon",
                wrote(date(2026, 9, 14), "Rappelez-moi en mars, chu booké.", "other"),
                wrote(
                    date(2026, 10, 19),
                    "Finalement ma job finit en novembre, appelle-moi tout de suite.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT55_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
