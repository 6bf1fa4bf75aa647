"""Held-out weekly reconnect cases, fifty-first set: Latin American recruiters' own words,
written by a fifty-first stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 51").

Everyone here is otherwise due in the week of the case: reached a US client's final round in
June 2025 through a nearshore agency and lost to one other person, and was last spoken to long
before the week (160 days, past a silver medalist's cadence), unless the case is about a recent
contact. A wait is typed into the ATS as a dated motivation, or sits in a WhatsApp, LinkedIn
reply or email sent long enough before the week that no recent contact holds the person back
instead. The voices are agency recruiters in Mexico City, Bogotá, São Paulo, Buenos Aires,
Santiago and Lima, in-house talent teams at banks and BPOs, and candidates writing in Spanish,
Portuguese and English. What decides is what they told us:

1. opt-outs (a WhatsApp "BAJA", "não quero mais contato", a habeas data request, an LGPD
   deletion, a recruiter's "marcado DNC", an angry LinkedIn reply): never listed; beside each a
   near-miss that is due (a new number, WhatsApp rather than calls, not that client, not BPO
   roles, off the newsletter only, feedback still owed);
2. waits counted from the day said and checked both ways: aguinaldo in December, after
   Carnaval, after Semana Santa, the end of the southern summer, a 3-month notice, the aviso
   prévio, a maternity leave to April, a thesis in June, the end of Q1: not listed while they
   run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a WhatsApp with a role nine days ago is not listed; one months ago is;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into a deletion
   is not, a wait called off early is due, and "whenever" turned into "after Carnaval" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 23),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wa(days, words) -> dict:
    """Their WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """Their LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def mail(days, words) -> dict:
    """Their email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def ats(days, words) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "WhatsApp 'BAJA' vs a new WhatsApp number",
        [
            heard(
                "Evaristo Zamarripa",
                wa(LONG_AGO, "BAJA. No quiero recibir más vacantes."),
                due=False,
            ),
            heard(
                "Zulema Arriaga",
                wa(LONG_AGO, "cambié de número, este es el nuevo, sígueme mandando cosas"),
                due=True,
            ),
        ],
    ),
    W(
        "'não quero mais contato' vs 'prefiro WhatsApp a ligação'",
        [
            heard(
                "Osmar Guedes", wa(LONG_AGO, "não quero mais contato, me tirem da lista"), due=False
            ),
            heard(
                "Rayane Soares",
                wa(LONG_AGO, "prefiro WhatsApp, não me liguem no horário de trabalho"),
                due=True,
            ),
        ],
    ),
    W(
        "habeas data deletion vs 'not for that client again'",
        [
            heard(
                "Jairo Betancourt",
                mail(
                    LONG_AGO,
                    "En ejercicio de mi derecho de habeas data solicito suprimir mis datos y no "
                    "volver a contactarme.",
                ),
                due=False,
            ),
            heard(
                "Leidy Johana Pérez",
                mail(
                    LONG_AGO,
                    "Con gusto sigo en contacto, solo no me presenten otra vez a ese banco.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LGPD deletion vs off the newsletter only",
        [
            heard(
                "Cássio Monteiro",
                mail(
                    LONG_AGO,
                    "Solicito a exclusão dos meus dados conforme a LGPD. Sem mais contato.",
                ),
                due=False,
            ),
            heard(
                "Viviane Lacerda",
                mail(
                    LONG_AGO,
                    "Pode me descadastrar da newsletter semanal? Vagas pessoais continuam "
                    "bem-vindas.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "recruiter's 'marcado DNC' vs 'no BPO roles'",
        [
            heard(
                "Wilson Arévalo",
                ats(LONG_AGO, "cand pidió q no lo llamemos nunca mas. DNC."),
                due=False,
            ),
            heard(
                "Marleny Cuesta",
                ats(
                    LONG_AGO,
                    "cand no quiere más vacantes de BPO/call center; sí tech. seguir en contacto",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an angry LinkedIn reply vs feedback still owed",
        [
            heard(
                "Fabricio Luna",
                li(LONG_AGO, "Dejen de escribirme. No me interesa nada de ustedes, nunca."),
                due=False,
            ),
            heard(
                "Romina Paz",
                li(
                    LONG_AGO,
                    "Todavía espero el feedback de la entrevista final de junio. Igual sigo "
                    "abierta a escuchar.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'me esquece, apaga meu contato' vs 'not on weekends'",
        [
            heard("Sidnei Barbosa", wa(LONG_AGO, "me esquece, apaga meu contato daí"), due=False),
            heard(
                "Luana Medeiros",
                wa(LONG_AGO, "só não me manda nada no fim de semana, durante a semana pode"),
                due=True,
            ),
        ],
    ),
    W(
        "English 'please unsubscribe me from everything' vs 'email, not calls'",
        [
            heard(
                "Marcelo Tapia",
                mail(LONG_AGO, "Please unsubscribe me from everything and don't contact me again."),
                due=False,
            ),
            heard(
                "Camila Novoa", mail(LONG_AGO, "Email me rather than calling, please."), due=True
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

AGUINALDO = ("No se mueve hasta cobrar el aguinaldo; buscarlo en enero.", date(2026, 11, 9))
CARNAVAL = ("Só depois do Carnaval, agora não dá.", date(2026, 11, 2))
SEMANA_SANTA = ("hablamos después de Semana Santa, cierro un proyecto grande", date(2026, 10, 26))
VERANO = ("Se va al sur todo el verano; retomar en marzo.", date(2026, 11, 16))
NOTICE_3M = (
    "Renunció el 2 de noviembre, preaviso de 3 meses: libre desde febrero.",
    date(2026, 11, 2),
)
MATERNIDAD = ("Licencia de maternidad hasta abril; nada de procesos antes.", date(2026, 10, 19))
TESIS = ("Defiende la tesis en junio; hasta entonces no cambia de trabajo.", date(2026, 11, 2))

WAITS = [
    W(
        "aguinaldo in December vs last year's aguinaldo",
        [
            told("Teodoro Balderas", AGUINALDO, due=False),
            told(
                "Miriam Saucedo",
                ("No se mueve hasta cobrar el aguinaldo; buscarla en enero.", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "aguinaldo: due in January",
        [told("Rodolfo Cuéllar", AGUINALDO, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "after Carnaval 2027 vs after Carnaval 2026",
        [
            told("Edivaldo Siqueira", CARNAVAL, due=False),
            told(
                "Priscila Amorim",
                ("Só depois do Carnaval, agora não dá.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Carnaval: not due the week before it",
        [told("Joelma Falcão", CARNAVAL, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "after Carnaval: due in March",
        [told("Valdir Peixoto", CARNAVAL, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Semana Santa next year vs after this year's",
        [
            told("Gildardo Ponce", SEMANA_SANTA, due=False),
            told(
                "Yadira Cortés",
                ("hablamos después de Semana Santa, cierro un proyecto grande", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "the southern summer: running vs last summer's",
        [
            told("Bastián Ulloa", VERANO, due=False),
            told(
                "Javiera Osorio",
                ("Se va al sur todo el verano; retomar en marzo.", date(2025, 12, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "the southern summer: due in March",
        [told("Renato Aguayo", VERANO, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "three months' notice from November vs one month's given in July",
        [
            told("Aurelio Montaño", NOTICE_3M, due=False),
            told(
                "Karen Lozoya",
                ("Renunció, un mes de preaviso, libre desde agosto.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "aviso prévio of 30 days given this month vs in June",
        [
            heard(
                "Anderson Rosa",
                wa(7, "pedi demissão, tô cumprindo aviso prévio de 30 dias, me chama em janeiro"),
                due=False,
            ),
            heard(
                "Michele Couto",
                wa(150, "pedi demissão, tô cumprindo aviso prévio de 30 dias, depois tô livre"),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from November: due in late February",
        [told("Clemente Ibarra", NOTICE_3M, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Semana Santa 2027: not due in mid-March",
        [told("Ofelia Carranza", SEMANA_SANTA, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "after Semana Santa 2027: due in mid-April",
        [told("Eusebio Trejo", SEMANA_SANTA, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "maternity leave to April vs back since August",
        [
            told("Luisa Fernanda Gil", MATERNIDAD, due=False),
            told(
                "Diana Patricia Mejía",
                (
                    "Volvió de la licencia de maternidad en agosto, abierta a escuchar.",
                    date(2026, 8, 17),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to April: due in May",
        [told("Sandra Lucía Vélez", MATERNIDAD, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "thesis in June 2027 vs thesis defended",
        [
            told("Maximiliano Roldán", TESIS, due=False),
            told(
                "Carolina Luque",
                ("Ya defendió la tesis en octubre, lista para cambiar.", date(2026, 10, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "end of Q1 go-live said in October vs last year's Q1",
        [
            heard(
                "Heitor Cavalcanti",
                li(35, "Fico até o go-live no fim do Q1, depois conversamos."),
                due=False,
            ),
            heard(
                "Débora Sales",
                li(400, "Fico até o go-live no fim do Q1, depois conversamos."),
                due=True,
            ),
        ],
    ),
    W(
        "a wait ending after New Year 2028: 'no antes de 2028'",
        [
            told(
                "Leopoldo Anaya",
                (
                    "Firmó un contrato de dos años con la minera; no antes de 2028.",
                    date(2026, 3, 2),
                ),
                due=False,
            )
        ],
        week=date(2027, 6, 7),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a note full of dates, available now",
        [
            heard(
                "Marcos Villalobos",
                ats(
                    LONG_AGO,
                    "Ingresó a su empresa en ene 2023, ascendido en jul 2025, vacaciones del 10 "
                    "al 20 de octubre ya tomadas, cerró el proyecto el 30/09. Disponible ya.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "dates of past jobs in a LinkedIn reply, no wait",
        [
            heard(
                "Gabriela Paredes",
                li(
                    LONG_AGO,
                    "Trabajé en Interbank de 2019 a 2022 y en Yape desde marzo 2022. Me "
                    "interesa conversar cuando quieras.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Carnaval mentioned as a past holiday, no wait",
        [
            heard(
                "Tiago Moura",
                wa(
                    LONG_AGO, "voltei do Carnaval em Salvador em fevereiro, tô de boa pra conversar"
                ),
                due=True,
            )
        ],
    ),
    W(
        "'give me a year to settle in' after a new job is a wait",
        [
            heard(
                "Nicolás Herrera",
                li(60, "Arranqué en un laburo nuevo, dame un año para asentarme."),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint -----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent by WhatsApp nine days ago vs five months ago",
        [
            Due(
                "Ernesto Salcedo",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
            NotDue(
                "Pamela Robledo",
                apps=[JUNE_2025_FINAL],
                touches=[touch(9, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
        ],
    ),
    W(
        "a catch-up call two weeks ago is not listed",
        [
            NotDue(
                "Ignacio Benavente",
                apps=[JUNE_2025_FINAL],
                touches=[touch(14, "outbound", "replied", channel="phone")],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back is due",
        [
            heard(
                "Alfonso Barragán",
                wa(date(2026, 1, 12), "no me escriban más"),
                wa(date(2026, 6, 15), "oye, retomemos: ya estoy buscando, mándame lo que tengas"),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into a deletion is not",
        [
            heard(
                "Natalia Bustos",
                li(date(2026, 2, 2), "Mantenme al tanto de cualquier cosa."),
                li(date(2026, 6, 1), "Por favor borra mis datos y no me contactes más."),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early is due",
        [
            heard(
                "Eduardo Rangel",
                wa(date(2026, 5, 4), "no antes de enero, estoy en un proyecto"),
                wa(date(2026, 6, 22), "se canceló el proyecto, ya puedo hablar"),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Carnaval' is not due",
        [
            heard(
                "Rosana Pires",
                wa(date(2026, 5, 11), "quando quiser, tô aberta"),
                wa(date(2026, 6, 15), "mudei de ideia: só depois do Carnaval do ano que vem"),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the candidate is due",
        [
            heard(
                "Gustavo Irigoyen",
                ats(date(2026, 1, 26), "cand molesto, pidió no contactar. DNC."),
                mail(
                    date(2026, 6, 8),
                    "Sé que en enero pedí que no me contactaran, pero ahora estoy buscando: "
                    "escríbanme con lo que tengan.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a wait lengthened: 'after aguinaldo' then 'after Semana Santa'",
        [
            heard(
                "Berenice Olvera",
                wa(date(2026, 5, 4), "después del aguinaldo hablamos"),
                wa(date(2026, 6, 8), "mejor después de Semana Santa del 2027, me ascendieron"),
                due=False,
            )
        ],
    ),
]

HELDOUT51_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
