"""Held-out weekly reconnect cases, seventieth set: campus and early-careers recruiting, written
by a stranger to the reader (its code, its labelled sets and the earlier case files' sentences
were not looked at; held-out 10 was opened for its format only), measured and reported on its
own line ("held-out 70").

Everyone here is otherwise due in the week of the case: reached our graduate assessment centre
in June 2025 and lost the last place to one other person, and was last spoken to long before
the week (160 days, past a silver medalist's cadence), unless the case is about a recent
contact. A wait is typed into the ATS as a dated motivation, or sits in a reply sent long enough
before the week that no recent contact holds the person back instead. The voices are a campus
recruiting team's: students' texts and WhatsApps, emails to the graduate inbox, LinkedIn
replies, careers-fair notes and ATS shorthand, with lines in Hinglish and Irish English slang,
about graduate schemes, internships and placements in the UK, Ireland, the US and India. What
decides is what they told us:

1. opt-outs (a WhatsApp "stop messaging me", an email asking for deletion, a LinkedIn "don't
   contact me again", a fair-desk DNC, Hinglish, Irish slang, "no thanks" to the outreach line):
   never listed; beside each a scoped stop that is due (no calls in lectures, not the
   newsletter, not sales roles, a new personal email, not that one client, feedback owed);
2. waits counted from the day said and checked both ways: finals in June, a dissertation
   deadline, Christmas exams, a graduation ceremony in January, Holi, placement season, a
   semester abroad to May, next quarter, a notice period, a Stamp 1G appointment: not listed
   while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: an internship link sent last week is not listed; the same months ago is;
5. the latest word counts: an opt-out taken back is due, a "keep me posted" hardened into a
   deletion request is not, a wait called off early is due and "any time" turned into "after
   finals" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_AC = app(
    date(2025, 6, 9),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Graduate Software Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``channel="other"`` for a text or WhatsApp, "linkedin" for LinkedIn)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A campus recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_AC], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_AC], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due --------------------------------------

OPT_OUTS = [
    W(
        "whatsapp: never message me again vs don't ring in lectures",
        [
            heard(
                "Tallulah Greaves",
                wrote(
                    LONG_AGO, "never message me again about ur grad scheme. im done. bye", "other"
                ),
                due=False,
            ),
            heard(
                "Joachim Ellery",
                wrote(
                    LONG_AGO,
                    "dont ring during lectures pls!! messages r fine, still interested",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "email: delete everything you hold vs unsubscribe me from the newsletter only",
        [
            heard(
                "Dorothea Mayne",
                wrote(
                    LONG_AGO,
                    "Please delete all my data from your early-careers system and don't get in "
                    "touch again.",
                ),
                due=False,
            ),
            heard(
                "Caradoc Fell",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the events newsletter please - but do tell me when grad "
                    "applications open.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "linkedin: don't contact me again vs not sales roles",
        [
            heard(
                "Wystan Hale",
                wrote(
                    LONG_AGO,
                    "Please don't contact me again. Not interested in your company.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Perdita Crane",
                wrote(
                    LONG_AGO,
                    "No more sales graduate roles please - engineering ones yes!",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "fair desk: DNC at the student's request vs new personal email after graduation",
        [
            heard(
                "Ottoline Sparrow",
                noted(LONG_AGO, "Autumn fair: student asked to be removed from all comms. DNC."),
                due=False,
            ),
            heard(
                "Maximilian Rudd",
                noted(
                    LONG_AGO,
                    "Autumn fair: uni email dies at graduation, use his personal gmail from now. "
                    "Keen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "hinglish: mujhe message mat karo vs calls mat karo, whatsapp theek hai",
        [
            heard(
                "Aakash Srivastava",
                wrote(
                    LONG_AGO, "please mujhe aur message mat karo, mera data delete kar do", "other"
                ),
                due=False,
            ),
            heard(
                "Pooja Nair",
                wrote(
                    LONG_AGO,
                    "calls mat karo class mein hoti hoon, whatsapp pe bhejo - interested hoon",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "irish: leave me alone now lads vs not that bank again",
        [
            heard(
                "Colm Rafferty",
                wrote(
                    LONG_AGO,
                    "Lads leave me alone now, I'm not interested and I don't want any more mails "
                    "off ye.",
                ),
                due=False,
            ),
            heard(
                "Sadhbh Keogh",
                wrote(
                    LONG_AGO,
                    "Just don't send me to that bank on the quays again, yer man was a nightmare. "
                    "Anything else, work away.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to the outreach line vs no thanks to the internship, yes to the scheme",
        [
            heard("Lettice Bramwell", wrote(LONG_AGO, "no thanks ta"), due=False),
            heard(
                "Hollis Crane-Whitby",
                wrote(
                    LONG_AGO,
                    "No thanks to the internship - I graduate next year so the grad scheme please.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "stop contacting me vs stop until you send my AC feedback",
        [
            heard("Jago Penrose", wrote(LONG_AGO, "Stop contacting me. Final answer."), due=False),
            heard(
                "Mirabel Fane",
                wrote(
                    LONG_AGO,
                    "I'm still owed feedback from the assessment centre - can someone send it? "
                    "Still keen on the next intake.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

FINALS = ("Finals run to mid-June - no interviews until they're done.", date(2026, 11, 9))
HOLI = ("Home in Jaipur till after Holi - talk then, not before.", date(2026, 11, 2))
DISSERTATION = ("Dissertation due in three weeks - hold off till it's in.", date(2026, 11, 16))
XMAS_EXAMS = ("christmas exams, give us a shout after the christmas", date(2026, 11, 9))
GRADUATION = (
    "Graduation ceremony 15 January, family visiting - nothing before.",
    date(2026, 11, 2),
)
EXCHANGE = (
    "On exchange at NUS till the semester ends in May - can't interview.",
    date(2026, 11, 4),
)
PLACEMENTS = ("placement season chal raha hai, January ke baad call karna", date(2026, 11, 10))

WAITS = [
    W(
        "finals to mid-June, said this month vs said last November",
        [
            told("Cressida Vowles", FINALS, due=False),
            told(
                "Ashwin Pillay",
                ("Finals run to mid-June - no interviews until they're done.", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "finals to mid-June: due in July 2027",
        [told("Romilly Askew", FINALS, due=True)],
        week=date(2027, 7, 5),
    ),
    W(
        "after Holi vs after Diwali, said in October",
        [
            told("Parth Goyal", HOLI, due=False),
            told(
                "Nandini Krishnan",
                ("Home in Kochi till after Diwali - talk then.", date(2026, 10, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "after Holi: due in April 2027",
        [told("Ritika Sharma", HOLI, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "dissertation due in three weeks vs the same said in spring",
        [
            told("Ambrosine Tate", DISSERTATION, due=False),
            told(
                "Leofric Dunnimere",
                ("Dissertation due in three weeks - hold off till it's in.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "irish: after the christmas, said this month vs last year",
        [
            told("Peadar Nolan", XMAS_EXAMS, due=False),
            told(
                "Muireann Foley",
                ("christmas exams, give us a shout after the christmas", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "irish: after the christmas: due in mid-January",
        [told("Cillian Breen", XMAS_EXAMS, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "graduation on 15 January vs graduation in July, said in March",
        [
            told("Chidi Ezeudoka", GRADUATION, due=False),
            told(
                "Folake Adeleke",
                (
                    "Graduation ceremony 14 July, family visiting - nothing before.",
                    date(2026, 3, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "graduation on 15 January: due in February 2027",
        [told("Obiageli Nwosu", GRADUATION, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "hinglish: placement season, January ke baad: due in late January",
        [told("Vaibhav Chauhan", PLACEMENTS, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "exchange to May: not due in March 2027",
        [told("Sebastian Wray", EXCHANGE, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "exchange to May: due in June 2027",
        [told("Persephone Oake", EXCHANGE, due=True)],
        week=date(2027, 6, 14),
    ),
    W(
        "hinglish: placement season, January ke baad vs said last year",
        [
            told("Tejas Kulkarni", PLACEMENTS, due=False),
            told(
                "Mrunal Jadhav",
                ("placement season chal raha hai, January ke baad call karna", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "next quarter, said three weeks ago vs said in April",
        [
            told(
                "Godfrey Lark",
                ("Try me again next quarter, busy with a part-time contract.", date(2026, 11, 2)),
                due=False,
            ),
            told(
                "Elowen Tresize",
                ("Try me again next quarter, busy with a part-time contract.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "one month's notice handed in last week vs in September",
        [
            told(
                "Bartram Ives",
                (
                    "Handed in notice at my grad job today - one month, nothing before I leave.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
            told(
                "Winona Crabbe",
                (
                    "Handed in notice at my grad job today - one month, nothing before I leave.",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "stamp 1g appointment in six weeks vs one sorted in the summer",
        [
            told(
                "Zainab Hussain",
                (
                    "Stamp 1G appointment in about six weeks - can't sign anything before.",
                    date(2026, 11, 11),
                ),
                due=False,
            ),
            told(
                "Arjun Bhattavarkar",
                (
                    "Stamp 1G appointment in about six weeks - can't sign anything before.",
                    date(2026, 6, 10),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "exams 12 Nov, draft in 20 Nov, graduation in July - free any time",
        [
            told(
                "Georgiana Pitt",
                (
                    "Exams done 12 Nov, dissertation draft in 20 Nov, graduating 10 July - free "
                    "for interviews any day.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "AC scorecard full of dates, available from now",
        [
            heard(
                "Leonidas Crewe",
                noted(
                    LONG_AGO,
                    "AC 13/05: numeracy 80%, group ex strong. CIMA BA1 passed 03/04. Available for"
                    " interviews any week.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "hinglish: dates bhari note, lekin kabhi bhi free",
        [
            told(
                "Harini Subramaniam",
                (
                    "Sem exams 2 Dec ko khatam, convocation March mein, lekin interview ke liye "
                    "kabhi bhi free hoon",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "grad scheme link sent last week vs the same link months ago",
        [
            NotDue(
                "Evadne Trask",
                apps=[JUNE_2025_AC],
                touches=[
                    last_spoke(),
                    touch(6, outcome="no_reply", note="Sent the 2027 grad scheme link."),
                ],
            ),
            Due(
                "Humphrey Gale",
                apps=[JUNE_2025_AC],
                touches=[
                    touch(LONG_AGO, outcome="no_reply", note="Sent the 2027 grad scheme link.")
                ],
            ),
        ],
    ),
    W(
        "catch-up call ten days ago vs one in the spring",
        [
            NotDue(
                "Jocelyn Strand",
                apps=[JUNE_2025_AC],
                touches=[
                    touch(
                        10,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up: exams going fine, nothing new.",
                    )
                ],
            ),
            Due(
                "Aurelio Banks",
                apps=[JUNE_2025_AC],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up: exams going fine, nothing new.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "opted out in March, back in October",
        [
            heard(
                "Lysandra Kempsworth",
                wrote(date(2026, 3, 2), "Take me off your lists please. Cheers."),
                wrote(
                    date(2026, 5, 4),
                    "Hi - I asked to be taken off in March but I'm job hunting now, please keep me"
                    " on.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "keep me posted, then delete my data",
        [
            heard(
                "Barnaby Crewdson",
                wrote(date(2026, 3, 2), "keep me posted on grad stuff!", "other"),
                wrote(
                    date(2026, 5, 4),
                    "Accepted elsewhere - please delete my data and don't contact me again.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "after finals, then called off early",
        [
            heard(
                "Clemence Hardy",
                wrote(
                    date(2026, 4, 6), "Please don't contact me until after my finals in June 2027."
                ),
                wrote(
                    date(2026, 6, 8),
                    "Scrap that - finals moved online, I'm free for interviews whenever.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "any time, then after finals",
        [
            heard(
                "Osric Tallis",
                wrote(date(2026, 4, 6), "Free for interviews any time!"),
                wrote(
                    date(2026, 6, 8),
                    "Actually please hold off until my finals are over in June 2027.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "hinglish: pehle mana, phir haan",
        [
            heard(
                "Siddhi Agnihotri",
                wrote(date(2026, 2, 2), "mujhe contact mat karo please", "other"),
                wrote(
                    date(2026, 6, 1),
                    "sorry pehle mana kiya tha, ab job dhoondh rahi hoon - please contact karo",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
]

LATEST += [
    W(
        "irish: not a hope, then sound, get in touch",
        [
            heard(
                "Fionn Mac Giolla",
                wrote(date(2026, 1, 12), "not a hope, don't be contacting me", "other"),
                wrote(
                    date(2026, 5, 18),
                    "ah sorry about the last one, was stressed. sound, get in touch with grad "
                    "roles",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "no wait, then after Holi 2027",
        [
            heard(
                "Devansh Mittal",
                wrote(date(2026, 4, 13), "free any time for a chat"),
                wrote(
                    date(2026, 6, 15),
                    "family wedding season - please talk to me only after Holi next year",
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT70_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
