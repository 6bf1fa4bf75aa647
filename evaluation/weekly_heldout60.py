"""Held-out weekly reconnect cases, sixtieth set: Southern European agency and in-house
recruiters' own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only),
measured and reported on its own line ("held-out 60").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is a dated motivation,
counted from the day it was said. The recruiters are Madrid, Barcelona, Milan, Turin, Rome,
Athens and Thessaloniki agency and in-house teams; the voices are ATS shorthand, WhatsApps,
LinkedIn replies, candidates' emails and formal letters, in English, Spanish, Italian, Catalan
and Greek. What decides is what they told us:

1. opt-outs (an RGPD erasure, "cancellatemi", "no em torneu a escriure", "μη με ξαναενοχλήσετε",
   a recruiter's "no contactar", "no thanks" to the draft's last line): never listed; beside each
   a scoped stop that is due (WhatsApp only, not that client, newsletter only, a new number);
2. waits counted from the day said and checked both ways (three months' preaviso, periodo di
   prova, after Greek Easter, after Semana Santa, after the tredicesima, a maternity leave, the
   August 2027 shutdown): not listed while they run, listed once they have; each beside a twin
   whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a call nine days ago is not listed, the same call months ago is;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into an opt-out
   is not, a wait called off early is due, "whenever" turned into "after the summer" is not.
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
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp with ``channel="other"``, LinkedIn with "linkedin")."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
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


# --- 1. opt-outs, each beside a scoped stop that is due ---------------------------------------

OPT_OUTS = [
    W(
        "RGPD erasure in Spanish vs a new phone number",
        [
            heard(
                "Baltasar Ordóñez",
                wrote(
                    LONG_AGO,
                    "Solicito la supresión de mis datos conforme al RGPD y que no se me vuelva a "
                    "contactar.",
                ),
                due=False,
            ),
            heard(
                "Remedios Cañete",
                wrote(
                    LONG_AGO,
                    "He cambiado de móvil, apuntad el nuevo: 611 20 44 87. Seguid avisándome de "
                    "ofertas.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Italian 'cancellatemi' vs 'solo WhatsApp, niente telefonate'",
        [
            heard(
                "Guido Tagliabue",
                wrote(LONG_AGO, "Cancellatemi dai vostri archivi e non scrivetemi più."),
                due=False,
            ),
            heard(
                "Rosalba Crippa",
                wrote(LONG_AGO, "niente telefonate per favore, solo whatsapp", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Catalan 'no em torneu a escriure' vs 'not that client'",
        [
            heard(
                "Ferran Comas",
                wrote(LONG_AGO, "No em torneu a escriure, si us plau. Gràcies."),
                due=False,
            ),
            heard(
                "Mireia Solé",
                wrote(
                    LONG_AGO,
                    "A Seat no m'hi torneu a presentar, però la resta d'ofertes m'interessen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Greek 'do not bother me again' vs Greek 'only after 6 in the evening'",
        [
            heard(
                "Thanasis Liakos",
                wrote(LONG_AGO, "Μη με ξαναενοχλήσετε, παρακαλώ. Διαγράψτε με.", "other"),
                due=False,
            ),
            heard(
                "Chrysa Nikolaou",
                wrote(LONG_AGO, "μόνο μετά τις 6 το απόγευμα να με παίρνετε", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "recruiter's 'marcado no contactar' vs off the newsletter only",
        [
            heard(
                "Eusebio Llamas",
                noted(LONG_AGO, "cand pide no ser contactado nunca más. marcado NO CONTACTAR."),
                due=False,
            ),
            heard(
                "Jacinta Robles",
                noted(LONG_AGO, "cand pide baja de la newsletter mensual; ofertas personales sí."),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to the draft vs 'not this role, thanks'",
        [
            heard("Ciro Mastroianni", wrote(LONG_AGO, "no thanks - Ciro"), due=False),
            heard(
                "Assunta Vitale",
                wrote(
                    LONG_AGO,
                    "Not this role, thanks - but do keep me in mind for backend roles in Naples "
                    "or remote.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn 'never contact me again' vs 'email rather than LinkedIn'",
        [
            heard(
                "Periklis Gounaris",
                wrote(LONG_AGO, "Never contact me again.", "linkedin"),
                due=False,
            ),
            heard(
                "Anthi Drosou",
                wrote(
                    LONG_AGO,
                    "Please use my email rather than LinkedIn, I rarely check it here.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "formal Italian revocation of consent vs feedback still owed",
        [
            heard(
                "Ercole Baldini",
                wrote(
                    LONG_AGO,
                    "Con la presente revoco ogni consenso al trattamento dei miei dati e diffido "
                    "dal contattarmi ulteriormente.",
                ),
                due=False,
            ),
            heard(
                "Gemma Sartorio",
                wrote(
                    LONG_AGO,
                    "Aspetto ancora un riscontro sull'ultimo colloquio; per il resto restiamo in "
                    "contatto.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

PREAVISO = (
    "Ha presentado la baja hoy: preaviso de tres meses, nada antes de febrero.",
    date(2026, 11, 2),
)
PROVA = ("In prova fino al 28 febbraio, non mi muovo prima.", date(2026, 10, 19))
PASCHA = ("μετά το Πάσχα τα λέμε, όχι νωρίτερα", date(2026, 11, 9))
SEMANA_SANTA = ("Hasta después de Semana Santa nada, cierro el proyecto.", date(2026, 11, 2))
TREDICESIMA = ("Prima della tredicesima non mi muovo: sentiamoci a gennaio.", date(2026, 11, 16))
MATERNITY = ("De baja maternal hasta el 15 de abril; escribidme cuando vuelva.", date(2026, 10, 5))
SANT_JOAN = ("Fins després de Sant Joan no em moc, tinc el llançament.", date(2026, 11, 2))
SHUTDOWN_2027 = (
    "Ho promesso di restare fino alla chiusura di agosto 2027, quando finisce il progetto: prima "
    "no.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "three months' preaviso given this month vs fifteen days given in September",
        [
            told("Nicanor Bustos", PREAVISO, due=False),
            told(
                "Olvido Pedraza",
                ("Preaviso de 15 días presentado hoy, libre en octubre.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' preaviso: due in mid-February",
        [told("Anselmo Barrios", PREAVISO, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "periodo di prova to end of February vs one passed in July",
        [
            told("Ottorino Cavallaro", PROVA, due=False),
            told(
                "Letizia Bonfanti",
                ("Prova superata a luglio, ora ascolto proposte.", date(2026, 7, 27)),
                due=True,
            ),
        ],
    ),
    W(
        "periodo di prova: due in March",
        [told("Evelina Restelli", PROVA, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Greek: after Easter, said now vs said in January",
        [
            told("Lambros Karras", PASCHA, due=False),
            told("Xanthi Panou", ("μετά το Πάσχα τα λέμε", date(2026, 1, 12)), due=True),
        ],
    ),
    W(
        "Greek: after Easter: due in May",
        [told("Foivos Manolakis", PASCHA, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "after Semana Santa, said now vs said in February",
        [
            told("Eloy Carmona", SEMANA_SANTA, due=False),
            told(
                "Araceli Montilla",
                ("Hasta después de Semana Santa nada.", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "after Semana Santa: due in mid-April",
        [told("Fermín Escobedo", SEMANA_SANTA, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after the tredicesima vs after last year's bonus",
        [
            told("Gaspare Lombardo", TREDICESIMA, due=False),
            told(
                "Carmela Ruggiero",
                ("Premio incassato a marzo, ora sono disponibile.", date(2026, 3, 23)),
                due=True,
            ),
        ],
    ),
    W(
        "after the tredicesima: due in January",
        [told("Rosario Amato", TREDICESIMA, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "maternity leave to 15 April vs back from leave in May",
        [
            told("Maite Urrutia", MATERNITY, due=False),
            told(
                "Edurne Lasa",
                ("Vuelvo de la baja maternal esta semana, ya podemos hablar.", date(2026, 5, 18)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave: due in late April",
        [told("Itziar Goñi", MATERNITY, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "staying until the August 2027 shutdown vs a project that ended in August",
        [
            told("Amedeo Pozzi", SHUTDOWN_2027, due=False),
            told(
                "Donatella Brivio",
                (
                    "Il progetto si chiude prima della pausa di agosto, da settembre libera.",
                    date(2026, 6, 8),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the August 2027 shutdown: still not due in June 2027",
        [told("Corrado Bellotti", SHUTDOWN_2027, due=False)],
        week=date(2027, 6, 7),
    ),
    W(
        "Catalan: after Sant Joan, said now vs said in April",
        [
            told("Jaume Pujadas", SANT_JOAN, due=False),
            told(
                "Roser Batlle", ("Fins després de Sant Joan no em moc.", date(2026, 4, 6)), due=True
            ),
        ],
    ),
    W(
        "Catalan: after Sant Joan: due in July",
        [told("Bernat Casals", SANT_JOAN, due=True)],
        week=date(2027, 7, 5),
    ),
    W(
        "the August 2027 shutdown: due in September 2027",
        [told("Adriano Pellizzari", SHUTDOWN_2027, due=True)],
        week=date(2027, 9, 13),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a Spanish note full of dates, no wait",
        [
            told(
                "Custodia Pizarro",
                (
                    "En la empresa desde el 1/3/2020, ascendida en junio de 2024, vacaciones del "
                    "3 al 17 de agosto. Disponible ya.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "an Italian note full of dates, no wait",
        [
            told(
                "Raimondo Sciascia",
                (
                    "Assunto il 15/01/2021, CCNL Metalmeccanico livello 7, ferie ad agosto già "
                    "godute. Libero di fare colloqui anche domani.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a Greek note full of dates, no wait",
        [
            told(
                "Kleanthis Rigas",
                (
                    "Στην εταιρεία από 2/5/2021, άδεια 10-20 Αυγούστου. Διαθέσιμος άμεσα.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint -------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call nine days ago vs the same call months ago",
        [
            heard(
                "Pancracio Lerma",
                touch(
                    9,
                    "outbound",
                    "replied",
                    note="Llamada de seguimiento, todo bien, hablamos más adelante.",
                    channel="phone",
                ),
                due=False,
            ),
            heard(
                "Visitación Arjona",
                touch(
                    LONG_AGO,
                    "outbound",
                    "replied",
                    note="Llamada de seguimiento, todo bien, hablamos más adelante.",
                    channel="phone",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a WhatsApp sent last week vs one in the spring",
        [
            heard(
                "Evandro Tosi",
                touch(
                    6,
                    "outbound",
                    "replied",
                    note="mandato whatsapp con ruolo fintech, ha risposto che ci pensa",
                    channel="other",
                ),
                due=False,
            ),
            heard(
                "Ippolita Rota",
                touch(
                    LONG_AGO,
                    "outbound",
                    "replied",
                    note="mandato whatsapp con ruolo fintech, ha risposto che ci pensa",
                    channel="other",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts -------------------------------------------------------------------

LATEST = [
    W(
        "an opt-out taken back vs a 'keep me posted' hardened into an opt-out",
        [
            heard(
                "Bernat Vidal",
                wrote(400, "No m'escriviu més."),
                wrote(
                    LONG_AGO,
                    "Ho he repensat: torno a buscar feina, escriviu-me quan tingueu alguna cosa.",
                ),
                due=True,
            ),
            heard(
                "Quim Soler",
                wrote(400, "Keep me posted! Quim", "linkedin"),
                wrote(LONG_AGO, "Please remove me from your database, I'm done with recruiters."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'whenever' turned into 'after the summer'",
        [
            told(
                "Galatea Fanti",
                ("Fino a giugno 2027 non mi muovo.", date(2026, 9, 7)),
                (
                    "Lascia stare giugno: mi hanno cambiato capo, sono disponibile subito.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
            told(
                "Settimio Orrù",
                ("Quando volete, sono disponibile.", date(2026, 6, 1)),
                ("Ripensandoci, fino a dopo l'estate 2027 resto dove sono.", date(2026, 11, 2)),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's no-contact flag later withdrawn by the candidate",
        [
            heard(
                "Demetrio Aguado",
                noted(500, "cand pide no contactar"),
                wrote(
                    LONG_AGO, "Sé que pedí que no me contactarais, pero ahora sí busco. Escribidme."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Italian: 'basta messaggi' by WhatsApp, then 'scrivetemi pure' by email",
        [
            heard(
                "Nazzareno Frau",
                wrote(300, "basta messaggi, non mi interessa", "other"),
                wrote(LONG_AGO, "Ci ho ripensato, scrivetemi pure per ruoli backend."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: 'escribidme' then a formal deletion request",
        [
            heard(
                "Prudencio Valle",
                wrote(400, "Escribidme cuando tengáis algo de backend."),
                wrote(
                    LONG_AGO,
                    "Ejerzo mi derecho de supresión: borren mis datos y no me contacten más.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Greek: available, then 'not before autumn 2027'",
        [
            told(
                "Agapi Mylona",
                ("διαθέσιμη, πάρτε με", date(2026, 5, 4)),
                ("τελικά όχι πριν το φθινόπωρο του 2027, ανέλαβα νέο έργο", date(2026, 11, 9)),
                due=False,
            )
        ],
    ),
    W(
        "Greek: not before autumn 2027, then free now",
        [
            told(
                "Menelaos Doukas",
                ("όχι πριν το φθινόπωρο του 2027", date(2026, 6, 1)),
                ("ακυρώθηκε το έργο, είμαι διαθέσιμος από τώρα", date(2026, 10, 19)),
                due=True,
            )
        ],
    ),
]

HELDOUT60_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
