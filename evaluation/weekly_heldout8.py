"""Held-out weekly reconnect cases, eighth set: recruiters' own words, written by an eighth
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at), measured and reported on its own line ("held-out 8").

Everyone here is otherwise due in the week of the case: lost a final round in August 2025 and
was last contacted long before the week (160 days, past a silver medalist's cadence). A wait is
typed as a dated motivation, so no recent contact holds the person back instead. Voices are a
mid-size in-house team's (candidates' replies, WhatsApp lines, coordinators' notes, phone-screen
summaries) in Australia, Singapore, the UAE, Germany, the Netherlands, Sweden and Japan. What
decides is what they told us:

1. opt-outs ("remove me from your mailing list and your candidate database", "no more job msgs
   pls", a coordinator's "asked that nobody from TA contact her again", "bitte kontaktieren Sie
   mich nicht mehr", "wants off recruiters' radars entirely", "I've retired - take me off your
   books", Swedish "jag vill inte bli kontaktad igen"): never listed; the near-miss beside each
   (replace my old CV, not on WhatsApp, not before 9am, email only, up for a coffee chat, gone
   in-house - keep me on your books, "hör gärna av dig igen") is due;
2. waits, counted from the day said and checked both ways (a twin whose wait has run out): the
   Australian summer school holidays against the winter ones, Chinese New Year against
   Deepavali, Eid al-Fitr against Eid al-Adha, maternity leave of about nine against about four
   months, the Q4 close this year against last year's, Golden Week against Obon, a surf-camp
   summer in Byron against a ski-season winter at Thredbo, a visa renewal of three to four
   months, a wedding in February said this autumn against one said last January, Easter 2027
   against Easter 2026, a Probezeit said in June (run out by January) against one said in
   November, Koningsdag against Sinterklaas: not listed while they run, listed once they have;
3. notes full of dates and plans that ask for no wait (back from a honeymoon, a partner's new
   job in January, a Probezeit passed): due; beside two of them, "off for three months from next
   week" and "I start in Melbourne in January, let me settle in" are not;
4. plain restraint: a roles roundup eight days ago, a catch-up call twelve days ago, a thank-you
   three weeks ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back later is due, "keep me posted" followed by a stop is
   not; a wait for a baby taken back ("ready now, bored on leave") is due, "whenever" hardened
   into "hold off until after the baby" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

AUG_2025_FINAL = app(
    date(2025, 8, 20),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.1,
    role="Data Platform Engineer",
)
QUIET = 160  # days before the week: past a silver medalist's cadence


def quiet_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def they_wrote(days, note, channel="email", outcome="replied") -> dict:
    return touch(days, "inbound", outcome, note=note, channel=channel)


def coord(days, note) -> dict:
    """A coordinator's note."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def screen(days, note) -> dict:
    """A recruiter's phone-screen summary."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who said ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[AUG_2025_FINAL], touches=[quiet_call()])


def last_heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[AUG_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------
OPT_OUTS = [
    W(
        "'remove me from your mailing list and candidate database' is never listed; 'remove my "
        "old CV and use the attached one' is due",
        [
            last_heard(
                "Bridget Fanshawe",
                they_wrote(
                    QUIET,
                    "Pls remove me from your mailing list and your candidate database. Ta.",
                    outcome="not_interested",
                ),
                due=False,
            ),
            last_heard(
                "Philomena Dowd",
                they_wrote(
                    QUIET,
                    "Pls remove my old CV from your database and use the attached one - "
                    "updated with the AWS cert. Ta.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a WhatsApp 'no more job msgs pls' is never listed; 'no more job msgs on WhatsApp, email "
        "is better' is due",
        [
            last_heard(
                "Farhan Yusof",
                they_wrote(QUIET, "No more job msgs pls 🙏", channel="other"),
                due=False,
            ),
            last_heard(
                "Irfan Hashim",
                they_wrote(
                    QUIET, "No more job msgs on WhatsApp pls - email is better for me 🙏", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a coordinator's 'asked that nobody from TA contact her again' is never listed; 'asked "
        "that nobody rings before 9am' is due",
        [
            last_heard(
                "Gwendolyn Marsh",
                coord(
                    QUIET,
                    "Candidate rang reception upset, asked that nobody from TA contact her "
                    "again. Flagged to Priyanka.",
                ),
                due=False,
            ),
            last_heard(
                "Rosemary Tilbrook",
                coord(
                    QUIET,
                    "Candidate rang reception asking that nobody rings her before 9am - school "
                    "run. Flagged to Priyanka.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'bitte kontaktieren Sie mich nicht mehr' is never listed; 'bitte nur per E-Mail' is due",
        [
            last_heard(
                "Ulrich Hansmann",
                they_wrote(QUIET, "Bitte kontaktieren Sie mich nicht mehr. MfG U. Hansmann"),
                due=False,
            ),
            last_heard(
                "Dietmar Kessler",
                they_wrote(
                    QUIET,
                    "Bitte kontaktieren Sie mich nur per E-Mail, nicht telefonisch. MfG D. Kessler",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'wants off recruiters' radars entirely, don't reach out again' is never listed; 'happy "
        "where he is, always up for a coffee chat' is due",
        [
            last_heard(
                "Hamza Qadri",
                screen(
                    QUIET,
                    "Happy where he is and wants off recruiters' radars entirely - don't reach "
                    "out again.",
                ),
                due=False,
            ),
            last_heard(
                "Bilal Mirza-Hayat",
                screen(
                    QUIET,
                    "Happy where he is, but always up for a coffee chat about what we're building.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'I've retired - please take me off your books' is never listed; 'gone in-house - keep "
        "me on your books though' is due",
        [
            last_heard(
                "Clive Ambrose",
                they_wrote(QUIET, "I've retired - please take me off your books. All the best."),
                due=False,
            ),
            last_heard(
                "Malcolm Ferrier",
                they_wrote(
                    QUIET,
                    "I've left consulting and gone in-house - keep me on your books though!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Swedish 'jag vill inte bli kontaktad igen' is never listed; 'hör gärna av dig igen' "
        "is due",
        [
            last_heard(
                "Torbjörn Ekholm",
                they_wrote(
                    QUIET, "Tack, men jag vill inte bli kontaktad igen.", channel="linkedin"
                ),
                due=False,
            ),
            last_heard(
                "Linnea Wikström",
                they_wrote(
                    QUIET,
                    "Tack! Hör gärna av dig igen om något dyker upp.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits, checked both ways ---------------------------------------------------------------
WAITS = [
    W(
        "'till the kids are back after the summer holidays' said in December holds an "
        "Australian back; 'after the winter school holidays' said in June has run out",
        [
            told(
                "Kylie Brennan",
                (
                    "Waiting till the kids are back at school after the summer holidays, "
                    "then she can think about it",
                    date(2026, 12, 7),
                ),
                due=False,
            ),
            told(
                "Belinda Rusk",
                (
                    "Waiting till the kids are back after the winter school holidays",
                    date(2026, 6, 22),
                ),
                due=True,
            ),
        ],
        week=date(2026, 12, 14),
    ),
    W(
        "'not until after Chinese New Year' said in November still holds in January; 'after "
        "Deepavali' said in September has run out",
        [
            told(
                "Eugene Tay",
                ("Not until after Chinese New Year - bonus comes then", date(2026, 11, 2)),
                due=False,
            ),
            told(
                "Santhosh Ramasamy",
                ("After Deepavali, family's visiting from Chennai till then", date(2026, 9, 1)),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "'Ramadan soon, talk after Eid' said in January holds in mid-February; 'after Eid "
        "al-Adha' said last April has run out",
        [
            told(
                "Mariam Al Suwaidi",
                ("Ramadan soon - talk after Eid please", date(2027, 1, 20)),
                due=False,
            ),
            told(
                "Layla Hamdan",
                ("Talk after Eid al-Adha, travelling home", date(2026, 4, 1)),
                due=True,
            ),
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "'on mat leave, back in about nine months' said in June holds; 'back in about four "
        "months' said the same day has run out",
        [
            told(
                "Annika Westphal",
                ("On mat leave, back in about nine months - get in touch then", date(2026, 6, 1)),
                due=False,
            ),
            told(
                "Sabine Lorenz",
                ("On mat leave, back in about four months - ping me then", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "'after Q4 close, so into the new year' said in October holds; the same said a year "
        "earlier has run out",
        [
            told(
                "Prudence Okonjo",
                (
                    "Year-end close is brutal - after Q4 close, so into the new year",
                    date(2026, 10, 20),
                ),
                due=False,
            ),
            told(
                "Adaeze Nwankwo",
                ("After the Q4 close, new year sometime", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "'nothing until after Golden Week' said in March holds in April; 'after Obon' said last "
        "July has run out",
        [
            told(
                "Takumi Sasaki",
                ("Nothing until after Golden Week, release crunch", date(2027, 3, 1)),
                due=False,
            ),
            told(
                "Naoki Ishikawa",
                ("After the Obon holidays he's free to talk", date(2026, 7, 1)),
                due=True,
            ),
        ],
        week=date(2027, 4, 12),
    ),
    W(
        "a summer season at a Byron surf camp said in November holds an Australian back; a "
        "ski-season winter at Thredbo said in May has run out",
        [
            told(
                "Skye Treharne",
                (
                    "Doing a summer season at a surf camp in Byron - back in touch after summer",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
            told(
                "Tahlia Nguyen",
                (
                    "Working the ski season at Thredbo - back in touch after winter",
                    date(2026, 5, 10),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'visa renewal in progress, 3-4 months' said in October holds; the same wait said in "
        "March has run out",
        [
            told(
                "Joaquín Echeverría",
                (
                    "Visa renewal in progress, 3-4 months - can't change employer till it's "
                    "through",
                    date(2026, 10, 15),
                ),
                due=False,
            ),
            told(
                "Santiago Ibarra",
                (
                    "Waiting on his visa renewal, says 3-4 months, can't switch employers till "
                    "then",
                    date(2026, 3, 1),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'getting married in Bali in February' said in October holds; 'wedding in Bali this "
        "February' said last January has run out",
        [
            told(
                "Chloe Fitzgerald",
                (
                    "Getting married in Bali in February - reconnect after the wedding",
                    date(2026, 10, 1),
                ),
                due=False,
            ),
            told(
                "Sophie Lambert",
                ("Wedding in Bali this February, reconnect after", date(2026, 1, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "'talk after Easter' said in January holds in mid-March 2027; 'talk after Easter' said "
        "in January 2026 has run out",
        [
            told(
                "Maarten Kuipers",
                ("Talk after Easter - school hols and a trip to Tuscany", date(2027, 1, 4)),
                due=False,
            ),
            told(
                "Gijs Koopman",
                ("Talk after Easter, busy till then", date(2026, 1, 20)),
                due=True,
            ),
        ],
        week=date(2027, 3, 15),
    ),
    W(
        "a six-month Probezeit said in June has run out by January; one said in November holds",
        [
            told(
                "Frieda Neumann",
                ("Probezeit ends in six months, nothing before that", date(2026, 6, 1)),
                due=True,
            ),
            told(
                "Carola Brandt",
                ("Just started, six months Probezeit - not before it's over", date(2026, 11, 2)),
                due=False,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "'talk after Koningsdag' said in February holds in early April; 'after Sinterklaas, "
        "December is chaos' said in November has run out",
        [
            told(
                "Roel Timmermans",
                (
                    "Talk after Koningsdag - he's organising the street's vrijmarkt",
                    date(2027, 2, 15),
                ),
                due=False,
            ),
            told(
                "Ilse Brouwer",
                ("After Sinterklaas, December is chaos with three kids", date(2026, 11, 1)),
                due=True,
            ),
        ],
        week=date(2027, 4, 5),
    ),
]

# --- 3. dates and plans that ask for no wait -------------------------------------------------
NO_WAIT = [
    W(
        "'just back from a honeymoon in October, keen to chat' is due; 'off to Bali for three "
        "months from next week' said last week is not",
        [
            told(
                "Jessamy Arkwright",
                ("Just back from our honeymoon in October - refreshed and keen to chat", 20),
                due=True,
            ),
            told(
                "Marnie Goldsworthy",
                ("Off to Bali for three months from next week - chat when I'm back", 7),
                due=False,
            ),
        ],
    ),
    W(
        "'her partner starts a new job in Melbourne in January, she's staying in Sydney' is "
        "due; 'I start in Melbourne in January, let me settle in first' is not",
        [
            told(
                "Harper Lindqvist-Shaw",
                (
                    "Her partner starts a new job in Melbourne in January - she's staying put "
                    "in Sydney and keen to hear about roles now",
                    14,
                ),
                due=True,
            ),
            told(
                "Ainsley Porteous",
                (
                    "I start my new job in Melbourne in January - let me settle in for six "
                    "months before you reach out",
                    14,
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'finished his Probezeit in September, now permanent, still open to hearing from us' "
        "is due",
        [
            told(
                "Volker Seidel",
                (
                    "Finished his Probezeit in September, now permanent - still open to hearing "
                    "from us",
                    30,
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------
RESTRAINT = [
    W(
        "a roles roundup emailed eight days ago is not listed; the same months ago is",
        [
            NotDue(
                "Cressida Vane",
                apps=[AUG_2025_FINAL],
                touches=[coord(8, "Sent her the Q4 roles roundup + invite to the data meetup.")],
            ),
            Due(
                "Perpetua Lyle",
                apps=[AUG_2025_FINAL],
                touches=[coord(200, "Sent her the Q2 roles roundup + invite to the meetup.")],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago is not listed; one five months ago is",
        [
            NotDue(
                "Dominic Achterberg",
                apps=[AUG_2025_FINAL],
                touches=[screen(12, "Caught up - nothing new, still at the bank, still open.")],
            ),
            Due(
                "Laurens Vos",
                apps=[AUG_2025_FINAL],
                touches=[screen(150, "Caught up - nothing new, still at the insurer.")],
            ),
        ],
    ),
    W(
        "a thank-you three weeks ago is not listed; one seven months ago is",
        [
            NotDue(
                "Yuna Okada",
                apps=[AUG_2025_FINAL],
                touches=[they_wrote(21, "Thank you for the feedback session, very kind.")],
            ),
            Due(
                "Mio Fukuda",
                apps=[AUG_2025_FINAL],
                touches=[they_wrote(210, "Thank you for the detailed feedback, much appreciated.")],
            ),
        ],
    ),
]

# --- 5. the latest word counts -----------------------------------------------------------------
LATEST = [
    W(
        "a stop taken back later is due; 'keep me posted' followed by a stop is not",
        [
            last_heard(
                "Fredrik Almqvist",
                they_wrote(400, "Stop writing to me.", outcome="not_interested"),
                they_wrote(
                    QUIET,
                    "Changed my mind about last year - do stay in touch, I'd like to hear "
                    "what comes up.",
                ),
                due=True,
            ),
            last_heard(
                "Johan Strandberg",
                they_wrote(400, "Keep me posted, cheers."),
                they_wrote(QUIET, "Don't contact me anymore please.", outcome="not_interested"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait for a baby taken back ('ready now, bored on leave') is due; 'whenever' hardened "
        "into 'hold off until after the baby in January' is not",
        [
            told(
                "Tallulah Brereton",
                ("Not until after the baby arrives in January", date(2026, 8, 3)),
                ("Update: the baby came early! Actually ready now - bored on leave, let's talk", 9),
                due=True,
            ),
            told(
                "Ottilie Harcourt",
                ("Happy to chat whenever", date(2026, 6, 1)),
                ("Actually, hold off until after the baby arrives in January", 9),
                due=False,
            ),
        ],
    ),
]

HELDOUT8_WEEKLY_CASES: list[WeeklyCase] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
    *RESTRAINT,
    *LATEST,
]
