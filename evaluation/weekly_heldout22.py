"""Held-out weekly reconnect cases, twenty-second set: transport, logistics, aviation and maritime
recruiters in their own words, written by a twenty-second stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported on
its own line ("held-out 22").

Everyone here is otherwise due in the week of the case: reached a final stage in June 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed in as a dated
motivation, or sits in a reply sent long enough before the week that no recent contact holds the
person back instead. The voices are an aviation crewing agency's notes, a logistics TA team's
ATS shorthand, drivers' WhatsApps and voice-note transcripts, seafarers' emails, and a few lines
in Malay, Gulf Arabic in Latin letters and Afrikaans. What decides is what they told us:

1. opt-outs (a number blocked for good, an agency DNC on all channels, Malay, Afrikaans, Gulf
   Arabic, a seafarer's removal from the crewing database, a withdrawal asking for no future
   contact, a voice note): never listed; beside each a near-miss that is due (text first from a
   new number, not on the airline email, not Singapore, call after five, not Riyadh, a CoC
   revalidated, the Brisbane DC instead, not the tipper job);
2. waits counted from the day said and checked both ways: a FIFO swing, a six-month tour at sea,
   Hari Raya, Eid after Ramadan, a type-rating bond, three months' notice, the Christmas peak,
   the Chinese New Year peak, a probation: not listed while they run, listed once they have;
   each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me a year to find my feet" is not;
4. plain restraint: a role WhatsApped eight days ago, a call twelve days ago and an InMail six
   days ago hold people back; the same months ago do not;
5. the latest word counts: a stop taken back, a "keep me posted" hardened into a removal, a wait
   called off early, "whenever" turned into "after the peak", an agency DNC lifted at the
   candidate's own request.
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
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="other") -> dict:
    """Their own message (WhatsApp by default, or ``channel="email"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note: the crewing agency's or the TA team's."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def wrote_in(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "blocking this number for good vs text first from my new number",
        [
            wrote_in(
                "Dwayne Kilsby-Arndt",
                sent(LONG_AGO, "blocking this number after today. no more job spam, ever"),
                due=False,
            ),
            wrote_in(
                "Tyson Gillespie-Moana",
                sent(
                    LONG_AGO,
                    "i block unknown numbers at work so save this new one and text first, "
                    "still after linehaul",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an agency DNC on all channels vs not on his airline email",
        [
            wrote_in(
                "Ignatius Holroyd-Vance",
                noted(
                    LONG_AGO,
                    "Capt requested no further contact from the agency on any channel. DNC "
                    "set, remove from all campaigns.",
                ),
                due=False,
            ),
            wrote_in(
                "Barnaby Wolstenholme",
                noted(
                    LONG_AGO,
                    "Capt requested no further contact on his airline email - use his "
                    "personal gmail from now on. Open to DEC roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Malay: stop all job messages vs not Singapore, Johor jobs welcome",
        [
            wrote_in(
                "Mohd Firdaus bin Kassim",
                sent(
                    LONG_AGO,
                    "Saya tak nak terima apa-apa mesej kerja lagi dari syarikat awak. "
                    "Berhenti hantar.",
                ),
                due=False,
            ),
            wrote_in(
                "Mohd Hafizuddin bin Razak",
                sent(
                    LONG_AGO,
                    "Saya tak nak kerja Singapura, penat ulang-alik. Tapi kerja area Johor "
                    "saya nak dengar.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: leave me alone vs ring after five, keep me on your list",
        [
            wrote_in(
                "Stoffel van der Merwe-Louw",
                sent(LONG_AGO, "Los my uit asseblief. Ek wil niks meer van julle hoor nie."),
                due=False,
            ),
            wrote_in(
                "Jannie Potgieter",
                sent(
                    LONG_AGO,
                    "Bel my eerder na vyf, ek is in die dag op skof. Hou my asseblief op "
                    "julle lys.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Gulf Arabic: don't send me any jobs vs not Riyadh, Jeddah is fine",
        [
            wrote_in(
                "Saud Al-Qahtani",
                sent(LONG_AGO, "khalas ya akhi, la tersel li ay wazayef ba3d al youm"),
                due=False,
            ),
            wrote_in(
                "Nawaf Al-Ghamdi",
                sent(LONG_AGO, "ma abi wazayef fi al riyadh, bas jeddah tamam. arsel li"),
                due=True,
            ),
        ],
    ),
    W(
        "a seafarer's removal from the crewing database vs a CoC revalidated for the file",
        [
            wrote_in(
                "Ronaldo Macapagal-Ybañez",
                sent(
                    LONG_AGO,
                    "Please remove my details from your crewing database. I no longer wish "
                    "to receive contract offers from your office.",
                    "email",
                ),
                due=False,
            ),
            wrote_in(
                "Efren Dimaculangan",
                sent(
                    LONG_AGO,
                    "Please update your crewing database: my CoC was revalidated last "
                    "month. I welcome contract offers.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "withdrew asking for no future contact vs withdrew asking about the Brisbane DC",
        [
            NotDue(
                "Kerryn Blanchflower",
                apps=[
                    app(
                        date(2025, 6, 23),
                        "final",
                        "withdrew",
                        "not_interested",
                        "Withdrew at final and asked that the TA team not contact her about "
                        "any future roles.",
                    )
                ],
                touches=[last_spoke()],
            ),
            Due(
                "Tahlia Edgeworth",
                apps=[
                    app(
                        date(2025, 6, 23),
                        "final",
                        "withdrew",
                        "location",
                        "Withdrew at final - Sydney too far. Asked the TA team to contact her "
                        "about the Brisbane DC instead.",
                    )
                ],
                touches=[last_spoke()],
            ),
        ],
    ),
    W(
        "a voice note: I'm out vs not the tipper job, linehaul yes",
        [
            wrote_in(
                "Bevan Throsby",
                sent(
                    LONG_AGO,
                    "[voice note 0:22, transcribed] nah mate I'm out, don't want to hear from "
                    "yous again, alright, see ya.",
                ),
                due=False,
            ),
            wrote_in(
                "Corey Lightfoot-Nairn",
                sent(
                    LONG_AGO,
                    "[voice note 0:29, transcribed] nah not the tipper job mate, but anything "
                    "linehaul, yeah, flick it through.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said ------------------------------------------------------

SWING = (
    "On swing at Barrow Island till 18 Dec, no phone on site - ring me after.",
    date(2026, 11, 9),
)
TOUR = (
    "Signed on 2 Oct for six months, sign-off early April. Contact me then.",
    date(2026, 10, 5),
)
RAYA = ("Lepas Hari Raya tahun depan baru saya nak pindah kerja.", date(2026, 11, 2))
EID = ("kalimni ba3d al eid insha'Allah, Ramadan ma fi shugl", date(2027, 2, 1))
BOND = (
    "FO bonded to his carrier till 30 June 2027 for the 737 MAX rating - not before.",
    date(2026, 10, 12),
)
NOTICE = (
    "Resigned from Toll 2 Nov, three months' notice - can't start before Feb.",
    date(2026, 11, 2),
)
PEAK = ("DC peak till after New Year - no interviews till mid-Jan.", date(2026, 11, 9))
CNY = ("Nothing till the CNY rush is over - Feb is madness. March.", date(2026, 11, 16))
PROBATION = ("On probation with Linfox till 31 Jan, not moving before.", date(2026, 10, 19))

WAITS = [
    W(
        "on swing till 18 Dec vs a swing that ended in October",
        [
            said("Kurtis Wandmaker", SWING, due=False),
            said(
                "Brayden Tolliver",
                ("On swing at Christmas Creek till 30 Oct, ring after.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "on swing till 18 Dec: due in January",
        [said("Jethro Mullally", SWING, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "six months at sea from October vs a tour that ended in September",
        [
            said("Arnel Bautista-Dimalanta", TOUR, due=False),
            said(
                "Rodel Pangilinan",
                ("Onboard till 20 Sept, then home - contact me after.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "six months at sea from October: due in late April",
        [said("Jomar Villacorta", TOUR, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "Malay: after Hari Raya next year: not due in February",
        [said("Zulhelmi bin Saad", RAYA, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "Malay: after Hari Raya next year: due at the end of March",
        [said("Shahrul Nizam bin Daud", RAYA, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "Gulf Arabic: after Eid, said just before Ramadan vs said before last year's Eid",
        [
            said("Majed Al-Otaibi", EID, due=False),
            said(
                "Bandar Al-Mutairi",
                ("ba3d al eid nitkallam, al heen mashghool", date(2026, 3, 2)),
                due=True,
            ),
        ],
        week=date(2027, 2, 22),
    ),
    W(
        "Gulf Arabic: after Eid: due in late March",
        [said("Mishal Al-Subaie", EID, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "a type-rating bond to June 2027 vs a bond that ran out in August",
        [
            said("Fitzgerald Ormsby-Kane", BOND, due=False),
            said(
                "Anselm Trevithick",
                ("FO bonded till Aug for his rating, won't break it.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "a type-rating bond to June 2027: due in July",
        [said("Cornelius Blackwood-Teague", BOND, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "three months' notice from 2 Nov vs notice worked out in the winter",
        [
            said("Kristoffer Dalgleish", NOTICE, due=False),
            said(
                "Harrison Yeatman",
                ("Resigned 4 May, 3 mths notice, free from August.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from 2 Nov: due in mid-February",
        [said("Lindsay Pargeter", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "the DC's Christmas peak: not due at the end of November",
        [said("Marguerite Oddie", PEAK, due=False)],
        week=date(2026, 11, 30),
    ),
    W(
        "the DC's Christmas peak: due at the end of January",
        [said("Rosalie Thwaites", PEAK, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "the CNY peak: not due in mid-January",
        [said("Chew Kah Wai Desmond", CNY, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "the CNY peak: due in March",
        [said("Lau Siew Peng Jocelyn", CNY, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "on probation till 31 Jan vs probation passed in July",
        [
            said("Hamish Lockhart-Brough", PROBATION, due=False),
            said(
                "Angus Tullibardine",
                ("On probation at Mainfreight till 31 July, don't call before.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "on probation till 31 Jan: due in February",
        [said("Murdo Mackinlay", PROBATION, due=True)],
        week=date(2027, 2, 8),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Hajj, new iqama, licence renewed vs give me a year to find my feet",
        [
            said(
                "Abdulrahman Al-Zahrani",
                (
                    "Back from Hajj 5 June, new iqama issued 20 Aug, heavy licence renewed 1 "
                    "Oct - call whenever.",
                    date(2026, 10, 12),
                ),
                due=True,
            ),
            said(
                "Yazeed Al-Anazi",
                ("Started at SAPTCO in Oct - give me a year to find my feet.", date(2026, 10, 12)),
                due=False,
            ),
        ],
    ),
    W(
        "signed off in September, STCW refreshers done in October, ready",
        [
            said(
                "Reynaldo Catacutan",
                (
                    "Signed off 12 Sept, STCW refreshers done 28 Oct, medical valid to 2028 - "
                    "ready for the next contract.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from CNY in Ipoh, CPC passed, open to calls",
        [
            said(
                "Foo Kah Hoe Benedict",
                (
                    "Back from Chinese New Year in Ipoh 24 Feb, passed my CPC 10 Mar, moved "
                    "house in May - open to calls anytime.",
                    date(2026, 6, 1),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a line check on the 3rd, leave from the 20th, nothing asked of us",
        [
            said(
                "Cassius Trevelyan-Moir",
                (
                    "FO: line check 3 Nov done, annual leave 20 Nov to 4 Dec in Bali, sim "
                    "in Jan - happy to hear about DEC roles.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role WhatsApped eight days ago vs the same role months ago",
        [
            NotDue(
                "Shaun Pedersen-Kirk",
                apps=[JUNE_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", channel="other", note="WA'd the MC linehaul ad."),
                ],
            ),
            Due(
                "Dean Wollaston",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="WA'd him the MC linehaul ad, no reply.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one in the winter",
        [
            NotDue(
                "Fenton Galbraith",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call re DC roles - nothing live that fits, will keep in "
                        "touch.",
                    )
                ],
            ),
            Due(
                "Ellery Stockdale",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        175,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call re DC roles - nothing suitable live, will stay in "
                        "touch.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an InMail six days ago vs one back in the autumn",
        [
            NotDue(
                "Ottavio Bramante",
                apps=[JUNE_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        6,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMailed the A320 DEC role at Jetstar Asia.",
                    ),
                ],
            ),
            Due(
                "Lorcan Featherby",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMailed the A320 DEC role in SIN, no answer.",
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
            wrote_in(
                "Kynan Belcher",
                sent(date(2026, 2, 16), "STOP messaging me"),
                sent(
                    date(2026, 6, 22),
                    "hey sorry for the stop msg back in feb, had a shocker of a week. keen to "
                    "hear about linehaul now",
                ),
                due=True,
            ),
            wrote_in(
                "Lachlan Dunnicliffe",
                sent(date(2026, 2, 16), "keep me posted mate"),
                sent(
                    date(2026, 6, 22),
                    "changed my mind, take me off your list and don't contact me again",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait till after raya called off early",
        [
            said(
                "Nik Faizul bin Nik Mat",
                ("Lepas Hari Raya tahun depan baru saya boleh bincang.", date(2026, 9, 7)),
                (
                    "Update: bonus dah masuk awal, tak payah tunggu raya - free sekarang.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after the peak, mid-Jan'",
        [
            wrote_in(
                "Gretchen Ashbury-Lowe",
                sent(date(2026, 5, 11), "whenever suits, always happy to chat DC roles", "email"),
                sent(
                    date(2026, 6, 22),
                    "Scratch that - new job, I'm running their peak. Leave it till mid-January "
                    "please.",
                    "email",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an agency DNC lifted at the candidate's own request",
        [
            wrote_in(
                "Aurelio Santángel",
                noted(date(2026, 1, 12), "Cabin crew asked for no further contact. DNC set."),
                sent(
                    date(2026, 6, 8),
                    "I know I asked you to stop in January but I'd like to hear about senior "
                    "crew roles now, please get in touch.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'happy to hear' later turned into 'never contact me'",
        [
            wrote_in(
                "Wynona Faircloth",
                sent(date(2026, 3, 9), "Happy to hear about ops roles anytime.", "email"),
                sent(
                    date(2026, 6, 1),
                    "Please do not contact me again about any role. I've left logistics.",
                    "email",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT22_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
