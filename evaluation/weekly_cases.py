"""Weekly reconnect cases in recruiters' own words: who is due in a given week, and who must
not be listed at all (issue 12).

Each case is a week (a Monday) and a few people, everyone otherwise due: silver medalists or
interviewed people not contacted for longer than their cadence. What decides is what they told
us — an opt-out typed in a note, a wait in words without a month name, a near-miss that is no
opt-out — or plain restraint (contacted ten days ago). ``Due`` people must be on the list that
week; ``NotDue`` people must be on neither the list nor the re-consent tasks. A wait is checked
twice where it matters: held back while it runs, due once its month has come.

Dates are either days before the case's Monday or calendar days (when a wait is counted from
the day it was said, the day is written out so the case reads as a recruiter would see it).
"""

from dataclasses import dataclass
from datetime import date

from evaluation.scenarios import P, Person, app, touch
from evaluation.scenarios_told import reply, silver

WEEK = date(2026, 11, 23)  # a Monday


@dataclass(frozen=True)
class WeeklyCase:
    name: str
    week: date  # the Monday the list is drawn up for
    people: tuple[Person, ...]  # grade 1: due that week; grade 0: must not be listed


def Due(name, *motivations, apps=(), touches=(), **overrides) -> Person:
    return P(name, "backend", 1, *motivations, apps=apps, touches=touches, **overrides)


def NotDue(name, *motivations, apps=(), touches=(), **overrides) -> Person:
    return P(name, "backend", 0, *motivations, apps=apps, touches=touches, **overrides)


def W(name, people, week=WEEK) -> WeeklyCase:
    return WeeklyCase(name, week, tuple(people))


INTERVIEWED = app(700, "interview", "rejected", "skills_gap", "Thin on Kafka at the time")

