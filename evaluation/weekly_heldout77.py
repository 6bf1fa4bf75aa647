"""Held-out weekly reconnect cases, seventy-seventh set: AI research and deep-tech hiring, written
by a stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

It is measured on its own and never tuned to what Encore does.

Who writes: the in-house recruiters of Meridian, an AI lab (San Francisco, Seattle, New York,
London, Zurich, Paris, Toronto, Tel Aviv, Singapore), the recruiters of deep-tech start-ups in
robotics, quantum and silicon, and Halden & Roe, a specialist search firm. Who they write about:
the research-engineering and infrastructure pool: PhD students finishing, postdocs, big-tech L5
to L7 engineers, quant-fund engineers on garden leave, founders after a shutdown.

Everyone here is otherwise due in the week of the case: reached Meridian's final round in April
2025 for a research-engineering role and lost to one other person, and was last spoken to long
before the week (170 days, past a silver medalist's cadence), unless the case is about a recent
contact. A wait is either typed into the ATS as a dated motivation or sits in a message sent long
enough before the week that no recent contact holds the person back instead.

The voices: recruiters' ATS shorthand and call notes, professors' notes about their students,
candidates' emails, LinkedIn DMs and lower-case texts, a few in French and Chinese. What decides
is what they told us:

1. opt-outs (delete my candidate profile, a bare "stop", a DNC at her request, "ne me contactez
   plus", a Chinese request to be taken off the list, unsubscribe from everything, a professor
   relaying his student's wish, "no thanks" to our outreach, an angry "how did you get my
   personal email", leaving tech for good): never listed; beside each a scoped stop that is due
   (a new CV for the old one, texts only, her work number only, no calls before 6pm, no calls at
   work, the research digest only, copying the professor, the Seattle role only, use my personal
   email, leaving big tech only);
2. waits counted from the day said, checked both ways: after NeurIPS, defending in March, a
   one-year vesting cliff, after Pesach, two quarters, six months' garden leave, after Chinese New
   Year: not listed while they run and listed once they have, each beside a twin whose wait is
   already over (defended in May, past the cliff, after the chagim, a couple of months, three
   months' garden leave ended, Deepavali over);
3. notes full of dates that ask for no wait are due (a defence, a move and NeurIPS; an OA, an
   onsite and a declined offer; ICML, an internship and a visa stamp; Diwali and Thanksgiving);
   a new postdoc with "give it a year" is not;
4. plain restraint: a role sent last week, coffee at a meetup nine days ago and a reply five days
   ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   removal is not; a cliff wait called off by a layoff is due; "free now" hardened into "give me
   a year" is not; a DNC lifted by the candidate is due; a defence wait moved up and over is due
   while "free whenever" turned into "after Pesach" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

APRIL_2025_FINAL = app(
    date(2025, 4, 14),
    "final",
    "rejected",
    "other_candidate",
    "Strong final; lost to the other finalist on the systems round.",
    rating=4.4,
    role="Research Engineer, Training Infrastructure",
)
QUIET = 170  # days before the week: past a silver medalist's cadence


def caught_up() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def mail(days, words) -> dict:
    return touch(days, "inbound", "replied", note=words, channel="email")


def dm(days, words) -> dict:
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def sms(days, words) -> dict:
    return touch(days, "inbound", "replied", note=words, channel="other")


def ats(days, words) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def call(days, words) -> dict:
    """A recruiter's call note."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def professor(days, words) -> dict:
    """A professor's note about a student, forwarded into the ATS."""
    return touch(days, "inbound", None, "note", note=words, channel="email")


