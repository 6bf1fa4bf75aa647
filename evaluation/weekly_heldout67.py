"""Held-out weekly reconnect cases, sixty-seventh set: a US staffing agency's and an RPO desk's
own words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 67").

Everyone here is otherwise due in the week of the case: reached a client's final round in May
2025 and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into
Bullhorn as a dated motivation, or sits in a message sent long enough before the week that no
recent contact holds the person back instead. The voice is a Texas, Midwest and Southern
staffing desk: Bullhorn shorthand, recruiters' call notes, transcribed voicemails, candidates'
emails, texts and LinkedIn replies, some in Spanish and Vietnamese, from IT support techs,
accountants, AP clerks, admins, call center reps, forklift drivers and dispatchers. What decides
is what they told us:

1. opt-outs (an email asking to be deleted, STOP by text, a recruiter's DNC, a "no thanks" to
   our draft, a voicemail, LinkedIn, Spanish and Vietnamese): never listed; beside each a
   near-miss that is due (a new email address, texts not calls, not that client, the
   newsletter only, after 6pm, email rather than phone, not this role but keep me in mind);
2. waits counted from the day said and checked both ways: after the holidays, tax season to
   April 15, a 90-day probation, after Tết, Semana Santa, maternity leave to May, a year to
   settle in, after Veterans Day, the end of the school year, the Q1 close, a lease, peak
   season: not listed while they run, listed once they have; each beside a twin whose wait is
   over;
3. notes full of dates that ask for no wait are due (a start date, a cert good through 2029, an
   EAD valid to 2028, a shift schedule);
4. plain restraint: a role texted a week ago and a call ten days ago are not listed; the same
   months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   removal is not; a wait called off early is due and "anytime" turned into "after Easter" is
   not; an opt-out, a return and a second opt-out is not.
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
    role="IT Support Specialist",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own message: an email, or a text (``channel="other"``), or LinkedIn."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's Bullhorn note."""
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
        "delete me from every list vs here's my new email for your list",
        [
            heard(
                "Shawna Prewitt",
                wrote(
                    LONG_AGO,
                    "Delete my information from every list your company has. I will not be "
                    "responding to recruiters.",
                ),
                due=False,
            ),
            heard(
                "Roderick Lomax",
                wrote(
                    LONG_AGO,
                    "Switching from my work email - please use rlomax.personal@example.org "
                    "going forward. Still open to hearing about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "STOP by text vs don't call, text instead",
        [
            heard("Cletus Honeycutt", wrote(LONG_AGO, "STOP - Cletus", "other"), due=False),
            heard(
                "Tiana Merriweather",
                wrote(LONG_AGO, "cant take calls at the plant, text me instead", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC vs not that client again",
        [
            heard(
                "Vernon Stiles",
                noted(
                    LONG_AGO,
                    "Cand hung up on me, called back and asked to be placed on DNC. Flagged.",
                ),
                due=False,
            ),
            heard(
                "Bettina Crowder",
                noted(
                    LONG_AGO,
                    "cand asked we never send her to Lone Star Logistics again. all other "
                    "clients OK",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: no me contacten más vs por correo, no por teléfono",
        [
            heard(
                "Heriberto Saucedo",
                wrote(LONG_AGO, "Por favor ya no me contacten. No busco trabajo.", "other"),
                due=False,
            ),
            heard(
                "Leticia Ocampo",
                wrote(
                    LONG_AGO,
                    "Prefiero que me escriban por correo y no por teléfono, gracias.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Vietnamese: don't call me any more vs call after 6pm",
        [
            heard(
                "Huỳnh Minh Tuấn",
                wrote(
                    LONG_AGO, "Đừng gọi cho tôi nữa. Tôi không muốn nhận tin tuyển dụng.", "other"
                ),
                due=False,
            ),
            heard(
                "Đặng Thị Thu Hà",
                wrote(LONG_AGO, "Chị gọi em sau 6 giờ tối nha, ban ngày em đi làm.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: no contact of any kind vs the newsletter only",
        [
            heard(
                "Prudence Farnsworth",
                wrote(
                    LONG_AGO,
                    "I'd like no further contact of any kind from your firm - here, email or "
                    "phone.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Ahmad Jaber",
                wrote(
                    LONG_AGO,
                    "Can you drop me from the weekly jobs newsletter? Direct messages about "
                    "help desk roles are fine.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to our draft vs 'no thanks to this one, keep me in mind'",
        [
            heard("Clement Ruggles", wrote(LONG_AGO, "no thanks - Clement"), due=False),
            heard(
                "Harriet Okoye",
                wrote(
                    LONG_AGO,
                    "No thanks to this one - too far from Mesquite. Keep me in mind for "
                    "anything east side though.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a voicemail asking to be taken out vs a voicemail saying she's back on the market",
        [
            heard(
                "Earl Wingate",
                touch(
                    LONG_AGO,
                    "inbound",
                    "not_interested",
                    note="Yeah this is Earl, take me out your system please, I'm retired, "
                    "don't need no more calls.",
                    channel="phone",
                ),
                due=False,
            ),
            heard(
                "Rosalyn Akers",
                touch(
                    LONG_AGO,
                    "inbound",
                    "interested",
                    note="Hi it's Rosalyn, um, the contract ended early so I'm back on the "
                    "market. Call me whenever.",
                    channel="phone",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, both ways -------------------------------------------

WAITS = [
    W(
        "'after the holidays' said this month vs said last December",
        [
            told(
                "Garrett Lowry",
                ("Not moving till after the holidays, year-end freeze", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Mirabel Santangelo",
                ("Not till after the holidays please", date(2025, 12, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "busy season to April 15: held back in November",
        [
            told(
                "Corinne Applewhite",
                ("CPA firm busy season - nothing until after April 15", date(2026, 11, 2)),
                due=False,
            )
        ],
    ),
    W(
        "busy season to April 15: due once it has passed",
        [
            told(
                "Corinne Haverstraw",
                ("CPA firm busy season - nothing until after April 15", date(2026, 11, 2)),
                due=True,
            )
        ],
        week=date(2027, 4, 26),
    ),
    W(
        "90-day probation started a month ago vs four months ago",
        [
            heard(
                "Tremaine Sewell",
                noted(LONG_AGO, "placed elsewhere, fyi"),
                noted(
                    30,
                    "cand started @ Schneider 10/26, 90 day probation, wants to clear it "
                    "before any calls",
                ),
                due=False,
            ),
            told(
                "Jocelyn Marchand",
                ("Started a new job, 90-day probation, call once she's through", 125),
                due=True,
            ),
        ],
    ),
    W(
        "after Tết said this month: held back now, due in March",
        [
            told(
                "Khổng Thanh Tâm",
                ("Sau Tết em mới nghỉ việc được, chị đợi sau Tết nhé.", date(2026, 11, 12)),
                due=False,
            ),
            told(
                "Lâm Quang Vinh",
                ("Đợi qua Tết rồi em tính, giờ chưa đổi việc.", date(2025, 12, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "after Tết said in November: due in March 2027",
        [
            told(
                "Giáp Thanh Tâm",
                ("Sau Tết em mới nghỉ việc được, chị đợi sau Tết nhé.", date(2026, 11, 12)),
                due=True,
            )
        ],
        week=date(2027, 3, 8),
    ),
    W(
        "Spanish: hasta después de Semana Santa vs hasta que pase el verano (said in spring)",
        [
            told(
                "Nereida Villalobos",
                ("Hasta después de Semana Santa no puedo cambiar de trabajo.", 12),
                due=False,
            ),
            told(
                "Abelardo Rincón",
                ("Hasta que pase el verano no busco nada, gracias.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "on maternity leave to May, call in June (runs into 2027)",
        [
            told(
                "Kimberly Sandoval",
                (
                    "Baby due in January, on leave through May - call me in June",
                    date(2026, 10, 1),
                ),
                due=False,
            ),
            told(
                "Araceli Pedraza",
                ("On maternity leave until August, reach out after", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "'give me a year to settle in' three months ago vs fourteen months ago",
        [
            told(
                "Lyndon Beauchamp",
                ("Just took a job at Toyota Financial, give me a year to settle in", 95),
                due=False,
            ),
            told(
                "Marguerite Fenstermill",
                ("New job at Fiserv, give me a year before you call", 420),
                due=True,
            ),
        ],
    ),
    W(
        "'after Veterans Day' (passed) and 'once school is out in May' (passed)",
        [
            told(
                "Reuben Castañeda",
                (
                    "Guard drill and Veterans Day events, call after Veterans Day",
                    date(2026, 10, 19),
                ),
                due=True,
            ),
            told(
                "Cheryl Ann Bodine",
                (
                    "Works for the school district, call once school is out in late May",
                    date(2026, 2, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'after Q1 close' said in November vs said last January",
        [
            told(
                "Wallace Pennock",
                ("Ask me again after Q1 close, I own the audit schedules", date(2026, 11, 6)),
                due=False,
            ),
            told(
                "Felicity Ashgrave",
                ("Q1 close is mine, wait until it's done", date(2026, 1, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a lease to the end of March said in August vs a lease that ended in August",
        [
            heard(
                "Darius Whitlock",
                wrote(
                    100,
                    "Can't move to Austin until my San Marcos lease is up at the end of March. "
                    "Hit me up then.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Stella Hargrove",
                wrote(
                    date(2026, 3, 9),
                    "My lease ends in August, I'll be ready to relocate after that.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "peak season to mid-January vs peak season last year",
        [
            told(
                "Otis Merriwell",
                ("We're in peak at the UPS hub - call me mid-January", 18),
                due=False,
            ),
            told(
                "Rosario Maldonado",
                ("Peak season at the FedEx hub - call me mid-January", 380),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a start date, a layoff date and an interview window: no wait asked",
        [
            heard(
                "Jeannette Colvin",
                noted(
                    LONG_AGO,
                    "Laid off 5/29 (plant closure), severance thru 6/30, free to interview "
                    "Mon-Thu, can start with 1 day notice.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a forklift cert good through 2029 is no wait",
        [
            heard(
                "Lamont Greer",
                wrote(
                    LONG_AGO,
                    "renewed my forklift cert 5/30/26, good thru 5/30/29. send me whatever you got",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "an EAD valid to 2028 is no wait",
        [
            told(
                "Samira Haddad",
                ("EAD renewed, valid through March 2028 - can work for any employer", 200),
                due=True,
            )
        ],
    ),
    W(
        "a shift schedule with dates is no wait",
        [
            heard(
                "Wendell Strother",
                wrote(
                    LONG_AGO,
                    "I work 4 on 3 off, 6/1 thru 6/4 then 6/8 thru 6/11 etc. Best to call on "
                    "my off days. Open to dispatch roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a CPA exam passed on a date is no wait; 'sitting REG in February' is",
        [
            heard(
                "Ophelia Marchbanks",
                wrote(
                    LONG_AGO,
                    "Passed BEC on 4/18 and got my license 6/2! Ready for a staff accountant "
                    "move whenever.",
                ),
                due=True,
            ),
            told(
                "Phineas Grubb",
                ("Sitting REG on February 20, no job changes before then", 15),
                due=False,
            ),
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "texted a role a week ago vs texted five months ago",
        [
            NotDue(
                "Corey Blalock",
                apps=[MAY_2025_FINAL],
                touches=[touch(7, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
            Due(
                "Lashonda Pettis",
                apps=[MAY_2025_FINAL],
                touches=[touch(155, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
        ],
    ),
    W(
        "a catch-up call ten days ago vs six months ago",
        [
            NotDue(
                "Eugene Calloway",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(10, "outbound", "replied", note="caught up, nothing new", channel="phone")
                ],
            ),
            Due(
                "Francine Tolliver",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        185, "outbound", "replied", note="caught up, nothing new", channel="phone"
                    )
                ],
            ),
        ],
    ),
    W(
        "an interview prep call four days ago is not a reason to call again",
        [
            NotDue(
                "Ansel Whitford",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        4,
                        "outbound",
                        "interested",
                        "check_in",
                        note="prepped cand for Thursday's onsite at Oncor",
                        channel="phone",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a removal taken back",
        [
            heard(
                "Marlowe Dempsey",
                wrote(date(2026, 2, 2), "Take me off your list please. - Marlowe"),
                wrote(
                    date(2026, 6, 1),
                    "I know I asked to be removed earlier this year - things changed at work, "
                    "I'd like to hear about AP roles again.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into 'remove me'",
        [
            heard(
                "Tallulah Ostrander",
                wrote(date(2026, 2, 2), "Not now, but keep me posted! - Tallulah"),
                wrote(
                    date(2026, 6, 1),
                    "Please remove me from your database. I've had too many calls from your "
                    "office.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a wait to March called off early",
        [
            heard(
                "Quincy Harrelson",
                wrote(
                    date(2026, 4, 6),
                    "My contract runs to next March, don't bother me before then.",
                ),
                wrote(
                    date(2026, 6, 8),
                    "Forget what I said about March - the client ended the project, I'm free now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'not till after Easter'",
        [
            heard(
                "Bernice Lockridge",
                wrote(date(2026, 5, 4), "Call me anytime!", "other"),
                wrote(
                    date(2026, 6, 1),
                    "change of plans - my boss is retiring and i promised to train her "
                    "replacement. not till after easter next year pls",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC, then the candidate reached out",
        [
            heard(
                "Fitzgerald Moody",
                noted(date(2026, 1, 12), "cand irritated, set DNC at his req"),
                wrote(
                    date(2026, 6, 3),
                    "I know I told your colleague not to call back in January. I'm ready "
                    "to look now - please reach out with help desk roles.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Vietnamese: 'after Tết' then 'I quit, call me now'",
        [
            heard(
                "Trịnh Văn Hiếu",
                wrote(date(2026, 3, 2), "Đợi sau Tết năm sau em mới đổi việc nha chị.", "other"),
                wrote(
                    date(2026, 6, 2),
                    "Chị ơi em nghỉ việc rồi, chị gọi em liền nhé, em cần việc gấp.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Spanish: 'avísenme' then 'ya no me escriban'",
        [
            heard(
                "Evaristo Gallegos",
                wrote(date(2026, 3, 2), "Avísenme si sale algo de montacargas.", "other"),
                wrote(
                    date(2026, 6, 2),
                    "Ya no me escriban ni me llamen, por favor. Gracias.",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "out, back, and out again",
        [
            heard(
                "Penelope Granger",
                wrote(date(2026, 1, 5), "Please stop contacting me. - Penelope"),
                wrote(date(2026, 3, 9), "Actually I'm open again - send me admin roles."),
                wrote(date(2026, 6, 1), "Stop. I mean it this time, no more contact."),
                due=False,
            )
        ],
    ),
    W(
        "waits: not before summer, then 'fall', then 'now works'",
        [
            heard(
                "Leopoldo Ibarra",
                noted(date(2026, 1, 6), "cand not looking until summer"),
                noted(date(2026, 4, 13), "cand pushed it to fall, kid's surgery"),
                wrote(date(2026, 6, 1), "surgery went great. ready now, call me", "other"),
                due=True,
            )
        ],
    ),
]

HELDOUT67_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
