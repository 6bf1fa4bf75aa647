"""Held-out weekly reconnect cases, fifty-fourth set: shared-service centres, banking
operations, insurance and IT outsourcing in Central and Eastern Europe and Portugal, written by
a stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

Everyone here is otherwise due in the week of the case: reached a final round in June 2025 and
lost to one other person, and was last spoken to 160 days before the week, unless the case is
about a recent contact. The voices are agency consultants and in-house TA at centres in Kraków,
Wrocław, Warsaw, Bucharest, Cluj, Iași, Brno, Prague, Budapest, Sofia, Lisbon and Porto (ATS
shorthand, third-person call notes), and candidates' emails, WhatsApps and LinkedIn replies, some
in Polish, Romanian, Czech, Hungarian, Bulgarian and Portuguese. What decides is what they told
us:

1. opt-outs (erase me, a consultant's DNC flag, "No thanks.", Polish, Romanian, Czech,
   Hungarian, Bulgarian, Portuguese): never listed; beside each a scoped stop that is due (one
   channel, a newsletter, one client, a new number, feedback owed first);
2. waits counted from the day said, checked both ways: a three-month UoP notice, Orthodox
   Easter, the long May weekend, a 13th salary in March, a Q1 close, "six weeks", parental
   leave to September 2027, an S/4HANA go-live, a probation, peak season to New Year, the end of
   January in Hungarian; each beside a twin whose wait has run out;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a call last week is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into erasure
   is not; a wait called off is due, "any time" turned into "after Easter" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 9),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email, WhatsApp (``channel="other"``) or LinkedIn reply, as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A consultant's or TA partner's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due -------------------------------------

OPT_OUTS = [
    W(
        "Polish: remove my data vs Polish: email rather than calls",
        [
            heard(
                "Wanda Kołek",
                wrote(LONG_AGO, "Proszę usunąć moje dane i więcej się ze mną nie kontaktować."),
                due=False,
            ),
            heard(
                "Lech Zarębski",
                wrote(LONG_AGO, "Wolę maile niż telefony, ale oferty chętnie dostanę."),
                due=True,
            ),
        ],
    ),
    W(
        "Romanian: don't write to me again vs new number",
        [
            heard(
                "Viorel Ghiță",
                wrote(LONG_AGO, "nu imi mai scrieti, nu sunt interesat de nimic", "other"),
                due=False,
            ),
            heard(
                "Simona Lupu",
                wrote(LONG_AGO, "am schimbat numarul: 0722 404 117. scrieti-mi acolo", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a consultant's DNC flag vs no more roles at one client",
        [
            heard(
                "Grażyna Sołtys",
                noted(LONG_AGO, "DNC - cand asked to be removed from all campaigns. no contact"),
                due=False,
            ),
            heard(
                "Patryk Wrzos",
                noted(LONG_AGO, "cand: not the Citi hub again pls, other clients fine"),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'No thanks.' vs no thanks to this one, keep me in mind",
        [
            heard("Tomasz Grzelak", wrote(LONG_AGO, "No thanks, sorry."), due=False),
            heard(
                "Anna Sulima",
                wrote(LONG_AGO, "No thanks to the Opole one - keep me in mind for Wrocław."),
                due=True,
            ),
        ],
    ),
    W(
        "Czech: don't contact me vs Czech: unsubscribe me from the newsletter only",
        [
            heard(
                "Zdeněk Hruška",
                wrote(LONG_AGO, "Nekontaktujte mě už prosím, nemám zájem."),
                due=False,
            ),
            heard(
                "Alena Řeháková",
                wrote(
                    LONG_AGO, "Odhlaste mě prosím z newsletteru, konkrétní nabídky posílejte dál."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hungarian: delete me vs Hungarian: evenings only",
        [
            heard(
                "Csaba Mészáros",
                wrote(LONG_AGO, "Töröljenek az adatbázisukból, és ne keressenek többet."),
                due=False,
            ),
            heard(
                "Ildikó Sipos",
                wrote(LONG_AGO, "Napközben ne hívjanak, este vagy e-mailben igen."),
                due=True,
            ),
        ],
    ),
    W(
        "Bulgarian: don't call me again vs send the feedback first",
        [
            heard(
                "Todor Ivanov",
                wrote(LONG_AGO, "Не ми се обаждайте повече. Не ме интересува.", "other"),
                due=False,
            ),
            heard(
                "Milena Dimova",
                wrote(
                    LONG_AGO,
                    "Първо ми пратете обратна връзка от финала, после пишете за нови позиции.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never applied, stop vs LinkedIn: remote roles only please",
        [
            heard(
                "Ventsislav Rangelov",
                wrote(
                    LONG_AGO,
                    "I never applied to you. Stop messaging me, I don't want any offers.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Albena Koleva",
                wrote(LONG_AGO, "Only remote roles please, the rest I'll skip.", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: take me off your lists vs LinkedIn only, not WhatsApp",
        [
            heard(
                "Fernando Quintela",
                wrote(LONG_AGO, "Retirem-me das vossas listas, não quero mais contactos."),
                due=False,
            ),
            heard(
                "Marisa Coutinho",
                wrote(LONG_AGO, "Por WhatsApp não, por favor - só LinkedIn ou email.", "linkedin"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ----------------------------------

WAITS = [
    W(
        "three-month UoP notice given this month vs given in May",
        [
            said(
                "Jarosław Kmiecik",
                ("Złożył wypowiedzenie dziś, 3 miesiące okresu wypow.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Roksana Fijałkowska",
                ("Złożyła wypowiedzenie dziś, 3 miesiące okresu wypow.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "not before Orthodox Easter: said in November (ends May 2027) vs said in February",
        [
            said(
                "Nicoleta Sandu",
                ("nu ma misc pana dupa Pastele ortodox", date(2026, 11, 9)),
                due=False,
            ),
            said(
                "Gheorghe Manole",
                ("nu ma misc pana dupa Pastele ortodox", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "after the long May weekend: said in October vs said in March",
        [
            said(
                "Kacper Domański",
                ("Not before majówka - release till end of April.", date(2026, 10, 12)),
                due=False,
            ),
            said(
                "Feliks Górecki",
                ("Not before majówka - release till end of April.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "waiting for the 13th salary in March: said in October vs said last December",
        [
            said(
                "Genowefa Kula",
                ("Won't move before the 13th salary in March.", date(2026, 10, 5)),
                due=False,
            ),
            said(
                "Sabina Wojtczak",
                ("Won't move before the 13th salary in March.", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "after the Q1 close: said this month vs said in January",
        [
            said(
                "Vladimír Šebesta",
                ("Not leaving mid-cycle - after Q1 close.", date(2026, 11, 16)),
                due=False,
            ),
            said(
                "Dagmar Vlčková",
                ("Not leaving mid-cycle - after Q1 close.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "call me in six weeks: a fortnight ago vs in August",
        [
            heard(
                "Octavian Bucur",
                wrote(14, "suna-ma peste 6 saptamani, sunt in migrare", "other"),
                due=False,
            ),
            heard(
                "Remus Ardelean",
                wrote(110, "suna-ma peste 6 saptamani, sunt in migrare", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave to September 2027 vs to September 2026",
        [
            said(
                "Izabela Konieczna",
                ("On parental leave until September 2027 - nothing before.", date(2026, 10, 5)),
                due=False,
            ),
            said(
                "Teresa Mazur",
                ("On parental leave until September 2026 - nothing before.", date(2025, 10, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "S/4HANA go-live 1 February vs go-live 1 September",
        [
            said(
                "Božena Kadlecová",
                ("Key user for the S/4 go-live on 1 February, nothing before.", date(2026, 10, 26)),
                due=False,
            ),
            said(
                "Šárka Hájková",
                ("Key user for the S/4 go-live on 1 September, nothing before.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "Hungarian: not before the end of January vs not before the end of September",
        [
            said(
                "Gábor Oláh",
                ("Január végéig nem tudok váltani.", date(2026, 11, 9)),
                due=False,
            ),
            said(
                "Katalin Pintér",
                ("Szeptember végéig nem tudok váltani.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "three-month probation: started this month vs started in April",
        [
            heard(
                "Borys Kaczmarek",
                wrote(
                    date(2026, 11, 2),
                    "Started at a new hub today - let me pass the 3-month probation first.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Leszek Pawłowicz",
                wrote(
                    date(2026, 4, 13),
                    "Started at a new hub today - let me pass the 3-month probation first.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "peak season till New Year: said last week vs a year ago",
        [
            heard(
                "Renato Espinheira",
                noted(
                    date(2026, 11, 16),
                    "Peak season at the e-comm client, nothing till after New Year.",
                ),
                due=False,
            ),
            heard(
                "Sónia Valadares",
                noted(
                    date(2025, 11, 17),
                    "Peak season at the e-comm client, nothing till after New Year.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: not before Easter (2027) vs said before Easter 2026",
        [
            said(
                "Hélder Figueira",
                ("Só depois da Páscoa, antes não consigo mudar.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Vera Lacerda",
                ("Só depois da Páscoa, antes não consigo mudar.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Bobotează (6 January): said this month vs said last November",
        [
            said(
                "Florentina Iordache",
                ("dupa Boboteaza, pana atunci e inchiderea de an", date(2026, 11, 16)),
                due=False,
            ),
            said(
                "Laurențiu Dragomir",
                ("dupa Boboteaza, pana atunci e inchiderea de an", date(2025, 11, 17)),
                due=True,
            ),
        ],
    ),
    W(
        "Orthodox Easter 2027 wait, checked in mid-May 2027: due",
        [
            said(
                "Valeria Munteanu",
                ("pana dupa Pastele ortodox nu ma misc", date(2026, 11, 9)),
                due=True,
            )
        ],
        week=date(2027, 5, 17),
    ),
    W(
        "three-month notice given in November, checked in March: due",
        [
            said(
                "Szczepan Pietrzyk",
                ("Złożył wypowiedzenie dziś, 3 mies. okresu wypow.", date(2026, 11, 2)),
                due=True,
            )
        ],
        week=date(2027, 3, 8),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "trainings and reviews with dates, free any day",
        [
            said(
                "Klementyna Rak",
                (
                    "trainings Sofia 3-7 Nov, back 10 Nov, reviews closed 20 Nov. Free for "
                    "interviews any day.",
                    date(2026, 11, 20),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a CV timeline of years and months, available now",
        [
            said(
                "Liviu Toma",
                (
                    "Endava 2019-2023, PFA since January 2023, last invoice 30 October - "
                    "available now.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "interviews on 2/10 and 16/10, can start whenever",
        [
            said(
                "Rosa Vidigal",
                (
                    "Interviews with another hub on 2/10 and 16/10, declined on 30/10. Can "
                    "start whenever, 30 days notice.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from holiday on 2 November, call any time",
        [
            said(
                "Jitka Doležalová",
                ("Back from Croatia on 2 November - call any time.", date(2026, 10, 19)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint --------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call last week vs the same call in May",
        [
            NotDue(
                "Radu Cernat",
                apps=[JUNE_2025_FINAL],
                touches=[touch(7, "outbound", "replied", channel="phone")],
            ),
            heard("Elisa Prado", touch(190, "outbound", "replied", channel="phone"), due=True),
        ],
    ),
    W(
        "a role sent on WhatsApp ten days ago vs in spring",
        [
            NotDue(
                "Kornelia Gil",
                apps=[JUNE_2025_FINAL],
                touches=[touch(10, "outbound", "replied", "re_engagement", channel="other")],
            ),
            heard(
                "Felicja Bartczak",
                touch(200, "outbound", "replied", "re_engagement", channel="other"),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "stop, then taken back vs keep me posted, then erase me",
        [
            heard(
                "Natasza Głowacka",
                wrote(date(2026, 2, 2), "Stop contacting me please, thank you."),
                wrote(date(2026, 6, 8), "Forget my earlier mail - I'm looking again, write to me."),
                due=True,
            ),
            heard(
                "Bolesław Fryc",
                wrote(date(2026, 2, 2), "Keep me posted about anything in Kraków."),
                wrote(date(2026, 6, 8), "Please erase my data and do not contact me again."),
                due=False,
            ),
        ],
    ),
    W(
        "not before March, then called off vs any time, then after Easter",
        [
            heard(
                "Ramona Grigore",
                wrote(date(2026, 5, 4), "nu inainte de martie", "other"),
                wrote(date(2026, 6, 1), "s-a anulat proiectul, sunt libera acum", "other"),
                due=True,
            ),
            heard(
                "Delia Pârvu",
                wrote(date(2026, 6, 1), "oricand, scrie-mi", "other"),
                wrote(date(2026, 6, 15), "de fapt nu pana dupa Paste, am examen ACCA", "other"),
                due=False,
            ),
        ],
    ),
    W(
        "a DNC flag later lifted by the candidate",
        [
            heard(
                "Ferdynand Lipski",
                noted(date(2026, 1, 12), "DNC at cand's own request."),
                wrote(
                    date(2026, 6, 8),
                    "I asked you to stop in January, but please do send me roles now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Czech: happy to hear, then 'už mě nekontaktujte'",
        [
            heard(
                "Ludmila Pešková",
                wrote(date(2026, 2, 2), "Klidně se ozvěte s nabídkami."),
                wrote(date(2026, 6, 8), "Už mě prosím nekontaktujte, nemám zájem."),
                due=False,
            )
        ],
    ),
    W(
        "after the summer, then not needed: free now vs free, then after the summer 2027",
        [
            heard(
                "Rozalia Kasprzak",
                wrote(date(2026, 4, 6), "nothing till after the summer"),
                wrote(date(2026, 5, 4), "scratch that, free now"),
                due=True,
            ),
            heard(
                "Ernest Chojnacki",
                wrote(date(2026, 4, 6), "free whenever"),
                wrote(
                    date(2026, 11, 2),
                    "changed my mind - nothing till after next summer, building a house",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Hungarian: stop, then 'írjanak nyugodtan' (write freely)",
        [
            heard(
                "Imre Kovács",
                wrote(date(2026, 1, 12), "Ne keressenek többet."),
                wrote(date(2026, 6, 8), "Meggondoltam magam, írjanak nyugodtan ajánlatokkal."),
                due=True,
            )
        ],
    ),
]

LATEST.append(
    W(
        "Portuguese: 'retirem-me' then 'afinal podem contactar-me'",
        [
            heard(
                "Adriano Sequeira",
                wrote(date(2026, 1, 19), "Retirem-me da vossa base de dados."),
                wrote(
                    date(2026, 6, 15),
                    "Afinal podem contactar-me, estou à procura de novo. Obrigado.",
                ),
                due=True,
            )
        ],
    )
)

HELDOUT54_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
