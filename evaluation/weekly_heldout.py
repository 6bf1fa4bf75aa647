"""Held-out weekly reconnect cases: a third set in recruiters' own words, written by a stranger
to the reader (its code, its labelled sets and the earlier case files' wording were not looked
at), measured and reported on its own line.

Everyone here is otherwise due on the week of the case: a silver medalist or a finalist whose
last process ended long ago and who was last contacted more than 90 days before (a wait said in
words is typed as a dated motivation when it was said recently, so no recent contact holds the
person back instead). What decides is what they told us:

1. opt-outs, blunt or polite, in replies, call notes and reason notes (GDPR erasure, "do the
   needful and remove my profile"): never listed; the near-miss beside each (a newsletter, a
   channel, an updated CV) is due;
2. waits without a month name ("give it a quarter", "circle back after Christmas", "when the
   merger closes next year", "once her notice is served", "after the summer", "in nine months"
   counted from the day said): not listed while they run; listed once they have run out (the
   same words said earlier, or the same person's twin checked in a later week);
3. a long call note that names months without asking for any wait: due;
4. plain restraint: contacted twelve days ago is not listed, four months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.scenarios_told import reply, silver
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

OLD_SILVER = silver(date(2025, 9, 15))
QUARTER = "Said to give it a quarter and try again - a new VP just started and it's chaos"
CHRISTMAS = "Can we circle back after Christmas? Deep in a platform migration until then."
NOTICE = (
    "Spoke to Katja - she's handed in her notice (firm is moving to Frankfurt, she isn't). Six "
    "months' notice (!). Back in touch once her notice is served, she asked."
)
SUMMER = "Not moving until after the summer - wants the house build finished first"


def rang(when, note) -> dict:
    """A phone call the recruiter made and wrote up afterwards."""
    return touch(when, outcome="replied", channel="phone", note=note)


def withdrew_final(note) -> dict:
    return app(date(2025, 9, 15), "final", "withdrew", "other", note)


OPT_OUTS = [
    W(
        "blunt: 'take me off your list. permanently.' vs off the newsletter list only",
        [
            NotDue(
                "Bram Claes",
                apps=[OLD_SILVER],
                touches=[reply(150, "take me off your list. permanently.")],
            ),
            Due(
                "Wout Peeters",
                apps=[OLD_SILVER],
                touches=[
                    reply(150, "take me off the newsletter list pls - roles are still welcome")
                ],
            ),
        ],
    ),
    W(
        "polite first person: would you mind not contacting me anymore vs on my personal address",
        [
            NotDue(
                "Eleanor Whitfield",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        140,
                        "Would you mind not contacting me anymore? I've decided to stay where I "
                        "am for the foreseeable. Kind regards, Eleanor",
                    )
                ],
            ),
            Due(
                "Imogen Hartley",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        140,
                        "Would you mind contacting me on my personal address from now on? Work "
                        "email is monitored. Kind regards, Imogen",
                    )
                ],
            ),
        ],
    ),
    W(
        "GDPR erasure request vs a request to update the data we hold",
        [
            NotDue(
                "Lukas Novotny",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        160,
                        "Under GDPR please erase all my personal data and confirm you will not "
                        "contact me again.",
                    )
                ],
            ),
            Due(
                "Tomas Dvorak",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        160,
                        "Please update my personal data - new phone number and an updated CV "
                        "attached.",
                    )
                ],
            ),
        ],
    ),
    W(
        "reason note on a withdrawal: not to be contacted for future roles vs to be considered",
        [
            NotDue(
                "Mirela Popescu",
                apps=[
                    withdrew_final(
                        "cand withdrew; asked not to be considered or contacted for future roles"
                    )
                ],
            ),
            Due(
                "Andreea Stan",
                apps=[
                    withdrew_final(
                        "cand withdrew from this one (timing); asked to be considered "
                        "for future roles"
                    )
                ],
            ),
        ],
    ),
    W(
        "third-person call note: stop reaching out, retiring vs stop on WhatsApp",
        [
            NotDue(
                "Gerald Pemberton",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        130,
                        "spoke w/ him, v polite but asked us to stop reaching out - he's retiring "
                        "early next yr",
                    )
                ],
            ),
            Due(
                "Nigel Ashworth",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        130,
                        "spoke w/ him, v polite but asked us to stop reaching out on WhatsApp - "
                        "email fine",
                    )
                ],
            ),
        ],
    ),
    W(
        "Indian English: do the needful and remove my profile vs update my profile",
        [
            NotDue(
                "Prakash Kulkarni",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        170,
                        "Please do the needful and remove my profile from your database. Not "
                        "looking for any change. Thanks & regards",
                    )
                ],
            ),
            Due(
                "Anand Deshpande",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        170,
                        "Please do the needful and update my profile with the attached resume. "
                        "Open for a change. Thanks & regards",
                    )
                ],
            ),
        ],
    ),
]

WAITS = [
    W(
        "'give it a quarter', typed five weeks ago vs the same words typed in July (run out)",
        [
            NotDue("Rasmus Kjaer", (QUARTER, date(2026, 10, 19)), apps=[OLD_SILVER]),
            Due("Frederik Lund", (QUARTER, date(2026, 7, 6)), apps=[OLD_SILVER]),
        ],
    ),
    W(
        "'circle back after Christmas', said in August: not due in November",
        [NotDue("Hanna Virtanen", apps=[OLD_SILVER], touches=[reply(date(2026, 8, 3), CHRISTMAS)])],
    ),
    W(
        "'circle back after Christmas', said in August: due in mid-January",
        [Due("Aino Korhonen", apps=[OLD_SILVER], touches=[reply(date(2026, 8, 3), CHRISTMAS)])],
        week=date(2027, 1, 18),
    ),
    W(
        "'until the merger closes next year' vs 'the merger closed in spring'",
        [
            NotDue(
                "Björn Axelsson",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        date(2026, 7, 13),
                        "Says nothing changes for him till the merger closes next year; the "
                        "retention bonus hangs on it.",
                    )
                ],
            ),
            Due(
                "Olle Nordin",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        date(2026, 7, 13),
                        "Says the merger closed in spring and his retention bonus has paid out; "
                        "free to move whenever.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'once her notice is served' on six months' notice, said in August: not due in November",
        [NotDue("Katja Hoffmann", apps=[OLD_SILVER], touches=[rang(date(2026, 8, 17), NOTICE)])],
    ),
    W(
        "'once her notice is served' on six months' notice, said in August: due in March",
        [Due("Katja Albrecht", apps=[OLD_SILVER], touches=[rang(date(2026, 8, 17), NOTICE)])],
        week=date(2027, 3, 15),
    ),
    W(
        "'after the summer', typed in November: not due that month",
        [NotDue("Elodie Garnier", (SUMMER, date(2026, 11, 2)), apps=[OLD_SILVER])],
    ),
    W(
        "'after the summer', typed in November: due the next October",
        [Due("Margaux Fontaine", (SUMMER, date(2026, 11, 2)), apps=[OLD_SILVER])],
        week=date(2027, 10, 4),
    ),
    W(
        "counted from the day said in May: 'in four months' has run out, 'in nine months' has not",
        [
            Due(
                "Pietro Conti",
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 5, 4), "Ping me again in four months - mid-launch.")],
            ),
            NotDue(
                "Davide Greco",
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 5, 4), "Ping me again in nine months - mid-launch.")],
            ),
        ],
    ),
    W(
        "a long call note naming months without a wait vs one ending in a ten-month wait",
        [
            Due(
                "Marco Esposito",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        date(2026, 6, 22),
                        "Long chat w/ Marco. Recap: joined his current place in March 2024, "
                        "promoted in January, team reorganised in May, his manager left in June. "
                        "Not unhappy but bored; open to hearing about anything platform-y. "
                        "Prefers email.",
                    )
                ],
            ),
            NotDue(
                "Stefano Galli",
                apps=[OLD_SILVER],
                touches=[
                    rang(
                        date(2026, 6, 22),
                        "Long chat w/ Stefano. Recap: joined his current place in March 2024, "
                        "promoted in January, team reorganised in May. Bored, but his options "
                        "vest in another ten months and he won't look before then.",
                    )
                ],
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "sent a role twelve days ago vs four months ago",
        [
            NotDue(
                "Camille Roux",
                apps=[OLD_SILVER],
                touches=[touch(12, outcome="no_reply", note="sent the payments spec, no answer")],
            ),
            Due(
                "Solène Girard",
                apps=[OLD_SILVER],
                touches=[touch(125, outcome="no_reply", note="sent the payments spec, no answer")],
            ),
        ],
    ),
]

HELDOUT_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *RESTRAINT]
