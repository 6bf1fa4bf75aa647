"""Held-out weekly reconnect cases, fortieth set: corporate generalist recruiters' own words,
written by a fortieth stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at), measured and reported on its own line ("held-out 40").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as a
dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voice is in-house talent acquisition at mid-size and large
employers in the US Midwest, the South and Canada: ATS notes in recruiters' shorthand, phone
screen write-ups, candidates' emails, LinkedIn replies and lower-case texts, a couple in Canadian
French, about accountants, HR partners, sysadmins, buyers, engineers, plant supervisors and
sales reps. What decides is what they told us:

1. opt-outs (unsubscribe me from everything, stop the InMails, a recruiter's do-not-contact
   flag in Workday, French, "who is this, take me off your list", delete my candidate profile,
   "y'all quit calling my house", retired from GM for good): never listed; beside each a
   near-miss that is due (the newsletter only, email instead of InMail, not the desk phone,
   email instead of calls in French, "oh hey, send it over", delete the old resume only, the
   cell is better, retired from the Guard and free now);
2. waits counted from the day said and checked both ways: busy season to April 15, a
   non-compete through June 2027, deer camp through Thanksgiving, parental leave to next
   September, a January fiscal year-end, a March bonus, the end of the school year, 90 days for
   a go-live, a year to settle in after a new job, peak season at the DC: not listed while they
   run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: an InMail five days ago and a phone screen two weeks ago are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due and an "ask me anytime" turned into a
   deletion request is not; a wait called off early is due and "whenever" turned into "after
   Easter" is not.
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
    rating=4.1,
    role="Senior Accountant",
)
AGES_AGO = 170  # days before the week: past a silver medalist's cadence


def quiet_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(AGES_AGO, "outbound", "replied", channel="phone")


def reply(days, note, channel="email") -> dict:
    """Their own email (a text with ``channel="other"``, LinkedIn with ``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[quiet_call()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "unsubscribe me from everything vs from the newsletter only",
        [
            wrote(
                "Roxanne Pemberton-Hyde",
                reply(AGES_AGO, "Unsubscribe me from everything. I'm not looking and won't be."),
                due=False,
            ),
            wrote(
                "Darla Fenstermacher",
                reply(
                    AGES_AGO,
                    "Unsubscribe me from the monthly careers newsletter please - but emails from "
                    "a recruiter about controller roles are welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "stop the InMails, permanently vs stop the InMails, email me instead",
        [
            wrote(
                "Thaddeus Ashcombe",
                reply(
                    AGES_AGO,
                    "Please stop InMailing me. I'm not interested in your company and that "
                    "won't change.",
                    "linkedin",
                ),
                due=False,
            ),
            wrote(
                "Quincy Larrabee",
                reply(
                    AGES_AGO,
                    "Please stop InMailing me - I barely check LinkedIn. Email is the way to "
                    "reach me, I do want to hear about buyer roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a do-not-contact flag in Workday vs not the desk phone, cell is fine",
        [
            wrote(
                "Philippa Garroway",
                noted(
                    AGES_AGO,
                    "Cand requested removal from all TA communications on our call today. "
                    "Flagged do-not-contact in Workday.",
                ),
                due=False,
            ),
            wrote(
                "Antoinette Kowalewski",
                noted(
                    AGES_AGO,
                    "Cand requested we stop calling her desk line at the bank. Cell or text is "
                    "fine, still open to HRBP roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "in French: please don't contact me again vs by email rather than phone",
        [
            wrote(
                "Ghislain Beauregard-Roy",
                reply(
                    AGES_AGO, "Je vous prie de ne plus me contacter. Merci de votre compréhension."
                ),
                due=False,
            ),
            wrote(
                "Sébastien Lafrenière",
                reply(
                    AGES_AGO,
                    "Je vous prie de me contacter par courriel plutôt que par téléphone. Je suis "
                    "toujours intéressé par les postes en approvisionnement.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'who is this? take me off your list' vs 'who is this? oh hey, send it over'",
        [
            wrote(
                "Jericho Baskerville",
                reply(AGES_AGO, "who is this?? take me off whatever list you got me on", "other"),
                due=False,
            ),
            wrote(
                "Dontae Fairweather",
                reply(
                    AGES_AGO,
                    "who is this? oh hey Megan, new phone lol. yeah send it over",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "delete my candidate profile vs delete the old resume on it",
        [
            wrote(
                "Cressida Vanlandingham",
                reply(
                    AGES_AGO,
                    "Please delete my candidate profile and every record attached to it. I "
                    "would like no further contact.",
                ),
                due=False,
            ),
            wrote(
                "Philomena Haverkamp",
                reply(
                    AGES_AGO,
                    "Please delete the 2023 resume from my candidate profile and keep the "
                    "updated one I just uploaded. Thanks!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "y'all quit calling my house, not interested vs quit the house line, cell is better",
        [
            wrote(
                "Buford Satterwhite",
                reply(
                    AGES_AGO,
                    "Y'all need to quit calling my house. I'm not interested and never will be.",
                    "other",
                ),
                due=False,
            ),
            wrote(
                "Coy Massengale",
                reply(
                    AGES_AGO,
                    "Y'all can quit calling the house line, my wife's tired of taking "
                    "messages. Cell's better - 615 number on file.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retired from GM, done with work vs retired from the Guard, free now",
        [
            wrote(
                "Leland Kowalski-Burr",
                reply(
                    AGES_AGO,
                    "Retired from GM in October after 31 years. I'm done working - no more "
                    "calls about jobs please.",
                ),
                due=False,
            ),
            wrote(
                "Ulysses Pemberton",
                reply(
                    AGES_AGO,
                    "Retired from the Michigan National Guard in October, so I'm finally free "
                    "for a full-time plant role. Keep me in mind!",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

BUSY_SEASON = "Nothing until after busy season please - April 15th, then I'm all yours."
NONCOMPETE = (
    "My non-compete runs through June 30, 2027. Legal says don't even interview in our space "
    "before then."
)
SCHOOL_OUT = "We won't move the kids before the school year ends in early June. Summer start only."
YEAR_END = "Our fiscal year ends January 31 - don't call me before mid-February, it's all hands."

WAITS = [
    W(
        "busy season till April 15, said in October: not due in November",
        [
            wrote("Shonda Merriwether", reply(date(2026, 10, 5), BUSY_SEASON), due=False),
            wrote(
                "Tamika Braithwaite",
                reply(date(2026, 5, 4), "Busy season's over and I survived. Send me whatever."),
                due=True,
            ),
        ],
    ),
    W(
        "busy season till April 15: due in late April",
        [wrote("Latrice Okwuosa", reply(date(2026, 10, 5), BUSY_SEASON), due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "a non-compete through June 2027: not due in November",
        [
            wrote("Garrick Lunsford", reply(date(2026, 6, 1), NONCOMPETE), due=False),
            wrote(
                "Montgomery Haskell",
                reply(
                    date(2026, 6, 1),
                    "My non-compete ran out June 30 of this year, so I'm clear to talk about "
                    "anything in our space.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a non-compete through June 2027: due in July 2027",
        [wrote("Augustin Delacroix-Hays", reply(date(2026, 6, 1), NONCOMPETE), due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "at deer camp through Thanksgiving, said in August: not due the week before",
        [
            wrote(
                "Cletis Arbogast",
                reply(
                    date(2026, 8, 17),
                    "rifle opener is nov 15 and im at camp thru thanksgiving. try me in december",
                    "other",
                ),
                due=False,
            ),
            wrote(
                "Orville Shankle",
                reply(
                    date(2026, 8, 17),
                    "bow season oct 1-14 im in the woods, other than that call whenever",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "back from parental leave next September, said this September vs said last September",
        [
            wrote(
                "Parminder Bassi-Collins",
                reply(
                    date(2026, 9, 7),
                    "Baby #2 arrived! I'm on parental leave until next September and not "
                    "looking at anything before I'm back.",
                ),
                due=False,
            ),
            wrote(
                "Jaspreet Ahluwalia-Kerr",
                reply(
                    date(2025, 9, 8),
                    "Baby's here! On parental leave until next September - reach out after that.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a January fiscal year-end, said in August: not due in November",
        [
            said("Winifred Castellano", (YEAR_END, date(2026, 8, 10)), due=False),
            said(
                "Ernestine Pollard",
                (
                    "Our fiscal year ends June 30 - the summer is crazy but fall is wide open.",
                    date(2026, 8, 10),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a January fiscal year-end: due in late February",
        [said("Octavia Bramlett", (YEAR_END, date(2026, 8, 10)), due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "not before the March bonus, said in July vs said in July last year",
        [
            wrote(
                "Fitzgerald Okoro",
                reply(
                    date(2026, 7, 13),
                    "My bonus pays out in March and it's a big one this year. Ping me after that.",
                ),
                due=False,
            ),
            wrote(
                "Sherwood Pellegrino",
                reply(
                    date(2025, 7, 14),
                    "My bonus pays out in March, so ping me after that and we'll talk.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "no move before school lets out in June, said in September: not due in November",
        [
            wrote("Loretta Castellanos", reply(date(2026, 9, 21), SCHOOL_OUT), due=False),
            wrote(
                "Henrietta Vasquez-Loy",
                reply(
                    date(2026, 9, 21),
                    "The kids just started at their new school in Frisco, we're settled. Open "
                    "to hearing about anything now.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "no move before school lets out in June: due in June 2027",
        [wrote("Bernadine Oakes", reply(date(2026, 9, 21), SCHOOL_OUT), due=True)],
        week=date(2027, 6, 21),
    ),
    W(
        "90 days for the go-live, said in October vs said in June",
        [
            wrote(
                "Anirudh Kothapalli",
                reply(
                    date(2026, 10, 12),
                    "Give me 90 days - we go live on Oracle Cloud and I'm not bailing on my "
                    "team mid-cutover.",
                ),
                due=False,
            ),
            wrote(
                "Sudhir Ramaswamy-Lee",
                reply(
                    date(2026, 6, 1),
                    "Give me 90 days - we're going live on Oracle Cloud and I won't leave my "
                    "team mid-cutover.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a year to settle in after starting in May vs after starting in June last year",
        [
            wrote(
                "Delbert Sorensen",
                reply(
                    date(2026, 5, 11),
                    "Just started at Polaris on Monday. Check back in a year once I've settled in.",
                ),
                due=False,
            ),
            wrote(
                "Wilbur Haugen-Price",
                reply(
                    date(2025, 6, 2),
                    "Started at Polaris this week - check back in a year once I'm settled.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "at deer camp through Thanksgiving, said in August: due in December",
        [
            wrote(
                "Elwood Pennington",
                reply(
                    date(2026, 8, 17),
                    "gone to deer camp from the nov 15 opener thru thanksgiving, no cell "
                    "service. december im reachable",
                    "other",
                ),
                due=True,
            )
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "back from parental leave next September: due in September 2027",
        [
            wrote(
                "Manpreet Sidhu-Lawson",
                reply(
                    date(2026, 9, 7),
                    "Our twins are here! I'm on parental leave until next September, not "
                    "looking before I'm back at work.",
                ),
                due=True,
            )
        ],
        week=date(2027, 9, 20),
    ),
    W(
        "after Thanksgiving, peak season at the DC: not due the week of",
        [
            wrote(
                "Ruby Dell Pickens",
                reply(
                    date(2026, 8, 3),
                    "after thanksgiving pls, slammed w peak season at the DC til then",
                    "other",
                ),
                due=False,
            )
        ],
    ),
    W(
        "after Thanksgiving, peak season at the DC: due the week after",
        [
            wrote(
                "Opal Trivette",
                reply(
                    date(2026, 8, 3),
                    "after thanksgiving please, peak season at the DC eats me alive til then",
                    "other",
                ),
                due=True,
            )
        ],
        week=date(2026, 11, 30),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "out over the holidays, promoted in January, open anytime",
        [
            said(
                "Vivienne Achebe-Ross",
                (
                    "Was out Dec 20 to Jan 5 for the holidays, got promoted to senior in "
                    "January, but I'm open to a conversation anytime.",
                    date(2026, 6, 8),
                ),
                due=True,
            )
        ],
    ),
    W(
        "CPA passed in March, wedding in October, free to talk",
        [
            wrote(
                "Maribel Quintanilla",
                reply(
                    date(2026, 5, 18),
                    "Passed my last CPA section March 3rd! Wedding's October 10th but that "
                    "doesn't change anything - happy to talk about roles whenever.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "moved on Canada Day, PR since August, available",
        [
            wrote(
                "Oluwaseun Tremblay",
                reply(
                    date(2026, 5, 25),
                    "We moved to Calgary July 1 (Canada Day, of course) and my PR lands in "
                    "August - none of that stops me taking a call now.",
                ),
                due=True,
            )
        ],
    ),
]

NO_WAIT.append(
    W(
        "the cottage till Labour Day, Thanksgiving with the in-laws, open to chat",
        [
            said(
                "Lorraine Desjardins-Kemp",
                (
                    "At the cottage in Muskoka until Labour Day, then Thanksgiving weekend with "
                    "the in-laws in October - but honestly I'm open to a chat about roles any "
                    "time.",
                    date(2026, 6, 22),
                ),
                due=True,
            )
        ],
    )
)

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "an InMail five days ago vs one five months ago",
        [
            NotDue(
                "Cornell Haggerty",
                apps=[MAY_2025_FINAL],
                touches=[
                    quiet_call(),
                    touch(
                        5,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMailed the Dallas controller req, no reply yet.",
                    ),
                ],
            ),
            Due(
                "Mortimer Esparza",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        150,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMailed the Fort Worth controller req, no reply.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a phone screen two weeks ago vs one in the spring",
        [
            NotDue(
                "Ignacio Whitlow",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        14,
                        outcome="replied",
                        channel="phone",
                        note="PS for the buyer req - good call, HM passed on the resume.",
                    )
                ],
            ),
            Due(
                "Leopoldo Garnett",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="phone",
                        note="PS for the sourcing req - solid call, HM went another way.",
                    )
                ],
            ),
        ],
    ),
]

RESTRAINT.append(
    W(
        "a text about the 2nd-shift req three days ago vs one in June",
        [
            NotDue(
                "Ambrose Tillinghast",
                apps=[MAY_2025_FINAL],
                touches=[
                    quiet_call(),
                    touch(
                        3,
                        outcome="no_reply",
                        channel="other",
                        note="Texted him the 2nd shift supervisor req in Fort Wayne.",
                    ),
                ],
            ),
            Due(
                "Thornton Bixby",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        date(2026, 6, 15),
                        outcome="no_reply",
                        channel="other",
                        note="Texted him the 1st shift supervisor req in Dayton.",
                    )
                ],
            ),
        ],
    )
)

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "quit texting me in March, then 'ignore that, I'm looking' in July",
        [
            wrote(
                "Rayford Dunlap",
                reply(date(2026, 3, 9), "quit texting me", "other"),
                reply(
                    date(2026, 6, 29),
                    "ignore my last text from march, bad week. im actually looking now, hit me up",
                    "other",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'ask me anytime' in February, then a deletion request in June",
        [
            wrote(
                "Gwendolyn Pettaway",
                reply(date(2026, 2, 16), "Ask me anytime, always happy to chat!"),
                reply(
                    date(2026, 6, 15),
                    "Please delete my details from your recruiting system. I don't want to be "
                    "contacted again.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "'not before spring' called off early in June",
        [
            wrote(
                "Evander Blackwood",
                reply(date(2026, 1, 19), "Not before spring of next year, team's mid-merger."),
                reply(
                    date(2026, 6, 8),
                    "Change of plans - the merger fell through and I'm ready to look now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' in March turned into 'after Easter' in September",
        [
            wrote(
                "Eudora Lackey",
                reply(date(2026, 3, 16), "Whenever something comes up, let me know."),
                reply(
                    date(2026, 9, 14),
                    "Scratch that - my boss is retiring and I promised to see the hand-over "
                    "through. Nothing until after Easter next year.",
                ),
                due=False,
            )
        ],
    ),
]

LATEST.append(
    W(
        "free in July, then 'give me till after New Year's' in October",
        [
            wrote(
                "Clementine Ashby-Vance",
                reply(date(2026, 7, 6), "I'm free to interview - send me anything in HR."),
                reply(
                    date(2026, 10, 12),
                    "Update: we're mid-acquisition and I'm the HR lead on it. Give me till "
                    "after New Year's before we talk.",
                ),
                due=False,
            )
        ],
    )
)

HELDOUT40_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
