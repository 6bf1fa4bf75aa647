"""Held-out weekly reconnect cases, sixty-third set: healthcare and social care recruiters' own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 63").

Everyone here is otherwise due in the week of the case: reached a final interview in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medallist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a message sent long enough before the week that no recent
contact holds the person back instead. The voices are NHS trust recruitment teams, nursing and
allied-health agencies and locum desks in the UK, Ireland, Australia, New Zealand and Canada:
ATS shorthand, WhatsApps, LinkedIn replies and emails from nurses, physios, radiographers,
pharmacists, paramedics and GPs, some in Tagalog, Hindi and Malayalam typed in Latin letters,
Portuguese and Polish. What decides is what they told us:

1. opt-outs (take me off your list, a locum desk's DNC, LinkedIn, Tagalog, Hindi, Malayalam,
   Portuguese, Polish): never listed; beside each a scoped stop that is due (a new email, texts
   not calls, email not WhatsApp, no weekend calls, not during a shift, no care-home shifts,
   agency work only);
2. waits counted from the day said and checked both ways: twelve weeks' notice, an OSCE date,
   after Christmas, after New Year in Polish, a trip home in Tagalog, maternity leave to June,
   a contract to the end of March 2027, after Carnival in Portuguese, after March in Hindi, a
   probation, an AHPRA decision, an exam: not listed while they run, listed once they have;
   each beside a twin whose wait is already over; "give me a year to settle in" is not due;
3. notes full of dates (ALS, DBS, revalidation, a PIN renewal) that ask for no wait are due;
4. plain restraint: a role sent eight days ago and a call twelve days ago are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into a stop is
   not, a wait called off early is due, "whenever" turned into "after Easter" is not, a DNC
   withdrawn by the candidate is due, and the same turns in Tagalog and Polish.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.3,
    role="Staff Nurse",
)
LONG_AGO = 170  # days before the week: past a silver medallist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp/text with ``channel="other"``, LinkedIn with
    ``channel="linkedin"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def ats(days, note) -> dict:
    """A recruiter's or locum desk's note in the ATS."""
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
        "take me off your list for good vs a new email for your list",
        [
            heard(
                "Corinne Blakemore",
                sent(
                    LONG_AGO,
                    "I've left the NHS and nursing. Take me off your list for good, "
                    "no more emails or calls please.",
                ),
                due=False,
            ),
            heard(
                "Yvette Ramsbottom",
                sent(
                    LONG_AGO,
                    "My trust email is going - please use yvette.r@example.org from "
                    "now on. Still keen to hear about ward posts.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Tagalog: never contact me again vs Tagalog: text only, no calls",
        [
            heard(
                "Rowela Magbanua",
                sent(
                    LONG_AGO,
                    "Ayoko na po ng kahit anong mensahe o tawag mula sa inyo. "
                    "Tanggalin na po ako sa listahan.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Cherry Ann Pascual",
                sent(
                    LONG_AGO,
                    "Text lang po, huwag tumawag habang naka-duty ako. Interesado pa rin po ako.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: send nothing ever again vs Hindi: email only, no WhatsApp",
        [
            heard(
                "Gurleen Sahota",
                sent(
                    LONG_AGO,
                    "Mujhe ab koi bhi message ya call mat bhejna. Meri details "
                    "hata do, main interested nahi hoon.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Meenakshi Kalyanasundar",
                sent(
                    LONG_AGO,
                    "WhatsApp pe mat bhejo please, sirf email karo. Jobs ke liye "
                    "abhi bhi interested hoon.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Malayalam: never call, delete me vs Malayalam: not on weekends",
        [
            heard(
                "Bincy Kuriakose",
                sent(
                    LONG_AGO,
                    "Ini orikkalum vilikkaruthu. Ente peru list il ninnu maattanam.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Soumya Pillai",
                sent(
                    LONG_AGO,
                    "Weekend il vilikkaruthu, kuttikalodoppam aanu. Weekdays il "
                    "vilikkaam, puthiya jolikal ariyan ishtamaanu.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: remove me, no more contact vs Portuguese: not during my shift",
        [
            heard(
                "Joana Quintela",
                sent(LONG_AGO, "Por favor retirem-me da vossa lista e não me contactem mais."),
                due=False,
            ),
            heard(
                "Raquel Moutinho",
                sent(
                    LONG_AGO,
                    "Não me liguem durante o turno, por favor. Mandem email, respondo à noite.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: delete my data vs Polish: no calls, email is fine",
        [
            heard(
                "Ewelina Sadowska",
                sent(LONG_AGO, "Proszę usunąć moje dane z bazy i nie kontaktować się ze mną."),
                due=False,
            ),
            heard(
                "Monika Zielińska",
                sent(LONG_AGO, "Proszę nie dzwonić, ale maile z ofertami czytam chętnie."),
                due=True,
            ),
        ],
    ),
    W(
        "a locum desk's DNC flag vs no more care-home shifts",
        [
            heard(
                "Dr Alistair Pemberton",
                ats(
                    LONG_AGO,
                    "DNC set at dr's request after complaint - no contact by any "
                    "channel, remove from all mailers",
                ),
                due=False,
            ),
            heard(
                "Dr Vanessa Oduya",
                ats(
                    LONG_AGO,
                    "Dr doesn't want care-home rounds any more - surgery sessions "
                    "only, otherwise v keen",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: not interested, don't message me again vs LinkedIn: no agency work",
        [
            heard(
                "Tristan Hollingworth",
                sent(LONG_AGO, "Not interested, please don't message me again.", "linkedin"),
                due=False,
            ),
            heard(
                "Esther Adjei",
                sent(
                    LONG_AGO,
                    "Not interested in agency work - permanent posts only, message "
                    "me anytime about those.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

NOTICE_12W = (
    "Handed in 12 weeks' notice at the trust today - nothing before it's worked.",
    date(2026, 11, 2),
)
OSCE = ("OSCE booked for 14 Jan - please don't contact me till after that.", date(2026, 10, 19))
XMAS = ("not till after christmas, ward's short and i've promised cover", date(2026, 11, 9))
MAT_LEAVE = ("On maternity leave until June 2027 - no roles before then please.", date(2026, 9, 7))
CONTRACT_MARCH = (
    "Locum contract at Middlemore runs till the end of March 2027, won't break it.",
    date(2026, 10, 12),
)
CARNIVAL = ("Só depois do Carnaval, vou ao Brasil em fevereiro.", date(2026, 11, 2))
PROBATION = (
    "Started at Nuffield in September, six months' probation - not moving before it's done.",
    date(2026, 9, 14),
)

WAITS = [
    W(
        "twelve weeks' notice handed in this month vs four weeks' handed in in August",
        [
            told("Kimberley Ashdown", NOTICE_12W, due=False),
            told(
                "Francine Oyelowo",
                ("Handed in 4 weeks' notice today, free from September.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "twelve weeks' notice from early November: due in February",
        [told("Roisin Cullinaghan", NOTICE_12W, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "an OSCE in January vs a PIN already issued",
        [
            told("Jonalyn Tuazon", OSCE, due=False),
            told(
                "Aileen Macapagal",
                ("Passed OSCE in August and PIN issued - ready to go.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "after the OSCE on 14 January: due at the end of January",
        [told("Ruby Jane Ocampo", OSCE, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "after Christmas vs after Easter, said in March",
        [
            told("Stephanie Rigby", XMAS, due=False),
            told(
                "Louise Fothergill",
                ("not till after easter, ward's short and i've promised cover", date(2026, 3, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "after Christmas: due in January",
        [told("Amanda Pickersgill", XMAS, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Tagalog: home in the Philippines till 10 January vs already back from holiday",
        [
            heard(
                "Rhodora Villafuerte",
                sent(
                    date(2026, 11, 9),
                    "Uuwi po ako sa Cebu mula Dec 10 hanggang Jan 10. "
                    "Pagbalik ko na lang po tayo mag-usap.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Jocelyn Santiago",
                sent(
                    date(2026, 5, 4),
                    "Nakabalik na po ako galing Pilipinas, pwede na po tayong mag-usap.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: after New Year, notice till end of December vs notice over in July",
        [
            heard(
                "Dorota Kaczmarek",
                sent(
                    date(2026, 11, 9),
                    "Proszę o kontakt po Nowym Roku, mam wypowiedzenie do końca grudnia.",
                ),
                due=False,
            ),
            heard(
                "Iwona Jabłońska",
                sent(date(2026, 6, 1), "Wypowiedzenie kończy się w lipcu, potem proszę dzwonić."),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave until June 2027 vs back from maternity leave in September",
        [
            told("Jessica Moorcroft", MAT_LEAVE, due=False),
            told(
                "Hannah Blackledge",
                ("Back from mat leave in September, keen to chat then.", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave until June 2027: due in mid-June",
        [told("Victoria Entwhistle", MAT_LEAVE, due=True)],
        week=date(2027, 6, 14),
    ),
    W(
        "a locum contract to the end of March 2027 vs one that ended in October",
        [
            told("Aroha Te Huriwai", CONTRACT_MARCH, due=False),
            told(
                "Kate Henare",
                ("Locum contract at Middlemore ended in October, free now.", date(2026, 10, 26)),
                due=True,
            ),
        ],
    ),
    W(
        "a locum contract to the end of March 2027: due in April",
        [told("Maia Rangihuna", CONTRACT_MARCH, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Portuguese: after Carnival next year vs after the summer holidays, said in June",
        [
            told("Camila Albergaria", CARNIVAL, due=False),
            told(
                "Larissa Pimentel",
                ("Só depois das férias de verão, em setembro falamos.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: after Carnival: due in March",
        [told("Fernanda Queiroz", CARNIVAL, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "Hindi: only after March vs Hindi: exam done, free now",
        [
            heard(
                "Deepika Thakur",
                sent(
                    date(2026, 11, 2),
                    "March ke baad hi baat karenge, abhi MSc ka final project chal raha hai.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Kavita Joshi",
                sent(
                    date(2026, 6, 8),
                    "Exam ho gaya, ab free hoon. Koi bhi achhi post ho to batana.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a six-month probation from September vs a probation passed in the summer",
        [
            told("Beverley Oakes", PROBATION, due=False),
            told(
                "Gillian Nuttall",
                ("Passed probation at Nuffield in July - open to offers.", date(2026, 7, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "a new job last month: give me a year to settle in",
        [
            told(
                "Nicola Sowerby",
                (
                    "Just started at the Royal Marsden - give me a year to settle in before you "
                    "ring.",
                    date(2026, 10, 19),
                ),
                due=False,
            )
        ],
    ),
    W(
        "an AHPRA decision quoted twelve weeks from late October vs registration granted",
        [
            heard(
                "Liam Gallacher",
                sent(
                    date(2026, 10, 26),
                    "AHPRA application lodged today, they said 12 weeks. "
                    "Nothing till I'm registered please.",
                ),
                due=False,
            ),
            heard(
                "Ryan McCormack",
                sent(date(2026, 6, 1), "AHPRA registration granted today - ready for offers."),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "compliance dates everywhere, available now",
        [
            heard(
                "Marcia Templeton",
                ats(
                    LONG_AGO,
                    "All in date: ALS 12/05/26, MH training 03/06/26, DBS update "
                    "service checked 28/04/26, revalidation due 31/03/28. Available now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a PIN renewed and a course finished, ready to talk",
        [
            told(
                "Oluwakemi Daramola",
                (
                    "PIN renewed 01/06, finished mentorship course 14/05, last shift at the "
                    "agency was 30/04 - ready to talk whenever.",
                    LONG_AGO,
                ),
                due=True,
            )
        ],
    ),
    W(
        "a GP's dates of appraisal and CPD, no wait asked",
        [
            heard(
                "Dr Feargal Moynihan",
                sent(
                    LONG_AGO,
                    "Appraisal signed off 10 April, revalidation 2028, CPD hours "
                    "logged to 31 May. Happy to hear about salaried posts any time.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Tagalog: dates of her IELTS and CBT, already passed, ready now",
        [
            heard(
                "Precious Joy Umali",
                sent(
                    LONG_AGO,
                    "Pasado na po ako sa IELTS noong March 3 at CBT noong April 20. "
                    "Handa na po akong mag-apply kahit kailan.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint -----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same sent four months ago",
        [
            Due(
                "Harriet Blenkinsop",
                apps=[MAY_2025_FINAL],
                touches=[touch(125, "outbound", "no_reply", "re_engagement")],
            ),
            NotDue(
                "Sophie Ackerley",
                apps=[MAY_2025_FINAL],
                touches=[touch(8, "outbound", "no_reply", "re_engagement")],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago",
        [
            NotDue(
                "Emmanuel Boateng",
                apps=[MAY_2025_FINAL],
                touches=[touch(12, "outbound", "replied", channel="phone")],
            )
        ],
    ),
    W(
        "a LinkedIn chat five months ago",
        [
            Due(
                "Tanvir Hossain",
                apps=[MAY_2025_FINAL],
                touches=[touch(150, "inbound", "replied", channel="linkedin")],
            )
        ],
    ),
]

# --- 5. the latest word counts ----------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a stop",
        [
            heard(
                "Paula Greenwood",
                sent(date(2026, 1, 12), "Please stop contacting me - Paula"),
                sent(
                    date(2026, 6, 8),
                    "Sorry for being short in January - I'm looking again, "
                    "please do send me ward posts.",
                ),
                due=True,
            ),
            heard(
                "Lisa Marie Dunne",
                sent(date(2026, 1, 12), "Keep me posted on anything in theatres!"),
                sent(
                    date(2026, 6, 8),
                    "Please remove me from your lists, I've taken a job in "
                    "Dubai and won't be coming back.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Dr Harjit Grewal",
                sent(
                    date(2026, 5, 4),
                    "Please don't contact me before next summer - I'm on a fellowship in Toronto.",
                ),
                sent(date(2026, 6, 15), "Fellowship ended early, I'm back and available now."),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Easter'",
        [
            heard(
                "Caroline Pilkington",
                sent(date(2026, 5, 4), "Whenever suits, happy to chat. Cheers."),
                sent(
                    date(2026, 8, 3),
                    "Actually hold off till after Easter - we've got the "
                    "CQC coming and I'm the deputy.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a locum desk's DNC later withdrawn by the doctor",
        [
            heard(
                "Dr Ifeoma Chukwuma",
                ats(date(2026, 2, 2), "DNC set - dr annoyed at call volume"),
                sent(
                    date(2026, 6, 15),
                    "I asked you to stop in February but I'd now like to "
                    "hear about salaried GP posts - please get back in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Tagalog: a stop taken back",
        [
            heard(
                "Mary Grace Lacsamana",
                sent(date(2026, 2, 9), "Huwag na po muna kayong mag-message.", "other"),
                sent(
                    date(2026, 6, 1),
                    "Pwede na po ulit kayong mag-message, naghahanap na po ako ng bagong ward.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Polish: first keen, then delete my data",
        [
            heard(
                "Beata Górska",
                sent(date(2026, 3, 2), "Chętnie usłyszę o ofertach."),
                sent(date(2026, 6, 1), "Proszę usunąć moje dane i nie kontaktować się więcej."),
                due=False,
            )
        ],
    ),
    W(
        "after Christmas called off: free now after all",
        [
            heard(
                "Hollie Entwistle",
                sent(date(2026, 6, 1), "Not till after Christmas please."),
                sent(
                    date(2026, 6, 22),
                    "Scrap that - the ward's fully staffed now, I'm free to talk whenever.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT63_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
