"""Held-out weekly reconnect cases, fifty-ninth set: life-science recruiters' own words, written by
a stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

Everyone here is otherwise due in the week of the case: reached our final round in June 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The recruiters are a biotech's in-house talent team in
Cambridge MA and Basel, a CRO's resourcing desk in Dublin and Hyderabad, and a life-science
agency in Cambridge UK and Copenhagen; the people are CRAs, MSLs, QC analysts, GMP manufacturing
associates, bench scientists, regulatory managers and biostatisticians. Voices: ATS shorthand,
recruiters' call notes, candidates' emails, LinkedIn replies and WhatsApps, a formal letter,
and lines in German, French, Danish and Hindi. What decides is what they told us:

1. opt-outs (a formal withdrawal of consent, "no thanks" to our draft, a LinkedIn "take me off
   your list", a hostile call logged DNC, a PDPA withdrawal, someone leaving science, German,
   French, Danish and Hindi): never listed; beside each a scoped stop that is due (a new address,
   not this one role, no calls to the office, not that one company, email only, the newsletter,
   one client, a new number, leaving this employer);
2. waits counted from the day said and checked both ways: three months' notice, a PDUFA date in
   January, after the Basler Fasnacht, "pas avant mars", "efter jul", after Holi, maternity leave
   to the end of June 2027, a retention bonus vesting in April: not listed while they run, listed
   once they have; each beside a twin whose wait is already over (a summer, a Diwali, an August
   PDUFA, a notice period served);
3. notes full of dates that ask for no wait are due; "give me a year to settle in" is not;
4. plain restraint: a role sent eight days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back, a wait called off, a recruiter's DNC withdrawn by
   the candidate are due; a "keep me posted" hardened into an erasure and a "whenever" turned
   into "after Easter" are not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 9),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Clinical Research Associate",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or LinkedIn reply or WhatsApp, with ``channel="other"``)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JUNE_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JUNE_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ------------------------------------

OPT_OUTS = [
    W(
        "a formal withdrawal of consent vs a new email address for the file",
        [
            heard(
                "Cornelia Ashgrove",
                wrote(
                    LONG_AGO,
                    "Dear Talent Team, I formally withdraw my consent to the retention and "
                    "use of my personal data and request its deletion. Please make no further "
                    "contact. Regards, C. Ashgrove",
                ),
                due=False,
            ),
            heard(
                "Bernadette Kilbride",
                wrote(
                    LONG_AGO,
                    "Hi, I'm leaving ICON so my work email dies Friday - please use "
                    "b.kilbride@example.net going forward. Still up for CRA roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to our draft vs no thanks to that one role",
        [
            heard("Rory Gilhooly", wrote(LONG_AGO, "no thanks - Rory"), due=False),
            heard(
                "Ashling Furey",
                wrote(
                    LONG_AGO,
                    "no thanks on that one, the site's too far - but keep me in mind for "
                    "anything Dublin side",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "German: delete my data vs no calls to the office",
        [
            heard(
                "Urs Wälchli",
                wrote(
                    LONG_AGO,
                    "Ich widerrufe meine Einwilligung. Bitte löschen Sie mein Profil und "
                    "schreiben Sie mir nicht mehr.",
                ),
                due=False,
            ),
            heard(
                "Tanja Bachmann",
                wrote(
                    LONG_AGO,
                    "Bitte keine Anrufe mehr ins Büro, per E-Mail aber jederzeit gerne.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: no more contact vs not that one company",
        [
            heard(
                "Gaëlle Perrin",
                wrote(
                    LONG_AGO,
                    "Je vous prie de ne plus me solliciter, ni par mail ni par téléphone.",
                ),
                due=False,
            ),
            heard(
                "Aurélien Brunet",
                wrote(
                    LONG_AGO,
                    "Plus de postes chez Novartis pour moi svp, mais le reste m'intéresse.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Danish: unsubscribe me for good vs email only",
        [
            heard(
                "Søren Kragh",
                wrote(LONG_AGO, "Afmeld mig permanent, jeg vil ikke høre mere fra jer."),
                due=False,
            ),
            heard(
                "Karoline Bisgaard",
                wrote(LONG_AGO, "Ring ikke, men send gerne en mail med stillinger."),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: don't message me ever vs email only, not WhatsApp",
        [
            heard(
                "Manoj Tiwari",
                wrote(
                    LONG_AGO,
                    "mujhe aage se koi message mat bhejna, mera number list se hata do",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Sneha Kulapurkar",
                wrote(LONG_AGO, "whatsapp nahi, sirf email pe bhejiye. interested hoon", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: take me off your list vs unsubscribe me from the digest",
        [
            heard(
                "Percival Dunmorholt",
                wrote(LONG_AGO, "Take me off your list please. Permanently.", "other"),
                due=False,
            ),
            heard(
                "Hyacinth Oduya-Achieng",
                wrote(
                    LONG_AGO,
                    "Unsubscribe me from the weekly biotech digest, but real roles - yes, DM me.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "hostile call logged DNC vs not to be submitted to one client",
        [
            heard(
                "Garrett Voyle",
                logged(
                    LONG_AGO,
                    "cand abusive on phone, demanded we never contact him again. DNC flag set.",
                ),
                due=False,
            ),
            heard(
                "Loretta Pemberton",
                logged(
                    LONG_AGO,
                    "cand: do NOT submit to Amgen (ex-employer). all other clients ok.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Singapore: PDPA withdrawal vs a new handphone number",
        [
            heard(
                "Ngiam-Oon Siew Ling",
                wrote(
                    LONG_AGO,
                    "I am withdrawing my consent under the PDPA. Please stop all "
                    "communications and purge my records.",
                ),
                due=False,
            ),
            heard(
                "Heng Zhi Wei",
                wrote(LONG_AGO, "New HP: +65 9111 2222. Still open to QC roles in Tuas."),
                due=True,
            ),
        ],
    ),
    W(
        "leaving science for good vs leaving this employer only",
        [
            heard(
                "Marjorie Tillotson",
                logged(
                    LONG_AGO,
                    "Called - she's left pharma to run a bakery, asked us to close her "
                    "record and not contact her again.",
                ),
                due=False,
            ),
            heard(
                "Evelina Sorokina",
                logged(
                    LONG_AGO,
                    "Called - leaving Takeda after the reorg, not leaving pharma. Wants "
                    "regulatory roles in Boston.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait is over --------------

NOTICE = ("Handed in my notice today - it's three months.", date(2026, 11, 2))
PDUFA = (
    "Staying put until our PDUFA date on 15 January, I'm on the filing team.",
    date(2026, 10, 19),
)
FASNACHT = ("Bitte melden Sie sich erst nach der Fasnacht wieder.", date(2026, 11, 2))
MARS = ("Pas avant mars, je clôture une étude de phase III.", date(2026, 10, 26))
JUL = ("Skriv igen efter jul, vi har travlt med en inspektion.", date(2026, 11, 2))
HOLI = ("Holi ke baad contact kijiye, abhi audit chal raha hai.", date(2026, 11, 9))
BONUS = ("Retention bonus vests 1 April - nothing before that, sorry.", date(2026, 10, 5))

WAITS = [
    W(
        "three months' notice handed in this month vs handed in in May",
        [
            told("Cathal Brosnagh", NOTICE, due=False),
            told(
                "Una Gilmartin",
                ("Handed in my notice today - it's three months.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from early November: due in mid-February",
        [told("Peadar Hollywood", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "a PDUFA in January vs a PDUFA that came in August",
        [
            told("Lysandra Whitmore", PDUFA, due=False),
            told(
                "Garfield Ennis",
                (
                    "Staying put until our PDUFA date on 20 August, I'm on the filing team.",
                    date(2026, 6, 1),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a PDUFA on 15 January: due at the end of January",
        [told("Marcella Quigley", PDUFA, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "German: after the Fasnacht vs after the summer holidays, said in May",
        [
            told("Dominique Stähelin", FASNACHT, due=False),
            told(
                "Christoph Imhof",
                ("Bitte melden Sie sich erst nach den Sommerferien wieder.", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "after the Fasnacht: due in March",
        [told("Matthias Sprecher", FASNACHT, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "French: not before March vs not before September, said in March",
        [
            told("Clémence Aubry", MARS, due=False),
            told(
                "Bastien Lefort",
                ("Pas avant septembre, je clôture une étude de phase III.", date(2026, 3, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "French, not before March: due in mid-March",
        [told("Solène Marchetti", MARS, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "Danish: after Christmas vs after the summer holiday, said in June",
        [
            told("Torben Kirkegaard", JUL, due=False),
            told(
                "Malene Juhl",
                (
                    "Skriv igen efter sommerferien, vi har travlt med en inspektion.",
                    date(2026, 6, 1),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Danish, after Christmas: due in January",
        [told("Esben Vinther", JUL, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Hindi: after Holi vs after Diwali, said in October",
        [
            told("Venkatesh Rao", HOLI, due=False),
            told(
                "Priya Chandrasekhar",
                ("Diwali ke baad contact kijiye, abhi audit chal raha hai.", date(2026, 10, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi, after Holi: due in April",
        [told("Aparna Jagannathan", HOLI, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "maternity leave to the end of June 2027 vs back from maternity leave in August",
        [
            told(
                "Rosalie Emberton",
                (
                    "On maternity leave until the end of June 2027 - nothing before then please.",
                    date(2026, 9, 7),
                ),
                due=False,
            ),
            told(
                "Philippa Cordwell",
                (
                    "Back from maternity leave in August, happy to hear about roles after that.",
                    date(2026, 4, 13),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a retention bonus vesting on 1 April: not due in November",
        [told("Leopold Ashcroft", BONUS, due=False)],
    ),
    W(
        "a retention bonus vesting on 1 April: due in mid-April",
        [told("Yolanda Mercado", BONUS, due=True)],
        week=date(2027, 4, 12),
    ),
]

# --- 3. notes full of dates that ask for no wait; and one that does -------------------------

NO_WAIT = [
    W(
        "a note full of dates, available now",
        [
            heard(
                "Tobias Rennard",
                logged(
                    LONG_AGO,
                    "Cand update: SIV 07/04, IMV 21/04, COV 12/05 all done; left the CRO "
                    "31/05, free now, can interview any day.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a career history with dates, open to talk",
        [
            told(
                "Ingrid Solheim",
                (
                    "PhD 2016, postdoc at the Broad until 2019, Moderna 2019-2024, now at "
                    "a Series B since March. Open to talking any time.",
                    date(2026, 6, 8),
                ),
                due=True,
            )
        ],
    ),
    W(
        "conference dates mentioned, no wait asked",
        [
            heard(
                "Laszlo Ferenczhegyi",
                wrote(
                    LONG_AGO,
                    "Was at ASCO in June and ESMO in October, met a lot of people. Very open "
                    "to an MSL move, send me whatever you have.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "give me a year to settle in after a new job",
        [
            told(
                "Caoimhe Rafter",
                ("Just started at Regeneron - give me a year to settle in.", date(2026, 9, 14)),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same sent months ago",
        [
            NotDue(
                "Barnaby Quilter",
                apps=[JUNE_2025_FINAL],
                touches=[touch(8, "outbound", "no_reply", "re_engagement")],
            ),
            Due(
                "Henrietta Lisle",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "no_reply", "re_engagement")],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one last spring",
        [
            NotDue(
                "Florian Gächter",
                apps=[JUNE_2025_FINAL],
                touches=[touch(12, "outbound", "replied", channel="phone")],
            ),
            Due(
                "Wiebke Thorsen",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "replied", channel="phone")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Greta Hvidberg",
                wrote(date(2026, 2, 2), "Stop emailing me please. Greta"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry for the curt email in February - things have changed and I'd "
                    "welcome hearing about biostats roles again.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a 'keep me posted' hardened into an erasure",
        [
            heard(
                "Ambrose Kittrickholt",
                wrote(date(2026, 2, 2), "Keep me posted on anything in cell therapy!"),
                wrote(date(2026, 6, 1), "Please erase my details, I no longer want contact."),
                due=False,
            )
        ],
    ),
    W(
        "a wait called off early",
        [
            told(
                "Rhiannon Pryce",
                ("Not before our Phase III readout next spring.", date(2026, 4, 6)),
                (
                    "Readout came early and the programme's been shelved - free to talk now.",
                    date(2026, 6, 1),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Easter'",
        [
            told(
                "Horace Bellweather",
                ("Whenever suits, I'm always open.", date(2026, 5, 4)),
                (
                    "Actually hold off till after Easter - we've an FDA inspection in March.",
                    date(2026, 6, 1),
                ),
                due=False,
            )
        ],
    ),
    W(
        "Hindi: not now, then ready",
        [
            heard(
                "Rahul Bhardwaj",
                wrote(date(2026, 2, 2), "abhi nahi, baad mein baat karte hain", "other"),
                wrote(date(2026, 6, 1), "ab main ready hoon, koi bhi role ho to batana", "other"),
                due=True,
            )
        ],
    ),
    W(
        "a recruiter's DNC withdrawn by the candidate",
        [
            heard(
                "Isolde Fairweather",
                logged(date(2026, 1, 19), "DNC set - cand asked not to be contacted."),
                wrote(
                    date(2026, 6, 8),
                    "I asked you not to contact me in January, but I'm looking now - please "
                    "do send roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "German: open, then no offers ever again",
        [
            heard(
                "Reto Zwahlen",
                wrote(date(2026, 2, 2), "Ich bin offen für neue Stellen."),
                wrote(
                    date(2026, 6, 1),
                    "Bitte schicken Sie mir nie wieder Angebote und löschen Sie meine Daten.",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT59_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
