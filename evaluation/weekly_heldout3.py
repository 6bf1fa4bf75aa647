"""Held-out weekly reconnect cases, third set: recruiters' own words, written by a third stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 3").

Everyone here is otherwise due in the week of the case: a silver medalist whose process ended
in mid-September 2025 and who was last contacted long enough before the week (more than four
months) that neither cadence nor restraint decides. A wait said recently is typed as a dated
motivation, so no recent contact holds the person back instead. What decides is what they told
us:

1. opt-outs (an emoji reply, a polite-but-firm call note in the third person, a formal GDPR
   erasure letter, a withdrawal's reason note, a French speaker's English, a Nigerian English
   reply): never listed; the near-miss beside each (leaving a newsletter, "don't ring my work
   number", a new email address, "not now" in a reason note, LinkedIn instead of the phone,
   leaving the job-alert mailing list) is due;
2. waits without a month name, counted from the day said: Ramadan, garden leave, a one-year
   vesting cliff counted from joining, a visa renewal, a wedding in spring, Pongal, "next
   quarter" - not listed while they run, listed once they have run out (a twin checked in a
   later week); "after the summer hols", "after the High Holidays" and "give it 10 weeks" said
   months ago have run out, while "give it 10 weeks" said in October has not;
3. a long rambling call note naming months and years without asking for any wait: due;
4. plain restraint: rung twelve days ago is not listed, seven months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

SEPT_2025_FINAL = app(
    date(2025, 9, 15),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.1,
    role="Platform Engineer",
)
RAMADAN = (
    "No interviews for me until after Ramadan please - I'll be fasting and running on empty",
    date(2026, 11, 2),
)
GARDEN_LEAVE = (
    "can't talk properly until my garden leave finishes - it's three months and has only just "
    "started",
    date(2026, 10, 26),
)
CLIFF = (
    "After my vesting cliff pls. It's a one-year cliff and I joined nine months ago.",
    date(2026, 10, 5),
)
WEDDING = ("after the wedding in spring, then let's talk properly 💒", date(2026, 10, 19))
PONGAL = ("Please contact after Pongal, will be travelling to native place", date(2026, 11, 2))
NEXT_QUARTER = ("circle back next quarter - budgets are frozen till then", date(2026, 10, 12))
TEN_WEEKS = "give it 10 weeks and try me again, we're mid-reorg"


def wrote(when, note, channel="email") -> dict:
    """Their reply, as the recruiter logged it."""
    return touch(when, "inbound", "replied", note=note, channel=channel)


def rang(when, note) -> dict:
    """A call the recruiter made, written up afterwards."""
    return touch(when, "outbound", "replied", note=note, channel="phone")


def withdrew(note, reason="other") -> dict:
    return app(date(2025, 9, 15), "final", "withdrew", reason, note, role="Platform Engineer")


OPT_OUTS = [
    W(
        "emoji reply: remove me, zero interest vs off the newsletter only",
        [
            NotDue(
                "Kristoffer Aalto",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        140,
                        "🛑 remove me pls. zero interest in hearing from your agency, now or "
                        "later.",
                        channel="linkedin",
                    )
                ],
            ),
            Due(
                "Eero Virtanen",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        140,
                        "pls take me off the monthly newsletter 📭 - still happy to hear about "
                        "actual roles tho",
                        channel="linkedin",
                    )
                ],
            ),
        ],
    ),
    W(
        "call note in the third person: polite but firm, no contact vs don't ring work number",
        [
            NotDue(
                "Deepika Srinivasan",
                apps=[SEPT_2025_FINAL],
                touches=[
                    rang(
                        130,
                        "Spoke w/ Deepika. She was polite but firm - she does not want to be "
                        "contacted about roles by us again.",
                    )
                ],
            ),
            Due(
                "Lakshmi Narayanan",
                apps=[SEPT_2025_FINAL],
                touches=[
                    rang(
                        130,
                        "Spoke w/ Lakshmi. Asked us not to ring her work number again (her boss "
                        "sits next to her) - personal mobile is fine for roles.",
                    )
                ],
            ),
        ],
    ),
    W(
        "formal GDPR letter: erase my data, no further contact vs please note my new address",
        [
            NotDue(
                "Friedrich Baumgartner",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        160,
                        "Dear Sir or Madam, pursuant to Article 17 GDPR I request the erasure "
                        "of my personal data and ask that you refrain from any further contact. "
                        "Kind regards, F. Baumgartner",
                    )
                ],
            ),
            Due(
                "Gisela Hoffmann",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        160,
                        "Dear Sir or Madam, please note my new e-mail address and update your "
                        "records accordingly; I remain interested in suitable vacancies. Kind "
                        "regards, G. Hoffmann",
                    )
                ],
            ),
        ],
    ),
    W(
        "withdrawal reason note: not to get in touch again vs 'not now' at final",
        [
            NotDue(
                "Sadia Rahman",
                apps=[
                    withdrew(
                        "Withdrew from final, angry about the delays. Made it very clear we are "
                        "not to get in touch with her again, about anything."
                    )
                ],
            ),
            Due(
                "Farhana Akter",
                apps=[
                    withdrew(
                        "Withdrew from final - not now, wants to see her team's launch through. "
                        "Happy to be approached again.",
                        reason="timing",
                    )
                ],
            ),
        ],
    ),
    W(
        "French speaker's English: don't contact me anymore vs LinkedIn, not the phone",
        [
            NotDue(
                "Guillaume Mercier",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        150,
                        "Bonjour, I prefer that you don't contact me anymore for jobs. I am not "
                        "interested, thank you for your comprehension.",
                    )
                ],
            ),
            Due(
                "Sébastien Faure",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        150,
                        "Bonjour, I prefer that you contact me by LinkedIn and not by phone, I "
                        "am often in meetings. Thank you for your comprehension.",
                    )
                ],
            ),
        ],
    ),
    W(
        "Nigerian English: expunge my details vs off the job-alert mailing list only",
        [
            NotDue(
                "Adaeze Nwachukwu",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        145,
                        "Good day. Please I am no longer interested in opportunities with your "
                        "organisation, kindly expunge my details from your system. Thank you.",
                    )
                ],
            ),
            Due(
                "Funmilayo Ogunleye",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        145,
                        "Good day. Please kindly remove me from the job alert mailing list, it "
                        "is too much. I am still open to hear from you directly. Thank you.",
                    )
                ],
            ),
        ],
    ),
]

WAITS = [
    W(
        "'until after Ramadan', said in November: not due that month",
        [NotDue("Hamza Qureshi", RAMADAN, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "'until after Ramadan', said in November: due in late March",
        [Due("Imran Siddiqui", RAMADAN, apps=[SEPT_2025_FINAL])],
        week=date(2027, 3, 22),
    ),
    W(
        "three months' garden leave just started in October: not due in November",
        [NotDue("Piers Hargreaves", GARDEN_LEAVE, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "three months' garden leave just started in October: due in mid-February",
        [Due("Jolyon Fairbairn", GARDEN_LEAVE, apps=[SEPT_2025_FINAL])],
        week=date(2027, 2, 15),
    ),
    W(
        "one-year cliff, joined nine months before saying so in October: not due in November",
        [NotDue("Aiden Costigan", CLIFF, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "one-year cliff, joined nine months before saying so in October: due in late January",
        [Due("Conor Madigan", CLIFF, apps=[SEPT_2025_FINAL])],
        week=date(2027, 1, 25),
    ),
    W(
        "'once my visa is renewed', solicitor says about ten weeks, said in November: not due",
        [
            NotDue(
                "Tariq Farouk",
                (
                    "once my visa is renewed I'm free - solicitor says about ten weeks",
                    date(2026, 11, 9),
                ),
                apps=[SEPT_2025_FINAL],
            )
        ],
    ),
    W(
        "'after the wedding in spring', said in October: not due in November",
        [NotDue("Aleksandra Wiśniewska", WEDDING, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "'after the wedding in spring', said in October: due in July",
        [Due("Weronika Dąbrowska", WEDDING, apps=[SEPT_2025_FINAL])],
        week=date(2027, 7, 5),
    ),
    W(
        "'after Pongal', said in November: not due that month",
        [NotDue("Karthikeyan Murugan", PONGAL, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "'after Pongal', said in November: due in late January",
        [Due("Senthil Kumaran", PONGAL, apps=[SEPT_2025_FINAL])],
        week=date(2027, 1, 25),
    ),
    W(
        "'circle back next quarter', said in October: not due in November",
        [NotDue("Dana Whitaker", NEXT_QUARTER, apps=[SEPT_2025_FINAL])],
    ),
    W(
        "'circle back next quarter', said in October: due in mid-January",
        [Due("Kelsey Hargrove", NEXT_QUARTER, apps=[SEPT_2025_FINAL])],
        week=date(2027, 1, 11),
    ),
    W(
        "waits said months ago have run out: after the summer hols, after the High Holidays",
        [
            Due(
                "Hugo Lindberg",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        date(2026, 6, 8),
                        "catch me after the summer hols, kids are off and so am I",
                    )
                ],
            ),
            Due(
                "Eliana Shapiro",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote(
                        date(2026, 7, 20),
                        "Let's reconnect after the High Holidays, the office is chaos until then.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'give it 10 weeks' said in July has run out; said in October it has not",
        [
            Due(
                "Mateo Silva",
                apps=[SEPT_2025_FINAL],
                touches=[wrote(date(2026, 7, 6), TEN_WEEKS)],
            ),
            NotDue("Joaquín Herrera", (TEN_WEEKS, date(2026, 10, 5)), apps=[SEPT_2025_FINAL]),
        ],
    ),
]

NO_WAIT = [
    W(
        "a rambling call note naming months and years, no wait asked for: due",
        [
            Due(
                "Bogdan Petrescu",
                apps=[SEPT_2025_FINAL],
                touches=[
                    rang(
                        date(2026, 7, 13),
                        "long chat w/ bogdan, he went thru the whole saga: joined in feb 2022, "
                        "TL since oct 2023, company was acquired in march and the new owners "
                        "moved everyone onto their stack over the summer, then a hiring freeze "
                        "in june and his manager left in july. says he's been thinking about a "
                        "move since around easter. open to chat ASAP, likes k8s + go, WFH "
                        "preferred, email > phone",
                    )
                ],
            )
        ],
    ),
]

RESTRAINT = [
    W(
        "rung twelve days ago vs seven months ago",
        [
            NotDue(
                "Ottilie Brandt",
                apps=[SEPT_2025_FINAL],
                touches=[rang(12, "caught up, sent her the infra JD, she'll mull it over")],
            ),
            Due(
                "Henrike Vogt",
                apps=[SEPT_2025_FINAL],
                touches=[rang(210, "caught up, sent her the infra JD, she'll mull it over")],
            ),
        ],
    ),
]

HELDOUT3_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT]
