"""Held-out weekly reconnect cases, thirteenth set: in-house talent teams' and agencies' own words
across the English-speaking world, written by a thirteenth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported
on its own line ("held-out 13").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is a dated note on the
record (what the recruiter typed after the call, with the day it was said), or sits in a message
sent long enough before the week that no recent contact holds the person back instead. The voice
is recruiters in Australia, New Zealand, South Africa, Canada, the US, the UK and Ireland: phone-
screen summaries in shorthand, dictated notes, candidates' texts, emails and LinkedIn messages,
a few lines in Afrikaans, Canadian French and Spanish, about electricians, physios, teachers,
underwriters, hotel GMs, accountants and engineers. What decides is what they told us:

1. opt-outs (unsubscribe me from all of it, a text to stop ringing and take me off the list, a
   recruiter's DNC at the cand's request, a POPIA objection, Afrikaans, Canadian French and
   Spanish, a LinkedIn "don't message me again about jobs, ever", an erasure under the Privacy
   Act): never listed; beside each a near-miss that is due (the newsletter only, no cold calls to
   the work number, no more retail roles, a POPIA consent renewed, ring after five, email rather
   than calls, WhatsApp rather than calls, not on LinkedIn but by email, a husband's stop logged
   on her file);
2. waits counted from the day said and checked both ways: "give it a quarter", RSUs vesting on
   3/15, Term 1 next year, three months' notice, a FIFO contract to mid-February, after Anzac
   Day, after the new year, long service leave, a move back after Canada Day, a probation: not
   listed while they run, listed once they have; some beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me twelve months to settle in" is not;
4. plain restraint: a role texted eight days ago, a coffee three weeks ago and a reply five days
   ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into an erasure
   is not; a wait called off early is due and "any time" turned into "not till after Easter" is
   not; a recruiter's DNC later lifted by the candidate is due.
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
    rating=4.4,
    role="Senior Software Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def they_wrote(days, words, channel="email") -> dict:
    """Their own message: an email, a text (``"other"``) or a LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel=channel)


