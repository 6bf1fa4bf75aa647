"""Held-out weekly reconnect cases, sixteenth set: professional-services recruiters' own words,
written by a sixteenth stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at), measured and reported on its own line ("held-out 16").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the CRM as a
dated motivation, or sits in an email sent long enough before the week that no recent contact
holds the person back instead. The voice is the search firms and HR teams hiring lawyers,
accountants and auditors, compliance officers and private bankers, lecturers, NHS staff and
fundraisers in London, Dublin, Luxembourg, Frankfurt, Amsterdam, New York, Singapore and Hong
Kong: partners' formal emails, headhunters' CRM lines, HR business partners' hand-over notes, and
candidates' courteous replies, some in French, German and Dutch. What decides is what they told
us:

1. opt-outs (a formal "I would be grateful if you could remove my details from your database",
   "kindly remove me from all of your mailing lists", a DNC flag, French, German and Dutch, a
   retired partner asking that his file be closed, an erasure actioned by HR, "UNSUBSCRIBE"):
   never listed; beside each a near-miss that is due (remove my old CV and use this one, remove me
   from the newsletter but keep me in mind, no calls to a recorded desk line, not at my work
   address, a right-of-access request, not on LinkedIn, content for now but keep in touch, consent
   refreshed, off the jobs digest but ring me);
2. waits counted from the day said and checked both ways: a bonus paid in March, a partnership
   round in May, CPA exam results, audit busy season, a deal completing, the end of the academic
   year, a notice period in French, a bonus in German, a Dutch year-end close, "give it a
   quarter": not listed while they run, listed once they have; each beside a twin whose wait is
   already over;
3. notes crowded with dates that ask for no wait (a completion, a trial date, SQE2 passed, ACCA
   results out, a January court hearing, busy-season months described) are due; "give me
   eighteen months to bed in" after a new job is not;
4. plain restraint: a general counsel spec sent six days ago and a lunch last Thursday are not
   listed; the same months ago are;
5. the latest word counts: a removal taken back is due and a "keep me in mind" hardened into a
   removal is not; a wait called off early is due; "any time" turned into "after my results in
   February" is not; consent withdrawn and later given again on re-registering is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Associate",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A headhunter's CRM line or an HR business partner's hand-over note."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "grateful if you could remove my details vs remove my old CV and use the attached",
        [
            heard(
                "Wolstan Peverell",
                wrote(
                    LONG_AGO,
                    "Good afternoon. I would be grateful if you could remove my details from "
                    "your database at your earliest convenience. Many thanks.",
                ),
                due=False,
            ),
            heard(
                "Leocadia Farquharson",
                wrote(
                    LONG_AGO,
                    "Good afternoon. Would you please remove my old CV from your database and "
                    "use the attached version? I've added my secondment and the Court of Appeal "
                    "matter. Many thanks.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "off all of your mailing lists vs off the newsletter, but keep me in mind",
        [
            heard(
                "Thaddeus Ormsby-Clarke",
                wrote(
                    LONG_AGO,
                    "Kindly remove me from all of your mailing lists and refrain from contacting "
                    "me further.",
                ),
                due=False,
            ),
            heard(
                "Beatrice Akintola-Ward",
                wrote(
                    LONG_AGO,
                    "Please remove me from the newsletter, but do keep me in mind if a general "
                    "counsel role comes up.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC flag at her request vs no calls to a recorded desk line",
        [
            heard(
                "Lucan Delacourt",
                logged(LONG_AGO, "Cand requested no further contact of any kind. DNC flag set."),
                due=False,
            ),
            heard(
                "Zenobia Harrowgate",
                logged(
                    LONG_AGO,
                    "No calls to her desk line (recorded for compliance) - mobile or personal "
                    "email only.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: stop contacting me and erase my file vs not at my work address",
        [
            heard(
                "Gaëtan Lorang",
                wrote(LONG_AGO, "Merci de ne plus me contacter et d'effacer mon dossier."),
                due=False,
            ),
            heard(
                "Solène Bettendorf",
                wrote(
                    LONG_AGO,
                    "Merci de ne plus m'écrire sur mon adresse professionnelle ; utilisez plutôt "
                    "mon adresse personnelle, je reste à l'écoute.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: objection and erasure vs a right-of-access request, roles welcome",
        [
            heard(
                "Reinhild Ostermann",
                wrote(
                    LONG_AGO,
                    "Ich widerspreche der weiteren Verarbeitung meiner Daten und bitte um deren "
                    "Löschung.",
                ),
                due=False,
            ),
            heard(
                "Kilian Hasselbach",
                wrote(
                    LONG_AGO,
                    "Ich bitte um Auskunft, welche Daten Sie über mich gespeichert haben. "
                    "Stellenangebote dürfen Sie mir gern weiterhin schicken.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: no more contact from anyone at your firm vs not on LinkedIn, email is fine",
        [
            heard(
                "Geertruida van Dalen",
                wrote(LONG_AGO, "Graag geen contact meer, van niemand van uw bureau."),
                due=False,
            ),
            heard(
                "Thijmen Kuipers",
                wrote(
                    LONG_AGO,
                    "Graag geen berichten meer via LinkedIn; per mail ben ik prima bereikbaar.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired from practice, close my file vs content for now, do keep in touch",
        [
            heard(
                "Aurelius Babbington",
                wrote(
                    LONG_AGO,
                    "Thank you for your kind persistence over the years. I have now retired "
                    "from practice and would ask that you close my file.",
                ),
                due=False,
            ),
            heard(
                "Constance Ravenhill",
                wrote(
                    LONG_AGO,
                    "Thank you for your kind persistence. I am content where I am for the "
                    "moment, but please do keep in touch.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an HRBP's note: erasure actioned vs consent refreshed",
        [
            heard(
                "Winsome Garraway",
                logged(
                    LONG_AGO,
                    "HRBP note: erasure request actioned - record kept only as a suppression "
                    "entry.",
                ),
                due=False,
            ),
            heard(
                "Priscilla Ndiaye-Foster",
                logged(
                    LONG_AGO,
                    "HRBP note: consent refreshed for a further 24 months; happy to hear about "
                    "Band 7 posts.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'UNSUBSCRIBE ALL' vs off the jobs digest, but ring me",
        [
            heard("Bryan Tan Wei Jie", wrote(LONG_AGO, "UNSUBSCRIBE ALL", "other"), due=False),
            heard(
                "Nicholas Seah Kok Leong",
                wrote(
                    LONG_AGO,
                    "unsubscribe me from the jobs digest pls, but u can still ring me about RM "
                    "roles",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

BONUS_MARCH = (
    "Not moving until his bonus is paid in March - will resign the day after.",
    date(2026, 10, 12),
)
PARTNER_ROUND = (
    "Up for partner in the May round; won't look at anything until the outcome.",
    date(2026, 11, 2),
)
CPA_SCORE = (
    "Sitting AUD in January; wants her score back in early March before interviewing.",
    date(2026, 11, 9),
)
BUSY_SEASON = (
    "Busy season to the end of March - please don't call before April.",
    date(2026, 11, 16),
)
COMPLETION = (
    "Won't move until the Meridian acquisition completes - expected end of January.",
    date(2026, 10, 19),
)
ACADEMIC_YEAR = (
    "Staying to the end of the academic year in July; a September start would be ideal.",
    date(2026, 10, 5),
)
PREAVIS = ("Pas avant la fin de mon préavis, fin février.", date(2026, 11, 2))
BONUS_APRIL = (
    "Bitte melden Sie sich erst nach der Bonuszahlung im April wieder.",
    date(2026, 10, 26),
)
QUARTER = ("Give it a quarter - she's new in post and wants to settle.", date(2026, 10, 19))

WAITS = [
    W(
        "not before the March bonus vs the March bonus landed and he's ready",
        [
            told("Maximilian Oakeshott", BONUS_MARCH, due=False),
            told(
                "Jasper Vickery-Adomako",
                ("Bonus landed in March, so he's ready to move now.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "not before the March bonus: due in April",
        [told("Lorenzo Ashbourne", BONUS_MARCH, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "waiting on the May partnership round vs missed this May's round, looking",
        [
            told("Griselda Hawtrey", PARTNER_ROUND, due=False),
            told(
                "Percy Oyebanji",
                ("Missed out in the May partnership round - looking now.", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "waiting on the May partnership round: due in late June",
        [told("Evangelos Marchant", PARTNER_ROUND, due=True)],
        week=date(2027, 6, 21),
    ),
    W(
        "waiting for a CPA score in early March: not due in February",
        [told("Kaitlyn Szymanski", CPA_SCORE, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "waiting for a CPA score in early March: due in late March",
        [told("Brianna Castellano-Reid", CPA_SCORE, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "busy season to the end of March vs last busy season over in April",
        [
            told("Rosalind Etherington", BUSY_SEASON, due=False),
            told(
                "Magnus Thorvaldsen-Hale",
                ("Busy season finished in April; free to talk from May.", date(2026, 5, 4)),
                due=True,
            ),
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "busy season to the end of March: due in April",
        [told("Cordula Pennington", BUSY_SEASON, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "an acquisition completing at the end of January vs a deal that closed in September",
        [
            told("Anselm Radcliffe", COMPLETION, due=False),
            told(
                "Ottavia Brennan-Shaw",
                (
                    "The Meridian deal closed on 30 September; she's free to talk now.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an acquisition completing at the end of January: due in mid-February",
        [told("Fitzwilliam Oduya-Grant", COMPLETION, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "to the end of the academic year in July: not due in March",
        [told("Euphemia Lockwood", ACADEMIC_YEAR, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "to the end of the academic year in July: due in August",
        [told("Tiberius Halloway", ACADEMIC_YEAR, due=True)],
        week=date(2027, 8, 9),
    ),
    W(
        "French: notice to the end of February vs notice that ended in June",
        [
            told("Amandine Kieffer", PREAVIS, due=False),
            told(
                "Loïc Wiltzius",
                ("Mon préavis s'est terminé fin juin ; je suis libre.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "French: notice to the end of February: due in March",
        [told("Clotilde Reuland", PREAVIS, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "German: after the April bonus: not due in March",
        [told("Wolfram Eichhorst", BONUS_APRIL, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "German: after the April bonus: due in May",
        [told("Gesine Tiedemann", BONUS_APRIL, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "Dutch: after the year-end close in March vs a close finished in April",
        [
            told(
                "Marijke Hoekstra",
                (
                    "Na de jaarafsluiting eind maart hoor ik graag weer van jullie.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
            told(
                "Ruben de Graaff-Smit",
                ("De jaarafsluiting is eind april afgerond; bel gerust.", date(2026, 5, 18)),
                due=True,
            ),
        ],
    ),
    W(
        "give it a quarter, said in October: not due in late November",
        [told("Cecilia Wrenfield", QUARTER, due=False)],
    ),
    W(
        "give it a quarter, said in October: due in February",
        [told("Dominique Ashbrook-Lee", QUARTER, due=True)],
        week=date(2027, 2, 8),
    ),
]

# --- 3. notes crowded with dates that ask no wait, and one that does --------------------------

NO_WAIT = [
    W(
        "a completion, a trial date and SQE2 passed vs eighteen months to bed in",
        [
            told(
                "Rosamond Iwobi-Carter",
                (
                    "Completed the Orion refinancing 14/10, trial listed for 3 Dec, passed SQE2 "
                    "in July - free for a coffee any Thursday.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Sebastian Lowe-Akande",
                (
                    "Joined a new firm on 2 Nov - give me eighteen months to bed in.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "busy-season months described, keen to hear now",
        [
            told(
                "Perdita Colquhoun",
                (
                    "Year-end audits run January to March at her firm, which is hectic, but "
                    "she's keen to hear about anything now.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "an ACCA paper passed in September, results out in November, happy to talk",
        [
            told(
                "Hyacinth Mallinson",
                (
                    "Sat ACCA Strategic Business Leader in September and passed - results "
                    "came out 9 Nov. Happy to talk.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a court date in January, diary otherwise open",
        [
            told(
                "Cormac Fitzgibbon-Rae",
                (
                    "Court date 12 January on the Hartley matter; otherwise his diary's open, "
                    "call whenever.",
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
        "a general counsel spec sent six days ago vs the same spec sent in the summer",
        [
            NotDue(
                "Augustin Farnaby",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(6, outcome="no_reply", note="Sent GC spec (fintech, Shoreditch)."),
                ],
            ),
            Due(
                "Philippa Ormerod-Kane",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(LONG_AGO, outcome="no_reply", note="Sent GC spec (insurer, Lime St).")
                ],
            ),
        ],
    ),
    W(
        "lunch with the candidate last Thursday vs lunch in the spring",
        [
            NotDue(
                "Horatio Blenkinsop",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        4,
                        outcome="replied",
                        channel="meeting",
                        note="Lunch at the Ivy with cand - all well, nothing to move on yet.",
                    )
                ],
            ),
            Due(
                "Marigold Ashenden",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="meeting",
                        note="Lunch with cand near Bank - all well, nothing to move on.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a removal taken back vs a 'keep me in mind' hardened into a removal",
        [
            heard(
                "Ambrosine Kettlewell",
                wrote(
                    date(2026, 1, 12),
                    "I would be grateful if you would remove me from your database.",
                ),
                wrote(
                    date(2026, 6, 1),
                    "I asked in January to be removed - please reinstate me. Circumstances "
                    "have changed and I'd welcome hearing about partner-level roles.",
                ),
                due=True,
            ),
            heard(
                "Leofric Hambly",
                wrote(date(2026, 1, 12), "Not for me just now, but keep me in mind."),
                wrote(
                    date(2026, 6, 1),
                    "On reflection, please remove my details entirely and don't contact me again.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not before September 2027' called off: contract ended early",
        [
            heard(
                "Ingrid Vallance-Obi",
                wrote(
                    date(2026, 3, 2),
                    "I can't move before September 2027 - I've committed to the full academic "
                    "year.",
                ),
                wrote(
                    date(2026, 6, 8),
                    "Please ignore my last note about September 2027: the department is "
                    "closing and my contract ends this summer, so I'm free now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'after my results in February'",
        [
            heard(
                "Bartholomew Sze-To",
                wrote(date(2026, 4, 6), "Happy to talk any time."),
                wrote(
                    date(2026, 6, 15),
                    "Change of plan - I've enrolled for the CFA Level III in February, so "
                    "please hold off until my results are out.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "consent withdrawn, then given again on re-registering",
        [
            heard(
                "Demelza Trevanion-Hay",
                logged(date(2026, 2, 2), "HRBP: cand withdrew consent by email - do not contact."),
                wrote(
                    date(2026, 6, 1),
                    "I've re-registered through your website and given consent again - I'm "
                    "looking for in-house roles now.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT16_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
