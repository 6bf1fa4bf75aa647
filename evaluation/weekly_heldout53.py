"""Held-out weekly reconnect cases, fifty-third set: transport recruiting in its own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only), measured on its own
and never tuned to what Encore does.

Everyone here is otherwise due in the week of the case: reached the final stage in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed in as a dated
motivation, or sits in a message sent long enough before the week that no recent contact holds
the person back instead. The voices are aviation and rail recruiters, a crewing agent and
in-house TA (ATS shorthand, call notes) and the crews themselves (WhatsApps, LinkedIn replies,
emails), some in Dutch, German and Arabic: pilots, cabin crew, train drivers, deck officers,
controllers and rostering analysts in the UK, Ireland, the Netherlands, Germany, the Gulf and
Singapore. What decides is what they told us:

1. opt-outs (a WhatsApp STOP, a German erasure request, an Arabic "never call me again", a
   Dutch "niet meer benaderen", a crewing pool strike-off, an ATS DNC, a LinkedIn "stop, ever",
   "no thanks, take me off", a GDPR erasure in a call note, a retiring driver): never listed;
   beside each a near-miss that is due (email not WhatsApp, no phone calls, a new number, no
   newsletter, no Gulf contracts, one client only, no InMails, not this role, a subject access
   request, trainer roles wanted);
2. waits counted from the day said and checked both ways: three months' notice, a sea contract
   to mid-April, after Eid al-Adha, after Ramadan, after the Fahrplanwechsel, the 2027 summer
   season, Q2, six weeks, a training bond, after Christmas, a probation, paternity leave: not
   listed while they run, listed once they have; twins whose waits are already over;
3. notes full of dates (medicals, LPC/OPC, sign-off days, an end of service) that ask for no
   wait are due; "give me a year to settle in" after joining a new airline is not;
4. plain restraint: a WhatsApp eight days ago and a LinkedIn exchange twelve days ago are not
   listed; a call five months ago is;
5. the latest word counts: a stop taken back, a wait called off early, a DNC withdrawn in
   Arabic and a Dutch "bel me gerust weer" are due; a "keep me posted" hardened into an erasure
   and "whenever" turned into "after the summer timetable" are not.
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


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="email") -> dict:
    """Their own message (email, or WhatsApp/text with ``channel="other"``, or LinkedIn)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's or crewing agent's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "WhatsApp STOP vs no WhatsApps, email is fine",
        [
            wrote(
                "Kyle Ormondroyd",
                sent(LONG_AGO, "STOP. unsubscribe me from all of this", "other"),
                due=False,
            ),
            wrote(
                "Mitchell Gorringe",
                sent(LONG_AGO, "stop the whatsapps pls, email me instead - still looking", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "German: delete my data vs email only, no calls",
        [
            wrote(
                "Wolfgang Eichhorst",
                sent(
                    LONG_AGO,
                    "Bitte löschen Sie umgehend alle meine Daten und kontaktieren Sie mich "
                    "nicht mehr.",
                ),
                due=False,
            ),
            wrote(
                "Heike Sommerfeld",
                sent(
                    LONG_AGO,
                    "Bitte rufen Sie mich nicht an, ich fahre Schicht. Per E-Mail gerne.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: never call me again vs here is my new number",
        [
            wrote(
                "Majed Al-Mutairi",
                sent(LONG_AGO, "لا تتصل بي مرة أخرى ولا ترسل لي أي عروض.", "other"),
                due=False,
            ),
            wrote(
                "Ziad Khalaf",
                sent(
                    LONG_AGO, "غيرت رقمي، هذا رقمي الجديد. ما زلت أبحث عن عمل في الطيران.", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: don't approach me any more vs no newsletter, vacancies welcome",
        [
            wrote(
                "Gerrit Wolters",
                sent(LONG_AGO, "Ik wil niet meer door jullie benaderd worden. Groet, Gerrit"),
                due=False,
            ),
            wrote(
                "Ingrid Bosch",
                sent(
                    LONG_AGO, "Geen nieuwsbrief meer graag, maar vacatures blijf ik graag krijgen."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "crewing pool strike-off vs no more Gulf contracts",
        [
            wrote(
                "Lars Tollefsen",
                noted(LONG_AGO, "Removed from crew pool at his request, permanently. No offers."),
                due=False,
            ),
            wrote(
                "Teodor Nilsen",
                noted(
                    LONG_AGO, "C/O asks: no more Gulf contracts, Europe trades only. Keep in pool."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "ATS DNC at her request vs DNC for Emirates submissions only",
        [
            wrote("Rasha Odeh", noted(LONG_AGO, "DNC per cand. No further contact."), due=False),
            wrote(
                "Lina Sabbagh",
                noted(LONG_AGO, "DNC re Emirates only (ex-staff). All other clients OK."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: stop, not interested ever vs stop InMails, email me",
        [
            wrote(
                "Elliot Brackenbury",
                sent(LONG_AGO, "Please stop. Not interested, ever.", "linkedin"),
                due=False,
            ),
            wrote(
                "Naomi Achterberg",
                sent(LONG_AGO, "No InMails please - email works much better for me.", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks, take me off' vs 'no thanks to this one'",
        [
            wrote("Gemma Stainthorpe", sent(LONG_AGO, "no thanks - take me off please"), due=False),
            wrote(
                "Leah Wigglesworth",
                sent(
                    LONG_AGO,
                    "No thanks to this one, the Luton base is too far. Do keep me in mind.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a GDPR erasure in a call note vs a subject access request",
        [
            wrote(
                "Rosalind Tewkesbury",
                noted(LONG_AGO, "Cand requested erasure under GDPR. Erase and do not contact."),
                due=False,
            ),
            wrote(
                "Penelope Gascoigne",
                noted(
                    LONG_AGO, "Cand asked for a copy of her data (SAR) - sent. Still open to roles."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a retiring driver off all lists vs retiring from driving, wants trainer roles",
        [
            wrote(
                "Barry Heseltine",
                noted(LONG_AGO, "Retiring in the new year. Asked to come off all our lists."),
                due=False,
            ),
            wrote(
                "Neville Crowther",
                noted(
                    LONG_AGO,
                    "Coming off the footplate but wants driver trainer or assessor roles - "
                    "keep him on.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

NOTICE = (
    "Resigned from TUI today - three months' notice, nothing before March.",
    date(2026, 11, 2),
)
SEA = (
    "Joined the ship at Jebel Ali this week, back ashore mid-April - offer nothing before.",
    date(2026, 11, 9),
)
XMAS = ("Peak in the control room - not till after Christmas.", date(2026, 11, 9))
FAHRPLAN = (
    "Erst nach dem Fahrplanwechsel am 13. Dezember wieder melden, bitte.",
    date(2026, 10, 19),
)

WAITS = [
    W(
        "three months' notice from November vs from June",
        [
            said("Graeme Loftus", NOTICE, due=False),
            said(
                "Bernadette Cusack",
                (
                    "Resigned from TUI today - three months' notice, nothing before September.",
                    date(2026, 6, 1),
                ),
                due=True,
            ),
        ],
    ),
    W("a sea contract to mid-April, while it runs", [said("Andrzej Kowal", SEA, due=False)]),
    W(
        "a sea contract to mid-April, once it is over",
        [said("Andrzej Wiśniewski", SEA, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "after Eid al-Adha, said in October",
        [
            said(
                "Saeed Al-Ketbi",
                ("بعد عيد الأضحى إن شاء الله، ليس قبل.", date(2026, 10, 12)),
                due=False,
            )
        ],
    ),
    W(
        "after Ramadan, said in January",
        [
            said(
                "Nadine Farah",
                ("After Ramadan please, not before.", date(2026, 1, 5)),
                due=True,
            )
        ],
    ),
    W(
        "after the Fahrplanwechsel, once it is past",
        [said("Günter Haberland", FAHRPLAN, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "after the Fahrplanwechsel, before it",
        [said("Günter Steinbrecher", FAHRPLAN, due=False)],
    ),
    W(
        "flying the 2027 summer season",
        [
            said(
                "Alfie Merriman",
                (
                    "Signed up to fly the 2027 summer season - not moving until it ends in "
                    "October 2027.",
                    date(2026, 11, 16),
                ),
                due=False,
            )
        ],
    ),
    W(
        "not before Q2, said this month vs said a year ago",
        [
            said(
                "Henning Stahl",
                ("Not before Q2 - we're migrating the crew system in Q1.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Kai Lorenzen",
                ("Not before Q2 - we're migrating the crew system in Q1.", date(2025, 11, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "'give me six weeks' three weeks ago vs in August",
        [
            said(
                "Ruairi Coghlan", ("give me six weeks, line training", date(2026, 11, 2)), due=False
            ),
            said(
                "Padraic Gaffney", ("give me six weeks, line training", date(2026, 8, 3)), due=True
            ),
        ],
    ),
    W(
        "a training bond that ran out in September",
        [
            said(
                "Olivia Sherwin",
                ("Bonded to my airline till the end of September, free after.", date(2026, 3, 9)),
                due=True,
            )
        ],
    ),
    W("not till after Christmas, before it", [said("Marieke Lamers", XMAS, due=False)]),
    W(
        "not till after Christmas, after it",
        [said("Marieke Dijkhuizen", XMAS, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a six-month probation just started vs one passed",
        [
            said(
                "Yasmin Darwish",
                (
                    "Just joined Etihad - six-month probation, can't look before it's done.",
                    date(2026, 10, 5),
                ),
                due=False,
            ),
            said(
                "Salma Qasim",
                (
                    "Just joined Etihad - six-month probation, can't look before it's done.",
                    date(2026, 3, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "paternity leave to the end of January",
        [
            said(
                "Stefan Brinkmann",
                ("In Elternzeit bis Ende Januar - bitte erst danach.", date(2026, 11, 16)),
                due=False,
            )
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait; a year to settle in ------------------------

NO_WAIT = [
    W(
        "medicals and checks with dates, available any time",
        [
            said(
                "Harvey Pennington",
                (
                    "Medical renewed 3 Nov, LPC 12 Oct, OPC next May - available any time, "
                    "normal notice.",
                    date(2026, 11, 10),
                ),
                due=True,
            )
        ],
    ),
    W(
        "signed off in October, home since",
        [
            said(
                "Marius Popescu",
                (
                    "Contract ended 30/09, signed off 14 Oct in Rotterdam, home and looking.",
                    date(2026, 10, 20),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Dutch: out of service since 1 October, available now",
        [
            said(
                "Wilma Ketelaar",
                ("Sinds 1 oktober uit dienst bij KLM, per direct beschikbaar.", date(2026, 10, 26)),
                due=True,
            )
        ],
    ),
    W(
        "a year to settle in after joining Qatar Airways",
        [
            said(
                "Cormac Ó Dálaigh",
                (
                    "Started with Qatar Airways last month - give me a year to settle in.",
                    date(2026, 11, 2),
                ),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "a WhatsApp eight days ago vs a call five months ago",
        [
            NotDue(
                "Chloe Threlfall",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(8, "outbound", "no_reply", note="sent the MAN FO role", channel="other")
                ],
            ),
            Due(
                "Imogen Rawcliffe",
                apps=[MAY_2025_FINAL],
                touches=[touch(150, "outbound", "replied", note="catch-up call", channel="phone")],
            ),
        ],
    ),
    W(
        "a LinkedIn exchange twelve days ago",
        [
            NotDue(
                "Rahul Chitnis",
                apps=[MAY_2025_FINAL],
                touches=[sent(12, "Thanks, I'll have a look and come back to you.", "linkedin")],
            )
        ],
    ),
]

# --- 5. the latest word counts ----------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            wrote(
                "Deirdre Hennessy",
                sent(date(2026, 1, 12), "Stop emailing me please, thank you."),
                sent(date(2026, 5, 18), "Ignore my January email - I'm looking now, please write."),
                due=True,
            )
        ],
    ),
    W(
        "a keep-me-posted hardened into an erasure",
        [
            wrote(
                "Martin Quigley",
                sent(date(2026, 1, 12), "Keep me posted on anything in Dublin!"),
                sent(date(2026, 5, 18), "Please erase my details and stop contacting me."),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            wrote(
                "Sabine Lehnert",
                sent(date(2026, 3, 2), "Bitte nicht vor Februar 2027 melden."),
                sent(date(2026, 5, 11), "Vergessen Sie Februar - ich bin ab sofort offen."),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after the summer timetable'",
        [
            wrote(
                "Roisin Mulcahy",
                sent(date(2026, 3, 2), "Whenever suits, always happy to hear."),
                sent(
                    date(2026, 6, 8),
                    "Actually not until the 2027 summer timetable is over - I've committed to "
                    "the base till next October.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an Arabic DNC withdrawn",
        [
            wrote(
                "Nabil Haddad",
                sent(date(2026, 1, 19), "أرجو عدم التواصل معي.", "other"),
                sent(
                    date(2026, 6, 1),
                    "أعتذر عن رسالتي السابقة، أنا الآن أبحث عن عمل، تواصل معي من فضلك.",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Dutch: no more contact, then call me any time",
        [
            wrote(
                "Hendrik Jongeling",
                sent(date(2026, 2, 2), "Geen contact meer graag."),
                sent(date(2026, 5, 25), "Bel me gerust weer, ik sta open voor iets nieuws."),
                due=True,
            )
        ],
    ),
]

HELDOUT53_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
