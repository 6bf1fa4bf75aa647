"""Held-out weekly reconnect cases, forty-second set: a US IT staffing agency's own words, written
by a forty-second stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at), measured and reported on its own line ("held-out 42").

Everyone here is otherwise due in the week of the case: was submitted to a client in July 2025,
reached the final round and lost to one other candidate, and was last spoken to long before the
week (170 days, past a silver medalist's cadence), unless the case is about a recent contact. A
wait is typed into the ATS as a dated motivation, or sits in a reply sent long enough before the
week that no recent contact holds the person back instead. The voice is a US IT staffing shop:
recruiters' ATS shorthand, bench-sales reps, account managers, cleared recruiters, and the
candidates' own texts, emails and InMails, some in Spanish, about Java developers, QA, BAs, PMs,
Salesforce admins, network and desktop techs and cleared engineers. What decides is what they
told us:

1. opt-outs (off the hotlist for good, "STOP" by text, a recruiter's DNC after a rude call,
   Spanish, InMail "not now or later", a profile deletion after a job found elsewhere, a CCPA
   deletion request, retired from Lockheed): never listed; beside each a near-miss that is due
   (off the C2C hotlist but W2 welcome, stop sending Java roles, no calls before five, not the
   work email, "not this one", keep my profile, a CCPA access request, retired from the Army and
   looking);
2. waits counted from the day said and checked both ways: an assignment through 12/31, after
   Thanksgiving and the Black Friday freeze, the bank's year-end freeze into January, paternity
   leave to March 1st, a bonus in mid-March, a poly in January, 90 days at a new job, a
   Spanish "after Three Kings' Day": not listed while they run, listed once they have; each
   beside a twin whose wait is already over (July 4th, Labor Day, last year's freeze);
3. notes full of dates that ask for no wait are due; "give me a full year at the new place"
   is not;
4. plain restraint: a submittal six days ago and a catch-up call last week are not listed; the
   same months ago are;
5. the latest word counts: a DNC taken back is due, a "send me anything" hardened into "remove
   me" is not, a wait called off early is due and "anytime" turned into "after tax season" is
   not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_FINAL = app(
    date(2025, 7, 21),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Java Developer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text with ``channel="other"``, InMail with ``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JULY_2025_FINAL], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JULY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "off the hotlist for good vs off the C2C hotlist, W2 welcome",
        [
            heard(
                "Venkatesh Pulipaka",
                wrote(
                    LONG_AGO,
                    "Remove me from your hotlist and your database for good. I'm not "
                    "available and I don't want any more calls from your bench team.",
                ),
                due=False,
            ),
            heard(
                "Sridhar Kothapalli",
                wrote(
                    LONG_AGO,
                    "Please take me off the C2C hotlist - I'm on W2 with you guys from now on. "
                    "Keep the W2 Java roles coming.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by text vs stop sending Java roles, QA now",
        [
            heard(
                "Brayden Kilgore",
                wrote(LONG_AGO, "STOP. NO MORE JOB TEXTS. STOP.", "other"),
                due=False,
            ),
            heard(
                "Tucker Ellingson",
                wrote(
                    LONG_AGO, "stop sending me java dev roles, im in QA now. send those", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC after a rude call vs no calls before five",
        [
            heard(
                "Rodney Pickering",
                noted(
                    LONG_AGO,
                    "cand cussed me out, said never call him again. set DNC per his request",
                ),
                due=False,
            ),
            heard(
                "Lonnie Batchelor",
                noted(
                    LONG_AGO,
                    "cand asked us not to call before 5pm, he's on the floor at the plant. "
                    "texts anytime",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't write to me any more vs not to the work email",
        [
            heard(
                "Dagoberto Landaverde",
                wrote(LONG_AGO, "No me escriban más. No me interesa nada de ustedes."),
                due=False,
            ),
            heard(
                "Eusebio Marroquín",
                wrote(
                    LONG_AGO,
                    "No me escriban al correo del trabajo, por favor - usen mi correo "
                    "personal. Sigo interesado.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "InMail: not now or later vs not this one, later yes",
        [
            heard(
                "Whitney Abercrombie",
                wrote(
                    LONG_AGO,
                    "Please stop messaging me about roles. I'm not interested, now or later.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Priya Chakraborty-Lyle",
                wrote(
                    LONG_AGO,
                    "Not interested in this one, but do message me about Salesforce roles "
                    "later on.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "found a job elsewhere, delete my profile vs found one, keep my profile",
        [
            heard(
                "Glenda Sizemore",
                wrote(
                    LONG_AGO,
                    "Found a job through another agency. Please delete my profile and stop "
                    "reaching out.",
                ),
                due=False,
            ),
            heard(
                "Rhonda Kessinger",
                wrote(
                    LONG_AGO,
                    "Found a contract through another agency, but keep my profile - "
                    "contracts end, and you've been good to me.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a CCPA deletion request vs a CCPA access request",
        [
            heard(
                "Corbin Vasquez-Lindgren",
                wrote(
                    LONG_AGO,
                    "Under the CCPA I'm requesting deletion of all personal information you "
                    "hold about me, and I opt out of any further contact.",
                ),
                due=False,
            ),
            heard(
                "Anneliese Wojcik",
                wrote(
                    LONG_AGO,
                    "Under the CCPA, can you tell me what personal information you hold "
                    "about me? Curious, not upset - still open to roles in San Diego.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired from Lockheed, done vs retired from the Army, looking",
        [
            heard(
                "Harold Swearingen",
                noted(
                    LONG_AGO,
                    "cand retired from Lockheed, done working. asked to be taken off all lists",
                ),
                due=False,
            ),
            heard(
                "Alvin Tuggle",
                noted(
                    LONG_AGO,
                    "cand retired from the Army in Sept - TS/SCI current, looking for his "
                    "first civilian role",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

THRU_YEAR_END = (
    "on assignment at BofA thru 12/31 - won't break the contract, sub after the new year",
    date(2026, 10, 12),
)
THANKSGIVING = (
    "Black Friday code freeze at the home office - nothing till after Thanksgiving.",
    date(2026, 11, 2),
)
YEAR_END_FREEZE = (
    "Bank's year-end freeze, she's on the release team - call her mid-January.",
    date(2026, 10, 26),
)
PATERNITY = (
    "Paternity leave starting 11/30, back March 1st - no calls till then.",
    date(2026, 11, 16),
)
BONUS_MARCH = (
    "Bonus hits mid-March at Travelers, won't interview before it lands.",
    date(2026, 9, 21),
)
POLY = (
    "CI poly scheduled for mid-January - won't rock the boat till it's done, call in Feb.",
    date(2026, 11, 2),
)
NINETY_DAYS = ("Just started at Cigna 10/5 - give him 90 days before anything.", date(2026, 10, 5))
REYES = (
    "Me voy a Puerto Rico para las fiestas - escríbeme después del Día de Reyes.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "an assignment through 12/31 vs one that ended in June",
        [
            said("Dwight Ostrander", THRU_YEAR_END, due=False),
            said(
                "Franklin Mabry",
                ("on assignment at BofA thru 6/30 - sub after it wraps", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "an assignment through 12/31: due in January",
        [said("Luther Beckwith", THRU_YEAR_END, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "after Thanksgiving, said this month vs after July 4th, said in May",
        [
            said("Spencer Holcombe", THANKSGIVING, due=False),
            said(
                "Marvin Tillotson",
                ("Nothing till after July 4th, we're short-staffed.", date(2026, 5, 18)),
                due=True,
            ),
        ],
    ),
    W(
        "after Thanksgiving: due in December",
        [said("Clifton Rountree", THANKSGIVING, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "the bank's year-end freeze vs last year's freeze",
        [
            said("Loretta Gaskins", YEAR_END_FREEZE, due=False),
            said(
                "Bettina Yarbrough",
                (
                    "Bank's year-end freeze, she's on the release team - call mid-January.",
                    date(2025, 10, 27),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the bank's year-end freeze: due in late January",
        [said("Opal Hendershot", YEAR_END_FREEZE, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "paternity leave to March 1st vs leave over by Labor Day",
        [
            said("Desmond Kittredge-Moss", PATERNITY, due=False),
            said(
                "Virgil Sandifer",
                ("Paternity leave till Labor Day, then he's free to talk.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "paternity leave to March 1st: due in mid-March",
        [said("Fletcher Ingram", PATERNITY, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a bonus in mid-March: not due in late February",
        [said("Mildred Ashcombe", BONUS_MARCH, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "a bonus in mid-March: due in April",
        [said("Eugenia Pettibone", BONUS_MARCH, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "a poly in January vs a poly passed in the summer",
        [
            said("Lucius Brandenburg", POLY, due=False),
            said(
                "Cyril Moorhouse",
                ("Passed his CI poly in July - free to look now.", date(2026, 7, 27)),
                due=True,
            ),
        ],
    ),
    W(
        "a poly in January: due in February",
        [said("Amos Winterbottom", POLY, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "90 days at a new job started in October vs started in March",
        [
            said("Gregory Lattimore", NINETY_DAYS, due=False),
            said(
                "Howell Stanfield",
                ("Just started at Cigna 3/2 - give him 90 days first.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "90 days at a new job: due in mid-January",
        [said("Irving Castellane", NINETY_DAYS, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "Spanish: after Three Kings' Day vs after Easter, said in the spring",
        [
            said("Rosendo Bermúdez", REYES, due=False),
            said(
                "Abelardo Quiñones",
                ("Escríbeme después de Semana Santa, estoy a tope.", date(2026, 3, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: after Three Kings' Day: due in mid-January",
        [said("Evaristo Cienfuegos", REYES, due=True)],
        week=date(2027, 1, 18),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a rambling note full of dates, no wait asked vs a year to settle in",
        [
            heard(
                "Rufus Cartwright",
                noted(
                    LONG_AGO,
                    "LVM 5/12, spoke 5/14. Cand finished the Duke Energy contract 4/30, was "
                    "in Myrtle Beach over Memorial Day, kid graduates 6/6. Open to subs now, "
                    "C2H or FTE, $70/hr W2 or $135k.",
                ),
                due=True,
            ),
            heard(
                "Ellery Vanhorn",
                noted(
                    LONG_AGO,
                    "Cand just took an FTE at Lowe's - asked us to give him a full year at "
                    "the new place before we call.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "holidays mentioned in passing, no wait asked",
        [
            heard(
                "Mabel Fairclough",
                wrote(
                    LONG_AGO,
                    "Sorry for the slow reply, we were at the lake for Memorial Day and then my "
                    "sister's wedding. Still very interested in BA roles - send what you have.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a contract end date given as availability, already past",
        [
            said(
                "Quincy Delacourt",
                ("Available 9/1 - contract at Truist ends 8/29.", date(2026, 6, 15)),
                due=True,
            )
        ],
    ),
    W(
        "a clearance date in a note that asks for no wait",
        [
            heard(
                "Wendell Okafor",
                noted(
                    LONG_AGO,
                    "TS/SCI granted 2/2024, SSBI due 2029. Poly done 2023. Interested in COS "
                    "and Huntsville roles, can start with 2 weeks' notice.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a Spanish note with dates and no wait",
        [
            heard(
                "Florencia Aguirre-Lamas",
                wrote(
                    LONG_AGO,
                    "Terminé mi contrato en junio y estuve de vacaciones en agosto. Ya estoy "
                    "disponible, mándame lo que tengas.",
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "submitted six days ago vs submitted five months ago",
        [
            NotDue(
                "Crawford Spellman",
                apps=[JULY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        6, outcome="replied", channel="email", note="RTR signed, subbed to Truist."
                    ),
                ],
            ),
            Due(
                "Beverly Hutcheson",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        150,
                        outcome="replied",
                        channel="email",
                        note="RTR signed, subbed to Ally.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call last week vs one last spring",
        [
            NotDue(
                "Mortimer Blackstock",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        8,
                        outcome="replied",
                        channel="phone",
                        note="quick catch up, nothing new, still on contract at Cigna",
                    )
                ],
            ),
            Due(
                "Sylvester Ormsby",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="phone",
                        note="quick catch up, nothing new, still on contract at Aetna",
                    )
                ],
            ),
        ],
    ),
    W(
        "a hotlist blast yesterday vs one in the summer",
        [
            NotDue(
                "Prasanna Iyengar",
                apps=[JULY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        2, outcome="no_reply", channel="email", note="sent Nov hotlist w/ 3 reqs"
                    ),
                ],
            ),
            Due(
                "Gopal Venkatesan",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        165,
                        outcome="no_reply",
                        channel="email",
                        note="sent June hotlist w/ 4 reqs",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a DNC taken back vs 'send me anything' hardened into 'remove me'",
        [
            heard(
                "Jedediah Thornbury",
                noted(date(2026, 2, 9), "DNC per cand - annoyed about too many calls"),
                wrote(
                    date(2026, 6, 1),
                    "I know I told your team to stop calling in Feb. Things changed at work - "
                    "I'm open to hearing about roles again, email first please.",
                ),
                due=True,
            ),
            heard(
                "Rosetta Mulholland",
                wrote(date(2026, 2, 9), "send me anything Salesforce, I'm wide open"),
                wrote(date(2026, 6, 1), "Please remove me from your list. Thanks."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'anytime' turned into 'after tax season'",
        [
            heard(
                "Ansel Kettleworth",
                wrote(
                    date(2026, 4, 6),
                    "Let's wait till after the new year, our go-live is Dec 15 and I'm the "
                    "lead on it.",
                ),
                wrote(
                    date(2026, 6, 15),
                    "Scratch that - go-live got cancelled, I'm ready to talk now.",
                ),
                due=True,
            ),
            heard(
                "Henrietta Loveless",
                wrote(date(2026, 4, 6), "anytime, always happy to chat"),
                wrote(
                    date(2026, 6, 15),
                    "Actually, hold off until after tax season - I'm doing the year-end close "
                    "and then April 15th.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "C2C-only hotlist removal, then asks back on W2",
        [
            heard(
                "Narasimha Devarakonda",
                wrote(date(2026, 3, 2), "remove me from your hotlists, i'm with another vendor"),
                wrote(
                    date(2026, 7, 6),
                    "That vendor lost the client - please add me back, I'm open to W2 or C2C.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a Spanish 'not now' then a plea to stop",
        [
            heard(
                "Filiberto Ocampo",
                wrote(date(2026, 3, 2), "Ahora no puedo, pero escríbeme más adelante."),
                wrote(
                    date(2026, 7, 6),
                    "Ya no me escriban, por favor. Encontré trabajo fijo y no quiero más mensajes.",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT42_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
