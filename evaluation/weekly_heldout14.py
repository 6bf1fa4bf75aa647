"""Held-out weekly reconnect cases, fourteenth set: a US healthcare and light-industrial staffing
agency's and a hospital system's in-house recruiters' own words, written by a fourteenth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 10 was opened for its format only), measured and reported on its own line
("held-out 14").

Everyone here is otherwise due in the week of the case: reached a final interview 400 days
before the week and lost to one other person, and was last spoken to 170 days before the week,
unless the case is about a recent contact. A wait is typed into the ATS as a dated motivation (so
no recent contact holds the person back instead), counted from the day it was said. The voice is
American: candidates' texts in SMS shorthand and all caps, recruiters' Spanglish notes, compliance
notes on TCPA opt-outs, candidates' emails, about travel nurses, CNAs, LPNs, CDL drivers,
warehouse and forklift people, and a few revenue-cycle and hospital IT people. What decides is
what they told us:

1. opt-outs ("Stop." by text, "Remove me from this list.", "dont text this # again",
   Spanish "no me vuelvan a llamar ni a escribir", a STOP keyword suppression, a daughter's text
   that her father will not drive again, "DO NOT CONTACT ME EVER AGAIN", a retirement, a
   recruiter's Spanglish note to erase her from the system): never listed; beside each a
   near-miss that is due (no texts at 10pm, off one hospital's PRN list only, text don't call,
   WhatsApp rather than calls, a disconnected number, a daughter relaying a new number, "DO NOT
   CALL BEFORE NOON", retiring from nights only, no night jobs);
2. waits counted from the day said and checked both ways: after Thanksgiving, a 13-week contract
   started 11/16, open enrollment, a license by endorsement pending, a son's school year, tax
   season to April 15, Amazon's peak, FMLA after a birth: not listed while they run, listed once
   they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year" after signing on staff is
   not;
4. plain restraint: a job texted eight days ago, a call twelve days ago and an email answered
   ten days ago are not listed; the same months ago are;
5. the latest word counts: a STOP explained away is due and a "keep me posted" turned into "take
   me off" is not; a contract cancelled early calls off a wait; "anytime" turned into "after
   graduation in June" is not due; a do-not-contact taken back by the candidate is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

LOST_FINAL = app(
    400, "final", "rejected", "other_candidate", None, rating=4.2, role="Integration Engineer"
)
LONG_AGO = 170  # days before the week: past a final-round candidate's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def they_wrote(days, note, channel="other") -> dict:
    """Their own text (or email, with ``channel="email"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's or compliance note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def on_file(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[LOST_FINAL], touches=[last_call()])


def in_touch(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[LOST_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "'Stop.' by text vs stop texting at 10pm, daytime is fine",
        [
            in_touch("Charmaine Toliver", they_wrote(LONG_AGO, "Stop."), due=False),
            in_touch(
                "Evangeline Dupree",
                they_wrote(
                    LONG_AGO, "pls stop texting me at 10pm i get up at 4 for work. daytime is fine"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "remove me from this list vs remove me from one hospital's PRN list",
        [
            in_touch(
                "Lorraine Gustafson", they_wrote(LONG_AGO, "Remove me from this list."), due=False
            ),
            in_touch(
                "Bernice Achterberg",
                they_wrote(
                    LONG_AGO,
                    "remove me from the PRN list at st marys, still want full time days from u",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'dont text this # again' vs text me dont call, on the line",
        [
            in_touch("Roderick Mabry", they_wrote(LONG_AGO, "dont text this # again"), due=False),
            in_touch(
                "Clarence Ivory",
                they_wrote(LONG_AGO, "text me dont call, im on the line and cant hear my phone"),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't call or write again vs WhatsApp rather than calls",
        [
            in_touch(
                "Eusebio Manzanares",
                they_wrote(LONG_AGO, "No me vuelvan a llamar ni a escribir, por favor."),
                due=False,
            ),
            in_touch(
                "Florentino Ibarra",
                they_wrote(
                    LONG_AGO,
                    "Escríbame por WhatsApp mejor, ya no contesto llamadas de este número.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a STOP keyword suppression vs a disconnected number, reached by email",
        [
            in_touch(
                "Wilma Ransdell",
                noted(
                    LONG_AGO,
                    "Compliance: opted out via STOP keyword 4/12. Suppressed in Textus and "
                    "Bullhorn - no SMS, no email, no calls.",
                ),
                due=False,
            ),
            in_touch(
                "Opal Hinojosa",
                noted(
                    LONG_AGO,
                    "Textus shows every message undelivered, number disconnected? Emailed "
                    "instead, cand wrote back she's still looking.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a daughter's text that her father won't drive again vs a daughter relaying a new number",
        [
            in_touch(
                "Earl Vanhoose",
                they_wrote(
                    LONG_AGO,
                    "This is his daughter. Dad had a stroke and won't be driving again. Please "
                    "stop contacting him.",
                ),
                due=False,
            ),
            in_touch(
                "Otis Fairbanks",
                they_wrote(
                    LONG_AGO,
                    "This is his daughter, dad's phone broke so use this number till he gets a "
                    "new one. He still wants local work.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "all caps: DO NOT CONTACT ME EVER AGAIN vs DO NOT CALL BEFORE NOON",
        [
            in_touch(
                "Darla Mcentire", they_wrote(LONG_AGO, "DO NOT CONTACT ME EVER AGAIN"), due=False
            ),
            in_touch(
                "Wanda Stiltner",
                they_wrote(LONG_AGO, "DO NOT CALL BEFORE NOON I WORK NIGHTS"),
                due=True,
            ),
        ],
    ),
    W(
        "retiring, take me out of your system vs retiring from nights only",
        [
            in_touch(
                "Marjorie Eckhart",
                they_wrote(
                    LONG_AGO,
                    "I'm retiring at the end of the month. Please take me out of your system.",
                    "email",
                ),
                due=False,
            ),
            in_touch(
                "Phyllis Dockery",
                they_wrote(
                    LONG_AGO,
                    "I'm retiring from the night shift at the end of the month - days from now "
                    "on, please update my file.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanglish: erase her from the system vs no night jobs",
        [
            in_touch(
                "Zoraida Melgoza",
                noted(
                    LONG_AGO,
                    "Cand pidió que la borremos del sistema, no more texts ni calls. Done.",
                ),
                due=False,
            ),
            in_touch(
                "Nohemí Arellano",
                noted(
                    LONG_AGO,
                    "Cand pidió que no le mandemos jobs de nights, solo days. Otherwise todo bien.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

THANKSGIVING = (
    "text me after thanksgiving, slammed w family stuff till then",
    date(2026, 11, 2),
)
THIRTEEN_WEEKS = (
    "started a 13 wk at st lukes 11/16, locked in til mid feb. march starts only",
    date(2026, 11, 16),
)
ENROLLMENT = (
    "Can't move till after open enrollment, whole family is on my plan. Reach out in January.",
    date(2026, 11, 2),
)
LICENSE = (
    "Oregon license by endorsement pending, board says 10-12 wks - can't start till it's issued.",
    date(2026, 11, 9),
)
SCHOOL_YEAR = (
    "not switching till my sons school year ends in june, after that im open",
    date(2026, 10, 5),
)
TAX_SEASON = (
    "Helping my old CPA firm through tax season, nothing before April 15 please.",
    date(2026, 11, 9),
)
PEAK = ("staying thru peak for the bonus, january im free", date(2026, 11, 9))
FMLA = (
    "On FMLA, baby came 11/10, out through February - try her in March.",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "after Thanksgiving, said this month vs slammed till Thanksgiving last year",
        [
            on_file("Coralee Pittman", THANKSGIVING, due=False),
            on_file(
                "Sheena Blackmon",
                ("was slammed till thanksgiving last yr, free now anytime", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "after Thanksgiving: due in December",
        [on_file("Twila Brannon", THANKSGIVING, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "a 13-week contract started 11/16 vs one that ended in August",
        [
            on_file("Kassandra Oyervides", THIRTEEN_WEEKS, due=False),
            on_file(
                "Jillian Pettus",
                ("13 wk at st lukes wrapped up 8/28, ready for the next one", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "a 13-week contract started 11/16: not due in January",
        [on_file("Deanna Calloway", THIRTEEN_WEEKS, due=False)],
        week=date(2027, 1, 11),
    ),
    W(
        "a 13-week contract started 11/16: due in March",
        [on_file("Felicity Rainey", THIRTEEN_WEEKS, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "open enrollment this year vs last year's",
        [
            on_file("Maxine Oldenburg", ENROLLMENT, due=False),
            on_file(
                "Roberta Schnabel",
                (
                    "Staying put through open enrollment, reach out after the new year.",
                    date(2025, 11, 10),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "open enrollment: due in January",
        [on_file("Gertrude Halvorsen", ENROLLMENT, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a license by endorsement pending vs one issued in July",
        [
            on_file("Colette Marchand", LICENSE, due=False),
            on_file(
                "Isadora Kemper",
                ("Oregon license issued 7/22, verified on Nursys, good to go.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "a license by endorsement pending since November: due in late February",
        [on_file("Henrietta Voss", LICENSE, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "a son's school year ending in June: not due in March",
        [on_file("Araceli Benítez", SCHOOL_YEAR, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "a son's school year ending in June: due at the end of June",
        [on_file("Socorro Lozano", SCHOOL_YEAR, due=True)],
        week=date(2027, 6, 28),
    ),
    W(
        "tax season to April 15: not due in March",
        [on_file("Eileen Fairweather", TAX_SEASON, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "tax season to April 15: due at the end of April",
        [on_file("Constance Ruehl", TAX_SEASON, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "staying through peak this year vs last year's peak",
        [
            on_file("Javonte Brissett", PEAK, due=False),
            on_file(
                "Kareem Lattimore",
                ("stayed thru peak last yr for the bonus, got it, im open now", date(2026, 2, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "staying through peak: due in January",
        [on_file("Darius Oglesby", PEAK, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "FMLA through February vs FMLA that ended in July",
        [
            on_file("Shelbie Cordle", FMLA, due=False),
            on_file(
                "Autumn Rexroat",
                ("Back from FMLA 7/6, baby's good, she's ready to look.", date(2026, 7, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "FMLA through February: due in March",
        [on_file("Tabatha Mcclintock", FMLA, due=True)],
        week=date(2027, 3, 8),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a contract ended, BLS renewed, ACLS good till 2028 vs signed on staff, give me a year",
        [
            on_file(
                "Mariah Sizemore",
                (
                    "contract at ascension ended 10/30, BLS renewed 11/2, ACLS good til 2028. "
                    "available now",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            on_file(
                "Karissa Bumgarner",
                (
                    "just signed on staff at ascension 11/2, give me a year before u call lol",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Thanksgiving off for the first time in five years, open to new stuff",
        [
            on_file(
                "Lucinda Gaskill",
                (
                    "got thanksgiving off for the first time in 5 yrs!! anyway yes im open to "
                    "new stuff",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a hazmat test on 10/14 and a TWIC card on 11/3, ready to roll",
        [
            on_file(
                "Buford Kenney",
                (
                    "passed my hazmat endorsement 10/14, TWIC card came 11/3, ready to roll",
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
        "a job texted eight days ago vs the same texted months ago",
        [
            NotDue(
                "Tawanna Grier",
                apps=[LOST_FINAL],
                touches=[
                    last_call(),
                    touch(8, outcome="no_reply", channel="other", note="Texted the PCU days job."),
                ],
            ),
            Due(
                "Latonya Hairston",
                apps=[LOST_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Texted the step-down days job.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a check-in call twelve days ago vs one seven months ago",
        [
            NotDue(
                "Delores Spivey",
                apps=[LOST_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Check-in call, nothing for her yet, she's good.",
                    )
                ],
            ),
            Due(
                "Minnie Lockhart",
                apps=[LOST_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="phone",
                        note="Check-in call, nothing open for her, all good.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an email answered ten days ago vs one answered last spring",
        [
            NotDue(
                "Gordon Eskridge",
                apps=[LOST_FINAL],
                touches=[
                    last_call(),
                    touch(
                        10,
                        "inbound",
                        "replied",
                        note="ty, will look it over this weekend",
                        channel="email",
                    ),
                ],
            ),
            Due(
                "Ernest Vanmeter",
                apps=[LOST_FINAL],
                touches=[
                    touch(
                        230,
                        "inbound",
                        "replied",
                        note="thanks, I'll read through it tonight",
                        channel="email",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a STOP explained away vs a 'keep me posted' turned into 'take me off'",
        [
            in_touch(
                "Jolie Thibault",
                they_wrote(date(2026, 3, 9), "STOP STOP"),
                they_wrote(
                    date(2026, 3, 10),
                    "omg sorry that was my toddler 😩 pls keep sending jobs",
                ),
                due=True,
            ),
            in_touch(
                "Marcella Youngblood",
                they_wrote(date(2026, 3, 9), "not now but keep me posted ty"),
                they_wrote(date(2026, 5, 18), "take me off ur list, found something for good"),
                due=False,
            ),
        ],
    ),
    W(
        "'not till my contract ends in March' called off early: due in February",
        [
            on_file(
                "Rosalyn Keough",
                ("Not till my contract ends in March.", date(2026, 9, 7)),
                (
                    "contract got cancelled early, census dropped. im free now lol",
                    date(2026, 10, 12),
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "'anytime' turned into 'after graduation in June'",
        [
            on_file(
                "Geneva Ostrander",
                ("anytime, always open to hear about jobs", date(2026, 5, 4)),
                (
                    "actually not till after my daughters graduation in june, too much going on",
                    date(2026, 8, 10),
                ),
                due=False,
            )
        ],
    ),
    W(
        "a do-not-contact at his request, taken back by him",
        [
            in_touch(
                "Lonnie Sweatt",
                noted(
                    date(2026, 1, 12), "Cand called in upset, set to do not contact at his request."
                ),
                they_wrote(
                    date(2026, 5, 18),
                    "hey i know i told yall to stop in january but im looking again. pls text me "
                    "w local stuff",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT14_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
