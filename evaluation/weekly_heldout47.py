"""Held-out weekly reconnect cases, forty-seventh set: sales, business development and
go-to-market people in the UK, the US, Canada, Australia and New Zealand, written by a
forty-seventh stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at), measured and reported on its own line ("held-out 47").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait sits in a reply, a call
note or a dated motivation, said long enough before the week that no recent contact holds the
person back instead. The voices are sales recruiters' ATS shorthand, call notes, and
candidates' emails, texts and LinkedIn replies, one in Canadian French, about quotas, OTE,
commission paid in arrears, President's Club, SKO, garden leave and EOFY. What decides is what
they told us:

1. opt-outs (an InMail to stop, an ATS "DNC", a WhatsApp "STOP", a formal erasure request,
   Canadian French, a furious text after our client ghosted him, "unsubscribe from
   everything", a recruiter's note after a complaint, "I'm out of sales, delete me", a broker
   leaving the industry): never listed; beside each a near-miss that is due (InMail at work
   only, one client barred, WhatsApp rather than calls, a subject access request, French for
   "write to my personal email", the client barred, the newsletter only, feedback owed, out of
   SaaS but not sales, out of personal lines only);
2. waits counted from the day said and checked both ways: commission paid a quarter in arrears,
   garden leave to the end of April, EOFY, President's Club in April, after Thanksgiving, after
   SKO in January, a twelve-month non-compete, "give me till the new year": not listed while they
   run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates and quota numbers that ask for no wait are due; "give me twelve months to
   prove myself" after a new job is not;
4. plain restraint: a role sent eight days ago and a catch-up call last week are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me in the loop" hardened into a
   removal is not; a wait called off early is due and "any time" turned into "after EOFY" is
   not.
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
    role="Account Executive",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text with ``channel="other"``, LinkedIn with ``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS."""
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
        "an InMail to stop for good vs stop InMailing me at work",
        [
            heard(
                "Ptolemy Hardcastle",
                wrote(
                    LONG_AGO,
                    "Please stop contacting me. I have no interest in any role you will ever have.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Evander Lockwood",
                wrote(
                    LONG_AGO,
                    "Can you stop InMailing me during work hours? Personal email is better - "
                    "still keen on closing roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "ATS 'DNC, cand request' vs never again to one client",
        [
            heard(
                "Rosalie Gatenby",
                logged(LONG_AGO, "DNC - cand request. do not add to any campaigns or shortlists"),
                due=False,
            ),
            heard(
                "Marigold Tennyson-Fry",
                logged(
                    LONG_AGO,
                    "cand asked not to be sent to Sage again after their final. any other "
                    "client fine",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp 'STOP' vs WhatsApp rather than calls",
        [
            heard(
                "Dermot Fahy",
                wrote(LONG_AGO, "STOP. no more job messages thx", "other"),
                due=False,
            ),
            heard(
                "Lorcan Brennock",
                wrote(LONG_AGO, "whatsapp me rather than ringing, cant talk on the floor", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a formal erasure request vs a subject access request",
        [
            heard(
                "Augustin Pemberton",
                wrote(
                    LONG_AGO,
                    "I request the erasure of all personal data your company holds about me "
                    "and that no further contact is made.",
                ),
                due=False,
            ),
            heard(
                "Fitzwilliam Oduya",
                wrote(
                    LONG_AGO,
                    "I'd like a copy of the personal data you hold about me, please. Happy to "
                    "keep hearing about AE roles meanwhile.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Canadian French: don't write to me any more vs write to my personal email",
        [
            heard(
                "Solange Bérubé",
                wrote(LONG_AGO, "Ne m'écrivez plus, s'il vous plaît. Je ne suis pas intéressée."),
                due=False,
            ),
            heard(
                "Josée Lavigueur",
                wrote(
                    LONG_AGO,
                    "Écrivez-moi plutôt à mon courriel personnel, pas au travail. Toujours "
                    "intéressée par les postes en vente.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a furious text after our client ghosted him vs annoyed at the client, not at us",
        [
            heard(
                "Kaden Rudd",
                wrote(
                    LONG_AGO,
                    "your client ghosted me after 5 rounds. done with you lot, dont contact "
                    "me again",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Jaylen Mortensen",
                wrote(
                    LONG_AGO,
                    "your client ghosted me after 5 rounds which was rubbish, not your fault "
                    "tho. keep me in mind",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsubscribe from everything vs unsubscribe from the job alerts only",
        [
            heard(
                "Winifred Castleton",
                wrote(LONG_AGO, "Unsubscribe me from everything you send, calls included."),
                due=False,
            ),
            heard(
                "Araminta Delves",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the automated job alerts please - but a call from you "
                    "about something real is always welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's note after a complaint: no contact vs feedback owed",
        [
            heard(
                "Osborne Tilley",
                logged(
                    LONG_AGO,
                    "Osborne complained formally about the Xero process and asked that nobody "
                    "here contacts him again. Respect it.",
                ),
                due=False,
            ),
            heard(
                "Lysandra Pike",
                logged(
                    LONG_AGO,
                    "Lysandra complained she never got feedback after the Xero final - owe her "
                    "a call with it.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "out of sales for good, delete me vs out of SaaS, still in sales",
        [
            heard(
                "Bettina Crayford",
                wrote(
                    LONG_AGO,
                    "I'm out of sales for good - teaching now. Please delete my details.",
                ),
                due=False,
            ),
            heard(
                "Roxanne Dutfield",
                wrote(
                    LONG_AGO,
                    "I'm out of SaaS for good, but still in sales - medical devices or "
                    "anything physical, send it over.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a broker leaving insurance, stop calling vs leaving personal lines only",
        [
            heard(
                "Malcolm Gledhill",
                logged(
                    LONG_AGO,
                    "Malcolm leaving insurance altogether, asked us to stop calling him. Off "
                    "all lists.",
                ),
                due=False,
            ),
            heard(
                "Norris Pickersgill",
                logged(
                    LONG_AGO,
                    "Norris leaving personal lines, wants commercial roles only from here.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

ARREARS = (
    "Q4 comms pay out with February payroll - not moving till that's in the bank.",
    date(2026, 10, 12),
)
GARDEN = (
    "Resigned; on gardening leave to the end of April, can't join anyone till then.",
    date(2026, 11, 2),
)
EOFY = ("flat chat till EOFY, give me a bell in July", date(2026, 10, 5))
PRES_CLUB = (
    "Not leaving before the President's Club trip in April - earned it.",
    date(2026, 11, 9),
)
THANKSGIVING = (
    "Slammed closing out the month - reach out after Thanksgiving.",
    date(2026, 10, 26),
)
SKO = ("Presenting at our SKO in January - let's talk once that's done.", date(2026, 11, 2))
NON_COMPETE = (
    "Twelve-month non-compete from 20/03 - nothing with a competitor until next March.",
    date(2026, 3, 23),
)
NEW_YEAR = ("end of quarter madness, give me till the new year", date(2026, 11, 16))

WAITS = [
    W(
        "commission paid with February payroll vs commission paid in August",
        [
            told("Bartholomew Quincey-Hale", ARREARS, due=False),
            told(
                "Florian Eastwick",
                ("Q2 comms landed with August payroll - free to talk now.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "commission paid with February payroll: due in March",
        [told("Dashiell Granger", ARREARS, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "gardening leave to the end of April vs gardening leave over in September",
        [
            told("Cressida Vanstone", GARDEN, due=False),
            told(
                "Honora Saltmarsh",
                ("Gardening leave ended in September - free to start anywhere.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "gardening leave to the end of April: due in May",
        [told("Perpetua Lyle-Ormsby", GARDEN, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "flat chat till EOFY vs EOFY done in July",
        [
            told("Bodhi Carrington", EOFY, due=False),
            told(
                "Kai Threlfall",
                ("EOFY wrapped up, bonus paid - happy to chat any time.", date(2026, 7, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "flat chat till EOFY: due in July",
        [told("Banjo Haddow", EOFY, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "President's Club in April vs President's Club last spring, done",
        [
            told("Sutton Vallejo", PRES_CLUB, due=False),
            told(
                "Tucker Almstead",
                ("Went on President's Club in April - now I'm ready to move.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "President's Club in April: due in May",
        [told("Colter Brightwell", PRES_CLUB, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "after Thanksgiving, seen the Monday before it",
        [
            told("Harlan Sizemore", THANKSGIVING, due=False),
            told(
                "Emory Blackstock",
                (
                    "Slammed closing out the quarter, but shoot me anything good.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after Thanksgiving: due in December",
        [told("Lowell Birchfield", THANKSGIVING, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "after SKO in January vs SKO was last January",
        [
            told("Anneliese Corrigan", SKO, due=False),
            told(
                "Marlowe Finchley",
                ("SKO in January went well - talk whenever you have something.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "after SKO in January: due in February",
        [told("Delphine Ashgrove", SKO, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "a twelve-month non-compete to March vs a six-month one ended in September",
        [
            told("Lucan Pelham", NON_COMPETE, due=False),
            told(
                "Oren Whitmarsh",
                (
                    "Six-month non-compete from March finished in September - all clear.",
                    date(2026, 9, 21),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a twelve-month non-compete to March: due in April",
        [told("Thorne Ellingham", NON_COMPETE, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "give me till the new year",
        [told("Ingram Sallis", NEW_YEAR, due=False)],
    ),
    W(
        "give me till the new year: due in January",
        [told("Quilla Rutland", NEW_YEAR, due=True)],
        week=date(2027, 1, 11),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "hit 140% in Q3, back from Sydney 2/11, free any afternoon vs give me 12 months",
        [
            told(
                "Sunniva Aldous",
                (
                    "Hit 140% in Q3, back from the Sydney kick-off on 2/11 - free for a chat any "
                    "afternoon.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Portia Greatorex",
                (
                    "Just joined Gong in October - give me twelve months to prove myself.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a rambling note with Dreamforce, Q4 and Christmas, no wait asked",
        [
            told(
                "Ludovic Harrowgate",
                (
                    "Spoke after Dreamforce in September: Q4 pipeline looks huge, off to his "
                    "in-laws for Christmas, but says send anything over whenever.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "quota reset 1 Feb and a holiday in March named, happy to talk now",
        [
            told(
                "Jemima Stroud",
                (
                    "Quota resets 1 Feb, skiing in Whistler in March - none of it stops her "
                    "talking now, keen.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Labor Day, Q3 close and a promotion in October, open to calls",
        [
            told(
                "Beau Fairhurst",
                (
                    "Promoted to senior AE in October after a big Q3 close before Labor Day; "
                    "still open to calls about enterprise seats.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Canadian Thanksgiving in Kelowna and a Q4 number named, talk any time",
        [
            told(
                "Ottoline Brisebois",
                (
                    "Back from Thanksgiving in Kelowna 14/10, at 88% with Q4 to go - talk any "
                    "time, she's curious what's out there.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same role sent in the spring",
        [
            NotDue(
                "Hollis Brandreth",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", note="Sent over the enterprise AE spec."),
                ],
            ),
            Due(
                "Greer Oakenfold",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        note="Sent over the mid-market AE spec, no reply.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call last week vs one in the summer",
        [
            NotDue(
                "Ansel Whitehorn",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        6,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, he's on 95% to quota, nothing to send him yet.",
                    )
                ],
            ),
            Due(
                "Cosima Rydell",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        175,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, she's tracking ahead of quota, nothing to send yet.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me in the loop' hardened into a removal",
        [
            heard(
                "Thaddeus Broadbent",
                wrote(date(2026, 2, 2), "Stop sending me roles.", "other"),
                wrote(
                    date(2026, 6, 15),
                    "Ignore my stop in Feb - my territory got cut, I'm looking now. Send me roles.",
                    "other",
                ),
                due=True,
            ),
            heard(
                "Wilhelmina Dore",
                wrote(date(2026, 2, 2), "Keep me in the loop for enterprise stuff."),
                wrote(
                    date(2026, 6, 15),
                    "Please remove me from your lists now, I've accepted a role and won't be "
                    "looking.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait till EOFY called off early",
        [
            heard(
                "Harriet Ellwood-Price",
                wrote(date(2026, 3, 2), "not moving till after EOFY 2027, sorry", "other"),
                wrote(
                    date(2026, 5, 25),
                    "scratch that - new manager is a nightmare, I'm looking now",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'after EOFY'",
        [
            heard(
                "Lachlan Moorhouse-Tait",
                wrote(date(2026, 6, 1), "any time mate, always up for a yarn", "other"),
                wrote(
                    date(2026, 9, 7),
                    "actually hold off till after EOFY next year, just got handed the biggest "
                    "patch in the state",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an ATS DNC later withdrawn by the candidate",
        [
            heard(
                "Percival Oldroyd",
                logged(date(2026, 1, 19), "cand rang in cross - DNC set at his request"),
                wrote(
                    date(2026, 6, 8),
                    "I know I asked for no contact in January - I've changed my mind, please "
                    "get in touch with senior AE roles.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT47_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
