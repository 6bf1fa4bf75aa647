"""Held-out weekly reconnect cases, twenty-sixth set: the words of recruiters who hire for farms,
food plants, facilities and security, written by a twenty-sixth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 26").

Everyone here is otherwise due in the week of the case: reached the final interview in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are an agri-food recruitment desk and a
facilities-and-security talent team in New Zealand, Canada, the Netherlands, Kenya, Brazil,
Ireland and the US Midwest: ATS shorthand, third-person call notes, WhatsApp in lower case,
emails, LinkedIn messages, and lines in Dutch, Portuguese and Swahili, about herd managers,
growers, pickers, line leads, QA technicians, fitters, FM managers, security officers, cleaners,
pest controllers and greenkeepers. What decides is what they told us:

1. opt-outs (a Swahili "usinitafute tena", "STOP" by text, a logged DNC, Dutch, Portuguese, an
   erasure under the Kenyan Data Protection Act, "I'm blocking this number", a farmer's wife
   writing for him, a LinkedIn "no further contact", an unsubscribe with a reason): never listed;
   beside each a near-miss that is due (not during milking, stop the group texts, no calls at
   the plant, not the Westland, not the night shift, a data correction, a new number, a wife's
   message passed on, a new LinkedIn, an unsubscribe from one job board only);
2. waits counted from the day said and checked both ways: Gypsy Day, St Patrick's Day, Christmas
   and New Year in Brazil, Koningsdag, the Christmas door season, a knee operation typed into the
   motivations, the May long weekend in Canada: not listed while they run, listed once they
   have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a full season to prove myself"
   after a new job is not;
4. plain restraint: a role sent by WhatsApp eight days ago, a catch-up call three weeks ago, a
   candidate who rang in last week and a LinkedIn message twelve days ago are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a stop
   is not; a wait called off early is due and "whenever" turned into "after calving" is not; a
   stop logged from a wife's word and overruled by the man himself is due.
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
    rating=4.2,
    role="Herd Manager",
)
WAY_BACK = 170  # days before the week: past a silver medalist's cadence


def caught_up() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(WAY_BACK, "outbound", "replied", channel="phone")


def sent(days, words, channel="email") -> dict:
    """Their own message (WhatsApp or text with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=words, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def stated(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[caught_up()])


def said(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Swahili: don't look for me again vs not during milking",
        [
            said(
                "Mutua Kilonzo",
                sent(
                    WAY_BACK,
                    "Tafadhali usinitafute tena kuhusu kazi. Sina haja. Asante.",
                    "other",
                ),
                due=False,
            ),
            said(
                "Mbithe Musyoka",
                sent(
                    WAY_BACK,
                    "Usinipigie saa za kukamua, asubuhi na jioni. Mchana ni sawa, bado "
                    "natafuta kazi ya dairy.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by text vs stop the group texts, write to me direct",
        [
            said(
                "Garth Heinzelman",
                sent(WAY_BACK, "STOP. no more job texts to this number, ever", "other"),
                due=False,
            ),
            said(
                "Loretta Vanderhoef",
                sent(
                    WAY_BACK,
                    "can you stop adding me to the group texts with 40 other people. text me "
                    "direct, I'm still looking",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a logged DNC vs no calls at the plant",
        [
            said(
                "Fergal Muldowney",
                noted(WAY_BACK, "DNC per cand on call 4/6 - all channels. do not re-add"),
                due=False,
            ),
            said(
                "Killian Rafferty",
                noted(
                    WAY_BACK,
                    "per cand no calls while hes at the plant (M-F 6-2), evenings fine. still open",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: never approach me again vs not the Westland, Brabant is fine",
        [
            said(
                "Henk Bosschaart",
                sent(
                    WAY_BACK,
                    "Ik wil nooit meer door jullie benaderd worden. Verwijder mijn gegevens.",
                ),
                due=False,
            ),
            said(
                "Niels van Wanrooij",
                sent(
                    WAY_BACK,
                    "Geen vacatures meer in het Westland graag, te ver rijden. Brabant en "
                    "Limburg blijven welkom.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: take my number off your list vs not the night shift",
        [
            said(
                "Jucelino Pereira Matos",
                sent(
                    WAY_BACK,
                    "Tira meu número da lista de vocês, não quero mais receber nada.",
                    "other",
                ),
                due=False,
            ),
            said(
                "Rosimeire Dantas Lobo",
                sent(
                    WAY_BACK,
                    "Pra turno da noite não quero mais, mas vaga de dia pode continuar mandando.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an erasure under the Kenyan Data Protection Act vs a correction of her details",
        [
            said(
                "Akinyi Ouma",
                sent(
                    WAY_BACK,
                    "Under the Data Protection Act, 2019 I request that you erase my personal "
                    "data and stop contacting me about vacancies.",
                ),
                due=False,
            ),
            said(
                "Adhiambo Okoth",
                sent(
                    WAY_BACK,
                    "Under the Data Protection Act, 2019 I request that you correct my "
                    "details: I now hold a BSc in Food Science, not a diploma. Still "
                    "interested in QA roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'I'm blocking this number' vs here's my new number",
        [
            said(
                "Dustin Koenigsberg",
                sent(
                    WAY_BACK,
                    "how many times do i have to say it. blocking this number, dont contact "
                    "me again",
                    "other",
                ),
                due=False,
            ),
            said(
                "Garrett Vollmer-Ruiz",
                sent(
                    WAY_BACK,
                    "new number, old phone died at deer camp. save this one, still keen on "
                    "maintenance jobs",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a wife writes that he wants no contact vs a wife passes on his message",
        [
            said(
                "Murray Tisdall",
                sent(
                    WAY_BACK,
                    "Hi, this is Murray's wife. He's asked me to let you know he doesn't "
                    "want to be contacted about jobs any more, he's retiring from farming.",
                ),
                due=False,
            ),
            said(
                "Graeme Hoskin-Tuhi",
                sent(
                    WAY_BACK,
                    "Hi, this is Graeme's wife. He's out on the tractor all week but asked me "
                    "to say he's still keen and to email him the details.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: no further contact vs moved to a new LinkedIn, contact me there",
        [
            said(
                "Valerie Chuinard",
                sent(
                    WAY_BACK,
                    "I'd prefer no further contact from your agency, on here or anywhere "
                    "else. Thank you.",
                    "linkedin",
                ),
                due=False,
            ),
            said(
                "Monique Gendreau-Pike",
                sent(
                    WAY_BACK,
                    "I'm moving to a new LinkedIn profile - please contact me there from now "
                    "on. Still open to FM roles in Alberta.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsubscribe, with a reason vs unsubscribe from one job board only",
        [
            said(
                "Ferdinand Opiyo",
                sent(
                    WAY_BACK,
                    "Unsubscribe me please. I have started my own pest control business and "
                    "will not be looking for employment.",
                ),
                due=False,
            ),
            said(
                "Kennedy Wafula",
                sent(
                    WAY_BACK,
                    "Please unsubscribe me from the BrighterMonday alerts you set up, they "
                    "are too many. You can still email me directly about supervisor roles.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ---------------------------------

GYPSY_DAY = (
    "Signed on for the season - locked in till Gypsy Day (1 June). Talk to me in the last week "
    "of May."
)
PADDYS = "cand says leave it till after Paddy's Day - lambing and calving from Feb, flat out"
NATAL = "Agora não. Depois do Natal e do Ano Novo a gente conversa com calma."
KONINGSDAG = "Tot Koningsdag zit ik vast aan een project, daarna mag je bellen."
DOOR_SEASON = (
    "christmas party season on the doors, flat out. nothing till the middle of january pls"
)
KNEE = "Knee replacement on 30 Nov; surgeon says back on his feet by March - call then."
MAY_LONG = "Let's reconnect after the May long weekend - I'm tied up with spring opening."

WAITS = [
    W(
        "Gypsy Day, said in August: not due in November",
        [
            said("Rangi Herewini", sent(date(2026, 8, 3), GYPSY_DAY, "other"), due=False),
            said(
                "Jamie Te Kani",
                sent(
                    date(2026, 2, 2),
                    "Signed on for the season - locked in till Gypsy Day (1 June). Try me "
                    "after that.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Gypsy Day, said in August: due in June",
        [said("Nikau Puketapu", sent(date(2026, 8, 3), GYPSY_DAY, "other"), due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "after Paddy's Day, typed in October: not due in November",
        [
            stated("Tomás Fahy", (PADDYS, date(2026, 10, 12)), due=False),
            stated(
                "Éanna Gleeson",
                (
                    "cand says leave it till after Halloween, silage and slurry till then",
                    date(2026, 7, 13),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after Paddy's Day, typed in October: due in late March",
        [stated("Diarmuid Hurley", (PADDYS, date(2026, 10, 12)), due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "Portuguese: after Christmas and New Year, said in August: not due in November",
        [
            said("Genivaldo Lacerda", sent(date(2026, 8, 10), NATAL, "other"), due=False),
            said(
                "Marinalva Seixas",
                sent(
                    date(2026, 5, 4),
                    "Agora não. Depois das férias de julho a gente conversa com calma.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: after Christmas and New Year: due in January",
        [said("Edinaldo Furquim", sent(date(2026, 8, 10), NATAL, "other"), due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Dutch: till King's Day, said in July: not due in November",
        [
            said("Sjoerd Kamphuis", sent(date(2026, 7, 20), KONINGSDAG), due=False),
            said(
                "Tijmen Roodbeen",
                sent(date(2026, 3, 2), "Tot de zomervakantie zit ik vast, daarna mag je bellen."),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: till King's Day: due in May",
        [said("Gijs Oudshoorn", sent(date(2026, 7, 20), KONINGSDAG), due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "door work over the Christmas party season, said in August: not due in November",
        [
            said("Paudie Culligan", sent(date(2026, 8, 10), DOOR_SEASON, "other"), due=False),
            said(
                "Dara Mulcahy",
                sent(
                    date(2026, 4, 6),
                    "festival season on the doors, flat out. nothing till september pls",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "door work over the Christmas party season: due in late January",
        [said("Senan Guiney", sent(date(2026, 8, 10), DOOR_SEASON, "other"), due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "a knee replacement typed into his motivations: not due in November",
        [
            stated("Elmer Haugland", (KNEE, date(2026, 11, 2)), due=False),
            stated(
                "Verne Stoltzfus",
                ("Wants a shop with newer packaging lines, Krones or Sidel", date(2026, 11, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "a knee replacement typed into his motivations: due in March",
        [stated("Orville Brekke", (KNEE, date(2026, 11, 2)), due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "after the May long weekend, said in August: not due in November",
        [
            said("Lorne Beauchesne", sent(date(2026, 8, 3), MAY_LONG), due=False),
            said(
                "Gord Milliken",
                sent(
                    date(2026, 4, 13),
                    "Let's reconnect after the Labour Day weekend - I'm tied up with the "
                    "summer tournaments.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after the May long weekend: due in June",
        [said("Ardell Fontaine", sent(date(2026, 8, 3), MAY_LONG), due=True)],
        week=date(2027, 5, 31),
    ),
]

# --- 3. dates that ask for no wait, and a wait that does ----------------------------------

NO_WAIT = [
    W(
        "a long note full of calving dates, TB test and vet visits: no wait asked",
        [
            said(
                "Hamish Strachan-Tito",
                noted(
                    WAY_BACK,
                    "Long chat w Hamish. Planned start of calving 20 July, mating starts 23 "
                    "Oct, TB test booked for 12 Dec, vet's doing preg testing in Jan. Herd's "
                    "at 4.1 on the BCS. He's frustrated the owners won't reinvest and wants "
                    "to move to a herd manager job with more say - open to hearing about "
                    "anything, any time.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Portuguese ramble with dates, no wait asked",
        [
            said(
                "Sebastião Quaresma",
                sent(
                    WAY_BACK,
                    "Oi, tudo bem? Aqui foi corrido: safra começou em abril, auditoria da "
                    "Bonsucro em agosto, parada de manutenção em dezembro. Mas estou aberto "
                    "a propostas, pode mandar quando tiver.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "contract ends 31 December and he wants something lined up before: due",
        [
            said(
                "Lyle Vandenheuvel",
                sent(
                    WAY_BACK,
                    "My contract with the grower ends 31 Dec and I'd like to have something "
                    "lined up before then, so the sooner the better.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "started with a new sharemilker in June, 'give me a full season': not due",
        [
            said(
                "Toby Waaka",
                sent(
                    date(2026, 8, 3),
                    "just started with a new sharemilker in june. give me a full season to "
                    "prove myself before you send me anything",
                    "other",
                ),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent by WhatsApp eight days ago vs four months ago",
        [
            Due(
                "Kimani Gitau",
                apps=[MAY_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        120,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent the Naivasha packhouse lead role on WhatsApp.",
                        channel="other",
                    ),
                ],
            ),
            NotDue(
                "Kariuki Maina",
                apps=[MAY_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        8,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent the Naivasha packhouse lead role on WhatsApp.",
                        channel="other",
                    ),
                ],
            ),
        ],
    ),
    W(
        "a catch-up call three weeks ago vs five months ago",
        [
            NotDue(
                "Ailish Conroy",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        21, "outbound", "replied", channel="phone", note="Catch-up call, all well."
                    ),
                ],
            ),
            Due(
                "Emer Flannery",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        150, "outbound", "replied", channel="phone", note="Catch-up call, all well."
                    ),
                ],
            ),
        ],
    ),
    W(
        "rang in last week to say hello vs rang in back in spring",
        [
            NotDue(
                "Dwayne Ostergaard",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        6,
                        "inbound",
                        "replied",
                        channel="phone",
                        note="Rang in to say hi and ask what's about for fitters.",
                    ),
                ],
            ),
            Due(
                "Clint Hemmingsen",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        "inbound",
                        "replied",
                        channel="phone",
                        note="Rang in to say hi and ask what's about for fitters.",
                    ),
                ],
            ),
        ],
    ),
    W(
        "a LinkedIn message twelve days ago vs seven months ago",
        [
            NotDue(
                "Solange Pelletier",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        "outbound",
                        "no_reply",
                        "check_in",
                        note="LinkedIn: checked in about security supervisor roles.",
                        channel="linkedin",
                    ),
                ],
            ),
            Due(
                "Josée Gagnon-Ward",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        210,
                        "outbound",
                        "no_reply",
                        "check_in",
                        note="LinkedIn: checked in about security supervisor roles.",
                        channel="linkedin",
                    ),
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts --------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            said(
                "Wairimu Ndungu",
                sent(date(2026, 2, 9), "please stop sending me jobs", "other"),
                sent(
                    date(2026, 6, 1),
                    "Pole for February, things were hard at home. I'm ready to move now, "
                    "tafadhali send me anything in Kiambu or Limuru.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into a stop",
        [
            said(
                "Cormac Leddy",
                sent(date(2026, 2, 9), "Keep me posted on greenkeeping jobs."),
                sent(date(2026, 6, 1), "I've changed my mind, please don't contact me again."),
                due=False,
            )
        ],
    ),
    W(
        "a wait till March called off early",
        [
            said(
                "Benedito Arruda",
                sent(date(2026, 4, 6), "Só posso sair em março do ano que vem, contrato.", "other"),
                sent(
                    date(2026, 6, 8),
                    "Esquece o que falei de março, a usina me dispensou. Estou disponível já.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after calving'",
        [
            said(
                "Pierce Gilhooly",
                sent(date(2026, 6, 1), "Whenever you have something, I'm all ears."),
                sent(
                    date(2026, 8, 3),
                    "Actually, hold off till after the spring calving - April at the "
                    "earliest, I'm the only one on the farm.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a stop logged from his wife's word, overruled by him",
        [
            said(
                "Lyndon Ruatapu-Hall",
                noted(
                    date(2026, 1, 19),
                    "his wife answered and said to stop ringing - marked no contact",
                ),
                sent(
                    date(2026, 5, 25),
                    "Mate, my missus told you to stop ringing without asking me. I'm keen - "
                    "please do keep in touch about farm manager jobs.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT26_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
