"""Held-out weekly reconnect cases, second set: recruiters' own words, written by another stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 2").

Everyone here is otherwise due in the week of the case: a silver medalist whose process ended in
August 2025 and who was last contacted more than 120 days before (a wait said recently is typed
as a dated motivation, so no recent contact holds the person back instead). What decides is
what they told us:

1. opt-outs, blunt or polite, in replies, a call note relayed in the third person and a
   withdrawal's reason note: never listed; the near-miss beside each ("not this one", a change
   of channel, switching off job alerts, deleting an old number, leaving a digest) is due;
2. waits without a month name (a vesting cliff, probation, Easter, a quarter, Chinese New Year,
   "back at school after the holidays", "in eighteen months" / "in six months"), counted from
   the day said: not listed while they run; listed once they have run out (the same words said
   earlier, or a twin checked in a later week);
3. a long call note that names months and years without asking for any wait: due;
4. plain restraint: rung nine days ago is not listed, five months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.scenarios_told import reply, silver
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

AUG_2025_SILVER = silver(date(2025, 8, 11))
CLIFF = "Not budging before my vesting cliff - it's about five months out"
PROBATION = (
    "rang him - started the new job two weeks ago, six-month probation. won't look at "
    "anything till probation's done, then happy to talk"
)
EASTER = "Wants to wait till after Easter - big product launch before then"
QUARTER = "everything's frozen till year end, try me again in Q1"


def rang(when, note) -> dict:
    """A call the recruiter made, written up afterwards."""
    return touch(when, outcome="replied", channel="phone", note=note)


def withdrew(note) -> dict:
    return app(date(2025, 8, 11), "final", "withdrew", "other", note)


OPT_OUTS = [
    W(
        "Australian: don't contact me again vs not this one, fully remote would be different",
        [
            NotDue(
                "Jarrah Whitlam",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        150,
                        "Nah. Don't contact me again, I'm not interested in anything you've got.",
                    )
                ],
            ),
            Due(
                "Kirra Mabo",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        150,
                        "Nah, not this one. Different story if you've got something fully "
                        "remote though.",
                    )
                ],
            ),
        ],
    ),
    W(
        "call note in the third person: no more calls or emails about jobs vs email, don't ring",
        [
            NotDue(
                "Siobhan Hegarty",
                apps=[AUG_2025_SILVER],
                touches=[
                    rang(
                        135,
                        "Rang Siobhan. She was clear she doesn't want any more calls or emails "
                        "from us about jobs. Respect it.",
                    )
                ],
            ),
            Due(
                "Aoife Kinsella",
                apps=[AUG_2025_SILVER],
                touches=[
                    rang(
                        135,
                        "Rang Aoife. She'd rather we email than ring during work hours - still "
                        "happy to hear about jobs.",
                    )
                ],
            ),
        ],
    ),
    W(
        "withdrawal reason note: done with us, not to be contacted vs job alerts off only",
        [
            NotDue(
                "Beatriz Lourenco",
                apps=[
                    withdrew(
                        "Withdrew after the final. Said she's done with us and is not to be "
                        "contacted again."
                    )
                ],
            ),
            Due(
                "Ines Figueira",
                apps=[
                    withdrew(
                        "Withdrew after the final (counter-offer). Unsubscribed from the "
                        "job-alert emails but happy for us to reach out directly."
                    )
                ],
            ),
        ],
    ),
    W(
        "Indian English: do not contact me henceforth vs delete my old mobile number",
        [
            NotDue(
                "Harish Venkataraman",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        165,
                        "I humbly request you to not contact me for any opportunities "
                        "henceforth. Regards, Harish",
                    )
                ],
            ),
            Due(
                "Gopal Ramaswamy",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        165,
                        "I humbly request you to delete my old mobile number from your records "
                        "and use the new one henceforth. Regards, Gopal",
                    )
                ],
            ),
        ],
    ),
    W(
        "lower case: unsubscribe me from everything vs from the weekly jobs digest only",
        [
            NotDue(
                "Tyler Briggs",
                apps=[AUG_2025_SILVER],
                touches=[reply(140, "unsubscribe me from everything. i mean it")],
            ),
            Due(
                "Dustin Reyes",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        140,
                        "unsubscribe me from the weekly jobs digest pls, still want to hear "
                        "from you directly tho",
                    )
                ],
            ),
        ],
    ),
]

WAITS = [
    W(
        "vesting cliff five months out, said in October: not due in November",
        [NotDue("Yevgeny Orlov", (CLIFF, date(2026, 10, 12)), apps=[AUG_2025_SILVER])],
    ),
    W(
        "vesting cliff five months out, said in October: due in late April",
        [Due("Stanislav Belov", (CLIFF, date(2026, 10, 12)), apps=[AUG_2025_SILVER])],
        week=date(2027, 4, 19),
    ),
    W(
        "'till probation's done', six months from a start in July: not due in November",
        [
            NotDue(
                "Matthias Egger",
                apps=[AUG_2025_SILVER],
                touches=[rang(date(2026, 7, 20), PROBATION)],
            )
        ],
    ),
    W(
        "'till probation's done', six months from a start in July: due in mid-February",
        [
            Due(
                "Reto Baumann",
                apps=[AUG_2025_SILVER],
                touches=[rang(date(2026, 7, 20), PROBATION)],
            )
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "'after Easter', said in November: not due that month",
        [NotDue("Clodagh Nolan", (EASTER, date(2026, 11, 9)), apps=[AUG_2025_SILVER])],
    ),
    W(
        "'after Easter', said in November: due in early May",
        [Due("Roisin Daly", (EASTER, date(2026, 11, 9)), apps=[AUG_2025_SILVER])],
        week=date(2027, 5, 3),
    ),
    W(
        "'try me again in Q1', said in July: not due in November",
        [
            NotDue(
                "Wesley Harmon",
                apps=[AUG_2025_SILVER],
                touches=[reply(date(2026, 7, 13), QUARTER)],
            )
        ],
    ),
    W(
        "'try me again in Q1', said in July: due in mid-January",
        [
            Due(
                "Garrett Sloan",
                apps=[AUG_2025_SILVER],
                touches=[reply(date(2026, 7, 13), QUARTER)],
            )
        ],
        week=date(2027, 1, 18),
    ),
    W(
        "'after Chinese New Year' said last December has run out; said in October it has not",
        [
            Due(
                "Wei Zhang",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        date(2025, 12, 8),
                        "Let's talk after Chinese New Year - family trip back to Chengdu "
                        "before then.",
                    )
                ],
            ),
            NotDue(
                "Jun Liu",
                (
                    "Let's talk after Chinese New Year - family trip back home before then",
                    date(2026, 10, 26),
                ),
                apps=[AUG_2025_SILVER],
            ),
        ],
    ),
    W(
        "'once the kids are back at school after the holidays', said in July: due in November",
        [
            Due(
                "Hayley Cartwright",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(
                        date(2026, 7, 6),
                        "Nothing until the kids are back at school after the holidays - then "
                        "let's talk properly.",
                    )
                ],
            )
        ],
    ),
    W(
        "counted from a year ago: 'in six months' has run out, 'in eighteen months' has not",
        [
            Due(
                "Florin Dumitru",
                apps=[AUG_2025_SILVER],
                touches=[reply(date(2025, 11, 17), "Ask me again in six months, just settled in.")],
            ),
            NotDue(
                "Sorin Georgescu",
                apps=[AUG_2025_SILVER],
                touches=[
                    reply(date(2025, 11, 17), "Ask me again in eighteen months, just settled in.")
                ],
            ),
        ],
    ),
]

NO_WAIT = [
    W(
        "a long call note full of months and years and no wait: due",
        [
            Due(
                "Benedek Szabo",
                apps=[AUG_2025_SILVER],
                touches=[
                    rang(
                        date(2026, 6, 29),
                        "Long call w/ Benedek. He joined his current co in September 2022, was "
                        "made TL in 2024, went through two reorgs last year and a new CTO in "
                        "April. Says the roadmap changed 3x since January. Not desperate but "
                        "definitely open, prefers remote, likes Kafka-heavy work. Email is best.",
                    )
                ],
            )
        ],
    ),
]

RESTRAINT = [
    W(
        "rung nine days ago vs five months ago",
        [
            NotDue(
                "Ulrike Ostermann",
                apps=[AUG_2025_SILVER],
                touches=[rang(9, "quick call, sent her the platform role, will think on it")],
            ),
            Due(
                "Sabine Vogel",
                apps=[AUG_2025_SILVER],
                touches=[rang(150, "quick call, sent her the platform role, will think on it")],
            ),
        ],
    ),
]

HELDOUT2_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT]