def typed(name, *statements, due) -> Person:
    """Someone otherwise due whose recruiter typed ``statements`` (each dated) into the ATS."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[APRIL_2025_FINAL], touches=[caught_up()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[APRIL_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due --------------------------------------

OPT_OUTS = [
    W(
        "opt-out: delete my candidate profile vs delete the old CV, here is the new one",
        [
            wrote(
                "Harriet Holmwood",
                mail(
                    QUIET,
                    "Please delete my candidate profile and everything attached to it, and "
                    "don't contact me again. Thanks.",
                ),
                due=False,
            ),
            wrote(
                "Desmond Eze",
                mail(
                    QUIET,
                    "Please delete the old CV you have on file - new one attached. Still keen to "
                    "hear about research engineering roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: a bare 'stop' by text vs stop texting, email only",
        [
            wrote("Brooke Tanner", sms(QUIET, "stop"), due=False),
            wrote(
                "Raúl Jiménez", sms(QUIET, "stop texting me pls, email only from now on"), due=True
            ),
        ],
    ),
    W(
        "opt-out: a DNC set at her request vs no more calls to her work number",
        [
            wrote(
                "Petra Novotná",
                ats(
                    QUIET,
                    "Cand called in and asked to be removed from all outreach. DNC set per her "
                    "request.",
                ),
                due=False,
            ),
            wrote(
                "Alana Kealoha",
                ats(
                    QUIET,
                    "Cand asked us to stop calling her work number (her manager sits next to "
                    "her). Personal mobile or email fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: French, do not contact me any more vs no calls before 6pm",
        [
            wrote(
                "Guillaume Perrin",
                mail(QUIET, "Ne me contactez plus, s'il vous plaît, et supprimez mon profil."),
                due=False,
            ),
            wrote(
                "Manon Lefort",
                mail(
                    QUIET,
                    "Pas d'appels avant 18h s'il vous plaît, je suis en salle blanche toute la "
                    "journée. Sinon, toujours partante pour discuter.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: Chinese, take me off your list vs no calls during working hours",
        [
            wrote(
                "Jing Chen",
                sms(QUIET, "请把我从你们的名单里删掉，以后不要再联系我了。"),
                due=False,
            ),
            wrote(
                "Kelvin Lim",
                sms(QUIET, "上班时间别打电话，发邮件就行。有合适的职位还是可以聊。"),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: unsubscribe me from everything vs from the research digest only",
        [
            wrote(
                "Ophelia Marsden",
                mail(
                    QUIET,
                    "Unsubscribe me from everything you send - the digest, the events, the "
                    "recruiter emails. I don't want to hear from Meridian again.",
                ),
                due=False,
            ),
            wrote(
                "Theo Marsh",
                mail(
                    QUIET,
                    "Can you unsubscribe me from the research digest? Too much email. Happy to "
                    "keep hearing from you directly about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: a professor relays his student's wish vs stop copying the professor",
        [
            wrote(
                "Arnav Bose",
                professor(
                    QUIET,
                    "From Prof. Lindqvist (KTH): Arnav has asked me to tell you he does not want "
                    "to be contacted by your team. Please take him off your lists.",
                ),
                due=False,
            ),
            wrote(
                "Kiona Redcloud",
                professor(
                    QUIET,
                    "From Prof. Lindqvist (KTH): please stop copying me on your emails to Kiona "
                    "- she is very happy to hear from you directly.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: 'no thanks' to our message vs no thanks to the Seattle role only",
        [
            wrote(
                "Gordon Pryce",
                touch(
                    QUIET + 1,
                    "outbound",
                    "no_reply",
                    "re_engagement",
                    note="Sent the Seattle RE role.",
                ),
                touch(QUIET, "inbound", "replied", "re_engagement", note="thanks, but no thanks"),
                due=False,
            ),
            wrote(
                "Leilani Akana",
                touch(
                    QUIET + 1,
                    "outbound",
                    "no_reply",
                    "re_engagement",
                    note="Sent the Seattle RE role.",
                ),
                touch(
                    QUIET,
                    "inbound",
                    "replied",
                    "re_engagement",
                    note="no thanks to the seattle one, can't move. bay area roles yes",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: angry about her personal email vs please use my personal email from now on",
        [
            wrote(
                "Dominique Sharpe",
                mail(
                    QUIET,
                    "How did you get my personal email? I never gave it to you. Remove me from "
                    "your system and do not contact me again.",
                ),
                due=False,
            ),
            wrote(
                "Rosa Delgado",
                mail(
                    QUIET,
                    "Please use my personal email from now on - I'm leaving Google and the work "
                    "address will stop working.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: leaving tech for good vs leaving big tech for good, start-ups welcome",
        [
            wrote(
                "Wendell Price",
                dm(
                    QUIET,
                    "I'm leaving tech for good - teaching high school physics from January. "
                    "Please don't contact me about roles any more.",
                ),
                due=False,
            ),
            wrote(
                "Farida Osman",
                dm(
                    QUIET,
                    "leaving big tech for good after this year. start-ups and research labs "
                    "very welcome though",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -------------------------------------

NEURIPS = "swamped till after neurips, ping me after!"
DEFENCE = (
    "From Prof. Moreau: {name} defends in March and can't take anything on before then - "
    "please hold off until after."
)
CLIFF = "Joined Nvidia in May. Not moving before the one-year cliff - then open."
PESACH = (
    "After Pesach - mid-fundraise at the start-up and promised the team the spring.",
    date(2026, 11, 2),
)
QUARTERS = "give me two quarters to ship the thing i'm on, then let's talk"
GARDEN = (
    "On six months' garden leave from today (left the fund) - can't start anything until it ends.",
    date(2026, 10, 5),
)
CNY = (
    "Asked to talk after Chinese New Year - year-end review and AWS payout first.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "wait: after NeurIPS, said in June: not due in November",
        [
            wrote("Quentin Hale", dm(date(2026, 6, 8), NEURIPS), due=False),
            wrote(
                "Mira Kapoor", dm(date(2026, 6, 8), "swamped lately but ping me whenever"), due=True
            ),
        ],
    ),
    W(
        "wait: after NeurIPS, said in June: due in January",
        [wrote("Silas Grant", dm(date(2026, 6, 8), NEURIPS), due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "wait: defending in March, said by the advisor in June: not due in November",
        [
            wrote(
                "Ling Wu",
                professor(date(2026, 6, 1), DEFENCE.format(name="Ling")),
                due=False,
            ),
            wrote(
                "Tariq Hassan",
                professor(
                    date(2026, 6, 1),
                    "From Prof. Moreau: Tariq defended in May and is ready to start now.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: defending in March, said by the advisor in June: due in April",
        [wrote("Yara Nassar", professor(date(2026, 6, 1), DEFENCE.format(name="Yara")), due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "wait: not before the one-year cliff, joined in May: not due in November",
        [
            wrote("Brent Cole", call(date(2026, 6, 15), CLIFF), due=False),
            wrote(
                "Aiko Mori",
                call(
                    date(2026, 6, 15),
                    "Joined Nvidia in May last year - past the cliff now, open to moving.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: not before the one-year cliff, joined in May: due in June",
        [wrote("Harlan Reese", call(date(2026, 6, 15), CLIFF), due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "wait: after Pesach, typed in November: not due in November",
        [
            typed("Avigail Stern", PESACH, due=False),
            typed(
                "Eyal Dror",
                ("After the chagim - everything at work is frozen till then.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "wait: after Pesach, typed in November: due in May",
        [typed("Noam Barak", PESACH, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "wait: two quarters, said in mid-June: not due in November",
        [
            wrote("Fiona Blake", sms(date(2026, 6, 15), QUARTERS), due=False),
            wrote(
                "Gustavo Barbosa",
                sms(date(2026, 6, 15), "give me a couple of months to ship the thing i'm on"),
                due=True,
            ),
        ],
    ),
    W(
        "wait: two quarters, said in mid-June: due in January",
        [wrote("Helga Berg", sms(date(2026, 6, 15), QUARTERS), due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "wait: six months' garden leave from October: not due in November",
        [
            typed("Rupert Lyle", GARDEN, due=False),
            typed(
                "Sienna Ward",
                ("Three months' garden leave ended 1 Oct - free to start.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "wait: six months' garden leave from October: due in April",
        [typed("Cyrus Farahani", GARDEN, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "wait: after Chinese New Year, typed in November: not due in November",
        [
            typed("Melissa Tan", CNY, due=False),
            typed(
                "Bryan Seah",
                ("Deepavali rush is over (8 Nov) - free to talk now.", date(2026, 11, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "wait: after Chinese New Year, typed in November: due in March",
        [typed("Jun Wei Lee", CNY, due=True)],
        week=date(2027, 3, 1),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "no wait: defended, moved and presenting at NeurIPS vs a new postdoc, give it a year",
        [
            typed(
                "Beatrix Holm",
                (
                    "Defended 3 Sept, moved to Seattle 1 Oct, presenting at NeurIPS 8 Dec - free "
                    "to chat any time before or after.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            typed(
                "Conrad Fiske",
                (
                    "Defended 3 Sept, started a postdoc 1 Oct - give it a year before reaching "
                    "out.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "no wait: an OA, an onsite and a declined Meta offer, looking now",
        [
            typed(
                "Imani Whitaker",
                (
                    "OA 2 Oct, onsite 15 Oct at Meta, offer 1 Nov - declined it. Still looking, "
                    "open to chats now.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "no wait: back from ICML, internship over, visa stamped - send roles",
        [
            wrote(
                "Rahul Saxena",
                mail(
                    QUIET,
                    "Back from ICML in July, internship wrapped 29 Aug, H-1B stamped in Chennai "
                    "12 Sept - all done. Send me roles!",
                ),
                due=True,
            )
        ],
    ),
    W(
        "no wait: Diwali was the 8th, Thanksgiving next week, free any weekday",
        [
            typed(
                "Meera Raghavendra",
                (
                    "Diwali was the 8th, in-laws staying till Thanksgiving next week, but free "
                    "for a call any weekday evening.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ------------------------------------------------------------------------

RESTRAINT = [
    W(
        "restraint: a role sent last week vs the same role sent six months ago",
        [
            NotDue(
                "Ashley Kerr",
                apps=[APRIL_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        7,
                        outcome="no_reply",
                        channel="linkedin",
                        note="Sent the Training Infra RE JD.",
                    ),
                ],
            ),
            Due(
                "Mateo Gil",
                apps=[APRIL_2025_FINAL],
                touches=[
                    touch(
                        180,
                        outcome="no_reply",
                        channel="linkedin",
                        note="Sent the Training Infra RE JD.",
                    )
                ],
            ),
        ],
    ),
    W(
        "restraint: coffee at a meetup nine days ago vs two hundred days ago",
        [
            NotDue(
                "Ingrid Bakken",
                apps=[APRIL_2025_FINAL],
                touches=[
                    touch(
                        9,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee after the SF ML meetup - all good, nothing to action.",
                    )
                ],
            ),
            Due(
                "Ezra Kline",
                apps=[APRIL_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee after the SF ML meetup - all good, nothing to action.",
                    )
                ],
            ),
        ],
    ),
    W(
        "restraint: she replied five days ago vs six months ago",
        [
            NotDue(
                "Colette Duplessis",
                apps=[APRIL_2025_FINAL],
                touches=[caught_up(), sms(5, "thanks, will read the JD this weekend")],
            ),
            Due(
                "Rowan Pike",
                apps=[APRIL_2025_FINAL],
                touches=[sms(180, "thanks, will read the JD this weekend")],
            ),
        ],
    ),
]

# --- 5. the latest word counts -----------------------------------------------------------------

LATEST = [
    W(
        "latest word: a stop taken back vs a 'keep me posted' hardened into a removal",
        [
            wrote(
                "Lionel Ferris",
                sms(date(2026, 1, 12), "stop messaging me please"),
                mail(
                    date(2026, 6, 1),
                    "Sorry about January. Looking again now - please do reach out.",
                ),
                due=True,
            ),
            wrote(
                "Sabrina Kohl",
                mail(date(2026, 1, 12), "Not now, but keep me posted, thanks!"),
                mail(
                    date(2026, 6, 1), "Please remove me from your database and stop contacting me."
                ),
                due=False,
            ),
        ],
    ),
    W(
        "latest word: a cliff wait called off by a layoff",
        [
            wrote(
                "Andre Baptiste",
                ats(date(2026, 3, 2), "Not moving before his cliff next March."),
                dm(date(2026, 6, 8), "laid off yesterday, whole team. free now, ping me"),
                due=True,
            )
        ],
    ),
    W(
        "latest word: 'free now' hardened into 'give me a year'",
        [
            wrote(
                "Corinne Abel",
                mail(date(2026, 4, 6), "Free now - send anything."),
                mail(
                    date(2026, 6, 1),
                    "Accepted an offer at Apple, starting in July. Give me a year before you "
                    "reach out.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "latest word: a DNC the recruiter set, lifted later by the candidate",
        [
            wrote(
                "Benedict Adeyinka",
                ats(date(2026, 1, 26), "DNC set at cand's request after a rough call."),
                mail(
                    date(2026, 6, 8),
                    "I know I asked not to be contacted back in January - I'd like to hear about "
                    "roles again now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: a defence moved up and over vs 'free whenever' turned into after Pesach",
        [
            wrote(
                "Noor Aziz",
                mail(date(2026, 3, 2), "After my defence in February next year."),
                mail(
                    date(2026, 6, 1),
                    "Plot twist: my defence moved up to July, so I'm free from August.",
                ),
                due=True,
            ),
            wrote(
                "Ilan Rosen",
                mail(date(2026, 4, 6), "Free whenever, thanks."),
                mail(
                    date(2026, 6, 1), "Scratch that - after Pesach next year. Big launch at work."
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT77_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
