"""Held-out weekly reconnect cases, twenty-third set: care, nursing-home, home-care, childcare,
veterinary and allied-health recruiters' own words, written by a stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 23").

Everyone here is otherwise due in the week of the case: reached a final interview in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are care groups' and vet chains' in-house
recruiters, NHS and HSE bank desks and locum agencies in the UK, Ireland, Australia, New Zealand
and Canada: call logs in their shorthand, candidates' texts, WhatsApps, emails and a formal
letter, some in Irish, Polish, Taglish and Hindi-English. What decides is what they told us:

1. opt-outs (a text to take me off your list, Irish, Polish, Taglish and Hindi-English, consent
   withdrawn in a letter, a retiree off all comms, "reported as spam", a bare "unsubscribe"):
   never listed; beside each a near-miss that is due (off the Saturday bank list only, email
   rather than a call, Viber rather than texts, "on duty, call later", an application withdrawn,
   retired from the NHS but doing private bank, LinkedIn no but email yes, the newsletter only);
2. waits counted from the day said and checked both ways: maternity leave to May, the festive
   rota, a relocation clawback to 1 March, a CT course with exams in February, a mother's surgery
   in Kochi, Stamp 4 in February, an Australian "over the summer holidays" that means December
   and January, winter pressures in ED, a preceptorship to 31 January: not listed while they run,
   listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give it a year" after a new start is not;
4. plain restraint: a spec sent by WhatsApp six days ago and a chat at a jobs fair twelve days
   ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "happy to hear" hardened into an
   erasure is not; a wait called off early is due and "whenever" turned into "after my
   revalidation" is not; a bank office's do-not-contact later lifted by the candidate is due.
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
    role="Registered Nurse",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text and WhatsApp, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's or bank office's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due, **overrides) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()], **overrides)


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "take me off your list vs take me off the Saturday bank list",
        [
            heard(
                "Chantelle Gorringe-Bly",
                wrote(
                    LONG_AGO, "take me off ur list. not interested in care work anymore", "other"
                ),
                due=False,
            ),
            heard(
                "Shanice Wolstencroft",
                wrote(
                    LONG_AGO,
                    "take me off the saturday bank list pls, weekdays still fine",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Irish: don't contact me again vs email rather than ring",
        [
            heard(
                "Muireann Ní Bhriain",
                wrote(
                    LONG_AGO, "Ná déan teagmháil liom arís faoi phost ar bith. Go raibh maith agat."
                ),
                due=False,
            ),
            heard(
                "Cathal Ó Dubhghaill",
                wrote(
                    LONG_AGO,
                    "Is fearr liom ríomhphost ná glao gutháin, le do thoil - bím ar an mbarda "
                    "an lá ar fad.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Polish: I don't want any more messages vs SMS rather than calls",
        [
            heard(
                "Jadwiga Szczepaniak",
                wrote(
                    LONG_AGO, "Nie chcę więcej żadnych wiadomości ani telefonów od was.", "other"
                ),
                due=False,
            ),
            heard(
                "Mirosława Kołodziejczyk",
                wrote(
                    LONG_AGO,
                    "Wolę SMS-y niż telefony, bo pracuję na zmiany. Oferty mile widziane.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Taglish: don't message me again vs Viber rather than text",
        [
            heard(
                "Analyn Tolentino-Reyes",
                wrote(LONG_AGO, "Wag niyo na po akong i-message ulit. Thank you po.", "other"),
                due=False,
            ),
            heard(
                "Rodelio Manansala",
                wrote(
                    LONG_AGO,
                    "Sa Viber na lang po tayo mag-usap, mas madali po for me. Open pa rin po ako.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a letter withdrawing consent vs a letter withdrawing one application",
        [
            heard(
                "Gwendolen Arbuthnot",
                wrote(
                    LONG_AGO,
                    "Dear Recruitment Team, I hereby withdraw my consent for Hollybank Care to "
                    "process my personal data for recruitment purposes. Please confirm it has "
                    "been deleted.",
                ),
                due=False,
            ),
            heard(
                "Euphemia Strangeways",
                wrote(
                    LONG_AGO,
                    "Dear Recruitment Team, I wish to withdraw my application for the Band 5 "
                    "post at Hollybank as I've accepted a post nearer home. I'd welcome future "
                    "vacancies.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired, off all comms vs retired from the NHS, doing private bank",
        [
            heard(
                "Lorraine Shufflebotham",
                logged(
                    LONG_AGO,
                    "Spoke to Lorraine - fully retired from nursing, asked to be removed from all "
                    "comms. Actioned.",
                ),
                due=False,
            ),
            heard(
                "Maxine Oddie",
                logged(
                    LONG_AGO,
                    "Spoke to Maxine - retired from the NHS in March, now doing private bank "
                    "shifts, still wants calls.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi-English: don't call me again vs on duty, call later",
        [
            heard(
                "Pratibha Sahasrabuddhe",
                wrote(
                    LONG_AGO,
                    "Mujhe dobara call mat karna please, mujhe koi job nahi chahiye.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Devika Nambiathiri",
                wrote(
                    LONG_AGO,
                    "Abhi duty pe hoon, baad mein call karna please - still interested in "
                    "nursing home jobs.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "reported as spam vs LinkedIn no, personal email yes",
        [
            heard(
                "Crispin Heathcote-Dunn",
                wrote(
                    LONG_AGO,
                    "Reported as spam. Don't message me again on here or anywhere.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Leopoldine Varga",
                wrote(
                    LONG_AGO,
                    "I hardly check LinkedIn - use my personal email for locum work instead.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'unsubscribe' vs off the newsletter, keep calling",
        [
            heard("Thaddea Winstanley", wrote(LONG_AGO, "UNSUBSCRIBE ME NOW"), due=False),
            heard(
                "Berenice Outhwaite",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the monthly newsletter please, but keep ringing me "
                    "about Band 6 therapy posts.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

MAT_LEAVE = ("On maternity leave until May 2027 - please don't call before then", date(2026, 9, 7))
FESTIVE = ("Covering the festive rota at her home, ring in January", date(2026, 10, 19))
CLAWBACK = (
    "Relocation package clawback until 1 March 2027 - won't move before that",
    date(2026, 8, 10),
)
CT_COURSE = (
    "Doing a CT course, exams the last week of February - nothing till they're done",
    date(2026, 10, 12),
)
KOCHI = (
    "Going home to Kochi for amma's surgery, back mid-January, contact after that",
    date(2026, 11, 9),
)
STAMP4 = ("Stamp 4 due in February, can't change employer before it", date(2026, 10, 5))
AUS_SUMMER = (
    "We'd move over the summer holidays once the kids finish Year 6 in December - not before",
    date(2026, 10, 12),
)
WINTER = (
    "Not during winter pressures - January and February are murder in ED. March.",
    date(2026, 10, 26),
)

WAITS = [
    W(
        "maternity leave to May vs back from maternity leave in September",
        [
            told("Rhosyn Gwilliam", MAT_LEAVE, due=False),
            told(
                "Llinos Prytherch",
                ("Back from maternity leave in September, open to new posts", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to May: due in June",
        [told("Eirlys Vaughan-Tudor", MAT_LEAVE, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "the festive rota, ring in January: not due in December; last year's rota is done",
        [
            told("Marvella Dimbleby", FESTIVE, due=False),
            told(
                "Precious Chiweshe",
                ("Did last year's festive rota, all done - happy to talk now", date(2026, 10, 19)),
                due=True,
            ),
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "the festive rota, ring in January: due in January",
        [told("Tendai Mavhunga", FESTIVE, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a relocation clawback to 1 March vs a clawback that ran out in September",
        [
            told("Alastair Macquarrie", CLAWBACK, due=False),
            told(
                "Fionnghal MacAulay",
                ("Relocation clawback ran out in September - free to move", date(2026, 8, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "a relocation clawback to 1 March: due in March",
        [told("Murdina Macrae", CLAWBACK, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "CT course exams at the end of February: not due early in February",
        [told("Sholto Barraclough", CT_COURSE, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "CT course exams at the end of February: due in March",
        [told("Peregrina Stallybrass", CT_COURSE, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "in Kochi till mid-January vs back from Kochi in October",
        [
            told("Jincy Edathil", KOCHI, due=False),
            told(
                "Sheeba Kunjumon",
                ("Back from Kochi in October after amma's operation, free now", date(2026, 11, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "in Kochi till mid-January: due in February",
        [told("Bincy Puthussery", KOCHI, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "Stamp 4 due in February vs Stamp 4 granted in the summer",
        [
            told("Preethy Olickal", STAMP4, due=False),
            told(
                "Lijo Kaippallil",
                ("Got Stamp 4 in July, can change employer now", date(2026, 10, 5)),
                due=True,
            ),
        ],
        week=date(2026, 12, 14),
    ),
    W(
        "Stamp 4 due in February: due in March",
        [told("Tintu Vadakkan", STAMP4, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "an Australian move over the summer holidays: not due in late November",
        [told("Bronwyn Tregenza-Hill", AUS_SUMMER, due=False, location="Brisbane, Australia")],
    ),
    W(
        "an Australian move over the summer holidays: due in February",
        [told("Kylie Blackwood-Dunne", AUS_SUMMER, due=True, location="Brisbane, Australia")],
        week=date(2027, 2, 15),
    ),
    W(
        "winter pressures in ED: not due in January",
        [told("Callum Fairclough-Reid", WINTER, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "winter pressures in ED: due in March",
        [told("Oisín Breathnach", WINTER, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "preceptorship to 31 January vs preceptorship signed off in September",
        [
            told(
                "Ffion Bevan-Rees",
                ("In preceptorship till 31 January, won't interview before", date(2026, 10, 5)),
                due=False,
            ),
            told(
                "Elspeth Carmody",
                ("Preceptorship signed off in September, ready for a move", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does ------------------------------

NO_WAIT = [
    W(
        "revalidated in September, PIN renewed to 2029, free to chat",
        [
            told(
                "Venetia Ormerod",
                (
                    "Revalidated 14/09, CPD hours logged, PIN renewed till 2029 - free to chat "
                    "any time",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from a wedding in Manila on 10 November vs give it a year after a 1 November start",
        [
            heard(
                "Arlene Magbanua",
                wrote(
                    date(2026, 5, 25),
                    "Back from my sister's wedding in Manila on 10 Nov, then free - anything "
                    "going?",
                    "other",
                ),
                due=True,
            ),
            told(
                "Rubylyn Saquilayan",
                (
                    "Started at the new home on 1 November - give it a year before you ring",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "half-term next week, after three any day is fine",
        [
            told(
                "Tabitha Hollingworth",
                (
                    "Half-term w/c 26/10 so school pickups, but any weekday after 3pm is fine "
                    "for a call",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "AHPRA registration on 3 August, in Perth since 20 September, open to offers",
        [
            told(
                "Saoirse Mulrennan",
                (
                    "AHPRA registration granted 03/08, landed in Perth 20/09, open to offers",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "RCVS CPD done in October, locum to 30 September ended, looking",
        [
            told(
                "Fabian Cordingley",
                (
                    "Locum contract ended 30/09, 35 hours of CPD done at the London Vet Show "
                    "in November - looking for perm",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a spec sent by WhatsApp six days ago vs the same months ago",
        [
            NotDue(
                "Nomvula Dlamini-Hart",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        6, outcome="no_reply", channel="other", note="Sent nights RGN spec on WA."
                    ),
                ],
            ),
            Due(
                "Thandeka Mokoena-Ives",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent days RGN spec on WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a chat at a jobs fair twelve days ago vs one in the spring",
        [
            NotDue(
                "Cormac Dunleavy",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Chatted at the RCN jobs fair stand, nothing for him yet.",
                    )
                ],
            ),
            Due(
                "Padraig Loughnane",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="meeting",
                        note="Chatted at the INMO jobs fair stand, nothing suitable yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call nine days ago",
        [
            NotDue(
                "Imogen Scattergood",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        9,
                        outcome="replied",
                        channel="phone",
                        note="catch up call, happy at Ashgrove for now, rings us if that changes",
                    )
                ],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'happy to hear' hardened into an erasure",
        [
            heard(
                "Kerenhappuch Doyle",
                wrote(date(2026, 2, 9), "stop texting me", "other"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry about the stroppy text in Feb, had just come off a run of nights. "
                    "Happy to hear about roles again.",
                ),
                due=True,
            ),
            heard(
                "Philippa Merryweather",
                wrote(date(2026, 2, 9), "Always happy to hear what's going."),
                wrote(
                    date(2026, 6, 1),
                    "Please delete all my details from your system and stop contacting me.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after April' called off early: due in January",
        [
            heard(
                "Ambrose Kilbride",
                wrote(date(2026, 9, 14), "Not till after April, I'm on a fixed-term to then."),
                wrote(
                    date(2026, 10, 19),
                    "Ignore the April thing - the trust ended my fixed-term early. Free now.",
                ),
                due=True,
            )
        ],
        week=date(2027, 1, 25),
    ),
    W(
        "'whenever' turned into 'after my revalidation in April'",
        [
            heard(
                "Geraldine Oxenham",
                wrote(date(2026, 6, 8), "Whenever, always up for a natter."),
                wrote(
                    date(2026, 8, 17),
                    "Actually leave it till after my NMC revalidation in April, it's doing my "
                    "head in.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a bank office's do-not-contact later lifted by the candidate",
        [
            heard(
                "Osbert Fanshawe",
                logged(date(2026, 1, 12), "Cand rang the bank office cross - DNC set on request."),
                wrote(
                    date(2026, 6, 22),
                    "I know I asked you not to contact me in January, but I'm after shifts "
                    "again - please get in touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a wait given in July replaced by 'free now' in October",
        [
            told(
                "Winsome Adebayo-Clarke",
                ("Can't look till after Easter, new manager starting", date(2026, 7, 6)),
                (
                    "Forget what I said about Easter - settled with the new manager, ready to move",
                    30,
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT23_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
