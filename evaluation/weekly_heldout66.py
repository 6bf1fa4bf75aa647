"""Held-out weekly reconnect cases, sixty-sixth set: a UK and Irish in-house talent team's own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 66").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into
Greenhouse or Workable as a dated motivation, or sits in a message sent long enough before the
week that no recent contact holds the person back instead. The voice is an in-house talent team
hiring from Manchester, Leeds, London, Dublin, Belfast and Glasgow: ATS shorthand, recruiters'
call notes, candidates' emails, LinkedIn replies and WhatsApps, a few in Polish and Portuguese.
What decides is what they told us:

1. opt-outs (an erasure email, "unsubscribe", a DNC in the ATS, "no thanks" to our email, a
   LinkedIn "never contact me", Polish and Portuguese): never listed; beside each a near-miss
   that is due (the newsletter only, a new email address, calls not texts, not this role, one
   channel, Polish and Portuguese scoped stops);
2. waits counted from the day said and checked both ways: three months' notice, garden leave to
   the end of January, maternity leave to April, a March bonus, February half term, the Q1
   close, a probation, "not before March 2027", Polish and Portuguese waits: not listed while
   they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a call eight days ago is not listed, the same months ago is;
5. the latest word counts: a stop taken back is due, "keep me posted" hardened into an erasure
   is not, a wait called off early is due, "any time" turned into "after Easter" is not.
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
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def said(days, note, channel="email") -> dict:
    """Their own message as typed (email, ``"linkedin"``, or ``"other"`` for WhatsApp)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due, where="Manchester, UK") -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()], location=where)


