"""Held-out weekly reconnect cases, twenty-seventh set: the words of recruiters placing people with
architecture, construction-management and civil and structural engineering consultancies in
Germany, Austria, Switzerland, Poland, Australia and Singapore, written by a twenty-seventh
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at), measured and reported on its own line ("held-out 27").

Everyone here is otherwise due in the week of the case: reached the final round in March 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The people are the consultancies' digital-delivery
engineers (the same profile throughout), and what they told us is about site life: Probezeit and
Kündigungsfrist, the Christmas shutdown and Australia Day, Chinese New Year bonuses, Fasnacht,
Wigilia, Elternzeit, the IStructE exam. The voices: ATS shorthand, German and Polish WhatsApps,
Aussie texts, a PDPA letter from Singapore, Swiss French, LinkedIn replies and long rambling call
notes. What decides is what they told us:

1. opt-outs (a DSGVO erasure, no more WhatsApp or anything else, a Polish erasure, "don't
   contact me again" from an Aussie, a PDPA withdrawal of consent, a DNC after an upset call to
   reception, French from Geneva, a LinkedIn block, a withdrawal note asking to be wiped): never
   listed; beside each a near-miss that is due (a new email address, email instead of WhatsApp,
   email instead of a monitored work phone, not the Darwin job, a PDPA access request, a new
   number, the private address instead of the work one, email instead of LinkedIn, emigrating
   to Perth and wanting Perth roles);
2. waits counted from the day said and checked both ways: three months to the quarter's end, after
   Australia Day, after the Chinese New Year bonus, Elternzeit to the end of April, a Probezeit
   to the end of February, after Wigilia, after Fasnacht, the IStructE exam in April: not listed
   while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" is not;
4. plain restraint: a role sent by WhatsApp eight days ago, a coffee three weeks ago and a
   LinkedIn message five days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and "keep me posted" turned into an
   unsubscribe is not; a wait called off early is due; "anytime" turned into "after Easter" is
   not; a recruiter's DNC lifted by the candidate is due; "left construction" followed by
   "back and keen" is due, and the reverse is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MARCH_2025_FINAL = app(
    date(2025, 3, 17),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Digital Delivery Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``channel="other"`` for WhatsApp or SMS, ``"linkedin"``), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MARCH_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due, apps=None) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=apps or [MARCH_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "a DSGVO erasure vs a new email address for the file",
        [
            heard(
                "Gunther Eichelberger",
                wrote(
                    LONG_AGO,
                    "Hiermit widerspreche ich jeder weiteren Kontaktaufnahme und verlange die "
                    "Löschung meiner Daten nach Art. 17 DSGVO.",
                ),
                due=False,
            ),
            heard(
                "Margarethe Ziegenbalg",
                wrote(
                    LONG_AGO,
                    "Bitte hinterlegen Sie meine neue E-Mail-Adresse, die alte läuft Ende des "
                    "Monats aus. Angebote gern weiterhin.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "no more WhatsApp and nothing else either vs email instead of WhatsApp",
        [
            heard(
                "Lorenz Habermehl",
                wrote(
                    LONG_AGO, "Bitte keine WhatsApp mehr. Und auch sonst nichts. Danke.", "other"
                ),
                due=False,
            ),
            heard(
                "Helmut Fenzl",
                wrote(
                    LONG_AGO,
                    "Bitte keine WhatsApp, lieber per Mail - Stellen gern weiter schicken.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: delete my data and stop contacting me vs email only, the work phone is watched",
        [
            heard(
                "Ryszard Gwiazdowski",
                wrote(LONG_AGO, "Proszę o usunięcie moich danych i zaprzestanie kontaktu."),
                due=False,
            ),
            heard(
                "Wiesław Olszewski",
                wrote(
                    LONG_AGO,
                    "Proszę o kontakt tylko mailowy, telefon służbowy jest monitorowany.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'don't contact me again' from an Aussie vs not the Darwin job, Brissie yes",
        [
            heard(
                "Shane Pockett",
                wrote(LONG_AGO, "nah mate all good, don't contact me again thanks", "other"),
                due=False,
            ),
            heard(
                "Troy Bannister",
                wrote(LONG_AGO, "nah mate not the darwin one, hit me up for brissie jobs", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a PDPA withdrawal of consent vs a PDPA access request",
        [
            heard(
                "Chia Boon Huat",
                wrote(
                    LONG_AGO,
                    "I hereby withdraw my consent under the PDPA for your company to collect, "
                    "use or disclose my personal data. Please cease all contact.",
                ),
                due=False,
            ),
            heard(
                "Quek Li Ting",
                wrote(
                    LONG_AGO,
                    "Under the PDPA, could you let me know what personal data you hold on me? "
                    "Happy to keep receiving relevant roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "DNC after an upset call to reception vs a call to reception to update her number",
        [
            heard(
                "Jennifer Battersby",
                noted(
                    LONG_AGO,
                    "Cand rang reception very upset about the no. of calls, wants off every "
                    "list. DO NOT CONTACT.",
                ),
                due=False,
            ),
            heard(
                "Kimberley Strudwick",
                noted(
                    LONG_AGO,
                    "Cand rang reception to update her mobile - the old no. was her work phone.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: no more contact from your firm vs not on my work number",
        [
            heard(
                "Aurélien Favre-Bulle",
                wrote(
                    LONG_AGO,
                    "Je ne souhaite plus être contacté par votre cabinet. Merci de supprimer "
                    "mon dossier.",
                ),
                due=False,
            ),
            heard(
                "Thibault Rochat",
                wrote(
                    LONG_AGO,
                    "Je ne souhaite plus être contacté sur mon numéro professionnel - merci "
                    "d'utiliser mon adresse privée.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a LinkedIn block vs email rather than LinkedIn",
        [
            heard(
                "Shaun Colebrook",
                wrote(LONG_AGO, "Blocking you now. Do not message me again.", "linkedin"),
                due=False,
            ),
            heard(
                "Warrick Ellison",
                wrote(
                    LONG_AGO,
                    "Barely on here - email me at the address on my CV, I do read those.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "withdrew and asked to be wiped, leaving engineering vs emigrating, wants Perth roles",
        [
            NotDue(
                "Annika Lindqvist-Meyer",
                apps=[
                    app(
                        date(2025, 3, 17),
                        "final",
                        "withdrew",
                        "not_interested",
                        "Withdrew before the final - leaving engineering, asked us to wipe her "
                        "details.",
                        role="Digital Delivery Engineer",
                    )
                ],
                touches=[last_spoke()],
            ),
            Due(
                "Henrietta Falkenstein",
                apps=[
                    app(
                        date(2025, 3, 17),
                        "final",
                        "withdrew",
                        "location",
                        "Withdrew before the final - emigrating to Perth in March, wants to "
                        "hear about Perth roles.",
                        role="Digital Delivery Engineer",
                    )
                ],
                touches=[last_spoke()],
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

QUARTER = (
    "Kündigung ist raus, drei Monate zum Quartalsende - frühestens ab 01.04. verfügbar.",
    date(2026, 11, 2),
)
AUS_DAY = (
    "flat out till the christmas shutdown, don't bother me till after australia day",
    date(2026, 10, 26),
)
CNY = (
    "Bonus paid after Chinese New Year - not moving before mid-Feb.",
    date(2026, 9, 21),
)
ELTERNZEIT = ("Elternzeit bis Ende April 2027, vorher keine Gespräche.", date(2026, 10, 12))
PROBEZEIT = ("Probezeit bis 28.02.2027, bis dahin kein Wechsel.", date(2026, 9, 28))
WIGILIA = ("do wigilii urwanie głowy, odezwij się w styczniu", date(2026, 11, 2))
FASNACHT = (
    "Bis nach der Fasnacht bin ich raus - ab März wieder erreichbar.",
    date(2026, 11, 9),
)
ISTRUCTE = (
    "IStructE exam is in April - don't put me forward for anything before it.",
    date(2026, 10, 19),
)

WAITS = [
    W(
        "three months to the quarter's end from November vs from June",
        [
            told("Gebhard Rottenkolber", QUARTER, due=False),
            told(
                "Siegfried Oberhauser",
                ("Gekündigt zum 30.09., ab Oktober frei.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "three months to the quarter's end: due in April",
        [told("Eckart Vilsmeier", QUARTER, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after Australia Day, said in October vs said the October before",
        [
            told("Jye Hollioake", AUS_DAY, due=False),
            told(
                "Bryce Kennewell",
                ("flat chat till the shutdown, ring me after australia day", date(2025, 10, 27)),
                due=True,
            ),
        ],
    ),
    W(
        "after Australia Day: due in February",
        [told("Kane Marshallsea", AUS_DAY, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "after the CNY bonus, said in September vs after last year's CNY",
        [
            told("Seow Kian Hwee", CNY, due=False),
            told(
                "Lau Mun Yee",
                ("Will move only after CNY bonus, so Feb or March.", date(2025, 10, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "after the CNY bonus: due in March",
        [told("Kwek Jun Wei", CNY, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "Elternzeit to the end of April vs Elternzeit that ended in October",
        [
            told("Hinnerk Bockelmann", ELTERNZEIT, due=False),
            told(
                "Frauke Dierksen",
                ("Elternzeit bis Anfang Oktober, danach gern.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "Elternzeit to the end of April: due in May",
        [told("Kerstin Lüdemann", ELTERNZEIT, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "a Probezeit to 28.02. vs one that ended in September",
        [
            told("Waldemar Kreuzkamp", PROBEZEIT, due=False),
            told(
                "Uwe Scheidemantel",
                ("Probezeit endet 30.09., danach offen für Neues.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "a Probezeit to 28.02.: due in March",
        [told("Reinhard Ebersbach", PROBEZEIT, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Polish: after Wigilia, said in November vs after the holidays, said in June",
        [
            told("Czesław Dąbrowiecki", WIGILIA, due=False),
            told(
                "Halina Kubacka",
                ("po wakacjach możemy rozmawiać", date(2026, 6, 22)),
                due=True,
            ),
        ],
    ),
    W(
        "after Wigilia: due in January",
        [told("Stanisława Pokorska", WIGILIA, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "after Fasnacht, said in November vs 'nach der Fasnacht' said last winter",
        [
            told("Thierry Burckhardt-Iselin", FASNACHT, due=False),
            told(
                "Mathis Sarasin",
                ("Nach der Fasnacht gern wieder, vorher keine Zeit.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Fasnacht: due in March",
        [told("Dominik Vischer", FASNACHT, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "the IStructE exam next April vs the exam sat this April",
        [
            told("Ruairi Cadogan", ISTRUCTE, due=False),
            told(
                "Niamh Gilhooly",
                ("Sitting the IStructE exam in April, nothing till then.", date(2026, 1, 26)),
                due=True,
            ),
        ],
    ),
    W(
        "the IStructE exam in April: due in May",
        [told("Cormac Tierney-Walsh", ISTRUCTE, due=True)],
        week=date(2027, 5, 3),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "holiday, new site since September, topping-out on the 6th vs give me a year to settle",
        [
            told(
                "Ludwig Pfisterer",
                (
                    "Urlaub 12.-26.10. in Kroatien, seit 01.09. neue Baustelle in Augsburg, "
                    "Richtfest war am 06.11. - gern telefonieren, am besten abends.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Egon Mitterhuber",
                ("Erst am 01.09. angefangen - bitte ein Jahr Ruhe.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "back from Bali on the 3rd, TOP on 28 Oct, free any evening",
        [
            told(
                "Tay Siew Hoon",
                (
                    "Back from Bali on 3 Nov, TOP for the Punggol block was 28 Oct, free to "
                    "talk any evening.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "an RDO on the 14th and a storm shutdown, happy to chat whenever",
        [
            heard(
                "Nathan Coppleson",
                touch(LONG_AGO, "outbound", "replied", channel="phone"),
                wrote(
                    LONG_AGO - 10,
                    "rdo on the 14th, site was shut 2-4 for the storm. happy to chat whenever "
                    "suits",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Polish: back from leave on the 5th, final handover on 20 Oct, can talk",
        [
            told(
                "Bogumiła Wierzbicka",
                (
                    "wróciłam z urlopu 5.11, odbiór końcowy budynku był 20.10 - możemy rozmawiać",
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
        "a role sent by WhatsApp eight days ago vs the same months ago",
        [
            NotDue(
                "Konstantin Wehrle",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8, outcome="no_reply", channel="other", note="Sent the BIM lead spec on WA."
                    ),
                ],
            ),
            Due(
                "Leonhard Zaunbrecher",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the BIM lead spec via WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee three weeks ago vs one seven months ago",
        [
            NotDue(
                "Ainsley Burrows",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee in Surry Hills, nothing for her yet, all good.",
                    )
                ],
            ),
            Due(
                "Penelope Arkwright",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee near Central, nothing suitable right now, all fine.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LinkedIn message five days ago vs two hundred days ago",
        [
            NotDue(
                "Wan Zhi Hao",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        5,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the digital delivery lead role.",
                    ),
                ],
            ),
            Due(
                "Soh Li Min",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail about the digital delivery lead opening.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me posted' turned into an unsubscribe",
        [
            heard(
                "Gisbert Hollmann",
                wrote(date(2026, 2, 23), "Lassen Sie mich in Ruhe.", "other"),
                wrote(
                    date(2026, 6, 8),
                    "Sorry für die Nachricht im Februar, war eine harte Woche auf der Baustelle. "
                    "Gern wieder Angebote.",
                ),
                due=True,
            ),
            heard(
                "Ilse Trautwein",
                wrote(date(2026, 2, 23), "Gerade nicht, aber halten Sie mich auf dem Laufenden."),
                wrote(date(2026, 6, 8), "Bitte melden Sie mich von allem ab. Danke."),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after CNY' called off early: the project was cancelled",
        [
            heard(
                "Ho Wei Ming",
                wrote(date(2026, 3, 2), "Not till after next CNY, bonus first."),
                wrote(
                    date(2026, 5, 25),
                    "Update - the project got cancelled and the bonus with it, so I'm free to "
                    "talk now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'after Easter'",
        [
            heard(
                "Kasimir Eberle",
                wrote(date(2026, 1, 19), "Jederzeit gern, ruf einfach an."),
                wrote(
                    date(2026, 6, 1),
                    "Kurze Planänderung: neues Großprojekt, bitte erst nach Ostern nächsten "
                    "Jahres wieder.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC lifted by the candidate",
        [
            heard(
                "Clementine Yarwood",
                noted(date(2026, 3, 2), "DNC - cand asked not to be called during the tender."),
                wrote(
                    date(2026, 6, 1),
                    "Tender's submitted - you're welcome to get in touch again about roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'left construction' then back and keen vs keen then left construction",
        [
            heard(
                "Darren Mulholland",
                wrote(date(2026, 1, 12), "Left construction for a council job, all good.", "other"),
                wrote(
                    date(2026, 5, 25),
                    "council life's not for me, back in construction and keen to hear about roles",
                    "other",
                ),
                due=True,
            ),
            heard(
                "Garrick Penhaligon",
                wrote(date(2026, 1, 12), "Always keen, send me what you've got.", "other"),
                wrote(
                    date(2026, 5, 25),
                    "Please remove my details, I've left construction for good.",
                    "other",
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT27_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
