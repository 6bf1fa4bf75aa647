"""Held-out weekly reconnect cases, ninth set: recruiters' own words, written by a ninth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 9").

Everyone here is otherwise due in the week of the case: lost a final round in July 2025 and was
last contacted long before the week (150 days, past a silver medalist's cadence), unless the case
is about a recent contact. A wait is typed as a dated motivation or sits in a reply sent long
enough before the week that no recent contact holds the person back instead. The voice is a
team hiring nurses, pharmacists, store and care-home managers, payroll and audit staff as well
as engineers, in India, Ireland, South Africa, Canada and Québec, Nigeria, the US, Türkiye,
Israel and Spain. What decides is what they told us:

1. opt-outs (a WhatsApp "remove my no from ur list", a care-home manager ringing the main line
   to be taken out of the talent community, Québec French "retirer mon nom de votre banque de
   candidats", Spanish "no me escribáis más", an SMS "opt out", Turkish, Hebrew "delete my details
   from your database", a polite South African "prefer not to hear about opportunities going
   forward", Nigerian English "delete my contact", a GDPR erasure request): never listed; beside
   each a near-miss that is due (WhatsApp only, a new mobile number, French please, afternoons,
   not this work phone, email rather than phone, email rather than WhatsApp, "for now, always
   open", japa'd to Manchester so UK or remote only, a GDPR request for a copy of the data);
2. waits counted from the day said and checked both ways: Pongal against Diwali, Pesach against
   Chanukah, a notice period to an LWD on 31 January, maternity leave till April 2027 against one
   already over, US Thanksgiving against the Canadian one, a nursing bond to 31 March 2027 against
   one finished, a son's Leaving Cert against his December mocks, CNO licensing against a licence
   granted, Eid after Ramadan 2027 against an Umrah already made, H-1B stamping this winter
   against last summer's: not listed while they run, listed once they have;
3. notes full of dates that ask for no wait (back from a wedding in Kochi, probation cleared in
   August, 3x12s started in September) are due; "give it a full year" after a new job is not;
4. plain restraint: a role sent on WhatsApp nine days ago, a catch-up call two weeks ago are not
   listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a warm reply hardened into a stop is
   not; a wait called off early is due and "whenever" turned into "after Easter" is not; an opt-out
   logged by a recruiter and later withdrawn by the candidate is due, the reverse is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUL_2025_FINAL = app(
    date(2025, 7, 14),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Store Manager",
)
QUIET = 150  # days before the week: past a silver medalist's cadence


def quiet_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own reply (WhatsApp or SMS unless told), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A note a recruiter or coordinator typed into the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUL_2025_FINAL], touches=[quiet_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUL_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "WhatsApp: remove my no from ur list vs WhatsApp only, calls are hard at work",
        [
            heard(
                "Santosh Kulkarni",
                wrote(130, "pls remove my no from ur list. not interested in any job msgs ever"),
                due=False,
            ),
            heard(
                "Rajesh Naidu",
                wrote(130, "whatsapp only pls, calls r difficult at work. mornings best"),
                due=True,
            ),
        ],
    ),
    W(
        "rang the main line to leave the talent community vs to change her mobile number",
        [
            heard(
                "Siobhán Lenihan",
                logged(
                    140,
                    "Rang the main line asking to be taken out of our talent community and for "
                    "nobody here to contact her again.",
                ),
                due=False,
            ),
            heard(
                "Mairéad Costello",
                logged(
                    140,
                    "Rang the main line asking us to drop her old mobile number and use the new "
                    "one on file.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Québec: retirer mon nom de votre banque vs écrivez-moi en français",
        [
            heard(
                "Josée Bélanger",
                wrote(
                    120,
                    "Je vous prie de retirer mon nom de votre banque de candidats et de ne plus "
                    "m'écrire.",
                    channel="email",
                ),
                due=False,
            ),
            heard(
                "Annie Lapointe",
                wrote(
                    120,
                    "Je préfère qu'on m'écrive en français, s'il vous plaît. Au plaisir!",
                    channel="email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: no me escribáis más vs escribidme por la tarde",
        [
            heard(
                "Montserrat Vidal",
                wrote(115, "No me escribáis más, por favor. Gracias.", channel="email"),
                due=False,
            ),
            heard(
                "Amaia Urrutia",
                wrote(
                    115,
                    "Escribidme mejor por la tarde, por las mañanas estoy de guardia en la "
                    "farmacia.",
                    channel="email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "SMS: opt out of everything vs not this work phone, use my email",
        [
            heard(
                "Travis Culpepper",
                wrote(125, "opt out. remove me from all your texts emails and calls. thx"),
                due=False,
            ),
            heard(
                "Kendra Voss",
                wrote(125, "dont text this number anymore its my work phone. use my email"),
                due=True,
            ),
        ],
    ),
    W(
        "Turkish: hiçbir şekilde iletişime geçmeyin vs telefon değil e-posta",
        [
            heard(
                "Onur Kaplan",
                wrote(
                    135,
                    "Artık benimle hiçbir şekilde iletişime geçmeyin lütfen.",
                    channel="linkedin",
                ),
                due=False,
            ),
            heard(
                "Zeynep Aksoy",
                wrote(
                    135,
                    "Telefonla değil, e-postayla ulaşırsanız sevinirim.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hebrew: delete my details from your database vs email instead of WhatsApp",
        [
            heard(
                "Ronit Azoulay",
                wrote(145, "בבקשה תמחקו את הפרטים שלי מהמאגר שלכם ואל תפנו אליי יותר"),
                due=False,
            ),
            heard(
                "Avi Dahan",
                wrote(145, "אפשר לשלוח לי במייל במקום בוואטסאפ? תודה"),
                due=True,
            ),
        ],
    ),
    W(
        "polite: prefer not to hear about opportunities going forward vs for now, always open",
        [
            heard(
                "Nandi Shabalala",
                wrote(
                    160,
                    "I've made peace with where I am and would prefer not to hear about other "
                    "opportunities going forward. Please remove me from your database.",
                    channel="email",
                ),
                due=False,
            ),
            heard(
                "Thabo Mokgosi",
                wrote(
                    160,
                    "I've made peace with where I am for now, but I'm always open to hearing "
                    "what's out there.",
                    channel="email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Nigerian English: delete my contact vs japa'd to Manchester, UK or remote only",
        [
            heard(
                "Chidinma Okeke",
                wrote(
                    110, "Pls I don't want any more messages from you people. Delete my contact."
                ),
                due=False,
            ),
            heard(
                "Yetunde Olawale",
                wrote(110, "I don japa to Manchester o! Only UK-based or remote roles now pls."),
                due=True,
            ),
        ],
    ),
    W(
        "GDPR: erase everything, no further contact vs send me a copy of my data",
        [
            heard(
                "Fionnuala Tierney",
                wrote(
                    150,
                    "Under GDPR please erase everything you hold on me and confirm in writing. "
                    "No further contact.",
                    channel="email",
                ),
                due=False,
            ),
            heard(
                "Úna Mac Cárthaigh",
                wrote(
                    150,
                    "Under GDPR, could you send me a copy of the personal data you hold on me? "
                    "Just curious what's in there.",
                    channel="email",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits, counted from the day said, checked while they run and once they have run out --

PONGAL = (
    "Store's in festive peak - hold all calls till Pongal is over, mid-Jan.",
    date(2026, 10, 12),
)
LWD_NOTE = (
    "NP 90d, LWD 31 Jan. Her contract bars interviewing while on notice - call once she's relieved."
)
PESACH = ("Let's talk after Pesach, not before.", date(2026, 11, 2))
MAT_LEAVE = ("On maternity leave till April 2027 - don't call before then.", date(2026, 7, 20))
BOND = (
    "Nursing service bond with her hospital runs till 31 March 2027; can't move before.",
    date(2026, 6, 1),
)
LEAVING_CERT = (
    "Nothing till the Leaving Cert is over in June - it's my son's exam year.",
    date(2026, 10, 12),
)

WAITS = [
    W(
        "hold calls till Pongal vs till Diwali, in November",
        [
            said("Lakshmi Thyagarajan", PONGAL, due=False),
            said(
                "Murali Krishnan",
                ("Store's in festive peak - hold all calls till Diwali is done.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "hold calls till Pongal: due in February",
        [said("Vijayalakshmi Subbiah", PONGAL, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "after Pesach vs after Chanukah, in March",
        [
            said("Hila Ben-Ami", PESACH, due=False),
            said("Dror Elbaz", ("Let's talk after Chanukah.", date(2026, 11, 2)), due=True),
        ],
        week=date(2027, 3, 1),
    ),
    W(
        "after Pesach: due in May",
        [said("Liat Ohana", PESACH, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "LWD 31 January, in January vs a note full of past dates",
        [
            heard(
                "Sowmya Prakash",
                logged(date(2026, 10, 5), LWD_NOTE),
                due=False,
            ),
            heard(
                "Gautam Bhattacharya",
                logged(
                    date(2026, 10, 5),
                    "Relieved from his last company 30 Sep, joined a startup on 1 Oct. Open to "
                    "talk anytime.",
                ),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "LWD 31 January: due in February",
        [heard("Meghana Joshi", logged(date(2026, 10, 5), LWD_NOTE), due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "maternity leave till April 2027 vs back from maternity leave since June",
        [
            said("Nicola Farrelly", MAT_LEAVE, due=False),
            said(
                "Louise Merriman",
                ("Back from maternity leave since June, settled and curious.", date(2026, 7, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave till April 2027: due in May",
        [said("Gillian Tuohy", MAT_LEAVE, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "after Thanksgiving in the US vs after the Canadian one",
        [
            heard(
                "Shelby Harmon",
                wrote(
                    date(2026, 8, 10),
                    "Can we pick this back up after Thanksgiving? Fall is crazy at the store.",
                    channel="email",
                ),
                due=False,
            ),
            heard(
                "Madeleine Gauthier",
                wrote(
                    date(2026, 8, 10),
                    "Let's reconnect after Thanksgiving - the Canadian one, so mid-October.",
                    channel="email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "nursing bond to 31 March 2027 vs a bond finished in September",
        [
            said("Jisha Mathew", BOND, due=False),
            said(
                "Sherin Abraham",
                (
                    "Her bond with the hospital finished in September, certificates returned.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "nursing bond to 31 March 2027: due in April",
        [said("Tintu Joseph", BOND, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "a son's Leaving Cert in June vs his mocks in December, in March",
        [
            said("Bríd Donnelly", LEAVING_CERT, due=False),
            said(
                "Colette Rafferty",
                (
                    "Nothing till after Christmas - my son's mocks run right through December.",
                    date(2026, 10, 12),
                ),
                due=True,
            ),
        ],
        week=date(2027, 3, 15),
    ),
    W(
        "a son's Leaving Cert in June: due in July",
        [said("Noreen Gilligan", LEAVING_CERT, due=True)],
        week=date(2027, 7, 5),
    ),
    W(
        "not until licensed in Ontario vs licensed with the CNO since October",
        [
            said(
                "Adaobi Nwachukwu",
                (
                    "Not job hunting until I'm licensed in Ontario - the exam is in February.",
                    date(2026, 9, 14),
                ),
                due=False,
            ),
            said(
                "Mercy Boateng",
                ("Licensed with the CNO since October, ready to look.", date(2026, 10, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Eid, said before Ramadan 2027 vs back from Umrah in December",
        [
            said(
                "Hauwa Abubakar",
                ("Ramadan is coming - let's talk after Eid.", date(2027, 1, 4)),
                due=False,
            ),
            said(
                "Zainab Lawal",
                ("Back from Umrah in December, free to talk now.", date(2027, 1, 4)),
                due=True,
            ),
        ],
        week=date(2027, 2, 22),
    ),
    W(
        "H-1B stamping, back late January vs back from stamping last August",
        [
            said(
                "Kiran Kumar Gadde",
                (
                    "In India for H-1B stamping, back in the US late January - hold off till then.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            said(
                "Phani Mulpuri",
                ("In India for stamping, back in Seattle by August.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait --------------------------------------------

NO_WAIT = [
    W(
        "back from a wedding in Kochi vs a new job to give a full year",
        [
            said(
                "Arun Kuttappan",
                (
                    "Back from my brother's wedding in Kochi since 2 Nov, free to talk any time.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Sunitha Varma",
                (
                    "Joined on 1 October - want to give it a full year before looking at anything.",
                    date(2026, 10, 12),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "joined in March, cleared probation in August, open to a move",
        [
            said(
                "Sizwe Ntuli",
                (
                    "Joined the firm 1 March 2026, cleared probation in August. Open to a move.",
                    date(2026, 9, 14),
                ),
                due=True,
            )
        ],
    ),
    W(
        "started 3x12s on 7 September and open to ICU jobs",
        [
            said(
                "Kelsey Dunaway",
                (
                    "Started 3x12s on 7 Sept, Tue/Wed/Thu, loves the schedule. Open to hearing "
                    "about ICU jobs.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent on WhatsApp nine days ago vs a hundred and ten days ago",
        [
            heard(
                "Precious Mabena",
                wrote(200, "Thanks for the update!"),
                touch(
                    9,
                    outcome="no_reply",
                    channel="other",
                    note="Sent her the Rosebank store manager role on WhatsApp; seen, no reply.",
                ),
                due=False,
            ),
            heard(
                "Nompumelelo Cele",
                wrote(200, "Thanks for the update!"),
                touch(
                    110,
                    outcome="no_reply",
                    channel="other",
                    note="Sent her the Menlyn store manager role on WhatsApp; seen, no reply.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a catch-up call two weeks ago vs four months ago",
        [
            heard(
                "Orlaith Byrne",
                touch(
                    14,
                    outcome="replied",
                    channel="phone",
                    note="Caught up by phone, nothing new; fine where she is for now.",
                ),
                due=False,
            ),
            heard(
                "Deborah Nolan",
                touch(
                    125,
                    outcome="replied",
                    channel="phone",
                    note="Caught up by phone, nothing new; fine where she is for now, call again "
                    "in a few months.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ----------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a warm reply hardened into a stop",
        [
            heard(
                "Olamide Ajayi",
                wrote(300, "stop messaging me pls"),
                wrote(
                    120, "hey sorry for that msg last yr, bad day. happy to hear about roles again"
                ),
                due=True,
            ),
            heard(
                "Temitope Adeleke",
                wrote(300, "always happy to hear from you"),
                wrote(120, "please remove me from your list, i'm done with recruiters"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'whenever' turned into 'after Easter'",
        [
            said(
                "Esther Adeyinka",
                (
                    "Not before March 2027, we're renovating and I can't think straight.",
                    date(2026, 6, 1),
                ),
                ("Renovation finished early! Happy to hear about roles now.", date(2026, 9, 7)),
                due=True,
            ),
            said(
                "Gráinne Phelan",
                ("Happy to hear from you whenever.", date(2026, 6, 1)),
                (
                    "Actually please hold off until after Easter next year - my father is ill.",
                    date(2026, 9, 7),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "an opt-out logged then withdrawn by the candidate vs the reverse",
        [
            heard(
                "Nirmala Srinivasan",
                logged(250, "Asked to be removed from all outreach."),
                wrote(
                    110,
                    "I asked to be taken off your list last year - I've changed my mind, please "
                    "keep me on it.",
                    channel="email",
                ),
                due=True,
            ),
            heard(
                "Padmini Raghavan",
                wrote(250, "Keep me on your list please!", channel="email"),
                logged(
                    110,
                    "She rang to say she no longer wants any contact from us. Taken off all "
                    "campaigns.",
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT9_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
