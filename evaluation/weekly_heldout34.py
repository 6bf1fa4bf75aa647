"""Held-out weekly reconnect cases, thirty-fourth set: UK and Irish public sector, health, retail
and logistics recruiters in their own words, written by a thirty-fourth stranger to the reader
(its code, its labelled sets and the earlier case files' sentences were not looked at; held-out
10 was opened for its format only), measured and reported on its own line ("held-out 34").

Everyone here is otherwise due in the week of the case: reached a final interview in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed in as a dated
motivation, or sits in a reply sent long enough before the week that no recent contact holds the
person back instead. The voices are an NHS trust's resourcing team and bank office, a schools
agency, a supermarket's store recruiters and a logistics agency: ATS shorthand, call notes,
WhatsApp messages, LinkedIn replies, emails and a formal letter, some in Welsh, Irish and Polish.
What decides is what they told us:

1. opt-outs (a GDPR erasure, "dont message me again", a switchboard removal, Welsh, Irish and
   Polish, leaving care for good, consent withdrawn by letter): never listed; beside each a
   near-miss that is due (a married name for the file, not during a shift, the bank bulletin
   only, ring after four, email rather than a call, a text rather than a call, a move to a
   hospice, consent renewed);
2. waits counted from the day said and checked both ways: three months' notice against one
   month's, Christmas peak, maternity leave to April, February half-term against October
   half-term, the Leaving Cert, a top-up degree finishing in May, Christmas and the January
   sales: not listed while they run, listed once they have; each beside a twin whose wait is over;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" after a new
   job this month is not;
4. plain restraint: a text six days ago, a call twelve days ago, an InMail three days ago and a
   jobs fair last week hold people back; the same months ago do not;
5. the latest word counts: a stop taken back and a relocation called off are due; "keep me
   posted" turned into "delete me", "whenever" turned into "after Easter", a DNC later withdrawn
   (due) and a summer wait stretched by a two-year secondment (not due).
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 19),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.1,
    role="Staff Nurse",
)
QUIET = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (WhatsApp or text with ``channel="other"``, LinkedIn with "linkedin")."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's or bank office's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def says(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()])


def spoke(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "a GDPR erasure vs a married name for the file",
        [
            spoke(
                "Veronica Stallybrass",
                wrote(QUIET, "Please erase all my data under the GDPR and confirm once it's done."),
                due=False,
            ),
            spoke(
                "Leanne Harrop",
                wrote(
                    QUIET,
                    "Please correct my surname on file, I got married in August - Mrs Harrop now. "
                    "Still keen on surgical posts!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'dont message me again' vs not during my shift",
        [
            spoke(
                "Kurtis Wakefield",
                wrote(QUIET, "who gave u this number. dont message me again", "other"),
                due=False,
            ),
            spoke(
                "Reece Ollivant",
                wrote(QUIET, "dont message during my shift, after 8pm is grand", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "removed from all recruitment comms vs from the bank bulletin only",
        [
            spoke(
                "Glenys Mottershead",
                noted(QUIET, "Cand rang switchboard: remove from ALL recruitment comms. NFA."),
                due=False,
            ),
            spoke(
                "Tanya Whitworth",
                noted(
                    QUIET,
                    "Cand rang switchboard: remove from bank shift bulletin only - still wants "
                    "contact re perm posts.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Welsh: take me off your mailing list vs ring after four",
        [
            spoke(
                "Sioned Gruffydd",
                wrote(
                    QUIET,
                    "Tynnwch fi oddi ar eich rhestr bostio, os gwelwch yn dda. Dim mwy o "
                    "negeseuon.",
                ),
                due=False,
            ),
            spoke(
                "Meinir Huws",
                wrote(QUIET, "Ffoniwch ar ôl pedwar o'r gloch, dw i'n dysgu tan hynny."),
                due=True,
            ),
        ],
    ),
    W(
        "Irish: take my name off your list vs email rather than ring",
        [
            spoke(
                "Séamus Ó Conghaile",
                wrote(QUIET, "Bain m'ainm de do liosta, le do thoil. Ná scríobh chugam arís."),
                due=False,
            ),
            spoke(
                "Pádraig Mac Giolla Bhríde",
                wrote(QUIET, "Seol ríomhphost chugam seachas glaoch a chur orm, le do thoil."),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: delete my number, no more messages vs a text rather than a call",
        [
            spoke(
                "Zbigniew Kaczmarczyk",
                wrote(
                    QUIET,
                    "Proszę usunąć mój numer i nie wysyłać mi więcej wiadomości.",
                    "other",
                ),
                due=False,
            ),
            spoke(
                "Monika Szczepańska",
                wrote(QUIET, "Wolę SMS niż telefon, bo pracuję na nocki. Dziękuję.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "left care for good, stop messaging vs left the care home for a hospice",
        [
            spoke(
                "Lorraine Bickerstaff",
                wrote(
                    QUIET,
                    "I've left the care sector for good. Kindly stop messaging me.",
                    "linkedin",
                ),
                due=False,
            ),
            spoke(
                "Denise Fairclough",
                wrote(
                    QUIET,
                    "I've left the care home, I'm at the hospice now - still open to hearing "
                    "from you.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "consent withdrawn by letter vs consent renewed",
        [
            spoke(
                "Geoffrey Tresidder",
                wrote(
                    QUIET,
                    "Dear Recruitment Team, I hereby withdraw my consent for you to process my "
                    "personal data for recruitment purposes. Please do not contact me further. "
                    "Yours sincerely, G. Tresidder",
                ),
                due=False,
            ),
            spoke(
                "Margaret Penhallow",
                wrote(
                    QUIET,
                    "Dear Recruitment Team, I'm happy for you to keep my details for recruitment "
                    "purposes - consider my consent renewed. Kind regards, M. Penhallow",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NOTICE = ("Handed notice in at the trust 02/11 - 3 months, LWD 02/02.", date(2026, 11, 2))
PEAK = ("Not leaving the DC till peak's done - January at the earliest.", date(2026, 10, 12))
MAT_LEAVE = ("On maternity leave, back in April 2027 - no moves till then.", date(2026, 8, 17))
FEB_HALF_TERM = ("TA on a Y2 cover till Feb half-term, won't leave the class.", date(2026, 11, 2))
LEAVING_CERT = (
    "Daughter sitting the Leaving Cert in June - not moving jobs till it's over.",
    date(2026, 9, 7),
)
TOP_UP = ("Doing a top-up degree, finishes in May - no moving before I'm done.", date(2026, 10, 5))
SALES = (
    "SM - Christmas trading then the January sales, talk to him in February.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "three months' notice handed in this month vs one month's handed in in October",
        [
            says("Francesca Halewood", NOTICE, due=False),
            says(
                "Bronwen Liddiard",
                ("Handed notice in 05/10 - one month, free from early Nov.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in mid-February",
        [says("Ursula Kenward", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "not till peak's done, said this October vs last October",
        [
            says("Lukasz Zielinski", PEAK, due=False),
            says(
                "Arkadiusz Lis",
                ("Not leaving till after peak - try in January.", date(2025, 10, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "not till peak's done: due in January",
        [says("Wojciech Nowacki", PEAK, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "maternity leave to April 2027 vs maternity leave to September",
        [
            says("Kimberley Tweddle", MAT_LEAVE, due=False),
            says(
                "Hayley Bainbridge",
                ("On mat leave till September, then back in touch.", date(2026, 3, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to April 2027: still not due in February",
        [says("Samira Benali", MAT_LEAVE, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "maternity leave to April 2027: due in May",
        [says("Roxanne Dimmock", MAT_LEAVE, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "February half-term vs October half-term",
        [
            says("Paula Grindrod", FEB_HALF_TERM, due=False),
            says(
                "Carly Sheppardson",
                ("Covering Y2 till October half-term, then free.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "February half-term: due in March",
        [says("Tina Marchbanks", FEB_HALF_TERM, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "the Leaving Cert next June vs the Junior Cycle exams last June",
        [
            says("Gráinne Keaveney", LEAVING_CERT, due=False),
            says(
                "Deirdre Mulrooney",
                (
                    "Son doing his Junior Cycle exams in June - nothing till they're done.",
                    date(2025, 9, 8),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the Leaving Cert next June: still not due in March",
        [says("Máire Tierney", LEAVING_CERT, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "a top-up degree finishing in May vs one finished last May",
        [
            says("Oyinda Bakare", TOP_UP, due=False),
            says(
                "Tolulope Adewale",
                ("Top-up degree finishes in May, no moving before.", date(2025, 10, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a top-up degree finishing in May: due in June",
        [says("Folake Ogunbiyi", TOP_UP, due=True)],
        week=date(2027, 6, 14),
    ),
    W(
        "Christmas and the January sales, said this November vs last November",
        [
            says("Warren Hebden", SALES, due=False),
            says(
                "Clive Dobbing",
                ("SM - Christmas and the Jan sales, then he'll talk. Feb.", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait, and one that does --------------------------

NO_WAIT = [
    W(
        "a rambling call note full of dates, free to interview",
        [
            spoke(
                "Bernice Oakenfold",
                noted(
                    QUIET,
                    "Spoke 03/06: revalidation done in April, Tenerife 12-19 Oct, mum's 70th "
                    "on 4 Dec, son starts uni in Sept. Free to interview any time and keen on "
                    "anything surgical.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'give me a year to settle in' after starting this month vs a year on from last November",
        [
            says(
                "Rosalind Greatorex",
                (
                    "Just started at the new trust on 2 November - give me a year to settle in "
                    "before you send anything.",
                    12,
                ),
                due=False,
            ),
            says(
                "Yolanda Fenwick",
                (
                    "Started at the new trust in Nov 2025 - a year on, ready for the next thing.",
                    12,
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a LinkedIn reply listing an MSc, a CPC and a wedding, actively looking",
        [
            spoke(
                "Bartholomew Quince",
                wrote(
                    QUIET,
                    "Finished my MSc in September, passed my CPC in October, off to my sister's "
                    "wedding on 12 December - otherwise free and actively looking.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'back off holiday on the 2nd, ring whenever', said months ago",
        [
            spoke(
                "Lenny Strickland",
                wrote(QUIET, "back off hols on the 2nd, ring whenever after that mate", "other"),
                due=True,
            )
        ],
    ),
    W(
        "half-term in Lanzarote, back on 2 November and all ears",
        [
            says(
                "Ffion Ap-Rhys",
                (
                    "Off to Lanzarote for half-term 26/10, back 2/11 - then all ears.",
                    date(2026, 9, 7),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role texted six days ago vs a hundred and thirty days ago",
        [
            spoke(
                "Jade Cullimore",
                wrote(QUIET + 40, "Yes please keep me posted.", "other"),
                touch(6, "outbound", "no_reply", note="Text re Band 5 surgical, no reply yet."),
                due=False,
            ),
            spoke(
                "Nadia Rahimi",
                wrote(QUIET + 40, "Yes please keep me posted on anything.", "other"),
                touch(130, "outbound", "no_reply", note="Text re Band 5 surgical, no reply."),
                due=True,
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs five months ago",
        [
            spoke(
                "Malcolm Dunwoody",
                touch(
                    12,
                    "outbound",
                    "replied",
                    note="Catch-up call, all good, still at Asda.",
                    channel="phone",
                ),
                due=False,
            ),
            spoke(
                "Oscar Pennington",
                touch(
                    150,
                    "outbound",
                    "replied",
                    note="Catch-up call, all good, still at Aldi.",
                    channel="phone",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an InMail three days ago vs four months ago",
        [
            spoke(
                "Anoushka Rao",
                last_call(),
                touch(
                    3, "outbound", "no_reply", note="InMail re pharmacist post.", channel="linkedin"
                ),
                due=False,
            ),
            spoke(
                "Tabitha Greenslade",
                last_call(),
                touch(
                    125,
                    "outbound",
                    "no_reply",
                    note="InMail re pharmacist post.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "met at the jobs fair last week vs at the spring jobs fair",
        [
            spoke(
                "Ebony Laverick",
                touch(
                    8,
                    "inbound",
                    "interested",
                    note="Met at the NEC nursing jobs fair, took her CV.",
                    channel="meeting",
                ),
                due=False,
            ),
            spoke(
                "Rhona Galbraith",
                touch(
                    date(2026, 4, 25),
                    "inbound",
                    "interested",
                    note="Met at the SEC nursing jobs fair in Glasgow, took her CV.",
                    channel="meeting",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            spoke(
                "Ingrid Haverfield",
                wrote(date(2026, 2, 2), "Stop emailing me please, I'm not interested."),
                wrote(
                    date(2026, 6, 1),
                    "I know I told you to stop emailing in February - I'm looking again now, so "
                    "please do send me things.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' turned into 'delete me'",
        [
            spoke(
                "Winifred Claypole",
                wrote(date(2026, 2, 2), "Not right now, but keep me in the loop."),
                wrote(date(2026, 6, 1), "Please delete me from your system, I'm out of nursing."),
                due=False,
            )
        ],
    ),
    W(
        "a relocation wait called off",
        [
            spoke(
                "Gideon Ashworth",
                wrote(
                    date(2026, 5, 11),
                    "Not before the spring - we're relocating and it'll take till March 2027.",
                ),
                wrote(
                    date(2026, 6, 8),
                    "Relocation's off, so forget what I said - free to talk whenever.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Easter'",
        [
            spoke(
                "Philippa Gatenby",
                wrote(date(2026, 4, 20), "Whenever suits, I'm flexible."),
                wrote(
                    date(2026, 6, 1),
                    "Scratch that - not until after Easter next year, we've a baby due in "
                    "February.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set at his request, later withdrawn by him",
        [
            spoke(
                "Augustine Mwale",
                noted(date(2026, 1, 12), "DNC set at cand's request after a row about a shift."),
                wrote(
                    date(2026, 6, 15),
                    "Water under the bridge about January - happy to hear from you again.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a summer wait stretched by a two-year secondment",
        [
            spoke(
                "Cordelia Pickavance",
                wrote(date(2026, 2, 9), "Give me till the summer."),
                wrote(
                    date(2026, 6, 1),
                    "Update: I've taken a two-year secondment from July, so leave me be till "
                    "2028 please.",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT34_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
