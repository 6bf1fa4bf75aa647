"""Fresh weekly reconnect cases in recruiters' own words, written without looking at the reader.

A second set beside ``weekly_cases``, in other wording: polite and indirect opt-outs, GDPR
requests, shorthand, opt-outs in reason notes, near-misses that are no opt-out ("stop sending
the job digest", "don't ring me at work"), restraint in words ("not before spring", "reach out
in a few months", "leave it till the new year", "once Q1 is done"), waits that have already run
out, and plain restraint (contacted three weeks ago). Everyone is otherwise due: a silver
medalist or an interviewed person whose cadence has passed. A wait is checked twice where it
matters: held back while it runs, due once it has run out (twins with the same note).
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.scenarios_told import reply, silver
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

SILVER = silver(400)
OLD_FINAL = silver(date(2025, 6, 2))
INTERVIEWED = app(600, "interview", "rejected", "skills_gap", "Light on system design then")

SPRING_WORDS = "Not before spring - I'm seeing the reorg through. Promise I'll pick up then."
FEW_MONTHS = "Reach out in a few months, I've only just started the new role"
NEW_YEAR_WORDS = "leave it till the new year pls, Q4 is manic"
PARENTAL = (
    "Rang Saskia: off on parental leave from September for nine months. Don't contact until "
    "she's back."
)
Q1_WORDS = "Interested, but only once Q1 is done - we close the funding round then."
# Bonuses land in the first months of the year here: in November it has not come yet.
BONUS_WORDS = "no moves until post-bonus, sorry!"

OPT_OUTS = [
    W(
        "polite: prefers not to be contacted vs prefers email",
        [
            NotDue(
                "Annika Solberg",
                apps=[SILVER],
                touches=[
                    reply(
                        150,
                        "Thank you for thinking of me, but I'd prefer not to be contacted about "
                        "future opportunities.",
                    )
                ],
            ),
            Due(
                "Birgit Halvorsen",
                apps=[SILVER],
                touches=[
                    reply(
                        150,
                        "Thank you for thinking of me - I'd prefer email over LinkedIn for future "
                        "opportunities.",
                    )
                ],
            ),
        ],
    ),
    W(
        "call note: asked to be taken off our books vs moved to another talent list",
        [
            NotDue(
                "Dominik Bauer",
                apps=[SILVER],
                touches=[
                    touch(
                        160,
                        outcome="replied",
                        channel="phone",
                        note="Rang him re the platform role. He asked to be taken off our books "
                        "entirely.",
                    )
                ],
            ),
            Due(
                "Florian Weiss",
                apps=[SILVER],
                touches=[
                    touch(
                        160,
                        outcome="replied",
                        channel="phone",
                        note="Rang him re the platform role. Asked to be moved to the Python "
                        "talent list instead of Java.",
                    )
                ],
            ),
        ],
    ),
    W(
        "indirect: no need to keep me in mind, retiring from tech",
        [
            NotDue(
                "Gerald Fox",
                apps=[SILVER],
                touches=[
                    reply(
                        200,
                        "No need to keep me in mind for anything going forward - I'm retiring "
                        "from tech at the end of the year.",
                    )
                ],
            ),
            Due(
                "Harold Marsh",
                apps=[SILVER],
                touches=[reply(200, "Keep me in mind for anything going forward!")],
            ),
        ],
    ),
    W(
        "shorthand: 'plz remove frm ur db' vs 'plz send JD to my personal email'",
        [
            NotDue(
                "Jakub Wozniak", apps=[INTERVIEWED], touches=[reply(210, "plz remove frm ur db")]
            ),
            Due(
                "Krzysztof Dabrowski",
                apps=[INTERVIEWED],
                touches=[reply(210, "plz send JD to my personal email, not work")],
            ),
        ],
    ),
    W(
        "reason note: never wants to hear from us again vs would interview again",
        [
            NotDue(
                "Lucia Romano",
                apps=[
                    app(
                        320,
                        "final",
                        "withdrew",
                        "other",
                        "Withdrew. Said in no uncertain terms she never wants to hear from us "
                        "again after the scheduling mess.",
                    )
                ],
            ),
            Due(
                "Martina Greco",
                apps=[
                    app(
                        320,
                        "final",
                        "withdrew",
                        "other",
                        "Withdrew after the scheduling mess but said she'd happily interview "
                        "again another time.",
                    )
                ],
            ),
        ],
    ),
    W(
        "GDPR erasure request vs GDPR subject access request",
        [
            NotDue(
                "Nikolai Ivanov",
                apps=[SILVER],
                touches=[
                    touch(
                        140,
                        "inbound",
                        kind="note",
                        note="GDPR erasure request received 14/07 - delete & do not contact.",
                    )
                ],
            ),
            Due(
                "Pavel Sokolov",
                apps=[SILVER],
                touches=[
                    touch(
                        140,
                        "inbound",
                        kind="note",
                        note="GDPR subject access request received 14/07 - export sent, no "
                        "further action.",
                    )
                ],
            ),
        ],
    ),
    W(
        "near-misses about channel and volume are due; 'not interested, ever' is not",
        [
            Due(
                "Quentin Roux",
                apps=[SILVER],
                touches=[reply(120, "Stop sending the weekly job digest please, it's too much.")],
            ),
            Due(
                "Rafael Costa",
                apps=[SILVER],
                touches=[
                    reply(
                        120,
                        "don't ring me, I'm on the trading floor all day - email is fine",
                        channel="phone",
                    )
                ],
            ),
            NotDue(
                "Stellan Berg",
                apps=[SILVER],
                touches=[
                    reply(
                        120,
                        "I'm not interested in hearing from you or any of your clients, ever. "
                        "Please respect that.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'not interested in moving to Berlin' is no opt-out",
        [
            Due(
                "Tilda Axelsson",
                apps=[SILVER],
                touches=[
                    reply(115, "Not interested in moving to Berlin, but remote roles still fine.")
                ],
            )
        ],
    ),
]

WAITS = [
    W(
        "'not before spring', said in August: not due in November",
        [
            NotDue(
                "Ulrike Brandt", apps=[OLD_FINAL], touches=[reply(date(2026, 8, 17), SPRING_WORDS)]
            ),
            Due(
                "Valentin Schreiber",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 8, 17), "Seeing the reorg through, but talk any time.")],
            ),
        ],
    ),
    W(
        "'not before spring', said in August: due in April",
        [
            Due(
                "Wilhelmina Graf",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 8, 17), SPRING_WORDS)],
            )
        ],
        week=date(2027, 4, 12),
    ),
    W(
        "'reach out in a few months' (a motivation, said in October): not due in November",
        [
            NotDue("Xenia Popova", (FEW_MONTHS, date(2026, 10, 12)), apps=[SILVER]),
            Due(
                "Yara Haddad", ("Wants a bigger scope next time", date(2026, 10, 12)), apps=[SILVER]
            ),
        ],
    ),
    W(
        "'reach out in a few months', said in October: due in March",
        [Due("Zofia Nowak", (FEW_MONTHS, date(2026, 10, 12)), apps=[silver(500)])],
        week=date(2027, 3, 15),
    ),
    W(
        "'leave it till the new year', said in August: not due in November",
        [
            NotDue(
                "Agata Wisniewska",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 8, 10), NEW_YEAR_WORDS)],
            ),
        ],
    ),
    W(
        "'leave it till the new year', said in August: due in late January",
        [
            Due(
                "Bozena Kaminska",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 8, 10), NEW_YEAR_WORDS)],
            )
        ],
        week=date(2027, 1, 25),
    ),
    W(
        "parental leave for nine months from September: not due in November, due in July",
        [
            NotDue(
                "Saskia Vermeulen",
                apps=[OLD_FINAL],
                touches=[
                    touch(date(2026, 8, 3), outcome="replied", channel="phone", note=PARENTAL)
                ],
            ),
        ],
    ),
    W(
        "parental leave for nine months from September: due in July",
        [
            Due(
                "Saskia de Vries",
                apps=[OLD_FINAL],
                touches=[
                    touch(
                        date(2026, 8, 3),
                        outcome="replied",
                        channel="phone",
                        note=PARENTAL,
                    )
                ],
            )
        ],
        week=date(2027, 7, 5),
    ),
    W(
        "'only once Q1 is done', said in July: not due in November",
        [
            NotDue("Celine Dubois", apps=[OLD_FINAL], touches=[reply(date(2026, 7, 6), Q1_WORDS)]),
            Due(
                "Delphine Martin",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 7, 6), "Interested - we close the funding round soon.")],
            ),
        ],
    ),
    W(
        "'no moves until post-bonus', said in August: not due in November",
        [NotDue("Elias Wagner", apps=[OLD_FINAL], touches=[reply(date(2026, 8, 10), BONUS_WORDS)])],
    ),
    W(
        "a wait that has run out: 'after the summer', said in May, is due in November",
        [
            Due(
                "Fabian Roth",
                apps=[OLD_FINAL],
                touches=[
                    reply(
                        date(2026, 5, 11),
                        "Not now - after the summer I'll have my head above water. Try then?",
                    )
                ],
            ),
        ],
    ),
    W(
        "a wait that has run out: 'in a few weeks', said in July, is due in November",
        [
            Due(
                "Greta Lindholm",
                apps=[OLD_FINAL],
                touches=[reply(date(2026, 7, 6), "Ping me in a few weeks, mid-launch right now.")],
            ),
        ],
    ),
    W(
        "'check back in a year', said in March: not due in November",
        [
            NotDue(
                "Hedda Nilsen",
                apps=[OLD_FINAL],
                touches=[
                    touch(
                        date(2026, 3, 2),
                        outcome="replied",
                        channel="phone",
                        note="Hedda just got promoted - check back in a year, she says.",
                    )
                ],
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "rang three weeks ago vs three months ago",
        [
            NotDue(
                "Ivo Petrov",
                apps=[SILVER],
                touches=[
                    reply(250, "Always happy to chat."),
                    touch(21, outcome="no_reply", channel="phone", note="Left a voicemail re SRE."),
                ],
            ),
            Due(
                "Jovan Ilic",
                apps=[SILVER],
                touches=[
                    reply(250, "Always happy to chat."),
                    touch(95, outcome="no_reply", channel="phone", note="Left a voicemail re SRE."),
                ],
            ),
        ],
    ),
]

FRESH_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *RESTRAINT]