OPT_OUTS = [
    W(
        "opt-out in a reply is never listed; a friendly reply is due",
        [
            NotDue(
                "Maja Berg",
                apps=[silver(400)],
                touches=[
                    reply(
                        120,
                        "Please take me off whatever list this is. I don't want to hear from "
                        "your recruiters again.",
                    )
                ],
            ),
            Due(
                "Omar Haddad",
                apps=[silver(400)],
                touches=[
                    reply(120, "Thanks - happy at Monzo for now but always good to hear from you.")
                ],
            ),
        ],
    ),
    W(
        "an opt-out said over a year ago still holds",
        [
            NotDue(
                "Lars Eriksen",
                apps=[silver(600)],
                touches=[
                    touch(
                        400, "inbound", "not_interested", note="not interested. stop contacting me"
                    )
                ],
            ),
            Due(
                "Emil Strand",
                apps=[silver(600)],
                touches=[
                    touch(
                        400,
                        "inbound",
                        "not_interested",
                        note="Not interested in the contract role, but perm roles are welcome.",
                    )
                ],
            ),
        ],
    ),
    W(
        "recruiter's call note: don't get in touch again vs email rather than call",
        [
            NotDue(
                "Greta Hoffmann",
                apps=[silver(500)],
                touches=[
                    touch(
                        150,
                        outcome="replied",
                        channel="phone",
                        note="Called Greta. She asked that we don't get in touch again - please "
                        "respect that.",
                    )
                ],
            ),
            Due(
                "Paulo Freitas",
                apps=[silver(500)],
                touches=[
                    touch(
                        150,
                        outcome="replied",
                        channel="phone",
                        note="Called Paulo. He'd rather we email than call from now on.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'unsub pls' from someone we interviewed",
        [
            NotDue("Kim Park", apps=[INTERVIEWED], touches=[reply(200, "unsub pls")]),
            Due("Joon Lee", apps=[INTERVIEWED], touches=[reply(200, "cheers, all good here")]),
        ],
    ),
    W(
        "opt-out in the reason note of a withdrawal",
        [
            NotDue(
                "Alba Serra",
                apps=[
                    app(
                        300,
                        "final",
                        "withdrew",
                        "not_interested",
                        "Withdrew at the final round and asked us to remove her from any future "
                        "outreach.",
                    )
                ],
            ),
            Due(
                "Marc Vidal",
                apps=[
                    app(
                        300,
                        "final",
                        "withdrew",
                        "not_interested",
                        "Withdrew at the final round: took a counteroffer from his employer.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'No thanks.' to our outreach vs no thanks to one job",
        [
            NotDue(
                "Yara Nasser",
                apps=[silver(400)],
                touches=[reply(100, "No thanks.", kind="re_engagement")],
            ),
            Due(
                "Tom Becker",
                apps=[silver(400)],
                touches=[
                    reply(
                        100,
                        "No thanks for the Munich job, five days in the office is a no. Remote "
                        "would be different.",
                        kind="re_engagement",
                    )
                ],
            ),
        ],
    ),
    W(
        "recruiter's note: asked the team inbox to remove her vs asked for feedback",
        [
            NotDue(
                "Hana Sato",
                apps=[silver(400)],
                touches=[
                    touch(
                        140,
                        kind="note",
                        note="She emailed the team inbox asking to be removed from our talent "
                        "pool emails.",
                    )
                ],
            ),
            Due(
                "Ines Duarte",
                apps=[silver(400)],
                touches=[
                    touch(
                        140,
                        kind="note",
                        note="She emailed the team inbox asking for feedback on her final round.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'not looking right now' is no opt-out",
        [
            Due(
                "Zoe Turner",
                apps=[silver(400)],
                touches=[reply(110, "Not looking right now, but keep me in mind for staff roles.")],
            )
        ],
    ),
    W(
        "'happy where I am at the moment' is no opt-out",
        [
            Due(
                "Ben Adeyemi",
                apps=[silver(400)],
                touches=[reply(130, "Happy where I am at the moment, thanks for checking in.")],
            )
        ],
    ),
]

SUMMER_NOTE = (
    "Lovely to hear from you. Let's pick this up after the summer - the launch eats everything "
    "until then."
)
Q2_NOTE = "ping me after Q2, bonus lands then"
MERGER_NOTE = (
    "Interested in principle. Once the merger closes next year I'll have more freedom - try me "
    "then."
)
SPRING_NOTE = "Spoke to {name}: not before next spring, she's finishing her MBA."
OLD_SILVER = silver(date(2025, 9, 1))

WAITS = [
    W(
        "'after the summer', said in April: not due in July",
        [
            NotDue(
                "Chiara Galli", apps=[OLD_SILVER], touches=[reply(date(2026, 4, 6), SUMMER_NOTE)]
            ),
            Due(
                "Federico Marino",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        date(2026, 4, 6),
                        "Lovely to hear from you. Let's pick this up whenever something fits.",
                    )
                ],
            ),
        ],
        week=date(2026, 7, 13),
    ),
    W(
        "'after the summer', said in April: due in September",
        [Due("Giulia Ferri", apps=[OLD_SILVER], touches=[reply(date(2026, 4, 6), SUMMER_NOTE)])],
        week=date(2026, 9, 14),
    ),
    W(
        "'ping me after Q2', said in February: not due in May",
        [
            NotDue("Sven Lund", apps=[OLD_SILVER], touches=[reply(date(2026, 2, 2), Q2_NOTE)]),
            Due(
                "Aaron Blake",
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 2, 2), "ping me whenever, always up for a chat")],
            ),
        ],
        week=date(2026, 5, 18),
    ),
    W(
        "'ping me after Q2', said in February: due in July",
        [Due("Sigrid Aas", apps=[OLD_SILVER], touches=[reply(date(2026, 2, 2), Q2_NOTE)])],
        week=date(2026, 7, 20),
    ),
    W(
        "'once the merger closes next year', said in August: not due in November",
        [
            NotDue(
                "Anneke Vos", apps=[OLD_SILVER], touches=[reply(date(2026, 8, 10), MERGER_NOTE)]
            ),
            Due(
                "Bart Smit",
                apps=[OLD_SILVER],
                touches=[
                    reply(date(2026, 8, 10), "Interested in principle. Send me whatever comes up.")
                ],
            ),
        ],
    ),
    W(
        "'once the merger closes next year': due in January",
        [Due("Cees Bakker", apps=[OLD_SILVER], touches=[reply(date(2026, 8, 10), MERGER_NOTE)])],
        week=date(2027, 1, 18),
    ),
    W(
        "parental leave till the new year, typed into her motivations",
        [
            NotDue(
                "Dorte Holm",
                (
                    "On parental leave till the new year - no point calling before then",
                    date(2026, 8, 3),
                ),
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 7, 27), "Thanks for thinking of me.")],
            ),
            Due(
                "Eli Cohen",
                ("Keen on event-driven systems", date(2026, 8, 3)),
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 7, 27), "Thanks for thinking of me.")],
            ),
        ],
    ),
    W(
        "'give it six months', said in July",
        [
            NotDue(
                "Frida Kahl",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        date(2026, 7, 27), "Honestly, give it six months. I only just started here."
                    )
                ],
            ),
            Due(
                "Gert Ruud",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        date(2026, 7, 27),
                        "Honestly, I only just started here, but happy to hear what you have.",
                    )
                ],
            ),
        ],
    ),
    W(
        "three months' grace asked two weeks ago, last contact months back",
        [
            NotDue(
                "Heidi Laine",
                ("Asked for three months' grace while the reorg settles", 14),
                apps=[silver(400)],
                touches=[reply(130, "Thanks, speak soon.")],
            ),
            Due(
                "Ivo Marek",
                ("Wants to work closer to product", 14),
                apps=[silver(400)],
                touches=[reply(130, "Thanks, speak soon.")],
            ),
        ],
    ),
    W(
        "'in a couple of months', said three months ago: due now",
        [
            Due(
                "Jana Horak",
                apps=[silver(400)],
                touches=[
                    reply(
                        91,
                        "Could you get back to me in a couple of months? Mid-way through a big "
                        "release.",
                    )
                ],
            )
        ],
    ),
    W(
        "'give me a few weeks', said months ago: due now",
        [
            Due(
                "Kaito Mori",
                apps=[silver(400)],
                touches=[
                    reply(105, "Give me a few weeks to get through the audit and I'll be all ears.")
                ],
            )
        ],
    ),
    W(
        "'til after chrismas' with typos, said in August",
        [
            NotDue(
                "Lucy Hart",
                apps=[OLD_SILVER],
                touches=[
                    reply(
                        date(2026, 8, 17),
                        "cant look at anything til after chrismas sorry, new baby + house move",
                    )
                ],
            ),
            Due(
                "Mia Long",
                apps=[OLD_SILVER],
                touches=[reply(date(2026, 8, 17), "sorry for the slow reply, send me the spec")],
            ),
        ],
    ),
    W(
        "call note 'not before next spring': not due in November",
        [
            NotDue(
                "Nora Quist",
                apps=[OLD_SILVER],
                touches=[
                    touch(
                        date(2026, 8, 3),
                        outcome="replied",
                        channel="phone",
                        note=SPRING_NOTE.format(name="Nora"),
                    )
                ],
            ),
            Due(
                "Olaf Rask",
                apps=[OLD_SILVER],
                touches=[
                    touch(
                        date(2026, 8, 3),
                        outcome="replied",
                        channel="phone",
                        note="Spoke to Olaf: he's finishing his MBA and would like to hear about "
                        "senior roles.",
                    )
                ],
            ),
        ],
    ),
    W(
        "call note 'not before next spring': due in March",
        [
            Due(
                "Pia Sund",
                apps=[OLD_SILVER],
                touches=[
                    touch(
                        date(2026, 8, 3),
                        outcome="replied",
                        channel="phone",
                        note=SPRING_NOTE.format(name="Pia"),
                    )
                ],
            )
        ],
        week=date(2027, 3, 15),
    ),
]

RESTRAINT = [
    W(
        "contacted ten days ago vs a hundred days ago",
        [
            NotDue(
                "Rafael Ortiz",
                apps=[silver(400)],
                touches=[
                    reply(200, "Good to hear from you."),
                    touch(
                        10, outcome="no_reply", note="Sent over the platform role; no reply yet."
                    ),
                ],
            ),
            Due(
                "Sam Okoro",
                apps=[silver(400)],
                touches=[
                    reply(200, "Good to hear from you."),
                    touch(
                        100, outcome="no_reply", note="Sent over the platform role; no reply yet."
                    ),
                ],
            ),
        ],
    ),
]

WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *RESTRAINT]
