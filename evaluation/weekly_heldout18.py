"""Held-out weekly reconnect cases, eighteenth set: trades, construction, energy and mining
recruiters' own words, written by an eighteenth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only), measured and reported on its own line ("held-out 18").

Everyone here is otherwise due in the week of the case: reached a client's final stage in May
2025 and lost to one other person, and was last spoken to long before the week (165 days, past
a silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, so no recent contact holds the person back instead. The voices are
agency consultants on trades and energy desks in the UK, Ireland, Australia, Canada and the Gulf
typing fast, site managers' texts, tradespeople's WhatsApps, a widow's message and a wife's,
LinkedIn replies, and lines in Polish, Afrikaans and Arabic, about electricians, crane drivers,
FIFO operators and fitters, offshore and wind technicians, rail possession crews and QSs. What
decides is what they told us:

1. opt-outs (done with agencies, a GDPR erasure, Polish, Arabic and Afrikaans, a consultant's
   DNC, "Please don't message me again" on LinkedIn, "REMOVE", a widow's request, a report to
   the ICO): never listed; beside each a near-miss that is due (keep me on your books, a subject
   access request, ring after six, email only, ring any time, one framework's shortlist only,
   day roles welcome, an old email address removed, a wife's new number for him, "ok fine,
   what's the job?");
2. waits counted from the day said and checked both ways: a six-month FIFO contract, a Christmas
   and New Year blockade, a Gulf contract ending after Ramadan, the AM2 in January, the winter
   road season till break-up, a shoulder operation, Afrikaans for a contract in Mozambique to the
   end of February: not listed while they run, listed once they have; each beside a twin whose
   wait is already over;
3. notes full of dates that ask for no wait are due (ticket renewals and a holiday, a year of
   turnarounds, R&R and swing dates); "give me a good year to settle" after a new start is not;
4. plain restraint: a spec sent by WhatsApp six days ago, a call eight days ago and a LinkedIn
   message a week ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a stop
   is not; a wait called off is due and "free whenever" turned into an outage wait is not; a
   consultant's DNC withdrawn by the candidate is due; a Polish removal taken back is due.
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
    role="Site Manager",
)
LONG_AGO = 165  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own WhatsApp or text (or email, LinkedIn with ``channel``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A consultant's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "done with agencies, don't contact me vs found work through a mate, keep me on",
        [
            heard(
                "Brendon Tregear",
                wrote(LONG_AGO, "found work thru a mate. done with agencies, dont contact me"),
                due=False,
            ),
            heard(
                "Lachie Rutherglen",
                wrote(LONG_AGO, "found a start thru a mate but keep me on ur books ay"),
                due=True,
            ),
        ],
    ),
    W(
        "a GDPR erasure request vs a subject access request, still open to roles",
        [
            heard(
                "Ailbhe Conneely",
                wrote(
                    LONG_AGO,
                    "Please erase all my personal data under GDPR and confirm by return. I do "
                    "not wish to be contacted.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Seosamh Breathnach",
                wrote(
                    LONG_AGO,
                    "Could you send me a copy of the data you hold on me? Subject access "
                    "request. Still open to QS roles in Galway.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: no more offers, delete my number vs ring after six, I'm on site",
        [
            heard(
                "Sławomir Grzybowski",
                wrote(LONG_AGO, "Nie chcę więcej żadnych ofert. Proszę usunąć mój numer."),
                due=False,
            ),
            heard(
                "Dariusz Pawlikowski",
                wrote(LONG_AGO, "Proszę dzwonić po 18, w ciągu dnia jestem na budowie."),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: delete my data, don't call vs interested, offers by email only",
        [
            heard(
                "Hamdan Al-Shamsi",
                wrote(LONG_AGO, "الرجاء حذف بياناتي وعدم الاتصال بي نهائياً."),
                due=False,
            ),
            heard(
                "Osama Abu-Rumman",
                wrote(LONG_AGO, "أنا مهتم، لكن أرسل العروض عبر البريد الإلكتروني فقط."),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: leave me alone, don't ring again vs ring any time, still after mine work",
        [
            heard(
                "Schalk Bezuidenhout",
                wrote(LONG_AGO, "Los my uit, ek soek nie werk nie. Moenie weer bel nie."),
                due=False,
            ),
            heard(
                "Dewald Lötter",
                wrote(LONG_AGO, "Bel my enige tyd, ek soek nog steeds werk in die myne."),
                due=True,
            ),
        ],
    ),
    W(
        "consultant set DNC vs removed from one framework's shortlist only",
        [
            heard(
                "Gary Stobbart",
                logged(LONG_AGO, "spoke w/ cand, asked to be removed. DNC set, no campaigns."),
                due=False,
            ),
            heard(
                "Wayne Cottam",
                logged(
                    LONG_AGO,
                    "spoke w/ cand, asked to be taken off the Network Rail framework "
                    "shortlist only - other clients fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: don't message me again vs not this night job, day roles welcome",
        [
            heard(
                "Cormac Devaney",
                wrote(LONG_AGO, "Not interested. Please don't message me again.", "linkedin"),
                due=False,
            ),
            heard(
                "Dermot Lenihan",
                wrote(
                    LONG_AGO,
                    "Not interested in this one, it's nights - message me about day roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'REMOVE' by text vs remove my old email, use this one",
        [
            heard("Kenny Whitelaw", wrote(LONG_AGO, "REMOVE"), due=False),
            heard(
                "Jock Halkett",
                wrote(LONG_AGO, "remove my old hotmail from ur system, use this one now"),
                due=True,
            ),
        ],
    ),
    W(
        "a widow asks to take him off the lists vs a wife's new number for him",
        [
            heard(
                "Jim Pearcey",
                wrote(
                    LONG_AGO,
                    "This is Jim's wife. Jim passed away in the summer. Please take him off "
                    "all your lists.",
                ),
                due=False,
            ),
            heard(
                "Mick Bellamy",
                wrote(
                    LONG_AGO,
                    "This is Mick's wife texting, his phone's smashed - use this number for "
                    "him, he's still after crane work.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "reported to the ICO, don't contact me vs how did you get my number, ok fine",
        [
            heard(
                "Russell Gathercole",
                wrote(LONG_AGO, "I've reported you to the ICO. Do not contact me."),
                due=False,
            ),
            heard(
                "Craig Pettifer",
                wrote(
                    LONG_AGO,
                    "how did u get my number?? oh the CITB course. ok fine, whats the job",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

FIFO_CONTRACT = (
    "Signed a 6 month contract at Iron Bridge, finishes end of May - won't break it.",
    date(2026, 11, 16),
)
BLOCKADE = (
    "on the xmas and new year blockade at reading, nights. nothing til after 10 jan",
    date(2026, 11, 9),
)
RAMADAN = (
    "My contract ends after Ramadan next year. I won't leave before, I'd lose my gratuity.",
    date(2026, 10, 12),
)
AM2 = ("Sitting my AM2 in January - nothing until I've passed.", date(2026, 11, 2))
WINTER_ROAD = (
    "Cand driving the NWT winter road season, away till break-up in April.",
    date(2026, 11, 2),
)
SHOULDER = (
    "Shoulder op last week, no lifting or climbing for 4 months.",
    date(2026, 10, 5),
)
MOZAMBIQUE = (
    "Ek is tot einde Februarie op 'n kontrak in Mosambiek, kontak my daarna.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "a six-month FIFO contract signed last week vs one signed in March",
        [
            told("Ricky Ballantyne", FIFO_CONTRACT, due=False),
            told(
                "Troy Gallagher-Nunn",
                (
                    "Signed a 6 month contract at Koolyanobbie, done end of August - won't "
                    "break it.",
                    date(2026, 3, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a six-month FIFO contract to the end of May: due in June",
        [told("Dylan Kittow", FIFO_CONTRACT, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "the Christmas and New Year blockade vs the May bank holiday blockade",
        [
            told("Wesley Priestnall", BLOCKADE, due=False),
            told(
                "Aidan Cresswell",
                (
                    "on the may bank hol blockade at bristol TM, nothing til after",
                    date(2026, 4, 20),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the Christmas and New Year blockade: due in mid-January",
        [told("Karl Bainbridge", BLOCKADE, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "a Gulf contract ending after next Ramadan vs one that ended after this year's",
        [
            told("Naveed Siddiqui-Khan", RAMADAN, due=False),
            told(
                "Ajith Koothattukulam",
                (
                    "My contract ends after Ramadan. I won't leave before it, gratuity.",
                    date(2026, 1, 12),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Gulf contract ending after Ramadan 2027: due in April",
        [told("Baskaran Thiruvengadam", RAMADAN, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "the AM2 in January vs the AM2 in June",
        [
            told("Callan Birkett", AM2, due=False),
            told(
                "Harvey Mellings",
                ("Sitting my AM2 in June, nothing till I've passed it.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "the AM2 in January: due in February",
        [told("Brandon Lightowler", AM2, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "the winter road season till break-up vs last winter's season",
        [
            told("Colton Andruchow", WINTER_ROAD, due=False),
            told(
                "Ty Kulyk",
                (
                    "Cand driving the ice road out of Yellowknife this winter, away till "
                    "break-up in April.",
                    date(2026, 1, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the winter road season: due in May",
        [told("Jace Shewchuk", WINTER_ROAD, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "a shoulder op in October vs one in April",
        [
            told("Gordon Mackie-Reid", SHOULDER, due=False),
            told(
                "Alastair Dunnet",
                ("Had the shoulder done, no lifting for 4 months.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a shoulder op in October: due in March",
        [told("Innes Sinclair-Bain", SHOULDER, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "Afrikaans: a contract in Mozambique to the end of February vs to the end of July",
        [
            told("Morné Jansen van Vuuren", MOZAMBIQUE, due=False),
            told(
                "Francois Louw",
                (
                    "Ek is tot einde Julie in Mosambiek op kontrak, bel my daarna.",
                    date(2026, 2, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: Mozambique to the end of February: due in March",
        [told("Stefan Engelbrecht", MOZAMBIQUE, due=True)],
        week=date(2027, 3, 8),
    ),
]

# --- 3. dates that ask for no wait -------------------------------------------------------------

NO_WAIT = [
    W(
        "tickets renewed on three dates and back from Tenerife: available now",
        [
            told(
                "Leon Satterthwaite",
                (
                    "Tickets: CSCS renewed 03/03, ECS gold to 2029, IPAF 12/10. Back from "
                    "Tenerife 2nd Nov. Avail now.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a year of turnarounds listed month by month, ready for the next",
        [
            told(
                "Keith Gillbanks",
                (
                    "Did the Jan-Mar TA at Stanlow, Easter at Pembroke, summer at Fawley - "
                    "finished Sept. Ready for the next one.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "new start in October, give me a good year vs new start, but listening",
        [
            told(
                "Shannon Tulloch",
                (
                    "Just started a 12/14 job in October - give me a good year to settle "
                    "before you call.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Brianna Coulthard",
                (
                    "Just started a 12/14 job in October, but if something better comes "
                    "along I'm listening.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "R&R dates and the next swing, call on off weeks",
        [
            told(
                "Jethro Pengilly",
                (
                    "R&R in Bali 14-28 Oct was mint, next swing starts 4 Nov. Call me on my "
                    "off weeks.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a spec sent by WhatsApp six days ago vs one sent months ago",
        [
            NotDue(
                "Owen Spratley",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(6, outcome="no_reply", channel="other", note="sent luffer spec via WA"),
                ],
            ),
            Due(
                "Reggie Nuttall",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="sent flat-top spec via WA",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call eight days ago vs one in the spring",
        [
            NotDue(
                "Clifford Haigh",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        8,
                        outcome="replied",
                        channel="phone",
                        note="catch up call, nothing doing yet, all good",
                    )
                ],
            ),
            Due(
                "Lenny Marsden",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="phone",
                        note="catch up call, nothing on yet, happy enough",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LinkedIn message a week ago vs one ten months ago",
        [
            NotDue(
                "Phoebe Rainsford",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        7,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the Leeds QS role",
                    ),
                ],
            ),
            Due(
                "Tamsin Eldridge",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        300,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the Sheffield QS role",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "'stop messaging me' taken back vs 'keep me posted' turned into a stop",
        [
            heard(
                "Rhys Pugsley",
                wrote(date(2026, 1, 12), "stop messaging me"),
                wrote(
                    date(2026, 6, 1),
                    "sorry mate, was in a bad place back then. looking again, send me stuff",
                ),
                due=True,
            ),
            heard(
                "Jake Thorogood",
                wrote(date(2026, 1, 12), "keep me posted"),
                wrote(date(2026, 6, 1), "dont contact me again, sorted myself out"),
                due=False,
            ),
        ],
    ),
    W(
        "an outage wait called off vs 'free whenever' turned into an outage wait",
        [
            told(
                "Howard Calvert",
                ("Not looking till the Sellafield outage ends in March.", date(2026, 10, 5)),
                ("Outage got pulled - free now, ring me.", date(2026, 11, 2)),
                due=True,
            ),
            told(
                "Marcus Tordoff",
                ("Free whenever.", date(2026, 10, 5)),
                (
                    "Change of plan - not looking till the Heysham outage ends in April.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a consultant's DNC withdrawn by the candidate",
        [
            heard(
                "Duane Ashcroft",
                logged(date(2026, 1, 19), "cand irate, DNC set at his request"),
                wrote(
                    date(2026, 6, 1),
                    "I know I told you lot to leave me alone in Jan but I'm after a site job "
                    "now, get in touch",
                    "email",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Polish: a removal taken back",
        [
            heard(
                "Grzegorz Sobczyński",
                wrote(date(2026, 1, 12), "Proszę usunąć moje dane."),
                wrote(
                    date(2026, 6, 1),
                    "Przepraszam za tamtą wiadomość, jednak szukam pracy. Proszę o kontakt.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a wait back from Fort Mac overtaken: home early, ring me",
        [
            told(
                "Brett Lysyshyn",
                ("Up at Fort Mac till March, no point calling.", date(2026, 9, 7)),
                ("Rotation cancelled, home in Edmonton now - ring me.", date(2026, 11, 9)),
                due=True,
            )
        ],
    ),
]

HELDOUT18_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
