"""Held-out weekly reconnect cases, fifty-sixth set: creative, marketing, media, publishing and
games recruiters' own words, written by a stranger to the reader (its code, its labelled sets and
the earlier case files' sentences were not looked at; held-out 10 was opened for its format
only), measured and reported on its own.

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voices are a London creative-recruitment boutique, a games
publisher's talent team in Montréal and Los Angeles, a Sydney marketing recruiter and a New York
agency's studio heads: ATS shorthand, texts, Instagram DMs and Slack, LinkedIn replies, emails,
and lines in French and Spanish. What decides is what they told us:

1. opt-outs (an email, an Instagram DM, "no thanks" to a draft, a recruiter's DNC, Montréal
   French, LA Spanish, a formal withdrawal of consent, a ramble that ends in "take me off"):
   never listed; beside each a near-miss that is due (a newsletter unsubscribe, a new email, DMs
   to stop but email fine, no more agency roles, not during award season mornings, feedback
   still owed, the freelance list only, a partner's stop that is not theirs);
2. waits counted from the day said and checked both ways: Cannes Lions, SXSW, a game shipping,
   the London Book Fair, three months' notice, mat leave, a sabbatical to September 2027, the
   Christmas shutdown, EOFY, a bonus, "give me six weeks", "after Q1", a festival season, a
   contract end: not listed while they run, listed once they have; each beside a twin whose
   wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" after a new
   job is not;
4. plain restraint: a role sent nine days ago and a coffee last week are not listed; the same
   months ago are;
5. the latest word counts: a stop taken back is due and a "keep in touch" hardened into a
   deletion is not; a wait called off early is due and "anytime" turned into "after the Lions"
   is not.
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
    rating=4.4,
    role="Senior Copywriter",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or DM or text, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's line in the ATS."""
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
        "erase me from your talent pool vs unsubscribe me from the newsletter",
        [
            heard(
                "Philippa Gostelow",
                wrote(LONG_AGO, "Please erase me from your talent pool. No more job emails."),
                due=False,
            ),
            heard(
                "Orlando Fothergale",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the Friday jobs newsletter please - direct emails "
                    "about copy roles are still welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an Instagram DM to leave her alone vs DMs no, email yes",
        [
            heard(
                "Tatiana Wolstenholme",
                wrote(
                    LONG_AGO, "leave me alone pls. not interested in any of your jobs ever", "other"
                ),
                due=False,
            ),
            heard(
                "Zinnia Abercrombie",
                wrote(
                    LONG_AGO,
                    "don't DM me here for work, email's better - i do want to hear!",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'no thanks' to our draft vs 'no thanks to agency roles'",
        [
            heard("Grover Pennycuick", wrote(LONG_AGO, "No thanks, all the best."), due=False),
            heard(
                "Marcelline Oduya",
                wrote(LONG_AGO, "No thanks to agency roles - in-house brand teams only, please."),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC vs no calls before noon in award season",
        [
            heard(
                "Tristram Hollingsworth",
                logged(LONG_AGO, "cand asked to be DNC. do not contact under any circumstances"),
                due=False,
            ),
            heard(
                "Beatrix Lowndes",
                logged(LONG_AGO, "cand: no calls before noon in award season, emails anytime"),
                due=True,
            ),
        ],
    ),
    W(
        "Montréal: ne plus me contacter vs a new email address",
        [
            heard(
                "Gilles Pépin-Laforest",
                wrote(
                    LONG_AGO,
                    "Merci de ne plus me contacter et d'effacer mon dossier, s'il vous plaît.",
                ),
                due=False,
            ),
            heard(
                "Mireille Charbonneau",
                wrote(
                    LONG_AGO,
                    "J'ai changé d'adresse courriel - utilisez celle-ci désormais. Toujours "
                    "ouverte aux offres!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LA Spanish: sáquenme de su lista vs her husband's stop that is not hers",
        [
            heard(
                "Dolores Santillán",
                wrote(LONG_AGO, "Sáquenme de su lista, por favor. No quiero más correos.", "other"),
                due=False,
            ),
            heard(
                "Renata Villalobos",
                logged(
                    LONG_AGO,
                    "Husband picked up her phone, said 'stop calling'. Cand emailed after - "
                    "that was him, not her; she's open to roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a formal withdrawal of consent vs feedback still owed",
        [
            heard(
                "Cuthbert Allingham",
                wrote(
                    LONG_AGO,
                    "I formally withdraw my consent to the processing of my data and request "
                    "that you make no further contact.",
                ),
                due=False,
            ),
            heard(
                "Persephone Vail",
                wrote(
                    LONG_AGO,
                    "Still waiting on feedback from the final round in May - would really "
                    "value it. Happy to hear about other roles too.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a ramble ending 'take me off everything' vs off the freelance list only",
        [
            heard(
                "Wilfred Scarisbrick",
                wrote(
                    LONG_AGO,
                    "Been a strange year: the pitch we lost, the pitch we won, the move to "
                    "Peckham, the dog. Loved the D&AD talk you organised. But I'm stepping "
                    "away from the job market for good - take me off everything you've got.",
                ),
                due=False,
            ),
            heard(
                "Honoria Blackett",
                wrote(
                    LONG_AGO,
                    "Been a strange year: the pitch we lost, the pitch we won, the move to "
                    "Peckham. Loved the D&AD talk. Please take me off the freelance bookings "
                    "list - I'm only after perm now.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a LinkedIn 'never contact me again' vs 'not this one, it's crypto'",
        [
            heard(
                "Evadne Cartwright",
                wrote(LONG_AGO, "Never contact me again about roles.", "linkedin"),
                due=False,
            ),
            heard(
                "Saffron Delahaye",
                wrote(
                    LONG_AGO,
                    "Not this one - it's a crypto exchange and I'm not touching that. Anything "
                    "in publishing or games, yes please.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

WAITS = [
    W(
        "after Cannes Lions, said in October vs said in February",
        [
            told(
                "Anselm Brightwater",
                ("Entering awards till Cannes Lions - after that.", date(2026, 10, 12)),
                due=False,
            ),
            told(
                "Georgette Lisle",
                ("Entering awards till Cannes Lions - after that.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "after SXSW, said this month vs said in January",
        [
            told(
                "Rhiannon Castellanos",
                ("after SXSW pls, running our activation", date(2026, 11, 2)),
                due=False,
            ),
            told(
                "Quincy Okafor-Lamb",
                ("after SXSW pls, running our activation", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "till the game ships in spring vs it shipped in September",
        [
            told(
                "Élodie Marchetti",
                ("Pas avant la sortie du jeu au printemps prochain.", date(2026, 10, 19)),
                due=False,
            ),
            told(
                "Raphaël Dumoulin",
                ("Pas avant la sortie du jeu en septembre.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "after the London Book Fair, said in November vs said in January",
        [
            told(
                "Letitia Ormsby",
                ("Acquisitions crunch until the London Book Fair - call after.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Millicent Carrow-Dean",
                ("Acquisitions crunch until the London Book Fair - call after.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice given in October vs given in May",
        [
            told(
                "Barnabas Wickham",
                ("Handed notice in 05/10, 3 months - free from January.", date(2026, 10, 5)),
                due=False,
            ),
            told(
                "Arabella Stoke",
                ("Handed notice in 05/05, 3 months - free from August.", date(2026, 5, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "sabbatical until September 2027 vs a sabbatical that ended in October",
        [
            told(
                "Cosmo Delacourt",
                (
                    "Sailing round the world on sabbatical - back September 2027, not before.",
                    date(2026, 9, 28),
                ),
                due=False,
            ),
            told(
                "Rosamund Pellew",
                ("On sabbatical walking the Camino until October.", date(2026, 6, 1)),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "on mat leave till next summer vs back from mat leave in September",
        [
            told(
                "Henrietta Lyle",
                ("On mat leave until next summer.", date(2026, 10, 26)),
                due=False,
            ),
            told(
                "Evangelina Shard",
                ("On mat leave until September.", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "the Christmas shutdown till mid-January vs EOFY in June",
        [
            told(
                "Jarrah Pendergast",
                ("Away over the Christmas shutdown - back mid-Jan, call then.", date(2026, 11, 16)),
                due=False,
            ),
            told(
                "Kellie Whitlam",
                ("Flat out till EOFY - call after 30 June.", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "give me six weeks, said two weeks ago vs said in July",
        [
            told(
                "Fenwick Treadgold",
                ("Give me six weeks, mid-pitch.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Sorrel Whitmore",
                ("Give me six weeks, mid-pitch.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "after Q1, said in November vs after Q2, said in March",
        [
            told(
                "Lysandra Kemp",
                ("not till after Q1 - media plans due", date(2026, 11, 2)),
                due=False,
            ),
            told(
                "Bertram Ashe",
                ("not till after Q2 - media plans due", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "bonus at the end of March, said in September vs said last December",
        [
            told(
                "Isolde Tremaine",
                ("Bonus lands end of March - moving after that.", date(2026, 9, 7)),
                due=False,
            ),
            told(
                "Corentin Hale",
                ("Bonus lands end of March - moving after that.", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "LA: hasta después de las fiestas vs hasta después del verano",
        [
            told(
                "Maricela Olvera",
                ("No hasta después de las fiestas de fin de año.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Araceli Bustamante",
                ("No hasta después del verano.", date(2026, 5, 18)),
                due=True,
            ),
        ],
    ),
    W(
        "a contract at the agency ending in February vs one that ended in August",
        [
            told(
                "Benedick Trowbridge",
                ("f/l contract at Adam&Eve runs to end Feb, won't walk early", date(2026, 10, 26)),
                due=False,
            ),
            told(
                "Clarissa Penhallow",
                ("f/l contract at Adam&Eve runs to end Aug, won't walk early", date(2026, 4, 27)),
                due=True,
            ),
        ],
    ),
    W(
        "awards season until the end of January vs over in April",
        [
            told(
                "Ignatia Wolfe",
                (
                    "Judging award shows through January - leave it till February.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Lucan Merridew",
                ("Judging award shows through March - leave it till April.", date(2026, 1, 26)),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask no wait, and a year to settle in ------------------------

NO_WAIT = [
    W(
        "a CV of dates asking no wait is due",
        [
            told(
                "Ptolemy Sedgwick",
                (
                    "Joined BBH 2022, D&AD pencil 2023, Cannes shortlist 2024, promoted March "
                    "2026. Open to chats any time.",
                    date(2026, 9, 14),
                ),
                due=True,
            )
        ],
    ),
    W(
        "shipped dates in a DM asking no wait is due",
        [
            told(
                "Wrenna Calloway",
                ("shipped in Oct '24, DLC in May, GDC in March - all wrapped, free whenever", 60),
                due=True,
            )
        ],
    ),
    W(
        "festival dates listed, no wait asked, is due",
        [
            told(
                "Hadrian Blyth",
                (
                    "Did Cannes in June, Edinburgh in August and Frankfurt in October. Festival "
                    "season's done - talk whenever.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'give me a year to settle in' after a new job is not due",
        [
            told(
                "Perpetua Gansey",
                ("Just started at Wieden - give me a year to settle in.", date(2026, 9, 21)),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role emailed nine days ago vs the same emailed in May",
        [
            NotDue(
                "Cassian Northcote",
                apps=[MAY_2025_FINAL],
                touches=[touch(9, "outbound", "no_reply", "re_engagement", channel="email")],
            ),
            Due(
                "Linnet Farrow",
                apps=[MAY_2025_FINAL],
                touches=[touch(190, "outbound", "no_reply", "re_engagement", channel="email")],
            ),
        ],
    ),
    W(
        "a coffee last week vs a coffee in spring",
        [
            NotDue(
                "Ambrose Pickering",
                apps=[MAY_2025_FINAL],
                touches=[touch(6, "outbound", "replied", channel="meeting")],
            ),
            Due(
                "Juliet Armitage",
                apps=[MAY_2025_FINAL],
                touches=[touch(200, "outbound", "replied", channel="meeting")],
            ),
        ],
    ),
]

# --- 5. the latest word counts --------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back is due",
        [
            heard(
                "Octavian Reece",
                wrote(date(2026, 2, 2), "Stop emailing me please, thanks."),
                wrote(
                    date(2026, 6, 1),
                    "Ignore my grumpy email in February - I'm looking now, send things over.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep in touch' hardened into a deletion is not",
        [
            heard(
                "Dulcie Marchbank",
                wrote(date(2026, 2, 2), "Keep in touch - always up for a chat."),
                wrote(date(2026, 6, 1), "Please delete my details. I don't want further contact."),
                due=False,
            )
        ],
    ),
    W(
        "a January wait called off early is due",
        [
            told(
                "Leander Foxley",
                ("Not before January - pitch season.", date(2026, 9, 14)),
                ("Pitch got pulled - free now, ring me.", date(2026, 10, 19)),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'after the Lions' is not due",
        [
            told(
                "Marisol Quartermaine",
                ("Anytime, always happy to talk.", date(2026, 5, 4)),
                ("Scratch that - not till after Cannes Lions next June.", date(2026, 10, 12)),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set by the recruiter, then the candidate asks back in",
        [
            heard(
                "Aurelio Brandão",
                logged(date(2026, 1, 5), "DNC at cand's request, he was v annoyed"),
                wrote(
                    date(2026, 6, 15),
                    "Sorry for snapping in January - I'd welcome hearing about roles again.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "ok to contact, then 'plus jamais' in Montréal French",
        [
            heard(
                "Solène Béliveau",
                wrote(date(2026, 3, 2), "Oui, tenez-moi au courant!"),
                wrote(date(2026, 6, 15), "Ne me contactez plus jamais, merci."),
                due=False,
            )
        ],
    ),
    W(
        "no DMs, then 'text me whenever' is due",
        [
            heard(
                "Tobias Hargraves",
                wrote(date(2026, 2, 16), "pls don't message me on whatsapp", "other"),
                wrote(date(2026, 5, 25), "actually text me whenever, easier than email", "other"),
                due=True,
            )
        ],
    ),
]

HELDOUT56_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
