"""Held-out weekly reconnect cases, forty-eighth set: legal recruiters' own words, written by a
forty-eighth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 48").

Everyone here is otherwise due in the week of the case: reached a client's final stage in June
2025 and lost to one other person, and was last spoken to long before the week (160 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voice is a specialist legal recruitment agency and
in-house legal talent teams in the UK, Ireland, the US and Australia: ATS shorthand, call notes,
candidates' emails, texts and LinkedIn replies, a few in Welsh, Irish and Spanish, about
associates, partners, in-house counsel, paralegals, secretaries, conveyancers and compliance
people. What decides is what they told us:

1. opt-outs (an erasure letter, "take me off your books", a recruiter's DNC, a LinkedIn "stop",
   Welsh, Irish and Spanish, a retiring partner): never listed; beside each a scoped stop that
   is due (no calls at the firm, no private practice roles, not that firm again, the newsletter
   only, a new personal email, a feedback chase);
2. waits counted from the day said and checked both ways: three months' notice, after a trial
   listed for February, NQ in March, the December bonus round, after Hilary term, six weeks, the
   new year, the New York bar in February, a firm year-end on 30 April, the Australian summer
   shutdown: not listed while they run, listed once they have; each beside a twin whose wait is
   already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a role sent eight days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due, "keep me posted" turned into an erasure is
   not, a wait called off early is due, "any time" turned into "after Easter" is not.
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
    rating=4.4,
    role="Senior Associate",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``channel="other"`` for a text, ``"linkedin"`` for LinkedIn)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


def stop_vs_scoped(name, out, scoped):
    """An opt-out (never listed) beside a scoped stop (due)."""
    return W(name, [heard(out[0], out[1], due=False), heard(scoped[0], scoped[1], due=True)])


# --- 1. opt-outs, each beside a scoped stop that is due ------------------------------------

OPT_OUTS = [
    stop_vs_scoped(
        "erasure letter vs a letter with a new address",
        (
            "Ambrose Ashdown",
            wrote(
                LONG_AGO,
                "Dear Sirs, I require you to delete all data "
                "held on me and to cease all contact. Yours faithfully.",
            ),
        ),
        (
            "Cecily Vandeleur",
            wrote(
                LONG_AGO,
                "Dear Sirs, kindly note my new address, 9 Hanover "
                "Terrace. I remain open to suitable partner roles.",
            ),
        ),
    ),
    stop_vs_scoped(
        "'take me off your books' vs take me off the newsletter only",
        (
            "Lorna Gatiss",
            wrote(LONG_AGO, "take me off your books pls, done with agencies", "other"),
        ),
        (
            "Kayleigh Brough",
            wrote(
                LONG_AGO,
                "unsubscribe me from the salary survey mails but keep me on for paralegal jobs",
                "other",
            ),
        ),
    ),
    stop_vs_scoped(
        "recruiter's DNC vs no calls at the firm, mobile fine",
        ("Reginald Pask", noted(LONG_AGO, "DNC - cand v annoyed, no further approaches ever.")),
        (
            "Hermione Tull",
            noted(
                LONG_AGO,
                "Don't ring her desk line at the firm. Mobile after 6 only. Still looking.",
            ),
        ),
    ),
    stop_vs_scoped(
        "LinkedIn 'stop' vs stop private practice roles, in-house welcome",
        ("Conrad Birtles", wrote(LONG_AGO, "Stop. Not interested, now or later.", "linkedin")),
        (
            "Rosalie Dunne",
            wrote(
                LONG_AGO,
                "Please stop sending private practice - in-house only from now on.",
                "linkedin",
            ),
        ),
    ),
    stop_vs_scoped(
        "Welsh: don't contact me vs not by phone, email fine",
        ("Dafydd Garroway", wrote(LONG_AGO, "Peidiwch â chysylltu â mi byth eto.")),
        (
            "Mererid Huws",
            wrote(LONG_AGO, "Dim galwadau ffôn plîs - e-bost yn iawn, dal â diddordeb."),
        ),
    ),
    stop_vs_scoped(
        "Irish: remove me vs not that firm again",
        (
            "Pádraig Ó Riordáin-Keane",
            wrote(LONG_AGO, "Bain mé de do liosta, le do thoil. Ná scríobh chugam arís."),
        ),
        (
            "Gráinne Moran",
            noted(LONG_AGO, "Not to be sent to McCann FitzGerald again - any other firm fine."),
        ),
    ),
    stop_vs_scoped(
        "Spanish: delete my data vs no calls at work",
        (
            "Esteban Ruiz",
            wrote(LONG_AGO, "Borren mis datos y no me contacten más, por favor.", "other"),
        ),
        (
            "Valeria Campos",
            wrote(
                LONG_AGO,
                "No me llamen al trabajo, por favor; WhatsApp está bien. Sigo interesada.",
                "other",
            ),
        ),
    ),
    stop_vs_scoped(
        "retiring partner closes the file vs new personal email",
        (
            "Montague Frere",
            wrote(
                LONG_AGO,
                "I retire from practice this year. Please close my file and write no more.",
            ),
        ),
        (
            "Jocelyn Ware",
            wrote(
                LONG_AGO,
                "Leaving the firm, so please use my personal email "
                "from now on - still open to moves.",
            ),
        ),
    ),
    stop_vs_scoped(
        "'no thanks' to the opt-out line vs waiting on feedback",
        ("Duncan Hollingsworth", wrote(LONG_AGO, "no thanks, cheers")),
        (
            "Priti Sood",
            wrote(
                LONG_AGO,
                "Before anything else - any feedback from the Slaughters "
                "final? Then happy to hear what else you've got.",
            ),
        ),
    ),
    stop_vs_scoped(
        "in-house TA: never approach her again vs not for the compliance team, legal fine",
        (
            "Harriet Wolstenholme",
            noted(
                LONG_AGO,
                "Cand asked our TA team never to approach her again about any vacancy. Respect.",
            ),
        ),
        (
            "Beatrix Oyelaran",
            noted(
                LONG_AGO,
                "Doesn't want compliance roles any more - legal counsel roles only please.",
            ),
        ),
    ),
]

# --- 2. waits counted from the day said, checked both ways ---------------------------------

NOTICE_3M = ("Resigned 02/11, three months' notice - nothing before Feb.", date(2026, 11, 2))
TRIAL = ("In a trial listed for 8 Feb, 3 weeks. Not looking till it's done.", date(2026, 11, 10))
NQ_MARCH = ("Qualifies in March - staying to NQ, nothing till then.", date(2026, 10, 19))
BONUS = ("speak after bonuses land in December", date(2026, 10, 26))
HILARY = ("In court all Hilary term - try after Easter.", date(2026, 11, 16))
SIX_WEEKS = ("give me six weeks, restructure here", date(2026, 11, 9))
NEW_YEAR = ("new year please, not before", date(2026, 11, 2))
BAR = ("Sitting the NY bar end of Feb - no calls till March", date(2026, 11, 12))
YEAR_END = (
    "Firm year-end 30 April - won't move before the bonus is paid in May",
    date(2026, 10, 5),
)
SHUTDOWN = ("Off for the summer shutdown, back mid Feb - nothing till then", date(2026, 11, 16))


def wait_pair(name, running, done):
    """A wait still running (not listed) beside a twin whose wait has run out (due)."""
    return W(name, [told(running[0], running[1], due=False), told(done[0], done[1], due=True)])


WAITS = [
    wait_pair(
        "three months' notice served this month vs one month's served in August",
        ("Benedict Howarth", NOTICE_3M),
        (
            "Miranda Pole",
            ("One month's notice in from 03/08, free since September.", date(2026, 8, 3)),
        ),
    ),
    W(
        "three months' notice: due in February",
        [told("Silas Brande", NOTICE_3M, due=True)],
        week=date(2027, 2, 15),
    ),
    wait_pair(
        "trial listed for February vs trial finished in July",
        ("Gideon Lorrimer", TRIAL),
        (
            "Leonie Craddock",
            ("In a trial listed for June - not looking till it's over.", date(2026, 5, 4)),
        ),
    ),
    W(
        "trial in February: due in March",
        [told("Thaddeus Pim", TRIAL, due=True)],
        week=date(2027, 3, 8),
    ),
    wait_pair(
        "NQ in March vs qualified in September",
        ("Saffron Leigh", NQ_MARCH),
        ("Jasper Quint", ("Qualifies in September, nothing till then.", date(2026, 4, 20))),
    ),
    W(
        "NQ in March: due in April",
        [told("Ottilie Brisk", NQ_MARCH, due=True)],
        week=date(2027, 4, 5),
    ),
    wait_pair(
        "after the December bonus vs after last December's bonus",
        ("Trevor Lockhart", BONUS),
        ("Kendra Boyce", ("speak after bonuses land in December", date(2025, 10, 27))),
    ),
    W(
        "after the December bonus: due in January",
        [told("Marlon Quaye", BONUS, due=True)],
        week=date(2027, 1, 11),
    ),
    wait_pair(
        "all Hilary term, after Easter vs that was last Hilary term",
        ("Lavinia Chiswell", HILARY),
        ("Rufus Ogilvy", ("In court all Hilary term - try after Easter.", date(2025, 11, 17))),
    ),
    wait_pair(
        "six weeks said a fortnight ago vs said in the summer",
        ("Annika Storr", SIX_WEEKS),
        ("Desmond Pilcher", ("give me six weeks, restructure here", date(2026, 7, 6))),
    ),
    W(
        "six weeks: due once they have passed",
        [told("Yolanda Grieve", SIX_WEEKS, due=True)],
        week=date(2027, 1, 4),
    ),
    wait_pair(
        "new year, said this month vs said last November",
        ("Horatio Vell", NEW_YEAR),
        ("Bryony Catt", ("new year please, not before", date(2025, 11, 3))),
    ),
    wait_pair(
        "NY bar in February vs the July bar already sat",
        ("Maximilian Ortiz", BAR),
        (
            "Destiny Grant",
            ("Sitting the bar end of July - no calls till August", date(2026, 5, 11)),
        ),
    ),
    W(
        "NY bar in February: due in March",
        [told("Darnell Price", BAR, due=True)],
        week=date(2027, 3, 15),
    ),
    wait_pair(
        "firm year-end in April vs last year-end, bonus paid",
        ("Ophelia Strang", YEAR_END),
        (
            "Barnaby Lusk",
            (
                "Firm year-end 30 April - won't move before the bonus is paid in May",
                date(2025, 10, 6),
            ),
        ),
    ),
    wait_pair(
        "Australian summer shutdown to mid-February vs back from winter leave",
        ("Kirra Maddern", SHUTDOWN),
        ("Callum Stott", ("On leave through July, back in August", date(2026, 6, 22))),
    ),
    W(
        "summer shutdown: due in March",
        [told("Jarrah Quill", SHUTDOWN, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "after Easter: due in mid-April",
        [told("Marguerite Ince", HILARY, due=True)],
        week=date(2027, 4, 12),
    ),
    wait_pair(
        "next quarter, said in October vs said in the spring",
        ("Tobias Renwick", ("next quarter - FCA visit this one", date(2026, 10, 19))),
        ("Hyacinth Boyd", ("next quarter - FCA visit this one", date(2026, 4, 13))),
    ),
]

# --- 3. notes full of dates that ask for no wait -------------------------------------------

NO_WAIT = [
    W(
        "a CV history full of dates, no wait asked",
        [
            told(
                "Rowena Hext",
                (
                    "TC 2016-18, NQ Sept 2018 at Irwin Mitchell, 4PQE, moved 03/2022. Free now.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "dates of exams passed and a court date gone by, no wait asked",
        [
            told(
                "Gavin Mulholland",
                (
                    "SQE1 passed July, SQE2 passed October, hearing on 3 Nov went fine - ready "
                    "to move.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a start date elsewhere next month: just moved, give me a year",
        [
            told(
                "Portia Leland",
                (
                    "Starts at Hogan Lovells on 1 December - give her a year to settle in.",
                    date(2026, 11, 2),
                ),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same months ago",
        [
            NotDue(
                "Clement Yarrow",
                apps=[JUNE_2025_FINAL],
                touches=[last_spoke(), touch(8, outcome="no_reply", note="Sent Disputes SA spec.")],
            ),
            Due(
                "Henrietta Bligh",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, outcome="no_reply", note="Sent Disputes SA spec.")],
            ),
        ],
    ),
    W(
        "a catch-up call a fortnight ago vs one five months ago",
        [
            NotDue(
                "Augustus Penry",
                apps=[JUNE_2025_FINAL],
                touches=[touch(14, outcome="replied", channel="phone", note="Catch-up, all fine.")],
            ),
            Due(
                "Delphine Crabb",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, outcome="replied", channel="phone", note="Catch-up.")],
            ),
        ],
    ),
]

# --- 5. the latest word counts -------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me posted' turned into an erasure",
        [
            heard(
                "Ingrid Lowell",
                wrote(300, "stop contacting me", "other"),
                wrote(LONG_AGO, "sorry, ignore my last - please do keep me posted", "other"),
                due=True,
            ),
            heard(
                "Corin Ashby",
                wrote(300, "keep me posted!", "other"),
                wrote(LONG_AGO, "please erase my details and stop contacting me", "other"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'any time' turned into 'after Easter'",
        [
            told(
                "Philippa Crane",
                ("Not before March - partner's leaving.", date(2026, 10, 5)),
                ("Change of plan, her partner stayed - free to talk now.", date(2026, 11, 9)),
                due=True,
            ),
            told(
                "Duncan Rolfe",
                ("Any time, just call.", date(2026, 6, 1)),
                ("Big completion slipped - leave it till after Easter now.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "a DNC later lifted by the candidate",
        [
            heard(
                "Aurelia Mendez",
                noted(400, "DNC at cand's request."),
                wrote(
                    LONG_AGO,
                    "I asked you to stop last year but I'm looking now - please "
                    "get in touch with anything suitable.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT48_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
