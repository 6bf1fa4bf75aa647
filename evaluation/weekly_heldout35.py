"""Held-out weekly reconnect cases, thirty-fifth set: recruiters in professional services and
resources across Australia, New Zealand, South Africa and Singapore, written by a thirty-fifth
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at), measured and reported on its own line ("held-out 35").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a message sent long enough before the week that no recent contact
holds the person back instead. The voices are a Sydney law firm's talent team, a Big Four
resourcing desk, a Perth FIFO agency, an Auckland construction consultancy and a Johannesburg
search firm: ATS shorthand, WhatsApp, LinkedIn, emails, Afrikaans, te reo Māori, Malay and
Singlish. What decides is what they told us:

1. opt-outs (a Privacy Act request to delete, "stop messaging me" on WhatsApp, a DNC set after a
   complaint, Afrikaans, Malay and Singlish stops, a LinkedIn "never again", "take me off your
   books" on retiring, "no thanks" to a draft): never listed; beside each a near-miss that is
   due (a new mobile, not on swing, no more in-house roles, email not phone, a newsletter only);
2. waits counted from the day said and checked both ways: EOFY, the Christmas shutdown, long
   service leave, Chinese New Year, the 13th cheque, three months' notice, the July partnership
   round, a swing ending on the 30th: not listed while they run, listed once they have; each
   beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" is not;
4. plain restraint: a role sent eight days ago and a call three weeks ago are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a DNC is
   not; a wait called off early is due and "anytime" turned into "after Easter" is not.
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
    role="Senior Associate",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="email") -> dict:
    """Their own email (WhatsApp with ``channel="other"``, LinkedIn with ``"linkedin"``)."""
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
        "a Privacy Act deletion request vs a new mobile for the file",
        [
            heard(
                "Winifred Calloway",
                sent(
                    LONG_AGO,
                    "Under the Australian Privacy Principles I request that you delete all "
                    "personal information you hold about me and stop contacting me.",
                ),
                due=False,
            ),
            heard(
                "Ptolemy Wickenden",
                sent(
                    LONG_AGO,
                    "New mobile is 0412 555 019 - please pop it on my file. Always happy to "
                    "hear about disputes roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp: stop messaging me for good vs not while I'm on swing",
        [
            heard(
                "Brayden Scullion",
                sent(LONG_AGO, "stop messaging me. for good. not interested", "other"),
                due=False,
            ),
            heard(
                "Koby Threadgold",
                sent(
                    LONG_AGO, "dont msg on swing pls, no reception in the pit. R&R is fine", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC after a complaint vs email rather than phone",
        [
            heard(
                "Gwendolyn Ashurst-Price",
                noted(
                    LONG_AGO,
                    "Cand complained to the managing partner about our calls. DNC applied, "
                    "remove from all talent pools.",
                ),
                due=False,
            ),
            heard(
                "Leopoldina Marsh",
                noted(
                    LONG_AGO,
                    "Cand prefers email to phone calls from now on - can't take calls at her desk.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: leave me alone vs rather WhatsApp than call",
        [
            heard(
                "Hendrik Coetzee",
                sent(
                    LONG_AGO,
                    "Los my asseblief uit. Ek wil geen boodskappe of oproepe meer van julle "
                    "kry nie.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Elsabé Venter",
                sent(
                    LONG_AGO,
                    "Stuur eerder 'n WhatsApp as om te bel, dankie. Ek kyk graag na nuwe rolle.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Malay: don't contact me again vs only in the evening",
        [
            heard(
                "Khairul Anuar bin Zainal",
                sent(LONG_AGO, "Jangan hubungi saya lagi. Terima kasih.", "other"),
                due=False,
            ),
            heard(
                "Farah Nadia binti Ismail",
                sent(
                    LONG_AGO,
                    "Boleh hubungi saya selepas pukul enam petang sahaja, saya masih berminat.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Singlish: don't disturb me anymore vs no more audit roles",
        [
            heard(
                "Desmond Quek Boon Hock",
                sent(LONG_AGO, "Pls stop disturbing me already, I not interested at all.", "other"),
                due=False,
            ),
            heard(
                "Rachel Seah Xin Hui",
                sent(
                    LONG_AGO,
                    "No more audit roles pls, sian already. Advisory or risk can send.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me again vs no in-house roles please",
        [
            heard(
                "Cornelius Ratcliffe",
                sent(
                    LONG_AGO,
                    "I'd ask that you never contact me again, here or anywhere else.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Ottilie Brampton",
                sent(
                    LONG_AGO,
                    "Please no in-house roles - private practice only. Otherwise keep them coming.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "te reo: retired, off your books vs newsletter off, roles on",
        [
            heard(
                "Tipene Hauraki",
                sent(
                    LONG_AGO,
                    "Tēnā koe - I've retired, so please take me off your books for good. Ngā mihi.",
                ),
                due=False,
            ),
            heard(
                "Mere Takerei",
                sent(
                    LONG_AGO,
                    "Kia ora - please take me off the quarterly newsletter, but I still want "
                    "to hear about QS roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to our draft vs no thanks to Port Hedland, Perth metro fine",
        [
            heard(
                "Shelby Kinnear",
                touch(LONG_AGO, "inbound", "replied", "re_engagement", note="no thanks mate"),
                due=False,
            ),
            heard(
                "Courtney Alderton",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    "re_engagement",
                    note="No thanks to the Port Hedland one - too far north for me. Perth metro "
                    "I'd look at.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

EOFY = ("Not moving before EOFY - bonus is paid after 30 June.", date(2026, 10, 12))
SHUTDOWN = (
    "Site shuts 18 Dec, back 11 Jan - ring her after the Christmas shutdown, not before.",
    date(2026, 11, 9),
)
LSL = (
    "On long service leave from 2 Nov till 12 Feb - touring the Top End, no calls.",
    date(2026, 11, 2),
)
CNY = (
    "Won't resign before CNY lah, bonus comes after. Talk after the holidays.",
    date(2026, 10, 19),
)
CHEQUE = ("Wag vir die 13th cheque in Desember - skakel my in Januarie.", date(2026, 9, 14))
NOTICE = (
    "Resigned at Deloitte 2 Nov, three months' notice - can't look at anything till Feb.",
    date(2026, 11, 2),
)
PARTNERSHIP = (
    "Up for partner in the July round - parking any move until it's announced.",
    date(2026, 9, 7),
)
MAT_LEAVE = (
    "On mat leave till mid-April 2027 - please don't call before she's back.",
    date(2026, 8, 17),
)
SWING = ("On swing till Mon 30 Nov, msg him on R&R after that.", date(2026, 11, 16))

WAITS = [
    W(
        "EOFY, said in October vs EOFY, said in February",
        [
            told("Ignatius Larkworthy", EOFY, due=False),
            told(
                "Belinda Rusconi",
                ("Not moving before EOFY - STI lands after 30 June.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "EOFY, said in October: due in July",
        [told("Prudence Oakhurst", EOFY, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "after the Christmas shutdown vs after last year's shutdown",
        [
            told("Evander Hillcoat", SHUTDOWN, due=False),
            told(
                "Genevieve Stannard",
                (
                    "Site shuts 19 Dec, back 12 Jan - ring her after the break.",
                    date(2025, 11, 10),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after the Christmas shutdown: due in late January",
        [told("Osric Brimblecombe", SHUTDOWN, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "long service leave till 12 Feb: not due in January",
        [told("Lavinia Thistlethwaite", LSL, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "long service leave till 12 Feb: due in March",
        [told("Ambrose Tregenza-Ward", LSL, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "not before Chinese New Year vs after last Chinese New Year",
        [
            told("Eugene Pang Wei Liang", CNY, due=False),
            told(
                "Joanne Heng Siew Lin",
                ("Won't resign before CNY, bonus comes after lah.", date(2025, 10, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "not before Chinese New Year: due in March",
        [told("Samuel Toh Kian Seng", CNY, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "waiting on the 13th cheque vs last December's 13th cheque",
        [
            told("Frikkie Lourens", CHEQUE, due=False),
            told(
                "Karabo Molefe",
                ("Waiting for the 13th cheque in December, then free to move.", date(2025, 9, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "waiting on the 13th cheque: due in January",
        [told("Zodwa Mahlangu", CHEQUE, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "three months' notice from 2 Nov vs one month's notice from 3 Aug",
        [
            told("Horatio Blennerhassett", NOTICE, due=False),
            told(
                "Marisol Etheridge",
                (
                    "Resigned at Deloitte 3 Aug, one month's notice, free from Sept.",
                    date(2026, 8, 3),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from 2 Nov: due in February",
        [told("Percival Ormerod", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "the July partnership round: not due in March",
        [told("Theodora Lumley", PARTNERSHIP, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "the July partnership round: due in late July",
        [told("Augustin Fairclough-Bray", PARTNERSHIP, due=True)],
        week=date(2027, 7, 26),
    ),
    W(
        "on swing till the 30th vs a swing that ended in October",
        [
            told("Trey Ballantyne", SWING, due=False),
            told(
                "Jace Heathcote",
                ("On swing till Fri 30 Oct, msg him on R&R after.", date(2026, 10, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "on swing till the 30th: due in December",
        [told("Kody Lambourne", SWING, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "maternity leave till April: not due in February",
        [told("Rowena Kilbride", MAT_LEAVE, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "maternity leave till April: due in May",
        [told("Annabella Trevithick", MAT_LEAVE, due=True)],
        week=date(2027, 5, 3),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a rambling call note full of dates vs give me a year to settle in",
        [
            heard(
                "Rosamund Whitlock",
                noted(
                    LONG_AGO,
                    "Long chat. Started at Allens Mar 2024, made SA July 2025, back from "
                    "Bali on the 3rd, sister's wedding in Feb, CLE points done by 31 March - "
                    "happy to hear about anything good whenever.",
                ),
                due=True,
            ),
            told(
                "Valentina Crossley",
                (
                    "Just started at Ashurst - give me a year to settle in before you send "
                    "anything.",
                    date(2026, 10, 5),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a new job last month, but open anytime",
        [
            heard(
                "Fitzgerald Ogunleye",
                sent(
                    LONG_AGO,
                    "Started at Arup last month, loving it so far, but I'm always open to a "
                    "chat about partner-track roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a LinkedIn note naming Easter and the March quarter as past events",
        [
            heard(
                "Anastasia Merriman",
                sent(
                    LONG_AGO,
                    "Since Easter I've been acting manager, and the March quarter close is "
                    "long done. Open to a conversation now.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from long service leave on 9 Nov, keen to talk",
        [
            told(
                "Leopold Hargreaves",
                ("Back from LSL on 9 Nov, batteries recharged - keen to talk.", date(2026, 11, 9)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same role sent months ago",
        [
            NotDue(
                "Maximilian Braddock",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", note="Sent the Barangaroo SA role spec."),
                ],
            ),
            Due(
                "Evangeline Shorthouse",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        note="Sent over the Barangaroo senior associate spec.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call three weeks ago vs one six months ago",
        [
            NotDue(
                "Thaddeus Crowhurst",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, still at KPMG, nothing to action.",
                    )
                ],
            ),
            Due(
                "Clementina Varga",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, still at EY, nothing to action right now.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a keep-me-posted hardened into a DNC",
        [
            heard(
                "Marcellus Dunbar",
                sent(date(2026, 2, 16), "Stop emailing me please, I'm sick of the spam."),
                sent(
                    date(2026, 6, 15),
                    "Ignore my grumpy email in Feb - I'm keen to hear about roles again.",
                ),
                due=True,
            ),
            heard(
                "Henrietta Polglase",
                sent(date(2026, 2, 16), "Keep me posted on anything senior in Perth, cheers."),
                noted(
                    date(2026, 6, 15),
                    "Cand rang - wants no further contact from us, ever. DNC set.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "an EOFY wait called off early",
        [
            told(
                "Reginald Applegarth",
                ("Not moving before EOFY - waiting on the bonus.", date(2026, 9, 7)),
                ("Bonus scheme scrapped - ready to move now, forget EOFY.", date(2026, 10, 26)),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'after Easter'",
        [
            told(
                "Seraphina Culverhouse",
                ("Anytime at all - always up for a yarn.", date(2026, 5, 11)),
                (
                    "Big restructure at work - hold off until after Easter next year please.",
                    date(2026, 9, 14),
                ),
                due=False,
            )
        ],
    ),
    W(
        "'ring me in November' pushed back to after Christmas",
        [
            told(
                "Ignacio Fairbairn",
                ("Ring me in November, things calm down then.", date(2026, 9, 28)),
                ("Push it back to after Christmas - new client win, flat out.", date(2026, 11, 2)),
                due=False,
            )
        ],
    ),
]

HELDOUT35_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
