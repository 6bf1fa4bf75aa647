"""Held-out weekly reconnect cases, fourth set: recruiters' own words, written by a fourth
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at), measured and reported on its own line ("held-out 4").

Everyone here is otherwise due in the week of the case: a silver medalist whose process ended
in late August 2025 and who was last contacted long before the week (more than four months,
and never marked "not interested"). A wait said recently is typed as a dated motivation, so no
recent contact holds the person back instead. What decides is what they told us:

1. opt-outs (ATS shorthand with "DNC", a waving-emoji reply, a blunt Australian "stop
   contacting me", a formal British letter, an American call note in the third person, a bare
   "unsubscribe"): never listed; the near-miss beside each (personal email instead of work
   email, "not for me this time", "keep em coming", LinkedIn instead of email, text before
   ringing, "unsure about the last one, send the next") is due;
2. waits, counted from the day said and checked both ways (a twin in a later week): a bonus in
   March, parental leave till February, "in the new year", Carnival, "give it 4 months", an
   ERP go-live early next year - not listed while they run, listed once they have run out;
   "after Easter" said in February has run out while said in October it has not; "after my
   exams" said in April has run out while "about six weeks" said a fortnight ago has not;
3. a long rambling note naming months, a hiring freeze and a reorg without asking for any
   wait: due;
4. plain restraint: emailed eighteen days ago is not listed, five months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

AUG_2025_FINAL = app(
    date(2025, 8, 25),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Backend Developer",
)
BONUS = ("Not going anywhere till my bonus lands in March, then very open", date(2026, 10, 12))
PARENTAL = (
    "On parental leave, back at work in February - happy to talk once I'm back",
    date(2026, 9, 7),
)
NEW_YEAR = ("let's talk in the new year, Q4 is bonkers", date(2026, 10, 19))
CARNIVAL = ("Depois do Carnaval! everything stops here till then 🎭", date(2026, 10, 26))
FOUR_MONTHS = (
    "give it 4 months, just had a promotion and want to see it through",
    date(2026, 9, 14),
)
ERP = (
    "holding off until our ERP go-live, pencilled in for early next year",
    date(2026, 10, 5),
)
EASTER = "after Easter works better for me, it's all hands on deck until then"


def answered(when, note, channel="email") -> dict:
    """What they wrote back, pasted into the ATS."""
    return touch(when, "inbound", "replied", note=note, channel=channel)


def phoned(when, note) -> dict:
    """A call the recruiter made, written up afterwards."""
    return touch(when, "outbound", "replied", note=note, channel="phone")


OPT_OUTS = [
    W(
        "ATS shorthand: removal from db, DNC vs personal email going forward",
        [
            NotDue(
                "Hollis Bramwell",
                apps=[AUG_2025_FINAL],
                touches=[phoned(150, "cand req'd removal from db + no further contact. DNC.")],
            ),
            Due(
                "Quentin Aldous",
                apps=[AUG_2025_FINAL],
                touches=[phoned(150, "cand req'd we use personal email not work one going fwd")],
            ),
        ],
    ),
    W(
        "waving emoji: no longer looking, delete me vs not for me this time, keep them coming",
        [
            NotDue(
                "Yolanda Quispe",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        140,
                        "👋 no longer looking and don't want these msgs, pls delete me",
                        channel="linkedin",
                    )
                ],
            ),
            Due(
                "Mirella Huamán",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        140,
                        "👋 not for me this time, the commute's too long - keep them coming tho",
                        channel="linkedin",
                    )
                ],
            ),
        ],
    ),
    W(
        "blunt Australian: told you lot twice, stop contacting me vs the only agency I reply to",
        [
            NotDue(
                "Brodie Callaghan",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        170,
                        "Mate, I've told you lot twice now. Stop contacting me.",
                        channel="other",
                    )
                ],
            ),
            Due(
                "Lachlan Fairweather",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        170,
                        "Mate, you lot are the only agency I actually reply to. Keep em coming.",
                        channel="other",
                    )
                ],
            ),
        ],
    ),
    W(
        "formal letter: no longer contact me vs contact me via LinkedIn in future",
        [
            NotDue(
                "Cordelia Ainsworth",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        160,
                        "I would be grateful if you would no longer contact me regarding "
                        "opportunities. Kind regards, C. Ainsworth",
                    )
                ],
            ),
            Due(
                "Millicent Haverford",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        160,
                        "I would be grateful if you would contact me via LinkedIn rather than "
                        "email in future. Kind regards, M. Haverford",
                    )
                ],
            ),
        ],
    ),
    W(
        "American call note: take him off the call list, permanently vs text before ringing",
        [
            NotDue(
                "Tyler Bergstrom",
                apps=[AUG_2025_FINAL],
                touches=[
                    phoned(
                        135,
                        "Called Tyler - he said to take him off our call list, permanently. Not "
                        "interested in hearing about roles from us.",
                    )
                ],
            ),
            Due(
                "Brandon Okafor-Reyes",
                apps=[AUG_2025_FINAL],
                touches=[
                    phoned(
                        135,
                        "Called Brandon - prefers text over calls, said to text first before "
                        "ringing. Still open to roles.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a bare 'unsubscribe' vs 'unsure about the last one, send the next'",
        [
            NotDue(
                "Ferdinand Oyelowo",
                apps=[AUG_2025_FINAL],
                touches=[answered(155, "unsubscribe")],
            ),
            Due(
                "Augustin Nwosu",
                apps=[AUG_2025_FINAL],
                touches=[answered(155, "unsure about the last one tbh, but send me the next")],
            ),
        ],
    ),
]

WAITS = [
    W(
        "bonus lands in March, said in October: not due in November",
        [NotDue("Horatio Wilmslow", BONUS, apps=[AUG_2025_FINAL])],
    ),
    W(
        "bonus lands in March, said in October: due in mid-April",
        [Due("Peregrine Astley", BONUS, apps=[AUG_2025_FINAL])],
        week=date(2027, 4, 12),
    ),
    W(
        "parental leave, back in February, said in September: not due in November",
        [NotDue("Saskia Veldhuizen", PARENTAL, apps=[AUG_2025_FINAL])],
    ),
    W(
        "parental leave, back in February, said in September: due in March",
        [Due("Femke Dijkstra", PARENTAL, apps=[AUG_2025_FINAL])],
        week=date(2027, 3, 8),
    ),
    W(
        "'in the new year', said in October: not due in November",
        [NotDue("Dunstan Pargeter", NEW_YEAR, apps=[AUG_2025_FINAL])],
    ),
    W(
        "'in the new year', said in October: due in mid-January",
        [Due("Ambrose Tilsley", NEW_YEAR, apps=[AUG_2025_FINAL])],
        week=date(2027, 1, 18),
    ),
    W(
        "after Carnival, said in October: not due in November",
        [NotDue("Thiago Albuquerque", CARNIVAL, apps=[AUG_2025_FINAL], location="Recife, Brazil")],
    ),
    W(
        "after Carnival, said in October: due in March",
        [Due("Rodrigo Cavalcanti", CARNIVAL, apps=[AUG_2025_FINAL], location="Recife, Brazil")],
        week=date(2027, 3, 1),
    ),
    W(
        "'give it 4 months', said in mid-September: not due in November",
        [NotDue("Edwina Coldstream", FOUR_MONTHS, apps=[AUG_2025_FINAL])],
    ),
    W(
        "'give it 4 months', said in mid-September: due in February",
        [Due("Rosamund Pettigrew", FOUR_MONTHS, apps=[AUG_2025_FINAL])],
        week=date(2027, 2, 1),
    ),
    W(
        "ERP go-live early next year, said in October: not due in November",
        [NotDue("Gottfried Seidl", ERP, apps=[AUG_2025_FINAL])],
    ),
    W(
        "ERP go-live early next year, said in October: due in April",
        [Due("Leopoldine Hainisch", ERP, apps=[AUG_2025_FINAL])],
        week=date(2027, 4, 5),
    ),
    W(
        "'after Easter' said in February has run out; said in October it has not",
        [
            Due(
                "Ciarán Mulready",
                apps=[AUG_2025_FINAL],
                touches=[answered(date(2026, 2, 16), EASTER)],
            ),
            NotDue("Donncha Ó Ceallaigh", (EASTER, date(2026, 10, 12)), apps=[AUG_2025_FINAL]),
        ],
    ),
    W(
        "'after my exams' said in April has run out; 'six weeks to go' said a fortnight ago runs",
        [
            Due(
                "Yasmin Haddadi",
                apps=[AUG_2025_FINAL],
                touches=[answered(date(2026, 4, 20), "after my exams please, revising flat out")],
            ),
            NotDue(
                "Parisa Tehrani",
                ("after my exams - about six weeks to go, revising flat out", date(2026, 11, 9)),
                apps=[AUG_2025_FINAL],
            ),
        ],
    ),
]

NO_WAIT = [
    W(
        "a rambling note naming months, a freeze and a reorg, no wait asked for: due",
        [
            Due(
                "Ignacio Berrocal",
                apps=[AUG_2025_FINAL],
                touches=[
                    phoned(
                        date(2026, 6, 22),
                        "caught ignacio for ages - joined his current place jan 2021, TL from "
                        "march 2023, they had a hiring freeze from feb to may this year and a "
                        "reorg in april that put him under the CTO directly. bonus was cut in "
                        "december, his fav colleague left in may. thinking of moving since "
                        "around new year. open to a chat whenever, wants python + kafka, "
                        "remote preferred, whatsapp best",
                    )
                ],
            )
        ],
    ),
]

RESTRAINT = [
    W(
        "emailed eighteen days ago vs five months ago",
        [
            NotDue(
                "Gwendolyn Ashdown-Pike",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(18, outcome="no_reply", note="sent over the payments role, nothing back")
                ],
            ),
            Due(
                "Lavinia Stroud",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(150, outcome="no_reply", note="sent over the payments role, nothing back")
                ],
            ),
        ],
    ),
]

HELDOUT4_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT]
