"""Held-out weekly reconnect cases, forty-ninth set: energy and utilities, written by a
forty-ninth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 49").

Everyone here is otherwise due in the week of the case: reached a client's final stage in May
2025 and lost to one other person, and was last spoken to long before the week (160 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are an engineering-staffing agency placing
offshore and field crews and in-house energy talent teams: consultants' ATS shorthand, call
notes, WhatsApps from the rig, LinkedIn replies, emails and formal letters, some in Norwegian
and German, from wind technicians, HV engineers, control-room operators, geoscientists,
rope-access techs, commissioning engineers and power traders in the UK, Norway, Germany, Texas,
Alberta and the Gulf. What decides is what they told us:

1. opt-outs (off your books after leaving the industry, "STOP" on WhatsApp, a LinkedIn "do not
   contact me", Norwegian, a German GDPR erasure, a consultant's DNC, a letter withdrawing
   consent, a Texan "quit calling", a bare "Unsubscribe", a Gulf "remove my number"): never
   listed; beside each a near-miss that is due (a new email address, email not WhatsApp, email
   not LinkedIn, not while offshore, not the company number, not that operator again, a change
   of address, no oil-field roles, the digest only, after 4pm on site);
2. waits counted from the day said and checked both ways: three months' notice, a spring
   turnaround, etter påske, after Eid, the end of hurricane season on 30 November, a Q1 desk
   bonus, a Kündigung zum 31.03., four weeks on a hitch, a baby and paternity leave, a
   refuelling outage, a GWO and BOSIET course in January: not listed while they run, listed
   once they have; each beside a twin whose wait ran out long ago;
3. notes full of dates that ask for no wait are due; "two years to settle in" after a new job
   and a probation to April are not;
4. plain restraint: a call eight days ago and a LinkedIn message twelve days ago hold a person
   back; the same long ago do not;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into an
   erasure is not; a wait called off early is due and "any time" turned into "after the
   outage" is not; a consultant's DNC later withdrawn by the candidate is due.
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
    rating=4.4,
    role="Wind Turbine Technician",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own message: email, a WhatsApp (``channel="other"``) or LinkedIn."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A consultant's line in the ATS."""
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
        "left wind, off your books entirely vs a new email address for the file",
        [
            heard(
                "Darren Keable",
                wrote(
                    LONG_AGO,
                    "Gone back to the farm, finished with wind. Take me off your "
                    "books completely and don't contact me again.",
                ),
                due=False,
            ),
            heard(
                "Kevin Mallett",
                wrote(
                    LONG_AGO,
                    "New email for your records - the Ørsted one shuts when I leave. "
                    "Keep the tech jobs coming.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "STOP on WhatsApp vs stop the WhatsApps, email me",
        [
            heard("Shane Bircham", wrote(LONG_AGO, "STOP.", "other"), due=False),
            heard(
                "Jordan Clowes",
                wrote(
                    LONG_AGO,
                    "no whatsapps pls, no signal on the SOV. email me, still looking",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: do not contact me vs not here, email me",
        [
            heard(
                "Fraser Laidlaw",
                wrote(LONG_AGO, "Do not contact me again about roles. Thanks.", "linkedin"),
                due=False,
            ),
            heard(
                "Euan Rintoul",
                wrote(LONG_AGO, "Rarely on here - email me instead, open to SAP jobs.", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "Norwegian: don't contact me any more vs don't ring me offshore",
        [
            heard(
                "Ståle Omdal",
                wrote(LONG_AGO, "Ikke kontakt meg mer. Jeg er ikke interessert."),
                due=False,
            ),
            heard(
                "Terje Fjelde",
                wrote(
                    LONG_AGO,
                    "Ikke ring meg når jeg er offshore - send en e-post, så tar "
                    "jeg det når jeg er hjemme.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German GDPR erasure vs not on the company number",
        [
            heard(
                "Jörg Tiedemann",
                wrote(
                    LONG_AGO,
                    "Ich widerspreche jeder weiteren Kontaktaufnahme und verlange "
                    "die Löschung meiner Daten nach Art. 17 DSGVO.",
                ),
                due=False,
            ),
            heard(
                "Sönke Hansen",
                wrote(
                    LONG_AGO,
                    "Bitte nicht mehr auf der Firmennummer anrufen, lieber privat "
                    "per Mail. Interesse an Intraday-Stellen besteht weiter.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a consultant's DNC vs not to be put forward to Equinor again",
        [
            heard(
                "Ragnhild Berge",
                logged(LONG_AGO, "Cand asked for no further contact of any kind. DNC set."),
                due=False,
            ),
            heard(
                "Synnøve Rygg",
                logged(LONG_AGO, "Cand: never submit to Equinor again. Other operators fine."),
                due=True,
            ),
        ],
    ),
    W(
        "a letter withdrawing consent vs a letter with a change of address",
        [
            heard(
                "Geoffrey Holt",
                wrote(
                    LONG_AGO,
                    "Dear Sirs, I hereby withdraw my consent to your processing "
                    "my data and request that you cease all communication. Yours faithfully.",
                ),
                due=False,
            ),
            heard(
                "Malcolm Lockerbie",
                wrote(
                    LONG_AGO,
                    "Dear Sirs, kindly note my change of address to 14 Mersey "
                    "View, Runcorn. I remain interested in HV vacancies. Yours faithfully.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Texas: quit calling, done vs no oil-field jobs, solar fine",
        [
            heard(
                "Cody Tubbs",
                wrote(LONG_AGO, "quit calling. done with yall. lose my number", "other"),
                due=False,
            ),
            heard(
                "Travis Kimbrough",
                wrote(LONG_AGO, "no more oilfield jobs pls, solar and battery only", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'Unsubscribe' vs the digest only",
        [
            heard("Oliver Pennington", wrote(LONG_AGO, "unsubscribe!"), due=False),
            heard(
                "Rupert Alleyne",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the weekly digest please - personal "
                    "approaches still welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Gulf: remove my number vs call after 4pm, on site",
        [
            heard(
                "Rajiv Nambiar",
                wrote(LONG_AGO, "Kindly remove my number and do not contact me further.", "other"),
                due=False,
            ),
            heard(
                "Suresh Warrier",
                wrote(
                    LONG_AGO, "Kindly call after 4pm only, on site at Ruwais in the day.", "other"
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NOTICE = (
    "Resigned from Ørsted 16/11, 3 months notice - nothing before mid Feb.",
    date(2026, 11, 16),
)
TURNAROUND = (
    "On the Grangemouth turnaround Feb to April - don't call before May.",
    date(2026, 11, 2),
)
PASKE = ("Ring meg etter påske, ikke før.", date(2026, 11, 9))
EID = ("After Eid al-Fitr please, not during Ramadan.", date(2026, 11, 16))
HURRICANE = (
    "On storm duty till hurricane season ends on Nov 30 - call me after.",
    date(2026, 6, 1),
)
BONUS = ("Desk bonus lands end of Q1 - not moving before.", date(2026, 10, 5))
KUENDIGUNG = ("Habe zum 31.03. gekündigt, vorher kann ich nicht wechseln.", date(2026, 11, 2))
HITCH = ("on a hitch, back on the beach in 4 wks, call then", date(2026, 11, 16))
BABY = ("Baby due early Jan, paternity leave till end of Feb - speak in March.", date(2026, 11, 2))
OUTAGE = (
    "Heysham refuelling outage runs till end of Jan, won't leave mid-outage.",
    date(2026, 11, 9),
)
TICKETS = ("GWO refresher + BOSIET renewal mid-Jan, put me forward after.", date(2026, 11, 9))

WAITS = [
    W(
        "three months' notice given last week vs one month's notice given in June",
        [
            told("Alasdair Swan", NOTICE, due=False),
            told(
                "Ruaridh Bell",
                ("Resigned 01/06, one month notice, free from July.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in March",
        [told("Hamish Tait", NOTICE, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "a spring turnaround, don't call before May vs last spring's turnaround",
        [
            told("Eddie Brannigan", TURNAROUND, due=False),
            told(
                "Alan Rutherglen",
                (
                    "On the Grangemouth turnaround Feb to April - don't call before May.",
                    date(2025, 11, 3),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a spring turnaround: still not due in March",
        [told("Billy Corr", TURNAROUND, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "a spring turnaround: due in May",
        [told("Frank Docherty", TURNAROUND, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "etter påske vs last year's Easter",
        [
            told("Sigve Undheim", PASKE, due=False),
            told("Odd Kvalheim", ("Ring meg etter påske, ikke før.", date(2025, 11, 10)), due=True),
        ],
    ),
    W(
        "etter påske: due in mid-April",
        [told("Leif Byberg", PASKE, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after Eid: not due in February, in Ramadan",
        [told("Omar Khalifa", EID, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Eid: due in late March",
        [told("Yasir Hamdan", EID, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "hurricane season ends 30 November: not due the week before",
        [told("Dwayne Arceneaux", HURRICANE, due=False)],
    ),
    W(
        "hurricane season over: due in December",
        [told("Jude Thibodeaux", HURRICANE, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "a Q1 desk bonus vs last year's bonus",
        [
            told("Hugo Wakefield", BONUS, due=False),
            told(
                "Felix Garnett",
                ("Desk bonus lands end of Q1 - not moving before.", date(2025, 10, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a Q1 desk bonus: due in April",
        [told("Giles Carver", BONUS, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "a Kündigung zum 31.03. vs one to last 30 June",
        [
            told("Lars Dethlefsen", KUENDIGUNG, due=False),
            told(
                "Hauke Brodersen",
                ("Habe zum 30.06. gekündigt, vorher kann ich nicht wechseln.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "a Kündigung zum 31.03.: due in April",
        [told("Timo Lorenzen", KUENDIGUNG, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "four weeks on a hitch said last week vs said in the summer",
        [
            told("Gary Bacon", HITCH, due=False),
            told(
                "Wayne Thrower",
                ("on a hitch, back on the beach in 4 wks, call then", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "four weeks on a hitch: due in January",
        [told("Lee Crisp", HITCH, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "a baby and paternity leave: not due in February",
        [told("Tom Ashcroft", BABY, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "a baby and paternity leave: due in March",
        [told("James Hebblethwaite", BABY, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "a refuelling outage to end of January vs last winter's outage",
        [
            told("Neil Entwistle", OUTAGE, due=False),
            told(
                "Stuart Parkinson",
                (
                    "Heysham refuelling outage runs till end of Jan, won't leave mid-outage.",
                    date(2025, 11, 10),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "GWO and BOSIET in January vs the same said last year",
        [
            told("Callum Dunstable", TICKETS, due=False),
            told(
                "Jamie Milne",
                (
                    "GWO refresher + BOSIET renewal mid-Jan, put me forward after.",
                    date(2025, 11, 10),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait, and ones that do ----------------------------

NO_WAIT = [
    W(
        "tickets and hitch dates, free on off weeks vs settling in for two years",
        [
            told(
                "Ross Gammack",
                (
                    "BOSIET renewed 03/25, GWO good till 09/27, next hitch 02/12 - free any "
                    "off week.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Gordon Pirie",
                ("Started at Equinor 01/09 - give me two years to settle in.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "probation passed in September vs on probation till April",
        [
            told(
                "Priya Prentice",
                (
                    "Joined SSEN 01/03, probation signed off 01/09, moved house in Oct - "
                    "happy to chat.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
            told(
                "Anjali Kapoor",
                ("Joined SSEN 01/10, on probation till April - not before.", date(2026, 11, 2)),
                due=False,
            ),
        ],
    ),
    W(
        "a rambling note of trips and courses with no ask",
        [
            told(
                "Brent Kozak",
                (
                    "Back from Banff 12/11, Montney field trip in Sept, Petrel course last "
                    "spring, daughter's grad in June. Free any afternoon.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a German note of dates with no ask",
        [
            told(
                "Kai Feddersen",
                (
                    "Seit 01.04. bei TenneT, Probezeit am 30.09. bestanden, Umzug im Oktober "
                    "erledigt - gern jederzeit melden.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a call eight days ago vs a call in the spring",
        [
            NotDue(
                "Graham Lawrie",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        8,
                        "outbound",
                        "replied",
                        channel="phone",
                        note="Caught up re HV roles, nothing live.",
                    )
                ],
            ),
            Due(
                "Keith Abernethy",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        "outbound",
                        "replied",
                        channel="phone",
                        note="Caught up re HV roles, nothing live.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LinkedIn message twelve days ago vs one in the summer",
        [
            NotDue(
                "Imogen Parry",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        "outbound",
                        "replied",
                        channel="linkedin",
                        note="Sent the Ørsted trader role, she had a look.",
                    )
                ],
            ),
            Due(
                "Harriet Lyall",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        170,
                        "outbound",
                        "replied",
                        channel="linkedin",
                        note="Sent the Ørsted trader role, she had a look.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a keep-me-posted hardened into an erasure",
        [
            heard(
                "Dylan Pugh",
                wrote(300, "Pls take me off your list."),
                wrote(LONG_AGO, "Ignore my last - I'm looking again, send me HV roles."),
                due=True,
            ),
            heard(
                "Aled Gwynne",
                wrote(300, "Keep me posted, ta!"),
                wrote(LONG_AGO, "Delete my data please and don't contact me again."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs any time turned into after the outage",
        [
            told(
                "Stuart Gillies",
                ("Don't call before the Torness outage is done in April.", date(2026, 10, 5)),
                ("Outage got pushed to 2028 - free to talk now, call any time.", date(2026, 11, 9)),
                due=True,
            ),
            told(
                "Rab Kerr",
                ("Any time, call whenever.", date(2026, 6, 1)),
                (
                    "Changed plans - not till after the Torness outage ends in March.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a consultant's DNC later withdrawn by the candidate",
        [
            heard(
                "Leon Fairbairn",
                logged(330, "Cand rang in angry, DNC set at his request."),
                wrote(
                    LONG_AGO,
                    "I know I asked you to stop in January but I'm back on the "
                    "market - please get in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Norwegian: come back later then don't ever",
        [
            heard(
                "Vegard Tungland",
                wrote(320, "Ta kontakt igjen til høsten."),
                wrote(LONG_AGO, "Jeg har ombestemt meg - ikke kontakt meg mer."),
                due=False,
            ),
            heard(
                "Eivind Rettedal",
                wrote(320, "Ikke kontakt meg."),
                wrote(LONG_AGO, "Beklager, jeg ser etter ny jobb nå - send gjerne stillinger."),
                due=True,
            ),
        ],
    ),
]

HELDOUT49_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