def heard(name, *touches, due, where="Manchester, UK") -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches), location=where)


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "an erasure email vs just the newsletter",
        [
            heard(
                "Gwyneth Pardoe",
                said(LONG_AGO, "Please erase my data and do not contact me again. - Gwyneth"),
                due=False,
            ),
            heard(
                "Lachlan Byers",
                said(LONG_AGO, "Take me off the newsletter please - roles are still welcome."),
                due=True,
            ),
        ],
    ),
    W(
        "'unsubscribe' vs a new email address",
        [
            heard("Quentin Staveley", said(LONG_AGO, "unsubscribe - Quentin"), due=False),
            heard(
                "Marnie Holcroft",
                said(
                    LONG_AGO, "New email for your records - this one closes Friday. Keep in touch!"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC in the ATS vs texts not calls",
        [
            heard(
                "Desmond Larkin",
                noted(LONG_AGO, "DNC per cand request on call - no further contact."),
                due=False,
                where="Dublin, Ireland",
            ),
            heard(
                "Fionnuala Carey",
                noted(LONG_AGO, "cand prefers texts to calls, can't pick up at work"),
                due=True,
                where="Dublin, Ireland",
            ),
        ],
    ),
    W(
        "'no thanks' to our email vs 'no thanks to this one'",
        [
            heard(
                "Wilfred Ainsworth",
                touch(LONG_AGO + 1, "outbound", None, "re_engagement", note="Reconnect sent."),
                said(LONG_AGO, "No thanks. - Wilfred"),
                due=False,
            ),
            heard(
                "Tabitha Illingsworth",
                touch(LONG_AGO + 1, "outbound", None, "re_engagement", note="Leeds role sent."),
                said(LONG_AGO, "No thanks to this one, but keep me in mind for remote roles."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me vs LinkedIn: email me rather than message here",
        [
            heard(
                "Percival Drinkwater",
                said(LONG_AGO, "Never contact me again. - Percival", "linkedin"),
                due=False,
                where="Leeds, UK",
            ),
            heard(
                "Ottilie Sharples",
                said(LONG_AGO, "Email me rather than message here, I rarely log in.", "linkedin"),
                due=True,
                where="Leeds, UK",
            ),
        ],
    ),
    W(
        "Polish: remove me from the database vs Polish: no calls, email fine",
        [
            heard(
                "Radosław Jankowski",
                said(LONG_AGO, "Proszę mnie usunąć z bazy i nie kontaktować się więcej."),
                due=False,
                where="London, UK",
            ),
            heard(
                "Katarzyna Ostrzyca",
                said(LONG_AGO, "Proszę nie dzwonić, ale maile są jak najbardziej OK."),
                due=True,
                where="London, UK",
            ),
        ],
    ),
    W(
        "Portuguese: don't contact me again vs Portuguese: WhatsApp rather than email",
        [
            heard(
                "Gonçalo Antunes",
                said(LONG_AGO, "Não me contactem mais, por favor.", "other"),
                due=False,
                where="Dublin, Ireland",
            ),
            heard(
                "Mariana Sequeira",
                said(LONG_AGO, "Prefiro WhatsApp em vez de email, obrigada!", "other"),
                due=True,
                where="Dublin, Ireland",
            ),
        ],
    ),
    W(
        "a formal withdrawal of consent vs a subject access request",
        [
            heard(
                "Cornelius Blakey",
                said(LONG_AGO, "I withdraw my consent to being contacted by your company."),
                due=False,
                where="Belfast, UK",
            ),
            heard(
                "Imelda Rafferty",
                said(LONG_AGO, "Could you send me a copy of the data you hold on me? Thanks."),
                due=True,
                where="Belfast, UK",
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, each checked both ways -------------------------------

NOTICE_3M = ("Resigned today, 3 months' notice - free from late February.", date(2026, 11, 13))
GARDEN = ("On garden leave till 31 Jan, can't talk to anyone till then.", date(2026, 11, 2))
MAT_APRIL = ("On mat leave until April - nothing before then please.", date(2026, 10, 5))
BONUS_MARCH = ("Bonus lands end of March, won't move before.", date(2026, 10, 19))
HALF_TERM = ("talk after feb half term pls, kids", date(2026, 11, 9))
NOT_BEFORE_2027 = ("Not before March 2027 - leading a migration.", date(2026, 10, 12))
PL_WAIT = ("Proszę o kontakt dopiero po Nowym Roku.", date(2026, 11, 2))
PT_WAIT = ("Só depois da Páscoa, por favor.", date(2026, 11, 16))

WAITS = [
    W(
        "three months' notice given this month vs one month given in August",
        [
            told("Barnabas Ogden", NOTICE_3M, due=False),
            told("Clementine Rigby", ("1 month NP handed in today.", date(2026, 8, 10)), due=True),
        ],
    ),
    W(
        "three months' notice: due in March",
        [told("Everett Pilling", NOTICE_3M, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "garden leave to 31 Jan vs garden leave that ended in September",
        [
            told("Horatio Waddington", GARDEN, due=False, where="London, UK"),
            told(
                "Juniper Ashby",
                ("Garden leave ended 30 Sept - free now.", date(2026, 10, 1)),
                due=True,
                where="London, UK",
            ),
        ],
    ),
    W(
        "garden leave to 31 Jan: due in February",
        [told("Leopold Sandiford", GARDEN, due=True, where="London, UK")],
        week=date(2027, 2, 8),
    ),
    W(
        "mat leave to April vs back from mat leave in September",
        [
            told("Philippa Greatorex", MAT_APRIL, due=False, where="Leeds, UK"),
            told(
                "Rosalind Acton",
                ("Back from mat leave since September, keen to look.", date(2026, 10, 5)),
                due=True,
                where="Leeds, UK",
            ),
        ],
    ),
    W(
        "mat leave to April: due in late April",
        [told("Seraphina Holt", MAT_APRIL, due=True, where="Leeds, UK")],
        week=date(2027, 4, 26),
    ),
    W(
        "a March bonus vs a June bonus already paid",
        [
            told("Ambrose Thwaitesby", BONUS_MARCH, due=False),
            told(
                "Delphine Marsh",
                ("Bonus paid in June - free agent now.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a March bonus: not due in mid-March",
        [told("Ignatius Crowther", BONUS_MARCH, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "a March bonus: due in April",
        [told("Marguerite Fell", BONUS_MARCH, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after February half term vs after October half term",
        [
            told("Wilhelmina Nettlefold", HALF_TERM, due=False, where="Glasgow, UK"),
            told(
                "Cosmo Lindley",
                ("after oct half term pls", date(2026, 9, 28)),
                due=True,
                where="Glasgow, UK",
            ),
        ],
    ),
    W(
        "after February half term: due in March",
        [told("Evangeline Parr", HALF_TERM, due=True, where="Glasgow, UK")],
        week=date(2027, 3, 8),
    ),
    W(
        "not before March 2027 vs not before October, passed",
        [
            told("Montgomery Haigh", NOT_BEFORE_2027, due=False),
            told("Araminta Bolt", ("Not before October.", date(2026, 6, 1)), due=True),
        ],
    ),
    W(
        "not before March 2027: due in March",
        [told("Thaddeus Booth", NOT_BEFORE_2027, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "Polish: after New Year vs Polish: after the holidays in August",
        [
            told("Wojciech Sobczak", PL_WAIT, due=False, where="London, UK"),
            told(
                "Dorota Michalska",
                ("Odezwij się po wakacjach, pod koniec sierpnia.", date(2026, 7, 6)),
                due=True,
                where="London, UK",
            ),
        ],
    ),
    W(
        "Portuguese: after Easter vs Portuguese: after the summer",
        [
            told("Rodrigo Baptista", PT_WAIT, due=False, where="Dublin, Ireland"),
            told(
                "Leonor Vasconcelos",
                ("Depois do verão falamos.", date(2026, 6, 15)),
                due=True,
                where="Dublin, Ireland",
            ),
        ],
    ),
    W(
        "a probation to May vs a probation passed in October",
        [
            told(
                "Cressida Lowther",
                ("Started Monday, 6 month probation.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Benedikt Yardley",
                ("Started a new job, 6 month probation.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "the Q1 close vs the Q3 close, long done",
        [
            told(
                "Aurelio Nightingale",
                ("Year end 31 March - ping me in April.", date(2026, 11, 2)),
                due=False,
                where="Leeds, UK",
            ),
            told(
                "Bronwen Tilley",
                ("Flat out till the Q3 close end of Sept.", date(2026, 8, 3)),
                due=True,
                where="Leeds, UK",
            ),
        ],
    ),
    W(
        "Portuguese: after Easter: due in late April",
        [told("Vasco Albuquerque", PT_WAIT, due=True, where="Dublin, Ireland")],
        week=date(2027, 4, 26),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a call note full of dates",
        [
            heard(
                "Tobiah Marchant",
                noted(
                    LONG_AGO,
                    "Joined current co 03/2023, promoted 01/2025, NP 1 month. Holiday 2-9 Dec "
                    "but can interview around it.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a LinkedIn reply full of dates",
        [
            heard(
                "Henrietta Goody",
                said(
                    LONG_AGO,
                    "Graduated 2016, at Sage since 2019, last review April. Free to chat any time.",
                    "linkedin",
                ),
                due=True,
                where="Leeds, UK",
            )
        ],
    ),
    W(
        "an ATS line of past process dates",
        [
            heard(
                "Augustin Reay",
                noted(LONG_AGO, "Prev apps 02/2024, 05/2025; recontacted 06/2025. Keen."),
                due=True,
                where="Belfast, UK",
            )
        ],
    ),
]

# --- 4. plain restraint ------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call eight days ago vs a call five months ago",
        [
            heard(
                "Ophelia Dunn",
                touch(8, "outbound", "replied", channel="phone", note="Caught up, all good."),
                due=False,
            ),
            heard(
                "Sylvester Rook",
                touch(150, "outbound", "replied", channel="phone", note="Caught up, all good."),
                due=True,
            ),
        ],
    ),
    W(
        "a role emailed twelve days ago",
        [
            heard(
                "Perpetua Hale",
                touch(12, "outbound", "no_reply", "re_engagement", note="Sent Leeds data role."),
                due=False,
                where="Leeds, UK",
            )
        ],
    ),
]

# --- 5. the latest word counts -----------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Alfreda Crane",
                said(date(2026, 2, 9), "Stop emailing me. - Alfreda"),
                said(date(2026, 6, 8), "Sorry for being short in Feb - I'm looking now, do write."),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into an erasure",
        [
            heard(
                "Roderick Tansley",
                said(date(2026, 3, 2), "Keep me posted! - Roderick"),
                said(
                    date(2026, 6, 1), "Please delete my data and don't contact me again. - Roderick"
                ),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Winifred Pickerthwaite",
                said(date(2026, 5, 4), "Not until next spring, big project."),
                said(date(2026, 6, 8), "Project cancelled - free to talk whenever."),
                due=True,
                where="Glasgow, UK",
            )
        ],
    ),
    W(
        "'any time' turned into 'after Easter'",
        [
            heard(
                "Lysander Pyke",
                said(date(2026, 4, 6), "Any time, always happy to chat. - Lysander"),
                said(
                    date(2026, 6, 1), "Actually not till after Easter next year - we've a launch."
                ),
                due=False,
                where="Dublin, Ireland",
            )
        ],
    ),
    W(
        "a DNC set by the recruiter, later lifted by the candidate",
        [
            heard(
                "Cordelia Wragg",
                noted(date(2026, 1, 12), "DNC - cand asked for no contact."),
                said(
                    date(2026, 6, 1),
                    "I asked you to stop in January but I'm open now - get in touch.",
                ),
                due=True,
                where="Belfast, UK",
            )
        ],
    ),
]

HELDOUT66_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
