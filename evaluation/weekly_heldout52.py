"""Held-out weekly reconnect cases, fifty-second set: finance recruiting in accountancy, audit,
tax, insurance and actuarial work, written by a stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10's weekly file was
opened for its format only), measured on its own and never tuned to.

Everyone here is otherwise due in the week of the case: reached a final stage in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as a
dated motivation, or sits in a message sent long enough before the week that no recent contact
holds the person back instead. The voices are a finance agency's desks in London, Dublin, New
York, Toronto, Mumbai and Singapore, in-house TA at a mid-tier firm and an insurer, and
candidates' emails, WhatsApps and LinkedIn replies, a few in Hindi, Irish, Chinese and French.
What decides is what they told us:

1. opt-outs (delete my data, a blunt WhatsApp, an ATS DNC, "kindly refrain", Hindi, Irish,
   Chinese and French, a "no thanks"): never listed; beside each a scoped stop that is due (a new
   email address, no calls at work, not that client, off the newsletter, tax roles only,
   evenings only, feedback owed, email not LinkedIn);
2. waits counted from the day said and checked both ways: the 31 January deadline, ACCA and CFA
   sittings, an IFoA April sitting, Chinese New Year, Pongal, a training-contract clawback to
   August 2027, maternity leave, "six weeks", Q2 next year, a probation: not listed while they
   run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a call eight days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back, a "keep me posted" hardened into deletion, a wait
   called off early, "any time" turned into "after busy season".
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
    rating=4.4,
    role="Audit Senior",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp with ``channel="other"``, LinkedIn with "linkedin")."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def via(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ---------------------------------------

OPT_OUTS = [
    W(
        "delete my data vs use my new email instead",
        [
            via(
                "Ferdinand Oakhurst",
                sent(LONG_AGO, "Please delete my data and stop emailing me. Not interested."),
                due=False,
            ),
            via(
                "Clemency Rudge",
                sent(LONG_AGO, "New email for your records please - this work one dies Friday."),
                due=True,
            ),
        ],
    ),
    W(
        "a blunt WhatsApp vs no calls while I'm at the client",
        [
            via(
                "Jaswinder Bhogal", sent(LONG_AGO, "take me off ur list. done.", "other"), due=False
            ),
            via(
                "Tamara Ezeji",
                sent(LONG_AGO, "dont call when im at the client pls, msgs ok", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "an ATS DNC vs not that Big Four firm again",
        [
            via(
                "Leander Prowse",
                noted(
                    LONG_AGO, "cand asked for no further contact - DNC set, remove from campaigns"
                ),
                due=False,
            ),
            via(
                "Marianne Holroyd",
                noted(LONG_AGO, "cand: not KPMG again pls, anything else fine. keen"),
                due=True,
            ),
        ],
    ),
    W(
        "'kindly refrain' on LinkedIn vs off the newsletter, roles still welcome",
        [
            via(
                "Augustine Fairweather",
                sent(LONG_AGO, "Kindly refrain from contacting me further.", "linkedin"),
                due=False,
            ),
            via(
                "Kezia Donnelly",
                sent(
                    LONG_AGO,
                    "Could you unsubscribe me from the salary guide emails? Roles still welcome.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: never contact me vs tax roles only",
        [
            via(
                "Mahesh Tiwari",
                sent(LONG_AGO, "Mujhse dobara sampark mat kijiye. Dhanyavaad.", "other"),
                due=False,
            ),
            via(
                "Ritu Agarwal",
                sent(LONG_AGO, "Sirf tax ki roles bhejiye, audit nahi.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Irish: leave me alone vs evenings only during year-end",
        [
            via(
                "Caoimhe Ní Dhonnchadha",
                sent(LONG_AGO, "Fág mé i mo aonar, le do thoil. Ná scríobh arís."),
                due=False,
            ),
            via(
                "Tadhg Ó Súilleabháin",
                sent(LONG_AGO, "Evenings only till year-end is done, but keep them coming."),
                due=True,
            ),
        ],
    ),
    W(
        "Chinese: don't contact me vs email rather than LinkedIn",
        [
            via("Wong Mei Fen", sent(LONG_AGO, "以后请不要再联系我。", "other"), due=False),
            via(
                "Low Jia Wen", sent(LONG_AGO, "请用电邮联系我，不要用LinkedIn。", "other"), due=True
            ),
        ],
    ),
    W(
        "French: take me off vs still waiting on feedback, still interested",
        [
            via("Solène Gauthier", sent(LONG_AGO, "Merci de me retirer de vos listes."), due=False),
            via(
                "Benoît Lapointe",
                sent(
                    LONG_AGO,
                    "J'attends toujours le retour de mon entrevue finale. Toujours intéressé.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

SA_DEADLINE = ("Nothing till the 31 Jan self-assessment deadline has passed.", date(2026, 10, 26))
SBR_MARCH = ("Sitting ACCA SBR in March - ring me after results.", date(2026, 11, 2))
CNY = ("Bonus is paid after Chinese New Year, will only move then.", date(2026, 11, 9))
CLAWBACK = (
    "TC ends August 2027 and I'd repay the ACA fees if I left sooner - talk then.",
    date(2026, 10, 12),
)
MAT_LEAVE = ("On maternity leave until the end of April 2027.", date(2026, 9, 28))
IFOA_APRIL = (
    "Sitting CM2 in the April sitting, don't want distractions before.",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "the 31 January deadline said this autumn vs said last winter",
        [
            said("Humphrey Bellingham", SA_DEADLINE, due=False),
            said(
                "Nkechi Udeh",
                ("Nothing until the January SA rush is done.", date(2026, 1, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "the 31 January deadline: due in mid-February",
        [said("Ottilie Crane", SA_DEADLINE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "ACCA in March vs ACCA sat in September",
        [
            said("Gulshan Batra", SBR_MARCH, due=False),
            said(
                "Hester Varley",
                ("ACCA AFM in the September sitting, call after.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "ACCA in March: due in late April",
        [said("Lorcan Heffernan", SBR_MARCH, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "after Chinese New Year vs after the July mid-year bonus",
        [
            said("Toh Wen Jie", CNY, due=False),
            said(
                "Sim Pei Shan", ("Want my July mid-year bonus first.", date(2026, 5, 4)), due=True
            ),
        ],
    ),
    W(
        "after Chinese New Year: due in March",
        [said("Heng Zi Xuan", CNY, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Pongal vs after Diwali",
        [
            said(
                "Meenakshi Thirumalai",
                (
                    "Please connect after Pongal in January, family functions till then.",
                    date(2026, 10, 19),
                ),
                due=False,
            ),
            said(
                "Pranav Joshi",
                ("Call after Diwali, travelling home till then.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "a training-contract clawback to August 2027 vs a TC finished in August",
        [
            said("Cosmo Hatherley", CLAWBACK, due=False),
            said(
                "Maud Petherick",
                ("TC done in August, qualified, no clawback now.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "a training-contract clawback to August 2027: due in September 2027",
        [said("Ferdia Lynch", CLAWBACK, due=True)],
        week=date(2027, 9, 13),
    ),
    W(
        "maternity leave to the end of April 2027 vs back since September",
        [
            said("Rukhsana Begum", MAT_LEAVE, due=False),
            said(
                "Philippa Yeardley",
                ("Back from mat leave since September, looking.", date(2026, 9, 28)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to the end of April 2027: due in May",
        [said("Dervla Kehoe", MAT_LEAVE, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "ask me in six weeks: a week ago vs three months ago",
        [
            said("Montgomery Pike", ("Ask me again in six weeks.", date(2026, 11, 16)), due=False),
            said("Shreya Kapoor", ("Try me in six weeks.", date(2026, 8, 17)), due=True),
        ],
    ),
    W(
        "no interviews until Q2 next year vs after Q3 close",
        [
            said(
                "Eamon Fitzgerald",
                ("YE is 31 March - no interviews until Q2 next year.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Valeria Montague",
                ("After Q3 close, so October.", date(2026, 8, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "IFoA April sitting: not due in the week before it",
        [said("Rosalind Tennyson", IFOA_APRIL, due=False)],
        week=date(2027, 4, 12),
    ),
    W(
        "IFoA April sitting: due in late May",
        [said("Lucius Harcourt", IFOA_APRIL, due=True)],
        week=date(2027, 5, 24),
    ),
    W(
        "six months' probation from October vs probation passed in May",
        [
            said(
                "Edgar Moffatt",
                (
                    "Started at the insurer in October, six months' probation first.",
                    date(2026, 10, 19),
                ),
                due=False,
            ),
            said(
                "Yolanda Pritchard",
                ("Passed probation in May, open to a chat.", date(2026, 5, 25)),
                due=True,
            ),
        ],
    ),
    W(
        "CFA Level II in May 2027 vs Level I passed in August",
        [
            said(
                "Saskia Everington",
                ("Sitting CFA Level II in May 2027 - call me once it's done.", date(2026, 10, 26)),
                due=False,
            ),
            said(
                "Idris Mahoney",
                ("Passed CFA Level I in August, free to talk.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a wedding in December, talk after January vs the wedding is over",
        [
            said(
                "Aparna Krishnan",
                ("Shaadi December mein hai, January ke baad baat karte hain.", date(2026, 10, 19)),
                due=False,
            ),
            said(
                "Vivek Saxena",
                ("Shaadi ho gayi last month, ab free hoon - roles bhejiye.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "after busy season, so April: due in May",
        [
            said(
                "Cornelius Raikes",
                ("After busy season please - so April.", date(2026, 8, 3)),
                due=True,
            )
        ],
        week=date(2027, 5, 3),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a CV in dates, free now",
        [
            said(
                "Ashwin Nair",
                (
                    "ACA 2019; Mazars 2016-2021; in-house 04/2022; CTA 11/2024. Free now.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
    W(
        "an ATS line of past dates, open now",
        [
            via(
                "Gwyneth Brereton",
                noted(LONG_AGO, "int 12/02, 2nd 03/03, final 21/03, lost to int cand. open now."),
                due=True,
            )
        ],
    ),
    W(
        "exams passed in June and September, ready now",
        [
            said(
                "Dominika Sadowska",
                (
                    "Passed CFA L2 in June and CS1 in September - ready to move now.",
                    date(2026, 10, 12),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call eight days ago vs a call months ago",
        [
            NotDue(
                "Wilbur Crossley",
                apps=[MAY_2025_FINAL],
                touches=[touch(8, "outbound", "replied", channel="phone")],
            ),
            Due("Eunice Raybould", apps=[MAY_2025_FINAL], touches=[last_spoke()]),
        ],
    ),
    W(
        "a role sent on WhatsApp last week vs one sent in the spring",
        [
            NotDue(
                "Hamza Siddiqui",
                apps=[MAY_2025_FINAL],
                touches=[touch(6, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
            Due(
                "Octavia Penhallow",
                apps=[MAY_2025_FINAL],
                touches=[touch(200, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
        ],
    ),
]

# --- 5. the latest word counts -------------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            via(
                "Florian Ashby",
                sent(date(2026, 2, 2), "Stop contacting me please, thanks."),
                sent(
                    date(2026, 6, 1),
                    "Ignore my earlier email - I'm looking again, do get in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into a deletion request",
        [
            via(
                "Lettice Mowbray",
                sent(date(2026, 2, 2), "Keep me posted on audit roles!"),
                sent(date(2026, 6, 1), "Please erase my details and do not contact me again."),
                due=False,
            )
        ],
    ),
    W(
        "not before March called off early",
        [
            via(
                "Hubert Tallis",
                sent(date(2026, 8, 3), "Not before March - busy season."),
                sent(date(2026, 9, 7), "Scrap March - left the firm, free now."),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'after busy season in April'",
        [
            via(
                "Imogen Lacey",
                sent(date(2026, 6, 1), "Any time, always happy to have a chat."),
                sent(date(2026, 8, 3), "Actually, after busy season please - so April."),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set by us, lifted by the candidate",
        [
            via(
                "Barnaby Oyelaran",
                noted(date(2026, 1, 12), "DNC set at cand's request"),
                sent(
                    date(2026, 6, 8),
                    "I asked you to stop in January, but I'm open now - please call.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT52_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
