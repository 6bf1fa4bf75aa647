"""Held-out weekly reconnect cases, sixty-fourth set: French-speaking, Benelux and Swiss
hiring, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10's weekly file was opened for its format
only), measured and reported on its own line ("held-out 64").

Everyone here is otherwise due in the week of the case: reached a client's final stage in
June 2025 and lost to one other person, and was last spoken to long before the week (160
days), unless the case is about a recent contact. The recruiters are a Paris cabinet, an
ESN's desk in Lyon, the TA teams of a Geneva bank, a Luxembourg fund administrator, an
Antwerp logistics group and a Montreal scale-up; the voices are ATS shorthand, texts and
WhatsApps, LinkedIn replies, candidates' emails and recruiters' call notes, in French,
English, Dutch and German. What decides is what they told us:

1. opt-outs (an RGPD erasure letter, "STOP" on WhatsApp, a blacklist at his request, Dutch
   and German removals, a LinkedIn "retirez-moi"): never listed; beside each a scoped stop
   that is due (no calls at work, no more ESN missions, newsletter only, a new number);
2. waits counted from the day said (préavis of three months, after the Christmas shutdown,
   the 13th month, end of Q1, a probation, a parental leave, "nicht vor Ostern", "niet voor
   de zomer") not listed while they run and listed once they have, each beside a twin whose
   wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: contacted a few days ago is not listed;
5. the latest word counts: a stop taken back, a wait called off, a "whenever" turned into a
   wait, a "keep me posted" hardened into an erasure.
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
    rating=4.3,
    role="Senior Backend Engineer",
)
LONG_AGO = 160


def last_spoke() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


OPT_OUTS = [
    W(
        "RGPD erasure letter vs no calls at the office",
        [
            heard(
                "Bertrand Lagarde",
                wrote(
                    LONG_AGO,
                    "Conformément au RGPD, je vous demande d'effacer mes données et de cesser "
                    "toute sollicitation.",
                ),
                due=False,
            ),
            heard(
                "Murielle Taillandier",
                wrote(
                    LONG_AGO,
                    "Merci de ne plus m'appeler au bureau, écrivez-moi plutôt sur mon mail perso.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp STOP vs no more ESN missions",
        [
            heard("Kylian Bourdais", wrote(LONG_AGO, "STOP merci", "other"), due=False),
            heard(
                "Noëlle Gaillard",
                wrote(
                    LONG_AGO,
                    "plus de missions en régie svp, seulement des CDI chez des clients finaux",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "blacklist at his request vs newsletter unsubscribed",
        [
            heard(
                "Didier Vernet",
                logged(
                    LONG_AGO, "Cand très remonté, demande à être blacklisté. Ne plus contacter."
                ),
                due=False,
            ),
            heard(
                "Agnès Portal",
                wrote(
                    LONG_AGO,
                    "Je me désabonne de votre newsletter, mais pour les offres ciblées je reste "
                    "preneuse.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch removal vs new phone number",
        [
            heard(
                "Rutger Hofman",
                wrote(
                    LONG_AGO,
                    "Verwijder mij uit jullie systeem, ik wil niet meer gebeld of gemaild worden.",
                ),
                due=False,
            ),
            heard(
                "Marloes Timmer",
                wrote(
                    LONG_AGO,
                    "Mijn nummer is veranderd: 06 12 34 56 78. Blijf me gerust benaderen.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German removal vs no calls before six",
        [
            heard(
                "Urs Baumgartner",
                wrote(
                    LONG_AGO, "Bitte löschen Sie meine Daten und kontaktieren Sie mich nicht mehr."
                ),
                due=False,
            ),
            heard(
                "Corinne Stucki",
                wrote(LONG_AGO, "Bitte nicht vor 18 Uhr anrufen, sonst gerne."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn 'retirez-moi' vs not that client",
        [
            heard(
                "Sylvie Marchetti",
                wrote(LONG_AGO, "Retirez-moi de vos fichiers, merci.", "other"),
                due=False,
            ),
            heard(
                "Raoul Besnard",
                wrote(
                    LONG_AGO,
                    "Tout sauf la Banque Lémanique, j'en garde un mauvais souvenir. Le reste "
                    "m'intéresse.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "English: never again vs feedback owed",
        [
            heard(
                "Gordon Ashcroft", wrote(LONG_AGO, "Never contact me again. I mean it."), due=False
            ),
            heard(
                "Imogen Fairbairn",
                wrote(
                    LONG_AGO,
                    "Still owed feedback from the Luxembourg final - but yes, keep me on your "
                    "radar.",
                ),
                due=True,
            ),
        ],
    ),
]

NOTICE_3M = ("Démission posée, préavis de 3 mois, pas dispo avant fin février.", date(2026, 11, 16))

WAITS = [
    W(
        "three months' préavis given last week vs one month served long ago",
        [
            told("Clément Aubry", NOTICE_3M, due=False),
            told(
                "Yasmine Belhadj",
                ("Préavis d'un mois posé, libre début août.", date(2026, 7, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' préavis: due in March",
        [told("Gaétan Roussel", NOTICE_3M, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "after the Christmas shutdown vs after the August shutdown",
        [
            told(
                "Sandrine Mallet",
                ("On en reparle après la fermeture de Noël.", date(2026, 11, 2)),
                due=False,
            ),
            told("Marius Tardieu", ("Après la fermeture d'août.", date(2026, 7, 10)), due=True),
        ],
    ),
    W(
        "after the Christmas shutdown: due in January",
        [
            told(
                "Honorine Lacombe",
                ("On en reparle après la fermeture de Noël.", date(2026, 11, 2)),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "13th month in December vs bonus in March already paid",
        [
            told(
                "Frédérique Schmit",
                ("Attend son 13e mois de décembre avant de bouger.", date(2026, 10, 20)),
                due=False,
            ),
            told("Jean-Marc Weis", ("Attend sa prime de mars.", date(2026, 1, 15)), due=True),
        ],
    ),
    W(
        "Dutch: niet voor de zomer vs na de kerst, said last year",
        [
            told(
                "Hidde Koster",
                ("Niet voor de zomer van 2027, ik zit midden in een traject.", date(2026, 11, 9)),
                due=False,
            ),
            told("Mieke Brinkman", ("Pas na de kerst.", date(2025, 11, 20)), due=True),
        ],
    ),
    W(
        "German: nicht vor Ostern vs nach den Sommerferien",
        [
            told("Reto Kälin", ("Bitte nicht vor Ostern.", date(2026, 11, 5)), due=False),
            told("Brigitte Suter", ("Nach den Sommerferien wieder.", date(2026, 6, 20)), due=True),
        ],
    ),
    W(
        "probation just started vs probation ended",
        [
            heard(
                "Jessica Lemoine",
                logged(
                    date(2026, 10, 26), "Vient de démarrer, période d'essai de 4 mois, pas avant."
                ),
                due=False,
            ),
            heard(
                "Nathan Collet",
                logged(
                    date(2026, 3, 2), "Vient de démarrer, période d'essai de 4 mois, pas avant."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave to end of March vs ended",
        [
            told(
                "Armelle Blot", ("Congé parental jusqu'à fin mars.", date(2026, 10, 1)), due=False
            ),
            told(
                "Florence Huet",
                ("Congé parental jusqu'à fin septembre.", date(2026, 4, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "end of Q1 go-live vs end of Q3 go-live",
        [
            told(
                "Bram Dijkstra",
                ("Not before the end of Q1 - go-live.", date(2026, 11, 10)),
                due=False,
            ),
            told("Saskia Mol", ("Not before the end of Q3 - go-live.", date(2026, 6, 1)), due=True),
        ],
    ),
    W(
        "in two months said last month vs said in the spring",
        [
            told("Hadrien Navarro", ("Relance-moi dans deux mois.", date(2026, 10, 19)), due=False),
            told("Zoé Marty", ("Relance-moi dans deux mois.", date(2026, 4, 6)), due=True),
        ],
    ),
    W(
        "CFA exam in February",
        [
            told(
                "Gauthier Hebert",
                ("Examen CFA niveau 3 en février, pas avant.", date(2026, 10, 12)),
                due=False,
            ),
            told(
                "Ludivine Morin",
                ("Examen CFA en août, après ça on parle.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "mission ending in June 2027 vs mission ended in October",
        [
            told(
                "Killian Prevost",
                (
                    "Ma mission en portage court jusqu'à fin juin 2027, pas avant.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told("Maëva Gros", ("Ma mission se termine fin octobre.", date(2026, 9, 1)), due=True),
        ],
    ),
    W(
        "mission ending in June 2027: due in July 2027",
        [
            told(
                "Ambroise Leduc",
                (
                    "Ma mission en portage court jusqu'à fin juin 2027, pas avant.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
        ],
        week=date(2027, 7, 5),
    ),
    W(
        "not before 2028 after joining a new job",
        [
            told(
                "Lisa Ammann",
                (
                    "Je viens de rejoindre une banque, laissez-moi un an au minimum, pas avant "
                    "2028.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Ophélie Costes",
                ("Laissez-moi un an pour m'installer.", date(2025, 9, 1)),
                due=True,
            ),
        ],
    ),
]

NO_WAIT = [
    W(
        "a note full of dates that asks for no wait",
        [
            heard(
                "Renaud Fleury",
                logged(
                    30,
                    "Point 23/10 : arrivé chez Ubiq en 03/2022, promu 09/2024, RTT posés "
                    "24/12-02/01 comme chaque année. Ouvert aux opportunités dès maintenant.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an email with dates and no wait",
        [
            heard(
                "Floor Verbruggen",
                wrote(
                    45,
                    "Back from holiday on 5 Oct, team restructure announced 1 Oct. Free to talk "
                    "any time.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a German note with dates and no wait",
        [
            heard(
                "Roger Hänni",
                wrote(
                    40,
                    "Seit 1. März 2024 bei der Post, Vertrag unbefristet, Gespräche jederzeit "
                    "möglich.",
                ),
                due=True,
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "texted five days ago vs spoke months ago",
        [
            heard("Anthony Mercier", touch(5, "outbound", "no_reply", channel="other"), due=False),
            heard("Laure Boucher", last_spoke(), due=True),
        ],
    ),
    W(
        "call two weeks ago vs call in the spring",
        [
            heard("Benoît Masson", touch(14, "outbound", "replied", channel="phone"), due=False),
            heard("Élisa Ferry", touch(190, "outbound", "replied", channel="phone"), due=True),
        ],
    ),
]

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Magali Robert",
                wrote(date(2026, 2, 10), "stop, ne me contactez plus", "other"),
                wrote(
                    date(2026, 6, 1),
                    "Désolée pour mon message de février, je suis de nouveau ouverte aux "
                    "propositions.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "keep me posted hardened into erasure",
        [
            heard(
                "Thibault Renaud",
                wrote(date(2026, 2, 2), "Tenez-moi au courant."),
                wrote(date(2026, 6, 8), "Effacez mes données, je ne veux plus être contacté."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Wendy Claes",
                wrote(date(2026, 9, 7), "Niet voor april, mijn contract loopt tot dan."),
                wrote(
                    date(2026, 10, 12),
                    "Vergeet april: contract vroegtijdig beëindigd, ik ben nu beschikbaar.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'whenever' turned into 'not before March'",
        [
            heard(
                "Sébastien Gilles",
                wrote(date(2026, 5, 4), "Quand tu veux."),
                wrote(date(2026, 8, 3), "En fait pas avant mars, je reprends une équipe."),
                due=False,
            ),
        ],
    ),
    W(
        "erasure, then back, then stop again",
        [
            heard(
                "Gwenaëlle Hamel",
                wrote(date(2025, 12, 1), "Supprimez mes données."),
                wrote(date(2026, 3, 2), "Finalement je suis intéressée, recontactez-moi."),
                wrote(date(2026, 6, 1), "Non, arrêtez vraiment de m'écrire maintenant."),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC then the candidate's 'please call me'",
        [
            heard(
                "Olivier Jacquet",
                logged(date(2026, 1, 12), "DNC à sa demande."),
                wrote(
                    date(2026, 6, 15),
                    "Je sais que j'avais demandé à ne plus être contacté, mais je cherche "
                    "maintenant. Appelez-moi.",
                ),
                due=True,
            ),
        ],
    ),
]

EXTRA = [
    W(
        "Dutch: keep me on file, just not by phone vs please forget me",
        [
            heard(
                "Evert Jonker",
                wrote(LONG_AGO, "Vergeet mij alstublieft, ik wil nergens meer in staan."),
                due=False,
            ),
            heard(
                "Tessa Vos",
                wrote(LONG_AGO, "Niet bellen, wel mailen - ik blijf geinteresseerd."),
                due=True,
            ),
        ],
    ),
    W(
        "German: nach dem Umzug im Februar vs Umzug erledigt",
        [
            told(
                "Marco Zürcher", ("Erst nach dem Umzug im Februar.", date(2026, 11, 2)), due=False
            ),
            told(
                "Heidi Odermatt", ("Erst nach dem Umzug im September.", date(2026, 6, 2)), due=True
            ),
        ],
    ),
    W(
        "after the Christmas shutdown said a year ago is over",
        [
            told(
                "Maxence Dufour",
                (
                    "Pas avant la rentrée de janvier, après la fermeture de Noël.",
                    date(2025, 11, 24),
                ),
                due=True,
            ),
        ],
    ),
]

HELDOUT64_WEEKLY_CASES: list[WeeklyCase] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
    *RESTRAINT,
    *LATEST,
    *EXTRA,
]
