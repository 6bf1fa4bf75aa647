"""Held-out weekly reconnect cases, seventeenth set: recruiters for retail, hospitality and field
sales, in their own words, written by a seventeenth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported
on its own line ("held-out 17").

Everyone here is otherwise due in the week of the case: reached the last stage (a trial shift or
a final interview) in September 2025 and lost to one other person, and was last spoken to long
before the week (170 days, past a silver medalist's cadence), unless the case is about a recent
contact. A wait is typed in as a dated statement, or sits in a message sent long enough before
the week that no recent contact holds the person back instead. The voices are store and area
managers, chefs, hotel managers, baristas, field reps, agents and seasonal crews in the UK,
Ireland, the US, Canada, Australia and India: WhatsApp replies with emoji, consultants' fast
notes, formal emails, an exit interview, a line of Hinglish. What decides is what they told us:

1. opt-outs (don't message me again, unsubscribe from everything, removed at their request,
   "mujhe call mat karo", consent withdrawn, an Aussie "don't contact me again", an exit
   interview leaving retail, a threat to report us, "stop pls"): never listed; beside each a
   near-miss that is due (not that one, only off the newsletter, only off the temp list, not
   right now in a meeting, consent renewed, "hit me up if a 2IC role comes up", staying in
   pharmacy retail, her boss's stop that is not hers, stop the night-shift roles only);
2. waits counted from the day said and checked both ways: a ski season to mid-April, the
   Christmas peak, a commission payout at the end of February, a car lease to 31 January, a
   flat lease to March, Black Friday and Cyber Monday, twelve weeks' notice, a three-month
   probation and "give it a quarter": not listed while they run, listed once they have; each
   beside a twin whose wait is already over (a summer season, Easter trading, the summer
   holidays, festival season, Diwali, a probation passed, a quarter said in May);
3. notes full of dates that ask for no wait are due (a festival summer, a store closing with
   interviews welcome now, back from Goa); "not looking for at least a year" after a promotion
   is not;
4. plain restraint: a role sent on WhatsApp eight days ago and a catch-up call twelve days ago
   are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into a
   removal is not; a wait called off is due and "whenever" turned into "not before March" is
   not; a consultant's do-not-call flag later lifted by the candidate is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

SEPT_2025_FINAL = app(
    date(2025, 9, 15),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Store Manager",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def texted(days, words) -> dict:
    """Their WhatsApp or text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def emailed(days, words) -> dict:
    """Their own email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def noted(days, words) -> dict:
    """A consultant's note, typed fast."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[SEPT_2025_FINAL], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[SEPT_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "don't message me again vs not that one, the hours are mad, send others",
        [
            heard(
                "Roxanne Peploe",
                texted(LONG_AGO, "❌ not interested, don't message me again"),
                due=False,
            ),
            heard(
                "Danielle Grimes",
                texted(
                    LONG_AGO,
                    "❌ not interested in that one, the hours are mad - send me others tho 😊",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsubscribe me from everything vs only from the newsletter, roles directly welcome",
        [
            heard(
                "Francesca Liddell",
                emailed(LONG_AGO, "Unsubscribe me from everything you send, please."),
                due=False,
            ),
            heard(
                "Marianne Ebdon",
                emailed(
                    LONG_AGO,
                    "Unsubscribe me from the weekly jobs newsletter please, but do keep "
                    "sending me store manager roles directly.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "removed at her request, do not call vs removed from the seasonal list only",
        [
            heard(
                "Tracy Scattergood",
                noted(LONG_AGO, "cand asked to be removed - done. do not call, do not txt"),
                due=False,
            ),
            heard(
                "Jackie Threlfall",
                noted(
                    LONG_AGO,
                    "cand asked to be removed frm the temp/seasonal list only - perm SM roles "
                    "still fine",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hinglish: don't call me, delete my number vs not now, in a meeting, WhatsApp me",
        [
            heard(
                "Rajesh Tiwari",
                texted(
                    LONG_AGO,
                    "Please mujhe call mat karo, kisi job mein interest nahi hai. Number "
                    "delete kar do.",
                ),
                due=False,
            ),
            heard(
                "Manoj Saxena",
                texted(
                    LONG_AGO,
                    "Abhi call mat karo, meeting mein hoon - WhatsApp pe details bhej do 🙏",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "consent withdrawn vs consent renewed for twelve months",
        [
            heard(
                "Philippa Grundy",
                emailed(
                    LONG_AGO,
                    "I withdraw my consent to your processing my personal data for "
                    "recruitment purposes, effective immediately.",
                ),
                due=False,
            ),
            heard(
                "Rosemary Tindall",
                emailed(
                    LONG_AGO,
                    "I consent to you keeping my details on file for a further twelve months "
                    "- happy to hear about hotel roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Aussie: don't contact me again vs right for now, hit me up for a 2IC role",
        [
            heard(
                "Jayden Pickstone",
                texted(LONG_AGO, "nah I'm right, don't contact me again thanks"),
                due=False,
            ),
            heard(
                "Riley Kostadinov",
                texted(
                    LONG_AGO, "nah I'm right for now, hit me up if a 2IC role comes up in Brissy"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "exit interview: leaving retail, no more recruiters vs staying in pharmacy retail",
        [
            heard(
                "Eleanor Mottershead",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    "note",
                    note="Exit interview: leaving retail altogether, wants no more contact from "
                    "recruiters, us included.",
                    channel="meeting",
                ),
                due=False,
            ),
            heard(
                "Lucy Hargreaves-Wynn",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    "note",
                    note="Exit interview: leaving her chain but staying in pharmacy retail - "
                    "wants to hear about store roles.",
                    channel="meeting",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "her boss told us to stop poaching his staff vs she said stop or she'll report us",
        [
            heard(
                "Sasha Okoro",
                noted(
                    LONG_AGO,
                    "VM from cand's area manager at her supermarket telling us to stop poaching "
                    "his staff. Cand herself still wants to hear from us - confirmed by text.",
                ),
                due=True,
            ),
            heard(
                "Gemma Lythgoe",
                noted(
                    LONG_AGO,
                    "Cand said stop calling her or she'll report us to the REC. Flagged.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'stop pls, no more' vs stop the night-shift roles, days only",
        [
            heard("Tiffany Rudge", texted(LONG_AGO, "stop pls ✋ no more"), due=False),
            heard(
                "Kelsey Oakes",
                texted(LONG_AGO, "stop sending me night shift jobs pls ✋ days only"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

SKI_SEASON = (
    "Doing the winter season in Whistler, lifts close mid-April - nothing till I'm back down.",
    date(2026, 10, 19),
)
XMAS_PEAK = ("Christmas peak at the store - not moving till January.", date(2026, 10, 26))
COMMISSION = (
    "Annual commission pays out at the end of Feb - staying put till it's in my account.",
    date(2026, 9, 28),
)
CAR_LEASE = ("Car lease ends 31 Jan, sorting that first - contact me after.", date(2026, 11, 2))
FLAT_LEASE = (
    "Flat lease in Bondi runs to the end of March; I'll look once I've moved to Melbourne, not "
    "before.",
    date(2026, 10, 12),
)
BLACK_FRIDAY = (
    "Black Friday and Cyber Monday are all hands at the outlet - after that, fire away.",
    date(2026, 11, 9),
)
NOTICE_12W = (
    "Handed my notice in today - 12 weeks, so nothing till it's served.",
    date(2026, 11, 16),
)
PROBATION = (
    "Started at a new café on 5 Oct, 3-month probation - leave me be till it's done.",
    date(2026, 10, 12),
)
QUARTER = (
    "Give it a quarter - brand new territory and I want to bed it in.",
    date(2026, 10, 5),
)

WAITS = [
    W(
        "a ski season to mid-April vs a summer season that ended in September",
        [
            said("Callum Brereton-Shaw", SKI_SEASON, due=False),
            said(
                "Kieran Penberthy",
                (
                    "Working the summer season in Newquay till the end of September - not before.",
                    date(2026, 5, 18),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a ski season to mid-April: due in May",
        [said("Fraser Quigley", SKI_SEASON, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "the Christmas peak vs Easter trading, said in March",
        [
            said("Joanne Pilbeam", XMAS_PEAK, due=False),
            said(
                "Lynsey Caddick",
                (
                    "Easter trading's madness - not moving till after the bank holiday weekend.",
                    date(2026, 3, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the Christmas peak: due in January",
        [said("Karen Moxon", XMAS_PEAK, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "commission at the end of February: not due in early February",
        [said("Darren Pocklington", COMMISSION, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "commission at the end of February: due in mid-March",
        [said("Lee Hibbert", COMMISSION, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a car lease to 31 January vs the summer holidays, try me in September",
        [
            said("Gary Scholefield", CAR_LEASE, due=False),
            said(
                "Angela Ruddock",
                (
                    "Off with the kids over the summer holidays - try me in September.",
                    date(2026, 7, 13),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a car lease to 31 January: due in mid-February",
        [said("Stephen Marsden-Clay", CAR_LEASE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "a flat lease to March vs festival season done in August",
        [
            said("Chloe Vandenberg", FLAT_LEASE, due=False),
            said(
                "Tahlia Brennan",
                (
                    "Festival season runs to the end of August, chat after that 🎶",
                    date(2026, 4, 20),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a flat lease to March: due in April",
        [said("Amber Whiteley", FLAT_LEASE, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "Black Friday and Cyber Monday vs Diwali, said in September",
        [
            said("Shannon Kearsley", BLACK_FRIDAY, due=False),
            said(
                "Anil Reddy",
                (
                    "Festive season at the showroom, Navratri to Diwali - call me after "
                    "Diwali, second half of November.",
                    date(2026, 9, 21),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Black Friday and Cyber Monday: due in mid-December",
        [said("Carl Bramwell", BLACK_FRIDAY, due=True)],
        week=date(2026, 12, 14),
    ),
    W(
        "twelve weeks' notice from mid-November: not due in January",
        [said("Martin Wolstencroft", NOTICE_12W, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "twelve weeks' notice from mid-November: due in late February",
        [said("Paul Ainsworth-Grey", NOTICE_12W, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "a three-month probation from October vs a probation passed in September",
        [
            said("Jade Merriman", PROBATION, due=False),
            said(
                "Bethany Coupland",
                (
                    "Passed my probation at the roastery in September, so I'm open to a chat now.",
                    date(2026, 10, 12),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a three-month probation from October: due in mid-January",
        [said("Holly Tunnicliffe", PROBATION, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "give it a quarter, said in October vs said in May",
        [
            said("Nathan Greenhalgh", QUARTER, due=False),
            said(
                "Craig Whalley",
                (
                    "Give it a quarter - new patch, want to get to know my accounts.",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "give it a quarter, said in October: due in mid-January",
        [said("Ryan Sowerby", QUARTER, due=True)],
        week=date(2027, 1, 11),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a festival summer and last year's markets vs not looking for a year after a promotion",
        [
            said(
                "Hayley Fairclough",
                (
                    "Worked Glastonbury in June, Reading in August and the Christmas markets "
                    "last December - always up for a chat about the next thing.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
            said(
                "Natasha Killick",
                (
                    "Just been promoted to area manager in October - not looking for at least "
                    "a year.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "the store closes on 28 November, interviews welcome now",
        [
            said(
                "Wendy Garside",
                (
                    "My store closes for good on 28 Nov - free to interview now and start any "
                    "time after.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "back from Goa on 3 November, happy to talk",
        [
            said(
                "Sneha Kamath",
                (
                    "Back from Goa on 3 Nov after Diwali with family - happy to talk about roles.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent on WhatsApp eight days ago vs the same sent months ago",
        [
            NotDue(
                "Olivia Scarisbrick",
                apps=[SEPT_2025_FINAL],
                touches=[
                    last_call(),
                    touch(8, outcome="no_reply", channel="other", note="Sent SM spec on WhatsApp."),
                ],
            ),
            Due(
                "Emily Trueman",
                apps=[SEPT_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="other",
                        note="Sent store manager spec on WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one in the spring",
        [
            NotDue(
                "Matthew Ollerton",
                apps=[SEPT_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, nothing right for him yet, all good.",
                    )
                ],
            ),
            Due(
                "Adrian Cottam",
                apps=[SEPT_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up, nothing suitable right now, all fine.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' turned into a removal",
        [
            heard(
                "Kimberley Ashurst-Lane",
                texted(date(2026, 1, 12), "stop texting me, seriously"),
                texted(
                    date(2026, 5, 18),
                    "sorry for snapping back in Jan 🙈 keen again now if you have SM roles",
                ),
                due=True,
            ),
            heard(
                "Rachael Dewhurst",
                texted(date(2026, 1, 12), "not right now but keep me posted 👍"),
                emailed(
                    date(2026, 5, 18),
                    "Please remove me from your lists - I've left retail and won't be back.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a wait till after Easter called off in November",
        [
            said(
                "Zara Pemberton",
                ("Not till after Easter - I'm opening a new store in March.", date(2026, 10, 5)),
                (
                    "Scrap that - the new store's been cancelled, I'm free to talk now.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever suits' turned into 'not before March'",
        [
            said(
                "Hannah Rigby",
                ("Whenever suits, always open to a chat.", date(2026, 6, 1)),
                (
                    "Actually - not before March, I've been given the Christmas pop-up to run "
                    "and then the January sale.",
                    date(2026, 10, 19),
                ),
                due=False,
            )
        ],
    ),
    W(
        "a consultant's do-not-call flag later lifted by the candidate",
        [
            heard(
                "Nigel Ackroyd-Shaw",
                noted(date(2026, 1, 5), "cand asked us to stop calling - DNC flag on"),
                emailed(
                    date(2026, 5, 11),
                    "I asked you to stop calling back in January, but I'm ready to move now - "
                    "please do get in touch with area roles.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT17_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
