"""Held-out weekly reconnect cases, eleventh set: a BPO, shared-services and German manufacturer's
recruiters' own words, written by an eleventh stranger to the reader (its code, its labelled sets
and the earlier case files' sentences were not looked at), measured and reported on its own line
("held-out 11").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is a dated motivation,
or sits in a reply sent long enough before the week that no recent contact holds the person back
instead. The voice is Taglish and English Viber replies, Mexican and Colombian WhatsApps,
Brazilian, Polish and German emails, recruiters' ATS lines and HR-system export lines. What
decides is what they told us:

1. opt-outs (never text me again, a PROFECO threat, an LGPD unsubscribe from everything, no more
   offers from your firm, a GDPR deletion, a recruiter's DNC after a privacy complaint, "no me
   vuelvan a escribir", consent withdrawn via the portal): never listed; beside each a near-miss
   that is due (not during my graveyard shift, not the landline, the newsletter only, no night
   shifts but other offers, an address update, the Cebu pool only, "write if QA comes up",
   consent renewed);
2. waits counted from the day said and checked both ways: the 13th month, the aguinaldo and the
   December holidays, three months to the quarter's end, Carnaval, "za pół roku", Elternzeit,
   Semana Santa, after New Year with stocktaking and Wigilia, a Probezeit to 31 March: not listed
   while they run, listed once they have; beside several a twin whose wait is already over or
   who named a holiday without asking for a wait;
3. notes full of dates and holidays that ask no wait are due (back from All Saints, the 13th
   month spent on Noche Buena, back from Carnaval); "give me a quarter" after a new job is not;
4. plain restraint: a post sent by Viber six days ago, a phone screen eleven days ago and a
   check-in email a fortnight ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into "delete
   my info" is not; "not before April" called off early is due in January; "always open" turned
   into "only after Carnaval" is not; a DNC later lifted by the candidate is due; a later erasure
   is not listed while a later "email only" is.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

SPRING_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Team Leader, Customer Care",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def replied(days, note, channel="other") -> dict:
    """Their own WhatsApp or Viber reply (or email, with ``channel="email"``), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[SPRING_2025_FINAL], touches=[last_call()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[SPRING_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Taglish: never text me again vs don't text during my graveyard shift",
        [
            wrote(
                "Ma. Cecilia Dumalagan",
                replied(
                    LONG_AGO,
                    "wag nyo na po akong i-text kahit kailan, hindi na po ako interesado sa "
                    "kahit anong account",
                ),
                due=False,
            ),
            wrote(
                "Rochelle Ann Macabuhay",
                replied(
                    LONG_AGO,
                    "wag nyo po muna akong i-text during shift (10pm-7am), after 8am nalang po "
                    "para gising ako hehe",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Mexican: stop calling or I report you vs stop calling the landline, use my cell",
        [
            wrote(
                "Griselda Ochoa Valdivia",
                replied(LONG_AGO, "Dejen de llamarme o los reporto con la PROFECO. Ya basta."),
                due=False,
            ),
            wrote(
                "Yesenia Rangel Mora",
                replied(
                    LONG_AGO,
                    "Dejen de llamarme al teléfono de casa, mejor al celular o por WhatsApp.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: unsubscribe me from everything, LGPD vs unsubscribed from the newsletter only",
        [
            wrote(
                "Michele Albuquerque Sá",
                replied(
                    LONG_AGO,
                    "Me descadastra de tudo, por favor. Com base na LGPD, não quero mais contato.",
                    "email",
                ),
                due=False,
            ),
            wrote(
                "Vanessa Queiroz Torres",
                replied(
                    LONG_AGO,
                    "Me descadastrei da newsletter, mas continuo aberta a vagas de "
                    "atendimento, tá?",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: no more offers from your firm vs no more night-shift offers, others welcome",
        [
            wrote(
                "Halina Zawadzka-Gil",
                replied(LONG_AGO, "Nie chcę więcej ofert od Państwa firmy. Dziękuję.", "email"),
                due=False,
            ),
            wrote(
                "Elżbieta Rogalska",
                replied(
                    LONG_AGO,
                    "Nie chcę więcej ofert z nocnymi zmianami, ale inne chętnie przeczytam.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: delete my applicant data under the GDPR vs update my applicant data",
        [
            wrote(
                "Gerhard Wollny",
                replied(
                    LONG_AGO,
                    "Ich bitte um Löschung meiner Bewerberdaten gemäß Art. 17 DSGVO und "
                    "wünsche keine weitere Kontaktaufnahme.",
                    "email",
                ),
                due=False,
            ),
            wrote(
                "Ute Kerkhoff",
                replied(
                    LONG_AGO,
                    "Ich bitte um Aktualisierung meiner Bewerberdaten: neue Anschrift in "
                    "Delbrück, Handynummer bleibt. Weiterhin gern Angebote.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC after a privacy complaint vs removed from the Cebu pool only",
        [
            wrote(
                "Joel Bacalso",
                noted(
                    LONG_AGO,
                    "DNC - cand threatened to file with the NPC over our calls. Do not contact "
                    "for any account.",
                ),
                due=False,
            ),
            wrote(
                "Ariel Cabigon",
                noted(
                    LONG_AGO,
                    "Cand asked to be removed from the Cebu pool only (moved back to Manila). "
                    "Keep in Manila pool.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Colombian: never write again, I'll never change vs I have a job but write if QA comes up",
        [
            wrote(
                "Yuliana Cardona Henao",
                replied(
                    LONG_AGO,
                    "No me vuelvan a escribir, tengo trabajo y no pienso cambiar nunca.",
                ),
                due=False,
            ),
            wrote(
                "Tatiana Orrego Villa",
                replied(
                    LONG_AGO,
                    "Ya tengo trabajo, pero escríbanme si sale algo de QA, no pierdo nada con "
                    "escuchar.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an HR-system export: consent withdrawn via the portal vs consent renewed via the portal",
        [
            wrote(
                "Jonathan Reyes Aquino",
                noted(LONG_AGO, "[HRIS import] Consent withdrawn by candidate via portal."),
                due=False,
            ),
            wrote(
                "Marvin Soliman Perez",
                noted(LONG_AGO, "[HRIS import] Consent renewed by candidate via portal."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

THIRTEENTH = (
    "hintayin ko muna 13th month ko, after Dec 24 pwede na ako lumipat",
    date(2026, 11, 2),
)
AGUINALDO = (
    "Hasta después del aguinaldo y de las vacaciones decembrinas; en enero sí platicamos.",
    date(2026, 11, 9),
)
KUENDIGUNG = (
    "Hat am 05.11. gekündigt, 3 Monate zum Quartalsende - frei ab 01.04.",
    date(2026, 11, 9),
)
CARNAVAL = ("Só depois do Carnaval, antes não dá.", date(2026, 11, 16))
POL_HALF = (
    "Odezwijcie się za pół roku, teraz wdrażam się w nowy projekt.",
    date(2026, 9, 7),
)
ELTERNZEIT = ("Elternzeit bis 31.01., vorher bitte keine Anrufe.", date(2026, 10, 5))
SEMANA_SANTA = (
    "Después de Semana Santa; ahorita estoy cerrando el año fiscal con el cliente.",
    date(2026, 11, 16),
)
WIGILIA = (
    "Po Nowym Roku - teraz inwentaryzacja, potem Wigilia u teściów.",
    date(2026, 11, 16),
)
PROBEZEIT = ("Probezeit bis 31.03., vorher kein Wechsel.", date(2026, 10, 5))

WAITS = [
    W(
        "13th month first, said this month vs a mid-year bonus in June, said in April",
        [
            said("Regine Almazan-Tiu", THIRTEENTH, due=False),
            said(
                "Mikaela Santiago-Uy",
                ("hintayin ko lang mid-year bonus sa June, then pwede na", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "13th month first: due in January",
        [said("Arvin Tolentino-Sy", THIRTEENTH, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "aguinaldo and the December holidays vs after Semana Santa, said in February",
        [
            said("Araceli Buendía Franco", AGUINALDO, due=False),
            said(
                "Zulema Ortega Ibarra",
                ("Después de Semana Santa me muevo, antes no.", date(2026, 2, 23)),
                due=True,
            ),
        ],
    ),
    W(
        "aguinaldo and the December holidays: due in mid-January",
        [said("Ofelia Carranza Solís", AGUINALDO, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "Kündigungsfrist to the end of March: not due in early March",
        [said("Wolfgang Teufel", KUENDIGUNG, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "Kündigungsfrist to the end of March: due in April",
        [said("Reinhold Bäuerle", KUENDIGUNG, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "only after Carnaval: not due in the first days of February",
        [said("Jéssica Farias Quintela", CARNAVAL, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "only after Carnaval: due at the end of February",
        [said("Suelen Batista Corrêa", CARNAVAL, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "Polish: in half a year, said in September vs in a month, said in September",
        [
            said("Wioletta Sadowska", POL_HALF, due=False),
            said(
                "Anna Maria Lipińska",
                ("Odezwijcie się za miesiąc, teraz jestem na urlopie.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: in half a year: due in March",
        [said("Beata Chrzanowska", POL_HALF, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "Elternzeit to 31 January vs Elternzeit that ended in June",
        [
            said("Svenja Mertens", ELTERNZEIT, due=False),
            said(
                "Carina Drewes",
                ("Elternzeit war bis Ende Juni, ich bin wieder im Job.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "Elternzeit to 31 January: due in mid-February",
        [said("Janina Vogelsang", ELTERNZEIT, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "after Semana Santa, said in November: not due in mid-March",
        [said("Rubén Galindo Esquivel", SEMANA_SANTA, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "after Semana Santa: due in April",
        [said("Efraín Cuéllar Varela", SEMANA_SANTA, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Polish: after New Year, stocktaking and Wigilia vs Wigilia mentioned, free all along",
        [
            said("Danuta Kołodziejczyk", WIGILIA, due=False),
            said(
                "Izabela Malinowska-Ryś",
                (
                    "Wigilia u teściów jak co roku, ale na rozmowy jestem dostępna cały czas.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: after New Year: due in January",
        [said("Stanisława Kubacka", WIGILIA, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Probezeit to 31 March: not due in February",
        [said("Nils Overbeck", PROBEZEIT, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "Probezeit to 31 March: due in late April",
        [said("Hendrik Bultmann", PROBEZEIT, due=True)],
        week=date(2027, 4, 19),
    ),
]

# --- 3. notes full of dates and holidays that ask no wait, and one that does ------------------

NO_WAIT = [
    W(
        "back from All Saints in Zakopane, call any time vs just started, give me a quarter",
        [
            said(
                "Grzegorz Bielawski-Toth",
                (
                    "Wróciłem po Wszystkich Świętych z Zakopanego, dzwońcie kiedy chcecie.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Cezary Wilczyński",
                (
                    "Zacząłem nową pracę 1 listopada - dajcie mi kwartał, potem pogadamy.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "the 13th month already spent on Noche Buena, open any time",
        [
            said(
                "Bernadette Quiambao",
                (
                    "ubos na 13th month ko sa Noche Buena hahaha, open po ako anytime sa offers",
                    date(2026, 1, 12),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from Carnaval in Recife in February, free to talk whenever",
        [
            said(
                "Priscilla Moura Calado",
                (
                    "Voltei do Carnaval em Recife dia 18/02, pode me chamar quando quiser.",
                    date(2026, 3, 2),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a job post sent by Viber six days ago vs the same sent months ago",
        [
            NotDue(
                "Kristel Anne Paras",
                apps=[SPRING_2025_FINAL],
                touches=[
                    last_call(),
                    touch(6, outcome="no_reply", channel="other", note="Sent TL post for QC site."),
                ],
            ),
            Due(
                "Nikki Rose Tabora",
                apps=[SPRING_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO + 20,
                        outcome="no_reply",
                        channel="other",
                        note="Sent TL post for QC site via Viber.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a phone screen eleven days ago vs one six months ago",
        [
            NotDue(
                "Rolando Quijano Peña",
                apps=[SPRING_2025_FINAL],
                touches=[
                    touch(
                        11,
                        outcome="replied",
                        channel="phone",
                        note="Screen done, nada abierto por ahora, le avisamos.",
                    )
                ],
            ),
            Due(
                "Cuauhtémoc Lira Barrón",
                apps=[SPRING_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="phone",
                        note="Screen hecho, nada abierto de momento, quedamos en hablar.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a check-in email a fortnight ago, no reply vs one in the spring",
        [
            NotDue(
                "Przemysław Dudek-Lach",
                apps=[SPRING_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        14,
                        outcome="no_reply",
                        note="Check-in: co słychać, czy coś się zmieniło?",
                    ),
                ],
            ),
            Due(
                "Zbigniew Ratajczak",
                apps=[SPRING_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        note="Check-in mail: jak tam w nowym zespole?",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a 'stop na po' taken back vs a 'keep me posted' hardened into 'delete my info'",
        [
            wrote(
                "Ronnel Bagasbas",
                replied(date(2026, 2, 9), "stop na po, ayoko na"),
                replied(
                    date(2026, 6, 8),
                    "sorry po sa sinabi ko nung Feb, stressed lang. open na po ulit ako sa offers",
                ),
                due=True,
            ),
            wrote(
                "Joanna Marie Sebastian",
                replied(date(2026, 2, 9), "not now po pero keep me posted"),
                replied(date(2026, 6, 8), "paki-delete na po lahat ng info ko sa system nyo"),
                due=False,
            ),
        ],
    ),
    W(
        "'not before April' called off: released early, due in January",
        [
            wrote(
                "Detlef Ruhnau",
                replied(
                    date(2026, 9, 7),
                    "Nicht vor April, Kündigungsfrist zum Quartalsende.",
                    "email",
                ),
                replied(
                    date(2026, 10, 12),
                    "Update: mein Arbeitgeber hat mich freigestellt, ich bin ab sofort verfügbar.",
                    "email",
                ),
                due=True,
            )
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "'always open' turned into 'only after Carnaval, getting married'",
        [
            wrote(
                "Larissa Prado Veloso",
                replied(date(2026, 6, 1), "Sempre aberta a conversar, me chama!"),
                replied(
                    date(2026, 8, 3),
                    "Agora só depois do Carnaval - vou casar em janeiro e tá uma loucura.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later lifted by the candidate herself",
        [
            wrote(
                "Milena Sarmiento Duque",
                noted(date(2026, 1, 26), "Cand molesta por llamadas - DNC a petición suya."),
                replied(
                    date(2026, 6, 15),
                    "Sé que en enero pedí que no me contactaran, pero ahora sí estoy buscando. "
                    "Escríbanme con lo que tengan.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Polish: write to me, later erase my data vs no calls, email only",
        [
            wrote(
                "Aldona Pietrasik",
                replied(date(2026, 3, 2), "Proszę pisać, jestem otwarta.", "email"),
                replied(date(2026, 7, 6), "Proszę usunąć moje dane z bazy.", "email"),
                due=False,
            ),
            wrote(
                "Urszula Kamińska-Bar",
                replied(date(2026, 3, 2), "Piszcie śmiało, chętnie zmienię pracę.", "email"),
                replied(
                    date(2026, 7, 6),
                    "Proszę nie dzwonić, tylko mailowo - w pracy nie mogę rozmawiać.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
]

HELDOUT11_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
