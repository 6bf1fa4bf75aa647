"""Held-out weekly reconnect cases, seventy-first set: Canadian recruiters' own words, written by
a stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only), measured and reported on its own
line ("held-out 71").

Everyone here is otherwise due in the week of the case: reached a final round in June 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait sits in a dated
motivation or in a dated reply, counted from the day it was said. The recruiters are a Toronto
tech agency, a Montréal bilingual desk, a Calgary engineering firm's in-house team and an
Ottawa-Gatineau public-sector pool; the people are engineers, CPAs, electricians and policy
analysts; the voices are ATS shorthand, texts and WhatsApps, LinkedIn replies, emails, a formal
letter and call notes, in English and Canadian French. What decides is what they told us:

1. opt-outs (a CASL withdrawal of consent, "enlevez-moi de votre liste", a recruiter's "DNC per
   cand", a LinkedIn "never again", "arrête de m'écrire", a bare "no thanks", a formal letter,
   a retired electrician): never listed; beside each a scoped stop that is due (the newsletter
   only, a new email, not that client, email rather than InMail, not in the evening, not this
   role, feedback still owed, a husband's stop that is not hers, off the tools last summer);
2. waits counted from the day said and checked both ways: "not before March", after the
   holidays ("après les Fêtes"), three months' notice against two weeks', the end of tax
   season, the end of hockey season, a PR landing, "in six weeks", the construction holiday,
   a probation, a parental leave to next September, the end of Q1: not listed while they run,
   listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a role texted eight days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into a removal
   is not, a wait called off early is due, "any time" turned into "after the Stanley Cup final"
   is not, "pas avant l'été" then "finalement je suis dispo" is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 18),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def said(days, note, channel="email") -> dict:
    """Their own words: an email, or a text (``"other"``) or a LinkedIn reply (``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ---------------------------------------

OPT_OUTS = [
    W(
        "CASL: withdraw consent to all messages vs unsubscribe from the salary survey only",
        [
            heard(
                "Thaddeus Greenaway",
                said(
                    LONG_AGO,
                    "I withdraw my consent under CASL. No further emails, calls or "
                    "texts from your firm.",
                ),
                due=False,
            ),
            heard(
                "Ingrid Rasmussen-Paul",
                said(
                    LONG_AGO,
                    "Please unsubscribe me from the annual salary survey emails. "
                    "Job leads are still welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: enlevez-moi de votre liste vs voici mon nouveau courriel",
        [
            heard(
                "Ghislain Perreault",
                said(
                    LONG_AGO,
                    "Enlevez-moi de votre liste svp, je veux plus recevoir rien de vous autres.",
                ),
                due=False,
            ),
            heard(
                "Manon Tessier",
                said(
                    LONG_AGO,
                    "Je change d'adresse, écrivez-moi à ma nouvelle adresse à "
                    "partir de maintenant. Toujours intéressée!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC per cand vs not for Suncor roles",
        [
            heard(
                "Cody Vanderwal",
                noted(LONG_AGO, "cand asked to never be contacted again. DNC per cand."),
                due=False,
            ),
            heard(
                "Priya Ramdeolal",
                noted(LONG_AGO, "cand - no more Suncor submissions pls, anything else ok"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me again vs stop the InMails, email me",
        [
            heard(
                "Desmond Achtervoort",
                said(LONG_AGO, "Never contact me again. Not here, not by email.", "linkedin"),
                due=False,
            ),
            heard(
                "Lucia Ferrante",
                said(
                    LONG_AGO, "Stop the InMails please, I never log in - email works.", "linkedin"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French text: arrête de m'écrire vs pas le soir svp",
        [
            heard(
                "Steve Lajeunesse",
                said(LONG_AGO, "arrête de m'écrire, c'est la dernière fois que je le dis", "other"),
                due=False,
            ),
            heard(
                "Karine Vaillancourt",
                said(
                    LONG_AGO, "pas le soir svp, les enfants dorment. le jour c'est correct", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'no thanks' vs 'no thanks to this one' with feedback still owed",
        [
            heard("Reid Castellano", said(LONG_AGO, "No thanks, merci."), due=False),
            heard(
                "Alyssa Kimura",
                said(
                    LONG_AGO,
                    "No thanks to this one - but I never heard back why I didn't "
                    "get the last one. Could you send feedback? Open to others.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a formal letter ending all correspondence vs a formal letter with a new address",
        [
            heard(
                "Eleanor Whitmore",
                said(
                    LONG_AGO,
                    "Dear Sir or Madam, please cease all further correspondence "
                    "and delete my personal information from your records. Regards.",
                ),
                due=False,
            ),
            heard(
                "Laurent Chiasson",
                said(
                    LONG_AGO,
                    "Dear Ms. Hébert, kindly update your records with my new "
                    "mailing address in Moncton. I remain available. Regards.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a retired electrician wants off the list vs off the tools last summer, back now",
        [
            heard(
                "Lyle Drummond",
                noted(LONG_AGO, "Lyle retired, pension started. Wants off our lists for good."),
                due=False,
            ),
            heard(
                "Garnet Stoesz",
                noted(
                    LONG_AGO,
                    "Garnet was off the tools for a knee in the summer, cleared now, wants work.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "her husband's stop (not hers) vs her own stop",
        [
            heard(
                "Rosemary Dubé",
                said(
                    LONG_AGO,
                    "My husband asked me to tell you to stop writing to HIM - he "
                    "got your email by mistake. I'm still interested!",
                ),
                due=True,
            ),
            heard(
                "Penelope Ashcroft",
                said(
                    LONG_AGO,
                    "Please stop writing to me. I'm not interested in hearing from recruiters.",
                ),
                due=False,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NOT_BEFORE_MARCH = ("not before March pls, mid-project", date(2026, 11, 13))
HOLIDAYS = ("rien avant la fin des Fêtes, on se reparle en janvier", date(2026, 11, 2))
TAX_SEASON = ("Public practice - nothing until tax season ends April 30.", date(2026, 10, 19))
PARENTAL = (
    "On parental leave until September 2027 - please wait till I'm back.",
    date(2026, 10, 5),
)
CONSTRUCTION = (
    "pas avant la fin des vacances de la construction l'été prochain",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "not before March, said this month vs not before March, said last February",
        [
            told("Graham Oduya", NOT_BEFORE_MARCH, due=False),
            told(
                "Wanda Przybylski",
                ("not before March pls, mid-project", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "not before March: due in mid-March",
        [told("Cyrus Batmanghelich", NOT_BEFORE_MARCH, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "French: après les Fêtes, said this month vs said last December",
        [
            told("Réal Bastien", HOLIDAYS, due=False),
            told(
                "Josiane Pépin",
                ("rien avant la fin des Fêtes, on se reparle en janvier", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "French: après les Fêtes: due in mid-January",
        [told("Yves Charette", HOLIDAYS, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "three months' notice given last week vs two weeks' notice given in August",
        [
            told(
                "Terrence Abiola",
                (
                    "Handed in my notice at CIBC, 3 months - nothing until it's served.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
            told(
                "Nora Kristiansen",
                ("Gave two weeks' notice today, free after that.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "tax season till April 30 vs the same said in January",
        [
            told("Marlene Szymczak", TAX_SEASON, due=False),
            told(
                "Jacques Nolet",
                ("Public practice - nothing until tax season ends April 30.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "tax season till April 30: due in May",
        [told("Beverley Fong", TAX_SEASON, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "coaching till hockey season ends in March vs said about last season",
        [
            heard(
                "Darryl Kucher",
                last_call(),
                noted(
                    date(2026, 10, 26),
                    "Darryl coaching midget AAA till end of March. Call "
                    "after the season, not before.",
                ),
                due=False,
            ),
            heard(
                "Randall Pitre",
                last_call(),
                noted(
                    date(2025, 10, 27),
                    "Randall coaching midget AAA till end of March. Call "
                    "after the season, not before.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "hit me up in six weeks: ten days ago vs in the spring",
        [
            heard(
                "Aiden Kowalczyk",
                last_call(),
                said(10, "slammed rn, hit me up in 6 wks", "linkedin"),
                due=False,
            ),
            heard(
                "Mirela Constantin",
                said(LONG_AGO + 40, "slammed rn, hit me up in 6 wks", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "construction holiday next summer vs the one last summer",
        [
            told("Gaétan Lévesque", CONSTRUCTION, due=False),
            told(
                "Denis Ménard",
                ("pas avant la fin des vacances de la construction", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "six-month probation from September vs from February",
        [
            told(
                "Melissa Yarrow",
                (
                    "Started at Hydro Ottawa Sept 14, six-month probation - "
                    "leave me till it's done.",
                    date(2026, 9, 21),
                ),
                due=False,
            ),
            told(
                "Clifford Atwater",
                (
                    "Started at Hydro Ottawa Feb 2, six-month probation - leave me till it's done.",
                    date(2026, 2, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave till September 2027 vs a leave that ended in October",
        [
            told("Naledi Mokoena", PARENTAL, due=False),
            told(
                "Stefan Lindqvist",
                ("On parental leave until October - please wait till I'm back.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave till September 2027: due in late September",
        [told("Bronwyn Tiernan", PARENTAL, due=True)],
        week=date(2027, 9, 27),
    ),
    W(
        "the end of Q1 launch, said this month: held back now",
        [
            told(
                "Ignatius Okeke",
                ("Shipping our launch end of Q1, won't look before", date(2026, 11, 2)),
                due=False,
            )
        ],
    ),
    W(
        "the end of Q1 launch: due in April",
        [
            told(
                "Hollis Dunmore",
                ("Shipping our launch end of Q1, won't look before", date(2026, 11, 2)),
                due=True,
            )
        ],
        week=date(2027, 4, 12),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "P.Eng Oct 3, back from Cuba Nov 14, free any time",
        [
            told(
                "Ainsley Brockhurst",
                (
                    "P.Eng stamp Oct 3, finished the Bank St job Oct 30, "
                    "back from Cuba Nov 14 - free to talk any time.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "French: plein de dates, dispo maintenant",
        [
            told(
                "Sylvie Beaudoin",
                (
                    "déménagée le 1er juillet, nouvelle job le 15 août, "
                    "examen de l'Ordre le 3 octobre - pis je suis ouverte à "
                    "jaser quand tu veux",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a Grey Cup weekend and a promo in June, open to talk",
        [
            told(
                "Owen Vandermolen",
                (
                    "Was in Winnipeg for the Grey Cup, promo in June, Q3 closed Sept 30 - none "
                    "of that matters, happy to chat now.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role texted eight days ago vs the same text months ago",
        [
            NotDue(
                "Desirée Halvorsen",
                apps=[JUNE_2025_FINAL],
                touches=[
                    last_call(),
                    touch(8, outcome="no_reply", channel="other", note="Texted the Telus role."),
                ],
            ),
            Due(
                "Lachlan Eriksson",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO, outcome="no_reply", channel="other", note="Texted the Telus role."
                    ),
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago",
        [
            NotDue(
                "Priscilla Wong-Barker",
                apps=[JUNE_2025_FINAL],
                touches=[touch(12, outcome="replied", channel="phone", note="Catch-up, all good.")],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop in January taken back in May",
        [
            heard(
                "Ambrose Kilgour",
                said(date(2026, 1, 12), "Stop contacting me. Thanks."),
                said(
                    date(2026, 5, 25),
                    "Sorry for the grumpy message in January - I'm looking "
                    "again, please get in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "keep me posted hardened into remove me",
        [
            heard(
                "Vivienne Carrow",
                said(date(2026, 2, 2), "Keep me posted! Cheers.", "linkedin"),
                said(date(2026, 8, 24), "Please delete my profile and don't contact me again."),
                due=False,
            )
        ],
    ),
    W(
        "busy till spring, then free after a cancelled project",
        [
            told(
                "Everett Nakashiro",
                ("Busy until spring with the SAP go-live.", date(2026, 11, 2)),
                ("Go-live's cancelled, I'm free to talk now!", date(2026, 11, 16)),
                due=True,
            )
        ],
    ),
    W(
        "any time, then not till after the Stanley Cup final",
        [
            heard(
                "Bartholomew Quinlan",
                said(date(2026, 6, 1), "Any time, always happy to chat. Cheers."),
                said(
                    date(2026, 10, 19),
                    "Scratch that - nothing till after the Stanley Cup "
                    "final in June, I run the arena ops team and it's all hands.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "French: pas avant l'été, puis finalement dispo",
        [
            told(
                "Mireille Archambault",
                ("pas avant l'été prochain, trop dans le jus", date(2026, 10, 5)),
                ("finalement je suis dispo, le projet est tombé. appelle-moi!", date(2026, 11, 9)),
                due=True,
            )
        ],
    ),
    W(
        "a recruiter's DNC later lifted by the candidate",
        [
            heard(
                "Horace Lindgren",
                noted(date(2025, 12, 8), "DNC - cand annoyed by cold calls."),
                said(
                    date(2026, 5, 25),
                    "I'd asked your colleague not to call me in December. "
                    "That's lifted - I'm open to hearing about roles now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "French: dispo, puis pas avant mars",
        [
            heard(
                "Rosalie Thibault",
                said(date(2026, 5, 4), "dispo n'importe quand"),
                said(date(2026, 11, 2), "finalement pas avant mars, on a une fusion au bureau"),
                due=False,
            )
        ],
    ),
]

HELDOUT71_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