def we_noted(days, words) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def on_record(name, *statements, due) -> Person:
    """Someone otherwise due whose dated notes say ``statements``."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()])


def in_touch(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in their touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "unsubscribe me from all of it vs unsubscribe from the newsletter only",
        [
            in_touch(
                "Marnie Coulthard",
                they_wrote(
                    LONG_AGO,
                    "Unsubscribe me from all of it please - jobs, newsletters, the lot. Not "
                    "interested in hearing from your agency.",
                ),
                due=False,
            ),
            in_touch(
                "Jessamy Trengove",
                they_wrote(
                    LONG_AGO,
                    "Could you unsubscribe me from the quarterly newsletter only? Still happy "
                    "to hear about actual roles (OOO till the 20th, back after).",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a text to stop ringing and take him off the list vs no cold calls to the work number",
        [
            in_touch(
                "Dwayne Pickering",
                they_wrote(
                    LONG_AGO, "stop ringing me and take me off ur list. last warning", "other"
                ),
                due=False,
            ),
            in_touch(
                "Bevan Marchant",
                they_wrote(
                    LONG_AGO,
                    "no more cold calls to my work number pls, boss sits next to me. email's fine",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC at the cand's request vs no more retail roles, hospitality only",
        [
            in_touch(
                "Colleen Fairbairn",
                we_noted(
                    LONG_AGO,
                    "Cand asked that we never contact her again about anything. DNC set at her "
                    "request.",
                ),
                due=False,
            ),
            in_touch(
                "Sharlene Pohatu",
                we_noted(
                    LONG_AGO,
                    "Cand asked not to be sent retail roles any more - hospitality only from here.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a POPIA objection vs a POPIA consent renewed",
        [
            in_touch(
                "Hendrik Liebenberg",
                they_wrote(
                    LONG_AGO,
                    "I formally object under POPIA to you processing my information. Remove me "
                    "and do not contact me.",
                ),
                due=False,
            ),
            in_touch(
                "Zanele Mthembu",
                they_wrote(
                    LONG_AGO,
                    "I've renewed my POPIA consent on your portal - keep me in mind for roles "
                    "in Sandton.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: stop calling and emailing me vs rather ring after five",
        [
            in_touch(
                "Gerrit Badenhorst",
                they_wrote(LONG_AGO, "Hou asseblief op om my te bel en te e-pos. Dankie."),
                due=False,
            ),
            in_touch(
                "Elmarie Steenkamp",
                they_wrote(LONG_AGO, "Bel my eerder na vyf, ek kan nie by die werk praat nie."),
                due=True,
            ),
        ],
    ),
    W(
        "Canadian French: no more emails from you vs emails rather than calls",
        [
            in_touch(
                "Étienne Gravel-Poirier",
                they_wrote(LONG_AGO, "Je ne souhaite plus recevoir de courriels de votre part."),
                due=False,
            ),
            in_touch(
                "Mathilde Côté-Baribeau",
                they_wrote(LONG_AGO, "Je préfère les courriels aux appels, merci de noter ça."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't contact me again vs write on WhatsApp instead",
        [
            in_touch(
                "Heriberto Saldívar",
                they_wrote(LONG_AGO, "No me vuelvan a contactar, por favor.", "other"),
                due=False,
            ),
            in_touch(
                "Araceli Montemayor",
                they_wrote(
                    LONG_AGO, "Mejor escríbanme por WhatsApp, no contesto llamadas.", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: don't message me about jobs again, ever vs not on here, email me",
        [
            in_touch(
                "Graham Ashworth-Pyle",
                they_wrote(
                    LONG_AGO,
                    "Please don't message me again about jobs. Ever. Thanks.",
                    "linkedin",
                ),
                due=False,
            ),
            in_touch(
                "Yvette Carstairs",
                they_wrote(
                    LONG_AGO,
                    "Please don't message me on here, I barely log in - email is much better "
                    "for roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an erasure under the Privacy Act vs a husband's stop logged on her file",
        [
            in_touch(
                "Raelene Boswell",
                they_wrote(
                    LONG_AGO,
                    "Under the Privacy Act I'd like my details erased from your database and no "
                    "further contact.",
                ),
                due=False,
            ),
            in_touch(
                "Kellie Tranter",
                we_noted(
                    LONG_AGO,
                    "Cand's husband rang - HE doesn't want calls from us (he's on our books "
                    "too). Nothing to do with her, she's still keen.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

QUARTER = (
    "Phone screen: just launched the new onboarding flow, asked us to give it a quarter before "
    "we call.",
    date(2026, 11, 2),
)
RSU = ("Sal exp 180 base. RSUs vest 3/15, won't move before they do.", date(2026, 10, 12))
TERM_ONE = (
    "Teacher, won't leave her Year 12s mid-year. Not till Term 1 next year.",
    date(2026, 10, 19),
)
NOTICE = ("Resigned today, 3 months' NP, can't start before mid-Feb.", date(2026, 11, 16))
FIFO_END = (
    "On a 2:1 swing in the Pilbara, contract runs to mid-Feb. Not bailing early.",
    date(2026, 11, 9),
)
ANZAC = (
    "Pub GM. Easter and Anzac Day are their biggest weeks, not going anywhere until after Anzac "
    "Day.",
    date(2026, 11, 16),
)
NEW_YEAR = (
    "Year-end close plus Thanksgiving thru New Year's with the kids - call after the new year.",
    date(2026, 11, 16),
)
CANADA_DAY = (
    "Moving back to Ontario from Calgary after Canada Day next summer, talk to me then.",
    date(2026, 11, 2),
)
PROBATION = ("Started 7 Sept, 6 month probation, won't jump before it's done.", date(2026, 10, 5))

WAITS = [
    W(
        "'give it a quarter' said this month vs said in May",
        [
            on_record("Tallulah Brigstock", QUARTER, due=False),
            on_record(
                "Heath Waddington",
                ("Asked us to give it a quarter, mid-replatform.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "'give it a quarter' said in November: due in February",
        [on_record("Primrose Adeyemi", QUARTER, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "RSUs vesting 3/15: not due at the start of March",
        [on_record("Garrison Pettibone", RSU, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "RSUs vesting 3/15: due at the end of March",
        [on_record("Rosalie Hinckley", RSU, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "not till Term 1 next year: not due in December",
        [on_record("Clancy Overberg", TERM_ONE, due=False)],
        week=date(2026, 12, 7),
    ),
    W(
        "not till Term 1 next year: due in February",
        [on_record("Matilda Greenhalgh", TERM_ONE, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "three months' notice from mid-November: not due in January",
        [on_record("Declan Northcote", NOTICE, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "three months' notice from mid-November: due in March",
        [on_record("Aurelia Bosanquet", NOTICE, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "a FIFO contract to mid-February vs a FIFO contract that finished in August",
        [
            on_record("Jett Coffey", FIFO_END, due=False),
            on_record(
                "Brock Hanrahan",
                ("FIFO contract wraps up in August, then metro only.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a FIFO contract to mid-February: due in March",
        [on_record("Tyrone Baskerville", FIFO_END, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Anzac Day: not due in mid-April",
        [on_record("Murray Ellery", ANZAC, due=False)],
        week=date(2027, 4, 12),
    ),
    W(
        "after Anzac Day: due in May",
        [on_record("Deb Quartermaine", ANZAC, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "after the new year: not due at the end of November",
        [on_record("Lorraine Pettigrew-Vance", NEW_YEAR, due=False)],
        week=date(2026, 11, 30),
    ),
    W(
        "after the new year: due in mid-January",
        [on_record("Sherwood Calloway", NEW_YEAR, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "on long service leave till the end of January vs back from LSL in September",
        [
            on_record(
                "Dougal Fitzroy",
                (
                    "On LSL till end of Jan, travelling. Not looking till he's back.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            on_record(
                "Wendell Pockett",
                ("Off on 3 months' LSL from June, back start of Sept.", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "a move back after Canada Day: not due in May",
        [on_record("Beaumont Okafor", CANADA_DAY, due=False)],
        week=date(2027, 5, 3),
    ),
    W(
        "a move back after Canada Day: due in mid-July",
        [on_record("Cressida Lamontagne", CANADA_DAY, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "a six-month probation from September: not due in January",
        [on_record("Ottilie Brandreth", PROBATION, due=False)],
        week=date(2027, 1, 11),
    ),
    W(
        "a six-month probation from September: due in late March",
        [on_record("Percival Goodenough", PROBATION, due=True)],
        week=date(2027, 3, 22),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Bali, started in September, free Thursdays vs give me twelve months to settle",
        [
            on_record(
                "Noeline Farquharson",
                (
                    "Back from Bali 3/11, started at Suncorp 1/9, free for a coffee any Thu "
                    "after 3.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            on_record(
                "Ainsley Wetherall",
                (
                    "Started at Suncorp 1/9 - give me twelve months to settle in before you call.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Anzac Day, Heritage Day and Canada Day mentioned, no wait asked",
        [
            on_record(
                "Thulani Brinkworth",
                (
                    "Worked Anzac Day in Perth, Heritage Day braai back home in Durban, and "
                    "Canada Day on a contract in Calgary - been everywhere. Open to roles now.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "licences renewed on three dates, available now",
        [
            on_record(
                "Rusty Kincaid",
                (
                    "Electrical licence renewed 14/6, white card 2/9, first aid 20/10. Avail "
                    "now, n/a for FIFO.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role texted eight days ago vs the same kind of role texted months ago",
        [
            NotDue(
                "Brayden Scullin",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(8, outcome="no_reply", channel="other", note="Texted the Kwinana spec."),
                ],
            ),
            Due(
                "Kelsey Wardrop",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Texted the Welshpool maintenance spec.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee three weeks ago vs a coffee seven months ago",
        [
            NotDue(
                "Felicia Dunstable",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee in Fitzroy, all good, nothing live for her yet.",
                    )
                ],
            ),
            Due(
                "Giselle Hartnett",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee in Carlton, all good, nothing suitable on yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a reply five days ago, 'will have a think'",
        [
            NotDue(
                "Montgomery Staines",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_call(),
                    they_wrote(
                        5, "Cheers for sending that through, will have a think over the w/e."
                    ),
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' turned into an erasure",
        [
            in_touch(
                "Rafferty Coombe",
                they_wrote(date(2026, 2, 16), "Stop emailing me, I'm not interested."),
                they_wrote(
                    date(2026, 6, 22),
                    "Apologies for the snappy email in Feb, rough time at work. I'm open to "
                    "hearing about roles again.",
                ),
                due=True,
            ),
            in_touch(
                "Lavinia Ormsby",
                they_wrote(date(2026, 2, 16), "Not for now but keep me posted, thanks!"),
                they_wrote(
                    date(2026, 6, 22),
                    "Please erase everything you have on me and stop contacting me.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after March' called off early: due in February",
        [
            in_touch(
                "Barnaby Quilliam",
                they_wrote(date(2026, 9, 14), "Not till after March - project runs till then."),
                they_wrote(
                    date(2026, 10, 19),
                    "Scrap what I said about March, the project got canned. Available now.",
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "'any time' turned into 'not till after Easter'",
        [
            in_touch(
                "Philippa Goldsworthy",
                they_wrote(date(2026, 6, 1), "Any time suits, always up for a chat."),
                they_wrote(
                    date(2026, 8, 10),
                    "Actually, hold off till after Easter - I've been made acting principal "
                    "for the rest of the year.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later lifted by the candidate",
        [
            in_touch(
                "Cornelia Baptiste",
                we_noted(date(2026, 1, 12), "Cand annoyed at the call frequency - DNC set."),
                they_wrote(
                    date(2026, 6, 15),
                    "I know I asked you to stop contacting me back in January, but I'm looking "
                    "now - please reach out with anything suitable.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'I'm out, retiring' taken back: picking up contracts again",
        [
            in_touch(
                "Ignatius Fenby",
                they_wrote(
                    date(2026, 1, 19),
                    "Retiring at Easter, so please take me off your list - no more calls.",
                ),
                they_wrote(
                    date(2026, 7, 6),
                    "Retirement is boring! Happy to be back on your list for short contracts "
                    "- give me a ring.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT13_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
