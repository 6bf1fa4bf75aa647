"""Held-out weekly reconnect cases, thirty-seventh set: City and European financial-services,
consulting and agency recruiters in their own words, written by a thirty-seventh stranger to the
reader (its code, its labelled sets and the earlier case files' sentences were not looked at),
measured and reported on its own line ("held-out 37").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a note or reply sent long enough before the week that no recent
contact holds the person back instead. The voices are a City headhunter's ATS shorthand,
candidates' emails, WhatsApps and LinkedIn replies, a solicitor's letter, and lines in German
and Dutch, about bankers, risk and compliance people, controllers, actuaries and marketers in
London, Dublin, Edinburgh, Amsterdam and Frankfurt. What decides is what they told us:

1. opt-outs (delete my details, a WhatsApp "dont message again", ATS "DNC all channels", a
   German objection to processing, a Dutch erasure request, a retiring director closing his
   file, a solicitor's cease-contact letter, a bare "unsubscribe", never again after a bad
   process): never listed; beside each a near-miss that is due (use my new CV, no insurers, not
   the work mobile, email rather than calls, no calls at the office, a new email address, an
   old employer's no-poach that no longer applies, off the newsletter only, not that bank);
2. waits counted from the day said and checked both ways: a bonus paid at the end of February,
   six months' notice, garden leave to the end of January, a German notice to the half-year,
   year-end and the March audit sign-off, the Dutch summer holidays, maternity leave to next
   September, CFA Level III in May, St Patrick's Day: not listed while they run, listed once
   they have; each beside a twin whose wait is already over;
3. notes full of dates that ask no wait are due; "give me a year" after a new job is not;
4. plain restraint: a spec sent eight days ago, lunch last week and an InMail twelve days ago
   are not listed; the same months ago are;
5. the latest word counts: a stop taken back, a wait called off, a DNC withdrawn by the
   candidate are due; "whenever" turned into "after next summer", a keep-in-touch hardened into
   a deletion, and garden leave extended are not.
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
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp with ``channel="other"``, LinkedIn with "linkedin")."""
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
        "delete my details vs delete the old CV and use this one",
        [
            heard(
                "Cordelia Vanbrugh",
                wrote(
                    LONG_AGO,
                    "Please delete my details from your system and confirm by return that "
                    "it has been done.",
                ),
                due=False,
            ),
            heard(
                "Temperance Aylward",
                wrote(
                    LONG_AGO,
                    "Please delete the old CV you hold and use the attached instead - "
                    "updated after my promotion. Still keen on FP&A roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "whatsapp 'dont message again' vs no insurers, banks fine",
        [
            heard(
                "Dwight Okonkwo-Baines",
                wrote(LONG_AGO, "not interested. dont message me again", "other"),
                due=False,
            ),
            heard(
                "Emeka Harcourt-Obi",
                wrote(
                    LONG_AGO,
                    "not interested in insurers, message me about banks tho",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "ATS DNC on all channels vs DNC on the work mobile only",
        [
            heard(
                "Sherwin Blatchford",
                logged(LONG_AGO, "DNC - cand request 03/06, all channels, all desks."),
                due=False,
            ),
            heard(
                "Lambert Gillingham",
                logged(
                    LONG_AGO,
                    "DNC on work mob only (Lloyds records it) - personal mob and email fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: an objection to processing vs email rather than calls",
        [
            heard(
                "Eckhard Zimmerschied",
                wrote(
                    LONG_AGO,
                    "Hiermit widerspreche ich der Verarbeitung meiner Daten und jeder "
                    "weiteren Ansprache durch Ihr Haus.",
                ),
                due=False,
            ),
            heard(
                "Waltraud Kesselring",
                wrote(
                    LONG_AGO,
                    "Bitte nur per E-Mail, Anrufe im Büro sind schwierig. Für Neues bin ich offen!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: stop approaching me and delete my data vs no calls at the office",
        [
            heard(
                "Gerrit Schoonhoven",
                wrote(
                    LONG_AGO,
                    "Ik wil niet langer door u benaderd worden. Verwijder mijn gegevens, graag.",
                ),
                due=False,
            ),
            heard(
                "Marloes Oudendijk",
                wrote(
                    LONG_AGO,
                    "Ik wil niet langer op kantoor gebeld worden; mailen mag altijd.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a retiring director closes his file vs retires an old email address",
        [
            heard(
                "Archibald Tremlett",
                wrote(
                    LONG_AGO,
                    "I'm retiring from the industry at Christmas - please close my file "
                    "and don't contact me again. Thanks for everything.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Clarence Oyewole",
                wrote(
                    LONG_AGO,
                    "I'm retiring my old Outlook address - please use this one from now "
                    "on for anything that comes up.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a solicitor's cease-contact letter vs an old employer's no-poach no longer applies",
        [
            heard(
                "Rutherford Caldicott",
                wrote(
                    LONG_AGO,
                    "We act for Mr Caldicott. Our client requires that your firm cease all "
                    "contact with him forthwith and confirm that it will do so.",
                ),
                due=False,
            ),
            heard(
                "Ambrose Pettigrew-Lane",
                wrote(
                    LONG_AGO,
                    "My old firm asked agencies not to approach its staff - I've left now, "
                    "so feel free to get in touch.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'unsubscribe' vs off the newsletter but keep calling",
        [
            heard("Philippa Mountjoy", wrote(LONG_AGO, "unsubscribe thx"), due=False),
            heard(
                "Theodosia Blackmore",
                wrote(
                    LONG_AGO,
                    "please unsubscribe me from the newsletter - but keep calling me about "
                    "roles, that's the useful bit",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "never contact him again after the Lazard process vs never put forward to Lazard",
        [
            heard(
                "Fitzwilliam Darnley",
                logged(
                    LONG_AGO,
                    "Cand very clear after the Lazard process: never contact him again, any "
                    "desk, any firm.",
                ),
                due=False,
            ),
            heard(
                "Ravi Chandrasekhar-Bell",
                logged(
                    LONG_AGO,
                    "Cand very clear after the Lazard process: never put him forward to "
                    "Lazard again. Everyone else fine.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

BONUS = ("Not going anywhere till bonus is paid end of Feb - call in March.", date(2026, 10, 12))
SIX_MONTHS = ("Resigned 01/10 - six months' notice as an MD, free from April.", date(2026, 10, 5))
GARDEN = ("On GL till 31/01, no NC - nothing before February.", date(2026, 11, 2))
KUENDIGUNG = (
    "Kündigungsfrist sechs Monate zum Halbjahresende - frühestens ab Juli verfügbar.",
    date(2026, 11, 9),
)
YEAR_END = ("Dec year-end - nothing till the audit is signed off in March.", date(2026, 11, 16))
ZOMER = (
    "Na de zomervakantie weer bellen graag - in juli en augustus ligt alles stil.",
    date(2026, 6, 1),
)
CFA = ("CFA Level III on 18 May - no interviews till the exam's done.", date(2026, 11, 2))
PADDY = ("after paddys day pls, CBI inspection in feb", date(2026, 11, 16))

WAITS = [
    W(
        "a bonus at the end of Feb vs a bonus paid last March",
        [
            told("Montague Quilliam", BONUS, due=False),
            told(
                "Rosalind Aberconway",
                ("Bonus paid in March, no more golden handcuffs - free to talk.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "a bonus at the end of Feb: due in March",
        [told("Percival Stanhope", BONUS, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "six months' notice from October vs three months' notice that ran out in August",
        [
            told("Augustin Blackwood", SIX_MONTHS, due=False),
            told(
                "Cuthbert Mainwaring",
                ("Resigned in May, 3m notice, left in August - free now.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "six months' notice from October: not due in February",
        [told("Lysandra Winterbourne", SIX_MONTHS, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "six months' notice from October: due in April",
        [told("Evelina Somerscales", SIX_MONTHS, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "garden leave till 31/01 vs garden leave that ended in June",
        [
            told("Barnaby Foxcroft", GARDEN, due=False),
            told(
                "Hengist Ravensworth",
                ("GL ended 30/06, no NC - raring to go.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "garden leave till 31/01: due in February",
        [told("Orlando Petheridge", GARDEN, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "German notice to the half-year: not due in April",
        [told("Siegfried Hollmann", KUENDIGUNG, due=False)],
        week=date(2027, 4, 5),
    ),
    W(
        "German notice to the half-year: due in July",
        [told("Liselotte Brandauer", KUENDIGUNG, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "year-end and the March sign-off: not due in February",
        [told("Gillian Throckmorton", YEAR_END, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "year-end and the March sign-off: due in April",
        [told("Wilfrid Allardyce", YEAR_END, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Dutch summer holidays: not due in July",
        [told("Femke Rijnsburger", ZOMER, due=False)],
        week=date(2026, 7, 20),
    ),
    W(
        "Dutch summer holidays: due in September",
        [told("Joost Kerkhoven", ZOMER, due=True)],
        week=date(2026, 9, 21),
    ),
    W(
        "maternity leave till next September vs back from maternity leave in June",
        [
            told(
                "Aoibheann Kilbride",
                ("On mat leave till Sept 2027 - please don't call before.", date(2026, 10, 19)),
                due=False,
            ),
            told(
                "Orlaith Mulcahy",
                (
                    "Back from mat leave in June, settled back in - happy to hear about roles.",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "CFA Level III in May: not due in late April",
        [told("Anand Ramaswamy-Clarke", CFA, due=False)],
        week=date(2027, 4, 26),
    ),
    W(
        "CFA Level III in May: due in June",
        [told("Devika Lakshmanan", CFA, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "after St Patrick's Day: not due at the start of March",
        [told("Cathal Ó hEadhra-Quinlivan", PADDY, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "after St Patrick's Day: due at the end of March",
        [told("Feargal Mac Cárthaigh", PADDY, due=True)],
        week=date(2027, 3, 29),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a rambling catch-up full of dates vs give me a year after a new job",
        [
            told(
                "Honoria Ellerby",
                (
                    "Long catch-up. Back from the Frankfurt secondment 02/11, bonus convos "
                    "mid-Feb, her team's year-end is 31/03 and she's in Lisbon over Easter - "
                    "but open to hearing about roles now, any time.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Jessamy Wraxall",
                (
                    "Just joined Schroders 01/10 - give me a year before you call.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a bank holiday weekend in Kerry, free any evening",
        [
            told(
                "Ciarán Breathnach",
                (
                    "Bank hol weekend in Kerry, back 27/10 - free to chat any evening after "
                    "that, no rush on my side but keen.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Christmas party season at the agency, ring whenever",
        [
            told(
                "Tiggy Lamberton",
                (
                    "Party season at the agency, I'll be out most nights in December ha - but "
                    "ring me whenever, always up for a chat about GAD roles.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a new job since October with a reorg already, open to calls",
        [
            told(
                "Valentine Ashgrove",
                (
                    "Joined Schroders 01/10 and there's a reorg already - honestly open to "
                    "calls whenever.",
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
        "a spec sent eight days ago vs the same spec sent months ago",
        [
            NotDue(
                "Peregrine Lathbury",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", note="Sent the Wharf risk VP spec over."),
                ],
            ),
            Due(
                "Octavius Brereton",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        note="Sent the City risk VP spec over, no reply.",
                    )
                ],
            ),
        ],
    ),
    W(
        "lunch last week vs lunch in the spring",
        [
            NotDue(
                "Araminta Lisle",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        6,
                        outcome="replied",
                        channel="meeting",
                        note="Lunch at Coq d'Argent - all well, nothing for her yet.",
                    )
                ],
            ),
            Due(
                "Georgette Pomeroy",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="meeting",
                        note="Lunch at Sweetings - all fine, nothing suitable yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an InMail twelve days ago vs one two hundred days ago",
        [
            NotDue(
                "Sholto Ballantyne",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        12,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the Edinburgh compliance role.",
                    ),
                ],
            ),
            Due(
                "Torquil Abercrombie-Gunn",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the Glasgow compliance role.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a keep-in-touch hardened into a deletion",
        [
            heard(
                "Benedetta Carlisle",
                wrote(date(2026, 1, 26), "Stop emailing me, please."),
                wrote(
                    date(2026, 6, 1),
                    "Sorry for the curt email in January - bonus round was brutal. Do keep "
                    "me posted on roles.",
                ),
                due=True,
            ),
            heard(
                "Hermione Castlereagh",
                wrote(date(2026, 1, 26), "Not for now, but keep in touch."),
                wrote(date(2026, 6, 1), "Please delete everything you hold on me. Thanks."),
                due=False,
            ),
        ],
    ),
    W(
        "'not till the March bonus' called off",
        [
            heard(
                "Maximilian Trelawney",
                wrote(date(2026, 4, 20), "Not till after the bonus next March."),
                wrote(
                    date(2026, 6, 15),
                    "Scrap what I said about March - bonus pool's been cut to nothing, "
                    "talk to me now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after next summer'",
        [
            heard(
                "Ottilie Farquharson",
                wrote(date(2026, 5, 4), "Whenever, always happy to hear from you."),
                wrote(
                    date(2026, 6, 8),
                    "Actually - not till after next summer. We've a listing to get done "
                    "and I'm the controller on it.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a DNC the recruiter set, withdrawn by the candidate",
        [
            heard(
                "Lancelot Brabazon",
                logged(date(2026, 2, 9), "Heated call - set DNC at cand's insistence."),
                wrote(
                    date(2026, 6, 1),
                    "I was out of order in February. Please take the block off and do keep "
                    "me posted.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "garden leave to the end of October extended to the end of February",
        [
            heard(
                "Jocasta Wyndham",
                wrote(date(2026, 5, 11), "GL ends 31/10 - call me in November."),
                wrote(
                    date(2026, 6, 15),
                    "Bad news - they've extended my garden leave to the end of February, "
                    "so nothing till March now.",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT37_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
