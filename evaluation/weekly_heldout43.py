"""Held-out weekly reconnect cases, forty-third set: technology, engineering and manufacturing
employers in Germany, Austria and Switzerland, in their recruiters' and candidates' own words,
written by a forty-third stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at), measured and reported on its own line ("held-out 43").

Everyone here is otherwise due in the week of the case: reached our final round in July 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as a
dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voices are in-house recruiters and headhunters in Munich,
Stuttgart, Hamburg, Frankfurt, Vienna and Zurich, in German, English and the mix of both: ATS
shorthand, call notes, WhatsApp texts, LinkedIn messages, formal and Swiss and Austrian emails.
What decides is what they told us:

1. opt-outs (aus dem Verteiler streichen, "STOPP" on WhatsApp, an Art. 21 DSGVO objection, a
   Swiss "nicht mehr kontaktieren", a LinkedIn "unsubscribe me from everything", a call note
   "verbittet sich jede Kontaktaufnahme", an Austrian "Löschung aus Ihrer Kartei", a bare "nein
   danke", a couple who both want out): never listed; beside each a near-miss that is due (a new
   address for the Verteiler, calls stopped but WhatsApp fine, consent extended, no bank jobs,
   the newsletter only, no calls at the office, a title corrected in the Kartei, "not this time",
   a husband annoyed by calls on the landline);
2. waits counted from the day said and checked both ways: Kündigungsfrist 3 Monate zum
   Quartalsende, Probezeit, Elternzeit, "nach Ostern", the Jahresabschluss, a sabbatical, "nach
   den Sommerferien", S/4 Hypercare: not listed while they run (one still held back in January),
   listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "gebt mir ein Jahr" after a new job is not;
4. plain restraint: a role sent eight days ago and a call twelve days ago are not listed; the same
   months ago are;
5. the latest word counts: a stop taken back is due and a "gern auf dem Laufenden halten"
   hardened into an erasure is not; a wait called off early is due and "jederzeit" turned into
   "erst nach Ostern" is not; a DNC set by a colleague and lifted by the candidate is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_FINAL = app(
    date(2025, 7, 14),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Java Developer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (WhatsApp with ``channel="other"``, LinkedIn with ``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A recruiter's call note."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JULY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JULY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "strike me from your Verteiler vs put my new address on your Verteiler",
        [
            heard(
                "Gottfried Lämmerhirt",
                wrote(LONG_AGO, "Bitte streichen Sie mich aus Ihrem Verteiler. Danke."),
                due=False,
            ),
            heard(
                "Anja Wolfsteiner",
                wrote(
                    LONG_AGO,
                    "Bitte nehmen Sie meine neue Mailadresse in Ihren Verteiler auf, die alte "
                    "läuft zum Monatsende aus. Ich freue mich weiter über Angebote.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp 'STOPP' vs stop calling, WhatsApp is fine",
        [
            heard(
                "Enrico Zappalà",
                wrote(LONG_AGO, "STOPP. Keine Jobangebote mehr an diese Nummer.", "other"),
                due=False,
            ),
            heard(
                "Valerio Pellegrini",
                wrote(LONG_AGO, "bitte nicht mehr anrufen, whatsapp ist ok 👍", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "an Art. 21 DSGVO objection logged vs consent extended to 2028",
        [
            heard(
                "Ottmar Siebenhüner",
                logged(
                    LONG_AGO,
                    "Widerspruch gegen die Datenverarbeitung nach Art. 21 DSGVO eingegangen – "
                    "keine weitere Ansprache, Profil zur Löschung vorgemerkt.",
                ),
                due=False,
            ),
            heard(
                "Bettina Rauscher",
                logged(
                    LONG_AGO,
                    "Einwilligung zur Speicherung bis 2028 verlängert, Kand. freut sich über "
                    "passende Java-Themen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Swiss: no more contact vs no more bank jobs, industry welcome",
        [
            heard(
                "Priska Gisler",
                wrote(LONG_AGO, "Grüezi, ich möchte nicht mehr kontaktiert werden. Merci."),
                due=False,
            ),
            heard(
                "Fabienne Rohrer",
                wrote(
                    LONG_AGO,
                    "Grüezi, ich möchte nicht mehr für Banken-Jobs kontaktiert werden – für "
                    "Industrie bin ich sehr gerne offen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: unsubscribe me from everything vs from the newsletter only",
        [
            heard(
                "Declan Mühlhausen",
                wrote(
                    LONG_AGO,
                    "Please unsubscribe me from everything - messages, mails, the lot.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Ronan Kretschmer",
                wrote(
                    LONG_AGO,
                    "Please unsubscribe me from the newsletter only - personal messages about "
                    "backend roles are still welcome.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "call note: refuses any further contact vs refuses calls at the office",
        [
            heard(
                "Siegfried Pfannkuch",
                rang(
                    LONG_AGO,
                    "Kand. verbittet sich jede weitere Kontaktaufnahme durch uns, egal auf "
                    "welchem Kanal.",
                ),
                due=False,
            ),
            heard(
                "Hubertus Brandmaier",
                rang(
                    LONG_AGO,
                    "Kand. verbittet sich Anrufe im Büro – privat aufs Handy nach 18 Uhr gern.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Austria: erase me from your Kartei vs correct my title in your Kartei",
        [
            heard(
                "Ottokar Pfeiffenberger",
                wrote(
                    LONG_AGO,
                    "Ich bitte um umgehende Löschung aus Ihrer Kartei und ersuche, jede "
                    "weitere Zuschrift zu unterlassen.",
                ),
                due=False,
            ),
            heard(
                "Engelbert Mayrhofer-Prinz",
                wrote(
                    LONG_AGO,
                    "Ich bitte um Korrektur in Ihrer Kartei: Dipl.-Ing., nicht Ing. – "
                    "ansonsten gerne weiterhin Angebote.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'nein danke' to our outreach vs not this time, keep me informed",
        [
            heard(
                "Henrike Sauerbier",
                touch(LONG_AGO, "inbound", "not_interested", "re_engagement", note="nein danke"),
                due=False,
            ),
            heard(
                "Rosalind Vierkötter",
                touch(
                    LONG_AGO,
                    "inbound",
                    "not_interested",
                    "re_engagement",
                    note="nein danke, dieses Mal nicht – aber informieren Sie mich gern weiter.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a couple who both want no contact vs a husband annoyed by calls on the landline",
        [
            heard(
                "Irmgard Tillmanns",
                wrote(
                    LONG_AGO,
                    "Mein Mann und ich möchten beide nicht mehr von Ihnen kontaktiert werden. "
                    "Bitte respektieren Sie das.",
                ),
                due=False,
            ),
            heard(
                "Gisela Overbeck",
                wrote(
                    LONG_AGO,
                    "Bitte rufen Sie nicht mehr auf dem Festnetz an, mein Mann ist genervt – "
                    "aufs Handy oder per Mail sehr gerne.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

NOTICE = (
    "Hat am 30.10. gekündigt, KüFri 3 Monate zum Quartalsende – frei erst ab 1.4.2027.",
    date(2026, 10, 30),
)
PROBATION = (
    "Seit 1.9. beim neuen AG, Probezeit bis Ende Februar – vorher keine Gespräche.",
    date(2026, 9, 7),
)
PARENTAL = ("In Elternzeit bis Ende April 2027, danach gern wieder.", date(2026, 8, 17))
EASTER = ("Vor Ostern geht bei mir nichts, dann gerne.", date(2026, 10, 12))
CLOSING = (
    "Jahresabschluss bis Ende Februar, vorher kann sie nicht weg – ab März ansprechen.",
    date(2026, 11, 2),
)
SABBATICAL = ("Sabbatical bis Ende Januar, bis dahin nicht erreichbar.", date(2026, 8, 3))
SUMMER = ("erst nach den sommerferien 2027 wieder, haus wird gebaut", date(2026, 10, 5))
HYPERCARE = (
    "S/4-Go-live am 1.1., Hypercare bis Ende Februar – davor kein Wechsel.",
    date(2026, 10, 19),
)

WAITS = [
    W(
        "resigned in October, free from April vs resigned in June, free since October",
        [
            told("Reinhold Kasparek", NOTICE, due=False),
            told(
                "Wilfried Schlögl",
                (
                    "Hat im Juni gekündigt, KüFri 3 Monate zum Quartalsende – frei ab 1.10.",
                    date(2026, 6, 15),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "resigned in October, free from April: due in April",
        [told("Eckhard Bielefeldt", NOTICE, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "in the Probezeit till the end of February vs a Probezeit passed in July",
        [
            told("Lothar Wendelstein", PROBATION, due=False),
            told(
                "Kurt Stemmermann",
                (
                    "Probezeit im Juli bestanden, jetzt wieder offen für Gespräche.",
                    date(2026, 7, 27),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "in the Probezeit till the end of February: due in March",
        [told("Winfried Haberkorn", PROBATION, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Elternzeit to the end of April 2027 vs Elternzeit over since September",
        [
            told("Annika Stroschein", PARENTAL, due=False),
            told(
                "Janina Kuckelkorn",
                (
                    "Elternzeit ist seit September vorbei, arbeitet wieder Vollzeit.",
                    date(2026, 9, 21),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Elternzeit to the end of April 2027: due in May",
        [told("Lieselotte Brammertz", PARENTAL, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "'vor Ostern nichts', said in October vs said in February",
        [
            told("Hartmut Pfaffenrott", EASTER, due=False),
            told(
                "Gunther Ellerbrock",
                ("Vor Ostern geht bei mir nichts, danach sehr gern.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "'vor Ostern nichts', said in October: due in April",
        [told("Adalbert Querfurth", EASTER, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "the Jahresabschluss to the end of February vs one finished in March",
        [
            told("Marianne Oberländer", CLOSING, due=False),
            told(
                "Brigitte Lanzinger",
                ("Jahresabschluss ist seit März durch, jetzt hat sie Luft.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "the Jahresabschluss to the end of February: due in mid-March",
        [told("Hannelore Grabmeier", CLOSING, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a sabbatical to the end of January vs one that ended in August",
        [
            told("Ruben Sternagel", SABBATICAL, due=False),
            told(
                "Jaromir Novotny",
                ("Sabbatical endete im August, seit September zurück im Job.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a sabbatical to the end of January: due in February",
        [told("Ludger Hamacher", SABBATICAL, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "'after the 2027 summer holidays' vs after the 2026 summer holidays",
        [
            told("Oliver Stubenrauch", SUMMER, due=False),
            told(
                "Daniela Pfisterhammer",
                ("nach den sommerferien gern wieder melden, vorher umzug", date(2026, 4, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "'after the 2027 summer holidays': still held back in January",
        [told("Gregor Niedermaier", SUMMER, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "'after the 2027 summer holidays': due in late September",
        [told("Alexandra Wurzinger", SUMMER, due=True)],
        week=date(2027, 9, 27),
    ),
    W(
        "S/4 Hypercare to the end of February vs Hypercare over in June",
        [
            told("Sieglinde Raffelsberger", HYPERCARE, due=False),
            told(
                "Margarete Aschauer",
                ("Hypercare war Ende Juni vorbei, seitdem offen.", date(2026, 7, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "S/4 Hypercare to the end of February: due in March",
        [told("Walburga Feichtinger", HYPERCARE, due=True)],
        week=date(2027, 3, 8),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a rambling hand-over full of dates, no wait asked",
        [
            heard(
                "Cosima Trautmann",
                logged(
                    LONG_AGO,
                    "Übergabe von Kollegin: Kand. war im März auf der Embedded World, hat im Mai "
                    "die Teamleitung kommissarisch übernommen, im Juli ISO-26262-Schulung, im "
                    "September Urlaub auf Sardinien. Grundsätzlich offen, sagt sie, gern "
                    "jederzeit melden.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "changed job in March, master in June, married in August: open now",
        [
            heard(
                "Maximilian Thurnher",
                wrote(
                    LONG_AGO,
                    "Kurzes Update: im März Jobwechsel, im Juni Master abgeschlossen, im August "
                    "geheiratet 🎉 – jetzt bin ich offen für Neues.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "started on 1 October, give me a year vs started in October, talk anytime",
        [
            told(
                "Friedemann Kohlhaas",
                ("Hab am 1. Oktober angefangen, gebt mir ein Jahr.", date(2026, 10, 5)),
                due=False,
            ),
            told(
                "Wendelin Ruckdeschel",
                ("Hab am 1. Oktober angefangen, aber reden kann man immer.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "a Go-live date in the note that is the client's, not hers",
        [
            told(
                "Emilia Brandstetter",
                (
                    "Ihr aktueller Kunde geht am 1.4. live, sie ist aber nur noch bis Dezember "
                    "gebucht und sucht ab sofort.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint -----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs one sent months ago",
        [
            heard(
                "Ludwig Schwarzenbacher",
                wrote(200, "Danke, melde dich gern wieder."),
                logged(8, "Java-Rolle Werksviertel per Mail geschickt, noch keine Antwort."),
                due=False,
            ),
            heard(
                "Volkmar Eisenreich",
                wrote(300, "Danke, melde dich gern wieder."),
                logged(170, "Java-Rolle Werksviertel per Mail geschickt, noch keine Antwort."),
                due=True,
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one in the spring",
        [
            heard(
                "Hannelore Zechmeister",
                rang(12, "Kurzer Catch-up, alles beim Alten, sie meldet sich bei Bedarf."),
                due=False,
            ),
            heard(
                "Ramona Stiegelmeier",
                rang(190, "Kurzer Catch-up, alles beim Alten, sie freut sich über Updates."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn reply last week vs last spring",
        [
            heard(
                "Benedikt Trummer",
                wrote(6, "Thanks for the note, nothing new on my side.", "linkedin"),
                due=False,
            ),
            heard(
                "Quentin Schaffrath",
                wrote(185, "Thanks for the message, nothing new on my side yet.", "linkedin"),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ----------------------------------------------------------------

LATEST = [
    W(
        "a stop in February taken back in June",
        [
            heard(
                "Edeltraud Kammerlander",
                wrote(date(2026, 2, 16), "Bitte keine Nachrichten mehr."),
                wrote(
                    date(2026, 6, 8),
                    "Ich hatte im Februar abgesagt – inzwischen bin ich doch wieder offen, "
                    "bitte melden Sie sich.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'gern auf dem Laufenden halten' hardened into an erasure",
        [
            heard(
                "Raimund Kettenbach",
                wrote(date(2026, 2, 16), "Gern auf dem Laufenden halten!"),
                wrote(
                    date(2026, 6, 8),
                    "Bitte löschen Sie mein Profil vollständig, ich will keine Anfragen mehr.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a wait till March called off early",
        [
            told(
                "Leonore Käppeler",
                ("Vor März keine Gespräche, Projekt-Endspurt.", date(2026, 9, 7)),
                ("Projekt früher fertig – ab sofort gern Gespräche.", date(2026, 10, 19)),
                due=True,
            )
        ],
    ),
    W(
        "'jederzeit' turned into 'erst nach Ostern'",
        [
            told(
                "Burkhard Tiedemann",
                ("Jederzeit gern melden.", date(2026, 5, 4)),
                ("Neuer Stand: erst nach Ostern 2027, Umbau im Team.", date(2026, 10, 19)),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set by a colleague, lifted by the candidate",
        [
            heard(
                "Wiltrud Assenmacher",
                logged(date(2025, 12, 1), "DNC gesetzt (Kand. genervt von Kampagnen-Mails)."),
                wrote(
                    date(2026, 4, 13),
                    "Ich war im Dezember genervt von den Sammelmails – persönliche Nachrichten "
                    "von Ihnen sind mir aber willkommen, bitte nehmen Sie mich wieder auf.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT43_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
