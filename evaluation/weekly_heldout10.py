"""Held-out weekly reconnect cases, tenth set: a staffing agency's and an RPO desk's own words,
written by a tenth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at), measured and reported on its own line ("held-out 10").

Everyone here is otherwise due in the week of the case: reached a client's final stage in June
2025 and lost to one other person, and was last spoken to long before the week (160 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
CRM as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voice is a UK and European staffing agency: call
logs in consultants' shorthand, compliance notes, candidates' emails and texts, some in Dutch,
Polish and Portuguese, about nurses, teachers, site managers, chefs, interim accountants and
engineers. What decides is what they told us:

1. opt-outs (remove me from your database, "STOP" by text, a consultant's DNC, Dutch, Polish and
   Portuguese, a right-to-be-forgotten request, an angry "how did you get my number"): never
   listed; beside each a near-miss that is due (a new email address for the file, calls to stop
   but texts fine, no more NHS roles, not in the daytime, email rather than phone, keep me on
   your list, a right-of-access request, text rather than ring on the ward);
2. waits counted from the day said and checked both ways: three months' notice against one
   month's, garden leave to 31/01, post-Christmas, a contract ending in March, a mat cover to
   February half-term, shared parental leave to the end of February, ACCA exams in December, a
   bonus at the end of March, a probation, a visa switch pending, a six-month extension: not
   listed while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" after a new
   job is not;
4. plain restraint: a role texted nine days ago and a catch-up call a fortnight ago are not
   listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into an
   erasure is not; a wait called off early is due and "whenever" turned into "after Easter" is
   not; a consultant's DNC later withdrawn by the candidate is due.
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
    rating=4.3,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A consultant's note in the CRM."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "remove me from your database vs a new email address for your database",
        [
            heard(
                "Brendan Cattermole",
                wrote(
                    LONG_AGO,
                    "Please remove me from your database and confirm when it's done. Thank you.",
                ),
                due=False,
            ),
            heard(
                "Toni Gathercole",
                wrote(
                    LONG_AGO,
                    "Please note my new email address for your database - this one's closing "
                    "at the end of the month. Happy to keep hearing from you.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by text vs stop calling, texts are fine",
        [
            heard("Dwayne Kirkup", wrote(LONG_AGO, "STOP. No more job texts.", "other"), due=False),
            heard(
                "Kelvin Ashurst",
                wrote(LONG_AGO, "stop calling me at work pls, texts are fine", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a consultant's DNC vs no more NHS roles, private only",
        [
            heard(
                "Maureen Pilling",
                logged(
                    LONG_AGO,
                    "Spoke to cand. Cand asked not to be contacted again - marked DNC, do not "
                    "re-add to campaigns.",
                ),
                due=False,
            ),
            heard(
                "Denise Openshaw",
                logged(
                    LONG_AGO,
                    "Spoke to cand. Asked not to be contacted about NHS posts any more - "
                    "private hospitals only from now on.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: no more messages from you vs rather no calls in the daytime",
        [
            heard(
                "Wouter Zwanenburg",
                wrote(LONG_AGO, "Ik wil geen berichten meer van jullie ontvangen."),
                due=False,
            ),
            heard(
                "Ruud Hendriks",
                wrote(LONG_AGO, "Bel me liever niet overdag, mailen is prima."),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: no further contact vs email rather than phone",
        [
            heard(
                "Grzegorz Nowicki",
                wrote(LONG_AGO, "Nie życzę sobie dalszego kontaktu z Państwa strony."),
                due=False,
            ),
            heard(
                "Łukasz Baran",
                wrote(LONG_AGO, "Proszę o kontakt mailowy zamiast telefonicznego."),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: no more messages vs not now, keep me on your list",
        [
            heard(
                "Joana Pereira",
                wrote(LONG_AGO, "Não quero receber mais mensagens vossas. Obrigada."),
                due=False,
            ),
            heard(
                "Inês Vasconcelos",
                wrote(LONG_AGO, "Não é a altura certa, mas mantenham-me na vossa lista."),
                due=True,
            ),
        ],
    ),
    W(
        "right to be forgotten vs right of access",
        [
            heard(
                "Quentin Lavery",
                wrote(
                    LONG_AGO,
                    "I'm exercising my right to be forgotten. Wipe my record from your CRM.",
                ),
                due=False,
            ),
            heard(
                "Yasmin Coulter",
                wrote(
                    LONG_AGO,
                    "I'd like to exercise my right of access - what data do you hold on me? "
                    "No rush, and do keep sending roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'how did you get my number' vs don't ring me on the ward, text",
        [
            heard(
                "Terry Nuttall",
                wrote(
                    LONG_AGO,
                    "How did you even get my number?? Take me off whatever list this is.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Bernadette Foy",
                wrote(
                    LONG_AGO,
                    "Don't ring me when I'm on the ward, I can't answer. Text instead x",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NOTICE_3M = ("Resigned from Ocado 09/11, notice 3m - nothing before Feb.", date(2026, 11, 9))
GARDEN_LEAVE = (
    "On garden leave till 31/01 - contract bars him from starting anywhere before.",
    date(2026, 10, 19),
)
XMAS = ("Head chef - not moving till post-Christmas, party season.", date(2026, 11, 2))
MARCH_END = ("Won't move till her contract at the council ends in March.", date(2026, 10, 5))
HALF_TERM = (
    "Covering a mat leave till Feb half-term, won't leave the kids mid-cover.",
    date(2026, 10, 12),
)
SPL = (
    "Shared parental leave from 07/12 till the end of Feb - no interviews till March.",
    date(2026, 11, 9),
)
ACCA = ("ACCA exams 01/12 to 04/12 - call after the 10th Dec.", date(2026, 10, 12))
BONUS = ("Bonus lands end of March - not moving before.", date(2026, 9, 14))
EXTENSION = (
    "Signed a 6-month extension from 01/10 - not available till it's done.",
    date(2026, 9, 7),
)

WAITS = [
    W(
        "three months' notice given this month vs one month's notice given in June",
        [
            told("Lionel Bramhall", NOTICE_3M, due=False),
            told(
                "Kerensa Trewin",
                ("Handed in notice 08/06, 1m notice, free from July.", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in late February",
        [told("Gilbert Ormondroyd", NOTICE_3M, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "garden leave till 31/01 vs garden leave that ended 31/08",
        [
            told("Piers Whitcombe", GARDEN_LEAVE, due=False),
            told(
                "Auberon Laidlaw",
                ("Garden leave finished 31/08, free to start.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "garden leave till 31/01: due in February",
        [told("Crispin Halloran", GARDEN_LEAVE, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "post-Christmas vs last Christmas done and dusted",
        [
            told("Vinnie Scragg", XMAS, due=False),
            told(
                "Micky Dunphy",
                ("Christmas was manic but it's done - free to talk now.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "post-Christmas: due in January",
        [told("Ritchie Tennant", XMAS, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a council contract ending in March vs one that ended in March",
        [
            told("Mandeep Gill", MARCH_END, due=False),
            told(
                "Hilary Pocock",
                ("Her council contract ended in March - on the bench since.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "a council contract ending in March: due in April",
        [told("Deirdre Cusack", MARCH_END, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "a mat cover to February half-term: not due in late January",
        [told("Philomena Rudd", HALF_TERM, due=False)],
        week=date(2027, 1, 25),
    ),
    W(
        "a mat cover to February half-term: due in March",
        [told("Annabel Kingsnorth", HALF_TERM, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "shared parental leave to the end of Feb vs paternity leave over in August",
        [
            told("Rupert Glendinning", SPL, due=False),
            told(
                "Ashok Venkatraman",
                ("Back from two weeks' paternity leave 24/08.", date(2026, 8, 24)),
                due=True,
            ),
        ],
    ),
    W(
        "shared parental leave to the end of Feb: due in March",
        [told("Fergal Twomey", SPL, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "ACCA exams in December vs CIMA exams sat in August",
        [
            told("Yolanda Pritchett", ACCA, due=False),
            told(
                "Beatrix Hollins",
                ("Sat her last CIMA paper 14/08 - open to interviews.", date(2026, 8, 17)),
                due=True,
            ),
        ],
    ),
    W(
        "ACCA exams in December: due in January",
        [told("Clemency Aston", ACCA, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "a bonus at the end of March: not due at the start of March",
        [told("Norbert Sheard", BONUS, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "a bonus at the end of March: due in April",
        [told("Hartley Crowther", BONUS, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "in probation till 31/01 vs probation passed, a note full of dates",
        [
            told(
                "Jolene Fairhurst",
                ("In probation at Mace till 31/01 - won't interview before.", date(2026, 10, 26)),
                due=False,
            ),
            told(
                "Carys Meredith",
                (
                    "Joined Mace 03/02, passed probation 03/08, SMSTS refresher done 12/10 - "
                    "happy to chat whenever.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a visa switch pending till mid-Jan vs a switch approved in October",
        [
            told(
                "Oluwaseun Akinyemi-Reid",
                (
                    "Graduate to Skilled Worker switch pending, decision due mid-Jan - can't "
                    "move till it's through.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Chukwuemeka Nwosu-Hart",
                ("Visa switch approved 03/10, eVisa live - free to move.", date(2026, 11, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "a six-month extension from 01/10: not due in January",
        [told("Humphrey Gaskell", EXTENSION, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "a six-month extension from 01/10: due in April",
        [told("Lucian Maltby", EXTENSION, due=True)],
        week=date(2027, 4, 19),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Lisbon, new job since September, free Tuesdays vs give me a year to settle",
        [
            told(
                "Marisa Quayle",
                (
                    "Back from Lisbon 02/11, started at Kier 01/09, free for a chat any Tue "
                    "or Thu after 4.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Tabitha Rounsevell",
                ("Started at Kier 01/09 - give me a year to settle in.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "a busy half-term w/c 26/10, perm posts welcome any time",
        [
            told(
                "Wilfred Ambrose",
                (
                    "Half term w/c 26/10 was chaos with Year 11 revision, but happy to hear "
                    "about perm posts any time.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "tickets renewed on three dates, available now",
        [
            told(
                "Stanley Grimshaw",
                (
                    "Passed SMSTS 14/06, CSCS Black renewed 03/09, first aid 21/10 - available.",
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
        "a role texted nine days ago vs the same role texted months ago",
        [
            NotDue(
                "Rhiannon Pask",
                apps=[JUNE_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(9, outcome="no_reply", channel="other", note="Sent AMU Band 6 spec."),
                ],
            ),
            Due(
                "Lowri Griffiths",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent ward Band 6 spec by text.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call a fortnight ago vs one six months ago",
        [
            NotDue(
                "Barnaby Steele",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        14,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, nothing suitable yet, all fine.",
                    )
                ],
            ),
            Due(
                "Fenella Hurst",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        180,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, nothing suitable at the moment, all well.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into an erasure",
        [
            heard(
                "Gideon Mallory",
                wrote(date(2026, 2, 2), "Stop messaging me.", "other"),
                wrote(
                    date(2026, 6, 15),
                    "Sorry I was short with you back in Feb - bad week. Happy to hear about "
                    "roles again.",
                ),
                due=True,
            ),
            heard(
                "Prudence Halliwell",
                wrote(date(2026, 2, 2), "Not for me right now, keep me posted."),
                wrote(date(2026, 6, 15), "Please erase my data from your systems. Thanks."),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after March' called off early: due in February",
        [
            heard(
                "Cornelius Fry",
                wrote(date(2026, 9, 7), "Not till after March - contract runs to then."),
                wrote(
                    date(2026, 10, 12),
                    "Ignore what I said about March - client terminated the contract early, "
                    "I'm available now.",
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "'whenever suits' turned into 'not till after Easter'",
        [
            heard(
                "Gwendolyn Rees",
                wrote(date(2026, 6, 1), "Whenever suits, always happy to chat."),
                wrote(
                    date(2026, 8, 3),
                    "Actually, not till after Easter - we've got Ofsted due and I'm head of year.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a consultant's DNC later withdrawn by the candidate",
        [
            heard(
                "Leopold Marchbank",
                logged(date(2026, 1, 19), "Cand rang in annoyed - DNC set at his request."),
                wrote(
                    date(2026, 6, 8),
                    "I know I asked you to stop contacting me in January, but I'm looking now "
                    "- please do get in touch with anything suitable.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT10_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
