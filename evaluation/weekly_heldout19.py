"""Held-out weekly reconnect cases, nineteenth set: education and the public sector in
recruiters' and candidates' own words, written by a nineteenth stranger to the reader (its code,
its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 19").

Everyone here is otherwise due in the week of the case: reached a final interview panel in July
2025 and lost to one other person, and was last spoken to long before the week (165 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are a trust's HR team, a civil service
resourcing team, an agency supply desk, a headteacher's notes, and candidates' emails, WhatsApps
and LinkedIn messages, some in Afrikaans, Welsh, Canadian French and with te reo Maori greetings.
What decides is what they told us:

1. opt-outs (unsubscribe from everything, Afrikaans, a te reo signed-off removal, Canadian
   French, an Article 21 objection, a headteacher's "don't bother again", Welsh, "STOP ALL
   TEXTS"): never listed; beside each a near-miss that is due (the newsletter only, WhatsApp
   rather than calls, updated registration, not Laval, a retention question, not the sixth form,
   jobs in Cardiff please, no texts before seven);
2. waits counted from the day said and checked both ways: after the Easter holidays, Term 1
   after long service leave, maternity leave to September, purdah before the May elections, the
   end of the autumn term, January mocks, matric results, a probation to February; not listed
   while they run, listed once they have; each beside a twin whose wait is
   already over or was never asked for (after October half term, after the summer holidays);
3. notes full of term dates that ask for no wait are due; "give me the whole academic year" is
   not;
4. plain restraint: a post sent last week and a catch-up call ten days ago are not listed; the
   same months ago are;
5. the latest word counts: a removal taken back is due and a "keep me in mind" hardened into an
   erasure is not; a wait called off early is due and "any time" turned into "after the
   inspection in spring" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_PANEL = app(
    date(2025, 7, 7),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 165  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``"other"`` for WhatsApp or text, ``"linkedin"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's, supply desk's or headteacher's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JULY_2025_PANEL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JULY_2025_PANEL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "unsubscribe me from everything vs from the newsletter only",
        [
            heard(
                "Winsome Braithwaite",
                wrote(
                    LONG_AGO,
                    "Please unsubscribe me from the talent pool newsletter and from all other "
                    "emails from the trust. I don't wish to be contacted.",
                ),
                due=False,
            ),
            heard(
                "Odette Lumsden",
                wrote(
                    LONG_AGO,
                    "Please unsubscribe me from the talent pool newsletter - but do email me "
                    "directly about SENCO posts, I'm still looking.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: stop contacting me vs contact me on WhatsApp rather",
        [
            heard(
                "Jacobus Bezuidenhout",
                wrote(
                    LONG_AGO, "Hou asseblief op om my te kontak. Ek is nie beskikbaar nie.", "other"
                ),
                due=False,
            ),
            heard(
                "Sarel Lombard",
                wrote(
                    LONG_AGO,
                    "Kontak my eerder per WhatsApp, ek kan nie in die klas praat nie.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "kia ora, remove my details vs update them, fully registered now",
        [
            heard(
                "Whetu Karaitiana",
                wrote(
                    LONG_AGO,
                    "Kia ora, please remove my details from your system and don't contact me "
                    "again. Ngā mihi.",
                ),
                due=False,
            ),
            heard(
                "Rangi Tuhiwai",
                wrote(
                    LONG_AGO,
                    "Kia ora, please update my details - I've got my full practising "
                    "certificate now. Ngā mihi nui.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Canadian French: no more of your offers vs none for Laval, Montreal still",
        [
            heard(
                "Ghislaine Bergeron",
                wrote(LONG_AGO, "Je ne veux plus recevoir vos offres. Merci de me retirer."),
                due=False,
            ),
            heard(
                "Rémi Desrosiers",
                wrote(
                    LONG_AGO,
                    "Je ne veux plus recevoir d'offres pour Laval, mais Montréal m'intéresse "
                    "toujours.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an Article 21 objection suppressed vs a retention question answered",
        [
            heard(
                "Peregrine Outhwaite",
                logged(
                    LONG_AGO,
                    "Cand objected to processing under Art. 21 UK GDPR. Record suppressed - no "
                    "campaigns, no direct approach.",
                ),
                due=False,
            ),
            heard(
                "Theodora Blamires",
                logged(
                    LONG_AGO,
                    "Cand asked how long we keep her data. Explained the two-year retention; "
                    "she's happy to stay in the pool.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "headteacher: told me where to go, don't bother vs not keen on our sixth form",
        [
            heard(
                "Reginald Tordoff",
                logged(
                    LONG_AGO,
                    "Rang him. He told me where to go in no uncertain terms. Don't bother again.",
                ),
                due=False,
            ),
            heard(
                "Wallace Hinchcliffe",
                logged(
                    LONG_AGO,
                    "Rang him. Not keen on our sixth form, but would look at KS3 and KS4 posts.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Welsh: take me off your list vs send me Cardiff posts",
        [
            heard(
                "Gwenllian Bowen",
                wrote(LONG_AGO, "Tynnwch fi oddi ar eich rhestr, os gwelwch yn dda. Dim mwy."),
                due=False,
            ),
            heard(
                "Rhodri Vaughan-Ellis",
                wrote(LONG_AGO, "Anfonwch swyddi yng Nghaerdydd ataf, diolch yn fawr."),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP ALL TEXTS' vs no texts before seven",
        [
            heard("Darren Grice", wrote(LONG_AGO, "STOP ALL TEXTS", "other"), due=False),
            heard(
                "Lyndon Pogson",
                wrote(
                    LONG_AGO,
                    "no texts before 7am pls, ring me at 7.15 for daily supply, im up by then",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -------------------------------------

EASTER = ("Not moving till after the Easter holidays - Year 11 need me.", date(2026, 10, 12))
LSL = ("On long service leave all of Term 4; back and looking in Term 1.", date(2026, 9, 28))
MAT_LEAVE = ("On maternity leave until September 2027, please don't call before.", date(2026, 6, 1))
PURDAH = (
    "Can't talk about moves until after the May elections - purdah from March.",
    date(2026, 10, 19),
)
AUTUMN_TERM = (
    "Snowed under till the end of the autumn term on 18 December. Try me in January.",
    date(2026, 11, 2),
)
MOCKS = ("Marking January mocks, so call after the mocks are back.", date(2026, 10, 26))
MATRIC = ("Wait until the matric results are out in January, asseblief.", date(2026, 10, 5))
PROBATION = ("Probation at the council ends mid-February; nothing before then.", date(2026, 9, 14))

WAITS = [
    W(
        "'after the Easter holidays', said in October: not due in November",
        [
            told("Bartholomew Gaukroger", EASTER, due=False),
            told(
                "Cuthbert Mallinson",
                ("Year 11 need me, but I'll hear about anything good.", date(2026, 10, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "'after the Easter holidays': due once they are over",
        [told("Annabel Foxcroft", EASTER, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "long service leave over Term 4: not due in November",
        [
            told("Kristen Yarrowby", LSL, due=False),
            told(
                "Madison Trewartha",
                ("Back from long service leave since Term 3, looking now.", date(2026, 9, 28)),
                due=True,
            ),
        ],
    ),
    W(
        "long service leave over Term 4: due in Term 1",
        [told("Chelsea Bundaberg-Hay", LSL, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "maternity leave until September 2027: not due in November",
        [
            told("Philippa Wolstenholme", MAT_LEAVE, due=False),
            told(
                "Harriet Lumley",
                ("Back from maternity leave in September and keen to hear.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "purdah before the May elections: not due in November",
        [
            told("Alistair Carnegie-Hume", PURDAH, due=False),
            told(
                "Morven Buchan",
                ("Purdah's long over; happy to talk about a move.", date(2026, 10, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "purdah before the May elections: due once they are held",
        [told("Catriona Urquhart", PURDAH, due=True)],
        week=date(2027, 5, 17),
    ),
    W(
        "'try me in January', said in November: not due this week",
        [
            told("Juliet Sowden", AUTUMN_TERM, due=False),
            told(
                "Maryam Siddall",
                ("Snowed under with reports, but send me anything good.", date(2026, 11, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "'try me in January': due in January",
        [told("Rosalie Thwaite", AUTUMN_TERM, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "January mocks: not due in November",
        [told("Eustace Hardcastle", MOCKS, due=False)],
    ),
    W(
        "January mocks: due once the mocks are back",
        [told("Wilhelmina Dobson", MOCKS, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "matric results in January: not due in November",
        [
            told("Christiaan Grobler", MATRIC, due=False),
            told(
                "Zinhle Mabuza",
                ("Matric results were out in January; I'm ready to move.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "a council probation to mid-February: not due in November",
        [told("Fergus Lamont", PROBATION, due=False)],
    ),
    W(
        "a council probation to mid-February: due in March",
        [told("Hamish Gillanders", PROBATION, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "'after October half term', said in September: due now",
        [
            heard(
                "Imogen Sedgwick",
                wrote(
                    date(2026, 9, 14),
                    "Could you leave it until after October half term? New Year 7s settling in.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'after the summer holidays', said in June: due now",
        [
            heard(
                "Lionel Haworth-Bray",
                wrote(
                    date(2026, 6, 8),
                    "Get back to me after the summer holidays - timetabling eats June and July.",
                ),
                due=True,
            )
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a rambling note full of term dates, no wait asked vs the whole academic year asked",
        [
            heard(
                "Cordelia Stansfield",
                logged(
                    LONG_AGO,
                    "Long chat. Ofsted were in 14-15 May, sports day 3 July, Y6 residential 9-11 "
                    "June, INSET 1 Sept, and she's second in maths since Easter. Open to "
                    "anything in the trust any time.",
                ),
                due=True,
            ),
            heard(
                "Marigold Outram",
                logged(
                    LONG_AGO,
                    "Long chat. Just appointed second in maths - give her the whole academic "
                    "year, she said, she won't budge before next summer.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a candidate's email listing her calendar, happy to talk",
        [
            heard(
                "Francesca Ackerley",
                wrote(
                    LONG_AGO,
                    "Apologies for the delay - parents' evening on the 3rd, moderation on the "
                    "10th, then the Year 10 trip on the 17th. None of that stops me talking, "
                    "though: do call with anything.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a civil servant's diary of recess dates, no wait",
        [
            heard(
                "Lucinda Fenwick",
                wrote(
                    LONG_AGO,
                    "Recess runs to 2 Sept, the Bill's second reading is 10 Sept, and the "
                    "spending review lands in October. That's just my diary - I'm open to "
                    "hearing about G7 roles now.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a WhatsApp with school holiday dates, no wait",
        [
            heard(
                "Nokuthula Mashinini",
                wrote(
                    LONG_AGO,
                    "schools close 9 dec, open 14 jan, my leave is 15-30 dec. but u can still "
                    "send me posts anytime hey",
                    "other",
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. restraint ------------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a post sent last week vs the same months ago",
        [
            NotDue(
                "Barnabas Whitworth",
                apps=[JULY_2025_PANEL],
                touches=[
                    touch(
                        7,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent him the KS3 lead post at Bramley; no reply yet.",
                    )
                ],
            ),
            Due(
                "Jeremiah Calvert",
                apps=[JULY_2025_PANEL],
                touches=[
                    touch(
                        150,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent him the KS3 lead post at Bramley; nothing back.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call ten days ago vs one in the spring",
        [
            NotDue(
                "Seraphina Oldroyd",
                apps=[JULY_2025_PANEL],
                touches=[
                    touch(
                        10,
                        "outbound",
                        "replied",
                        channel="phone",
                        note="Catch-up call - all well at her school, chatted about the trust.",
                    )
                ],
            ),
            Due(
                "Winston Pemberton-Clegg",
                apps=[JULY_2025_PANEL],
                touches=[
                    touch(
                        date(2026, 4, 20),
                        "outbound",
                        "replied",
                        channel="phone",
                        note="Catch-up call - all fine at his school, talked about the trust.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a removal taken back",
        [
            heard(
                "Augusta Fearnley",
                wrote(date(2026, 1, 12), "Please take me off your mailing list."),
                wrote(
                    date(2026, 6, 15),
                    "I asked to come off your list in January - please ignore that, I'm "
                    "looking for a deputy head post now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a 'keep me in mind' hardened into an erasure",
        [
            heard(
                "Horatio Greenwood",
                wrote(date(2026, 1, 12), "Keep me in mind for anything in Bradford."),
                wrote(
                    date(2026, 6, 15),
                    "Please erase my details and don't contact me again - I've left teaching.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Leontyne Aspinall",
                wrote(date(2026, 9, 7), "Not till after the summer term, please."),
                wrote(
                    date(2026, 10, 19),
                    "Forget what I said about the summer - the school's academising and I want "
                    "out now. Send me anything.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'after the inspection in spring'",
        [
            heard(
                "Gideon Sutcliffe",
                wrote(date(2026, 6, 1), "Any time, always up for a chat.", "linkedin"),
                wrote(
                    date(2026, 10, 12),
                    "Scratch that - HMIE are due in the spring and I'm depute. Not before the "
                    "inspection's done.",
                    "linkedin",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a supply desk's DNC lifted at the candidate's request",
        [
            heard(
                "Wendell Ackworth",
                logged(date(2026, 2, 2), "DNC set - cand fed up with daily supply calls."),
                wrote(
                    date(2026, 7, 6),
                    "You can take the DNC off - I'm after a permanent post now, not supply.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "happy to chat, then not before Term 1 next year",
        [
            heard(
                "Kimberley Quirindi",
                wrote(date(2026, 5, 4), "happy to chat whenever", "other"),
                wrote(
                    date(2026, 10, 5),
                    "actually leave it till Term 1 next year, my HSC class finishes first",
                    "other",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT19_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
