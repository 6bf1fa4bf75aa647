"""Held-out weekly reconnect cases, sixty-ninth set: an executive-search boutique's and in-house
leadership hiring teams' own words, written by a stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at), measured and reported on its
own line ("held-out 69").

Everyone here is otherwise due in the week of the case: reached the final round with a
client's board in May 2025 and lost to one other person, and was last spoken to long before the
week (170 days, past a silver medalist's cadence), unless the case is about a recent contact.
The voices are search partners' terse notes, researchers' file notes, executive assistants'
emails, LinkedIn replies, lawyers' letters and WhatsApps from CFOs, CTOs, CROs and NEDs in the
UK, the US, Germany and France, a few in German and French. What decides is what they told us:

1. opt-outs (a lawyer's letter, an EA's removal request, "never contact me" on LinkedIn, a
   partner's DNC, German and French, a GDPR erasure): never listed; beside each a scoped stop that
   is due (not through my EA, not on LinkedIn, not that client, no newsletter, a new address);
2. waits counted from the day said and checked both ways: six months' garden leave, a
   12-month non-compete, an LTIP vesting in March, a deferred bonus, after the AGM ("nach der
   Hauptversammlung"), "pas avant la rentrée", a notice period, a sabbatical into 2027: not listed
   while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year in the new seat" is not;
4. plain restraint: a call last week is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into a removal
   is not, a wait called off early is due, "any time" turned into "after the listing" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    "Final with the board, lost to the other finalist",
    rating=4.5,
    role="Chief Financial Officer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (LinkedIn with ``channel="linkedin"``, WhatsApp with ``"other"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A partner's or researcher's note in the file."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due --------------------------------------

OPT_OUTS = [
    W(
        "a lawyer's letter: no further approaches vs a lawyer's note on covenants only",
        [
            heard(
                "Algernon Pettiquin",
                wrote(
                    LONG_AGO,
                    "We act for Mr Pettiquin, who does not consent to any further approach from "
                    "your firm. Kindly erase his data and confirm. Fenwick Ashe LLP",
                ),
                due=False,
            ),
            heard(
                "Tancred Oyedele",
                wrote(
                    LONG_AGO,
                    "We act for Mr Tancred Oyedele on his restrictive covenants only; he is "
                    "content to hear from you directly about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an EA: please remove him vs please stop copying me in",
        [
            heard(
                "Hadrian Coulthard",
                wrote(
                    LONG_AGO,
                    "On behalf of Hadrian: he's asked that your firm remove him from its lists "
                    "and not approach him again. Thanks, Jess (EA)",
                ),
                due=False,
            ),
            heard(
                "Evelina Marsh-Obi",
                wrote(
                    LONG_AGO,
                    "Please stop copying me into search emails for Evelina - write to her "
                    "directly, she's open to a chat. Thanks, Priya (EA)",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me vs not on LinkedIn, email instead",
        [
            heard(
                "Colby Hendrickson",
                wrote(LONG_AGO, "Not interested. Never contact me again.", "linkedin"),
                due=False,
            ),
            heard(
                "Marisa Delacroix-Ball",
                wrote(
                    LONG_AGO,
                    "Please don't use LinkedIn for this - my email is on my profile, use that.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "partner's DNC vs not for that one client",
        [
            heard(
                "Ignatius Pembrowe",
                noted(
                    LONG_AGO, "DNC - furious about the approach, escalated to our MD. Never again."
                ),
                due=False,
            ),
            heard(
                "Wilfred Oakenshaw",
                noted(
                    LONG_AGO,
                    "Not to be presented to Marwick Holdings (ex-employer). Everything else fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: keine Kontaktaufnahme mehr vs keine Anrufe, E-Mail gern",
        [
            heard(
                "Volkmar Heidenreich",
                wrote(
                    LONG_AGO,
                    "Ich wünsche keine weitere Kontaktaufnahme durch Ihr Haus. Bitte löschen Sie "
                    "meine Daten.",
                ),
                due=False,
            ),
            heard(
                "Irmgard Sonnleitner",
                wrote(LONG_AGO, "Bitte keine Anrufe mehr, aber per E-Mail gern weiterhin."),
                due=True,
            ),
        ],
    ),
    W(
        "French: ne plus me solliciter vs désabonnement de la newsletter",
        [
            heard(
                "Thierry Montbrison",
                wrote(
                    LONG_AGO,
                    "Je vous demande de ne plus me solliciter, à aucun titre. Merci.",
                ),
                due=False,
            ),
            heard(
                "Fleur Aubertin",
                wrote(
                    LONG_AGO,
                    "Merci de me retirer de la newsletter ; pour les missions, continuez de "
                    "m'écrire.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "GDPR erasure vs a new private address for the file",
        [
            heard(
                "Sigismund Rowe",
                wrote(
                    LONG_AGO, "I am exercising my right to erasure under GDPR. Delete everything."
                ),
                due=False,
            ),
            heard(
                "Octavia Fairclough",
                wrote(
                    LONG_AGO,
                    "New private address for your records: octavia.f@proton.me - the corporate "
                    "one dies when I leave. Do keep in touch.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp 'stop messaging me' vs 'not on whatsapp, email pls'",
        [
            heard(
                "Duncan Maclennan",
                wrote(LONG_AGO, "stop messaging me. not interested. ever", "other"),
                due=False,
            ),
            heard(
                "Rory Buchanan-Tait",
                wrote(LONG_AGO, "not on whatsapp pls, email me instead - still keen", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to our outreach vs 'no thanks to this one'",
        [
            heard(
                "Lancelot Brierholme",
                touch(LONG_AGO + 3, "outbound", None, "re_engagement", channel="email"),
                wrote(LONG_AGO, "no thanks - Lancelot"),
                due=False,
            ),
            heard(
                "Honoria Pettigrew",
                touch(LONG_AGO + 3, "outbound", None, "re_engagement", channel="email"),
                wrote(LONG_AGO, "No thanks to this one - wrong sector - but do try me again."),
                due=True,
            ),
        ],
    ),
    W(
        "a partner's DNC at the candidate's request vs no more calls from the junior researcher",
        [
            heard(
                "Radclyffe Osgood",
                noted(LONG_AGO, "RO asked on the phone never to be contacted by us again. DNC."),
                due=False,
            ),
            heard(
                "Marguerite Penhallow",
                noted(
                    LONG_AGO,
                    "MP asked that only the partner calls her, not the research team. Open "
                    "to the right chair role.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German EA: Herr Doktor wünscht keine Anfragen vs nur über das Sekretariat",
        [
            heard(
                "Dr. Eckart Vollmerhaus",
                wrote(
                    LONG_AGO,
                    "Herr Dr. Vollmerhaus wünscht künftig keinerlei Anfragen von Personalberatern. "
                    "Mit freundlichen Grüßen, Sekretariat",
                ),
                due=False,
            ),
            heard(
                "Dr. Cornelia Stadelmaier",
                wrote(
                    LONG_AGO,
                    "Bitte vereinbaren Sie Termine mit Frau Dr. Stadelmaier nur über das "
                    "Sekretariat. Sie ist für Gespräche offen.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

GARDEN = ("Six months' garden leave from 2 Nov - no start before May.", date(2026, 11, 2))
NONCOMPETE = (
    "12-month non-compete from his last day (30 Sep) - can't talk to competitors till it lapses.",
    date(2026, 10, 5),
)
LTIP = ("LTIP vests in March - won't move before it pays out.", date(2026, 10, 19))
AGM = ("Nach der Hauptversammlung im Juni gern wieder melden, vorher nicht.", date(2026, 11, 2))
RENTREE = (
    "Pas avant la rentrée de septembre 2027 - les enfants finissent au lycée.",
    date(2026, 10, 12),
)
SABBATICAL = (
    "Off on a sabbatical from December till January 2028 - back in touch then.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "six months' garden leave from November vs six months that ended in September",
        [
            told("Lucius Hargreaves", GARDEN, due=False),
            told(
                "Bertrand Okafor",
                ("Six months' garden leave from 2 March - free after.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "six months' garden leave from November: due in May",
        [told("Cosmo Fairhurst", GARDEN, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "a 12-month non-compete from September vs one from a year before",
        [
            told("Leighton Cabot", NONCOMPETE, due=False),
            told(
                "Raymond Asquith-Lee",
                (
                    "12-month non-compete from his last day - can't talk to competitors till "
                    "it lapses.",
                    date(2025, 9, 29),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a 12-month non-compete from September: due the October after",
        [told("Percival Nightingale", NONCOMPETE, due=True)],
        week=date(2027, 10, 11),
    ),
    W(
        "LTIP vests in March vs LTIP that vested last March",
        [
            told("Gresham Wilde", LTIP, due=False),
            told(
                "Humphrey Achterberg",
                ("LTIP vests in March - won't move before it pays out.", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "LTIP vests in March: due in April",
        [told("Saffron Llewenydd", LTIP, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "German: after the AGM in June vs the AGM in June is past",
        [
            told("Dankwart Seelig", AGM, due=False),
            told(
                "Roswitha Kampmann",
                ("Nach der Hauptversammlung im Juni gern wieder melden.", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "German: after the AGM in June: not due in March",
        [told("Gottfried Brenninkmeyer", AGM, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "French: not before la rentrée 2027 vs la rentrée 2026 is past",
        [
            told("Anselme Vaudreuil", RENTREE, due=False),
            told(
                "Margaux Clairvaux",
                (
                    "Pas avant la rentrée de septembre - les enfants finissent l'année.",
                    date(2026, 4, 6),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: not before la rentrée 2027: due in late September 2027",
        [told("Edmée Castelnau", RENTREE, due=True)],
        week=date(2027, 9, 27),
    ),
    W(
        "a sabbatical till January 2028: not due in autumn 2027",
        [told("Ivor Trelawny-Hughes", SABBATICAL, due=False)],
        week=date(2027, 10, 4),
    ),
    W(
        "an EA: deferred bonus in April vs a bonus already paid",
        [
            heard(
                "Cordelia Whitbread",
                wrote(
                    date(2026, 11, 2),
                    "Hi, Cordelia's deferred bonus pays in April; she won't entertain moves "
                    "before then. Kind regards, her EA",
                ),
                due=False,
            ),
            heard(
                "Araminta Gosling",
                wrote(
                    date(2026, 1, 12),
                    "Hi, Araminta's deferred bonus pays in April; nothing before then. Kind "
                    "regards, her EA",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice handed in last week vs three months handed in in June",
        [
            heard(
                "Fitzroy Akindele",
                noted(date(2026, 11, 16), "FA resigned today, 3m notice - nothing before Feb."),
                due=False,
            ),
            heard(
                "Jocelyn Tresham",
                noted(date(2026, 6, 8), "JT resigned today, 3m notice - nothing before Sept."),
                due=True,
            ),
        ],
    ),
    W(
        "after the Q1 close: not due in February, due in late April",
        [
            told(
                "Evangeline Thorogood",
                ("Q1 close ends March - nothing before April.", date(2026, 11, 9)),
                due=False,
            )
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "after the Q1 close: due in late April",
        [
            told(
                "Maximilian Odumbeke",
                ("Q1 close ends March - nothing before April.", date(2026, 11, 9)),
                due=True,
            )
        ],
        week=date(2027, 4, 26),
    ),
    W(
        "French: préavis de trois mois from November vs from June",
        [
            heard(
                "Anatole Rochemaure",
                wrote(
                    date(2026, 11, 9),
                    "J'ai démissionné ce matin, préavis de trois mois : pas avant février.",
                ),
                due=False,
            ),
            heard(
                "Victoire Lambesc",
                wrote(
                    date(2026, 6, 8),
                    "J'ai démissionné ce matin, préavis de trois mois : pas avant septembre.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a career history full of dates vs 'give me a year in the new seat'",
        [
            told(
                "Clement Ashdown",
                (
                    "CFO at Brayfield 2019-2023, interim at Oaklands Mar-Nov 2024, NED since "
                    "Jan 2025. Open to calls any time.",
                    date(2026, 6, 1),
                ),
                due=True,
            ),
            told(
                "Peregrine Vellacott",
                (
                    "Started as CTO at Lumen on 1 Oct - give me a year in the new seat.",
                    date(2026, 10, 5),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "an EA's list of free slots is no wait",
        [
            heard(
                "Blanche Ravenhill",
                wrote(
                    LONG_AGO,
                    "Blanche can do 12, 14 or 19 June for a call; away 1-9 July. Very open to "
                    "the right role. Her EA",
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call last week vs the same call months ago",
        [
            NotDue(
                "Hamilton Stroud",
                apps=[MAY_2025_FINAL],
                touches=[touch(6, "outbound", "replied", channel="phone")],
            ),
            Due(
                "Fergus Abernairn",
                apps=[MAY_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "replied", channel="phone")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me posted' hardened into a removal",
        [
            heard(
                "Barnabas Quayle",
                wrote(date(2026, 1, 12), "Please stop contacting me. Thanks."),
                wrote(
                    date(2026, 6, 15),
                    "Ignore my January email - I'm open to hearing about roles again.",
                ),
                due=True,
            ),
            heard(
                "Drusilla Marchmont",
                wrote(date(2026, 1, 12), "Keep me posted on anything interesting."),
                wrote(
                    date(2026, 6, 15), "Please take me off your list, I'm done with search firms."
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'any time' turned into 'after the listing'",
        [
            heard(
                "Ellery Vantoorenbeek",
                noted(date(2026, 9, 7), "EV: not before the LTIP vests next summer."),
                wrote(date(2026, 10, 12), "Board let me go early, LTIP settled - call me now."),
                due=True,
            ),
            heard(
                "Wystan Carrow",
                wrote(date(2026, 9, 7), "Call me any time."),
                wrote(
                    date(2026, 10, 12),
                    "Change of plan: the board want me to see the listing through next "
                    "autumn, so nothing till after that.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "German: Sperre aufgehoben vs erst Interesse, dann Löschung",
        [
            heard(
                "Ortwin Leibfried",
                noted(date(2026, 2, 2), "OL: bitte nicht mehr kontaktieren."),
                wrote(date(2026, 7, 6), "Ich bin doch wieder offen für Gespräche - gern melden."),
                due=True,
            ),
            heard(
                "Hiltrud Wassermann",
                wrote(date(2026, 2, 2), "Gern auf dem Laufenden halten."),
                wrote(
                    date(2026, 7, 6),
                    "Bitte löschen Sie meine Daten und kontaktieren Sie mich nicht mehr. Danke.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "French: no, then yes, then no again",
        [
            heard(
                "Gontran Lespinasse",
                wrote(date(2026, 1, 5), "Ne plus me contacter."),
                wrote(date(2026, 4, 6), "Finalement, je suis ouvert à des échanges."),
                wrote(
                    date(2026, 7, 6), "Je reviens sur ma décision : ne plus me contacter, merci."
                ),
                due=False,
            ),
            heard(
                "Bénédicte Sauvageot",
                wrote(date(2026, 1, 5), "Pas maintenant."),
                wrote(date(2026, 7, 6), "C'est le bon moment, contactez-moi."),
                due=True,
            ),
        ],
    ),
    W(
        "remove me, then a new address and 'please do write' vs one word later: stop",
        [
            heard(
                "Cuthbert Ingleby",
                wrote(date(2026, 3, 2), "Remove me from your mailing list."),
                wrote(
                    date(2026, 8, 3), "New address - please do write to me here about CFO roles."
                ),
                due=True,
            ),
            heard(
                "Rosalind Featherwyck",
                wrote(date(2026, 3, 2), "Happy to chat in the summer.", "linkedin"),
                wrote(date(2026, 8, 3), "STOP. Do not contact me again.", "linkedin"),
                due=False,
            ),
        ],
    ),
    W(
        "'after Christmas' said last year, then 'now's good' vs 'now' turned into 'after the deal'",
        [
            heard(
                "Silas Kettering",
                wrote(date(2025, 11, 24), "After Christmas please."),
                wrote(date(2026, 5, 4), "Now's a good time - call me."),
                due=True,
            ),
            heard(
                "Auberon Quiller",
                wrote(date(2026, 5, 4), "Now's a good time - call me."),
                wrote(
                    date(2026, 10, 19),
                    "We've signed a sale - I'm tied in until completion in March. After that.",
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT69_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
