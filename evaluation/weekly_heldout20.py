"""Held-out weekly reconnect cases, twentieth set: life-sciences recruiters' own words, written
by a twentieth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at), measured and reported on its own line ("held-out 20").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into
the ATS as a dated motivation, or sits in a reply sent long enough before the week that no
recent contact holds the person back instead. The voice is pharma, biotech and medical-device
recruiting in the US, Switzerland, Ireland, Germany, Singapore and India: in-house TA partners'
ATS notes, a CRO desk's shorthand, candidates' LinkedIn replies, emails and WhatsApps, some in
German, Swiss French and Hindi. What decides is what they told us:

1. opt-outs (off every CRO list for good, "please stop reaching out", German, Swiss French and
   Hindi, a TA partner's DNC, "who gave you this number", a retirement, "STOP", a threat to go
   to the Data Protection Commission): never listed; beside each a near-miss that is due (the
   newsletter only, not this CRA role but CTM roles, a new mobile number, e-mail rather than
   phone, "next month" long gone, not on the work e-mail, a new number to save, retired from
   field service but validating part-time, "not during my 7-7 shift", a question about where
   the data came from);
2. waits counted from the day said and checked both ways: a non-compete to the end of March, a
   Swiss notice "per Ende Januar", an RSU cliff on 15 February, a plant shutdown and
   requalification to mid-January, a Phase 3 database lock at the end of February, Chinese New
   Year, an April appraisal, maternity leave to the end of March: not listed while they run,
   listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask no wait are due (a move, a certificate, Fasnacht, Thanksgiving
   week, Holi); "give me twelve months" after a new job in October is not;
4. plain restraint: an InMail eight days ago, a coffee at a conference twelve days ago and a
   call three days ago are not listed; the same months ago are;
5. the latest word counts: a DNC taken back is due and a "keep in touch" hardened into a
   removal is not; a wait called off early is due; "any time" turned into "not before the
   summer of 2027" is not; an angry WhatsApp followed by an apology is due.
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
    role="Senior QC Analyst",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own words: an email, a LinkedIn reply (``"linkedin"``) or a WhatsApp
    (``"other"``), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A TA partner's or a CRO recruiter's note in the ATS."""
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
        "off every CRO list for good vs off the newsletter, one-to-one mails welcome",
        [
            heard(
                "Ingram Fairchild",
                wrote(
                    LONG_AGO,
                    "Take me off every list your CRO desk has, for good. I won't be answering.",
                ),
                due=False,
            ),
            heard(
                "Marguerite Oyinlola",
                wrote(
                    LONG_AGO,
                    "Could you drop me from the monthly job digest? One-to-one emails about "
                    "real roles are still welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'please stop reaching out' vs not this CRA role, keep reaching out for CTM roles",
        [
            heard(
                "Beauregard Latimer",
                wrote(LONG_AGO, "Not interested. Please stop reaching out.", "linkedin"),
                due=False,
            ),
            heard(
                "Ottoline Brandvold-Sæther",
                wrote(
                    LONG_AGO,
                    "Not interested in this CRA role, but do keep reaching out about CTM openings.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: delete my profile vs update my profile with a new mobile",
        [
            heard(
                "Wolfram Gstettner",
                wrote(LONG_AGO, "Ich bitte um umgehende Löschung meines Profils bei Ihnen."),
                due=False,
            ),
            heard(
                "Rosalie Kiefersauer",
                wrote(
                    LONG_AGO,
                    "Bitte aktualisieren Sie mein Profil: neue Handynummer 0176 5550 1824. "
                    "Interesse besteht weiterhin.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Swiss French: delete my details vs e-mail rather than phone",
        [
            heard(
                "Gaspard Perrenoud",
                wrote(LONG_AGO, "Je vous prie de supprimer mes coordonnées de votre fichier."),
                due=False,
            ),
            heard(
                "Séverine Jaquier",
                wrote(
                    LONG_AGO,
                    "Je préfère être contactée par e-mail plutôt que par téléphone, merci.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: never contact me again vs busy now, call next month (long ago)",
        [
            heard(
                "Jagannath Rao Pendyala",
                wrote(LONG_AGO, "Please mujhe dobara contact mat karna. Dhanyavaad.", "other"),
                due=False,
            ),
            heard(
                "Sowmya Kanchibhotla",
                wrote(LONG_AGO, "Abhi audit chal raha hai, next month call karna.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a TA partner's DNC vs not on her work e-mail, personal one on file",
        [
            heard(
                "Cordelia Wakefield-Ayodele",
                noted(
                    LONG_AGO,
                    "Candidate requested DNC. Do not add to any talent community or campaign.",
                ),
                due=False,
            ),
            heard(
                "Philippa Dunsmore",
                noted(
                    LONG_AGO,
                    "Candidate asked us not to use her work email (IT monitors it). Personal "
                    "email now on file - open to hearing about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'who gave you this number, delete it' vs a new number, save this one",
        [
            heard(
                "Teodoro Vasconcellos",
                wrote(LONG_AGO, "who gave u this number?? delete it and dont msg again", "other"),
                due=False,
            ),
            heard(
                "Ngozi Ekwueme",
                wrote(LONG_AGO, "hi it's Ngozi, new number - save this one 👍", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "retired from pharma, close my file vs retired from field service, validating part-time",
        [
            heard(
                "Archibald Mennell",
                wrote(LONG_AGO, "I've retired from pharma. Please close my file. Best, Archie"),
                due=False,
            ),
            heard(
                "Winston Okorafor",
                wrote(
                    LONG_AGO,
                    "Retired from field service, but I'm doing part-time validation "
                    "contracts. Keep me on file.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' vs stop calling during my 7-7 shift, texts ok",
        [
            heard("Dunstan Pryor", wrote(LONG_AGO, "STOP - no more jobs", "other"), due=False),
            heard(
                "Lorelei Chattopadhyay",
                wrote(LONG_AGO, "Stop calling during my 7a-7p shift pls. Texts ok.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "threatens the Data Protection Commission vs asks where the data came from",
        [
            heard(
                "Cathaoir Mac Aodha",
                wrote(
                    LONG_AGO,
                    "If I'm contacted by your firm again I'll be going to the Data Protection "
                    "Commission. Remove my details.",
                ),
                due=False,
            ),
            heard(
                "Una Ní Fhlannagáin",
                wrote(
                    LONG_AGO,
                    "Out of curiosity, where did you get my details? Not a complaint - happy "
                    "to stay on your books.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NON_COMPETE = (
    "Non-compete with his old employer runs to 31 March 2027 - no approach before April.",
    date(2026, 10, 5),
)
SWISS_NOTICE = (
    "Gekündigt per Ende Januar, drei Monate Kündigungsfrist - vorher kein Wechsel möglich.",
    date(2026, 10, 26),
)
RSU_CLIFF = ("RSU cliff 15/02/27 - not moving before it vests.", date(2026, 9, 21))
SHUTDOWN = (
    "Runs the shutdown and requal at her plant - ping her after mid-January.",
    date(2026, 11, 2),
)
DB_LOCK = (
    "Ph3 DB lock end of Feb, staying with the sponsor till it's locked.",
    date(2026, 10, 12),
)
AFTER_CNY = ("after CNY can talk, waiting for AWS + bonus", date(2026, 11, 9))
APPRAISAL = ("April appraisal ke baad hi move karungi, usse pehle nahi.", date(2026, 10, 19))
MAT_LEAVE = ("On maternity leave until the end of March 2027.", date(2026, 10, 12))

WAITS = [
    W(
        "a non-compete to the end of March vs one that lapsed in August",
        [
            told("Maximilian Oyelaran-Price", NON_COMPETE, due=False),
            told(
                "Gwynneth Caradog",
                ("Non-compete lapsed in August, free to talk to anyone.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "a non-compete to the end of March: due in April",
        [told("Leopoldine Havelock", NON_COMPETE, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "German: notice to the end of January vs notice that ended in July",
        [
            told("Ruedi Aebischer", SWISS_NOTICE, due=False),
            told(
                "Mirjam Stucki",
                ("Per Ende Juli gekündigt, seit August frei.", date(2026, 8, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "German: notice to the end of January: due in February",
        [told("Fridolin Zwahlen", SWISS_NOTICE, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "an RSU cliff on 15 February vs RSUs vested in August",
        [
            told("Thurston Calloway", RSU_CLIFF, due=False),
            told(
                "Anjali Venkataraman",
                ("RSUs vested 01/08, nothing keeping her now.", date(2026, 8, 17)),
                due=True,
            ),
        ],
    ),
    W(
        "an RSU cliff on 15 February: still held back at the start of February",
        [told("Benedikt Achleitner", RSU_CLIFF, due=False)],
        week=date(2027, 2, 1),
    ),
    W(
        "an RSU cliff on 15 February: due in March",
        [told("Roderick Mwangangi", RSU_CLIFF, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "a shutdown and requal to mid-January vs a summer shutdown long finished",
        [
            told("Gobnait Hegarty", SHUTDOWN, due=False),
            told(
                "Eamonn Kiely",
                ("Summer shutdown finished in August, free to chat now.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a shutdown and requal to mid-January: due at the end of January",
        [told("Proinsias Culligan", SHUTDOWN, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "a database lock at the end of February vs a lock in September",
        [
            told("Hermione Castellane", DB_LOCK, due=False),
            told(
                "Obadiah Fennimore",
                ("DB lock done 18/09, study closed out - ready to look.", date(2026, 9, 28)),
                due=True,
            ),
        ],
    ),
    W(
        "a database lock at the end of February: due in March",
        [told("Zephyrine Aldana", DB_LOCK, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Chinese New Year vs after Deepavali, which has passed",
        [
            told("Teo Jun Hao", AFTER_CNY, due=False),
            told(
                "Kalaivani Murugesan",
                ("Can talk after Deepavali, family in town till then.", date(2026, 10, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Chinese New Year: due in late February",
        [told("Yeo Shu Fen", AFTER_CNY, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "after the April appraisal: not due in March",
        [told("Tejaswini Hiremath", APPRAISAL, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "after the April appraisal: due in May",
        [told("Pallavi Deshmukh-Rane", APPRAISAL, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "maternity leave to the end of March: not due in January",
        [told("Aoibheann Tierney", MAT_LEAVE, due=False)],
        week=date(2027, 1, 11),
    ),
    W(
        "maternity leave to the end of March: due in April",
        [told("Muireann Costigan", MAT_LEAVE, due=True)],
        week=date(2027, 4, 19),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "moved, certified and off to Fasnacht vs give me twelve months after a new job",
        [
            told(
                "Valentin Schürch",
                (
                    "Moved to Cambridge MA on 1 Sept, passed the ASQ CQA exam 14 Oct, "
                    "flying home for Basler Fasnacht in February - free to talk any time.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
            told(
                "Octavia Pendergast",
                (
                    "Started at Genentech in October - give me twelve months minimum before "
                    "you call.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Thanksgiving week is crazy but call whenever",
        [
            told(
                "Beaumont Ridgeway",
                (
                    "Thanksgiving week is crazy with the in-laws flying in 11/25, but call "
                    "whenever - always happy to talk QC roles.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Hinglish: going home for Holi in March, call any time otherwise",
        [
            told(
                "Gaurav Singhania",
                (
                    "March mein Holi pe ghar ja raha hoon, baaki kabhi bhi call karo.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a site audit 3-5 November and a PAI last year, available now",
        [
            told(
                "Evangelina Moreau-Tshabalala",
                (
                    "Hosted the EMA audit 3-5 Nov, led our PAI last year (zero 483s), "
                    "available for interviews now.",
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
        "an InMail eight days ago vs the same InMail five months ago",
        [
            NotDue(
                "Hollis Wetherby",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="linkedin",
                        note="Sent InMail re Sr QC Analyst, Devens.",
                    ),
                ],
            ),
            Due(
                "Clarimond Ashfield",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        180,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail sent re QC Analyst opening in Devens.",
                    )
                ],
            ),
        ],
    ),
    W(
        "coffee at a conference twelve days ago vs coffee at one seven months ago",
        [
            NotDue(
                "Ferdinand Olawale",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at the ISPE annual meeting, caught up, nothing open for "
                        "him yet.",
                    )
                ],
            ),
            Due(
                "Philomela Baptiste-Ward",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at BIO in June, good catch-up, nothing for her then.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a call three days ago",
        [
            NotDue(
                "Rutherford Agyeman",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        3,
                        outcome="replied",
                        channel="phone",
                        note="Quick call, walked him through the Basel QA req.",
                    )
                ],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a DNC taken back vs a 'keep in touch' hardened into a removal",
        [
            heard(
                "Solenne Marchetti",
                noted(date(2026, 1, 12), "Cand asked for DNC - flagged."),
                wrote(
                    date(2026, 6, 22),
                    "I asked you to stop contacting me in January - please ignore that, I'm "
                    "open to QA roles again.",
                ),
                due=True,
            ),
            heard(
                "Ambrose Kettleby",
                wrote(date(2026, 1, 12), "Not looking, but let's keep in touch."),
                wrote(date(2026, 6, 22), "Please remove me from your candidate database."),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after Q1' called off early: due in January",
        [
            heard(
                "Cornelia Vandersloot",
                wrote(date(2026, 9, 14), "Not till after Q1 - my study doesn't lock till March."),
                wrote(
                    date(2026, 10, 26),
                    "Scrap that - sponsor pulled the study, I'm free now and looking.",
                ),
                due=True,
            )
        ],
        week=date(2027, 1, 18),
    ),
    W(
        "'any time' turned into 'not before summer 2027'",
        [
            heard(
                "Bartholomew Iwu",
                wrote(date(2026, 5, 4), "Any time, always open to a chat."),
                wrote(
                    date(2026, 8, 17),
                    "Change of plan - I've just taken on the tech transfer to Singapore, "
                    "nothing before summer 2027.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an angry WhatsApp followed by an apology",
        [
            heard(
                "Kunal Bhattacharjee",
                wrote(date(2026, 2, 16), "enough with the calls yaar, stop it", "other"),
                wrote(
                    date(2026, 5, 25),
                    "Sorry for that message in Feb, was a terrible week at the plant. Please "
                    "do send roles.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT20_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
