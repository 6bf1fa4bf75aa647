"""Held-out weekly reconnect cases, thirty-sixth set: US agency and in-house recruiters' own words
about nurses, CNAs, respiratory therapists, medical assistants, cooks, hotel and store managers,
forklift operators, electricians, HVAC techs and CDL-A drivers, written by a thirty-sixth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 36").

Everyone here is otherwise due in the week of the case: reached the final interview in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are ATS shorthand, recruiters' call notes,
candidates' texts, emails and LinkedIn replies, a spouse on the phone, and Spanish. What decides
is what they told us:

1. opt-outs (off the list by text, a DNC after the fourth voicemail, Spanish, a LinkedIn refusal
   of everything, unsubscribe from everything, a blocked number, a withdrawal asking for no more
   outreach, a wife reporting her husband's death, a nurse retired for good): never listed;
   beside each a near-miss that is due (email not text, no more voicemails, not at work, "I'm an
   RN now", job alerts only, a new cell, one req only, a husband in hospital for his knee, an
   Army retiree starting a second career);
2. waits counted from the day said and checked both ways: the holiday blackout to New Year's, a
   nurse residency to March, a travel contract to mid-February, maternity leave to January, the
   heating season, a sign-on clawback to next June, a baby due in December (Spanish), a 90-day
   probation: not listed while they run, listed once they have; each beside a twin whose wait is
   already over;
3. notes full of dates and holidays that ask for no wait are due; "give me a year there" after a
   new job is not;
4. plain restraint: a text six days ago, a call three weeks ago and an email twelve days ago are
   not listed; the same long ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into removal is
   not; a wait called off early is due and "anytime" turned into "after Easter" is not; a
   recruiter's DNC later lifted by the candidate is due.
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
    role="Registered Nurse",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own text (or email or LinkedIn reply, with ``channel``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due, apps=(MAY_2025_FINAL,)) -> Person:
    """Someone otherwise due whose words are in touchpoints (or an application's note)."""
    person = Due if due else NotDue
    return person(name, apps=list(apps), touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "off the list, no texts calls or emails vs email instead of texts",
        [
            heard(
                "Hattie Mae Scruggs",
                wrote(LONG_AGO, "Please take me off your list. No more texts, calls or emails."),
                due=False,
            ),
            heard(
                "Lavonne Peebles",
                wrote(
                    LONG_AGO,
                    "can u switch me from texts to email? my plan charges me for these lol. "
                    "still want to hear about jobs",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC after the fourth voicemail vs no more voicemails, email only",
        [
            heard(
                "Odell Pickens",
                logged(
                    LONG_AGO,
                    "Cand called back annoyed after our 4th VM and asked to be DNC'd "
                    "permanently. Done in ATS.",
                ),
                due=False,
            ),
            heard(
                "Fredrick Goins",
                logged(
                    LONG_AGO,
                    "Cand called back - asked us to quit leaving VMs, his mailbox is full. "
                    "Email only going forward.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: never call or write again vs not at work, at home after six",
        [
            heard(
                "Zoraida Camacho",
                wrote(
                    LONG_AGO,
                    "No me vuelvan a llamar ni a escribir, por favor. No quiero saber nada de "
                    "trabajos.",
                ),
                due=False,
            ),
            heard(
                "Ofelia Saucedo",
                wrote(
                    LONG_AGO,
                    "No me llamen al trabajo, mejor a la casa después de las 6. Gracias.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: not now, not ever vs stop sending CNA jobs, I'm an RN now",
        [
            heard(
                "Imelda Prewitt",
                wrote(
                    LONG_AGO,
                    "I'm not interested now or in the future. Please stop messaging me.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Chantal Obiora",
                wrote(
                    LONG_AGO,
                    "Stop sending me CNA jobs - I passed my NCLEX, I'm an RN now! Happy to hear "
                    "about RN roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsubscribe from everything vs unsubscribe from the job alerts only",
        [
            heard(
                "Gerald Tarkington",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from everything you send - alerts, newsletters, recruiter "
                    "emails, all of it.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Nadine Castillo-Brandt",
                wrote(
                    LONG_AGO,
                    "Please unsubscribe me from the daily job alert emails. A recruiter "
                    "reaching out directly is totally fine though.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "blocked this number, harassment vs blocked the old number by accident",
        [
            heard(
                "Royce Hamblin",
                wrote(LONG_AGO, "this is harassment. blocking this number, dont contact me again"),
                due=False,
            ),
            heard(
                "Kordell Summerville",
                wrote(
                    LONG_AGO,
                    "blocked ur other number by accident lol this is my new cell, still interested",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "withdrawal asking for no more outreach of any kind vs removed from one req only",
        [
            heard(
                "Ines Valderrama",
                last_spoke(),
                apps=[
                    app(
                        date(2025, 6, 2),
                        "interview",
                        "withdrew",
                        "not_interested",
                        "Withdrew and asked to be removed from all recruitment marketing and "
                        "any future outreach.",
                        role="Medical Assistant",
                    )
                ],
                due=False,
            ),
            heard(
                "Lourdes Pacheco",
                last_spoke(),
                apps=[
                    app(
                        date(2025, 6, 2),
                        "interview",
                        "withdrew",
                        "location",
                        "Withdrew from the Lake Mary req only - too far. Still wants Orlando "
                        "clinic roles.",
                        role="Medical Assistant",
                    )
                ],
                due=True,
            ),
        ],
    ),
    W(
        "his wife: he passed away vs his wife: he's in for his knee, still interested",
        [
            heard(
                "Earl Wigglesworth",
                logged(
                    LONG_AGO,
                    "Spoke w/ Darlene, Earl's wife. Earl passed away in September. She asked "
                    "us to take him off our list.",
                ),
                due=False,
            ),
            heard(
                "Roy Bucklew",
                logged(
                    LONG_AGO,
                    "Spoke w/ Pam, Roy's wife. He's in the hospital for his knee, said call "
                    "him in a few weeks - still interested in local driving.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired from nursing, remove me vs retired from the Army, wants HVAC work",
        [
            heard(
                "Bernice Holtzman",
                wrote(
                    LONG_AGO,
                    "I retired from nursing in June. Please remove me from your lists, "
                    "thank you for everything.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Alonzo Greenlee",
                wrote(
                    LONG_AGO,
                    "Retired from the Army after 20. Looking for civilian HVAC work now, got "
                    "my EPA cert.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

BLACKOUT = (
    "Holiday blackout at his store from Black Friday thru New Year's - won't interview till "
    "after, bonus is tied to Q4.",
    date(2026, 10, 12),
)
RESIDENCY = (
    "In a new-grad residency till March 2027, signed a commitment - reach back out in the spring.",
    date(2026, 9, 14),
)
TUCSON = (
    "Travel contract in Tucson runs to 2/14/27 and she extended, so she's locked in till then.",
    date(2026, 11, 2),
)
FMLA = (
    "On FMLA w/ the new baby, back at work 1/4/27. Call after she's back.",
    date(2026, 9, 28),
)
HEATING = (
    "Won't leave his shop during heating season - call him in March.",
    date(2026, 10, 19),
)
CLAWBACK = (
    "Took a $10k sign-on in June, owes it back if he leaves in under a year - not moving till "
    "next June.",
    date(2026, 7, 13),
)
BEBE = (
    "Mi esposa da a luz en diciembre - no cambio de trabajo hasta después de Año Nuevo.",
    date(2026, 10, 26),
)
PROBATION = (
    "Started at Sysco 10/5, 90-day probation - won't interview before that's done.",
    date(2026, 10, 12),
)

WAITS = [
    W(
        "a holiday blackout to New Year's vs the July 4th reset, long over",
        [
            told("Kermit Ratliff", BLACKOUT, due=False),
            told(
                "Lyndon Spurlock",
                (
                    "Won't move before the July 4th promo and the back-to-school reset.",
                    date(2026, 5, 11),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a holiday blackout to New Year's: due in mid-January",
        [told("Arliss Womble", BLACKOUT, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "a nurse residency to March vs one that ended in August",
        [
            told("Brynn Vanderpool", RESIDENCY, due=False),
            told(
                "Cheyenne Lockridge",
                ("Her new-grad residency wrapped up in August, free to look.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a nurse residency to March: due in April",
        [told("Delaney Fitzroy", RESIDENCY, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "a Tucson contract to mid-February: not due at the start of February",
        [told("Esther Galloway-Quist", TUCSON, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "a Tucson contract to mid-February: due late in February",
        [told("Francesca Oyler", TUCSON, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "FMLA to early January: not due in mid-December",
        [told("Gretchen Almanza", FMLA, due=False)],
        week=date(2026, 12, 14),
    ),
    W(
        "FMLA to early January: due once she's back",
        [told("Harriet Okonjo", FMLA, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "the heating season: not due in February",
        [told("Jasper Tunstall", HEATING, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "the heating season: due in March",
        [told("Kipling Moorehead", HEATING, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a sign-on clawback to next June vs 'next June' said in August 2025",
        [
            told("Leland Wofford", CLAWBACK, due=False),
            told(
                "Merle Huddleston",
                (
                    "Took a sign-on in June, pays it back if he quits inside 12 months - not "
                    "moving till next June.",
                    date(2025, 8, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a sign-on clawback to next June: due in July 2027",
        [told("Newt Carrington", CLAWBACK, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "Spanish: baby due in December vs the baby born in June",
        [
            told("Octavio Mireles", BEBE, due=False),
            told(
                "Pascual Ybarra-Lund",
                (
                    "Ya nació el bebé en junio, ya estoy listo para escuchar ofertas.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: baby due in December, after New Year's: due in January",
        [told("Quirino Avendaño", BEBE, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a 90-day probation from October vs a probation passed in May",
        [
            told("Reuben Stallworth", PROBATION, due=False),
            told(
                "Sylvester Oquendo",
                ("Passed his 90 days at Sysco back in May, open to offers.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "a 90-day probation from October: due in mid-January",
        [told("Ulysses Barringer", PROBATION, due=True)],
        week=date(2027, 1, 18),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Cancun, nights since September, BLS renewed vs give me a year there",
        [
            told(
                "Verna Pettigrew",
                (
                    "Back from Cancun 11/2, started nights at Baptist 9/8, BLS renewed 10/30, "
                    "kids' spring break is 3/16 - open to talking any day after 2pm.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Winifred Stamper",
                ("Started at Baptist 9/8 - give me a year there before I look.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "worked Black Friday, Thanksgiving off, inspection done: free to chat",
        [
            told(
                "Abner Coltrane",
                (
                    "Worked Black Friday 6a-6p last year, Thanksgiving off for once this year, "
                    "DOT inspection done 11/10 - free to chat whenever.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Spanish: worked July 4th and Labor Day, CDL since March, talk whenever",
        [
            told(
                "Baltazar Henríquez",
                (
                    "Trabajé el 4 de julio y Labor Day, tengo mi CDL desde marzo. Cuando quieran "
                    "hablamos.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
    W(
        "off Mondays, OT Thanksgiving week, PTO at Christmas, but call whenever",
        [
            told(
                "Cordell Haymaker",
                (
                    "Off Mon/Tue this month, OT all Thanksgiving week, PTO 12/22-1/2 - but call "
                    "whenever, he's looking.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Memorial Day weekend, a July 4th wedding and Labor Day at the lake, still looking",
        [
            told(
                "Dorinda Fairclough",
                (
                    "Summer was nuts - worked Memorial Day weekend, her sister's wedding July "
                    "4th, Labor Day at the lake. Still wants a day-shift CNA job.",
                    date(2026, 9, 28),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a job texted six days ago vs the same text months ago",
        [
            NotDue(
                "Ellis Winstead",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(6, outcome="no_reply", channel="other", note="Texted tele nights job."),
                ],
            ),
            Due(
                "Fannie Brewington",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Texted tele days job + rate.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call three weeks ago vs one six months ago",
        [
            NotDue(
                "Garnet Ridenour",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="phone",
                        note="Quick check-in call, nothing open near her yet, she's good.",
                    )
                ],
            ),
            Due(
                "Hollis Yarbrough",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Quick check-in call, nothing near him right now, all good.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an email twelve days ago without a reply vs one two hundred days ago",
        [
            NotDue(
                "Idella Cothran",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(12, outcome="no_reply", note="Emailed the PRN RT posting."),
                ],
            ),
            Due(
                "Jebediah Lusk",
                apps=[MAY_2025_FINAL],
                touches=[touch(200, outcome="no_reply", note="Emailed the FT RT posting.")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' turned into removal",
        [
            heard(
                "Kathleen Mabe",
                wrote(date(2026, 1, 12), "quit texting me, seriously"),
                wrote(
                    date(2026, 6, 1),
                    "hey its Kathleen, sorry for snapping in january. job hunting now, "
                    "send me whatever you got",
                ),
                due=True,
            ),
            heard(
                "Lorraine Culbreth",
                wrote(date(2026, 1, 12), "nothing right now, keep me posted!"),
                wrote(
                    date(2026, 6, 1),
                    "Please remove me from your contacts, I've found a permanent job. Thanks.",
                    "email",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "not till her contract ends in April, then it was cancelled: due in February",
        [
            heard(
                "Magnolia Fortune",
                wrote(date(2026, 7, 6), "not till my contract in Mesa ends in april"),
                wrote(
                    date(2026, 8, 10),
                    "scratch that, census dropped and they cancelled my contract. available now!",
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "'anytime' turned into 'not till after Easter'",
        [
            heard(
                "Norma Jean Tabor",
                wrote(date(2026, 4, 6), "anytime, always happy to hear from you"),
                wrote(
                    date(2026, 6, 8),
                    "actually not till after Easter next year - I'm covering for my manager's "
                    "maternity leave thru the winter",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later lifted by the candidate",
        [
            heard(
                "Obadiah Frazier",
                logged(date(2026, 1, 26), "Cand irritated on the call - set DNC per his request."),
                wrote(
                    date(2026, 6, 15),
                    "I know I told your guy not to call me back in January, but I'm looking "
                    "now. Please reach out if you have local CDL jobs.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT36_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
