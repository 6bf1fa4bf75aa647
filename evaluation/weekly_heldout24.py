"""Held-out weekly reconnect cases, twenty-fourth set: hospitality, food service, retail and
events recruiters' own words, written by a twenty-fourth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported on
its own line ("held-out 24").

Everyone here is otherwise due in the week of the case: reached our final stage (a trial shift or
a panel) in May 2025 and lost to one other person, and was last spoken to long before the week
(165 days, past a silver medalist's cadence), unless the case is about a recent contact. A wait is
typed into the ATS as a dated motivation, or sits in a reply sent long enough before the week
that no recent contact holds the person back instead. The voices are a hotel and restaurant
group's talent team and a hospitality and retail staffing desk in the US, Mexico, Spain, Italy,
Thailand and the UK: ATS shorthand, call notes, WhatsApp and LINE texts, LinkedIn replies, formal
letters, some in Spanish, Italian and Thai, about chefs, bar and store managers, front office,
housekeeping, events and AV crews. What decides is what they told us:

1. opt-outs (delete my number, remove me from your list, a GDPR erasure, "non voglio più
   ricevere offerte", out of hotels for good, don't message me again, consent withdrawn, "opt me
   out", a threat to report us, Thai "no need to send jobs any more"): never listed; beside each
   a near-miss that is due (a new number, a move to another city's list, a request for feedback,
   no weekends, not Pattaya, not this one, one application withdrawn, "opt me in", mid-service,
   send jobs on LINE);
2. waits counted from the day said and checked both ways: after Songkran, a peak-trading freeze
   till after Boxing Day, a ski season to mid-April, maternity leave to the end of February,
   after Semana Santa, Ramadan to Eid, a month to settle as a new GM, after Ferragosto: not
   listed while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due (Día de Muertos, Loy Krathong, Black Friday,
   a mezcal fair, an Umrah); "don't call me for a year" after a new job is not;
4. plain restraint: a role sent on WhatsApp six days ago, a coffee twelve days ago, a LinkedIn
   reply four days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   removal is not; a wait called off early is due and "whenever" turned into "after Semana Santa"
   is not; an ATS DNC later overruled by the candidate is due; "no calls" hardened into "stop
   everything" is not, and "stop everything" softened into "texts are fine" is.
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
    role="Restaurant General Manager",
)
LONG_AGO = 165  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp / LINE, with ``channel="other"``), as they typed it."""
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


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "'borra mi número' vs a new number to save",
        [
            heard(
                "Eréndira Maldonado",
                wrote(LONG_AGO, "Borra mi número, no quiero más mensajes de vacantes.", "other"),
                due=False,
            ),
            heard(
                "Anahí Cervantes-Lugo",
                wrote(
                    LONG_AGO,
                    "Cambié de número, guarda este nuevo y sígueme mandando vacantes 🙌",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'remove me from ur list' vs take me off the Miami list, put me on Chicago's",
        [
            heard(
                "Shaquille Dunmore",
                wrote(LONG_AGO, "remove me from ur list", "other"),
                due=False,
            ),
            heard(
                "Javon Pettiford",
                wrote(
                    LONG_AGO,
                    "take me off the miami list, i moved to chicago - put me on that one",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an ATS note of a GDPR erasure vs a request for trial-day feedback",
        [
            heard(
                "Felicity Armitage",
                noted(
                    LONG_AGO,
                    "Cand requested erasure of all her data under UK GDPR - delete within 30 "
                    "days, no further contact.",
                ),
                due=False,
            ),
            heard(
                "Rosamund Kettlewell",
                noted(
                    LONG_AGO,
                    "Cand requested written feedback on her trial day at the Chelsea site - "
                    "sent, she was grateful.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'non voglio più ricevere offerte da voi' vs no more weekends, other offers welcome",
        [
            heard(
                "Ornella Scognamiglio",
                wrote(LONG_AGO, "Non voglio più ricevere offerte da voi. Grazie."),
                due=False,
            ),
            heard(
                "Mariangela Squillace",
                wrote(
                    LONG_AGO,
                    "Non voglio più lavorare nei weekend, ma le altre offerte mandatele pure.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "out of hotels for good vs not Pattaya, Bangkok only",
        [
            heard(
                "Chalermchai Pattanapong",
                wrote(LONG_AGO, "Please stop sending me jobs. I'm out of hotels for good."),
                due=False,
            ),
            heard(
                "Sompong Lertwattana",
                wrote(LONG_AGO, "Please stop sending me jobs in Pattaya - Bangkok only, thanks."),
                due=True,
            ),
        ],
    ),
    W(
        "'please don't message me again' vs not this one, message me for director roles",
        [
            heard(
                "Garrison Pemberly",
                touch(
                    LONG_AGO,
                    "inbound",
                    "not_interested",
                    note="Not interested, and please don't message me again.",
                    channel="linkedin",
                ),
                due=False,
            ),
            heard(
                "Leopold Amsterdam-Reyes",
                touch(
                    LONG_AGO,
                    "inbound",
                    "not_interested",
                    note="Not interested in this one, but do message me again for F&B "
                    "director roles.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a formal withdrawal of consent vs a formal withdrawal of one application",
        [
            heard(
                "Winifred Chadwick",
                wrote(
                    LONG_AGO,
                    "Dear Sir or Madam, I hereby withdraw my consent to the processing of my "
                    "personal data by your company and request that you cease all contact.",
                ),
                due=False,
            ),
            heard(
                "Geraldine Ashby-Cole",
                wrote(
                    LONG_AGO,
                    "Dear Sir or Madam, I hereby withdraw my application for the Banquet "
                    "Manager position at the Riverside property. I remain keen on future roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'opt me out' vs 'opt me in for convention season'",
        [
            heard("Dusty Holcomb", wrote(LONG_AGO, "opt me out", "other"), due=False),
            heard(
                "Rusty Vandeventer",
                wrote(LONG_AGO, "opt me in for the vegas convention season gigs", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "hung up and threatened to report us vs hung up mid-service",
        [
            heard(
                "Charmaine Oduya",
                touch(
                    LONG_AGO,
                    outcome="not_interested",
                    channel="phone",
                    note="Cand hung up - said if we call again she'll report us. DNC.",
                ),
                due=False,
            ),
            heard(
                "Priscilla Abernathy-Noel",
                touch(
                    LONG_AGO,
                    outcome="replied",
                    channel="phone",
                    note="Cand hung up - mid-service, call back after 3pm. Sounded keen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Thai 'no need to send jobs any more' vs 'send jobs on LINE'",
        [
            heard(
                "Anucha Srisawat",
                wrote(LONG_AGO, "ไม่ต้องส่งงานมาอีกแล้วครับ ขอบคุณครับ", "other"),
                due=False,
            ),
            heard(
                "Weerapong Chaisiri",
                wrote(LONG_AGO, "ส่งงานมาทาง LINE ได้เลยครับ สนใจครับ", "other"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

SONGKRAN = (
    "Samui high season from now, GM won't release her - call after Songkran.",
    date(2026, 10, 19),
)
PEAK = (
    "Peak freeze at her store till after Boxing Day - no interviews, no leave.",
    date(2026, 11, 2),
)
SKI = ("Chalet chef in Courchevel Dec to mid-April, unreachable till it ends.", date(2026, 10, 12))
MATERNITY = ("On maternity leave till end of Feb - nothing before March.", date(2026, 10, 5))
SEMANA_SANTA = (
    "No llamar hasta después de Semana Santa, el hotel en Sevilla va a tope.",
    date(2026, 11, 9),
)
RAMADAN = (
    "Running the iftar buffets all Ramadan - let's talk after Eid.",
    date(2027, 1, 25),
)
FERRAGOSTO = ("Stagione in Costiera: sentiamoci dopo Ferragosto.", date(2026, 6, 15))

WAITS = [
    W(
        "after Songkran, said in October vs after Songkran, said in February",
        [
            told("Rattana Kongkaew", SONGKRAN, due=False),
            told(
                "Sukanya Thammasak",
                ("Call me after Songkran, too busy now ka.", date(2026, 2, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "after Songkran: due at the end of April",
        [told("Duangjai Phetcharat", SONGKRAN, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "a peak-trading freeze said this month vs one said last November",
        [
            told("Lorraine Gulliver", PEAK, due=False),
            told(
                "Beverley Thistlethwaite",
                ("Peak freeze till after Boxing Day, ring in January.", date(2025, 11, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "a peak-trading freeze: due in the middle of January",
        [told("Maxine Featherstone", PEAK, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "a ski season to mid-April vs back from last season since April",
        [
            told("Hamish Urquhart", SKI, due=False),
            told(
                "Torquil Menzies",
                (
                    "Back from the ski season since April, looking for a city kitchen.",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a ski season to mid-April: due in May",
        [told("Angus Farquhar-Reid", SKI, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "maternity leave to the end of February vs back from maternity leave in September",
        [
            told("Giovanna Pellegrino", MATERNITY, due=False),
            told(
                "Annunziata Ferraro",
                ("Back from maternity leave since September, ready to move.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to the end of February: due in March",
        [told("Loredana Capuozzo", MATERNITY, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "after Semana Santa, said in November vs said in March",
        [
            told("Triana Escobedo", SEMANA_SANTA, due=False),
            told(
                "Rocío del Valle Ordóñez",
                (
                    "Hasta después de Semana Santa no puedo, la Feria viene justo detrás.",
                    date(2026, 3, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after Semana Santa: due in April",
        [told("Esperanza Lebrija", SEMANA_SANTA, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Ramadan to Eid, in Ramadan vs Ramadan greetings and mornings free",
        [
            told("Farida Aminuddin", RAMADAN, due=False),
            told(
                "Nurul Hidayah Yusof",
                (
                    "Ramadan Kareem! Iftar service is at 6 so call me any morning, keen to talk.",
                    date(2027, 1, 25),
                ),
                due=True,
            ),
        ],
        week=date(2027, 2, 22),
    ),
    W(
        "Ramadan to Eid: due after Eid",
        [told("Siti Rahmawati", RAMADAN, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "give it a month as a new GM, said this month vs said in August",
        [
            told(
                "Everett Castellano",
                (
                    "Just started as GM at a Fulton Market spot - give it a month.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Sterling Mazurek",
                ("Just started as GM in River North - give it a month.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "after Ferragosto, checked in July vs last summer's, long over",
        [
            told("Carmela Esposito-Vinci", FERRAGOSTO, due=False),
            told(
                "Assunta Iaccarino",
                ("Dopo Ferragosto ci sentiamo, ora sono in stagione.", date(2025, 6, 16)),
                due=True,
            ),
        ],
        week=date(2026, 7, 20),
    ),
    W(
        "after Ferragosto: due in September",
        [told("Immacolata Russo-Amato", FERRAGOSTO, due=True)],
        week=date(2026, 9, 7),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "back from Tulum with dates and free afternoons vs 'don't call me for a year'",
        [
            told(
                "Azucena Barrientos",
                (
                    "Back from Tulum 14/11, did the mezcal fair 31/10 - free any weekday "
                    "afternoon for a call.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            told(
                "Zoraida Montenegro",
                (
                    "Started at the Four Seasons on 2 Nov - don't call me for a year at least.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Black Friday and Boxing Day worked, no wait asked",
        [
            told(
                "Janine Rowbotham",
                (
                    "Worked Black Friday and Boxing Day last year, no drama - send me SM roles "
                    "whenever.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Loy Krathong on the 24th, call any time this week",
        [
            told(
                "Nattakarn Bunyasiri",
                (
                    "Loy Krathong party at the hotel on 24 Nov, busy night, but call me any time "
                    "this week.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Día de Muertos survived, ready now",
        [
            told(
                "Xóchitl Ayala",
                (
                    "Día de Muertos fue una locura en el restaurante (1 y 2 de nov), ya "
                    "sobreviví - lista para escuchar ofertas.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from Umrah on 3 November, looking now",
        [
            told(
                "Hafiz Rahmatullah",
                ("Eid Mubarak! Back from Umrah on 3 Nov and looking now.", date(2026, 11, 9)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent on WhatsApp six days ago vs the same months ago",
        [
            NotDue(
                "Cristóbal Anguiano",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        6,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Polanco GM role by WhatsApp.",
                    ),
                ],
            ),
            Due(
                "Maximiliano Terrazas",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        170,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Roma Norte GM role by WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee twelve days ago vs one two hundred days ago",
        [
            NotDue(
                "Philomena Gartside",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        kind="check_in",
                        channel="meeting",
                        note="Coffee at Ancoats, caught up, nothing live for her yet.",
                    )
                ],
            ),
            Due(
                "Wilhelmina Crabtree",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        kind="check_in",
                        channel="meeting",
                        note="Coffee in Spinningfields, caught up, nothing live for her then.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LinkedIn reply four days ago vs one months ago",
        [
            NotDue(
                "Augustin Beaulieu",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        4,
                        "inbound",
                        "replied",
                        channel="linkedin",
                        note="Thanks - I'll have a look at the spec this weekend.",
                    ),
                ],
            ),
            Due(
                "Fabien Lacroix-Morel",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        "inbound",
                        "replied",
                        channel="linkedin",
                        note="Thanks - I'll read the spec on my day off.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        [
            heard(
                "Dolores Arredondo",
                wrote(date(2026, 1, 12), "Dejen de escribirme, por favor.", "other"),
                wrote(
                    date(2026, 6, 8),
                    "Perdón por lo de enero, ya estoy buscando - mándenme lo que tengan.",
                    "other",
                ),
                due=True,
            ),
            heard(
                "Graciela Tamayo",
                wrote(date(2026, 1, 12), "Manténganme al tanto, gracias.", "other"),
                wrote(
                    date(2026, 6, 8),
                    "Ya no quiero saber nada - bórrenme de su sistema.",
                    "other",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'whenever' turned into after Semana Santa",
        [
            told(
                "Marcelino Arrieta",
                ("Not till after Christmas - banqueting season.", date(2026, 10, 5)),
                ("Hotel closed early for renovation - free now, call any time.", date(2026, 11, 9)),
                due=True,
            ),
            told(
                "Evaristo Lumbreras",
                ("Call whenever, always happy to chat.", date(2026, 9, 7)),
                (
                    "Cambio de planes: nada hasta después de Semana Santa, me han ascendido.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "an ATS DNC later overruled by the candidate",
        [
            heard(
                "Bernadette Quigley-Santos",
                noted(date(2026, 1, 19), "Marked DNC - cand didn't want calls at work."),
                wrote(
                    date(2026, 6, 1),
                    "Hi - I know I'm marked do-not-contact but I've left that job. Please do "
                    "send me GM roles, email is best.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'no calls' hardened into 'stop everything' vs 'stop everything' softened into texts",
        [
            heard(
                "Lucinda Ferreira-Banks",
                wrote(date(2026, 1, 26), "no calls pls, text only", "other"),
                wrote(
                    date(2026, 6, 1), "actually stop everything, no texts either. done.", "other"
                ),
                due=False,
            ),
            heard(
                "Marguerite Osei-Bonsu",
                wrote(date(2026, 1, 26), "stop everything for now pls", "other"),
                wrote(date(2026, 6, 1), "ok you can text me again, looking now", "other"),
                due=True,
            ),
        ],
    ),
]

HELDOUT24_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
