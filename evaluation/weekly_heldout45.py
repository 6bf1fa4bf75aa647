"""Held-out weekly reconnect cases, forty-fifth set: defence, aerospace, space and government
contracting, written by a forty-fifth stranger to the reader (its code, its labelled sets and
the earlier case files' sentences were not looked at), measured and reported on its own line
("held-out 45").

Everyone here is otherwise due in the week of the case: reached a final panel in May 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voice is cleared recruiters and defence primes' talent
teams in the US, the UK, Canada and Australia: ATS shorthand, formal letters, LinkedIn and
WhatsApp replies, a French-Canadian email, about cleared software engineers. What decides is
what they told us:

1. opt-outs (consent withdrawn in a formal letter, "stop" by text, a DNC across every client,
   "remove me" on LinkedIn, French, an Aussie "yeah nah", consent to process withdrawn under
   UK GDPR, a threat to complain): never listed; beside each a near-miss that is due (a new
   address, texts after the SCIF shift, one ex-employer's requisitions, email not InMail, a new
   mobile, not the Osborne job, one process withdrawn, not during range days);
2. waits counted from the day said and checked both ways: a full-scope polygraph, a re-compete
   award, a launch and commissioning, a reinvestigation, sea trials to Easter, a six-month
   OCONUS rotation, the Australian summer holidays, a retention bonus in December, twelve
   months at a new sub: not listed while they run, listed once they have; each beside a twin
   whose wait is already over;
3. notes full of dates that ask for no wait are due; "not until 2028" after a new job is not;
4. plain restraint: an InMail six days ago, a conference coffee twelve days ago and a call
   nine days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   removal is not; a wait called off early is due and "whenever" turned into "after my poly"
   is not; a recruiter's DNC lifted by the candidate is due; a new federal job with a stop is
   not, and one with a wish to keep hearing is.
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
    role="Software Engineer (TS/SCI)",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``channel="linkedin"`` or ``"other"`` for LinkedIn or a text)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS."""
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
        "a formal letter withdrawing consent vs a formal letter giving a new address",
        [
            heard(
                "Barrington Oyelakin",
                wrote(
                    LONG_AGO,
                    "Please treat this letter as formal notice that I withdraw my consent for "
                    "your firm to hold or use my details. Do not contact me further.",
                ),
                due=False,
            ),
            heard(
                "Cressida Ambler-Fawkes",
                wrote(
                    LONG_AGO,
                    "Please treat this letter as formal notice of my new address: I have moved "
                    "from Reston to Leesburg. Do keep me informed of suitable cleared roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'stop, don't text again' vs stop texting while I'm in the SCIF",
        [
            heard(
                "Dexter Mulholland-Ray",
                wrote(LONG_AGO, "stop. not interested. dont text this number again", "other"),
                due=False,
            ),
            heard(
                "Juniper Eckhardt",
                wrote(
                    LONG_AGO,
                    "stop texting me at work lol I'm in the SCIF till 4, phone's in a locker. "
                    "text after that, still looking",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "DNC across all our clients vs DNC for one ex-employer's reqs",
        [
            heard(
                "Ansel Brightmore",
                logged(
                    LONG_AGO,
                    "Cand asked to be flagged DNC across every client we recruit for. Honour it.",
                ),
                due=False,
            ),
            heard(
                "Tavish Oyedepo",
                logged(
                    LONG_AGO,
                    "Cand asked to be flagged DNC for Northrop reqs only (ex-employer, left on "
                    "bad terms). All other clients fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: asked twice to be removed vs asked twice for email, not InMail",
        [
            heard(
                "Mirabel Stanhope-Ojo",
                wrote(
                    LONG_AGO,
                    "I've asked twice now. Remove me from your recruiting lists.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Rosalba Quintrell",
                wrote(
                    LONG_AGO,
                    "I've asked twice now - send job descriptions to my email, not InMail. "
                    "Still keen though!",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: delete my details and stop vs update my details, still interested",
        [
            heard(
                "Thibault Desjardins-Roy",
                wrote(
                    LONG_AGO,
                    "Veuillez supprimer mes coordonnées et cesser toute communication avec moi.",
                ),
                due=False,
            ),
            heard(
                "Maëlle Pelletier-Boivin",
                wrote(
                    LONG_AGO,
                    "Veuillez mettre à jour mes coordonnées : nouveau numéro de cellulaire, "
                    "même courriel. Toujours intéressée par les postes en défense.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Australian: 'yeah nah, take me off' vs not the Osborne gig, keep me on the list",
        [
            heard(
                "Brodie Scarborough",
                wrote(
                    LONG_AGO,
                    "yeah nah I'm right mate. take me off whatever list I'm on, cheers",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Kurtis Dellavedova",
                wrote(
                    LONG_AGO,
                    "yeah nah not for the osborne gig mate, but keep me on the list for "
                    "anything in canberra",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "consent to process withdrawn under UK GDPR vs withdrawing from one process only",
        [
            heard(
                "Lavinia Cheesewright",
                wrote(
                    LONG_AGO,
                    "I'm withdrawing my consent for you to process my personal data under UK "
                    "GDPR. Please delete it and confirm.",
                ),
                due=False,
            ),
            heard(
                "Ottoline Pagett",
                wrote(
                    LONG_AGO,
                    "I'm withdrawing from the Babcock process, but please keep my details on "
                    "file for other SC-cleared roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "threatens to report us if we ring again vs don't ring on range days",
        [
            heard(
                "Garrick Vollmer",
                logged(
                    LONG_AGO,
                    "Called - he said if we ring again he'll report us to the FTC. Do not contact.",
                ),
                due=False,
            ),
            heard(
                "Phineas Abernathy-Kwan",
                logged(
                    LONG_AGO,
                    "Called - he said don't ring during the day, he's on the range at White "
                    "Sands. Evenings fine, still looking.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

POLY = (
    "Full-scope poly scheduled for 14 Jan; won't move mid-adjudication, so nothing before March.",
    date(2026, 11, 2),
)
RECOMPETE = (
    "Staying till the re-compete is awarded - contracting office says end of Feb 2027.",
    date(2026, 10, 12),
)
LAUNCH = (
    "On console for the launch in late January - call once the bird's through commissioning, "
    "say mid-March.",
    date(2026, 10, 19),
)
REINVESTIGATION = (
    "TS reinvestigation in progress, investigator says done by end of January. No moves till then.",
    date(2026, 10, 26),
)
SEA = ("At sea with the boat from December till Easter - nothing before April.", date(2026, 11, 9))
ROTATION = date(2026, 6, 1)
ROTATION_NOTE = "Deploying OCONUS on a six-month rotation from July. Reach me after New Year's."
SUMMER_HOLS = (
    "School hols and Christmas - don't ring till after Australia Day.",
    date(2026, 11, 2),
)
RETENTION = ("Retention bonus pays out 15 Dec - talk to me after that.", date(2026, 10, 5))
SETTLE = (
    "Started at a new sub in October - give me twelve months before anything.",
    date(2026, 10, 5),
)

WAITS = [
    W(
        "a full-scope poly in January vs a poly adjudicated in June",
        [
            told("Lazarus Whitgift", POLY, due=False),
            told(
                "Soledad Arbuthnot",
                ("Poly done in April, adjudicated in June - clear to talk.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a full-scope poly in January: due in March",
        [told("Hartley Mbeki-Stone", POLY, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a re-compete awarded end of February vs one awarded in August",
        [
            told("Oriel Castleford", RECOMPETE, due=False),
            told(
                "Pascoe Lindgren",
                (
                    "Re-compete was awarded to us in August, job's safe - happy to look around.",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a re-compete awarded end of February: due in March",
        [told("Wenceslas Ibekwe", RECOMPETE, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "a launch and commissioning to mid-March vs a launch done in July",
        [
            told("Isaura Penrose-Adeyemi", LAUNCH, due=False),
            told(
                "Florentin Rhodes",
                (
                    "Launch went up in July and commissioning's done - free to talk.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a launch and commissioning to mid-March: not due in late January",
        [told("Anastasia Fotheringham", LAUNCH, due=False)],
        week=date(2027, 1, 25),
    ),
    W(
        "a launch and commissioning to mid-March: due in late March",
        [told("Crescens Maybury", LAUNCH, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "a reinvestigation to the end of January vs one closed in September",
        [
            told("Lucinda Ravenhurst", REINVESTIGATION, due=False),
            told(
                "Gerontius Abbey",
                ("Reinvestigation closed out in September, all favourable.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "a reinvestigation to the end of January: due in February",
        [told("Adaeze Holbrook", REINVESTIGATION, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "at sea till Easter vs back from sea trials in October",
        [
            told("Callander Foyle", SEA, due=False),
            told(
                "Ruairidh Penwarden",
                (
                    "Back from sea trials in October, on dry land for a good while.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "at sea till Easter: due in April",
        [told("Tancred Ollivant", SEA, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "a six-month OCONUS rotation from July vs one just finished",
        [
            heard("Bohdan Castellano", wrote(ROTATION, ROTATION_NOTE), due=False),
            heard(
                "Leocadia Swift",
                wrote(
                    ROTATION,
                    "Just back from a six-month OCONUS rotation - reach me whenever, I'm home.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a six-month OCONUS rotation from July: due in January",
        [heard("Quillon Etherington", wrote(ROTATION, ROTATION_NOTE), due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Australian summer holidays till after Australia Day vs the EOFY crunch over in July",
        [
            told("Tahnee Woolcott", SUMMER_HOLS, due=False),
            told(
                "Brydie Hanrahan",
                ("Got through the EOFY crunch in July, free to chat now.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "Australian summer holidays: due in February",
        [told("Jaxon Pemulwuy-Reid", SUMMER_HOLS, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "a retention bonus paying 15 December vs one paid in June",
        [
            told("Eustace Mallinson", RETENTION, due=False),
            told(
                "Philippina Achterberg",
                ("Retention bonus paid out in June, nothing holding me now.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a retention bonus paying 15 December: due in January",
        [told("Wolcott Adesanya", RETENTION, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "twelve months at a new sub from October: not due in November",
        [told("Marcella Ingleby", SETTLE, due=False)],
    ),
    W(
        "twelve months at a new sub from October: due the next October",
        [told("Rutherford Nwachukwu", SETTLE, due=True)],
        week=date(2027, 10, 11),
    ),
]

# --- 3. dates without a wait -----------------------------------------------------------------

NO_WAIT = [
    W(
        "an airshow, a certification and Thanksgiving named, free to talk",
        [
            told(
                "Hortensia Blackadder",
                (
                    "Back from the Farnborough Airshow in July, passed CSEP in September, off "
                    "Thanksgiving week - otherwise free to talk any time.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a poly, an adjudication and a start date, calls Tue/Thu vs not until 2028",
        [
            told(
                "Augustin Farrow-Mensah",
                (
                    "Poly 3/4, TS adjudicated 6/12, started at SAIC 8/1 - available for a call "
                    "Tue/Thu after 1600.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Clarissa Montague-Obi",
                (
                    "Started at Leidos 10/26 - please don't contact me until 2028.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Guard drill weekends and annual training named, no issue for a chat",
        [
            told(
                "Reuben Kettlewell",
                (
                    "Guard drill one weekend a month and annual training in June - not an "
                    "issue, happy to chat now.",
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
        "an InMail six days ago vs the same InMail months ago",
        [
            NotDue(
                "Sigourney Paddock",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        6,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re: GovCloud SWE req at Reston.",
                    ),
                ],
            ),
            Due(
                "Euphemia Lockridge",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re: cleared Python req at Herndon.",
                    )
                ],
            ),
        ],
    ),
    W(
        "coffee at MilCIS twelve days ago vs coffee at Space Symposium in April",
        [
            NotDue(
                "Lachlan Vandenberg",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at MilCIS in Canberra, all good, nothing to action.",
                    )
                ],
            ),
            Due(
                "Desmond Ojukwu-Hale",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        220,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Space Symposium in the Springs, good catch-up.",
                    )
                ],
            ),
        ],
    ),
    W(
        "called about a Huntsville req nine days ago vs six months ago",
        [
            NotDue(
                "Gideon Featherstone",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        9,
                        outcome="replied",
                        channel="phone",
                        note="Pitched the Redstone SWE req, he'll think it over.",
                    )
                ],
            ),
            Due(
                "Marius Okoro-Lane",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Pitched a Huntsville SWE req, he passed on that one.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        [
            heard(
                "Percival Lanyon",
                wrote(date(2026, 2, 9), "Stop emailing me."),
                wrote(
                    date(2026, 6, 8),
                    "Apologies for the curt note in February - contract was ending and I was "
                    "stressed. I'm open to hearing about cleared roles now.",
                ),
                due=True,
            ),
            heard(
                "Rosamunde Ketteridge",
                wrote(date(2026, 2, 9), "Not at the moment - but do keep me posted, please."),
                wrote(
                    date(2026, 6, 8),
                    "Please take me off your mailing lists and don't get in touch again.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a re-compete wait called off early vs 'whenever' turned into 'after my poly'",
        [
            told(
                "Evander Quigley-Shaw",
                ("Nothing till the re-compete award in March.", date(2026, 10, 5)),
                (
                    "Re-compete got cancelled, we're on a bridge contract - let's talk now.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Ishbel Wardrop",
                ("Whenever suits - always open to a chat.", date(2026, 6, 1)),
                (
                    "Actually, hold off until after my poly in February please.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC lifted by the candidate",
        [
            heard(
                "Cosmo Barraclough",
                logged(date(2026, 1, 19), "Cand irate after three calls in a week - set DNC."),
                wrote(
                    date(2026, 6, 15),
                    "I know your colleague marked me do-not-contact in January. I've cooled "
                    "off - please do send cleared Python roles my way.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a new federal job and a stop vs a new federal job and a wish to keep hearing",
        [
            heard(
                "Amabel Fortescue",
                wrote(date(2026, 3, 2), "Very interested, send me anything in NoVA."),
                wrote(
                    date(2026, 6, 1),
                    "I've accepted a federal position. Please take me off your lists.",
                ),
                due=False,
            ),
            heard(
                "Torben Achterop",
                wrote(date(2026, 3, 2), "Very interested, anything in NoVA please."),
                wrote(
                    date(2026, 6, 1),
                    "Took a federal job in May, but I'd still like to hear about senior "
                    "contractor roles now and then.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "unsubscribed last year, signed up again through the careers site in October",
        [
            heard(
                "Hildegard Oyelaran-Pike",
                wrote(date(2025, 9, 8), "Unsubscribe me please."),
                logged(
                    date(2026, 6, 8),
                    "She re-registered through the careers site and ticked 'contact me about "
                    "roles'.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT45_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
