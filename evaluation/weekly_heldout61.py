"""Held-out weekly reconnect cases, sixty-first set: education and research recruiters' own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured on
its own and never tuned to what Encore does.

Everyone here is otherwise due in the week of the case: reached a final interview in June 2025
and lost to one other candidate, and was last spoken to long before the week (160 days, past a
silver medalist's cadence), unless the case is about a recent contact. The recruiters are
school business managers, trust HR, a college people team, university recruiters in the UK,
Ireland, the US, Canada and Australia, and an edtech talent team; the people are teachers,
lecturers, postdocs and edtech staff. The voices: ATS shorthand, texts and WhatsApps, LinkedIn
replies, emails, formal letters and call notes, some in Irish, Canadian French and Spanish.

1. opt-outs (an erasure request, "unsubscribe", a recruiter's DNC, leaving the profession, a
   formal letter, Irish, Canadian French, Spanish): never listed; beside each a scoped stop
   that is due (newsletter only, not the work phone, not that trust, no supply, new email);
2. waits counted from the day said and checked both ways (February half-term, Easter, results
   day, a sabbatical, a grant end, a term's notice, marking season, a viva, maternity leave,
   Irish, French and Spanish): not listed while they run, listed once they have;
3. notes full of dates (term calendars, exam dates) that ask for no wait are due; "give me a
   year in the new post" is not;
4. plain restraint: contacted last week is not listed; the same months ago is;
5. the latest word counts: a stop taken back, a "keep in touch" hardened into an erasure, a
   wait called off early, "any time" turned into "after the summer term".
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 20),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Teacher of Science",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (a text with ``channel="other"``, LinkedIn with ``"linkedin"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ----------------------------------------

OPT_OUTS = [
    W(
        "erasure request vs newsletter only",
        [
            heard(
                "Ottilie Brandrethwick",
                wrote(
                    LONG_AGO,
                    "Please erase everything you hold on me and never contact me "
                    "about posts again.",
                ),
                due=False,
            ),
            heard(
                "Jasper Kilbride",
                wrote(
                    LONG_AGO,
                    "Can you drop me from the trust newsletter? Vacancies I'm still "
                    "happy to hear about.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'unsubscribe' by text vs not on my school phone",
        [
            heard("Tegan Hollinshead", wrote(LONG_AGO, "UNSUBSCRIBE - Tegan", "other"), due=False),
            heard(
                "Courtney Ashbrook",
                wrote(LONG_AGO, "not on my school phone pls, personal email is fine", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "recruiter's DNC vs not that trust again",
        [
            heard(
                "Nigel Fothergill",
                noted(LONG_AGO, "cand v clear on call - no more contact. DNC set."),
                due=False,
            ),
            heard(
                "Sunita Mistravala",
                noted(
                    LONG_AGO,
                    "cand asked not to be put forward to Pennine Learning Trust "
                    "again; other schools ok",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "leaving teaching vs no more supply",
        [
            heard(
                "Wendell Oakshott",
                wrote(
                    LONG_AGO,
                    "I've left education for good. Please close my record and stop emailing.",
                ),
                due=False,
            ),
            heard(
                "Lorna Haythornthwaite",
                wrote(LONG_AGO, "No more supply bookings please - permanent posts only from now."),
                due=True,
            ),
        ],
    ),
    W(
        "formal letter withdrawing consent vs a new email address",
        [
            heard(
                "Reginald Pomfrey",
                wrote(
                    LONG_AGO,
                    "I hereby withdraw my consent to the processing of my data for "
                    "recruitment and request no further contact.",
                ),
                due=False,
            ),
            heard(
                "Dorcas Anyanwu",
                wrote(
                    LONG_AGO,
                    "My university email closes in July - please use my gmail from "
                    "now on. Still interested!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Irish: don't contact me vs email only, no phone",
        [
            heard(
                "Pádraig Ó Loingsigh",
                wrote(LONG_AGO, "Ná déan teagmháil liom arís. Bain mo shonraí den liosta."),
                due=False,
            ),
            heard(
                "Róisín Nic Aodha",
                wrote(LONG_AGO, "Ríomhphost amháin, le do thoil - ná cuir glaoch orm."),
                due=True,
            ),
        ],
    ),
    W(
        "Canadian French: remove me vs write to my new address",
        [
            heard(
                "Réjean Thibodeau",
                wrote(LONG_AGO, "Retirez-moi de vos listes, je ne veux plus être sollicité."),
                due=False,
            ),
            heard(
                "Geneviève Ouellet",
                wrote(
                    LONG_AGO,
                    "Nouvelle adresse courriel - écrivez-moi là désormais. Toujours "
                    "ouverte aux postes.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't write any more vs no admin posts",
        [
            heard(
                "Evaristo Cienmontes",
                wrote(LONG_AGO, "No me escriban más, por favor. Borren mis datos."),
                due=False,
            ),
            heard(
                "Almudena Cárdenas",
                wrote(LONG_AGO, "Nada de puestos administrativos, gracias; investigación sí."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn 'leave me alone' vs no more InMails, use email",
        [
            heard(
                "Crispin Ollerenshaw",
                wrote(LONG_AGO, "Leave me alone. I'm not interested, now or later.", "linkedin"),
                due=False,
            ),
            heard(
                "Ingrid Faulconbridge",
                wrote(
                    LONG_AGO,
                    "No more InMails pls - email me, I'm open to edtech roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retiring, take me off vs no headships, class posts fine",
        [
            heard(
                "Marjorie Entwistle",
                wrote(LONG_AGO, "I retire this summer - please take me off your books."),
                due=False,
            ),
            heard(
                "Bronwen Teasdale",
                wrote(
                    LONG_AGO,
                    "Don't send me headships, I'm a classroom person. Other posts welcome.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

WAITS = [
    W(
        "not before February half-term: said this month vs said last January",
        [
            told(
                "Leander Hooley", ("Not before Feb half-term - mentoring two ECTs.", 20), due=False
            ),
            told(
                "Morwenna Pascowan",
                ("Not before Feb half-term - mentoring two ECTs.", 300),
                due=True,
            ),
        ],
    ),
    W(
        "after Easter: said last week vs said last autumn",
        [
            told(
                "Cathal Breathnáin", ("Don't call before Easter, year 13 coursework.", 7), due=False
            ),
            told(
                "Siobhán Mulcahy", ("Don't call before Easter, year 13 coursework.", 400), due=True
            ),
        ],
    ),
    W(
        "after results day in August: said in November vs said in June",
        [
            heard(
                "Osbert Trenchard",
                wrote(10, "head of Y11 - not until after results day in August pls", "other"),
                due=False,
            ),
            heard(
                "Philippa Goodwillie",
                wrote(160, "head of Y11 - not until after results day in August pls", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a sabbatical for the next academic year: said recently vs two years ago",
        [
            told(
                "Dr Alasdair Moncrieff", ("On sabbatical all of next academic year.", 45), due=False
            ),
            told(
                "Dr Kirsteen Guthrie", ("On sabbatical all of next academic year.", 720), due=True
            ),
        ],
    ),
    W(
        "a grant ending next July vs one that ended in July",
        [
            told(
                "Dr Ignatius Welby",
                ("On the ERC grant until next July; won't leave early.", 30),
                due=False,
            ),
            told(
                "Dr Hermione Pask",
                ("On the ERC grant until July; won't leave early.", 240),
                due=True,
            ),
        ],
    ),
    W(
        "six weeks of marking: said ten days ago vs in the summer",
        [
            told("Dr Rhodri Carnegie", ("Marking for six weeks - call after.", 10), due=False),
            told("Dr Lettice Armitage", ("Marking for six weeks - call after.", 110), due=True),
        ],
    ),
    W(
        "a viva in mid-January: said last month vs a year ago",
        [
            heard(
                "Barnaby Ekwueme",
                wrote(25, "Viva mid-January - nothing until it's done, please."),
                due=False,
            ),
            heard(
                "Georgiana Tulloch",
                wrote(330, "Viva mid-January - nothing until it's done, please."),
                due=True,
            ),
        ],
    ),
    W(
        "a year's maternity leave from September vs leave that ended",
        [
            told("Nkechi Adebayo-Lewis", ("Mat leave for a year from September.", 80), due=False),
            told("Fern Hollingworth", ("Mat leave for a year from September.", 520), due=True),
        ],
    ),
    W(
        "Irish: not before Easter, said this month vs last year",
        [
            heard(
                "Donnchadh Ó Riain",
                wrote(12, "Ná cuir glaoch orm roimh an Cháisc, le do thoil."),
                due=False,
            ),
            heard(
                "Meadhbh Ní Shúilleabháin",
                wrote(400, "Ná cuir glaoch orm roimh an Cháisc, le do thoil."),
                due=True,
            ),
        ],
    ),
    W(
        "Canadian French: not before the end of the winter session",
        [
            heard(
                "Marc-Antoine Pelletier",
                wrote(20, "Pas avant la fin de la session d'hiver en avril, merci."),
                due=False,
            ),
            heard(
                "Marie-Ève Charbonneau",
                wrote(380, "Pas avant la fin de la session d'hiver en avril, merci."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: not before March, said two weeks ago vs last winter",
        [
            heard(
                "Gumersindo Beltrán", wrote(15, "no antes de marzo, por favor", "other"), due=False
            ),
            heard(
                "Macarena Sotomayor", wrote(300, "no antes de marzo, por favor", "other"), due=True
            ),
        ],
    ),
    W(
        "a term's notice: resigning at Christmas, free after Easter",
        [
            told(
                "Augustus Fenwick",
                ("Resigning by 31 Dec with a term's notice - free after Easter.", 14),
                due=False,
            ),
            told(
                "Clemency Varley",
                ("Resigning by 31 Dec with a term's notice - free after Easter.", 400),
                due=True,
            ),
        ],
    ),
    W(
        "a wait until August 2027, past the end of 2026",
        [
            told(
                "Dr Septimus Harcourt",
                (
                    "Committed to finishing the 2026-27 teaching year here; not before August "
                    "2027.",
                    40,
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a half-term wait over by the week it is checked",
        [
            told("Araminta Cheverton", ("Not before Feb half-term, please.", 20), due=True),
        ],
        week=date(2027, 3, 1),
    ),
    W(
        "an Easter wait checked after Easter",
        [
            heard(
                "Benedict Oyelowo",
                wrote(30, "Nothing till after Easter pls, too much on."),
                due=True,
            ),
        ],
        week=date(2027, 4, 19),
    ),
]

# --- 3. notes full of dates that ask for no wait ----------------------------------------------

NO_WAIT = [
    W(
        "a term calendar in passing vs a year to settle into a new post",
        [
            heard(
                "Tallulah Braithwaite",
                noted(
                    LONG_AGO,
                    "Breaks up 18 Dec, back 5 Jan, half-term 15-19 Feb, mocks 1 "
                    "March - free to talk any time, actively looking.",
                ),
                due=True,
            ),
            told(
                "Cornelius Yeardley",
                ("Just started as head of chemistry in September - give me a year to settle.", 60),
                due=False,
            ),
        ],
    ),
    W(
        "exam-board dates but looking now vs a real wait",
        [
            heard(
                "Zenobia Carrick",
                wrote(
                    LONG_AGO,
                    "Results out 20 Aug, resits in November, moderation in May - "
                    "that's just my year. Looking now, call whenever.",
                ),
                due=True,
            ),
            told(
                "Lysander Pocklington",
                ("Nothing until after the May moderation, please.", 30),
                due=False,
            ),
        ],
    ),
    W(
        "open evening and parents' evening dates, no wait asked",
        [
            heard(
                "Perdita Gaskell",
                wrote(
                    LONG_AGO,
                    "Open evening 1 Oct, parents' evening 12 Nov, INSET 6 Jan - "
                    "avoid those evenings for calls but otherwise I'm all ears.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint ------------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs months ago",
        [
            NotDue(
                "Everard Lushington",
                apps=[JUNE_2025_FINAL],
                touches=[touch(8, "outbound", "no_reply", "re_engagement", channel="email")],
            ),
            Due(
                "Hyacinth Thorogood",
                apps=[JUNE_2025_FINAL],
                touches=[touch(200, "outbound", "no_reply", "re_engagement", channel="email")],
            ),
        ],
    ),
    W(
        "a catch-up call a fortnight ago vs half a year ago",
        [
            NotDue(
                "Aldous Fairbairn",
                apps=[JUNE_2025_FINAL],
                touches=[touch(14, "outbound", "replied", "check_in", channel="phone")],
            ),
            Due(
                "Primrose Ackerley",
                apps=[JUNE_2025_FINAL],
                touches=[touch(190, "outbound", "replied", "check_in", channel="phone")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ------------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Wolfgang Ashbury",
                wrote(400, "stop contacting me - Wolfgang", "other"),
                wrote(
                    LONG_AGO,
                    "Sorry about that text last year. Please do keep me in mind for science posts.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a 'keep in touch' hardened into an erasure",
        [
            heard(
                "Anthea Rowbotham",
                wrote(400, "Keep in touch - I'll be looking next year."),
                wrote(LONG_AGO, "Please delete my details and don't contact me again. Anthea"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            told(
                "Dr Florizel Agnew",
                ("Not before Easter - grant report due.", 40),
                ("Report's in early - happy to talk now.", 10),
                due=True,
            ),
        ],
    ),
    W(
        "'any time' turned into 'after the summer term'",
        [
            heard(
                "Gwendolen Sheard",
                wrote(300, "Any time, always happy to chat. Gwendolen"),
                wrote(
                    20,
                    "Actually not until the summer term is over - Ofsted's due and "
                    "I'm acting deputy.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the candidate",
        [
            heard(
                "Ezra Lindqvist-Moore",
                noted(420, "cand asked for DNC on call"),
                wrote(
                    LONG_AGO,
                    "I know I asked you to leave me be last year, but I'm open to "
                    "lectureships now - please get in touch.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: a wait, then 'ya estoy libre'",
        [
            heard(
                "Inés Zabaleta",
                wrote(40, "No antes de junio, termino el proyecto.", "other"),
                wrote(
                    8,
                    "Ya estoy libre, el proyecto terminó antes. Escríbanme cuando quieran.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "open, then a wait, then open again",
        [
            told(
                "Dr Ottoline Carver",
                ("Open to offers any time.", 400),
                ("Not before the end of the semester in May.", 100),
                ("Plans changed - available now, please get in touch.", 12),
                due=True,
            ),
        ],
    ),
]

HELDOUT61_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
